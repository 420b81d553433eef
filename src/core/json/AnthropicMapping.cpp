#include "AnthropicMapping.h"

#include "BatchDecoder.h"
#include "JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace AnthropicMapping {

QJsonObject toUnified(const QJsonObject &native)
{
    QJsonObject u;
    auto copy = [&](const char *from, const char *to) {
        const QJsonValue v = native.value(QLatin1String(from));
        if (!v.isUndefined() && !v.isNull())
            u.insert(QLatin1String(to), v);
    };
    copy("id", "id");
    copy("type", "object");
    copy("created_at", "created_at");
    copy("expires_at", "expires_at");
    copy("archived_at", "archived_at");
    copy("ended_at", "completed_at");
    copy("cancel_initiated_at", "cancelling_at");
    copy("results_url", "results_url");

    const QJsonValue processing = native.value(QStringLiteral("processing_status"));
    if (processing.isString()) {
        const QString p = processing.toString();
        u.insert(QStringLiteral("processing_status"), p);
        // Unknown values pass through verbatim: shown as they are, never guessed.
        u.insert(QStringLiteral("status"), p == u"canceling" ? QStringLiteral("cancelling") : p);
    } else if (!processing.isUndefined()) {
        u.insert(QStringLiteral("processing_status"), processing); // the decoder reports the wrong type
    }

    const QJsonValue countsValue = native.value(QStringLiteral("request_counts"));
    if (countsValue.isObject()) {
        const QJsonObject n = countsValue.toObject();
        QJsonObject c;
        auto move = [&](const char *from, std::initializer_list<const char *> to) {
            const QJsonValue v = n.value(QLatin1String(from));
            if (v.isUndefined() || v.isNull())
                return;
            for (const char *key : to)
                c.insert(QLatin1String(key), v);
        };
        move("processing", {"pending"});
        move("succeeded", {"succeeded", "completed"});
        move("errored", {"failed"});
        move("canceled", {"canceled"});
        move("expired", {"expired"});
        // The total is the sum of the five; odd values are left for the decoder to warn about.
        double total = 0;
        for (const char *key : {"processing", "succeeded", "errored", "canceled", "expired"}) {
            const QJsonValue v = n.value(QLatin1String(key));
            if (v.isDouble() && v.toDouble() > 0)
                total += v.toDouble();
        }
        c.insert(QStringLiteral("total"), total);
        u.insert(QStringLiteral("request_counts"), c);
    } else if (!countsValue.isUndefined()) {
        u.insert(QStringLiteral("request_counts"), countsValue);
    }
    u.insert(QStringLiteral("extra_fields"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("anthropic")}});
    return u;
}

Batch decodeBatch(const QJsonObject &native, const QString &, QStringList *warnings)
{
    Batch b = BatchDecoder::decodeBatch(toUnified(native), QStringLiteral("anthropic"), warnings);
    b.extraFields.clear();
    b.endpoint = QStringLiteral("/v1/messages");
    b.setRaw(QJsonDocument(native).toJson(QJsonDocument::Compact));
    return b;
}

BatchPage decodePage(const QJsonObject &native, QStringList *warnings)
{
    const JsonFieldReader r(native, QString(), warnings);
    BatchPage page;
    page.batches = BatchDecoder::decodeItems(r.array(QLatin1String("data")), QStringLiteral("anthropic"), &decodeBatch,
                                             warnings);
    page.hasMore = r.boolean(QLatin1String("has_more")).value_or(false);
    page.firstId = r.string(QLatin1String("first_id"));
    page.lastId = r.string(QLatin1String("last_id"));
    if (page.lastId.isEmpty() && !page.batches.isEmpty())
        page.lastId = page.batches.last().id;
    // The next page starts after the last id.
    if (page.hasMore)
        page.nextCursor = page.lastId;
    return page;
}

} // namespace AnthropicMapping
