#include "app/cli/servercommands.h"

#include "app/api/requests.h"
#include "app/cache/cache.h"
#include "app/cache/csv.h"
#include "app/cli/stopsignals.h"
#include "app/licensing/publickeys.h"
#include "app/profiles/profile.h"
#include "app/profiles/secretstore.h"
#include "app/sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <utility>

namespace keydesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("keydesk::cli::ServerCommands", text);
}

// What a TARGET resolves to: the connection (a profile, saved or made up from --url) and where its cache lives.
struct Target
{
    profiles::Profile profile;
    QString cacheName; // the profile's name, or one made from the URL and account
};

// Takes the TARGET options out of `args`; on a problem a sentence in *problem.
std::optional<Target> readTarget(QStringList &args, QString *problem)
{
    auto take = [&](const char *name) -> std::optional<QString> {
        const qsizetype i = args.indexOf(QLatin1String(name));
        if (i < 0) {
            return std::nullopt;
        }
        if (i + 1 >= args.size()) {
            *problem = tr("%1 needs a value.").arg(QLatin1String(name));
            args.remove(i);
            return QString();
        }
        const QString value = args.at(i + 1);
        args.remove(i, 2);
        return value;
    };
    const std::optional<QString> profileName = take("--profile");
    const std::optional<QString> url = take("--url");
    const std::optional<QString> account = take("--account");
    const std::optional<QString> environment = take("--environment");
    if (!problem->isEmpty()) {
        return std::nullopt;
    }
    Target target;
    if (profileName) {
        if (url || account) {
            *problem = tr("Give either --profile or --url with --account, not both.");
            return std::nullopt;
        }
        const std::optional<profiles::Profile> profile = profiles::ProfileStore().profile(*profileName);
        if (!profile) {
            *problem = tr("There is no connection profile named \u201c%1\u201d.").arg(*profileName);
            return std::nullopt;
        }
        target.profile = *profile;
        target.cacheName = profile->name;
    } else if (url && account) {
        target.profile.name = QStringLiteral("%1 %2").arg(QUrl(*url).host(), *account);
        target.profile.server = profiles::ServerKind::SelfHosted;
        target.profile.url = QUrl(*url);
        if (target.profile.url.host() == QLatin1String("api.keygen.sh")) {
            target.profile.server = profiles::ServerKind::Cloud;
        }
        target.profile.account = *account;
        target.cacheName = QStringLiteral("url-") + target.profile.name;
        const QString reason = profiles::ProfileStore::problemWith(target.profile);
        if (!reason.isEmpty()) {
            *problem = reason;
            return std::nullopt;
        }
    } else {
        *problem = tr("Name the account: --profile NAME, or --url URL --account ID.");
        return std::nullopt;
    }
    if (environment) {
        target.profile.environment = *environment;
    }
    return target;
}

// The token: KEYDESK_TOKEN, else the profile's keychain entry.
QString tokenFor(const Target &target, QString *problem)
{
    const QString fromEnvironment = qEnvironmentVariable("KEYDESK_TOKEN");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    if (target.cacheName.startsWith(QLatin1String("url-"))) {
        *problem = tr("Set KEYDESK_TOKEN to the API token: tokens are never given on the command line.");
        return {};
    }
    profiles::SecretStore secrets;
    const profiles::SecretStore::Result result = secrets.readTokenNow(target.profile.name);
    if (!result.ok || !result.found) {
        *problem = result.ok ? tr("No token is stored for \u201c%1\u201d: connect once in Keydesk, or set "
                                  "KEYDESK_TOKEN.")
                                   .arg(target.profile.name)
                             : result.error;
        return {};
    }
    return result.token;
}

bool openCache(cache::Cache &cache, const Target &target, QTextStream &err)
{
    QString error;
    if (!cache.open(cache::Cache::pathFor(target.cacheName, target.profile.environment), &error)) {
        err << tr("The local cache cannot be opened: %1").arg(error) << '\n';
        return false;
    }
    return true;
}

// For list and search: the cache `sync` filled for the target, with `types` (all when empty) synced at least in
// part. A target never synced gets a sentence saying what to run, not an empty answer, and no empty cache file.
// A type whose sync never completed is read with a warning: the answer may be incomplete.
bool openSyncedCache(cache::Cache &cache, const Target &target, const QStringList &types, QTextStream &err)
{
    const QString nothingYet = tr("Nothing is cached for \u201c%1\u201d yet: run keydesk sync with the same --profile "
                                  "or --url and --account first.")
                                   .arg(target.profile.name);
    if (!QFileInfo::exists(cache::Cache::pathFor(target.cacheName, target.profile.environment))) {
        err << nothingYet << '\n';
        return false;
    }
    if (!openCache(cache, target, err)) {
        return false;
    }
    const QStringList wanted = types.isEmpty() ? cache::cachedTypes() : types;
    QStringList unfinished;
    bool started = false;
    for (const QString &type : wanted) {
        const cache::SyncState state = cache.syncState(type);
        started = started || state.pass > 0;
        if (state.pass > 0 && !state.lastComplete.isValid()) {
            unfinished << type;
        }
    }
    if (!started) {
        err << (types.size() == 1 ? tr("No %1 are cached for \u201c%2\u201d yet: run keydesk sync with the same "
                                       "--profile or --url and --account first.")
                                        .arg(types.constFirst(), target.profile.name)
                                  : nothingYet)
            << '\n';
        return false;
    }
    if (!unfinished.isEmpty()) {
        err << tr("The sync of %1 has not finished yet, so some may be missing: run keydesk sync to complete it.")
                   .arg(unfinished.join(u", "))
            << '\n';
    }
    return true;
}

QStringList takeAll(QStringList &args, const char *name)
{
    QStringList values;
    for (qsizetype i = args.indexOf(QLatin1String(name)); i >= 0; i = args.indexOf(QLatin1String(name))) {
        if (i + 1 < args.size()) {
            values << args.at(i + 1);
            args.remove(i, 2);
        } else {
            args.remove(i);
            values << QString();
        }
    }
    return values;
}

bool takeFlag(QStringList &args, const char *name)
{
    return args.removeAll(QLatin1String(name)) > 0;
}

QString unknownType(const QString &type)
{
    if (cache::cachedTypes().contains(type)) {
        return {};
    }
    return tr("\u201c%1\u201d is not a type Keydesk keeps: %2.").arg(type, cache::cachedTypes().join(u", "));
}

// The last --limit given, the fallback without one, 0 for a value that is not a positive number.
int readLimit(const QStringList &limits, int fallback)
{
    if (limits.isEmpty()) {
        return fallback;
    }
    bool ok = false;
    const int limit = limits.constLast().toInt(&ok);
    return ok && limit > 0 ? limit : 0;
}

int usage(QTextStream &err, const QString &problem)
{
    err << problem << '\n' << tr("Run keydesk --help for the options.") << '\n';
    return 2;
}

// A field of the text output: one line per record, fields separated by tabs, so line breaks and tabs in a value
// (a name, a metadata value) become spaces.
QString textField(const QString &value)
{
    QString text = value;
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            c = QLatin1Char(' ');
        }
    }
    return text;
}

QJsonValue jsonValue(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

} // namespace

int runSync(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    QString problem;
    const std::optional<Target> target = readTarget(args, &problem);
    if (!target) {
        return usage(err, problem);
    }
    const bool quick = takeFlag(args, "--quick");
    QStringList types;
    for (const QString &list : takeAll(args, "--types")) {
        types += list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    for (const QString &type : std::as_const(types)) {
        if (const QString problem = unknownType(type); !problem.isEmpty()) {
            return usage(err, problem);
        }
    }
    if (!args.isEmpty()) {
        return usage(err, tr("Unexpected argument \u201c%1\u201d.").arg(args.constFirst()));
    }
    const QString token = tokenFor(*target, &problem);
    if (token.isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    cache::Cache cache;
    if (!openCache(cache, *target, err)) {
        return 1;
    }

    api::ApiClient client;
    api::ConnectionSettings settings = target->profile.connectionSettings();
    client.setCredentials(api::Credentials::token(token));
    if (settings.publicKeys.isEmpty()) {
        // No keys pinned (an ad-hoc --url target): the account's keys as it presents them now.
        api::ConnectionSettings bootstrap = settings;
        bootstrap.signatureMode = api::SignatureMode::Off;
        client.setSettings(bootstrap);
        api::ApiReply *account = client.send(api::requests::account());
        QEventLoop loop;
        QObject::connect(account, &api::ApiReply::finished, &loop, &QEventLoop::quit);
        if (!account->isFinished()) {
            loop.exec();
        }
        if (!account->ok()) {
            err << account->error().userMessage() << '\n';
            return 1;
        }
        settings.publicKeys = parsePublicKeys(account->body());
        settings.accountId = account->document().resource().id();
    }
    client.setSettings(settings);

    sync::SyncEngine engine(&client, &cache);
    QElapsedTimer sinceReport;
    sinceReport.start();
    QObject::connect(&engine, &sync::SyncEngine::progressChanged, [&](const sync::TypeProgress &progress) {
        if (progress.running && sinceReport.elapsed() < 1000) {
            return; // one line a second while running
        }
        sinceReport.restart();
        QString line = progress.total >= 0
                         ? tr("%1: %2 of %3").arg(progress.type).arg(progress.done).arg(progress.total)
                         : tr("%1: %2").arg(progress.type).arg(progress.done);
        if (progress.running && progress.rate > 0) {
            line += tr(" (%1/s, about %2 s left)").arg(qRound(progress.rate)).arg(qMax<qint64>(0, progress.etaSeconds));
        } else if (progress.finished) {
            line += tr(", done");
        } else if (progress.error.isError()) {
            line += QStringLiteral(": ") + progress.error.userMessage();
        }
        err << line << '\n';
        err.flush();
    });
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    // Ctrl+C (or SIGTERM) stops the sync the way Cancel does: what was written is committed, the next sync goes on
    // from there. A second Ctrl+C ends the process at once (the cache stays consistent, the last second is lost).
    int stoppedBy = 0;
    const StopSignals stopSignals([&](int signal) {
        stoppedBy = signal;
        engine.cancel();
    });
    quick ? engine.quickRefresh(types) : engine.start(types);
    if (engine.isRunning()) {
        loop.exec();
    }
    if (stoppedBy != 0) {
        err << tr("The sync was stopped; what it had written is kept. Run keydesk sync again to continue where it "
                  "stopped.")
            << '\n';
        return 128 + stoppedBy;
    }
    qint64 total = 0;
    for (const sync::TypeProgress &progress : engine.progress()) {
        total += progress.done;
    }
    if (!ok) {
        err << tr("The sync stopped; run it again to continue where it stopped.") << '\n';
        return 1;
    }
    out << tr("Synced %1 records into %2.").arg(total).arg(cache.path()) << '\n';
    return 0;
}

int runList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    QString problem;
    const std::optional<Target> target = readTarget(args, &problem);
    if (!target) {
        return usage(err, problem);
    }
    const bool json = takeFlag(args, "--json");
    const bool csv = takeFlag(args, "--csv");
    const bool ascending = takeFlag(args, "--asc");
    const QStringList sort = takeAll(args, "--sort");
    const QStringList limits = takeAll(args, "--limit");
    const QStringList filters = takeAll(args, "--filter");
    if (json && csv) {
        return usage(err, tr("Choose one of --json and --csv."));
    }
    if (args.size() != 1) {
        return usage(err,
                     args.isEmpty() ? tr("Name the type to list, e.g. licenses.")
                                    : tr("Unexpected argument \u201c%1\u201d.").arg(args.value(1)));
    }
    const QString type = args.constFirst();
    if (const QString problem = unknownType(type); !problem.isEmpty()) {
        return usage(err, problem);
    }
    QStringList columns{QStringLiteral("created"), QStringLiteral("updated")};
    for (const cache::Column &column : cache::columnsOf(type)) {
        if (!columns.contains(column.name)) {
            columns << column.name;
        }
    }
    cache::Query query;
    query.type = type;
    query.order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    if (!sort.isEmpty()) {
        if (!columns.contains(sort.constLast())) {
            return usage(err,
                         tr("\u201c%1\u201d is not a column of %2: %3.")
                             .arg(sort.constLast(), type, columns.join(u", ")));
        }
        query.sortColumn = sort.constLast();
    }
    query.limit = readLimit(limits, std::numeric_limits<int>::max()); // every record, unless --limit
    if (query.limit < 1) {
        return usage(err, tr("--limit needs a positive number."));
    }
    for (const QString &filter : filters) {
        const qsizetype equals = filter.indexOf(QLatin1Char('='));
        const QString column = filter.left(equals);
        if (equals <= 0 || !columns.contains(column)) {
            return usage(err, tr("A filter is COLUMN=VALUE with one of the columns %1.").arg(columns.join(u", ")));
        }
        query.filters << cache::Filter{column, cache::Filter::Op::Equals, filter.mid(equals + 1)};
    }
    cache::Cache cache;
    if (!openSyncedCache(cache, *target, {type}, err)) {
        return 1;
    }
    // The records are written as SQLite reads them, so a million licenses take little memory. The header (and
    // JSON's opening) comes with the first record, or at the end when there is none.
    bool headed = false;
    bool first = true;
    const auto head = [&] {
        if (std::exchange(headed, true)) {
            return;
        }
        if (json) {
            out << QStringLiteral("{\"type\":\"%1\",\"data\":[").arg(type);
        } else if (csv) {
            // For spreadsheet programs (csv.h): a byte order mark, RFC 4180 records, formulas disarmed.
            out << QChar(0xFEFF); // kCsvByteOrderMark, which QString::fromUtf8() would drop
            out << cache::csvRecord(QStringList{QStringLiteral("id")} + columns);
        } else {
            // Text: a header line, then one line per record, fields separated by tabs.
            out << QStringLiteral("id\t") << columns.join(QLatin1Char('\t')) << '\n';
        }
    };
    qint64 written = 0;
    const auto write = [&](const cache::Row &row) {
        head();
        ++written;
        if (json) {
            QJsonObject object{{QStringLiteral("id"), row.id}};
            for (qsizetype i = 0; i < columns.size(); ++i) {
                object.insert(columns.at(i), jsonValue(row.values.value(i)));
            }
            out << (std::exchange(first, false) ? "" : ",")
                << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        } else if (csv) {
            QStringList fields{row.id};
            for (qsizetype i = 0; i < columns.size(); ++i) {
                fields << cache::csvCell(row.values.value(i));
            }
            out << cache::csvRecord(fields);
        } else {
            QStringList fields{row.id};
            for (const QVariant &value : row.values) {
                fields << textField(value.toString());
            }
            out << fields.join(QLatin1Char('\t')) << '\n';
        }
        return true;
    };
    const auto failed = [&] {
        err << tr("The local cache cannot be read: %1").arg(cache.lastError()) << '\n';
        return 1;
    };
    if (!cache.forEachRow(query, columns, write)) {
        return failed();
    }
    // Statuses, platforms, roles … are a few values, written as Keygen writes them ("EXPIRING"): a filter that names
    // one in another case ("status=expiring") means it. A filter that names none of them gets them listed.
    if (written == 0 && !query.filters.isEmpty()) {
        constexpr int kFewValues = 50;
        QStringList hints;
        bool corrected = false;
        for (cache::Filter &filter : query.filters) {
            const QStringList values = cache.distinctValues(type, filter.column, kFewValues + 1);
            const QString wanted = filter.value.toString();
            if (values.isEmpty() || values.size() > kFewValues || values.contains(wanted)) {
                continue; // not text, many values (names, keys …), or the value is there
            }
            const auto same = std::find_if(values.cbegin(), values.cend(), [&](const QString &value) {
                return value.compare(wanted, Qt::CaseInsensitive) == 0;
            });
            if (same != values.cend()) {
                filter.value = *same;
                corrected = true;
            } else {
                hints << tr("No %1 have %2 \u201c%3\u201d; the cached values are %4.")
                             .arg(type, filter.column, wanted, values.join(u", "));
            }
        }
        if (corrected && !cache.forEachRow(query, columns, write)) {
            return failed();
        }
        for (const QString &hint : std::as_const(hints)) {
            err << hint << '\n';
        }
    }
    head();
    if (json) {
        out << "]}\n";
    }
    return 0;
}

int runSearch(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    QString problem;
    const std::optional<Target> target = readTarget(args, &problem);
    if (!target) {
        return usage(err, problem);
    }
    const bool json = takeFlag(args, "--json");
    const QStringList types = takeAll(args, "--type");
    const QStringList limits = takeAll(args, "--limit");
    for (const QString &type : types) {
        if (const QString problem = unknownType(type); !problem.isEmpty()) {
            return usage(err, problem);
        }
    }
    if (args.size() != 1 || args.constFirst().trimmed().isEmpty()) {
        return usage(err, tr("Give one text to search for (quote it when it has spaces)."));
    }
    const int limit = readLimit(limits, 50);
    if (limit < 1) {
        return usage(err, tr("--limit needs a positive number."));
    }
    cache::Cache cache;
    if (!openSyncedCache(cache, *target, types, err)) {
        return 1;
    }
    // A type asked for is also found through its related records (a license by its owner's email or a machine's
    // fingerprint), as on the console's pages; all types: each record where its own fields match.
    const QList<cache::SearchHit> hits = cache.searchWithRelated(args.constFirst(), types, limit);
    if (json) {
        QJsonArray array;
        for (const cache::SearchHit &hit : hits) {
            array.append(QJsonObject{{QStringLiteral("type"), hit.type},
                                     {QStringLiteral("id"), hit.id},
                                     {QStringLiteral("field"), hit.field},
                                     {QStringLiteral("snippet"), hit.snippet},
                                     {QStringLiteral("rank"), hit.rank}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("query"), args.constFirst()}, {QStringLiteral("hits"), array}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    if (hits.isEmpty()) {
        err << tr("Nothing cached matches \u201c%1\u201d.").arg(args.constFirst().trimmed()) << '\n';
    }
    for (const cache::SearchHit &hit : hits) {
        out << hit.type << '\t' << hit.id << '\t' << hit.field << '\t' << textField(hit.snippet) << '\n';
    }
    return 0;
}

} // namespace keydesk::cli
