#pragma once

#include "model/Batch.h"
#include "model/StatusCategory.h"

#include <array>

#include <QSortFilterProxyModel>

class BatchTableModel;

// The status filter, the connection and provider filters, and the search
// (id, endpoint, model and metadata) in front of a BatchTableModel. Sorting
// compares the model's raw values directly: no display text, no QVariant.
class BatchFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BatchFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // The statuses to show; several combine (StatusCategory::bit(All) shows every batch).
    void setCategories(StatusCategory::Mask categories);
    StatusCategory::Mask categories() const { return m_categories; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Empty: every provider / connection. A connection is named by its source id.
    void setProvider(const QString &provider);
    void setSource(const QString &sourceId);

    // What an empty table says about these filters ("No batches match \"x\"", "No failed batches").
    QString emptyText() const;

    static bool matchesSearch(const Batch &batch, const QString &text);
    // Batches per status category among those the other filters let through,
    // for the live counts on the status filter buttons.
    std::array<int, StatusCategory::Count> categoryCounts() const;

Q_SIGNALS:
    // A filter or the search changed (the rows shown and the counts may differ).
    void filtersChanged();

protected:
    // Everything but the status filter: connection, provider and search.
    bool passesOtherFilters(const Batch &batch) const;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    BatchTableModel *m_batches = nullptr;
    StatusCategory::Mask m_categories = StatusCategory::bit(StatusCategory::All);
    QString m_search;
    QString m_provider;
    QString m_sourceId;
};
