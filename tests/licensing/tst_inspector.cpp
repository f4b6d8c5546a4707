// One test per failure reason, the tolerance rules for file formatting, and the time verdicts.

#include "app/licensing/inspection.h"
#include "vectors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QString kValid = QStringLiteral("keygen/keygen-api-ee-valid-license-file");
const QString kMachine = QStringLiteral("keygen/python-machine-file-aes256gcm-ed25519");
const QString kBase64Ed25519 = QStringLiteral("synthetic/synthetic-license-file-base64-ed25519");

InspectionInput validInput()
{
    InspectionInput input;
    input.data = readVector(kValid, QStringLiteral("license.lic"));
    input.publicKeys = vectorPublicKeys(kValid);
    input.licenseKey = QString::fromUtf8(readVector(kValid, QStringLiteral("license_key.txt"))).trimmed();
    return input;
}

// The Python machine file with its public key and license key, but not the fingerprint.
InspectionInput machineInputWithoutFingerprint()
{
    InspectionInput input;
    input.data = readVector(kMachine, QStringLiteral("machine.lic"));
    input.publicKeys = vectorPublicKeys(kMachine);
    input.licenseKey = QString::fromUtf8(readVector(kMachine, QStringLiteral("license_key.txt"))).trimmed();
    return input;
}

Inspection inspectAt(const InspectionInput &input, const char *at = "2026-11-22T12:00:00Z")
{
    const FixedClock clock(QDateTime::fromString(QLatin1String(at), Qt::ISODate));
    return Inspector(clock).inspect(input);
}

// The envelope of a license file, and a way to write one back in Keygen's armor.
QJsonObject envelopeOf(const QByteArray &file)
{
    QByteArray body = file;
    body.replace("-----BEGIN LICENSE FILE-----", "").replace("-----END LICENSE FILE-----", "");
    return QJsonDocument::fromJson(QByteArray::fromBase64(body.simplified().replace(' ', ""))).object();
}

QByteArray armor(const QByteArray &json, int width = 60, const char *lineEnd = "\n")
{
    const QByteArray body = json.toBase64();
    QByteArray out = QByteArray("-----BEGIN LICENSE FILE-----") + lineEnd;
    for (qsizetype i = 0; i < body.size(); i += width) {
        out += body.mid(i, width) + lineEnd;
    }
    return out + "-----END LICENSE FILE-----" + lineEnd;
}

QByteArray armor(const QJsonObject &envelope)
{
    return armor(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tolerantOfFormatting_data();
    void tolerantOfFormatting();
    void checkOutJsonIsAccepted();
    void failureReasons_data();
    void failureReasons();
    void wrongLicenseKey();
    void licenseKeyRequired();
    void machineFileNeedsFingerprint();
    void wrongFingerprint();
    void alteredContentIsTampered();
    void contentIsShownButNotTrustedWithoutPublicKey();
    void publicKeyOfWrongType();
    void wrongAccountKeyIsTampered();
    void issuedInTheFuture();
    void expiringSoonWarns();
    void timesAreReportedWithDistance();
    void factsFromIncludedResources();
    void machineFileFacts();
    void keyWithNamedWrongScheme();
    void describeDistance_data();
    void describeDistance();
};

void TestInspector::tolerantOfFormatting_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray original = readVector(kValid, QStringLiteral("license.lic"));
    const QByteArray json = QJsonDocument(envelopeOf(original)).toJson(QJsonDocument::Compact);
    QTest::newRow("as issued") << original;
    QTest::newRow("CRLF") << QByteArray(original).replace("\n", "\r\n");
    QTest::newRow("wrapped at 76") << armor(json, 76);
    QTest::newRow("wrapped at 64, CRLF") << armor(json, 64, "\r\n");
    QTest::newRow("one long line") << armor(json, 1 << 20);
    QTest::newRow("surrounding whitespace") << QByteArray("\n\n   \t") + original + "\n\n\n   \n";
    QTest::newRow("indented lines") << QByteArray(original).replace("\n", "\n    ");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + original;
    QTest::newRow("pasted in an e-mail") << QByteArray("Hi, here is my file:\n\n") + original + "\nThanks, Ann\n";
}

void TestInspector::tolerantOfFormatting()
{
    QFETCH(QByteArray, data);
    InspectionInput input = validInput();
    input.data = data;
    const Inspection result = inspectAt(input);
    QCOMPARE(verdictId(result.verdict), QStringLiteral("valid"));
    const QJsonObject decoded = QJsonDocument::fromJson(readVector(kValid, QStringLiteral("decoded.json"))).object();
    QCOMPARE(result.facts.licenseId, decoded[QLatin1String("data")].toObject()[QLatin1String("id")].toString());
    QVERIFY(!result.facts.licenseId.isEmpty());
}

void TestInspector::checkOutJsonIsAccepted()
{
    // POST …/actions/check-out answers a license-files resource with the certificate inside.
    InspectionInput input = validInput();
    const QJsonObject response{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("license-files")},
                     {QStringLiteral("attributes"),
                      QJsonObject{{QStringLiteral("certificate"), QString::fromLatin1(input.data)}}}}}};
    input.data = QJsonDocument(response).toJson();
    QCOMPARE(inspectAt(input).verdict, Verdict::Valid);
}

void TestInspector::failureReasons_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("verdict");

    const QByteArray original = readVector(kValid, QStringLiteral("license.lic"));
    const QJsonObject envelope = envelopeOf(original);

    QTest::newRow("empty") << QByteArray("  \n ") << "empty"
                           << "unreadable";
    QTest::newRow("prose") << QByteArray("Dear support, my license does not work.") << "not-a-license-file"
                           << "unreadable";
    QTest::newRow("a public key") << readVector(QStringLiteral("synthetic/synthetic-license-file-base64-ed25519"),
                                                QStringLiteral("public_key.rsa2048.pem"))
                                  << "not-a-license-file"
                                  << "unreadable";
    QTest::newRow("footer missing") << original.left(original.indexOf("-----END")) << "truncated"
                                    << "unreadable";
    QTest::newRow("cut in the middle") << original.left(original.size() / 2) + "\n-----END LICENSE FILE-----\n"
                                       << "truncated"
                                       << "unreadable";
    QTest::newRow("header only") << QByteArray("-----BEGIN LICENSE FILE-----\n-----END LICENSE FILE-----\n")
                                 << "truncated"
                                 << "unreadable";
    QByteArray badChar = original;
    badChar[original.indexOf('\n') + 10] = '!';
    QTest::newRow("bad base64") << badChar << "bad-base64"
                                << "unreadable";
    QTest::newRow("not an envelope") << armor(QByteArray(R"({"data":{"type":"licenses"}})")) << "malformed-envelope"
                                     << "unreadable";
    QTest::newRow("not JSON") << armor(QByteArray("just some bytes, not json")) << "malformed-envelope"
                              << "unreadable";
    QJsonObject unknown = envelope;
    unknown[QLatin1String("alg")] = QStringLiteral("aes-128-cbc+ed25519");
    QTest::newRow("unknown algorithm") << armor(unknown) << "unknown-algorithm"
                                       << "unreadable";
    QJsonObject badSig = envelope;
    badSig[QLatin1String("sig")] = QStringLiteral("%%%");
    QTest::newRow("signature not base64") << armor(badSig) << "bad-base64"
                                          << "unreadable";
    QTest::newRow("key of no known shape") << QByteArray("key/abc.def") << "unsupported-key-form"
                                           << "unreadable";
    QTest::newRow("plain key") << QByteArray("988214-879010-F1185E-B37E91-E53AF5-V3") << "unsigned-key"
                               << "unreadable";
    QTest::newRow("legacy encrypted key")
        << QByteArray("4f0a7aa74b8e4ff2bc214ba0e5ee8a4e-0f3a9c8b7d6e5f4a3b2c1d0e9f8a7b6c-"
                      "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d-7e8f9a0b1c2d3e4f5a6b7c8d9e0f1av1")
        << "legacy-encrypted-key"
        << "unreadable";
}

void TestInspector::failureReasons()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    QFETCH(QString, verdict);
    InspectionInput input = validInput();
    input.data = data;
    const Inspection result = inspectAt(input);
    QCOMPARE(verdictId(result.verdict), verdict);
    QVERIFY(!result.reasons.isEmpty());
    QCOMPARE(reasonId(result.reasons.constFirst().code), reason);
    QVERIFY(!result.reasons.constFirst().message.isEmpty());
    QCOMPARE(result.summary(), result.reasons.constFirst().message);
    QVERIFY(!result.decrypted);
    QVERIFY(result.document.isNull());
}

void TestInspector::wrongLicenseKey()
{
    InspectionInput input = validInput();
    input.licenseKey = QStringLiteral("B8A5D1-1F4D36-43F8E5-3E4E1D-5E0E3E-V3");
    const Inspection result = inspectAt(input);
    QCOMPARE(result.verdict, Verdict::Unreadable);
    QCOMPARE(result.signature, SignatureStatus::Verified); // the file is genuine; the key is wrong
    QVERIFY(result.hasReason(ReasonCode::DecryptionFailed));
    QVERIFY(result.summary().contains(QLatin1String("license key")));
    QVERIFY(result.plaintext.isEmpty());
}

void TestInspector::licenseKeyRequired()
{
    InspectionInput input = validInput();
    input.licenseKey.clear();
    const Inspection result = inspectAt(input);
    QCOMPARE(result.verdict, Verdict::Incomplete);
    QCOMPARE(result.signature, SignatureStatus::Verified);
    QVERIFY(result.hasReason(ReasonCode::LicenseKeyRequired));
    QVERIFY(result.encrypted);
    QVERIFY(!result.decrypted);
}

void TestInspector::machineFileNeedsFingerprint()
{
    InspectionInput input = machineInputWithoutFingerprint();
    const Inspection result = inspectAt(input, "2022-07-29T00:00:00Z");
    QCOMPARE(result.kind, ArtifactKind::MachineFile);
    QCOMPARE(result.verdict, Verdict::Incomplete);
    QVERIFY(result.hasReason(ReasonCode::FingerprintRequired));
}

void TestInspector::wrongFingerprint()
{
    InspectionInput input = machineInputWithoutFingerprint();
    input.fingerprint = QStringLiteral("00:11:22:33:44:55");
    const Inspection result = inspectAt(input, "2022-07-29T00:00:00Z");
    QCOMPARE(result.verdict, Verdict::Unreadable);
    QVERIFY(result.hasReason(ReasonCode::DecryptionFailed));
    QVERIFY(result.summary().contains(QLatin1String("fingerprint")));
}

void TestInspector::alteredContentIsTampered()
{
    // A customer "extends" an unencrypted file by editing its content: the signature no longer matches.
    InspectionInput input;
    input.publicKeys = vectorPublicKeys(kBase64Ed25519);
    QJsonObject envelope = envelopeOf(readVector(kBase64Ed25519, QStringLiteral("license.lic")));
    QByteArray document = QByteArray::fromBase64(envelope[QLatin1String("enc")].toString().toLatin1());
    QVERIFY(document.contains("2026-02-01T10:29:06.000Z"));
    document.replace("2026-02-01T10:29:06.000Z", "2099-02-01T10:29:06.000Z");
    envelope[QLatin1String("enc")] = QString::fromLatin1(document.toBase64());
    input.data = armor(envelope);
    const Inspection result = inspectAt(input, "2026-01-02T00:00:00Z");
    QCOMPARE(result.verdict, Verdict::Tampered);
    QVERIFY(result.hasReason(ReasonCode::SignatureMismatch));
    QVERIFY(!result.isValid());
}

void TestInspector::contentIsShownButNotTrustedWithoutPublicKey()
{
    InspectionInput input;
    input.data = readVector(kBase64Ed25519, QStringLiteral("license.lic"));
    const Inspection result = inspectAt(input, "2026-01-02T00:00:00Z");
    QCOMPARE(result.verdict, Verdict::Incomplete);
    QCOMPARE(result.signature, SignatureStatus::NotChecked);
    QVERIFY(result.hasReason(ReasonCode::NoPublicKey));
    QVERIFY(result.decrypted); // readable, but not presented as valid
    QVERIFY(!result.isValid());
}

void TestInspector::publicKeyOfWrongType()
{
    InspectionInput input = validInput();
    QString error;
    input.publicKeys = parsePublicKeys(readVector(QStringLiteral("synthetic/synthetic-license-file-base64-ed25519"),
                                                  QStringLiteral("public_key.rsa2048.pem")),
                                       &error);
    QCOMPARE(input.publicKeys.size(), 1);
    const Inspection result = inspectAt(input);
    QCOMPARE(result.verdict, Verdict::Incomplete);
    QVERIFY(result.hasReason(ReasonCode::PublicKeyTypeMismatch));
    QCOMPARE(result.signature, SignatureStatus::NotChecked);
}

void TestInspector::wrongAccountKeyIsTampered()
{
    InspectionInput input = validInput();
    // An Ed25519 key of another account (the synthetic vectors' key).
    input.publicKeys = parsePublicKeys(readVector(kBase64Ed25519, QStringLiteral("public_key.ed25519.hex")));
    const Inspection result = inspectAt(input);
    QCOMPARE(result.verdict, Verdict::Tampered);
    QCOMPARE(result.signature, SignatureStatus::Mismatch);
    QCOMPARE(result.publicKeyFingerprint, input.publicKeys.constFirst().fingerprint());
}

void TestInspector::issuedInTheFuture()
{
    const Inspection result = inspectAt(validInput(), "2022-12-18T00:00:00Z"); // issued 2022-12-19T17:57:50Z
    QCOMPARE(result.verdict, Verdict::NotYetValid);
    QVERIFY(result.hasReason(ReasonCode::IssuedInFuture));
    // A clock a minute behind is a clock difference, not a forged date.
    QCOMPARE(inspectAt(validInput(), "2022-12-19T17:56:50Z").verdict, Verdict::Valid);
}

void TestInspector::expiringSoonWarns()
{
    InspectionInput input;
    input.data = readVector(QStringLiteral("keygen/java-license-key-ed25519-sign"), QStringLiteral("license_key.txt"));
    input.publicKeys = vectorPublicKeys(QStringLiteral("keygen/java-license-key-ed25519-sign"));
    const Inspection result = inspectAt(input, "2021-10-14T16:00:00Z"); // license expiry 2021-10-15T00:00:00Z
    QCOMPARE(result.verdict, Verdict::Valid);
    QVERIFY(result.hasReason(ReasonCode::LicenseExpiresSoon));
}

void TestInspector::timesAreReportedWithDistance()
{
    InspectionInput input;
    input.data = readVector(kBase64Ed25519, QStringLiteral("license.lic"));
    input.publicKeys = vectorPublicKeys(kBase64Ed25519);
    const Inspection result = inspectAt(input, "2026-01-29T10:29:06Z");
    QCOMPARE(result.verdict, Verdict::Valid);
    QCOMPARE(result.ttl, 2629746);
    QCOMPARE(result.expiry->toString(Qt::ISODateWithMs), QStringLiteral("2026-02-01T10:29:06.000Z"));
    bool found = false;
    for (const Reason &reason : result.reasons) {
        if (reason.code == ReasonCode::FileValidUntil) {
            found = true;
            QVERIFY2(reason.message.contains(QLatin1String("in 3 days")), qPrintable(reason.message));
        }
    }
    QVERIFY(found);
    const Inspection later = inspectAt(input, "2026-03-01T10:29:06Z");
    QCOMPARE(later.verdict, Verdict::Expired);
    QVERIFY(later.hasReason(ReasonCode::FileExpired));
    QVERIFY(later.reasons.constLast().message.contains(QLatin1String("days ago"))
            || later.summary().contains(QLatin1String("Expired")));
}

void TestInspector::factsFromIncludedResources()
{
    const QString vector = QStringLiteral("keygen/cpp-license-file-aes256gcm-ed25519");
    InspectionInput input;
    input.data = readVector(vector, QStringLiteral("license.lic"));
    input.publicKeys = vectorPublicKeys(vector);
    input.licenseKey = QString::fromUtf8(readVector(vector, QStringLiteral("license_key.txt"))).trimmed();
    const Inspection result = inspectAt(input, "2022-08-08T14:00:00Z");
    QCOMPARE(result.verdict, Verdict::Valid);

    const QJsonObject decoded = QJsonDocument::fromJson(readVector(vector, QStringLiteral("decoded.json"))).object();
    const QJsonObject license = decoded[QLatin1String("data")].toObject();
    const QJsonObject attributes = license[QLatin1String("attributes")].toObject();
    QCOMPARE(result.facts.key, attributes[QLatin1String("key")].toString());
    QCOMPARE(result.facts.status, attributes[QLatin1String("status")].toString());
    QCOMPARE(result.facts.expiry->toString(Qt::ISODateWithMs), attributes[QLatin1String("expiry")].toString());
    QStringList codes;
    QString policyName;
    QString productName;
    QString ownerEmail;
    for (const QJsonValue &value : decoded[QLatin1String("included")].toArray()) {
        const QJsonObject resource = value.toObject();
        const QJsonObject a = resource[QLatin1String("attributes")].toObject();
        const QString type = resource[QLatin1String("type")].toString();
        if (type == QLatin1String("entitlements")) {
            codes << a[QLatin1String("code")].toString();
        } else if (type == QLatin1String("policies")) {
            policyName = a[QLatin1String("name")].toString();
        } else if (type == QLatin1String("products")) {
            productName = a[QLatin1String("name")].toString();
        } else if (type == QLatin1String("users")) {
            ownerEmail = a[QLatin1String("email")].toString();
        }
    }
    QCOMPARE(result.facts.entitlements, codes);
    QVERIFY(!codes.isEmpty());
    QCOMPARE(result.facts.policyName, policyName);
    QCOMPARE(result.facts.productName, productName);
    QCOMPARE(result.facts.ownerEmail, ownerEmail);
    QVERIFY(!policyName.isEmpty() && !productName.isEmpty() && !ownerEmail.isEmpty());
    QCOMPARE(result.included().size(), decoded[QLatin1String("included")].toArray().size());
}

void TestInspector::machineFileFacts()
{
    const QString vector = QStringLiteral("keygen/rust-machine-file-aes256gcm-ed25519");
    InspectionInput input;
    input.data = readVector(vector, QStringLiteral("machine.lic"));
    input.publicKeys = vectorPublicKeys(vector);
    input.licenseKey = QString::fromUtf8(readVector(vector, QStringLiteral("license_key.txt"))).trimmed();
    input.fingerprint = QString::fromUtf8(readVector(vector, QStringLiteral("fingerprint.txt"))).trimmed();
    const Inspection result = inspectAt(input, "2023-11-01T00:00:00Z");
    QCOMPARE(result.verdict, Verdict::Valid);
    QCOMPARE(result.facts.machineFingerprint, input.fingerprint);
    const QJsonObject decoded = QJsonDocument::fromJson(readVector(vector, QStringLiteral("decoded.json"))).object();
    const QString licenseId = decoded[QLatin1String("data")]
                                  .toObject()[QLatin1String("relationships")]
                                  .toObject()[QLatin1String("license")]
                                  .toObject()[QLatin1String("data")]
                                  .toObject()[QLatin1String("id")]
                                  .toString();
    QCOMPARE(result.facts.licenseId, licenseId);
    QVERIFY(!result.facts.key.isEmpty()); // from the included license
    QCOMPARE(result.facts.key, input.licenseKey);
}

void TestInspector::keyWithNamedWrongScheme()
{
    const QString vector = QStringLiteral("synthetic/synthetic-license-key-rsa-2048-pkcs1-sign-v2");
    InspectionInput input;
    input.data = readVector(vector, QStringLiteral("license_key.txt"));
    input.publicKeys = vectorPublicKeys(vector);
    input.scheme = KeyScheme::RsaPkcs1PssSignV2; // the user picked the wrong RSA padding
    const Inspection result = inspectAt(input);
    QCOMPARE(result.verdict, Verdict::Tampered);
    input.scheme = KeyScheme::RsaJwtRs256; // a shape that does not fit at all
    const Inspection wrongShape = inspectAt(input);
    QCOMPARE(wrongShape.verdict, Verdict::Unreadable);
    QVERIFY(wrongShape.hasReason(ReasonCode::UnsupportedKeyForm));
    QVERIFY(wrongShape.summary().contains(QLatin1String("RSA_2048_JWT_RS256")));
}

void TestInspector::describeDistance_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("now") << qint64(10) << QStringLiteral("in less than a minute");
    QTest::newRow("minutes") << qint64(5 * 60) << QStringLiteral("in 5 minutes");
    QTest::newRow("one hour ago") << qint64(-3600) << QStringLiteral("1 hour ago");
    QTest::newRow("3 days") << qint64(3 * 86400 + 100) << QStringLiteral("in 3 days");
    QTest::newRow("2 months ago") << qint64(-65LL * 86400) << QStringLiteral("2 months ago");
    QTest::newRow("3 years") << qint64(3LL * 366 * 86400) << QStringLiteral("in 3 years");
}

void TestInspector::describeDistance()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    QCOMPARE(Inspector::describeDistance(now, now.addSecs(seconds)), text);
}

QTEST_GUILESS_MAIN(TestInspector)
#include "tst_inspector.moc"
