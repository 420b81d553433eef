#include "BatchStatus.h"

BatchStatus::BatchStatus(Kind kind)
    : m_kind(kind)
    , m_wire(canonicalWire(kind))
{ }

BatchStatus BatchStatus::fromWire(const QString &value)
{
    BatchStatus status;
    status.m_wire = value;
    const QString v = value.trimmed().toLower();
    if (v == u"validating")
        status.m_kind = Validating;
    else if (v == u"in_progress")
        status.m_kind = InProgress;
    else if (v == u"finalizing")
        status.m_kind = Finalizing;
    else if (v == u"cancelling" || v == u"canceling")
        status.m_kind = Cancelling;
    else if (v == u"completed")
        status.m_kind = Completed;
    else if (v == u"failed")
        status.m_kind = Failed;
    else if (v == u"expired")
        status.m_kind = Expired;
    else if (v == u"cancelled" || v == u"canceled")
        status.m_kind = Cancelled;
    else if (v == u"ended")
        status.m_kind = Ended;
    return status;
}

bool BatchStatus::terminal() const
{
    switch (m_kind) {
    case Completed:
    case Failed:
    case Expired:
    case Cancelled:
    case Ended:
        return true;
    default:
        return false;
    }
}

QString BatchStatus::canonicalWire(Kind kind)
{
    switch (kind) {
    case Validating:
        return QStringLiteral("validating");
    case InProgress:
        return QStringLiteral("in_progress");
    case Finalizing:
        return QStringLiteral("finalizing");
    case Cancelling:
        return QStringLiteral("cancelling");
    case Completed:
        return QStringLiteral("completed");
    case Failed:
        return QStringLiteral("failed");
    case Expired:
        return QStringLiteral("expired");
    case Cancelled:
        return QStringLiteral("cancelled");
    case Ended:
        return QStringLiteral("ended");
    case Unknown:
        break;
    }
    return {};
}
