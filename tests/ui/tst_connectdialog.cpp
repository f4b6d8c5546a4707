// The Connect dialog on real widgets (offscreen) against the in-process sandbox: fields checked as typed, the
// connection test saying whom the token speaks for, key fingerprints confirmed before pinning, a changed key
// refused until trusted, and saving the profile (QSettings) with its token (keychain, here the in-memory fallback).

#include "app/profiles/secretstore.h"
#include "app/sandbox/sandboxserver.h"
#include "ui/connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace keydesk;
using namespace keydesk::profiles;

class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fieldsAreCheckedAsTyped();
    void testSaysWhoTheTokenIsAndPinsKeys();
    void wrongTokenIsExplained();
    void changedKeysAreALoudWarning();
    void localSandboxNeedsNoTyping();

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

    void fillSelfHosted(const QString &name, const QString &token);

    QPushButton *saveButton() const { return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Save); }

    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectDialog> m_dialog;
};

void TestConnectDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
}

void TestConnectDialog::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydesk.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_store = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("io.keydesk.Keydesk.test-")
                                              + QUuid::createUuid().toString(QUuid::Id128));
    m_dialog = std::make_unique<ConnectDialog>(*m_store, *m_secrets);
    m_dialog->show();
}

void TestConnectDialog::fillSelfHosted(const QString &name, const QString &token)
{
    child<QRadioButton>("serverSelfHosted")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>("nameEdit"), name);
    QTest::keyClicks(child<QLineEdit>("urlEdit"), m_server.baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>("accountEdit"), m_server.account().slug);
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), token);
}

void TestConnectDialog::fieldsAreCheckedAsTyped()
{
    auto *validation = child<QLabel>("validationLabel");
    auto *test = child<QPushButton>("testButton");
    QVERIFY(!validation->text().isEmpty()); // nothing filled in yet
    QVERIFY(!test->isEnabled());
    QVERIFY(!saveButton()->isEnabled());

    child<QRadioButton>("serverSelfHosted")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Acme"));
    QTest::keyClicks(child<QLineEdit>("accountEdit"), QStringLiteral("acme"));
    QTest::keyClicks(child<QLineEdit>("urlEdit"), QStringLiteral("http://licensing.acme.example"));
    QVERIFY2(validation->text().contains(QLatin1String("https://")), qPrintable(validation->text()));
    QVERIFY(!test->isEnabled());
    child<QLineEdit>("urlEdit")->setText(QStringLiteral("https://licensing.acme.example"));
    QVERIFY2(validation->text().contains(QLatin1String("token")), qPrintable(validation->text()));
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), QStringLiteral("admin-secret"));
    QCOMPARE(validation->text(), QString());
    QVERIFY(test->isEnabled());
    QVERIFY(!saveButton()->isEnabled()); // not tested yet
    QCOMPARE(child<QLineEdit>("tokenEdit")->echoMode(), QLineEdit::Password);
}

void TestConnectDialog::testSaysWhoTheTokenIsAndPinsKeys()
{
    fillSelfHosted(QStringLiteral("Sandbox here"), m_server.adminToken());
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    const QString report = child<QLabel>("reportLabel")->text();
    QVERIFY2(report.contains(QLatin1String("An administrator")), qPrintable(report));
    QVERIFY(report.contains(QLatin1String("Full access")));
    QVERIFY(child<QLabel>("fingerprintLabel")->text().contains(QLatin1String("SHA256:")));

    // The keys must be confirmed before the profile can be saved.
    auto *trust = child<QCheckBox>("trustCheck");
    QVERIFY(trust->isVisible());
    QVERIFY(!saveButton()->isEnabled());
    trust->setChecked(true);
    QVERIFY(saveButton()->isEnabled());

    // Grab it for the record (docs/screenshot-connect.png is taken from here when KEYDESK_SCREENSHOTS is set).
    if (qEnvironmentVariableIsSet("KEYDESK_SCREENSHOTS")) {
        m_dialog->grab().save(qEnvironmentVariable("KEYDESK_SCREENSHOTS") + QStringLiteral("/connect-dialog.png"));
    }

    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    const std::optional<Profile> saved = m_store->profile(QStringLiteral("Sandbox here"));
    QVERIFY(saved);
    QCOMPARE(saved->accountId, m_server.account().id);
    QCOMPARE(saved->pinnedKeys().size(), 3);
    QCOMPARE(m_store->current(), QStringLiteral("Sandbox here"));
    QCOMPARE(m_secrets->readTokenNow(QStringLiteral("Sandbox here")).token, m_server.adminToken());
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_server.adminToken().toUtf8())); // the token is not in the settings
}

void TestConnectDialog::wrongTokenIsExplained()
{
    fillSelfHosted(QStringLiteral("Wrong"), QStringLiteral("admin-00000000000000000000000000000000v3"));
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString report = child<QLabel>("reportLabel")->text();
    QVERIFY2(report.contains(QLatin1String("token of this profile is not valid")), qPrintable(report));
    QVERIFY(!saveButton()->isEnabled());

    // A server that is not there.
    child<QLineEdit>("urlEdit")->setText(QStringLiteral("http://127.0.0.1:1"));
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QVERIFY2(child<QLabel>("reportLabel")->text().contains(QLatin1String("could not be reached")),
             qPrintable(child<QLabel>("reportLabel")->text()));
}

void TestConnectDialog::changedKeysAreALoudWarning()
{
    // A profile pinned to other keys than the server's.
    Profile pinned;
    pinned.name = QStringLiteral("Pinned");
    pinned.server = ServerKind::SelfHosted;
    pinned.url = m_server.baseUrl();
    pinned.account = m_server.account().slug;
    pinned.publicKeys = encodeKeys({crypto::PrivateKey::generate(crypto::KeyType::Ed25519).publicKey()});
    QVERIFY(m_store->save(pinned));
    m_dialog->setProfile(pinned, m_server.adminToken());
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    m_dialog->testConnection();
    QVERIFY(finished.wait(15000));
    QVERIFY(child<QLabel>("fingerprintLabel")->text().contains(QLatin1String("different public keys")));
    auto *trust = child<QCheckBox>("trustCheck");
    QVERIFY(trust->isVisible());
    QVERIFY(!trust->isChecked());
    QVERIFY(!saveButton()->isEnabled());
    trust->setChecked(true);
    QVERIFY(saveButton()->isEnabled());
}

void TestConnectDialog::localSandboxNeedsNoTyping()
{
    int started = 0;
    m_dialog->setSandboxProvider([&](QString *) -> std::optional<LocalSandbox> {
        ++started;
        return LocalSandbox{m_server.baseUrl(), m_server.account().slug, m_server.adminToken()};
    });
    auto *sandbox = child<QRadioButton>("serverSandbox");
    QVERIFY(sandbox->isVisible());
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    sandbox->setChecked(true);
    QVERIFY(finished.wait(15000));
    QCOMPARE(started, 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(child<QCheckBox>("trustCheck")->isChecked()); // a server in this process: nothing to compare
    QVERIFY(saveButton()->isEnabled());
    QVERIFY(child<QLineEdit>("tokenEdit")->isReadOnly());
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
