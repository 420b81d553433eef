#include "MatchHighlightDelegate.h"

#include "widgets/JsonHighlighter.h"

#include <QApplication>
#include <QPainter>

void MatchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    if (m_term.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const QFontMetrics fm(opt.font);
    const QString shown = fm.elidedText(text, Qt::ElideRight, area.width());
    painter->save();
    painter->setFont(opt.font);
    const QColor mark = JsonHighlighter::matchBackground(opt.palette);
    for (qsizetype at = shown.indexOf(m_term, 0, Qt::CaseInsensitive); at >= 0;
         at = shown.indexOf(m_term, at + m_term.size(), Qt::CaseInsensitive)) {
        const int x = fm.horizontalAdvance(shown.left(at));
        const int w = fm.horizontalAdvance(shown.mid(at, m_term.size()));
        painter->fillRect(QRect(area.left() + x, area.top() + 2, w, area.height() - 4), mark);
    }
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
    painter->restore();
}
