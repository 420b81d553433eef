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
#include <QRandomGenerator>
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

// A random valid result line: OpenAI's shape (response or error), Anthropic's
// (result.type and nested errors) or the gateway's mix, with random ids
// (escapes, non-ASCII, quotes), statuses, token fields present or not, extra
// fields before and after the ones that matter, and random whitespace. Written
// with QJsonDocument, so it is valid JSON by construction.
inline QByteArray randomResultLine(QRandomGenerator &rng, int n)
{
    auto pick = [&rng](int count) { return int(rng.bounded(count)); };
    static const QStringList idParts{QStringLiteral("req"),
                                     QStringLiteral("a\"b"),
                                     QStringLiteral("ü-ß"),
                                     QStringLiteral("日本"),
                                     QStringLiteral("tab\tnew\nline"),
                                     QStringLiteral("slash/\\"),
                                     QStringLiteral("emoji😀"),
                                     QStringLiteral(" ")};
    QString id = QStringLiteral("%1-").arg(n);
    for (int i = pick(4); i >= 0; --i)
        id += idParts.at(pick(idParts.size()));
    auto usage = [&](bool anthropic) {
        QJsonObject u;
        if (pick(4) != 0)
            u.insert(anthropic || pick(2) ? QStringLiteral("input_tokens") : QStringLiteral("prompt_tokens"),
                     qint64(rng.bounded(1000000)));
        if (pick(4) != 0)
            u.insert(anthropic || pick(2) ? QStringLiteral("output_tokens") : QStringLiteral("completion_tokens"),
                     qint64(rng.bounded(1000000)));
        if (pick(2))
            u.insert(QStringLiteral("total_tokens"), 5);
        return u;
    };
    QJsonObject o;
    if (pick(3))
        o.insert(QStringLiteral("id"), QStringLiteral("batch_req_%1").arg(n));
    o.insert(QStringLiteral("custom_id"), id);
    switch (pick(3)) {
    case 0: { // OpenAI: a response, maybe failed, or an error object
        static const int statuses[] = {200, 201, 299, 300, 400, 401, 404, 429, 500, 503};
        const int status = statuses[pick(10)];
        QJsonObject body{{QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                         {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0}}}}};
        if (pick(3))
            body.insert(QStringLiteral("usage"), usage(false));
        if (status >= 400 && pick(2))
            body.insert(QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("code_%1").arg(pick(5))},
                                    {QStringLiteral("message"), QStringLiteral("went wrong")}});
        o.insert(QStringLiteral("response"), QJsonObject{{QStringLiteral("status_code"), status},
                                                         {QStringLiteral("request_id"), QStringLiteral("r")},
                                                         {QStringLiteral("body"), body}});
        if (pick(4) == 0) {
            static const char *codes[] = {"batch_expired", "batch_cancelled", "server_error", "invalid_request"};
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QLatin1String(codes[pick(4)])},
                                                          {QStringLiteral("message"), QStringLiteral("m")}});
        } else if (pick(2)) {
            o.insert(QStringLiteral("error"), QJsonValue());
        }
        break;
    }
    case 1: { // Anthropic
        static const char *types[] = {"succeeded", "errored", "canceled", "expired"};
        const QString type = QLatin1String(types[pick(4)]);
        QJsonObject result{{QStringLiteral("type"), type}};
        if (type == u"succeeded")
            result.insert(QStringLiteral("message"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("msg")},
                                      {QStringLiteral("content"),
                                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}}}},
                                      {QStringLiteral("usage"), usage(true)}});
        if (type == u"errored")
            result.insert(QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                                      {QStringLiteral("error"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("overloaded_error")},
                                                   {QStringLiteral("message"), QStringLiteral("busy")}}}});
        o.insert(QStringLiteral("result"), result);
        break;
    }
    default: { // the gateway's /results: a response without a body's usage, an error only when there is one
        const int status = pick(2) ? 200 : 500;
        QJsonObject response{{QStringLiteral("status_code"), status},
                             {QStringLiteral("body"), QJsonObject{{QStringLiteral("usage"), usage(false)}}}};
        o.insert(QStringLiteral("response"), response);
        if (status != 200)
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("server_error")},
                                                          {QStringLiteral("message"), QStringLiteral("m")}});
        break;
    }
    }
    if (pick(2))
        o.insert(pick(2) ? QStringLiteral("aa_extra") : QStringLiteral("zz_extra"),
                 QJsonObject{{QStringLiteral("custom_id"), QStringLiteral("not this one")},
                             {QStringLiteral("nested"), QJsonArray{1, 2, QJsonArray{}}}});
    QByteArray line = QJsonDocument(o).toJson(pick(4) == 0 ? QJsonDocument::Indented : QJsonDocument::Compact);
    if (line.contains('\n') && pick(2) == 0)
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    line.replace('\n', pick(2) ? " " : "\t"); // indented output, kept on one line
    return line;
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
