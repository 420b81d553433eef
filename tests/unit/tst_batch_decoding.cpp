// Decoding of the gateway's batch shapes: every seed example, and everything
// a careless or broken server might send instead.
#include "TestData.h"
#include "json/BatchDecoder.h"
#include "json/BatchEncoder.h"
#include "json/JsonFieldReader.h"

#include <QJsonArray>
#include <QTest>

class TestBatchDecoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createResponseSeed()
    {
        QStringList warnings;
        const Batch b = BatchDecoder::decodeBatch(readTestObject(QStringLiteral("seeds/create_response.json")),
                                                  QStringLiteral("openai"), &warnings);
        QCOMPARE(b.id, QStringLiteral("<string>"));
        QCOMPARE(b.counts.total, 123);
        QCOMPARE(b.counts.pending, 123);
        QCOMPARE(b.createdAt.value(), 123);
        QVERIFY(!b.inProgressAt.has_value());
        QCOMPARE(b.processingStatus, QStringLiteral("<string>"));
        QCOMPARE(b.operationName, QStringLiteral("<string>"));
        QCOMPARE(b.model, QStringLiteral("<string>")); // from extra_fields.model_requested
        QVERIFY(b.extraFields.contains("cache_debug"));
        QCOMPARE(b.provider, QStringLiteral("openai")); // the seed has no provider: the connection's
        // The seed has no status: an empty unknown status, not terminal.
        QCOMPARE(b.status.kind(), BatchStatus::Unknown);
        QVERIFY(!b.status.terminal());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void listResponseSeed()
    {
        QStringList warnings;
        const BatchPage page = BatchDecoder::decodePage(readTestObject(QStringLiteral("seeds/list_response.json")),
                                                        QStringLiteral("openai"), &warnings);
        QCOMPARE(page.batches.size(), 1);
        QVERIFY(page.hasMore);
        QCOMPARE(page.nextCursor, QStringLiteral("<string>"));
        const Batch &b = page.batches.first();
        QCOMPARE(b.errors.size(), 1);
        QCOMPARE(b.errors.first().line.value(), 123);
        QCOMPARE(b.errorsObject, QStringLiteral("<string>"));
        QCOMPARE(b.done.value(), true);
        QCOMPARE(b.progress.value(), 123.0);
        QCOMPARE(b.cancelledAt.value(), 123);
        QCOMPARE(b.archivedAt.value(), 123);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void createOpenAiFormatSeed()
    {
        QStringList warnings;
        const Batch b = BatchDecoder::decodeBatch(readTestObject(QStringLiteral("seeds/create_openai_format.json")),
                                                  QStringLiteral("x"), &warnings);
        QCOMPARE(b.status.kind(), BatchStatus::Validating);
        QCOMPARE(b.provider, QStringLiteral("openai")); // extra_fields.provider wins over the fallback
        QCOMPARE(b.metadata.value(QStringLiteral("property1")), QStringLiteral("string"));
        // created_at 0 means "not happened" to this server.
        QVERIFY(!b.createdAt.has_value());
    }

    void cancelResponseSeedMergesIntoBatch()
    {
        const QJsonObject full = readTestObject(QStringLiteral("seeds/create_openai_format.json"));
        QJsonObject partial = readTestObject(QStringLiteral("seeds/cancel_response.json"));
        partial.insert(QStringLiteral("status"), QStringLiteral("cancelling"));
        const QJsonObject merged = BatchDecoder::mergePartial(full, partial);
        const Batch b = BatchDecoder::decodeBatch(merged, QStringLiteral("openai"), nullptr);
        QCOMPARE(b.status.kind(), BatchStatus::Cancelling);
        QCOMPARE(b.cancellingAt.value(), 123);
        QCOMPARE(b.counts.total, 123);
        // Fields the partial answer lacks survive the merge.
        QCOMPARE(b.endpoint, QStringLiteral("string"));
        QCOMPARE(b.inputFileId, QStringLiteral("string"));
        QCOMPARE(b.metadata.size(), 2);
    }

    void partialCountsMergeKeyByKey()
    {
        const QJsonObject base{{QStringLiteral("id"), QStringLiteral("b")},
                               {QStringLiteral("request_counts"),
                                QJsonObject{{QStringLiteral("total"), 10}, {QStringLiteral("completed"), 4}}}};
        const QJsonObject partial{{QStringLiteral("request_counts"), QJsonObject{{QStringLiteral("completed"), 5}}}};
        const Batch b = BatchDecoder::decodeBatch(BatchDecoder::mergePartial(base, partial), QString(), nullptr);
        QCOMPARE(b.counts.total, 10);
        QCOMPARE(b.counts.completed, 5);
    }

    void bothCancelSpellings_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("terminal");
        QTest::newRow("cancelled") << "cancelled" << int(BatchStatus::Cancelled) << true;
        QTest::newRow("canceled") << "canceled" << int(BatchStatus::Cancelled) << true;
        QTest::newRow("cancelling") << "cancelling" << int(BatchStatus::Cancelling) << false;
        QTest::newRow("canceling") << "canceling" << int(BatchStatus::Cancelling) << false;
        QTest::newRow("ended") << "ended" << int(BatchStatus::Ended) << true;
        QTest::newRow("completed") << "completed" << int(BatchStatus::Completed) << true;
        QTest::newRow("failed") << "failed" << int(BatchStatus::Failed) << true;
        QTest::newRow("expired") << "expired" << int(BatchStatus::Expired) << true;
        QTest::newRow("in_progress") << "in_progress" << int(BatchStatus::InProgress) << false;
        QTest::newRow("finalizing") << "finalizing" << int(BatchStatus::Finalizing) << false;
        QTest::newRow("validating") << "validating" << int(BatchStatus::Validating) << false;
        QTest::newRow("unknown") << "paused_for_review" << int(BatchStatus::Unknown) << false;
    }
    void bothCancelSpellings()
    {
        QFETCH(QString, wire);
        QFETCH(int, kind);
        QFETCH(bool, terminal);
        const Batch b = BatchDecoder::decodeBatch(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("status"), wire}}, QString(),
            nullptr);
        QCOMPARE(int(b.status.kind()), kind);
        QCOMPARE(b.status.terminal(), terminal);
        QCOMPARE(b.status.wire(), wire); // shown verbatim
    }

    void missingAndNullFields()
    {
        QStringList warnings;
        const QJsonObject o{
            {QStringLiteral("id"), QStringLiteral("b1")},        {QStringLiteral("status"), QJsonValue::Null},
            {QStringLiteral("created_at"), QJsonValue::Null},    {QStringLiteral("request_counts"), QJsonValue::Null},
            {QStringLiteral("metadata"), QJsonValue::Null},      {QStringLiteral("errors"), QJsonValue::Null},
            {QStringLiteral("output_file_id"), QJsonValue::Null}};
        const Batch b = BatchDecoder::decodeBatch(o, QStringLiteral("openai"), &warnings);
        QCOMPARE(b.id, QStringLiteral("b1"));
        QVERIFY(!b.createdAt);
        QCOMPARE(b.counts.total, 0);
        QVERIFY(b.metadata.isEmpty());
        QVERIFY(b.outputFileId.isEmpty());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

        // Counts that are absent are 0 (only total/completed/failed are always there).
        const Batch c = BatchDecoder::decodeBatch(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("c")},
                        {QStringLiteral("request_counts"), QJsonObject{{QStringLiteral("total"), 5}}}},
            QString(), &warnings);
        QCOMPARE(c.counts.completed, 0);
        QCOMPARE(c.counts.expired, 0);
        QCOMPARE(c.counts.remaining(), 5);
    }

    void wrongTypesYieldWarningsNotCrashes()
    {
        QStringList warnings;
        const QJsonObject o{
            {QStringLiteral("id"), 42},
            {QStringLiteral("status"), QJsonArray{1, 2}},
            {QStringLiteral("created_at"), QStringLiteral("yesterday")},
            {QStringLiteral("expires_at"), QStringLiteral("1700000000")},
            {QStringLiteral("completed_at"), QStringLiteral("2024-09-24T18:37:24.100435Z")},
            {QStringLiteral("request_counts"), QStringLiteral("lots")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("n"), 3},
                         {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), true}}}}},
            {QStringLiteral("errors"),
             QJsonObject{{QStringLiteral("data"),
                          QJsonArray{QStringLiteral("oops"), QJsonObject{{QStringLiteral("line"), -4}}}}}},
            {QStringLiteral("done"), QStringLiteral("yes")},
            {QStringLiteral("extra_fields"), 7}};
        const Batch b = BatchDecoder::decodeBatch(o, QStringLiteral("openai"), &warnings);
        QCOMPARE(b.id, QStringLiteral("42"));
        QVERIFY(!b.createdAt);
        QCOMPARE(b.expiresAt.value(), 1700000000);
        QCOMPARE(b.completedAt.value(), 1727203044);
        QCOMPARE(b.metadata.value(QStringLiteral("n")), QStringLiteral("3"));
        QCOMPARE(b.metadata.value(QStringLiteral("nested")), QStringLiteral("{\"a\":true}"));
        QCOMPARE(b.errors.size(), 1);
        QCOMPARE(b.errors.first().line.value(), 0);
        QVERIFY(!b.done);
        QVERIFY(b.extraFields.isEmpty());
        for (const char *field : {"id", "status", "created_at", "expires_at", "request_counts", "metadata",
                                  "errors.data[0]", "errors.data[1].line", "done", "extra_fields"}) {
            const bool named = std::any_of(warnings.begin(), warnings.end(),
                                           [&](const QString &w) { return w.startsWith(QLatin1String(field)); });
            QVERIFY2(named, qPrintable(QStringLiteral("no warning names %1 in: %2")
                                           .arg(QLatin1String(field), warnings.join(QStringLiteral(" | ")))));
        }
    }

    void hugeAndNegativeNumbers()
    {
        QStringList warnings;
        const QJsonObject o{
            {QStringLiteral("id"), QStringLiteral("x")},
            {QStringLiteral("created_at"), -5},
            {QStringLiteral("expires_at"), 1e300},
            {QStringLiteral("request_counts"), QJsonObject{{QStringLiteral("total"), 1e300},
                                                           {QStringLiteral("completed"), -3},
                                                           {QStringLiteral("failed"), 2.5},
                                                           {QStringLiteral("pending"), QStringLiteral("7")}}}};
        const Batch b = BatchDecoder::decodeBatch(o, QString(), &warnings);
        QVERIFY(!b.createdAt);
        QVERIFY(!b.expiresAt);
        QCOMPARE(b.counts.total, kMaxCount);
        QCOMPARE(b.counts.completed, 0);
        QCOMPARE(b.counts.failed, 2);
        QCOMPARE(b.counts.pending, 7);
        QCOMPARE(warnings.size(), 6);
        // Derived figures stay sane with absurd counts.
        QVERIFY(b.counts.fraction() >= 0.0 && b.counts.fraction() <= 1.0);
    }

    void pageWithJunkItems()
    {
        QStringList warnings;
        const QJsonObject o{{QStringLiteral("data"),
                             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}}, 5, QJsonValue::Null,
                                        QJsonObject{{QStringLiteral("id"), QStringLiteral("b")},
                                                    {QStringLiteral("created_at"), true}}}},
                            {QStringLiteral("has_more"), QStringLiteral("true")}};
        const BatchPage page = BatchDecoder::decodePage(o, QStringLiteral("openai"), &warnings);
        QCOMPARE(page.batches.size(), 2);
        QVERIFY(!page.hasMore); // a string is not a boolean: treated as absent (false)
        QVERIFY(warnings.contains(QStringLiteral("data[1]: expected a batch object, skipped")));
        QVERIFY(warnings.contains(QStringLiteral("data[3].created_at: expected a timestamp, got a boolean")));
    }

    void encoderRoundTrip()
    {
        const Batch a = BatchDecoder::decodeBatch(readTestObject(QStringLiteral("seeds/list_response.json"))
                                                      .value(QStringLiteral("data"))
                                                      .toArray()
                                                      .first()
                                                      .toObject(),
                                                  QStringLiteral("openai"), nullptr);
        const Batch b = BatchDecoder::decodeBatch(BatchEncoder::toJson(a), QStringLiteral("other"), nullptr);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.counts, a.counts);
        QCOMPARE(b.createdAt, a.createdAt);
        QCOMPARE(b.cancelledAt, a.cancelledAt);
        QCOMPARE(b.errors, a.errors);
        QCOMPARE(b.metadata, a.metadata);
        QCOMPARE(b.provider, QStringLiteral("openai"));
    }
};

QTEST_GUILESS_MAIN(TestBatchDecoding)
#include "tst_batch_decoding.moc"
