// batchctl: the command-line twin of Batch Console.
#include "BatchCtl.h"
#include "Version.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchConsole"));
    // The window's names: batchctl shares its results cache.
    QCoreApplication::setApplicationName(QStringLiteral("Batch Console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCH_CONSOLE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = 0;
    {
        BatchCtl ctl(out, err);
        code = ctl.run(app.arguments());
    }
    out.flush();
    err.flush();
    return code;
}
