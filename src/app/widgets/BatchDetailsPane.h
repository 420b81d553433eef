#pragma once

#include "model/Batch.h"

#include <QDateTime>
#include <QList>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class BatchDetailsPane;
}
class QLabel;

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

    void showBatch(const Batch &batch, qint64 now, std::optional<qint64> eta = std::nullopt);
    // Time moved: relative times and the ETA, without rebuilding the pane.
    void updateTimes(qint64 now, std::optional<qint64> eta);
    // The batch's connection is offline since `since` (invalid: it is online).
    void setOffline(const QDateTime &since);
    void clear();
    bool isShowing() const;
    QString shownKey() const { return m_key; }
    bool offlineBannerShown() const;
    QString offlineText() const;

Q_SIGNALS:
    // "Retry Now" on the offline banner.
    void retryRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addOverviewRow(const QString &label, const QString &value);
    void addFileRow(int row, const QString &label, const QString &fileId);
    void copyToClipboard(const QString &text, const QString &what);
    void showProgress(const Batch &batch, std::optional<qint64> eta);
    void fitBanner();

    struct TimeLabel
    {
        QLabel *label;
        qint64 when;
    };
    std::unique_ptr<Ui::BatchDetailsPane> ui;
    QString m_key;
    Batch m_batch;
    QList<TimeLabel> m_timeLabels;
};
