// The simulator's planned lifecycles: states and counts at any moment.
#include "SimBatch.h"

#include <QJsonArray>
#include <QTest>

class TestSimLifecycle : public QObject
{
    Q_OBJECT

    static SimBatch plan()
    {
        SimBatch b;
        b.id = QStringLiteral("batch_1");
        b.provider = QStringLiteral("openai");
        b.total = 1000;
        b.failPermille = 50;
        b.createdAt = 1000;
        b.inProgressAt = 1010;
        b.finalizingAt = 1110;
        b.endsAt = 1120;
        b.expiresAt = 1000 + 86400;
        b.cancelDelay = 5;
        return b;
    }

private Q_SLOTS:
    void movesThroughTheStates()
    {
        const SimBatch b = plan();
        QCOMPARE(b.at(1005).phase, SimBatch::Phase::Validating);
        QCOMPARE(b.at(1060).phase, SimBatch::Phase::InProgress);
        QCOMPARE(b.at(1060).processed, 500);
        QCOMPARE(b.at(1060).failed, 25);
        QCOMPARE(b.at(1115).phase, SimBatch::Phase::Finalizing);
        QCOMPARE(b.at(1200).phase, SimBatch::Phase::Completed);
        QCOMPARE(b.at(1200).processed, 1000);
        QCOMPARE(b.at(1200).failed, 50);
        // Counts only grow.
        qint64 last = 0;
        for (double t = 1000; t < 1130; t += 0.7) {
            const qint64 now = b.at(t).processed;
            QVERIFY(now >= last);
            last = now;
        }
    }

    void failuresAreSpreadExactly()
    {
        // Checked against arithmetic of its own, not against failedAmong (which requestFails is made of):
        // 5% failing means exactly 5 in every run of 100 requests, and 50 of the 1,000.
        const SimBatch b = plan();
        QCOMPARE(b.failPermille, 50);
        qint64 total = 0;
        for (qint64 start = 0; start < b.total; start += 100) {
            int inWindow = 0;
            for (qint64 i = start; i < start + 100; ++i)
                inWindow += b.requestFails(i) ? 1 : 0;
            QCOMPARE(inWindow, 5);
            total += inWindow;
        }
        QCOMPARE(total, 50);
        // And what a client sees at any moment agrees with the rows it will download.
        QCOMPARE(b.at(1060).failed, 25);
    }

    void cancelFreezesCountsThenEnds()
    {
        SimBatch b = plan();
        b.cancelRequestedAt = 1060;
        QCOMPARE(b.at(1062).phase, SimBatch::Phase::Cancelling);
        QCOMPARE(b.at(1062).processed, 500);
        QCOMPARE(b.at(1064).processed, 500);
        QCOMPARE(b.at(1066).phase, SimBatch::Phase::Cancelled);
        QCOMPARE(b.at(1066).canceled, 500);
        const QJsonObject json = b.toJson(1066);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QVERIFY(json.contains(QStringLiteral("cancelling_at")));
        QVERIFY(json.contains(QStringLiteral("cancelled_at")));
        QVERIFY(!json.contains(QStringLiteral("completed_at")));
    }

    void expireAndFailValidation()
    {
        SimBatch e = plan();
        e.fate = SimBatch::Fate::Expire;
        e.expiresAt = 1200;
        e.expireProgress = 0.5;
        QCOMPARE(e.at(1199).phase, SimBatch::Phase::InProgress);
        QCOMPARE(e.at(1201).phase, SimBatch::Phase::Expired);
        QCOMPARE(e.at(1201).processed, 500);
        QCOMPARE(e.at(1201).expired, 500);

        SimBatch f = plan();
        f.fate = SimBatch::Fate::FailValidation;
        QCOMPARE(f.at(1020).phase, SimBatch::Phase::Failed);
        const QJsonObject json = f.toJson(1020);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(json.value(QStringLiteral("errors")).toObject().value(QStringLiteral("data")).toArray().size() == 1);
    }

    void absentFieldsAreOmitted()
    {
        const QJsonObject json = plan().toJson(1005);
        for (const char *key : {"in_progress_at", "finalizing_at", "completed_at", "failed_at", "expired_at",
                                "cancelling_at", "cancelled_at", "output_file_id", "error_file_id", "errors"})
            QVERIFY2(!json.contains(QLatin1String(key)), key);
        QVERIFY(json.contains(QStringLiteral("created_at")));
    }

    void anthropicStyleThroughTheGateway()
    {
        SimBatch b = plan();
        b.style = SimBatch::Style::Anthropic;
        const QJsonObject running = b.toJson(1060);
        QCOMPARE(running.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(running.value(QStringLiteral("request_counts")).toObject().value(QStringLiteral("pending")).toInt(),
                 500);
        const QJsonObject ended = b.toJson(1200);
        QCOMPARE(ended.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
        QCOMPARE(ended.value(QStringLiteral("processing_status")).toString(), QStringLiteral("ended"));
        const QJsonObject native = b.toAnthropicJson(1200);
        QCOMPARE(native.value(QStringLiteral("request_counts")).toObject().value(QStringLiteral("errored")).toInt(),
                 50);
        QVERIFY(native.value(QStringLiteral("ended_at")).toString().endsWith(QLatin1Char('Z')));
    }
};

QTEST_GUILESS_MAIN(TestSimLifecycle)
#include "tst_sim_lifecycle.moc"
