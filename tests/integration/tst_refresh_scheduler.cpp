// RefreshScheduler against the simulator: the model fills, running batches
// move, failures back off and say so, and in-flight requests stay bounded.
#include "SimFixture.h"
#include "format/TimeText.h"
#include "itemmodels/BatchTableModel.h"
#include "refresh/RefreshScheduler.h"

#include <QSignalSpy>

class TestRefreshScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsTheModelAndFollowsRunningBatches()
    {
        SimFixture f;
        auto backend = f.backend();
        BatchTableModel model;
        RefreshScheduler scheduler(backend.get(), &model, QStringLiteral("src"));
        scheduler.setActiveInterval(200);
        QSignalSpy refreshed(&scheduler, &RefreshScheduler::refreshed);
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 30, 5000);
        QCOMPARE(scheduler.state(), RefreshScheduler::State::Online);
        QVERIFY(scheduler.lastSuccess().isValid());
        QVERIFY(scheduler.stateText().startsWith(QStringLiteral("updated ")));

        // Time passes on the gateway; the active refresh picks it up without a full listing.
        int running = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.batchAt(row).status.kind() == BatchStatus::InProgress
                && model.batchAt(row).counts.remaining() > 0)
                running = row;
        }
        QVERIFY(running >= 0);
        const QString key = model.batchAt(running).key();
        const qint64 before = model.batchAt(running).counts.processed();
        const int listingsBefore
            = f.requestsTo(QStringLiteral("/v1/batches"), "GET") - f.requestsTo(QStringLiteral("/v1/batches/"), "GET");
        f.sim().store().advance(30);
        QTRY_VERIFY_WITH_TIMEOUT(model.batchAt(model.rowOf(key)).counts.processed() > before, 5000);
        const int listingsAfter
            = f.requestsTo(QStringLiteral("/v1/batches"), "GET") - f.requestsTo(QStringLiteral("/v1/batches/"), "GET");
        QCOMPARE(listingsAfter, listingsBefore);
        QVERIFY(f.requestsTo(QStringLiteral("/v1/batches/batch_"), "GET") > 0);
    }

    void refreshNowListsAtOnce()
    {
        SimFixture f;
        auto backend = f.backend();
        BatchTableModel model;
        RefreshScheduler scheduler(backend.get(), &model, QStringLiteral("src"));
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 30, 5000);
        // A batch created elsewhere shows up on F5, long before the 60 s listing.
        CreateBatchRequest r;
        r.model = QStringLiteral("openai/gpt-4o-mini");
        r.requests.append(
            QJsonObject{{QStringLiteral("custom_id"), QStringLiteral("x")}, {QStringLiteral("body"), QJsonObject()}});
        QVERIFY(waitFor(backend->create(r)).ok());
        scheduler.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 31, 5000);
    }

    void failuresBackOffAndRecover()
    {
        SimFixture f;
        auto backend = f.backend();
        RetryPolicy noRetries;
        noRetries.maxAttempts = 1;
        backend->http()->setRetryPolicy(noRetries);
        BatchTableModel model;
        RefreshScheduler scheduler(backend.get(), &model, QStringLiteral("src"));
        QSignalSpy failures(&scheduler, &RefreshScheduler::callFailed);
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 30, 5000);

        f.sim().faults().add(*FaultPlan::parseSpec(QStringLiteral("server_error:100"), nullptr));
        scheduler.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.state(), RefreshScheduler::State::Offline, 5000);
        QCOMPARE(failures.size(), 1);
        // The data's age is never lost: since when offline, when the next try is, and the last good update.
        const QString state = scheduler.stateText();
        QVERIFY2(state.startsWith(QStringLiteral("offline since %1, retrying in ")
                                      .arg(TimeText::clockTime(scheduler.offlineSince().toSecsSinceEpoch()))),
                 qPrintable(state));
        QVERIFY2(state.endsWith(QStringLiteral(" s · last update %1")
                                    .arg(TimeText::clockTime(scheduler.lastSuccess().toSecsSinceEpoch()))),
                 qPrintable(state));
        QCOMPARE(model.rowCount(), 30); // nothing already shown is lost
        QVERIFY(model.isStale(0));
        QCOMPARE(scheduler.lastError().httpStatus, 503);
        const qint64 firstWait = QDateTime::currentDateTime().msecsTo(scheduler.nextRetry());
        QVERIFY(firstWait > 3000 && firstWait <= 5000);

        // While offline it waits; no request storm.
        const int requestsWhileOffline = int(f.sim().log().size());
        QTest::qWait(1000);
        QCOMPARE(int(f.sim().log().size()), requestsWhileOffline);

        // The next failure waits longer.
        scheduler.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 2, 5000);
        QVERIFY(QDateTime::currentDateTime().msecsTo(scheduler.nextRetry()) > 8000);

        f.sim().faults().clear();
        scheduler.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.state(), RefreshScheduler::State::Online, 5000);
        QVERIFY(!model.isStale(0));
    }

    void boundedInFlight()
    {
        SimOptions o = SimFixture::defaultOptions();
        o.openAiBatches = 60; // about twenty running
        SimFixture f(o);
        auto backend = f.backend();
        BatchTableModel model;
        RefreshScheduler scheduler(backend.get(), &model, QStringLiteral("src"));
        scheduler.setMaxInFlight(2);
        scheduler.setActiveInterval(50);
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 60, 5000);
        QVERIFY(model.activeBatches(QStringLiteral("src")).size() > 4);
        // Every retrieve now takes a while to answer, so the scheduler's requests overlap at the server.
        Fault slow = *FaultPlan::parseSpec(QStringLiteral("slow:30:retrieve"), nullptr);
        slow.delayMs = 150;
        f.sim().faults().add(slow);
        f.sim().resetConcurrency();
        const int before = f.requestsTo(QStringLiteral("/v1/batches/batch_"));
        QTRY_VERIFY_WITH_TIMEOUT(f.requestsTo(QStringLiteral("/v1/batches/batch_")) > before + 10, 10000);
        // Counted by the server: the limit is reached, and never passed.
        QCOMPARE(f.sim().mostConcurrentRequests(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refresh_scheduler.moc"
