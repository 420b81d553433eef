#include "ResultRow.h"

QString outcomeWire(ResultOutcome outcome)
{
    switch (outcome) {
    case ResultOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case ResultOutcome::Errored:
        return QStringLiteral("errored");
    case ResultOutcome::Expired:
        return QStringLiteral("expired");
    case ResultOutcome::Canceled:
        return QStringLiteral("canceled");
    }
    return QStringLiteral("errored");
}

bool outcomeFromWire(const QString &word, ResultOutcome *out)
{
    const QString w = word.trimmed().toLower();
    if (w == u"succeeded" || w == u"success")
        *out = ResultOutcome::Succeeded;
    else if (w == u"errored" || w == u"failed" || w == u"error")
        *out = ResultOutcome::Errored;
    else if (w == u"expired")
        *out = ResultOutcome::Expired;
    else if (w == u"canceled" || w == u"cancelled")
        *out = ResultOutcome::Canceled;
    else
        return false;
    return true;
}
