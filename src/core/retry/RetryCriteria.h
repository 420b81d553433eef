#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

// Why a request is worth sending again: it failed, expired, was cancelled, or
// never came back at all (in the input, in no result file).
enum class RetryReason : quint8 {
    Failed,
    Expired,
    Canceled,
    Missing,
};
inline constexpr int kRetryReasonCount = 4;

// Which requests of an ended batch a retry sends again.
struct RetryCriteria
{
    // By reason; all four by default.
    std::array<bool, kRetryReasonCount> include{true, true, true, true};
    // Failures left out by HTTP status: exact codes ("400") or classes ("4xx", kept as 4).
    QList<int> excludedStatuses;
    // Failures left out by error code or type ("invalid_request_error").
    QSet<QString> excludedCodes;
    // When set, only these custom_ids (one group of the failure summary).
    std::optional<QSet<QString>> onlyIds;

    bool includes(RetryReason reason) const { return include[size_t(reason)]; }
    bool excludesFailure(int statusCode, const QString &code) const;

    // The wire names, as batchctl and the audit record spell them:
    // failed, expired, canceled, missing.
    static QString wireName(RetryReason reason);
    static std::optional<RetryReason> fromWireName(QStringView name);
    // "failed,expired" → include exactly those; false with `error` set on an unknown name.
    bool setIncluded(const QString &commaList, QString *error);
    // "400,404,5xx" → excludedStatuses; false with `error` set on anything else.
    bool setExcludedStatuses(const QString &commaList, QString *error);
};
