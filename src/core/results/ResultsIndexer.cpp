#include "ResultsIndexer.h"

#include <QCoreApplication>

#include "JsonlLines.h"
#include "ResultsJsonReader.h"

#include <QThread>
#include <algorithm>
#include <cstring>
#include <thread>

namespace {

constexpr quint16 kMaxInlineIdLength = 0xffff;

// What one thread found in its share of a file.
struct Chunk
{
    qint64 begin = 0;
    qint64 end = 0;
    std::vector<ResultIndex::Entry> entries;
    QList<std::string> errorCodes;            // local table; entries refer to it 1-based
    QList<QPair<qint64, QString>> escapedIds; // local row -> id
    qint64 lines = 0;                         // lines seen, for numbering the next chunk's rows
};

quint16 intern(QList<std::string> &table, const std::string &code)
{
    if (code.empty())
        return 0;
    for (qsizetype i = 0; i < table.size(); ++i) {
        if (table.at(i) == code)
            return quint16(i + 1);
    }
    if (table.size() >= 0xfffe)
        return quint16(table.size()); // absurdly many distinct codes: the last slot takes the rest
    table.append(code);
    return quint16(table.size());
}

qint32 clampTokens(int64_t v)
{
    if (v < 0)
        return -1;
    return v > INT32_MAX ? INT32_MAX : qint32(v);
}

// Parses one row (a JSONL line or a results element) into an index entry.
// `data + offset` stays readable for at least `readable` bytes.
void indexRow(ResultLineParser &parser, ResultFields &fields, std::string &padded, Chunk &chunk, const char *data,
              qint64 offset, qint64 length, qint64 readable, qint64 lineNumber, quint8 source)
{
    ResultIndex::Entry e;
    e.offset = quint64(offset);
    e.length = quint32(qMin<qint64>(length, 0xffffffffLL));
    e.flags = source;
    const char *base = data + offset;
    std::string error;
    bool ok;
    if (readable >= length + qint64(ResultLineParser::kPadding)) {
        ok = parser.parse(base, size_t(length), size_t(readable), ResultLineParser::Depth::Summary, &fields, &error);
    } else {
        // Too close to the end of the mapping for simdjson's padding: parse a copy.
        padded.assign(base, size_t(length));
        padded.append(ResultLineParser::kPadding, ' ');
        base = padded.data();
        ok = parser.parse(base, size_t(length), padded.size(), ResultLineParser::Depth::Summary, &fields, &error);
    }
    if (!ok) {
        e.outcome = quint8(ResultOutcome::Errored);
        e.flags |= ResultIndex::Entry::Unparsable;
        e.customIdOffset = quint32(lineNumber);
        e.errorCode = intern(chunk.errorCodes, kUnparsableCode);
        chunk.entries.push_back(e);
        return;
    }
    e.outcome = quint8(fields.outcome);
    e.statusCode = quint16(qBound(0, fields.statusCode, 0xffff));
    e.errorCode = intern(chunk.errorCodes, fields.errorCode);
    e.inputTokens = clampTokens(fields.inputTokens);
    e.outputTokens = clampTokens(fields.outputTokens);
    std::string_view raw = fields.customIdRaw;
    const bool quoted = raw.size() >= 2 && raw.front() == '"' && raw.back() == '"';
    if (quoted) {
        raw = raw.substr(1, raw.size() - 2);
        const bool escaped = std::memchr(raw.data(), '\\', raw.size()) != nullptr;
        if (!escaped && raw.size() <= kMaxInlineIdLength && raw.data() >= base
            && raw.data() + raw.size() <= base + length) {
            e.customIdOffset = quint32(raw.data() - base);
            e.customIdLength = quint16(raw.size());
        } else {
            e.flags |= ResultIndex::Entry::EscapedCustomId;
            chunk.escapedIds.append({qint64(chunk.entries.size()), QString::fromStdString(fields.customId)});
        }
    } else if (!fields.customId.empty()) {
        // A number where a string was expected: keep its text.
        e.flags |= ResultIndex::Entry::EscapedCustomId;
        chunk.escapedIds.append({qint64(chunk.entries.size()), QString::fromStdString(fields.customId)});
    }
    chunk.entries.push_back(e);
}

void indexJsonlChunk(Chunk &chunk, const char *data, qint64 mappedSize, quint8 source,
                     const ResultsIndexer::Progress &progress, std::atomic<qint64> &bytesDone, qint64 bytesTotal,
                     const std::atomic_bool *cancel)
{
    ResultLineParser parser;
    ResultFields fields;
    std::string padded;
    qint64 lastReport = chunk.begin;
    qint64 sinceCheck = 0;
    forEachJsonlLine(data + chunk.begin, chunk.end - chunk.begin, [&](qint64 offset, qint64 length, qint64 lineNumber) {
        if (cancel && ++sinceCheck % 1024 == 0 && cancel->load(std::memory_order_relaxed))
            return;
        const qint64 absolute = chunk.begin + offset;
        indexRow(parser, fields, padded, chunk, data, absolute, length, mappedSize - absolute, lineNumber, source);
        if (absolute - lastReport > (4 << 20)) {
            bytesDone += absolute - lastReport;
            lastReport = absolute;
            if (progress)
                progress(bytesDone.load(), bytesTotal, qint64(chunk.entries.size()));
        }
    });
    bytesDone += chunk.end - lastReport;
    // Count every line, blank ones included, so the next chunk numbers its rows right.
    qint64 lines = 0;
    for (const char *p = data + chunk.begin, *end = data + chunk.end; p < end;) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl) {
            ++lines; // a last line without its newline
            break;
        }
        ++lines;
        p = static_cast<const char *>(nl) + 1;
    }
    chunk.lines = lines;
}

} // namespace

ResultsIndexer::Outcome ResultsIndexer::build(const QList<ResultIndex::Source> &sources, const Progress &progress,
                                              const std::atomic_bool *cancel, int threads, qint64 minBytesPerThread)
{
    Outcome out;
    auto index = std::make_shared<ResultIndex>();
    QStringList serverNotes;
    if (sources.size() > 15) {
        out.error = QCoreApplication::translate("ResultsIndexer", "too many result files (%1)").arg(sources.size());
        return out;
    }
    if (threads <= 0)
        threads = qMax(1, QThread::idealThreadCount());

    qint64 bytesTotal = 0;
    for (const ResultIndex::Source &s : sources)
        bytesTotal += s.dataSize;
    std::atomic<qint64> bytesDone{0};

    for (qsizetype si = 0; si < sources.size(); ++si) {
        ResultIndex::Source source = sources.at(si);
        ResultIndex::Mapping mapping;
        mapping.file = std::make_unique<QFile>(source.path);
        if (!mapping.file->open(QIODevice::ReadOnly)) {
            out.error = QCoreApplication::translate("ResultsIndexer", "cannot read %1: %2")
                            .arg(source.path, mapping.file->errorString());
            return out;
        }
        const qint64 fileSize = mapping.file->size();
        if (source.dataSize <= 0 || source.dataSize > fileSize)
            source.dataSize = fileSize;
        if (fileSize > 0) {
            uchar *mapped = mapping.file->map(0, fileSize);
            if (!mapped) {
                out.error = QCoreApplication::translate("ResultsIndexer", "cannot map %1: %2")
                                .arg(source.path, mapping.file->errorString());
                return out;
            }
            mapping.data = reinterpret_cast<const char *>(mapped);
        } else {
            mapping.data = mapping.owned.constData();
        }
        mapping.size = fileSize;
        const char *data = mapping.data;
        const quint8 sourceBits = quint8(si);

        std::vector<Chunk> chunks;
        if (source.format == ResultIndex::SourceFormat::Jsonl) {
            // Split at line ends into one share per thread (small files stay whole).
            const int parts
                = int(std::clamp<qint64>(source.dataSize / std::max<qint64>(1, minBytesPerThread), 1, threads));
            qint64 begin = 0;
            for (int p = 0; p < parts; ++p) {
                qint64 end = p == parts - 1 ? source.dataSize : source.dataSize * (p + 1) / parts;
                if (end < source.dataSize) {
                    const void *nl = std::memchr(data + end, '\n', size_t(source.dataSize - end));
                    end = nl ? static_cast<const char *>(nl) - data + 1 : source.dataSize;
                }
                if (end > begin) {
                    Chunk c;
                    c.begin = begin;
                    c.end = end;
                    chunks.push_back(std::move(c));
                }
                begin = end;
            }
            std::vector<std::thread> workers;
            for (size_t c = 1; c < chunks.size(); ++c) {
                workers.emplace_back([&, c] {
                    indexJsonlChunk(chunks[c], data, fileSize, sourceBits, progress, bytesDone, bytesTotal, cancel);
                });
            }
            if (!chunks.empty())
                indexJsonlChunk(chunks[0], data, fileSize, sourceBits, progress, bytesDone, bytesTotal, cancel);
            for (std::thread &w : workers)
                w.join();
        } else {
            // The gateway's {"results":[…]}: each element is a row, indexed where it stands.
            Chunk chunk;
            ResultLineParser parser;
            ResultFields fields;
            std::string padded;
            ResultsJsonReader::Summary summary;
            ApiError error;
            QByteArray copy;
            const char *doc = data;
            qint64 capacity = fileSize;
            if (fileSize - source.dataSize < qint64(ResultLineParser::kPadding)) {
                // No padding after the document (not written by our cache): work on a padded copy.
                copy = QByteArray(data, qsizetype(source.dataSize));
                copy.append(QByteArray(qsizetype(ResultLineParser::kPadding), ' '));
                doc = copy.constData();
                capacity = copy.size();
            }
            qint64 element = 0;
            const bool ok = ResultsJsonReader::scan(
                doc, source.dataSize, capacity,
                [&](const ResultsJsonReader::Element &el) {
                    if (cancel && cancel->load())
                        return false;
                    indexRow(parser, fields, padded, chunk, doc, el.offset, el.length, capacity - el.offset, ++element,
                             sourceBits);
                    return true;
                },
                &summary, &error);
            if (!ok) {
                out.error = error.message;
                return out;
            }
            serverNotes += summary.parseErrors;
            if (!copy.isEmpty()) {
                mapping.owned = copy; // rows point into the copy
                mapping.data = mapping.owned.constData();
            }
            chunk.lines = element;
            chunks.push_back(std::move(chunk));
            bytesDone += source.dataSize;
        }
        if (cancel && cancel->load()) {
            out.cancelled = true;
            return out;
        }

        // Stitch the chunks together: global row numbers, error codes and line numbers.
        qint64 lineBase = 0;
        for (Chunk &c : chunks) {
            QList<quint16> remap;
            QList<std::string> &local = c.errorCodes;
            for (const std::string &code : local) {
                const QString text = QString::fromStdString(code);
                qsizetype at = index->m_errorCodes.indexOf(text);
                if (at < 0) {
                    index->m_errorCodes.append(text);
                    at = index->m_errorCodes.size() - 1;
                }
                remap.append(quint16(at + 1));
            }
            const qint64 firstRow = qint64(index->m_entries.size());
            for (ResultIndex::Entry e : c.entries) {
                if (e.errorCode)
                    e.errorCode = remap.at(e.errorCode - 1);
                if (e.flags & ResultIndex::Entry::Unparsable)
                    e.customIdOffset = quint32(e.customIdOffset + lineBase);
                index->m_outcomeCounts[qBound(0, int(e.outcome), 3)] += 1;
                if (e.inputTokens > 0)
                    index->m_inputTokens += e.inputTokens;
                if (e.outputTokens > 0)
                    index->m_outputTokens += e.outputTokens;
                index->m_entries.push_back(e);
            }
            for (const auto &[row, id] : std::as_const(c.escapedIds))
                index->m_escapedIds.insert(int(firstRow + row), id);
            lineBase += c.lines;
        }
        index->m_sources.append(source);
        index->m_mappings.push_back(std::move(mapping));
        if (progress)
            progress(bytesDone.load(), bytesTotal, qint64(index->m_entries.size()));
    }
    index->m_entries.shrink_to_fit();
    index->m_serverNotes = serverNotes;
    out.index = index;
    return out;
}
