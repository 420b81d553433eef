#include "ProviderSelector.h"

ProviderSelector::ProviderSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("providerCombo"));
    setToolTip(tr("Show the batches of one provider"));
    setMinimumWidth(110);
    setProviders({});
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT providerChanged(provider()); });
}

void ProviderSelector::setProviders(const QStringList &providers)
{
    const QString previous = provider();
    {
        const QSignalBlocker block(this);
        clear();
        addItem(tr("All providers"), QString());
        for (const QString &p : providers)
            addItem(p, p);
        setCurrentIndex(qMax(0, findData(previous)));
        setEnabled(providers.size() > 1);
    }
    if (provider() != previous)
        Q_EMIT providerChanged(provider());
}
