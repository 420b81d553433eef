#pragma once

#include "SimOptions.h"

#include <QString>
#include <QUrl>

class GatewaySimulator;
class QObject;
class QThread;

// Runs a GatewaySimulator on a thread of its own, so that generating a large
// results file never stalls the GUI or the CLI that talks to it (--demo).
class SimHost
{
public:
    explicit SimHost(SimOptions options);
    ~SimHost();
    SimHost(const SimHost &) = delete;
    SimHost &operator=(const SimHost &) = delete;

    // Blocks until the simulator listens; false with `error` set if it cannot.
    bool start(QString *error);
    QUrl url() const { return m_url; }

    // Demo defaults: a lively history that moves visibly within a minute.
    static SimOptions demoOptions();

private:
    SimOptions m_options;
    QThread *m_thread = nullptr;
    QObject *m_anchor = nullptr;
    GatewaySimulator *m_simulator = nullptr;
    QUrl m_url;
};
