#pragma once

#include "FaultPlan.h"
#include "SimOptions.h"
#include "SimStore.h"
#include "dialects/SimDialect.h"
#include "http/SimHttp.h"

#include <QAbstractHttpServer>
#include <QMutex>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

// A stand-in for a Bifrost gateway (or OpenAI, or Anthropic), over real HTTP
// on 127.0.0.1, with the gateway's quirks and injectable faults. The demo mode
// and the tests talk to it exactly as they would to a gateway. This class is
// the server: it turns requests into calls, checks keys, applies faults, keeps
// the request log and the control routes; the API itself is a SimDialect.
class GatewaySimulator : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit GatewaySimulator(const SimOptions &options, QObject *parent = nullptr);
    ~GatewaySimulator() override;

    // Listens on 127.0.0.1 (over TLS when the options name a certificate);
    // returns the port, or 0 on failure with the reason in startError().
    quint16 start();
    QString startError() const { return m_startError; }
    QUrl url() const;

    SimStore &store() { return m_store; }
    FaultPlan &faults() { return m_faults; }

    // One line per request served, newest last (for tests and the admin route).
    struct LogEntry
    {
        QByteArray method;
        QString rawPath; // as sent, percent-encoding intact
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

private:
    bool setUpTls(const SimOptions &options);

    using Call = SimHttp::Call;
    using Reply = SimHttp::Reply;

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

    bool authorised(const SimDialect &dialect, const Call &call) const;
    // The dialect's answer, or the fault's when the fault replaces it.
    Reply answer(SimDialect &dialect, const Call &call, const std::optional<Fault> &fault);
    // The simulator's own control routes under /_sim (faults, clock, request log).
    Reply admin(const Call &call);
    // `dialect` shapes the error sent when a file to stream cannot be read.
    void send(const SimDialect &dialect, const std::shared_ptr<QHttpServerResponder> &responder, QTcpSocket *socket,
              Reply reply, const std::optional<Fault> &fault);
    void record(const Call &call, int status, const std::optional<Fault> &fault);
    void addTraffic();

    SimStore m_store;
    FaultPlan m_faults;
    std::unique_ptr<SimDialect> m_dialect;
    QTimer *m_traffic = nullptr;
    int m_trafficCount = 0;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_startError;
    mutable QMutex m_logMutex;
    QList<LogEntry> m_log;
};
