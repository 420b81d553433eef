#include "SimBatch.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <cmath>

namespace {

qint64 secs(double t)
{
    return qint64(std::floor(t));
}

QString rfc3339(double t)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(t * 1000.0), Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

bool SimBatch::Snapshot::terminal() const
{
    return phase == Phase::Completed || phase == Phase::Failed || phase == Phase::Expired || phase == Phase::Cancelled;
}

QString SimBatch::customId(qint64 index) const
{
    if (index < customIds.size())
        return customIds.at(index);
    return QStringLiteral("request-%1").arg(index + 1, 6, 10, QLatin1Char('0'));
}

SimBatch::Snapshot SimBatch::at(double now) const
{
    Snapshot s;
    auto processedAt = [this](double t) -> qint64 {
        if (t <= inProgressAt)
            return 0;
        if (fate == Fate::Expire) {
            const double span = std::max(1.0, expiresAt - inProgressAt);
            const double share = std::min(1.0, (t - inProgressAt) / span) * expireProgress;
            return qint64(std::floor(share * double(total)));
        }
        if (t >= finalizingAt)
            return total;
        const double span = std::max(1e-3, finalizingAt - inProgressAt);
        return qint64(std::floor((t - inProgressAt) / span * double(total)));
    };

    // A cancel freezes the counts where they were and ends the batch a little later.
    if (cancelRequestedAt && now >= *cancelRequestedAt) {
        const double c = *cancelRequestedAt;
        const bool alreadyOver = (fate == Fate::FailValidation && c >= inProgressAt) || c >= endsAt;
        if (!alreadyOver) {
            s.processed = processedAt(c);
            s.failed = failedAmong(s.processed);
            if (now >= c + cancelDelay) {
                s.phase = Phase::Cancelled;
                s.canceled = total - s.processed;
            } else {
                s.phase = Phase::Cancelling;
            }
            return s;
        }
    }

    if (now < inProgressAt) {
        s.phase = Phase::Validating;
        return s;
    }
    if (fate == Fate::FailValidation) {
        s.phase = Phase::Failed;
        return s;
    }
    if (fate == Fate::Expire) {
        s.processed = processedAt(std::min(now, expiresAt));
        s.failed = failedAmong(s.processed);
        if (now >= expiresAt) {
            s.phase = Phase::Expired;
            s.expired = total - s.processed;
        } else {
            s.phase = Phase::InProgress;
        }
        return s;
    }
    s.processed = processedAt(now);
    s.failed = failedAmong(s.processed);
    if (now < finalizingAt)
        s.phase = Phase::InProgress;
    else if (now < endsAt)
        s.phase = Phase::Finalizing;
    else
        s.phase = Phase::Completed;
    return s;
}

QJsonObject SimBatch::toJson(double now) const
{
    const Snapshot s = at(now);
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("object"), QStringLiteral("batch"));
    o.insert(QStringLiteral("endpoint"), endpoint);
    if (!inputFileId.isEmpty())
        o.insert(QStringLiteral("input_file_id"), inputFileId);
    o.insert(QStringLiteral("completion_window"), completionWindow);
    o.insert(QStringLiteral("created_at"), secs(createdAt));
    o.insert(QStringLiteral("expires_at"), secs(expiresAt));

    const qint64 succeeded = s.processed - s.failed;
    QJsonObject counts;
    if (style == Style::Anthropic) {
        // The gateway's mapping of Anthropic's five counts (API.md §4).
        const bool running = !s.terminal();
        counts.insert(QStringLiteral("total"), total);
        counts.insert(QStringLiteral("completed"), succeeded);
        counts.insert(QStringLiteral("succeeded"), succeeded);
        counts.insert(QStringLiteral("failed"), s.failed);
        if (s.canceled)
            counts.insert(QStringLiteral("canceled"), s.canceled);
        if (s.expired)
            counts.insert(QStringLiteral("expired"), s.expired);
        if (running)
            counts.insert(QStringLiteral("pending"), total - s.processed);
        QString status;
        QString processing;
        switch (s.phase) {
        case Phase::Cancelling:
            status = QStringLiteral("cancelling");
            processing = QStringLiteral("canceling");
            break;
        case Phase::Validating:
        case Phase::InProgress:
        case Phase::Finalizing:
            status = QStringLiteral("in_progress");
            processing = QStringLiteral("in_progress");
            break;
        default:
            status = QStringLiteral("ended");
            processing = QStringLiteral("ended");
        }
        o.insert(QStringLiteral("status"), status);
        o.insert(QStringLiteral("processing_status"), processing);
        if (s.terminal()) {
            o.insert(QStringLiteral("results_url"),
                     QStringLiteral("/anthropic/v1/messages/batches/%1/results").arg(id));
            const double ended = cancelRequestedAt && s.phase == Phase::Cancelled ? *cancelRequestedAt + cancelDelay
                                 : fate == Fate::Expire                           ? expiresAt
                                                                                  : endsAt;
            o.insert(QStringLiteral("completed_at"), secs(ended));
        }
        if (cancelRequestedAt && (s.phase == Phase::Cancelling || s.phase == Phase::Cancelled))
            o.insert(QStringLiteral("cancelling_at"), secs(*cancelRequestedAt));
    } else {
        counts.insert(QStringLiteral("total"), s.phase == Phase::Failed ? 0 : total);
        counts.insert(QStringLiteral("completed"), succeeded);
        counts.insert(QStringLiteral("failed"), s.failed);
        static const char *names[]
            = {"validating", "in_progress", "finalizing", "completed", "failed", "expired", "cancelling", "cancelled"};
        o.insert(QStringLiteral("status"), QLatin1String(names[int(s.phase)]));
        if (s.phase != Phase::Validating && s.phase != Phase::Failed
            && !(cancelRequestedAt && *cancelRequestedAt < inProgressAt))
            o.insert(QStringLiteral("in_progress_at"), secs(inProgressAt));
        if (s.phase == Phase::Finalizing || s.phase == Phase::Completed)
            o.insert(QStringLiteral("finalizing_at"), secs(finalizingAt));
        if (s.phase == Phase::Completed)
            o.insert(QStringLiteral("completed_at"), secs(endsAt));
        if (s.phase == Phase::Failed) {
            o.insert(QStringLiteral("failed_at"), secs(inProgressAt));
            QJsonObject errors{{QStringLiteral("object"), QStringLiteral("list")}};
            errors.insert(QStringLiteral("data"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("code"), QStringLiteral("invalid_json_line")},
                              {QStringLiteral("message"), QStringLiteral("This line is not parseable as valid JSON.")},
                              {QStringLiteral("line"), 3}}});
            o.insert(QStringLiteral("errors"), errors);
        }
        if (s.phase == Phase::Expired)
            o.insert(QStringLiteral("expired_at"), secs(expiresAt));
        if (s.phase == Phase::Cancelling || s.phase == Phase::Cancelled)
            o.insert(QStringLiteral("cancelling_at"), secs(*cancelRequestedAt));
        if (s.phase == Phase::Cancelled)
            o.insert(QStringLiteral("cancelled_at"), secs(*cancelRequestedAt + cancelDelay));
        if (!outputFileId.isEmpty())
            o.insert(QStringLiteral("output_file_id"), outputFileId);
        if (!errorFileId.isEmpty())
            o.insert(QStringLiteral("error_file_id"), errorFileId);
    }
    o.insert(QStringLiteral("request_counts"), counts);
    if (!metadata.isEmpty()) {
        QJsonObject m;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            m.insert(it.key(), it.value());
        o.insert(QStringLiteral("metadata"), m);
    }
    o.insert(QStringLiteral("extra_fields"),
             QJsonObject{{QStringLiteral("request_type"), QStringLiteral("batch_retrieve")},
                         {QStringLiteral("provider"), provider},
                         {QStringLiteral("model_requested"), model}});
    return o;
}

QJsonObject SimBatch::toOpenAiJson(double now) const
{
    QJsonObject o = toJson(now);
    o.remove(QStringLiteral("extra_fields"));
    o.insert(QStringLiteral("model"), model.section(QLatin1Char('/'), -1));
    const Snapshot s = at(now);
    if (s.terminal() && s.processed > 0) {
        // Roughly what the requests cost, for the usage block OpenAI reports.
        const qint64 in = s.processed * 480;
        const qint64 out = (s.processed - s.failed) * 230;
        o.insert(QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), in},
                                                      {QStringLiteral("output_tokens"), out},
                                                      {QStringLiteral("total_tokens"), in + out}});
    }
    return o;
}

QJsonObject SimBatch::toAnthropicJson(double now, const QString &baseUrl) const
{
    const Snapshot s = at(now);
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("type"), QStringLiteral("message_batch"));
    QString processing = QStringLiteral("in_progress");
    if (s.phase == Phase::Cancelling)
        processing = QStringLiteral("canceling");
    else if (s.terminal())
        processing = QStringLiteral("ended");
    o.insert(QStringLiteral("processing_status"), processing);
    o.insert(QStringLiteral("request_counts"),
             QJsonObject{{QStringLiteral("processing"), s.terminal() ? 0 : total - s.processed},
                         {QStringLiteral("succeeded"), s.processed - s.failed},
                         {QStringLiteral("errored"), s.failed},
                         {QStringLiteral("canceled"), s.canceled},
                         {QStringLiteral("expired"), s.expired}});
    o.insert(QStringLiteral("created_at"), rfc3339(createdAt));
    o.insert(QStringLiteral("expires_at"), rfc3339(expiresAt));
    QJsonValue ended;
    QJsonValue cancelInitiated;
    QJsonValue resultsUrl;
    if (cancelRequestedAt && (s.phase == Phase::Cancelling || s.phase == Phase::Cancelled))
        cancelInitiated = rfc3339(*cancelRequestedAt);
    if (s.terminal()) {
        const double endedAt = s.phase == Phase::Cancelled ? *cancelRequestedAt + cancelDelay
                               : fate == Fate::Expire      ? expiresAt
                                                           : endsAt;
        ended = rfc3339(endedAt);
        resultsUrl
            = baseUrl
              + QStringLiteral("/v1/messages/batches/%1/results").arg(QString::fromLatin1(QUrl::toPercentEncoding(id)));
    }
    o.insert(QStringLiteral("ended_at"), ended);
    o.insert(QStringLiteral("cancel_initiated_at"), cancelInitiated);
    o.insert(QStringLiteral("archived_at"), QJsonValue());
    o.insert(QStringLiteral("results_url"), resultsUrl);
    return o;
}
