#include "app/cli/commandline.h"

#include "app/cli/inspectcommand.h"
#include "app/cli/sandboxcommand.h"
#include "app/cli/servercommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace keydesk::cli {

namespace {

const char *const kSubcommands[] = {"inspect", "sandbox", "sync", "list", "search"};

bool isSubcommand(const char *arg)
{
    for (const char *name : kSubcommands) {
        if (std::strcmp(arg, name) == 0) {
            return true;
        }
    }
    return false;
}

// Options the GUI understands; anything else is answered headless (at worst with a usage error).
bool isGuiOption(const char *arg)
{
    return std::strcmp(arg, "--lang") == 0 || std::strncmp(arg, "--lang=", 7) == 0
        || std::strcmp(arg, "--sandbox") == 0;
}

} // namespace

bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--lang") == 0) {
            ++i; // skip its value
            continue;
        }
        if (isSubcommand(arg)) {
            return true;
        }
        if (arg[0] == '-' && arg[1] != '\0' && !isGuiOption(arg)) {
            return true; // --version, --help, or an option only the command line can explain
        }
    }
    return false;
}

QString languageOption(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            return QString::fromLocal8Bit(argv[i + 1]);
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            return QString::fromLocal8Bit(argv[i] + 7);
        }
    }
    return {};
}

QString helpText()
{
    return QCoreApplication::translate(
        "keydesk::cli",
        "Usage: keydesk [--lang LANG] [--sandbox] [FILE.lic]\n"
        "       keydesk inspect FILE... [--public-key KEY]... [--license-key KEY] [--fingerprint FP]\n"
        "                       [--scheme SCHEME] [--at TIME] [--json]\n"
        "       keydesk sandbox [--host ADDRESS] [--port N] [--data FILE.sqlite] [--account SLUG] [--demo N]\n"
        "                       [--rate-limit N/WINDOW] [--faults LIST] [--json]\n"
        "       keydesk sync   TARGET [--types TYPE,...] [--quick]\n"
        "       keydesk list   TYPE [--filter COLUMN=VALUE]... [--sort COLUMN] [--asc] [--limit N]\n"
        "                      [--json | --csv] TARGET\n"
        "       keydesk search TEXT [--type TYPE]... [--limit N] [--json] TARGET\n"
        "       TARGET = --profile NAME | --url URL --account ID [--environment CODE]\n"
        "\n"
        "Keydesk is a desktop console for Keygen-compatible licensing APIs.\n"
        "Without a command it opens the console on the current profile (or, with FILE.lic, the License File\n"
        "Inspector on that file). --sandbox opens the console on a local sandbox with demo data.\n"
        "\n"
        "Commands:\n"
        "  inspect      Verify and decode license files, machine files and signed license keys, offline.\n"
        "               FILE may be a .lic file, a file holding a license key, or - for standard input.\n"
        "  sandbox      Serve a local Keygen-compatible API (loopback by default) until Ctrl+C; prints its\n"
        "               URL, account and admin token. State is kept in FILE.sqlite (:memory: for none).\n"
        "               --demo N seeds N demo licenses with customers, machines and releases on first start;\n"
        "               --rate-limit 60/1m turns on Keygen's rate limits; --faults latency=MS,error-rate=P,\n"
        "               drop-rate=P injects delays, 503 answers and dropped connections.\n"
        "  sync         Copy the account into the local cache (resumes an interrupted sync; --quick\n"
        "               fetches only the newest records; Ctrl+C stops it, keeping what was written).\n"
        "               The token comes from KEYDESK_TOKEN or the profile's keychain entry, never from\n"
        "               the command line.\n"
        "  list         Print the cached records of a type (licenses, machines, users …), as text,\n"
        "               JSON or CSV (RFC 4180, for spreadsheets).\n"
        "  search       Find cached records by any fragment of 3 or more characters of a key,\n"
        "               fingerprint, email, name, hostname or metadata value. With --type, also through\n"
        "               related records: licenses by their owner or their machines, machines by their\n"
        "               license or owner, users by their licenses (field owner.email, machines.fingerprint …).\n"
        "\n"
        "Options:\n"
        "  --public-key KEY   The account's public key: 64 hex characters (Ed25519), PEM, base64 DER,\n"
        "                     a value of the account's meta.keys, or a file holding any of these.\n"
        "                     Repeat it to give several keys; the one matching the file is used.\n"
        "  --license-key KEY  The license key that decrypts an encrypted license or machine file.\n"
        "  --fingerprint FP   The machine fingerprint that, with the license key, decrypts a machine file.\n"
        "  --scheme SCHEME    The key's scheme (ED25519_SIGN, RSA_2048_PKCS1_PSS_SIGN_V2 …); detected if omitted.\n"
        "  --at TIME          Judge expiry as of this ISO 8601 time instead of now.\n"
        "  --json             Print one JSON document instead of text.\n"
        "  --lang LANG        Use this language (for example de) instead of the system's.\n"
        "  -h, --help         Show this help.\n"
        "  -v, --version      Show the version.\n"
        "\n"
        "Exit codes: 0 valid, or done; 1 invalid, expired or tampered, a failed sync, or nothing cached\n"
        "yet for list and search; 2 usage or input error; 130 a sync stopped with Ctrl+C.\n");
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = arguments.mid(1);
    // --lang was applied before the application started; drop it here.
    for (qsizetype i = 0; i < args.size();) {
        if (args.at(i) == QLatin1String("--lang")) {
            args.remove(i, qMin<qsizetype>(2, args.size() - i));
        } else if (args.at(i).startsWith(QLatin1String("--lang="))) {
            args.remove(i);
        } else {
            ++i;
        }
    }

    if (args.isEmpty() || args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        if (args.isEmpty() || args.constFirst() != QLatin1String("inspect")) {
            out << helpText();
            return 0;
        }
    }
    if (args.constFirst() == QLatin1String("--version") || args.constFirst() == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("inspect")) {
        return runInspect(args, out, err);
    }
    if (command == QLatin1String("sandbox")) {
        return runSandbox(args, out, err);
    }
    if (command == QLatin1String("sync")) {
        return runSync(args, out, err);
    }
    if (command == QLatin1String("list")) {
        return runList(args, out, err);
    }
    if (command == QLatin1String("search")) {
        return runSearch(args, out, err);
    }
    err << QCoreApplication::translate("keydesk::cli", "Unknown command or option “%1”. Run keydesk --help.")
               .arg(command)
        << '\n';
    return 2;
}

} // namespace keydesk::cli
