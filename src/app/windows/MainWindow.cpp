#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "Version.h"
#include "actions/BulkBatchAction.h"
#include "dialogs/ConnectionsDialog.h"
#include "dialogs/NewBatchDialog.h"
#include "log/ActivityLog.h"
#include "models/BatchFilterProxy.h"
#include "models/BatchTableModel.h"
#include "secrets/SecretStore.h"
#include "session/ConnectionSession.h"
#include "session/Workspace.h"
#include "settings/ProfileStore.h"
#include "widgets/FinishNotifier.h"
#include "widgets/Icons.h"
#include "widgets/LogPanel.h"
#include "widgets/StatusPalette.h"
#include "windows/ResultsCoordinator.h"
#include "delegates/ProgressBarDelegate.h"
#include "delegates/StatusDelegate.h"

#include "SimHost.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QScreen>
#include <QStatusBar>

namespace {
const char kHeaderKey[] = "mainWindow/batchHeader";
const char kDemoId[] = "demo";
const char kUrlId[] = "command-line";
const char kAllId[] = "all";
} // namespace

MainWindow::MainWindow(const StartOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_options(options)
    , m_profiles(new ProfileStore(this))
    , m_secrets(new SecretStore(QStringLiteral("Batch Console"), this))
    , m_workspace(new Workspace(this))
    , m_proxy(new BatchFilterProxy(this))
{
    ui->setupUi(this);
    setWindowIcon(Icons::appIcon());
    if (options.noKeychain)
        m_secrets->forceSessionOnly();

    m_proxy->setSourceModel(m_workspace->model());
    BatchTableView *view = ui->batchTable;
    view->setModel(m_proxy);
    view->setItemDelegateForColumn(BatchTableModel::StatusColumn, new StatusDelegate(view));
    view->setItemDelegateForColumn(BatchTableModel::ProgressColumn, new ProgressBarDelegate(view));
    view->setDefaultHidden({BatchTableModel::ConnectionColumn});
    const struct
    {
        int column;
        int width;
    } widths[] = {{BatchTableModel::IdColumn, 240},      {BatchTableModel::ProviderColumn, 80},
                  {BatchTableModel::StatusColumn, 130},  {BatchTableModel::ProgressColumn, 160},
                  {BatchTableModel::EndpointColumn, 140}, {BatchTableModel::ModelColumn, 160},
                  {BatchTableModel::CreatedColumn, 125}, {BatchTableModel::ElapsedColumn, 95},
                  {BatchTableModel::ExpiresColumn, 90}};
    for (const auto &w : widths)
        view->setColumnWidth(w.column, w.width);
    view->sortByColumn(BatchTableModel::CreatedColumn, Qt::DescendingOrder);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setSizes({1000, 380});

    QFont title = ui->welcomeTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    ui->welcomeTitle->setFont(title);
    ui->welcomeText->setMaximumWidth(560);
    ui->welcomeText->setMinimumWidth(420);
    ui->tryDemoButton->setIcon(Icons::get(QStringLiteral("demo")));
    ui->addConnectionButton->setIcon(Icons::get(QStringLiteral("connection")));

    m_logPanel = new LogPanel(m_workspace->log(), this);
    m_logDock = new QDockWidget(tr("Log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();

    m_stateLabel = new QLabel(this);
    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_keychainLabel);
    statusBar()->addPermanentWidget(m_stateLabel);
    m_notifier = new FinishNotifier(statusBar(), this);

    m_bulk = new BulkBatchAction([this](const Batch &b) { return m_workspace->backendFor(b); },
                                 [this](const Batch &b) { return m_workspace->sourceFor(b); }, m_workspace->model(), this);

    buildToolbar();
    connectActions();
    restoreSettings();
    reloadConnectionCombo();

    m_secondTick.start(1000);
    m_modelTick.start(20000);
    connect(&m_secondTick, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    connect(&m_modelTick, &QTimer::timeout, m_workspace->model(), &BatchTableModel::tick);

    // What to open first: the command line, else the last connection, else the welcome page.
    if (options.demo) {
        startDemo();
    } else if (options.url.isValid() && !options.url.isEmpty()) {
        ConnectionProfile p;
        p.id = QLatin1String(kUrlId);
        p.name = options.url.host().isEmpty() ? tr("Gateway") : options.url.host() + (options.url.port() > 0 ? QStringLiteral(":%1").arg(options.url.port()) : QString());
        p.baseUrl = options.url;
        p.providers = options.providers.isEmpty() ? QStringList{QStringLiteral("openai")} : options.providers;
        p.transient = true;
        openProfile(p);
    } else if (const ConnectionProfile *last = m_profiles->find(m_profiles->lastUsed())) {
        openProfile(*last);
    } else if (!m_profiles->profiles().isEmpty()) {
        openProfile(m_profiles->profiles().first());
    }
    showWelcomeIfEmpty();
    updateActions();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    // Results windows first (they use the connections), then the connections,
    // then the simulator they may be talking to.
    qDeleteAll(findChildren<ResultsCoordinator *>(QString(), Qt::FindDirectChildrenOnly));
    m_workspace->closeAll();
    m_demo.reset();
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

void MainWindow::buildToolbar()
{
    QToolBar *bar = ui->toolBar;
    bar->setIconSize(QSize(18, 18));
    auto *connectionLabel = new QLabel(tr("Connection:"), this);
    connectionLabel->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(connectionLabel);
    m_connectionCombo = new QComboBox(this);
    m_connectionCombo->setObjectName(QStringLiteral("connectionCombo"));
    m_connectionCombo->setMinimumWidth(180);
    m_connectionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_connectionCombo);
    auto *providerLabel = new QLabel(tr("Provider:"), this);
    providerLabel->setContentsMargins(8, 0, 4, 0);
    bar->addWidget(providerLabel);
    m_providerCombo = new QComboBox(this);
    m_providerCombo->setObjectName(QStringLiteral("providerCombo"));
    m_providerCombo->setMinimumWidth(120);
    bar->addWidget(m_providerCombo);
    bar->addSeparator();

    ui->actionRefresh->setIcon(Icons::get(QStringLiteral("refresh")));
    ui->actionCancel->setIcon(Icons::get(QStringLiteral("cancel")));
    ui->actionNewBatch->setIcon(Icons::get(QStringLiteral("new")));
    ui->actionOpenResults->setIcon(Icons::get(QStringLiteral("results")));
    ui->actionExport->setIcon(Icons::get(QStringLiteral("export")));
    ui->actionConnections->setIcon(Icons::get(QStringLiteral("connection")));
    ui->actionShowLog->setIcon(Icons::get(QStringLiteral("log")));
    ui->actionDemo->setIcon(Icons::get(QStringLiteral("demo")));
    ui->actionAbout->setIcon(Icons::get(QStringLiteral("info")));
    ui->actionCopyId->setIcon(Icons::get(QStringLiteral("copy")));
    for (QAction *a : {ui->actionRefresh, ui->actionCancel, ui->actionNewBatch, ui->actionOpenResults, ui->actionExport})
        bar->addAction(a);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(ui->actionShowLog);
    bar->addAction(ui->actionConnections);
}

void MainWindow::connectActions()
{
    connect(ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelSelected);
    connect(ui->actionDelete, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(ui->actionNewBatch, &QAction::triggered, this, &MainWindow::newBatch);
    connect(ui->actionConnections, &QAction::triggered, this, &MainWindow::showConnections);
    connect(ui->actionDemo, &QAction::triggered, this, &MainWindow::startDemo);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
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
    connect(ui->actionCopyId, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const Batch &b : selectedBatches())
            ids << b.id;
        if (!ids.isEmpty())
            QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    });
    connect(ui->actionOpenResults, &QAction::triggered, this, [this] {
        const Batch b = currentBatch();
        if (!b.id.isEmpty())
            Q_EMIT resultsRequested(b);
    });
    connect(ui->actionExport, &QAction::triggered, this, [this] {
        const Batch b = currentBatch();
        if (!b.id.isEmpty())
            Q_EMIT exportRequested(b);
    });
    connect(ui->batchTable, &QAbstractItemView::activated, ui->actionOpenResults, &QAction::trigger);
    connect(ui->batchTable, &BatchTableView::contextMenuRequestedForRows, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(ui->actionOpenResults);
        menu.addAction(ui->actionExport);
        menu.addSeparator();
        menu.addAction(ui->actionCancel);
        if (ui->actionDelete->isEnabled())
            menu.addAction(ui->actionDelete);
        menu.addAction(ui->actionCopyId);
        menu.exec(pos);
    });
    connect(ui->tryDemoButton, &QPushButton::clicked, this, &MainWindow::startDemo);
    connect(ui->addConnectionButton, &QPushButton::clicked, this, &MainWindow::showConnections);

    connect(ui->filterBar, &StatusFilterBar::categoryChanged, m_proxy, [this](StatusCategory::Kind k) {
        m_proxy->setCategory(k);
        updateActions();
    });
    connect(ui->filterBar, &StatusFilterBar::searchTextChanged, m_proxy, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCounts();
    });
    connect(m_connectionCombo, &QComboBox::activated, this, &MainWindow::onConnectionChosen);
    connect(ui->filterBar, &StatusFilterBar::connectionFilterChanged, this, [this](const QString &connection) {
        m_proxy->setConnection(connection);
        updateCounts();
    });
    connect(m_providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setProvider(m_providerCombo->currentData().toString());
        updateCounts();
    });

    BatchTableModel *model = m_workspace->model();
    connect(ui->batchTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(ui->batchTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetails);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndex current = m_proxy->mapToSource(ui->batchTable->currentIndex());
        if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row()) {
            updateDetails();
            updateActions();
        }
    });
    connect(model, &BatchTableModel::categoryCountsChanged, this, &MainWindow::updateCounts);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(model, &BatchTableModel::batchFinished, m_notifier, &FinishNotifier::notify);
    connect(m_workspace, &Workspace::stateChanged, this, &MainWindow::updateStatusBar);
    connect(m_workspace, &Workspace::stateChanged, this, &MainWindow::updateConnectionFilter);
    connect(m_workspace, &Workspace::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 30000); });
    // Every failed call shows in the status bar as well as in the log.
    connect(m_workspace->log(), &ActivityLog::entryAdded, this, [this](const ActivityLog::Entry &entry) {
        if (entry.level == ActivityLog::Level::Error)
            statusBar()->showMessage(entry.connection + QStringLiteral(": ") + entry.message, 15000);
    });
    connect(m_workspace, &Workspace::sessionsChanged, this, [this] {
        updateConnectionFilter();
        updateProviderCombo();
        showWelcomeIfEmpty();
        updateActions();
    });
    connect(m_secrets, &SecretStore::sessionOnlyChanged, this, [this](bool sessionOnly, const QString &reason) {
        m_keychainLabel->setVisible(sessionOnly);
        m_keychainLabel->setText(tr("⚠ No keychain: keys are kept for this session only"));
        m_keychainLabel->setToolTip(tr("The system keychain is not available (%1). Keys you enter are held in memory and "
                                       "forgotten when Batch Console quits; they are never written to disk.")
                                        .arg(reason));
    });

    connect(m_bulk, &BulkBatchAction::batchFailed, this, [this](const Batch &b, const ApiError &e) {
        m_workspace->log()->addError(b.connection, e);
    });
    connect(m_bulk, &BulkBatchAction::finished, this, [this](BulkBatchAction::Kind kind, const QList<BulkBatchAction::Outcome> &outcomes) {
        const bool cancel = kind == BulkBatchAction::Kind::Cancel;
        int ok = 0;
        QStringList failures;
        for (const auto &o : outcomes) {
            if (o.error.isError())
                failures << QStringLiteral("%1: %2").arg(o.batch.id, o.error.toString());
            else
                ++ok;
        }
        if (failures.isEmpty()) {
            statusBar()->showMessage(cancel ? tr("Cancelling %n batch(es).", nullptr, ok) : tr("Deleted %n batch(es).", nullptr, ok), 10000);
        } else {
            statusBar()->showMessage((cancel ? tr("%1 cancelled, %2 failed: %3") : tr("%1 deleted, %2 failed: %3"))
                                         .arg(ok)
                                         .arg(failures.size())
                                         .arg(failures.first()),
                                     20000);
            QMessageBox box(QMessageBox::Warning, cancel ? tr("Cancel") : tr("Delete"),
                            cancel ? tr("%n batch(es) could not be cancelled.", nullptr, int(failures.size()))
                                   : tr("%n batch(es) could not be deleted.", nullptr, int(failures.size())),
                            QMessageBox::Ok, this);
            box.setDetailedText(failures.join(QLatin1Char('\n')));
            box.setObjectName(QStringLiteral("cancelFailures"));
            if (!qEnvironmentVariableIsSet("BATCH_CONSOLE_NO_MODAL"))
                box.exec();
        }
        updateActions();
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: most of the screen, centred.
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(available.size() * 0.85);
            move(available.center() - rect().center());
        }
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    ui->splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    ui->batchTable->restoreState(QLatin1String(kHeaderKey));
    ui->actionShowLog->setChecked(m_logDock->isVisible());
    const bool details = settings.value(QStringLiteral("mainWindow/details"), true).toBool();
    ui->actionShowDetails->setChecked(details);
    ui->detailsPane->setVisible(details);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), ui->splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/details"), ui->actionShowDetails->isChecked());
    ui->batchTable->saveState(QLatin1String(kHeaderKey));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::reloadConnectionCombo()
{
    const QSignalBlocker block(m_connectionCombo);
    m_connectionCombo->clear();
    if (knownProfiles().size() > 1)
        m_connectionCombo->addItem(Icons::get(QStringLiteral("connection")), tr("All connections"), QLatin1String(kAllId));
    for (const ConnectionProfile &p : std::as_const(m_transient))
        m_connectionCombo->addItem(Icons::get(p.demo ? QStringLiteral("demo") : QStringLiteral("connection")), p.name, p.id);
    for (const ConnectionProfile &p : m_profiles->profiles())
        m_connectionCombo->addItem(Icons::get(QStringLiteral("connection")), p.name, p.id);
    if (m_connectionCombo->count() == 0)
        m_connectionCombo->addItem(tr("(none)"), QString());
    m_connectionCombo->insertSeparator(m_connectionCombo->count());
    m_connectionCombo->addItem(tr("Manage Connections…"), QStringLiteral("manage"));
    const int active = m_connectionCombo->findData(m_activeProfileId);
    m_connectionCombo->setCurrentIndex(qMax(0, active));
}

void MainWindow::onConnectionChosen(int index)
{
    const QString id = m_connectionCombo->itemData(index).toString();
    if (id == u"manage") {
        reloadConnectionCombo();
        showConnections();
        return;
    }
    if (id == QLatin1String(kAllId)) {
        openAll();
        return;
    }
    for (const ConnectionProfile &p : std::as_const(m_transient)) {
        if (p.id == id)
            return openProfile(p);
    }
    if (const ConnectionProfile *p = m_profiles->find(id))
        openProfile(*p);
}

QList<ConnectionProfile> MainWindow::knownProfiles() const
{
    QList<ConnectionProfile> all = m_transient;
    all += m_profiles->profiles();
    return all;
}

void MainWindow::openAll()
{
    m_activeProfileId = QLatin1String(kAllId);
    setWindowTitle(tr("All connections — Batch Console"));
    reloadConnectionCombo();
    ui->batchTable->setColumnHidden(BatchTableModel::ConnectionColumn, false);
    ui->batchTable->setColumnHidden(BatchTableModel::ProviderColumn, false);
    // Each connection keeps its own schedule; one that fails never blanks the others.
    for (const ConnectionProfile &profile : knownProfiles()) {
        if (m_workspace->session(profile.id))
            continue;
        m_secrets->read(profile.id, this, [this, profile](const ProfileSecrets &secrets) {
            if (m_activeProfileId != QLatin1String(kAllId) || m_workspace->session(profile.id))
                return;
            m_workspace->open(profile, secrets);
        });
    }
}

void MainWindow::openProfile(const ConnectionProfile &profile)
{
    if (profile.transient) {
        m_transient.removeIf([&](const ConnectionProfile &p) { return p.id == profile.id; });
        m_transient.prepend(profile);
    } else {
        m_profiles->setLastUsed(profile.id);
    }
    // One connection at a time: the table shows what the selector says.
    for (ConnectionSession *s : m_workspace->sessions()) {
        if (s->profile().id != profile.id)
            m_workspace->close(s->profile().id);
    }
    m_activeProfileId = profile.id;
    setWindowTitle(tr("%1 — Batch Console").arg(profile.name));
    reloadConnectionCombo();
    ui->batchTable->setColumnHidden(BatchTableModel::ProviderColumn, profile.providers.size() < 2);
    ui->batchTable->setColumnHidden(BatchTableModel::ConnectionColumn, true);
    if (m_workspace->session(profile.id))
        return; // already open (it was part of "All connections")
    statusBar()->showMessage(tr("Connecting to %1…").arg(profile.name), 5000);
    m_secrets->read(profile.id, this, [this, profile](const ProfileSecrets &secrets) {
        if (m_activeProfileId != profile.id)
            return;
        m_workspace->open(profile, secrets);
        m_workspace->log()->addInfo(profile.name, tr("connect"), tr("Opened %1 (%2)").arg(profile.baseUrl.toString(), profile.providers.join(QStringLiteral(", "))));
    });
}

bool MainWindow::startDemo()
{
    if (!m_demo) {
        auto host = std::make_unique<SimHost>(SimHost::demoOptions());
        QString why;
        if (!host->start(&why)) {
            QMessageBox::critical(this, tr("Demo gateway"), tr("The demo gateway could not start: %1").arg(why));
            return false;
        }
        m_demo = std::move(host);
    }
    ConnectionProfile p;
    p.id = QLatin1String(kDemoId);
    p.name = tr("Demo gateway");
    p.baseUrl = m_demo->url();
    p.providers = {QStringLiteral("openai"), QStringLiteral("anthropic")};
    p.refreshSeconds = 2;
    p.demo = true;
    p.transient = true;
    openProfile(p);
    return true;
}

void MainWindow::updateProviderCombo()
{
    const QString previous = m_providerCombo->currentData().toString();
    const QSignalBlocker block(m_providerCombo);
    m_providerCombo->clear();
    m_providerCombo->addItem(tr("All providers"), QString());
    QStringList providers;
    for (ConnectionSession *s : m_workspace->sessions())
        providers += s->providers();
    providers.removeDuplicates();
    for (const QString &p : std::as_const(providers))
        m_providerCombo->addItem(p, p);
    const int index = m_providerCombo->findData(previous);
    m_providerCombo->setCurrentIndex(qMax(0, index));
    m_providerCombo->setEnabled(providers.size() > 1);
    m_proxy->setProvider(m_providerCombo->currentData().toString());
}

void MainWindow::updateConnectionFilter()
{
    QComboBox *filter = ui->filterBar->connectionFilter();
    const QList<ConnectionSession *> sessions = m_workspace->sessions();
    const QString previous = filter->currentData().toString();
    const QSignalBlocker block(filter);
    filter->clear();
    filter->addItem(tr("All connections"), QString());
    for (ConnectionSession *s : sessions) {
        // A failing connection says so in its own entry; the others carry on.
        const QString error = s->errorText();
        if (error.isEmpty()) {
            filter->addItem(Icons::get(QStringLiteral("connection")), s->name(), s->name());
        } else {
            filter->addItem(Icons::tinted(QStringLiteral("warning"), StatusPalette::color(StatusCategory::Failed, palette())),
                            tr("%1 — offline").arg(s->name()), s->name());
            filter->setItemData(filter->count() - 1, error, Qt::ToolTipRole);
        }
    }
    filter->setCurrentIndex(qMax(0, filter->findData(previous)));
    filter->setVisible(sessions.size() > 1);
    if (sessions.size() <= 1)
        m_proxy->setConnection(QString());
}

void MainWindow::showWelcomeIfEmpty()
{
    const bool empty = m_workspace->sessions().isEmpty() && m_activeProfileId.isEmpty();
    ui->pages->setCurrentWidget(empty ? ui->welcomePage : ui->batchesPage);
}

QList<Batch> MainWindow::selectedBatches() const
{
    QList<Batch> out;
    const BatchTableModel *model = m_workspace->model();
    const auto rows = ui->batchTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            out.append(model->batchAt(source.row()));
    }
    return out;
}

Batch MainWindow::currentBatch() const
{
    const QModelIndex source = m_proxy->mapToSource(ui->batchTable->currentIndex());
    if (!source.isValid())
        return {};
    return m_workspace->model()->batchAt(source.row());
}

bool MainWindow::selectBatch(const QString &key)
{
    const int row = m_workspace->model()->rowOf(key);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_workspace->model()->index(row, 0));
    if (!index.isValid()) {
        ui->filterBar->setCategory(StatusCategory::All);
        ui->filterBar->searchField()->clear();
        index = m_proxy->mapFromSource(m_workspace->model()->index(row, 0));
    }
    if (!index.isValid())
        return false;
    ui->batchTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ui->batchTable->scrollTo(index);
    return true;
}

void MainWindow::updateActions()
{
    const QList<Batch> selected = selectedBatches();
    int cancellable = 0;
    int deletable = 0;
    for (const Batch &b : selected) {
        cancellable += m_bulk->refusal(BulkBatchAction::Kind::Cancel, b).isEmpty() ? 1 : 0;
        deletable += m_bulk->refusal(BulkBatchAction::Kind::Delete, b).isEmpty() ? 1 : 0;
    }
    const bool connected = !m_workspace->sessions().isEmpty();
    ui->actionCancel->setEnabled(cancellable > 0 && !m_bulk->busy());
    ui->actionDelete->setEnabled(deletable > 0 && !m_bulk->busy());
    ui->actionCancel->setText(cancellable > 1 ? tr("&Cancel %n Batches…", nullptr, cancellable) : tr("&Cancel Batch…"));
    const Batch current = currentBatch();
    ui->actionOpenResults->setEnabled(!current.id.isEmpty());
    ui->actionExport->setEnabled(!current.id.isEmpty() && current.status.terminal());
    ui->actionCopyId->setEnabled(!selected.isEmpty());
    ui->actionNewBatch->setEnabled(connected);
    ui->actionRefresh->setEnabled(connected);
}

void MainWindow::updateCounts()
{
    ui->filterBar->setCounts(m_proxy->categoryCounts());
}

void MainWindow::updateDetails()
{
    const Batch b = currentBatch();
    if (b.id.isEmpty())
        ui->detailsPane->clear();
    else
        ui->detailsPane->showBatch(b, m_workspace->model()->now());
    updateActions();
}

void MainWindow::updateStatusBar()
{
    QStringList parts;
    for (ConnectionSession *s : m_workspace->sessions())
        parts << s->name() + QStringLiteral(": ") + s->stateText();
    m_stateLabel->setText(parts.isEmpty() ? tr("Not connected") : parts.join(QStringLiteral("  |  ")));
}

void MainWindow::refresh()
{
    m_workspace->refreshAll();
    statusBar()->showMessage(tr("Refreshing…"), 2000);
}

bool MainWindow::confirm(const QString &title, const QString &question, const QString &action, const QList<Batch> &targets)
{
    QStringList ids;
    for (const Batch &b : targets)
        ids << QStringLiteral("• %1 (%2, %3/%4 done)").arg(b.id, StatusCategory::statusText(b.status)).arg(b.counts.processed()).arg(b.counts.total);
    const int shown = 12;
    QString list = ids.mid(0, shown).join(QLatin1Char('\n'));
    if (ids.size() > shown)
        list += QLatin1Char('\n') + tr("…and %n more", nullptr, int(ids.size() - shown));

    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelConfirmation"));
    box->setInformativeText(list);
    QPushButton *yes = box->addButton(action, QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmCancel"));
    QPushButton *keep = box->addButton(tr("Keep"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    m_confirmation = box;
    box->exec();
    const bool confirmed = box->clickedButton() == yes;
    m_confirmation = nullptr;
    box->deleteLater();
    return confirmed;
}

void MainWindow::cancelSelected()
{
    QList<Batch> targets;
    for (const Batch &b : selectedBatches()) {
        if (m_bulk->refusal(BulkBatchAction::Kind::Cancel, b).isEmpty())
            targets.append(b);
    }
    if (targets.isEmpty())
        return;
    const int n = int(targets.size());
    if (!confirm(tr("Cancel Batches"),
                 tr("Cancel %n batch(es)? Requests not yet run will not be run; finished ones keep their results.", nullptr, n),
                 tr("Cancel %n Batch(es)", nullptr, n), targets))
        return;
    statusBar()->showMessage(tr("Cancelling %n batch(es)…", nullptr, n));
    m_bulk->run(BulkBatchAction::Kind::Cancel, targets);
    updateActions();
}

void MainWindow::deleteSelected()
{
    QList<Batch> targets;
    for (const Batch &b : selectedBatches()) {
        if (m_bulk->refusal(BulkBatchAction::Kind::Delete, b).isEmpty())
            targets.append(b);
    }
    if (targets.isEmpty())
        return;
    const int n = int(targets.size());
    if (!confirm(tr("Delete Batches"),
                 tr("Delete %n batch(es) from Anthropic? Their results can no longer be downloaded afterwards.", nullptr, n),
                 tr("Delete %n Batch(es)", nullptr, n), targets))
        return;
    m_bulk->run(BulkBatchAction::Kind::Delete, targets);
    updateActions();
}

void MainWindow::newBatch()
{
    QList<NewBatchDialog::Target> targets;
    const QList<ConnectionSession *> sessions = m_workspace->sessions();
    for (ConnectionSession *s : sessions) {
        for (const QString &provider : s->providers()) {
            const QString label = sessions.size() > 1 || s->providers().size() > 1 ? s->name() + QStringLiteral(" · ") + provider : provider;
            targets.append({label, provider, s->sourceFor(provider), s->backendFor(provider)});
        }
    }
    if (targets.isEmpty())
        return;
    NewBatchDialog dialog(targets, this);
    // Where the user is looking: the current batch's connection and provider.
    const Batch current = currentBatch();
    if (!current.id.isEmpty())
        dialog.setTarget(m_workspace->sourceFor(current));
    connect(&dialog, &NewBatchDialog::created, this, [this, &dialog](const Batch &batch) {
        const NewBatchDialog::Target target = dialog.target();
        m_workspace->model()->updateBatch(target.source, batch);
        selectBatch(batch.key());
        statusBar()->showMessage(tr("Created batch %1 with %n request(s).", nullptr, int(batch.counts.total)).arg(batch.id), 10000);
        m_workspace->log()->addInfo(batch.connection, tr("create"), tr("Created %1").arg(batch.id));
    });
    dialog.exec();
}

void MainWindow::showConnections()
{
    ConnectionsDialog dialog(m_profiles, m_secrets, this);
    if (!m_activeProfileId.isEmpty())
        dialog.selectProfile(m_activeProfileId);
    connect(&dialog, &ConnectionsDialog::openRequested, this, [this](const QString &id) {
        if (const ConnectionProfile *p = m_profiles->find(id))
            openProfile(*p);
    });
    dialog.exec();
    // Reopen the active connection if it was edited, drop it if it was removed.
    if (!m_activeProfileId.isEmpty() && m_activeProfileId != QLatin1String(kDemoId) && m_activeProfileId != QLatin1String(kUrlId)
        && m_activeProfileId != QLatin1String(kAllId)) {
        const ConnectionProfile *p = m_profiles->find(m_activeProfileId);
        ConnectionSession *open = m_workspace->session(m_activeProfileId);
        if (!p) {
            m_workspace->close(m_activeProfileId);
            m_activeProfileId.clear();
        } else if (open && !(open->profile() == *p)) {
            openProfile(*p);
        }
    }
    reloadConnectionCombo();
    showWelcomeIfEmpty();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Batch Console"),
                       tr("<h3>Batch Console %1</h3>"
                          "<p>A desktop console for LLM batch jobs on OpenAI, Anthropic and the Bifrost gateway.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>")
                           .arg(QStringLiteral(BATCH_CONSOLE_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}
