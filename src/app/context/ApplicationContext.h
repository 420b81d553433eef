#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <memory>

class ConnectionSwitcher;
class ProfileStore;
class ResultsCoordinator;
class SecretStore;
class SimHost;
class Workspace;

// How the application was asked to start (the command line).
struct StartOptions
{
    bool demo = false;
    QUrl url;                // --url: open this gateway without saving it
    QStringList providers;   // --provider (repeatable)
    bool noKeychain = false; // keep keys in memory only
};

// The application's parts and how they are wired, independent of any window:
// saved profiles, the keychain, the open connections, the connection switcher,
// the results windows and the demo simulator. main() creates it before the
// window and destroys it after, in an order that lets each part outlive its
// users: results windows, then connections, then the simulator they talk to.
class ApplicationContext : public QObject
{
    Q_OBJECT
public:
    explicit ApplicationContext(StartOptions options, QObject *parent = nullptr);
    ~ApplicationContext() override;

    const StartOptions &options() const { return m_options; }
    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    Workspace *workspace() const { return m_workspace; }
    ConnectionSwitcher *switcher() const { return m_switcher; }
    ResultsCoordinator *results() const { return m_results.get(); }

    // Starts the built-in simulator (once) and shows it; false with `why` set if it cannot start.
    bool startDemo(QString *why);
    // What to show first: the demo or the --url gateway, else the last used connection.
    // False with `why` set when the demo was asked for and could not start.
    bool openFirst(QString *why);

private:
    StartOptions m_options;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    Workspace *m_workspace;
    ConnectionSwitcher *m_switcher;
    std::unique_ptr<SimHost> m_demo;
    std::unique_ptr<ResultsCoordinator> m_results;
};
