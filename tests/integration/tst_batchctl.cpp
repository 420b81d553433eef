// batchctl end to end: the real binary against the real gateway-sim binary.
#include "Version.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A gateway-sim process on a free port, stopped when the test ends.
class SimProcess
{
public:
    explicit SimProcess(const QStringList &extra)
    {
        m_process.setProgram(QStringLiteral(GATEWAY_SIM_PATH));
        m_process.setArguments(
            QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("11")}
            + extra);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return;
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(5000))
            line += m_process.readAllStandardOutput();
        const auto match
            = QRegularExpression(QStringLiteral("https?://127\\.0\\.0\\.1:(\\d+)")).match(QString::fromLatin1(line));
        if (match.hasMatch())
            m_url = match.captured(0);
    }
    ~SimProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

Run batchctl(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BATCHCTL_PATH), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcessEnvironment cleanEnv()
{
    // Results are cached under XDG_CACHE_HOME: keep the test's out of the real one.
    static QTemporaryDir cache;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // SSL_CERT_FILE too: some machines point it at the system's bundle, and the TLS test sets its own.
    for (const char *name :
         {"BATCH_CONSOLE_URL", "BATCH_CONSOLE_API_KEY", "BATCH_CONSOLE_VIRTUAL_KEY", "SSL_CERT_FILE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    return env;
}

} // namespace

class TestBatchctl : public QObject
{
    Q_OBJECT
    std::unique_ptr<SimProcess> sim;
    QString url;

    Run ctl(const QStringList &args) { return batchctl(QStringList{QStringLiteral("--url"), url} + args, cleanEnv()); }

    QJsonArray listJson(const QStringList &extra = {})
    {
        const Run r
            = ctl(QStringList{QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")} + extra);
        return QJsonDocument::fromJson(r.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        sim = std::make_unique<SimProcess>(QStringList{QStringLiteral("--batches"), QStringLiteral("139"),
                                                       QStringLiteral("--page-size"), QStringLiteral("20")});
        url = sim->url();
        QVERIFY2(!url.isEmpty(), "gateway-sim printed its port");
    }
    void cleanupTestCase() { sim.reset(); }

    void listAllPrintsEveryBatch()
    {
        const Run human = ctl({QStringLiteral("list"), QStringLiteral("--all")});
        QCOMPARE(human.exitCode, 0);
        const QList<QByteArray> lines = human.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 139 + 1); // header, rows, count
        QVERIFY(lines.first().startsWith("ID"));
        QVERIFY(lines.first().contains("DONE/FAILED/TOTAL"));
        QCOMPARE(lines.last(), QByteArray("139 batches"));

        const QJsonArray json = listJson();
        QCOMPARE(json.size(), 139);
        for (const QJsonValue &v : json) {
            QVERIFY(v.toObject().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("batch_")));
            QVERIFY(v.toObject().contains(QStringLiteral("request_counts")));
        }
    }

    // A gateway behind a private authority and mutual TLS, the files given on the command line.
    void tlsOptionsReachAPrivateGateway()
    {
        const QString tls = QStringLiteral(TEST_DATA_DIR "/tls/");
        SimProcess https({QStringLiteral("--tls"),
                          tls + QStringLiteral("server.pem,") + tls + QStringLiteral("server.key"),
                          QStringLiteral("--tls-client-ca"), tls + QStringLiteral("ca.pem")});
        QVERIFY(https.url().startsWith(QStringLiteral("https://")));
        const QStringList list{QStringLiteral("--url"), https.url(), QStringLiteral("list"), QStringLiteral("--limit"),
                               QStringLiteral("3")};

        const Run untrusted = batchctl(list, cleanEnv());
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.err.contains("list failed: TLS error"), untrusted.err.constData());

        const Run noClientCert
            = batchctl(list + QStringList{QStringLiteral("--ca-file"), tls + QStringLiteral("ca.pem")}, cleanEnv());
        QCOMPARE(noClientCert.exitCode, 1);
        QVERIFY2(noClientCert.err.contains("client certificate"), noClientCert.err.constData());

        const QStringList identity{QStringLiteral("--client-cert"), tls + QStringLiteral("client.pem"),
                                   QStringLiteral("--client-key"), tls + QStringLiteral("client.key")};
        const Run ok = batchctl(
            list + QStringList{QStringLiteral("--ca-file"), tls + QStringLiteral("ca.pem")} + identity, cleanEnv());
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(ok.out.trimmed().split('\n').size(), 1 + 3 + 1);

        QProcessEnvironment env = cleanEnv();
        env.insert(QStringLiteral("SSL_CERT_FILE"), tls + QStringLiteral("ca.pem"));
        const Run viaEnvironment = batchctl(list + identity, env);
        QVERIFY2(viaEnvironment.exitCode == 0, viaEnvironment.err.constData());
        env.insert(QStringLiteral("SSL_CERT_FILE"), tls + QStringLiteral("no-such-bundle.pem"));
        const Run badEnvironment = batchctl(list + identity, env);
        QCOMPARE(badEnvironment.exitCode, 1);
        QVERIFY2(badEnvironment.err.contains("cannot use SSL_CERT_FILE"), badEnvironment.err.constData());
        // Plain HTTP has nothing to trust: an unusable bundle does not stand in its way.
        const Run plain = batchctl(
            {QStringLiteral("--url"), url, QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")},
            env);
        QVERIFY2(plain.exitCode == 0, plain.err.constData());

        const Run halfIdentity = batchctl(list + identity.mid(0, 2), cleanEnv());
        QCOMPARE(halfIdentity.exitCode, 2);
        QVERIFY(halfIdentity.err.contains("--client-cert and --client-key go together"));
    }

    // A key over plain HTTP to a host that is not loopback is warned about, never refused.
    void plainHttpKeyIsWarnedAbout()
    {
        QProcessEnvironment env = cleanEnv();
        env.insert(QStringLiteral("BATCH_CONSOLE_API_KEY"), QStringLiteral("sk-test-plain-http-0001"));
        // 0.0.0.0 is not loopback as written, and a connection to it is refused at once.
        const Run remote = batchctl({QStringLiteral("--url"), QStringLiteral("http://0.0.0.0:9"),
                                     QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("list")},
                                    env);
        QVERIFY2(remote.err.startsWith("warning: the key is sent unencrypted to http://0.0.0.0:9\n"),
                 remote.err.constData());
        QVERIFY(!remote.err.contains("sk-test-plain-http-0001"));
        const Run loopback = batchctl(
            {QStringLiteral("--url"), url, QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")},
            env);
        QCOMPARE(loopback.exitCode, 0);
        QVERIFY(!loopback.err.contains("warning"));
    }

    // The same listing through the gateway's OpenAI integration routes (/openai/v1).
    void gatewayRoutesOpenAi()
    {
        const QJsonArray native = listJson();
        const QJsonArray viaOpenAi = listJson({QStringLiteral("--gateway-routes"), QStringLiteral("openai")});
        QCOMPARE(viaOpenAi.size(), native.size());
        QCOMPARE(viaOpenAi.first()[QStringLiteral("id")], native.first()[QStringLiteral("id")]);
        QCOMPARE(viaOpenAi.last()[QStringLiteral("id")], native.last()[QStringLiteral("id")]);
        // The simulator's request log says which routes were asked.
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url + QStringLiteral("/_sim/log"))));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        const QJsonArray log = QJsonDocument::fromJson(reply->readAll())[QStringLiteral("requests")].toArray();
        reply->deleteLater();
        int integration = 0;
        for (const QJsonValue &e : log) {
            if (e[QStringLiteral("path")].toString() == u"/openai/v1/batches") {
                ++integration;
                QVERIFY(
                    !e[QStringLiteral("query")].toString().contains(QStringLiteral("after=ey"))); // ids, not cursors
            }
        }
        QCOMPARE(integration, (native.size() + 19) / 20); // pages of the simulator's default 20
        const Run missing = ctl({QStringLiteral("--gateway-routes"), QStringLiteral("openai"), QStringLiteral("show"),
                                 QStringLiteral("batch_missing")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("retrieve failed: HTTP 404"), missing.err.constData());
    }

    void listOnePageMentionsTheRest()
    {
        const Run r = ctl({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.endsWith("5 batches\n"));
        QVERIFY(r.err.contains("--all"));
    }

    void statusFilter()
    {
        const QJsonArray finished = listJson({QStringLiteral("--status"), QStringLiteral("completed")});
        QVERIFY(!finished.isEmpty());
        for (const QJsonValue &v : finished)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QVERIFY(finished.size() < 139);
    }

    void statusFilterWalksPagesUntilLimit()
    {
        // Pages of 20 hold fewer than 30 completed batches: the filter must read on.
        const int completed = int(listJson({QStringLiteral("--status"), QStringLiteral("completed")}).size());
        QVERIFY(completed > 30);
        const Run r = ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("completed"),
                           QStringLiteral("--limit"), QStringLiteral("30"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray some = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(some.size(), 30);
        for (const QJsonValue &v : some)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QVERIFY2(r.err.contains("use --all"), r.err.constData());
    }

    void bogusStatusIsAUsageError()
    {
        const Run r = ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("bogus")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--status takes one of validating, in_progress"), r.err.constData());
        QVERIFY(r.err.contains("'bogus'"));
    }

    void jsonListSaysWhenMorePagesExist()
    {
        const Run r
            = ctl({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 5);
        QCOMPARE(r.err, QByteArray("batchctl: more batches exist; use --all to list every page\n"));
    }

    void showPrintsTheCountsAsGiven()
    {
        QJsonObject done;
        for (const QJsonValue &v : listJson({QStringLiteral("--status"), QStringLiteral("completed")})) {
            if (v.toObject()
                    .value(QStringLiteral("request_counts"))
                    .toObject()
                    .value(QStringLiteral("completed"))
                    .toInt()
                > 100)
                done = v.toObject();
        }
        QVERIFY(!done.isEmpty());
        const QJsonObject counts = done.value(QStringLiteral("request_counts")).toObject();
        const Run r = ctl({QStringLiteral("show"), done.value(QStringLiteral("id")).toString()});
        QCOMPARE(r.exitCode, 0);
        // The API's own names and numbers, and no invented "succeeded 0".
        QVERIFY2(r.out.contains(QStringLiteral("total %1, completed %2, failed %3")
                                    .arg(counts.value(QStringLiteral("total")).toInt())
                                    .arg(counts.value(QStringLiteral("completed")).toInt())
                                    .arg(counts.value(QStringLiteral("failed")).toInt())
                                    .toUtf8()),
                 r.out.constData());
        QVERIFY(!r.out.contains("succeeded 0"));
        QVERIFY(r.out.contains(
            QStringLiteral("succeeded %1").arg(counts.value(QStringLiteral("completed")).toInt()).toUtf8()));
    }

    void notFoundHintsAtTheRightProvider()
    {
        const Run r = ctl({QStringLiteral("show"), QStringLiteral("msgbatch_01AbCdEfGh")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("HTTP 404"));
        QVERIFY2(
            r.err.contains("hint: msgbatch_01AbCdEfGh looks like a batch id of anthropic; try --provider anthropic"),
            r.err.constData());
        // An id of this provider gets no hint.
        const Run plain = ctl({QStringLiteral("show"), QStringLiteral("batch_nope")});
        QVERIFY(!plain.err.contains("hint"));
    }

    void exportToStandardOutput()
    {
        QString id;
        for (const QJsonValue &v : listJson({QStringLiteral("--status"), QStringLiteral("completed")})) {
            if (v.toObject().value(QStringLiteral("request_counts")).toObject().value(QStringLiteral("total")).toInt()
                <= 500)
                id = v.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!id.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.jsonl"));
        QCOMPARE(ctl({QStringLiteral("export"), id, QStringLiteral("-o"), path}).exitCode, 0);
        QProcess p;
        p.setProcessEnvironment(cleanEnv());
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(BATCHCTL_PATH), {QStringLiteral("--url"), url, QStringLiteral("export"), id,
                                                QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(p.readAllStandardOutput(), file.readAll());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("-"))));
    }

    void longErrorsAreCutVisibly()
    {
        QString id;
        for (const QJsonValue &v : listJson({QStringLiteral("--status"), QStringLiteral("completed")})) {
            const QJsonObject counts = v.toObject().value(QStringLiteral("request_counts")).toObject();
            if (counts.value(QStringLiteral("failed")).toInt() >= 8
                && counts.value(QStringLiteral("total")).toInt() <= 2000)
                id = v.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!id.isEmpty());
        const Run r = ctl({QStringLiteral("results"), id, QStringLiteral("--only"), QStringLiteral("failed")});
        QCOMPARE(r.exitCode, 0);
        // The context-length message is longer than the column: it ends in "…", never mid-word without a sign.
        QVERIFY2(r.out.contains("context_length_exceeded: This model's maximum context length"),
                 r.out.left(2000).constData());
        QVERIFY(r.out.contains("…"));
    }

    void createTakesTheModelFromTheFile()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QStringList &models) {
            QFile file(dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            for (int i = 0; i < models.size(); ++i)
                file.write(
                    QStringLiteral(
                        R"({"custom_id":"m%1","method":"POST","url":"/v1/chat/completions","body":{"model":"%2","messages":[]}})")
                        .arg(i)
                        .arg(models.at(i))
                        .toUtf8()
                    + "\n");
            return file.fileName();
        };
        const Run r
            = ctl({QStringLiteral("create"), QStringLiteral("--file"),
                   write(QStringLiteral("one.jsonl"), {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o-mini")}),
                   QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject batch = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(
            batch.value(QStringLiteral("extra_fields")).toObject().value(QStringLiteral("model_requested")).toString(),
            QStringLiteral("openai/gpt-4o-mini"));
        const Run disagree
            = ctl({QStringLiteral("create"), QStringLiteral("--file"),
                   write(QStringLiteral("two.jsonl"), {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")})});
        QCOMPARE(disagree.exitCode, 2);
        QVERIFY2(disagree.err.contains("2 models (gpt-4o, gpt-4o-mini)"), disagree.err.constData());
    }

    void windowHelpAndVersionNeedNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(BATCH_CONSOLE_PATH), {option});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
            const QByteArray out = p.readAllStandardOutput();
            QVERIFY2(option == u"--help" ? out.contains("--demo") : out.contains(BATCH_CONSOLE_VERSION),
                     out.constData());
        }
    }

    void showOne()
    {
        const QString id = listJson().first().toObject().value(QStringLiteral("id")).toString();
        const Run json = ctl({QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("id")).toString(), id);
        const Run human = ctl({QStringLiteral("show"), id});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("request_counts"));
        QVERIFY(human.out.contains("created_at"));
    }

    void apiErrorsExitOneWithOneLine()
    {
        const Run r = ctl({QStringLiteral("cancel"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("batchctl: cancel failed: HTTP 404 not_found: No batch found with id 'x'\n"));
        QVERIFY(r.out.isEmpty());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
        QTest::newRow("bad --only") << QStringList{QStringLiteral("results"), QStringLiteral("b"),
                                                   QStringLiteral("--only"), QStringLiteral("some")};
        QTest::newRow("bad --limit") << QStringList{QStringLiteral("list"), QStringLiteral("--limit"),
                                                    QStringLiteral("zero")};
        QTest::newRow("export without -o") << QStringList{QStringLiteral("export"), QStringLiteral("b")};
        QTest::newRow("create without model")
            << QStringList{QStringLiteral("create"), QStringLiteral("--input-file-id"), QStringLiteral("f")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("retry without id") << QStringList{QStringLiteral("retry")};
        QTest::newRow("retry: bad --include") << QStringList{QStringLiteral("retry"), QStringLiteral("b"),
                                                             QStringLiteral("--include"), QStringLiteral("lost")};
        QTest::newRow("retry: bad --exclude-status") << QStringList{
            QStringLiteral("retry"), QStringLiteral("b"), QStringLiteral("--exclude-status"), QStringLiteral("4x")};
        QTest::newRow("retry --dry-run without -o")
            << QStringList{QStringLiteral("retry"), QStringLiteral("b"), QStringLiteral("--dry-run")};
        QTest::newRow("bad --gateway-routes")
            << QStringList{QStringLiteral("list"), QStringLiteral("--gateway-routes"), QStringLiteral("v2")};
        QTest::newRow("--gateway-routes off a gateway")
            << QStringList{QStringLiteral("list"), QStringLiteral("--backend"), QStringLiteral("openai"),
                           QStringLiteral("--gateway-routes"), QStringLiteral("openai")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = ctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("batchctl: "));
    }

    void cancelSeveral()
    {
        QStringList running;
        for (const QJsonValue &v : listJson({QStringLiteral("--status"), QStringLiteral("in_progress")}))
            running << v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(running.size() >= 2);
        const Run r = ctl({QStringLiteral("cancel"), running.at(0), QStringLiteral("missing-one"), running.at(1),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // one of three failed
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray &line : lines)
            QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("status")).toString(),
                     QStringLiteral("cancelling"));
        QVERIFY(r.err.contains("missing-one"));
    }

    void resultsAndExport()
    {
        QJsonObject done;
        for (const QJsonValue &v : listJson({QStringLiteral("--status"), QStringLiteral("completed")})) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("error_file_id"))
                && o.value(QStringLiteral("request_counts")).toObject().value(QStringLiteral("total")).toInt() <= 2000)
                done = o;
        }
        QVERIFY(!done.isEmpty());
        const QString id = done.value(QStringLiteral("id")).toString();
        const int total
            = done.value(QStringLiteral("request_counts")).toObject().value(QStringLiteral("total")).toInt();
        const int failed
            = done.value(QStringLiteral("request_counts")).toObject().value(QStringLiteral("failed")).toInt();

        const Run results = ctl({QStringLiteral("results"), id, QStringLiteral("--json")});
        QCOMPARE(results.exitCode, 0);
        const QList<QByteArray> lines = results.out.trimmed().split('\n');
        QCOMPARE(lines.size(), total);
        for (const QByteArray &line : lines) {
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            QVERIFY(!row.isEmpty());
            for (const char *key : {"custom_id", "outcome", "status_code", "body", "error"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
        }
        const Run failedOnly = ctl({QStringLiteral("results"), id, QStringLiteral("--json"), QStringLiteral("--only"),
                                    QStringLiteral("failed")});
        QCOMPARE(failedOnly.out.count('\n'), failed);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.jsonl"));
        const Run exported = ctl({QStringLiteral("export"), id, QStringLiteral("-o"), path});
        QCOMPARE(exported.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> exportedLines = file.readAll().trimmed().split('\n');
        QCOMPARE(exportedLines.size(), total);
        // As received: the provider's own lines, with their "id" field.
        QVERIFY(exportedLines.first().startsWith("{\"id\":\"batch_req_"));

        // The normalised export is exactly what `results --json` prints.
        const QString normalized = dir.filePath(QStringLiteral("normalized.jsonl"));
        QCOMPARE(ctl({QStringLiteral("export"), id, QStringLiteral("-o"), normalized, QStringLiteral("--normalized")})
                     .exitCode,
                 0);
        QFile normalizedFile(normalized);
        QVERIFY(normalizedFile.open(QIODevice::ReadOnly));
        QCOMPARE(normalizedFile.readAll(), results.out);

        // --only failed, as received: the error file's own lines.
        const QString failedPath = dir.filePath(QStringLiteral("failed.jsonl"));
        QCOMPARE(ctl({QStringLiteral("export"), id, QStringLiteral("-o"), failedPath, QStringLiteral("--only"),
                      QStringLiteral("failed")})
                     .exitCode,
                 0);
        QFile failedFile(failedPath);
        QVERIFY(failedFile.open(QIODevice::ReadOnly));
        QCOMPARE(failedFile.readAll().count('\n'), failed);

        const Run unwritable = ctl(
            {QStringLiteral("export"), id, QStringLiteral("-o"), dir.path() + QStringLiteral("/no/such/dir/x.jsonl")});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(unwritable.err.startsWith("batchctl: export failed: "));
    }

    void retryDryRunThenRetry()
    {
        QJsonObject done;
        for (const QJsonValue &v : listJson({QStringLiteral("--status"), QStringLiteral("completed")})) {
            const QJsonObject o = v.toObject();
            const QJsonObject counts = o.value(QStringLiteral("request_counts")).toObject();
            if (counts.value(QStringLiteral("failed")).toInt() > 0
                && counts.value(QStringLiteral("total")).toInt() <= 2000)
                done = o;
        }
        QVERIFY(!done.isEmpty());
        const QString id = done.value(QStringLiteral("id")).toString();
        const int failed
            = done.value(QStringLiteral("request_counts")).toObject().value(QStringLiteral("failed")).toInt();

        // --dry-run: the new input, the failed requests' own lines, and nothing submitted.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("retry.jsonl"));
        const int before = listJson().size();
        const Run dry = ctl({QStringLiteral("retry"), id, QStringLiteral("--dry-run"), QStringLiteral("-o"), path});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("%1 requests (%1 failed)").arg(failed).toUtf8()), dry.out.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), failed);
        const Run failedRows = ctl({QStringLiteral("results"), id, QStringLiteral("--json"), QStringLiteral("--only"),
                                    QStringLiteral("failed")});
        QSet<QString> failedIds;
        for (const QByteArray &row : failedRows.out.trimmed().split('\n'))
            failedIds.insert(QJsonDocument::fromJson(row).object().value(QStringLiteral("custom_id")).toString());
        for (const QByteArray &line : lines) {
            const QJsonObject request = QJsonDocument::fromJson(line).object();
            QVERIFY(failedIds.contains(request.value(QStringLiteral("custom_id")).toString()));
            QVERIFY(request.contains(QStringLiteral("body")));
        }
        QCOMPARE(listJson().size(), before);

        // Leaving every failure out leaves nothing to send.
        const Run none = ctl({QStringLiteral("retry"), id, QStringLiteral("--include"), QStringLiteral("failed"),
                              QStringLiteral("--exclude-status"), QStringLiteral("4xx,5xx")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.err.contains("nothing to retry"), none.err.constData());
        QCOMPARE(listJson().size(), before);

        // Submitted: one new batch of those requests, linked to the one it retries.
        const Run sent = ctl({QStringLiteral("retry"), id, QStringLiteral("--json")});
        QCOMPARE(sent.exitCode, 0);
        const QJsonObject batch = QJsonDocument::fromJson(sent.out).object();
        QCOMPARE(batch.value(QStringLiteral("request_counts")).toObject().value(QStringLiteral("total")).toInt(),
                 failed);
        const QJsonObject metadata = batch.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("bc_retry_of")).toString(), id);
        QCOMPARE(metadata.value(QStringLiteral("bc_chain")).toString(), id);
        QCOMPARE(metadata.value(QStringLiteral("bc_attempt")).toString(), QStringLiteral("2"));
        QCOMPARE(batch.value(QStringLiteral("endpoint")), done.value(QStringLiteral("endpoint")));
        QCOMPARE(listJson().size(), before + 1);

        const Run active = ctl({QStringLiteral("retry"), batch.value(QStringLiteral("id")).toString()});
        QCOMPARE(active.exitCode, 1);
        QVERIFY2(active.err.startsWith("batchctl: retry failed: "), active.err.constData());
        QVERIFY2(active.err.contains("the batch has not ended yet"), active.err.constData());
    }

    void failuresAreGroupedMostCommonFirst()
    {
        QJsonObject done;
        for (const QJsonValue &v : listJson({QStringLiteral("--status"), QStringLiteral("completed")})) {
            const QJsonObject counts = v.toObject().value(QStringLiteral("request_counts")).toObject();
            if (counts.value(QStringLiteral("failed")).toInt() >= 5
                && counts.value(QStringLiteral("total")).toInt() <= 3000)
                done = v.toObject();
        }
        QVERIFY(!done.isEmpty());
        const QString id = done.value(QStringLiteral("id")).toString();
        const int failed
            = done.value(QStringLiteral("request_counts")).toObject().value(QStringLiteral("failed")).toInt();
        const Run r = ctl({QStringLiteral("failures"), id, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        int total = 0;
        int previous = INT_MAX;
        QSet<QString> groups;
        for (const QByteArray &line : r.out.trimmed().split('\n')) {
            const QJsonObject g = QJsonDocument::fromJson(line).object();
            for (const char *key : {"count", "status_code", "code", "pattern", "example_custom_id"})
                QVERIFY2(g.contains(QLatin1String(key)), key);
            const int count = g.value(QStringLiteral("count")).toInt();
            QVERIFY(count <= previous);
            previous = count;
            total += count;
            QVERIFY(!g.value(QStringLiteral("pattern")).toString().contains(QRegularExpression(QStringLiteral("\\d"))));
            groups.insert(QString::number(g.value(QStringLiteral("status_code")).toInt())
                          + g.value(QStringLiteral("code")).toString());
        }
        QCOMPARE(total, failed);
        QVERIFY(groups.size() >= 2); // the simulator fails in four ways

        const Run text = ctl({QStringLiteral("failures"), id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("%1 failed: ").arg(failed).toUtf8()), text.out.constData());
        QVERIFY(text.out.startsWith("COUNT"));
    }

    void createFromAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 12; ++i)
            file.write(
                QStringLiteral(
                    R"({"custom_id":"c%1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}})")
                    .arg(i)
                    .toUtf8()
                + "\n");
        file.close();
        const Run r = ctl({QStringLiteral("create"), QStringLiteral("--file"), path, QStringLiteral("--model"),
                           QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("--metadata"),
                           QStringLiteral("team=ml"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject batch = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(batch.value(QStringLiteral("status")).toString(), QStringLiteral("validating"));
        QCOMPARE(batch.value(QStringLiteral("request_counts")).toObject().value(QStringLiteral("total")).toInt(), 12);
        QCOMPARE(batch.value(QStringLiteral("endpoint")).toString(), QStringLiteral("/v1/chat/completions"));
        QCOMPARE(batch.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("team")).toString(),
                 QStringLiteral("ml"));

        QFile broken(dir.filePath(QStringLiteral("broken.jsonl")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"custom_id\":\"a\"}\nnot json\n");
        broken.close();
        const Run bad = ctl({QStringLiteral("create"), QStringLiteral("--file"), broken.fileName(),
                             QStringLiteral("--model"), QStringLiteral("openai/gpt-4o-mini")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("line 2, column 1: this is not a JSON value"), bad.err.constData());
        QVERIFY(bad.err.contains("nothing was uploaded"));
    }

    void versionAndHelp()
    {
        const Run v = batchctl({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out, QByteArray("batchctl " BATCH_CONSOLE_VERSION "\n"));
        const Run h = batchctl({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("--virtual-key"));
        QVERIFY(h.out.contains("export ID -o FILE.jsonl"));
    }

    void unreachableGatewayIsANetworkError()
    {
        const Run r = batchctl({QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1"),
                                QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("list")},
                               cleanEnv());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("batchctl: list failed: network error"), r.err.constData());
    }

    void keysFromOptionsAndEnvironment()
    {
        SimProcess secured({QStringLiteral("--require-key"), QStringLiteral("sk-bf-test-123")});
        QVERIFY(!secured.url().isEmpty());
        const Run denied = batchctl({QStringLiteral("--url"), secured.url(), QStringLiteral("list")}, cleanEnv());
        QCOMPARE(denied.exitCode, 1);
        QVERIFY(denied.err.contains("HTTP 401"));
        QVERIFY(!denied.err.contains("sk-bf-test-123"));
        const Run byOption = batchctl({QStringLiteral("--url"), secured.url(), QStringLiteral("--virtual-key"),
                                       QStringLiteral("sk-bf-test-123"), QStringLiteral("list")},
                                      cleanEnv());
        QCOMPARE(byOption.exitCode, 0);
        QProcessEnvironment env = cleanEnv();
        env.insert(QStringLiteral("BATCH_CONSOLE_API_KEY"), QStringLiteral("sk-bf-test-123"));
        env.insert(QStringLiteral("BATCH_CONSOLE_URL"), secured.url());
        const Run byEnv = batchctl({QStringLiteral("list"), QStringLiteral("--json")}, env);
        QCOMPARE(byEnv.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(byEnv.out).isArray());
    }

    void directBackends()
    {
        SimProcess anthropic({QStringLiteral("--dialect"), QStringLiteral("anthropic"),
                              QStringLiteral("--anthropic-batches"), QStringLiteral("23"),
                              QStringLiteral("--require-key"), QStringLiteral("sk-ant-test")});
        QProcessEnvironment env = cleanEnv();
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test"));
        auto run = [&](QStringList args) {
            return batchctl(QStringList{QStringLiteral("--backend"), QStringLiteral("anthropic"),
                                        QStringLiteral("--url"), anthropic.url()}
                                + args,
                            env);
        };
        const Run listed = run({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray batches = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(batches.size(), 23);
        QCOMPARE(batches.first()
                     .toObject()
                     .value(QStringLiteral("extra_fields"))
                     .toObject()
                     .value(QStringLiteral("provider"))
                     .toString(),
                 QStringLiteral("anthropic"));

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("req.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"custom_id":"x1","method":"POST","url":"/v1/messages","body":{"model":"claude-3-5-haiku","max_tokens":10,"messages":[]}})"
            "\n");
        file.write(R"({"custom_id":"x2","params":{"model":"claude-3-5-haiku","max_tokens":10,"messages":[]}})"
                   "\n");
        file.close();
        const Run created
            = run({QStringLiteral("create"), QStringLiteral("--file"), file.fileName(), QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.err.contains("1 request(s) in OpenAI's shape"));
        QCOMPARE(QJsonDocument::fromJson(created.out)
                     .object()
                     .value(QStringLiteral("request_counts"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 2);

        QString ended;
        for (const QJsonValue &v : batches) {
            if (v.toObject().value(QStringLiteral("status")).toString() == u"ended")
                ended = v.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!ended.isEmpty());
        const Run results = run({QStringLiteral("results"), ended, QStringLiteral("--json")});
        QCOMPARE(results.exitCode, 0);
        QVERIFY(results.out.count('\n') > 0);
        QCOMPARE(run({QStringLiteral("delete"), ended}).exitCode, 0);
        const Run gone = run({QStringLiteral("show"), ended});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY(gone.err.contains("HTTP 404 not_found_error"));

        // Without the key: a 401 in Anthropic's shape, and the key never printed.
        const Run denied = batchctl({QStringLiteral("--backend"), QStringLiteral("anthropic"), QStringLiteral("--url"),
                                     anthropic.url(), QStringLiteral("list")},
                                    cleanEnv());
        QCOMPARE(denied.exitCode, 1);
        QVERIFY(denied.err.contains("HTTP 401"));

        SimProcess openai(
            {QStringLiteral("--dialect"), QStringLiteral("openai"), QStringLiteral("--batches"), QStringLiteral("31")});
        const Run openaiList = batchctl({QStringLiteral("--backend"), QStringLiteral("openai"), QStringLiteral("--url"),
                                         openai.url(), QStringLiteral("list"), QStringLiteral("--all")},
                                        cleanEnv());
        QCOMPARE(openaiList.exitCode, 0);
        QVERIFY(openaiList.out.endsWith("31 batches\n"));
        QCOMPARE(batchctl({QStringLiteral("--backend"), QStringLiteral("gemini"), QStringLiteral("list")}, cleanEnv())
                     .exitCode,
                 2);
    }

    void demoMode()
    {
        const Run r = batchctl(
            {QStringLiteral("--demo"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")},
            cleanEnv());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).array().size() >= 30);
    }
};

QTEST_GUILESS_MAIN(TestBatchctl)
#include "tst_batchctl.moc"
