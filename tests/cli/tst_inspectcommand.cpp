// `keydesk inspect` as a script or a support person runs it: the real executable, its exit codes, text and JSON.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kVectors = QStringLiteral(KEYDESK_VECTORS_DIR);

QString vector(const QString &name, const QString &file)
{
    return kVectors + QLatin1Char('/') + name + QLatin1Char('/') + file;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs keydesk headless: no display, so anything that would need one fails loudly.
Run keydesk(const QStringList &arguments, const QByteArray &input = {}, const QString &language = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!language.isEmpty()) {
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LC_ALL"), language);
        env.insert(QStringLiteral("LANG"), language);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KEYDESK_BINARY), arguments);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(),
            process.readAllStandardError()};
}

const QString kValid = QStringLiteral("keygen/keygen-api-ee-valid-license-file");
const QString kExpired = QStringLiteral("keygen/keygen-api-ee-expired-license-file");
const QString kTampered = QStringLiteral("keygen/keygen-api-ee-tampered-license-file");

QStringList withSecrets(const QString &name, const QString &file = QStringLiteral("license.lic"))
{
    return {QStringLiteral("inspect"),
            vector(name, file),
            QStringLiteral("--public-key"),
            vector(name, QStringLiteral("public_key.ed25519.hex")),
            QStringLiteral("--license-key"),
            vector(name, QStringLiteral("license_key.txt"))};
}

} // namespace

class TestInspectCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelpWithoutDisplay();
    void validFileExitsZero();
    void expiredAndTamperedExitOne();
    void missingInputsExitTwo();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void worstExitCodeOfSeveralFiles();
    void jsonOutput();
    void jsonForSeveralFilesIsOneDocument();
    void keyFromStandardInput();
    void keyInAFile();
    void publicKeyGivenInline();
    void germanOutput();
};

void TestInspectCommand::versionAndHelpWithoutDisplay()
{
    const Run version = keydesk({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("keydesk 0."), version.out.constData());
    const Run help = keydesk({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("keydesk inspect FILE..."));
    QVERIFY(help.out.contains("--public-key"));
}

void TestInspectCommand::validFileExitsZero()
{
    const Run run = keydesk(withSecrets(kValid));
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    QVERIFY2(lines.constFirst().contains(": VALID"), run.out.constData());
    const QJsonObject decoded = QJsonDocument::fromJson(readFile(vector(kValid, QStringLiteral("decoded.json"))))
                                    .object();
    const QJsonObject license = decoded.value(QLatin1String("data")).toObject();
    QVERIFY(run.out.contains(license.value(QLatin1String("id")).toString().toUtf8()));
    QVERIFY(run.out.contains(
        license.value(QLatin1String("attributes")).toObject().value(QLatin1String("name")).toString().toUtf8()));
    QVERIFY(run.out.contains("Signature:"));
    QVERIFY(run.out.contains("File issued:"));
    QVERIFY(run.err.isEmpty());
}

void TestInspectCommand::expiredAndTamperedExitOne()
{
    const Run expired = keydesk(withSecrets(kExpired));
    QCOMPARE(expired.exitCode, 1);
    QVERIFY(expired.out.contains(": EXPIRED"));
    const Run tampered = keydesk(withSecrets(kTampered));
    QCOMPARE(tampered.exitCode, 1);
    QVERIFY(tampered.out.contains(": TAMPERED"));
    QVERIFY(tampered.out.contains("signature does not match"));
}

void TestInspectCommand::missingInputsExitTwo()
{
    // Without the license key the file cannot be read: the user has to supply something.
    const Run run = keydesk({QStringLiteral("inspect"),
                             vector(kValid, QStringLiteral("license.lic")),
                             QStringLiteral("--public-key"),
                             vector(kValid, QStringLiteral("public_key.ed25519.hex"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.contains("license key"));
}

void TestInspectCommand::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no file") << QStringList{QStringLiteral("inspect")} << QByteArray("Name at least one file");
    QTest::newRow("missing file") << QStringList{QStringLiteral("inspect"), QStringLiteral("/nonexistent/customer.lic")}
                                  << QByteArray("/nonexistent/customer.lic");
    QTest::newRow("bad public key") << QStringList{QStringLiteral("inspect"),
                                                   vector(kValid, QStringLiteral("license.lic")),
                                                   QStringLiteral("--public-key"),
                                                   QStringLiteral("not-a-key")}
                                    << QByteArray("not a public key");
    QTest::newRow("unknown scheme") << QStringList{QStringLiteral("inspect"),
                                                   QStringLiteral("-"),
                                                   QStringLiteral("--scheme"),
                                                   QStringLiteral("ROT13")}
                                    << QByteArray("Unknown key scheme");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("inspect"), QStringLiteral("--frobnicate")}
                                    << QByteArray("frobnicate");
    QTest::newRow("bad time") << QStringList{QStringLiteral("inspect"),
                                             QStringLiteral("-"),
                                             QStringLiteral("--at"),
                                             QStringLiteral("yesterday")}
                              << QByteArray("ISO 8601");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("--frobnicate")} << QByteArray("keydesk --help");
}

void TestInspectCommand::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run run = keydesk(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

void TestInspectCommand::worstExitCodeOfSeveralFiles()
{
    QStringList arguments = withSecrets(kValid);
    arguments << vector(kTampered, QStringLiteral("license.lic"));
    Run run = keydesk(arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.count(": VALID"), 1);
    QCOMPARE(run.out.count(": TAMPERED"), 1);

    arguments << QStringLiteral("/nonexistent/other.lic");
    run = keydesk(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out.count(": VALID"), 1); // the readable files are still reported
}

void TestInspectCommand::jsonOutput()
{
    const Run run = keydesk(withSecrets(kValid) << QStringLiteral("--json"));
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(QLatin1String("exitCode")).toInt(), 0);
    const QJsonObject result = document.object().value(QLatin1String("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QLatin1String("verdict")).toString(), QStringLiteral("valid"));
    QCOMPARE(result.value(QLatin1String("valid")).toBool(), true);
    QCOMPARE(result.value(QLatin1String("kind")).toString(), QStringLiteral("license-file"));
    QCOMPARE(result.value(QLatin1String("algorithm")).toString(), QStringLiteral("aes-256-gcm+ed25519"));
    QCOMPARE(result.value(QLatin1String("signature")).toString(), QStringLiteral("verified"));
    QVERIFY(result.value(QLatin1String("reasons")).toArray().size() >= 1);
    const QJsonObject decoded = QJsonDocument::fromJson(readFile(vector(kValid, QStringLiteral("decoded.json"))))
                                    .object();
    QCOMPARE(result.value(QLatin1String("document")).toObject(), decoded);
    QCOMPARE(result.value(QLatin1String("license")).toObject().value(QLatin1String("id")).toString(),
             decoded.value(QLatin1String("data")).toObject().value(QLatin1String("id")).toString());
    QCOMPARE(result.value(QLatin1String("issued")).toString(),
             decoded.value(QLatin1String("meta")).toObject().value(QLatin1String("issued")).toString());
}

void TestInspectCommand::jsonForSeveralFilesIsOneDocument()
{
    QStringList arguments = withSecrets(kValid);
    arguments << vector(kTampered, QStringLiteral("license.lic")) << QStringLiteral("/nonexistent/x.lic")
              << QStringLiteral("--json");
    const Run run = keydesk(arguments);
    QCOMPARE(run.exitCode, 2);
    const QJsonObject document = QJsonDocument::fromJson(run.out).object();
    const QJsonArray results = document.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(QLatin1String("verdict")).toString(), QStringLiteral("valid"));
    QCOMPARE(results.at(1).toObject().value(QLatin1String("verdict")).toString(), QStringLiteral("tampered"));
    QCOMPARE(results.at(2).toObject().value(QLatin1String("verdict")).toString(), QStringLiteral("unreadable"));
    QCOMPARE(document.value(QLatin1String("exitCode")).toInt(), 2);
}

void TestInspectCommand::keyFromStandardInput()
{
    const QString name = QStringLiteral("synthetic/synthetic-license-key-rsa-2048-pkcs1-pss-sign-v2");
    const Run run = keydesk({QStringLiteral("inspect"),
                             QStringLiteral("-"),
                             QStringLiteral("--public-key"),
                             vector(name, QStringLiteral("public_key.rsa2048.pem")),
                             QStringLiteral("--json")},
                            readFile(vector(name, QStringLiteral("license_key.txt"))));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject
        result = QJsonDocument::fromJson(run.out).object().value(QLatin1String("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QLatin1String("kind")).toString(), QStringLiteral("license-key"));
    QCOMPARE(result.value(QLatin1String("algorithm")).toString(), QStringLiteral("RSA_2048_PKCS1_PSS_SIGN_V2"));
    QCOMPARE(result.value(QLatin1String("schemeDetected")).toBool(), true);
    QCOMPARE(result.value(QLatin1String("document")).toObject(),
             QJsonDocument::fromJson(readFile(vector(name, QStringLiteral("expected_dataset.json")))).object());
}

void TestInspectCommand::keyInAFile()
{
    const QString name = QStringLiteral("keygen/java-license-key-ed25519-sign");
    const Run run = keydesk({QStringLiteral("inspect"),
                             vector(name, QStringLiteral("license_key.txt")),
                             QStringLiteral("--public-key"),
                             vector(name, QStringLiteral("public_key.ed25519.hex")),
                             QStringLiteral("--at"),
                             QStringLiteral("2021-10-14T16:00:00Z")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("ED25519_SIGN"));
    const QJsonObject dataset = QJsonDocument::fromJson(readFile(vector(name, QStringLiteral("expected_dataset.json"))))
                                    .object();
    const QString licenseId = dataset.value(QLatin1String("license")).toObject().value(QLatin1String("id")).toString();
    QVERIFY(!licenseId.isEmpty());
    QVERIFY(run.out.contains(licenseId.toUtf8()));
}

void TestInspectCommand::publicKeyGivenInline()
{
    const QByteArray hex = readFile(vector(kValid, QStringLiteral("public_key.ed25519.hex"))).trimmed();
    QStringList arguments = withSecrets(kValid);
    arguments[3] = QString::fromLatin1(hex);
    QCOMPARE(keydesk(arguments).exitCode, 0);
}

void TestInspectCommand::germanOutput()
{
    const Run forced = keydesk(withSecrets(kTampered) << QStringLiteral("--lang") << QStringLiteral("de"));
    QCOMPARE(forced.exitCode, 1);
    QVERIFY2(forced.out.contains("MANIPULIERT"), forced.out.constData());
    const Run help = keydesk({QStringLiteral("--help")}, {}, QStringLiteral("de_DE.UTF-8"));
    QVERIFY2(help.out.contains("Verwendung"), help.out.constData());
    const Run english = keydesk(withSecrets(kTampered), {}, QStringLiteral("C.UTF-8"));
    QVERIFY(english.out.contains("TAMPERED"));
}

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_inspectcommand.moc"
