#include "BatchDetailsPane.h"

#include "failures/CachedFailureHeadlines.h"

#include "ui_BatchDetailsPane.h"

#include "BatchTableView.h"
#include "Icons.h"
#include "StatusPalette.h"
#include "WrappingLabel.h"
#include "format/TimeText.h"
#include "itemmodels/BatchTableModel.h"
#include "model/StatusCategory.h"
#include "session/ConnectionSession.h"
#include "session/Workspace.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>

BatchDetailsPane::BatchDetailsPane(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::BatchDetailsPane>())
    , m_failureHeadlines(new CachedFailureHeadlines(ResultsCache(), this))
{
    ui->setupUi(this);
    ui->copyIdButton->setIcon(Icons::get(QStringLiteral("copy")));
    ui->rawToggle->setIcon(Icons::get(QStringLiteral("json")));
    ui->rawView->setVisible(false);
    ui->rawView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(ui->rawToggle, &QToolButton::toggled, ui->rawView, &QWidget::setVisible);
    connect(ui->copyIdButton, &QToolButton::clicked, this,
            [this] { copyToClipboard(ui->idLabel->text(), tr("Batch id")); });
    QFont idFont = ui->idLabel->font();
    idFont.setBold(true);
    idFont.setPointSizeF(idFont.pointSizeF() * 1.1);
    ui->idLabel->setFont(idFont);
    ui->metadataTable->setColumnCount(2);
    ui->metadataTable->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    ui->stack->setCurrentWidget(ui->emptyPage);
    ui->offlineBanner->setVisible(false);
    ui->offlineBanner->setBackgroundRole(QPalette::ToolTipBase);
    ui->offlineBanner->setForegroundRole(QPalette::ToolTipText);
    ui->bannerIcon->setPixmap(
        Icons::tinted(QStringLiteral("warning"), StatusPalette::color(StatusCategory::Expired, palette()))
            .pixmap(16, 16));
    connect(ui->retryButton, &QPushButton::clicked, this, &BatchDetailsPane::retryRequested);
    ui->progressBar->setFormat(QStringLiteral("%p %"));
}

BatchDetailsPane::~BatchDetailsPane() = default;

void BatchDetailsPane::follow(const BatchTableView *table, const Workspace *workspace)
{
    m_table = table;
    m_workspace = workspace;
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BatchDetailsPane::showCurrent);
    connect(workspace->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int current = m_table->currentSourceRow();
                if (current >= topLeft.row() && current <= bottomRight.row())
                    showCurrent();
            });
    connect(workspace, &Workspace::stateChanged, this, &BatchDetailsPane::showCurrent); // the offline banner
    connect(&m_tick, &QTimer::timeout, this, &BatchDetailsPane::tick);
    m_tick.start(kTickMs);
    connect(m_failureHeadlines, &CachedFailureHeadlines::headlineReady, this, [this](const QString &key) {
        if (key == m_key)
            showCurrent();
    });
    showCurrent();
}

void BatchDetailsPane::showCurrent()
{
    const int row = m_table->currentSourceRow();
    const BatchTableModel *model = m_workspace->model();
    if (row < 0) {
        clear();
        return;
    }
    const Batch &b = model->batchAt(row);
    // Why requests failed, once the results are cached (a results window loaded them).
    m_failures = {b.key(), m_failureHeadlines->headline(m_workspace->backendFor(b), b)};
    showBatch(b, model->now(), model->eta(row));
    const ConnectionSession *session = m_workspace->sessionFor(b);
    setOffline(model->isStale(row) && session ? session->offlineSince() : QDateTime());
}

void BatchDetailsPane::tick()
{
    const int row = m_table->currentSourceRow();
    if (isVisible() && row >= 0)
        updateTimes(m_workspace->model()->now(), m_workspace->model()->eta(row));
}

void BatchDetailsPane::setOffline(const QDateTime &since)
{
    ui->offlineBanner->setVisible(since.isValid());
    if (since.isValid()) {
        ui->bannerLabel->setText(
            tr("Offline since %1: data may be out of date").arg(TimeText::clockTime(since.toSecsSinceEpoch())));
        fitBanner();
    }
}

void BatchDetailsPane::fitBanner()
{
    // The banner sits outside the scroll area, where a wrapped label is not
    // given the height of its lines by itself.
    if (ui->bannerLabel->width() > 0)
        ui->bannerLabel->setMinimumHeight(ui->bannerLabel->heightForWidth(ui->bannerLabel->width()));
}

void BatchDetailsPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (offlineBannerShown())
        fitBanner();
}

bool BatchDetailsPane::offlineBannerShown() const
{
    return !ui->offlineBanner->isHidden();
}

QString BatchDetailsPane::offlineText() const
{
    return offlineBannerShown() ? ui->bannerLabel->text() : QString();
}

void BatchDetailsPane::showProgress(const Batch &b, const EtaEstimate &eta)
{
    const bool running = b.status.active() && b.counts.total > 0;
    ui->progressBar->setVisible(running);
    ui->etaLabel->setVisible(running);
    if (!running)
        return;
    ui->progressBar->setValue(int(1000.0 * b.counts.fraction()));
    if (eta.seconds)
        ui->etaLabel->setText(tr("about %1 left").arg(TimeText::duration(*eta.seconds)));
    else if (eta.afterExpiry)
        ui->etaLabel->setText(tr("will not finish before it expires, at this pace"));
    else if (eta.tooFar)
        ui->etaLabel->setText(
            tr("more than %1 days left, at this pace").arg(QLocale().toString(EtaEstimate::kMaxSeconds / 86400)));
    else
        ui->etaLabel->setText(tr("estimating time left…"));
}

void BatchDetailsPane::updateTimes(qint64 now, const EtaEstimate &eta)
{
    if (!isShowing())
        return;
    for (const TimeLabel &t : std::as_const(m_timeLabels))
        t.label->setText(TimeText::localWithRelative(t.when, now));
    showProgress(m_batch, eta);
}

bool BatchDetailsPane::isShowing() const
{
    return ui->stack->currentWidget() == ui->detailsPage;
}

void BatchDetailsPane::clear()
{
    m_key.clear();
    m_timeLabels.clear();
    ui->stack->setCurrentWidget(ui->emptyPage);
}

void BatchDetailsPane::copyToClipboard(const QString &text, const QString &what)
{
    QGuiApplication::clipboard()->setText(text);
    QToolTip::showText(QCursor::pos(), tr("%1 copied").arg(what), this);
}

void BatchDetailsPane::addOverviewRow(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    // Endpoints, models and URLs wrap anywhere rather than widen the pane.
    ui->overviewForm->addRow(label, new WrappingLabel(value));
}

void BatchDetailsPane::addFileRow(int row, const QString &label, const QString &fileId)
{
    auto *name = new QLabel(label);
    auto *value = new WrappingLabel(fileId);
    auto *copy = new QToolButton;
    copy->setIcon(Icons::get(QStringLiteral("copy")));
    copy->setAutoRaise(true);
    copy->setToolTip(tr("Copy %1").arg(label.toLower()));
    copy->setObjectName(QStringLiteral("copy-") + fileId);
    connect(copy, &QToolButton::clicked, this, [this, fileId, label] { copyToClipboard(fileId, label); });
    ui->filesGrid->addWidget(name, row, 0);
    ui->filesGrid->addWidget(value, row, 1);
    ui->filesGrid->setColumnStretch(1, 1);
    ui->filesGrid->addWidget(copy, row, 2);
}

namespace {
void clearLayout(QLayout *layout)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        while (form->rowCount() > 0)
            form->removeRow(0);
        return;
    }
    while (layout->count() > 0) {
        QLayoutItem *item = layout->takeAt(0);
        delete item->widget();
        delete item;
    }
}
} // namespace

void BatchDetailsPane::showBatch(const Batch &b, qint64 now, const EtaEstimate &eta)
{
    const bool sameBatch = m_key == b.key();
    m_key = b.key();
    m_batch = b;
    ui->stack->setCurrentWidget(ui->detailsPage);
    ui->idLabel->setText(b.id);
    const auto category = StatusCategory::of(b);
    const QPalette &pal = palette();
    ui->statusIcon->setPixmap(StatusPalette::icon(category, !b.status.isKnown(), pal).pixmap(18, 18));
    const QLocale locale;
    ui->statusLabel->setText(tr("<b style=\"color:%1\">%2</b> · %3")
                                 .arg(StatusPalette::color(category, pal).name(),
                                      StatusCategory::outcomeText(b).toHtmlEscaped(),
                                      StatusCategory::countsText(b).toHtmlEscaped()));
    showProgress(b, eta);

    clearLayout(ui->overviewForm);
    addOverviewRow(tr("Connection"), b.connection);
    addOverviewRow(tr("Provider"), b.provider);
    addOverviewRow(tr("Endpoint"), b.endpoint);
    addOverviewRow(tr("Model"), b.model);
    addOverviewRow(tr("Window"), b.completionWindow);
    addOverviewRow(tr("Status (wire)"), b.processingStatus.isEmpty() || b.processingStatus == b.status.wire()
                                            ? b.status.wire()
                                            : tr("%1 (provider: %2)").arg(b.status.wire(), b.processingStatus));
    if (b.usage.present)
        addOverviewRow(
            tr("Tokens"),
            tr("%1 in, %2 out").arg(locale.toString(b.usage.inputTokens), locale.toString(b.usage.outputTokens)));
    addOverviewRow(tr("Operation"), b.operationName);
    if (b.progress)
        addOverviewRow(tr("Progress"), QStringLiteral("%1 %").arg(*b.progress, 0, 'f', 1));
    addOverviewRow(tr("Results URL"), b.resultsUrl);
    if (m_failures.first == b.key())
        addOverviewRow(tr("Failures"), m_failures.second);

    // One vocabulary: "done" is succeeded + failed + expired + cancelled.
    const RequestCounts &n = b.counts;
    const bool finished = b.status.terminal();
    const struct
    {
        QString label;
        qint64 value;
        bool always;
    } counts[] = {{tr("Total"), n.total, true},
                  {tr("Done"), n.processed(), true},
                  {tr("Succeeded"), n.succeededCount(), true},
                  {tr("Failed"), n.failed, true},
                  {tr("Expired"), n.expired, false},
                  {tr("Cancelled"), n.canceled, false},
                  {finished ? tr("Not run") : tr("Remaining"), n.remaining(), !finished}};
    clearLayout(ui->countsGrid);
    int countRow = 0;
    for (const auto &c : counts) {
        if (!c.always && c.value == 0)
            continue;
        auto *value = new QLabel(locale.toString(c.value));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setObjectName(QStringLiteral("count-%1").arg(countRow));
        ui->countsGrid->addWidget(new QLabel(c.label), countRow, 0);
        ui->countsGrid->addWidget(value, countRow, 1);
        ++countRow;
    }
    ui->countsGrid->setColumnStretch(0, 1);

    clearLayout(ui->timelineForm);
    m_timeLabels.clear();
    const struct
    {
        QString label;
        Timestamp when;
    } times[]
        = {{tr("Created"), b.createdAt},       {tr("In progress"), b.inProgressAt}, {tr("Finalizing"), b.finalizingAt},
           {tr("Completed"), b.completedAt},   {tr("Failed"), b.failedAt},          {tr("Expired"), b.expiredAt},
           {tr("Cancelling"), b.cancellingAt}, {tr("Cancelled"), b.cancelledAt},    {tr("Expires"), b.expiresAt},
           {tr("Archived"), b.archivedAt}};
    for (const auto &t : times) {
        if (!t.when)
            continue;
        auto *value = new QLabel(TimeText::localWithRelative(t.when, now));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setToolTip(tr("Unix time %1").arg(*t.when));
        ui->timelineForm->addRow(t.label, value);
        m_timeLabels.append({value, *t.when});
    }

    clearLayout(ui->filesGrid);
    int fileRow = 0;
    if (!b.inputFileId.isEmpty())
        addFileRow(fileRow++, tr("Input file"), b.inputFileId);
    if (!b.outputFileId.isEmpty())
        addFileRow(fileRow++, tr("Output file"), b.outputFileId);
    if (!b.errorFileId.isEmpty())
        addFileRow(fileRow++, tr("Error file"), b.errorFileId);
    ui->filesGroup->setVisible(fileRow > 0);

    ui->errorsList->clear();
    for (const BatchError &e : b.errors) {
        QString text = e.code.isEmpty() ? e.message : e.code + QStringLiteral(": ") + e.message;
        if (e.line)
            text = tr("Line %1 — %2").arg(*e.line).arg(text);
        if (!e.param.isEmpty())
            text += tr(" (param %1)").arg(e.param);
        ui->errorsList->addItem(text);
    }
    ui->errorsGroup->setVisible(!b.errors.isEmpty());
    ui->errorsList->setFixedHeight(qMin(160, ui->errorsList->sizeHintForRow(0) * int(b.errors.size()) + 8));

    ui->metadataTable->setRowCount(int(b.metadata.size()));
    int row = 0;
    for (auto it = b.metadata.begin(); it != b.metadata.end(); ++it, ++row) {
        ui->metadataTable->setItem(row, 0, new QTableWidgetItem(it.key()));
        ui->metadataTable->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    ui->metadataTable->resizeColumnToContents(0);
    ui->metadataGroup->setVisible(!b.metadata.isEmpty());
    ui->metadataTable->setFixedHeight(ui->metadataTable->horizontalHeader()->height()
                                      + ui->metadataTable->verticalHeader()->length() + 4);

    const QString raw = QString::fromUtf8(QJsonDocument::fromJson(b.raw).toJson(QJsonDocument::Indented));
    if (ui->rawView->toPlainText() != raw) {
        const int scroll = ui->rawView->verticalScrollBar()->value();
        ui->rawView->setPlainText(raw);
        if (sameBatch)
            ui->rawView->verticalScrollBar()->setValue(scroll);
    }
}
