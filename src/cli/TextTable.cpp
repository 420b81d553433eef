#include "TextTable.h"

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
    , m_right(m_headers.size(), false)
{ }

void TextTable::setRightAligned(int column, bool right)
{
    if (column >= 0 && column < m_right.size())
        m_right[column] = right;
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

QString TextTable::render() const
{
    QList<qsizetype> widths(m_headers.size(), 0);
    for (int c = 0; c < m_headers.size(); ++c) {
        widths[c] = m_headers.at(c).size();
        for (const QStringList &row : m_rows)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    auto line = [&](const QStringList &cells) {
        QString out;
        for (int c = 0; c < m_headers.size(); ++c) {
            const bool last = c == m_headers.size() - 1;
            const QString &cell = cells.at(c);
            if (m_right.at(c))
                out += cell.rightJustified(widths[c]);
            else
                out += last ? cell : cell.leftJustified(widths[c]);
            if (!last)
                out += QStringLiteral("  ");
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}
