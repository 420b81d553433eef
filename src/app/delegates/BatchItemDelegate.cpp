#include "BatchItemDelegate.h"

#include "itemmodels/BatchTableModel.h"

bool BatchItemDelegate::isStale(const QModelIndex &index)
{
    return index.data(BatchTableModel::StaleRole).toBool();
}

void BatchItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isStale(index))
        return;
    // The palette's own "disabled" text colour: readable, but plainly not live.
    const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
    option->palette.setColor(QPalette::Text, grey);
    option->palette.setColor(QPalette::HighlightedText,
                             option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
    option->font.setItalic(true);
}
