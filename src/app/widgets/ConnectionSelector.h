#pragma once

#include <QComboBox>

class ConnectionSwitcher;

// The toolbar's connection selector: the switcher's choices ("All connections",
// the demo, a --url gateway, the saved ones) and "Manage Connections…" at the
// end. Choosing an entry asks the switcher to show it; the selector follows
// whatever the switcher shows, however it was chosen.
class ConnectionSelector : public QComboBox
{
    Q_OBJECT
public:
    explicit ConnectionSelector(ConnectionSwitcher *switcher, QWidget *parent = nullptr);

    static const QString kManageId;

Q_SIGNALS:
    void manageRequested();

private:
    void reload();
    void onActivated(int index);

    ConnectionSwitcher *m_switcher;
};
