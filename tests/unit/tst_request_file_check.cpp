// The line-by-line check of a request file before it is uploaded.
#include "input/RequestFileCheck.h"

#include <QTemporaryDir>
#include <QTest>

class TestRequestFileCheck : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

    QString write(const QByteArray &content)
    {
        static int n = 0;
        const QString path = dir.filePath(QStringLiteral("r%1.jsonl").arg(++n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void goodFile()
    {
        QByteArray content;
        for (int i = 0; i < 10; ++i)
            content += QStringLiteral(R"({"custom_id":"r%1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[]}})").arg(i).toUtf8() + "\r\n";
        content += "\n"; // a trailing blank line is fine
        const RequestFileReport r = RequestFileCheck::check(write(content));
        QVERIFY(r.ok());
        QCOMPARE(r.requests, 10);
        QCOMPARE(r.bytes, content.size());
        QCOMPARE(r.dominantUrl(), QStringLiteral("/v1/chat/completions"));
        QCOMPARE(r.dominantModel(), QStringLiteral("gpt-4o-mini"));
        QVERIFY(r.warnings.isEmpty());
    }

    void everyProblemIsNamedWithItsLine()
    {
        const QByteArray content = R"({"custom_id":"a","method":"POST","url":"/v1/embeddings","body":{}}
{"custom_id":"a","method":"POST","url":"/v1/embeddings","body":{}}
not json
{"method":"POST","url":"/v1/embeddings","body":{}}
{"custom_id":"c","url":"/v1/embeddings"}
)";
        const RequestFileReport r = RequestFileCheck::check(write(content));
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCount, 4);
        QCOMPARE(r.errors.at(0), QStringLiteral("line 2: custom_id \"a\" repeats line 1"));
        QVERIFY(r.errors.at(1).startsWith(QStringLiteral("line 3: not a JSON object")));
        QCOMPARE(r.errors.at(2), QStringLiteral("line 4: custom_id is missing or not a string"));
        QCOMPARE(r.errors.at(3), QStringLiteral("line 5: missing method, body"));
    }

    void emptyFileAndMissingFile()
    {
        QVERIFY(!RequestFileCheck::check(write("\n\n")).ok());
        const RequestFileReport missing = RequestFileCheck::check(dir.filePath(QStringLiteral("nope.jsonl")));
        QVERIFY(!missing.readError.isEmpty());
    }

    void warnsAboveTheLimit()
    {
        QByteArray content;
        content.reserve(60000 * 80);
        for (int i = 0; i < 50001; ++i)
            content += "{\"custom_id\":\"" + QByteArray::number(i) + "\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}\n";
        const RequestFileReport r = RequestFileCheck::check(write(content));
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(QStringLiteral("50,000")));
    }

    void cancellable()
    {
        std::atomic_bool cancel{true};
        const RequestFileReport r = RequestFileCheck::check(write("{\"custom_id\":\"a\"}\n"), {}, &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestRequestFileCheck)
#include "tst_request_file_check.moc"
