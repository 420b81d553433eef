#pragma once

#include "model/Batch.h"

#include <QWidget>
#include <memory>

namespace Ui {
class BatchDetailsPane;
}

// Everything about the current batch: every field, timestamps in local time
// with a relative time, the request counts, errors, metadata, file ids with
// copy buttons, and the raw JSON.
class BatchDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit BatchDetailsPane(QWidget *parent = nullptr);
    ~BatchDetailsPane() override;

    void showBatch(const Batch &batch, qint64 now);
    void clear();
    bool isShowing() const;
    QString shownKey() const { return m_key; }

private:
    void addOverviewRow(const QString &label, const QString &value);
    void addFileRow(int row, const QString &label, const QString &fileId);
    void copyToClipboard(const QString &text, const QString &what);

    std::unique_ptr<Ui::BatchDetailsPane> ui;
    QString m_key;
};
