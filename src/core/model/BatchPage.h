#pragma once

#include "Batch.h"

#include <QList>

// One page of a batch listing, with what is needed to ask for the next one.
struct BatchPage
{
    QList<Batch> batches;
    bool hasMore = false;
    // What to pass as the next page's `after`: the gateway's opaque cursor, or
    // the last id for the native APIs. Empty when the server gave none.
    QString nextCursor;
    QString firstId;
    QString lastId;
};

// A file as the files API describes it (upload answer).
struct FileObject
{
    QString id;
    QString filename;
    QString purpose;
    QString status;
    qint64 bytes = 0;
    Timestamp createdAt;
};
