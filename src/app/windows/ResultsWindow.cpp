#include "ResultsWindow.h"

#include "ui_ResultsWindow.h"

#include "backend/BatchBackend.h"
#include "format/TimeText.h"
#include "models/StatusCategory.h"
#include "results/RequestLookup.h"
#include "results/ResultSearch.h"
#include "results/ResultTableModel.h"
#include "widgets/Icons.h"
#include "widgets/ResultDetailPane.h"
#include "widgets/StatusPalette.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPaintEvent>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStandardPaths>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const char *const kOutcomeNames[] = {QT_TRANSLATE_NOOP("ResultsWindow", "Succeeded"), QT_TRANSLATE_NOOP("ResultsWindow", "Errored"),
                                     QT_TRANSLATE_NOOP("ResultsWindow", "Expired"), QT_TRANSLATE_NOOP("ResultsWindow", "Canceled")};

StatusCategory::Kind categoryOf(int outcome)
{
    switch (ResultOutcome(outcome)) {
    case ResultOutcome::Succeeded: return StatusCategory::Completed;
    case ResultOutcome::Errored: return StatusCategory::Failed;
    case ResultOutcome::Expired: return StatusCategory::Expired;
    case ResultOutcome::Canceled: return StatusCategory::Cancelled;
    }
    return StatusCategory::Failed;
}
} // namespace

ResultsWindow::ResultsWindow(const Batch &batch, BatchBackend *backend, ResultsCache cache, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::ResultsWindow>())
    , m_batch(batch)
    , m_backend(backend)
    , m_store(new ResultsStore(backend, cache, this))
    , m_requests(new RequestLookup(backend, cache, this))
    , m_model(new ResultTableModel(this))
    , m_outcomeGroup(new QButtonGroup(this))
{
    ui->setupUi(this);
    setWindowTitle(tr("Results — %1").arg(batch.id));
    setWindowIcon(Icons::appIcon());
    ui->redownloadButton->setIcon(Icons::get(QStringLiteral("refresh")));
    ui->exportButton->setIcon(Icons::get(QStringLiteral("export")));
    QFont title = ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    ui->titleLabel->setFont(title);

    QTableView *view = ui->resultsTable;
    view->setModel(m_model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(ResultTableModel::CustomIdColumn, 170);
    view->setColumnWidth(ResultTableModel::OutcomeColumn, 85);
    view->setColumnWidth(ResultTableModel::StatusColumn, 50);
    view->setColumnWidth(ResultTableModel::ErrorColumn, 150);
    view->setColumnWidth(ResultTableModel::TokensInColumn, 75);
    view->setColumnWidth(ResultTableModel::TokensOutColumn, 80);
    view->setColumnWidth(ResultTableModel::ModelColumn, 140);
    view->viewport()->installEventFilter(this);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    ui->splitter->setSizes({900, 500});

    buildOutcomeButtons();
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(150);
    connect(&m_filterDelay, &QTimer::timeout, this, &ResultsWindow::applyFilter);
    connect(ui->customIdEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(ui->answerEdit, &QLineEdit::returnPressed, this, [this] { searchAnswers(ui->answerEdit->text()); });
    connect(ui->answerEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            searchAnswers(QString());
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResultsWindow::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        ui->detailPane->clear();
    });

    connect(m_store, &ResultsStore::stageChanged, this, &ResultsWindow::onStageChanged);
    connect(m_store, &ResultsStore::progress, this, &ResultsWindow::onProgress);
    connect(ui->cancelLoadButton, &QPushButton::clicked, m_store, &ResultsStore::cancel);
    connect(ui->retryButton, &QPushButton::clicked, this, [this] { m_store->load(m_batch, true); });
    connect(ui->redownloadButton, &QToolButton::clicked, this, [this] { m_store->load(m_batch, true); });
    connect(ui->exportButton, &QPushButton::clicked, this, [this] { openExportDialog(); });
    connect(m_requests, &RequestLookup::ready, this, &ResultsWindow::onCurrentRowChanged);
    connect(&m_search, &QFutureWatcher<void>::finished, this, [this] { statusBar()->clearMessage(); });

    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ResultsWindow::poll);
    ui->retryButton->setVisible(false);
    ui->exportButton->setEnabled(false);
    updateHeader();
    updateSummary();
}

ResultsWindow::~ResultsWindow()
{
    if (m_searchCancel)
        m_searchCancel->store(true);
    m_search.waitForFinished();
}

QTableView *ResultsWindow::table() const
{
    return ui->resultsTable;
}

ResultDetailPane *ResultsWindow::detail() const
{
    return ui->detailPane;
}

void ResultsWindow::buildOutcomeButtons()
{
    auto *layout = new QHBoxLayout(ui->outcomeButtons);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int i = 0; i < 5; ++i) {
        auto *button = new QToolButton(ui->outcomeButtons);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(QStringLiteral("outcome-%1").arg(i));
        if (i > 0)
            button->setIcon(StatusPalette::icon(categoryOf(i - 1), false, palette()));
        m_outcomeGroup->addButton(button, i);
        m_outcomeButtons[size_t(i)] = button;
        layout->addWidget(button);
    }
    m_outcomeButtons[0]->setChecked(true);
    connect(m_outcomeGroup, &QButtonGroup::idClicked, this, [this](int) { applyFilter(); });
}

void ResultsWindow::setOutcomeFilter(unsigned mask)
{
    int id = 0;
    for (int i = 0; i < 4; ++i) {
        if (mask == (1u << i))
            id = i + 1;
    }
    m_outcomeButtons[size_t(id)]->setChecked(true);
    applyFilter();
}

void ResultsWindow::setCustomIdFilter(const QString &text)
{
    ui->customIdEdit->setText(text);
    applyFilter();
}

void ResultsWindow::applyFilter()
{
    m_filterDelay.stop();
    const int id = m_outcomeGroup->checkedId();
    const unsigned mask = id <= 0 ? ResultTableModel::kAllOutcomes : (1u << unsigned(id - 1));
    m_model->setFilter(mask, ui->customIdEdit->text());
}

void ResultsWindow::searchAnswers(const QString &text)
{
    if (m_searchCancel)
        m_searchCancel->store(true);
    m_search.waitForFinished();
    const auto index = m_store->index();
    if (text.trimmed().isEmpty() || !index) {
        m_model->setSubset(nullptr);
        return;
    }
    m_searchCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_searchCancel;
    auto found = std::make_shared<std::vector<int>>();
    statusBar()->showMessage(tr("Searching the answers for \"%1\"…").arg(text));
    m_search.disconnect(this);
    connect(&m_search, &QFutureWatcher<void>::finished, this, [this, found, cancel, text] {
        if (cancel->load())
            return;
        m_model->setSubset(found);
        statusBar()->showMessage(tr("%n answer(s) contain \"%1\".", nullptr, int(found->size())).arg(text), 8000);
        Q_EMIT answerSearchFinished(int(found->size()));
    });
    m_search.setFuture(QtConcurrent::run([index, text, cancel, found] {
        *found = ResultSearch::rowsWithAnswerContaining(*index, text, cancel.get());
    }));
}

void ResultsWindow::start()
{
    if (m_batch.status.terminal()) {
        m_store->load(m_batch);
    } else {
        // Not finished: keep the header fresh and load the results when it ends.
        ui->loadLabel->setText(tr("The batch is still %1. Its results will appear here when it finishes.")
                                   .arg(StatusCategory::statusText(m_batch.status)));
        ui->loadProgress->setVisible(false);
        ui->cancelLoadButton->setVisible(false);
        m_poll.start();
    }
    m_requests->load(m_batch);
}

void ResultsWindow::poll()
{
    if (!m_backend || m_polling)
        return;
    m_polling = true;
    onFinished(m_backend->retrieve(m_batch.id), this, [this](const Pending<Batch> &p) {
        m_polling = false;
        if (!p.ok()) {
            statusBar()->showMessage(p.error().toString(), kPollMs);
            return;
        }
        const bool finishedNow = m_batch.status.active() && p.value().status.terminal();
        m_batch = p.value();
        updateHeader();
        Q_EMIT batchUpdated(m_batch);
        if (finishedNow) {
            m_poll.stop();
            m_store->load(m_batch);
        } else if (m_batch.status.active()) {
            ui->loadLabel->setText(tr("The batch is still %1 (%2 of %3 done). Its results will appear here when it finishes.")
                                       .arg(StatusCategory::statusText(m_batch.status), QLocale().toString(m_batch.counts.processed()),
                                            QLocale().toString(m_batch.counts.total)));
        }
    });
}

void ResultsWindow::updateHeader()
{
    const auto category = StatusCategory::of(m_batch);
    ui->statusIcon->setPixmap(StatusPalette::icon(category, !m_batch.status.isKnown(), palette()).pixmap(20, 20));
    ui->titleLabel->setText(m_batch.id);
    const QLocale l;
    QStringList parts;
    parts << tr("<span style=\"color:%1\"><b>%2</b></span>").arg(StatusPalette::color(category, palette()).name(), StatusCategory::statusText(m_batch.status));
    parts << tr("%1 of %2 requests done").arg(l.toString(m_batch.counts.processed()), l.toString(m_batch.counts.total));
    if (!m_batch.endpoint.isEmpty())
        parts << m_batch.endpoint.toHtmlEscaped();
    if (!m_batch.model.isEmpty())
        parts << m_batch.model.toHtmlEscaped();
    parts << m_batch.connection.toHtmlEscaped() + QStringLiteral(" · ") + m_batch.provider.toHtmlEscaped();
    ui->batchLabel->setText(parts.join(QStringLiteral(" · ")));
}

void ResultsWindow::updateSummary()
{
    const auto index = m_store->index();
    const QLocale l;
    for (int i = 0; i < 5; ++i) {
        QString label = i == 0 ? tr("All") : tr(kOutcomeNames[i - 1]);
        if (index)
            label += QStringLiteral(" (%1)").arg(l.toString(i == 0 ? qint64(index->rowCount()) : index->outcomeCounts()[size_t(i - 1)]));
        m_outcomeButtons[size_t(i)]->setText(label);
    }
    if (!index) {
        ui->summaryLabel->clear();
        return;
    }
    ui->summaryLabel->setText(tr("%1 rows shown of %2 · tokens: %3 in, %4 out · %5 %6")
                                  .arg(l.toString(m_model->rowCount()), l.toString(index->rowCount()),
                                       l.toString(index->inputTokenTotal()), l.toString(index->outputTokenTotal()),
                                       l.formattedDataSize(index->dataBytes()),
                                       m_store->fromCache() ? tr("(from the cache)") : tr("(downloaded)")));
}

void ResultsWindow::onStageChanged(ResultsStore::Stage stage)
{
    const bool busy = stage == ResultsStore::Stage::Downloading || stage == ResultsStore::Stage::Indexing;
    ui->loadPanel->setVisible(stage != ResultsStore::Stage::Ready);
    ui->loadProgress->setVisible(busy);
    ui->cancelLoadButton->setVisible(busy);
    ui->retryButton->setVisible(stage == ResultsStore::Stage::Failed || stage == ResultsStore::Stage::Cancelled);
    ui->redownloadButton->setEnabled(!busy);
    switch (stage) {
    case ResultsStore::Stage::Downloading:
        ui->loadLabel->setText(tr("Downloading results…"));
        ui->loadProgress->setRange(0, 0);
        break;
    case ResultsStore::Stage::Indexing:
        ui->loadLabel->setText(m_store->fromCache() ? tr("Reading the cached results…") : tr("Indexing results…"));
        ui->loadProgress->setRange(0, 1000);
        ui->loadProgress->setValue(0);
        break;
    case ResultsStore::Stage::Ready:
        m_model->setIndex(m_store->index());
        applyFilter();
        ui->exportButton->setEnabled(true);
        if (m_model->rowCount() > 0)
            ui->resultsTable->selectRow(0);
        break;
    case ResultsStore::Stage::Failed:
        ui->loadLabel->setText(tr("✗ %1").arg(m_store->error().toString()));
        break;
    case ResultsStore::Stage::Cancelled:
        ui->loadLabel->setText(tr("Stopped. Nothing that was already saved was lost."));
        break;
    case ResultsStore::Stage::Idle:
        break;
    }
    updateSummary();
}

void ResultsWindow::onProgress(qint64 done, qint64 total)
{
    const QLocale l;
    if (m_store->stage() == ResultsStore::Stage::Downloading) {
        if (total > 0) {
            ui->loadProgress->setRange(0, 1000);
            ui->loadProgress->setValue(int(1000.0 * double(done) / double(total)));
            ui->loadLabel->setText(tr("Downloading results… %1 of %2").arg(l.formattedDataSize(done), l.formattedDataSize(total)));
        } else {
            ui->loadLabel->setText(tr("Downloading results… %1").arg(l.formattedDataSize(done)));
        }
    } else if (total > 0) {
        ui->loadProgress->setValue(int(1000.0 * double(done) / double(total)));
    }
}

void ResultsWindow::onCurrentRowChanged()
{
    const QModelIndex current = ui->resultsTable->currentIndex();
    if (!current.isValid() || !m_model->resultIndex()) {
        ui->detailPane->clear();
        return;
    }
    const int row = m_model->indexRow(current.row());
    const ResultRow &r = m_model->decoded(row);
    ui->detailPane->showRow(r);
    if (m_requests->isReady()) {
        const QByteArray body = m_requests->requestBody(r.customId);
        ui->detailPane->setRequest(body, tr("No request with custom_id \"%1\" in the input file.").arg(r.customId));
    } else {
        ui->detailPane->setRequest({}, m_requests->available() ? tr("Reading the input file…") : m_requests->unavailableReason());
    }
}

ExportDialog *ResultsWindow::openExportDialog(ExportDialog::Scope scope)
{
    const auto index = m_store->index();
    if (!index)
        return nullptr;
    std::vector<int> selected;
    const auto rows = ui->resultsTable->selectionModel()->selectedRows();
    selected.reserve(size_t(rows.size()));
    for (const QModelIndex &i : rows)
        selected.push_back(m_model->indexRow(i.row()));
    std::sort(selected.begin(), selected.end());
    QString name = m_batch.id;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new ExportDialog(index, m_model->visibleRows(), selected,
                                    QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name + QStringLiteral("-results.jsonl")), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setScope(scope);
    connect(dialog, &ExportDialog::exportFinished, this, [this, dialog](bool ok) {
        if (ok)
            statusBar()->showMessage(tr("Exported %n row(s).", nullptr, int(dialog->outcome().rows)), 10000);
    });
    dialog->open();
    return dialog;
}

bool ResultsWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == ui->resultsTable->viewport() && event->type() == QEvent::Paint && m_model->rowCount() > 0) {
        m_painted = true;
        // After this paint has been delivered: the rows are on screen.
        QMetaObject::invokeMethod(this, &ResultsWindow::firstRowsPainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}
