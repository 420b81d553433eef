#include "ResultSearch.h"

#include "AnswerText.h"
#include "json/JsonText.h"

#include <QByteArrayMatcher>

namespace ResultSearch {

std::vector<int> rowsWithAnswerContaining(const ResultIndex &index, const QString &text, const std::atomic_bool *cancel)
{
    std::vector<int> out;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return out;
    // The phrase as it would appear inside a JSON string, lower-cased for a
    // case-insensitive pre-filter on lower-cased ASCII bytes.
    QByteArray escaped = JsonText::quoted(needle.toLower());
    escaped = escaped.mid(1, escaped.size() - 2);
    const bool asciiOnly = std::all_of(escaped.begin(), escaped.end(), [](char c) { return uchar(c) < 0x80; });
    ResultLineParser parser;
    QByteArray lowered;
    for (int row = 0; row < index.rowCount(); ++row) {
        if (cancel && (row & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        const QByteArrayView raw = index.rawRow(row);
        if (asciiOnly) {
            lowered = raw.toByteArray().toLower();
            if (!lowered.contains(escaped))
                continue;
        }
        const ResultRow decoded = index.decodeWith(parser, row);
        if (AnswerText::extract(decoded.body, -1).contains(needle, Qt::CaseInsensitive))
            out.push_back(row);
    }
    return out;
}

} // namespace ResultSearch
