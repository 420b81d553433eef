// TLS as company gateways deploy it, over loopback HTTPS against the simulator:
// a private authority, mutual TLS, a pinned self-signed certificate and the
// failures a person must be able to read (wrong host, expired, changed pin).
#include "SimFixture.h"
#include "TestData.h"
#include "net/CertificateSummary.h"
#include "net/TlsPolicy.h"

#include <QElapsedTimer>
#include <QSslSocket>

namespace {

QString tlsFile(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/tls/") + name;
}

SimOptions httpsOptions(const QString &cert, const QString &clientCa = QString())
{
    SimOptions o = SimFixture::defaultOptions();
    o.tlsCertFile = tlsFile(cert);
    o.tlsKeyFile = tlsFile(QStringLiteral("server.key"));
    if (!clientCa.isEmpty())
        o.tlsClientCaFile = tlsFile(clientCa);
    return o;
}

QString fingerprintOf(const QString &file)
{
    QString why;
    const auto certs = TlsPolicy::readCertificates(tlsFile(file), &why);
    return certs.isEmpty() ? QString() : TlsPolicy::fingerprint(certs.first());
}

Outcome<BatchPage> listOnce(const Connection &c)
{
    auto backend = SimFixture::backend(c);
    ListQuery q;
    q.limit = 5;
    return waitFor(backend->list(q));
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        // Read once per process, so set for the whole run: these tests trust only what they name.
        // tst_batchctl checks $SSL_CERT_FILE through the real binary, where it is set from the start.
        qunsetenv("SSL_CERT_FILE");
    }

    // First in this process on purpose: the system's trust store is read for the
    // first time here, on a worker thread; the caller's thread must not wait for it.
    void extraAuthorityDoesNotBlockTheCaller()
    {
        SimFixture f(httpsOptions(QStringLiteral("server.pem")));
        Connection c = f.connection();
        c.tls.caFile = tlsFile(QStringLiteral("ca.pem"));
        QElapsedTimer clock;
        clock.start();
        auto backend = SimFixture::backend(c);
        ListQuery q;
        q.limit = 5;
        auto *pending = backend->list(q);
        const qint64 blockedMs = clock.elapsed();
        const auto outcome = waitFor(pending);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QVERIFY2(blockedMs < 50, qPrintable(QStringLiteral("blocked for %1 ms").arg(blockedMs)));
    }

    void simulatorServesHttps()
    {
        SimFixture f(httpsOptions(QStringLiteral("server.pem")));
        QVERIFY2(f.listening(), qPrintable(f.sim().startError()));
        QCOMPARE(f.sim().url().scheme(), QStringLiteral("https"));
    }

    void privateAuthorityFailsWithTheCertificateToInspect()
    {
        SimFixture f(httpsOptions(QStringLiteral("server.pem")));
        const auto outcome = listOnce(f.connection());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
        QCOMPARE(outcome.error.attempts, 1); // the same certificate would come back: not retried
        QVERIFY2(outcome.error.toString().startsWith(QStringLiteral("list failed: TLS error: ")),
                 qPrintable(outcome.error.toString()));
        QVERIFY(!outcome.error.tlsPinMismatch);
        const CertificateSummary summary = CertificateSummary::fromPem(outcome.error.tlsCertificate);
        QCOMPARE(summary.sha256, fingerprintOf(QStringLiteral("server.pem")));
        QVERIFY(summary.subject.contains(QStringLiteral("CN=127.0.0.1")));
        QVERIFY(summary.issuer.contains(QStringLiteral("CN=Batch Console Test CA")));
        QVERIFY(!summary.selfSigned);
        QCOMPARE(summary.expires.date().year(), 2125);
        const QString text = summary.toText();
        QVERIFY2(text.contains(QStringLiteral("SHA-256: ") + summary.displayFingerprint()), qPrintable(text));
        QCOMPARE(summary.displayFingerprint().size(), 32 * 3 - 1);
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/batches")), 0); // no request crossed an untrusted channel
    }

    void caFileTrustsThePrivateAuthorityForThatConnectionOnly()
    {
        SimFixture f(httpsOptions(QStringLiteral("server.pem")));
        Connection trusting = f.connection();
        trusting.tls.caFile = tlsFile(QStringLiteral("ca.pem"));
        const auto ok = listOnce(trusting);
        QVERIFY2(ok.ok(), qPrintable(ok.error.toString()));
        QCOMPARE(ok.value.batches.size(), 5);
        // Another connection in the same process still uses only the system's authorities.
        const auto other = listOnce(f.connection());
        QCOMPARE(other.error.kind, ApiError::Kind::Tls);
    }

    // A certificate from the trusted authority that is still wrong: the reason and the certificate are shown.
    void trustedAuthorityButWrongCertificateFails_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("summaryShows");
        QTest::newRow("another host name") << "wronghost.pem"
                                           << "host name"
                                           << "Subject: CN=gateway.example";
        QTest::newRow("expired") << "expired.pem"
                                 << "expired"
                                 << "Expired: ";
    }
    void trustedAuthorityButWrongCertificateFails()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, reason);
        QFETCH(QString, summaryShows);
        SimFixture f(httpsOptions(certificate));
        Connection c = f.connection();
        c.tls.caFile = tlsFile(QStringLiteral("ca.pem"));
        const auto outcome = listOnce(c);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
        QVERIFY2(outcome.error.message.contains(reason, Qt::CaseInsensitive), qPrintable(outcome.error.message));
        const QString summary = CertificateSummary::fromPem(outcome.error.tlsCertificate).toText();
        QVERIFY2(summary.contains(summaryShows), qPrintable(summary));
    }

    void pinnedSelfSignedCertificateIsTrustedUntilItChanges()
    {
        SimOptions options = httpsOptions(QStringLiteral("selfsigned.pem"));
        auto first = std::make_unique<SimFixture>(options);
        Connection c = first->connection();
        const auto refused = listOnce(c);
        QCOMPARE(refused.error.kind, ApiError::Kind::Tls);
        const CertificateSummary seen = CertificateSummary::fromPem(refused.error.tlsCertificate);
        QVERIFY(seen.selfSigned);

        c.tls.pinnedSha256 = {seen.displayFingerprint()}; // either form is accepted
        const auto trusted = listOnce(c);
        QVERIFY2(trusted.ok(), qPrintable(trusted.error.toString()));

        // The operators replace the certificate: the same address now shows another one.
        options.port = first->sim().url().port();
        first.reset();
        options.tlsCertFile = tlsFile(QStringLiteral("selfsigned-renewed.pem"));
        SimFixture second(options);
        QVERIFY2(second.listening(), qPrintable(second.sim().startError()));
        const auto changed = listOnce(c);
        QCOMPARE(changed.error.kind, ApiError::Kind::Tls);
        QVERIFY(changed.error.tlsPinMismatch);
        QVERIFY2(changed.error.message.contains(QStringLiteral("not the one trusted")),
                 qPrintable(changed.error.message));
        QCOMPARE(CertificateSummary::fromPem(changed.error.tlsCertificate).sha256,
                 fingerprintOf(QStringLiteral("selfsigned-renewed.pem")));
    }

    void pinDoesNotTrustAnotherCertificate()
    {
        SimFixture f(httpsOptions(QStringLiteral("wronghost.pem")));
        Connection c = f.connection();
        c.tls.pinnedSha256 = {fingerprintOf(QStringLiteral("server.pem"))};
        const auto outcome = listOnce(c);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
        QVERIFY(outcome.error.tlsPinMismatch);
    }

    void mutualTlsNeedsTheClientCertificate()
    {
        SimFixture f(httpsOptions(QStringLiteral("server.pem"), QStringLiteral("ca.pem")));
        QVERIFY2(f.listening(), qPrintable(f.sim().startError()));
        Connection c = f.connection();
        c.tls.caFile = tlsFile(QStringLiteral("ca.pem"));
        const auto refused = listOnce(c);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.message.contains(QStringLiteral("client certificate")),
                 qPrintable(refused.error.toString()));
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/batches")), 0);

        c.tls.clientCertFile = tlsFile(QStringLiteral("client.pem"));
        c.tls.clientKeyFile = tlsFile(QStringLiteral("client.key"));
        const auto accepted = listOnce(c);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error.toString()));
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/batches")), 1);
    }

    void unusableFilesFailEveryCallWithoutSending()
    {
        SimFixture f(httpsOptions(QStringLiteral("server.pem")));
        struct Case
        {
            TlsSettings tls;
            QString expected;
        };
        TlsSettings missingCa;
        missingCa.caFile = tlsFile(QStringLiteral("no-such-ca.pem"));
        TlsSettings notACertificate;
        notACertificate.caFile = tlsFile(QStringLiteral("make-certs.sh"));
        TlsSettings certWithoutKey;
        certWithoutKey.clientCertFile = tlsFile(QStringLiteral("client.pem"));
        TlsSettings keyIsACertificate;
        keyIsACertificate.clientCertFile = tlsFile(QStringLiteral("client.pem"));
        keyIsACertificate.clientKeyFile = tlsFile(QStringLiteral("client.pem"));
        const QList<Case> cases{
            {missingCa, QStringLiteral("cannot use the CA certificate file")},
            {notACertificate, QStringLiteral("no certificate in it")},
            {certWithoutKey, QStringLiteral("needs both the certificate file and its key file")},
            {keyIsACertificate, QStringLiteral("not an unencrypted PEM private key")},
        };
        for (const Case &tc : cases) {
            Connection c = f.connection();
            c.tls = tc.tls;
            const auto outcome = listOnce(c);
            QCOMPARE(outcome.error.kind, ApiError::Kind::Local);
            QVERIFY2(outcome.error.message.contains(tc.expected), qPrintable(outcome.error.message));
        }
        QVERIFY(f.sim().log().isEmpty());
    }

    void secretsInClearOnlyOffLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<bool>("warns");
        QTest::newRow("remote http") << "http://gateway.internal:8080" << true << true;
        QTest::newRow("remote https") << "https://gateway.internal" << true << false;
        QTest::newRow("no key") << "http://gateway.internal:8080" << false << false;
        QTest::newRow("localhost") << "http://localhost:8080" << true << false;
        QTest::newRow("sub.localhost") << "http://bifrost.localhost:8080" << true << false;
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080" << true << false;
        QTest::newRow("127.8.9.10") << "http://127.8.9.10:8080" << true << false;
        QTest::newRow("::1") << "http://[::1]:8080" << true << false;
        QTest::newRow("10.0.0.2") << "http://10.0.0.2:8080" << true << true;
        QTest::newRow("0.0.0.0") << "http://0.0.0.0:8080" << true << true;
        QTest::newRow("localhost.example.com") << "http://localhost.example.com" << true << true;
    }
    void secretsInClearOnlyOffLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, withKey);
        QFETCH(bool, warns);
        Connection c;
        c.baseUrl = QUrl(url);
        if (withKey)
            c.apiKey = QStringLiteral("sk-test-key-123456");
        QCOMPARE(c.sendsSecretsInClear(), warns);
    }

    void secretHeaderCountsAsAKey()
    {
        Connection c;
        c.baseUrl = QUrl(QStringLiteral("http://gateway.internal"));
        QVERIFY(!c.sendsSecretsInClear());
        c.extraHeaders.append({QByteArray("X-Auth-Token"), QByteArray("abc")});
        QVERIFY(c.sendsSecretsInClear());
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
