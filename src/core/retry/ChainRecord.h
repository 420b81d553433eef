#pragma once

#include "ChainLink.h"
#include "results/ResultsCache.h"

// A batch's place in a chain or group, kept on disk beside its cached
// results: the only record where the provider keeps no metadata (Anthropic),
// and a second one where it does. Written when the console creates the batch.
class ChainRecord
{
public:
    static QString pathFor(const ResultsCache &cache, const Connection &connection, const QString &provider,
                           const QString &batchId);
    static bool save(const ResultsCache &cache, const Connection &connection, const QString &provider,
                     const QString &batchId, const ChainLink &link);
    // The link from the batch's metadata when it has one, else from the record.
    static ChainLink linkOf(const ResultsCache &cache, const Connection &connection, const Batch &batch);
};
