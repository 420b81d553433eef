#pragma once

#include "model/Batch.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

// Reads fields of a JSON object without ever failing: a value of the wrong
// type, a null or a number out of range yields a safe default and a warning
// that names the field, so decoding stays total.
class JsonFieldReader
{
public:
    JsonFieldReader(const QJsonObject &object, QString path, QStringList *warnings);

    const QJsonObject &object() const { return m_object; }
    // Present and not null.
    bool has(QLatin1String key) const;

    QString string(QLatin1String key) const;
    // A non-negative whole number; 0 when absent.
    qint64 count(QLatin1String key) const;
    // Unix seconds or an RFC 3339 string; absent for missing, null or 0.
    Timestamp timestamp(QLatin1String key) const;
    std::optional<bool> boolean(QLatin1String key) const;
    std::optional<double> number(QLatin1String key) const;
    QJsonObject object(QLatin1String key) const;
    QJsonArray array(QLatin1String key) const;
    // String values kept as they are; other values as compact JSON text.
    QMap<QString, QString> stringMap(QLatin1String key) const;

    QString childPath(QLatin1String key) const;
    QStringList *warnings() const { return m_warnings; }

private:
    void warn(QLatin1String key, const QString &what) const;

    QJsonObject m_object;
    QString m_path;
    QStringList *m_warnings;
};

// Timestamps beyond this are treated as garbage (year 9999).
inline constexpr qint64 kMaxUnixSeconds = 253402300799LL;
// Counts are clamped here: doubles are exact up to 2^53.
inline constexpr qint64 kMaxCount = 9007199254740992LL;

// Parses "2024-09-24T18:37:24.100435Z" and friends; nullopt when unreadable.
Timestamp parseRfc3339(const QString &text);
