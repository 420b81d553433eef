#pragma once

#include "model/ApiError.h"
#include "model/Batch.h"
#include "model/BatchPage.h"
#include "net/Connection.h"
#include "net/HttpClient.h"
#include "net/TlsPolicy.h"
#include "net/Pending.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <functional>

struct ListQuery
{
    int limit = 0; // 0: the server's default page size
    QString after;
};

struct CreateBatchRequest
{
    QString model;       // "provider/model" for the gateway
    QString inputFileId; // either this...
    QJsonArray requests; // ...or inline requests
    QString endpoint = QStringLiteral("/v1/chat/completions");
    QString completionWindow = QStringLiteral("24h");
    QMap<QString, QString> metadata;
};

// Where a batch's per-request results can be fetched from, in order of preference.
struct ResultSource
{
    enum class Kind {
        FileContent, // raw JSONL through the file-content route
        ResultsJson, // the gateway's buffered /results JSON
        ResultsUrl,  // Anthropic's results_url JSONL
    };
    Kind kind = Kind::FileContent;
    QString fileId; // FileContent
    QUrl url;       // ResultsJson, ResultsUrl
    QString label;  // "output file", "error file", "results"
};

// The asynchronous batch API of one connection. Provider differences end
// here: every backend yields the same Batch and ResultRow types.
class BatchBackend : public QObject
{
    Q_OBJECT
public:
    explicit BatchBackend(Connection connection, QObject *parent = nullptr);

    const Connection &connection() const { return m_connection; }
    HttpClient *http() { return &m_http; }
    // The provider batches of this connection live on.
    virtual QString provider() const = 0;

    virtual Pending<BatchPage> *list(const ListQuery &query) = 0;
    // Every page, following the cursors, with guards against servers that loop.
    Pending<QList<Batch>> *listAll(int pageSize = 0, int maxPages = kDefaultMaxPages);
    // Pages until `wanted` batches pass `keep` (0: every page); a notice says when more may match.
    Pending<QList<Batch>> *listMatching(std::function<bool(const Batch &)> keep, int wanted, int pageSize = 0,
                                        int maxPages = kDefaultMaxPages);
    virtual Pending<Batch> *retrieve(const QString &id) = 0;
    // Cancels the batch `id`. The server may answer with a partial batch: it is
    // merged into `known` (the batch's raw JSON as last seen) when given.
    virtual Pending<Batch> *cancel(const QString &id, const QByteArray &known = QByteArray()) = 0;
    virtual Pending<Batch> *create(const CreateBatchRequest &request) = 0;
    virtual Pending<FileObject> *uploadFile(const QString &path) = 0;
    // Creates a batch from a JSONL request file: upload, then create, unless
    // the API takes the requests inline (Anthropic). Progress is the upload's.
    virtual Pending<Batch> *createFromFile(const QString &path, CreateBatchRequest request);
    // Deleting is Anthropic's alone, and only for ended batches.
    virtual bool supportsDelete() const { return false; }
    virtual Pending<Batch> *deleteBatch(const Batch &batch);
    // Where results can be streamed from; empty when the batch has none yet.
    virtual QList<ResultSource> resultSources(const Batch &batch) const = 0;
    // Streams a file's content to `path` without holding it in memory.
    virtual Pending<qint64> *downloadFile(const QString &fileId, const QString &path) = 0;
    // Streams any result source to `path`.
    virtual Pending<qint64> *downloadSource(const ResultSource &source, const QString &path);

    static constexpr int kDefaultMaxPages = 1000;
    // False where the server cannot serve pages after the first (the gateway
    // with Anthropic): listAll then asks for one large page and says when more exist.
    virtual bool pagesReachable() const { return true; }
    virtual int largestPage() const { return 100; }

Q_SIGNALS:
    // Every failed call, for the log (the error already names the operation).
    void callFailed(const ApiError &error);

protected:
    // Sends `request`; on success hands the response to `decode`, which fills the
    // pending value. A decoder returning false fails the operation with its error.
    template<typename T>
    Pending<T> *exchange(HttpRequest request,
                         std::function<bool(const HttpResponse &, T *, QStringList *, ApiError *)> decode);
    // Sends `request` as a step of `pending`; `then` runs only when the step succeeded.
    void step(PendingCall *pending, HttpRequest request, std::function<void(const HttpResponse &)> then);

    // A request with the connection's timeout and headers already applied.
    HttpRequest makeRequest(const QString &operation, const QByteArray &method, const QUrl &url) const;
    // A pending operation that fails at once (from the event loop) with `error`.
    template<typename T>
    static Pending<T> *failed(const ApiError &error)
    {
        auto *pending = new Pending<T>(error.operation);
        pending->fail(error);
        return pending;
    }
    virtual HeaderList authHeaders() const = 0;

    // Parses a 2xx body as a JSON object, or says why it is not one.
    static bool parseObject(const QString &operation, const HttpResponse &response, QJsonObject *out, ApiError *error);
    // Reads an answer that is one batch object: parsed, decoded with `decode`,
    // marked with this connection, and refused when it carries no id.
    using BatchObjectDecoder = Batch (*)(const QJsonObject &object, const QString &provider, QStringList *warnings);
    bool readBatchAnswer(const QString &operation, const HttpResponse &response, BatchObjectDecoder decode,
                         Batch *batch, QStringList *warnings, ApiError *error) const;

    // Reports a failure to the log, with any of this connection's keys masked.
    void reportFailure(const ApiError &error);
    ApiError redacted(ApiError error) const;
    // Fails `pending` as cancelled if this backend is destroyed before it finishes.
    void bindLifetime(PendingCall *pending);
    // Marks batches with the connection they came through.
    void stamp(Batch &batch) const;
    void stamp(QList<Batch> &batches) const;

private:
    Connection m_connection;
    std::shared_ptr<const TlsPolicy> m_tls; // built once: reading PEM files per call would be waste
    HttpClient m_http;
};

template<typename T>
Pending<T> *BatchBackend::exchange(HttpRequest request,
                                   std::function<bool(const HttpResponse &, T *, QStringList *, ApiError *)> decode)
{
    auto *pending = new Pending<T>(request.operation);
    bindLifetime(pending);
    HttpCall *call = m_http.send(std::move(request));
    pending->track(call);
    connect(call, &HttpCall::finished, pending, [this, pending, call, decode = std::move(decode)] {
        if (!call->ok()) {
            const ApiError error = redacted(call->error());
            reportFailure(error);
            pending->fail(error);
            return;
        }
        T value{};
        QStringList warnings;
        ApiError error;
        if (!decode(call->response(), &value, &warnings, &error)) {
            error.operation = pending->operation();
            reportFailure(error);
            pending->fail(error);
            return;
        }
        pending->addWarnings(warnings);
        pending->resolve(std::move(value));
    });
    return pending;
}
