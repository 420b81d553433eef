#pragma once

#include "failures/FailureSummary.h"

#include "dialogs/ExportDialog.h"
#include "model/Batch.h"
#include "results/ResultsCache.h"
#include "results/ResultsStore.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <array>
#include <memory>

namespace Ui {
class ResultsWindow;
}
class BatchBackend;
class MatchHighlightDelegate;
class FailureGroupsPanel;
class QButtonGroup;
class StatusMessage;
class QTableView;
class QToolButton;
class RequestLookup;
class ResultDetailPane;
class ResultTableModel;

// A batch's per-request results: a virtual table that stays fast at 100,000
// rows, outcome filters, search by custom_id and by answer text, the full
// row with its request, and export. While the batch runs, its status is kept
// fresh, and the results appear by themselves when it finishes.
class ResultsWindow : public QMainWindow
{
    Q_OBJECT
public:
    ResultsWindow(const Batch &batch, BatchBackend *backend, ResultsCache cache = ResultsCache(),
                  QWidget *parent = nullptr);
    ~ResultsWindow() override;

    const Batch &batch() const { return m_batch; }
    ResultsStore *store() const { return m_store; }
    ResultTableModel *model() const { return m_model; }
    QTableView *table() const;
    ResultDetailPane *detail() const;
    RequestLookup *requests() const { return m_requests; }

    // Starts loading (or waiting for) the results.
    void start();
    // 1 << ResultOutcome per outcome to show; ResultTableModel::kAllOutcomes for all.
    void setOutcomeFilter(unsigned mask);
    void setCustomIdFilter(const QString &text);
    void searchAnswers(const QString &text);
    ExportDialog *openExportDialog(ExportDialog::Scope scope = ExportDialog::Scope::All);
    bool answerSearchRunning() const { return m_search.isRunning(); }
    StatusMessage *message() const { return m_message; }
    QToolButton *outcomeButton(int id) const { return m_outcomeButtons[size_t(id)]; }
    // The Failures view: its toggle and the groups (filled off the GUI thread once the results are in).
    QToolButton *failuresButton() const { return m_failuresButton; }
    FailureGroupsPanel *failuresPanel() const { return m_failuresPanel; }

    static constexpr int kPollMs = 5000;
    static constexpr int kExportMessageMs = 30000;
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

Q_SIGNALS:
    void firstRowsPainted();
    void batchUpdated(const Batch &batch);
    void answerSearchFinished(int matches);
    // A retry started here (Failures → Retry These…) created this batch.
    void retryCreated(const Batch &batch);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateHeader();
    void updateSummary();
    void onStageChanged(ResultsStore::Stage stage);
    // Puts the loaded rows in the table and picks the first.
    void showLoadedIndex();
    void onProgress(qint64 done, qint64 total);
    // Fills the detail panes from the next event-loop turn: the table paints
    // first, and a run of moves (a held arrow key) renders only the last row.
    void onCurrentRowChanged();
    void showCurrentRow();
    // The custom_id of the current row (what the detail panes show, or are about to).
    QString currentCustomId() const;
    void poll();
    void buildOutcomeButtons();
    void buildShortcuts();
    void applyFilter();
    // After the rows changed: keep the shown result if it is still there, else show the first.
    void keepOrPickCurrent(const QString &customId);
    void summariseFailures();
    void showFailureGroup(int group);
    void retryFailureGroup(int group);

    std::unique_ptr<Ui::ResultsWindow> ui;
    Batch m_batch;
    QPointer<BatchBackend> m_backend;
    ResultsCache m_cache;
    ResultsStore *m_store;
    RequestLookup *m_requests;
    ResultTableModel *m_model;
    QButtonGroup *m_outcomeGroup;
    std::array<QToolButton *, 5> m_outcomeButtons{};
    StatusMessage *m_message;
    MatchHighlightDelegate *m_answerDelegate;
    QTimer m_poll;
    QTimer m_filterDelay;
    QTimer m_detailDelay;
    QFutureWatcher<void> m_search;
    QToolButton *m_failuresButton = nullptr;
    FailureGroupsPanel *m_failuresPanel = nullptr;
    QFutureWatcher<QList<FailureGroup>> m_failures;
    std::shared_ptr<std::atomic_bool> m_failuresCancel;
    std::shared_ptr<std::atomic_bool> m_searchCancel;
    bool m_painted = false;
    bool m_splitterRestored = false;
    bool m_polling = false;
};
