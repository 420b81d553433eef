// The results index against an independent QJsonDocument reading, the
// export (byte for byte, normalised, failures and cancellation), and
// malformed input.
#include "results/AnswerText.h"
#include "results/ResultIndex.h"
#include "results/ResultLineParser.h"
#include "results/ResultSearch.h"
#include "results/ResultsExporter.h"
#include "results/ResultsIndexer.h"
#include "results/kernels/ParseKernel.h"
#include "json/ResultEncoder.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

#include "ResultLinesData.h"
#include "TestData.h"

using namespace ResultLines;

class TestResultsIndex : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

    static bool hasEscapeJsonLacks(const QByteArray &line)
    {
        for (qsizetype i = 0; i + 1 < line.size(); ++i) {
            if (line.at(i) != '\\')
                continue;
            if (!QByteArrayView("\"\\/bfnrtu").contains(line.at(i + 1)))
                return true;
            ++i; // the escaped character, which may itself be a backslash
        }
        return false;
    }

private Q_SLOTS:
    void agreesWithQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("ending");
        QTest::addColumn<bool>("finalNewline");
        QTest::newRow("LF") << QByteArray("\n") << true;
        QTest::newRow("CRLF") << QByteArray("\r\n") << true;
        QTest::newRow("no final newline") << QByteArray("\n") << false;
    }
    void agreesWithQJsonDocument()
    {
        QFETCH(QByteArray, ending);
        QFETCH(bool, finalNewline);
        const QList<QByteArray> lines = variedLines();
        QByteArray content = lines.join(ending);
        if (finalNewline)
            content += ending;
        const QString path = writeFile(
            dir,
            QStringLiteral("varied-%1.jsonl").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')),
            content);
        for (int threads : {1, 2}) {
            const auto index = indexOf(path, threads, 1024);
            QVERIFY(index);
            QCOMPARE(index->rowCount(), lines.size());
            for (int row = 0; row < lines.size(); ++row) {
                const Reference r = reference(lines.at(row));
                QCOMPARE(index->rawRow(row).toByteArray(), lines.at(row));
                QCOMPARE(index->customId(row), r.customId);
                QCOMPARE(index->outcome(row), r.outcome);
                QCOMPARE(int(index->entry(row).statusCode), r.status);
                QCOMPARE(index->errorCode(row), r.errorCode);
                QCOMPARE(qint64(index->entry(row).inputTokens), r.in);
                QCOMPARE(qint64(index->entry(row).outputTokens), r.out);
                // The full decode says the same, and keeps the row's bytes.
                const ResultRow full = index->decode(row);
                QCOMPARE(full.customId, r.customId);
                QCOMPARE(full.outcome, r.outcome);
                QCOMPARE(full.raw, lines.at(row));
            }
            QVERIFY(index->memoryBytes() <= qint64(64) * index->rowCount() + 4096);
        }
    }

    // The property beside the fuzzers: for random valid result files, the
    // simdjson index and a QJsonDocument reading agree on every row, in JSONL
    // (LF and CRLF, split across threads) and in the gateway's /results document.
    void randomFilesAgreeWithQJsonDocument()
    {
        const quint32 seed = qEnvironmentVariableIsSet("RESULTS_PROPERTY_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("RESULTS_PROPERTY_SEED"))
                                 : QRandomGenerator::global()->generate();
        QRandomGenerator rng(seed);
        for (int file = 0; file < 40; ++file) {
            QList<QByteArray> lines;
            const int rows = 1 + int(rng.bounded(300));
            for (int i = 0; i < rows; ++i)
                lines << randomResultLine(rng, i);
            const bool crlf = rng.bounded(2) == 0;
            const bool json = rng.bounded(4) == 0;
            QString path;
            std::shared_ptr<ResultIndex> index;
            if (json) {
                const QByteArray doc = resultsDocument(lines);
                path = writeFile(dir, QStringLiteral("property-%1.json").arg(file), doc + QByteArray(64, ' '));
                index = ResultsIndexer::build(
                            {{path, QStringLiteral("results"), ResultIndex::SourceFormat::ResultsJson, doc.size()}})
                            .index;
            } else {
                path = writeFile(dir, QStringLiteral("property-%1.jsonl").arg(file),
                                 lines.join(crlf ? "\r\n" : "\n") + (rng.bounded(2) ? "\n" : ""));
                index = indexOf(path, 1 + int(rng.bounded(2)), 512);
            }
            const QString where
                = QStringLiteral("seed %1 (set RESULTS_PROPERTY_SEED to repeat), file %2").arg(seed).arg(file);
            QVERIFY2(index, qPrintable(where));
            QVERIFY2(index->rowCount() == lines.size(), qPrintable(where));
            for (int row = 0; row < lines.size(); ++row) {
                const Reference r = reference(lines.at(row));
                const QString at = where + QStringLiteral(", row %1: ").arg(row) + QString::fromUtf8(lines.at(row));
                QVERIFY2(index->customId(row) == r.customId, qPrintable(at));
                QVERIFY2(index->outcome(row) == r.outcome, qPrintable(at));
                QVERIFY2(int(index->entry(row).statusCode) == r.status, qPrintable(at));
                QVERIFY2(qint64(index->entry(row).inputTokens) == r.in, qPrintable(at));
                QVERIFY2(qint64(index->entry(row).outputTokens) == r.out, qPrintable(at));
                QVERIFY2(index->errorCode(row) == r.errorCode, qPrintable(at));
            }
        }
    }

    // Every kernel this CPU can run reads every shape the same way, the
    // malformed lines included, in JSONL and in the gateway's results document.
    void everyKernelReadsTheSame()
    {
        const std::vector<const ParseKernel::Kernel *> kernels = ParseKernel::runnable();
        QVERIFY(!kernels.empty());
        QCOMPARE(QLatin1String(kernels.back()->name), QLatin1String("fallback")); // runs anywhere
        const std::string chosen = ParseKernel::active().name;
        const QList<QByteArray> lines = variedLines();
        const QString jsonl = writeFile(dir, QStringLiteral("kernels.jsonl"), lines.join('\n') + '\n');
        const QString malformed = writeFile(dir, QStringLiteral("kernels-malformed.jsonl"), malformedContent());
        const QByteArray doc = resultsDocument(lines);
        const QString document = writeFile(dir, QStringLiteral("kernels.json"), doc + QByteArray(64, ' '));
        for (const ParseKernel::Kernel *kernel : kernels) {
            QVERIFY(ParseKernel::useKernel(kernel->name));
            QCOMPARE(QLatin1String(ResultLineParser::implementationName()), QLatin1String(kernel->name));
            const auto index = indexOf(jsonl, 2, 1024);
            QVERIFY(index);
            QCOMPARE(index->rowCount(), lines.size());
            for (int row = 0; row < lines.size(); ++row) {
                const Reference r = reference(lines.at(row));
                QCOMPARE(index->customId(row), r.customId);
                QCOMPARE(index->outcome(row), r.outcome);
                QCOMPARE(index->errorCode(row), r.errorCode);
                QCOMPARE(qint64(index->entry(row).inputTokens), r.in);
                QCOMPARE(qint64(index->entry(row).outputTokens), r.out);
                QCOMPARE(index->decode(row).customId, r.customId);
            }
            const auto bad = indexOf(malformed);
            QVERIFY(bad);
            QCOMPARE(bad->rowCount(), 5);
            QCOMPARE(bad->outcomeCounts()[int(ResultOutcome::Errored)], 3);
            const auto fromDocument = ResultsIndexer::build({{document, QStringLiteral("results"),
                                                              ResultIndex::SourceFormat::ResultsJson, doc.size()}})
                                          .index;
            QVERIFY(fromDocument);
            QCOMPARE(fromDocument->rowCount(), lines.size());
            QCOMPARE(fromDocument->customId(lines.size() - 1), reference(lines.last()).customId);
        }
        QVERIFY(ParseKernel::useKernel(chosen));
    }

    // The kernel follows simdjson's choice, which SIMDJSON_FORCE_IMPLEMENTATION
    // can force (CTest runs this binary once more with "fallback" forced).
    void kernelFollowsSimdjsonsChoice()
    {
        const QByteArray forced = qgetenv("SIMDJSON_FORCE_IMPLEMENTATION");
        if (!forced.isEmpty())
            QCOMPARE(QLatin1String(ParseKernel::active().name), QLatin1String(forced));
        else
            QCOMPARE(QLatin1String(ParseKernel::active().name), QLatin1String(ParseKernel::runnable().front()->name));
        QVERIFY(!ParseKernel::useKernel("no-such-kernel"));
    }

    // A line is one thing everywhere: the index (summary depth) and the detail
    // view (full depth) agree on every broken line. Fuzzing found lines one of
    // them read as a row and the other as unparsable
    // (tests/data/fuzz-regressions/line-depth-mismatch.jsonl); here every
    // structural character of every shape is deleted, doubled or swapped in turn.
    void summaryAndFullDecodingAgree()
    {
        QList<QByteArray> corpus
            = readTestData(QStringLiteral("fuzz-regressions/line-depth-mismatch.jsonl")).split('\n');
        corpus.removeAll(QByteArray());
        QCOMPARE(corpus.size(), 2);
        const QByteArray structural = "{}[]:,\"";
        for (const QByteArray &good : variedLines()) {
            if (good.size() > 4096)
                continue; // the 1 MB line: its structure is that of a short one
            for (qsizetype i = 0; i < good.size(); ++i) {
                if (!structural.contains(good.at(i)))
                    continue;
                corpus << QByteArray(good).remove(i, 1) << QByteArray(good).insert(i, good.at(i));
                for (char other : structural) {
                    if (other != good.at(i))
                        corpus << QByteArray(good).replace(i, 1, QByteArray(1, other));
                }
            }
        }
        ResultLineParser parser;
        int rejected = 0;
        for (const QByteArray &line : std::as_const(corpus)) {
            const std::string_view view(line.constData(), size_t(line.size()));
            ResultFields summary;
            ResultFields full;
            std::string summaryError;
            std::string fullError;
            const bool summaryOk
                = parser.parseUnpadded(view, ResultLineParser::Depth::Summary, &summary, &summaryError);
            const bool fullOk = parser.parseUnpadded(view, ResultLineParser::Depth::Full, &full, &fullError);
            if (summaryOk != fullOk)
                QFAIL(qPrintable(QStringLiteral("summary says %1, full says %2: %3")
                                     .arg(summaryOk ? QStringLiteral("row") : QString::fromStdString(summaryError),
                                          fullOk ? QStringLiteral("row") : QString::fromStdString(fullError),
                                          QString::fromUtf8(line.left(300)))));
            // Structure is checked everywhere; escapes only in the strings the walk reads
            // (unescaping every answer would cost throughput), the same at both depths.
            // QJsonDocument takes escapes JSON lacks, so it judges only lines without them.
            const bool json = QJsonDocument::fromJson(line).isObject();
            if (!hasEscapeJsonLacks(line) && json != summaryOk)
                QFAIL(qPrintable(QStringLiteral("QJsonDocument says %1, we say %2: %3")
                                     .arg(json ? QStringLiteral("JSON") : QStringLiteral("not JSON"),
                                          summaryOk ? QStringLiteral("a row") : QString::fromStdString(summaryError),
                                          QString::fromUtf8(line.left(300)))));
            rejected += summaryOk ? 0 : 1;
        }
        // The two inputs fuzzing found are not rows.
        for (const QByteArray &line : corpus.mid(0, 2)) {
            ResultFields f;
            std::string error;
            QVERIFY2(!parser.parseUnpadded(std::string_view(line.constData(), size_t(line.size())),
                                           ResultLineParser::Depth::Summary, &f, &error),
                     line.constData());
        }
        QVERIFY(rejected > corpus.size() * 9 / 10); // most mutations break the line; the others are still JSON

        // And the index says of each line what the detail view says.
        const QString path = writeFile(dir, QStringLiteral("broken-corpus.jsonl"), corpus.join('\n') + '\n');
        const auto index = indexOf(path, 2, 1024);
        QVERIFY(index);
        QCOMPARE(index->rowCount(), corpus.size());
        for (int row = 0; row < index->rowCount(); ++row) {
            const bool detailUnparsable = index->decode(row).errorCode == QLatin1String(kUnparsableCode);
            if (index->unparsable(row) != detailUnparsable)
                QFAIL(qPrintable(QStringLiteral("row %1: the index and the detail view disagree: %2")
                                     .arg(row)
                                     .arg(QString::fromUtf8(corpus.at(row).left(300)))));
        }
    }

    void answersFromEveryShape()
    {
        QCOMPARE(AnswerText::extract(R"({"choices":[{"message":{"content":"  chat\nanswer "}}]})"),
                 QStringLiteral("chat answer"));
        QCOMPARE(AnswerText::extract(R"({"choices":[{"text":"completion"}]})"), QStringLiteral("completion"));
        QCOMPARE(AnswerText::extract(
                     R"({"output":[{"type":"message","content":[{"type":"output_text","text":"responses"}]}]})"),
                 QStringLiteral("responses"));
        QCOMPARE(AnswerText::extract(R"({"content":[{"type":"text","text":"anthropic"}]})"),
                 QStringLiteral("anthropic"));
        QCOMPARE(AnswerText::extract(R"({"data":[{"embedding":[0.1,0.2,0.3]}]})"),
                 QStringLiteral("embedding, 3 dimensions"));
        const QString longAnswer = AnswerText::extract(chatBody(QByteArray(500, 'y')), 120);
        QCOMPARE(longAnswer.size(), 120);
        QVERIFY(AnswerText::extract("not json").isEmpty());
    }

    void malformedLinesAreKeptWithTheirLineNumbers()
    {
        const QByteArray content = malformedContent();
        const QString path = writeFile(dir, QStringLiteral("malformed.jsonl"), content);
        for (int threads : {1, 2}) {
            const auto index = indexOf(path, threads, 16);
            QVERIFY(index);
            QCOMPARE(index->rowCount(), 5);
            QCOMPARE(index->customId(0), QStringLiteral("a"));
            QVERIFY(index->unparsable(1));
            QVERIFY(index->unparsable(2));
            QCOMPARE(index->customId(3), QStringLiteral("c"));
            QVERIFY(index->unparsable(4));
            QCOMPARE(index->errorCode(1), QLatin1String(kUnparsableCode));
            QVERIFY2(index->decode(1).errorMessage.startsWith(QStringLiteral("unparsable line 3")),
                     qPrintable(index->decode(1).errorMessage));
            QVERIFY(index->decode(2).errorMessage.startsWith(QStringLiteral("unparsable line 4")));
            QVERIFY(index->decode(4).errorMessage.startsWith(QStringLiteral("unparsable line 6")));
            QCOMPARE(index->outcomeCounts()[int(ResultOutcome::Errored)], 3);
        }
    }

    void resultsJsonIndexedInPlace()
    {
        const QList<QByteArray> lines = variedLines();
        const QByteArray doc = resultsDocument(lines);
        const QString path = writeFile(dir, QStringLiteral("results.json"), doc + QByteArray(64, ' '));
        const ResultIndex::Source source{path, QStringLiteral("results"), ResultIndex::SourceFormat::ResultsJson,
                                         doc.size()};
        const auto index = ResultsIndexer::build({source}).index;
        QVERIFY(index);
        QCOMPARE(index->rowCount(), lines.size());
        for (int row = 0; row < lines.size(); ++row) {
            QCOMPARE(index->rawRow(row).toByteArray(), lines.at(row));
            QCOMPARE(index->customId(row), reference(lines.at(row)).customId);
        }
        // Without our padding (a document from elsewhere) it still works, on a copy.
        const QString bare = writeFile(dir, QStringLiteral("bare.json"), doc);
        const auto copy = ResultsIndexer::build(
                              {{bare, QStringLiteral("results"), ResultIndex::SourceFormat::ResultsJson, doc.size()}})
                              .index;
        QVERIFY(copy);
        QCOMPARE(copy->rowCount(), lines.size());
        // A broken document is an error, not a crash.
        const QString broken = writeFile(dir, QStringLiteral("broken.json"), doc.left(doc.size() / 2));
        const auto failed = ResultsIndexer::build(
            {{broken, QStringLiteral("results"), ResultIndex::SourceFormat::ResultsJson, doc.size() / 2}});
        QVERIFY(!failed.index);
        QVERIFY(!failed.error.isEmpty());
    }

    void twoSourcesInOneIndex()
    {
        const QString out = writeFile(dir, QStringLiteral("out.jsonl"), variedLines().at(0) + "\n");
        const QString err
            = writeFile(dir, QStringLiteral("err.jsonl"), variedLines().at(4) + "\n" + variedLines().at(5) + "\n");
        const auto index
            = ResultsIndexer::build(
                  {{out, QStringLiteral("output file"), ResultIndex::SourceFormat::Jsonl, QFileInfo(out).size()},
                   {err, QStringLiteral("error file"), ResultIndex::SourceFormat::Jsonl, QFileInfo(err).size()}})
                  .index;
        QCOMPARE(index->rowCount(), 3);
        QCOMPARE(index->customId(2), QStringLiteral("exp"));
        QCOMPARE(index->outcomeCounts()[int(ResultOutcome::Succeeded)], 1);
        QCOMPARE(index->outcomeCounts()[int(ResultOutcome::Expired)], 1);
        const QString exported = dir.filePath(QStringLiteral("both.jsonl"));
        QVERIFY(ResultsExporter::write(*index, nullptr, ResultsExporter::Format::AsReceived, exported).ok);
        QCOMPARE(readAll(exported), readAll(out) + readAll(err));
    }

    void asReceivedExportIsByteForByte_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray joined = variedLines().join('\n');
        QTest::newRow("LF") << joined + "\n";
        QTest::newRow("CRLF") << variedLines().join("\r\n") + "\r\n";
        QTest::newRow("no final newline") << joined;
    }
    void asReceivedExportIsByteForByte()
    {
        QFETCH(QByteArray, content);
        const QString source = writeFile(dir, QStringLiteral("src.jsonl"), content);
        const auto index = indexOf(source);
        const QString target = dir.filePath(QStringLiteral("export.jsonl"));
        const auto outcome = ResultsExporter::write(*index, nullptr, ResultsExporter::Format::AsReceived, target);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(readAll(target), content);
        QCOMPARE(outcome.rows, variedLines().size());

        // The selected rows: each row's own bytes, one per line.
        const std::vector<int> rows{4, 1};
        QVERIFY(ResultsExporter::write(*index, &rows, ResultsExporter::Format::AsReceived, target).ok);
        QCOMPARE(readAll(target), variedLines().at(4) + "\n" + variedLines().at(1) + "\n");
    }

    void normalizedExport()
    {
        const QString source = writeFile(dir, QStringLiteral("norm.jsonl"), variedLines().join('\n') + "\n");
        const auto index = indexOf(source);
        const QString target = dir.filePath(QStringLiteral("normalized.jsonl"));
        QVERIFY(ResultsExporter::write(*index, nullptr, ResultsExporter::Format::Normalized, target).ok);
        const QList<QByteArray> lines = readAll(target).trimmed().split('\n');
        QCOMPARE(lines.size(), variedLines().size());
        for (int row = 0; row < lines.size(); ++row) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(row)).object();
            QCOMPARE(o.keys(),
                     (QStringList{QStringLiteral("body"), QStringLiteral("custom_id"), QStringLiteral("error"),
                                  QStringLiteral("outcome"), QStringLiteral("status_code")}));
            QCOMPARE(o.value(QStringLiteral("custom_id")).toString(), reference(variedLines().at(row)).customId);
            QCOMPARE(lines.at(row), ResultEncoder::toNormalizedJson(index->decode(row)));
        }
    }

    void failedAndCancelledExportsLeaveTheTargetAlone()
    {
        const QString source = writeFile(dir, QStringLiteral("keep.jsonl"), variedLines().join('\n') + "\n");
        const auto index = indexOf(source);
        const QString target = writeFile(dir, QStringLiteral("precious.jsonl"), "already here\n");

        std::atomic_bool cancel{true};
        const auto cancelled
            = ResultsExporter::write(*index, nullptr, ResultsExporter::Format::Normalized, target, {}, &cancel);
        QVERIFY(!cancelled.ok);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(readAll(target), QByteArray("already here\n"));

        const auto noDir = ResultsExporter::write(*index, nullptr, ResultsExporter::Format::AsReceived,
                                                  dir.filePath(QStringLiteral("missing/x.jsonl")));
        QVERIFY(!noDir.ok);
        QVERIFY(noDir.error.startsWith(QStringLiteral("cannot write")));

        // A full disk: a file size limit makes the writes fail part way (EFBIG), like ENOSPC would.
        {
            struct rlimit old
            { };
            getrlimit(RLIMIT_FSIZE, &old);
            const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit tiny = old;
            tiny.rlim_cur = 4096;
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
            const auto full = ResultsExporter::write(*index, nullptr, ResultsExporter::Format::Normalized, target);
            setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, previousHandler);
            QVERIFY(!full.ok);
            QVERIFY2(full.error.startsWith(QStringLiteral("cannot write"))
                         || full.error.startsWith(QStringLiteral("cannot save")),
                     qPrintable(full.error));
            QCOMPARE(readAll(target), QByteArray("already here\n"));
        }
    }

    void indexingIsCancellable()
    {
        // One line, built once: variedLines() makes a 1.2 MB line each time it is called.
        const QByteArray line = variedLines().at(0) + "\n";
        QByteArray content;
        content.reserve(line.size() * 20000);
        for (int i = 0; i < 20000; ++i)
            content += line;
        const QString path = writeFile(dir, QStringLiteral("many.jsonl"), content);
        std::atomic_bool cancel{true};
        const auto outcome = ResultsIndexer::build(
            {{path, QStringLiteral("x"), ResultIndex::SourceFormat::Jsonl, content.size()}}, {}, &cancel);
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.index);
    }

    void searchesAnswersAndIds()
    {
        const QString source = writeFile(dir, QStringLiteral("search.jsonl"), variedLines().join('\n') + "\n");
        const auto index = indexOf(source);
        const auto hits = ResultSearch::rowsWithAnswerContaining(*index, QStringLiteral("QUOTED\" \\"));
        QCOMPARE(hits, (std::vector<int>{2}));
        QCOMPARE(ResultSearch::rowsWithAnswerContaining(*index, QStringLiteral("größe")), (std::vector<int>{1}));
        QVERIFY(ResultSearch::rowsWithAnswerContaining(*index, QStringLiteral("nowhere to be found")).empty());
        QVERIFY(index->customIdContains(0, "ain-"));
        QVERIFY(!index->customIdContains(0, "zzz"));
        QVERIFY(index->customIdContains(2, "aped\\")); // escaped ids are searched unescaped
    }
};

QTEST_GUILESS_MAIN(TestResultsIndex)
#include "tst_results_index.moc"
