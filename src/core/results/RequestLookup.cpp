#include "RequestLookup.h"

#include "ResultsIndexer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

RequestLookup::RequestLookup(BatchBackend *backend, ResultsCache cache, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_cache(std::move(cache))
{ }

RequestLookup::~RequestLookup()
{
    m_watcher.waitForFinished();
}

QString RequestLookup::inputPath(const ResultsCache &cache, const Connection &connection, const QString &provider,
                                 const QString &batchId)
{
    return cache.directoryFor(connection, provider, batchId) + QStringLiteral("/input.jsonl");
}

void RequestLookup::load(const Batch &batch)
{
    if (!m_backend) {
        m_available = false;
        m_reason = tr("The connection is closed.");
        Q_EMIT unavailable(m_reason);
        return;
    }
    const QString path = inputPath(m_cache, m_backend->connection(), batch.provider, batch.id);
    // Input files never change once uploaded: a copy on disk is final. It is
    // also the only source for batches that took their requests inline
    // (Anthropic), which this console keeps when it creates them.
    if (QFileInfo(path).size() > 0) {
        indexFile(path);
        return;
    }
    if (batch.inputFileId.isEmpty()) {
        m_available = false;
        m_reason = batch.provider == u"anthropic"
                       ? tr("Anthropic does not return a batch's requests, and this batch was not created here.")
                       : tr("This batch has no input file to read requests from.");
        Q_EMIT unavailable(m_reason);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    onFinished(m_backend->downloadFile(batch.inputFileId, path), this, [this, path](const Pending<qint64> &p) {
        if (!p.ok()) {
            m_available = false;
            m_reason = tr("The input file could not be read: %1").arg(p.error().toString());
            Q_EMIT unavailable(m_reason);
            return;
        }
        indexFile(path);
    });
}

void RequestLookup::indexFile(const QString &path)
{
    auto result = std::make_shared<ResultsIndexer::Outcome>();
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this, result] {
        if (!result->index) {
            m_available = false;
            m_reason = tr("The input file could not be indexed: %1").arg(result->error);
            Q_EMIT unavailable(m_reason);
            return;
        }
        m_index = result->index;
        m_rowById.reserve(m_index->rowCount());
        for (int row = 0; row < m_index->rowCount(); ++row) {
            if (!m_index->unparsable(row))
                m_rowById.insert(m_index->customId(row), row);
        }
        Q_EMIT ready();
    });
    const ResultIndex::Source source{path, QStringLiteral("input file"), ResultIndex::SourceFormat::Jsonl,
                                     QFileInfo(path).size()};
    m_watcher.setFuture(QtConcurrent::run([source, result] { *result = ResultsIndexer::build({source}); }));
}

QByteArray RequestLookup::requestBody(const QString &customId) const
{
    if (!m_index)
        return {};
    const int row = m_rowById.value(customId, -1);
    if (row < 0)
        return {};
    const QByteArrayView raw = m_index->rawRow(row);
    const QJsonObject line = QJsonDocument::fromJson(raw.toByteArray()).object();
    QJsonValue body = line.value(QStringLiteral("body"));
    if (!body.isObject())
        body = line.value(QStringLiteral("params"));
    if (!body.isObject())
        return raw.toByteArray();
    return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
}
