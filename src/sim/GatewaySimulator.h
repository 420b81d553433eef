#pragma once

#include "FaultPlan.h"
#include "SimOptions.h"
#include "SimStore.h"

#include <QAbstractHttpServer>
#include <QJsonArray>
#include <QMutex>
#include <QUrl>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

// A stand-in for a Bifrost gateway, speaking its unified batch API over real
// HTTP on 127.0.0.1, with the gateway's quirks and injectable faults. The
// demo mode and the tests talk to it exactly as they would to a gateway.
class GatewaySimulator : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit GatewaySimulator(const SimOptions &options, QObject *parent = nullptr);
    ~GatewaySimulator() override;

    // Listens on 127.0.0.1; returns the port, or 0 on failure.
    quint16 start();
    QUrl url() const;

    SimStore &store() { return m_store; }
    FaultPlan &faults() { return m_faults; }

    // One line per request served, newest last (for tests and the admin route).
    struct LogEntry
    {
        QByteArray method;
        QString rawPath;   // as sent, percent-encoding intact
        QString query;
        int status = 0;
        QStringList headerNames;
        QByteArray userAgent;
        QString fault;
    };
    QList<LogEntry> log() const;
    // The most requests that were open at once (arrived, not yet answered) since the last reset.
    int mostConcurrentRequests() const { return m_concurrency->most; }
    void resetConcurrency() { m_concurrency->most = m_concurrency->open; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

public:
    // The parts of a request a handler needs (the request object dies with the call).
    struct Call
    {
        QByteArray method;
        QString rawPath;
        QStringList segments; // decoded one by one, so %2F inside an id stays in its segment
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
        QString param(const QString &name) const;
    };
    struct Reply
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QString filePath;     // stream this file instead of `body`
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    enum class Dialect { Bifrost, OpenAi, Anthropic };
    Dialect dialect() const { return m_dialect; }

private:
    struct Concurrency
    {
        int open = 0;
        int most = 0;
    };
    // Counts a request as open for as long as it lives. It shares the counts
    // rather than pointing at the simulator: a late answer may outlive it.
    class ConcurrencyScope
    {
    public:
        explicit ConcurrencyScope(std::shared_ptr<Concurrency> counts)
            : m_counts(std::move(counts))
        {
            m_counts->most = std::max(m_counts->most, ++m_counts->open);
        }
        ~ConcurrencyScope() { --m_counts->open; }
        ConcurrencyScope(const ConcurrencyScope &) = delete;
        ConcurrencyScope &operator=(const ConcurrencyScope &) = delete;

    private:
        std::shared_ptr<Concurrency> m_counts;
    };
    std::shared_ptr<Concurrency> m_concurrency = std::make_shared<Concurrency>();

    QString routeName(const Call &call) const;
    bool authorised(const Call &call) const;
    Reply dispatch(const Call &call, const std::optional<Fault> &fault);
    Reply dispatchAnthropic(const Call &call, const std::optional<Fault> &fault);
    Reply admin(const Call &call);
    // The provider a unified call is about: the gateway's `provider` parameter, or OpenAI itself.
    QString providerOf(const Call &call) const;
    Reply listBatches(const Call &call, const std::optional<Fault> &fault);
    Reply listAnthropic(const Call &call);
    Reply createBatch(const Call &call);
    Reply createAnthropic(const Call &call);
    Reply batchRoute(const Call &call, const QString &id, const QString &action);
    Reply anthropicBatchRoute(const Call &call, const QString &id, const QString &action);
    Reply results(SimBatch *batch);
    QJsonObject batchJson(const SimBatch &batch) const;
    Reply uploadFile(const Call &call);
    Reply fileRoute(const Call &call, const QString &id, bool content);
    Reply listFiles(const Call &call);

    Reply faultReply(const Fault &fault, const QString &route) const;
    void send(const std::shared_ptr<QHttpServerResponder> &responder, QTcpSocket *socket, Reply reply,
              const std::optional<Fault> &fault);
    void record(const Call &call, int status, const std::optional<Fault> &fault);

    static Reply json(const QJsonObject &object, int status = 200);
    // An error in the dialect's own shape: the gateway's envelope, OpenAI's or Anthropic's.
    Reply error(int status, const QString &type, const QString &message, const QString &requestType,
                const QString &provider = QString(), const QString &code = QString()) const;

    SimStore m_store;
    FaultPlan m_faults;
    Dialect m_dialect = Dialect::Bifrost;
    QTimer *m_traffic = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_logMutex;
    QList<LogEntry> m_log;
};
