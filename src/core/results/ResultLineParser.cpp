#include "ResultLineParser.h"

#include "kernels/ParseKernel.h"

#include <QCoreApplication>

const size_t ResultLineParser::kPadding = ParseKernel::kPadding;

const char *ResultLineParser::implementationName()
{
    return ParseKernel::active().name;
}

struct ResultLineParser::Impl
{
    std::unique_ptr<ParseKernel::LineParser> kernel = ParseKernel::active().makeLineParser();
    std::string padded;
};

namespace {

// Outcome and error description from what the walk found; the same for every kernel.
void decideOutcome(ResultFields *out, const ParseKernel::LineWalk *walk)
{
    ResultOutcome outcome = ResultOutcome::Errored;
    const std::string &code = walk->topErrorCode;
    if (!walk->resultType.empty()) {
        if (!outcomeFromWire(QString::fromStdString(walk->resultType), &outcome))
            outcome = ResultOutcome::Errored;
    } else if (walk->hasTopError) {
        if (code == "batch_expired" || code == "expired")
            outcome = ResultOutcome::Expired;
        else if (code == "batch_cancelled" || code == "batch_canceled" || code == "canceled" || code == "cancelled")
            outcome = ResultOutcome::Canceled;
        else
            outcome = ResultOutcome::Errored;
    } else if (walk->hasResponse) {
        outcome = out->statusCode >= 200 && out->statusCode < 300 ? ResultOutcome::Succeeded : ResultOutcome::Errored;
    }
    out->outcome = outcome;

    // The most specific error description available, top-level first.
    if (!walk->topErrorCode.empty() || !walk->topErrorMessage.empty()) {
        out->errorCode = walk->topErrorCode;
        out->errorMessage = walk->topErrorMessage;
    }
    if (out->errorCode.empty())
        out->errorCode = !walk->bodyErrorCode.empty() ? walk->bodyErrorCode : walk->bodyErrorType;
    if (out->errorCode.empty())
        out->errorCode = walk->nestedErrorType;
    if (out->errorMessage.empty())
        out->errorMessage = !walk->bodyErrorMessage.empty() ? walk->bodyErrorMessage : walk->nestedErrorMessage;
    out->errorType = !walk->nestedErrorType.empty() ? walk->nestedErrorType : walk->bodyErrorType;
    if (outcome == ResultOutcome::Errored && out->errorCode.empty() && !walk->hasResponse && walk->resultType.empty())
        out->errorCode = "no_response";
}

} // namespace

ResultLineParser::ResultLineParser()
    : d(std::make_unique<Impl>())
{ }

ResultLineParser::~ResultLineParser() = default;

bool ResultLineParser::parse(const char *data, size_t len, size_t capacity, Depth depth, ResultFields *out,
                             std::string *error)
{
    out->clear();
    ParseKernel::LineWalk walk;
    walk.full = depth == Depth::Full;
    if (!d->kernel->walk(data, len, capacity, out, &walk, error))
        return false;
    decideOutcome(out, &walk);
    return true;
}

bool ResultLineParser::parseUnpadded(std::string_view line, Depth depth, ResultFields *out, std::string *error)
{
    d->padded.assign(line.data(), line.size());
    d->padded.append(kPadding, ' ');
    return parse(d->padded.data(), line.size(), d->padded.size(), depth, out, error);
}

ResultRow ResultLineParser::decodeRow(std::string_view line, qint64 lineNumber)
{
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.remove_suffix(1);
    ResultRow row;
    row.raw = QByteArray(line.data(), qsizetype(line.size()));
    ResultFields f;
    std::string error;
    if (!parseUnpadded(line, Depth::Full, &f, &error)) {
        row.outcome = ResultOutcome::Errored;
        row.errorCode = QString::fromLatin1(kUnparsableCode);
        row.errorMessage = QCoreApplication::translate("ResultLineParser", "unparsable line %1: %2")
                               .arg(lineNumber)
                               .arg(QString::fromStdString(error));
        return row;
    }
    row.customId = QString::fromUtf8(f.customId.data(), qsizetype(f.customId.size()));
    row.outcome = f.outcome;
    row.statusCode = f.statusCode;
    row.body = QByteArray(f.bodyRaw.data(), qsizetype(f.bodyRaw.size()));
    row.errorCode = QString::fromUtf8(f.errorCode.data(), qsizetype(f.errorCode.size()));
    row.errorMessage = QString::fromUtf8(f.errorMessage.data(), qsizetype(f.errorMessage.size()));
    row.errorType = QString::fromUtf8(f.errorType.data(), qsizetype(f.errorType.size()));
    row.requestId = QString::fromUtf8(f.requestId.data(), qsizetype(f.requestId.size()));
    row.model = QString::fromUtf8(f.model.data(), qsizetype(f.model.size()));
    row.inputTokens = f.inputTokens;
    row.outputTokens = f.outputTokens;
    return row;
}
