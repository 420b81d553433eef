#include "GatewaySimulator.h"

#include <QBuffer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr int kMaxLog = 2000;

// Writes a body to the socket in large pieces as the socket drains, so a
// 100 MB results file is neither held in memory nor sent 512 bytes at a time.
// `limit` < size cuts the body short and drops the connection (the truncation fault).
class BodyStreamer : public QObject
{
public:
    BodyStreamer(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket, std::unique_ptr<QIODevice> source,
                 qint64 limit)
        : QObject(socket)
        , m_responder(std::move(responder))
        , m_socket(socket)
        , m_source(std::move(source))
        , m_limit(limit)
    {
        connect(socket, &QTcpSocket::bytesWritten, this, &BodyStreamer::pump);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

    void pump()
    {
        constexpr qint64 kChunk = 1 << 20;
        while (m_socket && m_socket->bytesToWrite() < 4 * kChunk) {
            const qint64 want = std::min(kChunk, m_limit - m_sent);
            if (want <= 0) {
                finish();
                return;
            }
            const QByteArray chunk = m_source->read(want);
            if (chunk.isEmpty()) {
                finish();
                return;
            }
            m_responder->writeBody(chunk);
            m_sent += chunk.size();
        }
    }

private:
    void finish()
    {
        disconnect(m_socket, nullptr, this, nullptr);
        if (m_limit < m_source->size() && m_socket) {
            m_socket->flush();
            m_socket->disconnectFromHost();
        }
        deleteLater();
    }

    std::shared_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    std::unique_ptr<QIODevice> m_source;
    qint64 m_limit;
    qint64 m_sent = 0;
};

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray cursorFor(const QString &id)
{
    // Opaque, like the gateway's: base64 with '+', '/' and '=' in it, so a
    // client that does not encode its query properly breaks here too.
    return QByteArray("\xfb\xff\xfe:" + id.toUtf8()).toBase64();
}

QString idFromCursor(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1());
    if (!raw.startsWith("\xfb\xff\xfe:"))
        return {};
    return QString::fromUtf8(raw.mid(4));
}

// One page of a newest-first listing: the batches after row `after` (-1: from
// the top) and before row `before` (-1: to the end), at most `limit` of them.
struct PageSlice
{
    QJsonArray data;
    qsizetype first = -1;
    qsizetype last = -1;
    bool hasMore = false;
};

template<typename ToJson>
PageSlice slicePage(const QList<SimBatch *> &all, qsizetype after, qsizetype before, int limit, ToJson toJson)
{
    PageSlice page;
    const qsizetype end = before >= 0 ? before : all.size();
    qsizetype begin = after >= 0 ? after + 1 : 0;
    if (before >= 0)
        begin = std::max<qsizetype>(begin, end - limit); // the page just before `before`
    for (qsizetype i = begin; i < end && page.data.size() < limit; ++i) {
        page.data.append(toJson(*all.at(i)));
        if (page.first < 0)
            page.first = i;
        page.last = i;
    }
    page.hasMore = page.last >= 0 && page.last + 1 < end;
    return page;
}

// multipart/form-data: name -> (filename, content)
struct FormPart
{
    QString filename;
    QByteArray content;
};

QHash<QString, FormPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QHash<QString, FormPart> parts;
    const qsizetype b = contentType.indexOf("boundary=");
    if (b < 0)
        return parts;
    QByteArray boundary = contentType.mid(b + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            break;
        const QByteArray headers = body.mid(pos, headersEnd - pos);
        const qsizetype next = body.indexOf("\r\n" + delimiter, headersEnd + 4);
        if (next < 0)
            break;
        FormPart part;
        part.content = body.mid(headersEnd + 4, next - headersEnd - 4);
        QString name;
        for (const QByteArray &line : headers.split('\n')) {
            if (!line.trimmed().toLower().startsWith("content-disposition"))
                continue;
            for (const QByteArray &attr : line.split(';')) {
                const QByteArray a = attr.trimmed();
                if (a.startsWith("name="))
                    name = QString::fromUtf8(a.mid(5)).remove(QLatin1Char('"'));
                else if (a.startsWith("filename="))
                    part.filename = QString::fromUtf8(a.mid(9)).remove(QLatin1Char('"'));
            }
        }
        parts.insert(name, part);
        pos = next + 2;
    }
    return parts;
}

} // namespace

QByteArray GatewaySimulator::Call::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString GatewaySimulator::Call::param(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

GatewaySimulator::GatewaySimulator(const SimOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(options)
{
    if (options.dialect == u"openai")
        m_dialect = Dialect::OpenAi;
    else if (options.dialect == u"anthropic")
        m_dialect = Dialect::Anthropic;
    if (options.newBatchEverySeconds > 0) {
        m_traffic = new QTimer(this);
        connect(m_traffic, &QTimer::timeout, this, [this] {
            // Mostly OpenAI, now and then Anthropic, as the seeded history.
            static int turn = 0;
            m_store.createSample(++turn % 4 == 0 ? QStringLiteral("anthropic") : QStringLiteral("openai"));
        });
        m_traffic->start(int(options.newBatchEverySeconds * 1000));
    }
    for (const QString &spec : options.faults) {
        QString why;
        if (const auto fault = FaultPlan::parseSpec(spec, &why))
            m_faults.add(*fault);
        else
            qWarning("gateway-sim: %s", qPrintable(why));
    }
}

GatewaySimulator::~GatewaySimulator() = default;

quint16 GatewaySimulator::start()
{
    m_port = listen(QHostAddress::LocalHost, m_store.options().port);
    return m_port;
}

QUrl GatewaySimulator::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QList<GatewaySimulator::LogEntry> GatewaySimulator::log() const
{
    QMutexLocker lock(&m_logMutex);
    return m_log;
}

void GatewaySimulator::record(const Call &call, int status, const std::optional<Fault> &fault)
{
    LogEntry e;
    e.method = call.method;
    e.rawPath = call.rawPath;
    e.query = call.query.toString(QUrl::FullyEncoded);
    e.status = status;
    for (const auto &h : call.headers)
        e.headerNames.append(QString::fromLatin1(h.first).toLower());
    e.userAgent = call.header("user-agent");
    if (fault)
        e.fault = Fault::modeName(fault->mode);
    QMutexLocker lock(&m_logMutex);
    m_log.append(e);
    if (m_log.size() > kMaxLog)
        m_log.removeFirst();
}

void GatewaySimulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    send(responder, socket, error(404, QStringLiteral("not_found"), QStringLiteral("no such route"), QString()), std::nullopt);
}

bool GatewaySimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Call call;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: call.method = "GET"; break;
    case QHttpServerRequest::Method::Post: call.method = "POST"; break;
    case QHttpServerRequest::Method::Delete: call.method = "DELETE"; break;
    case QHttpServerRequest::Method::Put: call.method = "PUT"; break;
    default: call.method = "OTHER"; break;
    }
    call.rawPath = request.url().path(QUrl::FullyEncoded);
    for (const QString &segment : call.rawPath.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        call.segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));
    call.query = request.query();
    call.headers = request.headers();
    call.body = request.body();

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));

    // Admin routes are never faulted and need no key.
    if (call.segments.value(0) == u"_sim") {
        Reply reply = admin(call);
        record(call, reply.status, std::nullopt);
        send(responder, socket, std::move(reply), std::nullopt);
        return true;
    }

    // Requests that have arrived and have no answer yet: what a client's
    // concurrency limit is seen by from the other side.
    // Held by a late answer (the slow fault) until it goes out.
    auto open = std::make_shared<ConcurrencyScope>(m_concurrency);

    if (!authorised(call)) {
        Reply reply = m_dialect == Dialect::Bifrost
            ? error(401, QStringLiteral("authentication_error"), QStringLiteral("virtual key is missing or invalid"), routeName(call),
                    QString(), QStringLiteral("invalid_virtual_key"))
            : error(401, QStringLiteral("authentication_error"),
                    // OpenAI names the key it was given; a client must not repeat it.
                    QStringLiteral("Incorrect API key provided: %1").arg(QString::fromUtf8(
                        m_dialect == Dialect::Anthropic ? call.header("x-api-key") : call.header("authorization").mid(7))),
                    routeName(call), QString(), QStringLiteral("invalid_api_key"));
        record(call, reply.status, std::nullopt);
        send(responder, socket, std::move(reply), std::nullopt);
        return true;
    }

    const QString route = routeName(call);
    const std::optional<Fault> fault = m_faults.take(route);
    if (fault && fault->mode == Fault::Mode::Slow) {
        QPointer<QTcpSocket> guard(socket);
        auto shared = std::make_shared<Call>(std::move(call));
        QTimer::singleShot(fault->delayMs, this, [this, guard, responder, shared, fault, open] {
            Reply reply = dispatch(*shared, fault);
            record(*shared, reply.status, fault);
            if (guard)
                send(responder, guard, std::move(reply), fault);
        });
        return true;
    }
    Reply reply = dispatch(call, fault);
    record(call, reply.status, fault);
    send(responder, socket, std::move(reply), fault);
    return true;
}

bool GatewaySimulator::authorised(const Call &call) const
{
    const QByteArray key = m_store.options().requireKey.toUtf8();
    if (key.isEmpty())
        return true;
    switch (m_dialect) {
    case Dialect::Anthropic: return call.header("x-api-key") == key;
    case Dialect::OpenAi: return call.header("authorization") == "Bearer " + key;
    case Dialect::Bifrost: break;
    }
    return call.header("authorization") == "Bearer " + key || call.header("x-bf-vk") == key;
}

QString GatewaySimulator::providerOf(const Call &call) const
{
    return m_dialect == Dialect::OpenAi ? QStringLiteral("openai") : call.param(QStringLiteral("provider"));
}

QString GatewaySimulator::routeName(const Call &call) const
{
    QStringList s = call.segments;
    if (s.value(0) == u"v1")
        s.removeFirst();
    if (m_dialect == Dialect::Anthropic && s.value(0) == u"messages") {
        s.removeFirst();
        if (s.value(0) != u"batches")
            return QStringLiteral("other");
        if (s.size() == 1)
            return call.method == "POST" ? QStringLiteral("create") : QStringLiteral("list");
        if (s.size() == 3 && s.at(2) == u"cancel")
            return QStringLiteral("cancel");
        if (s.size() == 3 && s.at(2) == u"results")
            return QStringLiteral("content");
        return call.method == "DELETE" ? QStringLiteral("delete") : QStringLiteral("retrieve");
    }
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

GatewaySimulator::Reply GatewaySimulator::json(const QJsonObject &object, int status)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

GatewaySimulator::Reply GatewaySimulator::error(int status, const QString &type, const QString &message,
                                                const QString &requestType, const QString &provider, const QString &code) const
{
    if (m_dialect == Dialect::OpenAi) {
        return json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                          {QStringLiteral("type"), type},
                                                          {QStringLiteral("param"), QJsonValue()},
                                                          {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code)}}}},
                    status);
    }
    if (m_dialect == Dialect::Anthropic) {
        // Anthropic names the kind in error.type; it has no separate code.
        const QString anthropicType = status == 404 ? QStringLiteral("not_found_error")
                                    : status == 401 ? QStringLiteral("authentication_error")
                                    : status == 429 ? QStringLiteral("rate_limit_error")
                                    : status >= 500 ? QStringLiteral("api_error")
                                                    : QStringLiteral("invalid_request_error");
        return json({{QStringLiteral("type"), QStringLiteral("error")},
                     {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), anthropicType}, {QStringLiteral("message"), message}}}},
                    status);
    }
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

GatewaySimulator::Reply GatewaySimulator::faultReply(const Fault &fault, const QString &route) const
{
    switch (fault.mode) {
    case Fault::Mode::RateLimit: {
        Reply r = error(429, QStringLiteral("rate_limit"), QStringLiteral("rate limit exceeded for this virtual key"),
                        route, QString(), QStringLiteral("rate_limit_exceeded"));
        r.headers.append({"Retry-After", fault.retryAfter.toUtf8()});
        return r;
    }
    case Fault::Mode::ServerError: {
        const int status = fault.status > 0 ? fault.status : 503;
        return error(status, QStringLiteral("server_error"),
                     QStringLiteral("upstream provider returned an error (simulated %1)").arg(status), route);
    }
    case Fault::Mode::HtmlError: {
        Reply r;
        r.status = fault.status > 0 ? fault.status : 502;
        r.contentType = "text/html";
        r.body = QByteArray("<html>\r\n<head><title>") + QByteArray::number(r.status) + " " + reasonPhrase(r.status)
            + "</title></head>\r\n<body>\r\n<center><h1>" + QByteArray::number(r.status) + " " + reasonPhrase(r.status)
            + "</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";
        return r;
    }
    default:
        return {};
    }
}

GatewaySimulator::Reply GatewaySimulator::dispatch(const Call &call, const std::optional<Fault> &fault)
{
    const QString route = routeName(call);
    if (fault) {
        switch (fault->mode) {
        case Fault::Mode::RateLimit:
        case Fault::Mode::ServerError:
        case Fault::Mode::HtmlError:
            return faultReply(*fault, route);
        default:
            break;
        }
    }

    if (m_dialect == Dialect::Anthropic)
        return dispatchAnthropic(call, fault);
    QStringList s = call.segments;
    if (s.value(0) == u"v1")
        s.removeFirst();
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
    return error(404, QStringLiteral("not_found"), QStringLiteral("no route for %1 %2").arg(QString::fromLatin1(call.method), call.rawPath),
                 QString());
}

QJsonObject GatewaySimulator::batchJson(const SimBatch &batch) const
{
    const double now = m_store.now();
    switch (m_dialect) {
    case Dialect::OpenAi: return batch.toOpenAiJson(now);
    case Dialect::Anthropic: return batch.toAnthropicJson(now, url().toString());
    case Dialect::Bifrost: break;
    }
    return batch.toJson(now);
}

namespace {
// The providers the gateway knows (API.md §1, seed 001); any other is refused.
bool knownProvider(const QString &provider)
{
    static const QStringList known{
        QStringLiteral("openai"),     QStringLiteral("azure"),       QStringLiteral("anthropic"), QStringLiteral("bedrock"),
        QStringLiteral("cohere"),     QStringLiteral("vertex"),      QStringLiteral("vllm"),      QStringLiteral("mistral"),
        QStringLiteral("ollama"),     QStringLiteral("groq"),        QStringLiteral("sgl"),       QStringLiteral("parasail"),
        QStringLiteral("perplexity"), QStringLiteral("replicate"),   QStringLiteral("cerebras"),  QStringLiteral("gemini"),
        QStringLiteral("openrouter"), QStringLiteral("elevenlabs"),  QStringLiteral("huggingface"), QStringLiteral("nebius"),
        QStringLiteral("xai"),        QStringLiteral("runway"),      QStringLiteral("fireworks")};
    return known.contains(provider);
}
} // namespace

GatewaySimulator::Reply GatewaySimulator::listBatches(const Call &call, const std::optional<Fault> &fault)
{
    const QString provider = providerOf(call);
    if (provider.isEmpty())
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("provider is required"),
                     QStringLiteral("list"));
    if (!knownProvider(provider))
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("unsupported provider: %1").arg(provider),
                     QStringLiteral("list"), provider);
    int limit = m_store.options().pageSize;
    if (call.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = call.param(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("limit must be at least 1"),
                         QStringLiteral("list"), provider);
        limit = std::min(limit, m_store.options().maxPageSize);
    }

    const QList<SimBatch *> all = m_store.batches(provider);
    const QString after = call.param(QStringLiteral("after"));
    const QString before = call.param(QStringLiteral("before"));
    // The real gateway cannot page Anthropic listings: it answers the first page again.
    const bool pagingWorks = provider != u"anthropic" || m_dialect != Dialect::Bifrost;
    auto indexOfCursor = [&](const QString &cursor) -> qsizetype {
        // OpenAI pages by batch id; the gateway by an opaque cursor.
        const QString id = m_dialect == Dialect::Bifrost ? idFromCursor(cursor) : cursor;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i)->id == id)
                return i;
        }
        return -1;
    };
    qsizetype afterIndex = -1;
    qsizetype beforeIndex = -1;
    if (!after.isEmpty() && pagingWorks && (afterIndex = indexOfCursor(after)) < 0)
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("invalid cursor"), QStringLiteral("list"), provider);
    if (!before.isEmpty() && pagingWorks && (beforeIndex = indexOfCursor(before)) < 0)
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("invalid cursor"), QStringLiteral("list"), provider);
    const PageSlice slice = slicePage(all, afterIndex, beforeIndex, limit, [this](const SimBatch &b) { return batchJson(b); });
    QJsonObject page{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), slice.data},
                     {QStringLiteral("has_more"), slice.hasMore}};
    if (m_dialect == Dialect::OpenAi) {
        if (slice.first >= 0) {
            page.insert(QStringLiteral("first_id"), all.at(slice.first)->id);
            page.insert(QStringLiteral("last_id"), all.at(slice.last)->id);
        }
        return json(page);
    }
    if (slice.hasMore)
        page.insert(QStringLiteral("next_cursor"), QString::fromLatin1(cursorFor(all.at(slice.last)->id)));
    if (fault && fault->mode == Fault::Mode::RepeatCursor) {
        // Whatever was asked, point at the same page again.
        page.insert(QStringLiteral("has_more"), true);
        page.insert(QStringLiteral("next_cursor"), after.isEmpty() ? QString::fromLatin1(cursorFor(all.value(0) ? all.first()->id : QString())) : after);
    } else if (fault && fault->mode == Fault::Mode::EmptyPage) {
        page.insert(QStringLiteral("data"), QJsonArray());
        page.insert(QStringLiteral("has_more"), true);
        page.insert(QStringLiteral("next_cursor"), QString::fromLatin1(cursorFor(QStringLiteral("empty"))));
    }
    page.insert(QStringLiteral("extra_fields"), QJsonObject{{QStringLiteral("request_type"), QStringLiteral("batch_list")},
                                                            {QStringLiteral("provider"), provider}});
    return json(page);
}

GatewaySimulator::Reply GatewaySimulator::createBatch(const Call &call)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(call.body, &parseError);
    if (!doc.isObject())
        return error(400, QStringLiteral("invalid_request_error"),
                     QStringLiteral("invalid JSON body: %1").arg(parseError.errorString()), QStringLiteral("create"));
    const QJsonObject body = doc.object();
    QString model = body.value(QStringLiteral("model")).toString();
    if (m_dialect == Dialect::OpenAi) {
        // OpenAI names no model here: it is in each request of the input file.
        if (body.value(QStringLiteral("input_file_id")).toString().isEmpty())
            return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("Missing required parameter: 'input_file_id'."),
                         QStringLiteral("create"), QString(), QStringLiteral("missing_required_parameter"));
        if (body.value(QStringLiteral("endpoint")).toString().isEmpty())
            return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("Missing required parameter: 'endpoint'."),
                         QStringLiteral("create"), QString(), QStringLiteral("missing_required_parameter"));
        model = QStringLiteral("openai/gpt-4o-mini");
    }
    if (model.isEmpty() || !model.contains(QLatin1Char('/')))
        return error(400, QStringLiteral("invalid_request_error"),
                     QStringLiteral("model is required in provider/model format"), QStringLiteral("create"));
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
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("either input_file_id or requests is required"),
                     QStringLiteral("create"), r.provider);
    if (r.provider == u"openai" && r.endpoint.isEmpty() && r.inputFileId.isEmpty())
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("endpoint is required for openai inline requests"),
                     QStringLiteral("create"), r.provider);
    QString why;
    SimBatch *batch = m_store.create(r, &why);
    if (!batch)
        return error(400, QStringLiteral("invalid_request_error"), why, QStringLiteral("create"), r.provider);
    return json(batchJson(*batch));
}

GatewaySimulator::Reply GatewaySimulator::batchRoute(const Call &call, const QString &id, const QString &action)
{
    const QString provider = providerOf(call);
    const QString requestType = action.isEmpty() ? QStringLiteral("retrieve") : action;
    if (provider.isEmpty())
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("provider is required"), requestType);
    SimBatch *batch = m_store.find(provider, id);
    if (!batch)
        return error(404, QStringLiteral("invalid_request_error"), QStringLiteral("No batch found with id '%1'").arg(id),
                     requestType, provider, QStringLiteral("not_found"));
    const double now = m_store.now();
    if (action.isEmpty() && call.method == "GET")
        return json(batchJson(*batch));
    if (action == u"cancel" && call.method == "POST") {
        if (!m_store.cancel(batch)) {
            return error(400, QStringLiteral("invalid_request_error"),
                         QStringLiteral("Cannot cancel a batch with status '%1'.")
                             .arg(batch->toJson(now).value(QStringLiteral("status")).toString()),
                         requestType, provider, QStringLiteral("invalid_state"));
        }
        // OpenAI answers with the whole batch, the gateway with a partial object.
        const QJsonObject full = batchJson(*batch);
        if (m_dialect == Dialect::OpenAi)
            return json(full);
        QJsonObject partial;
        for (const char *key : {"id", "object", "status", "request_counts", "cancelling_at", "cancelled_at", "extra_fields"}) {
            if (full.contains(QLatin1String(key)))
                partial.insert(QLatin1String(key), full.value(QLatin1String(key)));
        }
        return json(partial);
    }
    if (action == u"results" && call.method == "GET" && m_dialect == Dialect::Bifrost)
        return results(batch);
    return error(405, QStringLiteral("invalid_request_error"), QStringLiteral("method not allowed"), requestType, provider);
}

GatewaySimulator::Reply GatewaySimulator::results(SimBatch *batch)
{
    const SimBatch::Snapshot s = batch->at(m_store.now());
    if (!s.terminal())
        return error(500, QStringLiteral("server_error"),
                     QStringLiteral("batch results not available: batch is not yet finished"), QStringLiteral("results"),
                     batch->provider);
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
            rows += line;
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
        + "],\"has_more\":false,\"extra_fields\":{\"request_type\":\"batch_results\",\"provider\":\"" + batch->provider.toUtf8()
        + "\"}}";
    return r;
}

GatewaySimulator::Reply GatewaySimulator::uploadFile(const Call &call)
{
    QString provider = providerOf(call);
    const auto parts = parseMultipart(call.header("content-type"), call.body);
    if (provider.isEmpty())
        provider = QString::fromUtf8(parts.value(QStringLiteral("provider")).content);
    if (provider.isEmpty())
        provider = QString::fromUtf8(call.header("x-model-provider"));
    if (provider.isEmpty())
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("provider is required"), QStringLiteral("upload"));
    if (!parts.contains(QStringLiteral("file")))
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("file is required"), QStringLiteral("upload"), provider);
    const QString purpose = QString::fromUtf8(parts.value(QStringLiteral("purpose")).content);
    if (purpose.isEmpty())
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("purpose is required"), QStringLiteral("upload"), provider);
    QString why;
    const FormPart file = parts.value(QStringLiteral("file"));
    SimFile *stored = m_store.addUpload(provider, file.filename, purpose, file.content, &why);
    if (!stored)
        return error(500, QStringLiteral("server_error"), why, QStringLiteral("upload"), provider);
    return json(stored->toJson());
}

GatewaySimulator::Reply GatewaySimulator::listFiles(const Call &call)
{
    QString provider = call.param(QStringLiteral("x-model-provider"));
    QJsonArray data;
    for (SimFile *f : m_store.files(provider))
        data.append(f->toJson());
    return json({{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data},
                 {QStringLiteral("has_more"), false}});
}

GatewaySimulator::Reply GatewaySimulator::fileRoute(const Call &call, const QString &id, bool content)
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

GatewaySimulator::Reply GatewaySimulator::dispatchAnthropic(const Call &call, const std::optional<Fault> &fault)
{
    QStringList s = call.segments;
    if (s.value(0) == u"v1")
        s.removeFirst();
    if (s.value(0) == u"messages" && s.value(1) == u"batches") {
        if (s.size() == 2) {
            if (call.method == "GET")
                return listAnthropic(call);
            if (call.method == "POST")
                return createAnthropic(call);
        } else if (s.size() <= 4) {
            return anthropicBatchRoute(call, s.at(2), s.value(3));
        }
    }
    Q_UNUSED(fault);
    return error(404, QStringLiteral("not_found_error"), QStringLiteral("Not found: %1").arg(call.rawPath), QString());
}

GatewaySimulator::Reply GatewaySimulator::listAnthropic(const Call &call)
{
    int limit = 20;
    if (call.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = call.param(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("limit: must be between 1 and 1000"), QString());
    }
    const QList<SimBatch *> all = m_store.batches(QStringLiteral("anthropic"));
    auto indexOf = [&](const QString &id) -> qsizetype {
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i)->id == id)
                return i;
        }
        return -1;
    };
    qsizetype afterIndex = -1;
    qsizetype beforeIndex = -1;
    if (call.query.hasQueryItem(QStringLiteral("after_id")) && (afterIndex = indexOf(call.param(QStringLiteral("after_id")))) < 0)
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("after_id: no such batch"), QString());
    if (call.query.hasQueryItem(QStringLiteral("before_id")) && (beforeIndex = indexOf(call.param(QStringLiteral("before_id")))) < 0)
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("before_id: no such batch"), QString());
    const PageSlice slice = slicePage(all, afterIndex, beforeIndex, limit, [this](const SimBatch &b) { return batchJson(b); });
    QJsonObject page{{QStringLiteral("data"), slice.data}, {QStringLiteral("has_more"), slice.hasMore}};
    page.insert(QStringLiteral("first_id"), slice.first < 0 ? QJsonValue() : QJsonValue(all.at(slice.first)->id));
    page.insert(QStringLiteral("last_id"), slice.last < 0 ? QJsonValue() : QJsonValue(all.at(slice.last)->id));
    return json(page);
}

GatewaySimulator::Reply GatewaySimulator::createAnthropic(const Call &call)
{
    const QJsonDocument doc = QJsonDocument::fromJson(call.body);
    const QJsonArray requests = doc.object().value(QStringLiteral("requests")).toArray();
    if (requests.isEmpty())
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("requests: field required"), QString());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject r = requests.at(i).toObject();
        if (r.value(QStringLiteral("custom_id")).toString().isEmpty() || !r.value(QStringLiteral("params")).isObject())
            return error(400, QStringLiteral("invalid_request_error"),
                         QStringLiteral("requests.%1: custom_id and params are required").arg(i), QString());
    }
    SimStore::CreateRequest r;
    r.provider = QStringLiteral("anthropic");
    r.model = QStringLiteral("anthropic/") + requests.first().toObject().value(QStringLiteral("params")).toObject().value(QStringLiteral("model")).toString();
    r.endpoint = QStringLiteral("/v1/messages");
    r.requests = requests;
    QString why;
    SimBatch *batch = m_store.create(r, &why);
    if (!batch)
        return error(400, QStringLiteral("invalid_request_error"), why, QString());
    return json(batchJson(*batch));
}

GatewaySimulator::Reply GatewaySimulator::anthropicBatchRoute(const Call &call, const QString &id, const QString &action)
{
    SimBatch *batch = m_store.find(QStringLiteral("anthropic"), id);
    if (!batch)
        return error(404, QStringLiteral("not_found_error"), QStringLiteral("Batch %1 not found").arg(id), QString());
    const SimBatch::Snapshot s = batch->at(m_store.now());
    if (action.isEmpty() && call.method == "GET")
        return json(batchJson(*batch));
    if (action.isEmpty() && call.method == "DELETE") {
        if (!s.terminal())
            return error(400, QStringLiteral("invalid_request_error"),
                         QStringLiteral("Batch %1 cannot be deleted while it is still processing").arg(id), QString());
        m_store.remove(QStringLiteral("anthropic"), id);
        return json({{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("message_batch_deleted")}});
    }
    if (action == u"cancel" && call.method == "POST") {
        if (!m_store.cancel(batch))
            return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("Batch %1 has already ended").arg(id), QString());
        return json(batchJson(*batch));
    }
    if (action == u"results" && call.method == "GET") {
        if (!s.terminal())
            return error(400, QStringLiteral("invalid_request_error"),
                         QStringLiteral("Batch %1 is still processing; results are available once it has ended").arg(id), QString());
        Reply r;
        r.contentType = "application/binary";
        r.filePath = m_store.anthropicResultsPath(batch, false);
        return r;
    }
    return error(405, QStringLiteral("invalid_request_error"), QStringLiteral("method not allowed"), QString());
}

GatewaySimulator::Reply GatewaySimulator::admin(const Call &call)
{
    const QString what = call.segments.value(1);
    if (what == u"faults") {
        if (call.method == "DELETE") {
            m_faults.clear();
            return json({{QStringLiteral("cleared"), true}});
        }
        if (call.method == "POST") {
            QString why;
            const auto fault = FaultPlan::fromJson(QJsonDocument::fromJson(call.body).object(), &why);
            if (!fault)
                return error(400, QStringLiteral("invalid_request_error"), why, QString());
            m_faults.add(*fault);
            return json(fault->toJson());
        }
        QJsonArray list;
        for (const Fault &f : m_faults.pending())
            list.append(f.toJson());
        return json({{QStringLiteral("faults"), list}});
    }
    if (what == u"advance" && call.method == "POST") {
        const double seconds = QJsonDocument::fromJson(call.body).object().value(QStringLiteral("seconds")).toDouble();
        m_store.advance(seconds);
        return json({{QStringLiteral("now"), m_store.now()}});
    }
    if (what == u"log") {
        QJsonArray list;
        for (const LogEntry &e : log()) {
            list.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(e.method)},
                                    {QStringLiteral("path"), e.rawPath},
                                    {QStringLiteral("query"), e.query},
                                    {QStringLiteral("status"), e.status},
                                    {QStringLiteral("fault"), e.fault}});
        }
        return json({{QStringLiteral("requests"), list}});
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("unknown admin route"), QString());
}

void GatewaySimulator::send(const std::shared_ptr<QHttpServerResponder> &responder, QTcpSocket *socket, Reply reply,
                            const std::optional<Fault> &fault)
{
    if (fault && fault->mode == Fault::Mode::Disconnect) {
        socket->abort();
        return;
    }
    std::unique_ptr<QIODevice> source;
    qint64 size = reply.body.size();
    if (!reply.filePath.isEmpty()) {
        auto file = std::make_unique<QFile>(reply.filePath);
        if (!file->open(QIODevice::ReadOnly)) {
            reply = error(500, QStringLiteral("server_error"), QStringLiteral("cannot read file"), QString());
            size = reply.body.size();
        } else {
            size = file->size();
            source = std::move(file);
        }
    }
    if (fault && fault->mode == Fault::Mode::MalformedJson && reply.status < 300) {
        // Cut the JSON short but keep the HTTP framing honest: a well-delivered, broken document.
        if (source)
            reply.body = source->read(std::max<qint64>(1, size / 2)), source.reset();
        else
            reply.body = reply.body.left(std::max<qsizetype>(1, reply.body.size() / 2));
        reply.body += ",\"oops\":";
        size = reply.body.size();
    }

    responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder->writeHeader("Content-Type", reply.contentType);
    responder->writeHeader("Content-Length", QByteArray::number(size));
    for (const auto &[name, value] : std::as_const(reply.headers))
        responder->writeHeader(name, value);

    const bool truncate = fault && fault->mode == Fault::Mode::Truncated && reply.status < 300;
    if (!source) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(reply.body);
        buffer->open(QIODevice::ReadOnly);
        source = std::move(buffer);
    }
    const qint64 limit = truncate ? size / 2 : size;
    if (size == 0 || (limit == size && size <= (1 << 20))) {
        responder->writeBody(source->readAll());
        return;
    }
    auto *streamer = new BodyStreamer(responder, socket, std::move(source), limit);
    streamer->pump();
}
