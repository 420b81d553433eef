// OpenAiBackend and AnthropicBackend against the simulator speaking each
// provider's own API: pagination, retrieve, cancel, create, results, delete.
#include "LoadedResults.h"
#include "SimFixture.h"
#include "results/ResultsStore.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

class TestDirectBackends : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

    static SimOptions dialect(const QString &name, int batches)
    {
        SimOptions o = SimFixture::defaultOptions();
        o.dialect = name;
        o.openAiBatches = batches;
        o.anthropicBatches = batches;
        o.requireKey = QStringLiteral("sk-test-direct");
        return o;
    }
    template<typename B>
    static std::unique_ptr<B> backend(SimFixture &f, BackendKind kind)
    {
        Connection c
            = f.connection(kind == BackendKind::Anthropic ? QStringLiteral("anthropic") : QStringLiteral("openai"));
        c.kind = kind;
        c.apiKey = QStringLiteral("sk-test-direct");
        auto b = std::make_unique<B>(c);
        b->http()->setRetryPolicy(SimFixture::quickRetries());
        return b;
    }

private Q_SLOTS:
    void openAiPagesRetrieveCancel()
    {
        SimFixture f(dialect(QStringLiteral("openai"), 57));
        auto openai = backend<OpenAiBackend>(f, BackendKind::OpenAi);
        const auto all = waitFor(openai->listAll(10));
        QVERIFY2(all.ok(), qPrintable(all.error.toString()));
        QCOMPARE(all.value.size(), 57);
        QSet<QString> ids;
        for (const Batch &b : all.value)
            ids.insert(b.id);
        QCOMPARE(ids.size(), 57);
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/batches"), "GET"), 6); // pages of 10, by after=<last id>
        bool pagedById = false;
        for (const auto &e : f.sim().log())
            pagedById |= e.query.contains(QStringLiteral("after=batch_"));
        QVERIFY(pagedById);
        QVERIFY(f.sim().log().first().headerNames.contains(QStringLiteral("authorization")));

        Batch running;
        Batch done;
        for (const Batch &b : all.value) {
            if (b.status.kind() == BatchStatus::InProgress)
                running = b;
            if (b.status.kind() == BatchStatus::Completed && !b.errorFileId.isEmpty())
                done = b;
        }
        QVERIFY(!done.model.isEmpty());
        QVERIFY(done.model.startsWith(QStringLiteral("gpt-"))
                || done.model.startsWith(QStringLiteral("text-embedding")));
        QVERIFY(done.usage.present);
        QVERIFY(done.usage.inputTokens > 0);

        const auto one = waitFor(openai->retrieve(done.id));
        QVERIFY(one.ok());
        QCOMPARE(one.value.counts, done.counts);
        const auto cancelled = waitFor(openai->cancel(running.id, running.raw));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error.toString()));
        QCOMPARE(cancelled.value.status.kind(), BatchStatus::Cancelling);
        const auto missing = waitFor(openai->retrieve(QStringLiteral("batch_missing")));
        QCOMPARE(missing.error.toString(),
                 QStringLiteral("retrieve failed: HTTP 404 not_found: No batch found with id 'batch_missing'"));

        // Results: the output file plus the error file.
        const auto results = loadResults(*openai, done);
        QVERIFY2(results.ok(), qPrintable(results.error.toString()));
        QCOMPARE(results.rows.size(), int(done.counts.total));
    }

    void openAiCreatesThroughAnUpload()
    {
        SimFixture f(dialect(QStringLiteral("openai"), 5));
        auto openai = backend<OpenAiBackend>(f, BackendKind::OpenAi);
        CreateBatchRequest r;
        r.endpoint = QStringLiteral("/v1/chat/completions");
        r.metadata.insert(QStringLiteral("k"), QStringLiteral("v"));
        for (int i = 0; i < 8; ++i)
            r.requests.append(QJsonObject{
                {QStringLiteral("custom_id"), QStringLiteral("i-%1").arg(i)},
                {QStringLiteral("method"), QStringLiteral("POST")},
                {QStringLiteral("url"), QStringLiteral("/v1/chat/completions")},
                {QStringLiteral("body"), QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-4o-mini")}}}});
        // Inline requests become a file upload: OpenAI takes nothing else.
        const auto created = waitFor(openai->create(r));
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        QCOMPARE(created.value.counts.total, 8);
        QCOMPARE(created.value.metadata.value(QStringLiteral("k")), QStringLiteral("v"));
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/files"), "POST"), 1);

        CreateBatchRequest missing;
        missing.endpoint = QStringLiteral("/v1/chat/completions");
        missing.inputFileId = QStringLiteral("file-nope");
        const auto failed = waitFor(openai->create(missing));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error.httpStatus, 400);
    }

    void anthropicPagesRetrieveCancelDelete()
    {
        SimFixture f(dialect(QStringLiteral("anthropic"), 33));
        auto anthropic = backend<AnthropicBackend>(f, BackendKind::Anthropic);
        const auto all = waitFor(anthropic->listAll(7));
        QVERIFY2(all.ok(), qPrintable(all.error.toString()));
        QCOMPARE(all.value.size(), 33);
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/messages/batches"), "GET"), 5);
        bool pagedById = false;
        for (const auto &e : f.sim().log())
            pagedById |= e.query.contains(QStringLiteral("after_id=msgbatch_"));
        QVERIFY(pagedById);
        const QStringList headers = f.sim().log().first().headerNames;
        QVERIFY(headers.contains(QStringLiteral("x-api-key")));
        QVERIFY(headers.contains(QStringLiteral("anthropic-version")));

        Batch running;
        Batch ended;
        for (const Batch &b : all.value) {
            if (b.status.kind() == BatchStatus::InProgress)
                running = b;
            if (b.status.kind() == BatchStatus::Ended)
                ended = b;
            QCOMPARE(b.counts.total,
                     b.counts.pending + b.counts.succeeded + b.counts.failed + b.counts.canceled + b.counts.expired);
        }
        QVERIFY(!running.id.isEmpty() && !ended.id.isEmpty());
        QCOMPARE(ended.processingStatus, QStringLiteral("ended"));
        QVERIFY(ended.completedAt.has_value());

        const auto cancelled = waitFor(anthropic->cancel(running.id));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error.toString()));
        QCOMPARE(cancelled.value.status.kind(), BatchStatus::Cancelling);
        QCOMPARE(cancelled.value.processingStatus, QStringLiteral("canceling"));
        QVERIFY(cancelled.value.cancellingAt.has_value());
        f.sim().store().advance(10);
        const auto after = waitFor(anthropic->retrieve(running.id));
        QCOMPARE(after.value.status.kind(), BatchStatus::Ended);
        QVERIFY(after.value.counts.canceled > 0);

        // Delete: ended batches only.
        const auto refused = waitFor(anthropic->deleteBatch(cancelled.value));
        QVERIFY(!refused.ok());
        const auto deleted = waitFor(anthropic->deleteBatch(ended));
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.toString()));
        const auto gone = waitFor(anthropic->retrieve(ended.id));
        QCOMPARE(gone.error.httpStatus, 404);
        QCOMPARE(gone.error.type, QStringLiteral("not_found_error"));
        QCOMPARE(gone.error.toString(),
                 QStringLiteral("retrieve failed: HTTP 404 not_found_error: Batch %1 not found").arg(ended.id));
    }

    void anthropicCreatesInlineAndStreamsResults()
    {
        SimFixture f(dialect(QStringLiteral("anthropic"), 3));
        auto anthropic = backend<AnthropicBackend>(f, BackendKind::Anthropic);
        const QString path = dir.filePath(QStringLiteral("openai-shaped.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 40; ++i)
            file.write(
                QStringLiteral(
                    R"({"custom_id":"m-%1","method":"POST","url":"/v1/messages","body":{"model":"claude-3-5-haiku-20241022","max_tokens":64,"messages":[{"role":"user","content":"Hello %1"}]}})")
                    .arg(i)
                    .toUtf8()
                + "\n");
        file.close();
        const auto created = waitFor(anthropic->createFromFile(path, CreateBatchRequest()));
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        QCOMPARE(created.value.counts.total, 40);
        QCOMPARE(created.value.status.kind(), BatchStatus::InProgress);
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/files")), 0); // nothing uploaded: requests go inline

        QVERIFY(!loadResults(*anthropic, created.value).ok()); // not ended yet
        f.sim().store().advance(120);
        const Batch ended = waitFor(anthropic->retrieve(created.value.id)).value;
        QCOMPARE(ended.status.kind(), BatchStatus::Ended);
        QVERIFY(ended.resultsUrl.startsWith(f.sim().url().toString()));

        const auto results = loadResults(*anthropic, ended);
        QVERIFY2(results.ok(), qPrintable(results.error.toString()));
        QCOMPARE(results.rows.size(), 40);
        int errored = 0;
        for (const ResultRow &row : results.rows) {
            if (row.outcome == ResultOutcome::Errored) {
                ++errored;
                QCOMPARE(row.errorType, QStringLiteral("invalid_request_error"));
                QVERIFY(!row.errorMessage.isEmpty());
            }
        }
        QCOMPARE(errored, int(ended.counts.failed));

        // The store streams results_url as JSONL, as received.
        ResultsStore store(anthropic.get(), ResultsCache(dir.filePath(QStringLiteral("cache"))));
        store.load(ended);
        QVERIFY2(store.waitUntilDone(), qPrintable(store.error().toString()));
        QCOMPARE(store.index()->rowCount(), 40);
        QCOMPARE(store.index()->sources().first().format, ResultIndex::SourceFormat::Jsonl);
    }

    void wrongKeyIsA401InEachShape()
    {
        SimFixture a(dialect(QStringLiteral("anthropic"), 1));
        Connection c = a.connection(QStringLiteral("anthropic"));
        c.kind = BackendKind::Anthropic;
        c.apiKey = QStringLiteral("wrong");
        AnthropicBackend anthropic(c);
        const auto denied = waitFor(anthropic.list({}));
        QCOMPARE(denied.error.httpStatus, 401);
        QCOMPARE(denied.error.type, QStringLiteral("authentication_error"));

        SimFixture o(dialect(QStringLiteral("openai"), 1));
        Connection oc = o.connection();
        oc.kind = BackendKind::OpenAi;
        oc.apiKey = QStringLiteral("sk-wrong-key-0123456789");
        OpenAiBackend openai(oc);
        QSignalSpy logged(&openai, &BatchBackend::callFailed);
        const auto refused = waitFor(openai.list({}));
        QCOMPARE(refused.error.httpStatus, 401);
        QCOMPARE(refused.error.code, QStringLiteral("invalid_api_key"));
        // The server echoed the key it was given; neither the error nor the log repeats it.
        QCOMPARE(refused.error.message, QStringLiteral("Incorrect API key provided: ••••"));
        QCOMPARE(logged.size(), 1);
        QVERIFY(!logged.first().first().value<ApiError>().toString().contains(QStringLiteral("0123456789")));
    }

    void gatewayCannotPageAnthropic()
    {
        SimOptions o = SimFixture::defaultOptions();
        o.anthropicBatches = 1004;
        SimFixture f(o);
        auto gateway = f.backend(QStringLiteral("anthropic"));
        const auto listing = waitFor(gateway->listAll());
        QVERIFY2(listing.ok(), qPrintable(listing.error.toString()));
        QCOMPARE(listing.value.size(), 1000);
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/batches"), "GET"), 1);
        QVERIFY(f.sim().log().first().query.contains(QStringLiteral("limit=1000")));
        QCOMPARE(listing.notices.size(), 1);
        QVERIFY(listing.notices.first().contains(QStringLiteral("cannot page")));
    }
};

QTEST_GUILESS_MAIN(TestDirectBackends)
#include "tst_direct_backends.moc"
