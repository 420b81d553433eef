#pragma once

#include "model/StatusCategory.h"

#include <QComboBox>
#include <QLineEdit>
#include <QWidget>
#include <array>

class QToolButton;

// The status filter buttons with live counts (All, Active, Completed, With
// errors, Failed, Expired, Cancelled), and the search field. A click shows
// one status; Ctrl+click adds or removes a status, so several combine.
class StatusFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit StatusFilterBar(QWidget *parent = nullptr);

    void setCounts(const std::array<int, StatusCategory::Count> &counts);
    StatusCategory::Mask categories() const { return m_categories; }
    void setCategories(StatusCategory::Mask categories);
    // As if the button were clicked, with Ctrl held when `add` is true.
    void choose(StatusCategory::Kind category, bool add);
    QLineEdit *searchField() const { return m_search; }
    // An open connection as the connection filter lists it; `error` non-empty: it is offline.
    struct Connection
    {
        QString id;
        QString name;
        QString error;
    };
    // Shown when several connections are open: one entry each, a failing one marked offline with its error.
    void setConnections(const QList<Connection> &connections);
    QComboBox *connectionFilter() const { return m_connections; }
    QToolButton *button(StatusCategory::Kind category) const { return m_buttons.at(category); }
    // Narrow windows show the status buttons as icon and count only.
    bool isCompact() const { return m_compact; }
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void categoriesChanged(StatusCategory::Mask categories);
    // The chosen connection's source id; empty: all of them.
    void connectionFilterChanged(const QString &sourceId);
    void searchTextChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void syncButtons();
    void updateTexts();
    QString fullText(int kind) const;
    // The width the bar needs with every label written out.
    int fullWidth() const;

    std::array<QToolButton *, StatusCategory::Count> m_buttons{};
    QLineEdit *m_search;
    QComboBox *m_connections;
    StatusCategory::Mask m_categories = StatusCategory::bit(StatusCategory::All);
    std::array<int, StatusCategory::Count> m_counts{};
    bool m_compact = false;
};
