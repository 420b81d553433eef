#pragma once

#include <QCoreApplication>
#include <QJsonParseError>
#include <QMap>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

// What a JSONL request file holds, and what is wrong with it, checked line
// by line before anything is uploaded: each line is a JSON object with a
// unique custom_id, and either method, url and body (OpenAI's shape) or
// params (Anthropic's).
struct RequestFileReport
{
    qint64 lines = 0; // physical lines, blank ones included
    qint64 requests = 0;
    qint64 bytes = 0;
    QStringList errors;           // "line 7: custom_id \"a\" repeats line 3" (the first kMaxErrors)
    qint64 errorCount = 0;        // all of them
    QMap<QString, qint64> urls;   // endpoint -> requests
    QMap<QString, qint64> models; // body.model -> requests
    QStringList warnings;         // above the providers' limits
    qint64 openAiShaped = 0;      // lines with method/url/body
    qint64 anthropicShaped = 0;   // lines with params
    bool cancelled = false;
    QString readError; // the file itself could not be read

    bool ok() const { return readError.isEmpty() && errorCount == 0 && requests > 0 && !cancelled; }
    // The most common url, for the endpoint field.
    QString dominantUrl() const;
    QString dominantModel() const;
};

class RequestFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(RequestFileCheck)
public:
    static constexpr int kMaxErrors = 50;
    static constexpr qint64 kWarnRequests = 50000;
    static constexpr qint64 kWarnBytes = 200LL * 1024 * 1024;

    // Synchronous; run it off the GUI thread. `progress(bytesRead, totalBytes)`
    // is called now and then; setting `*cancel` stops it.
    static RequestFileReport check(const QString &path, const std::function<void(qint64, qint64)> &progress = {},
                                   const std::atomic_bool *cancel = nullptr);
    // What is wrong with a line that is not JSON, from the parser's own error
    // and where it stopped: "column 14: the object is not closed".
    static QString describeParseError(const QJsonParseError &error, const QByteArray &line);
};
