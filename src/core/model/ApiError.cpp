#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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

namespace {
// Every operation word the backends, the results store and the actions use.
const char *const kOperations[] = {
    QT_TRANSLATE_NOOP("ApiError", "list"),
    QT_TRANSLATE_NOOP("ApiError", "retrieve"),
    QT_TRANSLATE_NOOP("ApiError", "cancel"),
    QT_TRANSLATE_NOOP("ApiError", "create"),
    QT_TRANSLATE_NOOP("ApiError", "upload"),
    QT_TRANSLATE_NOOP("ApiError", "delete"),
    QT_TRANSLATE_NOOP("ApiError", "results"),
    QT_TRANSLATE_NOOP("ApiError", "download file"),
    QT_TRANSLATE_NOOP("ApiError", "download results"),
    QT_TRANSLATE_NOOP("ApiError", "download output file"),
    QT_TRANSLATE_NOOP("ApiError", "download error file"),
    QT_TRANSLATE_NOOP("ApiError", "index results"),
    QT_TRANSLATE_NOOP("ApiError", "connect"),
    QT_TRANSLATE_NOOP("ApiError", "export"),
    QT_TRANSLATE_NOOP("ApiError", "read file"),
    QT_TRANSLATE_NOOP("ApiError", "decode"),
    QT_TRANSLATE_NOOP("ApiError", "test"),
    QT_TRANSLATE_NOOP("ApiError", "read key"),
    QT_TRANSLATE_NOOP("ApiError", "save key"),
    QT_TRANSLATE_NOOP("ApiError", "forget key"),
};
} // namespace

QString ApiError::operationText(const QString &operation)
{
    if (operation.isEmpty())
        return tr("request");
    for (const char *known : kOperations) {
        if (operation == QLatin1String(known))
            return tr(known);
    }
    return operation;
}

QString ApiError::toString() const
{
    const QString op = operationText(operation);
    QString out;
    switch (kind) {
    case Kind::None:
        return tr("%1 succeeded").arg(op);
    case Kind::Http: {
        out = tr("%1 failed: HTTP %2").arg(op).arg(httpStatus);
        const QString why = reason();
        if (!why.isEmpty())
            out += QLatin1Char(' ') + why;
        if (!message.isEmpty())
            out += QStringLiteral(": ") + message;
        if (retryAfterMs && (*retryAfterMs <= kLongWaitMs || !retryAt.isValid()))
            out += tr(" (retry after %1 s)").arg(QLocale().toString((qMin(*retryAfterMs, kLongWaitMs) + 999) / 1000));
        else if (retryAfterMs)
            out += tr(" (the server asked to wait until %1; not retrying)")
                       .arg(retryAt.toUTC().date().toString(Qt::ISODate));
        return out;
    }
    case Kind::Timeout:
        out = tr("%1 failed: timed out").arg(op);
        break;
    case Kind::Network:
        out = tr("%1 failed: network error").arg(op);
        break;
    case Kind::Decode:
        out = httpStatus > 0 ? tr("%1 failed: unreadable response (HTTP %2)").arg(op).arg(httpStatus)
                             : tr("%1 failed: unreadable response").arg(op);
        break;
    case Kind::Protocol:
        out = tr("%1 failed: protocol error").arg(op);
        break;
    case Kind::Cancelled:
        out = tr("%1 failed: cancelled").arg(op);
        break;
    case Kind::Local:
        out = tr("%1 failed: local error").arg(op);
        break;
    case Kind::Tls:
        out = tr("%1 failed: TLS error").arg(op);
        break;
    }
    if (!message.isEmpty())
        out += QStringLiteral(": ") + message;
    if (attempts > 1)
        out += tr(" (after %1 attempts)").arg(QLocale().toString(attempts));
    return out;
}
