#pragma once

#include "secrets/SecretStore.h"
#include "settings/ConnectionProfile.h"

#include <QDateTime>
#include <QObject>
#include <memory>
#include <vector>

class ActivityLog;
class BatchBackend;
class BatchTableModel;
class RefreshScheduler;
struct Batch;

// One open connection: a backend and a refresh schedule per provider it
// shows, all feeding the shared batch model. Failed calls are signalled;
// decode warnings and notices go to the log.
class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    ConnectionSession(ConnectionProfile profile, const ProfileSecrets &secrets, BatchTableModel *model,
                      ActivityLog *log, QObject *parent = nullptr);
    ~ConnectionSession() override;

    const ConnectionProfile &profile() const { return m_profile; }
    QString name() const { return m_profile.name; }
    QStringList providers() const { return m_profile.providers; }
    BatchBackend *backendFor(const QString &provider) const;

    void start();
    void stop();
    void refreshNow();
    // Drops the session's rows from the model (when the connection is closed).
    void clearRows();

    bool offline() const;
    // Whether any of its calls would carry a key unencrypted off this machine.
    bool sendsSecretsInClear() const;
    // What went wrong with the last refresh of an offline provider; empty when all is well.
    QString errorText() const;
    QDateTime lastSuccess() const;
    // Since when the connection has been failing (the earliest of its providers); invalid while all is well.
    QDateTime offlineSince() const;
    // One line for the status bar, e.g. "openai: updated 14:03 · anthropic: offline, retrying in 20 s".
    QString stateText() const;
    // The source key its rows carry in the model.
    QString sourceFor(const QString &provider) const;

Q_SIGNALS:
    void stateChanged();
    void refreshed();
    void notice(const QString &text);
    // A call failed; `connection` names the connection (and provider, when it shows several).
    void callFailed(const QString &connection, const ApiError &error);

private:
    struct Source
    {
        QString provider;
        std::unique_ptr<BatchBackend> backend;
        std::unique_ptr<RefreshScheduler> scheduler;
    };
    ConnectionProfile m_profile;
    BatchTableModel *m_model;
    ActivityLog *m_log;
    std::vector<Source> m_sources;
};
