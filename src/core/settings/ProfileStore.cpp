#include "ProfileStore.h"

#include <QSettings>
#include <QUuid>

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{
    load();
}

const ConnectionProfile *ProfileStore::find(const QString &id) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void ProfileStore::load()
{
    m_profiles.clear();
    QSettings settings;
    const int count = settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.id = settings.value(QStringLiteral("id")).toString();
        p.name = settings.value(QStringLiteral("name")).toString();
        BackendKind kind = BackendKind::Bifrost;
        backendKindFromWire(settings.value(QStringLiteral("kind")).toString(), &kind);
        p.kind = kind;
        p.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
        p.providers = settings.value(QStringLiteral("providers")).toStringList();
        GatewayRoutes routes = GatewayRoutes::Native;
        gatewayRoutesFromWire(settings.value(QStringLiteral("gatewayRoutes")).toString(), &routes);
        p.gatewayRoutes = routes;
        p.timeoutSeconds = settings.value(QStringLiteral("timeoutSeconds"), 30).toInt();
        p.refreshSeconds = settings.value(QStringLiteral("refreshSeconds"), 5).toInt();
        p.tls.caFile = settings.value(QStringLiteral("tlsCaFile")).toString();
        p.tls.clientCertFile = settings.value(QStringLiteral("tlsClientCertFile")).toString();
        p.tls.clientKeyFile = settings.value(QStringLiteral("tlsClientKeyFile")).toString();
        p.tls.pinnedSha256 = settings.value(QStringLiteral("tlsPinnedSha256")).toStringList();
        const QStringList headers = settings.value(QStringLiteral("extraHeaders")).toStringList();
        for (const QString &h : headers) {
            const qsizetype colon = h.indexOf(QLatin1Char(':'));
            if (colon > 0)
                p.extraHeaders.append({h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8()});
        }
        if (!p.id.isEmpty() && p.baseUrl.isValid())
            m_profiles.append(p);
    }
    settings.endArray();
}

void ProfileStore::writeAll()
{
    QSettings settings;
    settings.remove(QStringLiteral("connections"));
    settings.beginWriteArray(QStringLiteral("connections"));
    int i = 0;
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        if (p.transient)
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(QStringLiteral("id"), p.id);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("kind"), backendKindWire(p.kind));
        settings.setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
        settings.setValue(QStringLiteral("providers"), p.providers);
        settings.setValue(QStringLiteral("gatewayRoutes"), gatewayRoutesWire(p.gatewayRoutes));
        settings.setValue(QStringLiteral("timeoutSeconds"), p.timeoutSeconds);
        settings.setValue(QStringLiteral("refreshSeconds"), p.refreshSeconds);
        // Paths and public fingerprints only: the client key file's contents stay on disk.
        settings.setValue(QStringLiteral("tlsCaFile"), p.tls.caFile);
        settings.setValue(QStringLiteral("tlsClientCertFile"), p.tls.clientCertFile);
        settings.setValue(QStringLiteral("tlsClientKeyFile"), p.tls.clientKeyFile);
        settings.setValue(QStringLiteral("tlsPinnedSha256"), p.tls.pinnedSha256);
        QStringList headers;
        for (const auto &[name, value] : p.extraHeaders) {
            // A credential typed into the extra headers still never reaches the settings file.
            if (isSecretHeader(name))
                continue;
            headers << QString::fromUtf8(name + ": " + value);
        }
        settings.setValue(QStringLiteral("extraHeaders"), headers);
    }
    settings.endArray();
    settings.sync();
}

ConnectionProfile ProfileStore::save(ConnectionProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool replaced = false;
    for (ConnectionProfile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        m_profiles.append(profile);
    writeAll();
    Q_EMIT profilesChanged();
    return profile;
}

void ProfileStore::remove(const QString &id)
{
    m_profiles.removeIf([&](const ConnectionProfile &p) { return p.id == id; });
    writeAll();
    Q_EMIT profilesChanged();
}

QString ProfileStore::lastUsed() const
{
    return QSettings().value(QStringLiteral("lastConnection")).toString();
}

void ProfileStore::setLastUsed(const QString &id)
{
    QSettings().setValue(QStringLiteral("lastConnection"), id);
}
