// Several connections in one view: each refreshes on its own, and one that
// fails marks only its own rows stale, never blanking the others.
#include "SimFixture.h"
#include "itemmodels/BatchFilterProxy.h"
#include "itemmodels/BatchTableModel.h"
#include "log/ActivityLog.h"
#include "session/ConnectionSession.h"
#include "session/Workspace.h"

#include <QSignalSpy>

class TestWorkspace : public QObject
{
    Q_OBJECT

    static ConnectionProfile profileFor(SimFixture &f, const QString &id, const QString &name, BackendKind kind,
                                        QStringList providers)
    {
        ConnectionProfile p;
        p.id = id;
        p.name = name;
        p.kind = kind;
        p.baseUrl = f.sim().url();
        p.providers = providers;
        p.timeoutSeconds = 2;
        p.refreshSeconds = 1;
        return p;
    }

private Q_SLOTS:
    // A key over plain HTTP off this machine is said once per connection, not at every open or refresh.
    void keysInClearAreWarnedOncePerConnection()
    {
        Workspace workspace;
        QSignalSpy notices(&workspace, &Workspace::notice);
        ConnectionProfile remote;
        remote.id = QStringLiteral("r");
        remote.name = QStringLiteral("Internal");
        remote.baseUrl = QUrl(QStringLiteral("http://0.0.0.0:9")); // refused at once, and not loopback as written
        remote.timeoutSeconds = 2;
        ProfileSecrets secrets;
        secrets.apiKey = QStringLiteral("sk-test-workspace-0001");
        workspace.open(remote, secrets);
        workspace.open(remote, secrets); // reopened, as after editing it
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().first().toString(),
                 QStringLiteral("Warning: the key for Internal is sent unencrypted to http://0.0.0.0:9"));
        int warnings = 0;
        for (const auto &entry : workspace.log()->entries()) {
            QVERIFY(!entry.message.contains(secrets.apiKey));
            warnings += entry.level == ActivityLog::Level::Warning && entry.message.contains(u"unencrypted");
        }
        QCOMPARE(warnings, 1);

        SimFixture loopback;
        ConnectionProfile local = profileFor(loopback, QStringLiteral("l"), QStringLiteral("Local"),
                                             BackendKind::Bifrost, {QStringLiteral("openai")});
        workspace.open(local, secrets);
        QCOMPARE(notices.size(), 1);
        workspace.closeAll();
    }

    void mixedViewWithOneFailingConnection()
    {
        SimOptions good = SimFixture::defaultOptions();
        good.openAiBatches = 12;
        good.anthropicBatches = 4;
        SimFixture gateway(good);
        SimOptions direct = SimFixture::defaultOptions();
        direct.dialect = QStringLiteral("anthropic");
        direct.anthropicBatches = 9;
        SimFixture anthropic(direct);

        Workspace workspace;
        QSignalSpy failedCalls(&workspace, &Workspace::callFailed);
        ProfileSecrets none;
        workspace.open(profileFor(gateway, QStringLiteral("g"), QStringLiteral("Gateway"), BackendKind::Bifrost,
                                  {QStringLiteral("openai"), QStringLiteral("anthropic")}),
                       none);
        workspace.open(profileFor(anthropic, QStringLiteral("a"), QStringLiteral("Anthropic"), BackendKind::Anthropic,
                                  {QStringLiteral("anthropic")}),
                       none);
        BatchTableModel *model = workspace.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 12 + 4 + 9, 10000);

        BatchFilterProxy proxy;
        proxy.setSourceModel(model);
        proxy.setSource(QStringLiteral("a"));
        QCOMPARE(proxy.rowCount(), 9);
        proxy.setSource(QString());
        proxy.setProvider(QStringLiteral("anthropic"));
        QCOMPARE(proxy.rowCount(), 4 + 9);
        proxy.setProvider(QString());
        QCOMPARE(model->data(model->index(0, BatchTableModel::ConnectionColumn)).toString().isEmpty(), false);

        // The direct connection starts failing.
        anthropic.sim().faults().add(*FaultPlan::parseSpec(QStringLiteral("server_error:1000"), nullptr));
        workspace.session(QStringLiteral("a"))->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.session(QStringLiteral("a"))->offline(), 10000);
        QVERIFY(!workspace.session(QStringLiteral("g"))->offline());
        QVERIFY(workspace.session(QStringLiteral("a"))->errorText().contains(QStringLiteral("HTTP 503")));
        QVERIFY2(workspace.session(QStringLiteral("a"))->stateText().startsWith(QStringLiteral("offline since ")),
                 qPrintable(workspace.session(QStringLiteral("a"))->stateText()));
        QVERIFY(workspace.session(QStringLiteral("a"))->offlineSince().isValid());
        QVERIFY(!workspace.session(QStringLiteral("g"))->offlineSince().isValid());
        QVERIFY(workspace.session(QStringLiteral("g"))->errorText().isEmpty());

        // Its rows stay, marked stale; the gateway's rows are fresh and still refresh.
        QCOMPARE(model->rowCount(), 25);
        int stale = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool isStale = model->isStale(row);
            QCOMPARE(isStale, model->batchAt(row).connection == u"Anthropic");
            stale += isStale;
        }
        QCOMPARE(stale, 9);
        const int before = gateway.requestsTo(QStringLiteral("/v1/batches"));
        QTRY_VERIFY_WITH_TIMEOUT(gateway.requestsTo(QStringLiteral("/v1/batches")) > before, 10000);
        // Every failed call is signalled once, named by its connection (the application logs it).
        QVERIFY(!failedCalls.isEmpty());
        QCOMPARE(failedCalls.last().at(0).toString(), QStringLiteral("Anthropic"));
        QCOMPARE(failedCalls.last().at(1).value<ApiError>().httpStatus, 503);
        // The status line names each connection when there are several.
        QVERIFY2(workspace.stateText().contains(QStringLiteral("Anthropic: offline since ")),
                 qPrintable(workspace.stateText()));
        QVERIFY(!workspace.waitingForFirstAnswer());

        // Closing one connection takes its rows, and only its rows, away.
        workspace.close(QStringLiteral("a"));
        QCOMPARE(model->rowCount(), 16);
        QVERIFY(workspace.backendFor(model->batchAt(0)) != nullptr);
    }

    void twoConnectionsWithOneNameReachTheirOwnGateway()
    {
        // Two gateways, both saved as "Gateway": a cancel must reach the gateway the row came from.
        SimOptions o = SimFixture::defaultOptions();
        o.openAiBatches = 6;
        o.anthropicBatches = 0;
        o.bedrockBatches = 0;
        SimFixture first(o);
        o.seed = 99; // different ids, and one shared by chance would still be two rows
        SimFixture second(o);
        Workspace workspace;
        workspace.open(profileFor(first, QStringLiteral("p1"), QStringLiteral("Gateway"), BackendKind::Bifrost,
                                  {QStringLiteral("openai")}),
                       {});
        workspace.open(profileFor(second, QStringLiteral("p2"), QStringLiteral("Gateway"), BackendKind::Bifrost,
                                  {QStringLiteral("openai")}),
                       {});
        BatchTableModel *model = workspace.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 12, 10000);
        QVERIFY(model->isConsistent());
        Batch target;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Batch &b = model->batchAt(row);
            if (b.sourceId == u"p2" && b.status.cancellable())
                target = b;
        }
        QVERIFY(!target.id.isEmpty());
        QCOMPARE(target.connection, QStringLiteral("Gateway"));
        BatchBackend *backend = workspace.backendFor(target);
        QVERIFY(backend);
        QCOMPARE(backend->connection().sourceId, QStringLiteral("p2"));
        const auto outcome = waitFor(backend->cancel(target.id, target.raw));
        QVERIFY(outcome.ok());
        QCOMPARE(second.requestsTo(target.id + QStringLiteral("/cancel")), 1);
        QCOMPARE(first.requestsTo(QStringLiteral("/cancel")), 0);
        QCOMPARE(workspace.sourceFor(target), QStringLiteral("p2/openai"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
