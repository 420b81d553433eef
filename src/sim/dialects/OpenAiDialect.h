#pragma once

#include "GatewayDialect.h"

// OpenAI's own Batch and Files API: the gateway's routes without a provider,
// paged by batch id with first_id/last_id, OpenAI's error object and keys
// sent as a bearer token, no /results route.
class OpenAiDialect : public GatewayDialect
{
public:
    OpenAiDialect(SimStore &store, std::function<QUrl()> url)
        : GatewayDialect(store, std::move(url))
    { }

    bool authorised(const Call &call, const QByteArray &key) const override;
    Reply unauthorised(const Call &call) const override;
    Reply error(int status, const QString &type, const QString &message, const QString &requestType,
                const QString &provider = QString(), const QString &code = QString()) const override;

protected:
    QJsonObject batchJson(const SimBatch &batch) const override;
    QString providerOf(const Call &call) const override;
    QString defaultProvider(const Call &call) const override { return providerOf(call); }
    qsizetype cursorIndex(const QList<SimBatch *> &all, const QString &cursor) const override;
    bool pagingWorks(const QString &provider) const override;
    void finishPage(QJsonObject *page, const QList<SimBatch *> &all, const PageSlice &slice, const Call &call,
                    const std::optional<Fault> &fault, const QString &provider) const override;
    std::optional<Reply> modelForCreate(const Call &call, const QJsonObject &body, QString *model) const override;
    QJsonObject cancelAnswer(const QJsonObject &full) const override { return full; }
    bool servesResults() const override { return false; }
};
