#include "Workspace.h"

#include "ConnectionSession.h"
#include "itemmodels/BatchTableModel.h"
#include "log/ActivityLog.h"

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_model(new BatchTableModel(this))
    , m_log(new ActivityLog(this))
{ }

Workspace::~Workspace()
{
    m_sessions.clear();
}

ConnectionSession *Workspace::open(const ConnectionProfile &profile, const ProfileSecrets &secrets)
{
    close(profile.id);
    auto session = std::make_unique<ConnectionSession>(profile, secrets, m_model, m_log);
    ConnectionSession *raw = session.get();
    connect(raw, &ConnectionSession::stateChanged, this, &Workspace::stateChanged);
    connect(raw, &ConnectionSession::notice, this, &Workspace::notice);
    connect(raw, &ConnectionSession::callFailed, this, &Workspace::callFailed);
    m_sessions.push_back(std::move(session));
    raw->start();
    Q_EMIT sessionsChanged();
    // Once per connection and run: a warning repeated at every refresh would be tuned out.
    if (raw->sendsSecretsInClear() && !m_warnedInClear.contains(profile.id)) {
        m_warnedInClear.insert(profile.id);
        const QString text = tr("Warning: the key for %1 is sent unencrypted to %2")
                                 .arg(profile.name, profile.baseUrl.toString(QUrl::RemoveUserInfo));
        m_log->addInfo(profile.name, QStringLiteral("connect"), text, ActivityLog::Level::Warning);
        Q_EMIT notice(text);
    }
    return raw;
}

void Workspace::close(const QString &profileId)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if ((*it)->profile().id == profileId) {
            (*it)->stop();
            (*it)->clearRows();
            m_sessions.erase(it);
            Q_EMIT sessionsChanged();
            return;
        }
    }
}

void Workspace::closeAll()
{
    while (!m_sessions.empty())
        close(m_sessions.front()->profile().id);
}

QList<ConnectionSession *> Workspace::sessions() const
{
    QList<ConnectionSession *> out;
    for (const auto &s : m_sessions)
        out.append(s.get());
    return out;
}

ConnectionSession *Workspace::session(const QString &profileId) const
{
    for (const auto &s : m_sessions) {
        if (s->profile().id == profileId)
            return s.get();
    }
    return nullptr;
}

ConnectionSession *Workspace::sessionFor(const Batch &batch) const
{
    // By identity: two connections may share a display name.
    return session(batch.sourceId);
}

BatchBackend *Workspace::backendFor(const Batch &batch) const
{
    ConnectionSession *s = sessionFor(batch);
    return s ? s->backendFor(batch.provider) : nullptr;
}

QString Workspace::sourceFor(const Batch &batch) const
{
    ConnectionSession *s = sessionFor(batch);
    return s ? s->sourceFor(batch.provider) : QString();
}

void Workspace::refreshAll()
{
    for (const auto &s : m_sessions)
        s->refreshNow();
}

QString Workspace::stateText() const
{
    QStringList parts;
    const bool several = m_sessions.size() > 1;
    for (const auto &s : m_sessions)
        parts << (several || s->providers().size() > 1 ? tr("%1: %2").arg(s->name(), s->stateText()) : s->stateText());
    return parts.isEmpty() ? tr("Not connected") : parts.join(QStringLiteral("  |  "));
}

bool Workspace::waitingForFirstAnswer() const
{
    for (const auto &s : m_sessions) {
        if (!s->lastSuccess().isValid() && !s->offline())
            return true;
    }
    return false;
}
