// Checks what the desktop sees of Keydesk without installing it: the icon embedded in keydesk_resources
// (linked exactly as the executable links it), the PNG renderings, the desktop entry id and the MIME type.

#include "resources/applicationidentity.h"

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>
#include <QTest>

namespace {

const QString kResourcesDir = QStringLiteral(KEYDESK_RESOURCES_DIR);
const QString kVectorsDir = QStringLiteral(KEYDESK_VECTORS_DIR);
const QString kLicenseMimeType = QStringLiteral("application/x-keygen-license");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    return file.readAll();
}

} // namespace

class DesktopIntegrationTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedIconIsLinked();
    void embeddedIconRenders_data();
    void embeddedIconRenders();
    void pngRenderings_data();
    void pngRenderings();
    void desktopEntryIsNamedAfterId();
    void licenseMimeType_data();
    void licenseMimeType();
};

void DesktopIntegrationTest::embeddedIconIsLinked()
{
    // Fails if the static library's resource object did not reach the executable (Q_INIT_RESOURCE needed).
    QVERIFY2(QFile::exists(keydesk::applicationIconPath()),
             "the embedded icon is missing: qt_add_resources output not linked");
    QVERIFY(!readAll(keydesk::applicationIconPath()).isEmpty());
}

void DesktopIntegrationTest::embeddedIconRenders_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 32, 48, 256}) {
        QTest::addRow("%d px", size) << size;
    }
}

void DesktopIntegrationTest::embeddedIconRenders()
{
    QFETCH(int, size);
    const QIcon icon(keydesk::applicationIconPath());
    const QImage image = icon.pixmap(QSize(size, size)).toImage();
    QVERIFY2(!image.isNull(), "the SVG icon does not render: is the Qt SVG icon engine (libqt6svg6) installed?");
    QCOMPARE(image.size(), QSize(size, size));
    // The tile is opaque in the middle: a blank pixmap would mean the SVG was not understood.
    QCOMPARE(image.pixelColor(size / 2, size / 2).alpha(), 255);
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
}

void DesktopIntegrationTest::pngRenderings_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        QTest::addRow("%d px", size) << size;
    }
}

void DesktopIntegrationTest::pngRenderings()
{
    QFETCH(int, size);
    const QString path = kResourcesDir + QStringLiteral("/icons/%1x%1/keydesk.png").arg(size);
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArrayLiteral("png"));
    QCOMPARE(reader.size(), QSize(size, size));
}

void DesktopIntegrationTest::desktopEntryIsNamedAfterId()
{
    // AppStream requires the launchable desktop entry to be named after the component id.
    const QString id = keydesk::applicationId();
    QCOMPARE(id, QStringLiteral("io.keydesk.Keydesk"));
    QVERIFY(QFile::exists(kResourcesDir + u'/' + id + QStringLiteral(".desktop")));
    const QByteArray metainfo = readAll(kResourcesDir + u'/' + id + QStringLiteral(".metainfo.xml"));
    const QByteArray idElement = QByteArrayLiteral("<id>") + id.toUtf8() + QByteArrayLiteral("</id>");
    const QByteArray launchable = QByteArrayLiteral("<launchable type=\"desktop-id\">") + id.toUtf8()
                                + QByteArrayLiteral(".desktop</launchable>");
    QVERIFY(metainfo.contains(idElement));
    QVERIFY(metainfo.contains(launchable));
}

void DesktopIntegrationTest::licenseMimeType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isLicense");
    QTest::newRow("license file") << kVectorsDir
                                         + QStringLiteral("/keygen/python-license-file-aes256gcm-ed25519/license.lic")
                                  << true;
    QTest::newRow("machine file") << kVectorsDir
                                         + QStringLiteral("/keygen/rust-machine-file-aes256gcm-ed25519/machine.lic")
                                  << true;
    QTest::newRow("plain text") << kVectorsDir + QStringLiteral("/README.md") << false;
}

void DesktopIntegrationTest::licenseMimeType()
{
    QFETCH(QString, path);
    QFETCH(bool, isLicense);
    const QByteArray data = readAll(path);
    QVERIFY(!data.isEmpty());

    // XDG_DATA_DIRS (set by CTest) puts resources/keydesk-mime.xml in front of the system database.
    const QMimeDatabase mimeDatabase;
    QCOMPARE(mimeDatabase.mimeTypeForData(data).name() == kLicenseMimeType, isLicense);
    if (isLicense) {
        // By name, and by content alone (a name that some other glob matches would win, as the spec says).
        QCOMPARE(mimeDatabase.mimeTypeForFile(path, QMimeDatabase::MatchExtension).name(), kLicenseMimeType);
        QCOMPARE(mimeDatabase.mimeTypeForFileNameAndData(QStringLiteral("download"), data).name(), kLicenseMimeType);
        QVERIFY(mimeDatabase.mimeTypeForName(kLicenseMimeType).inherits(QStringLiteral("text/plain")));
    }
}

QTEST_MAIN(DesktopIntegrationTest)
#include "desktopintegrationtest.moc"
