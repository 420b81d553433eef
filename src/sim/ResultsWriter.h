#pragma once

#include "SimBatch.h"

#include <QByteArray>
#include <QIODevice>

// Writes the per-request results of a simulated batch as a provider would:
// OpenAI output/error JSONL files, or Anthropic's results JSONL. The text is
// deterministic for a given batch, and realistic in size and shape (unicode,
// escapes, usage blocks), so it also serves as benchmark data.
class ResultsWriter
{
public:
    explicit ResultsWriter(const SimBatch &batch, quint64 seed);

    // Succeeded requests go to `output`, the rest to `errors`. Either may be null.
    bool writeOpenAi(QIODevice *output, QIODevice *errors, const SimBatch::Snapshot &end) const;
    // Every request, Anthropic-style; `gatewayShape` adds the gateway's flat "error" beside "result".
    bool writeAnthropic(QIODevice *out, const SimBatch::Snapshot &end, bool gatewayShape) const;

    // The batch's input file: one OpenAI-style request line per request, with
    // the custom_ids its results carry, so the request shows beside its answer.
    bool writeInput(QIODevice *out) const;
    QByteArray requestLine(qint64 index) const;

    QByteArray openAiSuccessLine(qint64 index) const;
    QByteArray openAiErrorLine(qint64 index) const;
    QByteArray openAiUnfinishedLine(qint64 index, bool expired) const;
    QByteArray anthropicLine(qint64 index, const char *type, bool gatewayShape) const;

private:
    quint64 mix(qint64 index, quint64 salt) const;
    QString answerText(qint64 index) const;
    QByteArray chatBody(qint64 index) const;

    const SimBatch &m_batch;
    quint64 m_seed;
};
