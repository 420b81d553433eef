#pragma once

#include <QStyledItemDelegate>

// A text cell with every occurrence of a search term marked, as a browser
// marks find-in-page matches: the answer preview while searching answers.
class MatchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setTerm(const QString &term) { m_term = term.trimmed(); }
    QString term() const { return m_term; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString m_term;
};
