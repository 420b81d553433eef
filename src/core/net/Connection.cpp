#include "Connection.h"

#include <QCryptographicHash>
#include <QHostAddress>

QString backendKindWire(BackendKind kind)
{
    switch (kind) {
    case BackendKind::Bifrost:
        return QStringLiteral("bifrost");
    case BackendKind::OpenAi:
        return QStringLiteral("openai");
    case BackendKind::Anthropic:
        return QStringLiteral("anthropic");
    }
    return QStringLiteral("bifrost");
}

bool backendKindFromWire(const QString &word, BackendKind *out)
{
    const QString w = word.trimmed().toLower();
    if (w == u"bifrost" || w == u"gateway")
        *out = BackendKind::Bifrost;
    else if (w == u"openai")
        *out = BackendKind::OpenAi;
    else if (w == u"anthropic")
        *out = BackendKind::Anthropic;
    else
        return false;
    return true;
}

QString gatewayRoutesWire(GatewayRoutes routes)
{
    return routes == GatewayRoutes::OpenAi ? QStringLiteral("openai") : QStringLiteral("native");
}

bool gatewayRoutesFromWire(const QString &word, GatewayRoutes *out)
{
    const QString w = word.trimmed().toLower();
    if (w == u"native")
        *out = GatewayRoutes::Native;
    else if (w == u"openai")
        *out = GatewayRoutes::OpenAi;
    else
        return false;
    return true;
}

QUrl Connection::endpoint(const QString &encodedPath, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + encodedPath, QUrl::TolerantMode);
    QString encodedQuery;
    for (const auto &[key, value] : query) {
        if (!encodedQuery.isEmpty())
            encodedQuery += QLatin1Char('&');
        encodedQuery += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
                        + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(encodedQuery, QUrl::TolerantMode);
    return url;
}

QString Connection::cacheKey() const
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(backendKindWire(kind).toUtf8());
    h.addData("\n");
    h.addData(baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString().toUtf8());
    return QString::fromLatin1(h.result().toHex().left(16));
}

QString encodePathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

bool Connection::sendsSecretsInClear() const
{
    if (baseUrl.scheme() != u"http")
        return false;
    bool hasSecret = !apiKey.isEmpty() || !virtualKey.isEmpty();
    for (const auto &header : extraHeaders)
        hasSecret = hasSecret || isSecretHeader(header.first);
    if (!hasSecret)
        return false;
    // As written: a name that merely resolves to 127.0.0.1 (a hosts-file entry,
    // a DNS trick) is not known to stay on this machine.
    const QString host = baseUrl.host().toLower();
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "x-api-key" || n == "api-key" || n == "x-bf-vk"
           || n == "cookie" || n.contains("token") || n.contains("secret") || n.contains("key");
}

QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretHeader(name))
        return value;
    if (name.toLower() == "authorization" && value.startsWith("Bearer "))
        return "Bearer ••••";
    return "••••";
}
