#pragma once

#include "ResultIndex.h"
#include "backend/BatchBackend.h"

#include <QString>

// Where a batch's downloaded results live on disk, keyed by connection,
// provider and batch id, and whether a complete copy is already there.
class ResultsCache
{
public:
    explicit ResultsCache(QString root = defaultRoot());

    static QString defaultRoot();
    const QString &root() const { return m_root; }

    QString directoryFor(const Connection &connection, const QString &provider, const QString &batchId) const;
    static QString fileNameFor(int sourceNumber, const ResultSource &source);

    // The sources recorded as completely downloaded for these result sources,
    // or an empty list when the cache cannot be trusted (incomplete, or other files).
    QList<ResultIndex::Source> complete(const QString &directory, const QList<ResultSource> &expected) const;
    // Records a finished download; written last and atomically, so its presence means "complete".
    bool markComplete(const QString &directory, const QList<ResultSource> &sources,
                      const QList<ResultIndex::Source> &files, QString *error) const;
    void forget(const QString &directory) const;

    // JSON documents get trailing spaces so simdjson can read them in place.
    static bool padJsonDocument(const QString &path, qint64 *dataSize, QString *error);

private:
    QString m_root;
};
