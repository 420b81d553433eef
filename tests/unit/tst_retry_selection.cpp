// What a retry sends again: the join of a batch's input and results on
// custom_id, the criteria, the new input byte for byte, and the chain's
// metadata within the providers' limits.
#include "model/Batch.h"
#include "results/ResultsIndexer.h"
#include "retry/ChainLink.h"
#include "retry/RetrySelection.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray requestLine(const QString &id, const QString &text = QStringLiteral("hi"))
{
    // Spacing kept odd on purpose: a retry must copy the line, not re-encode it.
    return QStringLiteral(
               R"({"custom_id": "%1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"%2"}]}})")
        .arg(id, text)
        .toUtf8();
}

QByteArray succeeded(const QString &id)
{
    return QStringLiteral(
               R"({"id":"r-%1","custom_id":"%1","response":{"status_code":200,"body":{"usage":{"prompt_tokens":3,"completion_tokens":4}}},"error":null})")
        .arg(id)
        .toUtf8();
}

QByteArray failed(const QString &id, int status, const QString &code)
{
    return QStringLiteral(
               R"({"id":"r-%1","custom_id":"%1","response":{"status_code":%2,"body":{"error":{"code":"%3","message":"no"}}},"error":null})")
        .arg(id)
        .arg(status)
        .arg(code)
        .toUtf8();
}

QByteArray topError(const QString &id, const QString &code)
{
    return QStringLiteral(R"({"id":"r-%1","custom_id":"%1","response":null,"error":{"code":"%2","message":"not run"}})")
        .arg(id, code)
        .toUtf8();
}

class Files
{
public:
    std::shared_ptr<ResultIndex> index(const QString &name, const QByteArrayList &lines)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return nullptr;
        f.write(lines.join('\n') + '\n');
        f.close();
        return ResultsIndexer::build({{path, name, ResultIndex::SourceFormat::Jsonl, f.size()}}).index;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace

class TestRetrySelection : public QObject
{
    Q_OBJECT

private:
    Files m_files;
    std::shared_ptr<ResultIndex> m_input;
    std::shared_ptr<ResultIndex> m_results;

private Q_SLOTS:
    void initTestCase()
    {
        // a ok, b 429, c 400 invalid, d expired, e cancelled, f missing, g 500
        m_input = m_files.index(QStringLiteral("input.jsonl"),
                                {requestLine("a"), requestLine("b"), requestLine("c"), requestLine("d"),
                                 requestLine("e"), requestLine("f"), requestLine("g")});
        m_results = m_files.index(QStringLiteral("results.jsonl"),
                                  {failed("g", 500, "server_error"), succeeded("a"),
                                   failed("b", 429, "rate_limit_exceeded"), failed("c", 400, "invalid_request_error"),
                                   topError("d", "batch_expired"), topError("e", "batch_cancelled")});
        QVERIFY(m_input && m_results);
        QCOMPARE(m_input->rowCount(), 7);
        QCOMPARE(m_results->rowCount(), 6);
    }

    void everyUnfinishedOutcomeByDefault()
    {
        const RetrySelection s = RetrySelection::select(*m_results, *m_input, RetryCriteria());
        QCOMPARE(s.requestCount(), 6);
        QCOMPARE(s.count(RetryReason::Failed), 3);
        QCOMPARE(s.count(RetryReason::Expired), 1);
        QCOMPARE(s.count(RetryReason::Canceled), 1);
        QCOMPARE(s.count(RetryReason::Missing), 1);
        QCOMPARE(s.succeeded(), 1);
        QCOMPARE(s.resultsNotInInput(), 0);
        // Input order, not result order: b c d e f g.
        QCOMPARE(s.inputRows(), (std::vector<int>{1, 2, 3, 4, 5, 6}));
    }

    void newInputIsTheInputLinesByteForByte()
    {
        RetryCriteria c;
        QString error;
        QVERIFY(c.setIncluded(QStringLiteral("failed,missing"), &error));
        const RetrySelection s = RetrySelection::select(*m_results, *m_input, c);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(s.write(*m_input, &out, &error));
        const QByteArray expected
            = requestLine("b") + '\n' + requestLine("c") + '\n' + requestLine("f") + '\n' + requestLine("g") + '\n';
        QCOMPARE(out.data(), expected);
        QCOMPARE(s.bytes(), qint64(expected.size()));
        QCOMPARE(s.preview(*m_input, 2), (QByteArrayList{requestLine("b"), requestLine("c")}));
        QCOMPARE(s.leftOut(RetryReason::Expired), 1);
        QCOMPARE(s.leftOut(RetryReason::Canceled), 1);

        const QString path = m_files.path(QStringLiteral("retry.jsonl"));
        QVERIFY(s.save(*m_input, path, &error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), expected);
    }

    void failuresLeftOutByStatusAndCode()
    {
        RetryCriteria c;
        QString error;
        QVERIFY(c.setExcludedStatuses(QStringLiteral("400"), &error));
        RetrySelection s = RetrySelection::select(*m_results, *m_input, c);
        QCOMPARE(s.count(RetryReason::Failed), 2); // 429 and 500 stay
        QCOMPARE(s.leftOut(RetryReason::Failed), 1);

        QVERIFY(c.setExcludedStatuses(QStringLiteral("4xx"), &error));
        s = RetrySelection::select(*m_results, *m_input, c);
        QCOMPARE(s.count(RetryReason::Failed), 1); // only the 500

        c.excludedStatuses.clear();
        c.excludedCodes = {QStringLiteral("rate_limit_exceeded")};
        s = RetrySelection::select(*m_results, *m_input, c);
        QCOMPARE(s.count(RetryReason::Failed), 2);
        // Exclusions apply to failures only: the missing request is still sent.
        QCOMPARE(s.count(RetryReason::Missing), 1);
    }

    void oneGroupOnly()
    {
        RetryCriteria c;
        c.onlyIds = QSet<QString>{QStringLiteral("b"), QStringLiteral("a")};
        const RetrySelection s = RetrySelection::select(*m_results, *m_input, c);
        QCOMPARE(s.inputRows(), (std::vector<int>{1})); // a succeeded: never sent again
    }

    void badCriteriaAreRefused()
    {
        RetryCriteria c;
        QString error;
        QVERIFY(!c.setIncluded(QStringLiteral("failed,lost"), &error));
        QVERIFY(error.contains(QStringLiteral("lost")));
        QVERIFY(!c.setIncluded(QStringLiteral(" , "), &error));
        QVERIFY(!c.setExcludedStatuses(QStringLiteral("4x"), &error));
        QVERIFY(!c.setExcludedStatuses(QStringLiteral("99"), &error));
        QVERIFY(!c.setExcludedStatuses(QStringLiteral("6xx"), &error));
        QVERIFY(c.setIncluded(QStringLiteral("cancelled"), &error)); // the gateway's spelling
        QVERIFY(c.includes(RetryReason::Canceled));
        QVERIFY(!c.includes(RetryReason::Failed));
    }

    void aFileThatIsNotTheBatchsInputIsNoticed()
    {
        const auto other = m_files.index(QStringLiteral("other.jsonl"), {requestLine("a"), requestLine("x")});
        const RetrySelection s = RetrySelection::select(*m_results, *other, RetryCriteria());
        QCOMPARE(s.resultsNotInInput(), 5);
        QCOMPARE(s.resultsNotInInputExamples().first(), QStringLiteral("b"));
        QCOMPARE(s.count(RetryReason::Missing), 1); // x
    }

    void unreadableAndRepeatedInputLinesAreNotSent()
    {
        const auto input = m_files.index(QStringLiteral("messy.jsonl"),
                                         {requestLine("b"), "{not json", requestLine("b", QStringLiteral("again")),
                                          R"({"method":"POST"})", requestLine("f")});
        const RetrySelection s = RetrySelection::select(*m_results, *input, RetryCriteria());
        QCOMPARE(s.inputRows(), (std::vector<int>{0, 4}));
        QCOMPARE(s.unreadableInputLines(), 2);
        QCOMPARE(s.duplicateInputIds(), 1);
    }

    void aSuccessAmongRepeatedResultsWins()
    {
        const auto results = m_files.index(QStringLiteral("repeated.jsonl"),
                                           {failed("a", 500, "server_error"), succeeded("a"), failed("b", 429, "x")});
        const auto input = m_files.index(QStringLiteral("ab.jsonl"), {requestLine("a"), requestLine("b")});
        const RetrySelection s = RetrySelection::select(*results, *input, RetryCriteria());
        QCOMPARE(s.inputRows(), (std::vector<int>{1}));
    }

    void chainLinkOfARetry()
    {
        Batch first;
        first.id = QStringLiteral("batch_1");
        ChainLink link = ChainLink::nextAttemptOf(first);
        QCOMPARE(link.retryOf, QStringLiteral("batch_1"));
        QCOMPARE(link.chain, QStringLiteral("batch_1"));
        QCOMPARE(link.attempt, 2);

        Batch second;
        second.id = QStringLiteral("batch_2");
        second.metadata = link.toMetadata();
        link = ChainLink::nextAttemptOf(second);
        QCOMPARE(link.retryOf, QStringLiteral("batch_2"));
        QCOMPARE(link.chain, QStringLiteral("batch_1"));
        QCOMPARE(link.attempt, 3);
        QCOMPARE(link.toMetadata().value(QStringLiteral("bc_attempt")), QStringLiteral("3"));

        const ChainLink part = ChainLink::fromMetadata(ChainLink::partOf(QStringLiteral("g1"), 2, 5).toMetadata());
        QCOMPARE(part.group, QStringLiteral("g1"));
        QCOMPARE(part.part, 2);
        QCOMPARE(part.parts, 5);
        QVERIFY(!ChainLink::fromMetadata({{QStringLiteral("bc_part"), QStringLiteral("6/5")}}).part);
    }

    void metadataWithinTheLimits()
    {
        Batch original;
        original.id = QStringLiteral("batch_1");
        QMap<QString, QString> carried;
        for (int i = 0; i < 15; ++i)
            carried.insert(QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("v"));
        const ChainLink link = ChainLink::nextAttemptOf(original);
        // The chain's three keys always go; the user's key next; what was carried fills the rest.
        ChainMetadata::Outcome out
            = ChainMetadata::compose(link, {{QStringLiteral("team"), QStringLiteral("a")}}, carried);
        QVERIFY(out.ok);
        QCOMPARE(out.metadata.size(), ChainMetadata::kMaxPairs);
        QCOMPARE(out.metadata.value(QStringLiteral("bc_retry_of")), QStringLiteral("batch_1"));
        QCOMPARE(out.metadata.value(QStringLiteral("team")), QStringLiteral("a"));
        QVERIFY(!out.metadata.contains(QStringLiteral("k14")));
        QCOMPARE(out.notes.size(), 1);
        QVERIFY(out.notes.first().contains(QStringLiteral("k12, k13, k14")));

        // What the user asks for and does not fit is refused, never dropped.
        QMap<QString, QString> many;
        for (int i = 0; i < 14; ++i)
            many.insert(QStringLiteral("u%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("v"));
        out = ChainMetadata::compose(link, many);
        QVERIFY(!out.ok);
        out = ChainMetadata::compose(link, {{QString(65, QLatin1Char('k')), QStringLiteral("v")}});
        QVERIFY(!out.ok);
        out = ChainMetadata::compose(link, {{QStringLiteral("k"), QString(513, QLatin1Char('v'))}});
        QVERIFY(!out.ok);
        out = ChainMetadata::compose(link, {{QStringLiteral("bc_chain"), QStringLiteral("mine")}});
        QVERIFY(out.ok);
        QCOMPARE(out.metadata.value(QStringLiteral("bc_chain")), QStringLiteral("batch_1"));
        QCOMPARE(out.notes.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRetrySelection)
#include "tst_retry_selection.moc"
