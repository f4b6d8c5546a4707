// Keydesk's entry point: a headless command (--version, --help, inspect …), the console, or the License File
// Inspector on a file.

#include "app/cli/commandline.h"
#include "app/profiles/secretstore.h"
#include "app/sandbox/sandboxthread.h"
#include "resources/applicationidentity.h"
#include "translations/localization.h"
#include "ui/inspectorwindow.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Keydesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("keydesk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("keydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
}

// How many demo licenses the console's own sandbox starts with: enough to feel real, quick to sync.
constexpr qint64 kSandboxDemoLicenses = 2000;

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();
    const QString language = keydesk::cli::languageOption(argc, argv);

    // Without a display QApplication aborts, so headless commands never create one.
    if (keydesk::cli::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        keydesk::installTranslations(app, language);
        return keydesk::cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Keydesk"));
    QApplication::setDesktopFileName(keydesk::applicationId());
    QApplication::setWindowIcon(QIcon(keydesk::applicationIconPath()));
    keydesk::installTranslations(app, language);

    QCommandLineParser parser;
    QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    QCommandLineOption sandboxOption(QStringLiteral("sandbox"));
    parser.addOption(langOption);
    parser.addOption(sandboxOption);
    parser.addPositionalArgument(QStringLiteral("files"), QString());
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !parser.isSet(sandboxOption)) {
        auto *window = new keydesk::InspectorWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->openFile(QFileInfo(files.constFirst()).absoluteFilePath());
        window->show();
        return app.exec();
    }

    keydesk::profiles::ProfileStore profiles;
    keydesk::profiles::SecretStore secrets;
    std::unique_ptr<keydesk::sandbox::SandboxThread> sandbox;
    keydesk::MainWindow window(profiles, secrets);
    window.setSandboxStarter([&sandbox](QString *error) -> std::optional<keydesk::ReadyConnection> {
        if (!sandbox) {
            keydesk::sandbox::SandboxOptions options;
            options.dataFile = keydesk::sandbox::SandboxThread::defaultDataFile();
            sandbox = std::make_unique<keydesk::sandbox::SandboxThread>(options, kSandboxDemoLicenses);
        }
        const keydesk::sandbox::SandboxReady ready = sandbox->waitUntilReady();
        if (!ready.error.isEmpty()) {
            *error = ready.error;
            sandbox.reset(); // the next try starts afresh
            return std::nullopt;
        }
        keydesk::profiles::Profile profile;
        profile.name = QCoreApplication::translate("main", "Local sandbox");
        profile.server = keydesk::profiles::ServerKind::Sandbox;
        profile.url = ready.url;
        profile.account = ready.accountSlug;
        profile.accountId = ready.accountId;
        profile.publicKeys = keydesk::profiles::encodeKeys(ready.publicKeys);
        return keydesk::ReadyConnection{profile, ready.adminToken};
    });
    window.show();
    if (parser.isSet(sandboxOption)) {
        window.startSandbox();
    } else if (!profiles.current().isEmpty() && profiles.profile(profiles.current())) {
        window.openProfile(profiles.current());
    } else {
        window.showPage(QStringLiteral("licenses")); // the first-run page until a connection is open
    }
    const int status = app.exec();
    return status;
}
