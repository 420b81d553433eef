#pragma once

#include "SimDialect.h"

// The Bifrost gateway's unified batch API (API.md §1): /v1/batches and
// /v1/files with a `provider` parameter, opaque base64 cursors, the gateway's
// error envelope and its quirks (partial cancel answers, /results, Anthropic
// listings that cannot be paged). OpenAI's own API shares the routes and
// differs in the hooks below (OpenAiDialect).
class GatewayDialect : public SimDialect
{
public:
    // `integrationRoutes`: also serve the gateway's OpenAI integration routes
    // (/openai/v1/…, GatewayOpenAiRoutes); off for the dialects built on this one.
    GatewayDialect(SimStore &store, std::function<QUrl()> url, bool integrationRoutes = false);
    ~GatewayDialect() override;

    SimDialect &dialectFor(Call *call) override;

    QString routeName(const Call &call) const override;
    bool authorised(const Call &call, const QByteArray &key) const override;
    Reply unauthorised(const Call &call) const override;
    Reply dispatch(const Call &call, const std::optional<Fault> &fault) override;
    Reply error(int status, const QString &type, const QString &message, const QString &requestType,
                const QString &provider = QString(), const QString &code = QString()) const override;

protected:
    QJsonObject batchJson(const SimBatch &batch) const override;
    // The provider a call is about: the gateway's `provider` parameter.
    virtual QString providerOf(const Call &call) const;
    // The provider when a call names none (an upload without `provider`).
    virtual QString defaultProvider(const Call &call) const;
    // Where a listing cursor points in `all`, or -1.
    virtual qsizetype cursorIndex(const QList<SimBatch *> &all, const QString &cursor) const;
    // The real gateway cannot page Anthropic listings: it answers the first page again.
    virtual bool pagingWorks(const QString &provider) const;
    // The extra_fields the gateway puts on every listing page.
    static void addListingExtraFields(QJsonObject *page, const QString &provider);
    // Adds the paging fields (and the listing faults) to a page.
    virtual void finishPage(QJsonObject *page, const QList<SimBatch *> &all, const PageSlice &slice, const Call &call,
                            const std::optional<Fault> &fault, const QString &provider) const;
    // The `provider/model` a create call names, or the error to answer with.
    virtual std::optional<Reply> modelForCreate(const Call &call, const QJsonObject &body, QString *model) const;
    // The gateway answers a cancel with a partial batch object.
    virtual QJsonObject cancelAnswer(const QJsonObject &full) const;
    virtual bool servesResults() const { return true; }

private:
    Reply listBatches(const Call &call, const std::optional<Fault> &fault);
    Reply createBatch(const Call &call);
    Reply batchRoute(const Call &call, const QString &id, const QString &action);
    Reply results(SimBatch *batch);
    Reply uploadFile(const Call &call);
    Reply fileRoute(const Call &call, const QString &id, bool content);
    Reply listFiles(const Call &call);

    std::unique_ptr<SimDialect> m_integrationRoutes;
};
