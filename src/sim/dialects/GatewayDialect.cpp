#include "GatewayDialect.h"

#include "GatewayOpenAiRoutes.h"
#include "SimBatch.h"
#include "SimStore.h"

#include <QFile>
#include <QJsonDocument>

using SimHttp::json;

namespace {

// The gateway's cursor: URL-safe base64 of {"v":1,"i":key index,"c":native cursor},
// the way it builds them (it pages each provider key in turn; the simulator has one).
QByteArray cursorFor(const QString &id)
{
    const QJsonObject state{{QStringLiteral("v"), 1}, {QStringLiteral("i"), 0}, {QStringLiteral("c"), id}};
    return QJsonDocument(state).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding);
}

QString idFromCursor(const QString &cursor)
{
    const auto raw = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding
                                                                           | QByteArray::AbortOnBase64DecodingErrors);
    if (!raw)
        return {};
    const QJsonObject state = QJsonDocument::fromJson(*raw).object();
    if (state.value(QStringLiteral("v")).toInt() != 1)
        return {};
    return state.value(QStringLiteral("c")).toString();
}

// A row of the gateway's /results as its Go structs write it: no `id`, and
// `error` only when there is one.
QByteArray gatewayRow(const QByteArray &line)
{
    QJsonObject row = QJsonDocument::fromJson(line).object();
    if (row.isEmpty())
        return line; // not ours to fix: pass it on as it is
    row.remove(QStringLiteral("id"));
    if (row.value(QStringLiteral("error")).isNull())
        row.remove(QStringLiteral("error"));
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

// The providers the gateway knows (API.md §1, seed 001); any other is refused.
bool knownProvider(const QString &provider)
{
    static const QStringList known{
        QStringLiteral("openai"),      QStringLiteral("azure"),      QStringLiteral("anthropic"),
        QStringLiteral("bedrock"),     QStringLiteral("cohere"),     QStringLiteral("vertex"),
        QStringLiteral("vllm"),        QStringLiteral("mistral"),    QStringLiteral("ollama"),
        QStringLiteral("groq"),        QStringLiteral("sgl"),        QStringLiteral("parasail"),
        QStringLiteral("perplexity"),  QStringLiteral("replicate"),  QStringLiteral("cerebras"),
        QStringLiteral("gemini"),      QStringLiteral("openrouter"), QStringLiteral("elevenlabs"),
        QStringLiteral("huggingface"), QStringLiteral("nebius"),     QStringLiteral("xai"),
        QStringLiteral("runway"),      QStringLiteral("fireworks")};
    return known.contains(provider);
}

} // namespace

GatewayDialect::GatewayDialect(SimStore &store, std::function<QUrl()> url, bool integrationRoutes)
    : SimDialect(store, url)
{
    if (integrationRoutes)
        m_integrationRoutes = std::make_unique<GatewayOpenAiRoutes>(store, std::move(url));
}

GatewayDialect::~GatewayDialect() = default;

SimDialect &GatewayDialect::dialectFor(Call *call)
{
    // The seeds' "OpenAI format" routes: /openai/v1/batches…, also without /v1.
    if (m_integrationRoutes && call->segments.value(0) == u"openai") {
        call->segments.removeFirst();
        return *m_integrationRoutes;
    }
    return *this;
}

QString GatewayDialect::routeName(const Call &call) const
{
    const QStringList s = call.routeSegments();
    if (s.value(0) == u"batches") {
        if (s.size() == 1)
            return call.method == "POST" ? QStringLiteral("create") : QStringLiteral("list");
        if (s.size() == 3 && s.at(2) == u"cancel")
            return QStringLiteral("cancel");
        if (s.size() == 3 && s.at(2) == u"results")
            return QStringLiteral("results");
        return QStringLiteral("retrieve");
    }
    if (s.value(0) == u"files") {
        if (s.size() == 1)
            return call.method == "POST" ? QStringLiteral("upload") : QStringLiteral("files");
        if (s.size() == 3 && s.at(2) == u"content")
            return QStringLiteral("content");
        return QStringLiteral("file");
    }
    return QStringLiteral("other");
}

bool GatewayDialect::authorised(const Call &call, const QByteArray &key) const
{
    return call.header("authorization") == "Bearer " + key || call.header("x-bf-vk") == key;
}

GatewayDialect::Reply GatewayDialect::unauthorised(const Call &call) const
{
    return error(401, QStringLiteral("authentication_error"), QStringLiteral("virtual key is missing or invalid"),
                 routeName(call), QString(), QStringLiteral("invalid_virtual_key"));
}

GatewayDialect::Reply GatewayDialect::error(int status, const QString &type, const QString &message,
                                            const QString &requestType, const QString &provider,
                                            const QString &code) const
{
    QJsonObject inner{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}};
    if (!code.isEmpty())
        inner.insert(QStringLiteral("code"), code);
    QJsonObject extra;
    if (!provider.isEmpty())
        extra.insert(QStringLiteral("provider"), provider);
    if (!requestType.isEmpty())
        extra.insert(QStringLiteral("request_type"), QStringLiteral("batch_") + requestType);
    QJsonObject envelope{{QStringLiteral("is_bifrost_error"), status != 400},
                         {QStringLiteral("status_code"), status},
                         {QStringLiteral("error"), inner}};
    if (!extra.isEmpty())
        envelope.insert(QStringLiteral("extra_fields"), extra);
    return json(envelope, status);
}

QJsonObject GatewayDialect::batchJson(const SimBatch &batch) const
{
    return batch.toJson(m_store.now());
}

QString GatewayDialect::providerOf(const Call &call) const
{
    return call.param(QStringLiteral("provider"));
}

QString GatewayDialect::defaultProvider(const Call &call) const
{
    return QString::fromUtf8(call.header("x-model-provider"));
}

qsizetype GatewayDialect::cursorIndex(const QList<SimBatch *> &all, const QString &cursor) const
{
    return indexOfId(all, idFromCursor(cursor));
}

bool GatewayDialect::pagingWorks(const QString &provider) const
{
    return provider != u"anthropic";
}

void GatewayDialect::finishPage(QJsonObject *page, const QList<SimBatch *> &all, const PageSlice &slice,
                                const Call &call, const std::optional<Fault> &fault, const QString &provider) const
{
    if (slice.hasMore)
        page->insert(QStringLiteral("next_cursor"), QString::fromLatin1(cursorFor(all.at(slice.last)->id)));
    else
        page->remove(QStringLiteral("has_more")); // the gateway omits it when false
    if (fault && fault->mode == Fault::Mode::RepeatCursor) {
        // Whatever was asked, point at the same page again.
        const QString after = call.param(QStringLiteral("after"));
        page->insert(QStringLiteral("has_more"), true);
        page->insert(QStringLiteral("next_cursor"),
                     after.isEmpty() ? QString::fromLatin1(cursorFor(all.isEmpty() ? QString() : all.first()->id))
                                     : after);
    } else if (fault && fault->mode == Fault::Mode::EmptyPage) {
        page->insert(QStringLiteral("data"), QJsonArray());
        page->insert(QStringLiteral("has_more"), true);
        page->insert(QStringLiteral("next_cursor"), QString::fromLatin1(cursorFor(QStringLiteral("empty"))));
    }
    addListingExtraFields(page, provider);
}

void GatewayDialect::addListingExtraFields(QJsonObject *page, const QString &provider)
{
    page->insert(QStringLiteral("extra_fields"),
                 QJsonObject{{QStringLiteral("request_type"), QStringLiteral("batch_list")},
                             {QStringLiteral("provider"), provider}});
}

std::optional<GatewayDialect::Reply> GatewayDialect::modelForCreate(const Call &, const QJsonObject &body,
                                                                    QString *model) const
{
    *model = body.value(QStringLiteral("model")).toString();
    return std::nullopt;
}

QJsonObject GatewayDialect::cancelAnswer(const QJsonObject &full) const
{
    QJsonObject partial;
    for (const char *key :
         {"id", "object", "status", "request_counts", "cancelling_at", "cancelled_at", "extra_fields"}) {
        if (full.contains(QLatin1String(key)))
            partial.insert(QLatin1String(key), full.value(QLatin1String(key)));
    }
    return partial;
}

GatewayDialect::Reply GatewayDialect::dispatch(const Call &call, const std::optional<Fault> &fault)
{
    const QStringList s = call.routeSegments();
    if (s.value(0) == u"batches") {
        if (s.size() == 1) {
            if (call.method == "GET")
                return listBatches(call, fault);
            if (call.method == "POST")
                return createBatch(call);
        } else if (s.size() <= 3) {
            return batchRoute(call, s.at(1), s.value(2));
        }
    } else if (s.value(0) == u"files") {
        if (s.size() == 1)
            return call.method == "POST" ? uploadFile(call) : listFiles(call);
        if (s.size() == 2 && call.method == "GET")
            return fileRoute(call, s.at(1), false);
        if (s.size() == 3 && s.at(2) == u"content" && call.method == "GET")
            return fileRoute(call, s.at(1), true);
    }
    return error(404, QStringLiteral("not_found"),
                 QStringLiteral("no route for %1 %2").arg(QString::fromLatin1(call.method), call.rawPath), QString());
}

GatewayDialect::Reply GatewayDialect::listBatches(const Call &call, const std::optional<Fault> &fault)
{
    const QString list = QStringLiteral("list");
    const QString invalid = QStringLiteral("invalid_request_error");
    const QString provider = providerOf(call);
    if (provider.isEmpty())
        return error(400, invalid, QStringLiteral("provider is required"), list);
    if (!knownProvider(provider))
        return error(400, invalid, QStringLiteral("unsupported provider: %1").arg(provider), list, provider);
    int limit = m_store.options().pageSize;
    if (call.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = call.param(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return error(400, invalid, QStringLiteral("limit must be at least 1"), list, provider);
        limit = std::min(limit, m_store.options().maxPageSize);
    }

    const QList<SimBatch *> all = m_store.batches(provider);
    const QString after = call.param(QStringLiteral("after"));
    const QString before = call.param(QStringLiteral("before"));
    const bool paging = pagingWorks(provider);
    qsizetype afterIndex = -1;
    qsizetype beforeIndex = -1;
    if (!after.isEmpty() && paging && (afterIndex = cursorIndex(all, after)) < 0)
        return error(400, invalid, QStringLiteral("invalid cursor"), list, provider);
    if (!before.isEmpty() && paging && (beforeIndex = cursorIndex(all, before)) < 0)
        return error(400, invalid, QStringLiteral("invalid cursor"), list, provider);
    const PageSlice slice = slicePage(all, afterIndex, beforeIndex, limit);
    QJsonObject page{{QStringLiteral("object"), QStringLiteral("list")},
                     {QStringLiteral("data"), slice.data},
                     {QStringLiteral("has_more"), slice.hasMore}};
    finishPage(&page, all, slice, call, fault, provider);
    return json(page);
}

GatewayDialect::Reply GatewayDialect::createBatch(const Call &call)
{
    const QString create = QStringLiteral("create");
    const QString invalid = QStringLiteral("invalid_request_error");
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(call.body, &parseError);
    if (!doc.isObject())
        return error(400, invalid, QStringLiteral("invalid JSON body: %1").arg(parseError.errorString()), create);
    const QJsonObject body = doc.object();
    QString model;
    if (std::optional<Reply> refused = modelForCreate(call, body, &model))
        return *refused;
    if (model.isEmpty() || !model.contains(QLatin1Char('/')))
        return error(400, invalid, QStringLiteral("model is required in provider/model format"), create);
    SimStore::CreateRequest r;
    r.provider = model.section(QLatin1Char('/'), 0, 0);
    r.model = model;
    r.endpoint = body.value(QStringLiteral("endpoint")).toString();
    r.completionWindow = body.value(QStringLiteral("completion_window")).toString();
    r.inputFileId = body.value(QStringLiteral("input_file_id")).toString();
    r.requests = body.value(QStringLiteral("requests")).toArray();
    const QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        r.metadata.insert(it.key(), it.value().toString());
    if (r.inputFileId.isEmpty() && r.requests.isEmpty())
        return error(400, invalid, QStringLiteral("either input_file_id or requests is required"), create, r.provider);
    if (r.provider == u"openai" && r.endpoint.isEmpty() && r.inputFileId.isEmpty())
        return error(400, invalid, QStringLiteral("endpoint is required for openai inline requests"), create,
                     r.provider);
    QString why;
    SimBatch *batch = m_store.create(r, &why);
    if (!batch)
        return error(400, invalid, why, create, r.provider);
    return json(batchJson(*batch));
}

GatewayDialect::Reply GatewayDialect::batchRoute(const Call &call, const QString &id, const QString &action)
{
    const QString invalid = QStringLiteral("invalid_request_error");
    const QString provider = providerOf(call);
    const QString requestType = action.isEmpty() ? QStringLiteral("retrieve") : action;
    if (provider.isEmpty())
        return error(400, invalid, QStringLiteral("provider is required"), requestType);
    SimBatch *batch = m_store.find(provider, id);
    if (!batch)
        return error(404, invalid, QStringLiteral("No batch found with id '%1'").arg(id), requestType, provider,
                     QStringLiteral("not_found"));
    if (action.isEmpty() && call.method == "GET")
        return json(batchJson(*batch));
    if (action == u"cancel" && call.method == "POST") {
        if (!m_store.cancel(batch)) {
            const QString status = batch->toJson(m_store.now()).value(QStringLiteral("status")).toString();
            return error(400, invalid, QStringLiteral("Cannot cancel a batch with status '%1'.").arg(status),
                         requestType, provider, QStringLiteral("invalid_state"));
        }
        return json(cancelAnswer(batchJson(*batch)));
    }
    if (action == u"results" && call.method == "GET" && servesResults())
        return results(batch);
    return error(405, invalid, QStringLiteral("method not allowed"), requestType, provider);
}

GatewayDialect::Reply GatewayDialect::results(SimBatch *batch)
{
    const SimBatch::Snapshot s = batch->at(m_store.now());
    if (!s.terminal())
        return error(500, QStringLiteral("server_error"),
                     QStringLiteral("batch results not available: batch is not yet finished"),
                     QStringLiteral("results"), batch->provider);
    QByteArray rows;
    auto appendLines = [&rows](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return;
        while (!f.atEnd()) {
            QByteArray line = f.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                continue;
            if (!rows.isEmpty())
                rows += ',';
            rows += gatewayRow(line);
        }
    };
    if (batch->style == SimBatch::Style::Anthropic) {
        appendLines(m_store.anthropicResultsPath(batch, true));
    } else if (SimFile *output = m_store.file(batch->outputFileId)) {
        // Only the output file: failed requests live in the error file (the gateway's real behaviour).
        if (m_store.materialize(output))
            appendLines(output->path);
    }
    Reply r;
    r.body = "{\"batch_id\":\"" + batch->id.toUtf8() + "\",\"results\":[" + rows
             + "],\"has_more\":false,\"extra_fields\":{\"request_type\":\"batch_results\",\"provider\":\""
             + batch->provider.toUtf8() + "\"}}";
    return r;
}

GatewayDialect::Reply GatewayDialect::uploadFile(const Call &call)
{
    const QString upload = QStringLiteral("upload");
    const QString invalid = QStringLiteral("invalid_request_error");
    // The provider as a query parameter, a form field or (the integration routes) a header.
    QString provider = call.param(QStringLiteral("provider"));
    const auto parts = SimHttp::parseMultipart(call.header("content-type"), call.body);
    if (provider.isEmpty())
        provider = QString::fromUtf8(parts.value(QStringLiteral("provider")).content);
    if (provider.isEmpty())
        provider = defaultProvider(call);
    if (provider.isEmpty())
        return error(400, invalid, QStringLiteral("provider is required"), upload);
    if (!parts.contains(QStringLiteral("file")))
        return error(400, invalid, QStringLiteral("file is required"), upload, provider);
    const QString purpose = QString::fromUtf8(parts.value(QStringLiteral("purpose")).content);
    if (purpose.isEmpty())
        return error(400, invalid, QStringLiteral("purpose is required"), upload, provider);
    QString why;
    const SimHttp::FormPart file = parts.value(QStringLiteral("file"));
    SimFile *stored = m_store.addUpload(provider, file.filename, purpose, file.content, &why);
    if (!stored)
        return error(500, QStringLiteral("server_error"), why, upload, provider);
    return json(stored->toJson());
}

GatewayDialect::Reply GatewayDialect::listFiles(const Call &call)
{
    const QString provider = call.param(QStringLiteral("x-model-provider"));
    QJsonArray data;
    for (SimFile *f : m_store.files(provider))
        data.append(f->toJson());
    return json({{QStringLiteral("object"), QStringLiteral("list")},
                 {QStringLiteral("data"), data},
                 {QStringLiteral("has_more"), false}});
}

GatewayDialect::Reply GatewayDialect::fileRoute(const Call &call, const QString &id, bool content)
{
    SimFile *file = m_store.file(id);
    const QString provider = providerOf(call);
    if (!file)
        return error(404, QStringLiteral("invalid_request_error"), QStringLiteral("No such File object: %1").arg(id),
                     content ? QStringLiteral("file_content") : QStringLiteral("file_retrieve"), provider,
                     QStringLiteral("not_found"));
    if (!m_store.materialize(file))
        return error(500, QStringLiteral("server_error"), QStringLiteral("file content unavailable"),
                     QStringLiteral("file_content"), provider);
    if (!content)
        return json(file->toJson());
    Reply r;
    r.contentType = "application/octet-stream";
    r.filePath = file->path;
    return r;
}
