#include "JsonFieldReader.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QJsonDocument>
#include <cmath>

namespace {

const char *typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "undefined";
}

QString compactText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

} // namespace

Timestamp parseRfc3339(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        // Qt reads at most milliseconds; trim longer fractions (Anthropic sends microseconds).
        QString trimmed = text;
        const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < trimmed.size() && trimmed.at(end).isDigit())
                ++end;
            trimmed.remove(dot, end - dot);
            dt = QDateTime::fromString(trimmed, Qt::ISODate);
        }
    }
    if (!dt.isValid())
        return std::nullopt;
    return dt.toSecsSinceEpoch();
}

JsonFieldReader::JsonFieldReader(const QJsonObject &object, QString path, QStringList *warnings)
    : m_object(object)
    , m_path(std::move(path))
    , m_warnings(warnings)
{ }

bool JsonFieldReader::has(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString JsonFieldReader::childPath(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

void JsonFieldReader::warn(QLatin1String key, const QString &what) const
{
    if (m_warnings)
        m_warnings->append(childPath(key) + QStringLiteral(": ") + what);
}

QString JsonFieldReader::string(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return {};
    warn(key,
         QCoreApplication::translate("JsonFieldReader", "expected a string, got %1").arg(QLatin1String(typeName(v))));
    return v.isDouble() || v.isBool() ? compactText(v) : QString();
}

qint64 JsonFieldReader::count(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return 0;
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().trimmed().toDouble(&ok);
        if (!ok) {
            warn(key, QCoreApplication::translate("JsonFieldReader", "expected a count, got the string \"%1\"")
                          .arg(v.toString().left(40)));
            return 0;
        }
        warn(key, QCoreApplication::translate("JsonFieldReader", "count sent as a string"));
    } else {
        warn(
            key,
            QCoreApplication::translate("JsonFieldReader", "expected a count, got %1").arg(QLatin1String(typeName(v))));
        return 0;
    }
    if (!std::isfinite(d)) {
        warn(key, QCoreApplication::translate("JsonFieldReader", "count is not finite"));
        return 0;
    }
    if (d < 0) {
        warn(key, QCoreApplication::translate("JsonFieldReader", "negative count %1 read as 0").arg(d, 0, 'g', 17));
        return 0;
    }
    if (d > double(kMaxCount)) {
        warn(key, QCoreApplication::translate("JsonFieldReader", "count %1 is out of range").arg(d, 0, 'g', 17));
        return kMaxCount;
    }
    if (d != std::floor(d))
        warn(key, QCoreApplication::translate("JsonFieldReader", "count %1 is not a whole number").arg(d, 0, 'g', 17));
    return qint64(std::floor(d));
}

Timestamp JsonFieldReader::timestamp(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.isEmpty())
            return std::nullopt;
        bool isNumber = false;
        const double d = s.toDouble(&isNumber);
        if (!isNumber) {
            if (Timestamp t = parseRfc3339(s))
                return t;
            warn(key, QCoreApplication::translate("JsonFieldReader", "unreadable timestamp \"%1\"").arg(s.left(40)));
            return std::nullopt;
        }
        warn(key, QCoreApplication::translate("JsonFieldReader", "timestamp sent as a string"));
        return JsonFieldReader(QJsonObject{{key, d}}, m_path, m_warnings).timestamp(key);
    }
    if (!v.isDouble()) {
        warn(key, QCoreApplication::translate("JsonFieldReader", "expected a timestamp, got %1")
                      .arg(QLatin1String(typeName(v))));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (d == 0)
        return std::nullopt; // "not happened", as some servers spell it
    if (!std::isfinite(d) || d < 0 || d > double(kMaxUnixSeconds)) {
        warn(key, QCoreApplication::translate("JsonFieldReader", "timestamp %1 is out of range").arg(d, 0, 'g', 17));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<bool> JsonFieldReader::boolean(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        warn(key, QCoreApplication::translate("JsonFieldReader", "expected a boolean, got %1")
                      .arg(QLatin1String(typeName(v))));
    return std::nullopt;
}

std::optional<double> JsonFieldReader::number(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    if (!v.isUndefined() && !v.isNull())
        warn(key, QCoreApplication::translate("JsonFieldReader", "expected a number, got %1")
                      .arg(QLatin1String(typeName(v))));
    return std::nullopt;
}

QJsonObject JsonFieldReader::object(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        warn(key, QCoreApplication::translate("JsonFieldReader", "expected an object, got %1")
                      .arg(QLatin1String(typeName(v))));
    return {};
}

QJsonArray JsonFieldReader::array(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined() && !v.isNull())
        warn(key, QCoreApplication::translate("JsonFieldReader", "expected an array, got %1")
                      .arg(QLatin1String(typeName(v))));
    return {};
}

QMap<QString, QString> JsonFieldReader::stringMap(QLatin1String key) const
{
    QMap<QString, QString> out;
    const QJsonObject o = object(key);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isNull())
            continue;
        if (!it.value().isString())
            warn(key, QCoreApplication::translate("JsonFieldReader", "value of \"%1\" is not a string").arg(it.key()));
        out.insert(it.key(), compactText(it.value()));
    }
    return out;
}
