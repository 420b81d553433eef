#include "TlsPolicy.h"

#include <QFile>
#include <QSslKey>
#include <QtConcurrent/QtConcurrentRun>

namespace {

bool readFile(const QString &path, QByteArray *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    // A PEM bundle is hundreds of kilobytes; four megabytes is far beyond any real one.
    *out = file.read(4 * 1024 * 1024);
    return true;
}

// What every connection trusts besides its own CA file: the system's
// authorities, and the bundle $SSL_CERT_FILE names (as OpenSSL's tools honour
// it). Adding a connection's own authorities replaces Qt's on-demand loading
// of the system store, so these must be listed explicitly. Reading and parsing
// them takes 140 ms or more: done once per process, on a worker thread.
struct SharedTrust
{
    QList<QSslCertificate> authorities;
    QString error; // $SSL_CERT_FILE could not be used
};

QFuture<SharedTrust> sharedTrust()
{
    static const QFuture<SharedTrust> trust = QtConcurrent::run([] {
        SharedTrust t;
        t.authorities = QSslConfiguration::systemCaCertificates();
        const QString bundle = qEnvironmentVariable("SSL_CERT_FILE");
        if (!bundle.isEmpty()) {
            QString why;
            const QList<QSslCertificate> fromEnv = TlsPolicy::readCertificates(bundle, &why);
            if (fromEnv.isEmpty())
                t.error = TlsPolicy::tr("cannot use SSL_CERT_FILE %1: %2").arg(bundle, why);
            t.authorities += fromEnv;
        }
        return t;
    });
    return trust;
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

    // The connection's own file is small: read now, so a wrong path is said at once.
    if (!settings.caFile.isEmpty()) {
        QString why;
        policy->m_extraAuthorities = readCertificates(settings.caFile, &why);
        if (policy->m_extraAuthorities.isEmpty())
            policy->m_setupError = tr("cannot use the CA certificate file %1: %2").arg(settings.caFile, why);
    }
    policy->m_needsSharedTrust = !policy->m_extraAuthorities.isEmpty() || qEnvironmentVariableIsSet("SSL_CERT_FILE");
    if (policy->m_needsSharedTrust)
        sharedTrust(); // start reading it now, before the first call needs it
    if ((!settings.clientCertFile.isEmpty() || !settings.clientKeyFile.isEmpty()) && policy->m_setupError.isEmpty())
        policy->loadClientIdentity(settings.clientCertFile, settings.clientKeyFile);
    policy->m_customised = policy->m_needsSharedTrust || !policy->m_configuration.privateKey().isNull();
    return policy;
}

bool TlsPolicy::ready() const
{
    return !m_needsSharedTrust || sharedTrust().isFinished();
}

QFuture<void> TlsPolicy::whenReady() const
{
    return m_needsSharedTrust ? QFuture<void>(sharedTrust()) : QtFuture::makeReadyFuture();
}

QString TlsPolicy::setupError() const
{
    if (!m_setupError.isEmpty() || !m_needsSharedTrust || !sharedTrust().isFinished())
        return m_setupError;
    return sharedTrust().result().error;
}

QSslConfiguration TlsPolicy::configuration() const
{
    // Built once: converting 300 authorities for every call would be waste.
    if (!m_built) {
        m_built = m_configuration;
        if (m_needsSharedTrust)
            m_built->setCaCertificates(sharedTrust().result().authorities + m_extraAuthorities);
    }
    return *m_built;
}

void TlsPolicy::loadClientIdentity(const QString &certFile, const QString &keyFile)
{
    if (certFile.isEmpty() || keyFile.isEmpty()) {
        m_setupError = tr("a client certificate needs both the certificate file and its key file");
        return;
    }
    QString why;
    const QList<QSslCertificate> chain = readCertificates(certFile, &why);
    if (chain.isEmpty()) {
        m_setupError = tr("cannot use the client certificate %1: %2").arg(certFile, why);
        return;
    }
    const QSslKey key = readPrivateKey(keyFile, &why);
    if (key.isNull()) {
        m_setupError = tr("cannot use the client key %1: %2").arg(keyFile, why);
        return;
    }
    m_configuration.setLocalCertificateChain(chain);
    m_configuration.setPrivateKey(key);
}

QSslKey TlsPolicy::readPrivateKey(const QString &path, QString *error)
{
    QByteArray pem;
    if (!readFile(path, &pem, error))
        return {};
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    *error = tr("not an unencrypted PEM private key (RSA, EC or DSA)");
    return {};
}

QString TlsPolicy::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool TlsPolicy::isPinned(const QSslCertificate &certificate) const
{
    return !certificate.isNull() && m_pins.contains(fingerprint(certificate));
}
