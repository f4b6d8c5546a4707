#include "app/cli/sandboxcommand.h"

#include "app/cli/stopsignals.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxthread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>

namespace keydesk::cli {

namespace {

class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::cli::SandboxCommand)
};

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
    const QCommandLineOption demoOption(QStringLiteral("demo"), QString(), QStringLiteral("licenses"));
    const QCommandLineOption rateLimitOption(QStringLiteral("rate-limit"), QString(), QStringLiteral("limit"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"), QString(), QStringLiteral("faults"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions(
        {hostOption, portOption, dataOption, accountOption, demoOption, rateLimitOption, faultsOption, jsonOption});
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
    options.dataFile = parser.isSet(dataOption) ? parser.value(dataOption) : sandbox::SandboxThread::defaultDataFile();
    options.accountSlug = parser.value(accountOption);
    if (parser.isSet(rateLimitOption)) {
        const auto limit = sandbox::parseRateLimit(parser.value(rateLimitOption));
        if (!limit) {
            return usageError(SandboxCommand::tr("“%1” is not a rate limit such as 60/1m or 10/1s.")
                                  .arg(parser.value(rateLimitOption)));
        }
        options.rateLimit = *limit;
    }
    if (parser.isSet(faultsOption)) {
        const auto faults = sandbox::parseFaults(parser.value(faultsOption));
        if (!faults) {
            return usageError(
                SandboxCommand::tr("“%1” is not a fault list such as latency=200,error-rate=0.1,drop-rate=0.05.")
                    .arg(parser.value(faultsOption)));
        }
        options.faults = *faults;
    }
    qint64 demoLicenses = -1; // no demo data
    if (parser.isSet(demoOption)) {
        demoLicenses = parser.value(demoOption).toLongLong(&ok);
        if (!ok || demoLicenses < 0 || demoLicenses > sandbox::kMaxDemoLicenses) {
            return usageError(SandboxCommand::tr("“%1” is not a number of demo licenses from 0 to %2.")
                                  .arg(parser.value(demoOption))
                                  .arg(sandbox::kMaxDemoLicenses));
        }
    }

    sandbox::SandboxServer server;
    QString error;
    if (!server.start(options, &error)) {
        err << SandboxCommand::tr("The sandbox could not start: %1").arg(error) << '\n';
        return 1;
    }
    // Demo data is seeded once: a restart on the same data file keeps what is there. Requests wait until it is in.
    if (demoLicenses >= 0) {
        if (sandbox::hasDemoData(server.store(), server.account())) {
            err << SandboxCommand::tr("The sandbox already holds data; demo data is not seeded again.") << '\n';
        } else {
            QElapsedTimer timer;
            timer.start();
            sandbox::DemoDataCounts counts;
            const auto progress = [&err, demoLicenses](qint64 done) {
                if (done % 100000 == 0 && done < demoLicenses) {
                    err << SandboxCommand::tr("Seeding demo data: %1 of %2 licenses…").arg(done).arg(demoLicenses)
                        << '\n';
                    err.flush();
                }
            };
            if (!sandbox::seedDemoData(server.store(), server.account(), demoLicenses, &error, progress, &counts)) {
                err << SandboxCommand::tr("The demo data could not be seeded: %1").arg(error) << '\n';
                return 1;
            }
            err << SandboxCommand::tr("Seeded %1 licenses, %2 users, %3 groups, %4 machines, %5 products, %6 policies, "
                                      "%7 entitlements, %8 releases and %9 artifacts in %10 s.")
                       .arg(counts.licenses)
                       .arg(counts.users)
                       .arg(counts.groups)
                       .arg(counts.machines)
                       .arg(counts.products)
                       .arg(counts.policies)
                       .arg(counts.entitlements)
                       .arg(counts.releases)
                       .arg(counts.artifacts)
                       .arg(QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 1))
                << '\n';
        }
        err.flush();
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

    // SIGINT and SIGTERM end the event loop.
    const StopSignals stopSignals([](int) {
        QCoreApplication::quit();
    });
    if (!stopSignals.isWatching()) {
        err << SandboxCommand::tr("Cannot watch for signals.") << '\n';
        return 1;
    }

    const int code = QCoreApplication::exec();
    if (!parser.isSet(jsonOption)) {
        out << SandboxCommand::tr("Sandbox stopped.") << '\n';
    }
    return code;
}

} // namespace keydesk::cli
