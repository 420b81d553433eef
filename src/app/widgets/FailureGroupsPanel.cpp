#include "FailureGroupsPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

FailureGroupsPanel::FailureGroupsPanel(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_showAll(new QPushButton(tr("Show &All Rows"), this))
    , m_retry(new QPushButton(tr("Retry &These…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    top->addWidget(m_headline, 1);
    top->addWidget(m_showAll);
    top->addWidget(m_retry);
    layout->addLayout(top);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Count"), tr("HTTP"), tr("Code"), tr("Message"), tr("Example")});
    m_table->setAccessibleName(tr("Failure groups"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table);
    m_showAll->setToolTip(tr("Show every row of the batch again"));
    m_retry->setToolTip(tr("Send exactly the requests of the chosen group again, as a new batch"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_retry->setEnabled(currentGroup() >= 0);
        m_showAll->setEnabled(currentGroup() >= 0);
        Q_EMIT groupChosen(currentGroup());
    });
    connect(m_showAll, &QPushButton::clicked, m_table, &QTableWidget::clearSelection);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (currentGroup() >= 0)
            Q_EMIT retryRequested(currentGroup());
    });
    m_retry->setEnabled(false);
    m_showAll->setEnabled(false);
}

void FailureGroupsPanel::setGroups(const QList<FailureGroup> &groups)
{
    m_groups = groups;
    m_table->clearSelection();
    m_table->setRowCount(int(groups.size()));
    const QLocale locale;
    for (int i = 0; i < groups.size(); ++i) {
        const FailureGroup &g = groups.at(i);
        auto set = [&](int column, const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(align);
            item->setToolTip(text);
            m_table->setItem(i, column, item);
        };
        set(0, locale.toString(g.count()), Qt::AlignRight | Qt::AlignVCenter);
        set(1, g.statusCode ? QString::number(g.statusCode) : QStringLiteral("—"), Qt::AlignRight | Qt::AlignVCenter);
        set(2, g.code.isEmpty() ? QStringLiteral("—") : g.code);
        set(3, g.pattern);
        set(4, g.exampleCustomId);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_headline->setText(groups.isEmpty() ? tr("No request failed.") : FailureSummary::headline(groups));
}

int FailureGroupsPanel::currentGroup() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->row();
}

void FailureGroupsPanel::selectGroup(int group)
{
    if (group < 0)
        m_table->clearSelection();
    else
        m_table->selectRow(group);
}
