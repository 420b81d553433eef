#include "ApplicationContext.h"

#include "log/ActivityLog.h"
#include "secrets/SecretStore.h"
#include "session/ConnectionSwitcher.h"
#include "session/Workspace.h"
#include "settings/ProfileStore.h"
#include "windows/ResultsCoordinator.h"

#include "SimHost.h"

ApplicationContext::ApplicationContext(StartOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profiles(new ProfileStore(this))
    , m_secrets(new SecretStore(QStringLiteral("Batch Console"), this))
    , m_workspace(new Workspace(this))
    , m_switcher(new ConnectionSwitcher(m_workspace, m_profiles, m_secrets, this))
    , m_results(std::make_unique<ResultsCoordinator>(m_workspace))
{
    if (m_options.noKeychain)
        m_secrets->forceSessionOnly();
    // The one place failures reach the log: every failed call of every backend
    // (refresh, results download, create, upload, cancel, delete), and the keychain's refusals.
    ActivityLog *log = m_workspace->log();
    connect(m_workspace, &Workspace::callFailed, log, &ActivityLog::addError);
    connect(m_secrets, &SecretStore::failed, log,
            [log](const ApiError &error) { log->addError(tr("Keychain"), error); });
}

ApplicationContext::~ApplicationContext()
{
    m_results.reset();
    m_workspace->closeAll();
    m_demo.reset();
}

bool ApplicationContext::startDemo(QString *why)
{
    if (!m_demo) {
        auto host = std::make_unique<SimHost>(SimHost::demoOptions());
        if (!host->start(why))
            return false;
        m_demo = std::move(host);
    }
    m_switcher->open(ConnectionSwitcher::demoProfile(m_demo->url()));
    return true;
}

bool ApplicationContext::openFirst(QString *why)
{
    if (m_options.demo)
        return startDemo(why);
    if (m_options.url.isValid() && !m_options.url.isEmpty())
        m_switcher->open(ConnectionSwitcher::commandLineProfile(m_options.url, m_options.providers));
    else
        m_switcher->openLastUsed();
    return true;
}
