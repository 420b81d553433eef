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

bool backendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented || error == QKeychain::OtherError;
}
} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

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
        QMetaObject::invokeMethod(context, [done, known] { done(known); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(entryKey(profileId));
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, profileId, guard, done] {
        ProfileSecrets secrets;
        if (job->error() == QKeychain::NoError) {
            secrets = decode(job->binaryData());
            m_session.insert(profileId, secrets);
        } else if (backendMissing(job->error())) {
            fallBack(job->errorString());
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
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (backendMissing(job->error()))
            fallBack(job->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString &profileId)
{
    m_session.remove(profileId);
    if (m_sessionOnly)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(entryKey(profileId));
    job->start();
}
