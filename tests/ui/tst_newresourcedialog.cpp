// The New … dialog on real widgets (offscreen) against the in-process sandbox over real HTTP: a product, a policy, an
// entitlement, a group, a user and a release created as a user fills the form, each checked on the server and in the
// cache; inputs checked as typed (codes, emails, versions, durations); a server refusal explained with every input
// kept, nothing cached and a retry that works; and the New command, which read-only connections cannot use.

#include "app/api/requests.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxserver.h"
#include "models/workspace.h"
#include "tests/apireply.h"
#include "tests/sandbox/sandboxclient.h"
#include "tests/ui/sandboxprofile.h"
#include "ui/command.h"
#include "ui/newresourcedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace keydesk;

namespace {

using testing::wait;

QString unique(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// What the main window gives a command, recorded.
class RecordingContext final : public CommandContext
{
public:
    explicit RecordingContext(Workspace *workspace)
        : m_workspace(workspace)
    {
    }

    Workspace *workspace() const override { return m_workspace; }

    QWidget *dialogParent() const override { return nullptr; }

    void showResult(const QString &message) override { results << message; }

    void showError(const QString &message) override { errors << message; }

    void openInInspector(const QByteArray &, const QString &) override {}

    void openResource(const QString &type, const QString &id) override { opened << (type + QLatin1Char('/') + id); }

    void openRelated(const QString &, const QString &, const QString &, const QString &) override {}

    Workspace *m_workspace;
    QStringList results;
    QStringList errors;
    QStringList opened;
};

} // namespace

class TestNewResourceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void createsAProduct();
    void createsAPolicyForAProduct();
    void createsAnEntitlementAndExplainsARefusal();
    void createsAGroupWithLimits();
    void createsAUser();
    void createsARelease();
    void commandOpensTheDialogAndTheNewResource();
    void readOnlyConnectionsCannotCreate();

private:
    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget) {
            qFatal("no widget %s", name);
        }
        return widget;
    }

    profiles::Profile profile(bool readOnly) const;
    void open(const QString &type);
    void shoot(const QString &name) const;
    QString validation() const;
    bool choose(QComboBox *combo, const QString &startsWith);
    void type(const char *field, const QString &text);
    // Clicks Create; waits until the dialog closed (the id of the new resource) or showed an error (empty).
    QString create();
    api::Resource retrieve(const QString &type, const QString &id);

    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<NewResourceDialog> m_dialog;
};

profiles::Profile TestNewResourceDialog::profile(bool readOnly) const
{
    return testing::sandboxProfile(m_server, QStringLiteral("Sandbox"), readOnly);
}

void TestNewResourceDialog::initTestCase()
{
    QString error;
    m_workspace = testing::startSyncedSandbox(m_server, 20, m_dir.filePath(QStringLiteral("cache.sqlite")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    QVERIFY(m_workspace->cache()->count(QStringLiteral("products")) > 1);
}

void TestNewResourceDialog::cleanup()
{
    m_dialog.reset();
}

void TestNewResourceDialog::open(const QString &type)
{
    m_dialog = std::make_unique<NewResourceDialog>(m_workspace.get(), type);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestNewResourceDialog::shoot(const QString &name) const
{
    if (qEnvironmentVariableIsSet("KEYDESK_SCREENSHOTS")) {
        const QString dir = qEnvironmentVariable("KEYDESK_SCREENSHOTS");
        QDir().mkpath(dir);
        QTest::qWait(50); // pending layout requests, as a user would see the dialog
        m_dialog->grab().save(dir + QStringLiteral("/newresource-") + name + QStringLiteral(".png"));
    }
}

QString TestNewResourceDialog::validation() const
{
    auto *label = child<QLabel>("validationLabel");
    return label->isVisible() ? label->text() : QString();
}

bool TestNewResourceDialog::choose(QComboBox *combo, const QString &startsWith)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(startsWith)) {
            // As a user does it: the popup is a view; choosing an item activates it.
            combo->setCurrentIndex(i);
            Q_EMIT combo->activated(i);
            return true;
        }
    }
    return false;
}

void TestNewResourceDialog::type(const char *field, const QString &text)
{
    QTest::keyClicks(child<QWidget>(field), text);
}

QString TestNewResourceDialog::create()
{
    auto *button = child<QPushButton>("createButton");
    auto *error = child<QLabel>("errorLabel");
    if (!button->isVisible() || !button->isEnabled()) {
        qWarning("Create is disabled: %s", qPrintable(validation()));
        return {};
    }
    QSignalSpy created(m_dialog.get(), &NewResourceDialog::created);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor(
            [&] {
        return !created.isEmpty() || !error->text().isEmpty();
            },
            20000)) {
        return {};
    }
    if (created.isEmpty()) {
        return {};
    }
    // Accepted: the dialog closed itself.
    if (m_dialog->isVisible() || m_dialog->result() != QDialog::Accepted) {
        qWarning("the dialog stayed open");
        return {};
    }
    return created.constFirst().at(1).toString();
}

api::Resource TestNewResourceDialog::retrieve(const QString &type, const QString &id)
{
    api::ApiReply *reply = wait(m_workspace->client()->send(api::requests::retrieve(type, id)));
    reply->deleteLater();
    if (!reply->ok()) {
        qWarning("retrieve %s %s: %s", qPrintable(type), qPrintable(id), qPrintable(reply->error().technicalSummary()));
    }
    return reply->ok() ? reply->document().resource() : api::Resource();
}

void TestNewResourceDialog::createsAProduct()
{
    open(QStringLiteral("products"));
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("New Product"));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    QVERIFY2(validation().contains(QLatin1String("Name is required")), qPrintable(validation()));

    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(6);
    type("field_name", QStringLiteral("Orbit Notes ") + suffix);
    // The code follows the name until the user types one of their own.
    QCOMPARE(child<QLineEdit>("field_code")->text(), QStringLiteral("orbit-notes-") + suffix.toLower());
    type("field_url", QStringLiteral("orbit.example.com"));
    QVERIFY2(validation().contains(QLatin1String("web address")), qPrintable(validation()));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    child<QLineEdit>("field_url")->clear();
    type("field_url", QStringLiteral("https://orbit.example.com"));
    QVERIFY(choose(child<QComboBox>("field_distributionStrategy"), QStringLiteral("Open")));
    type("field_platforms", QStringLiteral("macOS, Linux"));
    QCOMPARE(validation(), QString());

    const QString id = create();
    QVERIFY(!id.isEmpty());
    const api::Resource product = retrieve(QStringLiteral("products"), id);
    QCOMPARE(product.stringAttribute(QStringLiteral("name")), QStringLiteral("Orbit Notes ") + suffix);
    QCOMPARE(product.stringAttribute(QStringLiteral("code")), QStringLiteral("orbit-notes-") + suffix.toLower());
    QCOMPARE(product.stringAttribute(QStringLiteral("distributionStrategy")), QStringLiteral("OPEN"));
    QCOMPARE(product.stringAttribute(QStringLiteral("url")), QStringLiteral("https://orbit.example.com"));
    QCOMPARE(product.attribute(QStringLiteral("platforms")).toArray(),
             (QJsonArray{QStringLiteral("macOS"), QStringLiteral("Linux")}));
    const std::optional<api::Resource> cached = m_workspace->cache()->resource(QStringLiteral("products"), id);
    QVERIFY(cached);
    QCOMPARE(cached->stringAttribute(QStringLiteral("code")), QStringLiteral("orbit-notes-") + suffix.toLower());
}

void TestNewResourceDialog::createsAPolicyForAProduct()
{
    open(QStringLiteral("policies"));
    shoot(QStringLiteral("policy-empty"));
    QVERIFY2(validation().contains(QLatin1String("Product is required")), qPrintable(validation()));
    auto *product = child<QComboBox>("relation_product");
    QVERIFY(choose(product, QStringLiteral("Nordlicht Studio")));
    const QString productId = product->currentData().toString();
    QVERIFY(!productId.isEmpty());

    const QString name = unique("Monthly ");
    type("field_name", name);
    // Keygen's shortest duration is a day: 12 hours is refused as typed.
    type("field_duration", QStringLiteral("12"));
    QVERIFY(choose(child<QComboBox>("field_duration_unit"), QStringLiteral("hours")));
    QVERIFY2(validation().contains(QLatin1String("at least 1 day")), qPrintable(validation()));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    child<QLineEdit>("field_duration")->clear();
    type("field_duration", QStringLiteral("30"));
    QVERIFY(choose(child<QComboBox>("field_duration_unit"), QStringLiteral("days")));

    // A node-locked policy has one machine: the limit applies only to floating ones.
    auto *maxMachines = child<QLineEdit>("field_maxMachines");
    QVERIFY(!maxMachines->isEnabled());
    QCOMPARE(maxMachines->placeholderText(), QStringLiteral("One (node-locked)"));
    child<QCheckBox>("field_floating")->click();
    QVERIFY(maxMachines->isEnabled());
    QCOMPARE(maxMachines->placeholderText(), QStringLiteral("Unlimited"));
    type("field_maxMachines", QStringLiteral("5"));
    QVERIFY(!child<QLineEdit>("field_heartbeatDuration")->isEnabled());
    child<QCheckBox>("field_requireHeartbeat")->click();
    type("field_heartbeatDuration", QStringLiteral("15"));
    QCOMPARE(child<QComboBox>("field_heartbeatDuration_unit")->currentText(), QStringLiteral("minutes"));
    QVERIFY(choose(child<QComboBox>("field_scheme"), QStringLiteral("Signed with Ed25519")));
    QVERIFY(choose(child<QComboBox>("field_expirationStrategy"), QStringLiteral("Maintain access")));
    QCOMPARE(validation(), QString());
    shoot(QStringLiteral("policy-filled"));

    const QString id = create();
    QVERIFY(!id.isEmpty());
    const api::Resource policy = retrieve(QStringLiteral("policies"), id);
    QCOMPARE(policy.stringAttribute(QStringLiteral("name")), name);
    QCOMPARE(policy.integerAttribute(QStringLiteral("duration")), std::optional<qint64>(2592000));
    QCOMPARE(policy.boolAttribute(QStringLiteral("floating")), true);
    QCOMPARE(policy.integerAttribute(QStringLiteral("maxMachines")), std::optional<qint64>(5));
    QCOMPARE(policy.boolAttribute(QStringLiteral("requireHeartbeat")), true);
    QCOMPARE(policy.integerAttribute(QStringLiteral("heartbeatDuration")), std::optional<qint64>(900));
    QCOMPARE(policy.stringAttribute(QStringLiteral("scheme")), QStringLiteral("ED25519_SIGN"));
    QCOMPARE(policy.stringAttribute(QStringLiteral("expirationStrategy")), QStringLiteral("MAINTAIN_ACCESS"));
    QCOMPARE(policy.stringAttribute(QStringLiteral("authenticationStrategy")), QStringLiteral("TOKEN"));
    QCOMPARE(policy.relatedId(QStringLiteral("product")), productId);
    const std::optional<api::Resource> cached = m_workspace->cache()->resource(QStringLiteral("policies"), id);
    QVERIFY(cached);
    QCOMPARE(cached->integerAttribute(QStringLiteral("duration")), std::optional<qint64>(2592000));
    QCOMPARE(cached->relatedId(QStringLiteral("product")), productId);
}

void TestNewResourceDialog::createsAnEntitlementAndExplainsARefusal()
{
    open(QStringLiteral("entitlements"));
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(6).toUpper();
    type("field_name", QStringLiteral("Export PDF ") + suffix);
    QCOMPARE(child<QLineEdit>("field_code")->text(), QStringLiteral("EXPORT_PDF_") + suffix);
    // Codes are listed with commas in validation scopes: no spaces, no commas.
    auto *code = child<QLineEdit>("field_code");
    code->clear();
    type("field_code", QStringLiteral("EXPORT PDF"));
    QVERIFY2(validation().contains(QLatin1String("Code cannot contain spaces or commas")), qPrintable(validation()));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    code->clear();
    type("field_code", QStringLiteral("EXPORT_PDF_") + suffix);
    // Typed over, the code no longer follows the name.
    type("field_name", QStringLiteral(" v2"));
    QCOMPARE(code->text(), QStringLiteral("EXPORT_PDF_") + suffix);
    const QString first = create();
    QVERIFY(!first.isEmpty());
    QCOMPARE(retrieve(QStringLiteral("entitlements"), first).stringAttribute(QStringLiteral("code")),
             QStringLiteral("EXPORT_PDF_") + suffix);
    QVERIFY(m_workspace->cache()->resource(QStringLiteral("entitlements"), first));

    // The same code again: the server refuses (422), the dialog says why and keeps what was typed.
    const qint64 before = m_workspace->cache()->count(QStringLiteral("entitlements"));
    open(QStringLiteral("entitlements"));
    type("field_name", QStringLiteral("Export PDF again"));
    code = child<QLineEdit>("field_code");
    code->clear();
    type("field_code", QStringLiteral("EXPORT_PDF_") + suffix);
    QVERIFY(create().isEmpty());
    const QString error = child<QLabel>("errorLabel")->text();
    QVERIFY2(error.contains(QLatin1String("could not be created")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("already in use")), qPrintable(error));
    shoot(QStringLiteral("entitlement-refused"));
    QVERIFY(!error.contains(QLatin1String("422")));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(child<QLineEdit>("field_name")->text(), QStringLiteral("Export PDF again"));
    QCOMPARE(code->text(), QStringLiteral("EXPORT_PDF_") + suffix);
    QCOMPARE(m_workspace->cache()->count(QStringLiteral("entitlements")), before);

    // Corrected and sent again: created once.
    type("field_code", QStringLiteral("_AGAIN"));
    const QString second = create();
    QVERIFY(!second.isEmpty());
    QCOMPARE(retrieve(QStringLiteral("entitlements"), second).stringAttribute(QStringLiteral("code")),
             QStringLiteral("EXPORT_PDF_") + suffix + QStringLiteral("_AGAIN"));
    QCOMPARE(m_workspace->cache()->count(QStringLiteral("entitlements")), before + 1);
}

void TestNewResourceDialog::createsAGroupWithLimits()
{
    open(QStringLiteral("groups"));
    const QString name = unique("Acme ");
    type("field_name", name);
    type("field_maxLicenses", QStringLiteral("-3"));
    QVERIFY2(validation().contains(QLatin1String("Licenses must be a whole number")), qPrintable(validation()));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    child<QLineEdit>("field_maxLicenses")->clear();
    type("field_maxLicenses", QStringLiteral("25"));
    type("field_maxUsers", QStringLiteral("10"));
    const QString id = create();
    QVERIFY(!id.isEmpty());
    const api::Resource group = retrieve(QStringLiteral("groups"), id);
    QCOMPARE(group.stringAttribute(QStringLiteral("name")), name);
    QCOMPARE(group.integerAttribute(QStringLiteral("maxLicenses")), std::optional<qint64>(25));
    QCOMPARE(group.integerAttribute(QStringLiteral("maxUsers")), std::optional<qint64>(10));
    // Left empty: no limit.
    QCOMPARE(group.integerAttribute(QStringLiteral("maxMachines")), std::nullopt);
    const std::optional<api::Resource> cached = m_workspace->cache()->resource(QStringLiteral("groups"), id);
    QVERIFY(cached);
    QCOMPARE(cached->integerAttribute(QStringLiteral("maxLicenses")), std::optional<qint64>(25));
}

void TestNewResourceDialog::createsAUser()
{
    open(QStringLiteral("users"));
    const QString local = unique("jane.");
    type("field_email", local);
    QVERIFY2(validation().contains(QLatin1String("email address")), qPrintable(validation()));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    type("field_email", QStringLiteral("@Example.com"));
    QCOMPARE(validation(), QString());
    QVERIFY(child<QPushButton>("createButton")->isEnabled());
    type("field_firstName", QStringLiteral("Jane"));
    type("field_lastName", QStringLiteral("Doe"));
    type("field_password", QStringLiteral("short"));
    QVERIFY2(validation().contains(QLatin1String("at least 8 characters")), qPrintable(validation()));
    type("field_password", QStringLiteral("-but-now-long"));
    QCOMPARE(validation(), QString());
    auto *group = child<QComboBox>("relation_group");
    QCOMPARE(group->currentText(), QStringLiteral("None"));
    QVERIFY(group->count() > 1);
    QVERIFY(choose(group, group->itemText(1)));
    const QString groupId = group->currentData().toString();

    const QString id = create();
    QVERIFY(!id.isEmpty());
    const api::Resource user = retrieve(QStringLiteral("users"), id);
    QCOMPARE(user.stringAttribute(QStringLiteral("email")), (local + QStringLiteral("@example.com")).toLower());
    QCOMPARE(user.stringAttribute(QStringLiteral("fullName")), QStringLiteral("Jane Doe"));
    QCOMPARE(user.stringAttribute(QStringLiteral("role")), QStringLiteral("user"));
    QVERIFY(!user.hasAttribute(QStringLiteral("password")));
    QCOMPARE(user.relatedId(QStringLiteral("group")), groupId);
    // The password typed reached the server: the new user signs in with it (POST /tokens, HTTP Basic).
    const QByteArray credentials = (user.stringAttribute(QStringLiteral("email"))
                                    + QStringLiteral(":short-but-now-long"))
                                       .toUtf8()
                                       .toBase64();
    test::SandboxClient client(m_server);
    const test::Reply signIn = client.send("POST",
                                           client.accountPath() + QStringLiteral("/tokens"),
                                           {},
                                           {{"Authorization", "Basic " + credentials}},
                                           false);
    QCOMPARE(signIn.status, 201);
    QVERIFY(m_workspace->cache()->resource(QStringLiteral("users"), id));
}

void TestNewResourceDialog::createsARelease()
{
    open(QStringLiteral("releases"));
    shoot(QStringLiteral("release-empty"));
    auto *product = child<QComboBox>("relation_product");
    QVERIFY(choose(product, QStringLiteral("Helix Build Server")));
    const QString productId = product->currentData().toString();
    const QString major = QString::number(500 + QRandomGenerator::global()->bounded(400));

    auto *version = child<QLineEdit>("field_version");
    type("field_version", major + QStringLiteral(".2"));
    QVERIFY2(validation().contains(QLatin1String("semantic version")), qPrintable(validation()));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    // A prerelease tag names its channel: the channel follows.
    type("field_version", QStringLiteral(".0-beta.1"));
    QCOMPARE(child<QComboBox>("field_channel")->currentData().toString(), QStringLiteral("beta"));
    QCOMPARE(validation(), QString());
    version->clear();
    type("field_version", major + QStringLiteral(".2.0"));
    QCOMPARE(child<QComboBox>("field_channel")->currentData().toString(), QStringLiteral("stable"));
    QCOMPARE(validation(), QString());
    QVERIFY(child<QPushButton>("createButton")->isEnabled());
    // A channel the user chose stays, and a version that does not fit it is explained.
    QVERIFY(choose(child<QComboBox>("field_channel"), QStringLiteral("Beta")));
    QVERIFY2(validation().contains(QLatin1String("prerelease tag")), qPrintable(validation()));
    QVERIFY(choose(child<QComboBox>("field_channel"), QStringLiteral("Stable")));
    type("field_name", QStringLiteral("Spring update"));
    type("field_description", QStringLiteral("Faster builds."));
    shoot(QStringLiteral("release-filled"));

    const QString id = create();
    QVERIFY(!id.isEmpty());
    const api::Resource release = retrieve(QStringLiteral("releases"), id);
    QCOMPARE(release.stringAttribute(QStringLiteral("version")), major + QStringLiteral(".2.0"));
    QCOMPARE(release.stringAttribute(QStringLiteral("channel")), QStringLiteral("stable"));
    QCOMPARE(release.stringAttribute(QStringLiteral("status")), QStringLiteral("DRAFT"));
    QCOMPARE(release.stringAttribute(QStringLiteral("name")), QStringLiteral("Spring update"));
    QCOMPARE(release.stringAttribute(QStringLiteral("description")), QStringLiteral("Faster builds."));
    QCOMPARE(release.relatedId(QStringLiteral("product")), productId);
    const std::optional<api::Resource> cached = m_workspace->cache()->resource(QStringLiteral("releases"), id);
    QVERIFY(cached);
    QCOMPARE(cached->stringAttribute(QStringLiteral("version")), major + QStringLiteral(".2.0"));
}

void TestNewResourceDialog::commandOpensTheDialogAndTheNewResource()
{
    RecordingContext context(m_workspace.get());
    NewResourceCommand command(context, QStringLiteral("groups"));
    QCOMPARE(command.action()->objectName(), QStringLiteral("new_groups"));
    QCOMPARE(command.action()->text(), QStringLiteral("&New Group\u2026"));
    QVERIFY(command.action()->isEnabled());
    command.action()->trigger();
    NewResourceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<NewResourceDialog *>(QApplication::activeModalWidget())) != nullptr);
    QCOMPARE(dialog->objectName(), QStringLiteral("newResourceDialog"));
    QCOMPARE(dialog->type(), QStringLiteral("groups"));
    QPointer<NewResourceDialog> guard(dialog);
    const QString name = unique("Globex ");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("field_name")), name);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!context.opened.isEmpty(), 20000);
    QCOMPARE(context.results, QStringList{QStringLiteral("Created group \u201c%1\u201d.").arg(name)});
    QVERIFY(context.opened.constFirst().startsWith(QLatin1String("groups/")));
    const QString id = context.opened.constFirst().mid(7);
    QCOMPARE(retrieve(QStringLiteral("groups"), id).stringAttribute(QStringLiteral("name")), name);
    // The dialog deletes itself once closed.
    QTRY_VERIFY(guard.isNull());
}

void TestNewResourceDialog::readOnlyConnectionsCannotCreate()
{
    Workspace readOnly(profile(true), m_server.adminToken());
    QString error;
    QVERIFY2(readOnly.open(&error, m_dir.filePath(QStringLiteral("readonly.sqlite"))), qPrintable(error));
    RecordingContext context(&readOnly);
    for (const QString &type : NewResourceDialog::supportedTypes()) {
        NewResourceCommand command(context, type);
        QVERIFY2(!command.action()->isEnabled(), qPrintable(type));
        command.action()->trigger();
        QVERIFY(!QApplication::activeModalWidget());
    }
    RecordingContext writable(m_workspace.get());
    QVERIFY(NewResourceCommand(writable, QStringLiteral("policies")).action()->isEnabled());

    // Opened anyway, the dialog says why and sends nothing.
    QString reason;
    QVERIFY(!mayChangeServer(&readOnly, &reason));
    m_dialog = std::make_unique<NewResourceDialog>(&readOnly, QStringLiteral("entitlements"));
    m_dialog->show();
    QCOMPARE(child<QLabel>("errorLabel")->text(), reason);
    QVERIFY2(reason.contains(QLatin1String("read-only")), qPrintable(reason));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    QVERIFY(!child<QLineEdit>("field_name")->isEnabled());
}

QTEST_MAIN(TestNewResourceDialog)
#include "tst_newresourcedialog.moc"
