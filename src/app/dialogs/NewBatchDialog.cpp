#include "NewBatchDialog.h"

#include "ui_NewBatchDialog.h"

#include "actions/BatchCreator.h"
#include "session/ConnectionSession.h"
#include "session/Workspace.h"

#include <QFileDialog>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

QList<NewBatchDialog::Target> NewBatchDialog::targetsOf(const Workspace *workspace)
{
    QList<Target> targets;
    const QList<ConnectionSession *> sessions = workspace->sessions();
    for (ConnectionSession *s : sessions) {
        for (const QString &provider : s->providers()) {
            const bool qualify = sessions.size() > 1 || s->providers().size() > 1;
            targets.append({qualify ? s->name() + QStringLiteral(" · ") + provider : provider, provider,
                            s->sourceFor(provider), s->backendFor(provider)});
        }
    }
    return targets;
}

NewBatchDialog::NewBatchDialog(const QList<Target> &targets, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::NewBatchDialog>())
    , m_targets(targets)
{
    ui->setupUi(this);
    m_createButton = ui->buttons->addButton(tr("&Create Batch"), QDialogButtonBox::AcceptRole);
    m_createButton->setDefault(true);
    for (const Target &t : targets)
        ui->providerCombo->addItem(t.label, t.source);
    ui->endpointCombo->addItems({QStringLiteral("/v1/chat/completions"), QStringLiteral("/v1/embeddings"),
                                 QStringLiteral("/v1/completions"), QStringLiteral("/v1/responses"),
                                 QStringLiteral("/v1/messages")});
    ui->windowCombo->addItems({QStringLiteral("24h")});
    ui->metadataTable->setColumnCount(2);
    ui->metadataTable->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    ui->checkProgress->setVisible(false);
    ui->stopCheckButton->setVisible(false);
    ui->problemsView->setVisible(false);
    ui->uploadProgress->setVisible(false);
    ui->summaryLabel->setText(tr("Pick a JSONL file. Each line needs a unique custom_id, and method, url and body."));
    onProviderChanged();

    connect(ui->browseButton, &QPushButton::clicked, this, &NewBatchDialog::browse);
    connect(ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (ui->fileEdit->text() != m_checkedPath && !ui->fileEdit->text().isEmpty())
            startCheck(ui->fileEdit->text());
    });
    connect(ui->stopCheckButton, &QPushButton::clicked, this, &NewBatchDialog::stopCheck);
    connect(&m_check, &QFutureWatcher<RequestFileReport>::finished, this, &NewBatchDialog::onCheckFinished);
    connect(ui->providerCombo, &QComboBox::currentTextChanged, this, &NewBatchDialog::onProviderChanged);
    connect(ui->modelEdit, &QLineEdit::textChanged, this, &NewBatchDialog::updateButtons);
    connect(ui->addMetadataButton, &QPushButton::clicked, this, [this] {
        const int row = ui->metadataTable->rowCount();
        ui->metadataTable->insertRow(row);
        ui->metadataTable->setCurrentCell(row, 0);
        ui->metadataTable->editItem(ui->metadataTable->item(row, 0));
    });
    connect(ui->removeMetadataButton, &QPushButton::clicked, this, [this] {
        if (ui->metadataTable->currentRow() >= 0)
            ui->metadataTable->removeRow(ui->metadataTable->currentRow());
    });
    connect(m_createButton, &QPushButton::clicked, this, &NewBatchDialog::create);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_creator
            && (m_creator->stage() == BatchCreator::Stage::Uploading
                || m_creator->stage() == BatchCreator::Stage::Creating)) {
            m_creator->abort();
            return;
        }
        stopCheck();
        reject();
    });
    updateButtons();
}

NewBatchDialog::~NewBatchDialog()
{
    stopCheck();
    m_check.waitForFinished();
}

NewBatchDialog::Target NewBatchDialog::target() const
{
    const int i = ui->providerCombo->currentIndex();
    return i >= 0 && i < m_targets.size() ? m_targets.at(i) : Target();
}

void NewBatchDialog::setTarget(const QString &source)
{
    const int i = ui->providerCombo->findData(source);
    if (i >= 0)
        ui->providerCombo->setCurrentIndex(i);
}

QString NewBatchDialog::provider() const
{
    return target().provider;
}

BackendKind NewBatchDialog::targetKind() const
{
    const Target t = target();
    return t.backend ? t.backend->connection().kind : BackendKind::Bifrost;
}

void NewBatchDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Request File"), QString(),
                                                      tr("JSON Lines (*.jsonl *.ndjson *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void NewBatchDialog::setFile(const QString &path)
{
    ui->fileEdit->setText(path);
    startCheck(path);
}

void NewBatchDialog::startCheck(const QString &path)
{
    stopCheck();
    m_check.waitForFinished();
    m_checkedPath = path;
    m_report = RequestFileReport();
    m_cancelCheck = std::make_shared<std::atomic_bool>(false);
    ui->checkProgress->setVisible(true);
    ui->checkProgress->setRange(0, 1000);
    ui->checkProgress->setValue(0);
    ui->stopCheckButton->setVisible(true);
    ui->problemsView->setVisible(false);
    ui->summaryLabel->setText(tr("Checking every line…"));
    updateButtons();
    QPointer<NewBatchDialog> self(this);
    auto cancel = m_cancelCheck;
    m_check.setFuture(QtConcurrent::run([path, cancel, self] {
        return RequestFileCheck::check(
            path,
            [self](qint64 done, qint64 total) {
                // Called on the worker thread: hand the numbers to the GUI thread.
                QMetaObject::invokeMethod(
                    qApp,
                    [self, done, total] {
                        if (self && total > 0)
                            self->ui->checkProgress->setValue(int(1000.0 * double(done) / double(total)));
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
    }));
}

void NewBatchDialog::stopCheck()
{
    if (m_cancelCheck)
        m_cancelCheck->store(true);
}

void NewBatchDialog::onCheckFinished()
{
    m_report = m_check.result();
    ui->checkProgress->setVisible(false);
    ui->stopCheckButton->setVisible(false);
    const QLocale locale;
    if (m_report.cancelled) {
        ui->summaryLabel->setText(tr("Check stopped."));
    } else if (!m_report.readError.isEmpty()) {
        ui->summaryLabel->setText(tr("Cannot read the file: %1").arg(m_report.readError));
    } else {
        if (!m_report.ok())
            ui->summaryLabel->setText(
                tr("✗ %Ln problem(s) in %1 lines (%2). Fix the file and pick it again.", nullptr,
                   int(m_report.errorCount))
                    .arg(locale.toString(m_report.lines), locale.formattedDataSize(m_report.bytes)));
        QStringList lines = m_report.warnings;
        for (QString &w : lines)
            w = tr("Warning: %1").arg(w);
        lines += m_report.errors;
        if (m_report.errorCount > m_report.errors.size())
            lines << tr("…and %Ln more", nullptr, int(m_report.errorCount - m_report.errors.size()));
        ui->problemsView->setPlainText(lines.join(QLatin1Char('\n')));
        ui->problemsView->setVisible(!lines.isEmpty());
        describeFile();
        if (m_report.ok()) {
            const QString url = m_report.dominantUrl();
            if (!url.isEmpty()) {
                if (ui->endpointCombo->findText(url) < 0)
                    ui->endpointCombo->addItem(url);
                ui->endpointCombo->setCurrentText(url);
            }
            const QString model = m_report.dominantModel();
            if (!model.isEmpty())
                ui->modelEdit->setText(model.contains(QLatin1Char('/')) ? model
                                                                        : provider() + QLatin1Char('/') + model);
        }
    }
    updateButtons();
    Q_EMIT checkFinished();
}

void NewBatchDialog::onProviderChanged()
{
    const BackendKind kind = targetKind();
    const bool gateway = kind == BackendKind::Bifrost;
    // The gateway routes by "provider/model"; the providers read the model from each request.
    ui->modelEdit->setEnabled(gateway);
    ui->modelLabel->setEnabled(gateway);
    if (gateway) {
        const QString model = ui->modelEdit->text();
        const QString bare = model.contains(QLatin1Char('/')) ? model.section(QLatin1Char('/'), 1) : model;
        ui->modelEdit->setText(provider() + QLatin1Char('/') + bare);
        ui->modelEdit->setToolTip(QString());
    } else {
        ui->modelEdit->setToolTip(tr("The model comes from each request in the file."));
    }
    // Anthropic's Message Batches have one endpoint and one window.
    const bool anthropic = kind == BackendKind::Anthropic;
    ui->endpointCombo->setEnabled(!anthropic);
    ui->windowCombo->setEnabled(!anthropic);
    ui->metadataTable->setEnabled(!anthropic);
    ui->addMetadataButton->setEnabled(!anthropic);
    ui->removeMetadataButton->setEnabled(!anthropic);
    if (anthropic)
        ui->endpointCombo->setCurrentText(QStringLiteral("/v1/messages"));
    ui->providerCombo->setEnabled(ui->providerCombo->count() > 1);
    describeFile();
    updateButtons();
}

// The summary of a valid file, with what the chosen target will make of it.
void NewBatchDialog::describeFile()
{
    if (!m_report.ok())
        return;
    const QString size = QLocale().formattedDataSize(m_report.bytes);
    QString text = tr("✓ %Ln request(s), %1. Every line is valid.", nullptr, int(m_report.requests)).arg(size);
    if (targetKind() == BackendKind::Anthropic && m_report.openAiShaped > 0)
        text += QLatin1Char(' ')
                + tr("%Ln request(s) in OpenAI's shape will be sent as Anthropic's {custom_id, params}.", nullptr,
                     int(m_report.openAiShaped));
    if (targetKind() != BackendKind::Anthropic && m_report.anthropicShaped > 0)
        text += QLatin1Char(' ')
                + tr("Warning: %Ln line(s) are in Anthropic's {custom_id, params} shape.", nullptr,
                     int(m_report.anthropicShaped));
    ui->summaryLabel->setText(text);
}

CreateBatchRequest NewBatchDialog::request() const
{
    CreateBatchRequest r;
    r.model = ui->modelEdit->text().trimmed();
    r.endpoint = ui->endpointCombo->currentText().trimmed();
    r.completionWindow = ui->windowCombo->currentText().trimmed();
    for (int row = 0; row < ui->metadataTable->rowCount(); ++row) {
        const QTableWidgetItem *key = ui->metadataTable->item(row, 0);
        const QTableWidgetItem *value = ui->metadataTable->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            r.metadata.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    return r;
}

void NewBatchDialog::updateButtons()
{
    const bool busy = m_creator
                      && (m_creator->stage() == BatchCreator::Stage::Uploading
                          || m_creator->stage() == BatchCreator::Stage::Creating);
    const QString model = ui->modelEdit->text().trimmed();
    // "provider/model", where the gateway also accepts "openai/" alone; the providers need none.
    const bool modelOk = targetKind() != BackendKind::Bifrost
                         || (model.contains(QLatin1Char('/')) && !model.startsWith(QLatin1Char('/')));
    m_createButton->setEnabled(!busy && m_report.ok() && !m_check.isRunning() && modelOk);
}

void NewBatchDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(ui->fileGroup), static_cast<QWidget *>(ui->batchGroup)})
        w->setEnabled(!busy);
    ui->uploadProgress->setVisible(busy);
    updateButtons();
}

void NewBatchDialog::create()
{
    BatchBackend *backend = target().backend;
    if (!backend) {
        ui->stateLabel->setText(tr("The connection is closed."));
        return;
    }
    delete m_creator;
    m_creator = new BatchCreator(backend, ResultsCache(), this);
    connect(m_creator, &BatchCreator::uploadProgress, this, [this](qint64 sent, qint64 total) {
        ui->uploadProgress->setRange(0, 1000);
        if (total > 0)
            ui->uploadProgress->setValue(int(1000.0 * double(sent) / double(total)));
        ui->stateLabel->setText(
            tr("Uploading… %1 of %2").arg(QLocale().formattedDataSize(sent), QLocale().formattedDataSize(total)));
    });
    connect(m_creator, &BatchCreator::stageChanged, this, [this](BatchCreator::Stage stage) {
        if (stage == BatchCreator::Stage::Creating) {
            ui->uploadProgress->setRange(0, 0);
            ui->stateLabel->setText(tr("Creating the batch…"));
        }
        updateButtons();
    });
    connect(m_creator, &BatchCreator::created, this, [this](const Batch &batch) {
        setBusy(false);
        ui->stateLabel->setText(tr("Created %1.").arg(batch.id));
        Q_EMIT created(batch);
        accept();
    });
    connect(m_creator, &BatchCreator::failed, this, [this](const ApiError &error) {
        setBusy(false);
        ui->stateLabel->setText(error.kind == ApiError::Kind::Cancelled ? tr("Stopped. Nothing was created.")
                                                                        : tr("✗ %1").arg(error.toString()));
    });
    setBusy(true);
    ui->stateLabel->setText(tr("Uploading…"));
    m_creator->start(m_checkedPath, request());
}
