#include "ResultDetailPane.h"

#include "Icons.h"
#include "JsonHighlighter.h"
#include "JsonTreeModel.h"
#include "StatusPalette.h"
#include "itemmodels/ResultTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QPlainTextEdit *jsonView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Wrap only between tokens: a key or a word is never split in two; one too
    // long for the line stays whole.
    view->setWordWrapMode(QTextOption::WordWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}
} // namespace

ResultDetailPane::ResultDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_response(jsonView(this))
    , m_tree(new QTreeView(this))
    , m_treeModel(new JsonTreeModel(this))
    , m_request(jsonView(this))
    , m_raw(jsonView(this))
    , m_sideBySide(new QSplitter(Qt::Horizontal, this))
{
    m_responseHighlighter = new JsonHighlighter(m_response->document());
    new JsonHighlighter(m_request->document());
    new JsonHighlighter(m_raw->document());
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 200);
    m_tree->setColumnWidth(1, 260);
    m_request->setPlaceholderText(tr("The request is read from the batch's input file."));

    // Request next to response, as the user compares them.
    QSplitter *sideBySide = m_sideBySide;
    sideBySide->setObjectName(QStringLiteral("requestResponseSplitter"));
    sideBySide->setChildrenCollapsible(false);
    auto *responseBox = new QWidget(sideBySide);
    auto *responseLayout = new QVBoxLayout(responseBox);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(new QLabel(tr("<b>Response</b>"), responseBox));
    responseLayout->addWidget(m_response);
    auto *requestBox = new QWidget(sideBySide);
    auto *requestLayout = new QVBoxLayout(requestBox);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(new QLabel(tr("<b>Request</b>"), requestBox));
    requestLayout->addWidget(m_request);
    sideBySide->addWidget(requestBox);
    sideBySide->addWidget(responseBox);
    sideBySide->setStretchFactor(1, 2);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(sideBySide, tr("Request && Response"));
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_raw, tr("Raw Line"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ResultDetailPane::fillHiddenTabs);

    auto *copy = new QToolButton(this);
    copy->setIcon(Icons::get(QStringLiteral("copy")));
    copy->setText(tr("Copy"));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setAutoRaise(true);
    copy->setToolTip(tr("Copy what the current tab shows"));
    connect(copy, &QToolButton::clicked, this, [this] {
        fillHiddenTabs();
        const QString text = m_tabs->currentWidget() == m_raw ? m_raw->toPlainText() : responseText();
        QApplication::clipboard()->setText(text);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    clear();
}

void ResultDetailPane::setSearchTerm(const QString &term)
{
    m_responseHighlighter->setSearchTerm(term);
}

QString ResultDetailPane::searchTerm() const
{
    return m_responseHighlighter->searchTerm();
}

void ResultDetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation wanted = width() >= kSideBySideMinWidth ? Qt::Horizontal : Qt::Vertical;
    if (m_sideBySide->orientation() != wanted)
        m_sideBySide->setOrientation(wanted);
}

QString ResultDetailPane::pretty(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isNull())
        return QString::fromUtf8(json);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void ResultDetailPane::clear()
{
    m_customId.clear();
    m_header->setText(tr("Select a row to see the whole result."));
    m_response->clear();
    m_raw->clear();
    m_treeModel->setJson("{}");
    m_rawLine.clear();
    m_hiddenTabsStale = false;
}

void ResultDetailPane::showRow(const ResultRow &row)
{
    m_customId = row.customId;
    const auto category = StatusPalette::categoryOf(row.outcome);
    QString header = tr("<b>%1</b> · <span style=\"color:%2\">%3</span>")
                         .arg(row.customId.toHtmlEscaped(), StatusPalette::color(category, palette()).name(),
                              ResultTableModel::outcomeText(row.outcome));
    if (row.statusCode)
        header += tr(" · HTTP %1").arg(row.statusCode);
    if (!row.errorCode.isEmpty() || !row.errorMessage.isEmpty())
        header += tr("<br>%1 %2").arg(row.errorCode.toHtmlEscaped(), row.errorMessage.toHtmlEscaped());
    m_header->setText(header);
    // The whole row when there is no body (errors, expired, unparsable lines).
    const QByteArray shown = row.body.isEmpty() ? row.raw : row.body;
    m_response->setPlainText(pretty(shown));
    m_rawLine = row.raw;
    m_hiddenTabsStale = true;
    fillHiddenTabs();
}

void ResultDetailPane::fillHiddenTabs()
{
    if (!m_hiddenTabsStale || m_tabs->currentWidget() == m_sideBySide)
        return;
    m_hiddenTabsStale = false;
    m_treeModel->setJson(m_rawLine);
    m_tree->expandToDepth(1);
    m_raw->setPlainText(QString::fromUtf8(m_rawLine));
}

void ResultDetailPane::setRequest(const QByteArray &body, const QString &unavailableReason)
{
    if (body.isEmpty())
        m_request->setPlainText(unavailableReason);
    else
        m_request->setPlainText(pretty(body));
}

QString ResultDetailPane::responseText() const
{
    return m_response->toPlainText();
}

QString ResultDetailPane::requestText() const
{
    return m_request->toPlainText();
}
