#include "OpenAiDialect.h"

#include "SimBatch.h"
#include "SimStore.h"

using SimHttp::json;

bool OpenAiDialect::authorised(const Call &call, const QByteArray &key) const
{
    return call.header("authorization") == "Bearer " + key;
}

OpenAiDialect::Reply OpenAiDialect::unauthorised(const Call &call) const
{
    // OpenAI names the key it was given; a client must not repeat it.
    return error(
        401, QStringLiteral("authentication_error"),
        QStringLiteral("Incorrect API key provided: %1").arg(QString::fromUtf8(call.header("authorization").mid(7))),
        routeName(call), QString(), QStringLiteral("invalid_api_key"));
}

OpenAiDialect::Reply OpenAiDialect::error(int status, const QString &type, const QString &message, const QString &,
                                          const QString &, const QString &code) const
{
    return json({{QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("message"), message},
                              {QStringLiteral("type"), type},
                              {QStringLiteral("param"), QJsonValue()},
                              {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code)}}}},
                status);
}

QJsonObject OpenAiDialect::batchJson(const SimBatch &batch) const
{
    return batch.toOpenAiJson(m_store.now());
}

QString OpenAiDialect::providerOf(const Call &) const
{
    return QStringLiteral("openai");
}

qsizetype OpenAiDialect::cursorIndex(const QList<SimBatch *> &all, const QString &cursor) const
{
    return indexOfId(all, cursor); // OpenAI pages by batch id
}

bool OpenAiDialect::pagingWorks(const QString &) const
{
    return true;
}

void OpenAiDialect::finishPage(QJsonObject *page, const QList<SimBatch *> &all, const PageSlice &slice, const Call &,
                               const std::optional<Fault> &, const QString &) const
{
    if (slice.first >= 0) {
        page->insert(QStringLiteral("first_id"), all.at(slice.first)->id);
        page->insert(QStringLiteral("last_id"), all.at(slice.last)->id);
    }
}

std::optional<OpenAiDialect::Reply> OpenAiDialect::modelForCreate(const Call &, const QJsonObject &body,
                                                                  QString *model) const
{
    // OpenAI names no model here: it is in each request of the input file.
    for (const char *required : {"input_file_id", "endpoint"}) {
        if (body.value(QLatin1String(required)).toString().isEmpty())
            return error(400, QStringLiteral("invalid_request_error"),
                         QStringLiteral("Missing required parameter: '%1'.").arg(QLatin1String(required)),
                         QStringLiteral("create"), QString(), QStringLiteral("missing_required_parameter"));
    }
    *model = QStringLiteral("openai/gpt-4o-mini");
    return std::nullopt;
}
