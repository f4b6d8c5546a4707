#include "ui/newlicensewizard.h"

#include "app/api/requests.h"
#include "models/workspace.h"
#include "ui/checkoutdialog.h"
#include "ui/command.h"
#include "ui/policysummary.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace keydesk {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;

// A wizard page whose completeness the wizard decides (the pages share the wizard's state).
class WizardStep final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    std::function<bool()> complete;

    bool isComplete() const override { return complete ? complete() : true; }

    void refresh() { Q_EMIT completeChanged(); }
};

// Tells the wizard that a page's completeness may have changed (pages are built before they are added).
void refresh(QWizard *wizard, int id)
{
    if (auto *page = static_cast<WizardStep *>(wizard->page(id))) {
        page->refresh();
    }
}

QString selectedId(const QListWidget *list)
{
    const QListWidgetItem *item = list->currentItem();
    return item && !item->isHidden() && item->isSelected() ? item->data(IdRole).toString() : QString();
}

// "Jane Doe <jane@example.com>", or the email alone.
QString describeUser(const api::Resource &user)
{
    const QString name = user.stringAttribute(QStringLiteral("fullName")).trimmed();
    const QString email = user.stringAttribute(QStringLiteral("email"));
    return name.isEmpty() ? email : QStringLiteral("%1 <%2>").arg(name, email);
}

QString keygenTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool isEmail(const QString &text)
{
    // What a mail server accepts in practice: something, @, a domain with a dot, no spaces.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return pattern.match(text).hasMatch();
}

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *errorLabel(QWidget *parent)
{
    QLabel *label = wrappingLabel(parent, QStringLiteral("errorLabel"));
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    return label;
}

} // namespace

NewLicenseWizard::NewLicenseWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("newLicenseWizard"));
    setWindowTitle(tr("New License"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(760, 560);

    QString reason;
    m_canCreate = mayChangeServer(workspace, &reason);
    if (!m_canCreate) {
        // Nothing to fill in: say why, once, instead of letting the user do the work for nothing.
        auto *page = new WizardStep(this);
        page->setTitle(tr("Licenses cannot be created here"));
        QLabel *label = errorLabel(page);
        label->setText(reason);
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(label);
        layout->addStretch(1);
        page->complete = [] {
            return false;
        };
        setPage(ProductPage, page);
        return;
    }

    setPage(ProductPage, createProductPage());
    setPage(PolicyPage, createPolicyPage());
    setPage(CustomerPage, createCustomerPage());
    setPage(DetailsPage, createDetailsPage());
    setPage(ReviewPage, createReviewPage());
    setPage(DonePage, createDonePage());
    setButtonText(QWizard::CommitButton, tr("&Create"));
    setButtonText(QWizard::FinishButton, tr("&Close"));

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150); // search as typed, but not once per key of a fast typist
    connect(&m_searchTimer, &QTimer::timeout, this, &NewLicenseWizard::searchCustomers);
    filterProducts();
}

NewLicenseWizard::~NewLicenseWizard() = default;

// ---- Pages --------------------------------------------------------------------------------------------------------

QWizardPage *NewLicenseWizard::createProductPage()
{
    auto *page = new WizardStep(this);
    page->setObjectName(QStringLiteral("productPage"));
    page->setTitle(tr("Product"));
    page->setSubTitle(tr("Which product is the customer buying?"));
    m_productSearch = new QLineEdit(page);
    m_productSearch->setObjectName(QStringLiteral("productSearch"));
    m_productSearch->setPlaceholderText(tr("Filter products by name or code"));
    m_productSearch->setClearButtonEnabled(true);
    m_productList = new QListWidget(page);
    m_productList->setObjectName(QStringLiteral("productList"));

    const QList<api::Resource> products = m_workspace->cache()->resources(
        cache::Query(QStringLiteral("products"), {}, QStringLiteral("name"), Qt::AscendingOrder, 0, 10000));
    for (const api::Resource &product : products) {
        const QString name = product.stringAttribute(QStringLiteral("name"));
        const QString code = product.stringAttribute(QStringLiteral("code"));
        auto *item = new QListWidgetItem(code.isEmpty() ? name : tr("%1 (%2)").arg(name, code), m_productList);
        item->setData(IdRole, product.id());
        item->setData(NameRole, name);
    }
    auto *empty = new QLabel(page);
    empty->setObjectName(QStringLiteral("noProductsLabel"));
    empty->setWordWrap(true);
    empty->setText(tr("The local copy of the account has no products yet. Synchronize first, or create a product."));
    empty->setVisible(products.isEmpty());

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_productSearch);
    layout->addWidget(m_productList, 1);
    layout->addWidget(empty);

    page->complete = [this] {
        return !selectedId(m_productList).isEmpty();
    };
    connect(m_productSearch, &QLineEdit::textChanged, this, &NewLicenseWizard::filterProducts);
    connect(m_productList, &QListWidget::itemSelectionChanged, page, &WizardStep::refresh);
    connect(m_productList, &QListWidget::itemDoubleClicked, this, &QWizard::next);
    return page;
}

QWizardPage *NewLicenseWizard::createPolicyPage()
{
    auto *page = new WizardStep(this);
    page->setObjectName(QStringLiteral("policyPage"));
    page->setTitle(tr("Policy"));
    page->setSubTitle(tr("The policy decides how long the license lasts, on how many machines it runs, and more."));
    m_policyList = new QListWidget(page);
    m_policyList->setObjectName(QStringLiteral("policyList"));
    m_policySummary = new QLabel(page);
    m_policySummary->setObjectName(QStringLiteral("policySummary"));
    m_policySummary->setWordWrap(true);
    m_policySummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_policySummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_policySummary->setMargin(8);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(m_policySummary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    auto *layout = new QHBoxLayout(page);
    layout->addWidget(m_policyList, 2);
    layout->addWidget(scroll, 3);

    page->complete = [this] {
        return !selectedId(m_policyList).isEmpty();
    };
    connect(m_policyList, &QListWidget::itemSelectionChanged, this, &NewLicenseWizard::policyChanged);
    connect(m_policyList, &QListWidget::itemSelectionChanged, page, &WizardStep::refresh);
    connect(m_policyList, &QListWidget::itemDoubleClicked, this, &QWizard::next);
    return page;
}

QWizardPage *NewLicenseWizard::createCustomerPage()
{
    auto *page = new WizardStep(this);
    page->setObjectName(QStringLiteral("customerPage"));
    page->setTitle(tr("Customer"));
    page->setSubTitle(tr("Who owns the license? The owner can sign in to manage its machines."));

    m_existingUser = new QRadioButton(tr("&Find a customer"), page);
    m_existingUser->setObjectName(QStringLiteral("existingUserRadio"));
    m_existingUser->setChecked(true);
    m_customerSearch = new QLineEdit(page);
    m_customerSearch->setObjectName(QStringLiteral("customerSearch"));
    m_customerSearch->setPlaceholderText(tr("Search by email or name"));
    m_customerSearch->setClearButtonEnabled(true);
    m_customerList = new QListWidget(page);
    m_customerList->setObjectName(QStringLiteral("customerList"));

    m_newUser = new QRadioButton(tr("Create a &new customer"), page);
    m_newUser->setObjectName(QStringLiteral("newUserRadio"));
    m_newUserEmail = new QLineEdit(page);
    m_newUserEmail->setObjectName(QStringLiteral("newUserEmail"));
    m_newUserEmail->setPlaceholderText(QStringLiteral("name@example.com"));
    m_newUserFirstName = new QLineEdit(page);
    m_newUserFirstName->setObjectName(QStringLiteral("newUserFirstName"));
    m_newUserLastName = new QLineEdit(page);
    m_newUserLastName->setObjectName(QStringLiteral("newUserLastName"));
    m_newUserValidation = new QLabel(page);
    m_newUserValidation->setObjectName(QStringLiteral("newUserValidation"));
    m_newUserValidation->setWordWrap(true);
    m_newUserValidation->setStyleSheet(QStringLiteral("color: palette(link);"));
    auto *newForm = new QFormLayout;
    newForm->setContentsMargins(24, 0, 0, 0);
    newForm->addRow(tr("&Email:"), m_newUserEmail);
    newForm->addRow(tr("F&irst name:"), m_newUserFirstName);
    newForm->addRow(tr("&Last name:"), m_newUserLastName);
    newForm->addRow(QString(), m_newUserValidation);

    m_noOwner = new QRadioButton(tr("N&o owner (the key alone unlocks the software)"), page);
    m_noOwner->setObjectName(QStringLiteral("noOwnerRadio"));

    auto *existing = new QVBoxLayout;
    existing->setContentsMargins(24, 0, 0, 0);
    existing->addWidget(m_customerSearch);
    existing->addWidget(m_customerList, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_existingUser);
    layout->addLayout(existing, 1);
    layout->addWidget(m_newUser);
    layout->addLayout(newForm);
    layout->addWidget(m_noOwner);

    page->complete = [this] {
        switch (customerMode()) {
        case Customer::Existing:
            return !selectedId(m_customerList).isEmpty();
        case Customer::New:
            return m_newUserValidation->text().isEmpty();
        case Customer::None:
            return true;
        }
        return false;
    };
    for (QRadioButton *radio : {m_existingUser, m_newUser, m_noOwner}) {
        connect(radio, &QRadioButton::toggled, this, &NewLicenseWizard::customerModeChanged);
    }
    connect(m_customerSearch, &QLineEdit::textChanged, this, [this] {
        m_existingUser->setChecked(true);
        m_searchTimer.start();
    });
    connect(m_customerList, &QListWidget::itemSelectionChanged, this, [this] {
        if (!selectedId(m_customerList).isEmpty()) {
            m_existingUser->setChecked(true);
        }
        refresh(this, CustomerPage);
    });
    for (QLineEdit *edit : {m_newUserEmail, m_newUserFirstName, m_newUserLastName}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_newUser->setChecked(true);
        });
        connect(edit, &QLineEdit::textChanged, this, &NewLicenseWizard::validateNewUser);
    }
    customerModeChanged();
    return page;
}

QWizardPage *NewLicenseWizard::createDetailsPage()
{
    auto *page = new WizardStep(this);
    page->setObjectName(QStringLiteral("detailsPage"));
    page->setTitle(tr("Details"));
    page->setSubTitle(tr("Everything here is optional: the policy's values apply unless changed."));

    m_licenseName = new QLineEdit(page);
    m_licenseName->setObjectName(QStringLiteral("licenseName"));
    m_licenseName->setPlaceholderText(tr("e.g. the customer's company and the plan"));

    m_expiryEdit = new QDateTimeEdit(page);
    m_expiryEdit->setObjectName(QStringLiteral("expiryEdit"));
    m_expiryEdit->setCalendarPopup(true);
    // Minutes are precise enough for an expiry; seconds would only be noise.
    m_expiryEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QLatin1Char(' ')
                                   + QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
    m_noExpiry = new QCheckBox(tr("&No expiry"), page);
    m_noExpiry->setObjectName(QStringLiteral("noExpiryCheck"));
    m_expiryNote = new QLabel(page);
    m_expiryNote->setObjectName(QStringLiteral("expiryNote"));
    m_expiryNote->setWordWrap(true);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiryEdit, 1);
    expiryRow->addWidget(m_noExpiry);

    auto spin = [page](const char *name) {
        auto *box = new QSpinBox(page);
        box->setObjectName(QLatin1String(name));
        // 0 stands for "as the policy says": a new license with a limit of zero would be of no use.
        box->setRange(0, 1000000);
        return box;
    };
    m_maxMachines = spin("maxMachinesSpin");
    m_maxUses = spin("maxUsesSpin");
    m_maxCores = spin("maxCoresSpin");
    m_maxUsers = spin("maxUsersSpin");
    auto *limits = new QGridLayout;
    limits->addWidget(new QLabel(tr("Machines:"), page), 0, 0);
    limits->addWidget(m_maxMachines, 0, 1);
    limits->addWidget(new QLabel(tr("Users:"), page), 0, 2);
    limits->addWidget(m_maxUsers, 0, 3);
    limits->addWidget(new QLabel(tr("CPU cores:"), page), 1, 0);
    limits->addWidget(m_maxCores, 1, 1);
    limits->addWidget(new QLabel(tr("Uses:"), page), 1, 2);
    limits->addWidget(m_maxUses, 1, 3);
    limits->setColumnStretch(1, 1);
    limits->setColumnStretch(3, 1);

    m_entitlementList = new QListWidget(page);
    m_entitlementList->setObjectName(QStringLiteral("entitlementList"));
    const QList<api::Resource> entitlements = m_workspace->cache()->resources(
        cache::Query(QStringLiteral("entitlements"), {}, QStringLiteral("name"), Qt::AscendingOrder, 0, 10000));
    for (const api::Resource &entitlement : entitlements) {
        const QString name = entitlement.stringAttribute(QStringLiteral("name"));
        const QString code = entitlement.stringAttribute(QStringLiteral("code"));
        const QString text = code.isEmpty() ? name : tr("%1 (%2)").arg(name, code);
        auto *item = new QListWidgetItem(text, m_entitlementList);
        item->setData(IdRole, entitlement.id());
        item->setData(NameRole, text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    m_metadataTable = new QTableWidget(0, 2, page);
    m_metadataTable->setObjectName(QStringLiteral("metadataTable"));
    m_metadataTable->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_metadataTable->horizontalHeader()->setStretchLastSection(true);
    m_metadataTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_metadataTable->verticalHeader()->setVisible(false);
    m_metadataTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *addRow = new QPushButton(tr("&Add"), page);
    addRow->setObjectName(QStringLiteral("addMetadataButton"));
    auto *removeRow = new QPushButton(tr("&Remove"), page);
    removeRow->setObjectName(QStringLiteral("removeMetadataButton"));
    auto *metadataButtons = new QVBoxLayout;
    metadataButtons->addWidget(addRow);
    metadataButtons->addWidget(removeRow);
    metadataButtons->addStretch(1);
    auto *metadataRow = new QHBoxLayout;
    metadataRow->addWidget(m_metadataTable, 1);
    metadataRow->addLayout(metadataButtons);

    m_detailsValidation = new QLabel(page);
    m_detailsValidation->setObjectName(QStringLiteral("detailsValidation"));
    m_detailsValidation->setWordWrap(true);
    m_detailsValidation->setStyleSheet(QStringLiteral("color: palette(link);"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_licenseName);
    auto *expiryLabel = new QLabel(tr("&Expires:"), page);
    expiryLabel->setBuddy(m_expiryEdit);
    form->addRow(expiryLabel, expiryRow);
    form->addRow(QString(), m_expiryNote);
    form->addRow(tr("Limits:"), limits);

    auto *lists = new QGridLayout;
    lists->addWidget(new QLabel(tr("Entitlements to attach:"), page), 0, 0);
    lists->addWidget(new QLabel(tr("Metadata:"), page), 0, 1);
    lists->addWidget(m_entitlementList, 1, 0);
    lists->addLayout(metadataRow, 1, 1);
    lists->setColumnStretch(0, 1);
    lists->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(m_detailsValidation);

    page->complete = [this] {
        return m_detailsValidation->text().isEmpty();
    };
    connect(m_noExpiry, &QCheckBox::toggled, this, &NewLicenseWizard::updateExpiry);
    connect(m_expiryEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_expiryEdit->setProperty("edited", true);
        validateDetails();
    });
    connect(addRow, &QPushButton::clicked, this, [this] {
        addMetadataRow();
        m_metadataTable->setCurrentCell(m_metadataTable->rowCount() - 1, 0);
        m_metadataTable->editItem(m_metadataTable->item(m_metadataTable->rowCount() - 1, 0));
    });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        const int row = m_metadataTable->currentRow();
        if (row >= 0) {
            m_metadataTable->removeRow(row);
            validateDetails();
        }
    });
    connect(m_metadataTable, &QTableWidget::itemChanged, this, &NewLicenseWizard::validateDetails);
    return page;
}

QWizardPage *NewLicenseWizard::createReviewPage()
{
    auto *page = new WizardStep(this);
    page->setObjectName(QStringLiteral("reviewPage"));
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("This is what will be created. Nothing is sent before you choose Create."));
    page->setCommitPage(true);
    m_reviewText = wrappingLabel(page, QStringLiteral("reviewText"));
    m_reviewText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status = wrappingLabel(page, QStringLiteral("statusLabel"));
    m_errorLabel = errorLabel(page);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_reviewText, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_errorLabel);
    page->complete = [this] {
        return !m_busy;
    };
    return page;
}

QWizardPage *NewLicenseWizard::createDonePage()
{
    auto *page = new WizardStep(this);
    page->setObjectName(QStringLiteral("donePage"));
    page->setTitle(tr("Done"));
    page->setFinalPage(true);
    m_doneText = wrappingLabel(page, QStringLiteral("doneText"));
    m_createdKey = new QLineEdit(page);
    m_createdKey->setObjectName(QStringLiteral("createdKey"));
    m_createdKey->setReadOnly(true);
    QFont mono = m_createdKey->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_createdKey->setFont(mono);
    m_copyKey = new QPushButton(tr("Cop&y"), page);
    m_copyKey->setObjectName(QStringLiteral("copyKeyButton"));
    m_copyKey->setToolTip(tr("Copy the license key to the clipboard"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_createdKey, 1);
    keyRow->addWidget(m_copyKey);

    m_checkOutButton = new QPushButton(tr("Check &Out License File\u2026"), page);
    m_checkOutButton->setObjectName(QStringLiteral("checkOutButton"));
    m_checkOutButton->setToolTip(tr("A signed file for computers that cannot reach the licensing server"));
    m_copyEmail = new QPushButton(tr("Copy &Email Text"), page);
    m_copyEmail->setObjectName(QStringLiteral("copyEmailButton"));
    m_copyEmail->setToolTip(tr("A short message for the customer with the key and how to activate it"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_checkOutButton);
    actions->addWidget(m_copyEmail);
    actions->addStretch(1);
    m_copiedLabel = new QLabel(page);
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_doneText);
    layout->addWidget(new QLabel(tr("License key:"), page));
    layout->addLayout(keyRow);
    layout->addLayout(actions);
    layout->addWidget(m_copiedLabel);
    layout->addStretch(1);

    connect(m_copyKey, &QPushButton::clicked, this, &NewLicenseWizard::copyKey);
    connect(m_copyEmail, &QPushButton::clicked, this, &NewLicenseWizard::copyEmail);
    connect(m_checkOutButton, &QPushButton::clicked, this, &NewLicenseWizard::openCheckOut);
    return page;
}

void NewLicenseWizard::initializePage(int id)
{
    switch (id) {
    case PolicyPage:
        loadPolicies();
        break;
    case CustomerPage:
        if (m_customerList->count() == 0) {
            searchCustomers();
        }
        break;
    case DetailsPage:
        loadDetails();
        break;
    case ReviewPage:
        m_reviewText->setText(reviewHtml());
        break;
    case DonePage: {
        const QString name = m_license.stringAttribute(QStringLiteral("name"));
        m_doneText->setText(name.isEmpty() ? tr("The license was created.")
                                           : tr("The license \u201c%1\u201d was created.").arg(name));
        m_createdKey->setText(m_license.stringAttribute(QStringLiteral("key")));
        m_createdKey->setCursorPosition(0);
        break;
    }
    default:
        break;
    }
    QWizard::initializePage(id);
}

bool NewLicenseWizard::validateCurrentPage()
{
    if (currentId() == ReviewPage && (m_license.isNull() || !m_entitlementsAttached)) {
        // Creating takes a few requests; the wizard moves on by itself once they all succeeded.
        create();
        return false;
    }
    return QWizard::validateCurrentPage();
}

// ---- Product and policy -------------------------------------------------------------------------------------------

void NewLicenseWizard::filterProducts()
{
    const QString text = m_productSearch->text().trimmed();
    QListWidgetItem *firstVisible = nullptr;
    int visible = 0;
    for (int i = 0; i < m_productList->count(); ++i) {
        QListWidgetItem *item = m_productList->item(i);
        const bool match = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match) {
            ++visible;
            firstVisible = firstVisible ? firstVisible : item;
        }
    }
    // A filter that leaves a single product has chosen it.
    if (visible == 1 && !firstVisible->isSelected()) {
        m_productList->setCurrentItem(firstVisible);
    }
    refresh(this, ProductPage);
}

void NewLicenseWizard::loadPolicies()
{
    const QString productId = selectedId(m_productList);
    if (m_policyList->property("product").toString() == productId) {
        return; // back and forth: keep the choice
    }
    m_policyList->setProperty("product", productId);
    m_policyList->clear();
    const QList<api::Resource> policies = m_workspace->cache()->resources(
        cache::Query(QStringLiteral("policies"),
                     {{QStringLiteral("product"), cache::Filter::Op::Equals, productId}},
                     QStringLiteral("name"),
                     Qt::AscendingOrder,
                     0,
                     10000));
    for (const api::Resource &policy : policies) {
        const QString name = policy.stringAttribute(QStringLiteral("name"));
        auto *item = new QListWidgetItem(name, m_policyList);
        item->setData(IdRole, policy.id());
        item->setData(NameRole, name);
        item->setToolTip(PolicySummary::term(policy) + QStringLiteral(", ") + PolicySummary::machines(policy));
    }
    const QString product = selectedProduct() ? selectedProduct()->stringAttribute(QStringLiteral("name")) : QString();
    m_policySummary->setText(policies.isEmpty()
                                 ? tr("%1 has no policies yet: create one first.").arg(product.toHtmlEscaped())
                                 : tr("Choose a policy to see what it gives the customer."));
    if (policies.size() == 1) {
        m_policyList->setCurrentRow(0);
    }
}

void NewLicenseWizard::policyChanged()
{
    const std::optional<api::Resource> policy = selectedPolicy();
    if (!policy) {
        return;
    }
    QString html = PolicySummary::html(*policy);
    if (m_inheritedFor == policy->id() && !m_inheritedEntitlements.isEmpty()) {
        QStringList names;
        for (const QString &id : std::as_const(m_inheritedEntitlements)) {
            const std::optional<api::Resource> entitlement = m_workspace->cache()->resource(QStringLiteral(
                                                                                                "entitlements"),
                                                                                            id);
            names << (entitlement ? entitlement->stringAttribute(QStringLiteral("name")) : id);
        }
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Includes: %1.").arg(QLocale().createSeparatedList(names)).toHtmlEscaped());
    }
    m_policySummary->setText(html);
    loadInheritedEntitlements();
}

void NewLicenseWizard::loadInheritedEntitlements()
{
    const QString policyId = selectedId(m_policyList);
    if (policyId.isEmpty() || m_inheritedFor == policyId) {
        return;
    }
    // Keygen's to-many linkages are not in the cache: ask the server which entitlements the policy includes, so
    // that they are shown as included and not attached a second time (which Keygen refuses).
    m_inheritedFor = policyId;
    m_inheritedEntitlements.clear();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    api::ApiReply *reply = m_workspace->client()->send(api::requests::related(QStringLiteral("policies"),
                                                                              policyId,
                                                                              QStringLiteral("entitlements"),
                                                                              query),
                                                       this);
    connect(reply, &api::ApiReply::finished, this, [this, reply, policyId] {
        reply->deleteLater();
        if (!reply->ok() || m_inheritedFor != policyId) {
            return;
        }
        QStringList ids;
        for (const api::Resource &entitlement : reply->document().resources()) {
            ids << entitlement.id();
        }
        m_inheritedEntitlements = ids;
        policyChanged();
        if (m_detailsFor == policyId) {
            loadDetails();
        }
    });
}

// ---- Customer -----------------------------------------------------------------------------------------------------

void NewLicenseWizard::searchCustomers()
{
    m_searchTimer.stop();
    const QString text = m_customerSearch->text().trimmed();
    const QString selected = selectedId(m_customerList);
    QList<api::Resource> users;
    cache::Cache *cache = m_workspace->cache();
    if (text.isEmpty()) {
        users = cache->resources(cache::Query(QStringLiteral("users")));
    } else {
        // The search also finds users by parts of the text ("@", "_" split it into words); when some users hold
        // the text as typed, those are the ones meant.
        QList<api::Resource> whole;
        for (const cache::SearchHit &hit : cache->search(text, {QStringLiteral("users")}, 100)) {
            if (const std::optional<api::Resource> user = cache->resource(QStringLiteral("users"), hit.id)) {
                users << *user;
                if (describeUser(*user).contains(text, Qt::CaseInsensitive)) {
                    whole << *user;
                }
            }
        }
        if (!whole.isEmpty()) {
            users = whole;
        }
    }
    m_customerList->clear();
    for (const api::Resource &user : std::as_const(users)) {
        auto *item = new QListWidgetItem(describeUser(user), m_customerList);
        item->setData(IdRole, user.id());
        if (user.id() == selected) {
            m_customerList->setCurrentItem(item);
        }
    }
    if (users.isEmpty() && !text.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No customer matches \u201c%1\u201d.").arg(text), m_customerList);
        item->setFlags(Qt::NoItemFlags);
    }
    refresh(this, CustomerPage);
}

void NewLicenseWizard::customerModeChanged()
{
    // The fields stay usable in every mode: typing in them or picking from the list chooses the mode.
    validateNewUser();
}

void NewLicenseWizard::validateNewUser()
{
    QString problem;
    if (customerMode() == Customer::New) {
        const QString email = m_newUserEmail->text().trimmed();
        if (email.isEmpty()) {
            problem = tr("Enter the customer's email address.");
        } else if (!isEmail(email)) {
            problem = tr("\u201c%1\u201d is not an email address.").arg(email);
        } else if (m_workspace->cache()->count(QStringLiteral("users"),
                                               {{QStringLiteral("email"), cache::Filter::Op::Equals, email}})
                       > 0
                   // the customer this wizard created before the license failed: used again, not twice
                   && email.compare(m_createdUser.stringAttribute(QStringLiteral("email")), Qt::CaseInsensitive) != 0) {
            problem = tr("A customer with this email exists already: find them above.");
        } else if (m_newUserFirstName->text().trimmed().isEmpty() || m_newUserLastName->text().trimmed().isEmpty()) {
            problem = tr("Enter the customer's first and last name.");
        }
    }
    m_newUserValidation->setText(problem);
    m_newUserValidation->setVisible(!problem.isEmpty());
    refresh(this, CustomerPage);
}

// ---- Details ------------------------------------------------------------------------------------------------------

void NewLicenseWizard::loadDetails()
{
    const std::optional<api::Resource> policy = selectedPolicy();
    if (!policy) {
        return;
    }
    const bool samePolicy = m_detailsFor == policy->id();
    m_detailsFor = policy->id();

    // Entitlements the policy includes are shown as included; the others keep the user's choice.
    for (int i = 0; i < m_entitlementList->count(); ++i) {
        QListWidgetItem *item = m_entitlementList->item(i);
        const bool inherited = m_inheritedEntitlements.contains(item->data(IdRole).toString())
                            && m_inheritedFor == policy->id();
        if (inherited) {
            item->setFlags(Qt::NoItemFlags);
            item->setCheckState(Qt::Checked);
            item->setText(tr("%1 \u2014 included in the policy").arg(item->data(NameRole).toString()));
        } else if (!(item->flags() & Qt::ItemIsUserCheckable)) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setText(item->data(NameRole).toString());
        }
    }
    if (samePolicy) {
        return; // the user's edits stay
    }

    // Suggest a name: the plan and the customer, as licenses are usually named.
    QString customer;
    if (customerMode() == Customer::Existing && selectedUser()) {
        customer = selectedUser()->stringAttribute(QStringLiteral("fullName"));
        customer = customer.isEmpty() ? selectedUser()->stringAttribute(QStringLiteral("email")) : customer;
    } else if (customerMode() == Customer::New) {
        customer = QStringList{m_newUserFirstName->text().trimmed(), m_newUserLastName->text().trimmed()}
                       .join(QLatin1Char(' '))
                       .trimmed();
    }
    const QString suggestion = customer.isEmpty()
                                 ? policy->stringAttribute(QStringLiteral("name"))
                                 : tr("%1 \u2014 %2").arg(policy->stringAttribute(QStringLiteral("name")), customer);
    if (m_licenseName->text().isEmpty() || m_licenseName->text() == m_licenseName->property("suggested").toString()) {
        m_licenseName->setText(suggestion);
    }
    m_licenseName->setProperty("suggested", suggestion);

    // Expiry: the policy's, unless changed.
    m_defaultExpiry = PolicySummary::defaultExpiry(*policy, QDateTime::currentDateTime());
    const bool timed = policy->integerAttribute(QStringLiteral("duration")).has_value();
    {
        const QSignalBlocker blockEdit(m_expiryEdit);
        const QSignalBlocker blockCheck(m_noExpiry);
        m_expiryEdit->setMinimumDateTime(QDateTime::currentDateTime());
        m_expiryEdit->setDateTime(m_defaultExpiry.value_or(QDateTime::currentDateTime().addYears(1)));
        m_expiryEdit->setProperty("edited", false);
        // Keygen fills in the policy's duration when no expiry is sent: "no expiry" exists only for perpetual
        // policies.
        m_noExpiry->setChecked(!timed);
        m_noExpiry->setEnabled(!timed);
        m_noExpiry->setToolTip(timed ? tr("Licenses of this policy always expire; choose a perpetual policy "
                                          "for a license that never does.")
                                     : QString());
    }
    if (timed && !PolicySummary::expiresFromCreation(*policy)) {
        m_expiryNote->setText(tr("Licenses of this policy expire %1 after they are first used. Change the date only "
                                 "to fix an expiry now.")
                                  .arg(PolicySummary::term(*policy)));
    } else if (timed) {
        m_expiryNote->setText(tr("The policy's term: %1.").arg(PolicySummary::term(*policy)));
    } else {
        m_expiryNote->setText(tr("A perpetual policy: the license never expires unless a date is set."));
    }

    // Limits: "as the policy says" unless raised; a node-locked policy means one machine, always.
    auto limit = [&policy](QSpinBox *box, const char *name) {
        const std::optional<qint64> value = policy->integerAttribute(QLatin1String(name));
        box->setSpecialValueText(value ? tr("Policy: %1").arg(*value) : tr("Policy: no limit"));
        box->setValue(0);
    };
    limit(m_maxMachines, "maxMachines");
    limit(m_maxUses, "maxUses");
    limit(m_maxCores, "maxCores");
    limit(m_maxUsers, "maxUsers");
    const bool floating = policy->boolAttribute(QStringLiteral("floating"));
    m_maxMachines->setEnabled(floating);
    m_maxMachines->setToolTip(floating ? QString() : tr("A node-locked policy allows exactly one machine."));
    if (!floating) {
        m_maxMachines->setSpecialValueText(tr("1 (node-locked)"));
    }
    updateExpiry();
}

void NewLicenseWizard::updateExpiry()
{
    m_expiryEdit->setEnabled(!m_noExpiry->isChecked());
    validateDetails();
}

void NewLicenseWizard::addMetadataRow(const QString &key, const QString &value)
{
    const int row = m_metadataTable->rowCount();
    m_metadataTable->insertRow(row);
    m_metadataTable->setItem(row, 0, new QTableWidgetItem(key));
    m_metadataTable->setItem(row, 1, new QTableWidgetItem(value));
    validateDetails();
}

void NewLicenseWizard::validateDetails()
{
    QString problem;
    QStringList keys;
    for (int row = 0; row < m_metadataTable->rowCount(); ++row) {
        const QTableWidgetItem *keyItem = m_metadataTable->item(row, 0);
        const QTableWidgetItem *valueItem = m_metadataTable->item(row, 1);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        const QString value = valueItem ? valueItem->text() : QString();
        if (key.isEmpty()) {
            if (!value.isEmpty()) {
                problem = tr("Every metadata value needs a key.");
            }
            continue;
        }
        if (keys.contains(key)) {
            problem = tr("The metadata key \u201c%1\u201d appears twice.").arg(key);
        }
        keys << key;
    }
    if (keys.size() > 64) {
        problem = tr("Keygen keeps at most 64 metadata keys.");
    }
    if (!m_noExpiry->isChecked() && m_expiryEdit->dateTime() <= QDateTime::currentDateTime()) {
        problem = tr("The expiry must be in the future.");
    }
    m_detailsValidation->setText(problem);
    m_detailsValidation->setVisible(!problem.isEmpty());
    refresh(this, DetailsPage);
}

// ---- Review -------------------------------------------------------------------------------------------------------

QString NewLicenseWizard::reviewHtml() const
{
    const std::optional<api::Resource> product = selectedProduct();
    const std::optional<api::Resource> policy = selectedPolicy();
    if (!product || !policy) {
        return {};
    }
    QStringList rows;
    auto row = [&rows](const QString &label, const QString &value) {
        rows << QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value);
    };
    row(tr("Product"), product->stringAttribute(QStringLiteral("name")).toHtmlEscaped());
    row(tr("Policy"),
        tr("%1 (%2, %3)")
            .arg(policy->stringAttribute(QStringLiteral("name")),
                 PolicySummary::term(*policy),
                 PolicySummary::machines(*policy))
            .toHtmlEscaped());
    switch (customerMode()) {
    case Customer::Existing:
        row(tr("Owner"), selectedUser() ? describeUser(*selectedUser()).toHtmlEscaped() : QString());
        break;
    case Customer::New:
        row(tr("Owner"),
            tr("a new customer: %1 %2 <%3>")
                .arg(m_newUserFirstName->text().trimmed(),
                     m_newUserLastName->text().trimmed(),
                     m_newUserEmail->text().trimmed())
                .toHtmlEscaped());
        break;
    case Customer::None:
        row(tr("Owner"), tr("none: the key alone unlocks the software").toHtmlEscaped());
        break;
    }
    const QString name = m_licenseName->text().trimmed();
    row(tr("Name"), name.isEmpty() ? tr("(none)").toHtmlEscaped() : name.toHtmlEscaped());
    QString expiry;
    const QLocale locale;
    if (m_noExpiry->isChecked()) {
        expiry = tr("never");
    } else if (const std::optional<QDateTime> chosen = chosenExpiry()) {
        expiry = locale.toString(*chosen, m_expiryEdit->displayFormat());
    } else if (m_defaultExpiry) {
        expiry = tr("%1 (the policy's %2)")
                     .arg(locale.toString(m_defaultExpiry->date(), QLocale::LongFormat), PolicySummary::term(*policy));
    } else {
        expiry = tr("%1 after the first use (the policy's term)").arg(PolicySummary::term(*policy));
    }
    row(tr("Expires"), expiry.toHtmlEscaped());
    QStringList limits;
    auto limit = [&limits](const QSpinBox *box, const QString &one, const QString &many) {
        if (box->isEnabled() && box->value() > 0) {
            limits << (box->value() == 1 ? one : many.arg(box->value()));
        }
    };
    limit(m_maxMachines, tr("1 machine"), tr("%1 machines"));
    limit(m_maxUsers, tr("1 user"), tr("%1 users"));
    limit(m_maxCores, tr("1 CPU core"), tr("%1 CPU cores"));
    limit(m_maxUses, tr("1 use"), tr("%1 uses"));
    row(tr("Limits"),
        (limits.isEmpty() ? tr("as the policy says")
                          : tr("up to %1 (instead of the policy's)").arg(locale.createSeparatedList(limits)))
            .toHtmlEscaped());
    QStringList entitlements;
    for (int i = 0; i < m_entitlementList->count(); ++i) {
        const QListWidgetItem *item = m_entitlementList->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsUserCheckable)) {
            entitlements << item->data(NameRole).toString();
        }
    }
    row(tr("Entitlements"),
        (entitlements.isEmpty() ? tr("only the policy's")
                                : tr("the policy's, and %1").arg(locale.createSeparatedList(entitlements)))
            .toHtmlEscaped());
    const QJsonObject data = metadata();
    QStringList pairs;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        pairs << QStringLiteral("%1 = %2").arg(it.key(), it.value().toString());
    }
    row(tr("Metadata"),
        pairs.isEmpty() ? tr("none").toHtmlEscaped() : pairs.join(QStringLiteral("; ")).toHtmlEscaped());

    QString html = QStringLiteral("<table cellspacing=\"4\">") + rows.join(QString()) + QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Choose Create to create it on %1.").arg(m_workspace->title()).toHtmlEscaped());
    return html;
}

// ---- Creating -----------------------------------------------------------------------------------------------------

void NewLicenseWizard::create()
{
    if (m_busy || !m_canCreate) {
        return;
    }
    m_errorLabel->clear();
    setBusy(true);
    if (m_license.isNull()) {
        const bool needUser = customerMode() == Customer::New
                           && (m_createdUser.isNull()
                               || m_createdUser.stringAttribute(QStringLiteral("email"))
                                          .compare(m_newUserEmail->text().trimmed(), Qt::CaseInsensitive)
                                      != 0);
        if (needUser) {
            createUser();
        } else {
            createLicense();
        }
    } else {
        attachEntitlements();
    }
}

void NewLicenseWizard::createUser()
{
    m_status->setText(tr("Creating the customer\u2026"));
    api::Resource user(QStringLiteral("users"));
    user.setAttribute(QStringLiteral("email"), m_newUserEmail->text().trimmed());
    user.setAttribute(QStringLiteral("firstName"), m_newUserFirstName->text().trimmed());
    user.setAttribute(QStringLiteral("lastName"), m_newUserLastName->text().trimmed());
    m_workspace->mutations()->send(api::requests::create(user),
                                   [self = QPointer<NewLicenseWizard>(this)](const api::ApiError &error,
                                                                             const api::Resource &result) {
        if (!self) {
            return;
        }
        if (error.isError()) {
            self->fail(tr("The customer could not be created."), error);
            return;
        }
        self->m_createdUser = result;
        self->createLicense();
    });
}

void NewLicenseWizard::createLicense()
{
    const std::optional<api::Resource> policy = selectedPolicy();
    if (!policy) {
        setBusy(false);
        return;
    }
    m_status->setText(tr("Creating the license\u2026"));
    api::Resource license(QStringLiteral("licenses"));
    const QString name = m_licenseName->text().trimmed();
    if (!name.isEmpty()) {
        license.setAttribute(QStringLiteral("name"), name);
    }
    if (const std::optional<QDateTime> expiry = chosenExpiry()) {
        license.setAttribute(QStringLiteral("expiry"), keygenTimestamp(*expiry));
    }
    const std::pair<QSpinBox *, const char *> limits[] = {
        {m_maxMachines, "maxMachines"},
        {m_maxUses, "maxUses"},
        {m_maxCores, "maxCores"},
        {m_maxUsers, "maxUsers"},
    };
    for (const auto &[box, attribute] : limits) {
        if (box->isEnabled() && box->value() > 0) {
            license.setAttribute(QLatin1String(attribute), box->value());
        }
    }
    const QJsonObject data = metadata();
    if (!data.isEmpty()) {
        license.setAttribute(QStringLiteral("metadata"), data);
    }
    license.setRelated(QStringLiteral("policy"), {QStringLiteral("policies"), policy->id()});
    if (customerMode() == Customer::Existing && selectedUser()) {
        license.setRelated(QStringLiteral("owner"), {QStringLiteral("users"), selectedUser()->id()});
    } else if (customerMode() == Customer::New) {
        license.setRelated(QStringLiteral("owner"), {QStringLiteral("users"), m_createdUser.id()});
    }
    m_workspace->mutations()->send(api::requests::create(license),
                                   [self = QPointer<NewLicenseWizard>(this)](const api::ApiError &error,
                                                                             const api::Resource &result) {
        if (!self) {
            return;
        }
        if (error.isError()) {
            self->fail(self->m_createdUser.isNull()
                           ? tr("The license could not be created.")
                           : tr("The customer was created, but the license could not be created."),
                       error);
            return;
        }
        self->m_license = result;
        Q_EMIT self->licenseCreated(result.id());
        self->attachEntitlements();
    });
}

void NewLicenseWizard::attachEntitlements()
{
    const QList<api::ResourceIdentifier> entitlements = chosenEntitlements();
    if (entitlements.isEmpty()) {
        finishCreate();
        return;
    }
    m_status->setText(tr("Attaching the entitlements\u2026"));
    m_workspace->mutations()->send(api::requests::attach(QStringLiteral("licenses"),
                                                         m_license.id(),
                                                         QStringLiteral("entitlements"),
                                                         entitlements),
                                   [self = QPointer<NewLicenseWizard>(this)](const api::ApiError &error,
                                                                             const api::Resource &) {
        if (!self) {
            return;
        }
        if (error.isError()) {
            self->fail(tr("The license was created, but its entitlements could not be attached. Choose Create "
                          "to try again."),
                       error);
            return;
        }
        self->finishCreate();
    });
}

void NewLicenseWizard::fail(const QString &step, const api::ApiError &error)
{
    m_status->clear();
    m_errorLabel->setText(step + QLatin1Char(' ') + error.userMessage());
    setBusy(false);
}

void NewLicenseWizard::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy) {
        m_status->clear();
    }
    refresh(this, ReviewPage);
    // After refresh(): QWizard sets the buttons' states again on completeChanged.
    if (QAbstractButton *back = button(QWizard::BackButton)) {
        back->setEnabled(!busy && m_license.isNull());
    }
}

void NewLicenseWizard::finishCreate()
{
    m_entitlementsAttached = true;
    setBusy(false);
    next();
}

// ---- Done ---------------------------------------------------------------------------------------------------------

QString NewLicenseWizard::customerEmailText() const
{
    const QString key = m_license.stringAttribute(QStringLiteral("key"));
    const QString product = selectedProduct() ? selectedProduct()->stringAttribute(QStringLiteral("name")) : QString();
    QString firstName;
    if (customerMode() == Customer::Existing && selectedUser()) {
        firstName = selectedUser()->stringAttribute(QStringLiteral("firstName"));
    } else if (customerMode() == Customer::New) {
        firstName = m_newUserFirstName->text().trimmed();
    }
    QStringList paragraphs;
    paragraphs << (firstName.isEmpty() ? tr("Hello,") : tr("Hello %1,").arg(firstName));
    paragraphs << tr("Thank you for choosing %1. Your license key is:").arg(product);
    paragraphs << QStringLiteral("    ") + key;
    paragraphs << tr("To activate, start %1 and enter this key when it asks for a license key. Copy and paste it "
                     "to avoid typing mistakes.")
                      .arg(product);
    const QDateTime expiry = m_license.dateTimeAttribute(QStringLiteral("expiry"));
    paragraphs << (expiry.isValid() ? tr("The license is valid until %1.")
                                          .arg(QLocale().toString(expiry.toLocalTime().date(), QLocale::LongFormat))
                                    : tr("The license does not expire."));
    paragraphs << tr("If the computer cannot reach the internet, reply to this message and we will send a license "
                     "file for offline activation.");
    paragraphs << tr("Kind regards");
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

void NewLicenseWizard::copyKey()
{
    QGuiApplication::clipboard()->setText(m_createdKey->text());
    m_copiedLabel->setText(tr("The key is on the clipboard."));
}

void NewLicenseWizard::copyEmail()
{
    QGuiApplication::clipboard()->setText(customerEmailText());
    m_copiedLabel->setText(tr("The message for the customer is on the clipboard."));
}

CheckOutDialog *NewLicenseWizard::checkOutDialog() const
{
    return m_checkOut;
}

void NewLicenseWizard::openCheckOut()
{
    if (m_license.isNull()) {
        return;
    }
    if (!m_checkOut) {
        m_checkOut = new CheckOutDialog(m_workspace, m_license, this);
        m_checkOut->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_checkOut, &CheckOutDialog::openInInspector, this, &NewLicenseWizard::openInInspector);
    }
    m_checkOut->show();
    m_checkOut->raise();
    m_checkOut->activateWindow();
}

// ---- State --------------------------------------------------------------------------------------------------------

std::optional<api::Resource> NewLicenseWizard::selectedProduct() const
{
    const QString id = selectedId(m_productList);
    return id.isEmpty() ? std::nullopt : m_workspace->cache()->resource(QStringLiteral("products"), id);
}

std::optional<api::Resource> NewLicenseWizard::selectedPolicy() const
{
    const QString id = selectedId(m_policyList);
    return id.isEmpty() ? std::nullopt : m_workspace->cache()->resource(QStringLiteral("policies"), id);
}

std::optional<api::Resource> NewLicenseWizard::selectedUser() const
{
    const QString id = selectedId(m_customerList);
    return id.isEmpty() ? std::nullopt : m_workspace->cache()->resource(QStringLiteral("users"), id);
}

NewLicenseWizard::Customer NewLicenseWizard::customerMode() const
{
    return m_newUser->isChecked() ? Customer::New : m_noOwner->isChecked() ? Customer::None : Customer::Existing;
}

QJsonObject NewLicenseWizard::metadata() const
{
    QJsonObject out;
    for (int row = 0; row < m_metadataTable->rowCount(); ++row) {
        const QTableWidgetItem *keyItem = m_metadataTable->item(row, 0);
        const QTableWidgetItem *valueItem = m_metadataTable->item(row, 1);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        if (!key.isEmpty()) {
            out.insert(key, valueItem ? valueItem->text() : QString());
        }
    }
    return out;
}

QList<api::ResourceIdentifier> NewLicenseWizard::chosenEntitlements() const
{
    QList<api::ResourceIdentifier> out;
    for (int i = 0; i < m_entitlementList->count(); ++i) {
        const QListWidgetItem *item = m_entitlementList->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsUserCheckable)) {
            out << api::ResourceIdentifier{QStringLiteral("entitlements"), item->data(IdRole).toString()};
        }
    }
    return out;
}

std::optional<QDateTime> NewLicenseWizard::chosenExpiry() const
{
    if (m_noExpiry->isChecked()) {
        return std::nullopt;
    }
    if (m_expiryEdit->property("edited").toBool()) {
        return m_expiryEdit->dateTime();
    }
    // A timed policy's own expiry is left to the server: calendar arithmetic, counted from the moment of creation
    // (or of the first activation, as the policy says).
    const std::optional<api::Resource> policy = selectedPolicy();
    if (policy && policy->integerAttribute(QStringLiteral("duration"))) {
        return std::nullopt;
    }
    return m_expiryEdit->dateTime(); // a perpetual policy, and the user asked for an expiry
}

} // namespace keydesk
