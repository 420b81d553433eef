#pragma once

#include "ResultFields.h"
#include "model/ResultRow.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

// Reads one result line in a single pass over its fields, with the simdjson
// kernel chosen for this CPU (results/kernels), and decides its outcome.
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
    // The kernel chosen for this CPU ("icelake", "haswell", "westmere", "fallback").
    static const char *implementationName();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The error code given to rows whose line could not be parsed.
inline constexpr const char kUnparsableCode[] = "unparsable_line";
