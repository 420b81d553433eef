// The windows fit at 1024×700 in English and in German, light and dark: no
// toolbar action falls into the overflow menu, the status bar never widens
// the window, and no label in the details pane is cut. Each case is saved as
// a PNG (build/screenshots/) for the README and for a person to look at.
#include "Screenshots.h"
#include "SimFixture.h"
#include "context/ApplicationContext.h"
#include "dialogs/ConnectionsDialog.h"
#include "dialogs/RetryDialog.h"
#include "itemmodels/BatchFilterProxy.h"
#include "itemmodels/BatchTableModel.h"
#include "retry/RetryPlanner.h"
#include "secrets/SecretStore.h"
#include "session/Workspace.h"
#include "settings/ProfileStore.h"
#include "widgets/BatchDetailsPane.h"
#include "widgets/BatchTableView.h"
#include "widgets/ElidedLabel.h"
#include "widgets/ResultDetailPane.h"
#include "widgets/StatusFilterBar.h"
#include "widgets/StatusMessage.h"
#include "widgets/WrappingLabel.h"
#include "windows/MainWindow.h"
#include "windows/ResultsWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

class TestWindowFit : public QObject
{
    Q_OBJECT
    QTemporaryDir settingsDir;
    QTemporaryDir cacheDir;
    QList<QTranslator *> translators;
    QPalette lightPalette;

    void dropTranslators()
    {
        for (QTranslator *t : std::as_const(translators)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        translators.clear();
    }

    void useLanguage(const QString &language)
    {
        dropTranslators();
        const QLocale locale(language == u"de" ? QLocale::German : QLocale::English,
                             language == u"de" ? QLocale::Germany : QLocale::UnitedStates);
        QLocale::setDefault(locale);
        auto *qt = new QTranslator;
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        translators << qt;
        auto *ours = new QTranslator;
        QVERIFY(ours->load(QStringLiteral(QM_DIR "/batch-console_%1.qm").arg(language)));
        QCoreApplication::installTranslator(ours);
        translators << ours;
    }

    void useTheme(const QString &theme)
    {
        if (theme == u"dark") {
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
            dark.setColor(QPalette::HighlightedText, Qt::white);
            dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x30));
            dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xe0));
            dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
            dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
            dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
            dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
            dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
            QApplication::setPalette(dark);
        } else {
            QApplication::setPalette(lightPalette);
        }
    }

    // Labels whose text does not fully show: cut at the right, or taller than the room they got.
    static QStringList cutLabels(QWidget *root)
    {
        QStringList cut;
        for (WrappingLabel *label : root->findChildren<WrappingLabel *>()) {
            if (label->isVisibleTo(root) && label->heightForWidth(label->width()) > label->height() + 1)
                cut << QStringLiteral("%1 (%2x%3, needs %4)")
                           .arg(label->text())
                           .arg(label->width())
                           .arg(label->height())
                           .arg(label->heightForWidth(label->width()));
        }
        const auto labels = root->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (!label->isVisibleTo(root) || label->text().isEmpty())
                continue;
            const QRect room = label->contentsRect();
            QTextDocument doc;
            doc.setDefaultFont(label->font());
            QString shown = label->text();
            if (label->buddy()) // "&Name:" shows as "Name:" with the N underlined
                shown.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
                    .remove(QLatin1Char('&'))
                    .replace(QLatin1Char('\x01'), QLatin1Char('&'));
            if (Qt::mightBeRichText(shown) && label->textFormat() != Qt::PlainText)
                doc.setHtml(shown);
            else
                doc.setPlainText(shown);
            doc.setDocumentMargin(0);
            if (label->wordWrap()) {
                // Wrapped text must fit in height, and no single word may stick out at the side.
                doc.setTextWidth(room.width());
                if (doc.idealWidth() > room.width() + 1 || label->heightForWidth(room.width()) > room.height() + 1)
                    cut << label->objectName() + QStringLiteral(": ") + label->text();
            } else if (doc.idealWidth() > room.width() + 1) {
                cut << label->objectName() + QStringLiteral(": ") + label->text();
            }
        }
        return cut;
    }

    static SimOptions options()
    {
        SimOptions o = SimFixture::defaultOptions();
        o.openAiBatches = 30;
        o.anthropicBatches = 10;
        return o;
    }

    // A finished batch whose outcome is a mix: the case with the most to show.
    static int mixedRow(const BatchTableModel *model)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (StatusCategory::of(model->batchAt(row)) == StatusCategory::Partial)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        lightPalette = QApplication::style()->standardPalette();
        QApplication::setPalette(lightPalette);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("BatchConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_window_fit"));
    }

    void cleanupTestCase()
    {
        useTheme(QStringLiteral("light"));
        QLocale::setDefault(QLocale::c());
        dropTranslators(); // LeakSanitizer reports what a test leaves behind too
    }

    void mainWindowFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("theme");
        QTest::newRow("en-light") << "en"
                                  << "light";
        QTest::newRow("de-light") << "de"
                                  << "light";
        QTest::newRow("en-dark") << "en"
                                 << "dark";
        QTest::newRow("de-dark") << "de"
                                 << "dark";
    }

    void mainWindowFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        useLanguage(language);
        useTheme(theme);
        SimFixture f(options());
        StartOptions start;
        start.url = f.sim().url();
        start.providers = {QStringLiteral("openai"), QStringLiteral("anthropic")};
        start.noKeychain = true;
        ApplicationContext context(start);
        MainWindow window(context);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        BatchTableModel *model = window.workspace()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 40, 10000);
        const int row = mixedRow(model);
        QVERIFY(row >= 0);
        QVERIFY(window.selectBatch(model->batchAt(row).key()));
        // A long message must elide, not widen the window.
        window.message()->showMessage(
            QStringLiteral("A very long message about something that happened to a batch with a long id, ")
                .repeated(4));
        QTest::qWait(100);
        QCOMPARE(window.width(), 1024);
        QVERIFY2(window.minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY(window.message()->label()->isElided());

        // Every toolbar action is on the toolbar, none in the overflow menu.
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("toolBar"));
        QVERIFY(bar);
        auto *overflow = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(!overflow || !overflow->isVisible());
        for (QAction *action : bar->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            QWidget *w = bar->widgetForAction(action);
            QVERIFY2(w && w->isVisible(), qPrintable(action->text()));
            QVERIFY2(bar->rect().contains(w->geometry()), qPrintable(action->text()));
        }
        // No label in the details pane is cut, once its layout has settled (the wrapped
        // rows get their height in a later layout pass, which a loaded machine may delay).
        (void)QTest::qWaitFor( // the check below says what is cut if it never settles
            [&] { return cutLabels(window.details()).isEmpty(); }, 3000);
        const QStringList cut = cutLabels(window.details());
        if (!cut.isEmpty())
            Screenshots::saveNonBlank(&window, QStringLiteral("FAILED-main-1024x700-%1-%2.png").arg(language, theme));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
        // The pane scrolls down, never sideways: its content is as wide as what shows of it.
        auto *area = window.details()->findChild<QScrollArea *>(QStringLiteral("scrollArea"));
        QVERIFY(area && area->widget());
        QVERIFY2(area->widget()->width() <= area->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(area->widget()->width()).arg(area->viewport()->width())));
        // Every request count is there to scroll to.
        QVERIFY(window.details()->findChild<QLabel *>(QStringLiteral("count-3")));
        window.message()->clearMessage();
        QVERIFY(Screenshots::saveNonBlank(&window, QStringLiteral("main-1024x700-%1-%2.png").arg(language, theme)));
        window.close();
    }

    void resultsWindowFits_data() { mainWindowFits_data(); }

    void resultsWindowFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        useLanguage(language);
        useTheme(theme);
        SimOptions o = options();
        o.largeResultRows = 2000;
        SimFixture f(o);
        auto backend = f.backend();
        const Batch batch = waitFor(backend->retrieve(QStringLiteral("batch_large_results"))).value;
        QVERIFY(batch.status.terminal());
        ResultsWindow window(batch, backend.get(), ResultsCache(cacheDir.path()));
        window.resize(1024, 700);
        window.show();
        QSignalSpy painted(&window, &ResultsWindow::firstRowsPainted);
        window.start();
        QVERIFY(painted.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!window.detail()->shownCustomId().isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.detail()->requestText().isEmpty(), 5000);
        QCOMPARE(window.width(), 1024);
        // The result itself gets at least 40% of the width.
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("splitter"));
        QVERIFY(splitter);
        QVERIFY2(window.detail()->width() >= splitter->width() * 0.4,
                 qPrintable(QStringLiteral("%1 of %2").arg(window.detail()->width()).arg(splitter->width())));
        // ...and the table keeps room for its rows.
        QVERIFY(window.table()->width() >= splitter->width() * 0.4);
        // The outcome filters are all readable: none is cut to "Succ…".
        for (int i = 0; i < 5; ++i) {
            QToolButton *button = window.outcomeButton(i);
            // (Once the layout has caught up with the counts that just arrived.)
            QTRY_VERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        QVERIFY(Screenshots::saveNonBlank(&window, QStringLiteral("results-1024x700-%1-%2.png").arg(language, theme)));
        window.close();
    }

    void connectionsDialogFits_data() { mainWindowFits_data(); }

    // The Connections dialog at its fullest: the plain-HTTP banner would not show
    // with HTTPS, so it is the certificate panel after a refused handshake, with
    // the wrapped test result above it.
    void connectionsDialogFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        useLanguage(language);
        useTheme(theme);
        SimOptions o = options();
        o.tlsCertFile = QStringLiteral(TEST_DATA_DIR "/tls/selfsigned.pem");
        o.tlsKeyFile = QStringLiteral(TEST_DATA_DIR "/tls/server.key");
        SimFixture f(o);
        QSettings().remove(QStringLiteral("connections"));
        ProfileStore profiles;
        SecretStore secrets;
        secrets.forceSessionOnly();
        ConnectionsDialog dialog(&profiles, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(f.sim().url().toString());
        QSignalSpy tested(&dialog, &ConnectionsDialog::testFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(tested.wait(10000));
        QVERIFY(!dialog.offeredCertificateText().isEmpty());
        QTest::qWait(50); // the panel's layout
        QVERIFY2(dialog.width() <= 1024 && dialog.height() <= 700,
                 qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
        QVERIFY2(dialog.minimumSizeHint().height() <= 700,
                 qPrintable(QString::number(dialog.minimumSizeHint().height())));
        (void)QTest::qWaitFor([&] { return cutLabels(&dialog).isEmpty(); }, 3000);
        const QStringList cut = cutLabels(&dialog);
        const QString shot = QStringLiteral("connections-certificate-%1-%2.png").arg(language, theme);
        QVERIFY(Screenshots::saveNonBlank(&dialog, cut.isEmpty() ? shot : QStringLiteral("FAILED-") + shot));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
        dialog.close();
        QSettings().remove(QStringLiteral("connections"));
    }

    void retryDialogFits_data() { mainWindowFits_data(); }

    // The retry dialog with its counts, summary and preview filled in.
    void retryDialogFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        useLanguage(language);
        useTheme(theme);
        SimFixture f(options());
        auto backend = f.backend(QStringLiteral("openai"));
        const auto all = waitFor(backend->listAll(100));
        QVERIFY(all.ok());
        Batch ended;
        for (const Batch &b : all.value) {
            if (b.status.kind() == BatchStatus::Completed && b.counts.failed > 0 && b.counts.total <= 3000)
                ended = b;
        }
        QVERIFY(!ended.id.isEmpty());
        RetryDialog dialog(ended, backend.get());
        dialog.start();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.planner()->stage(), RetryPlanner::Stage::Ready, 15000);
        QTest::qWait(50);
        QVERIFY2(dialog.width() <= 1024 && dialog.height() <= 700,
                 qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
        (void)QTest::qWaitFor([&] { return cutLabels(&dialog).isEmpty(); }, 3000);
        const QStringList cut = cutLabels(&dialog);
        const QString shot = QStringLiteral("retry-dialog-%1-%2.png").arg(language, theme);
        QVERIFY(Screenshots::saveNonBlank(&dialog, cut.isEmpty() ? shot : QStringLiteral("FAILED-") + shot));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_window_fit.moc"
