// ResultsStore against the simulator: each kind of source, the cache and its
// reuse, truncated downloads, cancellation, and batches not yet finished.
#include "SimFixture.h"
#include "results/RequestLookup.h"
#include "results/ResultsStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

class TestResultsStore : public QObject
{
    Q_OBJECT
    QTemporaryDir cacheDir;

    static Batch firstWith(BatchBackend &backend, const std::function<bool(const Batch &)> &pred)
    {
        for (const Batch &b : waitFor(backend.listAll(100)).value) {
            if (pred(b))
                return b;
        }
        return {};
    }

private Q_SLOTS:
    void fileContentSourcesWithCacheReuse()
    {
        SimFixture f;
        auto backend = f.backend();
        const Batch done = firstWith(*backend, [](const Batch &b) {
            return b.status.kind() == BatchStatus::Completed && !b.outputFileId.isEmpty() && !b.errorFileId.isEmpty();
        });
        QVERIFY(!done.id.isEmpty());
        ResultsStore store(backend.get(), ResultsCache(cacheDir.path()));
        QSignalSpy stages(&store, &ResultsStore::stageChanged);
        store.load(done);
        QVERIFY(store.waitUntilDone());
        QVERIFY(!store.fromCache());
        const auto index = store.index();
        QCOMPARE(index->rowCount(), int(done.counts.total));
        QCOMPARE(index->outcomeCounts()[int(ResultOutcome::Succeeded)], done.counts.completed);
        QCOMPARE(index->sources().size(), 2);
        QCOMPARE(stages.first().first().value<ResultsStore::Stage>(), ResultsStore::Stage::Downloading);
        QVERIFY(store.cacheDirectory().startsWith(cacheDir.path()));
        const int downloads = f.requestsTo(QStringLiteral("/content"));
        QCOMPARE(downloads, 2);

        // A finished batch: the second time comes from the cache, without a request.
        ResultsStore again(backend.get(), ResultsCache(cacheDir.path()));
        again.load(done);
        QVERIFY(again.waitUntilDone());
        QVERIFY(again.fromCache());
        QCOMPARE(again.index()->rowCount(), index->rowCount());
        QCOMPARE(f.requestsTo(QStringLiteral("/content")), downloads);

        // ... unless asked to download again.
        ResultsStore fresh(backend.get(), ResultsCache(cacheDir.path()));
        fresh.load(done, true);
        QVERIFY(fresh.waitUntilDone());
        QVERIFY(!fresh.fromCache());
        QCOMPARE(f.requestsTo(QStringLiteral("/content")), downloads + 2);
    }

    void resultsJsonSource()
    {
        SimFixture f;
        auto backend = f.backend(QStringLiteral("anthropic"));
        const Batch ended = firstWith(*backend, [](const Batch &b) { return b.status.kind() == BatchStatus::Ended; });
        QVERIFY(!ended.id.isEmpty());
        ResultsStore store(backend.get(), ResultsCache(cacheDir.path()));
        store.load(ended);
        QVERIFY2(store.waitUntilDone(), qPrintable(store.error().toString()));
        const auto index = store.index();
        QCOMPARE(index->sources().first().format, ResultIndex::SourceFormat::ResultsJson);
        QCOMPARE(index->rowCount(), int(ended.counts.total));
        QCOMPARE(index->outcomeCounts()[int(ResultOutcome::Errored)], ended.counts.failed);
        // Anthropic's nested error, kept through the gateway.
        for (int row = 0; row < index->rowCount(); ++row) {
            if (index->outcome(row) == ResultOutcome::Errored) {
                const ResultRow r = index->decode(row);
                QCOMPARE(r.errorType, QStringLiteral("invalid_request_error"));
                QVERIFY(r.errorMessage.contains(QStringLiteral("max_tokens")));
                break;
            }
        }
        // The cached document reads back just the same.
        ResultsStore again(backend.get(), ResultsCache(cacheDir.path()));
        again.load(ended);
        QVERIFY(again.waitUntilDone());
        QVERIFY(again.fromCache());
        QCOMPARE(again.index()->rowCount(), index->rowCount());
        QCOMPARE(again.index()->rawRow(0).toByteArray(), index->rawRow(0).toByteArray());
    }

    void truncatedDownloadIsRetriedThenReported()
    {
        SimFixture f;
        auto backend = f.backend();
        const Batch done = firstWith(*backend, [](const Batch &b) {
            return b.status.kind() == BatchStatus::Completed && b.counts.completed > 200;
        });
        f.sim().faults().add(*FaultPlan::parseSpec(QStringLiteral("truncated:1:content"), nullptr));
        ResultsStore recovered(backend.get(), ResultsCache(cacheDir.path() + QStringLiteral("/t1")));
        recovered.load(done);
        QVERIFY2(recovered.waitUntilDone(), qPrintable(recovered.error().toString()));
        QCOMPARE(recovered.index()->rowCount(), int(done.counts.total));

        f.sim().faults().add(*FaultPlan::parseSpec(QStringLiteral("truncated:50:content"), nullptr));
        ResultsStore broken(backend.get(), ResultsCache(cacheDir.path() + QStringLiteral("/t2")));
        broken.load(done);
        QVERIFY(!broken.waitUntilDone());
        QCOMPARE(broken.stage(), ResultsStore::Stage::Failed);
        QCOMPARE(broken.error().kind, ApiError::Kind::Decode);
        QVERIFY(broken.error().toString().startsWith(QStringLiteral("download output file failed")));
        QVERIFY(broken.error().message.contains(QStringLiteral("cut off")));
        // Nothing half-written is taken for a complete copy later.
        QVERIFY(!QFileInfo::exists(broken.cacheDirectory() + QStringLiteral("/complete.json")));
        QVERIFY(!QFileInfo::exists(broken.cacheDirectory() + QStringLiteral("/source-0.jsonl")));
        f.sim().faults().clear();
        ResultsStore later(backend.get(), ResultsCache(cacheDir.path() + QStringLiteral("/t2")));
        later.load(done);
        QVERIFY(later.waitUntilDone());
        QVERIFY(!later.fromCache());
    }

    // A /results answer that is not whole JSON fails with the place it breaks
    // and the server's first words, and is never kept as a complete copy.
    void malformedResultsAnswerIsNotCached()
    {
        SimFixture f;
        auto backend = f.backend(QStringLiteral("anthropic"));
        const Batch ended = firstWith(*backend, [](const Batch &b) { return b.status.kind() == BatchStatus::Ended; });
        QVERIFY(!ended.id.isEmpty());
        const QString cache = cacheDir.path() + QStringLiteral("/malformed");
        f.sim().faults().add(*FaultPlan::parseSpec(QStringLiteral("malformed_json:1:results"), nullptr));
        ResultsStore broken(backend.get(), ResultsCache(cache));
        broken.load(ended);
        QVERIFY(!broken.waitUntilDone());
        QCOMPARE(broken.error().kind, ApiError::Kind::Decode);
        QVERIFY2(broken.error().message.startsWith(QStringLiteral("the gateway's results answer is not valid JSON")),
                 qPrintable(broken.error().message));
        QVERIFY2(broken.error().message.contains(QStringLiteral("It begins: {\"batch_id\"")),
                 qPrintable(broken.error().message));
        QVERIFY(!QFileInfo::exists(broken.cacheDirectory() + QStringLiteral("/complete.json")));

        // The next open downloads again, and this time it works.
        ResultsStore later(backend.get(), ResultsCache(cache));
        later.load(ended);
        QVERIFY2(later.waitUntilDone(), qPrintable(later.error().toString()));
        QVERIFY(!later.fromCache());
        QCOMPARE(later.index()->rowCount(), int(ended.counts.total));
        // Now it is complete, and the one after comes from the cache.
        ResultsStore cached(backend.get(), ResultsCache(cache));
        cached.load(ended);
        QVERIFY(cached.waitUntilDone());
        QVERIFY(cached.fromCache());
    }

    void downloadIsCancellable()
    {
        SimFixture f;
        auto backend = f.backend();
        const Batch done = firstWith(*backend, [](const Batch &b) {
            return b.status.kind() == BatchStatus::Completed && !b.outputFileId.isEmpty();
        });
        Fault slow = *FaultPlan::parseSpec(QStringLiteral("slow:1:content"), nullptr);
        slow.delayMs = 3000;
        f.sim().faults().add(slow);
        ResultsStore store(backend.get(), ResultsCache(cacheDir.path() + QStringLiteral("/c")));
        store.load(done);
        QCOMPARE(store.stage(), ResultsStore::Stage::Downloading);
        QTimer::singleShot(100, &store, &ResultsStore::cancel);
        QVERIFY(!store.waitUntilDone());
        QCOMPARE(store.stage(), ResultsStore::Stage::Cancelled);
        QCOMPARE(store.error().kind, ApiError::Kind::Cancelled);
    }

    void reloadWhileBusyIsClean()
    {
        // Re-download pressed while a download runs: the first load's late "cancelled" never reaches the second.
        SimFixture f;
        auto backend = f.backend();
        const Batch done = firstWith(*backend, [](const Batch &b) {
            return b.status.kind() == BatchStatus::Completed && !b.outputFileId.isEmpty();
        });
        Fault slow = *FaultPlan::parseSpec(QStringLiteral("slow:1:content"), nullptr);
        slow.delayMs = 400;
        f.sim().faults().add(slow);
        ResultsStore store(backend.get(), ResultsCache(cacheDir.path() + QStringLiteral("/reload")));
        QSignalSpy failed(&store, &ResultsStore::failed);
        QSignalSpy stages(&store, &ResultsStore::stageChanged);
        store.load(done);
        QCOMPARE(store.stage(), ResultsStore::Stage::Downloading);
        store.load(done, true); // again, at once
        QVERIFY2(store.waitUntilDone(), qPrintable(store.error().toString()));
        QCOMPARE(store.index()->rowCount(), int(done.counts.total));
        QCOMPARE(failed.count(), 0);
        // Let anything the first load still had queued arrive: it must change nothing.
        QTest::qWait(600);
        QCOMPARE(store.stage(), ResultsStore::Stage::Ready);
        QCOMPARE(failed.count(), 0);
        for (const auto &change : stages)
            QVERIFY(change.first().value<ResultsStore::Stage>() != ResultsStore::Stage::Cancelled);

        // And again while indexing a large cached copy: the index that arrives is the last load's.
        store.load(done);
        QCOMPARE(store.stage(), ResultsStore::Stage::Indexing);
        store.load(done);
        QVERIFY(store.waitUntilDone());
        QTest::qWait(100);
        QCOMPARE(store.stage(), ResultsStore::Stage::Ready);
        QCOMPARE(failed.count(), 0);
    }

    void unfinishedBatchesHaveNoResultsYet()
    {
        SimFixture f;
        auto backend = f.backend();
        const Batch running
            = firstWith(*backend, [](const Batch &b) { return b.status.kind() == BatchStatus::InProgress; });
        ResultsStore store(backend.get(), ResultsCache(cacheDir.path()));
        QSignalSpy failed(&store, &ResultsStore::failed);
        store.load(running);
        QCOMPARE(store.stage(), ResultsStore::Stage::Failed);
        QVERIFY(store.error().message.contains(QStringLiteral("still in_progress")));
        QCOMPARE(failed.size(), 1);
    }

    void requestsJoinOnCustomId()
    {
        SimFixture f;
        auto backend = f.backend();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 30; ++i)
            file.write(
                QStringLiteral(
                    R"({"custom_id":"ask-%1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"What is %1 squared?"}]}})")
                    .arg(i)
                    .toUtf8()
                + "\n");
        file.close();
        const auto upload = waitFor(backend->uploadFile(path));
        CreateBatchRequest r;
        r.model = QStringLiteral("openai/gpt-4o-mini");
        r.inputFileId = upload.value.id;
        const auto created = waitFor(backend->create(r));
        QVERIFY(created.ok());
        f.sim().store().advance(120);
        const Batch done = waitFor(backend->retrieve(created.value.id)).value;
        QCOMPARE(done.status.kind(), BatchStatus::Completed);

        RequestLookup lookup(backend.get(), ResultsCache(cacheDir.path()));
        QSignalSpy ready(&lookup, &RequestLookup::ready);
        lookup.load(done);
        QVERIFY(ready.wait(5000));
        const QJsonObject body = QJsonDocument::fromJson(lookup.requestBody(QStringLiteral("ask-7"))).object();
        QCOMPARE(body.value(QStringLiteral("messages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("What is 7 squared?"));
        QVERIFY(lookup.requestBody(QStringLiteral("nope")).isEmpty());

        // And the answers that came back talk about the same question.
        ResultsStore store(backend.get(), ResultsCache(cacheDir.path()));
        store.load(done);
        QVERIFY(store.waitUntilDone());
        bool found = false;
        for (int row = 0; row < store.index()->rowCount(); ++row) {
            const ResultRow res = store.index()->decode(row);
            if (res.customId == u"ask-7") {
                QCOMPARE(res.outcome, ResultOutcome::Succeeded); // the simulator fails none of the first requests
                found = res.body.contains("What is 7 squared?");
            }
        }
        QVERIFY(found);
    }

    void noInputFileMeansNoRequests()
    {
        SimFixture f;
        auto backend = f.backend(QStringLiteral("anthropic"));
        Batch b;
        b.id = QStringLiteral("msgbatch_x");
        b.provider = QStringLiteral("anthropic");
        RequestLookup lookup(backend.get(), ResultsCache(cacheDir.path()));
        QSignalSpy unavailable(&lookup, &RequestLookup::unavailable);
        lookup.load(b);
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!lookup.available());
    }
};

QTEST_GUILESS_MAIN(TestResultsStore)
#include "tst_results_store.moc"
