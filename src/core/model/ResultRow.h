#pragma once

#include "ResultOutcome.h"

#include <QByteArray>
#include <QString>

QString outcomeWire(ResultOutcome outcome);
// Accepts the wire words, including "failed" for errored and "cancelled" for canceled.
bool outcomeFromWire(const QString &word, ResultOutcome *out);

// One per-request result in the unified shape. `raw` keeps the line exactly
// as the provider sent it, so an "as received" export is byte-for-byte.
struct ResultRow
{
    QString customId;
    ResultOutcome outcome = ResultOutcome::Errored;
    int statusCode = 0; // 0 when the row carries no HTTP status (Anthropic rows)
    QByteArray body;    // compact JSON of the response body / Anthropic message; empty when none
    QString errorCode;
    QString errorMessage;
    QString errorType;
    QString requestId;
    QString model;
    qint64 inputTokens = -1; // -1 when absent
    qint64 outputTokens = -1;
    QByteArray raw;
};
