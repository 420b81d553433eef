// batch-console: the desktop window.
#include "Version.h"
#include "windows/MainWindow.h"
#include "windows/ResultsCoordinator.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BatchConsole"));
    QApplication::setApplicationName(QStringLiteral("Batch Console"));
    QApplication::setApplicationVersion(QStringLiteral(BATCH_CONSOLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.batchconsole.BatchConsole"));
    QApplication::setWindowIcon(Icons::appIcon());

    // The window follows the system locale: Qt's own strings and ours.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    QTranslator translator;
    // Any language we do not ship still gets proper English plurals ("1 batch", "2 batches").
    if (translator.load(QLocale(), QStringLiteral("batch-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/batch-console_en.qm")))
        app.installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A desktop console for LLM batch jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Start the built-in demo gateway and open it."));
    const QCommandLineOption url(QStringLiteral("url"), QCoreApplication::translate("main", "Open the gateway at URL (not saved)."), QStringLiteral("URL"));
    const QCommandLineOption provider(QStringLiteral("provider"), QCoreApplication::translate("main", "Provider to show with --url; repeatable."), QStringLiteral("P"));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"), QCoreApplication::translate("main", "Keep keys in memory for this session only."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("main", "Save a PNG of the window after a few seconds, then quit."), QStringLiteral("FILE"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"), QCoreApplication::translate("main", "Seconds to wait before --screenshot (default 4)."), QStringLiteral("S"), QStringLiteral("4"));
    parser.addOptions({demo, url, provider, noKeychain, screenshot, delay});
    parser.process(app);

    StartOptions options;
    options.demo = parser.isSet(demo);
    if (parser.isSet(url)) {
        options.url = QUrl::fromUserInput(parser.value(url));
        if (!options.url.isValid() || (options.url.scheme() != u"http" && options.url.scheme() != u"https")) {
            std::fprintf(stderr, "batch-console: --url must be an http(s) URL\n");
            return 2;
        }
    }
    options.providers = parser.values(provider);
    options.noKeychain = parser.isSet(noKeychain);

    MainWindow window(options);
    auto *results = new ResultsCoordinator(&window); // owned by the window; closes its results windows with it
    Q_UNUSED(results);
    window.show();

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(int(parser.value(delay).toDouble() * 1000), &window, [&window, path] {
            const bool saved = window.grab().save(path);
            std::fprintf(stderr, saved ? "batch-console: saved %s\n" : "batch-console: could not save %s\n", qPrintable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
