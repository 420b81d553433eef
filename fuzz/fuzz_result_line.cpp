// One result line, as the index (summary) and the detail view (full) read it.
// Both must agree on whether it is a row and on what it says.
#include "FuzzCheck.h"
#include "results/ResultLineParser.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ResultLineParser parser;
    const std::string_view line(reinterpret_cast<const char *>(data), size);
    ResultFields summary;
    ResultFields full;
    std::string summaryError;
    std::string fullError;
    const bool summaryOk = parser.parseUnpadded(line, ResultLineParser::Depth::Summary, &summary, &summaryError);
    const bool fullOk = parser.parseUnpadded(line, ResultLineParser::Depth::Full, &full, &fullError);
    FUZZ_CHECK(summaryOk == fullOk, "summary and full reading agree on whether the line is a row");
    if (summaryOk) {
        FUZZ_CHECK(summary.customId == full.customId, "both readings find the same custom_id");
        FUZZ_CHECK(summary.outcome == full.outcome, "both readings find the same outcome");
        FUZZ_CHECK(summary.statusCode == full.statusCode, "both readings find the same status");
        FUZZ_CHECK(summary.errorCode == full.errorCode, "both readings find the same error code");
        FUZZ_CHECK(summary.inputTokens == full.inputTokens && summary.outputTokens == full.outputTokens,
                   "both readings find the same tokens");
    }
    const ResultRow row = parser.decodeRow(line, 1);
    FUZZ_CHECK(summaryOk || row.outcome == ResultOutcome::Errored, "a line that is not a row becomes an errored row");
    return 0;
}
