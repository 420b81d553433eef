#pragma once

#include "model/ApiError.h"

#include <QEventLoop>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

class HttpCall;

// An asynchronous operation in flight. It emits `finished` exactly once,
// always from the event loop (never inside the call that created it), and
// deletes itself afterwards: read its result in the slot connected to it.
class PendingCall : public QObject
{
    Q_OBJECT
public:
    explicit PendingCall(QString operation, QObject *parent = nullptr);

    const QString &operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    // Oddities in what the server sent that did not stop the operation.
    const QStringList &warnings() const { return m_warnings; }
    void addWarnings(const QStringList &warnings) { m_warnings += warnings; }
    // Things the user should be told even though the operation succeeded
    // (a listing the server could not give in full).
    const QStringList &notices() const { return m_notices; }
    void addNotice(const QString &notice) { m_notices += notice; }

    // Stops the operation; it finishes with an ApiError of kind Cancelled.
    void abort();

    // Makes `call` the step in progress: its progress is relayed, abort() reaches it.
    void track(HttpCall *call);
    // Makes another pending operation the step in progress.
    void track(PendingCall *inner);

    void fail(const ApiError &error);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void retrying(const QString &message);
    void finished();

protected:
    void succeed();

private:
    void finishLater();

    QString m_operation;
    ApiError m_error;
    QStringList m_warnings;
    QStringList m_notices;
    QPointer<HttpCall> m_call;
    QPointer<PendingCall> m_inner;
    bool m_finished = false;
    bool m_aborted = false;
};

// A pending operation that yields a value of type T.
template<typename T>
class Pending : public PendingCall
{
public:
    using PendingCall::PendingCall;

    const T &value() const { return m_value; }
    // What was gathered before a failure (e.g. the pages listed before a broken one).
    void setPartial(T value) { m_value = std::move(value); }
    void resolve(T value)
    {
        m_value = std::move(value);
        succeed();
    }

private:
    T m_value{};
};

// Calls `handler(pending)` when `pending` finishes, unless `context` is gone by then.
template<typename P, typename F>
void onFinished(P *pending, QObject *context, F handler)
{
    QObject::connect(pending, &PendingCall::finished, context,
                     [pending, handler = std::move(handler)]() mutable { handler(*pending); });
}

// The outcome of waiting for a Pending<T> (for the CLI and tests).
template<typename T>
struct Outcome
{
    T value{};
    ApiError error;
    QStringList warnings;
    QStringList notices;
    bool ok() const { return !error.isError(); }
};

// Runs a local event loop until `pending` finishes and copies its result out.
template<typename T>
Outcome<T> waitFor(Pending<T> *pending)
{
    Outcome<T> out;
    QEventLoop loop;
    QObject::connect(pending, &PendingCall::finished, &loop, [&] {
        out.value = pending->value();
        out.error = pending->error();
        out.warnings = pending->warnings();
        out.notices = pending->notices();
        loop.quit();
    });
    loop.exec();
    return out;
}
