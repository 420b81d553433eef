#pragma once

#include "model/Batch.h"

#include <QCoreApplication>
#include <QString>

// Durations and moments as people read them: "2h 14m", "in 5h 3m", "3m ago".
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
public:
    // Two most significant units: "3d 4h", "2h 14m", "5m 10s", "42s".
    static QString duration(qint64 seconds);
    // Relative to `now`: "in 5h 3m", "3m ago", "just now".
    static QString relative(qint64 when, qint64 now);
    // Local date and time in the system locale's short format, with a four-digit year.
    static QString localDateTime(qint64 when);
    // Local time of day with seconds, in the locale's order: "15:25:24", "3:25:24 PM".
    static QString clockTime(qint64 when);
    // "2024-05-01 14:03:22 (3h 2m ago)" for the details pane.
    static QString localWithRelative(const Timestamp &when, qint64 now);
};
