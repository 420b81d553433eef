#include "BatchTableView.h"

#include <QCursor>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QToolButton>

BatchTableView::BatchTableView(QWidget *parent)
    : QTableView(parent)
    , m_hint(new QToolButton(this))
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
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // Fixed heights: the view never measures rows, and an inserted row's height is known.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, &BatchTableView::showHeaderMenu);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { Q_EMIT contextMenuRequestedForRows(viewport()->mapToGlobal(pos)); });

    // A child of the scroll area, not of the viewport: it stays put while the rows scroll.
    m_hint->setObjectName(QStringLiteral("newBatchesHint"));
    m_hint->setCursor(Qt::PointingHandCursor);
    m_hint->setToolTip(tr("Scroll to the top to see them"));
    m_hint->setAutoRaise(false);
    m_hint->hide();
    connect(m_hint, &QToolButton::clicked, this, [this] {
        scrollToTop();
        m_newAbove = 0;
        updateHint();
    });
}

void BatchTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    for (int column : std::as_const(m_defaultHidden))
        setColumnHidden(column, true);
    if (!model)
        return;
    // Connected after the view's and the header's own handlers, so the new
    // geometry is known when the anchor is restored.
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid()) {
            countArrivals(first, last);
            captureAnchor();
        }
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &BatchTableView::restoreAnchor);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &BatchTableView::captureAnchor);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BatchTableView::restoreAnchor);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &BatchTableView::captureAnchor);
    connect(model, &QAbstractItemModel::layoutChanged, this, &BatchTableView::restoreAnchor);
    // A new filter or sort is the user's own doing: no anchoring, no hint.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_newAbove = 0;
        updateHint();
    });
}

bool BatchTableView::userIsLooking() const
{
    // Nothing on screen yet (the first listing): nothing to hold in place.
    if (!isVisible() || !model() || model()->rowCount() == 0)
        return false;
    return verticalScrollBar()->value() > 0 || m_pointerInside || (selectionModel() && selectionModel()->hasSelection());
}

bool BatchTableView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::MouseMove)
        m_pointerInside = true;
    else if (event->type() == QEvent::Leave)
        m_pointerInside = false;
    return QTableView::viewportEvent(event);
}

void BatchTableView::countArrivals(int first, int last)
{
    if (!userIsLooking())
        return;
    const int top = rowAt(0);
    // At or above the first visible row: out of sight once the rows are held in place.
    if (top >= 0 && first <= top) {
        m_newAbove += last - first + 1;
        updateHint();
    }
}

void BatchTableView::captureAnchor()
{
    m_anchor = QPersistentModelIndex();
    if (!model() || !userIsLooking())
        return;
    const QRect area = viewport()->rect();
    QModelIndex anchor;
    // The row under the pointer first: that is the one a click would hit.
    const QPoint pointer = viewport()->mapFromGlobal(QCursor::pos());
    if (m_pointerInside && area.contains(pointer))
        anchor = indexAt(pointer);
    if (!anchor.isValid() && currentIndex().isValid() && area.intersects(visualRect(currentIndex())))
        anchor = currentIndex();
    if (!anchor.isValid())
        anchor = indexAt(QPoint(0, 0));
    if (!anchor.isValid())
        return;
    m_anchor = anchor.siblingAtColumn(0);
    m_anchorY = rowViewportPosition(m_anchor.row());
}

void BatchTableView::restoreAnchor()
{
    if (!m_anchor.isValid())
        return;
    const QPersistentModelIndex anchor = m_anchor;
    m_anchor = QPersistentModelIndex();
    // The view lays itself out later; the scroll range must be right now.
    updateGeometries();
    const int delta = rowViewportPosition(anchor.row()) - m_anchorY;
    if (delta != 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + delta);
}

void BatchTableView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    if (m_newAbove > 0 && verticalScrollBar()->value() == 0) {
        m_newAbove = 0;
        updateHint();
    }
}

void BatchTableView::updateHint()
{
    if (m_newAbove <= 0) {
        m_hint->hide();
        return;
    }
    m_hint->setText(tr("%Ln new batch(es) ↑", nullptr, m_newAbove));
    m_hint->adjustSize();
    placeHint();
    m_hint->show();
    m_hint->raise();
}

void BatchTableView::placeHint()
{
    const QRect area = viewport()->geometry();
    m_hint->move(area.left() + (area.width() - m_hint->width()) / 2, area.top() + 6);
}

void BatchTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_hint->isVisible())
        placeHint();
}

void BatchTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void BatchTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    QColor colour = palette().color(QPalette::PlaceholderText);
    painter.setPen(colour);
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
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
