#pragma once

#include "results/ResultIndex.h"
#include "results/ResultsExporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>
#include <vector>

namespace Ui {
class ExportDialog;
}
class QPushButton;

// Exports result rows to a JSONL file off the GUI thread, with a progress bar
// and a Cancel button. A cancelled or failed export leaves the target as it was.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope {
        All,
        Filtered,
        Selected
    };

    ExportDialog(std::shared_ptr<const ResultIndex> index, std::vector<int> filteredRows, std::vector<int> selectedRows,
                 const QString &suggestedPath, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setScope(Scope scope);
    void setFormat(ResultsExporter::Format format);
    void setPath(const QString &path);
    // The file the export goes to (as the user left it).
    QString path() const;
    // Starts the export as if the user pressed Export.
    void startExport();
    bool isRunning() const { return m_watcher.isRunning(); }
    const ResultsExporter::Outcome &outcome() const { return *m_outcome; }

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    void browse();
    void onFinished();
    void setRunning(bool running);

    std::unique_ptr<Ui::ExportDialog> ui;
    std::shared_ptr<const ResultIndex> m_index;
    std::vector<int> m_filtered;
    std::vector<int> m_selected;
    QPushButton *m_exportButton;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<ResultsExporter::Outcome> m_outcome;
};
