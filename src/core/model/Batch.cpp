#include "Batch.h"

Timestamp Batch::endedAt() const
{
    for (const Timestamp &t : {completedAt, failedAt, expiredAt, cancelledAt}) {
        if (t)
            return t;
    }
    return std::nullopt;
}

void Batch::setRaw(QByteArray json)
{
    raw = std::move(json);
    // extra_fields carries per-answer data (latency, the request type): it is
    // left out, found verbatim because one serializer wrote both.
    size_t visible = 0;
    const QByteArray marker = extraFields.isEmpty() ? QByteArray() : "\"extra_fields\":" + extraFields;
    const qsizetype at = marker.isEmpty() ? -1 : raw.indexOf(marker);
    if (at >= 0)
        visible = qHashMulti(0, QByteArrayView(raw).first(at), QByteArrayView(raw).sliced(at + marker.size()));
    else
        visible = qHash(raw);
    contentHash = qHashMulti(visible, provider, model) | 1; // never 0, which means "not set"
}
