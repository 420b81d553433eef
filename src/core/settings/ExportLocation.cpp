#include "ExportLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
const char kLastFolder[] = "export/lastFolder";
}

QString ExportLocation::suggestedFolder()
{
    const QString last = QSettings().value(QLatin1String(kLastFolder)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString ExportLocation::suggestedPath(const QString &fileName)
{
    return QDir(suggestedFolder()).filePath(fileName);
}

void ExportLocation::remember(const QString &writtenPath)
{
    QSettings().setValue(QLatin1String(kLastFolder), QFileInfo(writtenPath).absolutePath());
}
