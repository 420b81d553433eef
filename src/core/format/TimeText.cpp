#include "TimeText.h"

#include <QDateTime>
#include <QLocale>

QString TimeText::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return tr("%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1h %2m").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1m %2s").arg(minutes).arg(secs);
    return tr("%1s").arg(secs);
}

QString TimeText::relative(qint64 when, qint64 now)
{
    const qint64 delta = when - now;
    if (qAbs(delta) < 5)
        return tr("just now");
    if (delta > 0)
        return tr("in %1").arg(duration(delta));
    return tr("%1 ago").arg(duration(-delta));
}

namespace {
// The locale's short format, but never a two-digit year ("01.12.26" reads as a date in 2001 or 2026).
QString fullYearFormat(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// The locale's short time format with seconds added after the minutes.
QString withSeconds(QString format)
{
    if (!format.contains(QLatin1Char('s'))) {
        const qsizetype minutes = format.indexOf(QLatin1String("mm"));
        if (minutes >= 0)
            format.insert(minutes + 2, QLatin1String(":ss"));
    }
    return format;
}
} // namespace

QString TimeText::localDateTime(qint64 when)
{
    const QLocale locale;
    return locale.toString(QDateTime::fromSecsSinceEpoch(when),
                           fullYearFormat(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString TimeText::clockTime(qint64 when)
{
    const QLocale locale;
    return locale.toString(QDateTime::fromSecsSinceEpoch(when).time(),
                           withSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

QString TimeText::localWithRelative(const Timestamp &when, qint64 now)
{
    if (!when)
        return QString();
    return tr("%1 (%2)").arg(
        QLocale().toString(QDateTime::fromSecsSinceEpoch(*when), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
        relative(*when, now));
}
