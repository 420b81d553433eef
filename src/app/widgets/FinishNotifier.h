#pragma once

#include "model/Batch.h"

#include <QObject>

class StatusMessage;
class QSystemTrayIcon;

// Tells the user when a batch reaches a terminal state: a tray message where
// the desktop has a tray, and always a status-bar message.
class FinishNotifier : public QObject
{
    Q_OBJECT
public:
    FinishNotifier(StatusMessage *statusBar, QObject *parent = nullptr);

    void notify(const Batch &batch);
    bool hasTray() const { return m_tray != nullptr; }
    QString lastMessage() const { return m_lastMessage; }

private:
    StatusMessage *m_statusBar;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastMessage;
};
