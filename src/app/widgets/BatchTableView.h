#pragma once

#include <QTableView>

// The batch table: sortable, multi-select, with a header context menu that
// shows and hides columns. Header state (order, widths, sort, hidden
// columns) is saved in QSettings under `settingsKey`.
class BatchTableView : public QTableView
{
    Q_OBJECT
public:
    explicit BatchTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void saveState(const QString &settingsKey) const;
    void restoreState(const QString &settingsKey);
    // Columns hidden until the user asks for them.
    void setDefaultHidden(const QList<int> &columns);

Q_SIGNALS:
    void contextMenuRequestedForRows(const QPoint &globalPos);

private:
    void showHeaderMenu(const QPoint &pos);
    QList<int> m_defaultHidden;
};
