#pragma once

#include "model/Batch.h"

#include <QJsonObject>

// The unified JSON shape of a batch (the gateway's), whichever backend it
// came from: what `batchctl --json` prints, so scripts see one format.
namespace BatchEncoder {
QJsonObject toJson(const Batch &batch);
}
