#include "ResultIndex.h"

#include <QtGlobal>
#include <cstring>

namespace {
inline char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}
} // namespace

QByteArrayView ResultIndex::rawRow(int row) const
{
    const Entry &e = entry(row);
    const Mapping &m = m_mappings[e.flags & Entry::SourceMask];
    return QByteArrayView(m.data + e.offset, qsizetype(e.length));
}

QByteArrayView ResultIndex::customIdBytes(int row) const
{
    const Entry &e = entry(row);
    if (e.flags & Entry::Unparsable)
        return {};
    return rawRow(row).sliced(e.customIdOffset, e.customIdLength);
}

QString ResultIndex::customId(int row) const
{
    const Entry &e = entry(row);
    if (e.flags & Entry::EscapedCustomId)
        return m_escapedIds.value(row);
    const QByteArrayView bytes = customIdBytes(row);
    return QString::fromUtf8(bytes.data(), bytes.size());
}

QString ResultIndex::errorCode(int row) const
{
    const quint16 code = entry(row).errorCode;
    return code == 0 ? QString() : m_errorCodes.value(code - 1);
}

ResultRow ResultIndex::decodeWith(ResultLineParser &parser, int row) const
{
    const QByteArrayView raw = rawRow(row);
    const qint64 line = unparsable(row) ? qint64(entry(row).customIdOffset) : qint64(row) + 1;
    return parser.decodeRow(std::string_view(raw.data(), size_t(raw.size())), line);
}

ResultRow ResultIndex::decode(int row) const
{
    if (!m_parser)
        m_parser = std::make_unique<ResultLineParser>();
    return decodeWith(*m_parser, row);
}

qint64 ResultIndex::dataBytes() const
{
    qint64 total = 0;
    for (const Source &s : m_sources)
        total += s.dataSize;
    return total;
}

qint64 ResultIndex::memoryBytes() const
{
    qint64 bytes = qint64(m_entries.capacity() * sizeof(Entry));
    for (const QString &code : m_errorCodes)
        bytes += code.size() * 2 + 32;
    for (auto it = m_escapedIds.begin(); it != m_escapedIds.end(); ++it)
        bytes += it.value().size() * 2 + 48;
    return bytes;
}

bool ResultIndex::customIdContains(int row, const QByteArray &needleLower) const
{
    if (needleLower.isEmpty())
        return true;
    if (entry(row).flags & Entry::EscapedCustomId)
        return m_escapedIds.value(row).toUtf8().toLower().contains(needleLower);
    const QByteArrayView id = customIdBytes(row);
    const qsizetype n = needleLower.size();
    if (id.size() < n)
        return false;
    const char first = needleLower.at(0);
    for (qsizetype i = 0; i + n <= id.size(); ++i) {
        if (asciiLower(id[i]) != first)
            continue;
        qsizetype j = 1;
        while (j < n && asciiLower(id[i + j]) == needleLower.at(j))
            ++j;
        if (j == n)
            return true;
    }
    return false;
}
