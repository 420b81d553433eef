#include "BatchFilterProxy.h"

#include "BatchTableModel.h"

BatchFilterProxy::BatchFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    // The sort role stays DisplayRole: changes to what is shown re-sort, and
    // lessThan compares the model's raw values.
}

void BatchFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_batches = qobject_cast<BatchTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void BatchFilterProxy::setCategories(StatusCategory::Mask categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    invalidateFilter();
    Q_EMIT filtersChanged();
}

void BatchFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
    Q_EMIT filtersChanged();
}

void BatchFilterProxy::setProvider(const QString &provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    invalidateFilter();
    Q_EMIT filtersChanged();
}

void BatchFilterProxy::setSource(const QString &sourceId)
{
    if (sourceId == m_sourceId)
        return;
    m_sourceId = sourceId;
    invalidateFilter();
    Q_EMIT filtersChanged();
}

QString BatchFilterProxy::emptyText() const
{
    if (!m_search.isEmpty())
        return tr("No batches match \"%1\"").arg(m_search);
    return StatusCategory::emptyText(m_categories);
}

bool BatchFilterProxy::matchesSearch(const Batch &b, const QString &text)
{
    if (text.isEmpty())
        return true;
    auto has = [&text](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
    if (has(b.id) || has(b.endpoint) || has(b.model))
        return true;
    for (auto it = b.metadata.begin(); it != b.metadata.end(); ++it) {
        if (has(it.key()) || has(it.value()) || has(it.key() + QLatin1Char('=') + it.value()))
            return true;
    }
    return false;
}

std::array<int, StatusCategory::Count> BatchFilterProxy::categoryCounts() const
{
    std::array<int, StatusCategory::Count> counts{};
    if (!m_batches)
        return counts;
    for (int row = 0; row < m_batches->rowCount(); ++row) {
        const Batch &b = m_batches->batchAt(row);
        if (!passesOtherFilters(b))
            continue;
        ++counts[StatusCategory::All];
        ++counts[StatusCategory::of(b)];
    }
    return counts;
}

bool BatchFilterProxy::passesOtherFilters(const Batch &b) const
{
    if (!m_provider.isEmpty() && b.provider != m_provider)
        return false;
    if (!m_sourceId.isEmpty() && b.sourceId != m_sourceId)
        return false;
    return matchesSearch(b, m_search);
}

bool BatchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_batches || sourceParent.isValid())
        return true;
    const Batch &b = m_batches->batchAt(sourceRow);
    return StatusCategory::contains(m_categories, b) && passesOtherFilters(b);
}

bool BatchFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_batches)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_batches->lessThan(left.row(), right.row(), left.column());
}
