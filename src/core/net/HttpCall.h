#pragma once

#include "HttpRequest.h"
#include "RetryPolicy.h"
#include "model/ApiError.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

// Carries out one HttpRequest: a timeout on every attempt, retries with
// backoff for idempotent calls, streaming to disk, and an ApiError that
// names the operation when it fails. Deletes itself after `finished`.
class HttpCall : public QObject
{
    Q_OBJECT
public:
    HttpCall(QNetworkAccessManager *network, HttpRequest request, RetryPolicy policy, QByteArray userAgent,
             QObject *parent = nullptr);
    ~HttpCall() override;

    void start();
    void abort();

    const HttpRequest &request() const { return m_request; }
    const HttpResponse &response() const { return m_response; }
    const ApiError &error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // A transient failure; the call will be repeated after `delayMs`.
    void retrying(int attempt, int delayMs, const ApiError &reason);
    void finished();

private:
    void sendAttempt();
    void onReadyRead();
    void onReplyFinished();
    void onInactivity();
    void onSslErrors(const QList<QSslError> &errors);
    ApiError tlsError() const;
    void restartInactivityTimer();
    bool openSink();
    void discardSink();
    bool isSuccessStatus() const;
    void retryOrFail(const ApiError &error, std::optional<qint64> retryAfterMs);
    void finish(const ApiError &error);
    ApiError networkError(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    HttpRequest m_request;
    RetryPolicy m_policy;
    QByteArray m_userAgent;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_sink;
    QTimer m_inactivity;
    QTimer m_retryTimer;
    HttpResponse m_response;
    QList<QSslError> m_tlsErrors; // the handshake's complaints, when it was refused
    QSslCertificate m_tlsPeer;
    ApiError m_error;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_finished = false;
    bool m_starting = false; // inside start(): nobody listens to `finished` yet
    bool m_sinkFailed = false;
};
