#include "SimDialect.h"

#include "AnthropicDialect.h"
#include "GatewayDialect.h"
#include "OpenAiDialect.h"
#include "SimBatch.h"

SimDialect::SimDialect(SimStore &store, std::function<QUrl()> url)
    : m_store(store)
    , m_url(std::move(url))
{ }

SimDialect::~SimDialect() = default;

std::unique_ptr<SimDialect> SimDialect::make(const QString &name, SimStore &store, std::function<QUrl()> url)
{
    if (name == u"openai")
        return std::make_unique<OpenAiDialect>(store, std::move(url));
    if (name == u"anthropic")
        return std::make_unique<AnthropicDialect>(store, std::move(url));
    return std::make_unique<GatewayDialect>(store, std::move(url), true);
}

SimDialect &SimDialect::dialectFor(Call *)
{
    return *this;
}

std::optional<SimDialect::Reply> SimDialect::faultReply(const std::optional<Fault> &fault, const QString &route) const
{
    if (!fault)
        return std::nullopt;
    switch (fault->mode) {
    case Fault::Mode::RateLimit: {
        Reply r = error(429, QStringLiteral("rate_limit"), QStringLiteral("rate limit exceeded for this virtual key"),
                        route, QString(), QStringLiteral("rate_limit_exceeded"));
        r.headers.append({"Retry-After", fault->retryAfter.toUtf8()});
        return r;
    }
    case Fault::Mode::ServerError: {
        const int status = fault->status > 0 ? fault->status : 503;
        return error(status, QStringLiteral("server_error"),
                     QStringLiteral("upstream provider returned an error (simulated %1)").arg(status), route);
    }
    case Fault::Mode::HtmlError:
        return SimHttp::htmlErrorPage(fault->status > 0 ? fault->status : 502);
    default:
        return std::nullopt;
    }
}

SimDialect::PageSlice SimDialect::slicePage(const QList<SimBatch *> &all, qsizetype after, qsizetype before,
                                            int limit) const
{
    PageSlice page;
    const qsizetype end = before >= 0 ? before : all.size();
    qsizetype begin = after >= 0 ? after + 1 : 0;
    if (before >= 0)
        begin = std::max<qsizetype>(begin, end - limit); // the page just before `before`
    for (qsizetype i = begin; i < end && page.data.size() < limit; ++i) {
        page.data.append(batchJson(*all.at(i)));
        if (page.first < 0)
            page.first = i;
        page.last = i;
    }
    page.hasMore = page.last >= 0 && page.last + 1 < end;
    return page;
}

qsizetype SimDialect::indexOfId(const QList<SimBatch *> &all, const QString &id)
{
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i)->id == id)
            return i;
    }
    return -1;
}
