#include "FinishNotifier.h"

#include "Icons.h"
#include "model/StatusCategory.h"

#include "StatusMessage.h"
#include <QSystemTrayIcon>

FinishNotifier::FinishNotifier(StatusMessage *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::appIcon(), this);
        m_tray->setToolTip(tr("Batch Console"));
        m_tray->show();
    }
}

void FinishNotifier::notify(const Batch &b)
{
    const QString status = StatusCategory::outcomeText(b);
    m_lastMessage = tr("Batch %1 %2: %3").arg(b.id, status, StatusCategory::countsText(b));
    m_statusBar->showMessage(m_lastMessage, 15000);
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        const auto category = StatusCategory::of(b);
        const auto icon
            = category == StatusCategory::Completed ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning;
        m_tray->showMessage(tr("Batch %1").arg(status), m_lastMessage, icon, 10000);
    }
}
