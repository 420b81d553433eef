#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

inline QByteArray readTestData(const QString &relativePath)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relativePath));
    return f.readAll();
}

inline QJsonObject readTestObject(const QString &relativePath)
{
    return QJsonDocument::fromJson(readTestData(relativePath)).object();
}
