#pragma once

#include "itemmodels/ProgressRate.h"
#include "model/Batch.h"

#include <QDateTime>
#include <QList>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class BatchDetailsPane;
}
class BatchTableView;
class CachedFailureHeadlines;
class QLabel;
class Workspace;

// Everything about the current batch: its outcome and counts, progress and
// ETA while it runs, every field, timestamps in local time with a relative
// time that keeps ticking, errors, metadata, file ids with copy buttons, the
// raw JSON, and a banner when its connection is offline.
class BatchDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit BatchDetailsPane(QWidget *parent = nullptr);
    ~BatchDetailsPane() override;

    // From now on shows the table's current batch, follows its changes and its connection's
    // state, and keeps its times ticking while visible.
    void follow(const BatchTableView *table, const Workspace *workspace);
    void showBatch(const Batch &batch, qint64 now, const EtaEstimate &eta = {});
    // Time moved: relative times and the ETA, without rebuilding the pane.
    void updateTimes(qint64 now, const EtaEstimate &eta);
    // The batch's connection is offline since `since` (invalid: it is online).
    void setOffline(const QDateTime &since);
    void clear();
    bool isShowing() const;
    QString shownKey() const { return m_key; }
    bool offlineBannerShown() const;
    QString offlineText() const;

    static constexpr int kTickMs = 1000; // relative times ("3 min ago") and the ETA

Q_SIGNALS:
    // "Retry Now" on the offline banner.
    void retryRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addOverviewRow(const QString &label, const QString &value);
    void addFileRow(int row, const QString &label, const QString &fileId);
    void copyToClipboard(const QString &text, const QString &what);
    void showProgress(const Batch &batch, const EtaEstimate &eta);
    void fitBanner();
    void showCurrent();
    void tick();

    struct TimeLabel
    {
        QLabel *label;
        qint64 when;
    };
    std::unique_ptr<Ui::BatchDetailsPane> ui;
    QString m_key;
    Batch m_batch;
    QList<TimeLabel> m_timeLabels;
    const BatchTableView *m_table = nullptr;
    const Workspace *m_workspace = nullptr;
    CachedFailureHeadlines *m_failureHeadlines;
    std::pair<QString, QString> m_failures; // batch key, failure headline
    QTimer m_tick;
};
