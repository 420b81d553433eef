#pragma once

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <optional>

// Faults the simulator injects into its next answers, so that every way a
// real server misbehaves can be reproduced on demand.
struct Fault
{
    enum class Mode {
        RateLimit,     // 429 with Retry-After
        ServerError,   // 5xx in the gateway's error shape
        HtmlError,     // 502 with an HTML page, as a proxy in front of the gateway sends
        Slow,          // answer only after a delay
        MalformedJson, // 200 with a body that is not valid JSON
        Truncated,     // the connection drops half way through the body
        Disconnect,    // the connection closes without any answer
        RepeatCursor,  // list pages keep sending the same cursor
        EmptyPage,     // list pages are empty but say has_more
    };

    Mode mode = Mode::ServerError;
    int remaining = 1;                        // answers still to affect; -1: until cleared
    QString route = QStringLiteral("any");    // list, retrieve, cancel, create, results, upload, content, any
    int status = 0;                           // ServerError / HtmlError status; 0: the mode's default
    int delayMs = 3000;                       // Slow
    QString retryAfter = QStringLiteral("1"); // RateLimit: seconds or an HTTP date

    static std::optional<Mode> modeFromName(const QString &name);
    static QString modeName(Mode mode);
    QJsonObject toJson() const;
};

class FaultPlan
{
public:
    // "mode[:count[:route]]", e.g. "rate_limit:2:list" or "slow:1".
    static std::optional<Fault> parseSpec(const QString &spec, QString *error);
    // {"mode", "count", "route", "status", "delay_ms", "retry_after"}
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);

    void add(const Fault &fault);
    void clear();
    // The fault that applies to the next answer on `route`, consuming one use of it.
    std::optional<Fault> take(const QString &route);
    QList<Fault> pending() const;

private:
    mutable QMutex m_mutex;
    QList<Fault> m_faults;
};
