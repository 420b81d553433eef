#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

// Reads a JSONL request file for Anthropic's Message Batches: lines already
// in its {custom_id, params} shape are taken as they are, and lines in
// OpenAI's batch shape with a Messages body ({custom_id, method, url, body})
// are converted, with params = body.
struct AnthropicRequests
{
    QJsonArray requests;
    qint64 converted = 0; // lines that were in OpenAI's shape
    QStringList errors;

    static AnthropicRequests fromFile(const QString &path);
    static AnthropicRequests fromArray(const QJsonArray &lines);
};
