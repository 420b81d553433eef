#include "JsonHighlighter.h"

#include "StatusPalette.h"

#include <QApplication>

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const bool dark = StatusPalette::isDark(QApplication::palette());
    m_key.setForeground(dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x11, 0x63, 0x29));
    m_number.setForeground(dark ? QColor(0xff, 0xa6, 0x57) : QColor(0x95, 0x38, 0x00));
    m_literal.setForeground(dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf));
    m_punctuation.setForeground(QApplication::palette().color(QPalette::PlaceholderText));
}

QColor JsonHighlighter::matchBackground(const QPalette &palette)
{
    return StatusPalette::isDark(palette) ? QColor(0x6b, 0x55, 0x00) : QColor(0xff, 0xe5, 0x7a);
}

void JsonHighlighter::setSearchTerm(const QString &term)
{
    const QString trimmed = term.trimmed();
    if (trimmed == m_term)
        return;
    m_term = trimmed;
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // A small scanner rather than regular expressions: strings may hold
    // escaped quotes, and pretty-printed JSON puts one token run per line.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != u'"')
                j += text.at(j) == u'\\' ? 2 : 1;
            j = qMin(j + 1, n);
            qsizetype k = j;
            while (k < n && text.at(k).isSpace())
                ++k;
            const bool isKey = k < n && text.at(k) == u':';
            setFormat(int(i), int(j - i), isKey ? m_key : m_string);
            i = j;
        } else if (c.isDigit() || c == u'-') {
            qsizetype j = i + 1;
            while (j < n
                   && (text.at(j).isDigit() || text.at(j) == u'.' || text.at(j) == u'e' || text.at(j) == u'E'
                       || text.at(j) == u'+' || text.at(j) == u'-'))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(j - i), m_literal);
            i = j;
        } else {
            if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',' || c == u':')
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
    if (m_term.isEmpty())
        return;
    QTextCharFormat match;
    match.setBackground(matchBackground(QApplication::palette()));
    for (qsizetype at = text.indexOf(m_term, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(m_term, at + m_term.size(), Qt::CaseInsensitive)) {
        for (qsizetype k = at; k < at + m_term.size(); ++k) {
            QTextCharFormat f = format(int(k));
            f.setBackground(match.background());
            setFormat(int(k), 1, f);
        }
    }
}
