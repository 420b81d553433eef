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

QString TimeText::localDateTime(qint64 when)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(when), QLocale::ShortFormat);
}

QString TimeText::localWithRelative(const Timestamp &when, qint64 now)
{
    if (!when)
        return QString();
    return tr("%1 (%2)").arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(*when), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             relative(*when, now));
}
