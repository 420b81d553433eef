#pragma once

#include "ElidedLabel.h"

#include <QTimer>

class Workspace;

// The right-hand side of the main window's status bar: the state of every
// open connection ("updated 14:03", "offline since 14:01, retrying in 20 s"),
// kept current every second so a countdown counts down. Elides rather than
// widening the window.
class ConnectionStateLabel : public ElidedLabel
{
    Q_OBJECT
public:
    explicit ConnectionStateLabel(const Workspace *workspace, QWidget *parent = nullptr);

    static constexpr int kTickMs = 1000;

private:
    void showState();

    const Workspace *m_workspace;
    QTimer m_tick;
};
