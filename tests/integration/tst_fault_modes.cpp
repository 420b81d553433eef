// Every fault the simulator can inject ends either in success after a retry,
// or in an ApiError that names the operation, the status and the reason.
#include "SimFixture.h"
#include "TestData.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>

class TestFaultModes : public QObject
{
    Q_OBJECT

    static void inject(SimFixture &f, const QString &spec, const QString &retryAfter = QString())
    {
        QString why;
        auto fault = FaultPlan::parseSpec(spec, &why);
        QVERIFY2(fault.has_value(), qPrintable(why));
        if (!retryAfter.isEmpty())
            fault->retryAfter = retryAfter;
        f.sim().faults().add(*fault);
    }

    static int statusesOf(SimFixture &f, int status)
    {
        int n = 0;
        for (const auto &e : f.sim().log())
            n += e.status == status;
        return n;
    }

private Q_SLOTS:
    void rateLimitIsRetriedAfterRetryAfter()
    {
        SimFixture f;
        inject(f, QStringLiteral("rate_limit:1:list"));
        auto backend = f.backend();
        QStringList retries;
        Pending<BatchPage> *pending = backend->list({});
        connect(pending, &PendingCall::retrying, this, [&](const QString &m) { retries << m; });
        QElapsedTimer timer;
        timer.start();
        const auto outcome = waitFor(pending);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QVERIFY2(timer.elapsed() >= 900, "Retry-After: 1 was honoured");
        QCOMPARE(statusesOf(f, 429), 1);
        QCOMPARE(retries.size(), 1);
        QVERIFY(retries.first().contains(QStringLiteral("HTTP 429")));
    }

    void retryAfterAsAnHttpDate()
    {
        SimFixture f;
        const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        inject(f, QStringLiteral("rate_limit:1:list"), date);
        auto backend = f.backend();
        QElapsedTimer timer;
        timer.start();
        const auto outcome = waitFor(backend->list({}));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QStringLiteral("waited only %1 ms").arg(timer.elapsed())));
    }

    void persistentRateLimitEndsInA429Error()
    {
        SimFixture f;
        inject(f, QStringLiteral("rate_limit:10:list"), QStringLiteral("0"));
        auto backend = f.backend();
        const auto outcome = waitFor(backend->list({}));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.httpStatus, 429);
        QCOMPARE(outcome.error.code, QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(outcome.error.attempts, SimFixture::quickRetries().maxAttempts);
        QVERIFY(outcome.error.toString().startsWith(
            QStringLiteral("list failed: HTTP 429 rate_limit_exceeded: rate limit exceeded")));
    }

    void retryAfterTooLongIsReportedNotWaited()
    {
        SimFixture f;
        inject(f, QStringLiteral("rate_limit:1:list"), QStringLiteral("3600"));
        auto backend = f.backend();
        QElapsedTimer timer;
        timer.start();
        const auto outcome = waitFor(backend->list({}));
        QVERIFY(!outcome.ok());
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(outcome.error.retryAfterMs.value_or(0), qint64(3600) * 1000);
        QVERIFY(outcome.error.toString().endsWith(QStringLiteral("(retry after %1 s)").arg(QLocale().toString(3600))));
    }

    // Fuzzing found that a Retry-After date far in the future gave "retry after
    // -1700769665 s" (tests/data/fuzz-regressions/retry-after-far-future.txt).
    void farFutureRetryAfterIsNotNegative_data()
    {
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<QString>("until");
        const QList<QByteArray> lines
            = readTestData(QStringLiteral("fuzz-regressions/retry-after-far-future.txt")).split('\n');
        QCOMPARE(lines.size(), 3); // two values and the final newline
        QTest::newRow("HTTP date in 9999") << QString::fromLatin1(lines.at(0)) << QStringLiteral("9999-12-31");
        QTest::newRow("lenient date in 7285") << QString::fromLatin1(lines.at(1)) << QStringLiteral("7285-10-01");
    }
    void farFutureRetryAfterIsNotNegative()
    {
        QFETCH(QString, retryAfter);
        QFETCH(QString, until);
        SimFixture f;
        inject(f, QStringLiteral("rate_limit:1:list"), retryAfter);
        auto backend = f.backend();
        const auto outcome = waitFor(backend->list({}));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.attempts, 1); // not waited for
        QVERIFY(outcome.error.retryAfterMs.value_or(-1) > ApiError::kLongWaitMs);
        QCOMPARE(outcome.error.retryAt.date().toString(Qt::ISODate), until);
        const QString text = outcome.error.toString();
        QVERIFY2(text.endsWith(QStringLiteral("(the server asked to wait until %1; not retrying)").arg(until)),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("after -")), qPrintable(text));
    }

    void transient503IsRetried()
    {
        SimFixture f;
        inject(f, QStringLiteral("server_error:2:retrieve"));
        auto backend = f.backend();
        const auto page = waitFor(backend->list({}));
        const auto outcome = waitFor(backend->retrieve(page.value.batches.first().id));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(statusesOf(f, 503), 2);
    }

    void plain500IsNotRetried()
    {
        SimFixture f;
        Fault fault = *FaultPlan::parseSpec(QStringLiteral("server_error:5:list"), nullptr);
        fault.status = 500;
        f.sim().faults().add(fault);
        auto backend = f.backend();
        const auto outcome = waitFor(backend->list({}));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.httpStatus, 500);
        QCOMPARE(outcome.error.attempts, 1);
        QVERIFY(outcome.error.message.contains(QStringLiteral("simulated 500")));
    }

    void htmlErrorPage()
    {
        SimFixture f;
        inject(f, QStringLiteral("html_error:1:list"));
        auto backend = f.backend();
        QVERIFY(waitFor(backend->list({})).ok()); // 502 is transient: retried
        // ...after the simulator really served the HTML 502 first.
        const auto served = f.sim().log();
        QCOMPARE(served.size(), 2);
        QCOMPARE(served.at(0).status, 502);
        QCOMPARE(served.at(0).fault, QStringLiteral("html_error"));
        QCOMPARE(served.at(1).status, 200);

        inject(f, QStringLiteral("html_error:10:list"));
        const auto outcome = waitFor(backend->list({}));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.httpStatus, 502);
        QCOMPARE(outcome.error.message, QStringLiteral("502 Bad Gateway"));
        QVERIFY(outcome.error.bodySnippet.startsWith(QStringLiteral("<html>")));
        QCOMPARE(outcome.error.toString(), QStringLiteral("list failed: HTTP 502: 502 Bad Gateway"));
    }

    void slowAnswerTimesOutThenSucceeds()
    {
        SimFixture f;
        Fault slow = *FaultPlan::parseSpec(QStringLiteral("slow:1:list"), nullptr);
        slow.delayMs = 1500;
        f.sim().faults().add(slow);
        Connection c = f.connection();
        c.timeoutMs = 400;
        auto backend = SimFixture::backend(c);
        const auto outcome = waitFor(backend->list({}));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        // The first attempt timed out and a second one got the answer: the server saw both.
        QTRY_COMPARE_WITH_TIMEOUT(f.requestsTo(QStringLiteral("/v1/batches"), "GET"), 2, 3000);
    }

    void alwaysSlowEndsInATimeout()
    {
        SimFixture f;
        Fault slow = *FaultPlan::parseSpec(QStringLiteral("slow:10:list"), nullptr);
        slow.delayMs = 1000;
        f.sim().faults().add(slow);
        Connection c = f.connection();
        c.timeoutMs = 250;
        auto backend = SimFixture::backend(c);
        const auto outcome = waitFor(backend->list({}));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(outcome.error.attempts, 4);
        QVERIFY(outcome.error.toString().startsWith(
            QStringLiteral("list failed: timed out: no answer from 127.0.0.1 within 0.25 s")));
    }

    void malformedJsonIsADecodeError()
    {
        SimFixture f;
        inject(f, QStringLiteral("malformed_json:1:list"));
        auto backend = f.backend();
        const auto outcome = waitFor(backend->list({}));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Decode);
        QCOMPARE(outcome.error.httpStatus, 200);
        QVERIFY(outcome.error.message.contains(QStringLiteral("malformed JSON")));
        QVERIFY(!outcome.error.bodySnippet.isEmpty());
    }

    void truncatedBodyIsRetried()
    {
        SimFixture f;
        inject(f, QStringLiteral("truncated:1:list"));
        auto backend = f.backend();
        const auto outcome = waitFor(backend->list({}));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/batches"), "GET"), 2);
    }

    void truncatedDownloadLeavesNoFile()
    {
        SimFixture f;
        auto backend = f.backend();
        const auto all = waitFor(backend->listAll(100));
        QString fileId;
        for (const Batch &b : all.value) {
            if (!b.outputFileId.isEmpty() && b.counts.completed > 500)
                fileId = b.outputFileId;
        }
        QVERIFY(!fileId.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));

        inject(f, QStringLiteral("truncated:1:content"));
        const auto recovered = waitFor(backend->downloadFile(fileId, path));
        QVERIFY2(recovered.ok(), qPrintable(recovered.error.toString()));
        const qint64 fullSize = QFileInfo(path).size();
        QVERIFY(fullSize > 0);

        const QString second = dir.filePath(QStringLiteral("second.jsonl"));
        inject(f, QStringLiteral("truncated:10:content"));
        const auto failed = waitFor(backend->downloadFile(fileId, second));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error.kind, ApiError::Kind::Decode);
        QVERIFY(failed.error.message.contains(QStringLiteral("cut off")));
        QVERIFY2(!QFileInfo::exists(second), "a cut-off download never leaves a partial file");
        QCOMPARE(QFileInfo(path).size(), fullSize); // and never touches an earlier one
    }

    void droppedConnection()
    {
        SimFixture f;
        inject(f, QStringLiteral("disconnect:1:list"));
        auto backend = f.backend();
        QVERIFY(waitFor(backend->list({})).ok());
        inject(f, QStringLiteral("disconnect:10:list"));
        const auto outcome = waitFor(backend->list({}));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
        QVERIFY(outcome.error.toString().startsWith(QStringLiteral("list failed: network error")));
    }

    void repeatedCursorStopsTheWalk()
    {
        SimFixture f;
        inject(f, QStringLiteral("repeat_cursor"));
        auto backend = f.backend();
        const auto outcome = waitFor(backend->listAll(10));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Protocol);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("repeated the page cursor")),
                 qPrintable(outcome.error.message));
        QVERIFY(!outcome.value.isEmpty()); // what was listed so far is kept
        QVERIFY(f.requestsTo(QStringLiteral("/v1/batches")) <= 3);
    }

    void emptyPageThatSaysMoreStopsTheWalk()
    {
        SimFixture f;
        inject(f, QStringLiteral("empty_page"));
        auto backend = f.backend();
        const auto outcome = waitFor(backend->listAll());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Protocol);
        QVERIFY(outcome.error.message.contains(QStringLiteral("empty page")));
    }

    void pageCap()
    {
        SimFixture f;
        auto backend = f.backend();
        const auto outcome = waitFor(backend->listAll(2, 3));
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.error.message.contains(QStringLiteral("more than 3 pages")));
        QCOMPARE(outcome.value.size(), 6);
    }

    void createIsNeverRetried()
    {
        SimFixture f;
        inject(f, QStringLiteral("server_error:1:create"));
        auto backend = f.backend();
        CreateBatchRequest r;
        r.model = QStringLiteral("openai/gpt-4o-mini");
        r.requests.append(
            QJsonObject{{QStringLiteral("custom_id"), QStringLiteral("a")}, {QStringLiteral("body"), QJsonObject()}});
        const auto outcome = waitFor(backend->create(r));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.httpStatus, 503);
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/batches"), "POST"), 1);
    }

    void onlyReadingAndCancellingAreRepeated()
    {
        // A request is retried only where its backend says it is safe: GET and cancel.
        QVERIFY(!HttpRequest().idempotent);
        SimOptions o = SimFixture::defaultOptions();
        o.dialect = QStringLiteral("anthropic");
        SimFixture f(o);
        Connection c = f.connection(QStringLiteral("anthropic"));
        c.kind = BackendKind::Anthropic;
        AnthropicBackend anthropic(c);
        anthropic.http()->setRetryPolicy(SimFixture::quickRetries());
        Batch ended;
        for (const Batch &b : waitFor(anthropic.listAll()).value) {
            if (b.status.kind() == BatchStatus::Ended)
                ended = b;
        }
        QVERIFY(!ended.id.isEmpty());
        inject(f, QStringLiteral("server_error:1:delete"));
        const auto deleted = waitFor(anthropic.deleteBatch(ended));
        QVERIFY(!deleted.ok());
        QCOMPARE(deleted.error.httpStatus, 503);
        QCOMPARE(f.requestsTo(ended.id, "DELETE"), 1); // never sent twice
        inject(f, QStringLiteral("server_error:1:retrieve"));
        QVERIFY(waitFor(anthropic.retrieve(ended.id)).ok());
        QCOMPARE(f.requestsTo(ended.id, "GET"), 2); // a read is repeated
    }

    void cancelIsRetried()
    {
        SimFixture f;
        auto backend = f.backend();
        const auto all = waitFor(backend->listAll(100));
        Batch running;
        for (const Batch &b : all.value) {
            if (b.status.active())
                running = b;
        }
        QVERIFY(!running.id.isEmpty());
        inject(f, QStringLiteral("server_error:1:cancel"));
        const auto outcome = waitFor(backend->cancel(running.id, running.raw));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.value.status.kind(), BatchStatus::Cancelling);
    }

    void connectionRefused()
    {
        Connection c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        c.timeoutMs = 2000;
        auto backend = SimFixture::backend(c);
        const auto outcome = waitFor(backend->list({}));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
        QCOMPARE(outcome.error.attempts, 4);
    }

    void adminRouteAddsFaults()
    {
        SimFixture f;
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(f.sim().url().toString() + QStringLiteral("/_sim/faults")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = nam.post(req, R"({"mode":"server_error","count":1,"route":"list","status":504})");
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(f.sim().faults().pending().size(), 1);
        auto backend = f.backend();
        QVERIFY(waitFor(backend->list({})).ok());
        QCOMPARE(statusesOf(f, 504), 1);
    }
};

QTEST_GUILESS_MAIN(TestFaultModes)
#include "tst_fault_modes.moc"
