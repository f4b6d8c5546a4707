#include "ui/checkoutdialog.h"

#include "app/api/requests.h"
#include "models/workspace.h"
#include "ui/filedialog.h"
#include "ui/policysummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace keydesk {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

struct Include
{
    const char *name; // Keygen's include parameter
    const char *label;
    bool checked;
};

// What Keygen lets a license file and a machine file embed (wire formats §1.1); `environment` only exists where
// the profile works in one.
const Include kLicenseIncludes[] = {
    {"entitlements", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Entitlements"), true},
    {"product", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Product"), false},
    {"policy", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Policy"), false},
    {"owner", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Owner"), false},
    {"users", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Users"), false},
    {"group", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Group"), false},
};

const Include kMachineIncludes[] = {
    {"license", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "License"), true},
    {"license.entitlements", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Entitlements"), true},
    {"license.product", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Product"), false},
    {"license.policy", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Policy"), false},
    {"license.owner", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "License owner"), false},
    {"license.users", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "License users"), false},
    {"components", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Components"), false},
    {"owner", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Machine owner"), false},
    {"group", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Group"), false},
};

} // namespace

CheckOutDialog::CheckOutDialog(Workspace *workspace, const api::Resource &resource, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_resource(resource)
{
    setObjectName(QStringLiteral("checkOutDialog"));
    const bool machine = resource.type() == QLatin1String("machines");
    if (machine) {
        m_license = workspace->cache()
                        ->resource(QStringLiteral("licenses"), resource.relatedId(QStringLiteral("license")))
                        .value_or(api::Resource());
    } else {
        m_license = resource;
    }
    m_policy = workspace->cache()
                   ->resource(QStringLiteral("policies"), m_license.relatedId(QStringLiteral("policy")))
                   .value_or(api::Resource());
    setWindowTitle(machine ? tr("Check Out Machine File") : tr("Check Out License File"));
    createWidgets();
    updateFields();
}

CheckOutDialog::~CheckOutDialog() = default;

void CheckOutDialog::createWidgets()
{
    const bool machine = m_resource.type() == QLatin1String("machines");
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    const QString what = machine ? m_resource.stringAttribute(QStringLiteral("name"),
                                                              m_resource.stringAttribute(QStringLiteral("fingerprint")))
                                 : m_resource.stringAttribute(QStringLiteral("name"),
                                                              m_resource.stringAttribute(QStringLiteral("key")));
    intro->setText(machine ? tr("A signed file that lets the machine \u201c%1\u201d work without reaching the "
                                "licensing server, until the file expires.")
                                 .arg(what)
                           : tr("A signed snapshot of the license \u201c%1\u201d for computers that cannot reach the "
                                "licensing server. The software verifies it with the account's public key.")
                                 .arg(what));

    // Time to live.
    m_ttlSpin = new QSpinBox(this);
    m_ttlSpin->setObjectName(QStringLiteral("ttlSpin"));
    m_ttlUnit = new QComboBox(this);
    m_ttlUnit->setObjectName(QStringLiteral("ttlUnitCombo"));
    m_ttlUnit->addItem(tr("hours"), kHour);
    m_ttlUnit->addItem(tr("days"), kDay);
    m_ttlUnit->setCurrentIndex(1);
    m_ttlSpin->setValue(30);
    m_noTtl = new QCheckBox(tr("N&o expiry"), this);
    m_noTtl->setObjectName(QStringLiteral("noTtlCheck"));
    m_noTtl->setToolTip(tr("Not recommended: the file stays valid forever, even when the license is suspended or "
                           "expires, because the software never needs a new one."));
    auto *ttlRow = new QHBoxLayout;
    ttlRow->addWidget(m_ttlSpin);
    ttlRow->addWidget(m_ttlUnit);
    ttlRow->addWidget(m_noTtl);
    ttlRow->addStretch(1);

    // What to embed.
    auto *includeBox = new QGroupBox(tr("Include"), this);
    auto *includeGrid = new QGridLayout(includeBox);
    QList<Include> includes;
    if (machine) {
        includes = QList<Include>(std::begin(kMachineIncludes), std::end(kMachineIncludes));
    } else {
        includes = QList<Include>(std::begin(kLicenseIncludes), std::end(kLicenseIncludes));
    }
    if (!m_workspace->profile().environment.isEmpty()) {
        includes.append({"environment", QT_TRANSLATE_NOOP("keydesk::CheckOutDialog", "Environment"), false});
    }
    for (const Include &include : std::as_const(includes)) {
        auto *check = new QCheckBox(tr(include.label), includeBox);
        const QString name = QLatin1String(include.name);
        check->setObjectName(QStringLiteral("include_") + QString(name).replace(QLatin1Char('.'), QLatin1Char('_')));
        check->setProperty("include", name);
        check->setChecked(include.checked);
        const int index = int(m_includes.size());
        includeGrid->addWidget(check, index / 3, index % 3);
        m_includes.append(check);
    }

    // Protection.
    m_encrypt = new QCheckBox(machine ? tr("&Encrypt with the license key and the machine's fingerprint")
                                      : tr("&Encrypt with the license key"),
                              this);
    m_encrypt->setObjectName(QStringLiteral("encryptCheck"));
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    const QString preferred = PolicySummary::defaultFileSigner(m_policy);
    const std::pair<const char *, QString> signers[] = {
        {"ed25519", tr("Ed25519")},
        {"ecdsa-p256", tr("ECDSA P-256")},
        {"rsa-pss-sha256", tr("RSA-PSS SHA-256")},
        {"rsa-sha256", tr("RSA PKCS#1 v1.5 SHA-256")},
    };
    for (const auto &[id, label] : signers) {
        const QString signer = QLatin1String(id);
        m_algorithm->addItem(signer == preferred ? tr("%1 (the policy's default)").arg(label) : label, signer);
    }
    m_algorithm->setCurrentIndex(m_algorithm->findData(preferred));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *ttlLabel = new QLabel(tr("&Valid for:"), this);
    ttlLabel->setBuddy(m_ttlSpin);
    form->addRow(ttlLabel, ttlRow);
    form->addRow(tr("&Signature:"), m_algorithm);
    form->addRow(QString(), m_encrypt);
    form->addRow(QString(), m_hint);

    m_checkOutButton = new QPushButton(tr("&Check Out"), this);
    m_checkOutButton->setObjectName(QStringLiteral("checkOutButton"));
    m_checkOutButton->setDefault(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    auto *checkOutRow = new QHBoxLayout;
    checkOutRow->addWidget(m_checkOutButton);
    checkOutRow->addWidget(m_status, 1);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_saveButton = new QPushButton(tr("&Save\u2026"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_inspectorButton = new QPushButton(tr("Open in &Inspector"), this);
    m_inspectorButton->setObjectName(QStringLiteral("openInspectorButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_inspectorButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(includeBox);
    layout->addLayout(checkOutRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_noTtl, &QCheckBox::toggled, this, &CheckOutDialog::updateFields);
    connect(m_ttlUnit, &QComboBox::currentIndexChanged, this, &CheckOutDialog::updateFields);
    connect(m_encrypt, &QCheckBox::toggled, this, &CheckOutDialog::updateFields);
    connect(m_checkOutButton, &QPushButton::clicked, this, &CheckOutDialog::checkOut);
    connect(m_saveButton, &QPushButton::clicked, this, &CheckOutDialog::save);
    connect(m_inspectorButton, &QPushButton::clicked, this, [this] {
        Q_EMIT openInInspector(m_certificate, m_license.stringAttribute(QStringLiteral("key")));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CheckOutDialog::updateFields()
{
    // Keygen's shortest time to live is an hour; it states no longest, a decade is plenty.
    const bool days = m_ttlUnit->currentData().toLongLong() == kDay;
    m_ttlSpin->setRange(1, days ? 3650 : 24 * 3650);
    m_ttlSpin->setEnabled(!m_noTtl->isChecked());
    m_ttlUnit->setEnabled(!m_noTtl->isChecked());

    // A legacy-encrypted license's key is stored as a digest: a file encrypted with it could not be read.
    const QString key = m_license.stringAttribute(QStringLiteral("key"));
    const bool legacy = m_policy.stringAttribute(QStringLiteral("scheme")) == QLatin1String("LEGACY_ENCRYPT");
    const bool canEncrypt = !key.isEmpty() && !legacy;
    m_encrypt->setEnabled(canEncrypt);
    if (!canEncrypt) {
        m_encrypt->setChecked(false);
    }
    QString hint;
    if (!canEncrypt) {
        hint = legacy ? tr("Files of legacy-encrypted licenses cannot be encrypted: their key is not known.")
                      : tr("The license key is not known here, so the file cannot be encrypted.");
    } else if (m_encrypt->isChecked()) {
        hint = m_resource.type() == QLatin1String("machines")
                 ? tr("Only software that knows the license key and this machine's fingerprint can read the file.")
                 : tr("Only software that knows the license key can read the file.");
    } else {
        hint = tr("Anyone can read the file; nobody can change it without breaking the signature.");
    }
    m_hint->setText(hint);

    const bool haveFile = !m_certificate.isEmpty();
    m_saveButton->setEnabled(haveFile);
    m_inspectorButton->setEnabled(haveFile);
    m_checkOutButton->setEnabled(!m_reply);
}

void CheckOutDialog::fitContents()
{
    // Wrapped labels that gained lines do not grow a shown window by themselves.
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height()) {
        resize(width(), needed);
    }
}

std::optional<qint64> CheckOutDialog::ttlSeconds() const
{
    if (m_noTtl->isChecked()) {
        return std::nullopt;
    }
    return qint64(m_ttlSpin->value()) * m_ttlUnit->currentData().toLongLong();
}

QString CheckOutDialog::algorithm() const
{
    return (m_encrypt->isChecked() ? QStringLiteral("aes-256-gcm+") : QStringLiteral("base64+"))
         + m_algorithm->currentData().toString();
}

void CheckOutDialog::checkOut()
{
    if (m_reply) {
        return;
    }
    api::requests::CheckOut options;
    const std::optional<qint64> ttl = ttlSeconds();
    options.noExpiry = !ttl;
    options.ttl = ttl;
    for (const QCheckBox *check : std::as_const(m_includes)) {
        if (check->isChecked()) {
            options.include << check->property("include").toString();
        }
    }
    // Keygen takes either `encrypt` or `algorithm`; the algorithm says both.
    options.algorithm = algorithm();
    m_errorLabel->clear();
    m_resultLabel->clear();
    m_status->setText(tr("Checking out\u2026"));
    m_reply = m_workspace->client()->send(api::requests::checkOut(m_resource.type(), m_resource.id(), options), this);
    connect(m_reply, &api::ApiReply::finished, this, [this, reply = m_reply.data()] {
        showResult(reply);
    });
    updateFields();
}

void CheckOutDialog::showResult(api::ApiReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    m_status->clear();
    if (!reply->ok()) {
        m_errorLabel->setText(tr("The file could not be checked out. %1").arg(reply->error().userMessage()));
        updateFields();
        fitContents();
        Q_EMIT checkedOut(false);
        return;
    }
    const api::Resource file = reply->document().resource();
    const QString certificate = file.stringAttribute(QStringLiteral("certificate"));
    if (certificate.isEmpty()) {
        m_errorLabel->setText(tr("The server's answer holds no file."));
        updateFields();
        Q_EMIT checkedOut(false);
        return;
    }
    m_certificate = certificate.toUtf8();
    const QLocale locale;
    const QDateTime expiry = file.dateTimeAttribute(QStringLiteral("expiry"));
    const QString until = expiry.isValid()
                            ? tr("valid until %1").arg(locale.toString(expiry.toLocalTime(), QLocale::ShortFormat))
                            : tr("valid forever");
    QString result = tr("Checked out: %1, signed with %2.")
                         .arg(until, file.stringAttribute(QStringLiteral("algorithm"), algorithm()));
    const QJsonArray includes = file.attribute(QStringLiteral("includes")).toArray();
    if (!includes.isEmpty()) {
        QStringList names;
        for (const QJsonValue &name : includes) {
            names << name.toString();
        }
        result += QLatin1Char(' ') + tr("It includes: %1.").arg(names.join(QStringLiteral(", ")));
    }
    m_resultLabel->setText(result);
    updateFields();
    fitContents();
    Q_EMIT checkedOut(true);
}

QString CheckOutDialog::suggestedFileName() const
{
    // A plain key's first group ("A1B2C3-…") is what support people recognise; signed keys are too long for that.
    static const QRegularExpression plainKey(QStringLiteral("^([A-Za-z0-9]{4,16})(-[A-Za-z0-9]+)+$"));
    const QRegularExpressionMatch match = plainKey.match(m_license.stringAttribute(QStringLiteral("key")));
    if (m_resource.type() == QLatin1String("licenses") && match.hasMatch()) {
        return match.captured(1) + QStringLiteral(".lic");
    }
    return m_resource.id() + QStringLiteral(".lic");
}

bool CheckOutDialog::save()
{
    if (m_certificate.isEmpty()) {
        return false;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(this,
                                                     tr("Save License File"),
                                                     QDir(dir).filePath(suggestedFileName()),
                                                     tr("License files (*.lic);;All files (*)"));
    if (path.isEmpty()) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_certificate) != m_certificate.size() || !file.commit()) {
        m_errorLabel->setText(
            tr("The file could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_errorLabel->clear();
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace keydesk
