#include "BatchActions.h"

#include "itemmodels/BatchTableModel.h"
#include "log/ActivityLog.h"
#include "model/StatusCategory.h"
#include "session/Workspace.h"
#include "widgets/StatusMessage.h"

#include <QAction>
#include <QLocale>

#include <QMessageBox>
#include <QPushButton>

BatchActions::BatchActions(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_bulk(new BulkBatchAction([workspace](const Batch &b) { return workspace->backendFor(b); },
                                 [workspace](const Batch &b) { return workspace->sourceFor(b); }, workspace->model(),
                                 this))
{
    // Failed calls reach the log from the backend; only the batches refused before any call are logged here.
    connect(m_bulk, &BulkBatchAction::batchFailed, this, [this](const Batch &b, const ApiError &e) {
        if (e.kind == ApiError::Kind::Local)
            m_workspace->log()->addError(b.connection, e);
    });
    connect(m_bulk, &BulkBatchAction::finished, this, &BatchActions::report);
    // Live counts in an open confirmation.
    connect(workspace->model(), &QAbstractItemModel::dataChanged, this, [this] {
        if (m_confirmation)
            updateConfirmation();
    });
}

QString BatchActions::refusal(Kind kind, const Batch &batch) const
{
    return m_bulk->refusal(kind, batch);
}

void BatchActions::updateStates(QAction *cancel, QAction *remove, const QList<Batch> &selection) const
{
    const int cancellable = applicable(Kind::Cancel, selection);
    const int deletable = applicable(Kind::Delete, selection);
    cancel->setEnabled(cancellable > 0 && !busy());
    remove->setEnabled(deletable > 0 && !busy());
    cancel->setText(cancellable > 1 ? tr("&Cancel %Ln Batches…", nullptr, cancellable) : tr("&Cancel Batch…"));
    // A greyed-out action says why.
    QString deleteTip = tr("Delete the selected ended batches (Anthropic only, Shift+Del)");
    if (deletable == 0 && !selection.isEmpty())
        deleteTip = tr("Cannot delete: %1").arg(refusal(Kind::Delete, selection.first()));
    remove->setToolTip(deleteTip);
    QString cancelTip = tr("Cancel the selected batches (Del)");
    if (cancellable == 0 && !selection.isEmpty())
        cancelTip = tr("Cannot cancel: %1").arg(refusal(Kind::Cancel, selection.first()));
    cancel->setToolTip(cancelTip);
}

int BatchActions::applicable(Kind kind, const QList<Batch> &batches) const
{
    int n = 0;
    for (const Batch &b : batches)
        n += refusal(kind, b).isEmpty() ? 1 : 0;
    return n;
}

Batch BatchActions::current(const Batch &batch) const
{
    const BatchTableModel *model = m_workspace->model();
    const int row = model->rowOf(batch.key());
    return row >= 0 ? model->batchAt(row) : batch;
}

QString BatchActions::describe(const Batch &b) const
{
    return tr("• %1 (%2, %3)").arg(b.id, StatusCategory::outcomeText(b), StatusCategory::countsText(b));
}

void BatchActions::request(Kind kind, const QList<Batch> &selection)
{
    if (m_confirmation && m_confirmation->isVisible())
        return; // one question at a time
    // The targets are fixed now: nothing that moves later changes what is acted on.
    QList<Batch> targets;
    for (const Batch &b : selection) {
        if (refusal(kind, b).isEmpty())
            targets.append(b);
    }
    if (targets.isEmpty())
        return;
    m_pendingKind = kind;
    m_targets = targets;
    const int n = int(targets.size());
    const bool cancel = kind == Kind::Cancel;

    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("batchConfirmation"));
    connect(box, &QDialog::finished, box, &QObject::deleteLater);
    box->setIcon(cancel ? QMessageBox::Question : QMessageBox::Warning);
    box->setWindowTitle(cancel ? tr("Stop Batches") : tr("Delete Batches"));
    box->setWindowModality(Qt::WindowModal);
    QPushButton *yes
        = box->addButton(cancel ? tr("&Stop %Ln Batch(es)", nullptr, n) : tr("&Delete %Ln Batch(es)", nullptr, n),
                         QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmAction"));
    QPushButton *keep = box->addButton(cancel ? tr("&Keep Running") : tr("&Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepBatches"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    m_confirmation = box;
    updateConfirmation();
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *clicked) {
        const QList<Batch> chosen = std::exchange(m_targets, {});
        m_confirmation = nullptr; // answered: the next Del may ask again
        const bool accepted = clicked == yes;
        Q_EMIT decided(m_pendingKind, accepted);
        if (accepted)
            run(m_pendingKind, chosen);
    });
    box->open();
}

void BatchActions::updateConfirmation()
{
    QMessageBox *box = m_confirmation;
    const bool cancel = m_pendingKind == Kind::Cancel;
    const int n = int(m_targets.size());
    QStringList lines;
    qint64 notDone = 0;
    for (const Batch &target : std::as_const(m_targets)) {
        const Batch b = current(target);
        notDone += b.status.active() ? b.counts.remaining() : 0;
        if (lines.size() < kShownInList)
            lines << describe(b);
    }
    if (n > kShownInList)
        lines << tr("…and %Ln more", nullptr, n - kShownInList);
    if (cancel) {
        box->setText(
            tr("Stop %Ln batch(es)? Requests already done keep their results.", nullptr, n) + QLatin1Char(' ')
            + tr("%Ln request(s) not yet done will be dropped.", nullptr, int(qMin<qint64>(notDone, INT_MAX))));
    } else {
        box->setText(tr("Delete %Ln batch(es) from Anthropic? Their results can no longer be downloaded afterwards.",
                        nullptr, n));
    }
    box->setInformativeText(lines.join(QLatin1Char('\n')));
}

void BatchActions::run(Kind kind, const QList<Batch> &targets)
{
    const int n = int(targets.size());
    Q_EMIT started(kind, n);
    Q_EMIT message(kind == Kind::Cancel ? tr("Stopping %Ln batch(es)…", nullptr, n)
                                        : tr("Deleting %Ln batch(es)…", nullptr, n),
                   0);
    m_bulk->run(kind, targets);
    Q_EMIT busyChanged();
}

void BatchActions::report(Kind kind, const QList<BulkBatchAction::Outcome> &outcomes)
{
    int ok = 0;
    QStringList failures;
    for (const auto &o : outcomes) {
        if (o.error.isError())
            failures << tr("%1: %2").arg(o.batch.id, o.error.toString());
        else
            ++ok;
    }
    const bool cancel = kind == Kind::Cancel;
    if (failures.isEmpty()) {
        Q_EMIT message(cancel ? tr("Stopping %Ln batch(es).", nullptr, ok) : tr("Deleted %Ln batch(es).", nullptr, ok),
                       StatusMessage::kNormalMs);
    } else {
        const QLocale l;
        Q_EMIT message((cancel ? tr("%1 stopping, %2 failed: %3") : tr("%1 deleted, %2 failed: %3"))
                           .arg(l.toString(ok), l.toString(failures.size()), failures.first()),
                       StatusMessage::kErrorMs);
    }
    Q_EMIT busyChanged();
    Q_EMIT finished(kind, ok, failures);
    if (failures.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, cancel ? tr("Stop Batches") : tr("Delete Batches"),
                                cancel ? tr("%Ln batch(es) could not be stopped.", nullptr, int(failures.size()))
                                       : tr("%Ln batch(es) could not be deleted.", nullptr, int(failures.size())),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("actionFailures"));
    connect(box, &QDialog::finished, box, &QObject::deleteLater);
    box->setInformativeText(failures.first());
    box->setDetailedText(failures.join(QLatin1Char('\n')));
    box->open();
}
