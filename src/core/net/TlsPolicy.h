#pragma once

#include "Connection.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <memory>
#include <optional>

// A connection's TLS settings made ready for the wire: the files read once,
// the trust store built, the pins kept. Shared read-only by every call of the
// connection. A file that cannot be used is kept as `setupError`, so each call
// fails with the reason instead of silently falling back to the defaults.
class TlsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TlsPolicy)
public:
    // Reads the files named in `settings`, and $SSL_CERT_FILE when set.
    static std::shared_ptr<const TlsPolicy> fromSettings(const TlsSettings &settings);

    // Whether calls need a configuration of their own (else Qt's default is used).
    bool customises() const { return m_customised; }
    // Extra authorities replace Qt's on-demand loading of the system's, so the
    // system's must be listed too: reading them takes 140 ms, done once per
    // process on a worker thread. Calls wait for it (whenReady), not the GUI.
    bool ready() const;
    QFuture<void> whenReady() const;
    // The configuration for a call; only once ready(), on the thread that makes the calls.
    QSslConfiguration configuration() const;
    // Why calls cannot go out (an unusable file); known for $SSL_CERT_FILE once ready().
    QString setupError() const;

    bool hasClientCertificate() const { return !m_configuration.privateKey().isNull(); }
    bool hasPins() const { return !m_pins.isEmpty(); }
    // True when `certificate` is one the user chose to trust for this connection.
    bool isPinned(const QSslCertificate &certificate) const;
    static QString fingerprint(const QSslCertificate &certificate); // SHA-256, lower-case hex

    // The authorities a PEM file holds; empty with `error` set when it holds none.
    static QList<QSslCertificate> readCertificates(const QString &path, QString *error);
    // An unencrypted PEM private key (RSA, EC or DSA); null with `error` set otherwise.
    static QSslKey readPrivateKey(const QString &path, QString *error);

private:
    void loadClientIdentity(const QString &certFile, const QString &keyFile);

    QSslConfiguration m_configuration;         // without the authorities
    QList<QSslCertificate> m_extraAuthorities; // the connection's CA file
    mutable std::optional<QSslConfiguration> m_built;
    bool m_needsSharedTrust = false;
    QStringList m_pins;
    QString m_setupError;
    bool m_customised = false;
};
