#pragma once

#include "ResultLineParser.h"
#include "model/ResultRow.h"

#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <memory>
#include <vector>

// The per-request results of one batch, held as the downloaded files (memory
// mapped) plus 32 bytes per row: where the row is, its custom_id, outcome,
// HTTP status, error code and token counts. A row is decoded fully only when
// someone asks for it.
class ResultIndex
{
public:
    enum class SourceFormat : quint8 {
        Jsonl,       // one result per line (file content, Anthropic results)
        ResultsJson, // the gateway's {"results":[…]} document
    };

    struct Entry
    {
        quint64 offset = 0;         // of the row in its source file
        quint32 length = 0;         // bytes, without the line end
        quint32 customIdOffset = 0; // into the row; for unparsable rows, the line number
        quint16 customIdLength = 0;
        quint16 statusCode = 0;
        quint16 errorCode = 0;   // 1-based into errorCodes(); 0: none
        quint8 outcome = 0;      // ResultOutcome
        quint8 flags = 0;        // Flag bits; the low nibble is the source number
        qint32 inputTokens = -1; // -1: absent
        qint32 outputTokens = -1;

        enum Flag : quint8 {
            SourceMask = 0x0f,
            EscapedCustomId = 0x10, // the id needed unescaping: see the side table
            Unparsable = 0x20,
        };
    };
    static_assert(sizeof(Entry) == 32, "the index promises at most 64 bytes per row; it keeps 32");

    struct Source
    {
        QString path;
        QString label; // "output file", "error file", "results"
        SourceFormat format = SourceFormat::Jsonl;
        qint64 dataSize = 0; // the provider's bytes (a results JSON may carry padding after them)
    };

    ResultIndex() = default;
    ResultIndex(const ResultIndex &) = delete;
    ResultIndex &operator=(const ResultIndex &) = delete;

    int rowCount() const { return int(m_entries.size()); }
    const Entry &entry(int row) const { return m_entries[size_t(row)]; }
    const QList<Source> &sources() const { return m_sources; }
    // What the server itself said it could not parse (the gateway's
    // extra_fields.parse_errors), one line each: shown with the results.
    const QStringList &serverNotes() const { return m_serverNotes; }

    QByteArrayView rawRow(int row) const;
    QString customId(int row) const;
    // The custom_id bytes as they stand in the file (no unescaping), for fast search.
    QByteArrayView customIdBytes(int row) const;
    ResultOutcome outcome(int row) const { return ResultOutcome(entry(row).outcome); }
    QString errorCode(int row) const;
    bool unparsable(int row) const { return entry(row).flags & Entry::Unparsable; }
    // Decodes the whole row (not thread-safe: one caller thread, or use decodeWith).
    ResultRow decode(int row) const;
    ResultRow decodeWith(ResultLineParser &parser, int row) const;

    std::array<qint64, 4> outcomeCounts() const { return m_outcomeCounts; }
    qint64 inputTokenTotal() const { return m_inputTokens; }
    qint64 outputTokenTotal() const { return m_outputTokens; }
    qint64 dataBytes() const;
    // Heap bytes the index itself uses (entries and side tables), not the mapped files.
    qint64 memoryBytes() const;
    const QStringList &errorCodes() const { return m_errorCodes; }

    // Rows whose custom_id contains `needle` (bytes as in the file; ASCII case-insensitive).
    bool customIdContains(int row, const QByteArray &needleLower) const;

private:
    friend class ResultsIndexer;
    struct Mapping
    {
        std::unique_ptr<QFile> file;
        const char *data = nullptr;
        qint64 size = 0;
        QByteArray owned; // when mapping was impossible (an empty file)
    };

    std::vector<Entry> m_entries;
    QList<Source> m_sources;
    QStringList m_serverNotes;
    std::vector<Mapping> m_mappings;
    QStringList m_errorCodes;
    QHash<int, QString> m_escapedIds;
    std::array<qint64, 4> m_outcomeCounts{};
    qint64 m_inputTokens = 0;
    qint64 m_outputTokens = 0;
    mutable std::unique_ptr<ResultLineParser> m_parser;
};
