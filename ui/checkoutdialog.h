#pragma once

#include "app/api/jsonapi.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace keydesk {

class Workspace;

namespace api {
class ApiReply;
}

// Checks out a license file (or a machine file) for offline use: how long it stays valid, what it embeds, whether it
// is encrypted and how it is signed; then saves it or hands it to the License File Inspector. A check-out changes
// nothing in the cached license, so it goes straight through the workspace's API client.
class CheckOutDialog final : public QDialog
{
    Q_OBJECT

public:
    // `resource`: a license or a machine (type "licenses" or "machines"), as the cache holds it.
    CheckOutDialog(Workspace *workspace, const api::Resource &resource, QWidget *parent = nullptr);
    ~CheckOutDialog() override;

    // Sends the check-out with the options as the fields describe them (also the "Check out" button).
    void checkOut();
    // Asks where to save the checked-out file (FileDialog, so tests answer it) and writes it; false when cancelled
    // or when writing failed (the reason is shown).
    bool save();

    // The last checked-out file ("-----BEGIN LICENSE FILE-----…"); empty before a successful check-out.
    QByteArray certificate() const { return m_certificate; }

    // The file name offered when saving: "<key prefix or id>.lic".
    QString suggestedFileName() const;

    // The seconds the fields ask for; nullopt: no expiry.
    std::optional<qint64> ttlSeconds() const;
    // "base64+ed25519", "aes-256-gcm+ed25519" …: what the fields ask for.
    QString algorithm() const;

Q_SIGNALS:
    void checkedOut(bool ok);
    void openInInspector(const QByteArray &certificate, const QString &licenseKey);

private:
    void createWidgets();
    void updateFields();
    void showResult(api::ApiReply *reply);
    void fitContents();

    Workspace *m_workspace;
    api::Resource m_resource;
    api::Resource m_license; // the license itself, or the machine's license (for its key and policy)
    api::Resource m_policy;
    QByteArray m_certificate;
    QPointer<api::ApiReply> m_reply;

    QCheckBox *m_noTtl = nullptr;
    QSpinBox *m_ttlSpin = nullptr;
    QComboBox *m_ttlUnit = nullptr;
    QList<QCheckBox *> m_includes;
    QCheckBox *m_encrypt = nullptr;
    QComboBox *m_algorithm = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_checkOutButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_inspectorButton = nullptr;
};

} // namespace keydesk
