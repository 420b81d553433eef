#include "ResultsCoordinator.h"

#include "ResultsWindow.h"
#include "session/Workspace.h"

ResultsCoordinator::ResultsCoordinator(Workspace *workspace)
    : m_workspace(workspace)
{ }

ResultsCoordinator::~ResultsCoordinator()
{
    closeAll();
}

void ResultsCoordinator::closeAll()
{
    const auto windows = std::exchange(m_windows, {});
    for (const QPointer<ResultsWindow> &window : windows)
        delete window.data();
}

ResultsWindow *ResultsCoordinator::open(const Batch &batch, const QWidget *near)
{
    if (ResultsWindow *existing = m_windows.value(batch.key())) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    BatchBackend *backend = m_workspace->backendFor(batch);
    if (!backend) {
        Q_EMIT problem(tr("The connection of %1 is closed.").arg(batch.id));
        return nullptr;
    }
    auto *window = new ResultsWindow(batch, backend);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Closing the main window quits, whatever results windows are open.
    window->setAttribute(Qt::WA_QuitOnClose, false);
    m_windows.insert(batch.key(), window);
    if (near)
        window->resize(near->size() * 0.95);
    window->show();
    window->start();
    return window;
}

void ResultsCoordinator::exportBatch(const Batch &batch, const QWidget *near)
{
    ResultsWindow *window = open(batch, near);
    if (!window)
        return;
    if (window->store()->stage() == ResultsStore::Stage::Ready) {
        window->openExportDialog();
        return;
    }
    // Export as soon as the results are in.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(window->store(), &ResultsStore::ready, window, [window, connection] {
        QObject::disconnect(*connection);
        window->openExportDialog();
    });
}
