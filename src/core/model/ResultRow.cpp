#include "ResultRow.h"

#include "json/JsonText.h"


QString outcomeWire(ResultOutcome outcome)
{
    switch (outcome) {
    case ResultOutcome::Succeeded: return QStringLiteral("succeeded");
    case ResultOutcome::Errored: return QStringLiteral("errored");
    case ResultOutcome::Expired: return QStringLiteral("expired");
    case ResultOutcome::Canceled: return QStringLiteral("canceled");
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

QByteArray ResultRow::toNormalizedJson() const
{
    // Built by hand rather than through QJsonObject so that the body is emitted
    // exactly as received (QJsonObject would reorder its keys) and the key order is stable.
    QByteArray out;
    out.reserve(body.size() + 128);
    out += "{\"custom_id\":";
    out += JsonText::quoted(customId);
    out += ",\"outcome\":\"";
    out += outcomeWire(outcome).toLatin1();
    out += "\",\"status_code\":";
    out += statusCode > 0 ? QByteArray::number(statusCode) : QByteArrayLiteral("null");
    out += ",\"body\":";
    out += body.isEmpty() ? QByteArrayLiteral("null") : body;
    out += ",\"error\":";
    if (errorCode.isEmpty() && errorMessage.isEmpty()) {
        out += "null";
    } else {
        out += "{\"code\":";
        out += errorCode.isEmpty() ? QByteArrayLiteral("null") : JsonText::quoted(errorCode);
        out += ",\"message\":";
        out += JsonText::quoted(errorMessage);
        out += '}';
    }
    out += '}';
    return out;
}
