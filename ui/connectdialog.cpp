#include "ui/connectdialog.h"

#include "app/profiles/secretstore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace keydesk {

using profiles::ConnectionReport;
using profiles::KeyPin;
using profiles::Profile;
using profiles::ServerKind;

ConnectDialog::ConnectDialog(profiles::ProfileStore &store, profiles::SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
{
    setWindowTitle(tr("Connect to a Keygen Account"));
    setObjectName(QStringLiteral("connectDialog"));
    createWidgets();
    connect(&m_test, &profiles::ConnectionTest::stepStarted, this, [this](ConnectionReport::Step step) {
        switch (step) {
        case ConnectionReport::Step::Ping:
            m_status->setText(tr("Reaching the server…"));
            break;
        case ConnectionReport::Step::Account:
            m_status->setText(tr("Opening the account…"));
            break;
        case ConnectionReport::Step::Me:
            m_status->setText(tr("Checking the token…"));
            break;
        case ConnectionReport::Step::Done:
            m_status->clear();
            break;
        }
    });
    connect(&m_test, &profiles::ConnectionTest::finished, this, &ConnectDialog::showReport);
    serverChanged();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::createWidgets()
{
    auto *serverBox = new QGroupBox(tr("Server"), this);
    m_cloud = new QRadioButton(tr("Keygen &Cloud (api.keygen.sh)"), serverBox);
    m_cloud->setObjectName(QStringLiteral("serverCloud"));
    m_selfHosted = new QRadioButton(tr("&Self-hosted Keygen or a compatible server"), serverBox);
    m_selfHosted->setObjectName(QStringLiteral("serverSelfHosted"));
    m_sandbox = new QRadioButton(tr("Try the &local sandbox (demo data, no account needed)"), serverBox);
    m_sandbox->setObjectName(QStringLiteral("serverSandbox"));
    m_sandbox->setVisible(false);
    m_cloud->setChecked(true);
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addWidget(m_cloud);
    serverLayout->addWidget(m_selfHosted);
    serverLayout->addWidget(m_sandbox);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Acme production"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://licensing.example.com"));
    m_account = new QLineEdit(this);
    m_account->setObjectName(QStringLiteral("accountEdit"));
    m_account->setPlaceholderText(tr("the account's ID or slug"));
    m_environment = new QLineEdit(this);
    m_environment->setObjectName(QStringLiteral("environmentEdit"));
    m_environment->setPlaceholderText(tr("optional: an environment's code"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("an admin, product or user token"));
    m_token->setToolTip(tr("Kept in the system's keychain, never in a settings file."));
    QAction *reveal = m_token->addAction(QIcon::fromTheme(QStringLiteral("view-reveal-symbolic")),
                                         QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("showTokenAction"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the token"));
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_signatureMode = new QComboBox(this);
    m_signatureMode->setObjectName(QStringLiteral("signatureModeCombo"));
    m_signatureMode->addItem(tr("Reject answers without a valid signature (recommended)"),
                             int(api::SignatureMode::Enforce));
    m_signatureMode->addItem(tr("Warn about answers without a valid signature"), int(api::SignatureMode::Warn));
    m_signatureMode->addItem(tr("Do not check signatures"), int(api::SignatureMode::Off));
    m_readOnly = new QCheckBox(tr("&Read-only: browse and search, never change anything"), this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyCheck"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(tr("Si&gnatures:"), m_signatureMode);
    form->addRow(QString(), m_readOnly);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: palette(link);"));

    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testStatus"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_status, 1);

    m_reportLabel = new QLabel(this);
    m_reportLabel->setObjectName(QStringLiteral("reportLabel"));
    m_reportLabel->setWordWrap(true);
    m_reportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust = new QCheckBox(this);
    m_trust->setObjectName(QStringLiteral("trustCheck"));
    m_trust->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(serverBox);
    layout->addLayout(form);
    layout->addWidget(m_validation);
    layout->addLayout(testRow);
    layout->addWidget(m_reportLabel);
    layout->addWidget(m_fingerprint);
    layout->addWidget(m_trust);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    for (QRadioButton *button : {m_cloud, m_selfHosted, m_sandbox}) {
        connect(button, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked) {
                serverChanged();
            }
        });
    }
    for (QLineEdit *edit : {m_name, m_url, m_account, m_environment, m_token}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::fieldsChanged);
    }
    connect(m_signatureMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::fieldsChanged);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_trust, &QCheckBox::toggled, this, &ConnectDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
}

void ConnectDialog::setSandboxProvider(SandboxProvider provider)
{
    m_sandboxProvider = std::move(provider);
    m_sandbox->setVisible(bool(m_sandboxProvider));
}

void ConnectDialog::setProfile(const Profile &profile, const QString &token)
{
    m_original = profile;
    (profile.server == ServerKind::Cloud        ? m_cloud
     : profile.server == ServerKind::SelfHosted ? m_selfHosted
                                                : m_sandbox)
        ->setChecked(true);
    m_name->setText(profile.name);
    m_url->setText(profile.url.toString());
    m_account->setText(profile.account);
    m_environment->setText(profile.environment);
    m_token->setText(token);
    m_signatureMode->setCurrentIndex(m_signatureMode->findData(int(profile.signatureMode)));
    m_readOnly->setChecked(profile.readOnly);
    fieldsChanged();
}

Profile ConnectDialog::profile() const
{
    Profile p = m_original;
    p.name = m_name->text().trimmed();
    p.server = m_cloud->isChecked()      ? ServerKind::Cloud
             : m_selfHosted->isChecked() ? ServerKind::SelfHosted
                                         : ServerKind::Sandbox;
    // No guessing of a scheme: the validation asks for one.
    p.url = p.server == ServerKind::Cloud ? QUrl() : QUrl(m_url->text().trimmed());
    p.account = m_account->text().trimmed();
    p.environment = m_environment->text().trimmed();
    p.signatureMode = api::SignatureMode(m_signatureMode->currentData().toInt());
    p.readOnly = m_readOnly->isChecked();
    return p;
}

void ConnectDialog::serverChanged()
{
    const bool cloud = m_cloud->isChecked();
    const bool sandbox = m_sandbox->isChecked();
    m_url->setEnabled(!cloud && !sandbox);
    m_url->setPlaceholderText(cloud ? QStringLiteral("https://api.keygen.sh")
                                    : QStringLiteral("https://licensing.example.com"));
    if (cloud) {
        m_url->clear();
    }
    for (QLineEdit *edit : {m_account, m_token}) {
        edit->setReadOnly(sandbox);
    }
    if (sandbox && m_sandboxProvider) {
        QString error;
        const std::optional<LocalSandbox> local = m_sandboxProvider(&error);
        if (!local) {
            m_validation->setText(tr("The local sandbox could not be started: %1").arg(error));
            return;
        }
        if (m_name->text().trimmed().isEmpty()) {
            m_name->setText(tr("Local sandbox"));
        }
        m_url->setText(local->url.toString());
        m_account->setText(local->account);
        m_token->setText(local->token);
        testConnection(); // nothing to type: show at once that it works
        return;
    }
    fieldsChanged();
}

void ConnectDialog::fieldsChanged()
{
    m_test.cancel();
    m_report.reset();
    m_reportLabel->clear();
    m_fingerprint->clear();
    m_trust->setVisible(false);
    m_trust->setChecked(false);
    m_status->clear();
    QString problem = profiles::ProfileStore::problemWith(profile());
    if (problem.isEmpty() && m_token->text().trimmed().isEmpty()) {
        problem = tr("Enter a token: an admin token from the Keygen dashboard (Settings → Tokens) gives full access.");
    }
    if (problem.isEmpty() && m_original.name != m_name->text().trimmed()
        && m_store.names().contains(m_name->text().trimmed())) {
        problem = tr("A connection named \u201c%1\u201d already exists.").arg(m_name->text().trimmed());
    }
    m_validation->setText(problem);
    m_testButton->setEnabled(problem.isEmpty());
    updateButtons();
}

void ConnectDialog::testConnection()
{
    if (!m_validation->text().isEmpty() && !m_testButton->isEnabled()) {
        return;
    }
    m_report.reset();
    m_reportLabel->clear();
    m_fingerprint->clear();
    m_trust->setVisible(false);
    m_testButton->setEnabled(false);
    m_test.start(profile(), m_token->text().trimmed());
}

void ConnectDialog::showReport(const ConnectionReport &report)
{
    m_testButton->setEnabled(true);
    m_status->clear();
    if (!report.ok) {
        m_report.reset();
        m_reportLabel->setText(QStringLiteral("<b>%1</b>").arg(report.failure().toHtmlEscaped()));
        updateButtons();
        Q_EMIT testFinished(false);
        return;
    }
    m_report = report;
    QString text = tr("<b>Connected</b> to the account %1.").arg(report.accountName.toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("The token speaks for: %1").arg(report.bearerDescription().toHtmlEscaped());
    text += QStringLiteral("<br>") + report.capabilities().toHtmlEscaped();
    m_reportLabel->setText(text);

    const QString fingerprints = report.fingerprint.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    switch (report.pin) {
    case KeyPin::Same:
        m_fingerprint->setText(tr("The account's public keys match the ones confirmed before."));
        m_trust->setVisible(false);
        break;
    case KeyPin::FirstUse:
        m_fingerprint->setText(tr("The account's public keys; every answer is checked against them from now on. "
                                  "Compare them with the keys in Keygen's dashboard (Settings → Public keys):")
                               + QStringLiteral("<br><tt>") + fingerprints + QStringLiteral("</tt>"));
        m_trust->setText(tr("The fingerprints match the account's keys"));
        m_trust->setVisible(true);
        // The sandbox runs in this very process: there is nobody in between to compare against.
        m_trust->setChecked(m_sandbox->isChecked());
        break;
    case KeyPin::Changed:
        m_fingerprint->setText(QStringLiteral("<span style=\"color:#b00020\"><b>%1</b></span><br><tt>%2</tt>")
                                   .arg(tr("Warning: the server presents different public keys than when this "
                                           "connection was set up. Someone may be impersonating it. Continue only "
                                           "if the account's keys were really replaced.")
                                            .toHtmlEscaped(),
                                        fingerprints));
        m_trust->setText(tr("The keys were replaced: trust the new keys"));
        m_trust->setVisible(true);
        m_trust->setChecked(false);
        break;
    }
    updateButtons();
    Q_EMIT testFinished(true);
}

void ConnectDialog::updateButtons()
{
    const bool trusted = m_report && (m_report->pin == KeyPin::Same || m_trust->isChecked());
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setEnabled(m_validation->text().isEmpty() && trusted && !m_saving);
    saveButton->setToolTip(m_report ? QString() : tr("Test the connection first."));
}

void ConnectDialog::save()
{
    if (!m_report || m_saving) {
        return;
    }
    Profile p = profile();
    p.accountId = m_report->accountId;
    p.publicKeys = profiles::encodeKeys(m_report->keys);
    QString problem;
    if (!m_store.save(p, &problem)) {
        m_validation->setText(problem);
        return;
    }
    // A rename drops the old name only once the new one is safely stored.
    if (!m_original.name.isEmpty() && m_original.name != p.name) {
        m_store.remove(m_original.name);
        m_secrets.removeToken(m_original.name, [](const profiles::SecretStore::Result &) {});
    }
    m_saving = true;
    updateButtons();
    m_secrets.writeToken(p.name, m_token->text().trimmed(), [this, p](const profiles::SecretStore::Result &result) {
        m_saving = false;
        if (!result.ok) {
            m_validation->setText(result.error);
            updateButtons();
            return;
        }
        m_saved = p;
        m_store.setCurrent(p.name);
        accept();
    });
}

} // namespace keydesk
