#pragma once

#include "actions/BulkBatchAction.h"

#include <QObject>
#include <QPointer>

#include <QMessageBox>
class QAction;
class QWidget;
class Workspace;

// Cancel and delete from the window: a confirmation that names the batches
// and keeps their counts live while it is open, then the action on exactly
// the batches that were selected when the user asked, whatever happens to
// the selection or the pointer in between. Failures are reported per batch.
class BatchActions : public QObject
{
    Q_OBJECT
public:
    using Kind = BulkBatchAction::Kind;

    BatchActions(Workspace *workspace, QWidget *window);

    // Asks (window-modal, without blocking the event loop), then acts.
    void request(Kind kind, const QList<Batch> &selection);
    // Why `batch` cannot take `kind`; empty when it can.
    QString refusal(Kind kind, const Batch &batch) const;
    // How many of `batches` can take `kind`.
    int applicable(Kind kind, const QList<Batch> &batches) const;
    bool busy() const { return m_bulk->busy(); }
    // Enables the Cancel and Delete actions for `selection`, with a count in the text and,
    // when greyed out, the reason in the tooltip.
    void updateStates(QAction *cancel, QAction *remove, const QList<Batch> &selection) const;
    QMessageBox *confirmation() const { return m_confirmation; }

    static constexpr int kShownInList = 12;

Q_SIGNALS:
    // The user answered the confirmation (`accepted` false: kept the batches).
    void decided(BatchActions::Kind kind, bool accepted);
    void started(BatchActions::Kind kind, int count);
    // Everything done; `failures` holds one line per batch that failed.
    void finished(BatchActions::Kind kind, int succeeded, const QStringList &failures);
    void busyChanged();
    // What the status bar should say about it ("Stopping 3 batches…", "2 stopping, 1 failed: …").
    void message(const QString &text, int timeoutMs);

private:
    void updateConfirmation();
    QString describe(const Batch &batch) const;
    // The freshest copy of a target (the table keeps refreshing while the dialog is open).
    Batch current(const Batch &batch) const;
    void run(Kind kind, const QList<Batch> &targets);
    void report(Kind kind, const QList<BulkBatchAction::Outcome> &outcomes);

    Workspace *m_workspace;
    QWidget *m_window;
    BulkBatchAction *m_bulk;
    QPointer<QMessageBox> m_confirmation;
    Kind m_pendingKind = Kind::Cancel;
    QList<Batch> m_targets;
};
