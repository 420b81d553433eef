// The retry loop end to end over loopback: a batch with failures and missing
// results, its retry, the retry's retry, each chosen from the batch's own
// input byte for byte and linked in one chain; Anthropic from the copy kept at
// creation and from a file the user names.
#include "SimFixture.h"
#include "actions/BatchCreator.h"
#include "backend/AnthropicBackend.h"
#include "results/RequestLookup.h"
#include "results/ResultsStore.h"
#include "retry/ChainRecord.h"
#include "retry/RetryPlanner.h"
#include "retry/RetrySubmitter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray requestLine(int i, const QString &url = QStringLiteral("/v1/chat/completions"))
{
    return QStringLiteral(
               R"({"custom_id":"q-%1", "method":"POST","url":"%2","body":{"model":"gpt-4o-mini","max_tokens":32,"messages":[{"role":"user","content":"Question %1"}]}})")
               .arg(i, 4, 10, QLatin1Char('0'))
               .arg(url)
               .toUtf8()
           + '\n';
}

QString writeInput(const QString &path, int count, const QString &url = QStringLiteral("/v1/chat/completions"))
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    for (int i = 0; i < count; ++i)
        file.write(requestLine(i, url));
    return path;
}

SimOptions loopOptions()
{
    SimOptions o = SimFixture::defaultOptions();
    o.createdFailPermille = 100;   // 20 of 200 fail...
    o.createdMissingPermille = 20; // ...and 4 come back in no result file
    return o;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRetryLoop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    ResultsCache cache() const { return ResultsCache(m_dir.filePath(QStringLiteral("cache"))); }

    // Creates a batch from `path` as the window does (the request file kept), and lets it end.
    Batch createAndEnd(SimFixture &f, BatchBackend &backend, const QString &path, const QString &model)
    {
        BatchCreator creator(&backend, cache());
        QSignalSpy created(&creator, &BatchCreator::created);
        CreateBatchRequest request;
        request.model = model;
        creator.start(path, request);
        if (!created.wait(10000))
            return Batch();
        const Batch batch = created.first().first().value<Batch>();
        f.sim().store().advance(100000);
        // The copy of the requests is written off the GUI thread.
        const QString kept = RequestLookup::inputPath(cache(), backend.connection(), batch.provider, batch.id);
        QDeadlineTimer deadline(5000);
        while (QFileInfo(kept).size() == 0 && !deadline.hasExpired())
            QTest::qWait(20);
        return waitFor(backend.retrieve(batch.id)).value;
    }

    Batch retryAndEnd(SimFixture &f, BatchBackend &backend, const RetryPlanner &planner,
                      const QMap<QString, QString> &metadata = {})
    {
        RetrySubmitter submitter(&backend, cache());
        submitter.start(planner, metadata);
        if (!submitter.waitUntilDone()) {
            qWarning() << submitter.error().toString();
            return Batch();
        }
        f.sim().store().advance(100000);
        return waitFor(backend.retrieve(submitter.createdBatch().id)).value;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void gatewayChainRetriesUntilEveryRequestSucceeded()
    {
        SimFixture f(loopOptions());
        auto backend = f.backend(QStringLiteral("openai"));
        const QString input = writeInput(m_dir.filePath(QStringLiteral("gateway.jsonl")), 200);
        const Batch first = createAndEnd(f, *backend, input, QStringLiteral("openai/gpt-4o-mini"));
        QCOMPARE(first.status.kind(), BatchStatus::Completed);
        QCOMPARE(first.counts.failed, 20);

        RetryPlanner planner(backend.get(), cache());
        planner.load(first);
        QVERIFY2(planner.waitUntilDone(), qPrintable(planner.error().toString()));
        const RetrySelection &s = planner.selection();
        QCOMPARE(s.count(RetryReason::Failed), 20);
        QCOMPARE(s.count(RetryReason::Missing), 4);
        QCOMPARE(s.succeeded(), 176);
        QCOMPARE(s.requestCount(), 24);

        // Criteria change only the selection: leave every 4xx out.
        RetryCriteria without4xx;
        QString error;
        QVERIFY(without4xx.setExcludedStatuses(QStringLiteral("4xx"), &error));
        QSignalSpy reselected(&planner, &RetryPlanner::ready);
        planner.setCriteria(without4xx);
        QVERIFY(reselected.wait(5000));
        QVERIFY(planner.selection().count(RetryReason::Failed) < 20);
        QCOMPARE(planner.selection().leftOut(RetryReason::Failed), 20 - planner.selection().count(RetryReason::Failed));
        planner.setCriteria(RetryCriteria());
        QVERIFY(reselected.wait(5000));
        QCOMPARE(planner.selection().requestCount(), 24);

        const Batch second = retryAndEnd(f, *backend, planner, {{QStringLiteral("team"), QStringLiteral("ml")}});
        QVERIFY(!second.id.isEmpty());
        QCOMPARE(second.counts.total, 24);
        QCOMPARE(second.endpoint, first.endpoint);
        QCOMPARE(second.completionWindow, first.completionWindow);
        QCOMPARE(second.metadata.value(QStringLiteral("bc_retry_of")), first.id);
        QCOMPARE(second.metadata.value(QStringLiteral("bc_chain")), first.id);
        QCOMPARE(second.metadata.value(QStringLiteral("bc_attempt")), QStringLiteral("2"));
        QCOMPARE(second.metadata.value(QStringLiteral("team")), QStringLiteral("ml"));

        // The retry's input is the chosen lines of the first input, byte for byte, in order.
        const QString kept = RequestLookup::inputPath(cache(), backend->connection(), second.provider, second.id);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(kept).size() > 0, 5000);
        QByteArray expected;
        for (int row : s.inputRows())
            expected += planner.input()->rawRow(row).toByteArray() + '\n';
        QCOMPARE(readAll(kept), expected);
        QVERIFY(QDir(cache().root() + QStringLiteral("/outgoing")).isEmpty()); // the file moved, none left behind

        // 10% of 24 fail again, and 2% go missing: a third attempt takes them.
        RetryPlanner again(backend.get(), cache());
        again.load(second);
        QVERIFY2(again.waitUntilDone(), qPrintable(again.error().toString()));
        QCOMPARE(again.selection().requestCount(),
                 second.counts.failed + again.selection().count(RetryReason::Missing));
        QVERIFY(again.selection().requestCount() > 0);
        const Batch third = retryAndEnd(f, *backend, again);
        QCOMPARE(third.metadata.value(QStringLiteral("bc_chain")), first.id);
        QCOMPARE(third.metadata.value(QStringLiteral("bc_retry_of")), second.id);
        QCOMPARE(third.metadata.value(QStringLiteral("bc_attempt")), QStringLiteral("3"));
        QCOMPARE(ChainRecord::linkOf(cache(), backend->connection(), third).attempt, 3);
    }

    void anActiveBatchIsNotRetried()
    {
        SimFixture f(loopOptions());
        auto backend = f.backend(QStringLiteral("openai"));
        BatchCreator creator(backend.get(), cache());
        QSignalSpy created(&creator, &BatchCreator::created);
        CreateBatchRequest request;
        request.model = QStringLiteral("openai/gpt-4o-mini");
        creator.start(writeInput(m_dir.filePath(QStringLiteral("active.jsonl")), 10), request);
        QVERIFY(created.wait(10000));
        RetryPlanner planner(backend.get(), cache());
        planner.load(created.first().first().value<Batch>());
        QVERIFY(!planner.waitUntilDone());
        QVERIFY(planner.error().toString().contains(QStringLiteral("not ended")));
    }

    void anthropicFromTheKeptCopy()
    {
        SimOptions o = loopOptions();
        o.dialect = QStringLiteral("anthropic");
        SimFixture f(o);
        Connection c = f.connection(QStringLiteral("anthropic"));
        c.kind = BackendKind::Anthropic;
        AnthropicBackend anthropic(c);
        const QString input
            = writeInput(m_dir.filePath(QStringLiteral("anthropic.jsonl")), 50, QStringLiteral("/v1/messages"));
        const Batch ended = createAndEnd(f, anthropic, input, QString());
        QCOMPARE(ended.status.kind(), BatchStatus::Ended);

        RetryPlanner planner(&anthropic, cache());
        planner.load(ended);
        QVERIFY2(planner.waitUntilDone(), qPrintable(planner.error().toString()));
        QCOMPARE(planner.selection().count(RetryReason::Failed), 5);
        QCOMPARE(planner.selection().count(RetryReason::Missing), 1);
        QVERIFY(!planner.inputFromUser());

        const Batch retry = retryAndEnd(f, anthropic, planner);
        QCOMPARE(retry.counts.total, 6);
        // Anthropic keeps no metadata: the chain lives in the local record.
        const ChainLink link = ChainRecord::linkOf(cache(), anthropic.connection(), retry);
        QCOMPARE(link.retryOf, ended.id);
        QCOMPARE(link.attempt, 2);
    }

    void anthropicFromAFileTheUserNames()
    {
        SimOptions o = loopOptions();
        o.dialect = QStringLiteral("anthropic");
        o.anthropicBatches = 6;
        SimFixture f(o);
        Connection c = f.connection(QStringLiteral("anthropic"));
        c.kind = BackendKind::Anthropic;
        AnthropicBackend anthropic(c);
        f.sim().store().advance(1e6);
        const auto all = waitFor(anthropic.listAll(100));
        QVERIFY(all.ok());
        Batch seeded;
        for (const Batch &b : all.value) {
            if (b.status.kind() == BatchStatus::Ended && b.counts.failed > 0)
                seeded = b;
        }
        QVERIFY2(!seeded.id.isEmpty(), "a seeded Anthropic batch ended with failures");

        // Not created here: no copy, and Anthropic returns no requests.
        RetryPlanner planner(&anthropic, cache());
        planner.load(seeded);
        QVERIFY(!planner.waitUntilDone());
        QVERIFY(planner.needsInputFile());

        // The user's file: one request per custom_id of the results.
        ResultsStore store(&anthropic, cache());
        store.load(seeded);
        QVERIFY(store.waitUntilDone());
        const QString path = m_dir.filePath(QStringLiteral("original.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int row = 0; row < store.index()->rowCount(); ++row)
            file.write(
                QStringLiteral(
                    R"({"custom_id":"%1","params":{"model":"claude-3-5-haiku-20241022","max_tokens":16,"messages":[{"role":"user","content":"x"}]}})")
                    .arg(store.index()->customId(row))
                    .toUtf8()
                + '\n');
        file.close();
        planner.load(seeded, path);
        QVERIFY2(planner.waitUntilDone(), qPrintable(planner.error().toString()));
        QVERIFY(planner.inputFromUser());
        QCOMPARE(planner.selection().count(RetryReason::Failed), seeded.counts.failed);

        // A file that is not this batch's is refused, naming ids it lacks.
        const QString wrong
            = writeInput(m_dir.filePath(QStringLiteral("wrong.jsonl")), 5, QStringLiteral("/v1/messages"));
        planner.load(seeded, wrong);
        QVERIFY(!planner.waitUntilDone());
        QVERIFY2(planner.error().toString().contains(QStringLiteral("does not cover the batch")),
                 qPrintable(planner.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestRetryLoop)
#include "tst_retry_loop.moc"
