#pragma once

#include <QString>

// Where an export is suggested: the folder of the last export, else the
// documents folder where one exists, else home. A fresh machine often has no
// ~/Documents, and an export must never fail for that.
class ExportLocation
{
public:
    static QString suggestedFolder();
    // `fileName` in the suggested folder.
    static QString suggestedPath(const QString &fileName);
    // Remembers the folder of a file just written.
    static void remember(const QString &writtenPath);
};
