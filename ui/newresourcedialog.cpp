#include "ui/newresourcedialog.h"

#include "app/api/requests.h"
#include "models/workspace.h"
#include "ui/command.h"
#include "ui/policysummary.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace keydesk {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

enum class Kind {
    Text,
    LongText, // several lines (a release's description)
    Code,     // a unique code: no spaces or commas (entitlement codes are listed with commas in validations)
    Email,
    Password,
    Url,
    List,     // comma-separated, sent as an array of strings
    Integer,  // empty: not sent (Keygen's "no limit")
    Duration, // typed in days, hours or minutes, sent in seconds
    Boolean,
    Enum,
    Semver,
};

// How a code follows the name until it is edited: "Nordlicht Studio" -> "nordlicht-studio" or "NORDLICHT_STUDIO".
enum class Derive {
    None,
    Slug,
    UpperSnake,
};

struct Choice
{
    QString value; // empty: nothing is sent, the server decides
    QString label;
};

// One attribute of the form: what Keygen takes on create (the API reference and wire formats §5).
struct FieldSpec
{
    QString attribute;
    QString label;
    Kind kind = Kind::Text;
    bool required = false;
    QJsonValue defaultValue = {}; // Enum: the value chosen first; Boolean: checked
    qint64 minimum = 0;           // Integer: the smallest value; Duration: the shortest, in seconds
    qint64 unit = kDay;           // Duration: the unit shown first, in seconds
    QList<Choice> choices = {};
    QString placeholder = {};
    QString toolTip = {};
    Derive derive = Derive::None;
    QString enabledBy = {};      // a Boolean attribute that must be checked for this one to apply
    QString offPlaceholder = {}; // what applies instead while enabledBy is unchecked
};

// A to-one relationship chosen from the cache.
struct RelationSpec
{
    QString name; // "product"
    QString type; // "products"
    QString label;
    bool required = false;
};

struct TypeSpec
{
    QString intro;
    QList<FieldSpec> fields;
    QList<RelationSpec> relations;
    QJsonObject fixed; // attributes sent as they are
    // Rules across fields (a release's channel and version); the problem, or empty.
    std::function<QString(const QJsonObject &attributes)> check;
};

QStringList channelNames()
{
    return {QStringLiteral("stable"),
            QStringLiteral("rc"),
            QStringLiteral("beta"),
            QStringLiteral("alpha"),
            QStringLiteral("dev")};
}

const QRegularExpression &semverPattern()
{
    // SemVer 2.0 (semver.org): major.minor.patch, an optional prerelease after "-" and build after "+"; no "v".
    static const QRegularExpression pattern(QStringLiteral(
        "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        "(?:-((?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*))?"
        "(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$"));
    return pattern;
}

bool isEmail(const QString &text)
{
    // What a mail server accepts in practice: something, @, a domain with a dot, no spaces.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return pattern.match(text).hasMatch();
}

QString derived(const QString &name, Derive derive)
{
    const QChar separator = derive == Derive::Slug ? QLatin1Char('-') : QLatin1Char('_');
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out += derive == Derive::Slug ? c.toLower() : c.toUpper();
        } else if (!out.isEmpty() && !out.endsWith(separator)) {
            out += separator;
        }
    }
    while (out.endsWith(separator)) {
        out.chop(1);
    }
    return out;
}

TypeSpec specFor(const QString &type)
{
    TypeSpec spec;
    const QString unlimited = NewResourceDialog::tr("Unlimited");
    if (type == u"products") {
        spec.intro = NewResourceDialog::tr(
            "A product is what you sell: its policies, licenses and releases belong to it.");
        spec.fields = {
            {QStringLiteral("name"), NewResourceDialog::tr("Name:"), Kind::Text, true},
            {QStringLiteral("code"),
             NewResourceDialog::tr("Code:"),
             Kind::Code,
             true,
             {},
             0,
             kDay,
             {},
             NewResourceDialog::tr("e.g. nordlicht-studio"),
             NewResourceDialog::tr("A unique short name for the product, used in URLs and by the CLI"),
             Derive::Slug},
            {QStringLiteral("distributionStrategy"),
             NewResourceDialog::tr("Releases:"),
             Kind::Enum,
             true,
             QStringLiteral("LICENSED"),
             0,
             kDay,
             {{QStringLiteral("LICENSED"), NewResourceDialog::tr("Licensed users only")},
              {QStringLiteral("OPEN"), NewResourceDialog::tr("Open to anybody")},
              {QStringLiteral("CLOSED"), NewResourceDialog::tr("Closed: admins only")}}},
            {QStringLiteral("url"),
             NewResourceDialog::tr("Website:"),
             Kind::Url,
             false,
             {},
             0,
             kDay,
             {},
             NewResourceDialog::tr("https://example.com")},
            {QStringLiteral("platforms"),
             NewResourceDialog::tr("Platforms:"),
             Kind::List,
             false,
             {},
             0,
             kDay,
             {},
             NewResourceDialog::tr("e.g. macOS, Windows, Linux")},
        };
    } else if (type == u"policies") {
        spec.intro = NewResourceDialog::tr(
            "A policy decides how long its licenses last, on how many machines they run, and how their "
            "keys are made. Leave a field empty to keep Keygen's default.");
        spec.relations = {
            {QStringLiteral("product"), QStringLiteral("products"), NewResourceDialog::tr("Product:"), true}};
        spec.fields = {
            {QStringLiteral("name"),
             NewResourceDialog::tr("Name:"),
             Kind::Text,
             true,
             {},
             0,
             kDay,
             {},
             NewResourceDialog::tr("e.g. Annual subscription")},
            {QStringLiteral("duration"),
             NewResourceDialog::tr("Duration:"),
             Kind::Duration,
             false,
             {},
             kDay,
             kDay,
             {},
             NewResourceDialog::tr("Perpetual"),
             NewResourceDialog::tr("How long a license lasts; empty: it never expires")},
            {QStringLiteral("scheme"),
             NewResourceDialog::tr("License keys:"),
             Kind::Enum,
             false,
             QString(),
             0,
             kDay,
             {{QString(), NewResourceDialog::tr("Random keys (not signed)")},
              {QStringLiteral("ED25519_SIGN"), NewResourceDialog::tr("Signed with Ed25519 (recommended)")},
              {QStringLiteral("ECDSA_P256_SIGN"), NewResourceDialog::tr("Signed with ECDSA P-256")},
              {QStringLiteral("RSA_2048_PKCS1_PSS_SIGN_V2"), NewResourceDialog::tr("Signed with RSA-PSS")},
              {QStringLiteral("RSA_2048_PKCS1_SIGN_V2"), NewResourceDialog::tr("Signed with RSA PKCS#1 v1.5")},
              {QStringLiteral("RSA_2048_PKCS1_ENCRYPT"), NewResourceDialog::tr("Encrypted with RSA")},
              {QStringLiteral("RSA_2048_JWT_RS256"), NewResourceDialog::tr("JSON Web Token (RS256)")}},
             {},
             NewResourceDialog::tr("Signed keys can be verified offline with the account's public key")},
            {QStringLiteral("floating"),
             NewResourceDialog::tr("Floating: a license may run on several machines"),
             Kind::Boolean,
             false,
             false},
            {QStringLiteral("maxMachines"),
             NewResourceDialog::tr("Machines per license:"),
             Kind::Integer,
             false,
             {},
             1,
             kDay,
             {},
             unlimited,
             NewResourceDialog::tr("Node-locked policies allow exactly one machine"),
             Derive::None,
             QStringLiteral("floating"),
             NewResourceDialog::tr("One (node-locked)")},
            {QStringLiteral("maxUses"),
             NewResourceDialog::tr("Uses per license:"),
             Kind::Integer,
             false,
             {},
             0,
             kDay,
             {},
             unlimited},
            {QStringLiteral("strict"),
             NewResourceDialog::tr("Strict: a license validates only on its activated machines"),
             Kind::Boolean,
             false,
             false},
            {QStringLiteral("requireHeartbeat"),
             NewResourceDialog::tr("Require heartbeats: machines must ping to stay activated"),
             Kind::Boolean,
             false,
             false},
            {QStringLiteral("heartbeatDuration"),
             NewResourceDialog::tr("Heartbeat every:"),
             Kind::Duration,
             false,
             {},
             kMinute,
             kMinute,
             {},
             NewResourceDialog::tr("Keygen's default"),
             NewResourceDialog::tr("How long a machine stays alive without a ping"),
             Derive::None,
             QStringLiteral("requireHeartbeat"),
             NewResourceDialog::tr("No heartbeats")},
            {QStringLiteral("expirationStrategy"),
             NewResourceDialog::tr("When expired:"),
             Kind::Enum,
             true,
             QStringLiteral("RESTRICT_ACCESS"),
             0,
             kDay,
             {{QStringLiteral("RESTRICT_ACCESS"),
               NewResourceDialog::tr("Restrict access (validation fails, old releases download)")},
              {QStringLiteral("REVOKE_ACCESS"), NewResourceDialog::tr("Revoke access (validation and downloads fail)")},
              {QStringLiteral("MAINTAIN_ACCESS"),
               NewResourceDialog::tr("Maintain access (validation passes, no new releases)")},
              {QStringLiteral("ALLOW_ACCESS"), NewResourceDialog::tr("Allow access (everything keeps working)")}}},
            {QStringLiteral("authenticationStrategy"),
             NewResourceDialog::tr("Clients sign in with:"),
             Kind::Enum,
             true,
             QStringLiteral("TOKEN"),
             0,
             kDay,
             {{QStringLiteral("TOKEN"), NewResourceDialog::tr("A token")},
              {QStringLiteral("LICENSE"), NewResourceDialog::tr("The license key")},
              {QStringLiteral("SESSION"), NewResourceDialog::tr("A session")},
              {QStringLiteral("MIXED"), NewResourceDialog::tr("A token or the license key")},
              {QStringLiteral("NONE"), NewResourceDialog::tr("Nothing (no client authentication)")}}},
        };
    } else if (type == u"entitlements") {
        spec.intro = NewResourceDialog::tr(
            "An entitlement is a feature a license can have; the software asks for it by its code.");
        spec.fields = {
            {QStringLiteral("name"),
             NewResourceDialog::tr("Name:"),
             Kind::Text,
             true,
             {},
             0,
             kDay,
             {},
             NewResourceDialog::tr("e.g. Export to PDF")},
            {QStringLiteral("code"),
             NewResourceDialog::tr("Code:"),
             Kind::Code,
             true,
             {},
             0,
             kDay,
             {},
             NewResourceDialog::tr("e.g. EXPORT_PDF"),
             NewResourceDialog::tr("Unique in the account; validation requests name entitlements by their code"),
             Derive::UpperSnake},
        };
    } else if (type == u"groups") {
        spec.intro = NewResourceDialog::tr(
            "A group collects users, licenses and machines, e.g. of one customer, with limits of its own.");
        spec.fields = {
            {QStringLiteral("name"),
             NewResourceDialog::tr("Name:"),
             Kind::Text,
             true,
             {},
             0,
             kDay,
             {},
             NewResourceDialog::tr("e.g. Acme Corporation")},
            {QStringLiteral("maxLicenses"),
             NewResourceDialog::tr("Licenses:"),
             Kind::Integer,
             false,
             {},
             0,
             kDay,
             {},
             unlimited},
            {QStringLiteral("maxMachines"),
             NewResourceDialog::tr("Machines:"),
             Kind::Integer,
             false,
             {},
             0,
             kDay,
             {},
             unlimited},
            {QStringLiteral("maxUsers"),
             NewResourceDialog::tr("Users:"),
             Kind::Integer,
             false,
             {},
             0,
             kDay,
             {},
             unlimited},
        };
    } else if (type == u"users") {
        spec.intro = NewResourceDialog::tr(
            "A user is a customer (or a colleague) who can own licenses and sign in to manage them.");
        spec.relations = {{QStringLiteral("group"), QStringLiteral("groups"), NewResourceDialog::tr("Group:"), false}};
        spec.fields = {
            {QStringLiteral("email"),
             NewResourceDialog::tr("Email:"),
             Kind::Email,
             true,
             {},
             0,
             kDay,
             {},
             NewResourceDialog::tr("name@example.com")},
            {QStringLiteral("firstName"), NewResourceDialog::tr("First name:"), Kind::Text},
            {QStringLiteral("lastName"), NewResourceDialog::tr("Last name:"), Kind::Text},
            {QStringLiteral("role"),
             NewResourceDialog::tr("Role:"),
             Kind::Enum,
             true,
             QStringLiteral("user"),
             0,
             kDay,
             {{QStringLiteral("user"), NewResourceDialog::tr("User (a customer)")},
              {QStringLiteral("admin"), NewResourceDialog::tr("Administrator")},
              {QStringLiteral("developer"), NewResourceDialog::tr("Developer")},
              {QStringLiteral("read-only"), NewResourceDialog::tr("Read-only")},
              {QStringLiteral("sales-agent"), NewResourceDialog::tr("Sales agent")},
              {QStringLiteral("support-agent"), NewResourceDialog::tr("Support agent")}}},
            {QStringLiteral("password"),
             NewResourceDialog::tr("Password:"),
             Kind::Password,
             false,
             {},
             8,
             kDay,
             {},
             NewResourceDialog::tr("Optional: at least 8 characters"),
             NewResourceDialog::tr("Without a password the user signs in with a license key or a token only")},
        };
    } else if (type == u"releases") {
        spec.intro = NewResourceDialog::tr(
            "A release is a version of a product. It starts as a draft: publish it once its artifacts "
            "are uploaded.");
        spec.relations = {
            {QStringLiteral("product"), QStringLiteral("products"), NewResourceDialog::tr("Product:"), true}};
        spec.fields = {
            {QStringLiteral("version"),
             NewResourceDialog::tr("Version:"),
             Kind::Semver,
             true,
             {},
             0,
             kDay,
             {},
             NewResourceDialog::tr("e.g. 1.2.0 or 2.0.0-beta.1"),
             NewResourceDialog::tr(
                 "A semantic version: major.minor.patch, an optional prerelease tag, no \u201cv\u201d")},
            {QStringLiteral("channel"),
             NewResourceDialog::tr("Channel:"),
             Kind::Enum,
             true,
             QStringLiteral("stable"),
             0,
             kDay,
             {{QStringLiteral("stable"), NewResourceDialog::tr("Stable")},
              {QStringLiteral("rc"), NewResourceDialog::tr("Release candidate (rc)")},
              {QStringLiteral("beta"), NewResourceDialog::tr("Beta")},
              {QStringLiteral("alpha"), NewResourceDialog::tr("Alpha")},
              {QStringLiteral("dev"), NewResourceDialog::tr("Development (dev)")}}},
            {QStringLiteral("name"),
             NewResourceDialog::tr("Name:"),
             Kind::Text,
             false,
             {},
             0,
             kDay,
             {},
             NewResourceDialog::tr("e.g. Spring update")},
            {QStringLiteral("tag"),
             NewResourceDialog::tr("Tag:"),
             Kind::Code,
             false,
             {},
             0,
             kDay,
             {},
             NewResourceDialog::tr("Optional, e.g. latest"),
             NewResourceDialog::tr("A unique name to fetch the release by")},
            {QStringLiteral("description"), NewResourceDialog::tr("Description:"), Kind::LongText},
        };
        spec.fixed = {{QStringLiteral("status"), QStringLiteral("DRAFT")}};
        spec.check = [](const QJsonObject &attributes) -> QString {
            const QString version = attributes.value(QStringLiteral("version")).toString();
            const QString channel = attributes.value(QStringLiteral("channel")).toString();
            const QRegularExpressionMatch match = semverPattern().match(version);
            if (!match.hasMatch()) {
                return {};
            }
            // Keygen's rule: a stable version has no prerelease tag, any other channel's tag starts with the channel.
            const QString prerelease = match.captured(4);
            if (channel == u"stable" && !prerelease.isEmpty()) {
                return NewResourceDialog::tr(
                           "A stable version has no prerelease tag: choose the channel of \u201c%1\u201d, or enter "
                           "a version like %2.%3.%4.")
                    .arg(prerelease, match.captured(1), match.captured(2), match.captured(3));
            }
            if (channel != u"stable" && !prerelease.startsWith(channel)) {
                return NewResourceDialog::tr(
                           "A %1 version has a prerelease tag starting with \u201c%1\u201d, like %2.%3.%4-%1.1.")
                    .arg(channel, match.captured(1), match.captured(2), match.captured(3));
            }
            return {};
        };
    }
    return spec;
}

} // namespace

struct NewResourceDialog::Input
{
    FieldSpec spec;
    QLineEdit *line = nullptr;
    QPlainTextEdit *text = nullptr;
    QCheckBox *check = nullptr;
    QComboBox *combo = nullptr;
    QComboBox *unit = nullptr; // Duration
    bool edited = false;       // a derived code the user typed over; a channel the user chose

    QWidget *widget() const
    {
        if (line) {
            return line;
        }
        if (text) {
            return text;
        }
        if (check) {
            return check;
        }
        return combo;
    }
};

struct NewResourceDialog::Relation
{
    RelationSpec spec;
    QComboBox *combo = nullptr;
};

NewResourceDialog::NewResourceDialog(Workspace *workspace, const QString &type, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_type(type)
{
    setObjectName(QStringLiteral("newResourceDialog"));
    setWindowTitle(tr("New %1").arg(typeTitle(type)));
    buildForm();
    validate();
}

NewResourceDialog::~NewResourceDialog() = default;

QStringList NewResourceDialog::supportedTypes()
{
    return {QStringLiteral("products"),
            QStringLiteral("policies"),
            QStringLiteral("entitlements"),
            QStringLiteral("groups"),
            QStringLiteral("users"),
            QStringLiteral("releases")};
}

QString NewResourceDialog::typeTitle(const QString &type)
{
    if (type == u"products") {
        return tr("Product");
    }
    if (type == u"policies") {
        return tr("Policy");
    }
    if (type == u"entitlements") {
        return tr("Entitlement");
    }
    if (type == u"groups") {
        return tr("Group");
    }
    if (type == u"users") {
        return tr("User");
    }
    if (type == u"releases") {
        return tr("Release");
    }
    return type;
}

QString NewResourceDialog::typeNoun(const QString &type)
{
    if (type == u"products") {
        return tr("product");
    }
    if (type == u"policies") {
        return tr("policy");
    }
    if (type == u"entitlements") {
        return tr("entitlement");
    }
    if (type == u"groups") {
        return tr("group");
    }
    if (type == u"users") {
        return tr("user");
    }
    if (type == u"releases") {
        return tr("release");
    }
    return type;
}

void NewResourceDialog::buildForm()
{
    const TypeSpec spec = specFor(m_type);
    m_fixed = spec.fixed;

    auto *intro = new QLabel(spec.intro, this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRelation = [this, form](const RelationSpec &relationSpec) {
        auto relation = std::make_unique<Relation>();
        relation->spec = relationSpec;
        relation->combo = new QComboBox(this);
        relation->combo->setObjectName(QStringLiteral("relation_") + relationSpec.name);
        const QList<api::Resource> choices = m_workspace && m_workspace->cache()->isOpen()
                                               ? m_workspace->cache()->resources(
                                                   cache::Query(relationSpec.type,
                                                                {},
                                                                relationSpec.type == u"users" ? QStringLiteral("email")
                                                                                              : QStringLiteral("name"),
                                                                Qt::AscendingOrder,
                                                                0,
                                                                10000))
                                               : QList<api::Resource>();
        relation->combo->addItem(relationSpec.required ? tr("Choose\u2026") : tr("None"), QString());
        for (const api::Resource &choice : choices) {
            const QString code = choice.stringAttribute(QStringLiteral("code"));
            const QString label = resourceLabel(choice);
            relation->combo->addItem(code.isEmpty() || code == label ? label : tr("%1 (%2)").arg(label, code),
                                     choice.id());
        }
        // With one product there is nothing to choose.
        if (relationSpec.required && choices.size() == 1) {
            relation->combo->setCurrentIndex(1);
        }
        connect(relation->combo, &QComboBox::currentIndexChanged, this, &NewResourceDialog::validate);
        form->addRow(relationSpec.label, relation->combo);
        m_relations.push_back(std::move(relation));
    };
    // What a resource belongs to comes first (the product of a policy); optional memberships last.
    for (const RelationSpec &relation : spec.relations) {
        if (relation.required) {
            addRelation(relation);
        }
    }

    for (const FieldSpec &fieldSpec : spec.fields) {
        auto input = std::make_unique<Input>();
        input->spec = fieldSpec;
        Input *raw = input.get();
        const QString name = QStringLiteral("field_") + fieldSpec.attribute;
        switch (fieldSpec.kind) {
        case Kind::Boolean:
            input->check = new QCheckBox(fieldSpec.label, this);
            input->check->setChecked(fieldSpec.defaultValue.toBool());
            connect(input->check, &QCheckBox::toggled, this, &NewResourceDialog::validate);
            break;
        case Kind::Enum:
            input->combo = new QComboBox(this);
            for (const Choice &choice : fieldSpec.choices) {
                input->combo->addItem(choice.label, choice.value);
            }
            input->combo->setCurrentIndex(qMax(0, input->combo->findData(fieldSpec.defaultValue.toString())));
            connect(input->combo, &QComboBox::currentIndexChanged, this, &NewResourceDialog::validate);
            connect(input->combo, &QComboBox::activated, this, [raw] {
                raw->edited = true;
            });
            break;
        case Kind::LongText:
            input->text = new QPlainTextEdit(this);
            input->text->setTabChangesFocus(true);
            input->text->setFixedHeight(input->text->fontMetrics().lineSpacing() * 4 + 12);
            connect(input->text, &QPlainTextEdit::textChanged, this, &NewResourceDialog::validate);
            break;
        default:
            input->line = new QLineEdit(this);
            input->line->setPlaceholderText(fieldSpec.placeholder);
            input->line->setClearButtonEnabled(fieldSpec.kind != Kind::Integer && fieldSpec.kind != Kind::Duration);
            if (fieldSpec.kind == Kind::Password) {
                input->line->setEchoMode(QLineEdit::Password);
            }
            if (fieldSpec.kind == Kind::Integer || fieldSpec.kind == Kind::Duration) {
                // Nine digits: even as days they stay far inside a 64-bit count of seconds.
                input->line->setMaxLength(9);
            }
            connect(input->line, &QLineEdit::textChanged, this, &NewResourceDialog::validate);
            connect(input->line, &QLineEdit::textEdited, this, [this, raw] {
                textEdited(*raw);
            });
            break;
        }
        QWidget *widget = input->widget();
        widget->setObjectName(name);
        widget->setToolTip(fieldSpec.toolTip);
        if (fieldSpec.kind == Kind::Boolean) {
            form->addRow(QString(), widget);
        } else if (fieldSpec.kind == Kind::Duration) {
            input->unit = new QComboBox(this);
            input->unit->setObjectName(name + QStringLiteral("_unit"));
            input->unit->addItem(tr("days"), kDay);
            input->unit->addItem(tr("hours"), kHour);
            input->unit->addItem(tr("minutes"), kMinute);
            input->unit->setCurrentIndex(qMax(0, input->unit->findData(fieldSpec.unit)));
            connect(input->unit, &QComboBox::currentIndexChanged, this, &NewResourceDialog::validate);
            auto *row = new QHBoxLayout;
            row->addWidget(widget, 1);
            row->addWidget(input->unit);
            form->addRow(fieldSpec.label, row);
        } else {
            form->addRow(fieldSpec.label, widget);
        }
        m_inputs.push_back(std::move(input));
    }
    for (const RelationSpec &relation : spec.relations) {
        if (!relation.required) {
            addRelation(relation);
        }
    }

    m_validationLabel = new QLabel(this);
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();
    m_statusLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("&Create"), QDialogButtonBox::ActionRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_createButton->setAutoDefault(true);
    connect(m_createButton, &QPushButton::clicked, this, &NewResourceDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_validationLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    // The wrapped intro asks for more height at a narrow width than it needs at the dialog's own.
    validate();
    resize(minimumWidth(), heightForWidth(minimumWidth()));

    QString reason;
    m_canCreate = mayChangeServer(m_workspace, &reason);
    if (!m_canCreate) {
        // Say why once, instead of letting the user fill in a form for nothing.
        m_errorLabel->setText(reason);
        m_errorLabel->show();
        for (const auto &input : m_inputs) {
            input->widget()->setEnabled(false);
        }
        for (const auto &relation : m_relations) {
            relation->combo->setEnabled(false);
        }
    }
    if (!m_inputs.empty()) {
        const auto first = std::find_if(m_inputs.cbegin(), m_inputs.cend(), [](const auto &input) {
            return input->line != nullptr;
        });
        if (first != m_inputs.cend()) {
            (*first)->line->setFocus();
        }
    }
}

void NewResourceDialog::textEdited(Input &input)
{
    if (input.spec.derive != Derive::None) {
        // Typed over: the code no longer follows the name (until it is emptied again).
        input.edited = !input.line->text().isEmpty();
    }
    for (const auto &other : m_inputs) {
        if (other->spec.derive != Derive::None && !other->edited && input.spec.attribute == u"name") {
            other->line->setText(derived(input.line->text(), other->spec.derive));
        }
    }
    // A prerelease tag names its channel: the channel follows the version until the user chooses one.
    if (input.spec.kind == Kind::Semver) {
        const QRegularExpressionMatch match = semverPattern().match(input.line->text().trimmed());
        for (const auto &other : m_inputs) {
            if (other->spec.attribute == u"channel" && other->combo && !other->edited && match.hasMatch()) {
                QString channel = QStringLiteral("stable");
                for (const QString &candidate : channelNames()) {
                    if (candidate != u"stable" && match.captured(4).startsWith(candidate)) {
                        channel = candidate;
                    }
                }
                other->combo->setCurrentIndex(qMax(0, other->combo->findData(channel)));
            }
        }
    }
}

bool NewResourceDialog::setRelated(const QString &relationship, const QString &id)
{
    for (const auto &relation : m_relations) {
        if (relation->spec.name == relationship) {
            const int index = relation->combo->findData(id);
            if (index > 0) {
                relation->combo->setCurrentIndex(index);
                return true;
            }
        }
    }
    return false;
}

QString NewResourceDialog::read(const Input &input, QJsonValue *value) const
{
    const FieldSpec &spec = input.spec;
    *value = QJsonValue(QJsonValue::Undefined);
    if (!spec.enabledBy.isEmpty()) {
        for (const auto &other : m_inputs) {
            if (other->spec.attribute == spec.enabledBy && other->check && !other->check->isChecked()) {
                return {};
            }
        }
    }
    QString label = spec.label;
    if (label.endsWith(QLatin1Char(':'))) {
        label.chop(1);
    }
    switch (spec.kind) {
    case Kind::Boolean:
        *value = input.check->isChecked();
        return {};
    case Kind::Enum: {
        const QString chosen = input.combo->currentData().toString();
        if (!chosen.isEmpty()) {
            *value = chosen;
        }
        return {};
    }
    default:
        break;
    }
    const QString raw = input.text ? input.text->toPlainText() : input.line->text();
    const QString text = spec.kind == Kind::Password ? raw : raw.trimmed();
    if (text.isEmpty()) {
        return spec.required ? tr("%1 is required.").arg(label) : QString();
    }
    switch (spec.kind) {
    case Kind::Code:
        if (text.contains(QRegularExpression(QStringLiteral("[\\s,]")))) {
            return tr("%1 cannot contain spaces or commas.").arg(label);
        }
        break;
    case Kind::Email:
        if (!isEmail(text)) {
            return tr("Enter a complete email address, like name@example.com.");
        }
        break;
    case Kind::Password:
        if (text.size() < spec.minimum) {
            return tr("The password needs at least %1 characters.").arg(spec.minimum);
        }
        break;
    case Kind::Url: {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")) {
            return tr("Enter a complete web address, like https://example.com.");
        }
        break;
    }
    case Kind::List: {
        QJsonArray items;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty()) {
                items.append(item.trimmed());
            }
        }
        *value = items;
        return {};
    }
    case Kind::Integer:
    case Kind::Duration: {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok || number < 0) {
            return tr("%1 must be a whole number.").arg(label);
        }
        if (spec.kind == Kind::Integer) {
            if (number < spec.minimum) {
                return tr("%1 must be at least %2.").arg(label).arg(spec.minimum);
            }
            *value = number;
            return {};
        }
        const qint64 seconds = number * input.unit->currentData().toLongLong();
        if (seconds < spec.minimum) {
            return tr("%1 must be at least %2.").arg(label, PolicySummary::duration(spec.minimum));
        }
        *value = seconds;
        return {};
    }
    case Kind::Semver:
        if (text.startsWith(QLatin1Char('v')) || text.startsWith(QLatin1Char('V'))) {
            return tr("Enter the version without \u201cv\u201d: %1.").arg(text.mid(1));
        }
        if (!semverPattern().match(text).hasMatch()) {
            return tr("%1 must be a semantic version with three numbers, like 1.2.0 or 1.2.0-beta.1.").arg(label);
        }
        break;
    default:
        break;
    }
    *value = text;
    return {};
}

QStringList NewResourceDialog::problems() const
{
    QStringList out;
    for (const auto &relation : m_relations) {
        if (relation->spec.required && relation->combo->currentData().toString().isEmpty()) {
            QString label = relation->spec.label;
            if (label.endsWith(QLatin1Char(':'))) {
                label.chop(1);
            }
            out << (relation->combo->count() <= 1
                        ? tr("%1 is required, and the local copy of the account has none yet: synchronize, or "
                             "create one first.")
                              .arg(label)
                        : tr("%1 is required.").arg(label));
        }
    }
    QJsonObject attributes;
    for (const auto &input : m_inputs) {
        QJsonValue value;
        const QString problem = read(*input, &value);
        if (!problem.isEmpty()) {
            out << problem;
        } else if (!value.isUndefined()) {
            attributes.insert(input->spec.attribute, value);
        }
    }
    const TypeSpec spec = specFor(m_type);
    if (out.isEmpty() && spec.check) {
        const QString problem = spec.check(attributes);
        if (!problem.isEmpty()) {
            out << problem;
        }
    }
    return out;
}

QString NewResourceDialog::validationMessage() const
{
    if (!m_canCreate) {
        return {};
    }
    return problems().join(QLatin1Char('\n'));
}

api::Resource NewResourceDialog::resourceToCreate() const
{
    api::Resource resource(m_type);
    for (auto it = m_fixed.constBegin(); it != m_fixed.constEnd(); ++it) {
        resource.setAttribute(it.key(), it.value());
    }
    for (const auto &input : m_inputs) {
        QJsonValue value;
        if (read(*input, &value).isEmpty() && !value.isUndefined()) {
            resource.setAttribute(input->spec.attribute, value);
        }
    }
    for (const auto &relation : m_relations) {
        const QString id = relation->combo->currentData().toString();
        if (!id.isEmpty()) {
            resource.setRelated(relation->spec.name, {relation->spec.type, id});
        }
    }
    return resource;
}

void NewResourceDialog::validate()
{
    // A field that does not apply (the machines of a node-locked policy) cannot be typed into.
    for (const auto &input : m_inputs) {
        if (input->spec.enabledBy.isEmpty()) {
            continue;
        }
        for (const auto &other : m_inputs) {
            if (other->spec.attribute == input->spec.enabledBy && other->check) {
                const bool on = other->check->isChecked() && m_canCreate && !m_busy;
                input->widget()->setEnabled(on);
                if (input->line && !input->spec.offPlaceholder.isEmpty()) {
                    input->line->setPlaceholderText(other->check->isChecked() ? input->spec.placeholder
                                                                              : input->spec.offPlaceholder);
                }
                if (input->unit) {
                    input->unit->setEnabled(on);
                }
            }
        }
    }
    const QString message = validationMessage();
    m_validationLabel->setText(message);
    m_validationLabel->setVisible(!message.isEmpty());
    m_createButton->setEnabled(m_canCreate && !m_busy && message.isEmpty());
}

void NewResourceDialog::create()
{
    if (m_busy || !m_canCreate || !validationMessage().isEmpty() || !m_created.isNull()) {
        return;
    }
    m_errorLabel->clear();
    m_errorLabel->hide();
    setBusy(true);
    m_workspace->mutations()->send(api::requests::create(resourceToCreate()),
                                   [self = QPointer<NewResourceDialog>(this)](const api::ApiError &error,
                                                                              const api::Resource &result) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (error.isError()) {
            self->m_errorLabel->setText(
                tr("The %1 could not be created. %2").arg(typeNoun(self->m_type), error.userMessage()));
            self->m_errorLabel->show();
            return;
        }
        self->m_created = result;
        Q_EMIT self->created(result.type(), result.id());
        self->accept();
    });
}

void NewResourceDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_statusLabel->setText(busy ? tr("Creating\u2026") : QString());
    m_statusLabel->setVisible(busy);
    // Inputs stay as typed, but cannot change while the server decides on them.
    for (const auto &input : m_inputs) {
        input->widget()->setEnabled(!busy);
        if (input->unit) {
            input->unit->setEnabled(!busy);
        }
    }
    for (const auto &relation : m_relations) {
        relation->combo->setEnabled(!busy);
    }
    validate();
}

// ---- NewResourceCommand ----

NewResourceCommand::NewResourceCommand(CommandContext &context, const QString &type, QObject *parent)
    : Command(context, type, Selection::None, parent)
{
    const QString title = NewResourceDialog::typeTitle(type);
    // Ctrl+N belongs to New License; every page's New command shares Ctrl+Alt+N, as Delete is shared.
    setup(QStringLiteral("new_%1").arg(type),
          tr("&New %1\u2026").arg(title),
          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
          tr("Create a new %1 on the server").arg(NewResourceDialog::typeNoun(type)));
}

void NewResourceCommand::run(const QList<api::Resource> &)
{
    Workspace *workspace = m_context.workspace();
    if (!workspace) {
        return;
    }
    auto *dialog = new NewResourceDialog(workspace, type(), m_context.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewResourceDialog::created, this, [this, dialog](const QString &type, const QString &id) {
        m_context.showResult(tr("Created %1 \u201c%2\u201d.")
                                 .arg(NewResourceDialog::typeNoun(type), resourceLabel(dialog->createdResource())));
        m_context.openResource(type, id);
    });
    dialog->open();
}

} // namespace keydesk
