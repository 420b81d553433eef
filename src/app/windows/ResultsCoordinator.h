#pragma once

#include "model/Batch.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class MainWindow;
#include "ResultsWindow.h"

// Opens one results window per batch from the main window's requests (Enter,
// double-click, Export), and brings an open one to the front instead of
// opening it twice.
class ResultsCoordinator : public QObject
{
    Q_OBJECT
public:
    explicit ResultsCoordinator(MainWindow *main);
    ~ResultsCoordinator() override;

    ResultsWindow *open(const Batch &batch);
    ResultsWindow *windowFor(const QString &batchKey) const { return m_windows.value(batchKey); }

private:
    MainWindow *m_main;
    QHash<QString, QPointer<ResultsWindow>> m_windows;
};
