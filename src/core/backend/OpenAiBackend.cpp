#include "OpenAiBackend.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryFile>

OpenAiBackend::OpenAiBackend(Connection connection, QObject *parent)
    : OpenAiCompatibleBackend(std::move(connection), parent)
{ }

HeaderList OpenAiBackend::authHeaders() const
{
    // OpenAI-Organization and OpenAI-Project travel as the connection's extra headers.
    HeaderList headers;
    if (!connection().apiKey.isEmpty())
        headers.append({"Authorization", "Bearer " + connection().apiKey.toUtf8()});
    return headers;
}

QJsonObject OpenAiBackend::createBody(const CreateBatchRequest &r) const
{
    QJsonObject body = OpenAiCompatibleBackend::createBody(r);
    body.remove(QStringLiteral("requests")); // OpenAI takes requests only through an uploaded file
    return body;
}

Pending<Batch> *OpenAiBackend::create(const CreateBatchRequest &request)
{
    if (request.inputFileId.isEmpty() && !request.requests.isEmpty()) {
        // Inline requests: write them out and upload them, as the gateway would.
        auto file = std::make_shared<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/batch-requests-XXXXXX.jsonl"));
        if (!file->open())
            return failed<Batch>(ApiError::make(ApiError::Kind::Local, QStringLiteral("create"), file->errorString()));
        for (const QJsonValue &r : request.requests)
            file->write(QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact) + '\n');
        file->flush();
        Pending<Batch> *pending = createFromFile(file->fileName(), request);
        connect(pending, &PendingCall::finished, pending, [file] {}); // keeps the file until the upload is done
        return pending;
    }
    return OpenAiCompatibleBackend::create(request);
}
