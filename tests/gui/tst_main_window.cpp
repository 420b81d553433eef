// The desktop window on the offscreen platform, against the simulator over
// loopback: rows appear, refreshes move progress without moving the
// selection, a cancel through the confirmation dialog reaches the gateway,
// and the window is saved as a PNG artefact.
#include "Screenshots.h"
#include "SimFixture.h"
#include "actions/BatchActions.h"
#include "context/ApplicationContext.h"
#include "dialogs/ConnectionsDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/NewBatchDialog.h"
#include "dialogs/RetryDialog.h"
#include "itemmodels/BatchFilterProxy.h"
#include "itemmodels/BatchTableModel.h"
#include "itemmodels/ResultTableModel.h"
#include "log/ActivityLog.h"
#include "net/CertificateSummary.h"
#include "retry/RetryPlanner.h"
#include "secrets/SecretStore.h"
#include "session/ConnectionSession.h"
#include "session/Workspace.h"
#include "settings/ProfileStore.h"
#include "widgets/BatchDetailsPane.h"
#include "widgets/BatchTableView.h"
#include "widgets/StatusMessage.h"
#include "widgets/WrappingLabel.h"
#include "windows/MainWindow.h"
#include "windows/ResultsCoordinator.h"
#include "windows/ResultsWindow.h"

#include "widgets/StatusFilterBar.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

// The Connections dialog over empty settings and a session-only keychain,
// with a new profile called `name` at `url` typed in.
struct NewConnection
{
    struct ClearedSettings
    {
        ClearedSettings() { QSettings().remove(QStringLiteral("connections")); }
    } cleared; // first: the profile store reads the settings when it is built
    ProfileStore profiles;
    SecretStore secrets;
    ConnectionsDialog dialog{&profiles, &secrets};

    NewConnection(const QString &name, const QUrl &url)
    {
        secrets.forceSessionOnly();
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(url.toString());
    }
};

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTranslator english;
    QTemporaryDir settingsDir;

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

    // The lightness of the darkest pixel of a cell, as drawn (text is the darkest thing in it).
    static int darkestIn(BatchTableView *view, const QModelIndex &index)
    {
        QRect cell = view->visualRect(index);
        if (!cell.isValid())
            return -1;
        const QImage image = view->viewport()->grab(cell).toImage();
        int darkest = 255;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                darkest = qMin(darkest, QColor(image.pixel(x, y)).lightness());
        return darkest;
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
    }

    void liveTableRefreshAndCancel()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
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

        // 3. Cancel through the confirmation dialog (opened without blocking), accepted by a click.
        window.action(QStringLiteral("actionCancel"))->trigger();
        QMessageBox *box = window.batchActions()->confirmation();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(id));
        auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmAction"));
        QVERIFY(yes);
        QCOMPARE(yes->text().remove(QLatin1Char('&')), QStringLiteral("Stop Batch"));
        QCOMPARE(box->findChild<QPushButton *>(QStringLiteral("keepBatches"))->text().remove(QLatin1Char('&')),
                 QStringLiteral("Keep Running"));
        yes->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->batchAt(model->rowOf(key)).status.kind(), BatchStatus::Cancelling, 10000);
        // The gateway itself has it cancelling.
        SimBatch *onGateway = f.sim().store().find(QStringLiteral("openai"), id);
        QVERIFY(onGateway);
        QCOMPARE(onGateway->at(f.sim().store().now()).phase, SimBatch::Phase::Cancelling);
        QVERIFY(!window.action(QStringLiteral("actionCancel"))->isEnabled()); // no second cancel of the same batch

        // 4. A screenshot artefact of the live window.
        QVERIFY(Screenshots::saveNonBlank(&window, QStringLiteral("main-window.png")));
    }

    void enterOpensResultsAndCtrlEExports()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow main(context);
        MainWindow *window = &main;
        ResultsCoordinator *coordinator = context.results();
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
        QVERIFY(window->close());
        QVERIFY(guard.isNull());
        QCOMPARE(coordinator->windowFor(done.key()), nullptr);
    }

    void declinedConfirmationCancelsNothing()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.show();
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 40, 10000);
        const int row = runningRow(model);
        QVERIFY(window.selectBatch(model->batchAt(row).key()));
        QSignalSpy started(window.batchActions(), &BatchActions::started);
        window.action(QStringLiteral("actionCancel"))->trigger();
        QPointer<QMessageBox> box = window.batchActions()->confirmation();
        QVERIFY(box);
        QSignalSpy decided(window.batchActions(), &BatchActions::decided);
        box->findChild<QPushButton *>(QStringLiteral("keepBatches"))->click();
        // A positive signal that the answer was processed, then nothing went out.
        QTRY_COMPARE(decided.count(), 1);
        QCOMPARE(decided.first().at(1).toBool(), false);
        QVERIFY(!box->isVisible());
        QCOMPARE(started.count(), 0);
        QCOMPARE(f.requestsTo(QStringLiteral("/cancel")), 0);
    }

    void statusFilterAndSearch()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.resize(1500, 900);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);
        auto *active = window.findChild<QToolButton *>(QStringLiteral("filter-%1").arg(int(StatusCategory::Active)));
        QVERIFY(active);
        QVERIFY2(active->text().startsWith(QStringLiteral("Active (")), qPrintable(active->text()));
        active->click();
        const int activeRows = window.proxy()->rowCount();
        QVERIFY(activeRows < 40);
        for (int r = 0; r < window.proxy()->rowCount(); ++r)
            QCOMPARE(window.proxy()->index(r, 0).data(BatchTableModel::TerminalRole).toBool(), false);
        // Ctrl+click adds a status: the filters combine.
        auto *partial = window.findChild<QToolButton *>(QStringLiteral("filter-%1").arg(int(StatusCategory::Partial)));
        QTest::mouseClick(partial, Qt::LeftButton, Qt::ControlModifier);
        QVERIFY(active->isChecked() && partial->isChecked());
        const int combined = window.proxy()->rowCount();
        QVERIFY(combined > activeRows);
        for (int r = 0; r < combined; ++r) {
            const int category = window.proxy()->index(r, 0).data(BatchTableModel::CategoryRole).toInt();
            QVERIFY(category == StatusCategory::Active || category == StatusCategory::Partial);
        }
        // A plain click shows that status alone again.
        QTest::mouseClick(active, Qt::LeftButton);
        QVERIFY(!partial->isChecked());
        QCOMPARE(window.proxy()->rowCount(), activeRows);
        auto *all = window.findChild<QToolButton *>(QStringLiteral("filter-%1").arg(int(StatusCategory::All)));
        all->click();
        QCOMPARE(window.proxy()->rowCount(), 40);
        const QString someId = window.proxy()->index(5, 0).data().toString();
        window.action(QStringLiteral("actionFind"))->trigger();
        QTest::keyClicks(QApplication::focusWidget(), someId.mid(6, 10));
        QTRY_COMPARE(window.proxy()->rowCount(), 1);
        QCOMPARE(window.proxy()->index(0, 0).data().toString(), someId);
        // Esc empties the search box.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(window.findChild<StatusFilterBar *>()->searchField()->text(), QString());
        QCOMPARE(window.proxy()->rowCount(), 40);
    }

    void emptyFilteredTableSaysSo()
    {
        SimOptions few = options();
        few.openAiBatches = 3;
        SimFixture f(few);
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.resize(1500, 900);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 3, 10000);
        // Three batches leave some status empty.
        auto *filters = window.findChild<StatusFilterBar *>();
        StatusCategory::Kind empty = StatusCategory::Count;
        const auto counts = window.proxy()->categoryCounts();
        for (int k = StatusCategory::Active; k < StatusCategory::Count; ++k) {
            if (counts[size_t(k)] == 0)
                empty = StatusCategory::Kind(k);
        }
        QVERIFY(empty != StatusCategory::Count);
        filters->choose(empty, false);
        QCOMPARE(window.proxy()->rowCount(), 0);
        QCOMPARE(window.table()->placeholderText(), StatusCategory::emptyText(StatusCategory::bit(empty)));
        QVERIFY(window.table()->placeholderText().startsWith(QStringLiteral("No ")));
        filters->choose(StatusCategory::All, false);
        QVERIFY(window.table()->placeholderText().isEmpty());
    }

    void rowsStayPutWhenBatchesArriveAbove()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.resize(1400, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);
        BatchTableView *view = window.table();
        // The user scrolled down and selected a row in the middle of the screen.
        view->verticalScrollBar()->setValue(view->verticalHeader()->defaultSectionSize() * 6);
        const QModelIndex target = view->indexAt(QPoint(10, view->viewport()->height() / 2));
        QVERIFY(target.isValid());
        const QString key = target.data(BatchTableModel::KeyRole).toString();
        QVERIFY(window.selectBatch(key));
        const QRect before = view->visualRect(window.proxy()->mapFromSource(model->index(model->rowOf(key), 0)));

        // Five new batches arrive; sorted newest first, they land above everything on screen.
        for (int i = 0; i < 5; ++i)
            QVERIFY(f.sim().store().createSample(QStringLiteral("openai")));
        window.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 45, 10000);
        QCOMPARE(window.currentBatch().key(), key);
        const QRect after = view->visualRect(window.proxy()->mapFromSource(model->index(model->rowOf(key), 0)));
        QCOMPARE(after, before);
        // A hint says that something arrived, and takes the user there.
        QCOMPARE(view->newRowsAbove(), 5);
        QVERIFY(view->newRowsHint()->isVisible());
        QCOMPARE(view->newRowsHint()->text(), QStringLiteral("5 new batches ↑"));
        view->newRowsHint()->click();
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        QVERIFY(!view->newRowsHint()->isVisible());
    }

    void newBatchesGoOnTopWhenNobodyIsLooking()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.resize(1400, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);
        BatchTableView *view = window.table();
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(f.sim().store().createSample(QStringLiteral("openai")));
        window.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 43, 10000);
        // Not scrolled, nothing selected, the pointer never moved over the rows: the news is simply on top.
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        QCOMPARE(view->newRowsAbove(), 0);
        QVERIFY(!view->newRowsHint()->isVisible());
    }

    void rowUnderThePointerStaysUnderIt()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.resize(1400, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);
        BatchTableView *view = window.table();
        const QPoint at(40, view->viewport()->height() / 2);
        QTest::mouseMove(view->viewport(), at);
        QCursor::setPos(view->viewport()->mapToGlobal(at));
        const QString under = view->indexAt(at).data(BatchTableModel::KeyRole).toString();
        QVERIFY(!under.isEmpty());
        for (int i = 0; i < 2; ++i)
            QVERIFY(f.sim().store().createSample(QStringLiteral("openai")));
        window.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 42, 10000);
        // A click now would land on the same batch as before.
        QCOMPARE(view->indexAt(at).data(BatchTableModel::KeyRole).toString(), under);
        QCOMPARE(view->newRowsAbove(), 2);
    }

    void confirmationActsOnTheBatchesSelectedWhenAsked()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.resize(1400, 800);
        window.show();
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 40, 10000);
        QStringList running;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->batchAt(row).status.cancellable() && model->batchAt(row).counts.remaining() > 0)
                running << model->batchAt(row).key();
        }
        QVERIFY(running.size() >= 2);
        const Batch first = model->batchAt(model->rowOf(running.at(0)));
        const Batch second = model->batchAt(model->rowOf(running.at(1)));
        QVERIFY(window.selectBatch(first.key()));
        // Del: the question names the batch and what stopping it drops, with the locale's numbers.
        QTest::keyClick(window.table(), Qt::Key_Delete);
        QMessageBox *box = window.batchActions()->confirmation();
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(first.id));
        QVERIFY2(box->text().contains(QStringLiteral("%1 request").arg(QLocale().toString(first.counts.remaining()))),
                 qPrintable(box->text()));
        // While it is open the selection moves (a refresh, a stray click): the answer still acts on the first.
        QVERIFY(window.selectBatch(second.key()));
        // Counts stay live while the question is open.
        const QString informativeBefore = box->informativeText();
        f.sim().store().advance(120);
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(box->informativeText() != informativeBefore, 10000);
        box->findChild<QPushButton *>(QStringLiteral("confirmAction"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.requestsTo(QStringLiteral("/cancel")), 1, 10000);
        QCOMPARE(f.requestsTo(first.id + QStringLiteral("/cancel")), 1);
        QCOMPARE(f.requestsTo(second.id + QStringLiteral("/cancel")), 0);
    }

    void multiBatchConfirmationTotalsWhatIsDropped()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.resize(1400, 800);
        window.show();
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 40, 10000);
        qint64 notDone = 0;
        int n = 0;
        QItemSelection selection;
        for (int row = 0; row < model->rowCount() && n < 3; ++row) {
            const Batch &b = model->batchAt(row);
            if (!b.status.cancellable())
                continue;
            notDone += b.counts.remaining();
            ++n;
            const QModelIndex index = window.proxy()->mapFromSource(model->index(row, 0));
            selection.select(index, index);
        }
        QCOMPARE(n, 3);
        window.table()->selectionModel()->select(selection,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        window.action(QStringLiteral("actionCancel"))->trigger();
        QMessageBox *box = window.batchActions()->confirmation();
        QVERIFY(box);
        QCOMPARE(box->findChild<QPushButton *>(QStringLiteral("confirmAction"))->text().remove(QLatin1Char('&')),
                 QStringLiteral("Stop 3 Batches"));
        QVERIFY2(box->text().contains(
                     QStringLiteral("%1 requests not yet done will be dropped.").arg(QLocale().toString(notDone))),
                 qPrintable(box->text()));
        box->findChild<QPushButton *>(QStringLiteral("keepBatches"))->click();
    }

    void staleDataLooksStale()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.resize(1400, 800);
        window.show();
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 40, 10000);
        QVERIFY(window.selectBatch(model->batchAt(0).key()));
        QVERIFY(!window.details()->offlineBannerShown());
        QVERIFY(darkestIn(window.table(), window.proxy()->mapFromSource(model->index(1, 0))) < 60);
        const QString updated = window.connectionStateText();
        QVERIFY2(updated.startsWith(QStringLiteral("updated ")), qPrintable(updated));

        f.sim().faults().add(*FaultPlan::parseSpec(QStringLiteral("server_error:100000"), nullptr));
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model->isStale(0), 15000);
        // Greyed, with how old the data is.
        QVERIFY(model->index(0, BatchTableModel::IdColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Last seen ")));
        // The row's text is drawn grey: its darkest pixel is much lighter than a live row's.
        // (Row 1, not the selected row 0, whose highlight would hide the text colour.)
        const QModelIndex unselected = window.proxy()->mapFromSource(model->index(1, 0));
        QVERIFY(!window.table()->selectionModel()->isSelected(unselected));
        QTRY_VERIFY_WITH_TIMEOUT(darkestIn(window.table(), unselected) > 60, 3000);
        // The banner in the details pane, with a way to try again now.
        QTRY_VERIFY_WITH_TIMEOUT(window.details()->offlineBannerShown(), 5000);
        QVERIFY(window.details()->offlineText().startsWith(QStringLiteral("Offline since ")));
        auto *banner = window.details()->findChild<QLabel *>(QStringLiteral("bannerLabel"));
        QTRY_VERIFY2(banner->height() >= banner->heightForWidth(banner->width()), "the banner's text is cut");
        // The status line keeps both: when it went offline, and the data's age.
        const QString state = window.connectionStateText();
        QVERIFY2(state.contains(QStringLiteral("offline since ")) && state.contains(QStringLiteral("retrying in "))
                     && state.contains(QStringLiteral("· last update ")),
                 qPrintable(state));
        QVERIFY(Screenshots::saveNonBlank(&window, QStringLiteral("offline.png")));
        f.sim().faults().clear();
        const int listsBefore = f.requestsTo(QStringLiteral("/v1/batches"), "GET");
        window.details()->findChild<QPushButton *>(QStringLiteral("retryButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(f.requestsTo(QStringLiteral("/v1/batches"), "GET") > listsBefore, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isStale(0), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(darkestIn(window.table(), window.proxy()->mapFromSource(model->index(1, 0))) < 60,
                                 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.details()->offlineBannerShown(), 5000);
    }

    void detailsPaneTicksAndShowsProgress()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.resize(1400, 800);
        window.show();
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 40, 10000);
        const int row = runningRow(model);
        QVERIFY(row >= 0);
        QVERIFY(window.selectBatch(model->batchAt(row).key()));
        auto *progress = window.details()->findChild<QProgressBar *>(QStringLiteral("progressBar"));
        auto *eta = window.details()->findChild<QLabel *>(QStringLiteral("etaLabel"));
        QVERIFY(progress && progress->isVisible());
        QVERIFY(eta && eta->isVisible());
        QCOMPARE(progress->value(), int(1000.0 * model->batchAt(row).counts.fraction()));
        // Relative times move on their own, once a second, without a refresh.
        const auto labels = window.details()->findChildren<QLabel *>();
        QLabel *created = nullptr;
        for (QLabel *l : labels) {
            if (l->text().contains(QStringLiteral(" ago)")) && l->toolTip().startsWith(QStringLiteral("Unix time")))
                created = l;
        }
        QVERIFY(created);
        const QString before = created->text();
        f.sim().faults().add(*FaultPlan::parseSpec(QStringLiteral("slow:100000"), nullptr)); // no refresh gets through
        model->setClock([] { return QDateTime::currentSecsSinceEpoch() + 3600; });
        QTRY_VERIFY_WITH_TIMEOUT(created->text() != before, 3000);
        QVERIFY(created->text().contains(QStringLiteral("h ")));
        f.sim().faults().clear();
    }

    void headerStateIsSaved()
    {
        SimFixture f(options());
        {
            ApplicationContext context(startOn(f));
            MainWindow window(context);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(window.proxy()->rowCount() > 0, 10000);
            window.table()->setColumnHidden(BatchTableModel::ModelColumn, true);
            window.close();
        }
        ApplicationContext againContext(startOn(f));
        MainWindow again(againContext);
        QVERIFY(again.table()->isColumnHidden(BatchTableModel::ModelColumn));
        again.table()->setColumnHidden(BatchTableModel::ModelColumn, false);
        again.close();
    }

    void newBatchDialogUploadsAndCreates()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);
        ConnectionSession *session = window.workspace()->sessions().first();

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("questions.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 120; ++i)
            file.write(
                QStringLiteral(
                    R"({"custom_id":"q-%1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Question %1"}]}})")
                    .arg(i)
                    .toUtf8()
                + "\n");
        file.close();

        NewBatchDialog dialog(
            {{QStringLiteral("openai"), QStringLiteral("openai"), session->sourceFor(QStringLiteral("openai")),
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
        QVERIFY(Screenshots::saveNonBlank(&dialog, QStringLiteral("new-batch-dialog.png")));

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

    void retryDialogSendsWhatFailedAsTheNextAttempt()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.resize(1200, 800);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);
        BatchTableModel *model = window.workspace()->model();
        Batch ended;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Batch &b = model->batchAt(row);
            if (b.status.kind() == BatchStatus::Completed && b.counts.failed > 0 && b.counts.total <= 3000)
                ended = b;
        }
        QVERIFY(!ended.id.isEmpty());
        QVERIFY(window.selectBatch(ended.key()));
        QVERIFY(window.action(QStringLiteral("actionRetry"))->isEnabled());

        window.action(QStringLiteral("actionRetry"))->trigger();
        auto *dialog = window.findChild<RetryDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->sendButton()->isEnabled()); // nothing known yet, nothing to send
        QTRY_COMPARE_WITH_TIMEOUT(dialog->planner()->stage(), RetryPlanner::Stage::Ready, 15000);
        const QString failed = QLocale().toString(ended.counts.failed);
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("(%1 failed)").arg(failed)),
                 qPrintable(dialog->summaryText()));
        QCOMPARE(dialog->reasonBox(RetryReason::Failed)->text(), QStringLiteral("&Failed (%1)").arg(failed));
        QVERIFY(dialog->sendButton()->isEnabled());

        // Leaving every failure out leaves nothing to send.
        dialog->excludedStatusesEdit()->setText(QStringLiteral("4xx, 5xx"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->summaryText().startsWith(QStringLiteral("Nothing to send")), 5000);
        QVERIFY(!dialog->sendButton()->isEnabled());
        dialog->excludedStatusesEdit()->setText(QStringLiteral("4x"));
        QVERIFY(!dialog->sendButton()->isEnabled()); // not a status: said, and nothing can go
        dialog->excludedStatusesEdit()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->sendButton()->isEnabled(), 5000);
        QVERIFY(Screenshots::saveNonBlank(dialog, QStringLiteral("retry-dialog.png")));

        QSignalSpy created(dialog, &RetryDialog::created);
        dialog->sendButton()->click();
        QVERIFY(created.wait(10000));
        const Batch retry = created.first().first().value<Batch>();
        QCOMPARE(retry.counts.total, ended.counts.failed);
        QCOMPARE(retry.metadata.value(QStringLiteral("bc_retry_of")), ended.id);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentBatch().id, retry.id, 5000);
        const SimBatch *sent = f.sim().store().find(QStringLiteral("openai"), retry.id);
        QVERIFY(sent);
        QCOMPARE(sent->metadata.value(QStringLiteral("bc_attempt")), QStringLiteral("2"));

        // A running batch cannot be retried, and the greyed action says why.
        const int running = runningRow(model);
        QVERIFY(running >= 0);
        QVERIFY(window.selectBatch(model->batchAt(running).key()));
        QVERIFY(!window.action(QStringLiteral("actionRetry"))->isEnabled());
        QVERIFY(
            window.action(QStringLiteral("actionRetry"))->toolTip().contains(QStringLiteral("Only an ended batch")));
    }

    void detailsPaneSaysWhyRequestsFailedOnceResultsAreCached()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.resize(1200, 800);
        window.show();
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 40, 10000);
        Batch ended;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Batch &b = model->batchAt(row);
            if (b.status.kind() == BatchStatus::Completed && b.counts.failed > 1 && b.counts.total <= 3000)
                ended = b;
        }
        QVERIFY(!ended.id.isEmpty());
        auto headlineShown = [&window] {
            for (WrappingLabel *label : window.details()->findChildren<WrappingLabel *>()) {
                if (label->text().contains(QStringLiteral(" failed: ")))
                    return label->text();
            }
            return QString();
        };
        // Loaded into the cache by the results window, then summarised off the GUI thread.
        ResultsWindow *results = context.results()->open(ended, &window);
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), int(ended.counts.total), 10000);
        results->close();
        QVERIFY(window.selectBatch(ended.key()));
        QTRY_VERIFY_WITH_TIMEOUT(!headlineShown().isEmpty(), 10000);
        QVERIFY2(headlineShown().startsWith(QStringLiteral("%1 failed: ").arg(QLocale().toString(ended.counts.failed))),
                 qPrintable(headlineShown()));
        QVERIFY(headlineShown().contains(QStringLiteral(" × ")));
        QVERIFY(Screenshots::saveNonBlank(&window, QStringLiteral("details-failures.png")));
    }

    void invalidFileCannotBeCreated()
    {
        SimFixture f(options());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"custom_id\":\"a\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}\n{\"custom_id\":\"a\"}\n");
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
            for (const auto &[name, url] : {std::pair{QStringLiteral("Healthy"), healthy.sim().url()},
                                            std::pair{QStringLiteral("Failing"), failing.sim().url()}}) {
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
        ApplicationContext context(o);
        MainWindow window(context);
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
        QVERIFY(Screenshots::saveNonBlank(&window, QStringLiteral("all-connections.png")));
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
        ApplicationContext context(start);
        MainWindow window(context);
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
        window.action(QStringLiteral("actionDelete"))->trigger();
        QVERIFY(window.batchActions()->confirmation());
        window.batchActions()->confirmation()->findChild<QPushButton *>(QStringLiteral("confirmAction"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(ended), -1, 10000);
        QCOMPARE(model->rowCount(), 11);
        QVERIFY(!anthropic.sim().store().find(QStringLiteral("anthropic"), id));
        window.close();
        QSettings().remove(QStringLiteral("connections"));
        QSettings().remove(QStringLiteral("lastConnection"));
    }

    void connectionsTestChecksEveryProvider()
    {
        SimFixture f(options());
        NewConnection c(QStringLiteral("Two providers"), f.sim().url());
        ConnectionsDialog &dialog = c.dialog;
        ProfileStore &profiles = c.profiles;
        dialog.findChild<QLineEdit *>(QStringLiteral("providersEdit"))->setText(QStringLiteral("openai, nosuch"));
        QSignalSpy tested(&dialog, &ConnectionsDialog::testFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(tested.wait(10000));
        // Each provider with its own answer, in the order entered.
        const QString result = dialog.testResult();
        QVERIFY2(result.startsWith(QStringLiteral("openai ✓ 40 batches, nosuch ✗ list failed: HTTP 400")),
                 qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("unsupported provider: nosuch")));
        // Saving keeps the answer in view.
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        buttons->button(QDialogButtonBox::Save)->click();
        QCOMPARE(profiles.profiles().size(), 1);
        QCOMPARE(dialog.testResult(), result);
        dialog.close();
        QSettings().remove(QStringLiteral("connections"));
        QSettings().remove(QStringLiteral("lastConnection"));
    }

    // A gateway that exposes only the OpenAI integration routes: chosen per connection, tested and saved.
    void connectionsChooseTheGatewayRoutes()
    {
        SimFixture f(options());
        NewConnection c(QStringLiteral("Integration routes"), f.sim().url());
        ConnectionsDialog &dialog = c.dialog;
        ProfileStore &profiles = c.profiles;
        auto *routes = dialog.findChild<QComboBox *>(QStringLiteral("routesCombo"));
        QCOMPARE(routes->currentIndex(), 0); // native routes unless asked
        routes->setCurrentIndex(1);
        QVERIFY(Screenshots::saveNonBlank(&dialog, QStringLiteral("connections.png")));
        QSignalSpy tested(&dialog, &ConnectionsDialog::testFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(tested.wait(10000));
        QVERIFY2(dialog.testResult().startsWith(QStringLiteral("openai ✓ 40 batches")),
                 qPrintable(dialog.testResult()));
        QVERIFY(!f.sim().log().isEmpty());
        for (const auto &e : f.sim().log())
            QVERIFY2(e.rawPath.startsWith(QStringLiteral("/openai/v1/")), qPrintable(e.rawPath));

        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        buttons->button(QDialogButtonBox::Save)->click();
        QCOMPARE(profiles.profiles().size(), 1);
        QCOMPARE(ProfileStore().profiles().value(0).gatewayRoutes, GatewayRoutes::OpenAi); // read back from settings

        // Direct connections have no gateway routes to choose.
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("openai")));
        QVERIFY(!routes->isEnabled());
        dialog.close();
        QSettings().remove(QStringLiteral("connections"));
        QSettings().remove(QStringLiteral("lastConnection"));
    }

    // A self-signed gateway: the dialog shows the certificate, trusts it on request, keeps the pin.
    void connectionsOfferToTrustASelfSignedCertificate()
    {
        SimOptions o = options();
        o.tlsCertFile = QStringLiteral(TEST_DATA_DIR "/tls/selfsigned.pem");
        o.tlsKeyFile = QStringLiteral(TEST_DATA_DIR "/tls/server.key");
        SimFixture f(o);
        QVERIFY2(f.listening(), qPrintable(f.sim().startError()));
        NewConnection c(QStringLiteral("Private gateway"), f.sim().url());
        ConnectionsDialog &dialog = c.dialog;
        auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustButton"));
        QVERIFY(!trust->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("forgetPinButton"))->isHidden());

        QSignalSpy tested(&dialog, &ConnectionsDialog::testFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(tested.wait(10000));
        QVERIFY2(dialog.testResult().startsWith(QStringLiteral("openai ✗ list failed: TLS error: ")),
                 qPrintable(dialog.testResult()));
        const QString offered = dialog.offeredCertificateText();
        QVERIFY2(offered.contains(QStringLiteral("Subject: CN=127.0.0.1 (selfsigned)")), qPrintable(offered));
        QVERIFY(offered.contains(QStringLiteral("(self-signed)")));
        QVERIFY(offered.contains(QStringLiteral("Expires: ")));
        QVERIFY(offered.contains(QStringLiteral("SHA-256: ")));
        QVERIFY(trust->isVisible());
        QVERIFY(Screenshots::saveNonBlank(&dialog, QStringLiteral("connections-certificate.png")));

        trust->click(); // pins the fingerprint and tests again
        QVERIFY(tested.wait(10000));
        QVERIFY2(dialog.testResult().startsWith(QStringLiteral("openai ✓")), qPrintable(dialog.testResult()));
        QVERIFY(!trust->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("forgetPinButton"))->isHidden()); // on the TLS tab
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
        const TlsSettings saved = ProfileStore().profiles().value(0).tls; // read back from settings
        const CertificateSummary served = CertificateSummary::of(QSslCertificate::fromPath(o.tlsCertFile).value(0));
        QVERIFY(offered.contains(served.displayFingerprint()));
        QCOMPARE(saved.pinnedSha256, QStringList{served.sha256});

        dialog.findChild<QTabWidget *>(QStringLiteral("editorTabs"))->setCurrentIndex(1);
        QVERIFY(Screenshots::saveNonBlank(&dialog, QStringLiteral("connections-tls.png")));
        dialog.findChild<QPushButton *>(QStringLiteral("forgetPinButton"))->click();
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
        QVERIFY(ProfileStore().profiles().value(0).tls.pinnedSha256.isEmpty());
        dialog.close();
        QSettings().remove(QStringLiteral("connections"));
        QSettings().remove(QStringLiteral("lastConnection"));
    }

    void connectionsKeepTheTlsFiles()
    {
        NewConnection c(QStringLiteral("Mutual TLS"), QUrl(QStringLiteral("https://gateway.internal")));
        ConnectionsDialog &dialog = c.dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("caFileEdit"))->setText(QStringLiteral("/etc/company/ca.pem"));
        dialog.findChild<QLineEdit *>(QStringLiteral("clientCertEdit"))->setText(QStringLiteral("/home/me/me.pem"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        buttons->button(QDialogButtonBox::Save)->click();
        QVERIFY(ProfileStore().profiles().isEmpty()); // a certificate without its key is refused
        QVERIFY2(dialog.testResult().contains(QStringLiteral("needs its key file")), qPrintable(dialog.testResult()));
        dialog.findChild<QLineEdit *>(QStringLiteral("clientKeyEdit"))->setText(QStringLiteral("/home/me/me.key"));
        buttons->button(QDialogButtonBox::Save)->click();
        const TlsSettings saved = ProfileStore().profiles().value(0).tls;
        QCOMPARE(saved.caFile, QStringLiteral("/etc/company/ca.pem"));
        QCOMPARE(saved.clientCertFile, QStringLiteral("/home/me/me.pem"));
        QCOMPARE(saved.clientKeyFile, QStringLiteral("/home/me/me.key"));
        dialog.close();
        QSettings().remove(QStringLiteral("connections"));
        QSettings().remove(QStringLiteral("lastConnection"));
    }

    void connectionsWarnAboutKeysOverPlainHttp()
    {
        NewConnection c(QStringLiteral("Internal gateway"), QUrl(QStringLiteral("http://gateway.internal:8080")));
        ConnectionsDialog &dialog = c.dialog;
        auto *banner = dialog.findChild<QLabel *>(QStringLiteral("plainHttpBanner"));
        QVERIFY(!banner->isVisible()); // no key yet: nothing to expose
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        key->setText(QStringLiteral("sk-test-banner-000001"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("⚠ The key is sent unencrypted to http://gateway.internal:8080. Use "
                                                "https:// unless this network is trusted."));
        QVERIFY(Screenshots::saveNonBlank(&dialog, QStringLiteral("connections-plain-http.png")));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        url->setText(QStringLiteral("https://gateway.internal"));
        QVERIFY(!banner->isVisible());
        url->setText(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(!banner->isVisible());
        dialog.close();
    }

    void connectionNamesAreNotTakenTwice()
    {
        QSettings().remove(QStringLiteral("connections"));
        ProfileStore profiles;
        SecretStore secrets;
        secrets.forceSessionOnly();
        ConnectionsDialog dialog(&profiles, &secrets);
        dialog.setReservedNames({QStringLiteral("Demo gateway")});
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("demo Gateway"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        buttons->button(QDialogButtonBox::Save)->click();
        QCOMPARE(profiles.profiles().size(), 0);
        QCOMPARE(dialog.testResult(),
                 QStringLiteral("✗ Not saved: Another connection is already called \"demo Gateway\"."));
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Mine"));
        buttons->button(QDialogButtonBox::Save)->click();
        QCOMPARE(profiles.profiles().size(), 1);
        dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->click();
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("MINE"));
        buttons->button(QDialogButtonBox::Save)->click();
        QCOMPARE(profiles.profiles().size(), 1);
        QVERIFY(dialog.testResult().contains(QStringLiteral("already called")));
        dialog.close();
        QSettings().remove(QStringLiteral("connections"));
        QSettings().remove(QStringLiteral("lastConnection"));
    }

    void greyedDeleteSaysWhy()
    {
        SimOptions o = options();
        o.anthropicBatches = 6;
        SimFixture f(o);
        StartOptions start = startOn(f);
        start.providers = {QStringLiteral("openai"), QStringLiteral("anthropic")};
        ApplicationContext context(start);
        MainWindow window(context);
        window.show();
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 46, 10000);
        QString ended;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->batchAt(row).status.kind() == BatchStatus::Ended)
                ended = model->batchAt(row).key();
        }
        QVERIFY(!ended.isEmpty());
        QVERIFY(window.selectBatch(ended));
        // Through the gateway an ended Anthropic batch cannot be deleted; the greyed action says so.
        QAction *remove = window.action(QStringLiteral("actionDelete"));
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().startsWith(QStringLiteral("Cannot delete: ")), qPrintable(remove->toolTip()));
        QVERIFY(remove->toolTip().contains(QStringLiteral("cannot be deleted")));
    }

    void failedCallsOfEveryKindReachTheLogOnce()
    {
        // Not only the refresh: a results download that fails is in the log, with its
        // operation and HTTP status, and in the status bar; and it is logged once.
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);
        ActivityLog *log = window.workspace()->log();
        const qsizetype before = log->entries().size();
        BatchBackend *backend = window.workspace()->backendFor(window.workspace()->model()->batchAt(0));
        QVERIFY(backend);
        QTemporaryDir dir;
        Pending<qint64> *download = backend->downloadFile(QStringLiteral("file-that-is-not-there"),
                                                          dir.filePath(QStringLiteral("out.jsonl")));
        QSignalSpy done(download, &PendingCall::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(log->entries().size(), before + 1);
        const ActivityLog::Entry &entry = log->entries().last();
        QCOMPARE(entry.level, ActivityLog::Level::Error);
        QCOMPARE(entry.operation, QStringLiteral("download file"));
        QCOMPARE(entry.httpStatus, 404);
        QVERIFY2(window.message()->currentMessage().contains(QStringLiteral("HTTP 404")),
                 qPrintable(window.message()->currentMessage()));
    }

    void connectingMessageClearsOnceConnected()
    {
        SimFixture f(options());
        ApplicationContext context(startOn(f));
        MainWindow window(context);
        window.show();
        QVERIFY(window.message()->currentMessage().startsWith(QStringLiteral("Connecting to ")));
        QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->rowCount(), 40, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.message()->currentMessage(), QString(), 5000);
    }

    void welcomePageWithoutConnections()
    {
        StartOptions o;
        o.noKeychain = true;
        QSettings().remove(QStringLiteral("connections"));
        QSettings().remove(QStringLiteral("lastConnection"));
        ApplicationContext context(o);
        MainWindow window(context);
        window.show();
        auto *demo = window.findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
        QVERIFY(demo && demo->isVisible());
        // The description sits in the middle of the page, not at its left edge.
        auto *text = window.findChild<QLabel *>(QStringLiteral("welcomeText"));
        const QRect textRect(text->mapTo(&window, QPoint(0, 0)), text->size());
        QVERIFY2(qAbs(textRect.center().x() - window.rect().center().x()) <= 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(textRect.center().x()).arg(window.rect().center().x())));
        // And it is tall enough for all its lines, at a narrow window and a wide one.
        for (const QSize size : {QSize(680, 600), QSize(1400, 900)}) {
            window.resize(size);
            QTRY_COMPARE(window.size(), size);
            QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                     qPrintable(QStringLiteral("%1 px tall, needs %2 at %3 px")
                                    .arg(text->height())
                                    .arg(text->heightForWidth(text->width()))
                                    .arg(text->width())));
        }
        demo->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.proxy()->rowCount() > 20, 15000);
        QVERIFY(!demo->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
