#include "WrappingLabel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QTextLayout>

namespace {
// Lays `text` out in lines of `width`; returns the height taken.
qreal layoutLines(QTextLayout &layout, int width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(qMax(1, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}
} // namespace

WrappingLabel::WrappingLabel(QWidget *parent)
    : WrappingLabel(QString(), parent)
{ }

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void WrappingLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    updateGeometry();
    update();
}

int WrappingLabel::heightForWidth(int width) const
{
    QTextLayout layout(m_text, font());
    return qCeil(layoutLines(layout, width));
}

QSize WrappingLabel::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int width = fm.horizontalAdvance(m_text) + 2;
    return {width, heightForWidth(width)};
}

QSize WrappingLabel::minimumSizeHint() const
{
    // A few characters wide: the text wraps to fit whatever width it gets.
    return {fontMetrics().horizontalAdvance(QStringLiteral("MMMM")), fontMetrics().height()};
}

void WrappingLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    QTextLayout layout(m_text, font());
    const QRect area = contentsRect();
    const qreal height = layoutLines(layout, area.width());
    // Centred in any spare height, like a label beside a taller button.
    layout.draw(&painter, QPointF(area.left(), area.top() + qMax<qreal>(0, (area.height() - height) / 2)));
}

void WrappingLabel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy"), this, [this] { QGuiApplication::clipboard()->setText(m_text); });
    menu.exec(event->globalPos());
}

void WrappingLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}
