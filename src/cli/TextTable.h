#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Left-aligned columns for terminal output; numbers can be right-aligned.
class TextTable
{
public:
    explicit TextTable(QStringList headers);
    void setRightAligned(int column, bool right = true);
    void addRow(QStringList cells);
    QString render() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<bool> m_right;
};
