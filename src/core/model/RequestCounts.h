#pragma once

#include <QtGlobal>

// Per-request tallies of a batch in the unified shape. A count the server
// did not send is 0.
struct RequestCounts
{
    qint64 total = 0;
    qint64 completed = 0;
    qint64 failed = 0;
    qint64 succeeded = 0;
    qint64 expired = 0;
    qint64 canceled = 0;
    qint64 pending = 0;

    // Requests that reached an outcome. OpenAI reports completed+failed; the
    // Anthropic mapping adds canceled and expired, so all four count.
    qint64 processed() const;
    // Requests that ended without a successful answer.
    qint64 unsuccessful() const { return failed + expired + canceled; }
    qint64 remaining() const { return qMax<qint64>(0, total - processed()); }
    // 0..1; 0 when total is unknown.
    double fraction() const;

    bool operator==(const RequestCounts &o) const = default;
};
