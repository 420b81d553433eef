// The gateway's buffered /results answer: the reader finds each element of
// `results` in place. Whatever the bytes, an element it reports lies inside
// the document and is one JSON value.
#include "FuzzCheck.h"
#include "results/ResultLineParser.h"
#include "results/ResultsJsonReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray padded(reinterpret_cast<const char *>(data), qsizetype(size));
    padded.append(qsizetype(ResultLineParser::kPadding), ' ');
    ResultsJsonReader::Summary summary;
    ApiError error;
    qint64 elements = 0;
    const bool ok = ResultsJsonReader::scan(
        padded.constData(), qint64(size), padded.size(),
        [&](const ResultsJsonReader::Element &e) {
            FUZZ_CHECK(e.offset >= 0 && e.length >= 0 && e.offset + e.length <= qint64(size),
                       "an element lies inside the document");
            ++elements;
            return true;
        },
        &summary, &error);
    if (!ok)
        FUZZ_CHECK(error.toString().contains(QStringLiteral("HTTP")) || !error.message.isEmpty(),
                   "a document that cannot be read says why");
    else
        FUZZ_CHECK(size > 0, "an empty answer is never read as success");
    return 0;
}
