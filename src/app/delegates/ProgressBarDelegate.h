#pragma once

#include "BatchItemDelegate.h"

// The Progress column: one segmented bar (succeeded / failed / remaining)
// with "done/total" on top.
class ProgressBarDelegate : public BatchItemDelegate
{
    Q_OBJECT
public:
    using BatchItemDelegate::BatchItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
