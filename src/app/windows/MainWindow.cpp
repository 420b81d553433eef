#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "actions/BatchActions.h"
#include "context/ApplicationContext.h"
#include "dialogs/AboutBox.h"
#include "dialogs/ConnectionsDialog.h"
#include "dialogs/NewBatchDialog.h"
#include "dialogs/RetryDialog.h"
#include "itemmodels/BatchFilterProxy.h"
#include "itemmodels/BatchTableModel.h"
#include "log/ActivityLog.h"
#include "model/StatusCategory.h"
#include "secrets/SecretStore.h"
#include "session/ConnectionSession.h"
#include "session/ConnectionSwitcher.h"
#include "session/Workspace.h"
#include "widgets/ConnectionSelector.h"
#include "widgets/ConnectionStateLabel.h"
#include "widgets/FinishNotifier.h"
#include "widgets/Icons.h"
#include "widgets/LogPanel.h"
#include "widgets/ProviderSelector.h"
#include "widgets/StatusMessage.h"
#include "widgets/ToolBarFitter.h"
#include "windows/MainWindowSettings.h"
#include "windows/ResultsCoordinator.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

MainWindow::MainWindow(ApplicationContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_proxy(new BatchFilterProxy(this))
{
    ui->setupUi(this);
    setWindowIcon(Icons::appIcon());
    m_proxy->setSourceModel(workspace()->model());
    ui->batchTable->setModel(m_proxy);
    ui->batchTable->useBatchColumns();
    ui->detailsPane->follow(ui->batchTable, workspace());
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setSizes({1000, 380});

    ui->tryDemoButton->setIcon(Icons::get(QStringLiteral("demo")));
    ui->addConnectionButton->setIcon(Icons::get(QStringLiteral("connection")));

    m_logDock = LogPanel::addDockTo(this, workspace()->log());

    buildStatusBar();
    m_actions = new BatchActions(workspace(), this);
    buildToolbar();
    connectActions();
    connectParts();
    MainWindowSettings::restore(rememberedParts());

    m_tableTick.start(kTableTickMs);

    QString why;
    if (!m_context.openFirst(&why))
        showDemoProblem(why);
    showWelcomeIfEmpty();
    updateActions();
    updatePlaceholder();
}

MainWindow::~MainWindow() = default;

Workspace *MainWindow::workspace() const
{
    return m_context.workspace();
}

BatchTableView *MainWindow::table() const
{
    return ui->batchTable;
}

BatchDetailsPane *MainWindow::details() const
{
    return ui->detailsPane;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QString MainWindow::connectionStateText() const
{
    return m_stateLabel->text();
}

void MainWindow::buildStatusBar()
{
    // Both parts elide instead of asking for width: the status bar never widens the window.
    m_message = new StatusMessage(this);
    m_stateLabel = new ConnectionStateLabel(workspace(), this);
    statusBar()->addWidget(m_message, 3);
    statusBar()->addPermanentWidget(m_stateLabel, 2);
}

void MainWindow::buildToolbar()
{
    QToolBar *bar = ui->toolBar;
    bar->setIconSize(QSize(18, 18));
    auto *connectionLabel = new QLabel(tr("Connection:"), this);
    connectionLabel->setContentsMargins(4, 0, 4, 0);
    QAction *connectionLabelAction = bar->addWidget(connectionLabel);
    m_connectionSelector = new ConnectionSelector(m_context.switcher(), this);
    bar->addWidget(m_connectionSelector);
    auto *providerLabel = new QLabel(tr("Provider:"), this);
    providerLabel->setContentsMargins(8, 0, 4, 0);
    QAction *providerLabelAction = bar->addWidget(providerLabel);
    m_providerSelector = new ProviderSelector(this);
    bar->addWidget(m_providerSelector);
    bar->addSeparator();

    const std::pair<QAction *, const char *> icons[]
        = {{ui->actionRefresh, "refresh"},     {ui->actionCancel, "cancel"}, {ui->actionNewBatch, "new"},
           {ui->actionOpenResults, "results"}, {ui->actionExport, "export"}, {ui->actionConnections, "connection"},
           {ui->actionShowLog, "log"},         {ui->actionDemo, "demo"},     {ui->actionAbout, "info"},
           {ui->actionCopyId, "copy"}};
    for (const auto &[action, icon] : icons)
        action->setIcon(Icons::get(QLatin1String(icon)));
    // The batch actions only: Log and Connections live in the menus (and the
    // connection selector), so the toolbar fits at 1024 px in any language.
    for (QAction *a :
         {ui->actionRefresh, ui->actionCancel, ui->actionNewBatch, ui->actionOpenResults, ui->actionExport})
        bar->addAction(a);
    new ToolBarFitter(bar, {connectionLabelAction, providerLabelAction});
    // Disabled actions say why in the menus too.
    for (QMenu *menu : {ui->menuFile, ui->menuBatch, ui->menuView, ui->menuHelp})
        menu->setToolTipsVisible(true);
}

void MainWindow::connectActions()
{
    connect(ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(ui->actionCancel, &QAction::triggered, this,
            [this] { m_actions->request(BatchActions::Kind::Cancel, selectedBatches()); });
    connect(ui->actionDelete, &QAction::triggered, this,
            [this] { m_actions->request(BatchActions::Kind::Delete, selectedBatches()); });
    connect(ui->actionNewBatch, &QAction::triggered, this, &MainWindow::newBatch);
    connect(ui->actionRetry, &QAction::triggered, this, [this] { retryBatch(currentBatch()); });
    connect(ui->actionConnections, &QAction::triggered, this, &MainWindow::showConnections);
    connect(ui->actionDemo, &QAction::triggered, this, &MainWindow::startDemo);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionAbout, &QAction::triggered, this,
            [this] { AboutBox::open(this, m_context.secrets()->sessionOnly()); });
    connect(ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(ui->actionFind, &QAction::triggered, this, [this] {
        ui->filterBar->searchField()->setFocus();
        ui->filterBar->searchField()->selectAll();
    });
    connect(ui->actionShowDetails, &QAction::toggled, ui->detailsPane, &QWidget::setVisible);
    connect(ui->actionShowLog, &QAction::toggled, m_logDock, &QWidget::setVisible);
    connect(m_logDock, &QDockWidget::visibilityChanged, ui->actionShowLog, [this](bool visible) {
        if (!isHidden())
            ui->actionShowLog->setChecked(visible);
    });
    connect(ui->actionCopyId, &QAction::triggered, ui->batchTable, &BatchTableView::copySelectedIds);
    ResultsCoordinator *results = m_context.results();
    connect(ui->actionOpenResults, &QAction::triggered, this, [this, results] {
        if (const Batch b = currentBatch(); !b.id.isEmpty())
            results->open(b, this);
    });
    connect(ui->actionExport, &QAction::triggered, this, [this, results] {
        if (const Batch b = currentBatch(); !b.id.isEmpty())
            results->exportBatch(b, this);
    });
    connect(ui->batchTable, &QAbstractItemView::activated, ui->actionOpenResults, &QAction::trigger);
    ui->batchTable->setRowActions({ui->actionOpenResults, ui->actionExport, ui->actionRetry, nullptr, ui->actionCancel,
                                   ui->actionDelete, ui->actionCopyId});
    connect(ui->tryDemoButton, &QPushButton::clicked, this, &MainWindow::startDemo);
    connect(ui->addConnectionButton, &QPushButton::clicked, this, &MainWindow::showConnections);
    connect(m_connectionSelector, &ConnectionSelector::manageRequested, this, &MainWindow::showConnections);
    connect(ui->detailsPane, &BatchDetailsPane::retryRequested, this, [this] {
        if (ConnectionSession *s = workspace()->sessionFor(currentBatch()))
            s->refreshNow();
        m_message->showMessage(tr("Retrying…"), StatusMessage::kShortMs);
    });
}

// The filters, the table, the details pane and the status bar follow the model, the connections and the actions.
void MainWindow::connectParts()
{
    connect(ui->filterBar, &StatusFilterBar::categoriesChanged, m_proxy, &BatchFilterProxy::setCategories);
    connect(ui->filterBar, &StatusFilterBar::searchTextChanged, m_proxy, &BatchFilterProxy::setSearchText);
    connect(ui->filterBar, &StatusFilterBar::connectionFilterChanged, m_proxy, &BatchFilterProxy::setSource);
    connect(m_providerSelector, &ProviderSelector::providerChanged, m_proxy, &BatchFilterProxy::setProvider);
    connect(m_proxy, &BatchFilterProxy::filtersChanged, this, [this] {
        updateCounts();
        updatePlaceholder();
        updateActions();
    });

    BatchTableModel *model = workspace()->model();
    connect(ui->batchTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(ui->batchTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateActions);
    // The current batch's status decides what can be done with it.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int current = ui->batchTable->currentSourceRow();
                if (current >= topLeft.row() && current <= bottomRight.row())
                    updateActions();
            });
    connect(model, &BatchTableModel::categoryCountsChanged, this, &MainWindow::updateCounts);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(model, &BatchTableModel::batchFinished, new FinishNotifier(m_message, this), &FinishNotifier::notify);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePlaceholder);
    connect(&m_tableTick, &QTimer::timeout, model, &BatchTableModel::tick);

    Workspace *ws = workspace();
    connect(ws, &Workspace::stateChanged, this, [this] {
        updateConnectionLists();
        updatePlaceholder();
        // "Connecting to …" has done its job once the connections answer.
        if (!m_connectingText.isEmpty() && !workspace()->waitingForFirstAnswer()
            && std::exchange(m_connectingText, {}) == m_message->currentMessage())
            m_message->clearMessage();
    });
    connect(ws, &Workspace::sessionsChanged, this, [this] {
        updateConnectionLists();
        showWelcomeIfEmpty();
        updateActions();
        updatePlaceholder();
    });
    connect(ws, &Workspace::notice, this,
            [this](const QString &text) { m_message->showMessage(text, StatusMessage::kNoticeMs); });
    // Every failed call shows in the status bar as well as in the log.
    connect(ws->log(), &ActivityLog::entryAdded, this, [this](const ActivityLog::Entry &entry) {
        if (entry.level == ActivityLog::Level::Error)
            m_message->showMessage(tr("%1: %2").arg(entry.connection, entry.message), StatusMessage::kErrorMs);
    });
    ConnectionSwitcher *switcher = m_context.switcher();
    connect(switcher, &ConnectionSwitcher::activeChanged, this, &MainWindow::onActiveConnectionChanged);
    connect(switcher, &ConnectionSwitcher::connecting, this, [this](const QString &name) {
        m_connectingText = tr("Connecting to %1…").arg(name);
        m_message->showMessage(m_connectingText);
    });
    connect(m_context.secrets(), &SecretStore::sessionOnlyChanged, this, [this](bool sessionOnly) {
        // Said once; the Connections dialog and the About box keep saying it.
        if (sessionOnly && !std::exchange(m_keychainNoticeShown, true))
            m_message->showMessage(tr("No system keychain: keys you enter are kept for this session only."),
                                   StatusMessage::kNoticeMs);
    });
    connect(m_context.results(), &ResultsCoordinator::problem, this,
            [this](const QString &text) { m_message->showMessage(text, StatusMessage::kNormalMs); });
    connect(m_actions, &BatchActions::message, m_message, qOverload<const QString &, int>(&StatusMessage::showMessage));
    connect(m_actions, &BatchActions::busyChanged, this, &MainWindow::updateActions);
}

MainWindowSettings::Parts MainWindow::rememberedParts() const
{
    return {const_cast<MainWindow *>(this), ui->splitter, ui->batchTable,   ui->detailsPane,
            ui->actionShowDetails,          m_logDock,    ui->actionShowLog};
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    MainWindowSettings::save(rememberedParts());
    // The results windows belong to this window's session of work: they close with it.
    m_context.results()->closeAll();
    QMainWindow::closeEvent(event);
}

void MainWindow::onActiveConnectionChanged()
{
    const ConnectionSwitcher *switcher = m_context.switcher();
    const ConnectionProfile *active = switcher->activeProfile();
    if (switcher->showsAll())
        setWindowTitle(tr("All connections — Batch Console"));
    else
        setWindowTitle(active ? tr("%1 — Batch Console").arg(active->name) : tr("Batch Console"));
    // Several connections show which one a row came from; several providers show the provider.
    ui->batchTable->setColumnHidden(BatchTableModel::ConnectionColumn, !switcher->showsAll());
    ui->batchTable->setColumnHidden(BatchTableModel::ProviderColumn,
                                    !switcher->showsAll() && (!active || active->providers.size() < 2));
    showWelcomeIfEmpty();
}

bool MainWindow::startDemo()
{
    QString why;
    if (m_context.startDemo(&why))
        return true;
    showDemoProblem(why);
    return false;
}

void MainWindow::showDemoProblem(const QString &why)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Demo gateway"),
                                tr("The demo gateway could not start: %1").arg(why), QMessageBox::Ok, this);
    connect(box, &QDialog::finished, box, &QObject::deleteLater);
    box->open();
}

void MainWindow::updateConnectionLists()
{
    QList<StatusFilterBar::Connection> connections;
    QStringList providers;
    for (ConnectionSession *s : workspace()->sessions()) {
        connections.append({s->profile().id, s->name(), s->errorText()});
        providers += s->providers();
    }
    providers.removeDuplicates();
    ui->filterBar->setConnections(connections);
    m_providerSelector->setProviders(providers);
}

void MainWindow::showWelcomeIfEmpty()
{
    const bool empty = workspace()->sessions().isEmpty() && m_context.switcher()->activeId().isEmpty();
    ui->pages->setCurrentWidget(empty ? ui->welcomePage : ui->batchesPage);
}

void MainWindow::updatePlaceholder()
{
    const bool empty = m_proxy->rowCount() == 0 && !workspace()->sessions().isEmpty();
    ui->batchTable->setPlaceholderText(!empty                                 ? QString()
                                       : workspace()->waitingForFirstAnswer() ? tr("Loading batches…")
                                                                              : m_proxy->emptyText());
}

QList<Batch> MainWindow::selectedBatches() const
{
    return ui->batchTable->selectedBatches();
}

Batch MainWindow::currentBatch() const
{
    return ui->batchTable->currentBatch();
}

bool MainWindow::selectBatch(const QString &key)
{
    if (ui->batchTable->selectKey(key))
        return true;
    // Hidden by a filter: show everything, then try again.
    ui->filterBar->setCategories(StatusCategory::bit(StatusCategory::All));
    ui->filterBar->searchField()->clear();
    return ui->batchTable->selectKey(key);
}

void MainWindow::updateActions()
{
    m_actions->updateStates(ui->actionCancel, ui->actionDelete, selectedBatches());
    const Batch current = currentBatch();
    const bool connected = !workspace()->sessions().isEmpty();
    ui->actionOpenResults->setEnabled(!current.id.isEmpty());
    ui->actionExport->setEnabled(!current.id.isEmpty() && current.status.terminal());
    const bool retryable = !current.id.isEmpty() && current.status.terminal() && workspace()->backendFor(current);
    ui->actionRetry->setEnabled(retryable);
    // Greyed out, it says why (menus show tooltips).
    ui->actionRetry->setToolTip(
        retryable || current.id.isEmpty()
            ? tr("Send what failed, expired, was cancelled or is missing again, as a new batch (Ctrl+Shift+R)")
            : tr("Only an ended batch can be retried: %1 is %2")
                  .arg(current.id, StatusCategory::statusText(current.status)));
    ui->actionCopyId->setEnabled(ui->batchTable->selectionModel()->hasSelection());
    ui->actionNewBatch->setEnabled(connected);
    ui->actionRefresh->setEnabled(connected);
}

void MainWindow::updateCounts()
{
    ui->filterBar->setCounts(m_proxy->categoryCounts());
}

void MainWindow::refresh()
{
    workspace()->refreshAll();
    m_message->showMessage(tr("Refreshing…"), StatusMessage::kBriefMs);
}

void MainWindow::newBatch()
{
    const QList<NewBatchDialog::Target> targets = NewBatchDialog::targetsOf(workspace());
    if (targets.isEmpty())
        return;
    auto *dialog = new NewBatchDialog(targets, this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    // Where the user is looking: the current batch's connection and provider.
    if (const Batch current = currentBatch(); !current.id.isEmpty())
        dialog->setTarget(workspace()->sourceFor(current));
    connect(dialog, &NewBatchDialog::created, this, [this, dialog](const Batch &batch) {
        workspace()->model()->updateBatch(dialog->target().source, batch);
        selectBatch(batch.key());
        m_message->showMessage(
            tr("Created batch %1 with %Ln request(s).", nullptr, int(batch.counts.total)).arg(batch.id),
            StatusMessage::kNormalMs);
        workspace()->log()->addInfo(batch.connection, QStringLiteral("create"), tr("Created %1").arg(batch.id));
    });
    dialog->open();
}

RetryDialog *MainWindow::retryBatch(const Batch &batch)
{
    BatchBackend *backend = workspace()->backendFor(batch);
    if (batch.id.isEmpty() || !backend)
        return nullptr;
    auto *dialog = new RetryDialog(batch, backend, this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    const QString source = batch.sourceId;
    connect(dialog, &RetryDialog::created, this, [this, source, original = batch.id](const Batch &created) {
        workspace()->model()->updateBatch(source, created);
        selectBatch(created.key());
        m_message->showMessage(
            tr("Sent %Ln request(s) again as batch %1.", nullptr, int(created.counts.total)).arg(created.id),
            StatusMessage::kNormalMs);
        workspace()->log()->addInfo(created.connection, QStringLiteral("retry"),
                                    tr("Created %1, a retry of %2").arg(created.id, original));
    });
    connect(dialog, &RetryDialog::saved, this, [this](const QString &path, qint64 requests) {
        m_message->showMessage(tr("Saved %Ln request(s) to %1; nothing was sent.", nullptr, int(requests))
                                   .arg(QDir::toNativeSeparators(path)),
                               StatusMessage::kNormalMs);
    });
    dialog->start();
    dialog->open();
    return dialog;
}

void MainWindow::showConnections()
{
    ConnectionSwitcher *switcher = m_context.switcher();
    auto *dialog = new ConnectionsDialog(m_context.profiles(), m_context.secrets(), this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->setReservedNames(switcher->reservedNames());
    if (!switcher->activeId().isEmpty())
        dialog->selectProfile(switcher->activeId());
    connect(dialog, &ConnectionsDialog::openRequested, switcher, &ConnectionSwitcher::choose);
    connect(dialog, &QDialog::finished, this, [this, switcher] {
        switcher->profilesEdited();
        showWelcomeIfEmpty();
    });
    dialog->open();
}
