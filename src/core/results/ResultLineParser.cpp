#include "ResultLineParser.h"

#include <QCoreApplication>

#include "OnDemand.h"

using namespace simdjson;
using OnDemand::documentFullyRead;
using OnDemand::forEachField;

const size_t ResultLineParser::kPadding = SIMDJSON_PADDING;

const char *ResultLineParser::implementationName()
{
    return SIMDJSON_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION);
}

struct ResultLineParser::Impl
{
    ondemand::parser parser;
    std::string padded;
};

void ResultFields::clear()
{
    customId.clear();
    customIdRaw = {};
    outcome = ResultOutcome::Errored;
    statusCode = 0;
    errorCode.clear();
    errorMessage.clear();
    errorType.clear();
    requestId.clear();
    model.clear();
    inputTokens = -1;
    outputTokens = -1;
    bodyRaw = {};
}

namespace {

// What the walk found besides the final fields; outcome is decided at the end
// because the keys may come in any order.
struct Walk
{
    bool full = false;
    std::string resultType;
    bool hasResponse = false;
    bool hasTopError = false;
    std::string topErrorCode;
    std::string topErrorMessage;
    std::string bodyErrorCode;
    std::string bodyErrorMessage;
    std::string bodyErrorType;
    std::string nestedErrorType;
    std::string nestedErrorMessage;
};

bool isNull(ondemand::value &v)
{
    bool null = false;
    return !v.is_null().get(null) && null;
}

// Reads a string value; numbers are accepted and kept as their text.
bool readText(ondemand::value v, std::string *out)
{
    ondemand::json_type type;
    if (v.type().get(type))
        return false;
    if (type == ondemand::json_type::string) {
        std::string_view s;
        if (v.get_string().get(s))
            return false;
        out->assign(s);
        return true;
    }
    if (type == ondemand::json_type::number) {
        std::string_view token = v.raw_json_token();
        while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
            token.remove_suffix(1);
        out->assign(token);
        return true;
    }
    return false;
}

bool readInt(ondemand::value v, int64_t *out)
{
    int64_t i = 0;
    if (!v.get_int64().get(i)) {
        *out = i;
        return true;
    }
    double d = 0;
    if (!v.get_double().get(d) && d >= -9.2e18 && d <= 9.2e18) {
        *out = int64_t(d);
        return true;
    }
    return false;
}

bool rawOf(ondemand::value v, std::string_view *out)
{
    ondemand::json_type type;
    if (v.type().get(type))
        return false;
    if (type == ondemand::json_type::object) {
        ondemand::object o;
        return !v.get_object().get(o) && !o.raw_json().get(*out);
    }
    if (type == ondemand::json_type::array) {
        ondemand::array a;
        return !v.get_array().get(a) && !a.raw_json().get(*out);
    }
    *out = v.raw_json_token();
    return true;
}

// usage: {prompt_tokens|input_tokens, completion_tokens|output_tokens}
void readUsage(ondemand::value v, ResultFields *out)
{
    forEachField(v, [&](std::string_view key, auto &field) {
        int64_t n = 0;
        if (key == "prompt_tokens" || key == "input_tokens") {
            if (readInt(field.value(), &n))
                out->inputTokens = n;
        } else if (key == "completion_tokens" || key == "output_tokens") {
            if (readInt(field.value(), &n))
                out->outputTokens = n;
        }
    });
}

// {code|type, message, type} as found in error objects of several shapes.
void readErrorObject(ondemand::value v, std::string *code, std::string *message, std::string *type, bool full)
{
    forEachField(v, [&](std::string_view key, auto &field) {
        if (key == "code") {
            ondemand::value value;
            if (!field.value().get(value) && !isNull(value))
                readText(value, code);
        } else if (key == "message" && full) {
            readText(field.value(), message);
        } else if (key == "type" && type) {
            readText(field.value(), type);
        }
    });
}

// A response body or an Anthropic message: model, usage and an error object.
void readBodyFields(ondemand::object o, ResultFields *out, Walk *walk)
{
    for (auto field : o) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return;
        if (key == "usage") {
            readUsage(field.value(), out);
        } else if (key == "model" && walk->full) {
            readText(field.value(), &out->model);
        } else if (key == "error") {
            ondemand::value value;
            if (!field.value().get(value) && !isNull(value))
                readErrorObject(value, &walk->bodyErrorCode, &walk->bodyErrorMessage, &walk->bodyErrorType, walk->full);
        }
    }
}

bool walkBody(ondemand::value v, ResultFields *out, Walk *walk)
{
    ondemand::object o;
    if (v.get_object().get(o))
        return false;
    std::string_view raw;
    if (!o.raw_json().get(raw)) {
        out->bodyRaw = raw;
        // raw_json() leaves the object consumed; reset it to read the fields.
        if (o.reset().error())
            return false;
    }
    readBodyFields(o, out, walk);
    return true;
}

void walkResponse(ondemand::value v, ResultFields *out, Walk *walk)
{
    if (isNull(v))
        return;
    ondemand::json_type type;
    if (v.type().get(type) || type != ondemand::json_type::object)
        return;
    walk->hasResponse = true;
    forEachField(v, [&](std::string_view key, auto &field) {
        if (key == "status_code") {
            int64_t n = 0;
            if (readInt(field.value(), &n) && n >= 0 && n < 1000)
                out->statusCode = int(n);
        } else if (key == "request_id" && walk->full) {
            readText(field.value(), &out->requestId);
        } else if (key == "body") {
            ondemand::value body;
            if (!field.value().get(body) && !isNull(body)) {
                ondemand::json_type type;
                if (!body.type().get(type) && type == ondemand::json_type::object)
                    walkBody(body, out, walk);
                else
                    rawOf(body, &out->bodyRaw);
            }
        }
    });
}

// Anthropic's result: {type, message} or {type:"errored", error:{type:"error", error:{type, message}}}.
void walkAnthropicError(ondemand::value v, Walk *walk)
{
    forEachField(v, [&](std::string_view key, auto &field) {
        if (key == "error") {
            ondemand::value inner;
            if (!field.value().get(inner) && !isNull(inner))
                readErrorObject(inner, &walk->bodyErrorCode, &walk->nestedErrorMessage, &walk->nestedErrorType, true);
        } else if (key == "type") {
            std::string type;
            if (readText(field.value(), &type) && type != "error")
                walk->nestedErrorType = type;
        } else if (key == "message") {
            readText(field.value(), &walk->nestedErrorMessage);
        }
    });
}

void walkResult(ondemand::value v, ResultFields *out, Walk *walk)
{
    forEachField(v, [&](std::string_view key, auto &field) {
        if (key == "type") {
            readText(field.value(), &walk->resultType);
        } else if (key == "message") {
            ondemand::value message;
            if (!field.value().get(message) && !isNull(message))
                walkBody(message, out, walk);
        } else if (key == "error") {
            ondemand::value error;
            if (!field.value().get(error) && !isNull(error))
                walkAnthropicError(error, walk);
        }
    });
}

void decideOutcome(ResultFields *out, Walk *walk)
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

bool walkLine(ondemand::document &doc, ResultFields *out, Walk *walk, std::string *error)
{
    ondemand::object root;
    if (auto e = doc.get_object().get(root)) {
        *error = error_message(e);
        return false;
    }
    for (auto field : root) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key)) {
            *error = error_message(e);
            return false;
        }
        ondemand::value value;
        if (auto e = field.value().get(value)) {
            *error = error_message(e);
            return false;
        }
        if (key == "custom_id") {
            if (!isNull(value)) {
                out->customIdRaw = value.raw_json_token();
                readText(value, &out->customId);
            }
        } else if (key == "response") {
            walkResponse(value, out, walk);
        } else if (key == "result") {
            if (!isNull(value))
                walkResult(value, out, walk);
        } else if (key == "error") {
            if (!isNull(value)) {
                ondemand::json_type type;
                if (!value.type().get(type) && type == ondemand::json_type::object) {
                    walk->hasTopError = true;
                    readErrorObject(value, &walk->topErrorCode, &walk->topErrorMessage, nullptr, true);
                }
            }
        }
    }
    // The loop stops quietly on a broken structure; make sure all of the line was read.
    if (!documentFullyRead(doc)) {
        *error = "the line does not end where its JSON object ends";
        return false;
    }
    while (!out->customIdRaw.empty() && (out->customIdRaw.back() == ' ' || out->customIdRaw.back() == '\t'
                                         || out->customIdRaw.back() == '\r' || out->customIdRaw.back() == '\n'))
        out->customIdRaw.remove_suffix(1);
    return true;
}

} // namespace

ResultLineParser::ResultLineParser()
    : d(std::make_unique<Impl>())
{
}

ResultLineParser::~ResultLineParser() = default;

bool ResultLineParser::parse(const char *data, size_t len, size_t capacity, Depth depth, ResultFields *out,
                             std::string *error)
{
    out->clear();
    Walk walk;
    walk.full = depth == Depth::Full;
    try {
        ondemand::document doc;
        if (auto e = d->parser.iterate(data, len, capacity).get(doc)) {
            *error = error_message(e);
            return false;
        }
        if (!walkLine(doc, out, &walk, error))
            return false;
    } catch (const std::exception &e) { // defensive: the error-code API should never throw
        *error = e.what();
        return false;
    }
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
        row.errorMessage = QCoreApplication::translate("ResultLineParser", "unparsable line %1: %2").arg(lineNumber).arg(QString::fromStdString(error));
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
