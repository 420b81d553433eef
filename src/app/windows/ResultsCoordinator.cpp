#include "ResultsCoordinator.h"

#include "MainWindow.h"
#include "ResultsWindow.h"
#include "session/Workspace.h"

#include <QMessageBox>
#include "widgets/StatusMessage.h"

ResultsCoordinator::ResultsCoordinator(MainWindow *main)
    : QObject(main)
    , m_main(main)
{
    connect(main, &MainWindow::resultsRequested, this, &ResultsCoordinator::open);
    connect(main, &MainWindow::exportRequested, this, [this](const Batch &batch) {
        ResultsWindow *window = open(batch);
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
    });
}

ResultsCoordinator::~ResultsCoordinator()
{
    for (const QPointer<ResultsWindow> &window : std::as_const(m_windows))
        delete window.data();
}

ResultsWindow *ResultsCoordinator::open(const Batch &batch)
{
    if (ResultsWindow *existing = m_windows.value(batch.key())) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    BatchBackend *backend = m_main->workspace()->backendFor(batch);
    if (!backend) {
        m_main->message()->showMessage(tr("The connection of %1 is closed.").arg(batch.id), MainWindow::kMessageMs);
        return nullptr;
    }
    auto *window = new ResultsWindow(batch, backend);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Closing the main window quits, whatever results windows are open.
    window->setAttribute(Qt::WA_QuitOnClose, false);
    m_windows.insert(batch.key(), window);
    window->resize(m_main->size() * 0.95);
    window->show();
    window->start();
    return window;
}
