// The check-out dialog on real widgets (offscreen) against the in-process sandbox over real HTTP: a license file with
// a TTL of one day and the entitlements embedded, saved through the FileDialog seam and verified offline with the
// account's public key; an encrypted file that needs the license key; "Open in Inspector"; and a refusal explained.

#include "app/api/requests.h"
#include "app/licensing/inspection.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxserver.h"
#include "models/workspace.h"
#include "tests/apireply.h"
#include "ui/checkoutdialog.h"
#include "ui/filedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;

namespace {

using testing::wait;

} // namespace

class TestCheckOutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void checksOutSavesAndVerifies();
    void encryptedFileNeedsTheKey();
    void refusalIsExplained();

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

    // An active license whose policy includes entitlements, with a plain key and no near expiry.
    api::Resource pickLicense(int skip = 0) const;
    bool checkOut();
    Inspection inspect(const QByteArray &file, const QString &licenseKey = {}) const;

    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;
    QList<crypto::PublicKey> m_keys;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CheckOutDialog> m_dialog;
};

void TestCheckOutDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    QVERIFY2(sandbox::seedDemoData(m_server.store(), m_server.account(), 200, &error), qPrintable(error));
    m_keys = {crypto::PrivateKey::fromPem(m_server.account().ed25519PrivatePem).publicKey(),
              crypto::PrivateKey::fromPem(m_server.account().rsaPrivatePem).publicKey(),
              crypto::PrivateKey::fromPem(m_server.account().ecdsaPrivatePem).publicKey()};
    profiles::Profile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.server = profiles::ServerKind::Sandbox;
    profile.url = m_server.baseUrl();
    profile.account = m_server.account().slug;
    profile.accountId = m_server.account().id;
    profile.publicKeys = profiles::encodeKeys(m_keys);
    profile.signatureMode = api::SignatureMode::Enforce;
    m_workspace = std::make_unique<Workspace>(profile, m_server.adminToken());
    QVERIFY2(m_workspace->open(&error, m_dir.filePath(QStringLiteral("cache.sqlite"))), qPrintable(error));
    QSignalSpy finished(m_workspace->syncEngine(), &sync::SyncEngine::finished);
    m_workspace->syncEngine()->start();
    QVERIFY(finished.wait(120000));
    QVERIFY(finished.constFirst().constFirst().toBool());
}

void TestCheckOutDialog::cleanup()
{
    m_dialog.reset();
}

api::Resource TestCheckOutDialog::pickLicense(int skip) const
{
    cache::Cache *cache = m_workspace->cache();
    const QList<api::Resource> licenses = cache->resources(
        cache::Query(QStringLiteral("licenses"),
                     {{QStringLiteral("status"), cache::Filter::Op::Equals, QStringLiteral("ACTIVE")}},
                     QStringLiteral("created"),
                     Qt::DescendingOrder,
                     0,
                     1000));
    for (const api::Resource &license : licenses) {
        const std::optional<api::Resource> policy = cache->resource(QStringLiteral("policies"),
                                                                    license.relatedId(QStringLiteral("policy")));
        const QDateTime expiry = license.dateTimeAttribute(QStringLiteral("expiry"));
        if (!policy || !policy->stringAttribute(QStringLiteral("name")).startsWith(QLatin1String("Atlas CAD Annual"))
            || license.boolAttribute(QStringLiteral("suspended"))
            || (expiry.isValid() && expiry < QDateTime::currentDateTimeUtc().addDays(7))) {
            continue;
        }
        if (skip-- == 0) {
            return license;
        }
    }
    return {};
}

bool TestCheckOutDialog::checkOut()
{
    QSignalSpy finished(m_dialog.get(), &CheckOutDialog::checkedOut);
    QTest::mouseClick(child<QPushButton>("checkOutButton"), Qt::LeftButton);
    return finished.wait(20000) && finished.constFirst().constFirst().toBool();
}

Inspection TestCheckOutDialog::inspect(const QByteArray &file, const QString &licenseKey) const
{
    InspectionInput input;
    input.data = file;
    input.publicKeys = m_keys;
    input.licenseKey = licenseKey;
    return Inspector().inspect(input);
}

void TestCheckOutDialog::checksOutSavesAndVerifies()
{
    const api::Resource license = pickLicense();
    QVERIFY(!license.isNull());
    m_dialog = std::make_unique<CheckOutDialog>(m_workspace.get(), license);
    m_dialog->show();

    // Nothing to save before a check-out.
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>("openInspectorButton")->isEnabled());
    // The policy's scheme decides the default signature (none: Ed25519).
    QCOMPARE(child<QComboBox>("algorithmCombo")->currentData().toString(), QStringLiteral("ed25519"));

    // One day, with the entitlements.
    auto *unit = child<QComboBox>("ttlUnitCombo");
    unit->setCurrentIndex(unit->findText(QStringLiteral("days")));
    child<QSpinBox>("ttlSpin")->setValue(1);
    child<QCheckBox>("include_entitlements")->setChecked(true);
    QCOMPARE(m_dialog->ttlSeconds(), std::optional<qint64>(86400));
    QCOMPARE(m_dialog->algorithm(), QStringLiteral("base64+ed25519"));
    QVERIFY(checkOut());
    QVERIFY2(child<QLabel>("errorLabel")->text().isEmpty(), qPrintable(child<QLabel>("errorLabel")->text()));
    QVERIFY(child<QLabel>("resultLabel")->text().contains(QLatin1String("valid until")));
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());
    if (qEnvironmentVariableIsSet("KEYDESK_SCREENSHOTS")) {
        const QString dir = qEnvironmentVariable("KEYDESK_SCREENSHOTS");
        QDir().mkpath(dir);
        QTest::qWait(50); // pending layout requests, as a user would see the dialog
        m_dialog->grab().save(dir + QStringLiteral("/checkout-dialog.png"));
    }

    // Saved through the file dialog seam, under the name offered.
    QTemporaryDir target;
    const QString path = target.filePath(m_dialog->suggestedFileName());
    QVERIFY(m_dialog->suggestedFileName().endsWith(QLatin1String(".lic")));
    FileDialog::setNextAnswer(path);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(!FileDialog::hasNextAnswer()); // it really asked
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QCOMPARE(saved, m_dialog->certificate());
    QVERIFY(saved.startsWith("-----BEGIN LICENSE FILE-----\n"));

    // A genuine license file of this license, verified offline with the account's key.
    const Inspection inspection = inspect(saved);
    QCOMPARE(inspection.kind, ArtifactKind::LicenseFile);
    QCOMPARE(inspection.signature, SignatureStatus::Verified);
    QVERIFY2(inspection.isValid(), qPrintable(inspection.summary()));
    QCOMPARE(inspection.algorithm, QStringLiteral("base64+ed25519"));
    QCOMPARE(inspection.facts.licenseId, license.id());
    QCOMPARE(inspection.facts.key, license.stringAttribute(QStringLiteral("key")));
    QCOMPARE(inspection.ttl, std::optional<qint64>(86400));
    QVERIFY(inspection.issued && inspection.expiry);
    QCOMPARE(inspection.issued->secsTo(*inspection.expiry), 86400);
    // The entitlements the server lists for the license are embedded.
    api::ApiReply *related = wait(m_workspace->client()->send(
        api::requests::related(QStringLiteral("licenses"), license.id(), QStringLiteral("entitlements"))));
    related->deleteLater();
    QVERIFY(related->ok());
    QStringList expected;
    for (const api::Resource &entitlement : related->document().resources()) {
        expected << entitlement.stringAttribute(QStringLiteral("code"));
    }
    QVERIFY(!expected.isEmpty());
    QStringList embedded = inspection.facts.entitlements;
    expected.sort();
    embedded.sort();
    QCOMPARE(embedded, expected);

    // "Open in Inspector" hands the certificate and the key to whoever shows the Inspector.
    QSignalSpy open(m_dialog.get(), &CheckOutDialog::openInInspector);
    QTest::mouseClick(child<QPushButton>("openInspectorButton"), Qt::LeftButton);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().at(0).toByteArray(), saved);
    QCOMPARE(open.constFirst().at(1).toString(), license.stringAttribute(QStringLiteral("key")));

    // A cancelled save writes nothing.
    FileDialog::setNextAnswer(QString());
    QVERIFY(!m_dialog->save());
}

void TestCheckOutDialog::encryptedFileNeedsTheKey()
{
    const api::Resource license = pickLicense(1);
    QVERIFY(!license.isNull());
    m_dialog = std::make_unique<CheckOutDialog>(m_workspace.get(), license);
    m_dialog->show();
    child<QCheckBox>("encryptCheck")->setChecked(true);
    child<QCheckBox>("noTtlCheck")->setChecked(true);
    QVERIFY(!child<QSpinBox>("ttlSpin")->isEnabled());
    QCOMPARE(m_dialog->algorithm(), QStringLiteral("aes-256-gcm+ed25519"));
    QVERIFY(checkOut());
    QVERIFY(child<QLabel>("resultLabel")->text().contains(QLatin1String("valid forever")));

    const Inspection locked = inspect(m_dialog->certificate());
    QCOMPARE(locked.signature, SignatureStatus::Verified);
    QVERIFY(locked.encrypted);
    QVERIFY(!locked.decrypted);
    QVERIFY(locked.hasReason(ReasonCode::LicenseKeyRequired));
    const Inspection opened = inspect(m_dialog->certificate(), license.stringAttribute(QStringLiteral("key")));
    QVERIFY2(opened.isValid(), qPrintable(opened.summary()));
    QVERIFY(opened.decrypted);
    QCOMPARE(opened.facts.licenseId, license.id());
    QVERIFY(!opened.expiry); // no TTL
}

void TestCheckOutDialog::refusalIsExplained()
{
    // The license is deleted on the server after the cache saw it.
    const api::Resource license = pickLicense(2);
    QVERIFY(!license.isNull());
    api::ApiReply *removed = wait(
        m_workspace->client()->send(api::requests::destroy(QStringLiteral("licenses"), license.id())));
    removed->deleteLater();
    QVERIFY(removed->ok());
    m_dialog = std::make_unique<CheckOutDialog>(m_workspace.get(), license);
    m_dialog->show();
    QVERIFY(!checkOut());
    const QString error = child<QLabel>("errorLabel")->text();
    QVERIFY2(error.startsWith(QLatin1String("The file could not be checked out.")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("404")), qPrintable(error));
    QVERIFY(m_dialog->certificate().isEmpty());
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QVERIFY(child<QPushButton>("checkOutButton")->isEnabled()); // may try again
}

QTEST_MAIN(TestCheckOutDialog)
#include "tst_checkoutdialog.moc"
