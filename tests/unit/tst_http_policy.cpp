// Retry timing, Retry-After parsing, URL building and header redaction.
#include "net/Connection.h"
#include "net/RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>

class TestHttpPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offlineScheduleBacksOffToTwoMinutes()
    {
        // The refresh scheduler's waits come from the same policy type as call retries.
        const RetryPolicy schedule = RetryPolicy::offlineSchedule();
        QList<int> waits;
        for (int failures = 1; failures <= 8; ++failures)
            waits << schedule.backoffMs(failures, nullptr);
        QCOMPARE(waits, (QList<int>{5000, 10000, 20000, 40000, 80000, 120000, 120000, 120000}));
        QCOMPARE(schedule.backoffMs(1000, nullptr), 120000); // no overflow after a long night offline
    }

    void retryAfterSeconds()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RetryPolicy::parseRetryAfter("1", now).value(), 1000);
        QCOMPARE(RetryPolicy::parseRetryAfter(" 120 ", now).value(), 120000);
        QCOMPARE(RetryPolicy::parseRetryAfter("0.5", now).value(), 500);
        QVERIFY(!RetryPolicy::parseRetryAfter("", now));
        QVERIFY(!RetryPolicy::parseRetryAfter("-3", now));
        QVERIFY(!RetryPolicy::parseRetryAfter("soon", now));
    }

    void retryAfterHttpDate()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now).value(), 30000);
        // A date in the past means "now".
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now).value(), 0);
    }

    void backoffGrowsAndIsBounded()
    {
        RetryPolicy p;
        p.jitter = 0;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        p.maxAttempts = 6;
        QCOMPARE(p.delayBeforeRetry(1, std::nullopt, nullptr).value(), 100);
        QCOMPARE(p.delayBeforeRetry(2, std::nullopt, nullptr).value(), 200);
        QCOMPARE(p.delayBeforeRetry(3, std::nullopt, nullptr).value(), 400);
        QCOMPARE(p.delayBeforeRetry(5, std::nullopt, nullptr).value(), 1000);
        QVERIFY(!p.delayBeforeRetry(6, std::nullopt, nullptr)); // attempts used up
    }

    void jitterStaysWithinBounds()
    {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.jitter = 0.25;
        QRandomGenerator rng(7);
        int lowest = INT_MAX;
        int highest = 0;
        for (int i = 0; i < 500; ++i) {
            const int d = p.delayBeforeRetry(1, std::nullopt, &rng).value();
            lowest = std::min(lowest, d);
            highest = std::max(highest, d);
        }
        QVERIFY(lowest >= 750 && highest <= 1250);
        QVERIFY(highest - lowest > 300); // it really spreads
    }

    void retryAfterWinsAndIsCapped()
    {
        RetryPolicy p;
        p.maxRetryAfterMs = 60000;
        QCOMPARE(p.delayBeforeRetry(1, 5000, nullptr).value(), 5000);
        QVERIFY(!p.delayBeforeRetry(1, 3600000, nullptr)); // too long: reported, not waited
    }

    void retryableStatuses()
    {
        for (int s : {429, 502, 503, 504})
            QVERIFY(RetryPolicy::retryableStatus(s));
        for (int s : {400, 401, 403, 404, 500, 501})
            QVERIFY(!RetryPolicy::retryableStatus(s));
    }

    void idsAreOnePathSegment()
    {
        Connection c;
        c.baseUrl = QUrl(QStringLiteral("http://gw.local:8080/bifrost/"));
        const QString arn = QStringLiteral("arn:aws:bedrock:us-east-1:123:model-invocation-job/abc def");
        const QUrl url = c.endpoint(QStringLiteral("/v1/batches/") + encodePathSegment(arn) + QStringLiteral("/cancel"),
                                    {{QStringLiteral("provider"), QStringLiteral("bedrock")}});
        QCOMPARE(
            url.toString(QUrl::FullyEncoded),
            QStringLiteral(
                "http://gw.local:8080/bifrost/v1/batches/arn%3Aaws%3Abedrock%3Aus-east-1%3A123%3Amodel-invocation-job%2Fabc%20def/cancel?provider=bedrock"));
    }

    void cursorsSurviveTheQuery()
    {
        Connection c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        const QUrl url
            = c.endpoint(QStringLiteral("/v1/batches"), {{QStringLiteral("after"), QStringLiteral("a+b/c==")}});
        QCOMPARE(url.query(QUrl::FullyEncoded), QStringLiteral("after=a%2Bb%2Fc%3D%3D"));
        QCOMPARE(c.endpoint(QStringLiteral("/v1/batches")).hasQuery(), false);
    }

    void secretsAreRedacted()
    {
        QCOMPARE(redactedHeaderValue("Authorization", "Bearer sk-live-123"), QByteArray("Bearer ••••"));
        QCOMPARE(redactedHeaderValue("x-bf-vk", "sk-bf-abc"), QByteArray("••••"));
        QCOMPARE(redactedHeaderValue("x-api-key", "sk-ant-abc"), QByteArray("••••"));
        QCOMPARE(redactedHeaderValue("OpenAI-Project", "proj_1"), QByteArray("proj_1"));
        QCOMPARE(redactedHeaderValue("Accept", "application/json"), QByteArray("application/json"));
    }

    void cacheKeyHasNoSecrets()
    {
        Connection a;
        a.baseUrl = QUrl(QStringLiteral("http://user:pw@gw:8080/"));
        a.apiKey = QStringLiteral("secret-1");
        Connection b = a;
        b.apiKey = QStringLiteral("secret-2");
        QCOMPARE(a.cacheKey(), b.cacheKey());
        QVERIFY(!a.cacheKey().contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestHttpPolicy)
#include "tst_http_policy.moc"
