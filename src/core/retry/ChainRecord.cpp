#include "ChainRecord.h"

#include "model/Batch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

QString ChainRecord::pathFor(const ResultsCache &cache, const Connection &connection, const QString &provider,
                             const QString &batchId)
{
    return cache.directoryFor(connection, provider, batchId) + QStringLiteral("/chain.json");
}

bool ChainRecord::save(const ResultsCache &cache, const Connection &connection, const QString &provider,
                       const QString &batchId, const ChainLink &link)
{
    const QString path = pathFor(cache, connection, provider, batchId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QJsonObject object;
    const QMap<QString, QString> metadata = link.toMetadata();
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        object.insert(it.key(), it.value());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

ChainLink ChainRecord::linkOf(const ResultsCache &cache, const Connection &connection, const Batch &batch)
{
    const ChainLink fromMetadata = ChainLink::of(batch);
    if (fromMetadata.inChain() || fromMetadata.inGroup())
        return fromMetadata;
    QFile file(pathFor(cache, connection, batch.provider, batch.id));
    if (!file.open(QIODevice::ReadOnly))
        return fromMetadata;
    const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    QMap<QString, QString> metadata;
    for (auto it = object.begin(); it != object.end(); ++it)
        metadata.insert(it.key(), it.value().toString());
    return ChainLink::fromMetadata(metadata);
}
