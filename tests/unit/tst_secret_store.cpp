// Keys and the keychain: what each keychain error means, the session-only
// fallback on a machine without a keychain, and keys kept in memory there.
#include "secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKeychainErrorHasAVerdict()
    {
        // QKeychain::Error, in its own order.
        using V = SecretStore::Verdict;
        const V expected[] = {V::Fine,      // NoError
                              V::Fine,      // EntryNotFound: nothing saved yet
                              V::Report,    // CouldNotDeleteEntry
                              V::Report,    // AccessDeniedByUser: the key is not saved, and the user must know
                              V::Report,    // AccessDenied
                              V::FallBack,  // NoBackendAvailable
                              V::FallBack,  // NotImplemented
                              V::FallBack}; // OtherError (no secret service on D-Bus)
        for (int error = 0; error < int(std::size(expected)); ++error)
            QCOMPARE(int(SecretStore::verdictFor(error)), int(expected[error]));
    }

    void withoutAKeychainKeysLiveForTheSession()
    {
        // This machine has no secret service: the real QtKeychain path falls back and says why.
        SecretStore store(QStringLiteral("Batch Console tests"));
        QSignalSpy fallback(&store, &SecretStore::sessionOnlyChanged);
        QSignalSpy failed(&store, &SecretStore::failed);
        ProfileSecrets secrets;
        secrets.apiKey = QStringLiteral("sk-test-not-a-real-key-000000");
        store.write(QStringLiteral("p1"), secrets);
        QTRY_VERIFY_WITH_TIMEOUT(store.sessionOnly() || failed.count() > 0 || fallback.count() > 0, 20000);
        QCOMPARE(failed.count(), 0);
        ProfileSecrets read;
        bool done = false;
        store.read(QStringLiteral("p1"), this, [&](const ProfileSecrets &s) {
            read = s;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(read, secrets);
        store.remove(QStringLiteral("p1"));
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
