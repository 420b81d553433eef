#pragma once

#include "results/ResultsStore.h"

#include <QTemporaryDir>

// A batch's results the way the window and batchctl get them: streamed into
// a fresh cache by ResultsStore, indexed, then decoded row by row.
struct LoadedResults
{
    QList<ResultRow> rows;
    QStringList serverNotes;
    ApiError error;
    bool ok() const { return !error.isError(); }
    int unparsable = 0;
};

inline LoadedResults loadResults(BatchBackend &backend, const Batch &batch)
{
    LoadedResults out;
    QTemporaryDir cache;
    ResultsStore store(&backend, ResultsCache(cache.path()));
    store.load(batch);
    if (!store.waitUntilDone()) {
        out.error = store.error();
        return out;
    }
    const auto index = store.index();
    for (int row = 0; row < index->rowCount(); ++row) {
        out.rows.append(index->decode(row));
        out.unparsable += index->unparsable(row) ? 1 : 0;
    }
    out.serverNotes = index->serverNotes();
    return out;
}
