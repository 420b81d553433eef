#pragma once

#include <QString>
#include <QStringList>

// How a simulated gateway is set up. Durations are in simulated seconds and
// divided by `speed` to get wall-clock seconds.
struct SimOptions
{
    quint16 port = 0;   // 0: any free port
    double speed = 1.0; // time scale of every batch's lifecycle
    quint64 seed = 42;
    int openAiBatches = 40; // seeded history per provider
    int anthropicBatches = 8;
    int bedrockBatches = 2; // their ids are ARNs, with '/' in them
    int pageSize = 20;      // the default `limit`
    int maxPageSize = 1000;
    int largeResultRows = 0;         // >0: one finished batch with this many rows
    double cancelDelaySeconds = 8.0; // cancelling -> cancelled
    // Batches created through the API: the share (per mille) of their requests
    // that end in an error, and that go missing (counted, but in no result file).
    int createdFailPermille = 30;
    int createdMissingPermille = 0;
    QString requireKey; // non-empty: 401 without this key
    QStringList faults; // "mode[:count[:route]]", see FaultPlan
    // Which API it speaks: the Bifrost gateway's unified routes ("bifrost"),
    // OpenAI's own ("openai") or Anthropic's Message Batches ("anthropic").
    QString dialect = QStringLiteral("bifrost");
    // >0: a new batch arrives this often (wall-clock seconds), so a demo never goes quiet.
    double newBatchEverySeconds = 0;
    // Non-empty: serve HTTPS with this certificate (PEM, chain allowed) and key.
    QString tlsCertFile;
    QString tlsKeyFile;
    // Non-empty: require a client certificate signed by an authority in this PEM file.
    QString tlsClientCaFile;
};
