#pragma once

#include <QWidget>

class ActivityLog;
class QDockWidget;
class QMainWindow;
class QTableView;

// View → Log: every failed call with its operation, HTTP status and the
// server's message (never a key: errors carry no header values).
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(ActivityLog *log, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    // The panel in a hidden dock at the bottom of `window` (View › Log shows it).
    static QDockWidget *addDockTo(QMainWindow *window, ActivityLog *log);

private:
    ActivityLog *m_log;
    QTableView *m_view;
};
