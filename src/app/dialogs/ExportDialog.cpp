#include "ExportDialog.h"

#include "ui_ExportDialog.h"

#include <QFileDialog>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

ExportDialog::ExportDialog(std::shared_ptr<const ResultIndex> index, std::vector<int> filteredRows,
                           std::vector<int> selectedRows, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ExportDialog>())
    , m_index(std::move(index))
    , m_filtered(std::move(filteredRows))
    , m_selected(std::move(selectedRows))
    , m_outcome(std::make_shared<ResultsExporter::Outcome>())
{
    ui->setupUi(this);
    const QLocale locale;
    ui->allRadio->setText(tr("All rows (%1)").arg(locale.toString(m_index->rowCount())));
    ui->filteredRadio->setText(tr("The current filter (%1)").arg(locale.toString(qint64(m_filtered.size()))));
    ui->selectedRadio->setText(tr("The selected rows (%1)").arg(locale.toString(qint64(m_selected.size()))));
    ui->filteredRadio->setEnabled(!m_filtered.empty() && int(m_filtered.size()) != m_index->rowCount());
    ui->selectedRadio->setEnabled(!m_selected.empty());
    ui->pathEdit->setText(suggestedPath);
    ui->progress->setVisible(false);
    m_exportButton = ui->buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_watcher.isRunning()) {
            m_cancel->store(true);
            return;
        }
        reject();
    });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ExportDialog::onFinished);
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::All        ? ui->allRadio
     : scope == Scope::Filtered ? ui->filteredRadio
                                : ui->selectedRadio)
        ->setChecked(true);
}

void ExportDialog::setFormat(ResultsExporter::Format format)
{
    (format == ResultsExporter::Format::AsReceived ? ui->asReceivedRadio : ui->normalizedRadio)->setChecked(true);
}

void ExportDialog::setPath(const QString &path)
{
    ui->pathEdit->setText(path);
}

QString ExportDialog::path() const
{
    return ui->pathEdit->text().trimmed();
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Results"), ui->pathEdit->text(),
                                                      tr("JSON Lines (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        ui->pathEdit->setText(path);
}

void ExportDialog::setRunning(bool running)
{
    ui->scopeGroup->setEnabled(!running);
    ui->formatGroup->setEnabled(!running);
    ui->pathEdit->setEnabled(!running);
    ui->browseButton->setEnabled(!running);
    m_exportButton->setEnabled(!running);
    ui->progress->setVisible(running);
}

void ExportDialog::startExport()
{
    const QString path = ui->pathEdit->text().trimmed();
    if (path.isEmpty()) {
        ui->stateLabel->setText(tr("Choose a file to write."));
        return;
    }
    std::shared_ptr<std::vector<int>> rows;
    if (ui->filteredRadio->isChecked())
        rows = std::make_shared<std::vector<int>>(m_filtered);
    else if (ui->selectedRadio->isChecked())
        rows = std::make_shared<std::vector<int>>(m_selected);
    const auto format
        = ui->normalizedRadio->isChecked() ? ResultsExporter::Format::Normalized : ResultsExporter::Format::AsReceived;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    *m_outcome = ResultsExporter::Outcome();
    ui->progress->setRange(0, 1000);
    ui->progress->setValue(0);
    ui->stateLabel->setText(tr("Writing %1…").arg(path));
    setRunning(true);
    QPointer<ExportDialog> self(this);
    auto index = m_index;
    auto cancel = m_cancel;
    auto outcome = m_outcome;
    m_watcher.setFuture(QtConcurrent::run([index, rows, format, path, cancel, outcome, self] {
        *outcome = ResultsExporter::write(
            *index, rows.get(), format, path,
            [self](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (self && total > 0)
                            self->ui->progress->setValue(int(1000.0 * double(done) / double(total)));
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
    }));
}

void ExportDialog::onFinished()
{
    setRunning(false);
    const ResultsExporter::Outcome &o = *m_outcome;
    if (o.ok) {
        ui->stateLabel->setText(
            tr("Wrote %Ln row(s), %1.", nullptr, int(o.rows)).arg(QLocale().formattedDataSize(o.bytes)));
        Q_EMIT exportFinished(true);
        accept();
        return;
    }
    ui->stateLabel->setText(o.cancelled ? tr("Export cancelled. The file was left as it was.")
                                        : tr("✗ Export failed: %1. The file was left as it was.").arg(o.error));
    Q_EMIT exportFinished(false);
}
