#pragma once

#include "app/api/jsonapi.h"

#include <QPointer>
#include <QTimer>
#include <QWizard>

#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace keydesk {

class CheckOutDialog;
class Workspace;

namespace api {
class ApiError;
}

// Sells a license in six steps: product, policy (explained in plain words), customer (found, new or none),
// details (name, expiry, limits, entitlements, metadata), a review, and the key ready to copy, mail or check out.
// Everything goes through the workspace's Mutations, so the cache holds the new user and license at once.
class NewLicenseWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        ProductPage,
        PolicyPage,
        CustomerPage,
        DetailsPage,
        ReviewPage,
        DonePage,
    };

    explicit NewLicenseWizard(Workspace *workspace, QWidget *parent = nullptr);
    ~NewLicenseWizard() override;

    // After the Create step: the new license (null before).
    const api::Resource &createdLicense() const { return m_license; }

    // The message for the customer on the Done page ("Copy email text"): the key and how to activate it.
    QString customerEmailText() const;

    // The check-out dialog opened from the Done page (null until then).
    CheckOutDialog *checkOutDialog() const;

Q_SIGNALS:
    void licenseCreated(const QString &id);
    // Relayed from the check-out dialog: the main window opens the License File Inspector on it.
    void openInInspector(const QByteArray &certificate, const QString &licenseKey);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    enum class Customer {
        Existing,
        New,
        None,
    };

    QWizardPage *createProductPage();
    QWizardPage *createPolicyPage();
    QWizardPage *createCustomerPage();
    QWizardPage *createDetailsPage();
    QWizardPage *createReviewPage();
    QWizardPage *createDonePage();

    void filterProducts();
    void loadPolicies();
    void policyChanged();
    void loadInheritedEntitlements();
    void searchCustomers();
    void customerModeChanged();
    void validateNewUser();
    void loadDetails();
    void updateExpiry();
    void validateDetails();
    void addMetadataRow(const QString &key = {}, const QString &value = {});
    QString reviewHtml() const;

    // Creating: the user (once), the license (once), then the entitlements; a failed step keeps what was done.
    void create();
    void createUser();
    void createLicense();
    void attachEntitlements();
    void fail(const QString &step, const api::ApiError &error);
    void setBusy(bool busy);
    void finishCreate();

    void copyKey();
    void copyEmail();
    void openCheckOut();

    std::optional<api::Resource> selectedProduct() const;
    std::optional<api::Resource> selectedPolicy() const;
    std::optional<api::Resource> selectedUser() const;
    Customer customerMode() const;
    QJsonObject metadata() const;
    QList<api::ResourceIdentifier> chosenEntitlements() const;
    std::optional<QDateTime> chosenExpiry() const; // nullopt: leave it to the policy

    Workspace *m_workspace;
    bool m_canCreate = true;
    bool m_busy = false;
    QStringList m_inheritedEntitlements; // ids the chosen policy gives every license
    QString m_inheritedFor;              // the policy they were read for
    std::optional<QDateTime> m_defaultExpiry;
    QString m_detailsFor;        // the policy the details page was filled for
    api::Resource m_createdUser; // a user this wizard created, reused on retry
    api::Resource m_license;     // the created license
    bool m_entitlementsAttached = false;
    QTimer m_searchTimer;
    QPointer<CheckOutDialog> m_checkOut;

    QLineEdit *m_productSearch = nullptr;
    QListWidget *m_productList = nullptr;
    QListWidget *m_policyList = nullptr;
    QLabel *m_policySummary = nullptr;
    QRadioButton *m_existingUser = nullptr;
    QRadioButton *m_newUser = nullptr;
    QRadioButton *m_noOwner = nullptr;
    QLineEdit *m_customerSearch = nullptr;
    QListWidget *m_customerList = nullptr;
    QLineEdit *m_newUserEmail = nullptr;
    QLineEdit *m_newUserFirstName = nullptr;
    QLineEdit *m_newUserLastName = nullptr;
    QLabel *m_newUserValidation = nullptr;
    QLineEdit *m_licenseName = nullptr;
    QDateTimeEdit *m_expiryEdit = nullptr;
    QCheckBox *m_noExpiry = nullptr;
    QLabel *m_expiryNote = nullptr;
    QSpinBox *m_maxMachines = nullptr;
    QSpinBox *m_maxUses = nullptr;
    QSpinBox *m_maxCores = nullptr;
    QSpinBox *m_maxUsers = nullptr;
    QListWidget *m_entitlementList = nullptr;
    QTableWidget *m_metadataTable = nullptr;
    QLabel *m_detailsValidation = nullptr;
    QLabel *m_reviewText = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_doneText = nullptr;
    QLineEdit *m_createdKey = nullptr;
    QPushButton *m_copyKey = nullptr;
    QPushButton *m_checkOutButton = nullptr;
    QPushButton *m_copyEmail = nullptr;
    QLabel *m_copiedLabel = nullptr;
};

} // namespace keydesk
