#pragma once

#include "model/Batch.h"
#include "model/BatchPage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Turns the unified (gateway / OpenAI) JSON shapes into value types. Total:
// any JSON yields a value, and everything odd is reported in `warnings`.
namespace BatchDecoder {

Batch decodeBatch(const QJsonObject &object, const QString &fallbackProvider, QStringList *warnings);
BatchPage decodePage(const QJsonObject &object, const QString &fallbackProvider, QStringList *warnings);
// Decodes each object of a listing's `data` with `decode`; other items are skipped
// with a warning, and item warnings are prefixed with their place ("data[3].").
using ItemDecoder = Batch (*)(const QJsonObject &object, const QString &fallbackProvider, QStringList *warnings);
QList<Batch> decodeItems(const QJsonArray &data, const QString &fallbackProvider, ItemDecoder decode,
                         QStringList *warnings);
FileObject decodeFile(const QJsonObject &object, QStringList *warnings);

// Overlays the fields present in `partial` (e.g. a cancel answer) onto `base`.
// Nested objects are merged key by key, so a partial request_counts keeps the rest.
QJsonObject mergePartial(const QJsonObject &base, const QJsonObject &partial);

} // namespace BatchDecoder
