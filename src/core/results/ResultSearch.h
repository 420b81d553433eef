#pragma once

#include "ResultIndex.h"

#include <atomic>
#include <vector>

// Finds the rows whose answer text contains a phrase. The raw bytes are
// scanned first (the phrase as JSON would spell it), and only the candidates
// are decoded to confirm, so 100 MB is searched in a fraction of a second.
namespace ResultSearch {
// Case-insensitive. Synchronous: run it off the GUI thread.
std::vector<int> rowsWithAnswerContaining(const ResultIndex &index, const QString &text,
                                          const std::atomic_bool *cancel = nullptr);
} // namespace ResultSearch
