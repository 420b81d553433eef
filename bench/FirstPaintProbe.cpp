#include "FirstPaintProbe.h"

#include "backend/BifrostBackend.h"
#include "itemmodels/ResultTableModel.h"
#include "results/ResultsCache.h"
#include "windows/ResultsWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

FirstPaint measureFirstPaint(const QList<ResultIndex::Source> &sources)
{
    FirstPaint out;
    QTemporaryDir cacheRoot;
    ResultsCache cache(cacheRoot.path());
    Connection connection;
    connection.name = QStringLiteral("bench");
    connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never contacted: everything is cached
    BifrostBackend backend(connection);

    Batch batch;
    batch.id = QStringLiteral("batch_bench");
    batch.provider = QStringLiteral("openai");
    batch.connection = connection.name;
    batch.status = BatchStatus(BatchStatus::Completed);
    batch.outputFileId = QStringLiteral("file-bench-output");
    const QList<ResultSource> expected = backend.resultSources(batch);

    // Put the files where the store looks for a complete cached copy.
    const QString dir = cache.directoryFor(connection, batch.provider, batch.id);
    QDir().mkpath(dir);
    QList<ResultIndex::Source> files;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        ResultIndex::Source s = sources.at(i);
        const QString path = dir + QLatin1Char('/') + ResultsCache::fileNameFor(int(i), expected.at(i));
        if (!QFile::link(s.path, path) && !QFile::copy(s.path, path))
            return out;
        s.path = path;
        files.append(s);
    }
    QString why;
    if (!cache.markComplete(dir, expected, files, &why))
        return out;

    // In the program a results window opens from the main window, whose start-up
    // has already loaded the fonts, the style and the icons: do that here too,
    // with a window that loads nothing, so the figure is the results window's own.
    {
        ResultsWindow warm(batch, &backend, cache);
        warm.resize(1400, 860);
        warm.show();
        QCoreApplication::processEvents();
    }

    QElapsedTimer clock;
    // BENCH_DEBUG=1: every gap over 8 ms, and when the window was built, shown and started.
    const bool debug = qEnvironmentVariableIsSet("BENCH_DEBUG");
    auto mark = [&](const char *what) {
        if (debug)
            std::fprintf(stderr, "%s at %.1f ms\n", what, clock.nsecsElapsed() / 1e6);
    };
    qint64 lastTick = 0;
    double longest = 0;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, (now - lastTick) / 1e6);
        if (debug && (now - lastTick) > 8000000)
            std::fprintf(stderr, "gap %.1f ms ending at %.1f ms\n", (now - lastTick) / 1e6, now / 1e6);
        lastTick = now;
    });

    clock.start();
    ticker.start();
    ResultsWindow window(batch, &backend, cache);
    mark("constructed");
    window.resize(1400, 860);
    QEventLoop loop;
    QObject::connect(&window, &ResultsWindow::firstRowsPainted, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    window.show();
    mark("shown");
    window.start();
    mark("started");
    loop.exec();
    out.ms = clock.nsecsElapsed() / 1e6;
    // The first tick gap includes building the window itself: count the stall from then on too.
    out.longestStallMs = longest;
    out.rows = window.model()->rowCount();
    if (out.rows == 0)
        out.ms = -1;
    return out;
}
