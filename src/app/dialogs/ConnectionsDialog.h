#pragma once

#include "model/ApiError.h"
#include "secrets/SecretStore.h"
#include "settings/ConnectionProfile.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectionsDialog;
}
class ProfileStore;
class QPushButton;

// Adds, edits and removes connection profiles. Keys go to the keychain
// (SecretStore); everything else to QSettings (ProfileStore).
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionsDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    void selectProfile(const QString &id);
    // Names of connections that are not saved profiles (the demo, --url): not to be taken.
    void setReservedNames(const QStringList &names) { m_reservedNames = names; }
    QString testResult() const;
    // The certificate panel's text while it is shown (tests).
    QString offeredCertificateText() const;

    // Splits "Name: value" lines; malformed lines are reported in `errors`.
    static HeaderList parseHeaders(const QString &text, QStringList *errors);
    static QStringList parseProviders(const QString &text);

Q_SIGNALS:
    // The user wants this profile open in the main window.
    void openRequested(const QString &profileId);
    // Every provider of a Test has answered (or failed).
    void testFinished();

private:
    void reloadList(const QString &selectId);
    void loadProfile(const QString &id);
    bool collect(ConnectionProfile *profile, ProfileSecrets *secrets, QString *error) const;
    bool save();
    void addProfile();
    void removeProfile();
    void testConnection();
    void setDirty(bool dirty);
    void setUpTlsFields();
    void showPins();
    // After a refused handshake: the certificate, and the offer to trust it.
    void offerCertificate(const ApiError &error);
    void trustOfferedCertificate();
    // The banner that says a key would travel unencrypted.
    void updateTransportWarning();
    BackendKind currentKind() const;
    // Fits the form to the kind: a direct connection has one provider and no virtual key.
    void applyKind(bool changedByUser);

    std::unique_ptr<Ui::ConnectionsDialog> ui;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QString m_currentId; // empty: a new, unsaved profile
    QStringList m_reservedNames;
    QStringList m_pins;   // the profile's pinned fingerprints as edited here
    QString m_offeredPin; // the fingerprint the certificate panel offers to trust
    QPushButton *m_openButton = nullptr;
    bool m_dirty = false;
    bool m_loading = false;
};
