#pragma once

#include "settings/ConnectionProfile.h"

#include <QObject>

class ProfileStore;
class SecretStore;
class Workspace;

// What the connection selector offers and what choosing an entry does: the
// demo and a --url gateway (never saved), the saved profiles, and "all of them
// at once". One connection is shown at a time unless "all" is chosen. Every
// entry is named by a stable id; display names are for people only.
class ConnectionSwitcher : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        All,
        Demo,
        CommandLine,
        Saved
    };
    struct Choice
    {
        QString id;
        QString name;
        Kind kind = Kind::Saved;
        bool operator==(const Choice &o) const = default;
    };

    static const QString kAllId;
    static const QString kDemoId;
    static const QString kCommandLineId;

    ConnectionSwitcher(Workspace *workspace, ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    // The demo gateway at `url`, and a gateway given on the command line.
    static ConnectionProfile demoProfile(const QUrl &url);
    static ConnectionProfile commandLineProfile(const QUrl &url, const QStringList &providers);

    // In selector order: "all" (when there is more than one), the unsaved ones, the saved ones.
    QList<Choice> choices() const;
    // Every profile the selector knows, unsaved first.
    QList<ConnectionProfile> knownProfiles() const;
    // Names the Connections dialog must refuse: the unsaved connections'.
    QStringList reservedNames() const;

    // Opens the entry with this id; false if there is none.
    bool choose(const QString &id);
    // Shows this connection alone (remembering an unsaved one for the selector).
    void open(const ConnectionProfile &profile);
    // Shows every known connection at once; each keeps its own schedule.
    void openAll();
    // The last used saved connection, else the first; false when there is none.
    bool openLastUsed();
    // After the profiles were edited: reopens the shown connection if it changed, closes it if it was removed.
    void profilesEdited();

    QString activeId() const { return m_activeId; }
    bool showsAll() const { return m_activeId == kAllId; }
    // The shown connection's profile, or nullptr (nothing shown, or "all").
    const ConnectionProfile *activeProfile() const;

Q_SIGNALS:
    // A different entry is now shown (or none).
    void activeChanged();
    void choicesChanged();
    // The keys are being read and the connection opened; `name` is the connection's.
    void connecting(const QString &name);

private:
    const ConnectionProfile *find(const QString &id) const;

    Workspace *m_workspace;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QList<ConnectionProfile> m_unsaved;
    QString m_activeId;
};
