// Drives the real License File Inspector window with Keygen's vectors: typing, pasting, dropping, menus.

#include "app/licensing/clock.h"
#include "app/licensing/inspection.h"
#include "app/licensing/publickeys.h"
#include "ui/filedialog.h"
#include "ui/inspectorwindow.h"
#include "ui/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace keydesk;

namespace {

// One folder of the shared test vectors.
struct Vector
{
    QString dir;

    QString file(const QString &name) const { return dir + QLatin1Char('/') + name; }

    QByteArray bytes(const QString &name) const
    {
        QFile f(file(name));
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(file(name)));
        }
        return f.readAll();
    }

    QString text(const QString &name) const { return QString::fromUtf8(bytes(name)).trimmed(); }

    QJsonObject json(const QString &name) const { return QJsonDocument::fromJson(bytes(name)).object(); }
};

Vector keygenVector(const char *name)
{
    return {QStringLiteral(KEYDESK_VECTORS_DIR "/keygen/") + QLatin1String(name)};
}

Vector syntheticVector(const char *name)
{
    return {QStringLiteral(KEYDESK_VECTORS_DIR "/synthetic/") + QLatin1String(name)};
}

const Vector Valid = keygenVector("keygen-api-ee-valid-license-file");
const Vector Tampered = keygenVector("keygen-api-ee-tampered-license-file");
const Vector Expired = keygenVector("keygen-api-ee-expired-license-file");
const Vector SignatureOnly = keygenVector("keygen-go-test-license-file-sigonly");
const Vector SignedKey = keygenVector("java-license-key-ed25519-sign");
const Vector MachineFile = keygenVector("python-machine-file-aes256gcm-ed25519");
const Vector EcdsaFile = syntheticVector("synthetic-license-file-base64-ecdsa-p256");
const Vector SpkiDer = keygenVector("node-license-file-aes256gcm-ed25519");

// The offscreen platform warns about every window whose size constraints change; that is not news.
QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()")) {
        return;
    }
    previousHandler(type, context, message);
}

QDateTime instant(const QJsonValue &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid()) {
        qFatal("not a timestamp: %s", qPrintable(value.toString()));
    }
    return at;
}

} // namespace

class TestInspectorWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyState();
    void validLicenseFile();
    void tamperedLicenseFileIsInvalid();
    void encryptedWithoutLicenseKeyAsksForIt_data();
    void encryptedWithoutLicenseKeyAsksForIt();
    void editingAFieldReinspects();
    void expiredLicenseFile();
    void machineFileWithFingerprint();
    void pasteSignedKeyWithShortcut();
    void signedKeyPastDueIsExpired();
    void schemeCombo();
    void pastedPlainKeyFillsLicenseKeyField();
    void dropFileOnWindow();
    void dropTextOnWindow();
    void dropPublicKeyFileOnPublicKeyField();
    void fileNotFound();
    void severalPublicKeys();
    void invalidPublicKeyIsExplained();
    void browsePublicKeyFile_data();
    void browsePublicKeyFile();
    void openWithShortcutAndDialog();
    void saveDecodedJson();
    void copyLicenseKey();
    void aboutBox();
    void remembersPublicKeysButNeverSecrets();

private:
    QWidget *banner() const { return m_window->findChild<QWidget *>(QStringLiteral("verdictBanner")); }

    QString state() const { return banner()->property("state").toString(); }

    QString bannerText() const { return banner()->property("text").toString(); }

    QString verdict() const { return banner()->property("verdict").toString(); }

    QStringList reasonIds() const { return banner()->property("reasonIds").toStringList(); }

    QPlainTextEdit *publicKeyEdit() const { return child<QPlainTextEdit>("publicKeyEdit"); }

    QLineEdit *licenseKeyEdit() const { return child<QLineEdit>("licenseKeyEdit"); }

    QLineEdit *fingerprintEdit() const { return child<QLineEdit>("fingerprintEdit"); }

    QComboBox *schemeBox() const { return child<QComboBox>("schemeCombo"); }

    QTreeView *includedView() const { return child<QTreeView>("includedView"); }

    QPlainTextEdit *rawJsonView() const { return child<QPlainTextEdit>("rawJsonView"); }

    QAction *action(const char *name) const { return child<QAction>(name); }

    QString fact(const QString &id) const
    {
        // Long values are elided on screen; the label keeps the whole value for copying.
        const auto *label = m_window->findChild<QLabel *>(QStringLiteral("fact_") + id);
        return label ? label->property("value").toString() : QString();
    }

    template <typename T>
    T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found) {
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    // The engine's own answer for the same input, to compare what the window shows with.
    Inspection expectedInspection(const QByteArray &data,
                                  const QString &publicKeys,
                                  const QString &licenseKey = {},
                                  const QString &fingerprint = {}) const
    {
        InspectionInput input;
        input.data = data;
        input.publicKeys = parsePublicKeys(publicKeys.toUtf8());
        input.licenseKey = licenseKey;
        input.fingerprint = fingerprint;
        return Inspector(*m_clock).inspect(input);
    }

    void verifyBannerShows(const Inspection &expected) const
    {
        QCOMPARE(verdict(), verdictId(expected.verdict));
        QVERIFY2(bannerText().startsWith(expected.summary()), qPrintable(bannerText()));
        for (const Reason &reason : expected.reasons) {
            QVERIFY2(bannerText().contains(reason.message), qPrintable(reason.message));
        }
    }

    void typeKeys(const Vector &vector, bool withLicenseKey = true)
    {
        QTest::keyClicks(publicKeyEdit(), vector.text(QStringLiteral("public_key.ed25519.hex")));
        if (withLicenseKey) {
            QTest::keyClicks(licenseKeyEdit(), vector.text(QStringLiteral("license_key.txt")));
        }
    }

    void loadValidLicenseFile()
    {
        QVERIFY(m_window->openFile(Valid.file(QStringLiteral("license.lic"))));
        typeKeys(Valid);
        QTRY_COMPARE(state(), QStringLiteral("valid"));
    }

    void sendDrop(QWidget *target, QMimeData *mime)
    {
        const QPoint pos = target->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
    }

    void setNow(const QDateTime &now)
    {
        m_clock->setNow(now);
        m_window->setClock(m_clock.get());
    }

    std::unique_ptr<FixedClock> m_clock;
    InspectorWindow *m_window = nullptr;
    QTemporaryDir m_temp;
};

void TestInspectorWindow::initTestCase()
{
    previousHandler = qInstallMessageHandler(quietHandler);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KeydeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_inspectorwindow"));
    QVERIFY(m_temp.isValid());
}

void TestInspectorWindow::init()
{
    QSettings().clear();
    QApplication::clipboard()->clear();
    // The valid vector was issued on meta.issued and never expires: inspect it a month later.
    m_clock = std::make_unique<FixedClock>(
        instant(Valid.json(QStringLiteral("decoded.json")).value(QStringLiteral("meta"))[QStringLiteral("issued")])
            .addDays(30));
    m_window = new InspectorWindow;
    m_window->setClock(m_clock.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestInspectorWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    QVERIFY2(!FileDialog::hasNextAnswer(), "a queued file dialog answer was not used");
}

void TestInspectorWindow::emptyState()
{
    const auto *pages = child<QStackedWidget>("pages");
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyHint"));
    QCOMPARE(child<QLabel>("emptyHintLabel")->text(),
             QStringLiteral("Open, drop or paste a license file or license key"));
    QVERIFY(child<QLabel>("emptyHintLabel")->isVisible());
    QVERIFY(!banner()->isVisible());
    QCOMPARE(state(), QStringLiteral("empty"));
    QVERIFY(!action("actionSaveJson")->isEnabled());
    QVERIFY(!action("actionCopyLicenseKey")->isEnabled());
    QVERIFY(action("actionOpen")->isEnabled());
    QCOMPARE(action("actionOpen")->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(action("actionPaste")->shortcut(), QKeySequence(QKeySequence::Paste));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("License Inspector"));
}

void TestInspectorWindow::validLicenseFile()
{
    const QJsonObject decoded = Valid.json(QStringLiteral("decoded.json"));
    const QJsonObject license = decoded.value(QStringLiteral("data")).toObject();
    const QJsonArray included = decoded.value(QStringLiteral("included")).toArray();

    loadValidLicenseFile();

    QVERIFY(m_window->windowTitle().contains(QStringLiteral("license.lic")));
    QVERIFY(banner()->isVisible());
    verifyBannerShows(expectedInspection(Valid.bytes(QStringLiteral("license.lic")),
                                         Valid.text(QStringLiteral("public_key.ed25519.hex")),
                                         Valid.text(QStringLiteral("license_key.txt"))));
    QCOMPARE(verdict(), QStringLiteral("valid"));

    // The facts come from the decoded document.
    QVERIFY(m_window->findChild<QFormLayout *>(QStringLiteral("factsForm"))->rowCount() > 8);
    QCOMPARE(fact(QStringLiteral("licenseId")), license.value(QStringLiteral("id")).toString());
    QCOMPARE(fact(QStringLiteral("name")),
             license.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(fact(QStringLiteral("key")), Valid.text(QStringLiteral("license_key.txt")));
    QCOMPARE(fact(QStringLiteral("algorithm")), Valid.text(QStringLiteral("algorithm.txt")));
    const QDateTime issued = instant(decoded.value(QStringLiteral("meta"))[QStringLiteral("issued")]);
    QVERIFY2(fact(QStringLiteral("issued")).contains(Inspector::describeDistance(m_clock->now(), issued)),
             qPrintable(fact(QStringLiteral("issued"))));
    QVERIFY(fact(QStringLiteral("source")).endsWith(QStringLiteral("license.lic")));

    // Included resources, labelled "type · name".
    QTreeView *view = includedView();
    QCOMPARE(view->model()->rowCount(), included.size());
    for (int row = 0; row < included.size(); ++row) {
        const QJsonObject resource = included.at(row).toObject();
        QCOMPARE(view->model()->index(row, 0).data().toString(),
                 resource.value(QStringLiteral("type")).toString() + QStringLiteral(" · ")
                     + resource.value(QStringLiteral("attributes"))[QStringLiteral("name")].toString());
    }

    // "Copy Value" on a resource row copies the resource exactly, as JSON.
    view->setCurrentIndex(view->model()->index(0, 0));
    QAction *copyValue = nullptr;
    for (QAction *candidate : view->actions()) {
        if (candidate->shortcut() == QKeySequence(QKeySequence::Copy)) {
            copyValue = candidate;
        }
    }
    QVERIFY(copyValue);
    copyValue->trigger();
    QCOMPARE(QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object(), included.at(0).toObject());

    // The raw view holds the whole decoded document, pretty-printed.
    QCOMPARE(QJsonDocument::fromJson(rawJsonView()->toPlainText().toUtf8()).object(), decoded);
    QVERIFY(rawJsonView()->toPlainText().contains(QStringLiteral("\n    ")));
    QVERIFY(rawJsonView()->isReadOnly());

    QVERIFY(action("actionSaveJson")->isEnabled());
    QVERIFY(action("actionCopyLicenseKey")->isEnabled());
}

void TestInspectorWindow::tamperedLicenseFileIsInvalid()
{
    // VERIFY.txt of this vector: "SIGNATURE INVALID".
    QVERIFY(Tampered.text(QStringLiteral("VERIFY.txt")).contains(QStringLiteral("SIGNATURE INVALID")));
    QVERIFY(m_window->openFile(Tampered.file(QStringLiteral("license.lic"))));
    typeKeys(Tampered);
    QTRY_COMPARE(state(), QStringLiteral("invalid"));
    QCOMPARE(verdict(), verdictId(Verdict::Tampered));
    QVERIFY(reasonIds().contains(reasonId(ReasonCode::SignatureMismatch)));
    verifyBannerShows(expectedInspection(Tampered.bytes(QStringLiteral("license.lic")),
                                         Tampered.text(QStringLiteral("public_key.ed25519.hex")),
                                         Tampered.text(QStringLiteral("license_key.txt"))));
    QVERIFY(!fact(QStringLiteral("signature")).isEmpty());
}

void TestInspectorWindow::encryptedWithoutLicenseKeyAsksForIt_data()
{
    QTest::addColumn<QString>("vectorDir");
    QTest::newRow("valid file, key not typed") << Valid.dir;
    QTest::newRow("signature-only vector") << SignatureOnly.dir;
}

void TestInspectorWindow::encryptedWithoutLicenseKeyAsksForIt()
{
    QFETCH(QString, vectorDir);
    const Vector vector{vectorDir};
    QVERIFY(m_window->openFile(vector.file(QStringLiteral("license.lic"))));
    typeKeys(vector, false);
    QTRY_VERIFY(reasonIds().contains(reasonId(ReasonCode::SignatureVerified)));
    QCOMPARE(state(), QStringLiteral("warning"));
    QVERIFY(reasonIds().contains(reasonId(ReasonCode::LicenseKeyRequired)));
    verifyBannerShows(expectedInspection(vector.bytes(QStringLiteral("license.lic")),
                                         vector.text(QStringLiteral("public_key.ed25519.hex"))));
    QVERIFY(rawJsonView()->toPlainText().isEmpty());
    QVERIFY(!rawJsonView()->placeholderText().isEmpty());
    QVERIFY(!action("actionSaveJson")->isEnabled());
}

void TestInspectorWindow::editingAFieldReinspects()
{
    loadValidLicenseFile();

    licenseKeyEdit()->clear();
    QTRY_COMPARE(state(), QStringLiteral("warning"));
    QVERIFY(reasonIds().contains(reasonId(ReasonCode::LicenseKeyRequired)));
    QCOMPARE(includedView()->model()->rowCount(), 0);

    QTest::keyClicks(licenseKeyEdit(), Valid.text(QStringLiteral("license_key.txt")));
    QTRY_COMPARE(state(), QStringLiteral("valid"));

    // Another account's Ed25519 key: the signature no longer matches.
    publicKeyEdit()->clear();
    QTest::keyClicks(publicKeyEdit(), SignedKey.text(QStringLiteral("public_key.ed25519.hex")));
    QTRY_COMPARE(state(), QStringLiteral("invalid"));
    QCOMPARE(verdict(), verdictId(Verdict::Tampered));

    publicKeyEdit()->clear();
    QTRY_VERIFY(reasonIds().contains(reasonId(ReasonCode::NoPublicKey)));
    QCOMPARE(state(), QStringLiteral("warning"));
}

void TestInspectorWindow::expiredLicenseFile()
{
    const QJsonObject meta = Expired.json(QStringLiteral("decoded.json")).value(QStringLiteral("meta")).toObject();
    const QDateTime expiry = instant(meta.value(QStringLiteral("expiry")));
    setNow(expiry.addDays(60));

    QVERIFY(m_window->openFile(Expired.file(QStringLiteral("license.lic"))));
    typeKeys(Expired);
    QTRY_COMPARE(verdict(), verdictId(Verdict::Expired));
    QCOMPARE(state(), QStringLiteral("invalid"));
    QVERIFY(reasonIds().contains(reasonId(ReasonCode::FileExpired)));
    QVERIFY2(fact(QStringLiteral("fileExpiry")).contains(Inspector::describeDistance(m_clock->now(), expiry)),
             qPrintable(fact(QStringLiteral("fileExpiry"))));
    QVERIFY(!fact(QStringLiteral("ttl")).isEmpty());
}

void TestInspectorWindow::machineFileWithFingerprint()
{
    const QJsonObject decoded = MachineFile.json(QStringLiteral("decoded.json"));
    setNow(instant(decoded.value(QStringLiteral("meta"))[QStringLiteral("issued")]).addDays(1));

    QVERIFY(m_window->openFile(MachineFile.file(QStringLiteral("machine.lic"))));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("machine.lic")));
    typeKeys(MachineFile);
    QTest::keyClicks(fingerprintEdit(), MachineFile.text(QStringLiteral("fingerprint.txt")));
    QTRY_COMPARE(state(), QStringLiteral("valid"));

    const QJsonObject machine = decoded.value(QStringLiteral("data")).toObject();
    QCOMPARE(fact(QStringLiteral("machineId")), machine.value(QStringLiteral("id")).toString());
    QCOMPARE(fact(QStringLiteral("machineFingerprint")),
             machine.value(QStringLiteral("attributes"))[QStringLiteral("fingerprint")].toString());
    const QJsonArray included = decoded.value(QStringLiteral("included")).toArray();
    QCOMPARE(includedView()->model()->rowCount(), included.size());
}

void TestInspectorWindow::pasteSignedKeyWithShortcut()
{
    const QJsonObject dataset = SignedKey.json(QStringLiteral("expected_dataset.json"));
    const QJsonObject license = dataset.value(QStringLiteral("license")).toObject();
    // Inside the license's own validity: an hour after it was created.
    setNow(instant(license.value(QStringLiteral("created"))).addSecs(3600));

    QApplication::clipboard()->setText(SignedKey.text(QStringLiteral("license_key.txt")));
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keySequence(m_window, QKeySequence::Paste);
    QTRY_VERIFY(m_window->windowTitle().contains(QStringLiteral("Pasted text")));
    QTRY_COMPARE(state(), QStringLiteral("warning")); // no public key yet

    QTest::keyClicks(publicKeyEdit(), SignedKey.text(QStringLiteral("public_key.ed25519.hex")));
    QTRY_COMPARE(state(), QStringLiteral("valid"));
    QCOMPARE(fact(QStringLiteral("licenseId")), license.value(QStringLiteral("id")).toString());
    QVERIFY2(fact(QStringLiteral("algorithm")).contains(SignedKey.text(QStringLiteral("scheme.txt"))),
             qPrintable(fact(QStringLiteral("algorithm"))));
    QCOMPARE(fact(QStringLiteral("accountId")),
             dataset.value(QStringLiteral("account"))[QStringLiteral("id")].toString());
    QCOMPARE(QJsonDocument::fromJson(rawJsonView()->toPlainText().toUtf8()).object(), dataset);

    // "Copy license key" copies the key itself when a key was inspected.
    QApplication::clipboard()->clear();
    action("actionCopyLicenseKey")->trigger();
    QCOMPARE(QApplication::clipboard()->text(), SignedKey.text(QStringLiteral("license_key.txt")));
}

void TestInspectorWindow::signedKeyPastDueIsExpired()
{
    const QJsonObject
        license = SignedKey.json(QStringLiteral("expected_dataset.json")).value(QStringLiteral("license")).toObject();
    const QDateTime expiry = instant(license.value(QStringLiteral("expiry")));
    setNow(expiry.addMonths(2));
    m_window->setInputText(SignedKey.bytes(QStringLiteral("license_key.txt")));
    QTest::keyClicks(publicKeyEdit(), SignedKey.text(QStringLiteral("public_key.ed25519.hex")));
    QTRY_COMPARE(verdict(), verdictId(Verdict::Expired));
    QCOMPARE(state(), QStringLiteral("invalid"));
    QVERIFY2(fact(QStringLiteral("expiry")).contains(Inspector::describeDistance(m_clock->now(), expiry)),
             qPrintable(fact(QStringLiteral("expiry"))));
}

void TestInspectorWindow::schemeCombo()
{
    QComboBox *combo = schemeBox();
    QCOMPARE(combo->count(), 9);
    QCOMPARE(combo->itemText(0), QStringLiteral("Detect automatically"));
    const QList<KeyScheme> schemes = allKeySchemes();
    QCOMPARE(schemes.size(), 8);
    for (int i = 0; i < schemes.size(); ++i) {
        QCOMPARE(combo->itemText(i + 1), keySchemeName(schemes.at(i)));
    }

    const QJsonObject
        license = SignedKey.json(QStringLiteral("expected_dataset.json")).value(QStringLiteral("license")).toObject();
    setNow(instant(license.value(QStringLiteral("created"))).addSecs(3600));
    m_window->setInputText(SignedKey.bytes(QStringLiteral("license_key.txt")));
    QTest::keyClicks(publicKeyEdit(), SignedKey.text(QStringLiteral("public_key.ed25519.hex")));
    QTRY_COMPARE(state(), QStringLiteral("valid"));

    // The scheme the key was made with, chosen by hand: still valid, and no longer "detected".
    const QString scheme = SignedKey.text(QStringLiteral("scheme.txt"));
    combo->setCurrentIndex(combo->findText(scheme));
    QTRY_COMPARE(fact(QStringLiteral("algorithm")), scheme);
    QCOMPARE(state(), QStringLiteral("valid"));

    // A scheme the key was not made with: no longer valid.
    combo->setCurrentIndex(combo->findText(keySchemeName(KeyScheme::RsaPkcs1SignV2)));
    QTRY_VERIFY(state() != QStringLiteral("valid"));

    combo->setCurrentIndex(0);
    QTRY_COMPARE(state(), QStringLiteral("valid"));
}

void TestInspectorWindow::pastedPlainKeyFillsLicenseKeyField()
{
    QVERIFY(m_window->openFile(Valid.file(QStringLiteral("license.lic"))));
    typeKeys(Valid, false);
    QTRY_VERIFY(reasonIds().contains(reasonId(ReasonCode::LicenseKeyRequired)));

    QApplication::clipboard()->setText(Valid.text(QStringLiteral("license_key.txt")));
    action("actionPaste")->trigger();
    QCOMPARE(licenseKeyEdit()->text(), Valid.text(QStringLiteral("license_key.txt")));
    QTRY_COMPARE(state(), QStringLiteral("valid"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("license.lic")));
}

void TestInspectorWindow::dropFileOnWindow()
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(Valid.file(QStringLiteral("license.lic")))});
    sendDrop(m_window, mime);
    delete mime;

    QVERIFY(m_window->windowTitle().contains(QStringLiteral("license.lic")));
    QCOMPARE(child<QStackedWidget>("pages")->currentIndex(), 1);
    QCOMPARE(state(), QStringLiteral("warning"));
    typeKeys(Valid);
    QTRY_COMPARE(state(), QStringLiteral("valid"));
}

void TestInspectorWindow::dropTextOnWindow()
{
    QMimeData mime;
    mime.setText(QString::fromUtf8(Tampered.bytes(QStringLiteral("license.lic"))));
    sendDrop(m_window, &mime);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Pasted text")));
    QCOMPARE(fact(QStringLiteral("source")), QStringLiteral("Pasted text"));
    typeKeys(Tampered);
    QTRY_COMPARE(verdict(), verdictId(Verdict::Tampered));
}

void TestInspectorWindow::dropPublicKeyFileOnPublicKeyField()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(Valid.file(QStringLiteral("public_key.ed25519.hex")))});
    sendDrop(publicKeyEdit()->viewport(), &mime);
    QCOMPARE(publicKeyEdit()->toPlainText(), Valid.text(QStringLiteral("public_key.ed25519.hex")));
    QVERIFY(child<QLabel>("publicKeyStatus")->text().contains(QStringLiteral("Ed25519")));
    // Not opened as a license file.
    QCOMPARE(child<QStackedWidget>("pages")->currentIndex(), 0);
}

void TestInspectorWindow::fileNotFound()
{
    loadValidLicenseFile();
    const QString missing = m_temp.filePath(QStringLiteral("no-such-customer.lic"));
    QVERIFY(!m_window->openFile(missing));
    QCOMPARE(state(), QStringLiteral("error"));
    QVERIFY(banner()->isVisible());
    QVERIFY2(bannerText().contains(QStringLiteral("“no-such-customer.lic” was not found.")), qPrintable(bannerText()));
    QVERIFY(bannerText().contains(QDir::toNativeSeparators(missing)));
    // The previous file's results are gone, and editing a field does not bring them back.
    QCOMPARE(child<QStackedWidget>("pages")->currentIndex(), 0);
    QCOMPARE(includedView()->model()->rowCount(), 0);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("License Inspector"));
    QVERIFY(!action("actionSaveJson")->isEnabled());
    QTest::keyClick(fingerprintEdit(), Qt::Key_A);
    QTest::qWait(300);
    QCOMPARE(state(), QStringLiteral("error"));

    QVERIFY(!m_window->openFile(m_temp.path()));
    QVERIFY(bannerText().contains(QStringLiteral("is a folder")));
}

void TestInspectorWindow::severalPublicKeys()
{
    const QJsonObject
        meta = EcdsaFile.json(QStringLiteral("expected_plaintext.json")).value(QStringLiteral("meta")).toObject();
    setNow(instant(meta.value(QStringLiteral("issued"))).addDays(1));
    QVERIFY(m_window->openFile(EcdsaFile.file(QStringLiteral("license.lic"))));

    // The RSA key first, then the ECDSA key that signed the file: the matching one is used.
    const QString keys = EcdsaFile.text(QStringLiteral("public_key.rsa2048.pem")) + QLatin1Char('\n')
                       + EcdsaFile.text(QStringLiteral("public_key.ecdsa-p256.pem"));
    publicKeyEdit()->setPlainText(keys);
    QTRY_COMPARE(state(), QStringLiteral("valid"));
    QVERIFY2(child<QLabel>("publicKeyStatus")->text().startsWith(QStringLiteral("2 public keys")),
             qPrintable(child<QLabel>("publicKeyStatus")->text()));
    QCOMPARE(fact(QStringLiteral("algorithm")), EcdsaFile.text(QStringLiteral("algorithm.txt")));
    QCOMPARE(fact(QStringLiteral("content")), QStringLiteral("Not encrypted"));
}

void TestInspectorWindow::invalidPublicKeyIsExplained()
{
    QTest::keyClicks(publicKeyEdit(), QStringLiteral("not a key"));
    QString error;
    QVERIFY(parsePublicKeys("not a key", &error).isEmpty());
    QTRY_COMPARE(child<QLabel>("publicKeyStatus")->text(), error);
}

void TestInspectorWindow::browsePublicKeyFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("hex") << Valid.file(QStringLiteral("public_key.ed25519.hex"))
                         << Valid.text(QStringLiteral("public_key.ed25519.hex"));
    QTest::newRow("pem") << EcdsaFile.file(QStringLiteral("public_key.rsa2048.pem"))
                         << EcdsaFile.text(QStringLiteral("public_key.rsa2048.pem"));
    // A binary DER file is shown as base64.
    const QString b64 = SpkiDer.text(QStringLiteral("public_key.ed25519.spki-der.b64"));
    const QString derPath = m_temp.filePath(QStringLiteral("public_key.der"));
    QFile der(derPath);
    QVERIFY(der.open(QIODevice::WriteOnly));
    der.write(QByteArray::fromBase64(b64.toLatin1()));
    der.close();
    QTest::newRow("der") << derPath << b64;
}

void TestInspectorWindow::browsePublicKeyFile()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedText);
    FileDialog::setNextAnswer(path);
    QTest::mouseClick(child<QPushButton>("browsePublicKeyButton"), Qt::LeftButton);
    QVERIFY(!FileDialog::hasNextAnswer());
    QCOMPARE(publicKeyEdit()->toPlainText(), expectedText);
    QVERIFY(child<QLabel>("publicKeyStatus")->text().startsWith(QStringLiteral("1 public key")));
}

void TestInspectorWindow::openWithShortcutAndDialog()
{
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    FileDialog::setNextAnswer(Valid.file(QStringLiteral("license.lic")));
    QTest::keySequence(m_window, QKeySequence::Open);
    QVERIFY(!FileDialog::hasNextAnswer());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("license.lic")));

    // Cancelling the dialog changes nothing.
    FileDialog::setNextAnswer(QString());
    action("actionOpen")->trigger();
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("license.lic")));
}

void TestInspectorWindow::saveDecodedJson()
{
    loadValidLicenseFile();
    const QString target = m_temp.filePath(QStringLiteral("decoded-out.json"));
    FileDialog::setNextAnswer(target);
    action("actionSaveJson")->trigger();
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(saved.readAll()).object(), Valid.json(QStringLiteral("decoded.json")));

    const QString cancelled = m_temp.filePath(QStringLiteral("cancelled.json"));
    FileDialog::setNextAnswer(QString());
    action("actionSaveJson")->trigger();
    QVERIFY(!QFile::exists(cancelled));

    // A folder that does not exist: the user is told, nothing crashes.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextAnswer(m_temp.filePath(QStringLiteral("missing/dir/out.json")));
    action("actionSaveJson")->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("could not be saved")));
}

void TestInspectorWindow::copyLicenseKey()
{
    loadValidLicenseFile();
    licenseKeyEdit()->setFocus();
    action("actionCopyLicenseKey")->trigger();
    QCOMPARE(QApplication::clipboard()->text(), Valid.text(QStringLiteral("license_key.txt")));
}

void TestInspectorWindow::aboutBox()
{
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("actionAbout")->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Keydesk")));
}

void TestInspectorWindow::remembersPublicKeysButNeverSecrets()
{
    const QString publicKey = MachineFile.text(QStringLiteral("public_key.ed25519.hex"));
    const QString licenseKey = MachineFile.text(QStringLiteral("license_key.txt"));
    const QString fingerprint = MachineFile.text(QStringLiteral("fingerprint.txt"));
    setNow(instant(
               MachineFile.json(QStringLiteral("decoded.json")).value(QStringLiteral("meta"))[QStringLiteral("issued")])
               .addDays(1));
    QVERIFY(m_window->openFile(MachineFile.file(QStringLiteral("machine.lic"))));
    QTest::keyClicks(publicKeyEdit(), publicKey);
    QTest::keyClicks(licenseKeyEdit(), licenseKey);
    QTest::keyClicks(fingerprintEdit(), fingerprint);
    QTRY_COMPARE(state(), QStringLiteral("valid"));
    m_window->close();
    delete m_window;

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains(publicKey.toUtf8()));
    QVERIFY(!stored.contains(licenseKey.toUtf8()));
    QVERIFY(!stored.contains(fingerprint.toUtf8()));
    for (const QString &key : settings.allKeys()) {
        const QString value = settings.value(key).toString();
        QVERIFY2(!value.contains(licenseKey) && !value.contains(fingerprint), qPrintable(key));
    }

    m_window = new InspectorWindow;
    QCOMPARE(publicKeyEdit()->toPlainText(), publicKey);
    QVERIFY(licenseKeyEdit()->text().isEmpty());
    QVERIFY(fingerprintEdit()->text().isEmpty());
    QVERIFY(child<QLabel>("publicKeyStatus")->text().startsWith(QStringLiteral("1 public key")));
}

QTEST_MAIN(TestInspectorWindow)
#include "tst_inspectorwindow.moc"
