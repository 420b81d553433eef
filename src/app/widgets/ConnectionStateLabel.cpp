#include "ConnectionStateLabel.h"

#include "session/Workspace.h"

ConnectionStateLabel::ConnectionStateLabel(const Workspace *workspace, QWidget *parent)
    : ElidedLabel(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("connectionState"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(workspace, &Workspace::stateChanged, this, &ConnectionStateLabel::showState);
    connect(workspace, &Workspace::sessionsChanged, this, &ConnectionStateLabel::showState);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionStateLabel::showState);
    m_tick.start(kTickMs);
    showState();
}

void ConnectionStateLabel::showState()
{
    setText(m_workspace->stateText());
}
