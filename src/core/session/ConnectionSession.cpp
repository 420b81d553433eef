#include "ConnectionSession.h"

#include <algorithm>

#include "backend/BackendFactory.h"
#include "backend/BatchBackend.h"
#include "itemmodels/BatchTableModel.h"
#include "log/ActivityLog.h"
#include "refresh/RefreshScheduler.h"

ConnectionSession::ConnectionSession(ConnectionProfile profile, const ProfileSecrets &secrets, BatchTableModel *model,
                                     ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_model(model)
    , m_log(log)
{
    QStringList providers = m_profile.providers;
    if (providers.isEmpty())
        providers << QStringLiteral("openai");
    for (const QString &provider : std::as_const(providers)) {
        Connection connection = m_profile.connectionFor(provider, secrets.apiKey, secrets.virtualKey);
        connection.extraHeaders += secrets.secretHeaders;
        Source s;
        s.provider = provider;
        s.backend = makeBackend(connection);
        s.scheduler = std::make_unique<RefreshScheduler>(s.backend.get(), m_model, sourceFor(provider));
        s.scheduler->setActiveInterval(qMax(1, m_profile.refreshSeconds) * 1000);
        // The whole list a dozen times rarer than the running batches, between 15 s and a minute.
        s.scheduler->setFullInterval(qBound(15, m_profile.refreshSeconds * 12, 60) * 1000);
        RefreshScheduler *scheduler = s.scheduler.get();
        connect(scheduler, &RefreshScheduler::stateChanged, this, &ConnectionSession::stateChanged);
        connect(scheduler, &RefreshScheduler::refreshed, this, &ConnectionSession::refreshed);
        const QString label = providers.size() > 1 ? m_profile.name + QStringLiteral(" · ") + provider : m_profile.name;
        // Every failed call of the backend, whoever made it (the schedule, a results window, a new batch, a cancel).
        connect(s.backend.get(), &BatchBackend::callFailed, this,
                [this, label](const ApiError &e) { Q_EMIT callFailed(label, e); });
        if (m_log) {
            connect(scheduler, &RefreshScheduler::warnings, m_log, [this, label](const QStringList &warnings) {
                for (const QString &w : warnings)
                    m_log->addInfo(label, QStringLiteral("decode"), w, ActivityLog::Level::Warning);
            });
            connect(scheduler, &RefreshScheduler::notice, m_log, [this, label](const QString &text) {
                m_log->addInfo(label, QStringLiteral("list"), text, ActivityLog::Level::Warning);
            });
        }
        connect(scheduler, &RefreshScheduler::notice, this,
                [this](const QString &text) { Q_EMIT notice(m_profile.name + QStringLiteral(": ") + text); });
        m_sources.push_back(std::move(s));
    }
}

ConnectionSession::~ConnectionSession()
{
    stop();
    // Schedulers first: they hold pointers to the backends.
    for (Source &s : m_sources)
        s.scheduler.reset();
}

QString ConnectionSession::sourceFor(const QString &provider) const
{
    return m_profile.id + QLatin1Char('/') + provider;
}

BatchBackend *ConnectionSession::backendFor(const QString &provider) const
{
    for (const Source &s : m_sources) {
        if (s.provider == provider)
            return s.backend.get();
    }
    return nullptr;
}

void ConnectionSession::start()
{
    for (Source &s : m_sources)
        s.scheduler->start();
}

void ConnectionSession::stop()
{
    for (Source &s : m_sources) {
        if (s.scheduler)
            s.scheduler->stop();
    }
}

void ConnectionSession::refreshNow()
{
    for (Source &s : m_sources)
        s.scheduler->refreshNow();
}

void ConnectionSession::clearRows()
{
    for (const Source &s : m_sources)
        m_model->removeSource(sourceFor(s.provider));
}

bool ConnectionSession::sendsSecretsInClear() const
{
    return std::any_of(m_sources.begin(), m_sources.end(),
                       [](const Source &s) { return s.backend->connection().sendsSecretsInClear(); });
}

bool ConnectionSession::offline() const
{
    for (const Source &s : m_sources) {
        if (s.scheduler->state() == RefreshScheduler::State::Offline)
            return true;
    }
    return false;
}

QString ConnectionSession::errorText() const
{
    for (const Source &s : m_sources) {
        if (s.scheduler->state() == RefreshScheduler::State::Offline)
            return s.scheduler->lastError().toString();
    }
    return {};
}

QDateTime ConnectionSession::lastSuccess() const
{
    QDateTime latest;
    for (const Source &s : m_sources) {
        if (s.scheduler->lastSuccess() > latest)
            latest = s.scheduler->lastSuccess();
    }
    return latest;
}

QDateTime ConnectionSession::offlineSince() const
{
    QDateTime earliest;
    for (const Source &s : m_sources) {
        if (s.scheduler->state() != RefreshScheduler::State::Offline)
            continue;
        const QDateTime since = s.scheduler->offlineSince();
        if (!earliest.isValid() || since < earliest)
            earliest = since;
    }
    return earliest;
}

QString ConnectionSession::stateText() const
{
    QStringList texts;
    for (const Source &s : m_sources)
        texts << s.scheduler->stateText();
    // Providers that say the same thing are said once ("updated 15:25:04").
    if (texts.size() > 1 && texts.count(texts.first()) == texts.size())
        return texts.first();
    QStringList parts;
    for (size_t i = 0; i < m_sources.size(); ++i)
        parts << (m_sources.size() > 1 ? m_sources[i].provider + QStringLiteral(": ") + texts.at(qsizetype(i))
                                       : texts.at(qsizetype(i)));
    return parts.join(QStringLiteral(" · "));
}
