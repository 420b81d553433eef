#pragma once

#include "ResultIndex.h"

#include <QIODevice>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

// Writes result rows to a JSONL file through QSaveFile: the target is either
// complete or untouched, whether the export finishes, fails (disk full, no
// permission) or is cancelled. The CLI's `export` and the export dialog both
// come through here.
class ResultsExporter
{
public:
    enum class Format {
        AsReceived, // the provider's lines, byte for byte
        Normalized, // {"custom_id","outcome","status_code","body","error"}, as `batchctl results --json`
    };

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        qint64 bytes = 0;
        QString error;
    };

    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    // `rows` null means every row, in index order. Synchronous: run it off the GUI thread.
    static Outcome write(const ResultIndex &index, const std::vector<int> *rows, Format format, const QString &path,
                         const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // The same rows to any device (standard output); no all-or-nothing there.
    static Outcome writeTo(const ResultIndex &index, const std::vector<int> *rows, Format format, QIODevice *device,
                           const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // Rows kept by `--only succeeded|failed` ("" keeps all).
    static std::vector<int> rowsWhere(const ResultIndex &index, const QString &only);
};
