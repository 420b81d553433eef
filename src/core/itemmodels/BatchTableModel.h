#pragma once

#include "ProgressRate.h"
#include "model/Batch.h"
#include "model/StatusCategory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
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
    // `complete`, batches of that source missing from it are removed.
    MergeResult mergeListing(const QString &source, const QList<Batch> &batches, bool complete);
    // Merges one batch (a retrieve or cancel answer); false if nothing changed.
    bool updateBatch(const QString &source, const Batch &batch);
    void removeSource(const QString &source);
    // A batch that no longer exists (deleted on the server).
    bool removeBatch(const QString &key);
    // Marks the rows of a source whose refresh failed (or works again).
    void setSourceStale(const QString &source, bool stale);

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
        bool stale = false;
    };
    bool apply(int row, const Batch &incoming, qint64 at);
    void insertNew(const QString &source, QList<Batch> batches, qint64 at);
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
    std::array<int, StatusCategory::Count> m_categoryCounts{};
    std::function<qint64()> m_clock;
};
