#include "LogPanel.h"

#include "log/ActivityLog.h"
#include "widgets/StatusPalette.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QMainWindow>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Tints error rows red and warnings amber, in the theme's tones.
class LogColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            const auto level = ActivityLog::Level(QIdentityProxyModel::data(index, Qt::UserRole).toInt());
            if (level == ActivityLog::Level::Error)
                return StatusPalette::color(StatusCategory::Failed, QApplication::palette());
            if (level == ActivityLog::Level::Warning)
                return StatusPalette::color(StatusCategory::Expired, QApplication::palette());
        }
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

LogPanel::LogPanel(ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_view(new QTableView(this))
{
    auto *colours = new LogColours(this);
    colours->setSourceModel(log);
    m_view->setModel(colours);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->setColumnWidth(ActivityLog::TimeColumn, 80);
    m_view->setColumnWidth(ActivityLog::ConnectionColumn, 140);
    m_view->setColumnWidth(ActivityLog::OperationColumn, 110);
    m_view->setColumnWidth(ActivityLog::StatusColumn, 50);

    auto *copy = new QPushButton(tr("&Copy Selected"), this);
    auto *clear = new QPushButton(tr("C&lear"), this);
    connect(clear, &QPushButton::clicked, log, &ActivityLog::clear);
    connect(copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        const auto rows = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows) {
            const ActivityLog::Entry &e = m_log->entries().at(row.row());
            lines << QStringLiteral("%1\t%2\t%3").arg(e.time.toString(Qt::ISODate), e.connection, e.message);
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    // Follow new entries while the user is at the bottom.
    connect(log, &QAbstractItemModel::rowsInserted, this, [this] { m_view->scrollToBottom(); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

QDockWidget *LogPanel::addDockTo(QMainWindow *window, ActivityLog *log)
{
    auto *dock = new QDockWidget(tr("Log"), window);
    dock->setObjectName(QStringLiteral("logDock"));
    dock->setWidget(new LogPanel(log, dock));
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    return dock;
}
