#include "StatusCategory.h"

#include <QLocale>
#include <QStringList>

namespace {

// A finished batch whose status word does not say how it went: judge it by
// what happened to its requests.
StatusCategory::Kind fromCounts(const Batch &b)
{
    const RequestCounts &c = b.counts;
    // Anthropic marks a cancelled batch only with cancel_initiated_at before `ended`.
    if (b.status.kind() == BatchStatus::Ended && b.cancellingAt && c.canceled > 0)
        return StatusCategory::Cancelled;
    if (c.unsuccessful() == 0)
        return StatusCategory::Completed;
    if (c.succeededCount() > 0)
        return StatusCategory::Partial;
    // Nothing succeeded: name what happened to most of the requests.
    if (c.expired >= c.failed && c.expired >= c.canceled)
        return StatusCategory::Expired;
    if (c.canceled >= c.failed)
        return StatusCategory::Cancelled;
    return StatusCategory::Failed;
}

} // namespace

StatusCategory::Kind StatusCategory::of(const Batch &b)
{
    switch (b.status.kind()) {
    case BatchStatus::Completed:
    case BatchStatus::Ended:
        return fromCounts(b);
    case BatchStatus::Failed:
        return Failed;
    case BatchStatus::Expired:
        return Expired;
    case BatchStatus::Cancelled:
        return Cancelled;
    default:
        return Active;
    }
}

bool StatusCategory::contains(Mask filter, const Batch &batch)
{
    return (filter & bit(All)) || (filter & bit(of(batch)));
}

QString StatusCategory::label(Kind kind)
{
    switch (kind) {
    case All:
        return tr("All");
    case Active:
        return tr("Active");
    case Completed:
        return tr("Completed");
    case Partial:
        return tr("With errors");
    case Failed:
        return tr("Failed");
    case Expired:
        return tr("Expired");
    case Cancelled:
        return tr("Cancelled");
    case Count:
        break;
    }
    return {};
}

QString StatusCategory::emptyText(Mask filter)
{
    if ((filter & bit(All)) || filter == 0)
        return tr("No batches");
    Kind only = Count;
    for (int k = Active; k < Count; ++k) {
        if (filter & bit(Kind(k)))
            only = only == Count ? Kind(k) : All; // All here: more than one
    }
    switch (only) {
    case Active:
        return tr("No active batches");
    case Completed:
        return tr("No completed batches");
    case Partial:
        return tr("No batches with errors");
    case Failed:
        return tr("No failed batches");
    case Expired:
        return tr("No expired batches");
    case Cancelled:
        return tr("No cancelled batches");
    default:
        return tr("No batches with these statuses");
    }
}

QString StatusCategory::statusText(const BatchStatus &status)
{
    switch (status.kind()) {
    case BatchStatus::Validating:
        return tr("validating");
    case BatchStatus::InProgress:
        return tr("in progress");
    case BatchStatus::Finalizing:
        return tr("finalizing");
    case BatchStatus::Cancelling:
        return tr("cancelling");
    case BatchStatus::Completed:
        return tr("completed");
    case BatchStatus::Failed:
        return tr("failed");
    case BatchStatus::Expired:
        return tr("expired");
    case BatchStatus::Cancelled:
        return tr("cancelled");
    case BatchStatus::Ended:
        return tr("ended");
    case BatchStatus::Unknown:
        break;
    }
    return status.wire().isEmpty() ? tr("unknown") : status.wire();
}

QString StatusCategory::outcomeText(const Batch &batch)
{
    if (!batch.status.terminal())
        return statusText(batch.status);
    switch (of(batch)) {
    case Completed:
        return tr("completed");
    case Partial:
        return tr("ended with errors");
    case Failed:
        return tr("failed");
    case Expired:
        return tr("expired");
    case Cancelled:
        return tr("cancelled");
    default:
        return statusText(batch.status);
    }
}

QString StatusCategory::countsText(const Batch &b)
{
    const QLocale l;
    const RequestCounts &c = b.counts;
    if (!b.status.terminal())
        return tr("%1 of %2 requests done").arg(l.toString(c.processed()), l.toString(c.total));
    if (c.total == 0 && c.processed() == 0)
        return tr("no requests");
    const qint64 succeeded = c.succeededCount();
    if (c.unsuccessful() == 0 && c.remaining() == 0)
        return tr("all %1 requests succeeded").arg(l.toString(succeeded));
    // Requests a finished batch never ran: an expired or cancelled batch says why.
    qint64 expired = c.expired;
    qint64 cancelled = c.canceled;
    qint64 notRun = 0;
    const auto kind = b.status.kind();
    if (kind == BatchStatus::Expired)
        expired += c.remaining();
    else if (kind == BatchStatus::Cancelled)
        cancelled += c.remaining();
    else
        notRun = c.remaining();
    QStringList parts;
    if (succeeded > 0)
        parts << tr("%1 succeeded").arg(l.toString(succeeded));
    if (expired > 0)
        parts << tr("%1 expired").arg(l.toString(expired));
    if (cancelled > 0)
        parts << tr("%1 cancelled").arg(l.toString(cancelled));
    if (c.failed > 0)
        parts << tr("%1 failed").arg(l.toString(c.failed));
    if (notRun > 0)
        parts << tr("%1 not run").arg(l.toString(notRun));
    if (parts.isEmpty())
        return tr("no requests ran");
    return parts.join(QStringLiteral(", "));
}
