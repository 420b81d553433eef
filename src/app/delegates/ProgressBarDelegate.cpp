#include "ProgressBarDelegate.h"

#include "itemmodels/BatchTableModel.h"
#include "widgets/StatusPalette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const qint64 total = index.data(BatchTableModel::TotalRole).toLongLong();
    const qint64 succeeded = index.data(BatchTableModel::SucceededRole).toLongLong();
    const qint64 unsuccessful = index.data(BatchTableModel::UnsuccessfulRole).toLongLong();

    const QRectF bar = QRectF(option.rect).adjusted(4, 4, -4, -4);
    painter->save();
    // Offline: the bar fades like the rest of the row.
    if (isStale(index))
        painter->setOpacity(0.45);
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath clip;
    clip.addRoundedRect(bar, 3, 3);
    painter->setClipPath(clip);

    const QPalette &pal = option.palette;
    QColor track = pal.color(QPalette::Mid);
    track.setAlpha(StatusPalette::isDark(pal) ? 110 : 70);
    painter->fillRect(bar, track);
    if (total > 0) {
        const double ok = std::clamp(double(succeeded) / double(total), 0.0, 1.0);
        const double bad = std::clamp(double(unsuccessful) / double(total), 0.0, 1.0 - ok);
        QColor green = StatusPalette::succeeded(pal);
        QColor red = StatusPalette::failed(pal);
        const bool dark = StatusPalette::isDark(pal);
        green.setAlpha(dark ? 150 : 110);
        red.setAlpha(dark ? 170 : 140);
        const QRectF okRect(bar.left(), bar.top(), bar.width() * ok, bar.height());
        const QRectF badRect(okRect.right(), bar.top(), bar.width() * bad, bar.height());
        painter->fillRect(okRect, green);
        painter->fillRect(badRect, red);
    }
    painter->setClipping(false);
    painter->setPen(QPen(pal.color(QPalette::Mid), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);

    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(bar, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = BatchItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 24, 140));
    return size;
}
