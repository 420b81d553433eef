#include "RetrySelection.h"

#include "model/ResultOutcome.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace {
// When a custom_id has several result rows (it should not, but files repeat),
// the best one counts: a success is never sent again.
int rank(ResultOutcome outcome)
{
    switch (outcome) {
    case ResultOutcome::Succeeded:
        return 3;
    case ResultOutcome::Errored:
        return 2;
    case ResultOutcome::Expired:
        return 1;
    case ResultOutcome::Canceled:
        return 0;
    }
    return 0;
}

RetryReason reasonFor(ResultOutcome outcome)
{
    switch (outcome) {
    case ResultOutcome::Expired:
        return RetryReason::Expired;
    case ResultOutcome::Canceled:
        return RetryReason::Canceled;
    default:
        return RetryReason::Failed;
    }
}

constexpr int kExamples = 5;
constexpr int kCancelCheckEvery = 4096;
} // namespace

RetrySelection RetrySelection::select(const ResultIndex &results, const ResultIndex &input,
                                      const RetryCriteria &criteria, const std::atomic_bool *cancel)
{
    auto cancelled
        = [cancel](int i) { return cancel && i % kCancelCheckEvery == 0 && cancel->load(std::memory_order_relaxed); };
    RetrySelection s;

    // The best result row per custom_id.
    QHash<QString, int> resultRow;
    resultRow.reserve(results.rowCount());
    for (int row = 0; row < results.rowCount(); ++row) {
        if (cancelled(row))
            return {};
        if (results.unparsable(row))
            continue;
        const QString id = results.customId(row);
        auto it = resultRow.find(id);
        if (it == resultRow.end())
            resultRow.insert(id, row);
        else if (rank(results.outcome(row)) > rank(results.outcome(it.value())))
            it.value() = row;
    }

    QSet<QString> seen;
    seen.reserve(input.rowCount());
    for (int row = 0; row < input.rowCount(); ++row) {
        if (cancelled(row))
            return {};
        if (input.unparsable(row) || input.customIdBytes(row).isEmpty()) {
            ++s.m_unreadable;
            continue;
        }
        const QString id = input.customId(row);
        if (seen.contains(id)) {
            ++s.m_duplicates;
            continue;
        }
        seen.insert(id);
        const int result = resultRow.value(id, -1);
        RetryReason reason = RetryReason::Missing;
        bool excluded = false;
        if (result >= 0) {
            const ResultOutcome outcome = results.outcome(result);
            if (outcome == ResultOutcome::Succeeded) {
                ++s.m_succeeded;
                continue;
            }
            reason = reasonFor(outcome);
            excluded = reason == RetryReason::Failed
                       && criteria.excludesFailure(results.entry(result).statusCode, results.errorCode(result));
        }
        excluded = excluded || !criteria.includes(reason) || (criteria.onlyIds && !criteria.onlyIds->contains(id));
        if (excluded) {
            ++s.m_leftOut[size_t(reason)];
            continue;
        }
        ++s.m_counts[size_t(reason)];
        s.m_rows.push_back(row);
        s.m_bytes += input.entry(row).length + 1;
    }

    for (auto it = resultRow.cbegin(); it != resultRow.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        ++s.m_notInInput;
        if (s.m_notInInputExamples.size() < kExamples)
            s.m_notInInputExamples << it.key();
    }
    s.m_notInInputExamples.sort();
    return s;
}

QByteArrayList RetrySelection::preview(const ResultIndex &input, int lines) const
{
    QByteArrayList out;
    for (size_t i = 0; i < m_rows.size() && out.size() < lines; ++i)
        out << input.rawRow(m_rows[i]).toByteArray();
    return out;
}

bool RetrySelection::write(const ResultIndex &input, QIODevice *out, QString *error,
                           const std::atomic_bool *cancel) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            *error = QCoreApplication::translate("RetrySelection", "cancelled");
            return false;
        }
        const QByteArrayView line = input.rawRow(m_rows[i]);
        if (out->write(line.data(), line.size()) != line.size() || !out->putChar('\n')) {
            *error = out->errorString();
            return false;
        }
    }
    return true;
}

bool RetrySelection::save(const ResultIndex &input, const QString &path, QString *error,
                          const std::atomic_bool *cancel) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("RetrySelection", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString reason;
    if (!write(input, &file, &reason, cancel)) {
        file.cancelWriting();
        *error = QCoreApplication::translate("RetrySelection", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("RetrySelection", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
