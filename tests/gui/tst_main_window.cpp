// The desktop window on the offscreen platform, against the simulator over
// loopback: rows appear, refreshes move progress without moving the
// selection, a cancel through the confirmation dialog reaches the gateway,
// and the window is saved as a PNG artefact.
#include "SimFixture.h"
#include "dialogs/NewBatchDialog.h"
#include "models/BatchFilterProxy.h"
#include "models/BatchTableModel.h"
#include "session/ConnectionSession.h"
#include "session/Workspace.h"
#include "settings/ProfileStore.h"
#include "widgets/BatchDetailsPane.h"
#include "widgets/BatchTableView.h"
#include "windows/MainWindow.h"
#include "windows/ResultsCoordinator.h"
#include "windows/ResultsWindow.h"
#include "dialogs/ExportDialog.h"
#include "results/ResultTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTimer>

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTranslator english;
    QTemporaryDir settingsDir;

    static QString screenshotDir()
    {
        const QString dir = QStringLiteral(SCREENSHOT_DIR);
        QDir().mkpath(dir);
        return dir;
    }

    static SimOptions options()
    {
        SimOptions o = SimFixture::defaultOptions();
        o.openAiBatches = 40;
        o.cancelDelaySeconds = 600;
        return o;
    }

    static StartOptions startOn(SimFixture &f)
    {
        StartOptions o;
        o.url = f.sim().url();
        o.providers = {QStringLiteral("openai")};
        o.noKeychain = true;
        return o;
    }

    static int runningRow(const BatchTableModel *model)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const Batch &b = model->batchAt(row);
            if (b.status.kind() == BatchStatus::InProgress && b.counts.remaining() > b.counts.total / 4)
                return row;
        }
        return -1;
    }

    static bool saveNonBlank(QWidget *widget, const QString &path)
    {
        const QImage image = widget->grab().toImage();
        if (image.isNull() || !image.save(path))
            return false;
        // A real picture has many colours; a blank or failed grab has one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        return colours.size() > 20;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The English catalogue, as the application loads it: proper plurals in the screenshots.
        if (english.load(QStringLiteral(QM_DIR "/batch-console_en.qm")))
            QCoreApplication::installTranslator(&english);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("BatchConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
        qputenv("BATCH_CONSOLE_NO_MODAL", "1");
    }

    void liveTableRefreshAndCancel()
    {
        SimFixture f(options());
        MainWindow window(startOn(f));
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester tester(window.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // 1. Rows appear.
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);

        // Select a running batch; the details pane follows it.
        const int row = runningRow(model);
        QVERIFY(row >= 0);
        const QString key = model->batchAt(row).key();
        const QString id = model->batchAt(row).id;
        QVERIFY(window.selectBatch(key));
        QCOMPARE(window.currentBatch().key(), key);
        QCOMPARE(window.details()->shownKey(), key);
        QVERIFY(window.action(QStringLiteral("actionCancel"))->isEnabled());
        const int scroll = window.table()->verticalScrollBar()->value();

        // 2. One refresh later the progress has moved, and the selection has not.
        const qint64 before = model->batchAt(row).counts.processed();
        f.sim().store().advance(45);
        window.action(QStringLiteral("actionRefresh"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(model->batchAt(model->rowOf(key)).counts.processed() > before, 10000);
        QCOMPARE(window.currentBatch().key(), key);
        QCOMPARE(window.selectedBatches().size(), 1);
        QCOMPARE(window.selectedBatches().first().key(), key);
        QCOMPARE(window.table()->verticalScrollBar()->value(), scroll);

        // 3. Cancel through the confirmation dialog, accepted programmatically.
        bool confirmed = false;
        QTimer::singleShot(0, &window, [&] {
            QMessageBox *box = window.cancelConfirmation();
            QVERIFY(box);
            QVERIFY(box->informativeText().contains(id));
            auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmCancel"));
            QVERIFY(yes);
            confirmed = true;
            yes->click();
        });
        window.action(QStringLiteral("actionCancel"))->trigger();
        QVERIFY(confirmed);
        QTRY_COMPARE_WITH_TIMEOUT(model->batchAt(model->rowOf(key)).status.kind(), BatchStatus::Cancelling, 10000);
        // The gateway itself has it cancelling.
        SimBatch *onGateway = f.sim().store().find(QStringLiteral("openai"), id);
        QVERIFY(onGateway);
        QCOMPARE(onGateway->at(f.sim().store().now()).phase, SimBatch::Phase::Cancelling);
        QVERIFY(!window.action(QStringLiteral("actionCancel"))->isEnabled()); // no second cancel of the same batch

        // 4. A screenshot artefact of the live window.
        QVERIFY(saveNonBlank(&window, screenshotDir() + QStringLiteral("/main-window.png")));
    }

    void enterOpensResultsAndCtrlEExports()
    {
        SimFixture f(options());
        auto *window = new MainWindow(startOn(f));
        auto *coordinator = new ResultsCoordinator(window);
        window->show();
        BatchTableModel *model = window->workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 40, 10000);
        Batch done;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Batch &b = model->batchAt(row);
            if (b.status.kind() == BatchStatus::Completed && b.counts.total <= 2000 && !b.outputFileId.isEmpty())
                done = b;
        }
        QVERIFY(!done.id.isEmpty());
        QVERIFY(window->selectBatch(done.key()));
        QTest::keyClick(window->table(), Qt::Key_Return);
        ResultsWindow *results = coordinator->windowFor(done.key());
        QVERIFY(results);
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), int(done.counts.total), 10000);
        // Asking again brings the same window forward.
        window->action(QStringLiteral("actionOpenResults"))->trigger();
        QCOMPARE(coordinator->windowFor(done.key()), results);
        // Ctrl+E: the export dialog for the current batch.
        window->action(QStringLiteral("actionExport"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(results->findChild<ExportDialog *>() != nullptr, 5000);
        // Closing the main window takes the results windows with it.
        QPointer<ResultsWindow> guard(results);
        delete window;
        QVERIFY(guard.isNull());
    }

    void declinedConfirmationCancelsNothing()
    {
        SimFixture f(options());
        MainWindow window(startOn(f));
        window.show();
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 40, 10000);
        const int row = runningRow(model);
        QVERIFY(window.selectBatch(model->batchAt(row).key()));
        QTimer::singleShot(0, &window, [&] { window.cancelConfirmation()->reject(); });
        window.cancelSelected();
        QTest::qWait(300);
        QCOMPARE(f.requestsTo(QStringLiteral("/cancel")), 0);
    }

    void statusFilterAndSearch()
    {
        SimFixture f(options());
        MainWindow window(startOn(f));
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);
        auto *active = window.findChild<QToolButton *>(QStringLiteral("filter-%1").arg(int(StatusCategory::Active)));
        QVERIFY(active);
        QVERIFY(active->text().startsWith(QStringLiteral("Active (")));
        active->click();
        QVERIFY(window.proxy()->rowCount() < 40);
        for (int r = 0; r < window.proxy()->rowCount(); ++r)
            QCOMPARE(window.proxy()->index(r, 0).data(BatchTableModel::TerminalRole).toBool(), false);
        auto *all = window.findChild<QToolButton *>(QStringLiteral("filter-%1").arg(int(StatusCategory::All)));
        all->click();
        QCOMPARE(window.proxy()->rowCount(), 40);
        const QString someId = window.proxy()->index(5, 0).data().toString();
        window.action(QStringLiteral("actionFind"))->trigger();
        QTest::keyClicks(QApplication::focusWidget(), someId.mid(6, 10));
        QTRY_COMPARE(window.proxy()->rowCount(), 1);
        QCOMPARE(window.proxy()->index(0, 0).data().toString(), someId);
    }

    void headerStateIsSaved()
    {
        SimFixture f(options());
        {
            MainWindow window(startOn(f));
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(window.proxy()->rowCount() > 0, 10000);
            window.table()->setColumnHidden(BatchTableModel::ModelColumn, true);
            window.close();
        }
        MainWindow again(startOn(f));
        QVERIFY(again.table()->isColumnHidden(BatchTableModel::ModelColumn));
        again.table()->setColumnHidden(BatchTableModel::ModelColumn, false);
        again.close();
    }

    void newBatchDialogUploadsAndCreates()
    {
        SimFixture f(options());
        MainWindow window(startOn(f));
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);
        ConnectionSession *session = window.workspace()->sessions().first();

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("questions.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 120; ++i)
            file.write(QStringLiteral(R"({"custom_id":"q-%1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Question %1"}]}})").arg(i).toUtf8() + "\n");
        file.close();

        NewBatchDialog dialog({{QStringLiteral("openai"), QStringLiteral("openai"), session->sourceFor(QStringLiteral("openai")),
                                session->backendFor(QStringLiteral("openai"))}},
                              &window);
        dialog.resize(660, 620);
        dialog.show();
        QSignalSpy checked(&dialog, &NewBatchDialog::checkFinished);
        dialog.setFile(path);
        QVERIFY(checked.wait(10000));
        QVERIFY(dialog.fileIsValid());
        QCOMPARE(dialog.report().requests, 120);
        QCOMPARE(dialog.request().endpoint, QStringLiteral("/v1/chat/completions"));
        QCOMPARE(dialog.request().model, QStringLiteral("openai/gpt-4o-mini"));
        QVERIFY(saveNonBlank(&dialog, screenshotDir() + QStringLiteral("/new-batch-dialog.png")));

        QSignalSpy created(&dialog, &NewBatchDialog::created);
        auto *create = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->buttons().constFirst();
        for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->buttons()) {
            if (b->text().contains(QStringLiteral("Create")))
                create = b;
        }
        QVERIFY(create->isEnabled());
        create->click();
        QVERIFY(created.wait(10000));
        const Batch batch = created.first().first().value<Batch>();
        QCOMPARE(batch.counts.total, 120);
        QVERIFY(f.sim().store().find(QStringLiteral("openai"), batch.id));
    }

    void invalidFileCannotBeCreated()
    {
        SimFixture f(options());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"custom_id\":\"a\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}\n{\"custom_id\":\"a\"}\n");
        file.close();
        NewBatchDialog dialog({{QStringLiteral("openai"), QStringLiteral("openai"), QStringLiteral("x"), nullptr}});
        QSignalSpy checked(&dialog, &NewBatchDialog::checkFinished);
        dialog.setFile(path);
        QVERIFY(checked.wait(10000));
        QVERIFY(!dialog.fileIsValid());
        QCOMPARE(dialog.report().errorCount, 2);
        bool anyCreateEnabled = false;
        for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->buttons())
            anyCreateEnabled |= b->text().contains(QStringLiteral("Create")) && b->isEnabled();
        QVERIFY(!anyCreateEnabled);
    }

    void allConnectionsInOneTable()
    {
        SimFixture healthy(options());
        SimOptions broken = options();
        broken.openAiBatches = 7;
        broken.faults = {QStringLiteral("server_error:100000")};
        SimFixture failing(broken);
        {
            ProfileStore store;
            for (const auto &[name, url] : {std::pair{QStringLiteral("Healthy"), healthy.sim().url()}, std::pair{QStringLiteral("Failing"), failing.sim().url()}}) {
                ConnectionProfile p;
                p.name = name;
                p.baseUrl = url;
                p.providers = {QStringLiteral("openai")};
                p.timeoutSeconds = 2;
                store.save(p);
            }
        }
        StartOptions o;
        o.noKeychain = true;
        MainWindow window(o);
        window.resize(1500, 900);
        window.show();
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("connectionCombo"));
        const int all = combo->findData(QStringLiteral("all"));
        QVERIFY(all >= 0);
        combo->setCurrentIndex(all);
        Q_EMIT combo->activated(all);

        QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->sessions().size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);
        QVERIFY(!window.table()->isColumnHidden(BatchTableModel::ConnectionColumn));
        // The failing connection says so in its own filter entry; the other one is unaffected.
        auto *filter = window.findChild<QComboBox *>(QStringLiteral("connectionFilter"));
        QVERIFY(filter->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(filter->findText(QStringLiteral("Failing — offline")) >= 0, 15000);
        const int failingEntry = filter->findText(QStringLiteral("Failing — offline"));
        QVERIFY(filter->itemData(failingEntry, Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP 503")));
        QVERIFY(filter->findText(QStringLiteral("Healthy")) >= 0);
        filter->setCurrentIndex(filter->findText(QStringLiteral("Healthy")));
        QCOMPARE(window.proxy()->rowCount(), 40);
        QVERIFY(saveNonBlank(&window, screenshotDir() + QStringLiteral("/all-connections.png")));
        window.close();
        QSettings().remove(QStringLiteral("connections"));
        QSettings().remove(QStringLiteral("lastConnection"));
    }

    void deleteEndedAnthropicBatches()
    {
        SimOptions o = options();
        o.dialect = QStringLiteral("anthropic");
        o.anthropicBatches = 12;
        SimFixture anthropic(o);
        {
            ProfileStore store;
            ConnectionProfile p;
            p.name = QStringLiteral("Anthropic direct");
            p.kind = BackendKind::Anthropic;
            p.baseUrl = anthropic.sim().url();
            p.providers = {QStringLiteral("anthropic")};
            store.setLastUsed(store.save(p).id);
        }
        StartOptions start;
        start.noKeychain = true;
        MainWindow window(start);
        window.show();
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 12, 10000);
        QString ended;
        QString running;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Batch &b = model->batchAt(row);
            if (b.status.kind() == BatchStatus::Ended)
                ended = b.key();
            else
                running = b.key();
        }
        QVERIFY(!ended.isEmpty() && !running.isEmpty());
        QVERIFY(window.selectBatch(running));
        QVERIFY(!window.action(QStringLiteral("actionDelete"))->isEnabled()); // only ended batches
        QVERIFY(window.selectBatch(ended));
        QVERIFY(window.action(QStringLiteral("actionDelete"))->isEnabled());
        QVERIFY(!window.action(QStringLiteral("actionCancel"))->isEnabled());
        const QString id = model->batchAt(model->rowOf(ended)).id;
        QTimer::singleShot(0, &window, [&] { window.cancelConfirmation()->findChild<QPushButton *>(QStringLiteral("confirmCancel"))->click(); });
        window.action(QStringLiteral("actionDelete"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(ended), -1, 10000);
        QCOMPARE(model->rowCount(), 11);
        QVERIFY(!anthropic.sim().store().find(QStringLiteral("anthropic"), id));
        window.close();
        QSettings().remove(QStringLiteral("connections"));
        QSettings().remove(QStringLiteral("lastConnection"));
    }

    void welcomePageWithoutConnections()
    {
        StartOptions o;
        o.noKeychain = true;
        QSettings().remove(QStringLiteral("connections"));
        QSettings().remove(QStringLiteral("lastConnection"));
        MainWindow window(o);
        window.show();
        auto *demo = window.findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
        QVERIFY(demo && demo->isVisible());
        demo->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.proxy()->rowCount() > 20, 15000);
        QVERIFY(!demo->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
