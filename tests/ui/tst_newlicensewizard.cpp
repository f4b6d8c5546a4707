// The New License wizard on real widgets (offscreen) against the in-process sandbox over real HTTP: a sale from
// product to key, checked on the server and in the cache; a new customer created on the way; a server that refuses
// (email taken, policy deleted meanwhile) explained on the page, with every input kept and no customer created twice;
// and read-only connections that cannot create at all.

#include "app/api/requests.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxserver.h"
#include "models/workspace.h"
#include "tests/apireply.h"
#include "tests/ui/sandboxprofile.h"
#include "ui/checkoutdialog.h"
#include "ui/command.h"
#include "ui/newlicensewizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace keydesk;

namespace {

using testing::wait;

QString unique(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

} // namespace

class TestNewLicenseWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sellsALicenseToAnExistingCustomer();
    void createsANewCustomer();
    void serverRefusalsAreExplainedAndRetried();
    void readOnlyConnectionsCannotCreate();

private:
    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_wizard->findChild<T *>(QLatin1String(name));
        if (!widget) {
            qFatal("no widget %s", name);
        }
        return widget;
    }

    profiles::Profile profile(bool readOnly) const;
    void shoot(const QString &name) const;
    bool clickNext();
    bool select(QListWidget *list, const QString &startsWith);
    void chooseProductAndPolicy(const QString &product, const QString &policy);
    void addMetadata(const QString &key, const QString &value);
    QListWidgetItem *entitlementItem(const QString &code) const;
    // Creates on the Review page and waits until the wizard moved on or showed an error.
    bool create();
    api::Resource retrieve(const QString &type, const QString &id);

    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<NewLicenseWizard> m_wizard;
};

profiles::Profile TestNewLicenseWizard::profile(bool readOnly) const
{
    return testing::sandboxProfile(m_server, QStringLiteral("Sandbox"), readOnly);
}

void TestNewLicenseWizard::initTestCase()
{
    QString error;
    m_workspace = testing::startSyncedSandbox(m_server, 200, m_dir.filePath(QStringLiteral("cache.sqlite")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    QVERIFY(m_workspace->cache()->count(QStringLiteral("licenses")) >= 200);
}

void TestNewLicenseWizard::init()
{
    m_wizard = std::make_unique<NewLicenseWizard>(m_workspace.get());
    m_wizard->show();
}

void TestNewLicenseWizard::cleanup()
{
    m_wizard.reset();
}

void TestNewLicenseWizard::shoot(const QString &name) const
{
    if (qEnvironmentVariableIsSet("KEYDESK_SCREENSHOTS")) {
        const QString dir = qEnvironmentVariable("KEYDESK_SCREENSHOTS");
        QDir().mkpath(dir);
        QTest::qWait(50); // pending layout requests, as a user would see the page
        m_wizard->grab().save(dir + QStringLiteral("/wizard-") + name + QStringLiteral(".png"));
    }
}

bool TestNewLicenseWizard::clickNext()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    if (!next->isVisible() || !next->isEnabled()) {
        return false;
    }
    const int before = m_wizard->currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return m_wizard->currentId() != before;
}

bool TestNewLicenseWizard::select(QListWidget *list, const QString &startsWith)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        if (!item->isHidden() && item->text().startsWith(startsWith)) {
            list->scrollToItem(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            return item->isSelected();
        }
    }
    return false;
}

void TestNewLicenseWizard::chooseProductAndPolicy(const QString &product, const QString &policy)
{
    QCOMPARE(m_wizard->currentId(), int(NewLicenseWizard::ProductPage));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
    QTest::keyClicks(child<QLineEdit>("productSearch"), product.left(6).toLower());
    QVERIFY(select(child<QListWidget>("productList"), product));
    QVERIFY(clickNext());
    QCOMPARE(m_wizard->currentId(), int(NewLicenseWizard::PolicyPage));
    QVERIFY(select(child<QListWidget>("policyList"), policy));
}

void TestNewLicenseWizard::addMetadata(const QString &key, const QString &value)
{
    auto *table = child<QTableWidget>("metadataTable");
    QTest::mouseClick(child<QPushButton>("addMetadataButton"), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    // Typed as a user does: the new row's key cell is open for editing; the value cell is opened by double-clicking.
    QWidget *keyEditor = table->indexWidget(table->model()->index(row, 0));
    QVERIFY(keyEditor);
    QTest::keyClicks(keyEditor, key);
    QTest::keyClick(keyEditor, Qt::Key_Return);
    // The delegate commits what was typed on the next turn of the event loop.
    QTRY_COMPARE(table->item(row, 0)->text(), key);
    const QPoint valueCell = table->visualRect(table->model()->index(row, 1)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, valueCell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, valueCell);
    QWidget *valueEditor = table->indexWidget(table->model()->index(row, 1));
    QVERIFY(valueEditor);
    QTest::keyClicks(valueEditor, value);
    QTest::keyClick(valueEditor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, 1)->text(), value);
}

QListWidgetItem *TestNewLicenseWizard::entitlementItem(const QString &code) const
{
    auto *list = child<QListWidget>("entitlementList");
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(QLatin1Char('(') + code + QLatin1Char(')'))) {
            return list->item(i);
        }
    }
    return nullptr;
}

bool TestNewLicenseWizard::create()
{
    if (m_wizard->currentId() != NewLicenseWizard::ReviewPage) {
        return false;
    }
    auto *error = m_wizard->page(NewLicenseWizard::ReviewPage)->findChild<QLabel *>(QStringLiteral("errorLabel"));
    error->clear();
    QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
    if (!commit->isVisible() || !commit->isEnabled()) {
        return false;
    }
    QTest::mouseClick(commit, Qt::LeftButton);
    return QTest::qWaitFor(
        [&] {
        return m_wizard->currentId() == NewLicenseWizard::DonePage || !error->text().isEmpty();
        },
        20000);
}

api::Resource TestNewLicenseWizard::retrieve(const QString &type, const QString &id)
{
    api::ApiReply *reply = wait(m_workspace->client()->send(api::requests::retrieve(type, id)));
    reply->deleteLater();
    if (!reply->ok()) {
        qWarning("retrieve %s %s: %s", qPrintable(type), qPrintable(id), qPrintable(reply->error().technicalSummary()));
    }
    return reply->ok() ? reply->document().resource() : api::Resource();
}

void TestNewLicenseWizard::sellsALicenseToAnExistingCustomer()
{
    shoot(QStringLiteral("1-product"));
    chooseProductAndPolicy(QStringLiteral("Nordlicht Studio"), QStringLiteral("Nordlicht Studio Annual"));
    // The policy explained in plain words, beside the list.
    const QString summary = child<QLabel>("policySummary")->text();
    QVERIFY2(summary.contains(QLatin1String("1 year")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("up to 3 machines")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("No heartbeat")), qPrintable(summary));
    // Which entitlements the policy includes comes from the server.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("policySummary")->text().contains(QLatin1String("Includes:")), 10000);
    shoot(QStringLiteral("2-policy"));
    const QString policyId = child<QListWidget>("policyList")->currentItem()->data(Qt::UserRole).toString();
    QVERIFY(clickNext());

    // Find a customer by a fragment of their email.
    QCOMPARE(m_wizard->currentId(), int(NewLicenseWizard::CustomerPage));
    const QList<api::Resource> users = m_workspace->cache()->resources(
        cache::Query(QStringLiteral("users"),
                     {{QStringLiteral("role"), cache::Filter::Op::Equals, QStringLiteral("user")}},
                     QStringLiteral("email"),
                     Qt::AscendingOrder,
                     17,
                     1));
    QCOMPARE(users.size(), 1);
    const api::Resource customer = users.constFirst();
    const QString email = customer.stringAttribute(QStringLiteral("email"));
    QTest::keyClicks(child<QLineEdit>("customerSearch"), email.left(email.indexOf(QLatin1Char('@')) + 3));
    auto *customers = child<QListWidget>("customerList");
    // As typed: the list narrows to the one customer whose email starts so.
    QTRY_COMPARE(customers->count(), 1);
    QVERIFY(!customers->findItems(email, Qt::MatchContains).isEmpty());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // found, not yet chosen
    QVERIFY(select(customers, customers->findItems(email, Qt::MatchContains).constFirst()->text()));
    shoot(QStringLiteral("3-customer"));
    QVERIFY(clickNext());

    // Details: the name suggested from plan and customer, the expiry from the policy, one add-on and an order id.
    QCOMPARE(m_wizard->currentId(), int(NewLicenseWizard::DetailsPage));
    QVERIFY(child<QLineEdit>("licenseName")->text().startsWith(QLatin1String("Nordlicht Studio Annual")));
    QVERIFY(!child<QCheckBox>("noExpiryCheck")->isChecked());
    const QDateTime expiry = child<QDateTimeEdit>("expiryEdit")->dateTime();
    QVERIFY(qAbs(expiry.daysTo(QDateTime::currentDateTime().addYears(1))) <= 1);
    QVERIFY(child<QSpinBox>("maxMachinesSpin")->isEnabled()); // floating: may be raised
    QVERIFY(child<QSpinBox>("maxMachinesSpin")->text().contains(QLatin1String("3")));
    // CLOUD_SYNC comes with the policy: shown, not attachable again.
    QTRY_VERIFY(entitlementItem(QStringLiteral("CLOUD_SYNC"))
                && !(entitlementItem(QStringLiteral("CLOUD_SYNC"))->flags() & Qt::ItemIsUserCheckable));
    QListWidgetItem *support = entitlementItem(QStringLiteral("PRIORITY_SUPPORT"));
    QVERIFY(support && (support->flags() & Qt::ItemIsUserCheckable));
    support->setCheckState(Qt::Checked);
    addMetadata(QStringLiteral("orderId"), QStringLiteral("A-1001"));
    shoot(QStringLiteral("4-details"));
    QVERIFY(clickNext());

    // Review in plain words.
    QCOMPARE(m_wizard->currentId(), int(NewLicenseWizard::ReviewPage));
    const QString review = child<QLabel>("reviewText")->text();
    QVERIFY2(review.contains(QLatin1String("Nordlicht Studio Annual")), qPrintable(review));
    QVERIFY(review.contains(email));
    QVERIFY(review.contains(QLatin1String("orderId = A-1001")));
    QVERIFY(review.contains(QLatin1String("Priority Support")));
    QCOMPARE(m_wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Create"));
    shoot(QStringLiteral("5-review"));

    QSignalSpy created(m_wizard.get(), &NewLicenseWizard::licenseCreated);
    QVERIFY(create());
    const QString failure = child<QLabel>("errorLabel")->text();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(m_wizard->currentId(), int(NewLicenseWizard::DonePage));
    QCOMPARE(created.size(), 1);
    const QString id = created.constFirst().constFirst().toString();
    shoot(QStringLiteral("6-done"));

    // The key, ready to copy.
    const QString key = child<QLineEdit>("createdKey")->text();
    QVERIFY(!key.isEmpty());
    QVERIFY(child<QLineEdit>("createdKey")->isReadOnly());
    QTest::mouseClick(child<QPushButton>("copyKeyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), key);
    QTest::mouseClick(child<QPushButton>("copyEmailButton"), Qt::LeftButton);
    const QString mail = QGuiApplication::clipboard()->text();
    QVERIFY(mail.contains(key));
    QVERIFY(mail.contains(QLatin1String("Nordlicht Studio")));
    QVERIFY2(mail.contains(customer.stringAttribute(QStringLiteral("firstName"))), qPrintable(mail));

    // On the server: owner, policy, metadata and the add-on.
    const api::Resource onServer = retrieve(QStringLiteral("licenses"), id);
    QCOMPARE(onServer.id(), id);
    QCOMPARE(onServer.stringAttribute(QStringLiteral("key")), key);
    QCOMPARE(onServer.relatedId(QStringLiteral("owner")), customer.id());
    QCOMPARE(onServer.relatedId(QStringLiteral("policy")), policyId);
    QCOMPARE(onServer.metadata().value(QStringLiteral("orderId")).toString(), QStringLiteral("A-1001"));
    QVERIFY(onServer.dateTimeAttribute(QStringLiteral("expiry")).isValid());
    api::ApiReply *entitlements = wait(m_workspace->client()->send(
        api::requests::related(QStringLiteral("licenses"), id, QStringLiteral("entitlements"))));
    entitlements->deleteLater();
    QVERIFY(entitlements->ok());
    QStringList codes;
    for (const api::Resource &entitlement : entitlements->document().resources()) {
        codes << entitlement.stringAttribute(QStringLiteral("code"));
    }
    QVERIFY2(codes.contains(QLatin1String("PRIORITY_SUPPORT")), qPrintable(codes.join(u',')));
    QVERIFY(codes.contains(QLatin1String("CLOUD_SYNC"))); // through the policy

    // And in the cache at once, without a sync.
    const std::optional<api::Resource> cached = m_workspace->cache()->resource(QStringLiteral("licenses"), id);
    QVERIFY(cached);
    QCOMPARE(cached->stringAttribute(QStringLiteral("key")), key);
    QCOMPARE(cached->relatedId(QStringLiteral("owner")), customer.id());
    QCOMPARE(cached->metadata().value(QStringLiteral("orderId")).toString(), QStringLiteral("A-1001"));

    // "Check out license file…" opens the check-out dialog for this license.
    QTest::mouseClick(child<QPushButton>("checkOutButton"), Qt::LeftButton);
    QVERIFY(m_wizard->checkOutDialog());
    QTRY_VERIFY(m_wizard->checkOutDialog()->isVisible());
}

void TestNewLicenseWizard::createsANewCustomer()
{
    chooseProductAndPolicy(QStringLiteral("Pixelmint Photo"), QStringLiteral("Pixelmint Photo Node-locked"));
    QVERIFY(child<QLabel>("policySummary")->text().contains(QLatin1String("node-locked"), Qt::CaseInsensitive));
    QVERIFY(child<QLabel>("policySummary")->text().contains(QLatin1String("perpetual"), Qt::CaseInsensitive));
    QVERIFY(clickNext());

    // Fields are checked as typed; a known email points to the existing customer.
    auto *validation = child<QLabel>("newUserValidation");
    const QString email = unique("new.customer.") + QStringLiteral("@example.org");
    QTest::keyClicks(child<QLineEdit>("newUserEmail"), QStringLiteral("new.customer"));
    QVERIFY(child<QRadioButton>("newUserRadio")->isChecked());
    QVERIFY2(validation->text().contains(QLatin1String("not an email")), qPrintable(validation->text()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    const QString known = m_workspace->cache()
                              ->resources(cache::Query(QStringLiteral("users")))
                              .constFirst()
                              .stringAttribute(QStringLiteral("email"));
    child<QLineEdit>("newUserEmail")->setText(known);
    QVERIFY2(validation->text().contains(QLatin1String("exists already")), qPrintable(validation->text()));
    child<QLineEdit>("newUserEmail")->clear();
    QTest::keyClicks(child<QLineEdit>("newUserEmail"), email);
    QVERIFY2(validation->text().contains(QLatin1String("first and last name")), qPrintable(validation->text()));
    QTest::keyClicks(child<QLineEdit>("newUserFirstName"), QStringLiteral("Ada"));
    QTest::keyClicks(child<QLineEdit>("newUserLastName"), QStringLiteral("Lovelace"));
    QCOMPARE(validation->text(), QString());
    shoot(QStringLiteral("3b-new-customer"));
    QVERIFY(clickNext());

    // A node-locked policy: one machine, not negotiable; perpetual: no expiry unless set.
    QVERIFY(!child<QSpinBox>("maxMachinesSpin")->isEnabled());
    QVERIFY(child<QCheckBox>("noExpiryCheck")->isChecked());
    QVERIFY(!child<QDateTimeEdit>("expiryEdit")->isEnabled());
    QCOMPARE(child<QLineEdit>("licenseName")->text(),
             QStringLiteral("Pixelmint Photo Node-locked \u2014 Ada Lovelace"));
    QVERIFY(clickNext());
    QVERIFY(child<QLabel>("reviewText")->text().contains(email));
    QVERIFY(create());
    QVERIFY2(child<QLabel>("errorLabel")->text().isEmpty(), qPrintable(child<QLabel>("errorLabel")->text()));
    QCOMPARE(m_wizard->currentId(), int(NewLicenseWizard::DonePage));

    const api::Resource license = retrieve(QStringLiteral("licenses"), m_wizard->createdLicense().id());
    QVERIFY(!license.isNull());
    QVERIFY(!license.dateTimeAttribute(QStringLiteral("expiry")).isValid()); // perpetual
    const api::Resource user = retrieve(QStringLiteral("users"), license.relatedId(QStringLiteral("owner")));
    QCOMPARE(user.stringAttribute(QStringLiteral("email")), email);
    QCOMPARE(user.stringAttribute(QStringLiteral("fullName")), QStringLiteral("Ada Lovelace"));
    QVERIFY(m_workspace->cache()->resource(QStringLiteral("users"), user.id()));
    QVERIFY(m_workspace->cache()->resource(QStringLiteral("licenses"), license.id()));
    QTest::mouseClick(child<QPushButton>("copyEmailButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("Hello Ada,")));
}

void TestNewLicenseWizard::serverRefusalsAreExplainedAndRetried()
{
    cache::Cache *cache = m_workspace->cache();
    // A policy made for this test (through the workspace, so the cache knows it) …
    const QString productId = cache
                                  ->resources(cache::Query(QStringLiteral("products"),
                                                           {{QStringLiteral("code"),
                                                             cache::Filter::Op::Equals,
                                                             QStringLiteral("ledgerly")}}))
                                  .constFirst()
                                  .id();
    api::Resource policy(QStringLiteral("policies"));
    const QString doomed = unique("Ledgerly Doomed ");
    policy.setAttribute(QStringLiteral("name"), doomed);
    policy.setRelated(QStringLiteral("product"), {QStringLiteral("products"), productId});
    bool done = false;
    QString policyId;
    m_workspace->mutations()->send(api::requests::create(policy),
                                   [&](const api::ApiError &error, const api::Resource &r) {
        QVERIFY2(!error.isError(), qPrintable(error.technicalSummary()));
        policyId = r.id();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    // … and a customer the server has but the cache does not know yet (someone else just added them).
    const QString taken = unique("taken.") + QStringLiteral("@example.org");
    api::Resource other(QStringLiteral("users"));
    other.setAttribute(QStringLiteral("email"), taken);
    api::ApiReply *reply = wait(m_workspace->client()->send(api::requests::create(other)));
    reply->deleteLater();
    QVERIFY(reply->ok());
    m_wizard = std::make_unique<NewLicenseWizard>(m_workspace.get()); // sees the new policy
    m_wizard->show();

    chooseProductAndPolicy(QStringLiteral("Ledgerly"), doomed);
    QVERIFY(clickNext());
    QTest::mouseClick(child<QRadioButton>("newUserRadio"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(child<QRadioButton>("newUserRadio")->isChecked());
    QTest::keyClicks(child<QLineEdit>("newUserEmail"), taken);
    QTest::keyClicks(child<QLineEdit>("newUserFirstName"), QStringLiteral("Grace"));
    QTest::keyClicks(child<QLineEdit>("newUserLastName"), QStringLiteral("Hopper"));
    QVERIFY(clickNext());
    addMetadata(QStringLiteral("orderId"), QStringLiteral("A-2002"));
    QVERIFY(clickNext());

    // 1. The email is taken: said in words, nothing created, every input kept.
    const qint64 licenses = cache->count(QStringLiteral("licenses"));
    const qint64 usersBefore = cache->count(QStringLiteral("users"));
    QVERIFY(create());
    auto *error = child<QLabel>("errorLabel");
    QVERIFY2(error->text().contains(QLatin1String("customer could not be created")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("already in use")), qPrintable(error->text()));
    QVERIFY(!error->text().contains(QLatin1String("422")));
    shoot(QStringLiteral("5b-error"));
    QCOMPARE(m_wizard->currentId(), int(NewLicenseWizard::ReviewPage));
    QVERIFY(m_wizard->createdLicense().isNull());
    QCOMPARE(cache->count(QStringLiteral("licenses")), licenses);
    QCOMPARE(cache->count(QStringLiteral("users")), usersBefore);
    QCOMPARE(child<QLineEdit>("newUserEmail")->text(), taken);
    QCOMPARE(child<QTableWidget>("metadataTable")->item(0, 1)->text(), QStringLiteral("A-2002"));
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled()); // may try again

    // 2. Meanwhile the policy is deleted on the server: the customer is created, the license refused.
    api::ApiReply *removed = wait(
        m_workspace->client()->send(api::requests::destroy(QStringLiteral("policies"), policyId)));
    removed->deleteLater();
    QVERIFY2(removed->ok(), qPrintable(removed->error().technicalSummary()));
    m_wizard->back();
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(NewLicenseWizard::CustomerPage));
    const QString email = unique("grace.") + QStringLiteral("@example.org");
    child<QLineEdit>("newUserEmail")->clear();
    QTest::keyClicks(child<QLineEdit>("newUserEmail"), email);
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QVERIFY(create());
    QVERIFY2(error->text().contains(QLatin1String("customer was created, but the license could not be created")),
             qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("policy")), qPrintable(error->text()));
    QVERIFY(m_wizard->createdLicense().isNull());
    QCOMPARE(cache->count(QStringLiteral("licenses")), licenses);
    const QList<cache::Filter> byEmail{{QStringLiteral("email"), cache::Filter::Op::Equals, email}};
    QCOMPARE(cache->count(QStringLiteral("users"), byEmail), 1);

    // 3. Another policy, Create again: the customer from before is the owner, not created a second time.
    m_wizard->back();
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(NewLicenseWizard::CustomerPage));
    QVERIFY2(child<QLabel>("newUserValidation")->text().isEmpty(), // the customer this wizard made is fine
             qPrintable(child<QLabel>("newUserValidation")->text()));
    m_wizard->back();
    QVERIFY(select(child<QListWidget>("policyList"), QStringLiteral("Ledgerly Business Subscription")));
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QVERIFY(create());
    QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
    QCOMPARE(m_wizard->currentId(), int(NewLicenseWizard::DonePage));
    const api::Resource license = retrieve(QStringLiteral("licenses"), m_wizard->createdLicense().id());
    const api::Resource owner = retrieve(QStringLiteral("users"), license.relatedId(QStringLiteral("owner")));
    QCOMPARE(owner.stringAttribute(QStringLiteral("email")), email);
    QCOMPARE(cache->count(QStringLiteral("users"), byEmail), 1);
    QCOMPARE(license.metadata().value(QStringLiteral("orderId")).toString(), QStringLiteral("A-2002"));
}

void TestNewLicenseWizard::readOnlyConnectionsCannotCreate()
{
    Workspace readOnly(profile(true), m_server.adminToken());
    QString reason;
    QVERIFY(!mayChangeServer(&readOnly, &reason));
    QVERIFY2(reason.contains(QLatin1String("read-only")), qPrintable(reason));
    QVERIFY(mayChangeServer(m_workspace.get()));

    m_wizard = std::make_unique<NewLicenseWizard>(&readOnly);
    m_wizard->show();
    QCOMPARE(child<QLabel>("errorLabel")->text(), reason);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!m_wizard->findChild<QListWidget *>(QStringLiteral("productList")));
    m_wizard.reset();
}

QTEST_MAIN(TestNewLicenseWizard)
#include "tst_newlicensewizard.moc"
