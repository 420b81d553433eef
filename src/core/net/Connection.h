#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// Which wire protocol a connection speaks.
enum class BackendKind {
    Bifrost,   // the gateway's unified /v1/batches API
    OpenAi,    // api.openai.com directly
    Anthropic, // api.anthropic.com directly
};

QString backendKindWire(BackendKind kind);
bool backendKindFromWire(const QString &word, BackendKind *out);

// Which of a gateway's route sets a connection uses. Some deployments expose
// only the OpenAI integration routes (/openai/v1/…) and not the unified ones.
enum class GatewayRoutes {
    Native, // /v1/batches?provider=P, the gateway's own cursors and /results
    OpenAi, // /openai/v1/batches, OpenAI's paging by id, results from files only
};

QString gatewayRoutesWire(GatewayRoutes routes);
bool gatewayRoutesFromWire(const QString &word, GatewayRoutes *out);

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// How a connection trusts its server and proves itself, beyond the system's
// defaults. Paths and fingerprints only: no secret lives here.
struct TlsSettings
{
    QString caFile;         // PEM: extra authorities, trusted for this connection only
    QString clientCertFile; // PEM: for gateways that require mutual TLS
    QString clientKeyFile;  // PEM, unencrypted: the client certificate's key
    // SHA-256 fingerprints (hex) of server certificates the user chose to trust
    // although no authority vouches for them.
    QStringList pinnedSha256;

    bool operator==(const TlsSettings &o) const = default;
};

// Everything needed to reach one gateway or provider account. Holds secrets
// in memory only: it is never written to QSettings as a whole.
struct Connection
{
    // The saved profile's id: what a batch's identity names, never the display name.
    QString sourceId;
    QString name;
    BackendKind kind = BackendKind::Bifrost;
    QUrl baseUrl = QUrl(QStringLiteral("http://localhost:8080"));
    QString provider = QStringLiteral("openai");         // the gateway's provider (Bifrost only)
    GatewayRoutes gatewayRoutes = GatewayRoutes::Native; // Bifrost only
    QString apiKey;                                      // sent as Authorization: Bearer (x-api-key for Anthropic)
    QString virtualKey;                                  // Bifrost virtual key, sent as x-bf-vk
    HeaderList extraHeaders;
    TlsSettings tls;
    int timeoutMs = 30000;

    // `encodedPath` (already percent-encoded) below the base URL, keeping any
    // path prefix the base URL has (a gateway mounted under /bifrost). Query
    // values are fully percent-encoded: cursors are base64 and '+' must survive.
    QUrl endpoint(const QString &encodedPath, const QList<QPair<QString, QString>> &query = {}) const;
    // A stable name for caches: no secrets, the same for the same account.
    QString cacheKey() const;
    // True when a key or other credential would cross the network unencrypted:
    // plain http:// to a host that is not loopback as written in the URL.
    bool sendsSecretsInClear() const;
};

// Percent-encodes `id` as one path segment: '/' becomes %2F (Bedrock ARNs contain it).
QString encodePathSegment(const QString &id);

// Header values safe to log: secrets are replaced by a fixed mask.
bool isSecretHeader(const QByteArray &name);
QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value);
