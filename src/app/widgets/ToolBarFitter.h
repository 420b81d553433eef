#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QToolBar;

// Keeps every toolbar action on the toolbar, never in its overflow menu:
// buttons show their text while it fits, and only their icons (with the text
// as a tooltip) when the window is narrower or the language wordier.
// `optional` actions (labels such as "Connection:") are hidden first.
class ToolBarFitter : public QObject
{
    Q_OBJECT
public:
    ToolBarFitter(QToolBar *bar, QList<QAction *> optional);

    bool compact() const { return m_compact; }
    // Measures again (the texts changed).
    void refit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(bool compact);

    QPointer<QToolBar> m_bar;
    QList<QAction *> m_optional;
    bool m_compact = false;
    bool m_fitting = false;
};
