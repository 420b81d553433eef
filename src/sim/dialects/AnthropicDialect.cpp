#include "AnthropicDialect.h"

#include "SimBatch.h"
#include "SimStore.h"

#include <QJsonDocument>

using SimHttp::json;

QString AnthropicDialect::routeName(const Call &call) const
{
    QStringList s = call.routeSegments();
    if (s.value(0) != u"messages" || s.value(1) != u"batches")
        return QStringLiteral("other");
    s.removeFirst();
    if (s.size() == 1)
        return call.method == "POST" ? QStringLiteral("create") : QStringLiteral("list");
    if (s.size() == 3 && s.at(2) == u"cancel")
        return QStringLiteral("cancel");
    if (s.size() == 3 && s.at(2) == u"results")
        return QStringLiteral("content");
    return call.method == "DELETE" ? QStringLiteral("delete") : QStringLiteral("retrieve");
}

namespace {
// The key as sent: x-api-key, or (the official SDKs since 1.x) a bearer token.
QByteArray keyOf(const SimHttp::Call &call)
{
    const QByteArray header = call.header("x-api-key");
    if (!header.isEmpty())
        return header;
    const QByteArray authorization = call.header("authorization");
    return authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
}
} // namespace

bool AnthropicDialect::authorised(const Call &call, const QByteArray &key) const
{
    return keyOf(call) == key;
}

AnthropicDialect::Reply AnthropicDialect::unauthorised(const Call &call) const
{
    // Like OpenAI, it names the key it was given; a client must not repeat it.
    return error(401, QStringLiteral("authentication_error"),
                 QStringLiteral("Incorrect API key provided: %1").arg(QString::fromUtf8(keyOf(call))), routeName(call));
}

AnthropicDialect::Reply AnthropicDialect::error(int status, const QString &, const QString &message, const QString &,
                                                const QString &, const QString &) const
{
    // Anthropic names the kind in error.type; it has no separate code.
    const QString type = status == 404   ? QStringLiteral("not_found_error")
                         : status == 401 ? QStringLiteral("authentication_error")
                         : status == 429 ? QStringLiteral("rate_limit_error")
                         : status >= 500 ? QStringLiteral("api_error")
                                         : QStringLiteral("invalid_request_error");
    return json(
        {{QStringLiteral("type"), QStringLiteral("error")},
         {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}}}},
        status);
}

QJsonObject AnthropicDialect::batchJson(const SimBatch &batch) const
{
    return batch.toAnthropicJson(m_store.now(), m_url().toString());
}

AnthropicDialect::Reply AnthropicDialect::dispatch(const Call &call, const std::optional<Fault> &)
{
    const QStringList s = call.routeSegments();
    if (s.value(0) == u"messages" && s.value(1) == u"batches") {
        if (s.size() == 2) {
            if (call.method == "GET")
                return list(call);
            if (call.method == "POST")
                return create(call);
        } else if (s.size() <= 4) {
            return batchRoute(call, s.at(2), s.value(3));
        }
    }
    return error(404, QString(), QStringLiteral("Not found: %1").arg(call.rawPath), QString());
}

AnthropicDialect::Reply AnthropicDialect::list(const Call &call)
{
    int limit = 20;
    if (call.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = call.param(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return error(400, QString(), QStringLiteral("limit: must be between 1 and 1000"), QString());
    }
    const QList<SimBatch *> all = m_store.batches(QStringLiteral("anthropic"));
    qsizetype afterIndex = -1;
    qsizetype beforeIndex = -1;
    if (call.query.hasQueryItem(QStringLiteral("after_id"))
        && (afterIndex = indexOfId(all, call.param(QStringLiteral("after_id")))) < 0)
        return error(400, QString(), QStringLiteral("after_id: no such batch"), QString());
    if (call.query.hasQueryItem(QStringLiteral("before_id"))
        && (beforeIndex = indexOfId(all, call.param(QStringLiteral("before_id")))) < 0)
        return error(400, QString(), QStringLiteral("before_id: no such batch"), QString());
    const PageSlice slice = slicePage(all, afterIndex, beforeIndex, limit);
    QJsonObject page{{QStringLiteral("data"), slice.data}, {QStringLiteral("has_more"), slice.hasMore}};
    page.insert(QStringLiteral("first_id"), slice.first < 0 ? QJsonValue() : QJsonValue(all.at(slice.first)->id));
    page.insert(QStringLiteral("last_id"), slice.last < 0 ? QJsonValue() : QJsonValue(all.at(slice.last)->id));
    return json(page);
}

AnthropicDialect::Reply AnthropicDialect::create(const Call &call)
{
    const QJsonArray requests = QJsonDocument::fromJson(call.body).object().value(QStringLiteral("requests")).toArray();
    if (requests.isEmpty())
        return error(400, QString(), QStringLiteral("requests: field required"), QString());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject r = requests.at(i).toObject();
        if (r.value(QStringLiteral("custom_id")).toString().isEmpty() || !r.value(QStringLiteral("params")).isObject())
            return error(400, QString(), QStringLiteral("requests.%1: custom_id and params are required").arg(i),
                         QString());
    }
    SimStore::CreateRequest r;
    r.provider = QStringLiteral("anthropic");
    const QJsonObject firstParams = requests.first().toObject().value(QStringLiteral("params")).toObject();
    r.model = QStringLiteral("anthropic/") + firstParams.value(QStringLiteral("model")).toString();
    r.endpoint = QStringLiteral("/v1/messages");
    r.requests = requests;
    QString why;
    SimBatch *batch = m_store.create(r, &why);
    if (!batch)
        return error(400, QString(), why, QString());
    return json(batchJson(*batch));
}

AnthropicDialect::Reply AnthropicDialect::batchRoute(const Call &call, const QString &id, const QString &action)
{
    SimBatch *batch = m_store.find(QStringLiteral("anthropic"), id);
    if (!batch)
        return error(404, QString(), QStringLiteral("Batch %1 not found").arg(id), QString());
    const SimBatch::Snapshot s = batch->at(m_store.now());
    if (action.isEmpty() && call.method == "GET")
        return json(batchJson(*batch));
    if (action.isEmpty() && call.method == "DELETE") {
        if (!s.terminal())
            return error(400, QString(),
                         QStringLiteral("Batch %1 cannot be deleted while it is still processing").arg(id), QString());
        m_store.remove(QStringLiteral("anthropic"), id);
        return json({{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("message_batch_deleted")}});
    }
    if (action == u"cancel" && call.method == "POST") {
        if (!m_store.cancel(batch))
            return error(400, QString(), QStringLiteral("Batch %1 has already ended").arg(id), QString());
        return json(batchJson(*batch));
    }
    if (action == u"results" && call.method == "GET") {
        if (!s.terminal())
            return error(
                400, QString(),
                QStringLiteral("Batch %1 is still processing; results are available once it has ended").arg(id),
                QString());
        Reply r;
        r.contentType = "application/binary";
        r.filePath = m_store.anthropicResultsPath(batch, false);
        return r;
    }
    return error(405, QString(), QStringLiteral("method not allowed"), QString());
}
