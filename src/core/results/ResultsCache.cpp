#include "ResultsCache.h"

#include "ResultLineParser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
const char kMetaName[] = "complete.json";

QString sourceKey(const ResultSource &s)
{
    return s.kind == ResultSource::Kind::FileContent ? QStringLiteral("file:") + s.fileId
                                                     : QStringLiteral("url:") + s.url.toString(QUrl::RemoveQuery);
}
} // namespace

ResultsCache::ResultsCache(QString root)
    : m_root(std::move(root))
{ }

QString ResultsCache::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/results");
}

QString ResultsCache::directoryFor(const Connection &connection, const QString &provider, const QString &batchId) const
{
    // Ids can hold '/' and ':' (ARNs): the folder name is a hash, never the id itself.
    const QByteArray idHash = QCryptographicHash::hash(batchId.toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
    QString safeProvider = provider;
    safeProvider.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return m_root + QLatin1Char('/') + connection.cacheKey() + QLatin1Char('/') + safeProvider + QLatin1Char('/')
           + QString::fromLatin1(idHash);
}

QString ResultsCache::fileNameFor(int sourceNumber, const ResultSource &source)
{
    return QStringLiteral("source-%1.%2")
        .arg(sourceNumber)
        .arg(source.kind == ResultSource::Kind::ResultsJson ? QStringLiteral("json") : QStringLiteral("jsonl"));
}

QList<ResultIndex::Source> ResultsCache::complete(const QString &directory, const QList<ResultSource> &expected) const
{
    QFile meta(directory + QLatin1Char('/') + QLatin1String(kMetaName));
    if (!meta.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray recorded
        = QJsonDocument::fromJson(meta.readAll()).object().value(QStringLiteral("sources")).toArray();
    if (recorded.size() != expected.size())
        return {};
    QList<ResultIndex::Source> out;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject r = recorded.at(i).toObject();
        if (r.value(QStringLiteral("key")).toString() != sourceKey(expected.at(i)))
            return {};
        ResultIndex::Source s;
        s.path = directory + QLatin1Char('/') + r.value(QStringLiteral("file")).toString();
        s.label = expected.at(i).label;
        s.format = expected.at(i).kind == ResultSource::Kind::ResultsJson ? ResultIndex::SourceFormat::ResultsJson
                                                                          : ResultIndex::SourceFormat::Jsonl;
        s.dataSize = qint64(r.value(QStringLiteral("bytes")).toDouble());
        const qint64 onDisk = QFileInfo(s.path).size();
        const qint64 padding = qint64(r.value(QStringLiteral("padding")).toDouble());
        if (!QFileInfo::exists(s.path) || onDisk != s.dataSize + padding)
            return {}; // tampered with or cut short since: download again
        out.append(s);
    }
    return out;
}

bool ResultsCache::markComplete(const QString &directory, const QList<ResultSource> &sources,
                                const QList<ResultIndex::Source> &files, QString *error) const
{
    QJsonArray list;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const qint64 onDisk = QFileInfo(files.at(i).path).size();
        list.append(QJsonObject{{QStringLiteral("key"), sourceKey(sources.at(i))},
                                {QStringLiteral("label"), sources.at(i).label},
                                {QStringLiteral("file"), QFileInfo(files.at(i).path).fileName()},
                                {QStringLiteral("bytes"), double(files.at(i).dataSize)},
                                {QStringLiteral("padding"), double(onDisk - files.at(i).dataSize)}});
    }
    QSaveFile meta(directory + QLatin1Char('/') + QLatin1String(kMetaName));
    if (!meta.open(QIODevice::WriteOnly)) {
        *error = meta.errorString();
        return false;
    }
    meta.write(QJsonDocument(QJsonObject{{QStringLiteral("sources"), list}}).toJson());
    if (!meta.commit()) {
        *error = meta.errorString();
        return false;
    }
    return true;
}

void ResultsCache::forget(const QString &directory) const
{
    QFile::remove(directory + QLatin1Char('/') + QLatin1String(kMetaName));
}

bool ResultsCache::padJsonDocument(const QString &path, qint64 *dataSize, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::Append)) {
        *error = file.errorString();
        return false;
    }
    *dataSize = file.size();
    const QByteArray padding(qsizetype(ResultLineParser::kPadding), ' ');
    if (file.write(padding) != padding.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
