#pragma once

#include "model/Batch.h"
#include "model/BatchPage.h"

#include <QJsonObject>
#include <QStringList>

// Turns the unified (gateway / OpenAI) JSON shapes into value types. Total:
// any JSON yields a value, and everything odd is reported in `warnings`.
namespace BatchDecoder {

Batch decodeBatch(const QJsonObject &object, const QString &fallbackProvider, QStringList *warnings);
BatchPage decodePage(const QJsonObject &object, const QString &fallbackProvider, QStringList *warnings);
FileObject decodeFile(const QJsonObject &object, QStringList *warnings);

// Overlays the fields present in `partial` (e.g. a cancel answer) onto `base`.
// Nested objects are merged key by key, so a partial request_counts keeps the rest.
QJsonObject mergePartial(const QJsonObject &base, const QJsonObject &partial);

} // namespace BatchDecoder
