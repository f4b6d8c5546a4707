// Keydesk's entry point: a headless command (--version, --help, inspect …) or the GUI.

#include "app/cli/commandline.h"
#include "resources/applicationidentity.h"
#include "translations/localization.h"
#include "ui/inspectorwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Keydesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("keydesk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("keydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
}

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
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("files"), QString());
    parser.process(app);

    auto *window = new keydesk::InspectorWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        window->openFile(QFileInfo(files.constFirst()).absoluteFilePath());
    }
    window->show();
    return app.exec();
}
