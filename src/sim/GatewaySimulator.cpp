#include "GatewaySimulator.h"

#include "net/TlsPolicy.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

using SimHttp::json;

namespace {
constexpr int kMaxLog = 2000;
}

GatewaySimulator::GatewaySimulator(const SimOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(options)
    , m_dialect(SimDialect::make(options.dialect, m_store, [this] { return url(); }))
{
    if (options.newBatchEverySeconds > 0) {
        m_traffic = new QTimer(this);
        connect(m_traffic, &QTimer::timeout, this, &GatewaySimulator::addTraffic);
        m_traffic->start(int(options.newBatchEverySeconds * 1000));
    }
    for (const QString &spec : options.faults) {
        QString why;
        if (const auto fault = FaultPlan::parseSpec(spec, &why))
            m_faults.add(*fault);
        else
            qWarning("gateway-sim: %s", qPrintable(why));
    }
}

GatewaySimulator::~GatewaySimulator() = default;

void GatewaySimulator::addTraffic()
{
    // Mostly OpenAI, now and then Anthropic, as the seeded history. Counted per
    // simulator, so two simulators (or two tests) do not share one sequence.
    ++m_trafficCount;
    m_store.createSample(m_trafficCount % 4 == 0 ? QStringLiteral("anthropic") : QStringLiteral("openai"));
}

quint16 GatewaySimulator::start()
{
    m_startError.clear();
    if (!m_store.options().tlsCertFile.isEmpty() && !setUpTls(m_store.options()))
        return 0;
    m_port = listen(QHostAddress::LocalHost, m_store.options().port);
    if (m_port == 0)
        m_startError = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_store.options().port);
    return m_port;
}

bool GatewaySimulator::setUpTls(const SimOptions &options)
{
    // The console's own readers: the simulator accepts what a connection accepts.
    QString why;
    const QList<QSslCertificate> chain = TlsPolicy::readCertificates(options.tlsCertFile, &why);
    const QSslKey key = chain.isEmpty() ? QSslKey() : TlsPolicy::readPrivateKey(options.tlsKeyFile, &why);
    if (chain.isEmpty() || key.isNull()) {
        m_startError = QStringLiteral("--tls needs a PEM certificate and an unencrypted PEM key: %1").arg(why);
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!options.tlsClientCaFile.isEmpty()) {
        const QList<QSslCertificate> authorities = TlsPolicy::readCertificates(options.tlsClientCaFile, &why);
        if (authorities.isEmpty()) {
            m_startError = QStringLiteral("cannot use --tls-client-ca %1: %2").arg(options.tlsClientCaFile, why);
            return false;
        }
        // Only the test authority vouches for clients: mutual TLS as a company gateway has it.
        config.setCaCertificates(authorities);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    sslSetup(config);
    m_tls = true;
    return true;
}

QUrl GatewaySimulator::url() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
}

QList<GatewaySimulator::LogEntry> GatewaySimulator::log() const
{
    QMutexLocker lock(&m_logMutex);
    return m_log;
}

void GatewaySimulator::record(const Call &call, int status, const std::optional<Fault> &fault)
{
    LogEntry e;
    e.method = call.method;
    e.rawPath = call.rawPath;
    e.query = call.query.toString(QUrl::FullyEncoded);
    e.status = status;
    for (const auto &h : call.headers)
        e.headerNames.append(QString::fromLatin1(h.first).toLower());
    e.userAgent = call.header("user-agent");
    if (fault)
        e.fault = Fault::modeName(fault->mode);
    QMutexLocker lock(&m_logMutex);
    m_log.append(e);
    if (m_log.size() > kMaxLog)
        m_log.removeFirst();
}

void GatewaySimulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    send(*m_dialect, responder, socket,
         m_dialect->error(404, QStringLiteral("not_found"), QStringLiteral("no such route"), QString()), std::nullopt);
}

bool GatewaySimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Call call = Call::from(request);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));

    // Admin routes are never faulted and need no key.
    if (call.segments.value(0) == u"_sim") {
        Reply reply = admin(call);
        record(call, reply.status, std::nullopt);
        send(*m_dialect, responder, socket, std::move(reply), std::nullopt);
        return true;
    }
    SimDialect &dialect = m_dialect->dialectFor(&call);

    // Requests that have arrived and have no answer yet: what a client's
    // concurrency limit is seen by from the other side.
    // Held by a late answer (the slow fault) until it goes out.
    auto open = std::make_shared<ConcurrencyScope>(m_concurrency);

    if (!authorised(dialect, call)) {
        Reply reply = dialect.unauthorised(call);
        record(call, reply.status, std::nullopt);
        send(dialect, responder, socket, std::move(reply), std::nullopt);
        return true;
    }

    const std::optional<Fault> fault = m_faults.take(dialect.routeName(call));
    if (fault && fault->mode == Fault::Mode::Slow) {
        QPointer<QTcpSocket> guard(socket);
        auto shared = std::make_shared<Call>(std::move(call));
        // The dialects live as long as the simulator, which owns this timer's context.
        QTimer::singleShot(fault->delayMs, this, [this, &dialect, guard, responder, shared, fault, open] {
            Reply reply = answer(dialect, *shared, fault);
            record(*shared, reply.status, fault);
            if (guard)
                send(dialect, responder, guard, std::move(reply), fault);
        });
        return true;
    }
    Reply reply = answer(dialect, call, fault);
    record(call, reply.status, fault);
    send(dialect, responder, socket, std::move(reply), fault);
    return true;
}

bool GatewaySimulator::authorised(const SimDialect &dialect, const Call &call) const
{
    const QByteArray key = m_store.options().requireKey.toUtf8();
    return key.isEmpty() || dialect.authorised(call, key);
}

GatewaySimulator::Reply GatewaySimulator::answer(SimDialect &dialect, const Call &call,
                                                 const std::optional<Fault> &fault)
{
    if (std::optional<Reply> replaced = dialect.faultReply(fault, dialect.routeName(call)))
        return *replaced;
    return dialect.dispatch(call, fault);
}

GatewaySimulator::Reply GatewaySimulator::admin(const Call &call)
{
    const QString what = call.segments.value(1);
    if (what == u"faults") {
        if (call.method == "DELETE") {
            m_faults.clear();
            return json({{QStringLiteral("cleared"), true}});
        }
        if (call.method == "POST") {
            QString why;
            const auto fault = FaultPlan::fromJson(QJsonDocument::fromJson(call.body).object(), &why);
            if (!fault)
                return m_dialect->error(400, QStringLiteral("invalid_request_error"), why, QString());
            m_faults.add(*fault);
            return json(fault->toJson());
        }
        QJsonArray list;
        for (const Fault &f : m_faults.pending())
            list.append(f.toJson());
        return json({{QStringLiteral("faults"), list}});
    }
    if (what == u"advance" && call.method == "POST") {
        const double seconds = QJsonDocument::fromJson(call.body).object().value(QStringLiteral("seconds")).toDouble();
        m_store.advance(seconds);
        return json({{QStringLiteral("now"), m_store.now()}});
    }
    if (what == u"log") {
        QJsonArray list;
        for (const LogEntry &e : log()) {
            list.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(e.method)},
                                    {QStringLiteral("path"), e.rawPath},
                                    {QStringLiteral("query"), e.query},
                                    {QStringLiteral("status"), e.status},
                                    {QStringLiteral("fault"), e.fault}});
        }
        return json({{QStringLiteral("requests"), list}});
    }
    return m_dialect->error(404, QStringLiteral("not_found"), QStringLiteral("unknown admin route"), QString());
}

void GatewaySimulator::send(const SimDialect &dialect, const std::shared_ptr<QHttpServerResponder> &responder,
                            QTcpSocket *socket, Reply reply, const std::optional<Fault> &fault)
{
    SimHttp::send(responder, socket, std::move(reply), fault,
                  dialect.error(500, QStringLiteral("server_error"), QStringLiteral("cannot read file"), QString()));
}
