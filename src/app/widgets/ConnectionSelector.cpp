#include "ConnectionSelector.h"

#include "session/ConnectionSwitcher.h"
#include "widgets/Icons.h"

const QString ConnectionSelector::kManageId = QStringLiteral("manage");

ConnectionSelector::ConnectionSelector(ConnectionSwitcher *switcher, QWidget *parent)
    : QComboBox(parent)
    , m_switcher(switcher)
{
    setObjectName(QStringLiteral("connectionCombo"));
    setToolTip(tr("The connection whose batches are shown"));
    setMinimumWidth(150);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_switcher, &ConnectionSwitcher::choicesChanged, this, &ConnectionSelector::reload);
    connect(m_switcher, &ConnectionSwitcher::activeChanged, this, &ConnectionSelector::reload);
    connect(this, &QComboBox::activated, this, &ConnectionSelector::onActivated);
    reload();
}

void ConnectionSelector::reload()
{
    const QSignalBlocker block(this);
    clear();
    for (const ConnectionSwitcher::Choice &choice : m_switcher->choices()) {
        const bool demo = choice.kind == ConnectionSwitcher::Kind::Demo;
        addItem(Icons::get(demo ? QStringLiteral("demo") : QStringLiteral("connection")), choice.name, choice.id);
    }
    if (count() == 0)
        addItem(tr("(none)"), QString());
    insertSeparator(count());
    addItem(tr("Manage Connections…"), kManageId);
    setCurrentIndex(qMax(0, findData(m_switcher->activeId())));
}

void ConnectionSelector::onActivated(int index)
{
    const QString id = itemData(index).toString();
    if (id == kManageId) {
        reload(); // the selector goes on showing what is shown
        Q_EMIT manageRequested();
        return;
    }
    if (!m_switcher->choose(id))
        reload();
}
