#pragma once

#include "RetryCriteria.h"
#include "results/ResultIndex.h"

#include <QByteArrayList>
#include <QIODevice>
#include <array>
#include <atomic>
#include <vector>

// The requests of an ended batch that a retry sends again, chosen by joining
// the batch's input file and its results on custom_id. The new input is the
// chosen input lines, byte for byte and in their original order.
class RetrySelection
{
public:
    // Synchronous and linear in both files: run it off the GUI thread for large
    // batches. Returns an empty selection when `cancel` turns true.
    static RetrySelection select(const ResultIndex &results, const ResultIndex &input, const RetryCriteria &criteria,
                                 const std::atomic_bool *cancel = nullptr);

    // Rows of the input index to send again, in file order.
    const std::vector<int> &inputRows() const { return m_rows; }
    qint64 requestCount() const { return qint64(m_rows.size()); }
    // Chosen requests per reason.
    qint64 count(RetryReason reason) const { return m_counts[size_t(reason)]; }
    // Requests with such an outcome that the criteria left out (by reason, status, code or group).
    qint64 leftOut(RetryReason reason) const { return m_leftOut[size_t(reason)]; }
    qint64 succeeded() const { return m_succeeded; }
    // Bytes of the new input file (the lines and their line ends).
    qint64 bytes() const { return m_bytes; }
    // Input lines that are not requests (unparsable, or without a custom_id), and
    // repeated custom_ids after the first: never sent again.
    qint64 unreadableInputLines() const { return m_unreadable; }
    qint64 duplicateInputIds() const { return m_duplicates; }
    // Results whose custom_id the input does not hold: the input is not this
    // batch's (a user-supplied file that does not cover it).
    qint64 resultsNotInInput() const { return m_notInInput; }
    const QStringList &resultsNotInInputExamples() const { return m_notInInputExamples; }

    // The first `lines` lines of the new input, for a preview.
    QByteArrayList preview(const ResultIndex &input, int lines = 5) const;
    // Writes the new input; false with `error` set when the device fails.
    bool write(const ResultIndex &input, QIODevice *out, QString *error,
               const std::atomic_bool *cancel = nullptr) const;
    // Writes the new input to `path` all or nothing (QSaveFile).
    bool save(const ResultIndex &input, const QString &path, QString *error,
              const std::atomic_bool *cancel = nullptr) const;

private:
    std::vector<int> m_rows;
    std::array<qint64, kRetryReasonCount> m_counts{};
    std::array<qint64, kRetryReasonCount> m_leftOut{};
    qint64 m_succeeded = 0;
    qint64 m_bytes = 0;
    qint64 m_unreadable = 0;
    qint64 m_duplicates = 0;
    qint64 m_notInInput = 0;
    QStringList m_notInInputExamples;
};
