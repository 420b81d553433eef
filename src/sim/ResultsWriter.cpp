#include "ResultsWriter.h"

#include "json/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const char *const kSentences[] = {
    "The capital of France is Paris, a city known for the Louvre and the Seine.",
    "Photosynthesis converts light energy into chemical energy stored as glucose.",
    "Die Größe eines Moleküls hängt von der Anzahl und Art seiner Atome ab.",
    "La función devuelve un \"iterador\" que recorre la lista elemento por elemento.",
    "東京は日本の首都であり、世界で最も人口の多い都市圏の一つです。",
    "Here is the corrected code:\n```python\nprint(\"hello\\tworld\")\n```",
    "Summary: revenue grew 12% quarter over quarter, driven by enterprise renewals.",
    "В этом примере функция возвращает сумму двух чисел.",
    "A prime number has exactly two divisors: one and itself. 🙂",
    "Steps:\n1. Preheat the oven to 200 °C.\n2. Bake for 25 minutes.\n3. Let it rest.",
    "The sentiment of this review is positive (confidence 0.93).",
    "Translation: « Le chat dort sur le canapé » means 'The cat sleeps on the sofa'.",
};
constexpr int kSentenceCount = int(sizeof(kSentences) / sizeof(kSentences[0]));

// What a team sends in a batch: the same few tasks over many records.
const char *const kTasks[] = {
    "Answer the customer's question in ticket #%1 in a few sentences.",
    "Summarise support conversation %1 for the weekly report.",
    "Classify the sentiment of product review %1 and give your confidence.",
    "Translate product description %1 into French, keeping the formatting.",
    "Explain the science behind encyclopaedia entry %1 for a twelve-year-old.",
    "Fix the bug in code snippet %1 and show the corrected code.",
};
constexpr int kTaskCount = int(sizeof(kTasks) / sizeof(kTasks[0]));

// `digits` hex digits drawn from `v` (stretched by re-mixing when more than 16 are needed).
QByteArray hex(quint64 v, int digits)
{
    static const char alphabet[] = "0123456789abcdef";
    QByteArray out(digits, '0');
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0 && i > 0)
            v = (v ^ (v >> 31)) * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
        out[i] = alphabet[(v >> ((i % 16) * 4)) & 0xf];
    }
    return out;
}

} // namespace

ResultsWriter::ResultsWriter(const SimBatch &batch, quint64 seed)
    : m_batch(batch)
    , m_seed(seed ^ qHash(batch.id))
{ }

quint64 ResultsWriter::mix(qint64 index, quint64 salt) const
{
    // splitmix64: cheap, deterministic, well spread.
    quint64 z = m_seed + quint64(index) * 0x9E3779B97F4A7C15ULL + salt;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString ResultsWriter::answerText(qint64 index) const
{
    if (index < m_batch.inputBodies.size()) {
        // Created from a real input file: answer what was asked, so request and response line up.
        const QJsonObject body = QJsonDocument::fromJson(m_batch.inputBodies.at(index).toUtf8()).object();
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QString question = messages.isEmpty() ? body.value(QStringLiteral("input")).toString()
                                              : messages.last().toObject().value(QStringLiteral("content")).toString();
        return QStringLiteral("You asked: \"%1\". %2")
            .arg(question.left(200), QString::fromUtf8(kSentences[mix(index, 7) % kSentenceCount]));
    }
    QString text;
    const int sentences = 3 + int(mix(index, 1) % 10);
    for (int i = 0; i < sentences; ++i) {
        if (i)
            text += QLatin1Char(' ');
        text += QString::fromUtf8(kSentences[mix(index, 100 + i) % kSentenceCount]);
    }
    return text;
}

QByteArray ResultsWriter::chatBody(qint64 index) const
{
    const quint64 h = mix(index, 3);
    const qint64 promptTokens = 20 + qint64(h % 900);
    const qint64 completionTokens = 30 + qint64((h >> 16) % 400);
    const QByteArray model = m_batch.model.isEmpty() ? QByteArrayLiteral("gpt-4o-mini-2024-07-18")
                                                     : m_batch.model.section(QLatin1Char('/'), -1).toUtf8();
    const qint64 created = qint64(m_batch.createdAt) + index % 3600;
    QByteArray b;
    b.reserve(1200);
    if (m_batch.endpoint == u"/v1/embeddings") {
        b += "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[";
        for (int i = 0; i < 16; ++i) {
            if (i)
                b += ',';
            b += QByteArray::number(double(qint64(mix(index, 200 + i) % 20000) - 10000) / 10000.0, 'f', 6);
        }
        b += "]}],\"model\":\"" + model + "\",\"usage\":{\"prompt_tokens\":" + QByteArray::number(promptTokens)
             + ",\"total_tokens\":" + QByteArray::number(promptTokens) + "}}";
        return b;
    }
    const QByteArray text = JsonText::quoted(answerText(index));
    if (m_batch.endpoint == u"/v1/responses") {
        b += "{\"id\":\"resp_" + hex(h, 24) + "\",\"object\":\"response\",\"created_at\":" + QByteArray::number(created)
             + ",\"status\":\"completed\",\"model\":\"" + model + "\",\"output\":[{\"type\":\"message\",\"id\":\"msg_"
             + hex(h >> 8, 20)
             + "\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":"
             + text + ",\"annotations\":[]}]}],\"usage\":{\"input_tokens\":" + QByteArray::number(promptTokens)
             + ",\"output_tokens\":" + QByteArray::number(completionTokens)
             + ",\"total_tokens\":" + QByteArray::number(promptTokens + completionTokens) + "}}";
        return b;
    }
    b += "{\"id\":\"chatcmpl-" + hex(h, 29)
         + "\",\"object\":\"chat.completion\",\"created\":" + QByteArray::number(created) + ",\"model\":\"" + model
         + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + text
         + ",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":"
         + QByteArray::number(promptTokens) + ",\"completion_tokens\":" + QByteArray::number(completionTokens)
         + ",\"total_tokens\":" + QByteArray::number(promptTokens + completionTokens)
         + ",\"prompt_tokens_details\":{\"cached_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0}},"
           "\"system_fingerprint\":\"fp_"
         + hex(h >> 4, 10) + "\"}";
    return b;
}

QByteArray ResultsWriter::requestLine(qint64 index) const
{
    if (index < m_batch.inputBodies.size()) {
        return "{\"custom_id\":" + JsonText::quoted(m_batch.customId(index)) + ",\"method\":\"POST\",\"url\":"
               + JsonText::quoted(m_batch.endpoint) + ",\"body\":" + m_batch.inputBodies.at(index).toUtf8() + "}\n";
    }
    const QString task = QString::fromUtf8(kTasks[mix(index, 31) % kTaskCount]).arg(10000 + index);
    const QByteArray model = JsonText::quoted(m_batch.model.section(QLatin1Char('/'), -1));
    QByteArray body;
    if (m_batch.endpoint == u"/v1/embeddings")
        body = "{\"model\":" + model + ",\"input\":" + JsonText::quoted(task) + "}";
    else if (m_batch.endpoint == u"/v1/responses")
        body = "{\"model\":" + model + ",\"input\":" + JsonText::quoted(task) + ",\"max_output_tokens\":400}";
    else
        body = "{\"model\":" + model
               + ",\"messages\":[{\"role\":\"system\",\"content\":\"You are a concise assistant.\"},"
                 "{\"role\":\"user\",\"content\":"
               + JsonText::quoted(task) + "}],\"max_tokens\":400}";
    return "{\"custom_id\":" + JsonText::quoted(m_batch.customId(index))
           + ",\"method\":\"POST\",\"url\":" + JsonText::quoted(m_batch.endpoint) + ",\"body\":" + body + "}\n";
}

bool ResultsWriter::writeInput(QIODevice *out) const
{
    QByteArray buffer;
    for (qint64 i = 0; i < m_batch.total; ++i) {
        buffer += requestLine(i);
        if (buffer.size() >= (1 << 20)) {
            if (out->write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return out->write(buffer) == buffer.size();
}

QByteArray ResultsWriter::openAiSuccessLine(qint64 index) const
{
    return "{\"id\":\"batch_req_" + hex(mix(index, 11), 24) + "\",\"custom_id\":"
           + JsonText::quoted(m_batch.customId(index)) + ",\"response\":{\"status_code\":200,\"request_id\":\""
           + hex(mix(index, 12), 32) + "\",\"body\":" + chatBody(index) + "},\"error\":null}\n";
}

QByteArray ResultsWriter::openAiErrorLine(qint64 index) const
{
    static const char *const kinds[][3] = {
        {"400", "context_length_exceeded",
         "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens."},
        {"400", "invalid_value", "Invalid value for 'temperature': must be between 0 and 2."},
        {"429", "rate_limit_exceeded", "Rate limit reached for requests per day."},
        {"500", "server_error", "The server had an error while processing your request."},
    };
    const auto &k = kinds[mix(index, 21) % 4];
    return "{\"id\":\"batch_req_" + hex(mix(index, 11), 24)
           + "\",\"custom_id\":" + JsonText::quoted(m_batch.customId(index)) + ",\"response\":{\"status_code\":" + k[0]
           + ",\"request_id\":\"" + hex(mix(index, 12), 32)
           + "\",\"body\":{\"error\":{\"message\":" + JsonText::quoted(QString::fromUtf8(k[2]))
           + ",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"" + k[1] + "\"}}},\"error\":null}\n";
}

QByteArray ResultsWriter::openAiUnfinishedLine(qint64 index, bool expired) const
{
    const QByteArray error
        = expired
              ? QByteArrayLiteral(
                  "{\"code\":\"batch_expired\",\"message\":\"This request could not be executed before the completion window expired.\"}")
              : QByteArrayLiteral(
                  "{\"code\":\"batch_cancelled\",\"message\":\"This request was cancelled before it could be executed.\"}");
    return "{\"id\":\"batch_req_" + hex(mix(index, 11), 24) + "\",\"custom_id\":"
           + JsonText::quoted(m_batch.customId(index)) + ",\"response\":null,\"error\":" + error + "}\n";
}

QByteArray ResultsWriter::anthropicLine(qint64 index, const char *type, bool gatewayShape) const
{
    const QByteArray customId = JsonText::quoted(m_batch.customId(index));
    const QByteArray kind(type);
    if (kind == "succeeded") {
        const quint64 h = mix(index, 3);
        const QByteArray model = m_batch.model.isEmpty() ? QByteArrayLiteral("claude-3-5-haiku-20241022")
                                                         : m_batch.model.section(QLatin1Char('/'), -1).toUtf8();
        return "{\"custom_id\":" + customId + ",\"result\":{\"type\":\"succeeded\",\"message\":{\"id\":\"msg_"
               + hex(h, 24) + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"" + model
               + "\",\"content\":[{\"type\":\"text\",\"text\":" + JsonText::quoted(answerText(index))
               + "}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":"
               + QByteArray::number(20 + qint64(h % 900))
               + ",\"output_tokens\":" + QByteArray::number(30 + qint64((h >> 16) % 400)) + "}}}}\n";
    }
    if (kind == "errored") {
        const QByteArray message
            = "max_tokens: 100000 > 8192, which is the maximum allowed number of output tokens for this model";
        QByteArray line
            = "{\"custom_id\":" + customId
              + ",\"result\":{\"type\":\"errored\",\"error\":{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\""
              + message + "\"}}}";
        if (gatewayShape)
            line += ",\"error\":{\"code\":\"invalid_request_error\",\"message\":\"" + message + "\"}";
        return line + "}\n";
    }
    return "{\"custom_id\":" + customId + ",\"result\":{\"type\":\"" + kind + "\"}}\n";
}

bool ResultsWriter::writeOpenAi(QIODevice *output, QIODevice *errors, const SimBatch::Snapshot &end) const
{
    QByteArray outBuffer;
    QByteArray errBuffer;
    auto flush = [](QIODevice *device, QByteArray &buffer, bool force) {
        if (!device || (!force && buffer.size() < (1 << 20)))
            return true;
        const bool ok = device->write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    for (qint64 i = 0; i < m_batch.total; ++i) {
        if (i < end.processed && m_batch.requestGoesMissing(i))
            continue;
        if (i < end.processed) {
            if (m_batch.requestFails(i)) {
                if (errors)
                    errBuffer += openAiErrorLine(i);
            } else if (output) {
                outBuffer += openAiSuccessLine(i);
            }
        } else if (errors) {
            errBuffer += openAiUnfinishedLine(i, end.phase == SimBatch::Phase::Expired);
        }
        if (!flush(output, outBuffer, false) || !flush(errors, errBuffer, false))
            return false;
    }
    return flush(output, outBuffer, true) && flush(errors, errBuffer, true);
}

bool ResultsWriter::writeAnthropic(QIODevice *out, const SimBatch::Snapshot &end, bool gatewayShape) const
{
    QByteArray buffer;
    for (qint64 i = 0; i < m_batch.total; ++i) {
        if (i < end.processed && m_batch.requestGoesMissing(i))
            continue;
        const char *type = i >= end.processed        ? (end.phase == SimBatch::Phase::Expired ? "expired" : "canceled")
                           : m_batch.requestFails(i) ? "errored"
                                                     : "succeeded";
        buffer += anthropicLine(i, type, gatewayShape);
        if (buffer.size() >= (1 << 20)) {
            if (out->write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return out->write(buffer) == buffer.size();
}
