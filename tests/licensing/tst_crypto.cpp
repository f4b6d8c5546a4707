// The OpenSSL wrapper verifies every response and webhook signature vector (all four algorithms) and refuses
// anything altered.

#include "app/licensing/crypto.h"
#include "vectors.h"

#include <QRegularExpression>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

std::optional<crypto::SignatureAlgorithm> algorithmNamed(const QByteArray &name)
{
    if (name == "ed25519") {
        return crypto::SignatureAlgorithm::Ed25519;
    }
    if (name == "rsa-pss-sha256") {
        return crypto::SignatureAlgorithm::RsaPssSha256;
    }
    if (name == "rsa-sha256") {
        return crypto::SignatureAlgorithm::RsaPkcs1Sha256;
    }
    if (name == "ecdsa-p256") {
        return crypto::SignatureAlgorithm::EcdsaP256Sha256;
    }
    return std::nullopt;
}

QString headerValue(const QString &headers, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(name),
                                QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re.match(headers).captured(1).trimmed();
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responseSignatures_data();
    void responseSignatures();
    void aesGcmRejectsWrongKeyAndTag();
    void wrongKeyTypeNeverVerifies();
};

void TestCrypto::responseSignatures_data()
{
    QTest::addColumn<QString>("vector");
    for (const QString &vector : vectorFoldersWith(QStringLiteral("signing_string.txt"))) {
        QTest::newRow(qPrintable(vector)) << vector;
    }
}

void TestCrypto::responseSignatures()
{
    QFETCH(QString, vector);
    const QString headers = QString::fromUtf8(readVector(vector, QStringLiteral("headers.txt")));
    const QByteArray body = readVector(vector, QStringLiteral("body.json"));
    const QByteArray signingString = readVector(vector, QStringLiteral("signing_string.txt"));
    const auto algorithm = algorithmNamed(readVector(vector, QStringLiteral("algorithm.txt")).trimmed());
    QVERIFY(algorithm.has_value());

    // Digest: sha-256=<base64 of SHA-256(body)>
    const QString digest = headerValue(headers, QStringLiteral("Digest"));
    QCOMPARE(digest, QStringLiteral("sha-256=") + QString::fromLatin1(crypto::sha256(body).toBase64()));
    QVERIFY(signingString.contains(digest.toLatin1()));

    const QString signatureHeader = headerValue(headers, QStringLiteral("Keygen-Signature"));
    const QString
        signature = QRegularExpression(QStringLiteral("signature=\"([^\"]+)\"")).match(signatureHeader).captured(1);
    QVERIFY(!signature.isEmpty());
    const QByteArray rawSignature = QByteArray::fromBase64(signature.toLatin1());

    bool verified = false;
    for (const crypto::PublicKey &key : vectorPublicKeys(vector)) {
        if (key.type() == crypto::keyTypeFor(*algorithm)) {
            verified = key.verify(*algorithm, signingString, rawSignature);
            QVERIFY(verified);
            QByteArray altered = signingString;
            altered[altered.size() - 2] = altered.at(altered.size() - 2) == 'A' ? 'B' : 'A';
            QVERIFY(!key.verify(*algorithm, altered, rawSignature));
        }
    }
    QVERIFY2(verified, "the vector holds a key of the signature's type");
}

void TestCrypto::aesGcmRejectsWrongKeyAndTag()
{
    const QByteArray key = crypto::sha256("license-key");
    const QByteArray iv(12, '\x01');
    // Known answer: decrypting needs the matching tag; a random one never authenticates.
    QVERIFY(!crypto::aes256GcmDecrypt(key, iv, "ciphertext", QByteArray(16, '\0')).has_value());
    QVERIFY(!crypto::aes256GcmDecrypt(key.left(16), iv, "ciphertext", QByteArray(16, '\0')).has_value());
    QVERIFY(!crypto::aes256GcmDecrypt(key, iv, "ciphertext", QByteArray(15, '\0')).has_value());
    QCOMPARE(crypto::sha256("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestCrypto::wrongKeyTypeNeverVerifies()
{
    const QList<crypto::PublicKey> keys = vectorPublicKeys(
        QStringLiteral("synthetic/synthetic-response-signature-ed25519"));
    QCOMPARE(keys.size(), 3);
    for (const crypto::PublicKey &key : keys) {
        for (auto algorithm : {crypto::SignatureAlgorithm::Ed25519,
                               crypto::SignatureAlgorithm::RsaPssSha256,
                               crypto::SignatureAlgorithm::RsaPkcs1Sha256,
                               crypto::SignatureAlgorithm::EcdsaP256Sha256}) {
            if (key.type() != crypto::keyTypeFor(algorithm)) {
                QVERIFY(!key.verify(algorithm, "message", QByteArray(64, 'x')));
            }
        }
        QVERIFY(!key.recoverPkcs1(QByteArray(256, 'x')).has_value());
    }
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
