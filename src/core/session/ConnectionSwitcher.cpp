#include "ConnectionSwitcher.h"

#include "ConnectionSession.h"
#include "Workspace.h"
#include "log/ActivityLog.h"
#include "secrets/SecretStore.h"
#include "settings/ProfileStore.h"

const QString ConnectionSwitcher::kAllId = QStringLiteral("all");
const QString ConnectionSwitcher::kDemoId = QStringLiteral("demo");
const QString ConnectionSwitcher::kCommandLineId = QStringLiteral("command-line");

ConnectionSwitcher::ConnectionSwitcher(Workspace *workspace, ProfileStore *profiles, SecretStore *secrets,
                                       QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ConnectionSwitcher::choicesChanged);
}

ConnectionProfile ConnectionSwitcher::demoProfile(const QUrl &url)
{
    ConnectionProfile p;
    p.id = kDemoId;
    p.name = tr("Demo gateway");
    p.baseUrl = url;
    p.providers = {QStringLiteral("openai"), QStringLiteral("anthropic")};
    p.refreshSeconds = 2; // the demo moves within a minute: show it moving
    p.demo = true;
    p.transient = true;
    return p;
}

ConnectionProfile ConnectionSwitcher::commandLineProfile(const QUrl &url, const QStringList &providers)
{
    ConnectionProfile p;
    p.id = kCommandLineId;
    p.name = url.host().isEmpty() ? tr("Gateway")
                                  : url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
    p.baseUrl = url;
    p.providers = providers.isEmpty() ? QStringList{QStringLiteral("openai")} : providers;
    p.transient = true;
    return p;
}

QList<ConnectionProfile> ConnectionSwitcher::knownProfiles() const
{
    return m_unsaved + m_profiles->profiles();
}

QList<ConnectionSwitcher::Choice> ConnectionSwitcher::choices() const
{
    QList<Choice> out;
    const QList<ConnectionProfile> known = knownProfiles();
    if (known.size() > 1)
        out.append({kAllId, tr("All connections"), Kind::All});
    for (const ConnectionProfile &p : known) {
        const Kind kind = !p.transient ? Kind::Saved : p.demo ? Kind::Demo : Kind::CommandLine;
        out.append({p.id, p.name, kind});
    }
    return out;
}

QStringList ConnectionSwitcher::reservedNames() const
{
    QStringList names;
    for (const ConnectionProfile &p : m_unsaved)
        names << p.name;
    return names;
}

const ConnectionProfile *ConnectionSwitcher::find(const QString &id) const
{
    for (const ConnectionProfile &p : m_unsaved) {
        if (p.id == id)
            return &p;
    }
    return m_profiles->find(id);
}

const ConnectionProfile *ConnectionSwitcher::activeProfile() const
{
    return showsAll() ? nullptr : find(m_activeId);
}

bool ConnectionSwitcher::choose(const QString &id)
{
    if (id == kAllId) {
        if (knownProfiles().isEmpty())
            return false;
        openAll();
        return true;
    }
    const ConnectionProfile *p = find(id);
    if (!p)
        return false;
    open(ConnectionProfile(*p)); // a copy: open() may reorder the list it points into
    return true;
}

void ConnectionSwitcher::open(const ConnectionProfile &profile)
{
    if (profile.transient) {
        m_unsaved.removeIf([&](const ConnectionProfile &p) { return p.id == profile.id; });
        m_unsaved.prepend(profile);
        Q_EMIT choicesChanged();
    } else {
        m_profiles->setLastUsed(profile.id);
    }
    // One connection at a time: the table shows what the selector says.
    for (ConnectionSession *s : m_workspace->sessions()) {
        if (s->profile().id != profile.id)
            m_workspace->close(s->profile().id);
    }
    m_activeId = profile.id;
    Q_EMIT activeChanged();
    if (m_workspace->session(profile.id))
        return; // already open (it was part of "all")
    Q_EMIT connecting(profile.name);
    m_secrets->read(profile.id, this, [this, profile](const ProfileSecrets &secrets) {
        if (m_activeId != profile.id)
            return; // the user chose something else while the keychain answered
        m_workspace->open(profile, secrets);
        m_workspace->log()->addInfo(
            profile.name, QStringLiteral("connect"),
            tr("Opened %1 (%2)").arg(profile.baseUrl.toString(), profile.providers.join(QStringLiteral(", "))));
    });
}

void ConnectionSwitcher::openAll()
{
    m_activeId = kAllId;
    Q_EMIT activeChanged();
    for (const ConnectionProfile &profile : knownProfiles()) {
        if (m_workspace->session(profile.id))
            continue;
        m_secrets->read(profile.id, this, [this, profile](const ProfileSecrets &secrets) {
            if (!showsAll() || m_workspace->session(profile.id))
                return;
            m_workspace->open(profile, secrets);
        });
    }
}

bool ConnectionSwitcher::openLastUsed()
{
    if (const ConnectionProfile *last = m_profiles->find(m_profiles->lastUsed())) {
        open(ConnectionProfile(*last));
        return true;
    }
    const QList<ConnectionProfile> saved = m_profiles->profiles();
    if (saved.isEmpty())
        return false;
    open(saved.first());
    return true;
}

void ConnectionSwitcher::profilesEdited()
{
    if (showsAll()) {
        // Every connection is shown: drop the removed ones, reopen the edited ones, open the new ones.
        for (ConnectionSession *s : m_workspace->sessions()) {
            const ConnectionProfile *now = find(s->profile().id);
            if (!now || !(s->profile() == *now))
                m_workspace->close(s->profile().id);
        }
        openAll();
        return;
    }
    if (m_activeId.isEmpty())
        return;
    if (find(m_activeId) && find(m_activeId)->transient)
        return;
    const ConnectionProfile *saved = m_profiles->find(m_activeId);
    ConnectionSession *open = m_workspace->session(m_activeId);
    if (!saved) {
        m_workspace->close(m_activeId);
        m_activeId.clear();
        Q_EMIT activeChanged();
    } else if (open && !(open->profile() == *saved)) {
        const ConnectionProfile edited = *saved;
        m_workspace->close(edited.id); // open() keeps a session that is already open
        this->open(edited);
    }
}
