#pragma once

#include "results/ResultFields.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The results parsers, compiled once per instruction set (AVX-512, AVX2,
// SSE4.2, plain x86-64) and chosen when the program runs, so one build is
// fast on a new CPU and still runs on an old one. Only standard types cross
// this boundary: no Qt code is compiled for a kernel's instruction set, where
// it could be merged into code that must run everywhere.
namespace ParseKernel {

// What walking a result line found besides ResultFields. The outcome is
// decided afterwards (ResultLineParser), since the keys may come in any order.
struct LineWalk
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

// Walks one line; keeps its simdjson parser (and buffers) between lines.
class LineParser
{
public:
    virtual ~LineParser() = default;
    // `data` is readable for `capacity` >= len + padding bytes. False with `error` set
    // when the line is not one JSON object.
    virtual bool walk(const char *data, size_t len, size_t capacity, ResultFields *out, LineWalk *walk,
                      std::string *error)
        = 0;
};

// The gateway's buffered /results document, minus the elements themselves.
struct ResultsDocument
{
    bool sawResults = false;
    bool hasMore = false;
    std::string nextCursor;
    std::vector<std::pair<int64_t, std::string>> parseErrors; // line (0: none), message
};

enum class ScanFailure {
    None,
    NotJson,
    NotObject,
    Malformed,
    ResultsNotArray,
    MalformedArray,
    MalformedElement,
    CutOff,
    Exception
};
struct ScanOutcome
{
    ScanFailure failure = ScanFailure::None;
    std::string detail;  // simdjson's words, when it had any
    int64_t offset = -1; // where the document stops making sense, when simdjson knows
};

// Calls `element(offset, length)` for each entry of "results"; returning false stops the scan.
using ElementSink = std::function<bool(int64_t offset, int64_t length)>;

struct Kernel
{
    const char *name; // simdjson's name for the instruction set: "icelake", "haswell", "westmere", "fallback"
    std::unique_ptr<LineParser> (*makeLineParser)();
    ScanOutcome (*scanResults)(const char *data, size_t len, size_t capacity, const ElementSink &element,
                               ResultsDocument *document);
};

// The kernel for this CPU: the one simdjson chose (SIMDJSON_FORCE_IMPLEMENTATION or
// useKernel() can choose another), else the best compiled one this CPU runs.
const Kernel &active();
// Makes `name` the kernel for this process (simdjson's stage 1 included); false when it
// was not compiled in or this CPU cannot run it. For tests and benchmarks.
bool useKernel(std::string_view name);
// Every compiled kernel this CPU can run, best first.
std::vector<const Kernel *> runnable();
// simdjson's padding: bytes that must be readable after the end of the input
// (checked against simdjson's own constant where the kernels are built).
inline constexpr size_t kPadding = 64;

} // namespace ParseKernel
