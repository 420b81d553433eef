#pragma once

#include "Connection.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <memory>

class TlsPolicy;

// One HTTP exchange as a backend describes it; HttpCall carries it out.
struct HttpRequest
{
    QString operation; // named in every error: "list", "cancel"...
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QByteArray contentType;

    // Multipart upload: the file at this path goes in `uploadFieldName`,
    // followed by `formFields`. Streamed from disk, never read whole.
    QString uploadFilePath;
    QByteArray uploadFieldName = "file";
    HeaderList formFields;

    // Only idempotent calls are repeated after a transient failure. Off unless
    // a backend says otherwise: a new POST must never be sent twice by accident.
    bool idempotent = false;
    // Stream a successful body into this file (all-or-nothing) instead of memory.
    QString downloadPath;
    int timeoutMs = 30000;
    // The connection's trust store, client certificate and pins; null: Qt's defaults.
    std::shared_ptr<const TlsPolicy> tls;
};

// What came back.
struct HttpResponse
{
    int status = 0;
    QByteArray body; // empty when streamed to `downloadPath`
    HeaderList headers;
    qint64 bytesReceived = 0;

    QByteArray header(const QByteArray &name) const;
};
