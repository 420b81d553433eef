#include "BatchBackend.h"

#include <QCoreApplication>
#include <QLocale>

#include <QJsonDocument>
#include <QSet>

namespace {

// Follows a listing's cursors page by page, keeping the batches that match,
// until enough match or the pages end. A server that repeats a cursor, sends
// an empty page that still says "more", or never ends is stopped with a clear
// error instead of being followed forever.
class PageWalker : public QObject
{
public:
    PageWalker(BatchBackend *backend, Pending<QList<Batch>> *result, int pageSize, int maxPages,
               std::function<bool(const Batch &)> keep, int wanted)
        : QObject(result)
        , m_backend(backend)
        , m_result(result)
        , m_pageSize(pageSize)
        , m_maxPages(maxPages)
        , m_keep(std::move(keep))
        , m_wanted(wanted)
    { }

    void fetch(const QString &after)
    {
        ListQuery query;
        query.limit = m_pageSize;
        query.after = after;
        Pending<BatchPage> *page = m_backend->list(query);
        m_result->track(page);
        onFinished(page, this, [this](const Pending<BatchPage> &p) { onPage(p); });
    }

private:
    void stop(const QString &why)
    {
        ApiError e
            = ApiError::make(ApiError::Kind::Protocol, m_result->operation(),
                             QCoreApplication::translate("BatchBackend", "%1 (stopped after %2 pages, %3 batches)")
                                 .arg(why, QLocale().toString(m_pages), QLocale().toString(m_batches.size())));
        m_result->setPartial(m_batches);
        m_result->fail(e);
    }

    void onPage(const Pending<BatchPage> &p)
    {
        if (!p.ok()) {
            m_result->setPartial(m_batches);
            m_result->fail(p.error());
            return;
        }
        ++m_pages;
        m_result->addWarnings(p.warnings());
        const BatchPage &page = p.value();
        for (const Batch &b : page.batches) {
            if (m_keep && !m_keep(b))
                continue;
            if (m_wanted > 0 && m_batches.size() >= m_wanted) {
                m_result->addNotice(
                    QCoreApplication::translate("BatchBackend", "more batches may match than the first %1")
                        .arg(QLocale().toString(m_wanted)));
                m_result->resolve(m_batches);
                return;
            }
            m_batches.append(b);
        }
        Q_EMIT m_result->progress(m_batches.size(), -1);
        if (m_wanted > 0 && m_batches.size() >= m_wanted && page.hasMore) {
            m_result->addNotice(QCoreApplication::translate("BatchBackend", "more batches may match than the first %1")
                                    .arg(QLocale().toString(m_wanted)));
            m_result->resolve(m_batches);
            return;
        }
        if (!page.hasMore) {
            m_result->resolve(m_batches);
            return;
        }
        if (!m_backend->pagesReachable()) {
            m_result->addNotice(
                QCoreApplication::translate("BatchBackend",
                                            "the %1 listing has more than %2 batches, but the gateway cannot page it: "
                                            "showing the newest %2")
                    .arg(m_backend->provider(), QLocale().toString(page.batches.size())));
            m_result->resolve(m_batches);
            return;
        }
        if (page.batches.isEmpty())
            return stop(QCoreApplication::translate("BatchBackend",
                                                    "the server sent an empty page that says more pages follow"));
        if (page.nextCursor.isEmpty())
            return stop(
                QCoreApplication::translate("BatchBackend", "the server says more pages follow but sent no cursor"));
        if (m_seenCursors.contains(page.nextCursor))
            return stop(QCoreApplication::translate("BatchBackend", "the server repeated the page cursor \"%1\"")
                            .arg(page.nextCursor.left(60)));
        if (m_pages >= m_maxPages)
            return stop(
                QCoreApplication::translate("BatchBackend", "the listing has more than %1 pages").arg(m_maxPages));
        m_seenCursors.insert(page.nextCursor);
        fetch(page.nextCursor);
    }

    BatchBackend *m_backend;
    Pending<QList<Batch>> *m_result;
    int m_pageSize;
    int m_maxPages;
    std::function<bool(const Batch &)> m_keep;
    int m_wanted;
    int m_pages = 0;
    QList<Batch> m_batches;
    QSet<QString> m_seenCursors;
};

} // namespace

BatchBackend::BatchBackend(Connection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    // Plain HTTP has nothing to trust or pin: no TLS set-up at all, not even Qt's.
    , m_tls(m_connection.baseUrl.scheme() == u"https" ? TlsPolicy::fromSettings(m_connection.tls) : nullptr)
{ }

Pending<QList<Batch>> *BatchBackend::listAll(int pageSize, int maxPages)
{
    return listMatching(nullptr, 0, pageSize, maxPages);
}

Pending<QList<Batch>> *BatchBackend::listMatching(std::function<bool(const Batch &)> keep, int wanted, int pageSize,
                                                  int maxPages)
{
    auto *result = new Pending<QList<Batch>>(QStringLiteral("list"));
    bindLifetime(result);
    if (!pagesReachable())
        pageSize = largestPage();
    auto *walker = new PageWalker(this, result, pageSize, qMax(1, maxPages), std::move(keep), wanted);
    walker->fetch(QString());
    return result;
}

Pending<Batch> *BatchBackend::createFromFile(const QString &path, CreateBatchRequest request)
{
    auto *pending = new Pending<Batch>(QStringLiteral("create"));
    bindLifetime(pending);
    Pending<FileObject> *upload = uploadFile(path);
    pending->track(upload);
    onFinished(upload, pending, [this, pending, request](const Pending<FileObject> &p) mutable {
        if (!p.ok()) {
            pending->fail(p.error());
            return;
        }
        request.inputFileId = p.value().id;
        request.requests = QJsonArray();
        Pending<Batch> *create = this->create(request);
        pending->track(create);
        onFinished(create, pending, [pending](const Pending<Batch> &c) {
            if (c.ok())
                pending->resolve(c.value());
            else
                pending->fail(c.error());
        });
    });
    return pending;
}

Pending<Batch> *BatchBackend::deleteBatch(const Batch &batch)
{
    return failed<Batch>(ApiError::make(ApiError::Kind::Local, QStringLiteral("delete"),
                                        QStringLiteral("%1 batches cannot be deleted").arg(provider())));
}

Pending<qint64> *BatchBackend::downloadSource(const ResultSource &source, const QString &path)
{
    if (source.kind == ResultSource::Kind::FileContent)
        return downloadFile(source.fileId, path);
    // results_url may be absolute (Anthropic) or relative to the connection (a gateway).
    const QUrl url = source.url.isRelative() ? m_connection.endpoint(source.url.path(QUrl::FullyEncoded)) : source.url;
    HttpRequest request = makeRequest(QStringLiteral("download results"), "GET", url);
    request.downloadPath = path;
    return exchange<qint64>(std::move(request),
                            [](const HttpResponse &response, qint64 *bytes, QStringList *, ApiError *) {
                                *bytes = response.bytesReceived;
                                return true;
                            });
}

void BatchBackend::step(PendingCall *pending, HttpRequest request, std::function<void(const HttpResponse &)> then)
{
    HttpCall *call = m_http.send(std::move(request));
    pending->track(call);
    connect(call, &HttpCall::finished, pending, [this, pending, call, then = std::move(then)] {
        if (!call->ok()) {
            const ApiError e = redacted(call->error());
            reportFailure(e);
            pending->fail(e);
            return;
        }
        then(call->response());
    });
}

HttpRequest BatchBackend::makeRequest(const QString &operation, const QByteArray &method, const QUrl &url) const
{
    HttpRequest r;
    r.operation = operation;
    r.method = method;
    r.url = url;
    // Reading is safe to repeat; anything else must opt in (cancel does).
    r.idempotent = method == "GET";
    r.timeoutMs = m_connection.timeoutMs;
    r.tls = m_tls;
    r.headers = authHeaders();
    r.headers += m_connection.extraHeaders;
    return r;
}

bool BatchBackend::parseObject(const QString &operation, const HttpResponse &response, QJsonObject *out,
                               ApiError *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        *out = doc.object();
        return true;
    }
    *error = ApiError::make(ApiError::Kind::Decode, operation,
                            parseError.error != QJsonParseError::NoError
                                ? QStringLiteral("the server sent malformed JSON (%1 at byte %2)")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)
                                : QStringLiteral("the server sent JSON that is not an object"));
    error->httpStatus = response.status;
    error->bodySnippet = QString::fromUtf8(response.body.left(800)).left(200);
    return false;
}

void BatchBackend::bindLifetime(PendingCall *pending)
{
    connect(this, &QObject::destroyed, pending, [pending] {
        pending->fail(ApiError::make(ApiError::Kind::Cancelled, pending->operation(),
                                     QCoreApplication::translate("BatchBackend", "the connection was closed")));
    });
}

void BatchBackend::stamp(Batch &batch) const
{
    batch.sourceId = m_connection.sourceId;
    batch.connection = m_connection.name;
    if (batch.provider.isEmpty())
        batch.provider = provider();
}

void BatchBackend::stamp(QList<Batch> &batches) const
{
    for (Batch &b : batches)
        stamp(b);
}

bool BatchBackend::readBatchAnswer(const QString &operation, const HttpResponse &response, BatchObjectDecoder decode,
                                   Batch *batch, QStringList *warnings, ApiError *error) const
{
    QJsonObject object;
    if (!parseObject(operation, response, &object, error))
        return false;
    *batch = decode(object, provider(), warnings);
    stamp(*batch);
    if (batch->id.isEmpty()) {
        *error = ApiError::make(ApiError::Kind::Decode, operation,
                                QCoreApplication::translate("BatchBackend", "the answer has no batch id"));
        error->httpStatus = response.status;
        return false;
    }
    return true;
}

ApiError BatchBackend::redacted(ApiError error) const
{
    QStringList secrets{m_connection.apiKey, m_connection.virtualKey};
    for (const auto &[name, value] : m_connection.extraHeaders) {
        if (isSecretHeader(name))
            secrets << QString::fromUtf8(value);
    }
    error.redact(secrets);
    return error;
}

void BatchBackend::reportFailure(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Cancelled)
        Q_EMIT callFailed(error);
}
