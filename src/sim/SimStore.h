#pragma once

#include "SimBatch.h"
#include "SimOptions.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QRandomGenerator64>
#include <QTemporaryDir>
#include <memory>

// A file the simulated gateway holds: uploaded input, or a batch's results
// (written to disk the first time someone asks for them).
struct SimFile
{
    QString id;
    QString provider;
    QString filename;
    QString purpose;
    double createdAt = 0;
    QString path; // empty until the content exists
    qint64 bytes = 0;
    QString batchKey; // results files: the batch they belong to
    // Input: the requests of a seeded batch, written the first time they are asked for.
    enum class Kind {
        Upload,
        Input,
        Output,
        Errors,
        AnthropicResults
    } kind = Kind::Upload;
    QJsonObject toJson() const;
};

// The simulated gateway's state: batches per provider, files, and the clock.
// Everything is deterministic for a given seed.
class SimStore
{
public:
    explicit SimStore(const SimOptions &options);

    const SimOptions &options() const { return m_options; }
    // Unix seconds: the wall clock plus whatever the tests advanced it by.
    double now() const;
    void advance(double seconds) { m_offset += seconds; }

    QList<SimBatch *> batches(const QString &provider); // newest first
    SimBatch *find(const QString &provider, const QString &id);

    struct CreateRequest
    {
        QString provider;
        QString model;
        QString endpoint;
        QString completionWindow;
        QString inputFileId;
        QJsonArray requests;
        QMap<QString, QString> metadata;
    };
    // nullptr with `error` set when the request cannot be accepted.
    SimBatch *create(const CreateRequest &request, QString *error);
    // false when the batch is already finished.
    bool cancel(SimBatch *batch);
    bool remove(const QString &provider, const QString &id);
    // A batch as a busy team would send it (the demo's steady traffic).
    SimBatch *createSample(const QString &provider);

    SimFile *addUpload(const QString &provider, const QString &filename, const QString &purpose,
                       const QByteArray &content, QString *error);
    SimFile *file(const QString &id);
    QList<SimFile *> files(const QString &provider);
    // Gives a finished batch its result file ids (content is written lazily).
    void settle(SimBatch *batch);
    // Makes sure the file's content is on disk; false if it cannot be written.
    bool materialize(SimFile *file);
    // Anthropic-style results of a finished batch (gateway shape or native).
    QString anthropicResultsPath(SimBatch *batch, bool gatewayShape);

private:
    void seedHistory();
    SimBatch makeSeeded(const QString &provider, int index, int count);
    QString newId(const QString &prefix, int length);
    SimBatch *insert(SimBatch batch);
    // A seeded batch names an input file: make sure the gateway has it.
    void addInputFile(const SimBatch &batch);
    SimFile *addFile(SimFile file);

    SimOptions m_options;
    QRandomGenerator64 m_rng;
    double m_offset = 0;
    QTemporaryDir m_dir;
    QHash<QString, QList<std::shared_ptr<SimBatch>>> m_batches; // provider -> batches, oldest first
    QHash<QString, std::shared_ptr<SimFile>> m_files;
    QHash<QString, QString> m_anthropicResults; // batch key -> path
    int m_fileCounter = 0;
};
