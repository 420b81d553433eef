#pragma once

#include "model/Batch.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include "ResultsWindow.h"

class Workspace;
class QWidget;

// One results window per batch (Enter, double-click, Export): an open one is
// brought to the front instead of opened twice. Owned by the application
// context; the windows close with it, or when the main window asks.
class ResultsCoordinator : public QObject
{
    Q_OBJECT
public:
    explicit ResultsCoordinator(Workspace *workspace);
    ~ResultsCoordinator() override;

    // Opens (or raises) the batch's results window, sized like `near`; nullptr when its connection is closed.
    ResultsWindow *open(const Batch &batch, const QWidget *near = nullptr);
    // Opens the results and the export dialog as soon as they are in.
    void exportBatch(const Batch &batch, const QWidget *near = nullptr);
    ResultsWindow *windowFor(const QString &batchKey) const { return m_windows.value(batchKey); }
    void closeAll();

Q_SIGNALS:
    // Something the user should read in the status bar.
    void problem(const QString &text);

private:
    Workspace *m_workspace;
    QHash<QString, QPointer<ResultsWindow>> m_windows;
};
