#include "RetryCriteria.h"

#include <QCoreApplication>

namespace {
constexpr const char *kWireNames[kRetryReasonCount] = {"failed", "expired", "canceled", "missing"};

QStringList splitList(const QString &commaList)
{
    QStringList parts;
    for (const QString &part : commaList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts;
}
} // namespace

bool RetryCriteria::excludesFailure(int statusCode, const QString &code) const
{
    for (int excluded : excludedStatuses) {
        // 1-5 stand for a class: 5 is any 5xx.
        if (excluded < 10 ? statusCode / 100 == excluded : statusCode == excluded)
            return true;
    }
    return !code.isEmpty() && excludedCodes.contains(code);
}

QString RetryCriteria::wireName(RetryReason reason)
{
    return QLatin1String(kWireNames[size_t(reason)]);
}

std::optional<RetryReason> RetryCriteria::fromWireName(QStringView name)
{
    for (int i = 0; i < kRetryReasonCount; ++i) {
        if (name.compare(QLatin1String(kWireNames[i]), Qt::CaseInsensitive) == 0)
            return RetryReason(i);
    }
    // The British spelling, as the gateway spells the batch status.
    if (name.compare(u"cancelled", Qt::CaseInsensitive) == 0)
        return RetryReason::Canceled;
    return std::nullopt;
}

bool RetryCriteria::setIncluded(const QString &commaList, QString *error)
{
    std::array<bool, kRetryReasonCount> wanted{};
    const QStringList names = splitList(commaList);
    if (names.isEmpty()) {
        *error
            = QCoreApplication::translate("RetryCriteria", "name at least one of failed, expired, canceled, missing");
        return false;
    }
    for (const QString &name : names) {
        const auto reason = fromWireName(name);
        if (!reason) {
            *error = QCoreApplication::translate("RetryCriteria",
                                                 "unknown outcome \"%1\" (use failed, expired, canceled, missing)")
                         .arg(name);
            return false;
        }
        wanted[size_t(*reason)] = true;
    }
    include = wanted;
    return true;
}

bool RetryCriteria::setExcludedStatuses(const QString &commaList, QString *error)
{
    QList<int> statuses;
    for (const QString &part : splitList(commaList)) {
        bool ok = false;
        int value = 0;
        if (part.size() == 3 && part.endsWith(QLatin1String("xx"), Qt::CaseInsensitive)) {
            value = part.left(1).toInt(&ok);
            ok = ok && value >= 1 && value <= 5;
        } else {
            value = part.toInt(&ok);
            ok = ok && value >= 100 && value <= 599;
        }
        if (!ok) {
            *error = QCoreApplication::translate("RetryCriteria",
                                                 "\"%1\" is not an HTTP status (use codes such as 400 or classes "
                                                 "such as 5xx)")
                         .arg(part);
            return false;
        }
        statuses << value;
    }
    excludedStatuses = statuses;
    return true;
}
