#include "StatusCategory.h"

StatusCategory::Kind StatusCategory::of(const Batch &b)
{
    switch (b.status.kind()) {
    case BatchStatus::Completed:
        return Completed;
    case BatchStatus::Failed:
        return Failed;
    case BatchStatus::Expired:
        return Expired;
    case BatchStatus::Cancelled:
        return Cancelled;
    case BatchStatus::Ended:
        // Anthropic ends every batch the same way; the counts tell how.
        if (b.counts.canceled > 0)
            return Cancelled;
        if (b.counts.expired > 0 && b.counts.succeeded + b.counts.completed == 0)
            return Expired;
        if (b.counts.total > 0 && b.counts.failed == b.counts.total)
            return Failed;
        return Completed;
    default:
        return Active;
    }
}

bool StatusCategory::contains(Kind filter, const Batch &batch)
{
    return filter == All || of(batch) == filter;
}

QString StatusCategory::label(Kind kind)
{
    switch (kind) {
    case All: return tr("All");
    case Active: return tr("Active");
    case Completed: return tr("Completed");
    case Failed: return tr("Failed");
    case Expired: return tr("Expired");
    case Cancelled: return tr("Cancelled");
    case Count: break;
    }
    return {};
}

QString StatusCategory::statusText(const BatchStatus &status)
{
    switch (status.kind()) {
    case BatchStatus::Validating: return tr("validating");
    case BatchStatus::InProgress: return tr("in progress");
    case BatchStatus::Finalizing: return tr("finalizing");
    case BatchStatus::Cancelling: return tr("cancelling");
    case BatchStatus::Completed: return tr("completed");
    case BatchStatus::Failed: return tr("failed");
    case BatchStatus::Expired: return tr("expired");
    case BatchStatus::Cancelled: return tr("cancelled");
    case BatchStatus::Ended: return tr("ended");
    case BatchStatus::Unknown: break;
    }
    return status.wire().isEmpty() ? tr("unknown") : status.wire();
}
