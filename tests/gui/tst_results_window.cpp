// The results window offscreen against the simulator: rows, filters, search,
// the row in full with its request, export, and results that arrive by
// themselves when a running batch finishes.
#include "Screenshots.h"
#include "SimFixture.h"
#include "delegates/MatchHighlightDelegate.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/RetryDialog.h"
#include "itemmodels/ResultTableModel.h"
#include "results/RequestLookup.h"
#include "retry/RetryPlanner.h"
#include "settings/ExportLocation.h"
#include "widgets/FailureGroupsPanel.h"
#include "widgets/JsonHighlighter.h"
#include "widgets/ResultDetailPane.h"
#include "widgets/StatusMessage.h"
#include "widgets/WrappingLabel.h"
#include "windows/ResultsWindow.h"
#include <QTableWidget>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

class TestResultsWindow : public QObject
{
    Q_OBJECT
    QTranslator english;
    QTemporaryDir cacheDir;
    QTemporaryDir work;

    static Batch createFromFile(SimFixture &f, BatchBackend &backend, const QString &path, int requests)
    {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        for (int i = 0; i < requests; ++i)
            file.write(
                QStringLiteral(
                    R"({"custom_id":"case-%1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Summarise ticket %1"}]}})")
                    .arg(i)
                    .toUtf8()
                + "\n");
        file.close();
        const auto upload = waitFor(backend.uploadFile(path));
        CreateBatchRequest r;
        r.model = QStringLiteral("openai/gpt-4o-mini");
        r.inputFileId = upload.value.id;
        return waitFor(backend.create(r)).value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The English catalogue, as the application loads it: proper plurals in the screenshots.
        if (english.load(QStringLiteral(QM_DIR "/batch-console_en.qm")))
            QCoreApplication::installTranslator(&english);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, work.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("BatchConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_results_window"));
    }

    void browseFilterSearchAndExport()
    {
        SimFixture f;
        auto backend = f.backend();
        const Batch created = createFromFile(f, *backend, work.filePath(QStringLiteral("in.jsonl")), 400);
        f.sim().store().advance(600);
        const Batch done = waitFor(backend->retrieve(created.id)).value;
        QCOMPARE(done.status.kind(), BatchStatus::Completed);

        ResultsWindow window(done, backend.get(), ResultsCache(cacheDir.path()));
        QAbstractItemModelTester tester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.resize(1500, 900);
        window.show();
        QSignalSpy painted(&window, &ResultsWindow::firstRowsPainted);
        window.start();
        QVERIFY(painted.wait(10000));
        QCOMPARE(window.model()->rowCount(), 400);
        QVERIFY(window.findChild<QToolButton *>(QStringLiteral("outcome-0"))->text().contains(QStringLiteral("400")));

        // Outcome filter.
        const int failed = int(done.counts.failed);
        QVERIFY(failed > 0);
        window.setOutcomeFilter(1u << unsigned(ResultOutcome::Errored));
        QCOMPARE(window.model()->rowCount(), failed);
        window.setOutcomeFilter(ResultTableModel::kAllOutcomes);
        // custom_id search.
        window.setCustomIdFilter(QStringLiteral("CASE-12"));
        QCOMPARE(window.model()->rowCount(), 11); // case-12 and case-120..129
        window.setCustomIdFilter(QString());
        // Answer search (off the GUI thread).
        QSignalSpy searched(&window, &ResultsWindow::answerSearchFinished);
        window.searchAnswers(QStringLiteral("Summarise ticket 37\""));
        QVERIFY(searched.wait(10000));
        QCOMPARE(window.model()->rowCount(), 1);
        QCOMPARE(window.model()->data(window.model()->index(0, ResultTableModel::CustomIdColumn)).toString(),
                 QStringLiteral("case-37"));

        // The whole row, with its request beside it.
        QTRY_VERIFY_WITH_TIMEOUT(window.requests()->isReady(), 10000);
        window.table()->selectRow(0);
        QTRY_COMPARE(window.detail()->shownCustomId(), QStringLiteral("case-37")); // from the next event-loop turn
        // The Tree and Raw Line tabs are filled when they are looked at.
        QTabWidget *tabs = window.detail()->tabs();
        tabs->setCurrentIndex(2);
        auto *rawLine = qobject_cast<QPlainTextEdit *>(tabs->currentWidget());
        QVERIFY(rawLine && rawLine->toPlainText().contains(QStringLiteral("\"case-37\"")));
        tabs->setCurrentIndex(1);
        auto *tree = qobject_cast<QTreeView *>(tabs->currentWidget());
        QVERIFY(tree && tree->model()->rowCount() > 0);
        tabs->setCurrentIndex(0);
        QTRY_VERIFY(window.detail()->requestText().contains(QStringLiteral("Summarise ticket 37")));
        QVERIFY(window.detail()->responseText().contains(QStringLiteral("chat.completion")));
        QVERIFY(!window.model()->data(window.model()->index(0, ResultTableModel::AnswerColumn)).toString().isEmpty());
        QCOMPARE(window.model()->data(window.model()->index(0, ResultTableModel::ModelColumn)).toString(),
                 QStringLiteral("gpt-4o-mini"));
        window.searchAnswers(QString());
        QCOMPARE(window.model()->rowCount(), 400);

        // Sorting by HTTP status keeps the selected row selected.
        window.table()->selectRow(5);
        QTRY_COMPARE(window.detail()->shownCustomId(),
                     window.model()->data(window.model()->index(5, ResultTableModel::CustomIdColumn)).toString());
        const QString selectedId = window.detail()->shownCustomId();
        window.table()->sortByColumn(ResultTableModel::StatusColumn, Qt::DescendingOrder);
        const QModelIndex current = window.table()->currentIndex();
        QCOMPARE(
            window.model()->data(window.model()->index(current.row(), ResultTableModel::CustomIdColumn)).toString(),
            selectedId);

        QVERIFY(Screenshots::saveNonBlank(&window, QStringLiteral("results-window.png")));

        // Export the errored rows, normalised.
        window.setOutcomeFilter(1u << unsigned(ResultOutcome::Errored));
        ExportDialog *dialog = window.openExportDialog(ExportDialog::Scope::Filtered);
        QVERIFY(dialog);
        const QString target = work.filePath(QStringLiteral("errors.jsonl"));
        dialog->setPath(target);
        dialog->setFormat(ResultsExporter::Format::Normalized);
        QSignalSpy exported(dialog, &ExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().first().toBool(), true);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), failed);
        for (const QByteArray &line : lines)
            QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("outcome")).toString(),
                     QStringLiteral("errored"));
    }

    void behavesLikeTheMainWindow()
    {
        SimFixture f;
        auto backend = f.backend();
        const Batch created = createFromFile(f, *backend, work.filePath(QStringLiteral("keys.jsonl")), 300);
        f.sim().store().advance(600);
        const Batch done = waitFor(backend->retrieve(created.id)).value;
        QSettings().remove(QStringLiteral("export/lastFolder"));
        auto *window = new ResultsWindow(done, backend.get(), ResultsCache(cacheDir.path()));
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<ResultsWindow> guard(window);
        window->resize(1400, 850);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSignalSpy painted(window, &ResultsWindow::firstRowsPainted);
        window->start();
        QVERIFY(painted.wait(10000));
        const int failed = int(done.counts.failed);

        // A custom_id search updates the outcome counts: "All (11 of 300)".
        window->setCustomIdFilter(QStringLiteral("case-12"));
        QCOMPARE(window->model()->rowCount(), 11);
        QCOMPARE(window->outcomeButton(0)->text(), QStringLiteral("All (11 of 300)"));
        QVERIFY(window->outcomeButton(2)->text().startsWith(QStringLiteral("Failed (")));
        QVERIFY(window->outcomeButton(2)->text().endsWith(QStringLiteral(" of %1)").arg(failed)));
        // The detail follows the filter: it shows a row the filter kept.
        QTRY_VERIFY(window->detail()->shownCustomId().startsWith(QStringLiteral("case-12")));
        window->setOutcomeFilter(1u << unsigned(ResultOutcome::Expired)); // none expired: nothing to show
        QCOMPARE(window->model()->rowCount(), 0);
        QCOMPARE(window->detail()->shownCustomId(), QString());
        window->setOutcomeFilter(ResultTableModel::kAllOutcomes);
        window->setCustomIdFilter(QString());
        QCOMPARE(window->outcomeButton(0)->text(), QStringLiteral("All (300)"));

        // Answer matches are marked in the preview and in the response.
        QSignalSpy searched(window, &ResultsWindow::answerSearchFinished);
        window->searchAnswers(QStringLiteral("ticket 42\""));
        QVERIFY(searched.wait(10000));
        QCOMPARE(window->model()->rowCount(), 1);
        auto *delegate = qobject_cast<MatchHighlightDelegate *>(
            window->table()->itemDelegateForColumn(ResultTableModel::AnswerColumn));
        QVERIFY(delegate);
        QCOMPARE(delegate->term(), QStringLiteral("ticket 42\""));
        QTRY_COMPARE(window->detail()->shownCustomId(), QStringLiteral("case-42"));
        QCOMPARE(window->detail()->searchTerm(), QStringLiteral("ticket 42\""));
        window->searchAnswers(QString());
        QCOMPARE(delegate->term(), QString());

        // Ctrl+E exports, into the documents folder or home on a fresh machine; the message says where.
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
        auto *dialog = window->findChild<ExportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(QFileInfo(dialog->path()).absolutePath(),
                 QFileInfo(ExportLocation::suggestedFolder()).absoluteFilePath());
        const QString target = work.filePath(QStringLiteral("sub/all.jsonl"));
        QDir().mkpath(work.filePath(QStringLiteral("sub")));
        dialog->setPath(target);
        QSignalSpy exported(dialog, &ExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(exported.wait(10000));
        QCOMPARE(window->message()->currentMessage(),
                 QStringLiteral("Exported 300 rows to %1").arg(QDir::toNativeSeparators(target)));
        QVERIFY(window->message()->link()->isVisible());
        QCOMPARE(window->message()->link()->text(), QStringLiteral("Open Folder"));
        // The next export starts in that folder.
        QCOMPARE(ExportLocation::suggestedFolder(), QFileInfo(target).absolutePath());

        // Esc in a search field empties it; then Esc (or Ctrl+W) closes the window.
        auto *customId = window->findChild<QLineEdit *>(QStringLiteral("customIdEdit"));
        window->activateWindow(); // the export dialog had the focus
        QVERIFY(QTest::qWaitForWindowActive(window));
        customId->setFocus();
        customId->setText(QStringLiteral("case-1"));
        QTest::keyClick(customId, Qt::Key_Escape);
        QCOMPARE(customId->text(), QString());
        QVERIFY(window->isVisible());
        QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        delete guard.data();
    }

    void exportsDefaultToAFolderThatExists()
    {
        // A fresh machine often has no ~/Documents: the suggestion is then the home folder.
        QSettings().remove(QStringLiteral("export/lastFolder"));
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString expected = QFileInfo(documents).isDir() ? documents : QDir::homePath();
        QCOMPARE(ExportLocation::suggestedFolder(), expected);
        QSettings().setValue(QStringLiteral("export/lastFolder"), work.filePath(QStringLiteral("gone")));
        QCOMPARE(ExportLocation::suggestedFolder(), expected); // a remembered folder that vanished is not used
        QSettings().setValue(QStringLiteral("export/lastFolder"), work.path());
        QCOMPARE(ExportLocation::suggestedFolder(), work.path());
    }

    void demoBatchesShowTheirRequests()
    {
        // A seeded batch (not created here) has an input file, so the request shows beside the response.
        SimFixture f;
        auto backend = f.backend();
        Batch seeded;
        for (const Batch &b : waitFor(backend->listAll(100)).value) {
            if (b.status.kind() == BatchStatus::Completed && b.counts.total <= 1000 && !b.inputFileId.isEmpty())
                seeded = b;
        }
        QVERIFY(!seeded.id.isEmpty());
        ResultsWindow window(seeded, backend.get(), ResultsCache(work.filePath(QStringLiteral("demo-cache"))));
        window.show();
        QSignalSpy painted(&window, &ResultsWindow::firstRowsPainted);
        window.start();
        QVERIFY(painted.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(window.requests()->isReady(), 10000);
        window.table()->selectRow(0);
        QTRY_VERIFY(window.detail()->requestText().contains(QStringLiteral("\"messages\""))
                    || window.detail()->requestText().contains(QStringLiteral("\"input\"")));
        QCOMPARE(f.requestsTo(seeded.inputFileId + QStringLiteral("/content")), 1);
    }

    void resultsArriveWhenTheBatchFinishes()
    {
        SimFixture f;
        auto backend = f.backend();
        const Batch running = createFromFile(f, *backend, work.filePath(QStringLiteral("later.jsonl")), 50);
        QVERIFY(running.status.active());
        ResultsWindow window(running, backend.get(), ResultsCache(cacheDir.path()));
        window.setPollInterval(100);
        window.show();
        QSignalSpy updated(&window, &ResultsWindow::batchUpdated);
        window.start();
        QVERIFY(updated.wait(5000)); // the header is kept fresh while it runs
        QCOMPARE(window.model()->rowCount(), 0);
        QCOMPARE(window.store()->stage(), ResultsStore::Stage::Idle);

        f.sim().store().advance(600); // ... and then it finishes
        QTRY_COMPARE_WITH_TIMEOUT(window.store()->stage(), ResultsStore::Stage::Ready, 10000);
        QTRY_COMPARE(window.model()->rowCount(), 50); // the rows go in on the next event-loop turn
        QVERIFY(window.batch().status.terminal());
    }

    void failuresAreShownWithRetry()
    {
        SimFixture f;
        auto backend = f.backend();
        RetryPolicy once;
        once.maxAttempts = 1;
        backend->http()->setRetryPolicy(once);
        Batch done;
        for (const Batch &b : waitFor(backend->listAll(100)).value) {
            if (b.status.kind() == BatchStatus::Completed && !b.outputFileId.isEmpty())
                done = b;
        }
        Fault error = *FaultPlan::parseSpec(QStringLiteral("html_error:1:content"), nullptr);
        error.status = 502;
        f.sim().faults().add(error);
        ResultsWindow window(done, backend.get(), ResultsCache(work.filePath(QStringLiteral("fresh-cache"))));
        window.show();
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.store()->stage(), ResultsStore::Stage::Failed, 10000);
        auto *label = window.findChild<WrappingLabel *>(QStringLiteral("loadLabel"));
        QVERIFY(label->text().contains(QStringLiteral("HTTP 502")));
        QVERIFY(label->text().contains(QStringLiteral("502 Bad Gateway")));
        auto *retry = window.findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry->isVisible());
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.store()->stage(), ResultsStore::Stage::Ready, 10000);
        QVERIFY(!retry->isVisible());
    }

    // A long failure (the gateway's /results answer quoted up to 200 characters)
    // wraps in the window; it never makes the window wider than the screen.
    void failuresViewGroupsNarrowsAndRetries()
    {
        SimFixture f;
        auto backend = f.backend();
        const Batch created = createFromFile(f, *backend, work.filePath(QStringLiteral("groups.jsonl")), 1000);
        f.sim().store().advance(600);
        const Batch done = waitFor(backend->retrieve(created.id)).value;
        QVERIFY(done.counts.failed > 0);
        ResultsWindow window(done, backend.get(), ResultsCache(work.filePath(QStringLiteral("groups-cache"))));
        window.resize(1200, 800);
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.failuresButton()->isEnabled(), 10000);
        FailureGroupsPanel *panel = window.failuresPanel();
        const QList<FailureGroup> groups = panel->groups();
        QVERIFY(groups.size() >= 2); // the simulator fails in several ways
        qint64 grouped = 0;
        for (const FailureGroup &g : groups)
            grouped += g.count();
        QCOMPARE(grouped, done.counts.failed);
        QVERIFY(!panel->isVisible());
        window.failuresButton()->click();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->table()->rowCount(), groups.size());

        // One click narrows the table to the group; "Show All Rows" undoes it.
        panel->selectGroup(0);
        QCOMPARE(window.model()->rowCount(), int(groups.first().count()));
        QTest::qWait(50); // the detail pane follows the current row in the next turn
        QVERIFY(Screenshots::saveNonBlank(&window, QStringLiteral("results-failures.png")));
        panel->selectGroup(-1);
        QCOMPARE(window.model()->rowCount(), int(done.counts.total));

        // Retry These… starts a retry of exactly that group.
        panel->selectGroup(1);
        panel->retryButton()->click();
        auto *dialog = window.findChild<RetryDialog *>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->planner()->stage(), RetryPlanner::Stage::Ready, 10000);
        QCOMPARE(dialog->planner()->selection().requestCount(), groups.at(1).count());
        QSignalSpy retried(&window, &ResultsWindow::retryCreated);
        dialog->sendButton()->click();
        QVERIFY(retried.wait(10000));
        QCOMPARE(retried.first().first().value<Batch>().counts.total, groups.at(1).count());
    }

    void longFailuresWrap()
    {
        SimFixture f;
        auto backend = f.backend(QStringLiteral("anthropic"));
        Batch ended;
        for (const Batch &b : waitFor(backend->listAll(100)).value) {
            if (b.status.kind() == BatchStatus::Ended)
                ended = b;
        }
        QVERIFY(!ended.id.isEmpty());
        f.sim().faults().add(*FaultPlan::parseSpec(QStringLiteral("malformed_json:1:results"), nullptr));
        ResultsWindow window(ended, backend.get(), ResultsCache(work.filePath(QStringLiteral("long-failure"))));
        window.resize(1024, 700);
        window.show();
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.store()->stage(), ResultsStore::Stage::Failed, 10000);
        auto *label = window.findChild<WrappingLabel *>(QStringLiteral("loadLabel"));
        QVERIFY2(label->text().size() > 250, qPrintable(label->text()));
        QVERIFY2(window.minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QTRY_VERIFY(label->height() > label->fontMetrics().height()); // wrapped onto more than one line
        QCOMPARE(window.width(), 1024);
        QVERIFY(Screenshots::saveNonBlank(&window, QStringLiteral("results-long-failure.png")));
    }
};

QTEST_MAIN(TestResultsWindow)
#include "tst_results_window.moc"
