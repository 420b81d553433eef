#pragma once

#include "model/ApiError.h"
#include "model/ResultRow.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <functional>

// Reads the gateway's buffered `/results` answer,
// {"batch_id", "results":[…], "has_more", "next_cursor", "extra_fields":{"parse_errors":[…]}},
// finding each element of `results` in place so a row keeps its exact bytes.
namespace ResultsJsonReader {

struct Element
{
    qint64 offset = 0; // into the document
    qint64 length = 0;
};

struct Summary
{
    bool hasMore = false;
    QString nextCursor;
    QStringList parseErrors; // the gateway's own parse_errors, as text
};

// `data` must be readable for `capacity` >= size + ResultLineParser::kPadding bytes.
// Calls `element` for each entry of `results`; returning false from it stops the scan.
bool scan(const char *data, qint64 size, qint64 capacity, const std::function<bool(const Element &)> &element,
          Summary *summary, ApiError *error);

} // namespace ResultsJsonReader
