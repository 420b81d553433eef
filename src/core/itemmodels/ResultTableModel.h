#pragma once

#include "results/ResultIndex.h"

#include <QAbstractTableModel>
#include <QCache>
#include <array>
#include <memory>
#include <vector>

// A virtual table over a ResultIndex: it holds only the list of row numbers
// that pass the filter, so 100,000 results cost 4 bytes each here. Model and
// answer text come from decoding the row, which happens only for rows shown.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CustomIdColumn,
        OutcomeColumn,
        StatusColumn,
        ErrorColumn,
        TokensInColumn,
        TokensOutColumn,
        ModelColumn,
        AnswerColumn,
        ColumnCount
    };
    enum Role {
        IndexRowRole = Qt::UserRole + 1,
        OutcomeRole
    };

    explicit ResultTableModel(QObject *parent = nullptr);

    void setIndex(std::shared_ptr<const ResultIndex> index);
    std::shared_ptr<const ResultIndex> resultIndex() const { return m_index; }

    // Outcomes to show (bit per ResultOutcome) and a custom_id substring.
    void setFilter(unsigned outcomeMask, const QString &customIdText);
    // Restricts the rows to these index rows (the answer-text search); null clears it.
    void setSubset(std::shared_ptr<const std::vector<int>> rows);
    static constexpr unsigned kAllOutcomes = 0xf;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Rows per outcome among those the custom_id filter and the answer search
    // let through, whatever the outcome filter: "Failed (11 of 400)".
    const std::array<qint64, 4> &matchingOutcomeCounts() const { return m_matching; }
    // True while a custom_id filter or an answer search narrows the rows.
    bool narrowed() const { return !m_needle.isEmpty() || m_subset; }
    // The request-level words, one vocabulary everywhere: succeeded, failed, expired, cancelled.
    static QString outcomeText(ResultOutcome outcome);
    static QString outcomeLabel(ResultOutcome outcome);

    int indexRow(int viewRow) const { return m_rows[size_t(viewRow)]; }
    const std::vector<int> &visibleRows() const { return m_rows; }
    // Full decode, cached for the rows on screen.
    const ResultRow &decoded(int indexRow) const;
    QString answer(int indexRow) const;

private:
    void rebuild();
    // Orders m_rows by the sort column (no signals: callers announce the change).
    void sortRows();

    struct Decoded
    {
        ResultRow row;
        QString answer;
    };
    std::shared_ptr<const ResultIndex> m_index;
    std::shared_ptr<const std::vector<int>> m_subset;
    std::vector<int> m_rows;
    std::array<qint64, 4> m_matching{};
    unsigned m_outcomeMask = kAllOutcomes;
    QByteArray m_needle;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QCache<int, Decoded> m_decoded;
};
