// Why the requests failed: errored rows grouped by status, code and message
// pattern, the most common first, with the numbers, ids and quoted values of
// each message made placeholders.
#include "failures/FailureSummary.h"
#include "results/ResultsIndexer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QByteArray failed(int i, int status, const QString &code, const QString &message)
{
    return QStringLiteral(
               R"({"custom_id":"r%1","response":{"status_code":%2,"body":{"error":{"code":"%3","message":"%4"}}},"error":null})")
        .arg(i)
        .arg(status)
        .arg(code, message)
        .toUtf8();
}
QByteArray ok(int i)
{
    return QStringLiteral(R"({"custom_id":"r%1","response":{"status_code":200,"body":{}},"error":null})")
        .arg(i)
        .toUtf8();
}
} // namespace

class TestFailureSummary : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::shared_ptr<ResultIndex> index(const QByteArrayList &lines)
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.jsonl").arg(m_files++));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return nullptr;
        f.write(lines.join('\n') + '\n');
        f.close();
        return ResultsIndexer::build({{path, QStringLiteral("output"), ResultIndex::SourceFormat::Jsonl, f.size()}})
            .index;
    }
    int m_files = 0;

private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("numbers") << QStringLiteral("maximum context length is 128000 tokens, you sent 131,072")
                                 << QStringLiteral("maximum context length is <n> tokens, you sent <n>");
        QTest::newRow("quoted") << QStringLiteral("Invalid value for 'temperature': must be at most 2.")
                                << QStringLiteral("Invalid value for '…': must be at most <n>.");
        QTest::newRow("apostrophe is no quote")
            << QStringLiteral("This model's limit") << QStringLiteral("This model's limit");
        QTest::newRow("double quoted") << QStringLiteral(R"(unknown field "tool_choice" in body)")
                                       << QStringLiteral(R"(unknown field "…" in body)");
        QTest::newRow("ids") << QStringLiteral("request req_8f2a91c failed in batch_abc123def")
                             << QStringLiteral("request <id> failed in <id>");
        QTest::newRow("uuid") << QStringLiteral("trace 123e4567-e89b-12d3-a456-426614174000 lost")
                              << QStringLiteral("trace <id> lost");
        QTest::newRow("spaces") << QStringLiteral("  too   many\nspaces ") << QStringLiteral("too many spaces");
    }
    void patterns()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QCOMPARE(FailureSummary::pattern(message), expected);
    }

    void groupsMostCommonFirst()
    {
        QByteArrayList lines;
        for (int i = 0; i < 38; ++i)
            lines << failed(i, 429, QStringLiteral("rate_limit_exceeded"),
                            QStringLiteral("Rate limit reached: %1 requests per minute").arg(100 + i));
        lines << failed(100, 400, QStringLiteral("invalid_value"), QStringLiteral("Invalid value for 'top_p'"))
              << failed(101, 400, QStringLiteral("invalid_value"), QStringLiteral("Invalid value for 'seed'"))
              << failed(102, 500, QStringLiteral("server_error"), QStringLiteral("The server had an error"));
        for (int i = 200; i < 260; ++i)
            lines << ok(i);
        const auto idx = index(lines);
        QVERIFY(idx);
        const QList<FailureGroup> groups = FailureSummary::build(*idx);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).count(), 38);
        QCOMPARE(groups.at(0).statusCode, 429);
        QCOMPARE(groups.at(0).code, QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(groups.at(0).pattern, QStringLiteral("Rate limit reached: <n> requests per minute"));
        QCOMPARE(groups.at(0).exampleCustomId, QStringLiteral("r0"));
        QCOMPARE(groups.at(1).count(), 2);
        QCOMPARE(groups.at(1).rows, (std::vector<int>{38, 39}));
        QCOMPARE(groups.at(2).statusCode, 500);
        QCOMPARE(
            FailureSummary::headline(groups),
            QStringLiteral("41 failed: 38 × 429 rate_limit_exceeded, 2 × 400 invalid_value, 1 × 500 server_error"));
        QCOMPARE(FailureSummary::headline(groups, 1),
                 QStringLiteral("41 failed: 38 × 429 rate_limit_exceeded, 3 other"));
    }

    void nothingFailedSaysNothing()
    {
        const auto idx = index({ok(1), ok(2)});
        QVERIFY(FailureSummary::build(*idx).isEmpty());
        QVERIFY(FailureSummary::headline({}).isEmpty());
    }

    void anthropicErrorsGroupByType()
    {
        const QByteArray line
            = R"({"custom_id":"a1","result":{"type":"errored","error":{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: 100000 > 8192"}}}})";
        const auto idx = index({line, QByteArray(line).replace("a1", "a2")});
        const QList<FailureGroup> groups = FailureSummary::build(*idx);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().statusCode, 0);
        QCOMPARE(groups.first().code, QStringLiteral("invalid_request_error"));
        QCOMPARE(groups.first().pattern, QStringLiteral("max_tokens: <n> > <n>"));
        QCOMPARE(FailureSummary::label(groups.first()), QStringLiteral("invalid_request_error"));
    }
};

QTEST_GUILESS_MAIN(TestFailureSummary)
#include "tst_failure_summary.moc"
