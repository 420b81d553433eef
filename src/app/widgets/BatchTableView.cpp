#include "BatchTableView.h"

#include "delegates/BatchItemDelegate.h"
#include "delegates/ProgressBarDelegate.h"
#include "delegates/StatusDelegate.h"
#include "format/TimeText.h"
#include "itemmodels/BatchTableModel.h"

#include <QAbstractProxyModel>
#include <QClipboard>
#include <QCursor>
#include <QDateTime>
#include <QEvent>
#include <QGuiApplication>
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
    connect(this, &QWidget::customContextMenuRequested, this, &BatchTableView::showRowMenu);

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

const QAbstractProxyModel *BatchTableView::proxy() const
{
    return qobject_cast<const QAbstractProxyModel *>(model());
}

const BatchTableModel *BatchTableView::batchModel() const
{
    return proxy() ? qobject_cast<const BatchTableModel *>(proxy()->sourceModel()) : nullptr;
}

QList<Batch> BatchTableView::selectedBatches() const
{
    QList<Batch> out;
    if (!batchModel())
        return out;
    for (const QModelIndex &index : selectionModel()->selectedRows()) {
        const QModelIndex source = proxy()->mapToSource(index);
        if (source.isValid())
            out.append(batchModel()->batchAt(source.row()));
    }
    return out;
}

int BatchTableView::currentSourceRow() const
{
    return proxy() ? proxy()->mapToSource(currentIndex()).row() : -1;
}

Batch BatchTableView::currentBatch() const
{
    const int row = currentSourceRow();
    return row >= 0 && batchModel() ? batchModel()->batchAt(row) : Batch();
}

bool BatchTableView::selectKey(const QString &key)
{
    const int row = batchModel() ? batchModel()->rowOf(key) : -1;
    const QModelIndex index = row >= 0 ? proxy()->mapFromSource(batchModel()->index(row, 0)) : QModelIndex();
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void BatchTableView::showRowMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true); // a greyed-out action says why
    for (QAction *action : std::as_const(m_rowActions)) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(viewport()->mapToGlobal(pos));
}

void BatchTableView::copySelectedIds() const
{
    QStringList ids;
    for (const Batch &b : selectedBatches())
        ids << b.id;
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void BatchTableView::useBatchColumns()
{
    setItemDelegate(new BatchItemDelegate(this));
    setItemDelegateForColumn(BatchTableModel::StatusColumn, new StatusDelegate(this));
    setItemDelegateForColumn(BatchTableModel::ProgressColumn, new ProgressBarDelegate(this));
    setDefaultHidden({BatchTableModel::ConnectionColumn});
    const struct
    {
        int column;
        int width;
    } widths[] = {{BatchTableModel::IdColumn, 240},       {BatchTableModel::ProviderColumn, 80},
                  {BatchTableModel::StatusColumn, 150},   {BatchTableModel::ProgressColumn, 160},
                  {BatchTableModel::EndpointColumn, 140}, {BatchTableModel::ModelColumn, 160},
                  {BatchTableModel::ElapsedColumn, 80},   {BatchTableModel::EtaColumn, 80},
                  {BatchTableModel::ExpiresColumn, 90}};
    for (const auto &w : widths)
        setColumnWidth(w.column, w.width);
    // Dates are as wide as the locale writes them (a wide day and month, four-digit year).
    const qint64 wideDate = QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)).toSecsSinceEpoch();
    setColumnWidth(BatchTableModel::CreatedColumn,
                   fontMetrics().horizontalAdvance(TimeText::localDateTime(wideDate)) + 18);
    sortByColumn(BatchTableModel::CreatedColumn, Qt::DescendingOrder);
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
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
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
    return verticalScrollBar()->value() > 0 || m_pointerInside
           || (selectionModel() && selectionModel()->hasSelection());
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
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     m_placeholder);
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
