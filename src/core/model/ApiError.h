#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// A failed operation, described well enough for a person to act on it:
// which operation, the HTTP status, and the server's own words.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Http,      // the server answered with an error status
        Network,   // connection refused, reset, DNS...
        Timeout,   // no data within the connection's timeout
        Decode,    // a 2xx answer whose body is not what the API promises
        Protocol,  // the server broke a protocol rule (e.g. a repeated page cursor)
        Cancelled, // the user (or the caller) aborted it
        Local,     // a local file could not be read or written
        Tls,       // the TLS handshake failed: an untrusted, expired or mismatched certificate
    };

    Kind kind = Kind::None;
    // A stable English word for the operation ("cancel", "download file"):
    // code may compare it; people see operationText().
    QString operation;
    int httpStatus = 0;
    QString type;
    QString code;
    QString message;
    QString param;
    QString eventId;
    QString provider;
    QString requestType;
    QString bodySnippet; // first 200 characters of a body that was not JSON
    // How long the server asked us to wait (Retry-After), kept in 64 bits: a
    // date far in the future is a very long wait, never a negative one.
    std::optional<qint64> retryAfterMs;
    QDateTime retryAt; // the moment that wait ends (UTC), when known
    int attempts = 0;
    // Kind::Tls: the certificate the server presented (PEM), so a person can
    // inspect it and choose to trust it, and whether it replaced a pinned one.
    QByteArray tlsCertificate;
    bool tlsPinMismatch = false;

    bool isError() const { return kind != Kind::None; }
    // Past this the wait is given as the moment it ends, and is not waited for.
    static constexpr qint64 kLongWaitMs = qint64(24) * 3600 * 1000;

    // Decodes the gateway's envelope, OpenAI's {"error":{…}}, Anthropic's
    // {"type":"error","error":{…}}, or keeps the start of a non-JSON body.
    static ApiError fromHttpBody(const QString &operation, int httpStatus, const QByteArray &body);
    static ApiError make(Kind kind, const QString &operation, const QString &message);

    // Masks every occurrence of these secrets (a server may echo a key back in its error).
    void redact(const QStringList &secrets);

    // One line in the user's language: "cancel failed: HTTP 404 not_found: No
    // batch found with id 'x'". The server's own words are kept as they are.
    QString toString() const;
    // The operation in the user's language ("abbrechen"); unknown words as they are.
    static QString operationText(const QString &operation);
    // The most specific machine-readable word: code, else type.
    QString reason() const;
};

#include <QMetaType>
Q_DECLARE_METATYPE(ApiError)
