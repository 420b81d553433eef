// BatchTableModel and BatchFilterProxy: merging refreshes without resets,
// keeping selection and current row, filtering, and sorting by raw values.
#include "BatchFactory.h"
#include "TestData.h"
#include "itemmodels/BatchFilterProxy.h"
#include "itemmodels/BatchTableModel.h"
#include "itemmodels/ProgressRate.h"
#include "json/AnthropicMapping.h"
#include "json/BatchDecoder.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

class TestBatchModel : public QObject
{
    Q_OBJECT

    // Every merge goes through here: the row index is checked after each, as Dolphin's model tests do.
    static BatchTableModel::MergeResult merged(BatchTableModel &model, const QString &source,
                                               const QList<Batch> &batches, bool complete)
    {
        const auto result = model.mergeListing(source, batches, complete);
        if (!model.isConsistent())
            QTest::qFail("the row index is inconsistent after a merge", __FILE__, __LINE__);
        return result;
    }

    static QList<Batch> sample()
    {
        return {makeBatch(QStringLiteral("b1"), QStringLiteral("in_progress"), 100, 10, 0, 1000),
                makeBatch(QStringLiteral("b2"), QStringLiteral("completed"), 9, 9, 0, 2000),
                makeBatch(QStringLiteral("b3"), QStringLiteral("failed"), 10, 0, 0, 3000),
                makeBatch(QStringLiteral("b4"), QStringLiteral("cancelled"), 50, 5, 1, 4000),
                makeBatch(QStringLiteral("b5"), QStringLiteral("expired"), 10, 3, 0, 5000),
                makeBatch(QStringLiteral("b6"), QStringLiteral("validating"), 1000, 0, 0, 6000)};
    }

private Q_SLOTS:
    void mergesWithoutReset()
    {
        BatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto result = merged(model, QStringLiteral("s"), sample(), true);
        QCOMPARE(result.added, 6);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(inserted.size(), 1);

        // Same listing again: nothing changes, nothing is emitted.
        result = merged(model, QStringLiteral("s"), sample(), true);
        QCOMPARE(result.changed, 0);
        QCOMPARE(changed.size(), 0);

        // One batch moves on: exactly one row changes.
        QList<Batch> next = sample();
        next[0] = makeBatch(QStringLiteral("b1"), QStringLiteral("in_progress"), 100, 40, 2, 1000);
        result = merged(model, QStringLiteral("s"), next, true);
        QCOMPARE(result.changed, 1);
        QCOMPARE(changed.size(), 1);
        const QModelIndex top = changed.first().at(0).toModelIndex();
        const QModelIndex bottom = changed.first().at(1).toModelIndex();
        QCOMPARE(top.row(), model.rowOf(next[0].key()));
        QCOMPARE(bottom.row(), top.row());

        // A new one arrives through insertRows; a vanished one is removed.
        next.removeAt(2);
        next.append(makeBatch(QStringLiteral("b7"), QStringLiteral("in_progress"), 5, 1, 0, 7000));
        result = merged(model, QStringLiteral("s"), next, true);
        QCOMPARE(result.added, 1);
        QCOMPARE(result.removed, 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(QStringLiteral("test\x1fopenai\x1f") + QStringLiteral("b3")), -1);
        QVERIFY(model.rowOf(next.last().key()) >= 0);

        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);
    }

    void incompleteListingsRemoveNothing()
    {
        BatchTableModel model;
        merged(model, QStringLiteral("s"), sample(), true);
        merged(model, QStringLiteral("s"), sample().mid(0, 2), false);
        QCOMPARE(model.rowCount(), 6);
    }

    void sourcesAreSeparate()
    {
        BatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        merged(model, QStringLiteral("a"), sample(), true);
        // The same ids under another provider are other batches.
        QList<Batch> other;
        for (const Batch &b : sample())
            other.append(makeBatch(b.id, b.status.wire(), b.counts.total, b.counts.completed, b.counts.failed,
                                   *b.createdAt, QStringLiteral("anthropic")));
        merged(model, QStringLiteral("b"), other, true);
        QCOMPARE(model.rowCount(), 12);
        merged(model, QStringLiteral("b"), {}, true);
        QCOMPARE(model.rowCount(), 6);
        model.setSourceStale(QStringLiteral("a"), true);
        QVERIFY(model.isStale(0));
        QVERIFY(model.data(model.index(0, 0), BatchTableModel::StaleRole).toBool());
        model.removeSource(QStringLiteral("a"));
        QVERIFY(model.isConsistent());
        QCOMPARE(model.rowCount(), 0);
    }

    void finishingIsAnnounced()
    {
        BatchTableModel model;
        QSignalSpy finished(&model, &BatchTableModel::batchFinished);
        merged(model, QStringLiteral("s"), sample(), true);
        QCOMPARE(finished.size(), 0); // already finished when first seen: no news
        model.updateBatch(QStringLiteral("s"),
                          makeBatch(QStringLiteral("b1"), QStringLiteral("completed"), 100, 98, 2, 1000));
        QVERIFY(model.isConsistent());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<Batch>().id, QStringLiteral("b1"));
    }

    void mergeKeepsSelectionAndCurrentRow()
    {
        BatchTableModel model;
        BatchFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(BatchTableModel::ProgressColumn, Qt::DescendingOrder);
        merged(model, QStringLiteral("s"), sample(), true);
        QItemSelectionModel selection(&proxy);

        auto keyAt
            = [&](const QModelIndex &proxyIndex) { return proxyIndex.data(BatchTableModel::KeyRole).toString(); };
        const QModelIndex current = proxy.index(3, 0);
        const QString currentKey = keyAt(current);
        selection.setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection.select(proxy.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSet<QString> selectedBefore;
        for (const QModelIndex &i : selection.selectedRows())
            selectedBefore.insert(keyAt(i));
        QCOMPARE(selectedBefore.size(), 2);

        // A refresh in which rows change progress, so the sort moves them around, and one is added.
        QList<Batch> next = sample();
        next[0] = makeBatch(QStringLiteral("b1"), QStringLiteral("in_progress"), 100, 99, 0, 1000);
        next[5] = makeBatch(QStringLiteral("b6"), QStringLiteral("in_progress"), 1000, 500, 0, 6000);
        next.append(makeBatch(QStringLiteral("b8"), QStringLiteral("in_progress"), 4, 2, 0, 8000));
        merged(model, QStringLiteral("s"), next, true);

        QCOMPARE(keyAt(selection.currentIndex()), currentKey);
        QSet<QString> selectedAfter;
        for (const QModelIndex &i : selection.selectedRows())
            selectedAfter.insert(keyAt(i));
        QCOMPARE(selectedAfter, selectedBefore);
    }

    void proxyFiltersByCategoryAndSearch()
    {
        BatchTableModel model;
        BatchFilterProxy proxy;
        proxy.setSourceModel(&model);
        QList<Batch> batches = sample();
        batches[1].metadata.insert(QStringLiteral("project"), QStringLiteral("search-evals"));
        batches[2].model = QStringLiteral("openai/gpt-4o");
        merged(model, QStringLiteral("s"), batches, true);

        const auto counts = proxy.categoryCounts();
        QCOMPARE(counts[StatusCategory::All], 6);
        QCOMPARE(counts[StatusCategory::Active], 2);
        QCOMPARE(counts[StatusCategory::Completed], 1);
        QCOMPARE(counts[StatusCategory::Failed], 1);
        QCOMPARE(counts[StatusCategory::Cancelled], 1);
        QCOMPARE(counts[StatusCategory::Expired], 1);

        proxy.setCategories(StatusCategory::bit(StatusCategory::Active));
        QCOMPARE(proxy.rowCount(), 2);
        // Statuses combine.
        proxy.setCategories(StatusCategory::bit(StatusCategory::Active) | StatusCategory::bit(StatusCategory::Failed));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setCategories(StatusCategory::bit(StatusCategory::All));
        proxy.setSearchText(QStringLiteral("SEARCH-EV"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("b2"));
        proxy.setSearchText(QStringLiteral("project=search"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("gpt-4o"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("b"));
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setSearchText(QString());
        proxy.setProvider(QStringLiteral("anthropic"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setProvider(QString());
        QCOMPARE(proxy.rowCount(), 6);
    }

    void anthropicEndedBatchesLandInTheRightBucket()
    {
        // A cancelled Anthropic batch ends as `ended`; cancel_initiated_at says what happened.
        Batch cancelled = makeBatch(QStringLiteral("m1"), QStringLiteral("ended"), 10, 4, 0, 1);
        cancelled.counts.canceled = 6;
        cancelled.cancellingAt = 5;
        QCOMPARE(StatusCategory::of(cancelled), StatusCategory::Cancelled);
        Batch expired = makeBatch(QStringLiteral("m2"), QStringLiteral("ended"), 10, 0, 0, 1);
        expired.counts.expired = 10;
        QCOMPARE(StatusCategory::of(expired), StatusCategory::Expired);
        QCOMPARE(StatusCategory::of(makeBatch(QStringLiteral("m3"), QStringLiteral("ended"), 10, 10, 0, 1)),
                 StatusCategory::Completed);
        QCOMPARE(StatusCategory::of(makeBatch(QStringLiteral("m4"), QStringLiteral("paused"), 10, 9, 1, 1)),
                 StatusCategory::Active);
    }

    void outcomeFromCounts_data()
    {
        QTest::addColumn<QByteArray>("native"); // Anthropic's own object, through the real mapping
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("counts");
        QTest::newRow("ended, mostly expired") << QByteArray(R"({"id":"msgbatch_1","processing_status":"ended",
            "request_counts":{"processing":0,"succeeded":119,"errored":6,"canceled":0,"expired":125}})")
                                               << int(StatusCategory::Partial) << "ended with errors"
                                               << "119 succeeded, 125 expired, 6 failed";
        QTest::newRow("ended, all succeeded") << QByteArray(R"({"id":"msgbatch_2","processing_status":"ended",
            "request_counts":{"processing":0,"succeeded":250,"errored":0,"canceled":0,"expired":0}})")
                                              << int(StatusCategory::Completed) << "completed"
                                              << "all 250 requests succeeded";
        QTest::newRow("ended, none succeeded, all errored")
            << QByteArray(R"({"id":"msgbatch_3","processing_status":"ended",
            "request_counts":{"processing":0,"succeeded":0,"errored":40,"canceled":0,"expired":0}})")
            << int(StatusCategory::Failed) << "failed"
            << "40 failed";
        QTest::newRow("ended, none succeeded, mostly expired")
            << QByteArray(R"({"id":"msgbatch_4","processing_status":"ended",
            "request_counts":{"processing":0,"succeeded":0,"errored":3,"canceled":0,"expired":30}})")
            << int(StatusCategory::Expired) << "expired"
            << "30 expired, 3 failed";
        QTest::newRow("cancelled by the user") << QByteArray(R"({"id":"msgbatch_5","processing_status":"ended",
            "cancel_initiated_at":"2026-01-01T10:00:00Z",
            "request_counts":{"processing":0,"succeeded":20,"errored":0,"canceled":80,"expired":0}})")
                                               << int(StatusCategory::Cancelled) << "cancelled"
                                               << "20 succeeded, 80 cancelled";
    }

    void outcomeFromCounts()
    {
        QFETCH(QByteArray, native);
        QFETCH(int, category);
        QFETCH(QString, outcome);
        QFETCH(QString, counts);
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const Batch b = AnthropicMapping::decodeBatch(QJsonDocument::fromJson(native).object(), QString(), nullptr);
        QCOMPARE(int(StatusCategory::of(b)), category);
        QCOMPARE(StatusCategory::outcomeText(b), outcome);
        QCOMPARE(StatusCategory::countsText(b), counts);
        QLocale::setDefault(previous);
    }

    void openAiCompletedHidesFailures()
    {
        // OpenAI's `completed` says the batch ran, not that every request succeeded.
        const Batch mixed = makeBatch(QStringLiteral("o1"), QStringLiteral("completed"), 20000, 19600, 400, 1);
        QCOMPARE(StatusCategory::of(mixed), StatusCategory::Partial);
        QCOMPARE(mixed.counts.succeededCount(), 19600);
        QCOMPARE(mixed.counts.processed(), 20000);
        const Batch allFailed = makeBatch(QStringLiteral("o2"), QStringLiteral("completed"), 50, 0, 50, 1);
        QCOMPARE(StatusCategory::of(allFailed), StatusCategory::Failed);
        QCOMPARE(StatusCategory::of(makeBatch(QStringLiteral("o3"), QStringLiteral("completed"), 50, 50, 0, 1)),
                 StatusCategory::Completed);
        // An expired batch stays expired (that is what happened); its unrun requests are counted as expired.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const Batch expired = makeBatch(QStringLiteral("o4"), QStringLiteral("expired"), 5000, 2000, 30, 1);
        QCOMPARE(StatusCategory::of(expired), StatusCategory::Expired);
        QCOMPARE(StatusCategory::countsText(expired), QStringLiteral("2,000 succeeded, 2,970 expired, 30 failed"));
        // Running: "done" counts every outcome.
        const Batch running = makeBatch(QStringLiteral("o5"), QStringLiteral("in_progress"), 5000, 2400, 52, 1);
        QCOMPARE(StatusCategory::countsText(running), QStringLiteral("2,452 of 5,000 requests done"));
        QLocale::setDefault(QLocale::c());
    }

    void succeededReportedBeatsCompleted()
    {
        // Gemini through the gateway: `completed` counts failures too, `succeeded` is sent.
        QJsonObject o{{QStringLiteral("id"), QStringLiteral("batches/g1")},
                      {QStringLiteral("status"), QStringLiteral("completed")},
                      {QStringLiteral("request_counts"), QJsonObject{{QStringLiteral("total"), 100},
                                                                     {QStringLiteral("completed"), 100},
                                                                     {QStringLiteral("failed"), 10},
                                                                     {QStringLiteral("succeeded"), 90}}}};
        const Batch b = BatchDecoder::decodeBatch(o, QStringLiteral("gemini"), nullptr);
        QVERIFY(b.counts.succeededReported);
        QCOMPARE(b.counts.succeededCount(), 90);
        QCOMPARE(b.counts.processed(), 100);
        QCOMPARE(StatusCategory::of(b), StatusCategory::Partial);
    }

    void duplicateIdsInOneListingAreOneRow()
    {
        BatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Batch> listing = sample();
        // The same new batch twice (a page boundary that moved while paging): the later copy wins.
        listing.append(makeBatch(QStringLiteral("dup"), QStringLiteral("in_progress"), 100, 10, 0, 7000));
        listing.append(makeBatch(QStringLiteral("dup"), QStringLiteral("in_progress"), 100, 20, 0, 7000));
        auto result = merged(model, QStringLiteral("s"), listing, true);
        QCOMPARE(result.added, 7);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.batchAt(model.rowOf(listing.last().key())).counts.completed, 20);
        // ...and an existing batch twice.
        listing.append(makeBatch(QStringLiteral("b1"), QStringLiteral("in_progress"), 100, 55, 0, 1000));
        merged(model, QStringLiteral("s"), listing, true);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.batchAt(model.rowOf(listing.last().key())).counts.completed, 55);
    }

    void twoConnectionsWithOneNameAreTwoSources()
    {
        // Two saved connections called the same: the name is for people; rows belong to their source.
        BatchTableModel model;
        Batch first = makeBatch(QStringLiteral("same-id"), QStringLiteral("in_progress"), 100, 10, 0, 1000,
                                QStringLiteral("openai"), QStringLiteral("Gateway"));
        first.sourceId = QStringLiteral("profile-1");
        Batch second = first;
        second.sourceId = QStringLiteral("profile-2");
        second.counts.completed = 70;
        merged(model, QStringLiteral("profile-1/openai"), {first}, true);
        merged(model, QStringLiteral("profile-2/openai"), {second}, true);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(first.key() != second.key());
        QCOMPARE(model.batchAt(model.rowOf(first.key())).counts.completed, 10);
        QCOMPARE(model.batchAt(model.rowOf(second.key())).counts.completed, 70);
        // A complete listing of one source leaves the other's row alone.
        merged(model, QStringLiteral("profile-1/openai"), {}, true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(second.key()), 0);
    }

    void aStaleRowSeenAgainIsFresh()
    {
        BatchTableModel model;
        merged(model, QStringLiteral("s"), sample(), true);
        model.setSourceStale(QStringLiteral("s"), true);
        QVERIFY(model.isStale(0));
        // Even a partial listing (a listing that broke part way) that names the batch refreshes it.
        merged(model, QStringLiteral("s"), sample().mid(0, 1), false);
        QVERIFY(!model.isStale(model.rowOf(sample().first().key())));
    }

    void everyVisibleFieldIsAChange()
    {
        // The details pane shows the completion window and Gemini's operation name: changing either is a change.
        BatchTableModel model;
        Batch b = sample().first();
        b.raw.clear(); // compare the fields, not the bytes or their hash
        b.contentHash = 0;
        merged(model, QStringLiteral("s"), {b}, true);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Batch window = b;
        window.completionWindow = QStringLiteral("48h");
        QCOMPARE(merged(model, QStringLiteral("s"), {window}, true).changed, 1);
        Batch operation = window;
        operation.operationName = QStringLiteral("batches/abc");
        QCOMPARE(merged(model, QStringLiteral("s"), {operation}, true).changed, 1);
        // extra_fields (per-answer latency) is not something a person sees as a change.
        Batch extra = operation;
        extra.extraFields = R"({"latency":12})";
        QCOMPARE(merged(model, QStringLiteral("s"), {extra}, true).changed, 0);
        QCOMPARE(changed.size(), 2);
    }

    // Decoded batches are compared by a hash of what a person can see: the
    // JSON without extra_fields, with the provider and model read from it.
    void decodedBatchesCompareByContent()
    {
        auto decode = [](const QByteArray &json) {
            return BatchDecoder::decodeBatch(QJsonDocument::fromJson(json).object(), QStringLiteral("openai"), nullptr);
        };
        const QByteArray base
            = R"({"id":"b1","status":"in_progress","completion_window":"24h","request_counts":{"total":10,"completed":2,"failed":0},"extra_fields":{"latency":12,"model_requested":"openai/gpt-4o"}})";
        BatchTableModel model;
        merged(model, QStringLiteral("s"), {decode(base)}, true);
        // Edits the JSON last merged and merges it again: how many rows changed.
        QByteArray json = base;
        auto edit = [&](const char *from, const char *to) {
            json.replace(from, to);
            return merged(model, QStringLiteral("s"), {decode(json)}, true).changed;
        };
        // Per-answer data in extra_fields is not a change.
        QCOMPARE(edit("\"latency\":12", "\"latency\":95"), 0);
        // Anything else in the JSON is, and so is a model read from extra_fields.
        QCOMPARE(edit("24h", "48h"), 1);
        QCOMPARE(model.batchAt(0).completionWindow, QStringLiteral("48h"));
        QCOMPARE(edit("\"completed\":2", "\"completed\":3"), 1);
        QCOMPARE(edit("openai/gpt-4o", "openai/gpt-4.1"), 1);
        QCOMPARE(model.batchAt(0).model, QStringLiteral("openai/gpt-4.1"));
        // The connection's name is not in the JSON and still counts.
        Batch renamed = decode(json);
        renamed.connection = QStringLiteral("renamed");
        QCOMPARE(merged(model, QStringLiteral("s"), {renamed}, true).changed, 1);
    }

    // A listing too large for one frame is merged slice by slice from the event
    // loop; a newer complete listing replaces what still waits, and a batch
    // deleted meanwhile does not come back from it.
    void largeListingsArriveInSlices()
    {
        BatchTableModel model;
        QAbstractItemModelTester tester(&model);
        QList<Batch> listing;
        for (int i = 0; i < 6000; ++i)
            listing << makeBatch(QStringLiteral("big-%1").arg(i), QStringLiteral("in_progress"), 100, i % 100, 0,
                                 1000 + i);
        const auto first = merged(model, QStringLiteral("s"), listing, true);
        QVERIFY(model.rowCount() > 0); // the first slice shows at once
        QVERIFY(model.rowCount() < 6000);
        QCOMPARE(first.added, model.rowCount());
        QCOMPARE(model.pendingBatches(), 6000 - model.rowCount());

        // Before the rest is in: a newer listing without the last 1,000 and with one
        // batch changed, and a deletion of a batch not shown yet.
        QList<Batch> newer = listing.mid(0, 5000);
        newer[4000] = makeBatch(QStringLiteral("big-4000"), QStringLiteral("completed"), 100, 100, 0, 5000);
        merged(model, QStringLiteral("s"), newer, true);
        const QString deleted = Batch::keyOf(QString(), QStringLiteral("openai"), QStringLiteral("big-4998"));
        QVERIFY(model.removeBatch(deleted));
        QSignalSpy done(&model, &BatchTableModel::listingsMerged);
        QVERIFY(done.wait(10000));
        QCOMPARE(model.pendingBatches(), 0);
        QCOMPARE(model.rowOf(deleted), -1);
        QCOMPARE(model.rowCount(), 4999);
        QVERIFY(model.isConsistent());
        QCOMPARE(model.rowOf(deleted), -1);
        const int changedRow
            = model.rowOf(Batch::keyOf(QString(), QStringLiteral("openai"), QStringLiteral("big-4000")));
        QCOMPARE(model.batchAt(changedRow).status.wire(), QStringLiteral("completed"));
        QCOMPARE(model.rowOf(Batch::keyOf(QString(), QStringLiteral("openai"), QStringLiteral("big-5500"))), -1);
        QCOMPARE(model.categoryCounts()[StatusCategory::All], 4999);

        // The next refresh (without the deleted batch) changes nothing.
        newer.removeAt(4998);
        const auto again = merged(model, QStringLiteral("s"), newer, true);
        if (model.pendingBatches() > 0) // a slow machine: the rest comes from the event loop
            QVERIFY(QSignalSpy(&model, &BatchTableModel::listingsMerged).wait(10000));
        QCOMPARE(again.added, 0);
        QCOMPARE(model.rowCount(), 4999);

        // Closing a connection drops its listing still waiting.
        QList<Batch> other;
        for (int i = 0; i < 3000; ++i)
            other << makeBatch(QStringLiteral("other-%1").arg(i), QStringLiteral("in_progress"), 10, 1, 0, i);
        merged(model, QStringLiteral("u"), other, true);
        QVERIFY(model.pendingBatches() > 0);
        model.removeSource(QStringLiteral("u"));
        QCOMPARE(model.pendingBatches(), 0);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 4999);
    }

    void sortsByRawValues()
    {
        BatchTableModel model;
        BatchFilterProxy proxy;
        proxy.setSourceModel(&model);
        // Display text would sort "9/9" after "10/100"; raw values must not.
        merged(model, QStringLiteral("s"),
               {makeBatch(QStringLiteral("a"), QStringLiteral("in_progress"), 100, 10, 0, 100),
                makeBatch(QStringLiteral("b"), QStringLiteral("completed"), 9, 9, 0, 90000),
                makeBatch(QStringLiteral("c"), QStringLiteral("in_progress"), 1000, 500, 0, 2000)},
               true);
        proxy.sort(BatchTableModel::ProgressColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("a"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("c"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("b"));
        proxy.sort(BatchTableModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("b"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("a"));
        proxy.sort(BatchTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("b"));
        proxy.sort(BatchTableModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("a"));
    }

    void etaFromObservedPace()
    {
        BatchTableModel model;
        qint64 now = 10000;
        model.setClock([&now] { return now; });
        merged(model, QStringLiteral("s"),
               {makeBatch(QStringLiteral("r"), QStringLiteral("in_progress"), 1000, 100, 0, 1000)}, true);
        now += 60;
        merged(model, QStringLiteral("s"),
               {makeBatch(QStringLiteral("r"), QStringLiteral("in_progress"), 1000, 160, 0, 1000)}, true);
        // 60 requests a minute, 840 to go: 14 minutes.
        QCOMPARE(model.etaSeconds(0).value(), 840);
        QCOMPARE(model.data(model.index(0, BatchTableModel::EtaColumn)).toString(), QStringLiteral("14m 0s"));
        // Elapsed has its own column and sorts by what it shows.
        QCOMPARE(model.data(model.index(0, BatchTableModel::ElapsedColumn)).toString(), QStringLiteral("2h 30m"));

        now += 60;
        merged(model, QStringLiteral("s"),
               {makeBatch(QStringLiteral("r"), QStringLiteral("completed"), 1000, 1000, 0, 1000)}, true);
        QVERIFY(!model.etaSeconds(0));
    }

    // Fuzzing found counts that overflowed the ETA's conversion to an integer
    // (tests/data/fuzz-regressions/eta-overflow.json): first in the pace since
    // the batch started, then, a day later, in the pace seen across refreshes.
    void etaOfAbsurdCountsIsBounded()
    {
        QStringList warnings;
        QJsonObject object = readTestObject(QStringLiteral("fuzz-regressions/eta-overflow.json"));
        const Batch batch = BatchDecoder::decodeBatch(object, QStringLiteral("openai"), &warnings);
        QCOMPARE(batch.counts.total, qint64(9007199254740992));
        BatchTableModel model;
        qint64 now = 100000;
        model.setClock([&now] { return now; });
        merged(model, QStringLiteral("s"), {batch}, true);
        QVERIFY(!model.etaSeconds(0));
        QVERIFY(model.eta(0).tooFar);
        QCOMPARE(model.data(model.index(0, BatchTableModel::EtaColumn)).toString(), QStringLiteral("over 30 days"));

        // A day later, one more request done.
        now += 86400;
        QJsonObject counts = object.value(QStringLiteral("request_counts")).toObject();
        counts.insert(QStringLiteral("completed"), 2);
        object.insert(QStringLiteral("request_counts"), counts);
        merged(model, QStringLiteral("s"), {BatchDecoder::decodeBatch(object, QStringLiteral("openai"), &warnings)},
               true);
        QCOMPARE(model.batchAt(0).counts.completed, 2);
        QVERIFY(!model.etaSeconds(0));
        QVERIFY(model.eta(0).tooFar);

        // With an expiry, what the user needs to know is that it will not make it.
        object.insert(QStringLiteral("expires_at"), now + 3600);
        merged(model, QStringLiteral("s"), {BatchDecoder::decodeBatch(object, QStringLiteral("openai"), &warnings)},
               true);
        QVERIFY(model.eta(0).afterExpiry);
        QCOMPARE(model.data(model.index(0, BatchTableModel::EtaColumn)).toString(), QStringLiteral("after expiry"));

        // The bound itself, and what is not a number of seconds at all.
        QCOMPARE(EtaEstimate::from(EtaEstimate::kMaxSeconds, std::nullopt).seconds.value(), EtaEstimate::kMaxSeconds);
        QVERIFY(EtaEstimate::from(EtaEstimate::kMaxSeconds + 1.0, std::nullopt).tooFar);
        QVERIFY(EtaEstimate::from(7.78e20, 86400).afterExpiry);
        QVERIFY(!EtaEstimate::from(std::nan(""), std::nullopt).seconds);
        QVERIFY(!EtaEstimate::from(-1, std::nullopt).seconds);
        QVERIFY(!EtaEstimate::from(std::numeric_limits<double>::infinity(), std::nullopt).tooFar);
    }

    void progressRateWindow()
    {
        ProgressRate rate;
        QVERIFY(!rate.rate());
        rate.addSample(0, 0);
        rate.addSample(10, 100);
        QCOMPARE(rate.rate().value(), 10.0);
        QCOMPARE(rate.secondsFor(50).value(), 5.0);
        rate.addSample(20, 50); // went backwards: start over
        QVERIFY(!rate.rate());
        ProgressRate stalled;
        stalled.addSample(0, 5);
        stalled.addSample(10, 5);
        QVERIFY(!stalled.secondsFor(10));
    }

    void tooltipsAndText()
    {
        BatchTableModel model;
        merged(model, QStringLiteral("s"), sample(), true);
        const int row = model.rowOf(sample().at(3).key());
        QCOMPARE(model.data(model.index(row, BatchTableModel::StatusColumn)).toString(), QStringLiteral("cancelled"));
        QCOMPARE(model.data(model.index(row, BatchTableModel::ProgressColumn)).toString(), QStringLiteral("6/50"));
        QVERIFY(model.data(model.index(row, BatchTableModel::ProgressColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("44 remaining")));
        QCOMPARE(model.data(model.index(row, 0), BatchTableModel::UnsuccessfulRole).toLongLong(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBatchModel)
#include "tst_batch_model.moc"
