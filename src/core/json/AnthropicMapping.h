#pragma once

#include "model/Batch.h"
#include "model/BatchPage.h"

#include <QJsonObject>
#include <QStringList>

// Anthropic's message_batch in the unified view, exactly as the gateway maps
// it (API.md §4): processing_status in_progress/canceling/ended becomes status
// in_progress/cancelling/ended (the original is kept in processing_status);
// processing -> pending; succeeded -> succeeded and completed; errored ->
// failed; canceled and expired stay; total is the sum of the five; ended_at
// and cancel_initiated_at become completed_at and cancelling_at.
namespace AnthropicMapping {

QJsonObject toUnified(const QJsonObject &native);
// Decodes a native object; `raw` keeps the native JSON for the raw view.
// (`provider` is always anthropic; the parameter matches BatchDecoder::decodeBatch.)
Batch decodeBatch(const QJsonObject &native, const QString &provider, QStringList *warnings);
BatchPage decodePage(const QJsonObject &native, QStringList *warnings);

} // namespace AnthropicMapping
