#include "StatusMessage.h"

#include "ElidedLabel.h"

#include <QHBoxLayout>
#include <QToolButton>

StatusMessage::StatusMessage(QWidget *parent)
    : QWidget(parent)
    , m_label(new ElidedLabel(this))
    , m_link(new QToolButton(this))
{
    setObjectName(QStringLiteral("statusMessage"));
    m_label->setObjectName(QStringLiteral("statusMessageText"));
    m_link->setObjectName(QStringLiteral("statusMessageLink"));
    m_link->setAutoRaise(true);
    m_link->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_link);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &StatusMessage::clearMessage);
    connect(m_link, &QToolButton::clicked, this, [this] {
        if (m_onLink)
            m_onLink();
    });
}

void StatusMessage::showMessage(const QString &text, int timeoutMs)
{
    showMessage(text, timeoutMs, QString(), {});
}

void StatusMessage::showMessage(const QString &text, int timeoutMs, const QString &linkText,
                                std::function<void()> onLink)
{
    m_label->setText(text);
    m_label->setToolTip(QString());
    m_onLink = std::move(onLink);
    m_link->setText(linkText);
    m_link->setVisible(!linkText.isEmpty() && m_onLink);
    if (timeoutMs > 0)
        m_timeout.start(timeoutMs);
    else
        m_timeout.stop();
}

void StatusMessage::clearMessage()
{
    m_timeout.stop();
    m_label->setText(QString());
    m_link->setVisible(false);
    m_onLink = nullptr;
}

QString StatusMessage::currentMessage() const
{
    return m_label->text();
}
