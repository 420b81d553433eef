#include "StatusDelegate.h"

#include "models/BatchTableModel.h"
#include "widgets/StatusPalette.h"

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto category = StatusCategory::Kind(index.data(BatchTableModel::CategoryRole).toInt());
    const bool unknown = index.data(BatchTableModel::StatusKindRole).toInt() == BatchStatus::Unknown;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = StatusPalette::icon(category, unknown, option->palette);
    option->decorationSize = QSize(16, 16);
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, StatusPalette::color(category, option->palette));
    if (index.data(BatchTableModel::StaleRole).toBool())
        option->font.setItalic(true);
}
