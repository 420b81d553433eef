#pragma once

#include <QStyledItemDelegate>

// The Progress column: one segmented bar (succeeded / failed / remaining)
// with "done/total" on top.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
