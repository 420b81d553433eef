#include "ConnectionsDialog.h"

#include "ui_ConnectionsDialog.h"

#include "backend/BackendFactory.h"
#include "net/CertificateSummary.h"
#include "settings/ProfileStore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

ConnectionsDialog::ConnectionsDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConnectionsDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    ui->setupUi(this);
    ui->kindCombo->addItem(tr("Bifrost gateway"), backendKindWire(BackendKind::Bifrost));
    ui->kindCombo->addItem(tr("OpenAI (direct)"), backendKindWire(BackendKind::OpenAi));
    ui->kindCombo->addItem(tr("Anthropic (direct)"), backendKindWire(BackendKind::Anthropic));
    ui->routesCombo->addItem(tr("Native routes (/v1)"), gatewayRoutesWire(GatewayRoutes::Native));
    ui->routesCombo->addItem(tr("OpenAI-compatible routes (/openai/v1)"), gatewayRoutesWire(GatewayRoutes::OpenAi));
    connect(ui->routesCombo, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        applyKind(true);
        setDirty(true);
    });
    m_openButton = ui->buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_openButton->setToolTip(tr("Save and show this connection's batches"));
    ui->keychainNote->setText(
        m_secrets->sessionOnly() ? tr("No system keychain is available: keys are kept in memory for this session only.")
                                 : tr("Keys are stored in the system keychain, never in the settings file."));

    connect(ui->profileList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        loadProfile(ui->profileList->item(row)->data(Qt::UserRole).toString());
    });
    connect(ui->addButton, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(ui->removeButton, &QPushButton::clicked, this, &ConnectionsDialog::removeProfile);
    connect(ui->testButton, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(ui->buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (save())
            Q_EMIT openRequested(m_currentId);
        accept();
    });
    for (QLineEdit *edit : {ui->nameEdit, ui->urlEdit, ui->providersEdit, ui->apiKeyEdit, ui->virtualKeyEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(ui->headersEdit, &QPlainTextEdit::textChanged, this, [this] {
        setDirty(true);
        updateTransportWarning();
    });
    for (QLineEdit *edit : {ui->urlEdit, ui->apiKeyEdit, ui->virtualKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionsDialog::updateTransportWarning);
    setUpTlsFields();
    connect(ui->timeoutSpin, &QSpinBox::valueChanged, this, [this] { setDirty(true); });
    connect(ui->refreshSpin, &QSpinBox::valueChanged, this, [this] { setDirty(true); });

    reloadList(m_profiles->lastUsed());
    if (ui->profileList->count() == 0)
        addProfile();
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::setUpTlsFields()
{
    struct FileField
    {
        QLineEdit *edit;
        QToolButton *browse;
        QString title;
    };
    const QList<FileField> fields{
        {ui->caFileEdit, ui->caFileBrowse, tr("Choose a CA certificate file")},
        {ui->clientCertEdit, ui->clientCertBrowse, tr("Choose a client certificate file")},
        {ui->clientKeyEdit, ui->clientKeyBrowse, tr("Choose the client key file")},
    };
    for (const FileField &field : fields) {
        connect(field.edit, &QLineEdit::textChanged, this, [this] { setDirty(true); });
        field.browse->setToolTip(field.title);
        field.browse->setAccessibleName(field.title);
        QLineEdit *edit = field.edit;
        const QString title = field.title;
        connect(field.browse, &QToolButton::clicked, this, [this, edit, title] {
            auto *chooser = new QFileDialog(this, title, QFileInfo(edit->text()).absolutePath(),
                                            tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
            chooser->setObjectName(QStringLiteral("tlsFileChooser"));
            chooser->setFileMode(QFileDialog::ExistingFile);
            chooser->setAttribute(Qt::WA_DeleteOnClose);
            connect(chooser, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
            chooser->open();
        });
    }
    ui->certificatePanel->hide();
    ui->plainHttpBanner->hide();
    connect(ui->trustButton, &QPushButton::clicked, this, &ConnectionsDialog::trustOfferedCertificate);
    connect(ui->forgetPinButton, &QPushButton::clicked, this, [this] {
        m_pins.clear();
        showPins();
        setDirty(true);
    });
    showPins();
}

void ConnectionsDialog::showPins()
{
    const bool pinned = !m_pins.isEmpty();
    ui->pinnedLabel->setVisible(pinned);
    ui->pinnedValue->setVisible(pinned);
    ui->forgetPinButton->setVisible(pinned);
    if (!pinned)
        return;
    CertificateSummary pin;
    pin.sha256 = m_pins.constLast();
    const QString full = pin.displayFingerprint();
    // The whole fingerprint is 95 characters: the start and end tell certificates apart at a glance.
    ui->pinnedValue->setText(tr("%1…%2 (SHA-256)").arg(full.left(11), full.right(5)));
    ui->pinnedValue->setToolTip(full);
}

void ConnectionsDialog::offerCertificate(const ApiError &error)
{
    const CertificateSummary summary = CertificateSummary::fromPem(error.tlsCertificate);
    if (summary.isNull() || m_pins.contains(summary.sha256))
        return;
    m_offeredPin = summary.sha256;
    const QString why = error.tlsPinMismatch
                            ? tr("The server's certificate is not the one you trusted for this connection. "
                                 "Trust the new one only if its operators say it changed.")
                            : tr("No authority this connection trusts vouches for the server's certificate.");
    ui->certificateText->setText(why + QStringLiteral("\n\n") + summary.toText());
    ui->certificatePanel->show();
}

void ConnectionsDialog::trustOfferedCertificate()
{
    if (m_offeredPin.isEmpty())
        return;
    // One pin per connection: trusting a new certificate replaces the old one.
    m_pins = QStringList{std::exchange(m_offeredPin, QString())};
    ui->certificatePanel->hide();
    showPins();
    setDirty(true);
    testConnection(); // show at once that the connection now works
}

void ConnectionsDialog::updateTransportWarning()
{
    Connection probe;
    probe.baseUrl = QUrl::fromUserInput(ui->urlEdit->text().trimmed());
    probe.apiKey = ui->apiKeyEdit->text().trimmed();
    probe.virtualKey = ui->virtualKeyEdit->text().trimmed();
    probe.extraHeaders = parseHeaders(ui->headersEdit->toPlainText(), nullptr);
    const bool warn = probe.sendsSecretsInClear();
    ui->plainHttpBanner->setVisible(warn);
    if (warn)
        ui->plainHttpBanner->setText(
            tr("⚠ The key is sent unencrypted to %1. Use https:// unless this network is trusted.")
                .arg(probe.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)));
}

void ConnectionsDialog::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    ui->buttons->button(QDialogButtonBox::Save)->setEnabled(dirty || m_currentId.isEmpty());
}

BackendKind ConnectionsDialog::currentKind() const
{
    BackendKind kind = BackendKind::Bifrost;
    backendKindFromWire(ui->kindCombo->currentData().toString(), &kind);
    return kind;
}

void ConnectionsDialog::applyKind(bool changedByUser)
{
    const BackendKind kind = currentKind();
    const bool gateway = kind == BackendKind::Bifrost;
    // A direct connection speaks for one provider, with one key.
    ui->providersEdit->setEnabled(gateway);
    ui->routesCombo->setEnabled(gateway);
    ui->routesLabel->setEnabled(gateway);
    ui->virtualKeyEdit->setEnabled(gateway);
    ui->virtualKeyLabel->setEnabled(gateway);
    if (!gateway)
        ui->providersEdit->setText(kind == BackendKind::OpenAi ? QStringLiteral("openai")
                                                               : QStringLiteral("anthropic"));
    ui->apiKeyEdit->setToolTip(kind == BackendKind::Anthropic
                                   ? tr("Sent as x-api-key. Stored in the system keychain.")
                                   : tr("Sent as Authorization: Bearer. Stored in the system keychain."));
    ui->headersEdit->setPlaceholderText(kind == BackendKind::OpenAi
                                            ? tr("OpenAI-Organization: org-…\nOpenAI-Project: proj_…")
                                            : tr("Name: value (one per line)"));
    if (changedByUser) {
        // Follow the kind's usual address unless the user typed one of their own.
        const QUrl current = QUrl::fromUserInput(ui->urlEdit->text());
        const bool isADefault = ui->urlEdit->text().isEmpty()
                                || current == ConnectionProfile::defaultBaseUrl(BackendKind::Bifrost)
                                || current == ConnectionProfile::defaultBaseUrl(BackendKind::OpenAi)
                                || current == ConnectionProfile::defaultBaseUrl(BackendKind::Anthropic);
        if (isADefault)
            ui->urlEdit->setText(ConnectionProfile::defaultBaseUrl(kind).toString());
        if (gateway && ui->providersEdit->text().isEmpty())
            ui->providersEdit->setText(QStringLiteral("openai"));
    }
}

QString ConnectionsDialog::testResult() const
{
    return ui->testResult->text();
}

QString ConnectionsDialog::offeredCertificateText() const
{
    return ui->certificatePanel->isVisibleTo(this) ? ui->certificateText->text() : QString();
}

void ConnectionsDialog::selectProfile(const QString &id)
{
    for (int i = 0; i < ui->profileList->count(); ++i) {
        if (ui->profileList->item(i)->data(Qt::UserRole).toString() == id)
            ui->profileList->setCurrentRow(i);
    }
}

void ConnectionsDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker block(ui->profileList);
    ui->profileList->clear();
    int select = 0;
    for (const ConnectionProfile &p : m_profiles->profiles()) {
        if (p.transient)
            continue;
        auto *item = new QListWidgetItem(p.name, ui->profileList);
        item->setData(Qt::UserRole, p.id);
        if (p.id == selectId)
            select = ui->profileList->count() - 1;
    }
    if (ui->profileList->count() > 0) {
        ui->profileList->setCurrentRow(select);
        loadProfile(ui->profileList->item(select)->data(Qt::UserRole).toString());
    }
    ui->removeButton->setEnabled(ui->profileList->count() > 0);
}

void ConnectionsDialog::loadProfile(const QString &id)
{
    const ConnectionProfile *p = m_profiles->find(id);
    if (!p)
        return;
    m_loading = true;
    // A test result stays when the same profile is reloaded (after Save); another profile starts clean.
    if (id != m_currentId) {
        ui->testResult->clear();
        ui->certificatePanel->hide();
    }
    m_currentId = id;
    ui->nameEdit->setText(p->name);
    ui->kindCombo->setCurrentIndex(qMax(0, ui->kindCombo->findData(backendKindWire(p->kind))));
    ui->urlEdit->setText(p->baseUrl.toString());
    ui->providersEdit->setText(p->providers.join(QStringLiteral(", ")));
    ui->routesCombo->setCurrentIndex(qMax(0, ui->routesCombo->findData(gatewayRoutesWire(p->gatewayRoutes))));
    applyKind(false);
    QStringList headers;
    for (const auto &[name, value] : p->extraHeaders)
        headers << QString::fromUtf8(name + ": " + value);
    ui->headersEdit->setPlainText(headers.join(QLatin1Char('\n')));
    ui->timeoutSpin->setValue(p->timeoutSeconds);
    ui->refreshSpin->setValue(p->refreshSeconds);
    ui->caFileEdit->setText(p->tls.caFile);
    ui->clientCertEdit->setText(p->tls.clientCertFile);
    ui->clientKeyEdit->setText(p->tls.clientKeyFile);
    m_pins = p->tls.pinnedSha256;
    m_offeredPin.clear();
    ui->certificatePanel->hide();
    showPins();
    ui->apiKeyEdit->clear();
    ui->virtualKeyEdit->clear();
    m_loading = false;
    setDirty(false);
    m_secrets->read(id, this, [this, id](const ProfileSecrets &s) {
        if (m_currentId != id)
            return;
        m_loading = true;
        ui->apiKeyEdit->setText(s.apiKey);
        ui->virtualKeyEdit->setText(s.virtualKey);
        QString headers = ui->headersEdit->toPlainText();
        for (const auto &[name, value] : s.secretHeaders)
            headers += (headers.isEmpty() ? QString() : QStringLiteral("\n")) + QString::fromUtf8(name + ": " + value);
        ui->headersEdit->setPlainText(headers);
        m_loading = false;
    });
}

HeaderList ConnectionsDialog::parseHeaders(const QString &text, QStringList *errors)
{
    HeaderList headers;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
        if (name.isEmpty() || !token.match(name).hasMatch()) {
            if (errors)
                errors->append(tr("header line %1 is not \"Name: value\"").arg(i + 1));
            continue;
        }
        headers.append({name.toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return headers;
}

QStringList ConnectionsDialog::parseProviders(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toLower();
        if (!p.isEmpty() && !out.contains(p))
            out << p;
    }
    return out;
}

bool ConnectionsDialog::collect(ConnectionProfile *profile, ProfileSecrets *secrets, QString *error) const
{
    profile->id = m_currentId;
    profile->name = ui->nameEdit->text().trimmed();
    profile->kind = currentKind();
    profile->baseUrl = QUrl::fromUserInput(ui->urlEdit->text().trimmed());
    profile->providers = parseProviders(ui->providersEdit->text());
    GatewayRoutes routes = GatewayRoutes::Native;
    gatewayRoutesFromWire(ui->routesCombo->currentData().toString(), &routes);
    profile->gatewayRoutes = profile->kind == BackendKind::Bifrost ? routes : GatewayRoutes::Native;
    profile->timeoutSeconds = ui->timeoutSpin->value();
    profile->refreshSeconds = ui->refreshSpin->value();
    profile->tls.caFile = ui->caFileEdit->text().trimmed();
    profile->tls.clientCertFile = ui->clientCertEdit->text().trimmed();
    profile->tls.clientKeyFile = ui->clientKeyEdit->text().trimmed();
    profile->tls.pinnedSha256 = m_pins;
    if (profile->name.isEmpty()) {
        *error = tr("Give the connection a name.");
        return false;
    }
    // Names are for people to tell connections apart: the open demo and --url ones count too.
    for (const QString &taken : m_reservedNames) {
        if (taken.compare(profile->name, Qt::CaseInsensitive) == 0) {
            *error = tr("Another connection is already called \"%1\".").arg(profile->name);
            return false;
        }
    }
    for (const ConnectionProfile &other : m_profiles->profiles()) {
        if (other.id != m_currentId && other.name.compare(profile->name, Qt::CaseInsensitive) == 0) {
            *error = tr("Another connection is already called \"%1\".").arg(profile->name);
            return false;
        }
    }
    if (!profile->baseUrl.isValid()
        || (profile->baseUrl.scheme() != u"http" && profile->baseUrl.scheme() != u"https")) {
        *error = tr("The base URL must start with http:// or https://.");
        return false;
    }
    if (profile->providers.isEmpty()) {
        *error = tr("Name at least one provider, for example openai.");
        return false;
    }
    if (profile->tls.clientCertFile.isEmpty() != profile->tls.clientKeyFile.isEmpty()) {
        *error = tr("A client certificate needs its key file, and a key file its certificate.");
        return false;
    }
    QStringList headerErrors;
    const HeaderList headers = parseHeaders(ui->headersEdit->toPlainText(), &headerErrors);
    if (!headerErrors.isEmpty()) {
        *error = headerErrors.join(QLatin1Char('\n'));
        return false;
    }
    profile->extraHeaders.clear();
    secrets->secretHeaders.clear();
    for (const auto &h : headers) {
        // Credentials typed as extra headers go to the keychain with the keys.
        if (isSecretHeader(h.first))
            secrets->secretHeaders.append(h);
        else
            profile->extraHeaders.append(h);
    }
    secrets->apiKey = ui->apiKeyEdit->text().trimmed();
    secrets->virtualKey = profile->kind == BackendKind::Bifrost ? ui->virtualKeyEdit->text().trimmed() : QString();
    return true;
}

bool ConnectionsDialog::save()
{
    ConnectionProfile profile;
    ProfileSecrets secrets;
    QString error;
    if (!collect(&profile, &secrets, &error)) {
        // Said in the dialog itself, beside the fields: no second window to dismiss.
        ui->testResult->setText(tr("✗ Not saved: %1").arg(error));
        return false;
    }
    profile = m_profiles->save(profile);
    m_secrets->write(profile.id, secrets);
    m_currentId = profile.id;
    reloadList(profile.id);
    setDirty(false);
    return true;
}

void ConnectionsDialog::addProfile()
{
    m_loading = true;
    m_currentId.clear();
    ui->profileList->clearSelection();
    ui->nameEdit->setText(tr("New connection"));
    ui->kindCombo->setCurrentIndex(0);
    ui->urlEdit->setText(QStringLiteral("http://localhost:8080"));
    ui->providersEdit->setText(QStringLiteral("openai"));
    ui->routesCombo->setCurrentIndex(0);
    applyKind(false);
    ui->apiKeyEdit->clear();
    ui->virtualKeyEdit->clear();
    ui->headersEdit->clear();
    ui->timeoutSpin->setValue(30);
    ui->refreshSpin->setValue(5);
    ui->caFileEdit->clear();
    ui->clientCertEdit->clear();
    ui->clientKeyEdit->clear();
    m_pins.clear();
    m_offeredPin.clear();
    showPins();
    ui->certificatePanel->hide();
    ui->testResult->clear();
    m_loading = false;
    setDirty(true);
    ui->nameEdit->setFocus();
    ui->nameEdit->selectAll();
}

void ConnectionsDialog::removeProfile()
{
    if (m_currentId.isEmpty())
        return;
    const ConnectionProfile *p = m_profiles->find(m_currentId);
    if (!p)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove connection"),
                                tr("Remove \"%1\" and forget its keys?").arg(p->name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QDialog::finished, box, &QObject::deleteLater);
    const QString id = m_currentId;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes || m_currentId != id)
            return;
        m_secrets->remove(id);
        m_profiles->remove(id);
        m_currentId.clear();
        reloadList(QString());
        if (ui->profileList->count() == 0)
            addProfile();
    });
    box->open();
}

void ConnectionsDialog::testConnection()
{
    ConnectionProfile profile;
    ProfileSecrets secrets;
    QString error;
    if (!collect(&profile, &secrets, &error)) {
        ui->testResult->setText(error);
        return;
    }
    // Every provider entered, side by side: "openai ✓ 40 batches, anthropic ✗ HTTP 401 …".
    struct Probe
    {
        QString provider;
        std::shared_ptr<BatchBackend> backend;
        QString result;
    };
    auto probes = std::make_shared<QList<Probe>>();
    for (const QString &provider : std::as_const(profile.providers)) {
        Connection connection = profile.connectionFor(provider, secrets.apiKey, secrets.virtualKey);
        connection.extraHeaders += secrets.secretHeaders;
        probes->append({provider, makeBackend(connection), QString()});
    }
    auto show = [this, probes] {
        QStringList parts;
        for (const Probe &p : std::as_const(*probes))
            parts << (p.result.isEmpty() ? tr("%1 …").arg(p.provider) : p.result);
        ui->testResult->setText(parts.join(QStringLiteral(", ")));
    };
    ui->testButton->setEnabled(false);
    ui->certificatePanel->hide();
    show();
    auto pending = std::make_shared<int>(int(probes->size()));
    for (qsizetype i = 0; i < probes->size(); ++i) {
        BatchBackend *backend = probes->at(i).backend.get();
        ListQuery query;
        query.limit = backend->largestPage();
        onFinished(backend->list(query), this, [this, probes, i, pending, show](const Pending<BatchPage> &p) {
            Probe &probe = (*probes)[i];
            if (p.ok()) {
                const int n = int(p.value().batches.size());
                probe.result = p.value().hasMore ? tr("%1 ✓ more than %Ln batches", nullptr, n).arg(probe.provider)
                                                 : tr("%1 ✓ %Ln batch(es)", nullptr, n).arg(probe.provider);
            } else {
                probe.result = tr("%1 ✗ %2").arg(probe.provider, p.error().toString());
                if (p.error().kind == ApiError::Kind::Tls)
                    offerCertificate(p.error());
            }
            show();
            if (--*pending == 0) {
                ui->testButton->setEnabled(true);
                Q_EMIT testFinished();
            }
        });
    }
}
