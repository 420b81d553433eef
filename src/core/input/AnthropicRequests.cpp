#include "AnthropicRequests.h"

#include <QCoreApplication>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
void addLine(AnthropicRequests &out, const QJsonObject &o, qint64 lineNumber)
{
    const QString id = o.value(QStringLiteral("custom_id")).toString();
    if (id.isEmpty()) {
        out.errors << QCoreApplication::translate("AnthropicRequests", "line %1: custom_id is missing").arg(lineNumber);
        return;
    }
    if (o.value(QStringLiteral("params")).isObject()) {
        out.requests.append(QJsonObject{{QStringLiteral("custom_id"), id},
                                        {QStringLiteral("params"), o.value(QStringLiteral("params"))}});
        return;
    }
    if (o.value(QStringLiteral("body")).isObject()) {
        const QString url = o.value(QStringLiteral("url")).toString();
        if (!url.isEmpty() && url != u"/v1/messages") {
            out.errors << QCoreApplication::translate("AnthropicRequests", "line %1: url %2 is not a Messages request")
                              .arg(lineNumber)
                              .arg(url);
            return;
        }
        out.requests.append(QJsonObject{{QStringLiteral("custom_id"), id},
                                        {QStringLiteral("params"), o.value(QStringLiteral("body"))}});
        ++out.converted;
        return;
    }
    out.errors << QCoreApplication::translate("AnthropicRequests", "line %1: neither params nor body").arg(lineNumber);
}
} // namespace

AnthropicRequests AnthropicRequests::fromFile(const QString &path)
{
    AnthropicRequests out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.errors
            << QCoreApplication::translate("AnthropicRequests", "cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            out.errors
                << QCoreApplication::translate("AnthropicRequests", "line %1: not a JSON object").arg(lineNumber);
            continue;
        }
        addLine(out, doc.object(), lineNumber);
    }
    return out;
}

AnthropicRequests AnthropicRequests::fromArray(const QJsonArray &lines)
{
    AnthropicRequests out;
    for (qsizetype i = 0; i < lines.size(); ++i)
        addLine(out, lines.at(i).toObject(), i + 1);
    return out;
}
