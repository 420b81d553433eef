#pragma once

#include "results/ResultIndex.h"

#include <QList>
#include <QString>
#include <atomic>
#include <vector>

// One kind of failure: the same HTTP status, the same error code (or type),
// and the same message once numbers, ids and quoted values are placeholders.
struct FailureGroup
{
    int statusCode = 0; // 0: the row had no HTTP status (Anthropic)
    QString code;
    QString pattern;
    QString exampleCustomId;
    std::vector<int> rows; // of the index, in file order
    qint64 count() const { return qint64(rows.size()); }
};

// Why the requests of a batch failed: its errored rows grouped, the most
// common group first. Reads each errored row whole: run it off the GUI thread.
class FailureSummary
{
public:
    static QList<FailureGroup> build(const ResultIndex &index, const std::atomic_bool *cancel = nullptr);

    // "Rate limit reached for 'gpt-4o' at 12:03 (req_8f2a)" → "Rate limit reached for '…' at <n>:<n> (<id>)".
    static QString pattern(const QString &message);
    // "40 failed: 38 × 429 rate_limit_exceeded, 2 × 400 invalid_value" (at most `groups` groups named).
    static QString headline(const QList<FailureGroup> &groups, int groupsNamed = 3);
    // "429 rate_limit_exceeded", "invalid_request_error", "HTTP 500"
    static QString label(const FailureGroup &group);
};
