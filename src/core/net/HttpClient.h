#pragma once

#include "HttpCall.h"
#include "RetryPolicy.h"

#include <QNetworkAccessManager>
#include <QObject>

// The one QNetworkAccessManager a connection's calls share, plus the retry
// policy and the product's User-Agent.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QObject *parent = nullptr);

    // Starts the call; it deletes itself after `finished`.
    HttpCall *send(HttpRequest request);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    QNetworkAccessManager *network() { return &m_network; }

    static QByteArray userAgent();

private:
    QNetworkAccessManager m_network;
    RetryPolicy m_policy;
};
