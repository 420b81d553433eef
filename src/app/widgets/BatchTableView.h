#pragma once

#include "model/Batch.h"

#include <QPersistentModelIndex>
#include <QTableView>

class BatchTableModel;
class QAbstractProxyModel;
class QAction;
class QToolButton;

// The batch table: sortable, multi-select, with a header context menu that
// shows and hides columns. Header state (order, widths, sort, hidden
// columns) is saved in QSettings under `settingsKey`.
//
// Rows never move under the pointer: while the user is looking (scrolled,
// pointing at the table, or with a row selected), rows that arrive above the
// visible ones push the scroll position instead of the rows, and a
// "N new batches ↑" hint says that something arrived.
class BatchTableView : public QTableView
{
    Q_OBJECT
public:
    explicit BatchTableView(QWidget *parent = nullptr);

    // The model is a proxy (filter, sort) over a BatchTableModel.
    void setModel(QAbstractItemModel *model) override;
    // The batch model's columns: their delegates, first-start widths and hidden
    // columns, newest first. The saved header state (restoreState) wins over these.
    void useBatchColumns();
    // The batches of the selected rows, in row order, and of the current row.
    QList<Batch> selectedBatches() const;
    Batch currentBatch() const;
    // The current row in the batch model; -1 when there is none.
    int currentSourceRow() const;
    // Makes the row of the batch with this key current and selected; false when no visible row has it.
    bool selectKey(const QString &key);
    void saveState(const QString &settingsKey) const;
    void restoreState(const QString &settingsKey);
    // Columns hidden until the user asks for them.
    void setDefaultHidden(const QList<int> &columns);
    // What the empty table says ("No failed batches").
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    // Rows that arrived above the visible ones since the user last looked at the top.
    int newRowsAbove() const { return m_newAbove; }
    QToolButton *newRowsHint() const { return m_hint; }

    // The rows' context menu, in this order; nullptr puts a separator.
    void setRowActions(const QList<QAction *> &actions) { m_rowActions = actions; }

public Q_SLOTS:
    // Puts the selected batches' ids on the clipboard, one per line.
    void copySelectedIds() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;

private:
    const QAbstractProxyModel *proxy() const;
    const BatchTableModel *batchModel() const;
    void showHeaderMenu(const QPoint &pos);
    void showRowMenu(const QPoint &pos);
    bool userIsLooking() const;
    // Before rows move: remember a row the user is looking at and where it is.
    void captureAnchor();
    // After: scroll so that row is where it was.
    void restoreAnchor();
    void countArrivals(int first, int last);
    void updateHint();
    void placeHint();

    QList<int> m_defaultHidden;
    QList<QAction *> m_rowActions;
    QString m_placeholder;
    QPersistentModelIndex m_anchor;
    int m_anchorY = 0;
    int m_newAbove = 0;
    // The pointer moved over the rows (and has not left): a cursor that merely
    // sits where the window opened is not someone reading.
    bool m_pointerInside = false;
    QToolButton *m_hint;
};
