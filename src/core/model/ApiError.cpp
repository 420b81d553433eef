#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString stringField(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

// A short, readable message from an HTML or plain-text body: the <title> of
// an HTML page when it has one, else the text with whitespace folded.
QString summariseNonJson(const QString &snippet, const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.left(4096)));
    if (match.hasMatch()) {
        const QString t = match.captured(1).simplified();
        if (!t.isEmpty())
            return t;
    }
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = snippet;
    text.remove(tags);
    return text.simplified();
}

} // namespace

ApiError ApiError::make(Kind kind, const QString &operation, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.operation = operation;
    e.message = message;
    return e;
}

ApiError ApiError::fromHttpBody(const QString &operation, int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.kind = Kind::Http;
    e.operation = operation;
    e.httpStatus = httpStatus;

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        e.bodySnippet = QString::fromUtf8(body.left(800)).left(200);
        e.message = summariseNonJson(e.bodySnippet, body);
        return e;
    }

    const QJsonObject root = doc.object();
    const QJsonValue errorValue = root.value(QLatin1String("error"));
    const QJsonObject error = errorValue.toObject();

    // Gateway envelope fields (harmless to read on the other shapes: they are simply absent).
    e.eventId = stringField(error, "event_id");
    if (e.eventId.isEmpty())
        e.eventId = stringField(root, "event_id");
    const QJsonObject extra = root.value(QLatin1String("extra_fields")).toObject();
    e.provider = stringField(extra, "provider");
    e.requestType = stringField(extra, "request_type");
    if (e.httpStatus <= 0) {
        // No transport status (e.g. a body replayed from a log): the gateway's own rule.
        const QJsonValue sc = root.value(QLatin1String("status_code"));
        if (sc.isDouble() && sc.toDouble() > 0)
            e.httpStatus = int(sc.toDouble());
        else if (root.contains(QLatin1String("is_bifrost_error")))
            e.httpStatus = root.value(QLatin1String("is_bifrost_error")).toBool() ? 500 : 400;
    }

    e.type = stringField(error, "type");
    if (e.type.isEmpty()) {
        const QString topType = stringField(root, "type");
        if (topType != u"error") // Anthropic's outer "type":"error" says nothing
            e.type = topType;
    }
    e.code = stringField(error, "code");
    e.message = stringField(error, "message");
    e.param = stringField(error, "param");

    if (errorValue.isString()) // some servers send {"error":"text"}
        e.message = errorValue.toString();
    if (e.message.isEmpty())
        e.message = stringField(root, "message");
    if (e.message.isEmpty() && !errorValue.isObject() && !root.contains(QLatin1String("message")))
        e.message = QString::fromUtf8(body.left(200));
    return e;
}

void ApiError::redact(const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // Very short values would mask ordinary words; real keys are long.
        if (secret.size() < 8)
            continue;
        for (QString *text : {&message, &bodySnippet, &param, &code, &type})
            text->replace(secret, QStringLiteral("••••"));
    }
}

QString ApiError::reason() const
{
    return code.isEmpty() ? type : code;
}

QString ApiError::toString() const
{
    QString out = operation.isEmpty() ? QStringLiteral("request failed") : operation + QStringLiteral(" failed");
    switch (kind) {
    case Kind::None:
        return operation + QStringLiteral(" succeeded");
    case Kind::Http: {
        out += QStringLiteral(": HTTP ") + QString::number(httpStatus);
        const QString why = reason();
        if (!why.isEmpty())
            out += QLatin1Char(' ') + why;
        if (!message.isEmpty())
            out += QStringLiteral(": ") + message;
        if (retryAfterSeconds)
            out += QStringLiteral(" (retry after %1 s)").arg(*retryAfterSeconds);
        return out;
    }
    case Kind::Timeout:
        out += QStringLiteral(": timed out");
        break;
    case Kind::Network:
        out += QStringLiteral(": network error");
        break;
    case Kind::Decode:
        out += QStringLiteral(": unreadable response");
        if (httpStatus > 0)
            out += QStringLiteral(" (HTTP %1)").arg(httpStatus);
        break;
    case Kind::Protocol:
        out += QStringLiteral(": protocol error");
        break;
    case Kind::Cancelled:
        out += QStringLiteral(": cancelled");
        break;
    case Kind::Local:
        out += QStringLiteral(": local error");
        break;
    }
    if (!message.isEmpty())
        out += QStringLiteral(": ") + message;
    if (attempts > 1)
        out += QStringLiteral(" (after %1 attempts)").arg(attempts);
    return out;
}
