#pragma once

#include "model/Batch.h"
#include "settings/ConnectionProfile.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>

namespace Ui {
class MainWindow;
}
class BatchActions;
class BatchFilterProxy;
class BatchTableView;
class BatchDetailsPane;
class ElidedLabel;
class FinishNotifier;
class LogPanel;
class ProfileStore;
class QComboBox;
class QDockWidget;
class SecretStore;
class SimHost;
class StatusMessage;
class ToolBarFitter;
class Workspace;

// How the window was asked to start (the command line).
struct StartOptions
{
    bool demo = false;
    QUrl url;                // --url: open this gateway without saving it
    QStringList providers;   // --provider (repeatable)
    bool noKeychain = false; // keep keys in memory only
};

// The window a person keeps open all day: the live batch table with its
// filters and search, the details pane, and the actions on batches.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const StartOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    BatchFilterProxy *proxy() const { return m_proxy; }
    BatchTableView *table() const;
    BatchDetailsPane *details() const;
    BatchActions *batchActions() const { return m_actions; }
    StatusMessage *message() const { return m_message; }
    QString connectionStateText() const;
    QAction *action(const QString &objectName) const;

    // Starts the built-in simulator (if needed) and opens it.
    bool startDemo();
    void openProfile(const ConnectionProfile &profile);
    // Opens every known connection at once, in one table.
    void openAll();
    QList<Batch> selectedBatches() const;
    Batch currentBatch() const;
    // Makes the batch the current, selected row (switching the status filter if it hides it).
    bool selectBatch(const QString &key);

    static constexpr int kSecondMs = 1000;            // relative times and the status line tick
    static constexpr int kTableTickMs = 20000;        // elapsed and ETA cells of running batches
    static constexpr int kShortMessageMs = 5000;
    static constexpr int kMessageMs = 10000;
    static constexpr int kErrorMessageMs = 15000;
    static constexpr int kNoticeMs = 30000;

public Q_SLOTS:
    void refresh();
    void cancelSelected();
    // Anthropic's ended batches only.
    void deleteSelected();
    void newBatch();
    void showConnections();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // A batch was asked for: open its results (the results window listens).
    void resultsRequested(const Batch &batch);
    void exportRequested(const Batch &batch);

private:
    void buildToolbar();
    void buildStatusBar();
    void connectActions();
    void restoreSettings();
    void saveSettings() const;
    void reloadConnectionCombo();
    void onConnectionChosen(int index);
    void updateProviderCombo();
    void updateActions();
    void updateStatusBar();
    void updateDetails();
    void updateCounts();
    void updatePlaceholder();
    void tickDetails();
    void showWelcomeIfEmpty();
    void updateConnectionFilter();
    QList<ConnectionProfile> knownProfiles() const;

    std::unique_ptr<Ui::MainWindow> ui;
    StartOptions m_options;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    Workspace *m_workspace;
    BatchFilterProxy *m_proxy;
    BatchActions *m_actions;
    FinishNotifier *m_notifier;
    LogPanel *m_logPanel;
    QDockWidget *m_logDock;
    QComboBox *m_connectionCombo;
    QComboBox *m_providerCombo;
    StatusMessage *m_message;
    ElidedLabel *m_stateLabel;
    ToolBarFitter *m_toolbarFitter = nullptr;
    QTimer m_secondTick;
    QTimer m_tableTick;
    QList<ConnectionProfile> m_transient;
    QString m_activeProfileId;
    QString m_connectingText;
    QString m_keychainProblem;
    std::unique_ptr<SimHost> m_demo;
};
