// The results indexer on a whole downloaded file: the first byte says whether
// it is JSONL (file content, Anthropic results) or the gateway's /results
// document. Every row the index keeps must decode, and say the same thing
// decoded as indexed; JSONL keeps one row per non-blank line.
#include "FuzzCheck.h"
#include "FuzzInputFile.h"
#include "results/ResultsCache.h"
#include "results/ResultsIndexer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool jsonl = data[0] % 2 == 0;
    const QByteArray content(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString path = writeFuzzInput(QStringLiteral("input"), content);
    if (path.isEmpty())
        return 0;
    ResultIndex::Source source;
    source.path = path;
    source.label = QStringLiteral("fuzz");
    source.format = jsonl ? ResultIndex::SourceFormat::Jsonl : ResultIndex::SourceFormat::ResultsJson;
    if (jsonl) {
        source.dataSize = content.size();
    } else {
        QString why;
        if (!ResultsCache::padJsonDocument(path, &source.dataSize, &why))
            return 0;
    }
    const ResultsIndexer::Outcome outcome = ResultsIndexer::build({source}, {}, nullptr, 1);
    if (!outcome.index)
        return 0; // a /results document that is not one: reported, not indexed
    const ResultIndex &index = *outcome.index;
    if (jsonl) {
        // Blank, as results/JsonlLines.h defines it: nothing but spaces and tabs
        // once the line end ("\n" or "\r\n") is taken off. Anything else is a row,
        // an unparsable one if need be: nothing is dropped.
        int lines = 0;
        for (QByteArray line : content.split('\n')) {
            if (line.endsWith('\r'))
                line.chop(1);
            bool blank = true;
            for (char c : std::as_const(line))
                blank = blank && (c == ' ' || c == '\t');
            lines += blank ? 0 : 1;
        }
        FUZZ_CHECK(index.rowCount() == lines, "every non-blank JSONL line is one row");
    }
    for (int row = 0; row < index.rowCount(); ++row) {
        const ResultRow decoded = index.decode(row);
        FUZZ_CHECK(decoded.outcome == index.outcome(row), "a row decodes to the outcome it was indexed with");
        if (!index.unparsable(row))
            FUZZ_CHECK(decoded.customId == index.customId(row), "a row decodes to the custom_id it was indexed with");
        FUZZ_CHECK(index.rawRow(row).size() == qsizetype(index.entry(row).length), "a row's bytes are all there");
    }
    qint64 total = 0;
    for (qint64 n : index.outcomeCounts())
        total += n;
    FUZZ_CHECK(total == index.rowCount(), "the outcome counts add up to the rows");
    return 0;
}
