#pragma once

#include "ProgressRate.h"
#include "model/Batch.h"
#include "model/StatusCategory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <array>
#include <functional>

// A batch's identity: the saved connection it came through (its profile id,
// never its display name), the provider and the id. Hashing the three strings
// as they are spares building a joined key for every batch of every refresh.
struct BatchKey
{
    QString sourceId;
    QString provider;
    QString id;

    static BatchKey of(const Batch &b) { return {b.sourceId, b.provider, b.id}; }
    // Batch::key()'s text form back into its parts.
    static BatchKey fromString(const QString &key);
    bool operator==(const BatchKey &o) const = default;
};
size_t qHash(const BatchKey &key, size_t seed = 0) noexcept;

// Every batch of the open connections, one row each. Refreshes are merged
// in place by identity (source, provider, id): a changed row emits dataChanged
// for that row only, new batches arrive through beginInsertRows, and the model
// is never reset, so views keep their selection, current row and scroll position.
// A listing too large to merge within a frame (a first listing of 10,000) is
// merged slice by slice from the event loop, so the GUI thread never blocks
// for longer than about half a frame and the first rows show at once.
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ConnectionColumn,
        ProviderColumn,
        StatusColumn,
        ProgressColumn,
        EndpointColumn,
        ModelColumn,
        CreatedColumn,
        ElapsedColumn,
        EtaColumn,
        ExpiresColumn,
        MetadataColumn,
        ColumnCount
    };
    // Sorting compares raw values (lessThan), never display text or QVariants.
    enum Role {
        KeyRole = Qt::UserRole + 1,
        StatusKindRole,
        CategoryRole,
        SucceededRole,
        UnsuccessfulRole, // failed + expired + canceled
        TotalRole,
        StaleRole, // its connection's last refresh failed
        TerminalRole,
    };

    struct MergeResult
    {
        int added = 0;
        int changed = 0;
        int removed = 0;
    };

    explicit BatchTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Merges one listing of `source` (a connection and provider). When it is
    // `complete`, batches of that source missing from it are removed. What does
    // not fit one slice is merged in later event-loop turns: the result counts
    // what was merged within the call, pendingBatches() what still waits, and
    // listingsMerged() says when all is in. A newer complete listing of the same
    // source replaces one still waiting.
    MergeResult mergeListing(const QString &source, const QList<Batch> &batches, bool complete);
    // Merges one batch (a retrieve or cancel answer); false if nothing changed.
    bool updateBatch(const QString &source, const Batch &batch);
    void removeSource(const QString &source);
    // A batch that no longer exists (deleted on the server).
    bool removeBatch(const QString &key);
    // Marks the rows of a source whose refresh failed (or works again).
    void setSourceStale(const QString &source, bool stale);
    // Batches of listings not merged yet.
    qsizetype pendingBatches() const;

    const Batch &batchAt(int row) const { return m_entries.at(row).batch; }
    QString sourceAt(int row) const { return m_entries.at(row).source; }
    // The row of Batch::key(); -1 when there is none.
    int rowOf(const QString &key) const { return m_rowByKey.value(BatchKey::fromString(key), -1); }
    int rowOf(const BatchKey &key) const { return m_rowByKey.value(key, -1); }
    // Every row in the index, every index entry pointing at its row, no key
    // twice: what the tests assert after every change.
    bool isConsistent() const;
    QList<Batch> activeBatches(const QString &source) const;
    bool isStale(int row) const { return m_entries.at(row).stale; }
    // When the row was last confirmed by the server (model clock, seconds).
    qint64 seenAt(int row) const { return m_entries.at(row).seenAt; }
    // When a running batch will be done, at the pace seen across refreshes (or
    // since it started); bounded, whatever counts the server sent.
    EtaEstimate eta(int row) const;
    std::optional<qint64> etaSeconds(int row) const;
    // What the ETA column shows for an estimate: a duration, "after expiry", "over 30 days" or nothing.
    static QString etaText(const EtaEstimate &eta);
    qint64 elapsedSeconds(int row) const;
    // Batches per StatusCategory::Kind (All included).
    std::array<int, StatusCategory::Count> categoryCounts() const { return m_categoryCounts; }

    // Compares two rows by a column's raw value (used by the sort proxy).
    bool lessThan(int leftRow, int rightRow, int column) const;

    // Seconds since the epoch; replaceable so tests control time.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }
    // Time moves: refresh the time-dependent cells of running batches.
    void tick();

    static QString columnName(int column);

Q_SIGNALS:
    // Listings that did not fit one slice are now merged, every one of them.
    void listingsMerged();
    // A batch seen running is now finished (completed, failed, expired, cancelled, ended).
    void batchFinished(const Batch &batch);
    void categoryCountsChanged();

private:
    struct Entry
    {
        Batch batch;
        QString source;
        QString metadataText; // "k=v, k2=v2": shown and sorted often, built once
        ProgressRate rate;
        qint64 seenAt = 0;
        quint32 seenBy = 0; // the last listing (MergeJob::generation) that had it
        bool stale = false;
    };
    // A listing being merged: the caller's list (shared, not copied) and how far it got.
    struct MergeJob
    {
        QString source;
        QList<Batch> batches;
        bool complete = false;
        qint64 at = 0;
        quint32 generation = 0;
        qsizetype next = 0;
        int hint = 0;
        MergeResult result;
    };
    bool apply(int row, const Batch &incoming, qint64 at);
    // The row of `b`, trying `*hint` first (listings come in the last one's order).
    int findRow(const Batch &b, int *hint) const;
    void insertNew(const QString &source, QList<Batch> batches, qint64 at, quint32 seenBy = 0);
    // Merges the waiting listings for about half a frame; false when some still wait.
    bool mergeSlice();
    // Ends a job: for a complete listing, removes what it did not have.
    void finishJob(MergeJob &job);
    void removeRowsAt(QList<int> rows);
    void recountCategories();
    void reindex();
    static QString metadataText(const Batch &batch);
    QVariant display(const Entry &e, int column) const;
    QString tooltip(const Entry &e, int column) const;
    // The ETA as a sort key: batches without one sort after every estimate.
    qint64 etaSortKey(int row) const;

    QList<Entry> m_entries;
    QHash<BatchKey, int> m_rowByKey;
    QList<MergeJob> m_jobs; // oldest first; the first is the one being merged
    quint32 m_generation = 0;
    quint32 m_lastFinishedGeneration = 0; // the job that ended last
    MergeResult m_lastFinishedResult;     // and what it did
    QSet<BatchKey> m_removedWhileMerging; // deleted batches that waiting listings still hold
    QTimer *m_sliceTimer = nullptr;
    int m_sliceRows = 400; // new rows per slice, adapted to what inserting costs with the views attached
    std::array<int, StatusCategory::Count> m_categoryCounts{};
    std::function<qint64()> m_clock;
};
