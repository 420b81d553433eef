#pragma once

#include "net/Connection.h"

#include <QStringList>

// A saved connection as the user set it up. The keys are not part of it:
// they live in the system keychain (SecretStore), never in QSettings.
struct ConnectionProfile
{
    QString id; // stable, for the keychain entry and settings group
    QString name;
    BackendKind kind = BackendKind::Bifrost;
    QUrl baseUrl = QUrl(QStringLiteral("http://localhost:8080"));
    QStringList providers{QStringLiteral("openai")};
    GatewayRoutes gatewayRoutes = GatewayRoutes::Native; // Bifrost only
    HeaderList extraHeaders;
    TlsSettings tls;
    int timeoutSeconds = 30;
    int refreshSeconds = 5;
    bool demo = false;      // the built-in simulator
    bool transient = false; // given on the command line or the demo: never saved

    // The connection for one of its providers, with the given keys.
    Connection connectionFor(const QString &provider, const QString &apiKey, const QString &virtualKey) const;
    static QUrl defaultBaseUrl(BackendKind kind);
    bool operator==(const ConnectionProfile &o) const = default;
};
