// Cursors and ids as servers send them go back into URLs: a listing's cursor
// as a query value, an id (Bedrock ARNs have '/') as one path segment. Both
// must come back out of the URL exactly as they went in.
#include "FuzzCheck.h"
#include "net/Connection.h"
#include "json/BatchDecoder.h"

#include <QJsonDocument>

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
        // What the server receives: the value's bytes on the wire, percent-decoded, are
        // the cursor's UTF-8. (Not QUrlQuery's decoding: it turns noncharacters such as
        // U+FFFF into U+FFFD, which the first fuzzing run mistook for a finding.)
        const QByteArray query = listing.query(QUrl::FullyEncoded).toLatin1();
        const qsizetype at = query.indexOf("&after=");
        FUZZ_CHECK(at >= 0 && query.indexOf('&', at + 1) < 0, "the cursor is one query value");
        FUZZ_CHECK(QByteArray::fromPercentEncoding(query.mid(at + 7)) == cursor.toUtf8(),
                   "the cursor reaches the server unchanged");
        const QUrl one = connection.endpoint(QStringLiteral("/v1/batches/") + encodePathSegment(cursor));
        FUZZ_CHECK(one.isValid(), "a batch URL with any id is valid");
        const QByteArray path = one.path(QUrl::FullyEncoded).toLatin1();
        FUZZ_CHECK(path.startsWith("/gateway/v1/batches/") && path.count('/') == 4, "the id is one path segment");
        FUZZ_CHECK(QByteArray::fromPercentEncoding(path.mid(path.lastIndexOf('/') + 1)) == cursor.toUtf8(),
                   "the id reaches the server unchanged");
    }
    return 0;
}
