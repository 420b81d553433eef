#include "ResultsJsonReader.h"

#include "kernels/ParseKernel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace ResultsJsonReader {

namespace {

// What went wrong, in the user's language, with simdjson's words where it had any.
QString describe(const ParseKernel::ScanOutcome &outcome)
{
    using F = ParseKernel::ScanFailure;
    const QString detail = QString::fromStdString(outcome.detail);
    switch (outcome.failure) {
    case F::None:
        return {};
    case F::NotJson:
        return QCoreApplication::translate("ResultsJsonReader", "the results are not JSON (%1)").arg(detail);
    case F::NotObject:
        return QCoreApplication::translate("ResultsJsonReader", "the results are not a JSON object (%1)").arg(detail);
    case F::Malformed:
        return QCoreApplication::translate("ResultsJsonReader", "malformed results (%1)").arg(detail);
    case F::ResultsNotArray:
        return QCoreApplication::translate("ResultsJsonReader", "\"results\" is not an array");
    case F::MalformedArray:
        return QCoreApplication::translate("ResultsJsonReader", "malformed results array (%1)").arg(detail);
    case F::MalformedElement:
        return QCoreApplication::translate("ResultsJsonReader", "malformed result element");
    case F::CutOff:
        return QCoreApplication::translate("ResultsJsonReader", "the results document is cut off or malformed");
    case F::Exception:
        return detail;
    }
    return detail;
}

// The start of what the server sent, on one line: enough to recognise an HTML
// page, a proxy's message or a cut-off document.
QString beginning(const char *data, qint64 size)
{
    constexpr qint64 kShown = 200;
    QString text = QString::fromUtf8(data, qsizetype(std::min(size, kShown))).simplified();
    if (size > kShown)
        text += QChar(0x2026);
    return text;
}

QString message(const ParseKernel::ScanOutcome &outcome, const char *data, qint64 size)
{
    // The outer sentence already says "not valid JSON": simdjson's own words are the reason.
    QString why = outcome.failure == ParseKernel::ScanFailure::NotJson && !outcome.detail.empty()
                      ? QString::fromStdString(outcome.detail)
                      : describe(outcome);
    while (why.endsWith(QLatin1Char('.'))) // simdjson's sentences end in one; ours adds its own
        why.chop(1);
    const QString begins = beginning(data, size);
    if (outcome.failure == ParseKernel::ScanFailure::ResultsNotArray)
        return QCoreApplication::translate(
                   "ResultsJsonReader", "the gateway's results answer is not in the expected shape: %1. It begins: %2")
            .arg(why, begins);
    if (outcome.offset >= 0)
        return QCoreApplication::translate(
                   "ResultsJsonReader", "the gateway's results answer is not valid JSON at byte %1: %2. It begins: %3")
            .arg(QLocale().toString(outcome.offset + 1), why, begins);
    return QCoreApplication::translate("ResultsJsonReader",
                                       "the gateway's results answer is not valid JSON: %1. It begins: %2")
        .arg(why, begins);
}

} // namespace

bool scan(const char *data, qint64 size, qint64 capacity, const std::function<bool(const Element &)> &element,
          Summary *summary, ApiError *error)
{
    ParseKernel::ResultsDocument document;
    const ParseKernel::ScanOutcome outcome = ParseKernel::active().scanResults(
        data, size_t(size), size_t(capacity),
        [&element](int64_t offset, int64_t length) {
            return element({offset, length});
        },
        &document);
    if (outcome.failure != ParseKernel::ScanFailure::None) {
        *error = ApiError::make(ApiError::Kind::Decode, QStringLiteral("results"), message(outcome, data, size));
        error->bodySnippet = beginning(data, size);
        return false;
    }
    summary->hasMore = document.hasMore;
    summary->nextCursor = QString::fromStdString(document.nextCursor);
    for (const auto &[line, message] : document.parseErrors) {
        const QString what = QString::fromStdString(message);
        summary->parseErrors.append(
            line > 0 ? QCoreApplication::translate("ResultsJsonReader", "line %1: %2").arg(line).arg(what) : what);
    }
    if (!document.sawResults)
        summary->parseErrors.append(
            QCoreApplication::translate("ResultsJsonReader", "the answer has no \"results\" array"));
    return true;
}

} // namespace ResultsJsonReader
