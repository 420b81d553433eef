#pragma once

#include <QByteArray>
#include <QString>

namespace JsonText {
// `value` as a JSON string literal, quotes included.
QByteArray quoted(const QString &value);
} // namespace JsonText
