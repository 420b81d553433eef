#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

// The application's line icons, drawn in the palette's text colour (or any
// colour) so they read well in light and dark themes alike.
namespace Icons {
QIcon get(const QString &name);
QIcon tinted(const QString &name, const QColor &color);
QIcon appIcon();
} // namespace Icons
