#include "SimStore.h"

#include "ResultsWriter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

const char *const kProjects[]
    = {"search-evals", "support-triage", "catalog-enrichment", "nightly-summaries", "translation"};
const char *const kOwners[] = {"ana", "bo", "chen", "dara", "eli"};
const qint64 kTotals[] = {10, 25, 100, 250, 500, 1000, 2000, 5000, 10000, 25000, 50000};

double parseWindow(const QString &window)
{
    // "24h", "48h", "7d"; anything else reads as 24 hours.
    if (window.endsWith(QLatin1Char('h')))
        return window.chopped(1).toDouble() * 3600.0;
    if (window.endsWith(QLatin1Char('d')))
        return window.chopped(1).toDouble() * 86400.0;
    return 86400.0;
}

} // namespace

QJsonObject SimFile::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("object"), QStringLiteral("file")},
                  {QStringLiteral("bytes"), bytes},
                  {QStringLiteral("created_at"), qint64(createdAt)},
                  {QStringLiteral("filename"), filename},
                  {QStringLiteral("purpose"), purpose},
                  {QStringLiteral("status"), QStringLiteral("processed")}};
    return o;
}

SimStore::SimStore(const SimOptions &options)
    : m_options(options)
    , m_rng(options.seed)
{
    if (m_options.speed <= 0)
        m_options.speed = 1.0;
    seedHistory();
}

double SimStore::now() const
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 + m_offset;
}

QString SimStore::newId(const QString &prefix, int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id = prefix;
    for (int i = 0; i < length; ++i)
        id += QLatin1Char(alphabet[m_rng.bounded(36)]);
    return id;
}

SimBatch SimStore::makeSeeded(const QString &provider, int index, int count)
{
    const double speed = m_options.speed;
    const double t = now();
    SimBatch b;
    b.provider = provider;
    if (provider == u"anthropic") {
        b.style = SimBatch::Style::Anthropic;
        b.id = newId(QStringLiteral("msgbatch_"), 24);
        b.endpoint = QStringLiteral("/v1/messages");
        b.model = QStringLiteral("anthropic/claude-3-5-haiku-20241022");
    } else if (provider == u"bedrock") {
        b.id = QStringLiteral("arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/") + newId(QString(), 12);
        b.endpoint = QStringLiteral("/v1/chat/completions");
        b.model = QStringLiteral("bedrock/anthropic.claude-3-haiku");
    } else {
        b.id = newId(QStringLiteral("batch_"), 24);
        const int kind = int(m_rng.bounded(10));
        b.endpoint = kind < 8   ? QStringLiteral("/v1/chat/completions")
                     : kind < 9 ? QStringLiteral("/v1/embeddings")
                                : QStringLiteral("/v1/responses");
        b.model = b.endpoint == u"/v1/embeddings" ? QStringLiteral("openai/text-embedding-3-small")
                  : m_rng.bounded(3) == 0         ? QStringLiteral("openai/gpt-4o")
                                                  : QStringLiteral("openai/gpt-4o-mini");
        b.inputFileId = newId(QStringLiteral("file-"), 22);
    }
    b.total = kTotals[m_rng.bounded(int(std::size(kTotals)))];
    b.failPermille = int(m_rng.bounded(60));
    if (m_rng.bounded(4) != 0) {
        b.metadata.insert(QStringLiteral("project"),
                          QLatin1String(kProjects[m_rng.bounded(int(std::size(kProjects)))]));
        b.metadata.insert(QStringLiteral("owner"), QLatin1String(kOwners[m_rng.bounded(int(std::size(kOwners)))]));
        if (m_rng.bounded(3) == 0)
            b.metadata.insert(QStringLiteral("run"), QStringLiteral("nightly-%1").arg(100 + index));
    }

    // Durations in simulated seconds, scaled by the speed.
    const double validating = (20.0 + m_rng.bounded(120)) / speed;
    const double running = (60.0 + double(b.total) * (0.05 + m_rng.generateDouble() * 0.4)) / speed;
    const double finalizing = (10.0 + m_rng.bounded(60)) / speed;
    const double window = 86400.0 / speed;

    // The newest third is still under way; the rest finished some time ago.
    const bool recent = index >= count - std::max(1, count / 3);
    const double age = recent ? m_rng.generateDouble() * (validating + running)
                              : validating + running + finalizing + 600.0 + m_rng.generateDouble() * 7 * 86400.0;
    b.createdAt = t - age;
    b.inProgressAt = b.createdAt + validating;
    b.finalizingAt = b.inProgressAt + running;
    b.endsAt = b.finalizingAt + finalizing;
    b.expiresAt = b.createdAt + window;
    b.cancelDelay = m_options.cancelDelaySeconds / speed;

    const int fate = int(m_rng.bounded(100));
    if (!recent && fate < 6 && b.style == SimBatch::Style::OpenAi) {
        b.fate = SimBatch::Fate::FailValidation;
    } else if (!recent && fate < 12) {
        b.fate = SimBatch::Fate::Expire;
        b.expireProgress = 0.3 + m_rng.generateDouble() * 0.6;
        b.endsAt = b.expiresAt;
    } else if (!recent && fate < 18) {
        b.cancelRequestedAt = b.inProgressAt + running * m_rng.generateDouble();
    }
    return b;
}

void SimStore::seedHistory()
{
    const struct
    {
        const char *provider;
        int count;
    } plan[] = {{"openai", m_options.openAiBatches},
                {"anthropic", m_options.anthropicBatches},
                {"bedrock", m_options.bedrockBatches}};
    for (const auto &p : plan) {
        // Oldest first, so that the newest-first listing reads naturally.
        QList<SimBatch> made;
        for (int i = 0; i < p.count; ++i)
            made.append(makeSeeded(QLatin1String(p.provider), i, p.count));
        std::stable_sort(made.begin(), made.end(),
                         [](const SimBatch &a, const SimBatch &b) { return a.createdAt < b.createdAt; });
        for (SimBatch &b : made)
            insert(std::move(b));
    }
    if (m_options.largeResultRows > 0) {
        SimBatch big;
        big.id = QStringLiteral("batch_large_results");
        big.provider = QStringLiteral("openai");
        big.endpoint = QStringLiteral("/v1/chat/completions");
        big.model = QStringLiteral("openai/gpt-4o-mini");
        big.inputFileId = QStringLiteral("file-large-input");
        big.total = m_options.largeResultRows;
        big.failPermille = 20;
        big.createdAt = now() - 86400.0;
        big.inProgressAt = big.createdAt + 60;
        big.finalizingAt = big.inProgressAt + 3600;
        big.endsAt = big.finalizingAt + 120;
        big.expiresAt = big.createdAt + 86400.0;
        big.metadata.insert(QStringLiteral("project"), QStringLiteral("large-eval"));
        // Inserted so that it sorts by its creation time.
        addInputFile(big);
        auto &list = m_batches[big.provider];
        auto shared = std::make_shared<SimBatch>(std::move(big));
        auto pos = std::upper_bound(list.begin(), list.end(), shared,
                                    [](const auto &a, const auto &b) { return a->createdAt < b->createdAt; });
        list.insert(pos, shared);
    }
}

void SimStore::addInputFile(const SimBatch &batch)
{
    if (batch.inputFileId.isEmpty() || m_files.contains(batch.inputFileId))
        return;
    SimFile f;
    f.id = batch.inputFileId;
    f.provider = batch.provider;
    f.filename = QStringLiteral("%1-requests.jsonl").arg(batch.id.section(QLatin1Char('/'), -1));
    f.purpose = QStringLiteral("batch");
    f.createdAt = batch.createdAt;
    f.batchKey = batch.provider + QLatin1Char('/') + batch.id;
    f.kind = SimFile::Kind::Input;
    addFile(std::move(f));
}

SimBatch *SimStore::insert(SimBatch batch)
{
    addInputFile(batch);
    auto shared = std::make_shared<SimBatch>(std::move(batch));
    m_batches[shared->provider].append(shared);
    return shared.get();
}

QList<SimBatch *> SimStore::batches(const QString &provider)
{
    QList<SimBatch *> out;
    const auto &list = m_batches.value(provider);
    out.reserve(list.size());
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        settle(it->get());
        out.append(it->get());
    }
    return out;
}

SimBatch *SimStore::find(const QString &provider, const QString &id)
{
    for (const auto &b : m_batches.value(provider)) {
        if (b->id == id) {
            settle(b.get());
            return b.get();
        }
    }
    return nullptr;
}

SimBatch *SimStore::create(const CreateRequest &r, QString *error)
{
    SimBatch b;
    b.provider = r.provider;
    b.style = r.provider == u"anthropic" ? SimBatch::Style::Anthropic : SimBatch::Style::OpenAi;
    b.id = b.style == SimBatch::Style::Anthropic ? newId(QStringLiteral("msgbatch_"), 24)
                                                 : newId(QStringLiteral("batch_"), 24);
    b.model = r.model;
    b.endpoint = r.endpoint.isEmpty() ? (b.style == SimBatch::Style::Anthropic ? QStringLiteral("/v1/messages")
                                                                               : QStringLiteral("/v1/chat/completions"))
                                      : r.endpoint;
    b.completionWindow = r.completionWindow.isEmpty() ? QStringLiteral("24h") : r.completionWindow;
    b.metadata = r.metadata;
    b.failPermille = m_options.createdFailPermille;
    b.missingPermille = m_options.createdMissingPermille;

    bool invalidLine = false;
    auto addRequest = [&](const QJsonObject &request) {
        b.customIds.append(request.value(QStringLiteral("custom_id")).toString());
        QJsonObject body = request.value(QStringLiteral("body")).toObject();
        if (body.isEmpty())
            body = request.value(QStringLiteral("params")).toObject();
        b.inputBodies.append(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    };
    if (!r.inputFileId.isEmpty()) {
        SimFile *input = file(r.inputFileId);
        if (!input || input->kind != SimFile::Kind::Upload) {
            *error = QStringLiteral("No such File object: %1").arg(r.inputFileId);
            return nullptr;
        }
        b.inputFileId = input->id;
        QFile f(input->path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("input file unreadable");
            return nullptr;
        }
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (!doc.isObject()) {
                invalidLine = true;
                b.customIds.append(QStringLiteral("line-%1").arg(b.customIds.size() + 1));
                b.inputBodies.append(QStringLiteral("{}"));
                continue;
            }
            addRequest(doc.object());
        }
    } else {
        for (const QJsonValue &v : r.requests)
            addRequest(v.toObject());
    }
    b.total = b.customIds.size();
    if (b.total == 0) {
        *error = QStringLiteral("the batch has no requests");
        return nullptr;
    }

    const double speed = m_options.speed;
    const double t = now();
    b.createdAt = t;
    b.inProgressAt = t + 4.0 / speed;
    b.finalizingAt = b.inProgressAt + std::max(10.0, double(b.total) * 0.02) / speed;
    b.endsAt = b.finalizingAt + 3.0 / speed;
    b.expiresAt = t + parseWindow(b.completionWindow) / speed;
    b.cancelDelay = m_options.cancelDelaySeconds / speed;
    if (invalidLine && b.style == SimBatch::Style::OpenAi)
        b.fate = SimBatch::Fate::FailValidation;
    return insert(std::move(b));
}

bool SimStore::cancel(SimBatch *batch)
{
    const double t = now();
    if (batch->at(t).terminal())
        return false;
    if (!batch->cancelRequestedAt)
        batch->cancelRequestedAt = t;
    return true;
}

SimBatch *SimStore::createSample(const QString &provider)
{
    SimBatch b = makeSeeded(provider, 1, 1); // the newest of a history of one: it starts running now
    const double t = now();
    const double shift = t - b.createdAt;
    for (double *time : {&b.createdAt, &b.inProgressAt, &b.finalizingAt, &b.endsAt, &b.expiresAt})
        *time += shift;
    return insert(std::move(b));
}

bool SimStore::remove(const QString &provider, const QString &id)
{
    auto &list = m_batches[provider];
    return list.removeIf([&](const std::shared_ptr<SimBatch> &b) { return b->id == id; }) > 0;
}

SimFile *SimStore::addFile(SimFile file)
{
    auto shared = std::make_shared<SimFile>(std::move(file));
    m_files.insert(shared->id, shared);
    return shared.get();
}

SimFile *SimStore::addUpload(const QString &provider, const QString &filename, const QString &purpose,
                             const QByteArray &content, QString *error)
{
    SimFile f;
    f.id = newId(QStringLiteral("file-"), 22);
    f.provider = provider;
    f.filename = filename;
    f.purpose = purpose;
    f.createdAt = now();
    f.path = m_dir.filePath(f.id + QStringLiteral(".jsonl"));
    QFile out(f.path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
        *error = QStringLiteral("cannot store the upload");
        return nullptr;
    }
    f.bytes = content.size();
    return addFile(std::move(f));
}

SimFile *SimStore::file(const QString &id)
{
    return m_files.value(id).get();
}

QList<SimFile *> SimStore::files(const QString &provider)
{
    QList<SimFile *> out;
    for (const auto &f : std::as_const(m_files)) {
        if (provider.isEmpty() || f->provider == provider)
            out.append(f.get());
    }
    std::sort(out.begin(), out.end(), [](SimFile *a, SimFile *b) { return a->createdAt > b->createdAt; });
    return out;
}

void SimStore::settle(SimBatch *batch)
{
    if (batch->style != SimBatch::Style::OpenAi || !batch->outputFileId.isEmpty() || !batch->errorFileId.isEmpty())
        return;
    const double t = now();
    const SimBatch::Snapshot s = batch->at(t);
    if (!s.terminal() || s.phase == SimBatch::Phase::Failed)
        return;
    const qint64 succeeded = s.processed - s.failed;
    const qint64 unsuccessful = batch->total - succeeded;
    const QString key = batch->provider + QLatin1Char('/') + batch->id;
    auto addResults = [&](SimFile::Kind kind, const QString &suffix) {
        SimFile f;
        f.id = QStringLiteral("file-%1-%2").arg(suffix).arg(++m_fileCounter);
        f.provider = batch->provider;
        f.filename = QStringLiteral("batch_%1_%2.jsonl").arg(batch->id.section(QLatin1Char('/'), -1), suffix);
        f.purpose = QStringLiteral("batch_output");
        f.createdAt = t;
        f.batchKey = key;
        f.kind = kind;
        return addFile(std::move(f))->id;
    };
    if (succeeded > 0)
        batch->outputFileId = addResults(SimFile::Kind::Output, QStringLiteral("output"));
    if (unsuccessful > 0)
        batch->errorFileId = addResults(SimFile::Kind::Errors, QStringLiteral("errors"));
}

bool SimStore::materialize(SimFile *file)
{
    if (!file->path.isEmpty())
        return true;
    SimBatch *batch = nullptr;
    const QString provider = file->batchKey.section(QLatin1Char('/'), 0, 0);
    const QString id = file->batchKey.section(QLatin1Char('/'), 1);
    for (const auto &b : m_batches.value(provider)) {
        if (b->id == id)
            batch = b.get();
    }
    if (!batch)
        return false;
    const QString path = m_dir.filePath(file->id + QStringLiteral(".jsonl"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    const ResultsWriter writer(*batch, m_options.seed);
    const SimBatch::Snapshot end = batch->at(now());
    const bool ok = file->kind == SimFile::Kind::Input    ? writer.writeInput(&out)
                    : file->kind == SimFile::Kind::Output ? writer.writeOpenAi(&out, nullptr, end)
                                                          : writer.writeOpenAi(nullptr, &out, end);
    out.close();
    if (!ok)
        return false;
    file->path = path;
    file->bytes = QFileInfo(path).size();
    return true;
}

QString SimStore::anthropicResultsPath(SimBatch *batch, bool gatewayShape)
{
    const QString key
        = batch->provider + QLatin1Char('/') + batch->id + (gatewayShape ? QStringLiteral("#gw") : QString());
    const QString known = m_anthropicResults.value(key);
    if (!known.isEmpty())
        return known;
    const QString path = m_dir.filePath(
        QStringLiteral("anthropic-%1%2.jsonl").arg(m_anthropicResults.size()).arg(gatewayShape ? "-gw" : ""));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    const ResultsWriter writer(*batch, m_options.seed);
    if (!writer.writeAnthropic(&out, batch->at(now()), gatewayShape))
        return {};
    m_anthropicResults.insert(key, path);
    return path;
}
