#pragma once

#include <QComboBox>

// The toolbar's provider filter: "All providers" and one entry per provider
// the open connections show. The choice survives a change of the list when
// the provider is still in it.
class ProviderSelector : public QComboBox
{
    Q_OBJECT
public:
    explicit ProviderSelector(QWidget *parent = nullptr);

    void setProviders(const QStringList &providers);
    // Empty: all providers.
    QString provider() const { return currentData().toString(); }

Q_SIGNALS:
    void providerChanged(const QString &provider);
};
