// Tokens in the OS keychain through QtKeychain: run once against a real Secret Service (gnome-keyring on a private
// D-Bus session, see with-keyring.sh) and once with no keychain at all (KEYDESK_TEST_NO_KEYCHAIN), where tokens
// stay in memory for the session and the user is told.

#include "app/profiles/secretstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace keydesk::profiles;

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void profilesAreSeparate();
    void survivesANewStore();

private:
    bool m_noKeychain = qEnvironmentVariableIsSet("KEYDESK_TEST_NO_KEYCHAIN");
    // A service of its own per run: entries never collide with another run or the user's.
    QString m_service = QStringLiteral("io.keydesk.Keydesk.test-") + QUuid::createUuid().toString(QUuid::Id128);
};

void TestSecretStore::initTestCase()
{
    if (!m_noKeychain) {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
    }
}

void TestSecretStore::writeReadRemove()
{
    SecretStore store(m_service);
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    const QString token = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral("v3");

    SecretStore::Result result = store.readTokenNow(QStringLiteral("Acme"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.found);

    result = store.writeTokenNow(QStringLiteral("Acme"), token);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.inMemory, m_noKeychain);
    QCOMPARE(store.isPersistent(), !m_noKeychain);
    QCOMPARE(unavailable.count(), m_noKeychain ? 1 : 0);
    if (m_noKeychain) {
        QVERIFY(unavailable.at(0).at(0).toString().contains(QLatin1String("memory")));
    }

    result = store.readTokenNow(QStringLiteral("Acme"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.found);
    QCOMPARE(result.token, token);

    result = store.removeTokenNow(QStringLiteral("Acme"));
    QVERIFY2(result.ok, qPrintable(result.error));
    result = store.readTokenNow(QStringLiteral("Acme"));
    QVERIFY(result.ok);
    QVERIFY(!result.found);
    QVERIFY(result.token.isEmpty());
}

void TestSecretStore::profilesAreSeparate()
{
    SecretStore store(m_service);
    QVERIFY(store.writeTokenNow(QStringLiteral("Cloud"), QStringLiteral("token-one")).ok);
    QVERIFY(store.writeTokenNow(QStringLiteral("Self-hosted"), QStringLiteral("token-two")).ok);
    QCOMPARE(store.readTokenNow(QStringLiteral("Cloud")).token, QStringLiteral("token-one"));
    QCOMPARE(store.readTokenNow(QStringLiteral("Self-hosted")).token, QStringLiteral("token-two"));
    QVERIFY(store.removeTokenNow(QStringLiteral("Cloud")).ok);
    QCOMPARE(store.readTokenNow(QStringLiteral("Self-hosted")).token, QStringLiteral("token-two"));
    QVERIFY(store.removeTokenNow(QStringLiteral("Self-hosted")).ok);
}

// A token in the keychain outlives the store (and Keydesk); one kept in memory does not.
void TestSecretStore::survivesANewStore()
{
    {
        SecretStore store(m_service);
        QVERIFY(store.writeTokenNow(QStringLiteral("Lasting"), QStringLiteral("lasting-token")).ok);
    }
    SecretStore again(m_service);
    const SecretStore::Result result = again.readTokenNow(QStringLiteral("Lasting"));
    QVERIFY(result.ok);
    QCOMPARE(result.found, !m_noKeychain);
    if (!m_noKeychain) {
        QCOMPARE(result.token, QStringLiteral("lasting-token"));
        // It is really in the Secret Service, not somewhere of Keydesk's own.
        QVERIFY(again.removeTokenNow(QStringLiteral("Lasting")).ok);
    }
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
