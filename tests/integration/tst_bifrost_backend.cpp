// BifrostBackend against the simulator over loopback HTTP: paging, retrieve,
// the cancel lifecycle, create (upload and inline), results and auth.
#include "LoadedResults.h"
#include "SimFixture.h"
#include "Version.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

class TestBifrostBackend : public QObject
{
    Q_OBJECT

    static Batch firstWith(BatchBackend &backend, const std::function<bool(const Batch &)> &pred)
    {
        const auto all = waitFor(backend.listAll(100));
        for (const Batch &b : all.value) {
            if (pred(b))
                return b;
        }
        return {};
    }

    // One raw GET to the simulator, the way a client nobody here wrote would send it.
    static QJsonObject getJson(SimFixture &f, const QString &pathAndQuery)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(f.sim().url().resolved(QUrl(pathAndQuery))));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return object;
    }

private Q_SLOTS:
    void listAllFollowsEveryPage()
    {
        SimOptions o = SimFixture::defaultOptions();
        o.openAiBatches = 139;
        SimFixture f(o);
        QVERIFY(f.listening());
        auto backend = f.backend();
        const auto outcome = waitFor(backend->listAll());
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.value.size(), 139);
        QSet<QString> ids;
        for (const Batch &b : outcome.value) {
            ids.insert(b.id);
            QCOMPARE(b.provider, QStringLiteral("openai"));
        }
        QCOMPARE(ids.size(), 139);
        // 139 in pages of 20 is 7 pages; the cursor (URL-safe base64, = included) survived the query each time.
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/batches"), "GET"), 7);
        // Newest first across page boundaries.
        for (qsizetype i = 1; i < outcome.value.size(); ++i)
            QVERIFY(outcome.value.at(i - 1).createdAt.value_or(0) >= outcome.value.at(i).createdAt.value_or(0));
    }

    // The simulator answers as the gateway's Go structs do (issue 15): cursors are
    // URL-safe base64 of {"v":1,"i":key index,"c":native cursor}, has_more is left
    // out when false, and /results rows have no id and no null error.
    void answersHaveTheGatewaysShape()
    {
        SimFixture f;
        const QJsonObject page = getJson(f, QStringLiteral("/v1/batches?provider=openai&limit=5"));
        QCOMPARE(page.value(QStringLiteral("has_more")).toBool(), true);
        const QByteArray cursor = page.value(QStringLiteral("next_cursor")).toString().toLatin1();
        QVERIFY(!cursor.contains('+') && !cursor.contains('/'));
        const auto decoded = QByteArray::fromBase64Encoding(cursor, QByteArray::Base64UrlEncoding
                                                                        | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        const QJsonObject state = QJsonDocument::fromJson(*decoded).object();
        QCOMPARE(state.value(QStringLiteral("v")).toInt(), 1);
        QCOMPARE(state.value(QStringLiteral("i")).toInt(), 0);
        const QJsonArray data = page.value(QStringLiteral("data")).toArray();
        QCOMPARE(state.value(QStringLiteral("c")).toString(),
                 data.last().toObject().value(QStringLiteral("id")).toString());

        const QJsonObject whole = getJson(f, QStringLiteral("/v1/batches?provider=openai&limit=1000"));
        QVERIFY(!whole.value(QStringLiteral("data")).toArray().isEmpty());
        QVERIFY(!whole.contains(QStringLiteral("has_more")));
        QVERIFY(!whole.contains(QStringLiteral("next_cursor")));

        int rows = 0;
        for (const QString &provider : {QStringLiteral("openai"), QStringLiteral("anthropic")}) {
            auto backend = f.backend(provider);
            for (const Batch &b : waitFor(backend->listAll(100)).value) {
                if (!b.status.terminal() || b.counts.total == 0)
                    continue;
                const QJsonObject results
                    = getJson(f, QStringLiteral("/v1/batches/%1/results?provider=%2").arg(b.id, provider));
                for (const QJsonValue &row : results.value(QStringLiteral("results")).toArray()) {
                    const QJsonObject o = row.toObject();
                    QVERIFY2(!o.contains(QStringLiteral("id")), qPrintable(b.id));
                    QVERIFY2(!o.contains(QStringLiteral("error")) || o.value(QStringLiteral("error")).isObject(),
                             qPrintable(b.id));
                    ++rows;
                }
                break; // one finished batch per provider is enough
            }
        }
        QVERIFY(rows > 0);
    }

    void onePageWithLimit()
    {
        SimFixture f;
        auto backend = f.backend();
        ListQuery q;
        q.limit = 7;
        const auto first = waitFor(backend->list(q));
        QVERIFY(first.ok());
        QCOMPARE(first.value.batches.size(), 7);
        QVERIFY(first.value.hasMore);
        QVERIFY(!first.value.nextCursor.isEmpty());
        q.after = first.value.nextCursor;
        const auto second = waitFor(backend->list(q));
        QVERIFY(second.ok());
        QCOMPARE(second.value.batches.size(), 7);
        QVERIFY(first.value.batches.last().id != second.value.batches.first().id);
    }

    void retrieveEncodesIdsWithSlashes()
    {
        SimFixture f;
        auto backend = f.backend(QStringLiteral("bedrock"));
        const auto page = waitFor(backend->list({}));
        QVERIFY(page.ok());
        QVERIFY(!page.value.batches.isEmpty());
        const QString arn = page.value.batches.first().id;
        QVERIFY(arn.contains(QLatin1Char('/')));
        const auto one = waitFor(backend->retrieve(arn));
        QVERIFY2(one.ok(), qPrintable(one.error.toString()));
        QCOMPARE(one.value.id, arn);
        QCOMPARE(f.requestsTo(QStringLiteral("model-invocation-job%2F")), 1);
    }

    void retrieveUnknownIdIsA404WithTheServersMessage()
    {
        SimFixture f;
        auto backend = f.backend();
        const auto outcome = waitFor(backend->retrieve(QStringLiteral("batch_nope")));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 404);
        QCOMPARE(outcome.error.toString(),
                 QStringLiteral("retrieve failed: HTTP 404 not_found: No batch found with id 'batch_nope'"));
        QCOMPARE(outcome.error.attempts, 1); // a 404 is not retried
    }

    void providerIsRequired()
    {
        SimFixture f;
        auto backend = f.backend(QString());
        const auto outcome = waitFor(backend->list({}));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.httpStatus, 400);
        QCOMPARE(outcome.error.message, QStringLiteral("provider is required"));
    }

    void userAgentNamesTheProduct()
    {
        SimFixture f;
        auto backend = f.backend();
        QVERIFY(waitFor(backend->list({})).ok());
        const QByteArray ua = f.sim().log().last().userAgent;
        QVERIFY2(ua.startsWith("BatchConsole/" BATCH_CONSOLE_VERSION), ua.constData());
    }

    void cancelLifecycle()
    {
        SimFixture f;
        auto backend = f.backend();
        const Batch running
            = firstWith(*backend, [](const Batch &b) { return b.status.kind() == BatchStatus::InProgress; });
        QVERIFY2(!running.id.isEmpty(), "the seeded history has a running batch");
        const auto cancelled = waitFor(backend->cancel(running.id, running.raw));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error.toString()));
        QCOMPARE(cancelled.value.status.kind(), BatchStatus::Cancelling);
        QVERIFY(cancelled.value.cancellingAt.has_value());
        // The partial answer was merged: fields it lacks are still there.
        QCOMPARE(cancelled.value.endpoint, running.endpoint);
        QCOMPARE(cancelled.value.metadata, running.metadata);
        QCOMPARE(cancelled.value.inputFileId, running.inputFileId);

        f.sim().store().advance(6); // past the cancel delay
        const auto later = waitFor(backend->retrieve(running.id));
        QVERIFY(later.ok());
        QCOMPARE(later.value.status.kind(), BatchStatus::Cancelled);
        QVERIFY(later.value.cancelledAt.has_value());
        QVERIFY(later.value.counts.processed() < later.value.counts.total);

        // By id alone (batchctl knows nothing else): the answer itself is the batch.
        const Batch other = firstWith(
            *backend, [&](const Batch &b) { return b.status.kind() == BatchStatus::InProgress && b.id != running.id; });
        const auto byId = waitFor(backend->cancel(other.id));
        QVERIFY2(byId.ok(), qPrintable(byId.error.toString()));
        QCOMPARE(byId.value.id, other.id);
        QCOMPARE(byId.value.status.kind(), BatchStatus::Cancelling);

        // Cancelling a finished batch is refused with the server's message.
        const auto again = waitFor(backend->cancel(later.value.id, later.value.raw));
        QVERIFY(!again.ok());
        QCOMPARE(again.error.httpStatus, 400);
        QVERIFY(again.error.message.contains(QStringLiteral("cancelled")));
    }

    void createInlineThenResults()
    {
        SimFixture f;
        auto backend = f.backend();
        CreateBatchRequest r;
        r.model = QStringLiteral("openai/gpt-4o-mini");
        r.endpoint = QStringLiteral("/v1/chat/completions");
        r.metadata.insert(QStringLiteral("team"), QStringLiteral("ml"));
        for (int i = 0; i < 40; ++i) {
            r.requests.append(QJsonObject{
                {QStringLiteral("custom_id"), QStringLiteral("q-%1").arg(i)},
                {QStringLiteral("method"), QStringLiteral("POST")},
                {QStringLiteral("url"), QStringLiteral("/v1/chat/completions")},
                {QStringLiteral("body"),
                 QJsonObject{
                     {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                     {QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                             {QStringLiteral("content"), QStringLiteral("question %1").arg(i)}}}}}}});
        }
        const auto created = waitFor(backend->create(r));
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        QCOMPARE(created.value.status.kind(), BatchStatus::Validating);
        QCOMPARE(created.value.counts.total, 40);
        QCOMPARE(created.value.metadata.value(QStringLiteral("team")), QStringLiteral("ml"));

        // Not finished yet: nothing is asked of the gateway (it would answer 500), and we say why.
        const auto early = loadResults(*backend, created.value);
        QVERIFY(!early.ok());
        QVERIFY2(early.error.message.contains(QStringLiteral("still")), qPrintable(early.error.toString()));
        QCOMPARE(f.requestsTo(QStringLiteral("/results")), 0);

        f.sim().store().advance(60);
        const auto done = waitFor(backend->retrieve(created.value.id));
        QVERIFY(done.ok());
        QCOMPARE(done.value.status.kind(), BatchStatus::Completed);
        const auto results = loadResults(*backend, done.value);
        QVERIFY2(results.ok(), qPrintable(results.error.toString()));
        // The output file's rows plus the error file's: every request once.
        QCOMPARE(results.rows.size(), 40);
        QSet<QString> ids;
        int succeeded = 0;
        for (const ResultRow &row : results.rows) {
            ids.insert(row.customId);
            succeeded += row.outcome == ResultOutcome::Succeeded;
        }
        QCOMPARE(ids.size(), 40);
        QVERIFY(ids.contains(QStringLiteral("q-39")));
        QCOMPARE(succeeded, int(done.value.counts.completed));
        QCOMPARE(40 - succeeded, int(done.value.counts.failed));
        QCOMPARE(f.requestsTo(done.value.errorFileId + QStringLiteral("/content")), 1);
    }

    void createByUpload()
    {
        SimFixture f;
        auto backend = f.backend();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("requests.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 25; ++i)
            file.write(
                QStringLiteral(
                    R"({"custom_id":"u-%1","method":"POST","url":"/v1/embeddings","body":{"model":"text-embedding-3-small","input":"text %1"}})")
                    .arg(i)
                    .toUtf8()
                + "\n");
        file.close();

        const auto upload = waitFor(backend->uploadFile(path));
        QVERIFY2(upload.ok(), qPrintable(upload.error.toString()));
        QVERIFY(upload.value.id.startsWith(QStringLiteral("file-")));
        QCOMPARE(upload.value.bytes, QFileInfo(path).size());
        QCOMPARE(upload.value.filename, QStringLiteral("requests.jsonl"));
        QCOMPARE(upload.value.purpose, QStringLiteral("batch"));

        CreateBatchRequest r;
        r.model = QStringLiteral("openai/text-embedding-3-small");
        r.inputFileId = upload.value.id;
        r.endpoint = QStringLiteral("/v1/embeddings");
        const auto created = waitFor(backend->create(r));
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        QCOMPARE(created.value.counts.total, 25);
        QCOMPARE(created.value.inputFileId, upload.value.id);
        QCOMPARE(created.value.endpoint, QStringLiteral("/v1/embeddings"));
    }

    void createNeedsInput()
    {
        SimFixture f;
        auto backend = f.backend();
        CreateBatchRequest r;
        r.model = QStringLiteral("openai/gpt-4o-mini");
        const auto outcome = waitFor(backend->create(r));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.httpStatus, 400);
        QVERIFY(outcome.error.message.contains(QStringLiteral("input_file_id or requests")));
    }

    void resultsOfAFinishedBatchMergeTheErrorFile()
    {
        SimFixture f;
        auto backend = f.backend();
        const Batch done = firstWith(*backend, [](const Batch &b) {
            return b.status.kind() == BatchStatus::Completed && !b.errorFileId.isEmpty() && b.counts.total <= 5000;
        });
        QVERIFY(!done.id.isEmpty());
        const auto results = loadResults(*backend, done);
        QVERIFY2(results.ok(), qPrintable(results.error.toString()));
        QCOMPARE(results.rows.size(), int(done.counts.total));
        qint64 errored = 0;
        for (const ResultRow &row : results.rows)
            errored += row.outcome == ResultOutcome::Errored;
        QCOMPARE(errored, done.counts.failed);
        QCOMPARE(results.unparsable, 0);
    }

    void anthropicBatchesThroughTheGateway()
    {
        SimFixture f;
        auto backend = f.backend(QStringLiteral("anthropic"));
        const auto all = waitFor(backend->list({}));
        QVERIFY(all.ok());
        QVERIFY(!all.value.batches.isEmpty());
        bool sawEnded = false;
        for (const Batch &b : all.value.batches) {
            QVERIFY(b.status.kind() == BatchStatus::InProgress || b.status.kind() == BatchStatus::Ended
                    || b.status.kind() == BatchStatus::Cancelling);
            QVERIFY(!b.processingStatus.isEmpty());
            if (b.status.kind() == BatchStatus::Ended) {
                sawEnded = true;
                QCOMPARE(b.counts.total, b.counts.succeeded + b.counts.failed + b.counts.canceled + b.counts.expired);
                // No files here: the gateway's buffered /results, indexed where each element stands.
                const auto results = loadResults(*backend, b);
                QVERIFY2(results.ok(), qPrintable(results.error.toString()));
                QCOMPARE(results.rows.size(), int(b.counts.total));
            }
        }
        QVERIFY(sawEnded);
    }

    void downloadStreamsToDisk()
    {
        SimFixture f;
        auto backend = f.backend();
        const Batch done = firstWith(*backend, [](const Batch &b) { return !b.outputFileId.isEmpty(); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        Pending<qint64> *pending = backend->downloadFile(done.outputFileId, path);
        qint64 lastProgress = 0;
        connect(pending, &PendingCall::progress, this, [&](qint64 doneBytes, qint64) { lastProgress = doneBytes; });
        const auto outcome = waitFor(pending);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(QFileInfo(path).size(), outcome.value);
        QCOMPARE(lastProgress, outcome.value);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), int(done.counts.completed));
    }

    void unauthorisedWithoutTheKey()
    {
        SimOptions o = SimFixture::defaultOptions();
        o.requireKey = QStringLiteral("sk-bf-test-key");
        SimFixture f(o);
        auto anonymous = f.backend();
        const auto denied = waitFor(anonymous->list({}));
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error.httpStatus, 401);
        QCOMPARE(denied.error.code, QStringLiteral("invalid_virtual_key"));
        QCOMPARE(denied.error.toString(),
                 QStringLiteral("list failed: HTTP 401 invalid_virtual_key: virtual key is missing or invalid"));

        Connection bearer = f.connection();
        bearer.apiKey = o.requireKey;
        QVERIFY(waitFor(SimFixture::backend(bearer)->list({})).ok());
        Connection virtualKey = f.connection();
        virtualKey.virtualKey = o.requireKey;
        QVERIFY(waitFor(SimFixture::backend(virtualKey)->list({})).ok());
        QVERIFY(f.sim().log().last().headerNames.contains(QStringLiteral("x-bf-vk")));
    }

    // Deployments that expose only the gateway's OpenAI integration routes:
    // every call goes under /openai/v1, pages by the last id and reads results from files.
    void openAiIntegrationRoutes()
    {
        SimOptions o = SimFixture::defaultOptions();
        o.requireKey = QStringLiteral("sk-bf-routes");
        SimFixture f(o);
        Connection c = f.connection();
        c.gatewayRoutes = GatewayRoutes::OpenAi;
        c.virtualKey = o.requireKey;
        auto backend = SimFixture::backend(c);

        const auto all = waitFor(backend->listAll(7));
        QVERIFY2(all.ok(), qPrintable(all.error.toString()));
        QCOMPARE(all.value.size(), o.openAiBatches + 0); // the seeded OpenAI batches, each once
        QSet<QString> ids;
        for (const Batch &b : all.value)
            ids.insert(b.id);
        QCOMPARE(ids.size(), all.value.size());
        bool pagedById = false;
        for (const auto &e : f.sim().log()) {
            QVERIFY2(e.rawPath.startsWith(QStringLiteral("/openai/v1/batches")), qPrintable(e.rawPath));
            QVERIFY(e.headerNames.contains(QStringLiteral("x-model-provider")));
            pagedById |= e.query.contains(QStringLiteral("after=batch_"));
        }
        QVERIFY(pagedById);

        Batch running;
        Batch done;
        for (const Batch &b : all.value) {
            if (b.status.kind() == BatchStatus::InProgress)
                running = b;
            if (b.status.kind() == BatchStatus::Completed && !b.errorFileId.isEmpty() && b.counts.total <= 5000)
                done = b;
        }
        QVERIFY(!running.id.isEmpty() && !done.id.isEmpty());
        const auto one = waitFor(backend->retrieve(done.id));
        QVERIFY2(one.ok(), qPrintable(one.error.toString()));
        QCOMPARE(one.value.counts, done.counts);
        const auto cancelled = waitFor(backend->cancel(running.id, running.raw));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error.toString()));
        QCOMPARE(cancelled.value.status.kind(), BatchStatus::Cancelling);
        QCOMPARE(cancelled.value.endpoint, running.endpoint); // the partial answer merged into what was known
        const auto missing = waitFor(backend->retrieve(QStringLiteral("batch_missing")));
        QCOMPARE(missing.error.httpStatus, 404);
        QCOMPARE(missing.error.toString(),
                 QStringLiteral("retrieve failed: HTTP 404 not_found: No batch found with id 'batch_missing'"));

        // Results come from the output and error files; there is no /results here.
        const auto results = loadResults(*backend, done);
        QVERIFY2(results.ok(), qPrintable(results.error.toString()));
        QCOMPARE(results.rows.size(), int(done.counts.total));
        QCOMPARE(f.requestsTo(QStringLiteral("/results")), 0);
        QVERIFY(f.requestsTo(QStringLiteral("/openai/v1/files/")) >= 2);

        // Create through an upload, the model named the gateway's way.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("requests.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 12; ++i)
            file.write(
                QStringLiteral(
                    R"({"custom_id":"r-%1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini"}})")
                    .arg(i)
                    .toUtf8()
                + "\n");
        file.close();
        CreateBatchRequest r;
        r.model = QStringLiteral("openai/gpt-4o-mini");
        r.endpoint = QStringLiteral("/v1/chat/completions");
        const auto created = waitFor(backend->createFromFile(path, r));
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        QCOMPARE(created.value.counts.total, 12);
        QCOMPARE(f.requestsTo(QStringLiteral("/openai/v1/files"), "POST"), 1);
        QCOMPARE(f.sim().log().last().rawPath, QStringLiteral("/openai/v1/batches"));
        QCOMPARE(f.sim().log().last().method, QByteArray("POST"));

        // A wrong key is refused in OpenAI's error shape, with the gateway's words.
        Connection anonymous = c;
        anonymous.virtualKey.clear();
        const auto denied = waitFor(SimFixture::backend(anonymous)->list({}));
        QCOMPARE(denied.error.httpStatus, 401);
        QCOMPARE(denied.error.toString(),
                 QStringLiteral("list failed: HTTP 401 invalid_virtual_key: virtual key is missing or invalid"));
    }

    // The simulator serves the integration routes with and without /v1, in OpenAI's shapes.
    void integrationRoutesAnswerInOpenAisShapes()
    {
        SimFixture f;
        const QJsonObject page = getJson(f, QStringLiteral("/openai/batches?limit=3"));
        QCOMPARE(page.value(QStringLiteral("data")).toArray().size(), 3);
        QCOMPARE(page.value(QStringLiteral("has_more")).toBool(), true);
        const QString lastId = page.value(QStringLiteral("last_id")).toString();
        QCOMPARE(lastId, page.value(QStringLiteral("data")).toArray().last()[QStringLiteral("id")].toString());
        QVERIFY(!page.contains(QStringLiteral("next_cursor")));

        const QJsonObject next = getJson(f, QStringLiteral("/openai/v1/batches?limit=3&after=") + lastId);
        QCOMPARE(next.value(QStringLiteral("first_id")).toString(),
                 next.value(QStringLiteral("data")).toArray().first()[QStringLiteral("id")].toString());
        QVERIFY(next.value(QStringLiteral("first_id")).toString() != lastId);

        const QJsonObject anthropic = getJson(f, QStringLiteral("/openai/v1/batches?provider=anthropic&limit=2"));
        QCOMPARE(anthropic.value(QStringLiteral("extra_fields"))[QStringLiteral("provider")].toString(),
                 QStringLiteral("anthropic"));

        const QJsonObject missing = getJson(f, QStringLiteral("/openai/v1/batches/batch_missing"));
        QCOMPARE(missing.value(QStringLiteral("error"))[QStringLiteral("code")].toString(),
                 QStringLiteral("not_found"));
        QVERIFY(missing.value(QStringLiteral("error")).toObject().contains(QStringLiteral("param")));
        QVERIFY(!missing.contains(QStringLiteral("is_bifrost_error")));
        const QJsonObject noResults
            = getJson(f, QStringLiteral("/openai/v1/batches/") + lastId + QStringLiteral("/results"));
        QVERIFY(noResults.contains(QStringLiteral("error")));
    }

    void abortFinishesAsCancelled()
    {
        SimFixture f;
        f.sim().faults().add(*FaultPlan::parseSpec(QStringLiteral("slow:1"), nullptr));
        auto backend = f.backend();
        Pending<BatchPage> *pending = backend->list({});
        QTimer::singleShot(50, pending, &PendingCall::abort);
        const auto outcome = waitFor(pending);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestBifrostBackend)
#include "tst_bifrost_backend.moc"
