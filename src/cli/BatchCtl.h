#pragma once

#include "backend/BatchBackend.h"

#include <QStringList>
#include <QTextStream>
#include <memory>

class SimHost;

// The settings every batchctl command shares.
struct CliSettings
{
    Connection connection;
    bool json = false;
    bool verbose = false;
    bool demo = false;
};

// One invocation of batchctl: a command and its arguments, carried out
// synchronously over core. Exit codes: 0 success, 1 API or network error, 2 usage.
class BatchCtl
{
public:
    BatchCtl(QTextStream &out, QTextStream &err);
    ~BatchCtl();

    int run(const QStringList &arguments);

    // `list --status S` without --limit or --all stops at this many matches.
    static constexpr int kDefaultListCount = 20;

private:
    struct Command;
    struct CommandSpec
    {
        const char *name;
        const char *usage;
        const char *summary;
        int (BatchCtl::*run)(const Command &);
    };
    static const CommandSpec kCommands[];
    static QString commandsHelp();
    static const CommandSpec *findCommand(const QString &name);
    int usage(const QString &message);
    int fail(const ApiError &error);
    // fail(), plus a hint when a 404 names an id of another provider.
    int failFor(const QString &id, const ApiError &error);
    int fail(const QString &operation, const QString &message);
    void printWarnings(const QStringList &warnings);
    void printNotices(const QStringList &notices);

    int list(const Command &c);
    int show(const Command &c);
    int cancel(const Command &c);
    int results(const Command &c);
    int exportResults(const Command &c);
    int create(const Command &c);
    int deleteBatches(const Command &c);
    int retry(const Command &c);
    int failures(const Command &c);
    static QString metadataOption(const Command &c, QMap<QString, QString> *metadata);

    // Downloads (or reuses the cached copy of) a batch's results and indexes them.
    std::shared_ptr<const class ResultIndex> loadResults(const QString &id, bool redownload, int *exitCode);
    void printBatchDetails(const Batch &batch);

    QTextStream &m_out;
    QTextStream &m_err;
    CliSettings m_settings;
    std::unique_ptr<SimHost> m_demo;
    std::unique_ptr<BatchBackend> m_backend;
};
