// ApiError from each kind of error body, and the one-line message a user sees.
#include "TestData.h"
#include "model/ApiError.h"

#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gatewayEnvelopeSeed()
    {
        const ApiError e = ApiError::fromHttpBody(QStringLiteral("list"), 0,
                                                  readTestData(QStringLiteral("seeds/error_envelope.json")));
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.type, QStringLiteral("string"));
        QCOMPARE(e.code, QStringLiteral("string"));
        QCOMPARE(e.message, QStringLiteral("string"));
        QCOMPARE(e.param, QStringLiteral("string"));
        QCOMPARE(e.eventId, QStringLiteral("string"));
        QCOMPARE(e.provider, QStringLiteral("openai"));
        QCOMPARE(e.requestType, QStringLiteral("string"));
        // status_code 0 and is_bifrost_error true: the gateway's rule gives 500.
        QCOMPARE(e.httpStatus, 500);
    }

    void gatewayEnvelopeRealistic()
    {
        const QByteArray body
            = R"({"event_id":"evt_1","type":"invalid_request_error","is_bifrost_error":false,"status_code":404,
            "error":{"type":"invalid_request_error","code":"not_found","message":"No batch found with id 'x'"},
            "extra_fields":{"provider":"openai","request_type":"batch_cancel"}})";
        const ApiError e = ApiError::fromHttpBody(QStringLiteral("cancel"), 404, body);
        QCOMPARE(e.eventId, QStringLiteral("evt_1"));
        QCOMPARE(e.requestType, QStringLiteral("batch_cancel"));
        QCOMPARE(e.toString(), QStringLiteral("cancel failed: HTTP 404 not_found: No batch found with id 'x'"));
    }

    void gatewayStatusRuleWithoutTransportStatus()
    {
        QCOMPARE(ApiError::fromHttpBody(QStringLiteral("x"), 0, R"({"is_bifrost_error":false,"error":{"message":"m"}})")
                     .httpStatus,
                 400);
        QCOMPARE(ApiError::fromHttpBody(QStringLiteral("x"), 0, R"({"is_bifrost_error":true,"error":{"message":"m"}})")
                     .httpStatus,
                 500);
        QCOMPARE(
            ApiError::fromHttpBody(QStringLiteral("x"), 0, R"({"status_code":402,"error":{"message":"m"}})").httpStatus,
            402);
        // The transport status always wins.
        QCOMPARE(ApiError::fromHttpBody(QStringLiteral("x"), 429, R"({"status_code":402,"error":{"message":"m"}})")
                     .httpStatus,
                 429);
    }

    void openAiShape()
    {
        const QByteArray body
            = R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})";
        const ApiError e = ApiError::fromHttpBody(QStringLiteral("list"), 401, body);
        QCOMPARE(e.type, QStringLiteral("invalid_request_error"));
        QCOMPARE(e.code, QStringLiteral("invalid_api_key"));
        QCOMPARE(e.message, QStringLiteral("Incorrect API key provided"));
        QVERIFY(e.param.isEmpty());
        QCOMPARE(e.toString(), QStringLiteral("list failed: HTTP 401 invalid_api_key: Incorrect API key provided"));
    }

    void anthropicShape()
    {
        const QByteArray body = R"({"type":"error","error":{"type":"not_found_error","message":"batch not found"}})";
        const ApiError e = ApiError::fromHttpBody(QStringLiteral("retrieve"), 404, body);
        QCOMPARE(e.type, QStringLiteral("not_found_error"));
        QVERIFY(e.code.isEmpty());
        QCOMPARE(e.reason(), QStringLiteral("not_found_error"));
        QCOMPARE(e.toString(), QStringLiteral("retrieve failed: HTTP 404 not_found_error: batch not found"));
    }

    void htmlBody()
    {
        const QByteArray body
            = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center>"
              "<hr><center>nginx</center></body></html>";
        const ApiError e = ApiError::fromHttpBody(QStringLiteral("list"), 502, body);
        QCOMPARE(e.message, QStringLiteral("502 Bad Gateway"));
        QVERIFY(e.bodySnippet.startsWith(QStringLiteral("<html>")));
        QCOMPARE(e.toString(), QStringLiteral("list failed: HTTP 502: 502 Bad Gateway"));
    }

    void plainTextKeepsFirst200Characters()
    {
        const QByteArray body
            = QByteArray("upstream connect error or disconnect/reset before headers. ") + QByteArray(500, 'x');
        const ApiError e = ApiError::fromHttpBody(QStringLiteral("retrieve"), 503, body);
        QCOMPARE(e.bodySnippet.size(), 200);
        QVERIFY(e.message.startsWith(QStringLiteral("upstream connect error")));
        QVERIFY(e.message.size() <= 200);
    }

    void emptyAndOddBodies()
    {
        QCOMPARE(ApiError::fromHttpBody(QStringLiteral("x"), 500, QByteArray()).toString(),
                 QStringLiteral("x failed: HTTP 500"));
        QCOMPARE(ApiError::fromHttpBody(QStringLiteral("x"), 500, R"({"error":"plain words"})").message,
                 QStringLiteral("plain words"));
        QCOMPARE(ApiError::fromHttpBody(QStringLiteral("x"), 500, R"({"message":"top level"})").message,
                 QStringLiteral("top level"));
        QCOMPARE(ApiError::fromHttpBody(QStringLiteral("x"), 500, R"([1,2])").bodySnippet, QStringLiteral("[1,2]"));
        QCOMPARE(ApiError::fromHttpBody(QStringLiteral("x"), 500, R"({"error":{"code":429,"message":"m"}})").code,
                 QStringLiteral("429"));
    }

    void keysAreRedacted()
    {
        ApiError e = ApiError::fromHttpBody(
            QStringLiteral("list"), 401,
            R"({"error":{"message":"Incorrect API key provided: sk-live-abcdefghijklmnop","code":"invalid_api_key"}})");
        e.bodySnippet = QStringLiteral("echo sk-live-abcdefghijklmnop");
        e.redact({QStringLiteral("sk-live-abcdefghijklmnop"), QString(), QStringLiteral("short")});
        QCOMPARE(e.message, QStringLiteral("Incorrect API key provided: ••••"));
        QVERIFY(!e.toString().contains(QStringLiteral("abcdefghijklmnop")));
        QCOMPARE(e.bodySnippet, QStringLiteral("echo ••••"));
    }

    void otherKindsReadWell()
    {
        ApiError e = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("list"),
                                    QStringLiteral("no answer from h within 5 s"));
        e.attempts = 3;
        QCOMPARE(e.toString(),
                 QStringLiteral("list failed: timed out: no answer from h within 5 s (after 3 attempts)"));
        QCOMPARE(ApiError::make(ApiError::Kind::Protocol, QStringLiteral("list"), QStringLiteral("loop")).toString(),
                 QStringLiteral("list failed: protocol error: loop"));
        ApiError limited = ApiError::fromHttpBody(QStringLiteral("list"), 429,
                                                  R"({"error":{"message":"slow down","code":"rate_limit_exceeded"}})");
        limited.retryAfterMs = 30000;
        QCOMPARE(limited.toString(),
                 QStringLiteral("list failed: HTTP 429 rate_limit_exceeded: slow down (retry after 30 s)"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_api_error.moc"
