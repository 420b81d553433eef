#pragma once

#include "ResultIndex.h"

#include <atomic>
#include <functional>
#include <memory>

// Builds a ResultIndex over downloaded result files with simdjson, splitting
// large JSONL files across threads. Lines that do not parse are kept as
// errored rows that say "unparsable line N"; nothing is dropped.
class ResultsIndexer
{
public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal, qint64 rows)>;

    struct Outcome
    {
        std::shared_ptr<ResultIndex> index;
        QString error; // a file could not be read
        bool cancelled = false;
    };

    // Synchronous: run it off the GUI thread. `progress` may be called from
    // any of the worker threads. `threads` 0 means one per core; files smaller
    // than `minBytesPerThread` times the thread count use fewer threads.
    static Outcome build(const QList<ResultIndex::Source> &sources, const Progress &progress = {},
                         const std::atomic_bool *cancel = nullptr, int threads = 0, qint64 minBytesPerThread = 4 << 20);
};
