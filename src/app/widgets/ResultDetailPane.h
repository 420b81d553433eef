#pragma once

#include "model/ResultRow.h"

#include <QWidget>

class JsonHighlighter;
class JsonTreeModel;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTreeView;

// One result in full: the response as highlighted JSON or as a collapsible
// tree, the request it answered (joined on custom_id) beside it, and copy.
class ResultDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ResultDetailPane(QWidget *parent = nullptr);

    void showRow(const ResultRow &row);
    void setRequest(const QByteArray &body, const QString &unavailableReason = QString());
    void clear();
    QString shownCustomId() const { return m_customId; }
    QString responseText() const;
    QString requestText() const;
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *requestResponseSplitter() const { return m_sideBySide; }
    // Marks the answer search's matches in the response.
    void setSearchTerm(const QString &term);
    QString searchTerm() const;
    // Request beside response while there is room for both, one above the other when narrow.
    static constexpr int kSideBySideMinWidth = 640;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static QString pretty(const QByteArray &json);
    // Fills the Tree and Raw Line tabs with the shown row when one of them is
    // the current tab: built for every row they would cost the first paint of a result.
    void fillHiddenTabs();

    QLabel *m_header;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_response;
    QTreeView *m_tree;
    JsonTreeModel *m_treeModel;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_raw;
    QSplitter *m_sideBySide;
    JsonHighlighter *m_responseHighlighter = nullptr;
    QString m_customId;
    QByteArray m_rawLine; // the shown row's line
    bool m_hiddenTabsStale = false;
};
