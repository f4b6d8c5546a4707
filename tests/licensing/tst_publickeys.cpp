// Public keys in every form Keygen hands out are read; anything else is refused with a clear sentence.

#include "app/licensing/publickeys.h"
#include "vectors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QString kSynthetic = QStringLiteral("synthetic/synthetic-license-file-base64-ed25519");

QByteArray pemBody(const QByteArray &pem)
{
    QByteArray body;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.startsWith("-----")) {
            body += line.trimmed();
        }
    }
    return body;
}

} // namespace

class TestPublicKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data();
    void forms();
    void accountDocumentGivesAllThreeKeys();
    void severalPemBlocks();
    void rejects_data();
    void rejects();
    void fingerprintIsStable();
    void hexStartingWithZeroInMetaKeys();
};

void TestPublicKeys::forms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("type");

    const QByteArray hex = readVector(kSynthetic, QStringLiteral("public_key.ed25519.hex")).trimmed();
    const QByteArray rsaPem = readVector(kSynthetic, QStringLiteral("public_key.rsa2048.pem"));
    const QByteArray ecPem = readVector(kSynthetic, QStringLiteral("public_key.ecdsa-p256.pem"));
    const QByteArray spkiB64 = readVector(QStringLiteral("keygen/node-license-file-aes256gcm-ed25519"),
                                          QStringLiteral("public_key.ed25519.spki-der.b64"));

    QTest::newRow("ed25519 hex") << hex << int(crypto::KeyType::Ed25519);
    QTest::newRow("ed25519 hex upper case, spaces")
        << QByteArray("  " + hex.toUpper() + "\n") << int(crypto::KeyType::Ed25519);
    QTest::newRow("ed25519 SPKI DER base64") << spkiB64 << int(crypto::KeyType::Ed25519);
    QTest::newRow("ed25519 raw base64") << QByteArray::fromHex(hex).toBase64() << int(crypto::KeyType::Ed25519);
    QTest::newRow("ed25519 meta.keys (base64 of hex)") << hex.toBase64() << int(crypto::KeyType::Ed25519);
    QTest::newRow("rsa PEM") << rsaPem << int(crypto::KeyType::Rsa);
    QTest::newRow("rsa PEM, CRLF") << QByteArray(rsaPem).replace("\n", "\r\n") << int(crypto::KeyType::Rsa);
    QTest::newRow("rsa SPKI DER base64") << pemBody(rsaPem) << int(crypto::KeyType::Rsa);
    QTest::newRow("rsa meta.publicKey (base64 of PEM)") << rsaPem.toBase64() << int(crypto::KeyType::Rsa);
    QTest::newRow("ecdsa PEM") << ecPem << int(crypto::KeyType::EcdsaP256);
    QTest::newRow("ecdsa meta.keys (base64 of PEM)") << ecPem.toBase64() << int(crypto::KeyType::EcdsaP256);
    QTest::newRow("ecdsa SPKI DER base64") << pemBody(ecPem) << int(crypto::KeyType::EcdsaP256);
}

void TestPublicKeys::forms()
{
    QFETCH(QByteArray, text);
    QFETCH(int, type);
    QString error;
    const QList<crypto::PublicKey> keys = parsePublicKeys(text, &error);
    QVERIFY2(keys.size() == 1, qPrintable(error));
    QCOMPARE(int(keys.constFirst().type()), type);
    QVERIFY(!keys.constFirst().fingerprint().isEmpty());
}

void TestPublicKeys::accountDocumentGivesAllThreeKeys()
{
    // GET /v1/accounts/<id>: meta.publicKey (RSA) and meta.keys {ed25519, rsa2048, ecdsa}, each base64 of the stored
    // text.
    const QByteArray hex = readVector(kSynthetic, QStringLiteral("public_key.ed25519.hex")).trimmed();
    const QByteArray rsaPem = readVector(kSynthetic, QStringLiteral("public_key.rsa2048.pem"));
    const QByteArray ecPem = readVector(kSynthetic, QStringLiteral("public_key.ecdsa-p256.pem"));
    const QJsonObject meta{{QStringLiteral("publicKey"), QString::fromLatin1(rsaPem.toBase64())},
                           {QStringLiteral("keys"),
                            QJsonObject{{QStringLiteral("ed25519"), QString::fromLatin1(hex.toBase64())},
                                        {QStringLiteral("rsa2048"), QString::fromLatin1(rsaPem.toBase64())},
                                        {QStringLiteral("ecdsa"), QString::fromLatin1(ecPem.toBase64())}}}};
    const QJsonObject account{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("accounts")}, {QStringLiteral("meta"), meta}}}};
    const QList<crypto::PublicKey> keys = parsePublicKeys(QJsonDocument(account).toJson());
    QCOMPARE(keys.size(), 3);
    QList<crypto::KeyType> types;
    for (const crypto::PublicKey &key : keys) {
        types << key.type();
    }
    QVERIFY(types.contains(crypto::KeyType::Ed25519));
    QVERIFY(types.contains(crypto::KeyType::Rsa));
    QVERIFY(types.contains(crypto::KeyType::EcdsaP256));
}

void TestPublicKeys::severalPemBlocks()
{
    const QByteArray both = readVector(kSynthetic, QStringLiteral("public_key.rsa2048.pem")) + "\n"
                          + readVector(kSynthetic, QStringLiteral("public_key.ecdsa-p256.pem"));
    QCOMPARE(parsePublicKeys(both).size(), 2);
}

void TestPublicKeys::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray("   ");
    QTest::newRow("63 hex characters") << QByteArray(63, 'a');
    QTest::newRow("prose") << QByteArray("my public key is on the dashboard");
    QTest::newRow("a license key") << QByteArray("988214-879010-F1185E-B37E91-E53AF5-V3");
    QTest::newRow("broken PEM") << QByteArray("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
    QTest::newRow("JSON without keys") << QByteArray(R"({"data":{"type":"accounts","meta":{}}})");
}

void TestPublicKeys::rejects()
{
    QFETCH(QByteArray, text);
    QString error;
    QVERIFY(parsePublicKeys(text, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(error.endsWith(QLatin1Char('.')));
}

void TestPublicKeys::fingerprintIsStable()
{
    // The same key in two forms has one fingerprint, which is what a user compares.
    const QByteArray hex = readVector(kSynthetic, QStringLiteral("public_key.ed25519.hex")).trimmed();
    const QString a = parsePublicKeys(hex).constFirst().fingerprint();
    const QString b = parsePublicKeys(hex.toBase64()).constFirst().fingerprint();
    QCOMPARE(a, b);
    QCOMPARE(a.size(), 64);
}

void TestPublicKeys::hexStartingWithZeroInMetaKeys()
{
    // base64 of hex text that starts with '0' decodes to a leading 0x30, like DER: it must still be read as hex.
    QByteArray hex = readVector(kSynthetic, QStringLiteral("public_key.ed25519.hex")).trimmed();
    hex[0] = '0';
    QString error;
    const QList<crypto::PublicKey> keys = parsePublicKeys(hex.toBase64(), &error);
    QVERIFY2(keys.size() == 1, qPrintable(error));
    QCOMPARE(keys.constFirst().type(), crypto::KeyType::Ed25519);
    QCOMPARE(keys.constFirst().spkiDer().right(32).toHex(), hex);
}

QTEST_GUILESS_MAIN(TestPublicKeys)
#include "tst_publickeys.moc"
