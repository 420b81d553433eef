#include "ConnectionProfile.h"

Connection ConnectionProfile::connectionFor(const QString &provider, const QString &apiKey,
                                            const QString &virtualKey) const
{
    Connection c;
    c.sourceId = id;
    c.name = name;
    c.kind = kind;
    c.baseUrl = baseUrl;
    c.provider = provider;
    c.gatewayRoutes = gatewayRoutes;
    c.apiKey = apiKey;
    c.virtualKey = virtualKey;
    c.extraHeaders = extraHeaders;
    c.tls = tls;
    c.timeoutMs = qMax(1, timeoutSeconds) * 1000;
    return c;
}

QUrl ConnectionProfile::defaultBaseUrl(BackendKind kind)
{
    switch (kind) {
    case BackendKind::OpenAi:
        return QUrl(QStringLiteral("https://api.openai.com"));
    case BackendKind::Anthropic:
        return QUrl(QStringLiteral("https://api.anthropic.com"));
    case BackendKind::Bifrost:
        break;
    }
    return QUrl(QStringLiteral("http://localhost:8080"));
}
