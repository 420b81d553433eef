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

    // How long messages stay: long enough to read, then out of the way.
    static constexpr int kBriefMs = 2500;   // "Refreshing…": the table shows the rest
    static constexpr int kShortMs = 5000;   // acknowledgements
    static constexpr int kNormalMs = 10000; // results of an action
    static constexpr int kErrorMs = 15000;  // failures (the log keeps them)
    static constexpr int kNoticeMs = 30000; // something to act on (no keychain, a listing cut short)

private:
    ElidedLabel *m_label;
    QToolButton *m_link;
    QTimer m_timeout;
    std::function<void()> m_onLink;
};
