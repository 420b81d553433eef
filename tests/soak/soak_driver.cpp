// The soak test's driver: the real window on two simulated gateways (separate
// processes, so their memory is not ours), faults injected at random, and a
// person's day compressed into minutes: results windows opened and closed,
// exports, cancels, connection switches, searches and sorts. It samples RSS and
// descriptors every 10 s and fails when either grows. Run by scripts/soak.
#include "ProcessProbe.h"
#include "backend/BatchBackend.h"
#include "context/AllocatorPolicy.h"
#include "context/ApplicationContext.h"
#include "dialogs/ExportDialog.h"
#include "itemmodels/BatchTableModel.h"
#include "itemmodels/ResultTableModel.h"
#include "session/ConnectionSession.h"
#include "session/ConnectionSwitcher.h"
#include "session/Workspace.h"
#include "settings/ProfileStore.h"
#include "widgets/BatchTableView.h"
#include "widgets/StatusFilterBar.h"
#include "windows/MainWindow.h"
#include "windows/ResultsCoordinator.h"
#include "windows/ResultsWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <malloc.h>
#include <optional>

namespace {

// A gateway-sim process on a free port.
class SimProcess
{
public:
    SimProcess(const QString &program, const QStringList &arguments)
    {
        m_process.setProgram(program);
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        QByteArray line;
        while (m_process.waitForReadyRead(10000)) {
            line += m_process.readAllStandardOutput();
            if (line.contains('\n'))
                break;
        }
        const auto match
            = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+")).match(QString::fromLatin1(line));
        if (match.hasMatch())
            m_url = QUrl(match.captured(0));
    }
    ~SimProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QUrl url() const { return m_url; }
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
    QUrl m_url;
};

struct Sample
{
    double seconds;
    double rssMb;
    int fds;
    int sockets;                          // of those, sockets: the connection pools' idle connections come and go
    double heapMb;                        // what the program has allocated and not freed: a leak shows here first
    QHash<QByteArray, double> mappingsKb; // taken at checkpoints only: where RSS lives
};

class SoakDriver : public QObject
{
public:
    SoakDriver(ApplicationContext &context, MainWindow &window, QList<SimProcess *> sims, QStringList profileIds,
               double minutes, quint32 seed)
        : m_context(context)
        , m_window(window)
        , m_sims(std::move(sims))
        , m_profileIds(std::move(profileIds))
        , m_minutes(minutes)
        , m_random(seed)
    {
        m_exportDir.setAutoRemove(true);
        connect(&m_actionTimer, &QTimer::timeout, this, &SoakDriver::act);
        connect(&m_sampleTimer, &QTimer::timeout, this, &SoakDriver::sample);
    }

    void start()
    {
        m_clock.start();
        sample();
        m_actionTimer.start(400);
        m_sampleTimer.start(10000);
        // The baseline is taken once start-up caches and the first windows are
        // warm: at minute 2, or at 40% of a shorter run (CI's two minutes).
        const int baselineMs = int(qMin(120.0, m_minutes * 60.0 * 0.4) * 1000);
        QTimer::singleShot(baselineMs, this, [this] {
            m_actionTimer.stop();
            checkpoint([this](const Sample &s) {
                m_baseline = s;
                m_actionTimer.start();
            });
        });
        QTimer::singleShot(int(m_minutes * 60000), this, &SoakDriver::finish);
    }

    int exitCode() const { return m_exitCode; }

private:
    void act()
    {
        for (SimProcess *sim : std::as_const(m_sims)) {
            if (!sim->running()) {
                ++m_crashes;
                std::fprintf(stderr, "soak: a simulator died\n");
                finish();
                return;
            }
        }
        m_actionTimer.setInterval(200 + int(m_random.bounded(1200)));
        const int dice = int(m_random.bounded(100));
        if (dice < 22)
            openResults();
        else if (dice < 32)
            closeResults();
        else if (dice < 42)
            exportResults();
        else if (dice < 50)
            cancelOne();
        else if (dice < 58)
            switchConnection();
        else if (dice < 72)
            injectFault();
        else if (dice < 80)
            refresh();
        else if (dice < 90)
            search();
        else
            sortBy();
        ++m_actions;
    }

    const Batch *pick(const std::function<bool(const Batch &)> &wanted)
    {
        BatchTableModel *model = m_context.workspace()->model();
        QList<int> rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (wanted(model->batchAt(row)))
                rows << row;
        }
        return rows.isEmpty() ? nullptr : &model->batchAt(rows.at(int(m_random.bounded(rows.size()))));
    }

    void openResults()
    {
        if (const Batch *b = pick([](const Batch &b) {
                return b.status.kind() == BatchStatus::Completed || b.status.kind() == BatchStatus::Ended;
            }))
            m_context.results()->open(*b, &m_window);
    }

    void closeResults()
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *w = qobject_cast<ResultsWindow *>(top); w && w->isVisible() && m_random.bounded(2) == 0)
                w->close();
        }
    }

    void exportResults()
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *w = qobject_cast<ResultsWindow *>(top);
            if (!w || !w->isVisible() || w->model()->rowCount() == 0 || w->findChild<ExportDialog *>())
                continue;
            ExportDialog *dialog = w->openExportDialog(ExportDialog::Scope::All);
            if (!dialog)
                continue;
            const QString path = m_exportDir.filePath(QStringLiteral("export-%1.jsonl").arg(m_actions));
            dialog->setPath(path);
            dialog->open();
            QPointer<ExportDialog> guard(dialog);
            connect(dialog, &ExportDialog::exportFinished, this, [guard, path](bool) {
                QFile::remove(path);
                if (guard && guard->isVisible())
                    guard->reject(); // as a person closes it; it deletes itself
            });
            dialog->startExport();
            return;
        }
    }

    void cancelOne()
    {
        const Batch *b = pick([](const Batch &b) { return b.status.cancellable(); });
        if (!b)
            return;
        if (BatchBackend *backend = m_context.workspace()->backendFor(*b))
            onFinished(backend->cancel(b->id), this, [](const Pending<Batch> &) {});
    }

    void switchConnection()
    {
        const QString id = m_profileIds.at(int(m_random.bounded(m_profileIds.size())));
        m_context.switcher()->choose(id);
    }

    void injectFault()
    {
        static const char *const modes[]
            = {"rate_limit", "server_error", "html_error", "slow", "malformed_json", "truncated", "disconnect"};
        SimProcess *sim = m_sims.at(int(m_random.bounded(m_sims.size())));
        const QJsonObject fault{{QStringLiteral("mode"), QLatin1String(modes[m_random.bounded(7)])},
                                {QStringLiteral("count"), 1 + int(m_random.bounded(3))}};
        QNetworkRequest request(sim->url().resolved(QUrl(QStringLiteral("/_sim/faults"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_admin.post(request, QJsonDocument(fault).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        ++m_faults;
    }

    void refresh()
    {
        for (ConnectionSession *s : m_context.workspace()->sessions())
            s->refreshNow();
    }

    void search()
    {
        static const char *const words[] = {"", "batch_", "openai", "completed", "zzz-nothing", ""};
        m_window.findChild<StatusFilterBar *>()->searchField()->setText(QLatin1String(words[m_random.bounded(6)]));
    }

    void sortBy()
    {
        auto *table = m_window.findChild<BatchTableView *>();
        table->sortByColumn(int(m_random.bounded(table->model()->columnCount())),
                            m_random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
    }

    // The same quiet state at the baseline and at the end, so the two compare:
    // no results window open, calls answered, deferred deletes done, and the
    // allocator's free pages handed back (glibc keeps them otherwise, and its
    // high-water mark is not a leak; leaked blocks cannot be handed back).
    void checkpoint(std::function<void(const Sample &)> then)
    {
        m_context.results()->closeAll();
        QTimer::singleShot(3000, this, [this, then] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            malloc_trim(0);
            Sample s = sample();
            s.mappingsKb = ProcessProbe::residentByMapping();
            std::printf("soak: checkpoint: malloc holds %.1f MB from the system for %.1f MB in use; %d threads\n",
                        ProcessProbe::heapFromSystemMegabytes(), s.heapMb, ProcessProbe::threads());
            then(s);
        });
    }

    Sample sample()
    {
        const Sample s{m_clock.elapsed() / 1000.0,  ProcessProbe::residentMegabytes(),  ProcessProbe::openDescriptors(),
                       ProcessProbe::openSockets(), ProcessProbe::heapInUseMegabytes(), {}};
        m_samples << s;
        std::printf(
            "soak: %5.0f s  RSS %6.1f MB  heap in use %6.1f MB  fds %3d (%2d sockets)  actions %5d  faults %4d  windows %d\n",
            s.seconds, s.rssMb, s.heapMb, s.fds, s.sockets, m_actions, m_faults, openWindows());
        std::fflush(stdout);
        return s;
    }

    int openWindows() const
    {
        int n = 0;
        for (QWidget *top : QApplication::topLevelWidgets())
            n += qobject_cast<ResultsWindow *>(top) && top->isVisible();
        return n;
    }

    void finish()
    {
        if (m_finishing)
            return;
        m_finishing = true;
        m_actionTimer.stop();
        m_sampleTimer.stop();
        checkpoint([this](const Sample &end) {
            report(end);
            QApplication::exit(m_exitCode);
        });
    }

    void report(const Sample &end)
    {
        const Sample baseline = m_baseline.value_or(m_samples.first());
        double peak = 0;
        for (const Sample &s : std::as_const(m_samples))
            peak = qMax(peak, s.rssMb);
        const double growth = baseline.rssMb > 0 ? (end.rssMb - baseline.rssMb) / baseline.rssMb : 0;
        // Idle keep-alive connections come and go with the connection pools (Qt
        // keeps up to six per host, and each connection has its own pool): so
        // sockets may differ by that much, while files (results, exports, the
        // cache) must not grow at all beyond a pipe or two of Qt's own.
        constexpr int kSocketSlack = 12;
        constexpr int kFileSlack = 2;
        // RSS is judged once the baseline comes after minute 2: before that, code,
        // fonts and the allocator's arenas are still warming up, and a two-minute
        // run's RSS "grows" by 10-40% with the heap in use flat. Every run judges
        // the heap in use, which is where a leak of ours would show.
        const bool judgeRss = m_minutes >= 10;
        if (judgeRss && growth > 0.15) {
            std::fprintf(stderr, "soak: RSS grew %.1f%% from %.1f MB at %.0f s to %.1f MB\n", growth * 100,
                         baseline.rssMb, baseline.seconds, end.rssMb);
            m_exitCode = 1;
        }
        if (end.heapMb > baseline.heapMb * 1.15 + 1.0) {
            std::fprintf(stderr, "soak: heap in use grew from %.1f MB at %.0f s to %.1f MB\n", baseline.heapMb,
                         baseline.seconds, end.heapMb);
            m_exitCode = 1;
        }
        if (!judgeRss)
            std::printf("soak: RSS is judged in runs of 10 minutes or more; this one judged the heap in use\n");
        const int baselineFiles = baseline.fds - baseline.sockets;
        const int endFiles = end.fds - end.sockets;
        if (endFiles > baselineFiles + kFileSlack || end.sockets > baseline.sockets + kSocketSlack) {
            std::fprintf(stderr, "soak: open descriptors grew from %d (%d sockets) at %.0f s to %d (%d sockets)\n",
                         baseline.fds, baseline.sockets, baseline.seconds, end.fds, end.sockets);
            m_exitCode = 1;
        }
        if (m_crashes > 0)
            m_exitCode = 1;
        reportGrowthByMapping(baseline, end);
        std::printf(
            "soak: peak RSS %.1f MB with results windows open; %d faults injected; heap in use %.1f MB → %.1f MB\n",
            peak, m_faults, baseline.heapMb, end.heapMb);
        std::printf("soak: %g min, RSS start %.1f MB end %.1f MB, fds %d → %d, %d actions, %d crashes\n", m_minutes,
                    baseline.rssMb, end.rssMb, baseline.fds, end.fds, m_actions, m_crashes);
        std::fflush(stdout);
    }

    // Where RSS grew between the checkpoints, largest first: the mappings that
    // grew by 256 kB or more, so a failing run says whether it was code paged in
    // (a library), files mapped, or anonymous memory.
    static void reportGrowthByMapping(const Sample &baseline, const Sample &end)
    {
        QList<std::pair<double, QByteArray>> growth;
        for (auto it = end.mappingsKb.cbegin(); it != end.mappingsKb.cend(); ++it) {
            const double delta = it.value() - baseline.mappingsKb.value(it.key());
            if (qAbs(delta) >= 256)
                growth.append({delta, it.key()});
        }
        std::sort(growth.begin(), growth.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[delta, name] : std::as_const(growth))
            std::printf("soak: RSS %+8.1f MB in %s (%.1f → %.1f MB)\n", delta / 1024.0, name.constData(),
                        baseline.mappingsKb.value(name) / 1024.0, end.mappingsKb.value(name) / 1024.0);
    }

    ApplicationContext &m_context;
    MainWindow &m_window;
    QList<SimProcess *> m_sims;
    QStringList m_profileIds;
    double m_minutes;
    QRandomGenerator m_random;
    QNetworkAccessManager m_admin;
    QTemporaryDir m_exportDir;
    QTimer m_actionTimer;
    QTimer m_sampleTimer;
    QElapsedTimer m_clock;
    QList<Sample> m_samples;
    std::optional<Sample> m_baseline;
    int m_actions = 0;
    int m_faults = 0;
    int m_crashes = 0;
    int m_exitCode = 0;
    bool m_finishing = false;
};

} // namespace

int main(int argc, char *argv[])
{
    AllocatorPolicy::keepLargeBlocksMapped(); // as batch-console's main() does
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchConsoleSoak"));
    QCoreApplication::setApplicationName(QStringLiteral("Batch Console Soak"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("How long to run."), QStringLiteral("N"),
                                     QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the random actions."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption sim(QStringLiteral("sim"), QStringLiteral("The gateway-sim program."),
                                 QStringLiteral("PATH"), QStringLiteral(GATEWAY_SIM_PATH));
    parser.addOptions({minutes, seed, sim});
    parser.process(app);
    const double runMinutes = parser.value(minutes).toDouble();
    if (runMinutes <= 0) {
        std::fprintf(stderr, "soak: --minutes takes a positive number\n");
        return 2;
    }

    // Fast lifecycles so batches finish, get cancelled and gain results within the run.
    SimProcess gateway(parser.value(sim),
                       {QStringLiteral("--batches"), QStringLiteral("400"), QStringLiteral("--anthropic-batches"),
                        QStringLiteral("60"), QStringLiteral("--speed"), QStringLiteral("30"),
                        QStringLiteral("--page-size"), QStringLiteral("100"), QStringLiteral("--large-results"),
                        QStringLiteral("20000")});
    SimProcess openai(parser.value(sim), {QStringLiteral("--dialect"), QStringLiteral("openai"),
                                          QStringLiteral("--batches"), QStringLiteral("150"), QStringLiteral("--speed"),
                                          QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("5")});
    if (gateway.url().isEmpty() || openai.url().isEmpty()) {
        std::fprintf(stderr, "soak: cannot start gateway-sim from %s\n", qPrintable(parser.value(sim)));
        return 2;
    }

    StartOptions options;
    options.noKeychain = true;
    ApplicationContext context(options);
    ConnectionProfile g;
    g.name = QStringLiteral("Soak gateway");
    g.baseUrl = gateway.url();
    g.providers = {QStringLiteral("openai"), QStringLiteral("anthropic")};
    g.refreshSeconds = 2;
    g.timeoutSeconds = 5;
    g = context.profiles()->save(g);
    ConnectionProfile o;
    o.name = QStringLiteral("Soak OpenAI");
    o.kind = BackendKind::OpenAi;
    o.baseUrl = openai.url();
    o.providers = {QStringLiteral("openai")};
    o.refreshSeconds = 2;
    o.timeoutSeconds = 5;
    o = context.profiles()->save(o);

    MainWindow window(context);
    window.resize(1200, 800);
    window.show();
    context.switcher()->choose(g.id);

    SoakDriver driver(context, window, {&gateway, &openai}, {g.id, o.id}, runMinutes,
                      quint32(parser.value(seed).toUInt()));
    driver.start();
    const int code = app.exec();
    return code == 0 ? driver.exitCode() : code;
}
