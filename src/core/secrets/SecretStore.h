#pragma once

#include "model/ApiError.h"
#include "net/Connection.h"

#include <QHash>
#include <QObject>
#include <functional>

// A profile's credentials: its keys and any extra header that carries one.
struct ProfileSecrets
{
    QString apiKey;
    QString virtualKey;
    HeaderList secretHeaders;
    bool isEmpty() const { return apiKey.isEmpty() && virtualKey.isEmpty() && secretHeaders.isEmpty(); }
    bool operator==(const ProfileSecrets &o) const = default;
};

// Keys in the system keychain through QtKeychain, one entry per profile.
// Where no keychain service exists (a headless box), keys are held in memory
// for this session only and `sessionOnly()` says so; they are never written
// in plain text anywhere.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QString service = QStringLiteral("Batch Console"), QObject *parent = nullptr);

    void read(const QString &profileId, QObject *context, std::function<void(const ProfileSecrets &)> done);
    void write(const QString &profileId, const ProfileSecrets &secrets);
    void remove(const QString &profileId);

    bool sessionOnly() const { return m_sessionOnly; }

    // What a keychain job's error means: nothing, no keychain here (keep keys
    // for the session), or a failure the user must hear about (access denied:
    // the key is in memory but not saved). Takes QKeychain::Error as an int.
    enum class Verdict {
        Fine,
        FallBack,
        Report
    };
    static Verdict verdictFor(int keychainError);
    // Skips the keychain entirely (tests, --no-keychain).
    void forceSessionOnly();

Q_SIGNALS:
    // The keychain could not be reached: keys now live for this session only.
    void sessionOnlyChanged(bool sessionOnly, const QString &reason);
    // The keychain refused to read, save or forget a key: `error` names the operation and the keychain's words.
    void failed(const ApiError &error);

private:
    void fallBack(const QString &reason);
    // Acts on a finished job's error; true when it went well.
    bool handle(const QString &operation, int keychainError, const QString &message);
    static QByteArray encode(const ProfileSecrets &secrets);
    static ProfileSecrets decode(const QByteArray &data);

    QString m_service;
    QHash<QString, ProfileSecrets> m_session; // what this session knows, whatever the backend
    bool m_sessionOnly = false;
};
