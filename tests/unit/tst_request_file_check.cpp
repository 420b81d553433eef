// The line-by-line check of a request file before it is uploaded.
#include "input/RequestFileCheck.h"

#include <QLocale>
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
            content
                += QStringLiteral(
                       R"({"custom_id":"r%1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[]}})")
                       .arg(i)
                       .toUtf8()
                   + "\r\n";
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
        QCOMPARE(r.errors.at(1), QStringLiteral("line 3, column 1: this is not a JSON value"));
        QCOMPARE(r.errors.at(2), QStringLiteral("line 4: custom_id is missing or not a string"));
        QCOMPARE(r.errors.at(3), QStringLiteral("line 5: missing method, body"));
    }

    void parseErrorsSayWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("message");
        // An object left open is an unclosed object, not "an unterminated string".
        QTest::newRow("unclosed object") << QByteArray("{\"custom_id\":\"b\",\"method\":\"POST\"")
                                         << QStringLiteral(
                                                "line 2, column 33: the object is not closed (a missing \"}\")");
        QTest::newRow("unclosed string") << QByteArray(
            "{\"custom_id\":\"b") << QStringLiteral("line 2, column 16: a string is not closed (a missing '\"')");
        QTest::newRow("missing colon") << QByteArray("{\"custom_id\" \"b\"}")
                                       << QStringLiteral("line 2, column 14: a \":\" is missing after a key");
        QTest::newRow("a list, not an object") << QByteArray("[1,2]") << QStringLiteral("line 2: not a JSON object");
        // Columns count characters, not bytes.
        QTest::newRow("after unicode") << QByteArray("{\"\xc3\xa4\":1 \"b\":2}")
                                       << QStringLiteral("line 2, column 8: a \",\" or \"}\" is missing");
    }

    void parseErrorsSayWhatAndWhere()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, message);
        QByteArray good = "{\"custom_id\":\"a\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}";
        const QByteArray first = good;
        const RequestFileReport r
            = RequestFileCheck::check(write(first + "\n" + line + "\n" + good.replace("\"a\"", "\"c\"") + "\n"));
        QCOMPARE(r.errorCount, 1);
        QCOMPARE(r.errors.first(), message);
    }

    void countsPhysicalLines()
    {
        // Six lines, two of them broken and one blank: the summary speaks of six lines, not four.
        const QByteArray content = "{\"custom_id\":\"a\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}\n"
                                   "{\"custom_id\":\"b\",\"method\":\"POST\"\n"
                                   "\n"
                                   "nope\n"
                                   "{\"custom_id\":\"e\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}\n"
                                   "{\"custom_id\":\"f\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}\n";
        const RequestFileReport r = RequestFileCheck::check(write(content));
        QCOMPARE(r.lines, 6);
        QCOMPARE(r.requests, 3);
        QCOMPARE(r.errorCount, 2);
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
            content += "{\"custom_id\":\"" + QByteArray::number(i)
                       + "\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}\n";
        const RequestFileReport r = RequestFileCheck::check(write(content));
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(QLocale().toString(50000)));
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
