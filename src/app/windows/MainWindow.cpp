#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "Version.h"
#include "actions/BatchActions.h"
#include "dialogs/ConnectionsDialog.h"
#include "dialogs/NewBatchDialog.h"
#include "format/TimeText.h"
#include "log/ActivityLog.h"
#include "itemmodels/BatchFilterProxy.h"
#include "itemmodels/BatchTableModel.h"
#include "secrets/SecretStore.h"
#include "session/ConnectionSession.h"
#include "session/Workspace.h"
#include "settings/ProfileStore.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FinishNotifier.h"
#include "widgets/Icons.h"
#include "widgets/LogPanel.h"
#include "widgets/StatusMessage.h"
#include "widgets/StatusPalette.h"
#include "widgets/ToolBarFitter.h"
#include "windows/ResultsCoordinator.h"
#include "delegates/BatchItemDelegate.h"
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
// v2: the Elapsed / ETA column became two columns.
const char kHeaderKey[] = "mainWindow/batchHeader/v2";
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
    view->setItemDelegate(new BatchItemDelegate(view));
    view->setItemDelegateForColumn(BatchTableModel::StatusColumn, new StatusDelegate(view));
    view->setItemDelegateForColumn(BatchTableModel::ProgressColumn, new ProgressBarDelegate(view));
    view->setDefaultHidden({BatchTableModel::ConnectionColumn});
    const struct
    {
        int column;
        int width;
    } widths[] = {{BatchTableModel::IdColumn, 240},      {BatchTableModel::ProviderColumn, 80},
                  {BatchTableModel::StatusColumn, 150},  {BatchTableModel::ProgressColumn, 160},
                  {BatchTableModel::EndpointColumn, 140}, {BatchTableModel::ModelColumn, 160},
                  {BatchTableModel::CreatedColumn, 135}, {BatchTableModel::ElapsedColumn, 80},
                  {BatchTableModel::EtaColumn, 80},      {BatchTableModel::ExpiresColumn, 90}};
    for (const auto &w : widths)
        view->setColumnWidth(w.column, w.width);
    // Dates are as wide as the locale writes them (a wide day and month, four-digit year).
    const qint64 wideDate = QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)).toSecsSinceEpoch();
    view->setColumnWidth(BatchTableModel::CreatedColumn, view->fontMetrics().horizontalAdvance(TimeText::localDateTime(wideDate)) + 18);
    view->sortByColumn(BatchTableModel::CreatedColumn, Qt::DescendingOrder);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setSizes({1000, 380});

    QFont title = ui->welcomeTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    ui->welcomeTitle->setFont(title);
    ui->welcomeText->setMaximumWidth(560);
    // A width-limited label sits at the left of its row unless told otherwise.
    ui->welcomeLayout->setAlignment(ui->welcomeText, Qt::AlignHCenter);
    ui->tryDemoButton->setIcon(Icons::get(QStringLiteral("demo")));
    ui->addConnectionButton->setIcon(Icons::get(QStringLiteral("connection")));

    m_logPanel = new LogPanel(m_workspace->log(), this);
    m_logDock = new QDockWidget(tr("Log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();

    buildStatusBar();
    m_notifier = new FinishNotifier(m_message, this);
    m_actions = new BatchActions(m_workspace, this);

    buildToolbar();
    connectActions();
    restoreSettings();
    reloadConnectionCombo();

    m_secondTick.start(kSecondMs);
    m_tableTick.start(kTableTickMs);
    connect(&m_secondTick, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    connect(&m_secondTick, &QTimer::timeout, this, &MainWindow::tickDetails);
    connect(&m_tableTick, &QTimer::timeout, m_workspace->model(), &BatchTableModel::tick);

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
    updatePlaceholder();
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

QString MainWindow::connectionStateText() const
{
    return m_stateLabel->text();
}

void MainWindow::buildStatusBar()
{
    // Both parts elide instead of asking for width: the status bar never widens the window.
    m_message = new StatusMessage(this);
    m_stateLabel = new ElidedLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    m_stateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
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
    m_connectionCombo = new QComboBox(this);
    m_connectionCombo->setObjectName(QStringLiteral("connectionCombo"));
    m_connectionCombo->setToolTip(tr("The connection whose batches are shown"));
    m_connectionCombo->setMinimumWidth(150);
    m_connectionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_connectionCombo);
    auto *providerLabel = new QLabel(tr("Provider:"), this);
    providerLabel->setContentsMargins(8, 0, 4, 0);
    QAction *providerLabelAction = bar->addWidget(providerLabel);
    m_providerCombo = new QComboBox(this);
    m_providerCombo->setObjectName(QStringLiteral("providerCombo"));
    m_providerCombo->setToolTip(tr("Show the batches of one provider"));
    m_providerCombo->setMinimumWidth(110);
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
    // The batch actions only: Log and Connections live in the menus (and the
    // connection selector), so the toolbar fits at 1024 px in any language.
    for (QAction *a : {ui->actionRefresh, ui->actionCancel, ui->actionNewBatch, ui->actionOpenResults, ui->actionExport})
        bar->addAction(a);
    m_toolbarFitter = new ToolBarFitter(bar, {connectionLabelAction, providerLabelAction});
    // Disabled actions say why in the menus too.
    for (QMenu *menu : {ui->menuFile, ui->menuBatch, ui->menuView, ui->menuHelp})
        menu->setToolTipsVisible(true);
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
        menu.setToolTipsVisible(true);
        menu.addAction(ui->actionOpenResults);
        menu.addAction(ui->actionExport);
        menu.addSeparator();
        menu.addAction(ui->actionCancel);
        menu.addAction(ui->actionDelete);
        menu.addAction(ui->actionCopyId);
        menu.exec(pos);
    });
    connect(ui->tryDemoButton, &QPushButton::clicked, this, &MainWindow::startDemo);
    connect(ui->addConnectionButton, &QPushButton::clicked, this, &MainWindow::showConnections);

    connect(ui->filterBar, &StatusFilterBar::categoriesChanged, m_proxy, [this](StatusCategory::Mask categories) {
        m_proxy->setCategories(categories);
        updatePlaceholder();
        updateActions();
    });
    connect(ui->filterBar, &StatusFilterBar::searchTextChanged, m_proxy, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCounts();
        updatePlaceholder();
    });
    connect(m_connectionCombo, &QComboBox::activated, this, &MainWindow::onConnectionChosen);
    connect(ui->filterBar, &StatusFilterBar::connectionFilterChanged, this, [this](const QString &sourceId) {
        m_proxy->setSource(sourceId);
        updateCounts();
    });
    connect(m_providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setProvider(m_providerCombo->currentData().toString());
        updateCounts();
    });
    connect(ui->detailsPane, &BatchDetailsPane::retryRequested, this, [this] {
        if (ConnectionSession *s = m_workspace->sessionFor(currentBatch()))
            s->refreshNow();
        m_message->showMessage(tr("Retrying…"), kShortMessageMs);
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
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePlaceholder);
    connect(m_workspace, &Workspace::stateChanged, this, &MainWindow::updateStatusBar);
    connect(m_workspace, &Workspace::stateChanged, this, &MainWindow::updateConnectionFilter);
    connect(m_workspace, &Workspace::stateChanged, this, [this] {
        updateDetails();
        updatePlaceholder();
        // "Connecting to …" has done its job once the connection answers.
        if (!m_connectingText.isEmpty() && m_message->currentMessage() == m_connectingText) {
            for (ConnectionSession *s : m_workspace->sessions()) {
                if (s->lastSuccess().isValid() || s->offline()) {
                    m_message->clearMessage();
                    m_connectingText.clear();
                    break;
                }
            }
        }
    });
    connect(m_workspace, &Workspace::notice, this, [this](const QString &text) { m_message->showMessage(text, kNoticeMs); });
    // Every failed call shows in the status bar as well as in the log.
    connect(m_workspace->log(), &ActivityLog::entryAdded, this, [this](const ActivityLog::Entry &entry) {
        if (entry.level == ActivityLog::Level::Error)
            m_message->showMessage(tr("%1: %2").arg(entry.connection, entry.message), kErrorMessageMs);
    });
    connect(m_workspace, &Workspace::sessionsChanged, this, [this] {
        updateConnectionFilter();
        updateProviderCombo();
        showWelcomeIfEmpty();
        updateActions();
        updatePlaceholder();
    });
    connect(m_secrets, &SecretStore::sessionOnlyChanged, this, [this](bool sessionOnly, const QString &reason) {
        // Said once; the Connections dialog and the About box keep saying it.
        if (sessionOnly && m_keychainProblem.isEmpty())
            m_message->showMessage(tr("No system keychain: keys you enter are kept for this session only."), kNoticeMs);
        m_keychainProblem = sessionOnly ? reason : QString();
    });

    connect(m_actions, &BatchActions::started, this, [this](BatchActions::Kind kind, int n) {
        m_message->showMessage(kind == BatchActions::Kind::Cancel ? tr("Stopping %Ln batch(es)…", nullptr, n)
                                                                  : tr("Deleting %Ln batch(es)…", nullptr, n));
    });
    connect(m_actions, &BatchActions::finished, this, [this](BatchActions::Kind kind, int ok, const QStringList &failures) {
        const bool cancel = kind == BatchActions::Kind::Cancel;
        if (failures.isEmpty()) {
            m_message->showMessage(cancel ? tr("Stopping %Ln batch(es).", nullptr, ok) : tr("Deleted %Ln batch(es).", nullptr, ok),
                                   kMessageMs);
        } else {
            const QLocale l;
            m_message->showMessage((cancel ? tr("%1 stopping, %2 failed: %3") : tr("%1 deleted, %2 failed: %3"))
                                       .arg(l.toString(ok), l.toString(failures.size()), failures.first()),
                                   kErrorMessageMs);
        }
        updateActions();
    });
    connect(m_actions, &BatchActions::busyChanged, this, &MainWindow::updateActions);
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
    m_connectingText = tr("Connecting to %1…").arg(profile.name);
    m_message->showMessage(m_connectingText);
    m_secrets->read(profile.id, this, [this, profile](const ProfileSecrets &secrets) {
        if (m_activeProfileId != profile.id)
            return;
        m_workspace->open(profile, secrets);
        m_workspace->log()->addInfo(profile.name, QStringLiteral("connect"), tr("Opened %1 (%2)").arg(profile.baseUrl.toString(), profile.providers.join(QStringLiteral(", "))));
    });
}

bool MainWindow::startDemo()
{
    if (!m_demo) {
        auto host = std::make_unique<SimHost>(SimHost::demoOptions());
        QString why;
        if (!host->start(&why)) {
            auto *box = new QMessageBox(QMessageBox::Critical, tr("Demo gateway"), tr("The demo gateway could not start: %1").arg(why),
                                        QMessageBox::Ok, this);
            connect(box, &QDialog::finished, box, &QObject::deleteLater);
            box->open();
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
            filter->addItem(Icons::get(QStringLiteral("connection")), s->name(), s->profile().id);
        } else {
            filter->addItem(Icons::tinted(QStringLiteral("warning"), StatusPalette::color(StatusCategory::Failed, palette())),
                            tr("%1 — offline").arg(s->name()), s->profile().id);
            filter->setItemData(filter->count() - 1, error, Qt::ToolTipRole);
        }
    }
    filter->setCurrentIndex(qMax(0, filter->findData(previous)));
    filter->setVisible(sessions.size() > 1);
    if (sessions.size() <= 1)
        m_proxy->setSource(QString());
}

void MainWindow::showWelcomeIfEmpty()
{
    const bool empty = m_workspace->sessions().isEmpty() && m_activeProfileId.isEmpty();
    ui->pages->setCurrentWidget(empty ? ui->welcomePage : ui->batchesPage);
}

void MainWindow::updatePlaceholder()
{
    QString text;
    if (m_proxy->rowCount() == 0 && !m_workspace->sessions().isEmpty()) {
        bool loading = false;
        for (ConnectionSession *s : m_workspace->sessions())
            loading |= !s->lastSuccess().isValid() && !s->offline();
        if (loading)
            text = tr("Loading batches…");
        else if (!m_proxy->searchText().isEmpty())
            text = tr("No batches match \"%1\"").arg(m_proxy->searchText());
        else
            text = StatusCategory::emptyText(m_proxy->categories());
    }
    ui->batchTable->setPlaceholderText(text);
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
        ui->filterBar->setCategories(StatusCategory::bit(StatusCategory::All));
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
    const int cancellable = m_actions->applicable(BatchActions::Kind::Cancel, selected);
    const int deletable = m_actions->applicable(BatchActions::Kind::Delete, selected);
    const bool connected = !m_workspace->sessions().isEmpty();
    ui->actionCancel->setEnabled(cancellable > 0 && !m_actions->busy());
    ui->actionDelete->setEnabled(deletable > 0 && !m_actions->busy());
    ui->actionCancel->setText(cancellable > 1 ? tr("&Cancel %Ln Batches…", nullptr, cancellable) : tr("&Cancel Batch…"));
    // A greyed-out action says why.
    QString deleteTip = tr("Delete the selected ended batches (Anthropic only, Shift+Del)");
    if (deletable == 0 && !selected.isEmpty())
        deleteTip = tr("Cannot delete: %1").arg(m_actions->refusal(BatchActions::Kind::Delete, selected.first()));
    ui->actionDelete->setToolTip(deleteTip);
    QString cancelTip = tr("Cancel the selected batches (Del)");
    if (cancellable == 0 && !selected.isEmpty())
        cancelTip = tr("Cannot cancel: %1").arg(m_actions->refusal(BatchActions::Kind::Cancel, selected.first()));
    ui->actionCancel->setToolTip(cancelTip);
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
    const QModelIndex source = m_proxy->mapToSource(ui->batchTable->currentIndex());
    if (!source.isValid()) {
        ui->detailsPane->clear();
        updateActions();
        return;
    }
    const BatchTableModel *model = m_workspace->model();
    const Batch &b = model->batchAt(source.row());
    ui->detailsPane->showBatch(b, model->now(), model->etaSeconds(source.row()));
    const ConnectionSession *session = m_workspace->sessionFor(b);
    ui->detailsPane->setOffline(model->isStale(source.row()) && session ? session->offlineSince() : QDateTime());
    updateActions();
}

void MainWindow::tickDetails()
{
    if (!ui->detailsPane->isVisible())
        return;
    const QModelIndex source = m_proxy->mapToSource(ui->batchTable->currentIndex());
    if (source.isValid())
        ui->detailsPane->updateTimes(m_workspace->model()->now(), m_workspace->model()->etaSeconds(source.row()));
}

void MainWindow::updateStatusBar()
{
    QStringList parts;
    const bool several = m_workspace->sessions().size() > 1;
    for (ConnectionSession *s : m_workspace->sessions())
        parts << (several || s->providers().size() > 1 ? tr("%1: %2").arg(s->name(), s->stateText()) : s->stateText());
    m_stateLabel->setText(parts.isEmpty() ? tr("Not connected") : parts.join(QStringLiteral("  |  ")));
}

void MainWindow::refresh()
{
    m_workspace->refreshAll();
    m_message->showMessage(tr("Refreshing…"), kShortMessageMs / 2);
}

void MainWindow::cancelSelected()
{
    m_actions->request(BatchActions::Kind::Cancel, selectedBatches());
}

void MainWindow::deleteSelected()
{
    m_actions->request(BatchActions::Kind::Delete, selectedBatches());
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
    auto *dialog = new NewBatchDialog(targets, this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    // Where the user is looking: the current batch's connection and provider.
    const Batch current = currentBatch();
    if (!current.id.isEmpty())
        dialog->setTarget(m_workspace->sourceFor(current));
    connect(dialog, &NewBatchDialog::created, this, [this, dialog](const Batch &batch) {
        const NewBatchDialog::Target target = dialog->target();
        m_workspace->model()->updateBatch(target.source, batch);
        selectBatch(batch.key());
        m_message->showMessage(tr("Created batch %1 with %Ln request(s).", nullptr, int(batch.counts.total)).arg(batch.id), kMessageMs);
        m_workspace->log()->addInfo(batch.connection, QStringLiteral("create"), tr("Created %1").arg(batch.id));
    });
    dialog->open();
}

void MainWindow::showConnections()
{
    auto *dialog = new ConnectionsDialog(m_profiles, m_secrets, this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    QStringList transientNames;
    for (const ConnectionProfile &p : std::as_const(m_transient))
        transientNames << p.name;
    dialog->setReservedNames(transientNames);
    if (!m_activeProfileId.isEmpty())
        dialog->selectProfile(m_activeProfileId);
    connect(dialog, &ConnectionsDialog::openRequested, this, [this](const QString &id) {
        if (const ConnectionProfile *p = m_profiles->find(id))
            openProfile(*p);
    });
    connect(dialog, &QDialog::finished, this, [this] {
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
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QString text = tr("<h3>Batch Console %1</h3>"
                      "<p>A desktop console for LLM batch jobs on OpenAI, Anthropic and the Bifrost gateway.</p>"
                      "<p>Built with Qt %2, running on Qt %3.</p>")
                       .arg(QStringLiteral(BATCH_CONSOLE_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    if (m_secrets->sessionOnly())
        text += tr("<p><b>No system keychain:</b> keys you enter are kept in memory for this session only and are never "
                   "written to disk.</p>");
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Batch Console"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(Icons::appIcon().pixmap(64, 64));
    connect(box, &QDialog::finished, box, &QObject::deleteLater);
    box->open();
}
