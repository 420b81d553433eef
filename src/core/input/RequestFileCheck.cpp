#include "RequestFileCheck.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString mostCommon(const QMap<QString, qint64> &counts)
{
    QString best;
    qint64 bestCount = -1;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}
} // namespace

QString RequestFileReport::dominantUrl() const
{
    return mostCommon(urls);
}

QString RequestFileReport::dominantModel() const
{
    return mostCommon(models);
}

RequestFileReport RequestFileCheck::check(const QString &path, const std::function<void(qint64, qint64)> &progress,
                                          const std::atomic_bool *cancel)
{
    RequestFileReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.readError = file.errorString();
        return report;
    }
    const qint64 total = file.size();
    QHash<QString, qint64> seen; // custom_id -> line
    qint64 lineNumber = 0;
    qint64 lastReport = 0;
    auto addError = [&report](const QString &text) {
        if (++report.errorCount <= kMaxErrors)
            report.errors.append(text);
    };
    while (!file.atEnd()) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            return report;
        }
        const QByteArray line = file.readLine();
        ++lineNumber;
        report.bytes += line.size();
        if (progress && report.bytes - lastReport > (1 << 20)) {
            lastReport = report.bytes;
            progress(report.bytes, total);
        }
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (!doc.isObject()) {
            addError(QStringLiteral("line %1: not a JSON object (%2)")
                         .arg(lineNumber)
                         .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("wrong type") : parseError.errorString()));
            continue;
        }
        ++report.requests;
        const QJsonObject o = doc.object();
        const QJsonValue id = o.value(QStringLiteral("custom_id"));
        if (!id.isString() || id.toString().isEmpty()) {
            addError(QStringLiteral("line %1: custom_id is missing or not a string").arg(lineNumber));
        } else {
            const auto it = seen.constFind(id.toString());
            if (it != seen.constEnd())
                addError(QStringLiteral("line %1: custom_id \"%2\" repeats line %3").arg(lineNumber).arg(id.toString().left(80)).arg(it.value()));
            else
                seen.insert(id.toString(), lineNumber);
        }
        const bool anthropicShape = o.value(QStringLiteral("params")).isObject();
        if (anthropicShape) {
            ++report.anthropicShaped;
            ++report.urls[QStringLiteral("/v1/messages")];
        } else {
            QStringList missing;
            for (const char *key : {"method", "url", "body"}) {
                if (!o.contains(QLatin1String(key)) || o.value(QLatin1String(key)).isNull())
                    missing << QLatin1String(key);
            }
            if (!missing.isEmpty())
                addError(QStringLiteral("line %1: missing %2").arg(lineNumber).arg(missing.join(QStringLiteral(", "))));
            else
                ++report.openAiShaped;
            const QString url = o.value(QStringLiteral("url")).toString();
            if (!url.isEmpty())
                ++report.urls[url];
        }
        const QJsonObject body = o.value(anthropicShape ? QStringLiteral("params") : QStringLiteral("body")).toObject();
        const QString model = body.value(QStringLiteral("model")).toString();
        if (!model.isEmpty())
            ++report.models[model];
    }
    if (progress)
        progress(report.bytes, total);
    if (report.requests == 0 && report.errorCount == 0)
        addError(QStringLiteral("the file holds no requests"));
    if (report.requests > kWarnRequests)
        report.warnings.append(QStringLiteral("%1 requests: more than the 50,000 a single OpenAI batch accepts").arg(report.requests));
    if (report.bytes > kWarnBytes)
        report.warnings.append(QStringLiteral("%1 MB: larger than the 200 MB a single OpenAI batch input accepts")
                                   .arg(report.bytes / (1024.0 * 1024.0), 0, 'f', 1));
    return report;
}
