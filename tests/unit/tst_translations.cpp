// The German translation is complete and reaches the user: the catalogues
// hold every string, and a German session through the windows, dialogs and
// core's error texts asks the translator for nothing it cannot answer.
#include "Screenshots.h"
#include "SimFixture.h"
#include "actions/BatchActions.h"
#include "context/ApplicationContext.h"
#include "dialogs/ConnectionsDialog.h"
#include "dialogs/NewBatchDialog.h"
#include "input/RequestFileCheck.h"
#include "itemmodels/BatchFilterProxy.h"
#include "itemmodels/BatchTableModel.h"
#include "itemmodels/ResultTableModel.h"
#include "log/ActivityLog.h"
#include "refresh/RefreshScheduler.h"
#include "secrets/SecretStore.h"
#include "session/ConnectionSession.h"
#include "session/Workspace.h"
#include "settings/ProfileStore.h"
#include "widgets/BatchDetailsPane.h"
#include "widgets/BatchTableView.h"
#include "widgets/StatusFilterBar.h"
#include "windows/MainWindow.h"
#include "windows/ResultsWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

// The German catalogue, noting every question about one of our own strings
// that it has no answer for. Qt's own contexts all begin with "Q"; ours never do.
class MissRecordingTranslator : public QTranslator
{
public:
    QTranslator german;
    mutable QSet<QString> misses;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        const QString answer = german.translate(context, sourceText, disambiguation, n);
        if (answer.isEmpty() && context && context[0] != 'Q' && sourceText && *sourceText)
            misses.insert(QStringLiteral("[%1] %2").arg(QLatin1String(context), QString::fromUtf8(sourceText)));
        return answer;
    }
    bool isEmpty() const override { return german.isEmpty(); }
};

class TestTranslations : public QObject
{
    Q_OBJECT
    QTemporaryDir settingsDir;
    QTemporaryDir work;
    MissRecordingTranslator recorder;
    QTranslator qtGerman;

    struct Counts
    {
        int messages = 0;
        int unfinished = 0;
        int numerus = 0;
        int numerusForms = 0;
    };

    static Counts count(const QString &path)
    {
        Counts c;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return c;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"message") {
                ++c.messages;
                if (xml.attributes().value(QStringLiteral("numerus")) == u"yes")
                    ++c.numerus;
            } else if (xml.name() == u"translation"
                       && xml.attributes().value(QStringLiteral("type")) == u"unfinished") {
                ++c.unfinished;
            } else if (xml.name() == u"numerusform") {
                ++c.numerusForms;
            }
        }
        return c;
    }

    QString missesText() const
    {
        QStringList list(recorder.misses.begin(), recorder.misses.end());
        list.sort();
        return list.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("BatchConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QVERIFY(recorder.german.load(QStringLiteral(QM_DIR "/batch-console_de.qm")));
        const QLocale german(QLocale::German, QLocale::Germany);
        QLocale::setDefault(german);
        if (qtGerman.load(german, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtGerman);
        QCoreApplication::installTranslator(&recorder);
        // The recorder itself works: a string no catalogue has is noted, Qt's own are not.
        QCoreApplication::translate("StatusCategory", "a string no catalogue has");
        QCoreApplication::translate("QDialogButtonBox", "a string no catalogue has");
        QCOMPARE(recorder.misses.size(), 1);
        recorder.misses.clear();
    }

    void germanIsComplete()
    {
        const Counts de = count(QStringLiteral(TRANSLATIONS_DIR "/batch-console_de.ts"));
        QVERIFY(de.messages > 300);
        QCOMPARE(de.unfinished, 0);
        QCOMPARE(de.numerusForms, de.numerus * 2); // German has two plural forms
    }

    void englishHasEveryPlural()
    {
        const Counts en = count(QStringLiteral(TRANSLATIONS_DIR "/batch-console_en.ts"));
        QVERIFY(en.numerus > 10);
        QCOMPARE(en.numerusForms, en.numerus * 2);
    }

    void cataloguesTranslate()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(QM_DIR "/batch-console_de.qm")));
        QCOMPARE(de.translate("StatusCategory", "Cancelled"), QStringLiteral("Abgebrochen"));
        // The translator picks the plural form; %n is filled in by tr() afterwards.
        const char *stop = "Stop %Ln batch(es)? Requests already done keep their results.";
        QVERIFY(de.translate("BatchActions", stop, nullptr, 3).startsWith(QStringLiteral("%Ln Batches stoppen?")));
        QVERIFY(de.translate("BatchActions", stop, nullptr, 1).startsWith(QStringLiteral("Batch stoppen?")));
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(QM_DIR "/batch-console_en.qm")));
        QCOMPARE(en.translate("ResultsWindow", "%Ln answer(s) contain \"%1\".", nullptr, 1),
                 QStringLiteral("%Ln answer contains \"%1\"."));
        QCOMPARE(en.translate("ResultsWindow", "%Ln answer(s) contain \"%1\".", nullptr, 4),
                 QStringLiteral("%Ln answers contain \"%1\"."));
        // Strings that are not plurals stay the English source.
        QVERIFY(en.translate("StatusCategory", "Cancelled").isEmpty());
    }

    void coreErrorTextsAreGerman()
    {
        // Every kind of failure, as a person reads it: no English left around the server's words.
        ApiError http = ApiError::fromHttpBody(QStringLiteral("cancel"), 404,
                                               R"({"error":{"message":"No batch found","code":"not_found"}})");
        http.retryAfterMs = qint64(3600) * 1000;
        QCOMPARE(http.toString(),
                 QStringLiteral(
                     "Abbrechen fehlgeschlagen: HTTP 404 not_found: No batch found (neuer Versuch nach 3.600 s)"));
        for (auto kind : {ApiError::Kind::Timeout, ApiError::Kind::Network, ApiError::Kind::Decode,
                          ApiError::Kind::Protocol, ApiError::Kind::Cancelled, ApiError::Kind::Local}) {
            const QString text = ApiError::make(kind, QStringLiteral("download file"), QString()).toString();
            QVERIFY2(text.startsWith(QStringLiteral("Datei herunterladen fehlgeschlagen: ")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("failed")), qPrintable(text));
        }
        // The file checker speaks German too, with the locale's numbers.
        const QString path = work.filePath(QStringLiteral("bad.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"custom_id\":\"a\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}\n{\"custom_id\":\"b\",\"method\":\"POST\"\n"
            "{\"custom_id\":\"c\"}\n");
        file.close();
        const RequestFileReport report = RequestFileCheck::check(path);
        QCOMPARE(report.errors.value(0),
                 QStringLiteral("Zeile 2, Spalte 33: das Objekt ist nicht geschlossen (es fehlt eine „}“)"));
        QCOMPARE(report.errors.value(1), QStringLiteral("Zeile 3: es fehlt method, url, body"));
        QVERIFY2(recorder.misses.isEmpty(), qPrintable(missesText()));
    }

    void aGermanSessionAsksForNothingUntranslated()
    {
        SimOptions o = SimFixture::defaultOptions();
        o.openAiBatches = 30;
        o.anthropicBatches = 10;
        o.largeResultRows = 300;
        SimFixture f(o);
        StartOptions start;
        start.url = f.sim().url();
        start.providers = {QStringLiteral("openai"), QStringLiteral("anthropic")};
        start.noKeychain = true;
        ApplicationContext context(start);
        MainWindow window(context);
        window.resize(1300, 800);
        window.show();
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 41, 10000);

        // Every cell and tooltip, every outcome in the details pane.
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < BatchTableModel::ColumnCount; ++column) {
                model->index(row, column).data(Qt::DisplayRole);
                model->index(row, column).data(Qt::ToolTipRole);
            }
            QVERIFY(window.selectBatch(model->batchAt(row).key()));
        }
        for (int column = 0; column < BatchTableModel::ColumnCount; ++column)
            model->headerData(column, Qt::Horizontal, Qt::ToolTipRole);
        // Each status filter, alone and combined, and the empty table's words.
        auto *filters = window.findChild<StatusFilterBar *>();
        for (int k = 0; k < StatusCategory::Count; ++k) {
            filters->choose(StatusCategory::Kind(k), false);
            filters->choose(StatusCategory::Kind((k + 1) % StatusCategory::Count), true);
            StatusCategory::emptyText(StatusCategory::bit(StatusCategory::Kind(k)));
        }
        filters->choose(StatusCategory::All, false);
        filters->searchField()->setText(QStringLiteral("no-such-batch"));
        QCOMPARE(window.table()->placeholderText(), QStringLiteral("Keine Batches passen zu „no-such-batch“"));
        filters->searchField()->clear();

        // The stop confirmation, its answer, and the failure report.
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->batchAt(row).status.cancellable()) {
                QVERIFY(window.selectBatch(model->batchAt(row).key()));
                break;
            }
        }
        window.action(QStringLiteral("actionCancel"))->trigger();
        QMessageBox *box = window.batchActions()->confirmation();
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QStringLiteral("Anfragen erledigt")),
                 qPrintable(box->informativeText()));
        QSignalSpy finished(window.batchActions(), &BatchActions::finished);
        f.sim().faults().add(*FaultPlan::parseSpec(QStringLiteral("server_error:100:cancel"), nullptr));
        box->findChild<QPushButton *>(QStringLiteral("confirmAction"))->click();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(2).toStringList().isEmpty());

        // Offline: the status line, the stale rows, the banner.
        f.sim().faults().add(*FaultPlan::parseSpec(QStringLiteral("server_error:100000"), nullptr));
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionStateText().contains(QStringLiteral("offline seit")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.details()->offlineBannerShown(), 5000);
        model->index(0, 0).data(Qt::ToolTipRole);
        f.sim().faults().clear();

        // The new-batch dialog with a broken file.
        const QString bad = work.filePath(QStringLiteral("broken.jsonl"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"custom_id\":\"a\"}\nnot json\n");
        file.close();
        ConnectionSession *session = window.workspace()->sessions().first();
        NewBatchDialog dialog(
            {{QStringLiteral("openai"), QStringLiteral("openai"), session->sourceFor(QStringLiteral("openai")),
              session->backendFor(QStringLiteral("openai"))}},
            &window);
        dialog.show();
        QSignalSpy checked(&dialog, &NewBatchDialog::checkFinished);
        dialog.setFile(bad);
        QVERIFY(checked.wait(10000));
        QVERIFY(Screenshots::saveNonBlank(&dialog, QStringLiteral("new-batch-problems-de.png")));
        dialog.close();

        // The connections dialog, the about box.
        SecretStore secrets;
        secrets.forceSessionOnly();
        ProfileStore profiles;
        ConnectionsDialog connections(&profiles, &secrets, &window);
        connections.show();
        QVERIFY(Screenshots::saveNonBlank(&connections, QStringLiteral("connections-de.png")));
        connections.close();
        window.action(QStringLiteral("actionAbout"))->trigger();
        if (auto *about = window.findChild<QMessageBox *>(QStringLiteral("aboutBox")))
            about->close();

        // The results window of a finished batch, with its filters and search.
        auto backend = f.backend();
        const Batch large = waitFor(backend->retrieve(QStringLiteral("batch_large_results"))).value;
        ResultsWindow results(large, backend.get(), ResultsCache(work.filePath(QStringLiteral("cache"))));
        results.show();
        QSignalSpy painted(&results, &ResultsWindow::firstRowsPainted);
        results.start();
        QVERIFY(painted.wait(10000));
        for (int i = 0; i < 4; ++i)
            results.setOutcomeFilter(1u << unsigned(i));
        results.setOutcomeFilter(ResultTableModel::kAllOutcomes);
        results.setCustomIdFilter(QStringLiteral("request-0001"));
        QVERIFY2(results.outcomeButton(0)->text().contains(QStringLiteral(" von 300")),
                 qPrintable(results.outcomeButton(0)->text()));
        for (int row = 0; row < results.model()->rowCount(); ++row) {
            for (int column = 0; column < ResultTableModel::ColumnCount; ++column)
                results.model()->index(row, column).data();
        }
        for (int column = 0; column < ResultTableModel::ColumnCount; ++column)
            results.model()->headerData(column, Qt::Horizontal);
        results.close();
        window.close();

        QVERIFY2(recorder.misses.isEmpty(), qPrintable(missesText()));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
