#pragma once

#include "model/ApiError.h"
#include "model/Batch.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class BatchBackend;
class BatchTableModel;
class PendingCall;

// Keeps one source (a connection and provider) of a BatchTableModel fresh:
// running batches are fetched often, the whole list rarely, F5 at once.
// Failures back off (RetryPolicy::offlineSchedule: 5, 10, 20 ... 120 s, or
// longer when the server asks) and are reported, never looped.
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Refreshing,
        Online,
        Offline
    };

    RefreshScheduler(BatchBackend *backend, BatchTableModel *model, QString source, QObject *parent = nullptr);
    ~RefreshScheduler() override;

    void setActiveInterval(int ms) { m_activeIntervalMs = ms; }
    void setFullInterval(int ms) { m_fullIntervalMs = ms; }
    void setMaxInFlight(int n) { m_maxInFlight = qMax(1, n); }
    int activeInterval() const { return m_activeIntervalMs; }
    int fullInterval() const { return m_fullIntervalMs; }
    int maxInFlight() const { return m_maxInFlight; }
    int inFlight() const { return int(m_inFlight.size()); }

    const QString &source() const { return m_source; }
    BatchBackend *backend() const { return m_backend; }
    State state() const { return m_state; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QDateTime nextRetry() const { return m_nextRetry; }
    // When the current run of failures began; invalid while online.
    QDateTime offlineSince() const { return m_offlineSince; }
    ApiError lastError() const { return m_lastError; }
    // "updated 15:25:04", or "offline since 15:25:24, retrying in 19 s · last
    // update 15:25:04": the data's age is never lost.
    QString stateText() const;

    void start();
    void stop();
    // F5: the whole list now, whatever the timers say.
    void refreshNow();

    static constexpr int kDefaultActiveMs = 5000;
    static constexpr int kDefaultFullMs = 60000;
    static constexpr int kMaxActivePerTick = 50;

Q_SIGNALS:
    void stateChanged();
    void refreshed();
    void callFailed(const ApiError &error);
    void warnings(const QStringList &warnings);
    // Something the user should know about the listing (said once, not every refresh).
    void notice(const QString &text);

private:
    void fullRefresh();
    void activeRefresh();
    void pumpQueue();
    void onSuccess();
    void onFailure(const ApiError &error);
    void scheduleNext();
    void setState(State state);
    void track(PendingCall *call);

    BatchBackend *m_backend;
    BatchTableModel *m_model;
    QString m_source;
    int m_activeIntervalMs = kDefaultActiveMs;
    int m_fullIntervalMs = kDefaultFullMs;
    int m_maxInFlight = 4;
    QTimer m_activeTimer;
    QTimer m_fullTimer;
    QTimer m_retryTimer;
    QList<QString> m_queue; // ids waiting for a retrieve
    QList<QPointer<PendingCall>> m_inFlight;
    bool m_listing = false;
    bool m_running = false;
    int m_failures = 0;
    State m_state = State::Idle;
    QDateTime m_lastSuccess;
    QDateTime m_nextRetry;
    QDateTime m_offlineSince;
    ApiError m_lastError;
    QString m_lastNotice;
};
