// The request-file checker on any file a user could pick: it counts every
// physical line, and a file it passes has as many requests as non-blank lines.
#include "FuzzCheck.h"
#include "FuzzInputFile.h"
#include "input/RequestFileCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = writeFuzzInput(QStringLiteral("requests.jsonl"), content);
    if (path.isEmpty())
        return 0;
    const RequestFileReport report = RequestFileCheck::check(path);
    FUZZ_CHECK(report.readError.isEmpty(), "a readable file is read");
    FUZZ_CHECK(report.bytes == content.size(), "every byte is counted");
    FUZZ_CHECK(report.errors.size() <= RequestFileCheck::kMaxErrors, "at most kMaxErrors are listed");
    FUZZ_CHECK(report.errorCount >= report.errors.size(), "the error count covers the listed errors");
    if (report.ok()) {
        qint64 nonBlank = 0;
        for (const QByteArray &line : content.split('\n'))
            nonBlank += line.trimmed().isEmpty() ? 0 : 1;
        FUZZ_CHECK(report.requests == nonBlank, "a file that passes has one request per non-blank line");
    }
    return 0;
}
