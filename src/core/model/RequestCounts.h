#pragma once

#include <QtGlobal>

// Per-request tallies of a batch in the unified shape. A count the server
// did not send is 0.
//
// One vocabulary everywhere: "succeeded" requests got an answer; "failed"
// ones got an error (Anthropic says "errored"); "expired" and "cancelled"
// ones never ran; "done" is all four together.
struct RequestCounts
{
    qint64 total = 0;
    qint64 completed = 0;
    qint64 failed = 0;
    qint64 succeeded = 0;
    qint64 expired = 0;
    qint64 canceled = 0;
    qint64 pending = 0;
    // The server sent `succeeded` itself. Without it, OpenAI's meaning of
    // `completed` ("completed successfully") gives the succeeded count; with
    // it (Gemini through the gateway), `completed` may include failures.
    bool succeededReported = false;

    qint64 succeededCount() const { return succeededReported ? succeeded : completed; }
    // Requests that reached an outcome: succeeded, failed, expired or cancelled.
    qint64 processed() const;
    // Requests that ended without a successful answer.
    qint64 unsuccessful() const { return failed + expired + canceled; }
    qint64 remaining() const { return qMax<qint64>(0, total - processed()); }
    // 0..1; 0 when total is unknown.
    double fraction() const;

    bool operator==(const RequestCounts &o) const = default;
};
