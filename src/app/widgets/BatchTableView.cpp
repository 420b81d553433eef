#include "BatchTableView.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

BatchTableView::BatchTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, &BatchTableView::showHeaderMenu);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { Q_EMIT contextMenuRequestedForRows(viewport()->mapToGlobal(pos)); });
}

void BatchTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    for (int column : std::as_const(m_defaultHidden))
        setColumnHidden(column, true);
}

void BatchTableView::setDefaultHidden(const QList<int> &columns)
{
    m_defaultHidden = columns;
    for (int column : columns)
        setColumnHidden(column, true);
}

void BatchTableView::showHeaderMenu(const QPoint &pos)
{
    if (!model())
        return;
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    int visible = 0;
    for (int c = 0; c < model()->columnCount(); ++c)
        visible += isColumnHidden(c) ? 0 : 1;
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction *action = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(c));
        // Never let the last visible column go.
        action->setEnabled(isColumnHidden(c) || visible > 1);
        connect(action, &QAction::toggled, this, [this, c](bool on) {
            setColumnHidden(c, !on);
            if (on && columnWidth(c) < 30)
                resizeColumnToContents(c);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Fit Columns to Contents"), this, [this] { resizeColumnsToContents(); });
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

void BatchTableView::saveState(const QString &settingsKey) const
{
    QSettings().setValue(settingsKey, horizontalHeader()->saveState());
}

void BatchTableView::restoreState(const QString &settingsKey)
{
    const QByteArray state = QSettings().value(settingsKey).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}
