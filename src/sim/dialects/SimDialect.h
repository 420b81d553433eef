#pragma once

#include "FaultPlan.h"
#include "http/SimHttp.h"

#include <QJsonArray>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class SimBatch;
class SimStore;
struct SimOptions;

// One API the simulator speaks: its routes, its way of checking a key and its
// error shape. The simulator's HTTP server takes a request, asks the dialect
// what route it is (for faults and logs), and lets the dialect answer it.
class SimDialect
{
public:
    using Call = SimHttp::Call;
    using Reply = SimHttp::Reply;

    // `url` tells a dialect where the simulator listens (Anthropic's results_url names it).
    SimDialect(SimStore &store, std::function<QUrl()> url);
    virtual ~SimDialect();
    SimDialect(const SimDialect &) = delete;
    SimDialect &operator=(const SimDialect &) = delete;

    // "bifrost", "openai" or "anthropic" (SimOptions::dialect); the gateway for anything else.
    static std::unique_ptr<SimDialect> make(const QString &name, SimStore &store, std::function<QUrl()> url);

    // The dialect that answers `call`: this one, or one served under a path
    // prefix (the gateway's /openai/v1 routes), with the prefix taken off `call`.
    virtual SimDialect &dialectFor(Call *call);

    // A short, stable name for the route a call is on ("list", "create", "content", …):
    // what fault specs and the request log name.
    virtual QString routeName(const Call &call) const = 0;
    virtual bool authorised(const Call &call, const QByteArray &key) const = 0;
    virtual Reply unauthorised(const Call &call) const = 0;
    virtual Reply dispatch(const Call &call, const std::optional<Fault> &fault) = 0;
    // An error in the dialect's own shape.
    virtual Reply error(int status, const QString &type, const QString &message, const QString &requestType,
                        const QString &provider = QString(), const QString &code = QString()) const = 0;

    // The answer for a fault that replaces the real one (429, 5xx, an HTML page), if `fault` is one.
    std::optional<Reply> faultReply(const std::optional<Fault> &fault, const QString &route) const;

protected:
    // One page of a newest-first listing: the batches after row `after` (-1: from
    // the top) and before row `before` (-1: to the end), at most `limit` of them.
    struct PageSlice
    {
        QJsonArray data;
        qsizetype first = -1;
        qsizetype last = -1;
        bool hasMore = false;
    };
    PageSlice slicePage(const QList<SimBatch *> &all, qsizetype after, qsizetype before, int limit) const;
    static qsizetype indexOfId(const QList<SimBatch *> &all, const QString &id);
    // A batch as this dialect shows it.
    virtual QJsonObject batchJson(const SimBatch &batch) const = 0;

    SimStore &m_store;
    std::function<QUrl()> m_url;
};
