// The connection selector's logic without a window: which entries it offers,
// what choosing one opens and closes, and what happens when profiles change.
#include "SimFixture.h"
#include "itemmodels/BatchTableModel.h"
#include "secrets/SecretStore.h"
#include "session/ConnectionSession.h"
#include "session/ConnectionSwitcher.h"
#include "session/Workspace.h"
#include "settings/ProfileStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionSwitcher : public QObject
{
    Q_OBJECT
    QTemporaryDir settingsDir;

    struct Parts
    {
        ProfileStore profiles;
        SecretStore secrets;
        Workspace workspace;
        ConnectionSwitcher switcher{&workspace, &profiles, &secrets};
        Parts() { secrets.forceSessionOnly(); }
    };

    static ConnectionProfile saved(ProfileStore &store, const QString &name, const QUrl &url)
    {
        ConnectionProfile p;
        p.name = name;
        p.baseUrl = url;
        p.providers = {QStringLiteral("openai")};
        p.refreshSeconds = 60;
        return store.save(p);
    }

    static QStringList ids(const QList<ConnectionSwitcher::Choice> &choices)
    {
        QStringList out;
        for (const auto &c : choices)
            out << c.id;
        return out;
    }

    static QStringList openIds(const Workspace &workspace)
    {
        QStringList out;
        for (ConnectionSession *s : workspace.sessions())
            out << s->profile().id;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("BatchConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connection_switcher"));
    }

    void init() { QSettings().clear(); }

    void nothingSavedOffersNothing()
    {
        Parts parts;
        QVERIFY(parts.switcher.choices().isEmpty());
        QVERIFY(!parts.switcher.openLastUsed());
        QVERIFY(!parts.switcher.choose(ConnectionSwitcher::kAllId));
        QVERIFY(parts.switcher.activeId().isEmpty());
        QVERIFY(parts.workspace.sessions().isEmpty());
    }

    void unsavedFirstAndAllOnlyWithSeveral()
    {
        SimFixture f;
        Parts parts;
        const ConnectionProfile mine = saved(parts.profiles, QStringLiteral("Mine"), f.sim().url());
        QCOMPARE(ids(parts.switcher.choices()), QStringList{mine.id});

        // A --url gateway named like the saved one: two entries, two ids, "all" first.
        QSignalSpy choicesChanged(&parts.switcher, &ConnectionSwitcher::choicesChanged);
        QUrl url = f.sim().url();
        parts.switcher.open(ConnectionSwitcher::commandLineProfile(url, {}));
        QVERIFY(choicesChanged.count() >= 1);
        const QList<ConnectionSwitcher::Choice> choices = parts.switcher.choices();
        QCOMPARE(ids(choices), (QStringList{ConnectionSwitcher::kAllId, ConnectionSwitcher::kCommandLineId, mine.id}));
        QCOMPARE(choices.at(0).kind, ConnectionSwitcher::Kind::All);
        QCOMPARE(choices.at(1).kind, ConnectionSwitcher::Kind::CommandLine);
        QCOMPARE(choices.at(1).name, QStringLiteral("127.0.0.1:%1").arg(url.port()));
        QCOMPARE(choices.at(2).kind, ConnectionSwitcher::Kind::Saved);
        QCOMPARE(parts.switcher.reservedNames(), QStringList{choices.at(1).name});
        // An unsaved connection is never written to the settings, nor remembered as last used.
        QCOMPARE(parts.profiles.profiles().size(), 1);
        QVERIFY(parts.profiles.lastUsed() != ConnectionSwitcher::kCommandLineId);
    }

    void oneAtATimeThenAll()
    {
        SimFixture first;
        SimFixture second;
        Parts parts;
        const ConnectionProfile a = saved(parts.profiles, QStringLiteral("A"), first.sim().url());
        const ConnectionProfile b = saved(parts.profiles, QStringLiteral("B"), second.sim().url());
        QSignalSpy active(&parts.switcher, &ConnectionSwitcher::activeChanged);
        QSignalSpy connecting(&parts.switcher, &ConnectionSwitcher::connecting);

        QVERIFY(parts.switcher.choose(a.id));
        QCOMPARE(parts.switcher.activeId(), a.id);
        QCOMPARE(parts.switcher.activeProfile()->name, QStringLiteral("A"));
        QCOMPARE(connecting.count(), 1);
        QCOMPARE(connecting.first().first().toString(), QStringLiteral("A"));
        QTRY_COMPARE(openIds(parts.workspace), QStringList{a.id});
        QCOMPARE(parts.profiles.lastUsed(), a.id);

        // Choosing another closes the first: the table shows what the selector says.
        QVERIFY(parts.switcher.choose(b.id));
        QTRY_COMPARE(openIds(parts.workspace), QStringList{b.id});
        QCOMPARE(parts.profiles.lastUsed(), b.id);

        // "All" opens every known connection and keeps what is open.
        ConnectionSession *already = parts.workspace.session(b.id);
        QVERIFY(parts.switcher.choose(ConnectionSwitcher::kAllId));
        QVERIFY(parts.switcher.showsAll());
        QCOMPARE(parts.switcher.activeProfile(), nullptr);
        QStringList both{a.id, b.id};
        both.sort();
        QTRY_COMPARE(openIds(parts.workspace), both);
        QCOMPARE(parts.workspace.session(b.id), already);
        QTRY_COMPARE_WITH_TIMEOUT(parts.workspace.model()->rowCount(), 60, 10000);

        // Back to one: it is already open, nothing is read again.
        const int connectingBefore = int(connecting.count());
        QVERIFY(parts.switcher.choose(a.id));
        QCOMPARE(openIds(parts.workspace), QStringList{a.id});
        QCOMPARE(connecting.count(), connectingBefore);
        QVERIFY(active.count() >= 4);
        QVERIFY(!parts.switcher.choose(QStringLiteral("no-such-id")));
        QCOMPARE(parts.switcher.activeId(), a.id);
    }

    void lastUsedOpensFirst()
    {
        SimFixture f;
        Parts parts;
        saved(parts.profiles, QStringLiteral("One"), f.sim().url());
        const ConnectionProfile two = saved(parts.profiles, QStringLiteral("Two"), f.sim().url());
        parts.profiles.setLastUsed(two.id);
        QVERIFY(parts.switcher.openLastUsed());
        QCOMPARE(parts.switcher.activeId(), two.id);
    }

    void editedProfilesReopenRemovedOnesClose()
    {
        SimFixture f;
        SimFixture other;
        Parts parts;
        ConnectionProfile p = saved(parts.profiles, QStringLiteral("Edited"), f.sim().url());
        QVERIFY(parts.switcher.choose(p.id));
        QTRY_VERIFY(parts.workspace.session(p.id));
        ConnectionSession *before = parts.workspace.session(p.id);

        // Unchanged: nothing happens.
        parts.switcher.profilesEdited();
        QCOMPARE(parts.workspace.session(p.id), before);

        // Pointed elsewhere: reopened with the new settings.
        p.baseUrl = other.sim().url();
        parts.profiles.save(p);
        parts.switcher.profilesEdited();
        QTRY_VERIFY(parts.workspace.session(p.id));
        QCOMPARE(parts.workspace.session(p.id)->profile().baseUrl, other.sim().url());

        // Removed: closed, and nothing is shown.
        QSignalSpy active(&parts.switcher, &ConnectionSwitcher::activeChanged);
        parts.profiles.remove(p.id);
        parts.switcher.profilesEdited();
        QVERIFY(parts.workspace.sessions().isEmpty());
        QVERIFY(parts.switcher.activeId().isEmpty());
        QCOMPARE(active.count(), 1);
    }

    void aSwitchWhileTheKeysAreReadOpensOnlyTheLast()
    {
        SimFixture f;
        Parts parts;
        const ConnectionProfile a = saved(parts.profiles, QStringLiteral("A"), f.sim().url());
        const ConnectionProfile b = saved(parts.profiles, QStringLiteral("B"), f.sim().url());
        // Two choices in a row, before the keychain answers either (its answers are queued).
        QSignalSpy sessionsChanged(&parts.workspace, &Workspace::sessionsChanged);
        parts.switcher.choose(a.id);
        parts.switcher.choose(b.id);
        QTRY_COMPARE(openIds(parts.workspace), QStringList{b.id});
        QTest::qWait(50);
        QCOMPARE(openIds(parts.workspace), QStringList{b.id});
        QCOMPARE(sessionsChanged.count(), 1); // A was never opened
    }
};

QTEST_MAIN(TestConnectionSwitcher)
#include "tst_connection_switcher.moc"
