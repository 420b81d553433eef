#include "HttpCall.h"

#include "TlsPolicy.h"

#include <QLocale>

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSaveFile>

namespace {
// Error bodies are for people: keep enough to show the message, not a whole HTML site.
constexpr qsizetype kMaxErrorBody = 256 * 1024;
} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpCall::HttpCall(QNetworkAccessManager *network, HttpRequest request, RetryPolicy policy, QByteArray userAgent,
                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_userAgent(std::move(userAgent))
{
    m_inactivity.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this, &HttpCall::onInactivity);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::sendAttempt);
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::start()
{
    m_starting = true;
    sendAttempt();
    m_starting = false;
}

void HttpCall::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort(); // onReplyFinished reports the cancellation
    else
        finish(ApiError::make(ApiError::Kind::Cancelled, m_request.operation, QString()));
}

void HttpCall::sendAttempt()
{
    if (m_aborted || m_finished)
        return;
    if (m_request.tls && !m_request.tls->ready()) {
        // The trust store is still being read (once per process): go when it is in.
        auto *waiting = new QFutureWatcher<void>(this);
        connect(waiting, &QFutureWatcherBase::finished, this, [this, waiting] {
            waiting->deleteLater();
            sendAttempt();
        });
        waiting->setFuture(m_request.tls->whenReady());
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_response = HttpResponse();
    discardSink();

    m_tlsErrors.clear();
    m_tlsPeer = QSslCertificate();
    const TlsPolicy *tls = m_request.tls.get();
    const QString tlsSetupError = tls ? tls->setupError() : QString();
    if (!tlsSetupError.isEmpty()) {
        // Falling back to the defaults would send the key to a server the user did not mean to trust.
        finish(ApiError::make(ApiError::Kind::Local, m_request.operation, tlsSetupError));
        return;
    }

    QNetworkRequest req(m_request.url);
    if (tls && tls->customises())
        req.setSslConfiguration(tls->configuration());
    req.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    req.setRawHeader("Accept", m_request.downloadPath.isEmpty() ? "application/json" : "*/*");
    for (const auto &[name, value] : std::as_const(m_request.headers))
        req.setRawHeader(name, value);
    // Same origin only: the keys in our headers must never follow a redirect to another host.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);

    if (!m_request.uploadFilePath.isEmpty()) {
        auto *file = new QFile(m_request.uploadFilePath);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString why = file->errorString();
            delete file;
            finish(ApiError::make(ApiError::Kind::Local, m_request.operation,
                                  tr("cannot read %1: %2").arg(m_request.uploadFilePath, why)));
            return;
        }
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &[name, value] : std::as_const(m_request.formFields)) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"") + name + '"');
            part.setBody(value);
            multipart->append(part);
        }
        QHttpPart filePart;
        const QByteArray fileName = QFileInfo(m_request.uploadFilePath).fileName().toUtf8().replace('"', '_');
        filePart.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"")
                                                                          + m_request.uploadFieldName
                                                                          + "\"; filename=\"" + fileName + '"');
        filePart.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/jsonl"));
        filePart.setBodyDevice(file);
        file->setParent(multipart);
        multipart->append(filePart);
        m_reply = m_network->post(req, multipart);
        multipart->setParent(m_reply);
    } else {
        if (!m_request.contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
        m_reply = m_network->sendCustomRequest(req, m_request.method, m_request.body);
    }

    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpCall::onSslErrors);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    // Progress is the upload's for calls that send something (a file, a large
    // inline batch), the download's for the rest.
    const bool sending = !m_request.uploadFilePath.isEmpty() || m_request.body.size() > 64 * 1024;
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this, sending](qint64 done, qint64 total) {
        restartInactivityTimer();
        if (!sending)
            Q_EMIT progress(done, total);
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this, sending](qint64 done, qint64 total) {
        restartInactivityTimer();
        if (sending)
            Q_EMIT progress(done, total);
    });
    restartInactivityTimer();
}

void HttpCall::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply)
        return;
    QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    for (const QSslError &e : errors) {
        if (peer.isNull())
            peer = e.certificate();
    }
    // A pin is the user's own word for exactly this certificate: it stands in
    // for the authority no one else vouches with. Any other certificate fails.
    if (m_request.tls && m_request.tls->isPinned(peer)) {
        m_reply->ignoreSslErrors(errors);
        return;
    }
    m_tlsErrors = errors;
    m_tlsPeer = peer;
}

ApiError HttpCall::tlsError() const
{
    QStringList reasons;
    for (const QSslError &e : m_tlsErrors) {
        if (!reasons.contains(e.errorString()))
            reasons << e.errorString();
    }
    ApiError e = ApiError::make(ApiError::Kind::Tls, m_request.operation, reasons.join(QStringLiteral("; ")));
    e.tlsCertificate = m_tlsPeer.toPem();
    if (m_request.tls && m_request.tls->hasPins()) {
        e.tlsPinMismatch = true;
        e.message = tr("the server's certificate is not the one trusted for this connection (%1)").arg(e.message);
    }
    return e;
}

void HttpCall::restartInactivityTimer()
{
    if (m_request.timeoutMs > 0)
        m_inactivity.start(m_request.timeoutMs);
}

void HttpCall::onInactivity()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

bool HttpCall::isSuccessStatus() const
{
    return m_response.status >= 200 && m_response.status < 300;
}

bool HttpCall::openSink()
{
    m_sink = std::make_unique<QSaveFile>(m_request.downloadPath);
    if (!m_sink->open(QIODevice::WriteOnly)) {
        m_sinkFailed = true;
        return false;
    }
    return true;
}

void HttpCall::discardSink()
{
    if (m_sink) {
        m_sink->cancelWriting();
        m_sink.reset();
    }
    m_sinkFailed = false;
}

void HttpCall::onReadyRead()
{
    if (!m_reply || !m_reply->isReadable()) // an aborted reply is closed: nothing left to read
        return;
    if (m_response.status == 0)
        m_response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    m_response.bytesReceived += chunk.size();
    const bool streaming = !m_request.downloadPath.isEmpty() && isSuccessStatus();
    if (streaming) {
        if (!m_sink && !m_sinkFailed)
            openSink();
        if (m_sink && !m_sinkFailed && m_sink->write(chunk) != chunk.size())
            m_sinkFailed = true;
        if (m_sinkFailed)
            m_reply->abort(); // disk full or no permission: stop downloading
        return;
    }
    const bool keepAll = isSuccessStatus();
    if (keepAll || m_response.body.size() < kMaxErrorBody)
        m_response.body += keepAll ? chunk : chunk.left(kMaxErrorBody - m_response.body.size());
}

ApiError HttpCall::networkError(QNetworkReply *reply) const
{
    ApiError e = ApiError::make(ApiError::Kind::Network, m_request.operation, reply->errorString());
    // A gateway that requires mutual TLS may simply hang up on a client without
    // a certificate (TLS 1.3 refuses it after the handshake): say what may be missing.
    const bool closedBeforeAnswer = reply->error() == QNetworkReply::RemoteHostClosedError
                                    && m_response.bytesReceived == 0 && m_response.status == 0;
    if (closedBeforeAnswer && m_request.url.scheme() == u"https"
        && !(m_request.tls && m_request.tls->hasClientCertificate()))
        e.message = tr("%1 (if the server requires a client certificate, set one for this connection)").arg(e.message);
    if (m_timedOut) {
        e.kind = ApiError::Kind::Timeout;
        e.message = tr("no answer from %1 within %2 s")
                        .arg(m_request.url.host())
                        .arg(m_request.timeoutMs / 1000.0, 0, 'g', 3);
    }
    return e;
}

void HttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_inactivity.stop();
    onReadyRead(); // drain whatever is left
    m_reply = nullptr;
    reply->deleteLater();

    m_response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        m_response.headers.append(pair);

    if (m_aborted) {
        discardSink();
        finish(ApiError::make(ApiError::Kind::Cancelled, m_request.operation, QString()));
        return;
    }
    if (m_sinkFailed) {
        const QString why = m_sink ? m_sink->errorString() : tr("cannot open for writing");
        discardSink();
        finish(ApiError::make(ApiError::Kind::Local, m_request.operation,
                              tr("cannot write %1: %2").arg(m_request.downloadPath, why)));
        return;
    }

    const QNetworkReply::NetworkError netError = reply->error();
    if (!m_tlsErrors.isEmpty() && m_response.status == 0) {
        finish(tlsError()); // never retried: the same certificate comes back
        return;
    }
    if (m_timedOut || (m_response.status == 0 && netError != QNetworkReply::NoError)) {
        const ApiError e = networkError(reply);
        if (m_timedOut || RetryPolicy::retryableNetworkError(netError))
            retryOrFail(e, std::nullopt);
        else
            finish(e);
        return;
    }

    // A body shorter than its Content-Length: the connection dropped mid-answer.
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool truncated = (declared.isValid() && m_response.bytesReceived < declared.toLongLong())
                           || (isSuccessStatus() && netError == QNetworkReply::RemoteHostClosedError);
    if (truncated) {
        ApiError e = ApiError::make(
            ApiError::Kind::Decode, m_request.operation,
            tr("the answer was cut off after %1 of %2 bytes")
                .arg(QLocale().toString(m_response.bytesReceived),
                     declared.isValid() ? QLocale().toString(declared.toLongLong()) : QStringLiteral("?")));
        e.httpStatus = m_response.status;
        retryOrFail(e, std::nullopt);
        return;
    }

    if (!isSuccessStatus()) {
        ApiError e = ApiError::fromHttpBody(m_request.operation, m_response.status, m_response.body);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto retryAfter = RetryPolicy::parseRetryAfter(m_response.header("Retry-After"), now);
        if (retryAfter) {
            e.retryAfterMs = *retryAfter;
            e.retryAt = now.addMSecs(*retryAfter);
        }
        if (RetryPolicy::retryableStatus(m_response.status))
            retryOrFail(e, retryAfter);
        else
            finish(e);
        return;
    }

    if (!m_request.downloadPath.isEmpty()) {
        if (!m_sink && !openSink()) { // an empty body still makes an (empty) file
            finish(ApiError::make(ApiError::Kind::Local, m_request.operation,
                                  tr("cannot write %1").arg(m_request.downloadPath)));
            return;
        }
        if (!m_sink->commit()) {
            const QString why = m_sink->errorString();
            m_sink.reset();
            finish(ApiError::make(ApiError::Kind::Local, m_request.operation,
                                  tr("cannot save %1: %2").arg(m_request.downloadPath, why)));
            return;
        }
        m_sink.reset();
    }
    finish(ApiError());
}

void HttpCall::retryOrFail(const ApiError &error, std::optional<qint64> retryAfterMs)
{
    discardSink();
    std::optional<int> delay;
    if (m_request.idempotent)
        delay = m_policy.delayBeforeRetry(m_attempts, retryAfterMs, QRandomGenerator::global());
    if (!delay) {
        finish(error);
        return;
    }
    Q_EMIT retrying(m_attempts + 1, *delay, error);
    m_retryTimer.start(*delay);
}

void HttpCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_error.attempts = m_attempts;
    if (m_error.isError() && m_error.httpStatus == 0)
        m_error.httpStatus = m_response.status;
    if (m_starting) {
        // Failed before anything was sent (an unreadable file): whoever called
        // start() has not connected to `finished` yet, so say it from the event loop.
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT finished();
                deleteLater();
            },
            Qt::QueuedConnection);
        return;
    }
    Q_EMIT finished();
    deleteLater();
}
