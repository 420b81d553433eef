#include "SimHost.h"

#include "GatewaySimulator.h"

#include <QThread>

SimHost::SimHost(SimOptions options)
    : m_options(std::move(options))
{ }

SimHost::~SimHost()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_simulator;
            m_simulator = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_anchor->deleteLater();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

SimOptions SimHost::demoOptions()
{
    SimOptions o;
    // Slow enough that the big batches run for minutes, fast enough that small ones finish while you watch.
    o.speed = 5.0;
    o.newBatchEverySeconds = 25.0;
    o.openAiBatches = 36;
    o.anthropicBatches = 10;
    o.bedrockBatches = 2;
    o.largeResultRows = 20000;
    o.cancelDelaySeconds = 60.0;
    return o;
}

bool SimHost::start(QString *error)
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("gateway-sim"));
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread);
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &port] {
            m_simulator = new GatewaySimulator(m_options);
            port = m_simulator->start();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        if (error)
            *error = QStringLiteral("the built-in gateway could not listen on 127.0.0.1");
        return false;
    }
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return true;
}
