#include "SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace {
QString entryKey(const QString &profileId)
{
    return QStringLiteral("connection/") + profileId;
}

} // namespace

SecretStore::Verdict SecretStore::verdictFor(int keychainError)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound: // nothing saved yet, or already gone
        return Verdict::Fine;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what QtKeychain says when no secret service answers on D-Bus
        return Verdict::FallBack;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Verdict::Report;
    }
    return Verdict::Report;
}

bool SecretStore::handle(const QString &operation, int keychainError, const QString &message)
{
    switch (verdictFor(keychainError)) {
    case Verdict::Fine:
        return true;
    case Verdict::FallBack:
        fallBack(message);
        return false;
    case Verdict::Report:
        Q_EMIT failed(ApiError::make(ApiError::Kind::Local, operation, message));
        return false;
    }
    return false;
}

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void SecretStore::forceSessionOnly()
{
    fallBack(tr("the keychain is disabled"));
}

void SecretStore::fallBack(const QString &reason)
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    Q_EMIT sessionOnlyChanged(true, reason);
}

QByteArray SecretStore::encode(const ProfileSecrets &s)
{
    QJsonObject headers;
    for (const auto &[name, value] : s.secretHeaders)
        headers.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    return QJsonDocument(QJsonObject{{QStringLiteral("apiKey"), s.apiKey},
                                     {QStringLiteral("virtualKey"), s.virtualKey},
                                     {QStringLiteral("headers"), headers}})
        .toJson(QJsonDocument::Compact);
}

ProfileSecrets SecretStore::decode(const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    ProfileSecrets s;
    s.apiKey = o.value(QStringLiteral("apiKey")).toString();
    s.virtualKey = o.value(QStringLiteral("virtualKey")).toString();
    const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        s.secretHeaders.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    return s;
}

void SecretStore::read(const QString &profileId, QObject *context, std::function<void(const ProfileSecrets &)> done)
{
    if (m_sessionOnly || m_session.contains(profileId)) {
        const ProfileSecrets known = m_session.value(profileId);
        QMetaObject::invokeMethod(
            context, [done, known] { done(known); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(entryKey(profileId));
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, profileId, guard, done] {
        ProfileSecrets secrets;
        if (handle(QStringLiteral("read key"), job->error(), job->errorString())
            && job->error() == QKeychain::NoError) {
            secrets = decode(job->binaryData());
            m_session.insert(profileId, secrets);
        }
        if (guard)
            done(secrets);
    });
    job->start();
}

void SecretStore::write(const QString &profileId, const ProfileSecrets &secrets)
{
    m_session.insert(profileId, secrets);
    if (m_sessionOnly)
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(entryKey(profileId));
    job->setInsecureFallback(false);
    job->setBinaryData(encode(secrets));
    // Access denied leaves the key in memory for this session: say so rather than let it vanish at exit.
    connect(job, &QKeychain::Job::finished, this,
            [this, job] { handle(QStringLiteral("save key"), job->error(), job->errorString()); });
    job->start();
}

void SecretStore::remove(const QString &profileId)
{
    m_session.remove(profileId);
    if (m_sessionOnly)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(entryKey(profileId));
    connect(job, &QKeychain::Job::finished, this,
            [this, job] { handle(QStringLiteral("forget key"), job->error(), job->errorString()); });
    job->start();
}
