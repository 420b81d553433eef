#include "MainWindowSettings.h"

#include "widgets/BatchTableView.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace {
const char kGeometry[] = "mainWindow/geometry";
const char kState[] = "mainWindow/state";
const char kSplitter[] = "mainWindow/splitter";
const char kDetails[] = "mainWindow/details";
// v2: the Elapsed / ETA column became two columns.
const char kHeader[] = "mainWindow/batchHeader/v2";
} // namespace

void MainWindowSettings::restore(const Parts &parts)
{
    const QSettings settings;
    QMainWindow *window = parts.window;
    if (!window->restoreGeometry(settings.value(QLatin1String(kGeometry)).toByteArray())) {
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            window->resize(available.size() * 0.85);
            window->move(available.center() - window->rect().center());
        }
    }
    window->restoreState(settings.value(QLatin1String(kState)).toByteArray());
    parts.splitter->restoreState(settings.value(QLatin1String(kSplitter)).toByteArray());
    parts.table->restoreState(QLatin1String(kHeader));
    parts.showLog->setChecked(parts.logDock->isVisible());
    const bool details = settings.value(QLatin1String(kDetails), true).toBool();
    parts.showDetails->setChecked(details);
    parts.details->setVisible(details);
}

void MainWindowSettings::save(const Parts &parts)
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometry), parts.window->saveGeometry());
    settings.setValue(QLatin1String(kState), parts.window->saveState());
    settings.setValue(QLatin1String(kSplitter), parts.splitter->saveState());
    settings.setValue(QLatin1String(kDetails), parts.showDetails->isChecked());
    parts.table->saveState(QLatin1String(kHeader));
}
