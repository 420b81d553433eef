#pragma once

#include <QDir>
#include <QImage>
#include <QSet>
#include <QString>
#include <QWidget>

// The GUI tests' pictures: saved under build/screenshots/ (the README's set
// comes from there), and checked to be real pictures rather than blank grabs.
namespace Screenshots {

inline QString dir()
{
    const QString path = QStringLiteral(SCREENSHOT_DIR);
    QDir().mkpath(path);
    return path;
}

// Saves `widget` as `name` (a file name under dir()); false when the grab is blank.
inline bool saveNonBlank(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    if (image.isNull() || !image.save(dir() + QLatin1Char('/') + name))
        return false;
    // A real picture has many colours; a blank or failed grab has one or two.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return colours.size() > 20;
}

} // namespace Screenshots
