#pragma once

#include "SimDialect.h"

// Anthropic's Message Batches API: /v1/messages/batches, paged by after_id and
// before_id, results as a JSONL download, delete for ended batches, x-api-key.
class AnthropicDialect : public SimDialect
{
public:
    using SimDialect::SimDialect;

    QString routeName(const Call &call) const override;
    bool authorised(const Call &call, const QByteArray &key) const override;
    Reply unauthorised(const Call &call) const override;
    Reply dispatch(const Call &call, const std::optional<Fault> &fault) override;
    Reply error(int status, const QString &type, const QString &message, const QString &requestType,
                const QString &provider = QString(), const QString &code = QString()) const override;

protected:
    QJsonObject batchJson(const SimBatch &batch) const override;

private:
    Reply list(const Call &call);
    Reply create(const Call &call);
    Reply batchRoute(const Call &call, const QString &id, const QString &action);
};
