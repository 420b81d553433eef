#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QToolBar;

// Keeps every toolbar action on the toolbar, never in its overflow menu. As
// room runs out: first the `optional` actions go (labels such as
// "Connection:"), then the buttons show only their icons, with the text as a
// tooltip.
class ToolBarFitter : public QObject
{
    Q_OBJECT
public:
    ToolBarFitter(QToolBar *bar, QList<QAction *> optional);

    enum class Level {
        Full,
        NoLabels,
        IconsOnly
    };
    Level level() const { return m_level; }
    // Measures again (the texts changed).
    void refit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(Level level);

    QPointer<QToolBar> m_bar;
    const QObject *m_watched; // the bar's address, for the event filter: never dereferenced
    QList<QAction *> m_optional;
    Level m_level = Level::Full;
    bool m_fitting = false;
};
