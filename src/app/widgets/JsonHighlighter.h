#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours pretty-printed JSON: keys, strings, numbers, true/false/null and
// punctuation, in tones that suit the palette (light or dark).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

    // Marks every case-insensitive occurrence of `term` (the answer search) on top of the colours.
    void setSearchTerm(const QString &term);
    QString searchTerm() const { return m_term; }
    // The background of a search match, for the palette in use.
    static QColor matchBackground(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
    QString m_term;
};
