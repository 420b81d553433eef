#include "SimHttp.h"

#include <QBuffer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

namespace SimHttp {

namespace {

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
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    default:
        return "OTHER";
    }
}

} // namespace

Call Call::from(const QHttpServerRequest &request)
{
    Call call;
    call.method = methodName(request.method());
    call.rawPath = request.url().path(QUrl::FullyEncoded);
    for (const QString &segment : call.rawPath.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        call.segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));
    call.query = request.query();
    call.headers = request.headers();
    call.body = request.body();
    return call;
}

QByteArray Call::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString Call::param(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QStringList Call::routeSegments() const
{
    QStringList s = segments;
    if (s.value(0) == u"v1")
        s.removeFirst();
    return s;
}

Reply json(const QJsonObject &object, int status)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Reply htmlErrorPage(int status)
{
    Reply r;
    r.status = status;
    r.contentType = "text/html";
    const QByteArray title = QByteArray::number(status) + " " + reasonPhrase(status);
    r.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
             + "</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";
    return r;
}

void send(const std::shared_ptr<QHttpServerResponder> &responder, QTcpSocket *socket, Reply reply,
          const std::optional<Fault> &fault, const Reply &cannotRead)
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
            reply = cannotRead;
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

} // namespace SimHttp
