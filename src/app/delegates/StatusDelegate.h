#pragma once

#include "BatchItemDelegate.h"

// The Status column: an icon and the outcome in the status's colour.
class StatusDelegate : public BatchItemDelegate
{
    Q_OBJECT
public:
    using BatchItemDelegate::BatchItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
