#include "ResultEncoder.h"

#include "JsonText.h"

namespace ResultEncoder {

QByteArray toNormalizedJson(const ResultRow &row)
{
    // Built by hand rather than through QJsonObject so that the body is emitted
    // exactly as received (QJsonObject would reorder its keys) and the key order is stable.
    QByteArray out;
    out.reserve(row.body.size() + 128);
    out += "{\"custom_id\":";
    out += JsonText::quoted(row.customId);
    out += ",\"outcome\":\"";
    out += outcomeWire(row.outcome).toLatin1();
    out += "\",\"status_code\":";
    out += row.statusCode > 0 ? QByteArray::number(row.statusCode) : QByteArrayLiteral("null");
    out += ",\"body\":";
    out += row.body.isEmpty() ? QByteArrayLiteral("null") : row.body;
    out += ",\"error\":";
    if (row.errorCode.isEmpty() && row.errorMessage.isEmpty()) {
        out += "null";
    } else {
        out += "{\"code\":";
        out += row.errorCode.isEmpty() ? QByteArrayLiteral("null") : JsonText::quoted(row.errorCode);
        out += ",\"message\":";
        out += JsonText::quoted(row.errorMessage);
        out += '}';
    }
    out += '}';
    return out;
}

} // namespace ResultEncoder
