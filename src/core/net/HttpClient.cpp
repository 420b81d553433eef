#include "HttpClient.h"

#include "Version.h"

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
    // Loopback gateways and direct APIs alike: never send credentials through a system proxy
    // the user did not ask for is not our call, so the system configuration is respected.
    m_network.setAutoDeleteReplies(false);
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("BatchConsole/" BATCH_CONSOLE_VERSION " Qt/") + QByteArray(qVersion());
}

HttpCall *HttpClient::send(HttpRequest request)
{
    // Owned by the client: calls die with it and never report to a backend that is gone.
    auto *call = new HttpCall(&m_network, std::move(request), m_policy, userAgent(), this);
    call->start();
    return call;
}
