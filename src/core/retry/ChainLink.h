#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class Batch;

// Where a batch stands in a retry chain or a split group, as its metadata
// records it: bc_retry_of (the batch it retries), bc_chain (the chain's first
// batch), bc_attempt (1 for the first), bc_group and bc_part ("k/N").
struct ChainLink
{
    QString retryOf;
    QString chain;   // empty: not in a chain
    int attempt = 1; // 1: the first batch
    QString group;   // empty: not a split part
    int part = 0;    // 1-based
    int parts = 0;

    static ChainLink fromMetadata(const QMap<QString, QString> &metadata);
    static ChainLink of(const Batch &batch);
    bool inChain() const { return !chain.isEmpty(); }
    bool inGroup() const { return !group.isEmpty(); }
    // The metadata entries that record this link (none for a plain batch).
    QMap<QString, QString> toMetadata() const;
    // The link of a retry of `batch`: the same chain, the next attempt.
    static ChainLink nextAttemptOf(const Batch &batch);
    // Part `part` of `parts` of the split group `group`.
    static ChainLink partOf(const QString &group, int part, int parts);
};

// Metadata for a new batch: the chain's keys, the user's own, and what is
// carried over from the batch it retries, within the providers' limits
// (OpenAI: 16 pairs, keys up to 64 characters, values up to 512).
class ChainMetadata
{
public:
    static constexpr int kMaxPairs = 16;
    static constexpr int kMaxKeyLength = 64;
    static constexpr int kMaxValueLength = 512;

    struct Outcome
    {
        QMap<QString, QString> metadata;
        // Limits that bit: said to the user. With `ok` false, nothing may be sent.
        QStringList notes;
        bool ok = true;
    };

    // The chain's keys always fit; then `userGiven` (refused when it does not
    // fit); then `carried` (the retried batch's own pairs, left out with a
    // note where there is no room).
    static Outcome compose(const ChainLink &link, const QMap<QString, QString> &userGiven,
                           const QMap<QString, QString> &carried = {});
    static bool isChainKey(const QString &key) { return key.startsWith(QLatin1String("bc_")); }
};
