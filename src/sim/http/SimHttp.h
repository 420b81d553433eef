#pragma once

#include "FaultPlan.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

// The HTTP layer every simulated dialect shares: a request as the handlers
// see it, the answer they give, and how an answer (faults included) goes out.
namespace SimHttp {

// The parts of a request a handler needs (the request object dies with the call).
struct Call
{
    QByteArray method;
    QString rawPath;
    QStringList segments; // decoded one by one, so %2F inside an id stays in its segment
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Call from(const QHttpServerRequest &request);
    QByteArray header(const QByteArray &name) const;
    QString param(const QString &name) const;
    // The path's segments after a leading "v1", which every dialect accepts with or without.
    QStringList routeSegments() const;
};

struct Reply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QString filePath; // stream this file instead of `body`
    QList<QPair<QByteArray, QByteArray>> headers;
};

Reply json(const QJsonObject &object, int status = 200);
// nginx's page for `status`, as a proxy in front of a gateway sends it.
Reply htmlErrorPage(int status);

// Writes `reply`, applying the faults that act on the wire (disconnect,
// malformed JSON, truncation). Large bodies and files are streamed as the
// socket drains. `cannotRead` is the answer when reply.filePath cannot be opened.
void send(const std::shared_ptr<QHttpServerResponder> &responder, QTcpSocket *socket, Reply reply,
          const std::optional<Fault> &fault, const Reply &cannotRead);

// multipart/form-data: name -> (filename, content)
struct FormPart
{
    QString filename;
    QByteArray content;
};
QHash<QString, FormPart> parseMultipart(const QByteArray &contentType, const QByteArray &body);

} // namespace SimHttp
