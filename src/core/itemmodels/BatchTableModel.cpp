#include "BatchTableModel.h"

#include "format/TimeText.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <limits>

BatchKey BatchKey::fromString(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('\x1f'));
    if (parts.size() != 3)
        return {};
    return {parts.at(0), parts.at(1), parts.at(2)};
}

size_t qHash(const BatchKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.sourceId, key.provider, key.id);
}

namespace {
// A slice of merging aims at half a frame, leaving the rest for painting: this
// much looking up and comparing, then inserting what was new (whose cost the
// attached views decide, so the number of new rows per slice adapts).
constexpr qint64 kSliceBudgetNs = 5'000'000;
constexpr qint64 kInsertTargetNs = 3'000'000;
constexpr int kMinSliceRows = 50;
constexpr int kMaxSliceRows = 4000;
} // namespace

BatchTableModel::BatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_sliceTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    m_sliceTimer->setSingleShot(true);
    m_sliceTimer->setInterval(0);
    connect(m_sliceTimer, &QTimer::timeout, this, [this] {
        if (mergeSlice())
            Q_EMIT listingsMerged();
        else
            m_sliceTimer->start();
    });
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchTableModel::columnName(int column)
{
    switch (column) {
    case IdColumn:
        return tr("ID");
    case ConnectionColumn:
        return tr("Connection");
    case ProviderColumn:
        return tr("Provider");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case EndpointColumn:
        return tr("Endpoint");
    case ModelColumn:
        return tr("Model");
    case CreatedColumn:
        return tr("Created");
    case ElapsedColumn:
        return tr("Elapsed");
    case EtaColumn:
        return tr("ETA");
    case ExpiresColumn:
        return tr("Expires");
    case MetadataColumn:
        return tr("Metadata");
    default:
        return {};
    }
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == Qt::ToolTipRole && section == ElapsedColumn)
        return tr("Time since the batch started running, until it finished");
    if (role == Qt::ToolTipRole && section == EtaColumn)
        return tr("Estimated time until a running batch is done, from the pace seen across refreshes");
    return {};
}

qint64 BatchTableModel::elapsedSeconds(int row) const
{
    const Batch &b = m_entries.at(row).batch;
    const Timestamp start = b.inProgressAt ? b.inProgressAt : b.createdAt;
    if (!start)
        return 0;
    const Timestamp end = b.endedAt();
    const qint64 until = end ? *end : (b.status.terminal() ? *start : now());
    return qMax<qint64>(0, until - *start);
}

EtaEstimate BatchTableModel::eta(int row) const
{
    const Entry &e = m_entries.at(row);
    const Batch &b = e.batch;
    if (b.status.kind() != BatchStatus::InProgress)
        return {};
    const qint64 remaining = b.counts.remaining();
    if (remaining <= 0)
        return EtaEstimate::from(0, std::nullopt);
    const qint64 at = now();
    std::optional<double> seconds = e.rate.secondsFor(remaining);
    // Not enough refreshes yet: fall back to the pace since the batch started.
    if (!seconds && b.inProgressAt && b.counts.processed() > 0) {
        const qint64 running = at - *b.inProgressAt;
        if (running > 0)
            seconds = double(remaining) * double(running) / double(b.counts.processed());
    }
    if (!seconds)
        return {};
    return EtaEstimate::from(*seconds, b.expiresAt ? std::optional<qint64>(*b.expiresAt - at) : std::nullopt);
}

std::optional<qint64> BatchTableModel::etaSeconds(int row) const
{
    return eta(row).seconds;
}

QString BatchTableModel::etaText(const EtaEstimate &eta)
{
    if (eta.seconds)
        return TimeText::duration(*eta.seconds);
    if (eta.afterExpiry)
        return tr("after expiry");
    if (eta.tooFar)
        return tr("over %1 days").arg(QLocale().toString(EtaEstimate::kMaxSeconds / 86400));
    return QString();
}

QVariant BatchTableModel::display(const Entry &e, int column) const
{
    const Batch &b = e.batch;
    switch (column) {
    case IdColumn:
        return b.id;
    case ConnectionColumn:
        return b.connection;
    case ProviderColumn:
        return b.provider;
    case StatusColumn:
        return StatusCategory::outcomeText(b);
    case ProgressColumn:
        return tr("%1/%2").arg(QLocale().toString(b.counts.processed()), QLocale().toString(b.counts.total));
    case EndpointColumn:
        return b.endpoint;
    case ModelColumn:
        return b.model;
    case CreatedColumn:
        return b.createdAt ? TimeText::localDateTime(*b.createdAt) : QString();
    case ElapsedColumn:
        if (!b.createdAt && !b.inProgressAt)
            return QString();
        return TimeText::duration(elapsedSeconds(int(&e - m_entries.constData())));
    case EtaColumn:
        return etaText(eta(int(&e - m_entries.constData())));
    case ExpiresColumn:
        if (!b.expiresAt || b.status.terminal())
            return QString();
        return TimeText::relative(*b.expiresAt, now());
    case MetadataColumn:
        return e.metadataText;
    default:
        return {};
    }
}

QString BatchTableModel::metadataText(const Batch &b)
{
    QStringList parts;
    for (auto it = b.metadata.begin(); it != b.metadata.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QStringLiteral(", "));
}

qint64 BatchTableModel::etaSortKey(int row) const
{
    return etaSeconds(row).value_or(std::numeric_limits<qint64>::max());
}

QString BatchTableModel::tooltip(const Entry &e, int column) const
{
    const Batch &b = e.batch;
    const int row = int(&e - m_entries.constData());
    if (e.stale) {
        // Stale data must look stale: say how old it is, whatever the column.
        return tr("Last seen %1. Its connection is offline, so this row may be out of date.")
            .arg(TimeText::clockTime(e.seenAt));
    }
    switch (column) {
    case ProgressColumn: {
        const QLocale l;
        return tr("%1 succeeded, %2 failed, %3 expired, %4 cancelled, %5 remaining of %6")
            .arg(l.toString(b.counts.succeededCount()), l.toString(b.counts.failed), l.toString(b.counts.expired),
                 l.toString(b.counts.canceled), l.toString(b.counts.remaining()), l.toString(b.counts.total));
    }
    case StatusColumn:
        if (!b.processingStatus.isEmpty())
            return tr("%1 (provider status: %2)").arg(StatusCategory::countsText(b), b.processingStatus);
        return StatusCategory::countsText(b);
    case ElapsedColumn:
        return tr("Elapsed: %1").arg(TimeText::duration(elapsedSeconds(row)));
    case EtaColumn: {
        const EtaEstimate estimate = eta(row);
        if (estimate.seconds)
            return tr("Done in about %1, at the pace seen so far").arg(TimeText::duration(*estimate.seconds));
        if (estimate.afterExpiry)
            return tr("At the pace seen so far, it will not finish before it expires.");
        if (estimate.tooFar)
            return tr("At the pace seen so far, it would take more than %1 days.")
                .arg(QLocale().toString(EtaEstimate::kMaxSeconds / 86400));
        return {};
    }
    case ExpiresColumn:
        return b.expiresAt ? TimeText::localDateTime(*b.expiresAt) : QString();
    case CreatedColumn:
        return b.createdAt ? TimeText::relative(*b.createdAt, now()) : QString();
    default:
        return display(e, column).toString();
    }
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    const Batch &b = e.batch;
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        return tooltip(e, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ProgressColumn || index.column() == ElapsedColumn || index.column() == EtaColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return b.key();
    case StatusKindRole:
        return int(b.status.kind());
    case CategoryRole:
        return int(StatusCategory::of(b));
    case SucceededRole:
        return b.counts.succeededCount();
    case UnsuccessfulRole:
        return b.counts.unsuccessful();
    case TotalRole:
        return b.counts.total;
    case StaleRole:
        return e.stale;
    case TerminalRole:
        return b.status.terminal();
    default:
        return {};
    }
}

bool BatchTableModel::lessThan(int l, int r, int column) const
{
    const Batch &a = m_entries.at(l).batch;
    const Batch &b = m_entries.at(r).batch;
    auto byText = [](const QString &x, const QString &y) { return x.compare(y, Qt::CaseInsensitive) < 0; };
    switch (column) {
    case IdColumn:
        return byText(a.id, b.id);
    case ConnectionColumn:
        return byText(a.connection, b.connection);
    case ProviderColumn:
        return byText(a.provider, b.provider);
    case StatusColumn: {
        const auto ca = StatusCategory::of(a);
        const auto cb = StatusCategory::of(b);
        if (ca != cb)
            return ca < cb;
        if (a.status.kind() != b.status.kind())
            return a.status.kind() < b.status.kind();
        return byText(a.status.wire(), b.status.wire());
    }
    case ProgressColumn: {
        const double fa = a.counts.fraction();
        const double fb = b.counts.fraction();
        return fa != fb ? fa < fb : a.counts.total < b.counts.total;
    }
    case EndpointColumn:
        return byText(a.endpoint, b.endpoint);
    case ModelColumn:
        return byText(a.model, b.model);
    case CreatedColumn:
        return a.createdAt.value_or(0) < b.createdAt.value_or(0);
    case ElapsedColumn:
        return elapsedSeconds(l) < elapsedSeconds(r);
    case EtaColumn:
        return etaSortKey(l) < etaSortKey(r);
    case ExpiresColumn:
        return a.expiresAt.value_or(0) < b.expiresAt.value_or(0);
    case MetadataColumn:
        return byText(m_entries.at(l).metadataText, m_entries.at(r).metadataText);
    default:
        return false;
    }
}

bool BatchTableModel::apply(int row, const Batch &incoming, qint64 at)
{
    Entry &e = m_entries[row];
    e.seenAt = at;
    const bool wasActive = e.batch.status.active();
    if (incoming.status.active() || wasActive)
        e.rate.addSample(at, incoming.counts.processed());
    if (e.batch.sameAs(incoming)) {
        // Keep the freshest raw view without a repaint; when it is the very same
        // buffer, leave it alone rather than touch its reference count.
        if (!e.batch.raw.isSharedWith(incoming.raw))
            e.batch.raw = incoming.raw;
        if (!e.batch.extraFields.isSharedWith(incoming.extraFields))
            e.batch.extraFields = incoming.extraFields;
        return false;
    }
    if (e.batch.metadata != incoming.metadata)
        e.metadataText = metadataText(incoming);
    e.batch = incoming;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (wasActive && incoming.status.terminal())
        Q_EMIT batchFinished(incoming);
    return true;
}

void BatchTableModel::insertNew(const QString &source, QList<Batch> batches, qint64 at, quint32 seenBy)
{
    if (batches.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(batches.size()) - 1);
    // Grow geometrically: reserving just enough for each slice would move every row each time.
    if (m_entries.capacity() < m_entries.size() + batches.size())
        m_entries.reserve(std::max(m_entries.size() + batches.size(), 2 * m_entries.size()));
    for (Batch &b : batches) {
        Entry e;
        e.source = source;
        e.seenAt = at;
        e.seenBy = seenBy;
        if (b.status.active())
            e.rate.addSample(at, b.counts.processed());
        e.metadataText = metadataText(b);
        e.batch = std::move(b);
        m_rowByKey.insert(BatchKey::of(e.batch), int(m_entries.size()));
        m_entries.append(std::move(e));
    }
    endInsertRows();
}

qsizetype BatchTableModel::pendingBatches() const
{
    qsizetype n = 0;
    for (const MergeJob &job : m_jobs)
        n += job.batches.size() - job.next;
    return n;
}

bool BatchTableModel::mergeSlice()
{
    QElapsedTimer timer;
    timer.start();
    bool counts = false; // whether this slice changed what the category counts see
    while (!m_jobs.isEmpty()) {
        MergeJob &job = m_jobs.first();
        const MergeResult before = job.result;
        QList<Batch> fresh;
        // A listing may hold the same batch twice (a page boundary that moved):
        // the later copy wins, and it is one row.
        QHash<BatchKey, qsizetype> freshAt;
        while (job.next < job.batches.size() && fresh.size() < m_sliceRows) {
            const Batch &b = job.batches.at(job.next++);
            if (!m_removedWhileMerging.isEmpty() && m_removedWhileMerging.contains(BatchKey::of(b)))
                continue;
            const int target = findRow(b, &job.hint);
            if (target < 0) {
                const BatchKey key = BatchKey::of(b);
                const auto known = freshAt.constFind(key);
                if (known != freshAt.constEnd()) {
                    fresh[*known] = b;
                } else {
                    freshAt.insert(key, fresh.size());
                    fresh.append(b);
                }
            } else {
                Entry &e = m_entries[target];
                e.seenBy = job.generation;
                if (e.stale) {
                    e.stale = false;
                    Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1), {StaleRole, Qt::ToolTipRole});
                }
                if (apply(target, b, job.at))
                    ++job.result.changed;
            }
            if ((job.next & 63) == 0 && timer.nsecsElapsed() > kSliceBudgetNs)
                break;
        }
        if (!fresh.isEmpty()) {
            QElapsedTimer inserting;
            inserting.start();
            const int rows = int(fresh.size());
            job.result.added += rows;
            insertNew(job.source, std::move(fresh), job.at, job.generation);
            // What a row cost to insert here, with whatever views are attached.
            if (rows >= kMinSliceRows) {
                const qint64 spent = std::max<qint64>(1, inserting.nsecsElapsed());
                m_sliceRows
                    = int(std::clamp<qint64>(qint64(rows) * kInsertTargetNs / spent, kMinSliceRows, kMaxSliceRows));
            }
        }
        counts = counts || job.result.added != before.added || job.result.changed != before.changed;
        if (job.next < job.batches.size())
            break; // the slice is spent
        finishJob(job);
        counts = counts || job.result.removed != 0;
        m_lastFinishedGeneration = job.generation;
        m_lastFinishedResult = job.result;
        m_jobs.removeFirst();
        if (timer.nsecsElapsed() > kSliceBudgetNs)
            break;
    }
    if (m_jobs.isEmpty())
        m_removedWhileMerging.clear();
    if (counts)
        recountCategories();
    return m_jobs.isEmpty();
}

void BatchTableModel::finishJob(MergeJob &job)
{
    if (!job.complete)
        return;
    QList<int> gone;
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &e = m_entries.at(row);
        if (e.seenBy != job.generation && e.source == job.source)
            gone.append(row);
    }
    job.result.removed = int(gone.size());
    removeRowsAt(gone);
}

int BatchTableModel::findRow(const Batch &b, int *hint) const
{
    const int guess = *hint;
    if (guess < m_entries.size()) {
        const Batch &e = m_entries.at(guess).batch;
        if (e.id == b.id && e.provider == b.provider && e.sourceId == b.sourceId) {
            *hint = guess + 1;
            return guess;
        }
    }
    const int row = m_rowByKey.value(BatchKey::of(b), -1);
    if (row >= 0)
        *hint = row + 1;
    return row;
}

void BatchTableModel::removeRowsAt(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Remove contiguous ranges from the end, so earlier row numbers stay valid.
    int i = int(rows.size()) - 1;
    while (i >= 0) {
        int j = i;
        while (j > 0 && rows.at(j - 1) == rows.at(j) - 1)
            --j;
        beginRemoveRows(QModelIndex(), rows.at(j), rows.at(i));
        m_entries.remove(rows.at(j), rows.at(i) - rows.at(j) + 1);
        endRemoveRows();
        i = j - 1;
    }
    reindex();
}

void BatchTableModel::reindex()
{
    m_rowByKey.clear();
    m_rowByKey.reserve(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row)
        m_rowByKey.insert(BatchKey::of(m_entries.at(row).batch), row);
}

bool BatchTableModel::isConsistent() const
{
    if (m_rowByKey.size() != m_entries.size())
        return false; // a key twice, or a row missing from the index
    for (auto it = m_rowByKey.begin(); it != m_rowByKey.end(); ++it) {
        if (it.value() < 0 || it.value() >= m_entries.size()
            || !(BatchKey::of(m_entries.at(it.value()).batch) == it.key()))
            return false;
    }
    return true;
}

BatchTableModel::MergeResult BatchTableModel::mergeListing(const QString &source, const QList<Batch> &batches,
                                                           bool complete)
{
    if (complete) {
        // A newer complete listing of the source makes its waiting ones moot.
        m_jobs.removeIf([&source](const MergeJob &job) { return job.source == source; });
    }
    MergeJob job;
    job.source = source;
    job.batches = batches; // shared, not copied
    job.complete = complete;
    job.at = now(); // one reading of the clock for the whole listing: it can be a system call
    job.generation = ++m_generation;
    // Room for every row the listing may add, taken once: growing slice by slice
    // would move (and touch) all the rows again and again.
    if (m_entries.capacity() < m_entries.size() + batches.size() && m_entries.size() < batches.size())
        m_entries.reserve(m_entries.size() + batches.size());
    m_jobs.append(std::move(job));
    if (m_jobs.size() > 1)
        return {}; // behind another listing still going in: its turn comes from the event loop
    const quint32 generation = m_generation;
    if (mergeSlice())
        return m_lastFinishedGeneration == generation ? m_lastFinishedResult : MergeResult();
    m_sliceTimer->start();
    return m_jobs.first().result; // so far
}

bool BatchTableModel::updateBatch(const QString &source, const Batch &batch)
{
    const int row = m_rowByKey.value(BatchKey::of(batch), -1);
    if (row < 0) {
        insertNew(source, {batch}, now());
        recountCategories();
        return true;
    }
    const bool changed = apply(row, batch, now());
    if (changed)
        recountCategories();
    return changed;
}

void BatchTableModel::removeSource(const QString &source)
{
    m_jobs.removeIf([&source](const MergeJob &job) { return job.source == source; });
    QList<int> rows;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).source == source)
            rows.append(row);
    }
    removeRowsAt(rows);
    recountCategories();
}

bool BatchTableModel::removeBatch(const QString &key)
{
    // A listing still going in may hold it: it must not come back from there.
    const BatchKey k = BatchKey::fromString(key);
    if (!m_jobs.isEmpty())
        m_removedWhileMerging.insert(k);
    const int row = rowOf(k);
    if (row < 0)
        return !m_jobs.isEmpty();
    removeRowsAt({row});
    recountCategories();
    return true;
}

void BatchTableModel::setSourceStale(const QString &source, bool stale)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        if (e.source == source && e.stale != stale) {
            e.stale = stale;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {StaleRole, Qt::ToolTipRole});
        }
    }
}

QList<Batch> BatchTableModel::activeBatches(const QString &source) const
{
    QList<Batch> out;
    for (const Entry &e : m_entries) {
        if (e.source == source && e.batch.status.active())
            out.append(e.batch);
    }
    return out;
}

void BatchTableModel::tick()
{
    // One dataChanged per run of neighbouring active rows, not one per row.
    // DisplayRole is the proxy's sort role: the times that moved re-sort their rows.
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole};
    int first = -1;
    for (int row = 0; row <= m_entries.size(); ++row) {
        const bool active = row < m_entries.size() && m_entries.at(row).batch.status.active();
        if (active && first < 0) {
            first = row;
        } else if (!active && first >= 0) {
            Q_EMIT dataChanged(index(first, ElapsedColumn), index(row - 1, ExpiresColumn), roles);
            first = -1;
        }
    }
}

void BatchTableModel::recountCategories()
{
    std::array<int, StatusCategory::Count> counts{};
    counts[StatusCategory::All] = int(m_entries.size());
    for (const Entry &e : m_entries)
        ++counts[StatusCategory::of(e.batch)];
    if (counts != m_categoryCounts) {
        m_categoryCounts = counts;
        Q_EMIT categoryCountsChanged();
    }
}
