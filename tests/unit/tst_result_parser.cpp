// One result line at a time: OpenAI output and error rows, the gateway's
// mixed rows, Anthropic rows with nested errors, and lines that are broken.
#include "TestData.h"
#include "results/JsonlLines.h"
#include "results/ResultLineParser.h"
#include "results/ResultsCache.h"
#include "results/ResultsIndexer.h"
#include "results/ResultsJsonReader.h"
#include "json/ResultEncoder.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestResultParser : public QObject
{
    Q_OBJECT
    ResultLineParser parser;
    QTemporaryDir work;
    int documents = 0;

    // The gateway's buffered /results document, as the results store indexes it: each element in place.
    struct Indexed
    {
        std::shared_ptr<ResultIndex> index;
        QString error;
    };
    Indexed indexResultsDocument(const QByteArray &document)
    {
        const QString path = work.filePath(QStringLiteral("results-%1.json").arg(++documents));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size())
            return {nullptr, QStringLiteral("cannot write the test document")};
        file.close();
        ResultIndex::Source source{path, QStringLiteral("results"), ResultIndex::SourceFormat::ResultsJson,
                                   document.size()};
        QString why;
        if (!ResultsCache::padJsonDocument(path, &source.dataSize, &why))
            return {nullptr, why};
        const ResultsIndexer::Outcome outcome = ResultsIndexer::build({source});
        return {outcome.index, outcome.error};
    }

    ResultRow decode(const QByteArray &line)
    {
        return parser.decodeRow(std::string_view(line.constData(), size_t(line.size())), 1);
    }

private Q_SLOTS:
    void openAiSuccess()
    {
        const QByteArray line
            = "{\"id\":\"batch_req_1\",\"custom_id\":\"req-1\",\"response\":{\"status_code\":200,\"request_id\":\"rid\",\"body\":{\"id\":\"chatcmpl-1\",\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi \\\"there\\\" é\"}}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":34,\"total_tokens\":46}}},\"error\":null}";
        const ResultRow r = decode(line);
        QCOMPARE(r.customId, QStringLiteral("req-1"));
        QCOMPARE(r.outcome, ResultOutcome::Succeeded);
        QCOMPARE(r.statusCode, 200);
        QCOMPARE(r.requestId, QStringLiteral("rid"));
        QCOMPARE(r.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(r.inputTokens, 12);
        QCOMPARE(r.outputTokens, 34);
        QVERIFY(r.errorCode.isEmpty());
        QVERIFY(r.body.startsWith("{\"id\":\"chatcmpl-1\""));
        QVERIFY(r.body.endsWith("\"total_tokens\":46}}"));
        QCOMPARE(r.raw, line);
    }

    void openAiErrorFileRows()
    {
        const ResultRow failed = decode(
            R"({"id":"x","custom_id":"r2","response":{"status_code":400,"request_id":"q","body":{"error":{"message":"too long","type":"invalid_request_error","param":null,"code":"context_length_exceeded"}}},"error":null})");
        QCOMPARE(failed.outcome, ResultOutcome::Errored);
        QCOMPARE(failed.statusCode, 400);
        QCOMPARE(failed.errorCode, QStringLiteral("context_length_exceeded"));
        QCOMPARE(failed.errorMessage, QStringLiteral("too long"));
        QCOMPARE(failed.errorType, QStringLiteral("invalid_request_error"));

        const ResultRow expired = decode(
            R"({"id":"x","custom_id":"r3","response":null,"error":{"code":"batch_expired","message":"not run"}})");
        QCOMPARE(expired.outcome, ResultOutcome::Expired);
        QCOMPARE(expired.statusCode, 0);
        QVERIFY(expired.body.isEmpty());
        QCOMPARE(expired.errorMessage, QStringLiteral("not run"));

        const ResultRow cancelled
            = decode(R"({"custom_id":"r4","response":null,"error":{"code":"batch_cancelled","message":"cancelled"}})");
        QCOMPARE(cancelled.outcome, ResultOutcome::Canceled);
    }

    void anthropicRows()
    {
        const ResultRow ok = decode(
            R"({"custom_id":"a","result":{"type":"succeeded","message":{"id":"msg_1","model":"claude-3-5-haiku","content":[{"type":"text","text":"Hello"}],"usage":{"input_tokens":5,"output_tokens":7}}}})");
        QCOMPARE(ok.outcome, ResultOutcome::Succeeded);
        QCOMPARE(ok.model, QStringLiteral("claude-3-5-haiku"));
        QCOMPARE(ok.inputTokens, 5);
        QCOMPARE(ok.outputTokens, 7);
        QVERIFY(ok.body.startsWith("{\"id\":\"msg_1\""));

        // The nested error of an errored row keeps its type and message.
        const ResultRow bad = decode(
            R"({"custom_id":"b","result":{"type":"errored","error":{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens too large"}}}})");
        QCOMPARE(bad.outcome, ResultOutcome::Errored);
        QCOMPARE(bad.errorType, QStringLiteral("invalid_request_error"));
        QCOMPARE(bad.errorCode, QStringLiteral("invalid_request_error"));
        QCOMPARE(bad.errorMessage, QStringLiteral("max_tokens too large"));

        QCOMPARE(decode(R"({"custom_id":"c","result":{"type":"canceled"}})").outcome, ResultOutcome::Canceled);
        QCOMPARE(decode(R"({"custom_id":"d","result":{"type":"expired"}})").outcome, ResultOutcome::Expired);
    }

    void keyOrderDoesNotMatter()
    {
        const ResultRow r = decode(
            R"({"error":null,"response":{"body":{"usage":{"completion_tokens":2,"prompt_tokens":1}},"status_code":201},"custom_id":"late"})");
        QCOMPARE(r.customId, QStringLiteral("late"));
        QCOMPARE(r.outcome, ResultOutcome::Succeeded);
        QCOMPARE(r.inputTokens, 1);
        QCOMPARE(r.outputTokens, 2);
    }

    void escapedCustomId()
    {
        const ResultRow r
            = decode("{\"custom_id\":\"caf\\u00e9 \\\"q\\\"\\\\n\",\"response\":{\"status_code\":200,\"body\":{}}}");
        QCOMPARE(r.customId, QStringLiteral("café \"q\"\\n"));
    }

    void malformedLinesBecomeErroredRows_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("truncated") << QByteArray("{\"custom_id\":\"x\",\"response\":{\"status_code\":200,\"bo");
        QTest::newRow("not json") << QByteArray("<html>oops</html>");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("two objects") << QByteArray(R"({"custom_id":"a"} {"custom_id":"b"})");
        QTest::newRow("bad utf8") << QByteArray("{\"custom_id\":\"\xff\xfe\"}");
        QTest::newRow("missing brace") << QByteArray(R"({"custom_id":"a","response":{"status_code":200})");
    }
    void malformedLinesBecomeErroredRows()
    {
        QFETCH(QByteArray, line);
        const ResultRow r = parser.decodeRow(std::string_view(line.constData(), size_t(line.size())), 17);
        QCOMPARE(r.outcome, ResultOutcome::Errored);
        QCOMPARE(r.errorCode, QLatin1String(kUnparsableCode));
        QVERIFY2(r.errorMessage.startsWith(QStringLiteral("unparsable line 17")), qPrintable(r.errorMessage));
        QCOMPARE(r.raw, line);
    }

    void noResponseAtAll()
    {
        const ResultRow r = decode(R"({"custom_id":"x"})");
        QCOMPARE(r.outcome, ResultOutcome::Errored);
        QCOMPARE(r.errorCode, QStringLiteral("no_response"));
    }

    void normalizedShape()
    {
        const ResultRow r = decode(
            "{\"custom_id\":\"n\\\"1\",\"response\":{\"status_code\":400,\"body\":{\"error\":{\"code\":\"bad\",\"message\":\"no\"}}},\"error\":null}");
        QCOMPARE(
            ResultEncoder::toNormalizedJson(r),
            QByteArray(
                "{\"custom_id\":\"n\\\"1\",\"outcome\":\"errored\",\"status_code\":400,\"body\":{\"error\":{\"code\":\"bad\",\"message\":\"no\"}},\"error\":{\"code\":\"bad\",\"message\":\"no\"}}"));
        const ResultRow e
            = decode(R"({"custom_id":"e","response":null,"error":{"code":"batch_expired","message":"late"}})");
        QCOMPARE(
            ResultEncoder::toNormalizedJson(e),
            QByteArray(
                R"({"custom_id":"e","outcome":"expired","status_code":null,"body":null,"error":{"code":"batch_expired","message":"late"}})"));
    }

    void jsonlLineSplitting()
    {
        const QByteArray text = "a\r\n\nb\n   \nc";
        QList<QByteArray> lines;
        QList<qint64> numbers;
        forEachJsonlLine(text.constData(), text.size(), [&](qint64 offset, qint64 length, qint64 number) {
            lines.append(text.mid(offset, length));
            numbers.append(number);
        });
        QCOMPARE(lines, (QList<QByteArray>{"a", "b", "c"}));
        QCOMPARE(numbers, (QList<qint64>{1, 3, 5}));
    }

    void resultsJsonSeed()
    {
        const Indexed indexed = indexResultsDocument(readTestData(QStringLiteral("seeds/results_response.json")));
        QVERIFY2(indexed.index, qPrintable(indexed.error));
        QCOMPARE(indexed.index->rowCount(), 1);
        const ResultRow row = indexed.index->decode(0);
        QCOMPARE(row.customId, QStringLiteral("<string>"));
        QCOMPARE(row.statusCode, 123);
        // The seed row has both response and result; result.type "<string>" is no known outcome.
        QCOMPARE(row.outcome, ResultOutcome::Errored);
    }

    void resultsJsonInPlaceAndParseErrors()
    {
        const QByteArray doc
            = R"({"batch_id":"b","results":[{"custom_id":"a","response":{"status_code":200,"body":{"x":1}}},
            {"custom_id":"b","result":{"type":"errored","error":{"type":"error","error":{"type":"overloaded_error","message":"busy"}}},"error":{"code":"overloaded_error","message":"busy"}}],
            "has_more":false,"next_cursor":null,"extra_fields":{"parse_errors":[{"code":"parse_error","message":"bad line","line":7}]}})";
        const Indexed indexed = indexResultsDocument(doc);
        QVERIFY2(indexed.index, qPrintable(indexed.error));
        QCOMPARE(indexed.index->rowCount(), 2);
        // Each element keeps its exact bytes.
        QCOMPARE(indexed.index->rawRow(0).toByteArray(),
                 QByteArray(R"({"custom_id":"a","response":{"status_code":200,"body":{"x":1}}})"));
        const ResultRow b = indexed.index->decode(1);
        QCOMPARE(b.outcome, ResultOutcome::Errored);
        QCOMPARE(b.errorCode, QStringLiteral("overloaded_error"));
        // What the gateway itself could not parse is kept, to be shown with the results.
        QCOMPARE(indexed.index->serverNotes(), QStringList{QStringLiteral("line 7: bad line")});
    }

    // Fuzzing found that {"results":[} (tests/data/fuzz-regressions/results-json-cut.json)
    // read as a successful answer with no rows. Every document that is not whole
    // JSON is an error that says where it breaks and shows what the server sent.
    void brokenResultsDocumentsAreErrors()
    {
        const QByteArray cut = readTestData(QStringLiteral("fuzz-regressions/results-json-cut.json"));
        const Indexed indexed = indexResultsDocument(cut);
        QVERIFY(!indexed.index);
        QVERIFY2(indexed.error.contains(QStringLiteral("not valid JSON at byte")), qPrintable(indexed.error));
        QVERIFY2(indexed.error.contains(QString::fromUtf8(cut)), qPrintable(indexed.error));

        // Every prefix of a good document is broken, and each one is reported as such.
        const QByteArray good = readTestData(QStringLiteral("seeds/results_response.json")).trimmed();
        for (qsizetype n = 1; n < good.size(); ++n) {
            QByteArray padded = good.left(n);
            const qint64 size = padded.size();
            padded.append(QByteArray(qsizetype(ResultLineParser::kPadding), ' '));
            ResultsJsonReader::Summary summary;
            ApiError error;
            const bool ok = ResultsJsonReader::scan(
                padded.constData(), size, padded.size(), [](const ResultsJsonReader::Element &) { return true; },
                &summary, &error);
            if (ok || error.kind != ApiError::Kind::Decode || error.message.isEmpty())
                QFAIL(qPrintable(QStringLiteral("the first %1 bytes read as %2 (%3)")
                                     .arg(n)
                                     .arg(ok ? QStringLiteral("success") : QStringLiteral("a different error"))
                                     .arg(error.message)));
        }
        // Long answers are quoted only in part.
        QByteArray longBroken = "{\"results\":[}" + QByteArray(1000, 'x');
        const Indexed longOne = indexResultsDocument(longBroken);
        QVERIFY(!longOne.index);
        QVERIFY2(longOne.error.size() < 400, qPrintable(longOne.error));
    }

    void resultsJsonBroken()
    {
        QVERIFY(!indexResultsDocument(R"({"batch_id":"b","results":[{"custom_id":"a"},)").index);
        QVERIFY(!indexResultsDocument("<html></html>").index);
        QVERIFY(!indexResultsDocument(R"({"results":5})").index);
    }
};

QTEST_GUILESS_MAIN(TestResultParser)
#include "tst_result_parser.moc"
