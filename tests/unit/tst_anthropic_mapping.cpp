// Anthropic's message_batch in the unified view, case by case (API.md §4),
// and the nested error of errored result rows.
#include "input/AnthropicRequests.h"
#include "results/ResultLineParser.h"
#include "json/AnthropicMapping.h"
#include "json/ResultEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestAnthropicMapping : public QObject
{
    Q_OBJECT

    static QJsonObject native(const QString &processing, QJsonObject counts = {})
    {
        if (counts.isEmpty())
            counts = QJsonObject{{QStringLiteral("processing"), 10},
                                 {QStringLiteral("succeeded"), 5},
                                 {QStringLiteral("errored"), 2},
                                 {QStringLiteral("canceled"), 1},
                                 {QStringLiteral("expired"), 3}};
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("msgbatch_01")},
                           {QStringLiteral("type"), QStringLiteral("message_batch")},
                           {QStringLiteral("processing_status"), processing},
                           {QStringLiteral("request_counts"), counts},
                           {QStringLiteral("created_at"), QStringLiteral("2024-09-24T18:37:24.100435Z")},
                           {QStringLiteral("expires_at"), QStringLiteral("2024-09-25T18:37:24.100435Z")},
                           {QStringLiteral("ended_at"), QJsonValue()},
                           {QStringLiteral("cancel_initiated_at"), QJsonValue()},
                           {QStringLiteral("archived_at"), QJsonValue()},
                           {QStringLiteral("results_url"), QJsonValue()}};
    }

private Q_SLOTS:
    void statuses_data()
    {
        QTest::addColumn<QString>("processing");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("wire");
        QTest::newRow("in_progress") << "in_progress" << int(BatchStatus::InProgress) << "in_progress";
        QTest::newRow("canceling") << "canceling" << int(BatchStatus::Cancelling) << "cancelling";
        QTest::newRow("ended") << "ended" << int(BatchStatus::Ended) << "ended";
        QTest::newRow("unknown") << "paused" << int(BatchStatus::Unknown) << "paused";
    }
    void statuses()
    {
        QFETCH(QString, processing);
        QFETCH(int, kind);
        QFETCH(QString, wire);
        const Batch b = AnthropicMapping::decodeBatch(native(processing), QString(), nullptr);
        QCOMPARE(int(b.status.kind()), kind);
        QCOMPARE(b.status.wire(), wire);
        QCOMPARE(b.processingStatus, processing); // the original is kept
        QCOMPARE(b.provider, QStringLiteral("anthropic"));
    }

    void counts()
    {
        const Batch b = AnthropicMapping::decodeBatch(native(QStringLiteral("in_progress")), QString(), nullptr);
        QCOMPARE(b.counts.pending, 10);  // processing
        QCOMPARE(b.counts.succeeded, 5); // succeeded ...
        QCOMPARE(b.counts.completed, 5); // ... and completed
        QCOMPARE(b.counts.failed, 2);    // errored
        QCOMPARE(b.counts.canceled, 1);
        QCOMPARE(b.counts.expired, 3);
        QCOMPARE(b.counts.total, 21); // the sum of the five
        QCOMPARE(b.counts.processed(), 11);
        QCOMPARE(b.counts.remaining(), 10);
    }

    void timestamps()
    {
        QJsonObject n = native(QStringLiteral("ended"));
        n.insert(QStringLiteral("ended_at"), QStringLiteral("2024-09-24T19:00:00Z"));
        n.insert(QStringLiteral("cancel_initiated_at"), QStringLiteral("2024-09-24T18:50:00.5Z"));
        n.insert(QStringLiteral("archived_at"), QStringLiteral("2024-10-01T00:00:00Z"));
        n.insert(QStringLiteral("results_url"),
                 QStringLiteral("https://api.anthropic.com/v1/messages/batches/msgbatch_01/results"));
        QStringList warnings;
        const Batch b = AnthropicMapping::decodeBatch(n, QString(), &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(b.createdAt.value(), 1727203044);    // RFC 3339 with microseconds
        QCOMPARE(b.completedAt.value(), 1727204400);  // ended_at
        QCOMPARE(b.cancellingAt.value(), 1727203800); // cancel_initiated_at
        QCOMPARE(b.archivedAt.value(), 1727740800);
        QCOMPARE(b.expiresAt.value(), 1727289444);
        QVERIFY(!b.inProgressAt);
        QCOMPARE(b.resultsUrl, QStringLiteral("https://api.anthropic.com/v1/messages/batches/msgbatch_01/results"));
        // The raw view keeps Anthropic's own object.
        QCOMPARE(QJsonDocument::fromJson(b.raw).object().value(QStringLiteral("type")).toString(),
                 QStringLiteral("message_batch"));
    }

    void nullsAndOddValues()
    {
        QJsonObject n
            = native(QStringLiteral("in_progress"), QJsonObject{{QStringLiteral("processing"), QStringLiteral("7")},
                                                                {QStringLiteral("succeeded"), QJsonValue()},
                                                                {QStringLiteral("errored"), -1}});
        n.insert(QStringLiteral("created_at"), QStringLiteral("not a date"));
        QStringList warnings;
        const Batch b = AnthropicMapping::decodeBatch(n, QString(), &warnings);
        QCOMPARE(b.counts.pending, 7);
        QCOMPARE(b.counts.succeeded, 0);
        QCOMPARE(b.counts.failed, 0);
        QVERIFY(!b.createdAt);
        QVERIFY(warnings.size() >= 3);
    }

    void pages()
    {
        const QJsonObject page{{QStringLiteral("data"),
                                QJsonArray{native(QStringLiteral("ended")), native(QStringLiteral("in_progress"))}},
                               {QStringLiteral("has_more"), true},
                               {QStringLiteral("first_id"), QStringLiteral("msgbatch_01")},
                               {QStringLiteral("last_id"), QStringLiteral("msgbatch_02")}};
        const BatchPage p = AnthropicMapping::decodePage(page, nullptr);
        QCOMPARE(p.batches.size(), 2);
        QVERIFY(p.hasMore);
        QCOMPARE(p.nextCursor, QStringLiteral("msgbatch_02")); // the next page is after_id=last_id
    }

    void nestedErrorOfErroredRows()
    {
        ResultLineParser parser;
        const QByteArray line
            = R"({"custom_id":"r","result":{"type":"errored","error":{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: 100000 > 8192"}}}})";
        const ResultRow row = parser.decodeRow(std::string_view(line.constData(), size_t(line.size())), 1);
        QCOMPARE(row.outcome, ResultOutcome::Errored);
        QCOMPARE(row.errorType, QStringLiteral("invalid_request_error"));
        QCOMPARE(row.errorMessage, QStringLiteral("max_tokens: 100000 > 8192"));
        QCOMPARE(
            ResultEncoder::toNormalizedJson(row),
            QByteArray(
                R"({"custom_id":"r","outcome":"errored","status_code":null,"body":null,"error":{"code":"invalid_request_error","message":"max_tokens: 100000 > 8192"}})"));
    }

    void requestFilesAreConverted()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("mixed.jsonl")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"custom_id":"a","params":{"model":"claude-3-5-haiku","max_tokens":100,"messages":[]}})"
                "\n");
        f.write(
            R"({"custom_id":"b","method":"POST","url":"/v1/messages","body":{"model":"claude-3-5-haiku","max_tokens":100,"messages":[]}})"
            "\n");
        f.close();
        const AnthropicRequests r = AnthropicRequests::fromFile(f.fileName());
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.requests.size(), 2);
        QCOMPARE(r.converted, 1);
        QCOMPARE(r.requests.at(1)
                     .toObject()
                     .value(QStringLiteral("params"))
                     .toObject()
                     .value(QStringLiteral("max_tokens"))
                     .toInt(),
                 100);
        QVERIFY(!r.requests.at(1).toObject().contains(QStringLiteral("body")));

        const AnthropicRequests wrong
            = AnthropicRequests::fromArray({QJsonObject{{QStringLiteral("custom_id"), QStringLiteral("c")},
                                                        {QStringLiteral("url"), QStringLiteral("/v1/embeddings")},
                                                        {QStringLiteral("body"), QJsonObject()}}});
        QCOMPARE(wrong.errors, QStringList{QStringLiteral("line 1: url /v1/embeddings is not a Messages request")});
    }
};

QTEST_GUILESS_MAIN(TestAnthropicMapping)
#include "tst_anthropic_mapping.moc"
