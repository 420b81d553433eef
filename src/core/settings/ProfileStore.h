#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QObject>

class QSettings;

// Connection profiles in QSettings (one group each). Secrets are never
// written here; extra headers that look like credentials are refused too.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    const ConnectionProfile *find(const QString &id) const;
    // Adds or replaces (by id); assigns an id to a new profile.
    ConnectionProfile save(ConnectionProfile profile);
    void remove(const QString &id);
    void load();

    QString lastUsed() const;
    void setLastUsed(const QString &id);

Q_SIGNALS:
    void profilesChanged();

private:
    void writeAll();

    QList<ConnectionProfile> m_profiles;
};
