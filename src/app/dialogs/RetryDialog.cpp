#include "RetryDialog.h"

#include "retry/ChainLink.h"
#include "retry/RetryPlanner.h"
#include "retry/RetrySubmitter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
QString number(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

RetryDialog::RetryDialog(const Batch &batch, BatchBackend *backend, QWidget *parent, const ResultsCache &cache)
    : QDialog(parent)
    , m_batch(batch)
    , m_backend(backend)
    , m_cache(cache)
    , m_planner(new RetryPlanner(backend, cache, this))
{
    setWindowTitle(tr("Retry Batch %1").arg(batch.id));
    buildUi();
    connect(m_planner, &RetryPlanner::stageChanged, this, &RetryDialog::showStage);
    connect(m_planner, &RetryPlanner::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        } else {
            m_progress->setRange(0, 0);
        }
    });
    connect(m_planner, &RetryPlanner::ready, this, &RetryDialog::showSelection);
    connect(m_planner, &RetryPlanner::failed, this, [this](const ApiError &e) {
        m_chooseInput->setVisible(m_planner->needsInputFile() || m_planner->inputFromUser());
        showError(e.toString());
    });
    connect(&m_saving, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_saving.result();
        m_stage->clear();
        if (!error.isEmpty())
            showError(tr("The new input was not saved: %1").arg(error));
        updateButtons();
    });
    resize(720, 560);
}

RetryDialog::~RetryDialog()
{
    m_saving.waitForFinished();
}

void RetryDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_chainLabel = new QLabel(this);
    m_chainLabel->setWordWrap(true);
    m_chainLabel->setTextFormat(Qt::PlainText);
    const ChainLink next = ChainLink::nextAttemptOf(m_batch);
    const qint64 done = m_batch.counts.succeededCount();
    m_chainLabel->setText(
        tr("%1 ended with %2 of %3 requests succeeded. The retry becomes attempt %4 of the chain that began with %5.")
            .arg(m_batch.id, number(done), number(m_batch.counts.total), number(next.attempt), next.chain));
    layout->addWidget(m_chainLabel);

    auto *reasons = new QGroupBox(tr("Send again"), this);
    m_reasonGroup = reasons;
    auto *grid = new QGridLayout(reasons);
    const char *const tips[kRetryReasonCount] = {
        QT_TR_NOOP("Requests that came back with an HTTP error or an error object."),
        QT_TR_NOOP("Requests the provider did not run before the batch expired."),
        QT_TR_NOOP("Requests the provider did not run because the batch was cancelled."),
        QT_TR_NOOP("Requests in the input that are in no result file."),
    };
    for (int r = 0; r < kRetryReasonCount; ++r) {
        auto *box = new QCheckBox(reasons);
        box->setChecked(true);
        box->setToolTip(tr(tips[r]));
        m_reasons[size_t(r)] = box;
        grid->addWidget(box, r / 2, r % 2);
        connect(box, &QCheckBox::toggled, this, &RetryDialog::criteriaEdited);
    }
    layout->addWidget(reasons);

    auto *form = new QFormLayout;
    m_statuses = new QLineEdit(this);
    m_statuses->setPlaceholderText(tr("e.g. 400, 404 or 4xx"));
    m_statuses->setClearButtonEnabled(true);
    m_codes = new QLineEdit(this);
    m_codes->setPlaceholderText(tr("e.g. invalid_request_error"));
    m_codes->setClearButtonEnabled(true);
    form->addRow(tr("Leave out failures with HTTP &status:"), m_statuses);
    form->addRow(tr("Leave out failures with error &code:"), m_codes);
    layout->addLayout(form);
    connect(m_statuses, &QLineEdit::textChanged, this, &RetryDialog::criteriaEdited);
    connect(m_codes, &QLineEdit::textChanged, this, &RetryDialog::criteriaEdited);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setVisible(false);
    layout->addWidget(m_notes);

    auto *previewLabel = new QLabel(tr("First lines of the new input:"), this);
    layout->addWidget(previewLabel);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("First lines of the new input"));
    previewLabel->setBuddy(m_preview);
    layout->addWidget(m_preview, 1);

    auto *errorRow = new QHBoxLayout;
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_error->setPalette(warning);
    m_chooseInput = new QPushButton(tr("Choose &Original File…"), this);
    m_chooseInput->setVisible(false);
    connect(m_chooseInput, &QPushButton::clicked, this, &RetryDialog::chooseInputFile);
    errorRow->addWidget(m_error, 1);
    errorRow->addWidget(m_chooseInput, 0, Qt::AlignTop);
    layout->addLayout(errorRow);

    auto *stageRow = new QHBoxLayout;
    m_stage = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    stageRow->addWidget(m_stage, 1);
    stageRow->addWidget(m_progress, 1);
    layout->addLayout(stageRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = m_buttons->addButton(tr("Send &Retry"), QDialogButtonBox::AcceptRole);
    m_send->setDefault(true);
    m_save = m_buttons->addButton(tr("Save &Input As…"), QDialogButtonBox::ActionRole);
    m_save->setToolTip(tr("Write the new input to a file and send nothing."));
    layout->addWidget(m_buttons);
    connect(m_send, &QPushButton::clicked, this, &RetryDialog::send);
    connect(m_save, &QPushButton::clicked, this, &RetryDialog::saveAs);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RetryDialog::cancelOrClose);
    updateButtons();
}

void RetryDialog::restrictTo(const QSet<QString> &customIds, const QString &description)
{
    m_criteria.onlyIds = customIds;
    m_restriction = description;
}

void RetryDialog::start()
{
    m_planner->load(m_batch, QString(), m_criteria);
}

void RetryDialog::criteriaEdited()
{
    RetryCriteria criteria = m_criteria;
    for (int r = 0; r < kRetryReasonCount; ++r)
        criteria.include[size_t(r)] = m_reasons[size_t(r)]->isChecked();
    QString problem;
    if (!criteria.setExcludedStatuses(m_statuses->text(), &problem)) {
        showError(problem);
        m_send->setEnabled(false);
        return;
    }
    criteria.excludedCodes.clear();
    for (const QString &code : m_codes->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!code.trimmed().isEmpty())
            criteria.excludedCodes.insert(code.trimmed());
    }
    m_error->setVisible(false);
    m_criteria = criteria;
    m_planner->setCriteria(criteria);
    updateButtons();
}

void RetryDialog::showStage()
{
    switch (m_planner->stage()) {
    case RetryPlanner::Stage::LoadingResults:
        m_stage->setText(tr("Reading the batch's results…"));
        break;
    case RetryPlanner::Stage::LoadingInput:
        m_stage->setText(tr("Reading the batch's input file…"));
        break;
    case RetryPlanner::Stage::Selecting:
        m_stage->setText(tr("Choosing the requests…"));
        break;
    default:
        m_stage->clear();
        break;
    }
    const bool working = m_planner->stage() == RetryPlanner::Stage::LoadingResults
                         || m_planner->stage() == RetryPlanner::Stage::LoadingInput
                         || m_planner->stage() == RetryPlanner::Stage::Selecting;
    m_progress->setVisible(working);
    if (working)
        m_progress->setRange(0, 0);
    updateButtons();
}

QString RetryDialog::summaryText() const
{
    return m_summary->text();
}

void RetryDialog::showSelection()
{
    const RetrySelection &s = m_planner->selection();
    const char *const labels[kRetryReasonCount] = {QT_TR_NOOP("&Failed (%1)"), QT_TR_NOOP("E&xpired (%1)"),
                                                   QT_TR_NOOP("Ca&ncelled (%1)"), QT_TR_NOOP("&Missing (%1)")};
    const char *const parts[kRetryReasonCount]
        = {QT_TR_NOOP("%1 failed"), QT_TR_NOOP("%1 expired"), QT_TR_NOOP("%1 cancelled"), QT_TR_NOOP("%1 missing")};
    QStringList chosen, leftOut;
    for (int r = 0; r < kRetryReasonCount; ++r) {
        const RetryReason reason = RetryReason(r);
        const qint64 all = s.count(reason) + s.leftOut(reason);
        m_reasons[size_t(r)]->setText(tr(labels[r]).arg(number(all)));
        m_reasons[size_t(r)]->setEnabled(all > 0 || m_reasons[size_t(r)]->isChecked() == false);
        if (s.count(reason) > 0)
            chosen << tr(parts[r]).arg(number(s.count(reason)));
        if (s.leftOut(reason) > 0 && all > 0)
            leftOut << tr(parts[r]).arg(number(s.leftOut(reason)));
    }
    QString text = s.requestCount() == 0
                       ? tr("Nothing to send: no request matches.")
                       : tr("%Ln request(s) to send", nullptr, int(qMin<qint64>(s.requestCount(), INT_MAX)))
                             + QStringLiteral(" (") + chosen.join(QStringLiteral(", ")) + QStringLiteral(") · ")
                             + QLocale().formattedDataSize(s.bytes());
    if (!leftOut.isEmpty())
        text += QStringLiteral(" · ") + tr("left out: %1").arg(leftOut.join(QStringLiteral(", ")));
    m_summary->setText(text);

    QStringList notes;
    if (!m_restriction.isEmpty())
        notes << tr("Only the requests of one failure group: %1").arg(m_restriction);
    if (m_planner->inputFromUser())
        notes << tr("Requests from %1.").arg(QDir::toNativeSeparators(m_planner->inputPath()));
    if (s.unreadableInputLines() > 0)
        notes << tr("%Ln line(s) of the input are not requests and are not sent.", nullptr,
                    int(qMin<qint64>(s.unreadableInputLines(), INT_MAX)));
    if (s.duplicateInputIds() > 0)
        notes << tr("%Ln repeated custom_id(s) in the input are sent once.", nullptr,
                    int(qMin<qint64>(s.duplicateInputIds(), INT_MAX)));
    if (s.resultsNotInInput() > 0)
        notes << tr("%Ln result(s) have a custom_id the input does not hold.", nullptr,
                    int(qMin<qint64>(s.resultsNotInInput(), INT_MAX)));
    notes << RetrySubmitter::metadataFor(m_batch, {}).notes;
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());

    const QByteArrayList lines = s.preview(*m_planner->input(), 5);
    QString preview;
    for (const QByteArray &line : lines)
        preview += QString::fromUtf8(line.left(2000)) + QLatin1Char('\n');
    if (s.requestCount() > lines.size())
        preview += tr("… and %Ln more", nullptr, int(qMin<qint64>(s.requestCount() - lines.size(), INT_MAX)));
    m_preview->setPlainText(preview);
    m_chooseInput->setVisible(m_planner->inputFromUser());
    m_error->setVisible(false);
    updateButtons();
}

void RetryDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(true);
    updateButtons();
}

void RetryDialog::chooseInputFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the Batch's Original Request File"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("JSON Lines (*.jsonl *.json);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_error->setVisible(false);
        m_planner->load(m_batch, path, m_criteria);
    });
    dialog->open();
}

void RetryDialog::saveAs()
{
    const QString suggested
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
          + QStringLiteral("/retry-of-%1.jsonl")
                .arg(QString(m_batch.id)
                         .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_")));
    auto *dialog = new QFileDialog(this, tr("Save the New Input"), suggested, tr("JSON Lines (*.jsonl)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("jsonl"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const auto input = m_planner->input();
        const RetrySelection selection = m_planner->selection();
        m_stage->setText(tr("Saving the new input…"));
        const qint64 requests = selection.requestCount();
        connect(
            &m_saving, &QFutureWatcher<QString>::finished, this,
            [this, path, requests] {
                if (m_saving.result().isEmpty())
                    Q_EMIT saved(path, requests);
            },
            Qt::SingleShotConnection);
        m_saving.setFuture(QtConcurrent::run([input, selection, path]() -> QString {
            QString error;
            return selection.save(*input, path, &error) ? QString() : error;
        }));
        updateButtons();
    });
    dialog->open();
}

void RetryDialog::send()
{
    if (!m_backend || m_planner->stage() != RetryPlanner::Stage::Ready)
        return;
    delete m_submitter;
    m_submitter = new RetrySubmitter(m_backend, m_cache, this);
    connect(m_submitter, &RetrySubmitter::stageChanged, this, [this](RetrySubmitter::Stage stage) {
        switch (stage) {
        case RetrySubmitter::Stage::Writing:
            m_stage->setText(tr("Writing the new input…"));
            break;
        case RetrySubmitter::Stage::Uploading:
            m_stage->setText(tr("Uploading…"));
            break;
        case RetrySubmitter::Stage::Creating:
            m_stage->setText(tr("Creating the batch…"));
            break;
        default:
            m_stage->clear();
            break;
        }
        m_progress->setVisible(stage == RetrySubmitter::Stage::Writing || stage == RetrySubmitter::Stage::Uploading
                               || stage == RetrySubmitter::Stage::Creating);
        updateButtons();
    });
    connect(m_submitter, &RetrySubmitter::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(sent * 1000 / total));
        }
    });
    connect(m_submitter, &RetrySubmitter::created, this, [this](const Batch &batch) {
        Q_EMIT created(batch);
        accept();
    });
    connect(m_submitter, &RetrySubmitter::failed, this, [this](const ApiError &e) { showError(e.toString()); });
    m_progress->setRange(0, 0);
    m_submitter->start(*m_planner, {});
}

void RetryDialog::cancelOrClose()
{
    if (m_submitter
        && (m_submitter->stage() == RetrySubmitter::Stage::Writing
            || m_submitter->stage() == RetrySubmitter::Stage::Uploading)) {
        m_submitter->abort(); // stops before the batch exists; it reports "cancelled"
        return;
    }
    m_planner->cancel();
    reject();
}

void RetryDialog::updateButtons()
{
    const bool sending = m_submitter
                         && (m_submitter->stage() == RetrySubmitter::Stage::Writing
                             || m_submitter->stage() == RetrySubmitter::Stage::Uploading
                             || m_submitter->stage() == RetrySubmitter::Stage::Creating);
    const bool ready = m_planner->stage() == RetryPlanner::Stage::Ready && m_planner->selection().requestCount() > 0
                       && !m_error->isVisible();
    m_send->setEnabled(ready && !sending && !m_saving.isRunning());
    m_save->setEnabled(ready && !sending && !m_saving.isRunning());
    m_reasonGroup->setEnabled(!sending);
    m_statuses->setEnabled(!sending);
    m_codes->setEnabled(!sending);
}
