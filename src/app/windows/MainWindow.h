#pragma once

#include "model/Batch.h"
#include "windows/MainWindowSettings.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>

namespace Ui {
class MainWindow;
}
class ApplicationContext;
class BatchActions;
class BatchDetailsPane;
class BatchFilterProxy;
class BatchTableView;
class ConnectionSelector;
class ConnectionStateLabel;
class ProviderSelector;
class QDockWidget;
class StatusMessage;
class Workspace;

// The window a person keeps open all day: the live batch table with its
// filters and search, the details pane, and the actions on batches. It lays
// the window out and connects the application's parts to it; what the parts
// do lives in them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ApplicationContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const;
    BatchFilterProxy *proxy() const { return m_proxy; }
    BatchTableView *table() const;
    BatchDetailsPane *details() const;
    BatchActions *batchActions() const { return m_actions; }
    StatusMessage *message() const { return m_message; }
    QString connectionStateText() const;
    QAction *action(const QString &objectName) const;

    QList<Batch> selectedBatches() const;
    Batch currentBatch() const;
    // Makes the batch the current, selected row (switching the status filter if it hides it).
    bool selectBatch(const QString &key);

    static constexpr int kTableTickMs = 20000; // elapsed and ETA cells of running batches

public Q_SLOTS:
    void refresh();
    // Starts the built-in simulator (if needed) and shows it.
    bool startDemo();
    void newBatch();
    // Opens the retry dialog for an ended batch (window-modal, not blocking).
    class RetryDialog *retryBatch(const Batch &batch);
    void showConnections();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolbar();
    void buildStatusBar();
    void connectActions();
    void connectParts();
    MainWindowSettings::Parts rememberedParts() const;
    void onActiveConnectionChanged();
    void updateActions();
    void updateCounts();
    void updatePlaceholder();
    void updateConnectionLists();
    void showWelcomeIfEmpty();
    void showDemoProblem(const QString &why);

    ApplicationContext &m_context;
    std::unique_ptr<Ui::MainWindow> ui;
    BatchFilterProxy *m_proxy;
    BatchActions *m_actions = nullptr;
    QDockWidget *m_logDock = nullptr;
    ConnectionSelector *m_connectionSelector = nullptr;
    ProviderSelector *m_providerSelector = nullptr;
    StatusMessage *m_message = nullptr;
    ConnectionStateLabel *m_stateLabel = nullptr;
    QTimer m_tableTick;
    QString m_connectingText;
    bool m_keychainNoticeShown = false;
};
