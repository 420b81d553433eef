#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

// For harnesses whose entry point reads a file: writes `content` to `name` in
// one scratch folder kept for the whole run, and returns its path (empty when
// it cannot be written, which the harness then skips).
inline QString writeFuzzInput(const QString &name, const QByteArray &content)
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}
