// Every license file, machine file and signed key in ../shared/vectors gives the verdict its README states,
// and what Keydesk decodes equals what the independent check decoded.

#include "app/licensing/inspection.h"
#include "vectors.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

Q_DECLARE_METATYPE(keydesk::Verdict)

namespace {

// A moment after most vectors were issued, and "today" for these tests (fixed, so results do not drift).
const char *const kToday = "2026-11-22T12:00:00Z";

struct Expectation
{
    const char *vector;
    const char *at;
    Verdict verdict;
};

// The verdicts the vectors' README states: valid, expired, tampered, signature-only (incomplete here).
const Expectation kExpectations[] = {
    {"keygen/cpp-license-file-aes256gcm-ed25519", "2022-08-08T14:00:00Z", Verdict::Valid},
    {"keygen/cpp-license-file-aes256gcm-ed25519", kToday, Verdict::Expired}, // license expiry 2025-01-01
    {"keygen/csharp-license-file-aes256gcm-ed25519", "2023-08-10T00:00:00Z", Verdict::Valid},
    {"keygen/csharp-license-file-aes256gcm-ed25519", kToday, Verdict::Expired},
    {"keygen/csharp-license-key-rsa-2048-pkcs1-pss-sign-v2", kToday, Verdict::Valid},
    {"keygen/dart-license-file-aes256gcm-ed25519", "2022-10-05T00:00:00Z", Verdict::Valid},
    {"keygen/dart-license-file-aes256gcm-ed25519", kToday, Verdict::Expired},
    {"keygen/java-license-file-aes256gcm-ed25519", "2022-04-02T00:00:00Z", Verdict::Valid},
    {"keygen/java-license-file-aes256gcm-ed25519", kToday, Verdict::Expired},
    {"keygen/java-license-key-ed25519-sign", "2021-10-14T16:00:00Z", Verdict::Valid},
    {"keygen/java-license-key-ed25519-sign", kToday, Verdict::Expired}, // dataset expiry 2021-10-15
    {"keygen/java-machine-file-aes256gcm-ed25519-mac-fingerprint", "2025-04-03T00:00:00Z", Verdict::Valid},
    {"keygen/java-machine-file-aes256gcm-ed25519-mac-fingerprint", kToday, Verdict::Valid}, // no TTL, no expiry
    {"keygen/js-license-file-aes256gcm-ed25519", kToday, Verdict::Valid},
    {"keygen/keygen-api-ee-expired-license-file", "2022-10-24T14:30:00Z", Verdict::Expired}, // license expired first
    {"keygen/keygen-api-ee-expired-license-file", kToday, Verdict::Expired},
    {"keygen/keygen-api-ee-tampered-license-file", "2022-12-20T00:00:00Z", Verdict::Tampered},
    {"keygen/keygen-api-ee-tampered-license-file", kToday, Verdict::Tampered},
    {"keygen/keygen-api-ee-valid-license-file", kToday, Verdict::Valid},
    {"keygen/keygen-docs-license-key-ed25519-sign", kToday, Verdict::Valid},
    {"keygen/keygen-go-test-license-file-nottl-sigonly", kToday, Verdict::Incomplete},
    {"keygen/keygen-go-test-license-file-sigonly", kToday, Verdict::Incomplete},
    {"keygen/keygen-go-test-machine-file-sigonly", kToday, Verdict::Incomplete},
    {"keygen/keygen-relay-license-file-1", "2025-12-06T00:00:00Z", Verdict::Valid},
    {"keygen/keygen-relay-license-file-1", kToday, Verdict::Expired},
    {"keygen/keygen-relay-license-file-2", "2025-12-06T00:00:00Z", Verdict::Valid},
    {"keygen/keygen-relay-license-file-2", kToday, Verdict::Expired},
    {"keygen/node-license-file-aes256gcm-ed25519", "2024-04-11T00:00:00Z", Verdict::Valid},
    {"keygen/node-license-file-aes256gcm-ed25519", kToday, Verdict::Expired},
    {"keygen/python-license-file-aes256gcm-ed25519", "2025-08-28T00:00:00Z", Verdict::Valid},
    {"keygen/python-license-file-aes256gcm-ed25519", kToday, Verdict::Expired},
    {"keygen/python-machine-file-aes256gcm-ed25519", "2022-07-29T00:00:00Z", Verdict::Valid},
    {"keygen/python-machine-file-aes256gcm-ed25519", kToday, Verdict::Expired},
    {"keygen/rust-license-file-aes256gcm-ed25519", "2022-08-09T00:00:00Z", Verdict::Valid},
    {"keygen/rust-license-file-aes256gcm-ed25519", kToday, Verdict::Expired},
    {"keygen/rust-machine-file-aes256gcm-ed25519", "2023-11-01T00:00:00Z", Verdict::Valid},
    {"keygen/rust-machine-file-aes256gcm-ed25519", kToday, Verdict::Expired},
    {"keygen/stackoverflow-legacy-rsa-2048-pkcs1-sign-v1", kToday, Verdict::Valid},
    {"synthetic/synthetic-license-file-aes-256-gcm-rsa-pss-sha256", "2026-01-02T00:00:00Z", Verdict::Valid},
    {"synthetic/synthetic-license-file-aes-256-gcm-rsa-pss-sha256", kToday, Verdict::Expired},
    {"synthetic/synthetic-license-file-base64-ecdsa-p256", "2026-01-02T00:00:00Z", Verdict::Valid},
    {"synthetic/synthetic-license-file-base64-ecdsa-p256", kToday, Verdict::Expired},
    {"synthetic/synthetic-license-file-base64-ed25519", "2026-01-02T00:00:00Z", Verdict::Valid},
    {"synthetic/synthetic-license-file-base64-ed25519", kToday, Verdict::Expired},
    {"synthetic/synthetic-license-file-base64-rsa-sha256", "2026-01-02T00:00:00Z", Verdict::Valid},
    {"synthetic/synthetic-license-file-base64-rsa-sha256", kToday, Verdict::Expired},
    {"synthetic/synthetic-machine-file-aes-256-gcm-rsa-sha256", kToday, Verdict::Valid},
    {"synthetic/synthetic-license-key-ecdsa-p256-sign", kToday, Verdict::Valid},
    {"synthetic/synthetic-license-key-ed25519-sign", kToday, Verdict::Valid},
    {"synthetic/synthetic-license-key-rsa-2048-jwt-rs256", kToday, Verdict::Valid},
    {"synthetic/synthetic-license-key-rsa-2048-pkcs1-encrypt", kToday, Verdict::Valid},
    {"synthetic/synthetic-license-key-rsa-2048-pkcs1-pss-sign-legacy-v1", kToday, Verdict::Valid},
    {"synthetic/synthetic-license-key-rsa-2048-pkcs1-pss-sign-v2", kToday, Verdict::Valid},
    {"synthetic/synthetic-license-key-rsa-2048-pkcs1-sign-legacy-v1", kToday, Verdict::Valid},
    {"synthetic/synthetic-license-key-rsa-2048-pkcs1-sign-v2", kToday, Verdict::Valid},
};

QString artifactFile(const QString &vector)
{
    for (const char *name : {"license.lic", "machine.lic", "license_key_reconstructed.txt"}) {
        if (hasVectorFile(vector, QLatin1String(name))) {
            return QLatin1String(name);
        }
    }
    return QStringLiteral("license_key.txt"); // key vectors: the key itself
}

bool isKeyVector(const QString &vector)
{
    return hasVectorFile(vector, QStringLiteral("scheme.txt"));
}

InspectionInput inputFor(const QString &vector)
{
    InspectionInput input;
    input.data = readVector(vector, artifactFile(vector));
    input.publicKeys = vectorPublicKeys(vector);
    if (!isKeyVector(vector) && hasVectorFile(vector, QStringLiteral("license_key.txt"))) {
        input.licenseKey = QString::fromUtf8(readVector(vector, QStringLiteral("license_key.txt"))).trimmed();
    }
    if (hasVectorFile(vector, QStringLiteral("fingerprint.txt"))) {
        input.fingerprint = QString::fromUtf8(readVector(vector, QStringLiteral("fingerprint.txt"))).trimmed();
    }
    return input;
}

// What the independent check decoded: decoded.json, expected_plaintext.json, expected_dataset.json,
// seed_dataset.txt, or the "dataset = …" line of VERIFY.txt.
QByteArray expectedContent(const QString &vector)
{
    for (const char *name : {"decoded.json", "expected_plaintext.json", "expected_dataset.json", "seed_dataset.txt"}) {
        if (hasVectorFile(vector, QLatin1String(name))) {
            return readVector(vector, QLatin1String(name)).trimmed();
        }
    }
    const QString verify = QString::fromUtf8(readVector(vector, QStringLiteral("VERIFY.txt")));
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^dataset = (.*)$"),
                                                             QRegularExpression::MultilineOption)
                                              .match(verify);
    return match.hasMatch() ? match.captured(1).trimmed().toUtf8() : QByteArray();
}

} // namespace

class TestVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVectorHasAnExpectation();
    void verdict_data();
    void verdict();
    void decodedContentMatchesIndependentCheck_data();
    void decodedContentMatchesIndependentCheck();
    void detectedSchemeMatchesVector_data();
    void detectedSchemeMatchesVector();
    void algorithmMatchesVector_data();
    void algorithmMatchesVector();
};

void TestVectors::everyVectorHasAnExpectation()
{
    QSet<QString> covered;
    for (const Expectation &e : kExpectations) {
        covered.insert(QLatin1String(e.vector));
    }
    QStringList all = vectorFoldersWith(QStringLiteral("license.lic"))
                    + vectorFoldersWith(QStringLiteral("machine.lic"))
                    + vectorFoldersWith(QStringLiteral("scheme.txt"));
    QCOMPARE(all.size(), 36); // 24 files, 12 keys today; a new vector must get a row below
    for (const QString &vector : std::as_const(all)) {
        QVERIFY2(covered.contains(vector), qPrintable(vector + QStringLiteral(" has no expected verdict")));
    }
}

void TestVectors::verdict_data()
{
    QTest::addColumn<QString>("vector");
    QTest::addColumn<QString>("at");
    QTest::addColumn<Verdict>("expected");
    for (const Expectation &e : kExpectations) {
        QTest::addRow("%s@%s", e.vector, e.at)
            << QString::fromLatin1(e.vector) << QString::fromLatin1(e.at) << e.verdict;
    }
}

void TestVectors::verdict()
{
    QFETCH(QString, vector);
    QFETCH(QString, at);
    QFETCH(Verdict, expected);

    const FixedClock clock(QDateTime::fromString(at, Qt::ISODate));
    const Inspection result = Inspector(clock).inspect(inputFor(vector));
    QStringList reasons;
    for (const Reason &reason : result.reasons) {
        reasons << reasonId(reason.code);
    }
    QVERIFY2(result.verdict == expected,
             qPrintable(QStringLiteral("got %1 (%2)").arg(verdictId(result.verdict), reasons.join(QLatin1Char(',')))));
    if (expected == Verdict::Tampered) {
        QCOMPARE(result.signature, SignatureStatus::Mismatch);
        QVERIFY(result.hasReason(ReasonCode::SignatureMismatch));
    } else {
        // Every vector but the tampered one carries a genuine signature.
        QCOMPARE(result.signature, SignatureStatus::Verified);
    }
    if (expected == Verdict::Incomplete) {
        QVERIFY(result.hasReason(ReasonCode::LicenseKeyRequired));
        QVERIFY(!result.decrypted);
        QVERIFY(result.plaintext.isEmpty());
    }
    if (expected == Verdict::Expired) {
        QVERIFY(result.hasReason(ReasonCode::FileExpired) || result.hasReason(ReasonCode::LicenseExpired));
    }
    QVERIFY(!result.summary().isEmpty());
}

void TestVectors::decodedContentMatchesIndependentCheck_data()
{
    QTest::addColumn<QString>("vector");
    QSet<QString> seen;
    for (const Expectation &e : kExpectations) {
        const QString vector = QLatin1String(e.vector);
        if (e.verdict != Verdict::Tampered && e.verdict != Verdict::Incomplete && !seen.contains(vector)) {
            seen.insert(vector);
            QTest::newRow(e.vector) << vector;
        }
    }
}

void TestVectors::decodedContentMatchesIndependentCheck()
{
    QFETCH(QString, vector);
    const Inspection result = Inspector().inspect(inputFor(vector));
    QVERIFY(result.decrypted);
    const QByteArray expected = expectedContent(vector);
    QVERIFY2(!expected.isEmpty(), "the vector states what it decodes to");
    const QJsonDocument expectedJson = QJsonDocument::fromJson(expected);
    if (!expectedJson.isNull()) {
        QCOMPARE(result.document, expectedJson);
    } else {
        QCOMPARE(result.plaintext, expected);
    }
    // The main facts come from the document's license.
    if (result.kind == ArtifactKind::LicenseFile) {
        QCOMPARE(result.facts.licenseId,
                 expectedJson.object()[QLatin1String("data")].toObject()[QLatin1String("id")].toString());
        QCOMPARE(result.facts.name,
                 expectedJson.object()[QLatin1String("data")]
                     .toObject()[QLatin1String("attributes")]
                     .toObject()[QLatin1String("name")]
                     .toString());
        QVERIFY(result.issued.has_value());
        QCOMPARE(result.issued->toString(Qt::ISODateWithMs),
                 expectedJson.object()[QLatin1String("meta")].toObject()[QLatin1String("issued")].toString());
    } else if (result.kind == ArtifactKind::MachineFile) {
        QCOMPARE(result.facts.machineId,
                 expectedJson.object()[QLatin1String("data")].toObject()[QLatin1String("id")].toString());
        QCOMPARE(result.facts.machineFingerprint,
                 expectedJson.object()[QLatin1String("data")]
                     .toObject()[QLatin1String("attributes")]
                     .toObject()[QLatin1String("fingerprint")]
                     .toString());
    }
}

void TestVectors::detectedSchemeMatchesVector_data()
{
    QTest::addColumn<QString>("vector");
    for (const QString &vector : vectorFoldersWith(QStringLiteral("scheme.txt"))) {
        QTest::newRow(qPrintable(vector)) << vector;
    }
}

void TestVectors::detectedSchemeMatchesVector()
{
    QFETCH(QString, vector);
    const Inspection result = Inspector().inspect(inputFor(vector));
    QCOMPARE(result.kind, ArtifactKind::LicenseKey);
    QVERIFY(result.schemeDetected);
    QCOMPARE(result.algorithm, QString::fromLatin1(readVector(vector, QStringLiteral("scheme.txt")).trimmed()));

    // Naming the scheme gives the same answer; naming a wrong one does not verify.
    InspectionInput named = inputFor(vector);
    named.scheme = keySchemeFromName(result.algorithm);
    QVERIFY(named.scheme.has_value());
    const Inspection again = Inspector().inspect(named);
    QCOMPARE(again.verdict, result.verdict);
    QVERIFY(!again.schemeDetected);
}

void TestVectors::algorithmMatchesVector_data()
{
    QTest::addColumn<QString>("vector");
    for (const QString &vector : vectorFoldersWith(QStringLiteral("algorithm.txt"))) {
        if (hasVectorFile(vector, QStringLiteral("license.lic"))
            || hasVectorFile(vector, QStringLiteral("machine.lic"))) {
            QTest::newRow(qPrintable(vector)) << vector;
        }
    }
}

void TestVectors::algorithmMatchesVector()
{
    QFETCH(QString, vector);
    const Inspection result = Inspector().inspect(inputFor(vector));
    QCOMPARE(result.algorithm, QString::fromLatin1(readVector(vector, QStringLiteral("algorithm.txt")).trimmed()));
    QCOMPARE(result.kind,
             hasVectorFile(vector, QStringLiteral("machine.lic")) ? ArtifactKind::MachineFile
                                                                  : ArtifactKind::LicenseFile);
    QCOMPARE(result.encrypted, result.algorithm.startsWith(QLatin1String("aes-256-gcm")));
}

QTEST_GUILESS_MAIN(TestVectors)
#include "tst_vectors.moc"
