#pragma once

class BatchTableView;
class QAction;
class QDockWidget;
class QMainWindow;
class QSplitter;
class QWidget;

// What the main window remembers between runs (QSettings): where it was and
// how big, its docks and toolbars, the table/details split, whether the
// details pane shows, and the batch table's columns, widths and sort.
class MainWindowSettings
{
public:
    struct Parts
    {
        QMainWindow *window;
        QSplitter *splitter;
        BatchTableView *table;
        QWidget *details;
        QAction *showDetails; // checkable, follows `details`
        QDockWidget *logDock;
        QAction *showLog; // checkable, follows `logDock`
    };

    // On first start the window takes most of the screen, centred.
    static void restore(const Parts &parts);
    static void save(const Parts &parts);
};
