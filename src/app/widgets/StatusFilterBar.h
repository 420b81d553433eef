#pragma once

#include "models/StatusCategory.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLineEdit>
#include <QWidget>
#include <array>

class QToolButton;

// The status filter buttons with live counts (All, Active, Completed,
// Failed, Expired, Cancelled), and the search field.
class StatusFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit StatusFilterBar(QWidget *parent = nullptr);

    void setCounts(const std::array<int, StatusCategory::Count> &counts);
    StatusCategory::Kind category() const { return m_category; }
    void setCategory(StatusCategory::Kind category);
    QLineEdit *searchField() const { return m_search; }
    // Shown when several connections are open: one entry each, with its state.
    QComboBox *connectionFilter() const { return m_connections; }
    QToolButton *button(StatusCategory::Kind category) const { return m_buttons.at(category); }

Q_SIGNALS:
    void categoryChanged(StatusCategory::Kind category);
    void connectionFilterChanged(const QString &connection);
    void searchTextChanged(const QString &text);

private:
    std::array<QToolButton *, StatusCategory::Count> m_buttons{};
    QButtonGroup m_group;
    QLineEdit *m_search;
    QComboBox *m_connections;
    StatusCategory::Kind m_category = StatusCategory::All;
};
