#include "BatchDetailsPane.h"

#include "ui_BatchDetailsPane.h"

#include "Icons.h"
#include "StatusPalette.h"
#include "format/TimeText.h"
#include "models/StatusCategory.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QFontDatabase>
#include <QScrollBar>
#include <QToolTip>

BatchDetailsPane::BatchDetailsPane(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::BatchDetailsPane>())
{
    ui->setupUi(this);
    ui->copyIdButton->setIcon(Icons::get(QStringLiteral("copy")));
    ui->rawToggle->setIcon(Icons::get(QStringLiteral("json")));
    ui->rawView->setVisible(false);
    ui->rawView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(ui->rawToggle, &QToolButton::toggled, ui->rawView, &QWidget::setVisible);
    connect(ui->copyIdButton, &QToolButton::clicked, this, [this] { copyToClipboard(ui->idLabel->text(), tr("Batch id")); });
    QFont idFont = ui->idLabel->font();
    idFont.setBold(true);
    idFont.setPointSizeF(idFont.pointSizeF() * 1.1);
    ui->idLabel->setFont(idFont);
    ui->countsTable->setColumnCount(2);
    ui->countsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    ui->metadataTable->setColumnCount(2);
    ui->metadataTable->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    ui->stack->setCurrentWidget(ui->emptyPage);
}

BatchDetailsPane::~BatchDetailsPane() = default;

bool BatchDetailsPane::isShowing() const
{
    return ui->stack->currentWidget() == ui->detailsPage;
}

void BatchDetailsPane::clear()
{
    m_key.clear();
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
    auto *field = new QLabel(value);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    ui->overviewForm->addRow(label, field);
}

void BatchDetailsPane::addFileRow(int row, const QString &label, const QString &fileId)
{
    auto *name = new QLabel(label);
    auto *value = new QLabel(fileId);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QToolButton;
    copy->setIcon(Icons::get(QStringLiteral("copy")));
    copy->setAutoRaise(true);
    copy->setToolTip(tr("Copy %1").arg(label.toLower()));
    copy->setObjectName(QStringLiteral("copy-") + fileId);
    connect(copy, &QToolButton::clicked, this, [this, fileId, label] { copyToClipboard(fileId, label); });
    ui->filesGrid->addWidget(name, row, 0);
    ui->filesGrid->addWidget(value, row, 1);
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

void BatchDetailsPane::showBatch(const Batch &b, qint64 now)
{
    const bool sameBatch = m_key == b.key();
    m_key = b.key();
    ui->stack->setCurrentWidget(ui->detailsPage);
    ui->idLabel->setText(b.id);
    const auto category = StatusCategory::of(b);
    const QPalette &pal = palette();
    ui->statusIcon->setPixmap(StatusPalette::icon(category, !b.status.isKnown(), pal).pixmap(18, 18));
    QString status = StatusCategory::statusText(b.status);
    if (!b.processingStatus.isEmpty() && b.processingStatus != b.status.wire())
        status += tr(" (provider: %1)").arg(b.processingStatus);
    const QLocale locale;
    ui->statusLabel->setText(tr("<b style=\"color:%1\">%2</b> · %3 of %4 requests done")
                                 .arg(StatusPalette::color(category, pal).name(), status.toHtmlEscaped(),
                                      locale.toString(b.counts.processed()), locale.toString(b.counts.total)));

    clearLayout(ui->overviewForm);
    addOverviewRow(tr("Connection"), b.connection);
    addOverviewRow(tr("Provider"), b.provider);
    addOverviewRow(tr("Endpoint"), b.endpoint);
    addOverviewRow(tr("Model"), b.model);
    addOverviewRow(tr("Window"), b.completionWindow);
    addOverviewRow(tr("Status (wire)"), b.status.wire());
    if (b.usage.present)
        addOverviewRow(tr("Tokens"), tr("%1 in, %2 out").arg(locale.toString(b.usage.inputTokens), locale.toString(b.usage.outputTokens)));
    addOverviewRow(tr("Operation"), b.operationName);
    if (b.progress)
        addOverviewRow(tr("Progress"), QStringLiteral("%1 %").arg(*b.progress, 0, 'f', 1));
    addOverviewRow(tr("Results URL"), b.resultsUrl);

    // The always-present counts, then whichever optional ones the provider reported.
    const struct
    {
        QString label;
        qint64 value;
        bool always;
    } counts[] = {{tr("Total"), b.counts.total, true},          {tr("Completed"), b.counts.completed, true},
                  {tr("Failed"), b.counts.failed, true},        {tr("Succeeded"), b.counts.succeeded, false},
                  {tr("Expired"), b.counts.expired, false},     {tr("Cancelled"), b.counts.canceled, false},
                  {tr("Pending"), b.counts.pending, false},     {tr("Remaining"), b.counts.remaining(), true}};
    ui->countsTable->setRowCount(0);
    for (const auto &c : counts) {
        if (!c.always && c.value == 0)
            continue;
        const int i = ui->countsTable->rowCount();
        ui->countsTable->insertRow(i);
        ui->countsTable->setItem(i, 0, new QTableWidgetItem(c.label));
        auto *value = new QTableWidgetItem(locale.toString(c.value));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->countsTable->setItem(i, 1, value);
    }
    ui->countsTable->resizeColumnToContents(0);
    ui->countsTable->setFixedHeight(ui->countsTable->verticalHeader()->length() + 4);

    clearLayout(ui->timelineForm);
    const struct
    {
        QString label;
        Timestamp when;
    } times[] = {{tr("Created"), b.createdAt},      {tr("In progress"), b.inProgressAt}, {tr("Finalizing"), b.finalizingAt},
                 {tr("Completed"), b.completedAt},  {tr("Failed"), b.failedAt},          {tr("Expired"), b.expiredAt},
                 {tr("Cancelling"), b.cancellingAt}, {tr("Cancelled"), b.cancelledAt},   {tr("Expires"), b.expiresAt},
                 {tr("Archived"), b.archivedAt}};
    for (const auto &t : times) {
        if (!t.when)
            continue;
        auto *value = new QLabel(TimeText::localWithRelative(t.when, now));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setToolTip(tr("Unix time %1").arg(*t.when));
        ui->timelineForm->addRow(t.label, value);
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
    ui->metadataTable->setFixedHeight(ui->metadataTable->horizontalHeader()->height() + ui->metadataTable->verticalHeader()->length() + 4);

    const QString raw = QString::fromUtf8(QJsonDocument::fromJson(b.raw).toJson(QJsonDocument::Indented));
    if (ui->rawView->toPlainText() != raw) {
        const int scroll = ui->rawView->verticalScrollBar()->value();
        ui->rawView->setPlainText(raw);
        if (sameBatch)
            ui->rawView->verticalScrollBar()->setValue(scroll);
    }
}
