#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace Icons {

QIcon tinted(const QString &name, const QColor &color)
{
    static QHash<QString, QIcon> cache;
    const QString key = name + QLatin1Char('|') + color.name(QColor::HexArgb);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    cache.insert(key, icon);
    return icon;
}

QIcon get(const QString &name)
{
    return tinted(name, QApplication::palette().color(QPalette::WindowText));
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/batch-console.svg"));
}

} // namespace Icons
