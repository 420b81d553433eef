// batch-console: the desktop window.
#include "Version.h"
#include "context/AllocatorPolicy.h"
#include "context/ApplicationContext.h"
#include "widgets/Icons.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace {

// The command line, described once for both the windowless --help/--version and the window.
struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Start the built-in demo gateway and open it.")};
    QCommandLineOption url{QStringLiteral("url"),
                           QCoreApplication::translate("main", "Open the gateway at URL (not saved)."),
                           QStringLiteral("URL")};
    QCommandLineOption provider{QStringLiteral("provider"),
                                QCoreApplication::translate("main", "Provider to show with --url; repeatable."),
                                QStringLiteral("P")};
    QCommandLineOption noKeychain{QStringLiteral("no-keychain"),
                                  QCoreApplication::translate("main", "Keep keys in memory for this session only.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window after a few seconds, then quit."),
        QStringLiteral("FILE")};
    QCommandLineOption delay{QStringLiteral("screenshot-delay"),
                             QCoreApplication::translate("main", "Seconds to wait before --screenshot (default 4)."),
                             QStringLiteral("S"), QStringLiteral("4")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "A desktop console for LLM batch jobs."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, url, provider, noKeychain, screenshot, delay});
    }
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BatchConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("Batch Console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCH_CONSOLE_VERSION));
}

// The window follows the system locale: Qt's own strings and ours. Any
// language we do not ship still gets proper English plurals ("1 batch").
void installTranslators(QTranslator &qt, QTranslator &ours)
{
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (ours.load(QLocale(), QStringLiteral("batch-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours.load(QStringLiteral(":/i18n/batch-console_en.qm")))
        QCoreApplication::installTranslator(&ours);
}

// --help and --version need no window, so they work without a display (over
// ssh, in a package build, in a script).
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    AllocatorPolicy::keepLargeBlocksMapped();
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QTranslator qtTranslator;
        QTranslator translator;
        installTranslators(qtTranslator, translator);
        QCommandLineParser parser;
        const Options options;
        options.addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("io.github.batchconsole.BatchConsole"));
    QApplication::setWindowIcon(Icons::appIcon());
    QTranslator qtTranslator;
    QTranslator translator;
    installTranslators(qtTranslator, translator);

    QCommandLineParser parser;
    const Options cli;
    cli.addTo(parser);
    parser.process(app);

    StartOptions options;
    options.demo = parser.isSet(cli.demo);
    if (parser.isSet(cli.url)) {
        options.url = QUrl::fromUserInput(parser.value(cli.url));
        if (!options.url.isValid() || (options.url.scheme() != u"http" && options.url.scheme() != u"https")) {
            std::fprintf(stderr, "batch-console: --url must be an http(s) URL\n");
            return 2;
        }
    }
    options.providers = parser.values(cli.provider);
    options.noKeychain = parser.isSet(cli.noKeychain);

    // The context outlives the window: it closes the results windows, the connections, then the simulator.
    ApplicationContext context(options);
    MainWindow window(context);
    window.show();

    if (parser.isSet(cli.screenshot)) {
        const QString path = parser.value(cli.screenshot);
        QTimer::singleShot(int(parser.value(cli.delay).toDouble() * 1000), &window, [&window, path] {
            const bool saved = window.grab().save(path);
            std::fprintf(stderr, saved ? "batch-console: saved %s\n" : "batch-console: could not save %s\n",
                         qPrintable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
