#include "RequestFileCheck.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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

namespace {
// What is still open where a line ends early: a string, an object or an array.
enum class Open {
    Nothing,
    String,
    Object,
    Array
};
Open openAtEnd(const QByteArray &line)
{
    QList<char> stack;
    bool inString = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            stack.append(c);
        } else if ((c == '}' || c == ']') && !stack.isEmpty()) {
            stack.removeLast();
        }
    }
    if (inString)
        return Open::String;
    if (stack.isEmpty())
        return Open::Nothing;
    return stack.last() == '{' ? Open::Object : Open::Array;
}
} // namespace

QString RequestFileCheck::describeParseError(const QJsonParseError &error, const QByteArray &line)
{
    // A parser that runs out of line names whatever it was reading last
    // ("unterminated string" for an object left open); say what was left open.
    const bool ranOut = line.mid(error.offset).trimmed().isEmpty();
    QString what;
    if (ranOut) {
        switch (openAtEnd(line)) {
        case Open::String:
            what = tr("a string is not closed (a missing '\"')");
            break;
        case Open::Object:
            what = tr("the object is not closed (a missing \"}\")");
            break;
        case Open::Array:
            what = tr("the array is not closed (a missing \"]\")");
            break;
        case Open::Nothing:
            break;
        }
    }
    if (what.isEmpty()) {
        switch (error.error) {
        case QJsonParseError::UnterminatedObject:
            what = tr("a \",\" or \"}\" is missing");
            break;
        case QJsonParseError::MissingNameSeparator:
            what = tr("a \":\" is missing after a key");
            break;
        case QJsonParseError::UnterminatedArray:
            what = tr("a \",\" or \"]\" is missing");
            break;
        case QJsonParseError::MissingValueSeparator:
            what = tr("a \",\" is missing between values");
            break;
        case QJsonParseError::IllegalValue:
            what = tr("this is not a JSON value");
            break;
        case QJsonParseError::TerminationByNumber:
            what = tr("the line ends in the middle of a number");
            break;
        case QJsonParseError::IllegalNumber:
            what = tr("the number is not valid");
            break;
        case QJsonParseError::IllegalEscapeSequence:
            what = tr("a backslash escape is not valid");
            break;
        case QJsonParseError::IllegalUTF8String:
            what = tr("the text is not valid UTF-8");
            break;
        case QJsonParseError::UnterminatedString:
            what = tr("a string is not closed (a missing '\"')");
            break;
        case QJsonParseError::MissingObject:
            what = tr("a JSON object was expected");
            break;
        case QJsonParseError::DeepNesting:
            what = tr("the JSON is nested too deeply");
            break;
        case QJsonParseError::DocumentTooLarge:
            what = tr("the line is too large");
            break;
        case QJsonParseError::GarbageAtEnd:
            what = tr("there is more after the end of the object");
            break;
        case QJsonParseError::NoError:
            return QString();
        }
    }
    // The parser's offset counts bytes and points just past the trouble; people count characters.
    const qsizetype column = ranOut ? QString::fromUtf8(line).size() + 1
                                    : qMax<qsizetype>(1, QString::fromUtf8(line.left(error.offset)).size());
    return tr("column %1: %2").arg(QLocale().toString(column), what);
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
        report.lines = lineNumber;
        report.bytes += line.size();
        if (progress && report.bytes - lastReport > (1 << 20)) {
            lastReport = report.bytes;
            progress(report.bytes, total);
        }
        // Only the line break goes: the parser's offsets then match the line as written.
        QByteArray content = line;
        while (content.endsWith('\n') || content.endsWith('\r'))
            content.chop(1);
        if (content.trimmed().isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
        if (!doc.isObject()) {
            if (parseError.error == QJsonParseError::NoError)
                addError(tr("line %1: not a JSON object").arg(QLocale().toString(lineNumber)));
            else
                addError(
                    tr("line %1, %2").arg(QLocale().toString(lineNumber), describeParseError(parseError, content)));
            continue;
        }
        ++report.requests;
        const QJsonObject o = doc.object();
        const QJsonValue id = o.value(QStringLiteral("custom_id"));
        if (!id.isString() || id.toString().isEmpty()) {
            addError(tr("line %1: custom_id is missing or not a string").arg(QLocale().toString(lineNumber)));
        } else {
            const auto it = seen.constFind(id.toString());
            if (it != seen.constEnd())
                addError(
                    tr("line %1: custom_id \"%2\" repeats line %3")
                        .arg(QLocale().toString(lineNumber), id.toString().left(80), QLocale().toString(it.value())));
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
                addError(
                    tr("line %1: missing %2").arg(QLocale().toString(lineNumber), missing.join(QStringLiteral(", "))));
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
        addError(tr("the file holds no requests"));
    if (report.requests > kWarnRequests)
        report.warnings.append(tr("%1 requests: more than the %2 a single OpenAI batch accepts")
                                   .arg(QLocale().toString(report.requests), QLocale().toString(kWarnRequests)));
    if (report.bytes > kWarnBytes)
        report.warnings.append(
            tr("%1: larger than the %2 a single OpenAI batch input accepts")
                .arg(QLocale().formattedDataSize(report.bytes), QLocale().formattedDataSize(kWarnBytes)));
    return report;
}
