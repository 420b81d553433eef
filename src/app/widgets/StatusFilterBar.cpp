#include "StatusFilterBar.h"

#include "Icons.h"
#include "StatusPalette.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QToolButton>

StatusFilterBar::StatusFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_connections(new QComboBox(this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    // The bar reports its own (compact) minimum, so it never sets the window's minimum width.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
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
        m_buttons[size_t(k)] = button;
        layout->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, k] {
            choose(StatusCategory::Kind(k), QApplication::keyboardModifiers() & Qt::ControlModifier);
        });
    }
    setCounts({});
    syncButtons();

    layout->addStretch(1);
    m_connections->setObjectName(QStringLiteral("connectionFilter"));
    m_connections->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connections->setVisible(false);
    m_connections->installEventFilter(this);
    layout->addWidget(m_connections);
    connect(m_connections, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT connectionFilterChanged(m_connections->currentData().toString()); });
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search id, endpoint, model, metadata (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(160);
    m_search->setMaximumWidth(360);
    m_search->installEventFilter(this);
    layout->addWidget(m_search, 1);
    connect(m_search, &QLineEdit::textChanged, this, &StatusFilterBar::searchTextChanged);
}

bool StatusFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Esc empties the search, as in every search field people know.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    // The connection filter comes and goes with "All connections": it takes room from the labels.
    if (watched == m_connections && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        updateTexts();
    return QWidget::eventFilter(watched, event);
}

void StatusFilterBar::setCounts(const std::array<int, StatusCategory::Count> &counts)
{
    m_counts = counts;
    updateTexts();
}

QString StatusFilterBar::fullText(int k) const
{
    return tr("%1 (%2)").arg(StatusCategory::label(StatusCategory::Kind(k)), QLocale().toString(m_counts[size_t(k)]));
}

int StatusFilterBar::fullWidth() const
{
    // Each button's padding is what its current hint has beyond its current text.
    const QFontMetrics fm = fontMetrics();
    int width = layout()->contentsMargins().left() + layout()->contentsMargins().right();
    for (int k = 0; k < StatusCategory::Count; ++k) {
        const QToolButton *b = m_buttons[size_t(k)];
        width += b->sizeHint().width() - fm.horizontalAdvance(b->text()) + fm.horizontalAdvance(fullText(k))
                 + layout()->spacing();
    }
    width += m_search->minimumWidth() + 12;
    if (!m_connections->isHidden())
        width += m_connections->sizeHint().width() + layout()->spacing();
    return width;
}

void StatusFilterBar::updateTexts()
{
    const QLocale locale;
    m_compact = width() < fullWidth();
    for (int k = 0; k < StatusCategory::Count; ++k) {
        QToolButton *b = m_buttons[size_t(k)];
        // "All" has no icon: it keeps its word.
        const bool shortForm = m_compact && k != StatusCategory::All;
        b->setText(shortForm ? locale.toString(m_counts[size_t(k)]) : fullText(k));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setToolTip(
            k == StatusCategory::All
                ? QString()
                : tr("%1: show only these batches; Ctrl+click to combine with other statuses").arg(fullText(k)));
    }
}

void StatusFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if ((width() < fullWidth()) != m_compact)
        updateTexts();
}

QSize StatusFilterBar::minimumSizeHint() const
{
    // Compact buttons and the narrowest search field.
    const QFontMetrics fm = fontMetrics();
    int width = 12 + m_search->minimumWidth();
    for (int k = 0; k < StatusCategory::Count; ++k)
        width
            += 16 + 14
               + fm.horizontalAdvance(k == StatusCategory::All ? fullText(k) : QLocale().toString(m_counts[size_t(k)]));
    return {width, QWidget::minimumSizeHint().height()};
}

void StatusFilterBar::choose(StatusCategory::Kind category, bool add)
{
    const StatusCategory::Mask all = StatusCategory::bit(StatusCategory::All);
    StatusCategory::Mask next = StatusCategory::bit(category);
    if (add && category != StatusCategory::All) {
        next = (m_categories & ~all) ^ StatusCategory::bit(category);
        if (next == 0)
            next = all;
    }
    setCategories(next);
}

void StatusFilterBar::setCategories(StatusCategory::Mask categories)
{
    if (categories == 0)
        categories = StatusCategory::bit(StatusCategory::All);
    const bool changed = categories != m_categories;
    m_categories = categories;
    syncButtons();
    if (changed)
        Q_EMIT categoriesChanged(m_categories);
}

void StatusFilterBar::syncButtons()
{
    for (int k = 0; k < StatusCategory::Count; ++k)
        m_buttons[size_t(k)]->setChecked(m_categories & StatusCategory::bit(StatusCategory::Kind(k)));
}

void StatusFilterBar::setConnections(const QList<Connection> &connections)
{
    const QString previous = m_connections->currentData().toString();
    {
        const QSignalBlocker block(m_connections);
        m_connections->clear();
        m_connections->addItem(tr("All connections"), QString());
        for (const Connection &c : connections) {
            // A failing connection says so in its own entry; the others carry on.
            if (c.error.isEmpty()) {
                m_connections->addItem(Icons::get(QStringLiteral("connection")), c.name, c.id);
            } else {
                m_connections->addItem(
                    Icons::tinted(QStringLiteral("warning"), StatusPalette::color(StatusCategory::Failed, palette())),
                    tr("%1 — offline").arg(c.name), c.id);
                m_connections->setItemData(m_connections->count() - 1, c.error, Qt::ToolTipRole);
            }
        }
        m_connections->setCurrentIndex(qMax(0, m_connections->findData(previous)));
        m_connections->setVisible(connections.size() > 1);
        if (connections.size() <= 1)
            m_connections->setCurrentIndex(0);
    }
    const QString now = m_connections->currentData().toString();
    if (now != previous)
        Q_EMIT connectionFilterChanged(now);
}
