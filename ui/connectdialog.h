#pragma once

#include "app/profiles/connectiontest.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace keydesk {

namespace profiles {
class ProfileStore;
class SecretStore;
} // namespace profiles

// A running local sandbox the dialog can connect to ("Try the local sandbox").
struct LocalSandbox
{
    QUrl url;
    QString account;
    QString token;
};

// Creates (or edits) a connection profile: Keygen Cloud, a self-hosted server or the local sandbox; fields checked
// as they are typed; "Test connection" runs ping → account → me and says whom the token speaks for and what it may
// do; the account's public keys are shown as fingerprints to confirm before they are pinned, and a change of keys
// is a loud warning. Saving stores the profile (QSettings) and the token (OS keychain).
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    using SandboxProvider = std::function<std::optional<LocalSandbox>(QString *error)>;

    ConnectDialog(profiles::ProfileStore &store, profiles::SecretStore &secrets, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Offers "Try the local sandbox" (the application starts one on demand).
    void setSandboxProvider(SandboxProvider provider);
    // Edits an existing profile (the token is read from the keychain by the caller).
    void setProfile(const profiles::Profile &profile, const QString &token);

    // The profile as the fields describe it now.
    profiles::Profile profile() const;

    // The profile that was saved (after accept()).
    const profiles::Profile &savedProfile() const { return m_saved; }

    // Runs the connection test (also the "Test connection" button).
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void createWidgets();
    void serverChanged();
    void fieldsChanged();
    void showReport(const profiles::ConnectionReport &report);
    void updateButtons();
    void save();

    profiles::ProfileStore &m_store;
    profiles::SecretStore &m_secrets;
    profiles::ConnectionTest m_test;
    SandboxProvider m_sandboxProvider;
    std::optional<profiles::ConnectionReport> m_report; // of the current fields
    profiles::Profile m_original;                       // when editing: the profile as it was (pinned keys)
    profiles::Profile m_saved;
    bool m_saving = false;

    QRadioButton *m_cloud = nullptr;
    QRadioButton *m_selfHosted = nullptr;
    QRadioButton *m_sandbox = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_environment = nullptr;
    QLineEdit *m_token = nullptr;
    QComboBox *m_signatureMode = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QLabel *m_validation = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_reportLabel = nullptr;
    QLabel *m_fingerprint = nullptr;
    QCheckBox *m_trust = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace keydesk
