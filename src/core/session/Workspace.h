#pragma once

#include "model/ApiError.h"
#include "secrets/SecretStore.h"
#include "settings/ConnectionProfile.h"

#include <QObject>
#include <QSet>
#include <memory>
#include <vector>

class ActivityLog;
class BatchBackend;
class BatchTableModel;
class ConnectionSession;
struct Batch;

// The open connections and the one batch model and activity log they share.
// Actions find their way from a batch back to the backend it came from here.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    BatchTableModel *model() const { return m_model; }
    ActivityLog *log() const { return m_log; }

    // Opens (or reopens, replacing) a connection and starts refreshing it.
    ConnectionSession *open(const ConnectionProfile &profile, const ProfileSecrets &secrets);
    void close(const QString &profileId);
    void closeAll();
    QList<ConnectionSession *> sessions() const;
    ConnectionSession *session(const QString &profileId) const;
    ConnectionSession *sessionFor(const Batch &batch) const;
    BatchBackend *backendFor(const Batch &batch) const;
    QString sourceFor(const Batch &batch) const;
    void refreshAll();
    // One line for the status bar: each connection's state, named when there are several
    // ("Gateway: updated 14:03  |  Anthropic: offline since 14:01, retrying in 20 s").
    QString stateText() const;
    // Some open connection has not answered yet (its table is still loading).
    bool waitingForFirstAnswer() const;

Q_SIGNALS:
    void sessionsChanged();
    void stateChanged();
    void notice(const QString &text);
    // A call on one of the connections failed (the application logs it).
    void callFailed(const QString &connection, const ApiError &error);

private:
    BatchTableModel *m_model;
    ActivityLog *m_log;
    std::vector<std::unique_ptr<ConnectionSession>> m_sessions;
    QSet<QString> m_warnedInClear; // profiles already told their keys travel unencrypted
};
