#pragma once

#include <QTimer>
#include <QWidget>
#include <functional>

class ElidedLabel;
class QToolButton;

// The message area of a window's status bar: a message that elides rather
// than widening the window, an optional link after it ("Open Folder"), and a
// timeout after which it clears itself.
class StatusMessage : public QWidget
{
    Q_OBJECT
public:
    explicit StatusMessage(QWidget *parent = nullptr);

    // `timeoutMs` 0 keeps the message until the next one.
    void showMessage(const QString &text, int timeoutMs = 0);
    void showMessage(const QString &text, int timeoutMs, const QString &linkText, std::function<void()> onLink);
    void clearMessage();
    QString currentMessage() const;
    ElidedLabel *label() const { return m_label; }
    QToolButton *link() const { return m_link; }

private:
    ElidedLabel *m_label;
    QToolButton *m_link;
    QTimer m_timeout;
    std::function<void()> m_onLink;
};
