#include "StatusDelegate.h"

#include "itemmodels/BatchTableModel.h"
#include "widgets/StatusPalette.h"

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    BatchItemDelegate::initStyleOption(option, index);
    const auto category = StatusCategory::Kind(index.data(BatchTableModel::CategoryRole).toInt());
    const bool unknown = index.data(BatchTableModel::StatusKindRole).toInt() == BatchStatus::Unknown;
    const bool stale = isStale(index);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = StatusPalette::icon(category, unknown, option->palette);
    option->decorationSize = QSize(16, 16);
    // A stale row keeps the grey its base gave it, icon included.
    if (stale)
        option->icon = QIcon(option->icon.pixmap(option->decorationSize, QIcon::Disabled));
    else if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, StatusPalette::color(category, option->palette));
}
