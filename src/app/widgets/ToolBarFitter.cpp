#include "ToolBarFitter.h"

#include <QAction>
#include <QEvent>
#include <QTimer>
#include <QToolBar>

ToolBarFitter::ToolBarFitter(QToolBar *bar, QList<QAction *> optional)
    : QObject(bar)
    , m_bar(bar)
    , m_watched(bar)
    , m_optional(std::move(optional))
{
    bar->installEventFilter(this);
    // An action whose text changes ("Cancel 3 Batches…") may no longer fit;
    // enabling and disabling changes nothing here.
    for (QAction *action : bar->actions()) {
        if (m_optional.contains(action))
            continue;
        connect(action, &QAction::changed, this, [this, action, text = action->text()]() mutable {
            if (action->text() == text)
                return;
            text = action->text();
            QTimer::singleShot(0, this, &ToolBarFitter::refit);
        });
    }
}

bool ToolBarFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Compared by address only: while the bar is being destroyed it is no longer a
    // QToolBar, and QPointer<QToolBar> would downcast it (undefined behaviour, UBSan says).
    if ((event->type() == QEvent::Resize || event->type() == QEvent::LanguageChange) && watched == m_watched)
        refit();
    return QObject::eventFilter(watched, event);
}

void ToolBarFitter::apply(Level level)
{
    m_bar->setToolButtonStyle(level == Level::IconsOnly ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    for (QAction *action : std::as_const(m_optional))
        action->setVisible(level == Level::Full);
}

void ToolBarFitter::refit()
{
    if (!m_bar || m_fitting)
        return;
    m_fitting = true;
    // The richest level whose measured width fits.
    m_level = Level::IconsOnly;
    for (Level level : {Level::Full, Level::NoLabels}) {
        apply(level);
        if (m_bar->sizeHint().width() <= m_bar->width()) {
            m_level = level;
            break;
        }
    }
    if (m_level == Level::IconsOnly)
        apply(Level::IconsOnly);
    m_fitting = false;
}
