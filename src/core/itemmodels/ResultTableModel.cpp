#include "ResultTableModel.h"

#include "results/AnswerText.h"

#include <QLocale>
#include <algorithm>

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_decoded(600)
{ }

void ResultTableModel::setIndex(std::shared_ptr<const ResultIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_subset.reset();
    m_decoded.clear();
    m_rows.clear();
    if (m_index) {
        m_rows.reserve(size_t(m_index->rowCount()));
        rebuild();
    }
    endResetModel();
}

void ResultTableModel::setFilter(unsigned outcomeMask, const QString &customIdText)
{
    const QByteArray needle = customIdText.trimmed().toUtf8().toLower();
    if (outcomeMask == m_outcomeMask && needle == m_needle)
        return;
    beginResetModel();
    m_outcomeMask = outcomeMask;
    m_needle = needle;
    rebuild();
    endResetModel();
}

void ResultTableModel::setSubset(std::shared_ptr<const std::vector<int>> rows)
{
    beginResetModel();
    m_subset = std::move(rows);
    rebuild();
    endResetModel();
}

void ResultTableModel::rebuild()
{
    m_rows.clear();
    m_matching = {};
    if (!m_index)
        return;
    // One pass: the outcome counts of the rows the text filters keep, and the rows the outcome filter keeps of those.
    auto visit = [this](int row) {
        if (!m_index->customIdContains(row, m_needle))
            return;
        const unsigned outcome = unsigned(m_index->outcome(row));
        ++m_matching[outcome];
        if (m_outcomeMask & (1u << outcome))
            m_rows.push_back(row);
    };
    if (m_subset) {
        for (int row : *m_subset)
            visit(row);
    } else {
        const int n = m_index->rowCount();
        for (int row = 0; row < n; ++row)
            visit(row);
    }
    sortRows();
}

QString ResultTableModel::outcomeText(ResultOutcome outcome)
{
    switch (outcome) {
    case ResultOutcome::Succeeded:
        return tr("succeeded");
    case ResultOutcome::Errored:
        return tr("failed");
    case ResultOutcome::Expired:
        return tr("expired");
    case ResultOutcome::Canceled:
        return tr("cancelled");
    }
    return {};
}

QString ResultTableModel::outcomeLabel(ResultOutcome outcome)
{
    switch (outcome) {
    case ResultOutcome::Succeeded:
        return tr("Succeeded");
    case ResultOutcome::Errored:
        return tr("Failed");
    case ResultOutcome::Expired:
        return tr("Expired");
    case ResultOutcome::Canceled:
        return tr("Cancelled");
    }
    return {};
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomIdColumn:
        return tr("custom_id");
    case OutcomeColumn:
        return tr("Outcome");
    case StatusColumn:
        return tr("HTTP");
    case ErrorColumn:
        return tr("Error");
    case TokensInColumn:
        return tr("Tokens in");
    case TokensOutColumn:
        return tr("Tokens out");
    case ModelColumn:
        return tr("Model");
    case AnswerColumn:
        return tr("Answer");
    default:
        return {};
    }
}

const ResultRow &ResultTableModel::decoded(int indexRow) const
{
    if (Decoded *d = m_decoded.object(indexRow))
        return d->row;
    auto *d = new Decoded;
    d->row = m_index->decode(indexRow);
    d->answer = AnswerText::extract(d->row.body, 120);
    m_decoded.insert(indexRow, d);
    return d->row;
}

QString ResultTableModel::answer(int indexRow) const
{
    decoded(indexRow);
    return m_decoded.object(indexRow)->answer;
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_index || index.row() >= int(m_rows.size()))
        return {};
    const int row = m_rows[size_t(index.row())];
    const ResultIndex::Entry &e = m_index->entry(row);
    if (role == IndexRowRole)
        return row;
    if (role == OutcomeRole)
        return int(e.outcome);
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == StatusColumn || index.column() == TokensInColumn || index.column() == TokensOutColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CustomIdColumn:
        return m_index->customId(row);
    case OutcomeColumn:
        return outcomeText(ResultOutcome(e.outcome));
    case StatusColumn:
        return e.statusCode ? QVariant(int(e.statusCode)) : QVariant();
    case ErrorColumn:
        if (role == Qt::ToolTipRole || (e.flags & ResultIndex::Entry::Unparsable)) {
            const ResultRow &r = decoded(row);
            return r.errorMessage.isEmpty() ? r.errorCode : r.errorCode + QStringLiteral(": ") + r.errorMessage;
        }
        return m_index->errorCode(row);
    case TokensInColumn:
        return e.inputTokens >= 0 ? QVariant(QLocale().toString(e.inputTokens)) : QVariant();
    case TokensOutColumn:
        return e.outputTokens >= 0 ? QVariant(QLocale().toString(e.outputTokens)) : QVariant();
    case ModelColumn:
        return decoded(row).model;
    case AnswerColumn:
        return answer(row);
    default:
        return {};
    }
}

void ResultTableModel::sortRows()
{
    if (!m_index || m_sortColumn < 0)
        return;
    const ResultIndex &ix = *m_index;
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    auto key = [&](int row) -> qint64 {
        const ResultIndex::Entry &e = ix.entry(row);
        switch (column) {
        case OutcomeColumn:
            return e.outcome;
        case StatusColumn:
            return e.statusCode;
        case ErrorColumn:
            return e.errorCode;
        case TokensInColumn:
            return e.inputTokens;
        case TokensOutColumn:
            return e.outputTokens;
        default:
            return row;
        }
    };
    if (column == CustomIdColumn) {
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
            const QByteArrayView x = ix.customIdBytes(a);
            const QByteArrayView y = ix.customIdBytes(b);
            return order == Qt::AscendingOrder ? x.compare(y) < 0 : y.compare(x) < 0;
        });
    } else {
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](int a, int b) { return order == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a); });
    }
}

void ResultTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_index || column == ModelColumn || column == AnswerColumn) // those would mean decoding every row
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> rowsBefore;
    rowsBefore.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        rowsBefore.push_back(m_rows[size_t(i.row())]);

    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();

    // Persistent indexes (the selection, the current row) follow their rows.
    std::vector<int> viewOf(size_t(m_index->rowCount()), -1);
    for (size_t v = 0; v < m_rows.size(); ++v)
        viewOf[size_t(m_rows[v])] = int(v);
    QModelIndexList after;
    for (size_t i = 0; i < rowsBefore.size(); ++i) {
        const int viewRow = viewOf[size_t(rowsBefore[i])];
        after.append(viewRow < 0 ? QModelIndex()
                                 : QAbstractTableModel::index(viewRow, before.at(qsizetype(i)).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
