#include "StatusFilterBar.h"

#include "Icons.h"
#include "StatusPalette.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

StatusFilterBar::StatusFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_connections(new QComboBox(this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    for (int k = 0; k < StatusCategory::Count; ++k) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(QStringLiteral("filter-%1").arg(k));
        if (k != StatusCategory::All)
            button->setIcon(StatusPalette::icon(StatusCategory::Kind(k), false, palette()));
        m_group.addButton(button, k);
        m_buttons[k] = button;
        layout->addWidget(button);
    }
    m_buttons[StatusCategory::All]->setChecked(true);
    m_group.setExclusive(true);
    connect(&m_group, &QButtonGroup::idClicked, this, [this](int id) {
        m_category = StatusCategory::Kind(id);
        Q_EMIT categoryChanged(m_category);
    });
    setCounts({});

    layout->addStretch(1);
    m_connections->setObjectName(QStringLiteral("connectionFilter"));
    m_connections->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connections->setVisible(false);
    layout->addWidget(m_connections);
    connect(m_connections, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT connectionFilterChanged(m_connections->currentData().toString()); });
    m_search->setPlaceholderText(tr("Search id, endpoint, model, metadata (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(280);
    layout->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &StatusFilterBar::searchTextChanged);
}

void StatusFilterBar::setCounts(const std::array<int, StatusCategory::Count> &counts)
{
    const QLocale locale;
    for (int k = 0; k < StatusCategory::Count; ++k)
        m_buttons[k]->setText(tr("%1 (%2)").arg(StatusCategory::label(StatusCategory::Kind(k)), locale.toString(counts[k])));
}

void StatusFilterBar::setCategory(StatusCategory::Kind category)
{
    m_buttons[category]->setChecked(true);
    if (m_category != category) {
        m_category = category;
        Q_EMIT categoryChanged(category);
    }
}
