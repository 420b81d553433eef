#include "RefreshScheduler.h"

#include "backend/BatchBackend.h"
#include "format/TimeText.h"
#include "itemmodels/BatchTableModel.h"
#include "net/RetryPolicy.h"

#include <QLocale>
#include <cmath>

RefreshScheduler::RefreshScheduler(BatchBackend *backend, BatchTableModel *model, QString source, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_model(model)
    , m_source(std::move(source))
{
    m_activeTimer.setSingleShot(true);
    m_fullTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_activeTimer, &QTimer::timeout, this, &RefreshScheduler::activeRefresh);
    connect(&m_fullTimer, &QTimer::timeout, this, &RefreshScheduler::fullRefresh);
    connect(&m_retryTimer, &QTimer::timeout, this, &RefreshScheduler::fullRefresh);
}

RefreshScheduler::~RefreshScheduler()
{
    stop();
}

void RefreshScheduler::start()
{
    m_running = true;
    fullRefresh();
}

void RefreshScheduler::stop()
{
    m_running = false;
    m_activeTimer.stop();
    m_fullTimer.stop();
    m_retryTimer.stop();
    m_queue.clear();
    const auto calls = m_inFlight;
    for (const auto &call : calls) {
        if (call)
            call->abort();
    }
    m_inFlight.clear();
}

void RefreshScheduler::refreshNow()
{
    if (!m_running)
        m_running = true;
    m_retryTimer.stop();
    fullRefresh();
}

QString RefreshScheduler::stateText() const
{
    switch (m_state) {
    case State::Idle:
        return tr("not connected");
    case State::Refreshing:
        return tr("refreshing…");
    case State::Online:
        return m_lastSuccess.isValid() ? tr("updated %1").arg(TimeText::clockTime(m_lastSuccess.toSecsSinceEpoch()))
                                       : tr("online");
    case State::Offline: {
        const qint64 seconds = qMax<qint64>(0, (QDateTime::currentDateTime().msecsTo(m_nextRetry) + 999) / 1000);
        const QString offline
            = tr("offline since %1, retrying in %2 s")
                  .arg(TimeText::clockTime(m_offlineSince.toSecsSinceEpoch()), QLocale().toString(seconds));
        if (!m_lastSuccess.isValid())
            return offline;
        return tr("%1 · last update %2").arg(offline, TimeText::clockTime(m_lastSuccess.toSecsSinceEpoch()));
    }
    }
    return {};
}

void RefreshScheduler::setState(State state)
{
    if (state == m_state && state != State::Offline)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void RefreshScheduler::track(PendingCall *call)
{
    m_inFlight.append(call);
    connect(call, &PendingCall::finished, this, [this, call] {
        m_inFlight.removeAll(QPointer<PendingCall>(call));
        m_inFlight.removeAll(QPointer<PendingCall>());
    });
}

void RefreshScheduler::fullRefresh()
{
    if (!m_running || m_listing)
        return;
    m_listing = true;
    m_fullTimer.stop();
    if (m_state != State::Online)
        setState(State::Refreshing);
    Pending<QList<Batch>> *listing = m_backend->listAll(100);
    track(listing);
    onFinished(listing, this, [this](const Pending<QList<Batch>> &p) {
        m_listing = false;
        if (!p.warnings().isEmpty())
            Q_EMIT warnings(p.warnings());
        const QString notice = p.notices().join(QStringLiteral("; "));
        if (notice != m_lastNotice) {
            m_lastNotice = notice;
            if (!notice.isEmpty())
                Q_EMIT this->notice(notice);
        }
        if (!p.ok()) {
            if (p.error().kind == ApiError::Kind::Cancelled)
                return;
            // A listing that broke part way still tells us about what it saw.
            if (!p.value().isEmpty())
                m_model->mergeListing(m_source, p.value(), false);
            onFailure(p.error());
            return;
        }
        m_model->mergeListing(m_source, p.value(), true);
        onSuccess();
    });
}

void RefreshScheduler::activeRefresh()
{
    if (!m_running)
        return;
    if (m_inFlight.isEmpty() && m_queue.isEmpty()) {
        const QList<Batch> active = m_model->activeBatches(m_source);
        for (const Batch &b : active.mid(0, kMaxActivePerTick))
            m_queue.append(b.id);
    }
    pumpQueue();
    if (m_queue.isEmpty() && m_inFlight.isEmpty())
        scheduleNext();
}

void RefreshScheduler::pumpQueue()
{
    while (m_running && !m_queue.isEmpty() && m_inFlight.size() < m_maxInFlight) {
        const QString id = m_queue.takeFirst();
        Pending<Batch> *call = m_backend->retrieve(id);
        track(call);
        onFinished(call, this, [this](const Pending<Batch> &p) {
            if (!p.warnings().isEmpty())
                Q_EMIT warnings(p.warnings());
            if (p.ok()) {
                m_model->updateBatch(m_source, p.value());
                onSuccess();
            } else if (p.error().kind != ApiError::Kind::Cancelled) {
                if (p.error().httpStatus == 404) {
                    // Gone on the server (deleted or archived): the next full listing drops it.
                    Q_EMIT callFailed(p.error());
                } else {
                    m_queue.clear();
                    onFailure(p.error());
                    return;
                }
            }
            if (m_queue.isEmpty() && m_inFlight.isEmpty())
                scheduleNext();
            else
                pumpQueue();
        });
    }
}

void RefreshScheduler::onSuccess()
{
    m_failures = 0;
    m_offlineSince = QDateTime();
    m_lastSuccess = QDateTime::currentDateTime();
    m_model->setSourceStale(m_source, false);
    setState(State::Online);
    Q_EMIT refreshed();
    if (!m_listing && m_queue.isEmpty())
        scheduleNext();
}

void RefreshScheduler::onFailure(const ApiError &error)
{
    m_lastError = error;
    if (m_failures++ == 0)
        m_offlineSince = QDateTime::currentDateTime();
    Q_EMIT callFailed(error);
    m_model->setSourceStale(m_source, true);
    m_activeTimer.stop();
    m_fullTimer.stop();
    // The one backoff policy, with the refresh scheduler's schedule; a server that asks for longer gets it.
    int delayMs = RetryPolicy::offlineSchedule().backoffMs(m_failures, nullptr);
    if (error.retryAfterMs)
        delayMs = int(std::max<qint64>(delayMs, qMin<qint64>(*error.retryAfterMs, qint64(3600) * 1000)));
    m_nextRetry = QDateTime::currentDateTime().addMSecs(delayMs);
    if (m_running)
        m_retryTimer.start(delayMs);
    setState(State::Offline);
}

void RefreshScheduler::scheduleNext()
{
    if (!m_running || m_state == State::Offline)
        return;
    if (!m_fullTimer.isActive() && !m_listing)
        m_fullTimer.start(m_fullIntervalMs);
    if (!m_activeTimer.isActive())
        m_activeTimer.start(m_activeIntervalMs);
}
