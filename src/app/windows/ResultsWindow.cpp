#include "ResultsWindow.h"

#include "ui_ResultsWindow.h"

#include "backend/BatchBackend.h"
#include "delegates/MatchHighlightDelegate.h"
#include "dialogs/RetryDialog.h"
#include "format/TimeText.h"
#include "itemmodels/ResultTableModel.h"
#include "model/StatusCategory.h"
#include "results/RequestLookup.h"
#include "results/ResultSearch.h"
#include "settings/ExportLocation.h"
#include "widgets/FailureGroupsPanel.h"
#include "widgets/Icons.h"
#include "widgets/ResultDetailPane.h"
#include "widgets/StatusMessage.h"
#include "widgets/StatusPalette.h"

#include <QAction>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPaintEvent>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>
#include <numeric>

namespace {
const char kSplitterKey[] = "resultsWindow/splitter";
const char kDetailSplitterKey[] = "resultsWindow/requestResponse";
} // namespace

ResultsWindow::ResultsWindow(const Batch &batch, BatchBackend *backend, ResultsCache cache, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::ResultsWindow>())
    , m_batch(batch)
    , m_backend(backend)
    , m_cache(cache)
    , m_store(new ResultsStore(backend, cache, this))
    , m_requests(new RequestLookup(backend, cache, this))
    , m_model(new ResultTableModel(this))
    , m_outcomeGroup(new QButtonGroup(this))
    , m_message(new StatusMessage(this))
    , m_answerDelegate(new MatchHighlightDelegate(this))
{
    ui->setupUi(this);
    statusBar()->addWidget(m_message, 1);
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
    view->setItemDelegateForColumn(ResultTableModel::AnswerColumn, m_answerDelegate);
    view->viewport()->installEventFilter(this);
    // The result itself gets at least 40% of the width, and the user may drag it wider; remembered.
    ui->splitter->setStretchFactor(0, 1);
    ui->splitter->setStretchFactor(1, 1);
    const QSettings settings;
    m_splitterRestored = ui->splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray());
    ui->detailPane->requestResponseSplitter()->restoreState(
        settings.value(QLatin1String(kDetailSplitterKey)).toByteArray());

    buildOutcomeButtons();
    buildShortcuts();
    // The Failures view: off until asked for, above the table.
    m_failuresButton = new QToolButton(this);
    m_failuresButton->setText(tr("F&ailures"));
    m_failuresButton->setCheckable(true);
    m_failuresButton->setEnabled(false);
    m_failuresButton->setToolTip(tr("Why requests failed, grouped by status, code and message"));
    // In the header beside Re-download and Export: the filter row is full at 1024 px.
    m_failuresButton->setIcon(Icons::get(QStringLiteral("status-failed")));
    m_failuresButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_failuresButton->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // the batch line wraps instead
    ui->headerLayout->insertWidget(ui->headerLayout->indexOf(ui->redownloadButton), m_failuresButton);
    m_failuresPanel = new FailureGroupsPanel(this);
    m_failuresPanel->setVisible(false);
    m_failuresPanel->setMaximumHeight(220);
    ui->rootLayout->insertWidget(ui->rootLayout->indexOf(ui->splitter), m_failuresPanel);
    ui->rootLayout->setStretchFactor(ui->splitter, 1);
    connect(m_failuresButton, &QToolButton::toggled, this, [this](bool on) {
        m_failuresPanel->setVisible(on);
        if (!on)
            m_failuresPanel->selectGroup(-1);
    });
    connect(m_failuresPanel, &FailureGroupsPanel::groupChosen, this, &ResultsWindow::showFailureGroup);
    connect(m_failuresPanel, &FailureGroupsPanel::retryRequested, this, &ResultsWindow::retryFailureGroup);
    connect(&m_failures, &QFutureWatcher<QList<FailureGroup>>::finished, this, [this] {
        if (m_failures.isCanceled() || !m_failures.future().isValid() || m_failures.future().resultCount() == 0)
            return;
        const QList<FailureGroup> groups = m_failures.result();
        m_failuresPanel->setGroups(groups);
        m_failuresButton->setEnabled(!groups.isEmpty());
        m_failuresButton->setText(groups.isEmpty() ? tr("F&ailures")
                                                   : tr("F&ailures (%1)").arg(QLocale().toString(groups.size())));
        ui->headerLayout->activate(); // the header makes room for the longer text now, not a frame later
    });
    m_detailDelay.setSingleShot(true);
    m_detailDelay.setInterval(0);
    connect(&m_detailDelay, &QTimer::timeout, this, &ResultsWindow::showCurrentRow);
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
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultsWindow::updateSummary);

    connect(m_store, &ResultsStore::stageChanged, this, &ResultsWindow::onStageChanged);
    connect(m_store, &ResultsStore::progress, this, &ResultsWindow::onProgress);
    connect(ui->cancelLoadButton, &QPushButton::clicked, m_store, &ResultsStore::cancel);
    connect(ui->retryButton, &QPushButton::clicked, this, [this] { m_store->load(m_batch, true); });
    connect(ui->redownloadButton, &QToolButton::clicked, this, [this] { m_store->load(m_batch, true); });
    connect(ui->exportButton, &QPushButton::clicked, this, [this] { openExportDialog(); });
    connect(m_requests, &RequestLookup::ready, this, &ResultsWindow::onCurrentRowChanged);

    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ResultsWindow::poll);
    ui->retryButton->setVisible(false);
    ui->exportButton->setEnabled(false);
    updateHeader();
    updateSummary();
}

void ResultsWindow::buildShortcuts()
{
    // As in the main window: Ctrl+E exports; Ctrl+W and Esc close.
    auto *exportAction = new QAction(tr("&Export…"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, [this] { openExportDialog(); });
    addAction(exportAction);
    auto *closeAction = new QAction(tr("Close"), this);
    // Ctrl+W everywhere (the platform's Close may be only Ctrl+F4), each key once.
    QList<QKeySequence> closeKeys{QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Close)) {
        if (!closeKeys.contains(key))
            closeKeys << key;
    }
    closeAction->setShortcuts(closeKeys);
    connect(closeAction, &QAction::triggered, this, [this] {
        // Esc in a search field empties it first.
        for (QLineEdit *field : {ui->customIdEdit, ui->answerEdit}) {
            if (focusWidget() == field && !field->text().isEmpty()) {
                field->clear();
                return;
            }
        }
        close();
    });
    addAction(closeAction);
    ui->exportButton->setToolTip(tr("Export rows to a JSONL file (Ctrl+E)"));
}

void ResultsWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_splitterRestored) {
        // First time: half and half, once the window has its real width.
        m_splitterRestored = true;
        const int width = ui->splitter->width();
        ui->splitter->setSizes({width / 2, width - width / 2});
    }
}

void ResultsWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(kSplitterKey), ui->splitter->saveState());
    settings.setValue(QLatin1String(kDetailSplitterKey), ui->detailPane->requestResponseSplitter()->saveState());
    QMainWindow::closeEvent(event);
}

ResultsWindow::~ResultsWindow()
{
    if (m_searchCancel)
        m_searchCancel->store(true);
    m_search.waitForFinished();
    if (m_failuresCancel)
        m_failuresCancel->store(true);
    m_failures.waitForFinished();
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
            button->setIcon(StatusPalette::icon(StatusPalette::categoryOf(ResultOutcome(i - 1)), false, palette()));
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
    const QString shown = currentCustomId();
    m_model->setFilter(mask, ui->customIdEdit->text());
    keepOrPickCurrent(shown);
}

QString ResultsWindow::currentCustomId() const
{
    const QModelIndex current = ui->resultsTable->currentIndex();
    if (!current.isValid() || !m_model->resultIndex())
        return {};
    return m_model->resultIndex()->customId(m_model->indexRow(current.row()));
}

void ResultsWindow::keepOrPickCurrent(const QString &customId)
{
    // The detail panes never show a row the filter has just hidden.
    int viewRow = m_model->rowCount() > 0 ? 0 : -1;
    if (!customId.isEmpty() && m_model->rowCount() > 0) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->resultIndex()->customId(m_model->indexRow(r)) == customId) {
                viewRow = r;
                break;
            }
        }
    }
    if (viewRow < 0) {
        ui->detailPane->clear();
        return;
    }
    const QModelIndex target = m_model->index(viewRow, 0);
    // Moving the current row fills the detail panes (currentRowChanged); fill
    // them here only when it stays, rather than render the same row twice.
    const bool moves = ui->resultsTable->currentIndex() != target;
    ui->resultsTable->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect
                                                                    | QItemSelectionModel::Rows);
    ui->resultsTable->scrollTo(target);
    if (!moves)
        onCurrentRowChanged();
}

void ResultsWindow::searchAnswers(const QString &text)
{
    if (m_searchCancel)
        m_searchCancel->store(true);
    m_search.waitForFinished();
    const auto index = m_store->index();
    m_answerDelegate->setTerm(QString());
    ui->detailPane->setSearchTerm(QString());
    if (text.trimmed().isEmpty() || !index) {
        const QString shown = currentCustomId();
        m_model->setSubset(nullptr);
        keepOrPickCurrent(shown);
        ui->resultsTable->viewport()->update();
        return;
    }
    m_searchCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_searchCancel;
    auto found = std::make_shared<std::vector<int>>();
    m_message->showMessage(tr("Searching the answers for \"%1\"…").arg(text));
    m_search.disconnect(this);
    connect(&m_search, &QFutureWatcher<void>::finished, this, [this, found, cancel, text] {
        if (cancel->load())
            return;
        const QString shown = currentCustomId();
        m_answerDelegate->setTerm(text);
        ui->detailPane->setSearchTerm(text);
        m_model->setSubset(found);
        keepOrPickCurrent(shown);
        m_message->showMessage(tr("%Ln answer(s) contain \"%1\".", nullptr, int(found->size())).arg(text),
                               StatusMessage::kNormalMs);
        Q_EMIT answerSearchFinished(int(found->size()));
    });
    m_search.setFuture(QtConcurrent::run(
        [index, text, cancel, found] { *found = ResultSearch::rowsWithAnswerContaining(*index, text, cancel.get()); }));
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
            m_message->showMessage(p.error().toString(), kPollMs);
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
            ui->loadLabel->setText(
                tr("The batch is still %1 (%2 of %3 done). Its results will appear here when it finishes.")
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
    QStringList parts;
    parts << tr("<span style=\"color:%1\"><b>%2</b></span>")
                 .arg(StatusPalette::color(category, palette()).name(),
                      StatusCategory::outcomeText(m_batch).toHtmlEscaped());
    parts << StatusCategory::countsText(m_batch).toHtmlEscaped();
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
    // Narrowed by custom_id or an answer search: "Failed (11 of 400)".
    const bool narrowed = index && m_model->narrowed();
    const auto &matching = m_model->matchingOutcomeCounts();
    for (int i = 0; i < 5; ++i) {
        const QString name = i == 0 ? tr("All") : ResultTableModel::outcomeLabel(ResultOutcome(i - 1));
        QString label = name;
        if (index) {
            const qint64 total = i == 0 ? qint64(index->rowCount()) : index->outcomeCounts()[size_t(i - 1)];
            const qint64 shown
                = i == 0 ? std::accumulate(matching.begin(), matching.end(), qint64(0)) : matching[size_t(i - 1)];
            label = narrowed ? tr("%1 (%2 of %3)").arg(name, l.toString(shown), l.toString(total))
                             : tr("%1 (%2)").arg(name, l.toString(total));
        }
        m_outcomeButtons[size_t(i)]->setText(label);
    }
    if (!index) {
        ui->summaryLabel->clear();
        return;
    }
    QString summary
        = tr("%1 rows shown of %2 · tokens: %3 in, %4 out · %5 %6")
              .arg(l.toString(m_model->rowCount()), l.toString(index->rowCount()), l.toString(index->inputTokenTotal()),
                   l.toString(index->outputTokenTotal()), l.formattedDataSize(index->dataBytes()),
                   m_store->fromCache() ? tr("(from the cache)") : tr("(downloaded)"));
    // What the gateway itself could not parse is part of the results, not noise to drop.
    const QStringList &notes = index->serverNotes();
    if (!notes.isEmpty())
        summary += QStringLiteral(" · ")
                   + tr("the server reports %Ln line(s) it could not parse", nullptr, int(notes.size()));
    ui->summaryLabel->setText(summary);
    ui->summaryLabel->setToolTip(notes.join(QLatin1Char('\n')));
}

void ResultsWindow::onStageChanged(ResultsStore::Stage stage)
{
    const bool busy = stage == ResultsStore::Stage::Downloading || stage == ResultsStore::Stage::Indexing;
    if (stage != ResultsStore::Stage::Ready)
        ui->loadPanel->setVisible(true); // Ready hides it with the rows in, in showLoadedIndex
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
        // In an event-loop turn of its own: this signal arrives with other posted
        // events (the worker's result, the progress bar's last repaint), and
        // filling 100,000 rows then painting them in the same turn is one long stall.
        QTimer::singleShot(0, this, &ResultsWindow::showLoadedIndex);
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

void ResultsWindow::showLoadedIndex()
{
    if (m_store->stage() != ResultsStore::Stage::Ready || m_model->resultIndex() == m_store->index())
        return; // loading again meanwhile, or already shown
    ui->loadPanel->setVisible(false);
    m_model->setIndex(m_store->index());
    applyFilter();
    ui->exportButton->setEnabled(true);
    if (m_model->rowCount() > 0)
        ui->resultsTable->selectRow(0);
    updateSummary();
    summariseFailures();
}

void ResultsWindow::summariseFailures()
{
    const auto index = m_store->index();
    if (!index)
        return;
    m_failuresPanel->setGroups({});
    if (m_failuresCancel)
        m_failuresCancel->store(true);
    m_failuresCancel = std::make_shared<std::atomic_bool>(false);
    m_failures.setFuture(
        QtConcurrent::run([index, cancel = m_failuresCancel] { return FailureSummary::build(*index, cancel.get()); }));
}

void ResultsWindow::showFailureGroup(int group)
{
    const QString shown = currentCustomId();
    if (!ui->answerEdit->text().isEmpty())
        ui->answerEdit->clear(); // one narrowing at a time: the group replaces an answer search
    const QList<FailureGroup> &groups = m_failuresPanel->groups();
    if (group < 0 || group >= groups.size()) {
        m_model->setSubset(nullptr);
    } else {
        m_model->setSubset(std::make_shared<const std::vector<int>>(groups.at(group).rows));
        m_message->showMessage(
            tr("Showing %1: %2").arg(FailureSummary::label(groups.at(group)), groups.at(group).pattern),
            StatusMessage::kNormalMs);
    }
    keepOrPickCurrent(shown);
}

void ResultsWindow::retryFailureGroup(int group)
{
    const auto index = m_store->index();
    const QList<FailureGroup> &groups = m_failuresPanel->groups();
    if (!index || !m_backend || group < 0 || group >= groups.size())
        return;
    QSet<QString> ids;
    for (int row : groups.at(group).rows)
        ids.insert(index->customId(row));
    auto *dialog = new RetryDialog(m_batch, m_backend, this, m_cache);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->restrictTo(ids, FailureSummary::label(groups.at(group)) + QStringLiteral(" — ") + groups.at(group).pattern);
    connect(dialog, &RetryDialog::created, this, [this](const Batch &created) {
        m_message->showMessage(
            tr("Sent %Ln request(s) again as batch %1.", nullptr, int(created.counts.total)).arg(created.id),
            StatusMessage::kNormalMs);
        Q_EMIT retryCreated(created);
    });
    dialog->start();
    dialog->open();
}

void ResultsWindow::onProgress(qint64 done, qint64 total)
{
    const QLocale l;
    if (m_store->stage() == ResultsStore::Stage::Downloading) {
        if (total > 0) {
            ui->loadProgress->setRange(0, 1000);
            ui->loadProgress->setValue(int(1000.0 * double(done) / double(total)));
            ui->loadLabel->setText(
                tr("Downloading results… %1 of %2").arg(l.formattedDataSize(done), l.formattedDataSize(total)));
        } else {
            ui->loadLabel->setText(tr("Downloading results… %1").arg(l.formattedDataSize(done)));
        }
    } else if (total > 0) {
        ui->loadProgress->setValue(int(1000.0 * double(done) / double(total)));
    }
}

void ResultsWindow::onCurrentRowChanged()
{
    m_detailDelay.start();
}

void ResultsWindow::showCurrentRow()
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
        ui->detailPane->setRequest({}, m_requests->available() ? tr("Reading the input file…")
                                                               : m_requests->unavailableReason());
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
    auto *dialog = new ExportDialog(index, m_model->visibleRows(), selected,
                                    ExportLocation::suggestedPath(name + QStringLiteral("-results.jsonl")), this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->setScope(scope);
    connect(dialog, &ExportDialog::exportFinished, this, [this, dialog](bool ok) {
        if (!ok)
            return;
        const QString path = dialog->path();
        ExportLocation::remember(path);
        const QString folder = QFileInfo(path).absolutePath();
        m_message->showMessage(
            tr("Exported %Ln row(s) to %1", nullptr, int(dialog->outcome().rows)).arg(QDir::toNativeSeparators(path)),
            kExportMessageMs, tr("Open Folder"), [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    });
    dialog->open();
    return dialog;
}

bool ResultsWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == ui->resultsTable->viewport() && event->type() == QEvent::Paint
        && m_model->rowCount() > 0) {
        m_painted = true;
        // After this paint has been delivered: the rows are on screen.
        QMetaObject::invokeMethod(this, &ResultsWindow::firstRowsPainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}
