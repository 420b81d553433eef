#include "TlsPolicy.h"

#include <QFile>
#include <QSslKey>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The system's authorities, parsed once per process on a worker thread: adding
// our own to a configuration replaces Qt's on-demand loading of the system
// store, so the system's must be listed explicitly.
QFuture<QList<QSslCertificate>> systemAuthorities()
{
    static const QFuture<QList<QSslCertificate>> all
        = QtConcurrent::run([] { return QSslConfiguration::systemCaCertificates(); });
    return all;
}

bool readFile(const QString &path, QByteArray *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    // A PEM bundle is kilobytes; a megabyte is far beyond any real one.
    *out = file.read(4 * 1024 * 1024);
    return true;
}

} // namespace

QList<QSslCertificate> TlsPolicy::readCertificates(const QString &path, QString *error)
{
    QByteArray pem;
    if (!readFile(path, &pem, error))
        return {};
    QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(pem, QSsl::Der);
    if (certificates.isEmpty())
        *error = tr("no certificate in it");
    return certificates;
}

std::shared_ptr<const TlsPolicy> TlsPolicy::fromSettings(const TlsSettings &settings)
{
    auto policy = std::make_shared<TlsPolicy>();
    policy->m_configuration = QSslConfiguration::defaultConfiguration();
    for (const QString &pin : settings.pinnedSha256)
        policy->m_pins << pin.toLower().remove(QLatin1Char(':'));

    QList<QSslCertificate> extra;
    // Honoured as OpenSSL's own tools honour it: a bundle to trust besides the system's.
    const QString envBundle = qEnvironmentVariable("SSL_CERT_FILE");
    if (!envBundle.isEmpty()) {
        QString why;
        const QList<QSslCertificate> fromEnv = readCertificates(envBundle, &why);
        if (fromEnv.isEmpty())
            policy->m_setupError = tr("cannot use SSL_CERT_FILE %1: %2").arg(envBundle, why);
        extra += fromEnv;
    }
    if (!settings.caFile.isEmpty() && policy->m_setupError.isEmpty()) {
        QString why;
        const QList<QSslCertificate> fromFile = readCertificates(settings.caFile, &why);
        if (fromFile.isEmpty())
            policy->m_setupError = tr("cannot use the CA certificate file %1: %2").arg(settings.caFile, why);
        extra += fromFile;
    }
    if (!extra.isEmpty())
        policy->addAuthorities(extra);
    if ((!settings.clientCertFile.isEmpty() || !settings.clientKeyFile.isEmpty()) && policy->m_setupError.isEmpty())
        policy->loadClientIdentity(settings.clientCertFile, settings.clientKeyFile);
    return policy;
}

void TlsPolicy::addAuthorities(const QList<QSslCertificate> &authorities)
{
    m_extraAuthorities += authorities;
    m_customised = true;
    systemAuthorities(); // start reading them now, before the first call needs them
}

bool TlsPolicy::ready() const
{
    return m_extraAuthorities.isEmpty() || systemAuthorities().isFinished();
}

QFuture<void> TlsPolicy::whenReady() const
{
    return m_extraAuthorities.isEmpty() ? QtFuture::makeReadyFuture() : QFuture<void>(systemAuthorities());
}

QSslConfiguration TlsPolicy::configuration() const
{
    QSslConfiguration configuration = m_configuration;
    if (!m_extraAuthorities.isEmpty())
        configuration.setCaCertificates(systemAuthorities().result() + m_extraAuthorities);
    return configuration;
}

bool TlsPolicy::loadClientIdentity(const QString &certFile, const QString &keyFile)
{
    if (certFile.isEmpty() || keyFile.isEmpty()) {
        m_setupError = tr("a client certificate needs both the certificate file and its key file");
        return false;
    }
    QString why;
    const QList<QSslCertificate> chain = readCertificates(certFile, &why);
    if (chain.isEmpty()) {
        m_setupError = tr("cannot use the client certificate %1: %2").arg(certFile, why);
        return false;
    }
    QByteArray keyPem;
    if (!readFile(keyFile, &keyPem, &why)) {
        m_setupError = tr("cannot read the client key %1: %2").arg(keyFile, why);
        return false;
    }
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        m_setupError
            = tr("cannot use the client key %1: not an unencrypted PEM private key (RSA, EC or DSA)").arg(keyFile);
        return false;
    }
    m_configuration.setLocalCertificateChain(chain);
    m_configuration.setPrivateKey(key);
    m_customised = true;
    return true;
}

QString TlsPolicy::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool TlsPolicy::isPinned(const QSslCertificate &certificate) const
{
    return !certificate.isNull() && m_pins.contains(fingerprint(certificate));
}
