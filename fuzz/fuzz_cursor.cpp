// Cursors and ids as servers send them go back into URLs: a listing's cursor
// as a query value, an id (Bedrock ARNs have '/') as one path segment. Both
// must come back out of the URL exactly as they went in.
#include "FuzzCheck.h"
#include "net/Connection.h"
#include "json/BatchDecoder.h"

#include <QJsonDocument>
#include <QUrlQuery>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // A listing page's paging fields, decoded as the client decodes them.
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    QStringList cursors{QString::fromUtf8(bytes)};
    if (doc.isObject()) {
        QStringList warnings;
        const BatchPage page = BatchDecoder::decodePage(doc.object(), QStringLiteral("openai"), &warnings);
        cursors << page.nextCursor << page.lastId;
    }
    Connection connection;
    connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/gateway"));
    for (const QString &cursor : std::as_const(cursors)) {
        if (cursor.isEmpty())
            continue;
        const QUrl listing = connection.endpoint(
            QStringLiteral("/v1/batches"),
            {{QStringLiteral("provider"), QStringLiteral("openai")}, {QStringLiteral("after"), cursor}});
        FUZZ_CHECK(listing.isValid(), "a listing URL with any cursor is valid");
        const QString back = QUrlQuery(listing).queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
        FUZZ_CHECK(back == cursor, "the cursor comes back out of the URL unchanged");
        const QUrl one = connection.endpoint(QStringLiteral("/v1/batches/") + encodePathSegment(cursor));
        FUZZ_CHECK(one.isValid(), "a batch URL with any id is valid");
        const QString segment = one.path(QUrl::FullyEncoded).section(QLatin1Char('/'), -1);
        FUZZ_CHECK(QUrl::fromPercentEncoding(segment.toLatin1()) == cursor, "the id is one path segment, unchanged");
    }
    return 0;
}
