#pragma once
// Result lines of every shape, and an independent reading of them with
// QJsonDocument, for the index tests. (In a header of its own: moc cannot
// read raw string literals with unbalanced braces.)
#include "model/ResultRow.h"
#include "results/ResultIndex.h"
#include "results/ResultsIndexer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace ResultLines {

// What a row says, read the slow, obvious way.
struct Reference
{
    QString customId;
    ResultOutcome outcome = ResultOutcome::Errored;
    int status = 0;
    QString errorCode;
    qint64 in = -1;
    qint64 out = -1;
};

Reference reference(const QByteArray &line)
{
    Reference r;
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    r.customId = o.value(QStringLiteral("custom_id")).toString();
    const QJsonObject response = o.value(QStringLiteral("response")).toObject();
    const QJsonObject body = response.value(QStringLiteral("body")).toObject();
    const QJsonObject result = o.value(QStringLiteral("result")).toObject();
    const QJsonObject usage = (result.isEmpty() ? body : result.value(QStringLiteral("message")).toObject())
                                  .value(QStringLiteral("usage"))
                                  .toObject();
    r.status = response.value(QStringLiteral("status_code")).toInt();
    auto first = [&](const char *a, const char *b) {
        return usage.contains(QLatin1String(a))   ? qint64(usage.value(QLatin1String(a)).toDouble())
               : usage.contains(QLatin1String(b)) ? qint64(usage.value(QLatin1String(b)).toDouble())
                                                  : -1;
    };
    r.in = first("prompt_tokens", "input_tokens");
    r.out = first("completion_tokens", "output_tokens");
    const QJsonObject error = o.value(QStringLiteral("error")).toObject();
    if (!result.isEmpty()) {
        outcomeFromWire(result.value(QStringLiteral("type")).toString(), &r.outcome);
        r.errorCode = result.value(QStringLiteral("error"))
                          .toObject()
                          .value(QStringLiteral("error"))
                          .toObject()
                          .value(QStringLiteral("type"))
                          .toString();
    } else if (!error.isEmpty()) {
        const QString code = error.value(QStringLiteral("code")).toString();
        r.outcome = code == u"batch_expired"     ? ResultOutcome::Expired
                    : code == u"batch_cancelled" ? ResultOutcome::Canceled
                                                 : ResultOutcome::Errored;
        r.errorCode = code;
    } else {
        r.outcome = r.status >= 200 && r.status < 300 ? ResultOutcome::Succeeded : ResultOutcome::Errored;
        r.errorCode = body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    return r;
}

QList<QByteArray> variedLines()
{
    QList<QByteArray> lines;
    lines
        << R"({"id":"r1","custom_id":"plain-1","response":{"status_code":200,"request_id":"x","body":{"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"Hello"}}],"usage":{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}}},"error":null})";
    lines
        << QStringLiteral(
               R"({"custom_id":"ünïcødé-日本-🙂","response":{"status_code":200,"body":{"choices":[{"message":{"content":"Größe 東京 🙂"}}],"usage":{"prompt_tokens":10,"completion_tokens":20}}},"error":null})")
               .toUtf8();
    lines
        << R"({"custom_id":"esc\"aped\\id\u00e9\n","response":{"status_code":200,"body":{"choices":[{"message":{"content":"a \"quoted\" \\ word\ttab"}}]}},"error":null})";
    lines
        << R"({"custom_id":"nested","response":{"status_code":200,"body":{"deep":{"a":[{"b":[{"c":[1,2,{"d":{"e":[[],{},[[["x"]]]]}}]}]}]},"choices":[{"message":{"content":"ok"}}],"usage":{"prompt_tokens":1,"completion_tokens":2}}},"error":null})";
    lines
        << R"({"custom_id":"err-400","response":{"status_code":400,"body":{"error":{"message":"too long","type":"invalid_request_error","code":"context_length_exceeded"}}},"error":null})";
    lines << R"({"custom_id":"exp","response":null,"error":{"code":"batch_expired","message":"late"}})";
    lines << R"({"custom_id":"can","response":null,"error":{"code":"batch_cancelled","message":"stopped"}})";
    lines
        << R"({"custom_id":"anth-ok","result":{"type":"succeeded","message":{"model":"claude","content":[{"type":"text","text":"Hi"}],"usage":{"input_tokens":11,"output_tokens":12}}}})";
    lines
        << R"({"custom_id":"anth-err","result":{"type":"errored","error":{"type":"error","error":{"type":"overloaded_error","message":"busy"}}}})";
    lines << R"({"result":{"type":"expired"},"custom_id":"anth-exp"})";
    // A line over 1 MB: a long answer.
    QByteArray big = R"({"custom_id":"big","response":{"status_code":200,"body":{"choices":[{"message":{"content":")";
    big += QByteArray(1200 * 1024, 'x');
    big += R"("}}],"usage":{"prompt_tokens":5,"completion_tokens":300000}}},"error":null})";
    lines << big;
    lines
        << R"({"custom_id":"emb","response":{"status_code":200,"body":{"object":"list","data":[{"object":"embedding","embedding":[0.1,0.2,0.3]}],"usage":{"prompt_tokens":4}}},"error":null})";
    return lines;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

std::shared_ptr<ResultIndex> indexOf(const QString &path, int threads = 1, qint64 minBytesPerThread = 4 << 20)
{
    const ResultIndex::Source source{path, QStringLiteral("test"), ResultIndex::SourceFormat::Jsonl,
                                     QFileInfo(path).size()};
    return ResultsIndexer::build({source}, {}, nullptr, threads, minBytesPerThread).index;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace ResultLines

namespace ResultLines {
// Good lines, a blank line, a cut-off line, an HTML line, and a last line cut short.
inline QByteArray malformedContent()
{
    QByteArray content;
    content += R"({"custom_id":"a","response":{"status_code":200,"body":{}}})"
               "\n";
    content += "\n"; // a blank line still counts as a line
    content += R"({"custom_id":"b","response":{"status_code":200,"bo)"
               "\n";
    content += "<html>502 Bad Gateway</html>\n";
    content += R"({"custom_id":"c","response":{"status_code":200,"body":{}}})"
               "\n";
    content += R"({"custom_id":"d","response":{"status_)"; // the cut-off end of a download
    return content;
}
} // namespace ResultLines

namespace ResultLines {
inline QByteArray resultsDocument(const QList<QByteArray> &lines)
{
    return QByteArray("{\"batch_id\":\"b\",\"results\":[") + lines.join(',') + QByteArray("],\"has_more\":false}");
}
} // namespace ResultLines

namespace ResultLines {
inline QByteArray chatBody(const QByteArray &answer)
{
    return QByteArray("{\"choices\":[{\"message\":{\"content\":\"") + answer + QByteArray("\"}}]}");
}
} // namespace ResultLines
