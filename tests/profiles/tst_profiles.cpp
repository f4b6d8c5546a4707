// Connection profiles in QSettings: what is kept (and what never is: the token), validation of addresses, and key
// pinning against a real sandbox: the first connection's keys are pinned, later answers verify with them, and a
// server presenting other keys is noticed.

#include "app/api/requests.h"
#include "app/licensing/publickeys.h"
#include "app/profiles/profile.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/apireply.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::profiles;

namespace {

using testing::wait;

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void validation_data();
    void validation();
    void renameAndRemove();
    void pinningAgainstTheSandbox();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestProfiles::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydesk.ini")), QSettings::IniFormat);
    m_settings->clear();
}

void TestProfiles::roundTrip()
{
    ProfileStore store(m_settings.get());
    Profile p;
    p.name = QStringLiteral("Acme / Production");
    p.server = ServerKind::SelfHosted;
    p.url = QUrl(QStringLiteral("https://licensing.acme.example:8443"));
    p.account = QStringLiteral("acme");
    p.accountId = QStringLiteral("1fddcec8-8dd3-4d8d-9b16-215cac0f9b52");
    p.environment = QStringLiteral("production");
    p.signatureMode = api::SignatureMode::Warn;
    p.readOnly = true;
    p.publicKeys = encodeKeys({crypto::PrivateKey::generate(crypto::KeyType::Ed25519).publicKey()});
    QString problem;
    QVERIFY2(store.save(p, &problem), qPrintable(problem));
    Profile cloud;
    cloud.name = QStringLiteral("Acme Cloud");
    cloud.account = QStringLiteral("acme");
    QVERIFY(store.save(cloud));
    store.setCurrent(cloud.name);

    ProfileStore reopened(m_settings.get());
    QCOMPARE(reopened.names(), (QStringList{QStringLiteral("Acme / Production"), QStringLiteral("Acme Cloud")}));
    QCOMPARE(reopened.current(), QStringLiteral("Acme Cloud"));
    const std::optional<Profile> loaded = reopened.profile(p.name);
    QVERIFY(loaded);
    QCOMPARE(loaded->server, ServerKind::SelfHosted);
    QCOMPARE(loaded->url, p.url);
    QCOMPARE(loaded->account, p.account);
    QCOMPARE(loaded->accountId, p.accountId);
    QCOMPARE(loaded->environment, p.environment);
    QCOMPARE(loaded->signatureMode, api::SignatureMode::Warn);
    QVERIFY(loaded->readOnly);
    QCOMPARE(loaded->pinnedKeys().size(), 1);
    QCOMPARE(reopened.profile(cloud.name)->serverUrl(), QUrl(QStringLiteral("https://api.keygen.sh")));

    const api::ConnectionSettings settings = loaded->connectionSettings();
    QCOMPARE(settings.server, p.url);
    QCOMPARE(settings.environment, QStringLiteral("production"));
    QCOMPARE(settings.publicKeys.size(), 1);
    QCOMPARE(settings.signatureMode, api::SignatureMode::Warn);
    QVERIFY(!reopened.profile(QStringLiteral("Nope")));
}

void TestProfiles::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("server");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("cloud") << "Cloud" << int(ServerKind::Cloud) << ""
                           << "acme" << true;
    QTest::newRow("no name") << " " << int(ServerKind::Cloud) << ""
                             << "acme" << false;
    QTest::newRow("no account") << "Cloud" << int(ServerKind::Cloud) << ""
                                << "" << false;
    QTest::newRow("https") << "Self" << int(ServerKind::SelfHosted) << "https://keygen.acme.example"
                           << "acme" << true;
    QTest::newRow("plain http remote") << "Self" << int(ServerKind::SelfHosted) << "http://keygen.acme.example"
                                       << "acme" << false;
    QTest::newRow("plain http loopback") << "Sandbox" << int(ServerKind::Sandbox) << "http://127.0.0.1:8765"
                                         << "demo" << true;
    QTest::newRow("no host") << "Self" << int(ServerKind::SelfHosted) << "https://"
                             << "acme" << false;
    QTest::newRow("ftp") << "Self" << int(ServerKind::SelfHosted) << "ftp://keygen.acme.example"
                         << "acme" << false;
}

void TestProfiles::validation()
{
    QFETCH(QString, name);
    QFETCH(int, server);
    QFETCH(QString, url);
    QFETCH(QString, account);
    QFETCH(bool, acceptable);
    Profile p;
    p.name = name;
    p.server = ServerKind(server);
    p.url = QUrl(url);
    p.account = account;
    QString problem;
    QCOMPARE(ProfileStore(m_settings.get()).save(p, &problem), acceptable);
    QCOMPARE(problem.isEmpty(), acceptable);
    QCOMPARE(ProfileStore::problemWith(p), problem);
}

void TestProfiles::renameAndRemove()
{
    ProfileStore store(m_settings.get());
    Profile p;
    p.name = QStringLiteral("Old");
    p.account = QStringLiteral("acme");
    QVERIFY(store.save(p));
    Profile other = p;
    other.name = QStringLiteral("Taken");
    QVERIFY(store.save(other));
    store.setCurrent(QStringLiteral("Old"));
    QString problem;
    QVERIFY(!store.rename(QStringLiteral("Old"), QStringLiteral("Taken"), &problem));
    QVERIFY(problem.contains(QLatin1String("Taken")));
    QVERIFY(store.rename(QStringLiteral("Old"), QStringLiteral("New"), &problem));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("New"), QStringLiteral("Taken")}));
    QCOMPARE(store.current(), QStringLiteral("New"));
    store.remove(QStringLiteral("New"));
    QCOMPARE(store.names(), QStringList{QStringLiteral("Taken")});
    QVERIFY(store.current().isEmpty());
}

void TestProfiles::pinningAgainstTheSandbox()
{
    sandbox::SandboxServer server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));

    Profile p;
    p.name = QStringLiteral("Sandbox");
    p.server = ServerKind::Sandbox;
    p.url = server.baseUrl();
    p.account = server.account().slug;

    // First connection: no keys pinned, so the account's keys are fetched (answers cannot be verified yet).
    api::ApiClient client;
    api::ConnectionSettings first = p.connectionSettings();
    first.signatureMode = api::SignatureMode::Off;
    client.setSettings(first);
    client.setCredentials(api::Credentials::token(server.adminToken()));
    api::ApiReply *account = wait(client.send(api::requests::account()));
    QVERIFY(account->ok());
    const QList<crypto::PublicKey> fetched = parsePublicKeys(account->body());
    QCOMPARE(fetched.size(), 3);
    QCOMPARE(compareKeys(p, fetched), KeyPin::FirstUse);
    const QString fingerprint = keysFingerprint(fetched);
    QCOMPARE(fingerprint.count(QStringLiteral("SHA256:")), 3);
    QList<crypto::PublicKey> reversed(fetched.crbegin(), fetched.crend());
    QCOMPARE(keysFingerprint(reversed), fingerprint); // the same keys read the same, in any order

    // The user confirmed: pinned, with the account's UUID.
    p.publicKeys = encodeKeys(fetched);
    p.accountId = account->document().resource().id();
    ProfileStore store(m_settings.get());
    QVERIFY(store.save(p));
    QCOMPARE(compareKeys(*store.profile(p.name), fetched), KeyPin::Same);

    // From now on answers verify with the pinned keys.
    client.setSettings(store.profile(p.name)->connectionSettings());
    api::ApiReply *me = wait(client.send(api::requests::me()));
    QVERIFY2(me->ok(), qPrintable(me->error().technicalSummary()));
    QVERIFY(me->signatureCheck().isValid());

    // The token is in none of the settings.
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.isEmpty());
    QVERIFY(!stored.contains(server.adminToken().toUtf8()));
    QVERIFY(!stored.contains("admin-"));

    // Another server at that address (other keys): noticed, and its answers refused.
    sandbox::SandboxServer impostor;
    QVERIFY2(impostor.start({}, &error), qPrintable(error));
    api::ApiClient probe;
    api::ConnectionSettings open = p.connectionSettings();
    open.server = impostor.baseUrl();
    open.signatureMode = api::SignatureMode::Off;
    probe.setSettings(open);
    probe.setCredentials(api::Credentials::token(impostor.adminToken()));
    api::ApiReply *other = wait(probe.send(api::requests::account()));
    QVERIFY(other->ok());
    QCOMPARE(compareKeys(p, parsePublicKeys(other->body())), KeyPin::Changed);
    api::ConnectionSettings pinned = p.connectionSettings();
    pinned.server = impostor.baseUrl();
    pinned.accountId.clear(); // the impostor's account has another UUID; the keys alone must catch it
    probe.setSettings(pinned);
    api::ApiReply *refused = wait(probe.send(api::requests::me()));
    QCOMPARE(refused->error().kind(), api::ApiError::Kind::Signature);
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
