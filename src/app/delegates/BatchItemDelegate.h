#pragma once

#include <QStyledItemDelegate>

// Every cell of the batch table: a row whose connection is offline is drawn
// greyed, so data that may be out of date never looks current.
class BatchItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static bool isStale(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
