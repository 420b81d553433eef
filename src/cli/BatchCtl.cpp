#include "BatchCtl.h"

#include "json/ResultEncoder.h"

#include "TextTable.h"
#include "Version.h"
#include "backend/BackendFactory.h"
#include "failures/FailureSummary.h"
#include "input/RequestFileCheck.h"
#include "model/StatusCategory.h"
#include "results/ResultsExporter.h"
#include "results/ResultsStore.h"
#include "retry/RetryPlanner.h"
#include "retry/RetrySubmitter.h"
#include "settings/ConnectionProfile.h"
#include "json/BatchEncoder.h"

#include <QFile>

#include "SimHost.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString envOr(const char *name, const QString &fallback)
{
    const QString v = qEnvironmentVariable(name);
    return v.isEmpty() ? fallback : v;
}

QString formatTime(const Timestamp &t)
{
    if (!t)
        return QStringLiteral("-");
    return QDateTime::fromSecsSinceEpoch(*t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The words `--status` takes: every status, plus "active" and "finished".
const char *const kStatusWords[] = {"validating", "in_progress", "finalizing", "completed", "failed",  "expired",
                                    "cancelling", "cancelled",   "ended",      "active",    "finished"};

bool isStatusWord(const QString &word)
{
    const QString w = word.toLower();
    if (w == u"terminal" || BatchStatus::fromWire(w).isKnown()) // also the other spellings (canceled, canceling)
        return true;
    for (const char *known : kStatusWords) {
        if (w == QLatin1String(known))
            return true;
    }
    return false;
}

bool matchesStatus(const Batch &b, const QString &wanted)
{
    const QString w = wanted.toLower();
    if (w == u"active")
        return b.status.active();
    if (w == u"finished" || w == u"terminal")
        return b.status.terminal();
    return BatchStatus::fromWire(w).kind() == b.status.kind();
}

// What another provider's batch ids look like, for a hint after a 404.
QString providerOfId(const QString &id)
{
    if (id.startsWith(QLatin1String("msgbatch_")))
        return QStringLiteral("anthropic");
    if (id.startsWith(QLatin1String("batch_")))
        return QStringLiteral("openai");
    if (id.startsWith(QLatin1String("batches/")))
        return QStringLiteral("gemini");
    if (id.startsWith(QLatin1String("arn:aws:bedrock")))
        return QStringLiteral("bedrock");
    return {};
}

// A cell cut to `width` characters says so.
QString cut(const QString &text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QStringLiteral("…");
}

} // namespace

struct BatchCtl::Command
{
    QCommandLineParser &parser;
    QString name;
    QStringList args;
    QString value(const QString &option) const { return parser.value(option); }
    bool isSet(const QString &option) const { return parser.isSet(option); }
};

// The repeated --metadata k=v pairs of create and retry; returns the first one
// that is not key=value, or an empty string when all are.
QString BatchCtl::metadataOption(const Command &c, QMap<QString, QString> *metadata)
{
    for (const QString &pair : c.parser.values(QStringLiteral("metadata"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return pair;
        metadata->insert(pair.left(eq), pair.mid(eq + 1));
    }
    return QString();
}

// Every command once: its name, how it is written, what it does, and who does it.
const BatchCtl::CommandSpec BatchCtl::kCommands[] = {
    {"list", "list [--limit N] [--all] [--status S]", "list batches (S: a status, 'active' or 'finished')",
     &BatchCtl::list},
    {"show", "show ID", "every field of one batch", &BatchCtl::show},
    {"cancel", "cancel ID...", "cancel one or more batches", &BatchCtl::cancel},
    {"results", "results ID [--only succeeded|failed]", "per-request results", &BatchCtl::results},
    {"export", "export ID -o FILE.jsonl|- [--only ...] [--normalized]",
     "results as received (or normalised), one per line", &BatchCtl::exportResults},
    {"create",
     "create (--input-file-id ID | --file F.jsonl) [--model M] [--endpoint E] [--window 24h] [--metadata k=v]...",
     "create a batch", &BatchCtl::create},
    {"delete", "delete ID...", "delete ended batches (Anthropic only)", &BatchCtl::deleteBatches},
    {"failures", "failures ID",
     "why requests failed: errored rows grouped by status, code and message, most common first", &BatchCtl::failures},
    {"retry",
     "retry ID [--include failed,expired,canceled,missing] [--exclude-status 400,5xx] [--exclude-code C] [--input F] "
     "[--dry-run -o FILE] [--metadata k=v]...",
     "send again what failed, expired, was cancelled or is missing, as a new batch in the same chain",
     &BatchCtl::retry},
};

QString BatchCtl::commandsHelp()
{
    QString text = QStringLiteral("Commands:\n");
    for (const CommandSpec &spec : kCommands) {
        const QString usage = QStringLiteral("  ") + QLatin1String(spec.usage);
        text += usage.size() < 44 ? usage.leftJustified(44) + QLatin1String(spec.summary) + QLatin1Char('\n')
                                  : usage + QLatin1Char('\n') + QString(44, QLatin1Char(' '))
                                        + QLatin1String(spec.summary) + QLatin1Char('\n');
    }
    return text + QStringLiteral("\nExit codes: 0 success, 1 API or network error, 2 usage error.");
}

const BatchCtl::CommandSpec *BatchCtl::findCommand(const QString &name)
{
    for (const CommandSpec &spec : kCommands) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

BatchCtl::BatchCtl(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

BatchCtl::~BatchCtl()
{
    m_backend.reset();
    m_demo.reset();
}

int BatchCtl::usage(const QString &message)
{
    m_err << "batchctl: " << message << "\n"
          << "Try 'batchctl --help'.\n";
    m_err.flush();
    return 2;
}

int BatchCtl::fail(const ApiError &error)
{
    m_err << "batchctl: " << error.toString() << "\n";
    m_err.flush();
    return 1;
}

int BatchCtl::failFor(const QString &id, const ApiError &error)
{
    const int code = fail(error);
    // A 404 for an id that plainly belongs to another provider: say which one.
    const QString looksLike = providerOfId(id);
    if (error.httpStatus == 404 && !looksLike.isEmpty() && looksLike != m_backend->provider()) {
        const QString how = m_settings.connection.kind == BackendKind::Bifrost
                                ? QStringLiteral("--provider ") + looksLike
                                : QStringLiteral("--backend ") + looksLike;
        m_err << "batchctl: hint: " << id << " looks like a batch id of " << looksLike << "; try " << how << "\n";
        m_err.flush();
    }
    return code;
}

int BatchCtl::fail(const QString &operation, const QString &message)
{
    return fail(ApiError::make(ApiError::Kind::Local, operation, message));
}

void BatchCtl::printNotices(const QStringList &notices)
{
    for (const QString &n : notices)
        m_err << "batchctl: note: " << n << "\n";
    m_err.flush();
}

void BatchCtl::printWarnings(const QStringList &warnings)
{
    if (!m_settings.verbose)
        return;
    for (const QString &w : warnings)
        m_err << "batchctl: warning: " << w << "\n";
    m_err.flush();
}

int BatchCtl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Batch Console's command-line twin: list, inspect, cancel and create "
                       "LLM batch jobs on a Bifrost gateway.\n\n")
        + commandsHelp());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options{
        {QStringLiteral("backend"),
         QStringLiteral("bifrost (a gateway, the default), openai or anthropic (the providers' own APIs)."),
         QStringLiteral("B")},
        {QStringLiteral("url"),
         QStringLiteral(
             "Base URL (default: $BATCH_CONSOLE_URL or http://localhost:8080 for bifrost, the provider's API otherwise)."),
         QStringLiteral("URL")},
        {QStringLiteral("provider"), QStringLiteral("Provider the batches live on (default openai)."),
         QStringLiteral("P")},
        {QStringLiteral("gateway-routes"),
         QStringLiteral("bifrost: native (/v1, the default) or openai (the OpenAI-compatible /openai/v1 routes)."),
         QStringLiteral("R")},
        {QStringLiteral("api-key"),
         QStringLiteral(
             "The API key (default $BATCH_CONSOLE_API_KEY, else $OPENAI_API_KEY or $ANTHROPIC_API_KEY to fit the backend)."),
         QStringLiteral("K")},
        {QStringLiteral("virtual-key"),
         QStringLiteral("Bifrost virtual key, sent as x-bf-vk (default $BATCH_CONSOLE_VIRTUAL_KEY)."),
         QStringLiteral("VK")},
        {QStringLiteral("demo"), QStringLiteral("Start the built-in gateway simulator and use it.")},
        {QStringLiteral("json"), QStringLiteral("Machine-readable output.")},
        {QStringLiteral("timeout"), QStringLiteral("Seconds without an answer before a call fails (default 30)."),
         QStringLiteral("S")},
        {QStringLiteral("ca-file"),
         QStringLiteral("PEM file of extra certificate authorities to trust for this call ($SSL_CERT_FILE is also "
                        "honoured)."),
         QStringLiteral("PEM")},
        {QStringLiteral("client-cert"), QStringLiteral("PEM client certificate, for gateways that require mutual TLS."),
         QStringLiteral("PEM")},
        {QStringLiteral("client-key"), QStringLiteral("The client certificate's unencrypted PEM key."),
         QStringLiteral("PEM")},
        {QStringLiteral("verbose"), QStringLiteral("Report retries and oddities in server answers on stderr.")},
        {QStringLiteral("limit"), QStringLiteral("list: page size."), QStringLiteral("N")},
        {QStringLiteral("all"), QStringLiteral("list: follow every page.")},
        {QStringLiteral("status"), QStringLiteral("list: only batches with this status."), QStringLiteral("S")},
        {QStringLiteral("only"), QStringLiteral("results/export: succeeded or failed."), QStringLiteral("WHICH")},
        {QStringLiteral("redownload"), QStringLiteral("results/export: ignore the cached copy of finished results.")},
        {QStringLiteral("normalized"), QStringLiteral("export: normalised rows instead of the provider's own lines.")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("export, retry --dry-run: the file to write."),
         QStringLiteral("FILE")},
        {QStringLiteral("input-file-id"), QStringLiteral("create: an uploaded input file."), QStringLiteral("ID")},
        {QStringLiteral("file"), QStringLiteral("create: a JSONL file of requests to upload."), QStringLiteral("FILE")},
        {QStringLiteral("model"), QStringLiteral("create: provider/model, e.g. openai/gpt-4o-mini."),
         QStringLiteral("M")},
        {QStringLiteral("endpoint"), QStringLiteral("create: e.g. /v1/chat/completions."), QStringLiteral("E")},
        {QStringLiteral("window"), QStringLiteral("create: completion window (default 24h)."), QStringLiteral("W")},
        {QStringLiteral("metadata"), QStringLiteral("create, retry: a key=value pair; repeatable."),
         QStringLiteral("K=V")},
        {QStringLiteral("include"),
         QStringLiteral("retry: which outcomes to send again (default failed,expired,canceled,missing)."),
         QStringLiteral("LIST")},
        {QStringLiteral("exclude-status"),
         QStringLiteral("retry: leave out failures with these HTTP statuses (e.g. 400,404 or 4xx)."),
         QStringLiteral("LIST")},
        {QStringLiteral("exclude-code"),
         QStringLiteral("retry: leave out failures with these error codes or types (e.g. invalid_request_error)."),
         QStringLiteral("LIST")},
        {QStringLiteral("input"),
         QStringLiteral("retry: the original request file, for batches whose input cannot be downloaded."),
         QStringLiteral("FILE")},
        {QStringLiteral("dry-run"), QStringLiteral("retry: write the new input (-o FILE) and submit nothing.")},
    };
    parser.addOptions(options);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    QStringList names;
    for (const CommandSpec &spec : kCommands)
        names << QLatin1String(spec.name);
    parser.addPositionalArgument(QStringLiteral("command"), names.join(QStringLiteral(", ")) + QLatin1Char('.'));

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(version)) {
        m_out << "batchctl " << BATCH_CONSOLE_VERSION << "\n";
        return 0;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QStringLiteral("no command given"));

    Command c{parser, positional.first(), positional.mid(1)};
    const CommandSpec *command = findCommand(c.name);
    if (!command)
        return usage(QStringLiteral("unknown command '%1'").arg(c.name));
    if (c.isSet(QStringLiteral("only"))) {
        const QString only = c.value(QStringLiteral("only"));
        if (only != u"succeeded" && only != u"failed")
            return usage(QStringLiteral("--only takes 'succeeded' or 'failed'"));
    }

    m_settings.json = parser.isSet(QStringLiteral("json"));
    m_settings.verbose = parser.isSet(QStringLiteral("verbose"));
    m_settings.demo = parser.isSet(QStringLiteral("demo"));
    Connection &conn = m_settings.connection;
    conn.name = QStringLiteral("batchctl");
    conn.kind = BackendKind::Bifrost;
    if (parser.isSet(QStringLiteral("backend"))
        && !backendKindFromWire(parser.value(QStringLiteral("backend")), &conn.kind))
        return usage(QStringLiteral("--backend takes bifrost, openai or anthropic"));
    conn.provider = conn.kind == BackendKind::Anthropic        ? QStringLiteral("anthropic")
                    : conn.kind == BackendKind::OpenAi         ? QStringLiteral("openai")
                    : parser.isSet(QStringLiteral("provider")) ? parser.value(QStringLiteral("provider"))
                                                               : QStringLiteral("openai");
    if (parser.isSet(QStringLiteral("gateway-routes"))
        && (conn.kind != BackendKind::Bifrost
            || !gatewayRoutesFromWire(parser.value(QStringLiteral("gateway-routes")), &conn.gatewayRoutes)))
        return usage(QStringLiteral("--gateway-routes takes native or openai, with --backend bifrost"));
    const char *providerKeyVariable = conn.kind == BackendKind::Anthropic ? "ANTHROPIC_API_KEY"
                                      : conn.kind == BackendKind::OpenAi  ? "OPENAI_API_KEY"
                                                                          : nullptr;
    conn.apiKey = parser.isSet(QStringLiteral("api-key")) ? parser.value(QStringLiteral("api-key"))
                                                          : qEnvironmentVariable("BATCH_CONSOLE_API_KEY");
    if (conn.apiKey.isEmpty() && providerKeyVariable)
        conn.apiKey = qEnvironmentVariable(providerKeyVariable);
    conn.virtualKey = parser.isSet(QStringLiteral("virtual-key")) ? parser.value(QStringLiteral("virtual-key"))
                                                                  : qEnvironmentVariable("BATCH_CONSOLE_VIRTUAL_KEY");
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0)
            return usage(QStringLiteral("--timeout takes a positive number of seconds"));
        conn.timeoutMs = int(seconds * 1000);
    }
    conn.tls.caFile = parser.value(QStringLiteral("ca-file"));
    conn.tls.clientCertFile = parser.value(QStringLiteral("client-cert"));
    conn.tls.clientKeyFile = parser.value(QStringLiteral("client-key"));
    if (conn.tls.clientCertFile.isEmpty() != conn.tls.clientKeyFile.isEmpty())
        return usage(QStringLiteral("--client-cert and --client-key go together"));
    if (m_settings.demo) {
        SimOptions demo = SimHost::demoOptions();
        demo.dialect = backendKindWire(conn.kind);
        m_demo = std::make_unique<SimHost>(demo);
        QString why;
        if (!m_demo->start(&why))
            return fail(QStringLiteral("demo"), why);
        conn.baseUrl = m_demo->url();
    } else {
        QString url = parser.value(QStringLiteral("url"));
        if (url.isEmpty())
            url = conn.kind == BackendKind::Bifrost
                      ? envOr("BATCH_CONSOLE_URL", QStringLiteral("http://localhost:8080"))
                      : ConnectionProfile::defaultBaseUrl(conn.kind).toString();
        conn.baseUrl = QUrl::fromUserInput(url);
        if (!conn.baseUrl.isValid() || (conn.baseUrl.scheme() != u"http" && conn.baseUrl.scheme() != u"https"))
            return usage(QStringLiteral("--url must be an http(s) URL, got '%1'").arg(url));
    }
    // Warned, not refused: internal gateways on plain HTTP are common.
    if (conn.sendsSecretsInClear()) {
        m_err << "warning: the key is sent unencrypted to " << conn.baseUrl.toString(QUrl::RemoveUserInfo) << "\n";
        m_err.flush();
    }
    m_backend = makeBackend(conn);

    return (this->*command->run)(c);
}

int BatchCtl::list(const Command &c)
{
    int limit = 0;
    if (c.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = c.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usage(QStringLiteral("--limit takes a whole number of at least 1"));
    }
    const QString status = c.value(QStringLiteral("status"));
    if (c.isSet(QStringLiteral("status")) && !isStatusWord(status)) {
        QStringList words;
        for (const char *w : kStatusWords)
            words << QLatin1String(w);
        return usage(
            QStringLiteral("--status takes one of %1; got '%2'").arg(words.join(QStringLiteral(", ")), status));
    }
    const bool all = c.isSet(QStringLiteral("all"));
    QList<Batch> batches;
    if (all || !status.isEmpty()) {
        // A status filter walks the pages until --limit batches match (every page with --all),
        // so "--status failed" never answers from the first page alone.
        std::function<bool(const Batch &)> keep;
        if (!status.isEmpty())
            keep = [status](const Batch &b) { return matchesStatus(b, status); };
        const int wanted = all ? 0 : (limit > 0 ? limit : kDefaultListCount);
        const auto outcome = waitFor(m_backend->listMatching(keep, wanted, all ? limit : 0));
        printWarnings(outcome.warnings);
        printNotices(outcome.notices);
        if (!outcome.ok())
            return fail(outcome.error);
        batches = outcome.value;
        if (!all && !outcome.notices.isEmpty())
            m_err << "batchctl: use --all to list every page\n";
    } else {
        ListQuery query;
        query.limit = limit;
        const auto outcome = waitFor(m_backend->list(query));
        printWarnings(outcome.warnings);
        if (!outcome.ok())
            return fail(outcome.error);
        batches = outcome.value.batches;
        // Said on stderr whatever the format: a script reading --json must not take one page for all.
        if (outcome.value.hasMore)
            m_err << "batchctl: more batches exist; use --all to list every page\n";
    }
    m_err.flush();

    if (m_settings.json) {
        QJsonArray array;
        for (const Batch &b : std::as_const(batches))
            array.append(BatchEncoder::toJson(b));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("STATUS"), QStringLiteral("DONE/FAILED/TOTAL"),
                     QStringLiteral("CREATED"), QStringLiteral("ENDPOINT")});
    table.setRightAligned(2);
    for (const Batch &b : std::as_const(batches)) {
        table.addRow({b.id, b.status.wire(),
                      QStringLiteral("%1/%2/%3").arg(b.counts.processed()).arg(b.counts.failed).arg(b.counts.total),
                      formatTime(b.createdAt), b.endpoint});
    }
    m_out << table.render();
    m_out << batches.size() << (batches.size() == 1 ? " batch\n" : " batches\n");
    return 0;
}

void BatchCtl::printBatchDetails(const Batch &b)
{
    TextTable table({QStringLiteral("FIELD"), QStringLiteral("VALUE")});
    auto add = [&](const char *field, const QString &value) {
        if (!value.isEmpty())
            table.addRow({QLatin1String(field), value});
    };
    auto addTime = [&](const char *field, const Timestamp &t) {
        if (t)
            add(field, QDateTime::fromSecsSinceEpoch(*t).toString(Qt::ISODate) + QStringLiteral(" (%1)").arg(*t));
    };
    add("id", b.id);
    add("provider", b.provider);
    add("status", b.status.wire());
    add("processing_status", b.processingStatus);
    add("endpoint", b.endpoint);
    add("model", b.model);
    add("completion_window", b.completionWindow);
    add("input_file_id", b.inputFileId);
    add("output_file_id", b.outputFileId);
    add("error_file_id", b.errorFileId);
    add("results_url", b.resultsUrl);
    // The counts the API gave, under its own names; then what they mean in the
    // console's words, with "succeeded" only where it is known.
    const QJsonObject given
        = QJsonDocument::fromJson(b.raw).object().value(QStringLiteral("request_counts")).toObject();
    QStringList givenParts;
    QStringList keys = given.keys();
    // In the order people read them (a JSON object has none); names the console does not know come last.
    static const QStringList order{QStringLiteral("total"),     QStringLiteral("processing"),
                                   QStringLiteral("pending"),   QStringLiteral("completed"),
                                   QStringLiteral("succeeded"), QStringLiteral("failed"),
                                   QStringLiteral("errored"),   QStringLiteral("expired"),
                                   QStringLiteral("canceled"),  QStringLiteral("cancelled")};
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const qsizetype x = order.indexOf(a) < 0 ? order.size() : order.indexOf(a);
        const qsizetype y = order.indexOf(b) < 0 ? order.size() : order.indexOf(b);
        return x < y;
    });
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue v = given.value(key);
        givenParts << key + QLatin1Char(' ')
                          + (v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toVariant().toString());
    }
    add("request_counts", givenParts.join(QStringLiteral(", ")));
    const RequestCounts &n = b.counts;
    QStringList derived{QStringLiteral("done %1 of %2").arg(n.processed()).arg(n.total)};
    if (n.succeededReported || given.contains(QStringLiteral("completed")))
        derived << QStringLiteral("succeeded %1").arg(n.succeededCount());
    derived << QStringLiteral("failed %1").arg(n.failed);
    if (n.expired)
        derived << QStringLiteral("expired %1").arg(n.expired);
    if (n.canceled)
        derived << QStringLiteral("cancelled %1").arg(n.canceled);
    add("requests", derived.join(QStringLiteral(", ")));
    if (b.status.terminal())
        add("outcome", StatusCategory::outcomeText(b));
    addTime("created_at", b.createdAt);
    addTime("in_progress_at", b.inProgressAt);
    addTime("finalizing_at", b.finalizingAt);
    addTime("completed_at", b.completedAt);
    addTime("failed_at", b.failedAt);
    addTime("expired_at", b.expiredAt);
    addTime("cancelling_at", b.cancellingAt);
    addTime("cancelled_at", b.cancelledAt);
    addTime("expires_at", b.expiresAt);
    addTime("archived_at", b.archivedAt);
    for (auto it = b.metadata.begin(); it != b.metadata.end(); ++it)
        table.addRow({QStringLiteral("metadata.") + it.key(), it.value()});
    for (const BatchError &e : b.errors)
        table.addRow({QStringLiteral("error"),
                      QStringLiteral("%1%2: %3")
                          .arg(e.code, e.line ? QStringLiteral(" (line %1)").arg(*e.line) : QString(), e.message)});
    if (b.usage.present)
        add("usage", QStringLiteral("%1 in, %2 out").arg(b.usage.inputTokens).arg(b.usage.outputTokens));
    add("operation_name", b.operationName);
    if (b.done)
        add("done", *b.done ? QStringLiteral("true") : QStringLiteral("false"));
    if (b.progress)
        add("progress", QString::number(*b.progress));
    m_out << table.render();
}

int BatchCtl::show(const Command &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("show takes one batch id"));
    const auto outcome = waitFor(m_backend->retrieve(c.args.first()));
    printWarnings(outcome.warnings);
    if (!outcome.ok())
        return failFor(c.args.first(), outcome.error);
    if (m_settings.json)
        m_out << QJsonDocument(BatchEncoder::toJson(outcome.value)).toJson(QJsonDocument::Compact) << "\n";
    else
        printBatchDetails(outcome.value);
    return 0;
}

int BatchCtl::cancel(const Command &c)
{
    if (c.args.isEmpty())
        return usage(QStringLiteral("cancel takes one or more batch ids"));
    int exitCode = 0;
    for (const QString &id : c.args) {
        const auto outcome = waitFor(m_backend->cancel(id));
        printWarnings(outcome.warnings);
        if (!outcome.ok()) {
            exitCode = failFor(id, outcome.error);
            continue;
        }
        const Batch &b = outcome.value;
        if (m_settings.json)
            m_out << QJsonDocument(BatchEncoder::toJson(b)).toJson(QJsonDocument::Compact) << "\n";
        else
            m_out << b.id << ": " << b.status.wire() << " (" << b.counts.processed() << "/" << b.counts.total
                  << " done)\n";
        m_out.flush();
    }
    return exitCode;
}

std::shared_ptr<const ResultIndex> BatchCtl::loadResults(const QString &id, bool redownload, int *exitCode)
{
    const auto batch = waitFor(m_backend->retrieve(id));
    printWarnings(batch.warnings);
    if (!batch.ok()) {
        ApiError e = batch.error;
        e.operation = QStringLiteral("results");
        *exitCode = failFor(id, e);
        return nullptr;
    }
    // The same store the window uses: streamed to the cache, indexed with simdjson.
    ResultsStore store(m_backend.get());
    if (m_settings.verbose) {
        QObject::connect(&store, &ResultsStore::stageChanged, [this](ResultsStore::Stage stage) {
            if (stage == ResultsStore::Stage::Downloading)
                m_err << "batchctl: downloading results\n";
            else if (stage == ResultsStore::Stage::Indexing)
                m_err << "batchctl: indexing results\n";
            m_err.flush();
        });
    }
    store.load(batch.value, redownload);
    if (!store.waitUntilDone()) {
        *exitCode = fail(store.error());
        return nullptr;
    }
    return store.index();
}

int BatchCtl::results(const Command &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("results takes one batch id"));
    int exitCode = 0;
    const auto index = loadResults(c.args.first(), c.isSet(QStringLiteral("redownload")), &exitCode);
    if (!index)
        return exitCode;
    const std::vector<int> rows = ResultsExporter::rowsWhere(*index, c.value(QStringLiteral("only")));
    if (m_settings.json) {
        for (int row : rows)
            m_out << ResultEncoder::toNormalizedJson(index->decode(row)) << "\n";
        return 0;
    }
    TextTable table(
        {QStringLiteral("CUSTOM_ID"), QStringLiteral("OUTCOME"), QStringLiteral("STATUS"), QStringLiteral("ERROR")});
    QMap<QString, int> tally;
    for (int row : rows) {
        const ResultRow r = index->decode(row);
        ++tally[outcomeWire(r.outcome)];
        const QString error
            = r.errorCode.isEmpty()
                  ? r.errorMessage
                  : r.errorCode + (r.errorMessage.isEmpty() ? QString() : QStringLiteral(": ") + r.errorMessage);
        table.addRow({r.customId, outcomeWire(r.outcome),
                      r.statusCode ? QString::number(r.statusCode) : QStringLiteral("-"), cut(error, 100)});
    }
    m_out << table.render();
    QStringList parts;
    for (auto it = tally.begin(); it != tally.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    m_out << rows.size() << " rows"
          << (parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(", "))) << "\n";
    return 0;
}

int BatchCtl::exportResults(const Command &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("export takes one batch id"));
    const QString path = c.value(QStringLiteral("output"));
    if (path.isEmpty())
        return usage(QStringLiteral("export needs -o FILE.jsonl"));
    int exitCode = 0;
    const auto index = loadResults(c.args.first(), c.isSet(QStringLiteral("redownload")), &exitCode);
    if (!index)
        return exitCode;
    const QString only = c.value(QStringLiteral("only"));
    const std::vector<int> rows = ResultsExporter::rowsWhere(*index, only);
    const auto format = c.isSet(QStringLiteral("normalized")) ? ResultsExporter::Format::Normalized
                                                              : ResultsExporter::Format::AsReceived;
    if (path == u"-") {
        // "-" is standard output, as for `results`: the same bytes an export file would hold.
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(QStringLiteral("export"), out.errorString());
        const auto outcome = ResultsExporter::writeTo(*index, only.isEmpty() ? nullptr : &rows, format, &out);
        out.flush();
        if (!outcome.ok)
            return fail(QStringLiteral("export"), outcome.error);
        return 0;
    }
    const auto outcome = ResultsExporter::write(*index, only.isEmpty() ? nullptr : &rows, format, path);
    if (!outcome.ok)
        return fail(QStringLiteral("export"), outcome.error);
    if (!m_settings.json)
        m_err << "batchctl: wrote " << outcome.rows << " rows to " << path << "\n";
    return 0;
}

// The same planner and submitter the window uses: results and input joined
// on custom_id, the chosen lines byte for byte, the chain in the metadata.
int BatchCtl::retry(const Command &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("retry takes one batch id"));
    RetryCriteria criteria;
    QString problem;
    if (c.isSet(QStringLiteral("include")) && !criteria.setIncluded(c.value(QStringLiteral("include")), &problem))
        return usage(QStringLiteral("--include: ") + problem);
    if (c.isSet(QStringLiteral("exclude-status"))
        && !criteria.setExcludedStatuses(c.value(QStringLiteral("exclude-status")), &problem))
        return usage(QStringLiteral("--exclude-status: ") + problem);
    for (const QString &code : c.value(QStringLiteral("exclude-code")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        criteria.excludedCodes.insert(code.trimmed());
    const bool dryRun = c.isSet(QStringLiteral("dry-run"));
    const QString output = c.value(QStringLiteral("output"));
    if (dryRun && output.isEmpty())
        return usage(QStringLiteral("retry --dry-run needs -o FILE for the new input"));
    if (!dryRun && !output.isEmpty())
        return usage(QStringLiteral("retry writes -o FILE only with --dry-run"));
    const QString input = c.value(QStringLiteral("input"));
    if (!input.isEmpty() && !QFileInfo::exists(input))
        return usage(QStringLiteral("no such file: %1").arg(input));
    QMap<QString, QString> metadata;
    if (const QString bad = metadataOption(c, &metadata); !bad.isEmpty())
        return usage(QStringLiteral("--metadata takes key=value, got '%1'").arg(bad));

    const QString id = c.args.first();
    const auto batch = waitFor(m_backend->retrieve(id));
    printWarnings(batch.warnings);
    if (!batch.ok()) {
        ApiError e = batch.error;
        e.operation = QStringLiteral("retry");
        return failFor(id, e);
    }
    RetryPlanner planner(m_backend.get());
    planner.load(batch.value, input, criteria);
    if (!planner.waitUntilDone())
        return fail(planner.error());

    const RetrySelection &selection = planner.selection();
    QStringList parts;
    for (int r = 0; r < kRetryReasonCount; ++r) {
        if (selection.count(RetryReason(r)) > 0)
            parts << QStringLiteral("%1 %2")
                         .arg(selection.count(RetryReason(r)))
                         .arg(RetryCriteria::wireName(RetryReason(r)));
    }
    QStringList leftOut;
    for (int r = 0; r < kRetryReasonCount; ++r) {
        if (selection.leftOut(RetryReason(r)) > 0)
            leftOut << QStringLiteral("%1 %2")
                           .arg(selection.leftOut(RetryReason(r)))
                           .arg(RetryCriteria::wireName(RetryReason(r)));
    }
    if (!m_settings.json || dryRun) {
        QTextStream &to = m_settings.json ? m_err : m_out;
        to << "retry of " << id << ": " << selection.requestCount() << " requests"
           << (parts.isEmpty() ? QString() : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')'))
           << ", " << selection.bytes() << " bytes; " << selection.succeeded() << " succeeded"
           << (leftOut.isEmpty() ? QString() : QStringLiteral("; left out: ") + leftOut.join(QStringLiteral(", ")))
           << "\n";
        to.flush();
    }
    if (selection.unreadableInputLines() > 0 || selection.duplicateInputIds() > 0)
        m_err << "batchctl: the input has " << selection.unreadableInputLines() << " unreadable line(s) and "
              << selection.duplicateInputIds() << " repeated custom_id(s); they are not sent again\n";
    if (selection.resultsNotInInput() > 0)
        m_err << "batchctl: " << selection.resultsNotInInput()
              << " result(s) have a custom_id the input does not hold ("
              << selection.resultsNotInInputExamples().join(QStringLiteral(", ")) << ")\n";

    if (dryRun) {
        QString error;
        if (!selection.save(*planner.input(), output, &error))
            return fail(QStringLiteral("retry"), error);
        if (!m_settings.json)
            m_err << "batchctl: wrote " << selection.requestCount() << " requests to " << output << "\n";
        return 0;
    }
    if (selection.requestCount() == 0) {
        m_err << "batchctl: nothing to retry\n";
        return 0;
    }
    const ChainMetadata::Outcome composed = RetrySubmitter::metadataFor(batch.value, metadata);
    for (const QString &note : composed.notes)
        m_err << "batchctl: metadata: " << note << "\n";
    if (!composed.ok)
        return usage(QStringLiteral("the metadata does not fit the provider's limits"));
    RetrySubmitter submitter(m_backend.get());
    submitter.start(planner, metadata);
    if (!submitter.waitUntilDone())
        return fail(submitter.error());
    const Batch &created = submitter.createdBatch();
    if (m_settings.json)
        m_out << QJsonDocument(BatchEncoder::toJson(created)).toJson(QJsonDocument::Compact) << "\n";
    else
        m_out << created.id << ": " << created.status.wire() << " (" << created.counts.total << " requests, attempt "
              << ChainLink::nextAttemptOf(batch.value).attempt << ")\n";
    return 0;
}

int BatchCtl::failures(const Command &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("failures takes one batch id"));
    int exitCode = 0;
    const auto index = loadResults(c.args.first(), c.isSet(QStringLiteral("redownload")), &exitCode);
    if (!index)
        return exitCode;
    const QList<FailureGroup> groups = FailureSummary::build(*index);
    if (m_settings.json) {
        for (const FailureGroup &g : groups) {
            const QJsonObject o{{QStringLiteral("count"), g.count()},
                                {QStringLiteral("status_code"), g.statusCode ? QJsonValue(g.statusCode) : QJsonValue()},
                                {QStringLiteral("code"), g.code.isEmpty() ? QJsonValue() : QJsonValue(g.code)},
                                {QStringLiteral("pattern"), g.pattern},
                                {QStringLiteral("example_custom_id"), g.exampleCustomId}};
            m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        }
        return 0;
    }
    if (groups.isEmpty()) {
        m_out << "no failed requests\n";
        return 0;
    }
    TextTable table({QStringLiteral("COUNT"), QStringLiteral("STATUS"), QStringLiteral("CODE"),
                     QStringLiteral("MESSAGE"), QStringLiteral("EXAMPLE")});
    for (const FailureGroup &g : groups)
        table.addRow({QString::number(g.count()), g.statusCode ? QString::number(g.statusCode) : QStringLiteral("-"),
                      g.code.isEmpty() ? QStringLiteral("-") : g.code, cut(g.pattern, 80), g.exampleCustomId});
    m_out << table.render() << FailureSummary::headline(groups) << "\n";
    return 0;
}

int BatchCtl::deleteBatches(const Command &c)
{
    if (c.args.isEmpty())
        return usage(QStringLiteral("delete takes one or more batch ids"));
    if (!m_backend->supportsDelete())
        return fail(QStringLiteral("delete"),
                    QStringLiteral("%1 batches cannot be deleted").arg(m_backend->provider()));
    int exitCode = 0;
    for (const QString &id : c.args) {
        const auto batch = waitFor(m_backend->retrieve(id));
        if (!batch.ok()) {
            ApiError e = batch.error;
            e.operation = QStringLiteral("delete");
            exitCode = fail(e);
            continue;
        }
        const auto outcome = waitFor(m_backend->deleteBatch(batch.value));
        if (!outcome.ok()) {
            exitCode = fail(outcome.error);
            continue;
        }
        m_out << id << ": deleted\n";
    }
    return exitCode;
}

int BatchCtl::create(const Command &c)
{
    const QString model = c.value(QStringLiteral("model"));
    const QString inputFileId = c.value(QStringLiteral("input-file-id"));
    const QString file = c.value(QStringLiteral("file"));
    if (!c.args.isEmpty())
        return usage(QStringLiteral("create takes no positional arguments"));
    const BackendKind kind = m_backend->connection().kind;
    // The gateway routes by the model's provider prefix; the providers read the model from each request.
    // With --file, the lines name it (as in the window); an uploaded file id gives nothing to read.
    if (model.isEmpty() && kind == BackendKind::Bifrost && file.isEmpty())
        return usage(QStringLiteral("create needs --model provider/model"));
    if (inputFileId.isEmpty() == file.isEmpty())
        return usage(QStringLiteral("create needs exactly one of --input-file-id or --file"));
    if (kind == BackendKind::Anthropic && !inputFileId.isEmpty())
        return usage(QStringLiteral("Anthropic takes the requests themselves: use --file"));

    CreateBatchRequest request;
    request.model = model;
    request.inputFileId = inputFileId;
    request.endpoint = c.isSet(QStringLiteral("endpoint")) ? c.value(QStringLiteral("endpoint")) : QString();
    if (c.isSet(QStringLiteral("window")))
        request.completionWindow = c.value(QStringLiteral("window"));
    if (const QString bad = metadataOption(c, &request.metadata); !bad.isEmpty())
        return usage(QStringLiteral("--metadata takes key=value, got '%1'").arg(bad));

    if (!file.isEmpty()) {
        if (!QFileInfo::exists(file))
            return usage(QStringLiteral("no such file: %1").arg(file));
        const RequestFileReport report = RequestFileCheck::check(file);
        if (!report.readError.isEmpty())
            return fail(QStringLiteral("create"), QStringLiteral("cannot read %1: %2").arg(file, report.readError));
        if (!report.ok()) {
            for (const QString &e : report.errors)
                m_err << "batchctl: " << file << ": " << e << "\n";
            return fail(
                QStringLiteral("create"),
                QStringLiteral("%1 has %2 invalid line(s); nothing was uploaded").arg(file).arg(report.errorCount));
        }
        for (const QString &w : report.warnings)
            m_err << "batchctl: warning: " << w << "\n";
        if (request.model.isEmpty() && kind == BackendKind::Bifrost) {
            if (report.models.isEmpty())
                return usage(QStringLiteral("%1 names no model in its lines; give --model provider/model").arg(file));
            if (report.models.size() > 1)
                return usage(QStringLiteral("the lines of %1 name %2 models (%3); give --model provider/model")
                                 .arg(file)
                                 .arg(report.models.size())
                                 .arg(QStringList(report.models.keys()).join(QStringLiteral(", "))));
            const QString named = report.models.firstKey();
            request.model = named.contains(QLatin1Char('/')) ? named : m_backend->provider() + QLatin1Char('/') + named;
        }
        if (request.endpoint.isEmpty())
            request.endpoint = report.dominantUrl();
        if (m_backend->connection().kind == BackendKind::Anthropic && report.openAiShaped > 0)
            m_err << "batchctl: " << report.openAiShaped
                  << " request(s) in OpenAI's shape will be sent as Anthropic {custom_id, params}\n";
    }
    if (request.endpoint.isEmpty())
        request.endpoint = QStringLiteral("/v1/chat/completions");

    // Upload then create, or the requests inline: the backend knows which its API wants.
    const auto outcome
        = waitFor(file.isEmpty() ? m_backend->create(request) : m_backend->createFromFile(file, request));
    printWarnings(outcome.warnings);
    if (!outcome.ok())
        return fail(outcome.error);
    if (m_settings.json)
        m_out << QJsonDocument(BatchEncoder::toJson(outcome.value)).toJson(QJsonDocument::Compact) << "\n";
    else
        m_out << outcome.value.id << ": " << outcome.value.status.wire() << " (" << outcome.value.counts.total
              << " requests)\n";
    return 0;
}
