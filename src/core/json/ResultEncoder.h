#pragma once

#include "model/ResultRow.h"

#include <QByteArray>

// The normalised line of one result, `{"custom_id","outcome","status_code","body","error"}`:
// the shape shared by `batchctl results --json` and the normalised export.
namespace ResultEncoder {
QByteArray toNormalizedJson(const ResultRow &row);
}
