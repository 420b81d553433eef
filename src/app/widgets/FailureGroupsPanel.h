#pragma once

#include "failures/FailureSummary.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// The Failures view of the results window: why requests failed, one row per
// group (count, status, code, message pattern, an example), the most common
// first. Choosing a group narrows the table to it; "Retry These…" sends
// exactly that group again.
class FailureGroupsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FailureGroupsPanel(QWidget *parent = nullptr);

    void setGroups(const QList<FailureGroup> &groups);
    const QList<FailureGroup> &groups() const { return m_groups; }
    QTableWidget *table() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }
    // The group chosen, or -1.
    int currentGroup() const;
    void selectGroup(int group);

Q_SIGNALS:
    // -1: no group (show every row again).
    void groupChosen(int group);
    void retryRequested(int group);

private:
    QList<FailureGroup> m_groups;
    QLabel *m_headline;
    QTableWidget *m_table;
    QPushButton *m_showAll;
    QPushButton *m_retry;
};
