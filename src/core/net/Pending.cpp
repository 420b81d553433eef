#include "Pending.h"

#include "HttpCall.h"

#include <QTimer>

PendingCall::PendingCall(QString operation, QObject *parent)
    : QObject(parent)
    , m_operation(std::move(operation))
{ }

void PendingCall::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    if (m_call)
        m_call->abort();
    if (m_inner)
        m_inner->abort();
    fail(ApiError::make(ApiError::Kind::Cancelled, m_operation, QString()));
}

void PendingCall::track(HttpCall *call)
{
    m_call = call;
    connect(call, &HttpCall::progress, this, &PendingCall::progress);
    connect(call, &HttpCall::retrying, this, [this](int attempt, int delayMs, const ApiError &why) {
        Q_EMIT retrying(QStringLiteral("%1; retrying in %2 s (attempt %3)")
                            .arg(why.toString())
                            .arg(delayMs / 1000.0, 0, 'f', 1)
                            .arg(attempt));
    });
    if (m_aborted)
        call->abort();
}

void PendingCall::track(PendingCall *inner)
{
    m_inner = inner;
    connect(inner, &PendingCall::progress, this, &PendingCall::progress);
    connect(inner, &PendingCall::retrying, this, &PendingCall::retrying);
    if (m_aborted)
        inner->abort();
}

void PendingCall::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    if (m_error.operation.isEmpty())
        m_error.operation = m_operation;
    finishLater();
}

void PendingCall::succeed()
{
    if (m_finished)
        return;
    finishLater();
}

void PendingCall::finishLater()
{
    m_finished = true;
    // Queued, so that a caller connecting right after the call returns never misses it.
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished();
        deleteLater();
    });
}
