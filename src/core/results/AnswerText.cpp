#include "AnswerText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AnswerText {

namespace {
QString clip(QString text, int maxChars)
{
    text = text.simplified();
    if (maxChars > 0 && text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    // Content parts: [{"type":"text","text":"…"}] (chat with parts, Anthropic).
    QString out;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject p = part.toObject();
        const QString type = p.value(QStringLiteral("type")).toString();
        if (type == u"text" || type == u"output_text")
            out += p.value(QStringLiteral("text")).toString();
    }
    return out;
}
} // namespace

QString extract(const QByteArray &bodyJson, int maxChars)
{
    if (bodyJson.isEmpty())
        return {};
    const QJsonObject body = QJsonDocument::fromJson(bodyJson).object();
    if (body.isEmpty())
        return {};
    const QJsonArray choices = body.value(QStringLiteral("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject first = choices.first().toObject();
        if (first.contains(QStringLiteral("message"))) {
            const QJsonObject message = first.value(QStringLiteral("message")).toObject();
            QString text = contentText(message.value(QStringLiteral("content")));
            if (text.isEmpty() && message.value(QStringLiteral("tool_calls")).isArray())
                text = QCoreApplication::translate("AnswerText", "[tool call]");
            if (text.isEmpty() && message.value(QStringLiteral("refusal")).isString())
                text = message.value(QStringLiteral("refusal")).toString();
            return clip(text, maxChars);
        }
        return clip(first.value(QStringLiteral("text")).toString(), maxChars);
    }
    if (body.value(QStringLiteral("output_text")).isString())
        return clip(body.value(QStringLiteral("output_text")).toString(), maxChars);
    if (body.value(QStringLiteral("output")).isArray()) {
        QString text;
        for (const QJsonValue &item : body.value(QStringLiteral("output")).toArray())
            text += contentText(item.toObject().value(QStringLiteral("content")));
        return clip(text, maxChars);
    }
    if (body.contains(QStringLiteral("content")))
        return clip(contentText(body.value(QStringLiteral("content"))), maxChars);
    const QJsonArray data = body.value(QStringLiteral("data")).toArray();
    if (!data.isEmpty() && data.first().toObject().contains(QStringLiteral("embedding"))) {
        const QJsonValue embedding = data.first().toObject().value(QStringLiteral("embedding"));
        if (embedding.isArray())
            return QCoreApplication::translate("AnswerText", "embedding, %1 dimensions")
                .arg(embedding.toArray().size());
        return QCoreApplication::translate("AnswerText", "embedding (base64)");
    }
    return {};
}

} // namespace AnswerText
