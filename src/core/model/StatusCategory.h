#pragma once

#include "model/Batch.h"

#include <QCoreApplication>
#include <QString>

// The buckets of the status filter: what a person means by "failed" or
// "cancelled", whichever provider spelled it and however it ended. A
// finished batch is judged by its request counts, not only by its status
// word: Anthropic ends every batch as `ended`, and OpenAI's `completed`
// says nothing about how many requests failed.
class StatusCategory
{
    Q_DECLARE_TR_FUNCTIONS(StatusCategory)
public:
    enum Kind {
        All,
        Active,
        Completed,
        Partial,
        Failed,
        Expired,
        Cancelled,
        Count
    };
    // A set of kinds, one bit each (the status filter combines them).
    using Mask = unsigned;
    static constexpr Mask bit(Kind kind) { return 1u << unsigned(kind); }
    static constexpr Mask kEverything = (1u << unsigned(Count)) - 1;

    static Kind of(const Batch &batch);
    // `All` in the mask lets everything through.
    static bool contains(Mask filter, const Batch &batch);
    // The filter button's label: "Completed", "With errors"...
    static QString label(Kind kind);
    // What the table says when a filter leaves nothing: "No failed batches".
    static QString emptyText(Mask filter);
    // Translated, human wording of a status word ("in progress"); unknown ones verbatim.
    static QString statusText(const BatchStatus &status);
    // What the batch reads as: the status word while it runs, the outcome
    // ("ended with errors", "failed"...) once it has finished.
    static QString outcomeText(const Batch &batch);
    // The counts in words: "2,452 of 5,000 requests done" while running,
    // "119 succeeded, 125 expired, 6 failed" once finished.
    static QString countsText(const Batch &batch);
};
