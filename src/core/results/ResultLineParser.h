#pragma once

#include "model/ResultRow.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

// What one result line says, read with simdjson's on-demand API in a single
// pass over its fields. Understands OpenAI rows (response/error), Anthropic
// rows (result.type, nested errors) and the gateway's mix of both.
struct ResultFields
{
    std::string customId;          // unescaped
    std::string_view customIdRaw;  // the raw token in the input, quotes included
    ResultOutcome outcome = ResultOutcome::Errored;
    int statusCode = 0;
    std::string errorCode;
    std::string errorMessage;      // Full depth only
    std::string errorType;         // Full depth only
    std::string requestId;         // Full depth only
    std::string model;             // Full depth only
    int64_t inputTokens = -1;
    int64_t outputTokens = -1;
    std::string_view bodyRaw;      // response.body or result.message, raw, into the input

    void clear();
};

class ResultLineParser
{
public:
    enum class Depth {
        Summary, // what the index keeps
        Full,    // everything a ResultRow shows
    };

    ResultLineParser();
    ~ResultLineParser();
    ResultLineParser(const ResultLineParser &) = delete;
    ResultLineParser &operator=(const ResultLineParser &) = delete;

    // `data` must stay readable for `capacity` bytes, and capacity must be at
    // least len + kPadding. Returns false with `error` set when the line is
    // not one JSON object.
    bool parse(const char *data, size_t len, size_t capacity, Depth depth, ResultFields *out, std::string *error);
    // Copies into an internal padded buffer first: for data without padding.
    bool parseUnpadded(std::string_view line, Depth depth, ResultFields *out, std::string *error);

    // Fully decodes one line into a row; a line that does not parse becomes an
    // errored row that says so, with `raw` kept.
    ResultRow decodeRow(std::string_view line, qint64 lineNumber);

    static const size_t kPadding;
    // The simdjson kernel the on-demand parser was compiled for ("haswell", "fallback"...).
    static const char *implementationName();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The error code given to rows whose line could not be parsed.
inline constexpr const char kUnparsableCode[] = "unparsable_line";
