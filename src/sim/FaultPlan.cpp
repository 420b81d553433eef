#include "FaultPlan.h"

#include <QMutexLocker>

namespace {
const struct
{
    const char *name;
    Fault::Mode mode;
} kModes[] = {
    {"rate_limit", Fault::Mode::RateLimit},         {"server_error", Fault::Mode::ServerError},
    {"html_error", Fault::Mode::HtmlError},         {"slow", Fault::Mode::Slow},
    {"malformed_json", Fault::Mode::MalformedJson}, {"truncated", Fault::Mode::Truncated},
    {"disconnect", Fault::Mode::Disconnect},        {"repeat_cursor", Fault::Mode::RepeatCursor},
    {"empty_page", Fault::Mode::EmptyPage},
};

bool isListOnly(Fault::Mode mode)
{
    return mode == Fault::Mode::RepeatCursor || mode == Fault::Mode::EmptyPage;
}
} // namespace

std::optional<Fault::Mode> Fault::modeFromName(const QString &name)
{
    for (const auto &m : kModes) {
        if (name == QLatin1String(m.name))
            return m.mode;
    }
    return std::nullopt;
}

QString Fault::modeName(Mode mode)
{
    for (const auto &m : kModes) {
        if (m.mode == mode)
            return QLatin1String(m.name);
    }
    return {};
}

QJsonObject Fault::toJson() const
{
    return {{QStringLiteral("mode"), modeName(mode)}, {QStringLiteral("count"), remaining},
            {QStringLiteral("route"), route},         {QStringLiteral("status"), status},
            {QStringLiteral("delay_ms"), delayMs},    {QStringLiteral("retry_after"), retryAfter}};
}

std::optional<Fault> FaultPlan::parseSpec(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    QJsonObject o{{QStringLiteral("mode"), parts.value(0)}};
    if (parts.size() > 1) {
        bool ok = false;
        const int count = parts.at(1).toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("fault count must be a number: %1").arg(spec);
            return std::nullopt;
        }
        o.insert(QStringLiteral("count"), count);
    }
    if (parts.size() > 2)
        o.insert(QStringLiteral("route"), parts.at(2));
    return fromJson(o, error);
}

std::optional<Fault> FaultPlan::fromJson(const QJsonObject &o, QString *error)
{
    const auto mode = Fault::modeFromName(o.value(QStringLiteral("mode")).toString());
    if (!mode) {
        QStringList names;
        for (const auto &m : kModes)
            names << QLatin1String(m.name);
        *error = QStringLiteral("unknown fault mode \"%1\" (known: %2)")
                     .arg(o.value(QStringLiteral("mode")).toString(), names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    Fault f;
    f.mode = *mode;
    f.remaining = o.value(QStringLiteral("count")).toInt(isListOnly(f.mode) ? -1 : 1);
    f.route = o.value(QStringLiteral("route"))
                  .toString(isListOnly(f.mode) ? QStringLiteral("list") : QStringLiteral("any"));
    f.status = o.value(QStringLiteral("status")).toInt(0);
    f.delayMs = o.value(QStringLiteral("delay_ms")).toInt(3000);
    const QJsonValue retryAfter = o.value(QStringLiteral("retry_after"));
    if (retryAfter.isDouble())
        f.retryAfter = QString::number(retryAfter.toDouble());
    else if (retryAfter.isString())
        f.retryAfter = retryAfter.toString();
    return f;
}

void FaultPlan::add(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void FaultPlan::clear()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

std::optional<Fault> FaultPlan::take(const QString &route)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.route != u"any" && f.route != route)
            continue;
        if (isListOnly(f.mode) && route != u"list")
            continue;
        Fault taken = f;
        if (f.remaining > 0 && --f.remaining == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QList<Fault> FaultPlan::pending() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}
