#include "app/cli/sandboxcommand.h"

#include "app/sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <sys/socket.h>
#include <unistd.h>

#include <csignal>

namespace keydesk::cli {

namespace {

class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::cli::SandboxCommand)
};

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

QString defaultDataFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/sandbox.sqlite");
}

} // namespace

int runSandbox(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QString(),
                                        QStringLiteral("address"),
                                        QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QString(), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QString(), QStringLiteral("file"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           QString(),
                                           QStringLiteral("slug"),
                                           QStringLiteral("demo"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({hostOption, portOption, dataOption, accountOption, jsonOption});
    auto usageError = [&err](const QString &message) {
        err << message << '\n' << SandboxCommand::tr("Run keydesk --help for the options.") << '\n';
        err.flush();
        return 2;
    };
    if (!parser.parse(QStringList{QStringLiteral("keydesk sandbox")} + arguments)) {
        return usageError(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            SandboxCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    }
    sandbox::SandboxOptions options;
    if (!options.host.setAddress(parser.value(hostOption))) {
        return usageError(SandboxCommand::tr("“%1” is not an IP address.").arg(parser.value(hostOption)));
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        return usageError(SandboxCommand::tr("“%1” is not a port number.").arg(parser.value(portOption)));
    }
    options.port = quint16(port);
    options.dataFile = parser.isSet(dataOption) ? parser.value(dataOption) : defaultDataFile();
    options.accountSlug = parser.value(accountOption);

    sandbox::SandboxServer server;
    QString error;
    if (!server.start(options, &error)) {
        err << SandboxCommand::tr("The sandbox could not start: %1").arg(error) << '\n';
        return 1;
    }

    const sandbox::Account account = server.account();
    const QString baseUrl = server.baseUrl().toString();
    if (parser.isSet(jsonOption)) {
        const QJsonObject info{{QStringLiteral("url"), baseUrl},
                               {QStringLiteral("account"),
                                QJsonObject{{QStringLiteral("id"), account.id},
                                            {QStringLiteral("slug"), account.slug}}},
                               {QStringLiteral("adminToken"), server.adminToken()},
                               {QStringLiteral("dataFile"), options.dataFile}};
        out << QJsonDocument(info).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << SandboxCommand::tr("Keydesk sandbox listening on %1").arg(baseUrl) << '\n'
            << SandboxCommand::tr("Account:     %1 (slug %2)").arg(account.id, account.slug) << '\n'
            << SandboxCommand::tr("Admin token: %1").arg(server.adminToken()) << '\n'
            << SandboxCommand::tr("Data file:   %1").arg(options.dataFile) << '\n'
            << SandboxCommand::tr("API:         %1/v1/accounts/%2").arg(baseUrl, account.slug) << '\n'
            << SandboxCommand::tr("Stop with Ctrl+C.") << '\n';
    }
    out.flush();

    // SIGINT and SIGTERM end the event loop through a socket pair, the safe way out of a signal handler.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        err << SandboxCommand::tr("Cannot watch for signals.") << '\n';
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    const int code = QCoreApplication::exec();
    if (!parser.isSet(jsonOption)) {
        out << SandboxCommand::tr("Sandbox stopped.") << '\n';
    }
    return code;
}

} // namespace keydesk::cli
