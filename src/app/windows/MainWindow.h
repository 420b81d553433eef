#pragma once

#include "model/Batch.h"
#include "settings/ConnectionProfile.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace Ui {
class MainWindow;
}
class BulkBatchAction;
class BatchFilterProxy;
class BatchTableView;
class BatchDetailsPane;
class FinishNotifier;
class LogPanel;
class ProfileStore;
class QComboBox;
class QDockWidget;
class QLabel;
#include <QMessageBox>
class SecretStore;
class SimHost;
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
    // The confirmation dialog of the cancel or delete in progress (for tests); null otherwise.
    QMessageBox *cancelConfirmation() const { return m_confirmation; }

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
    void showWelcomeIfEmpty();
    // Asks before cancelling or deleting `targets`; true when the user agreed.
    bool confirm(const QString &title, const QString &question, const QString &action, const QList<Batch> &targets);
    void updateConnectionFilter();
    QList<ConnectionProfile> knownProfiles() const;

    std::unique_ptr<Ui::MainWindow> ui;
    StartOptions m_options;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    Workspace *m_workspace;
    BatchFilterProxy *m_proxy;
    BulkBatchAction *m_bulk;
    FinishNotifier *m_notifier;
    LogPanel *m_logPanel;
    QDockWidget *m_logDock;
    QComboBox *m_connectionCombo;
    QComboBox *m_providerCombo;
    QLabel *m_stateLabel;
    QLabel *m_keychainLabel;
    QTimer m_secondTick;
    QTimer m_modelTick;
    QList<ConnectionProfile> m_transient;
    QString m_activeProfileId;
    std::unique_ptr<SimHost> m_demo;
    QPointer<QMessageBox> m_confirmation;
};
