// `keydesk sync`, `keydesk list` and `keydesk search` as a support person or a script runs them: the real executable
// against the in-process sandbox over real HTTP, with its cache in a temporary XDG cache directory. What is checked
// is what the user sees: the records listed are the server's, CSV opens correctly in a spreadsheet program (RFC
// 4180, UTF-8 with a byte order mark, formulas disarmed), search reports the field that matched, and every mistake
// gets a sentence and an exit code instead of an empty answer.

#include "app/cache/cache.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

using namespace keydesk;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// RFC 4180, strictly: records end with CRLF, a field is either plain (no comma, quote, CR or LF) or quoted (quotes
// doubled inside). Nothing when the text breaks a rule.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == QLatin1Char('"')) {
            for (++i;; ++i) {
                if (i >= n) {
                    return std::nullopt; // an unterminated quote
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n')) {
                    return std::nullopt;
                }
                field += text.at(i++);
            }
        }
        record << field;
        field.clear();
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n')) {
            i += 2;
            records << record;
            record.clear();
            continue;
        }
        return std::nullopt; // a record not ended by CRLF, or text after a closing quote
    }
    if (!record.isEmpty()) {
        return std::nullopt;
    }
    return records;
}

} // namespace

class TestCacheCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncReportsProgressAndKeepsTheTokenOut();
    void listShowsTheServersRecords();
    void csvOpensCorrectlyInSpreadsheets();
    void textHasAHeaderAndOneLinePerRecord();
    void filtersSortAndLimit();
    void searchReportsTheFieldThatMatched();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void unsyncedTargetsSayWhatToRun();
    void partialCachesSaySo();
    void failedSyncExitsOne();
    void ctrlCStopsASyncKeepingWhatItWrote();

private:
    QProcessEnvironment environment(const QString &token) const;
    Run keydesk(const QStringList &arguments, const QString &token) const;

    Run keydesk(const QStringList &arguments) const { return keydesk(arguments, m_server.adminToken()); }

    // The sandbox's account at its address, or an account it does not have; `host` "localhost" reaches the same
    // server under another name, so with a cache of its own.
    QStringList target(const QString &account = {}, const QString &host = {}) const;
    QList<sandbox::StoredResource> stored(const QString &type);
    // The server's licenses as they are served now, by id.
    QHash<QString, QJsonObject> servedLicenses();
    QStringList cacheFiles() const;

    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;
    QString m_quotedName = QStringLiteral("Müller, \"Nord\" & Söhne\nZweigstelle Köln");
    QString m_formulaName = QStringLiteral("=HYPERLINK(\"https://example.invalid\",\"Open\")");
    QString m_dashName = QStringLiteral("-5% Rabatt GmbH");
};

void TestCacheCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    QVERIFY2(sandbox::seedDemoData(m_server.store(), m_server.account(), 400, &error), qPrintable(error));
    // Names a customer might give: with a comma, quotes and a line break; one a spreadsheet would run as a formula;
    // one starting with a minus sign.
    const QList<sandbox::StoredResource> licenses = stored(QStringLiteral("licenses"));
    QVERIFY(licenses.size() >= 3);
    const QStringList names{m_quotedName, m_formulaName, m_dashName};
    for (int i = 0; i < names.size(); ++i) {
        sandbox::StoredResource license = licenses.at(i);
        license.attributes.insert(QStringLiteral("name"), names.at(i));
        QVERIFY(m_server.store().updateResource(license));
    }

    const Run sync = keydesk(QStringList{QStringLiteral("sync")} + target());
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
}

QProcessEnvironment TestCacheCommands::environment(const QString &token) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KEYDESK_TOKEN"));
    if (!token.isEmpty()) {
        env.insert(QStringLiteral("KEYDESK_TOKEN"), token);
    }
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

Run TestCacheCommands::keydesk(const QStringList &arguments, const QString &token) const
{
    QProcess process;
    process.setProcessEnvironment(environment(token));
    process.start(QStringLiteral(KEYDESK_BINARY), arguments);
    Run run;
    if (!process.waitForStarted()) {
        return run;
    }
    // The sandbox answers from this thread's event loop: wait with it running.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList TestCacheCommands::target(const QString &account, const QString &host) const
{
    QUrl url = m_server.baseUrl();
    if (!host.isEmpty()) {
        url.setHost(host);
    }
    return {QStringLiteral("--url"),
            url.toString(),
            QStringLiteral("--account"),
            account.isEmpty() ? m_server.account().slug : account};
}

QList<sandbox::StoredResource> TestCacheCommands::stored(const QString &type)
{
    sandbox::ListQuery query;
    query.accountId = m_server.account().id;
    query.type = type;
    query.limit = 1000000;
    return m_server.store().list(query);
}

QHash<QString, QJsonObject> TestCacheCommands::servedLicenses()
{
    const sandbox::ResourceSpec *spec = sandbox::resourceSpecOf(QStringLiteral("licenses"));
    QHash<QString, QJsonObject> served;
    for (const sandbox::StoredResource &license : stored(QStringLiteral("licenses"))) {
        served.insert(license.id,
                      sandbox::serialize(m_server.store(), *spec, license)
                          .value(QStringLiteral("attributes"))
                          .toObject());
    }
    return served;
}

QStringList TestCacheCommands::cacheFiles() const
{
    QStringList files;
    QDirIterator it(m_dir.filePath(QStringLiteral("cache")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QFileInfo(it.next()).fileName();
    }
    return files;
}

void TestCacheCommands::syncReportsProgressAndKeepsTheTokenOut()
{
    const Run again = keydesk(QStringList{QStringLiteral("sync")} + target());
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    // A line per type once it is done, with the server's total; the summary names the cache file.
    const qint64 licenses = stored(QStringLiteral("licenses")).size();
    QVERIFY2(again.err.contains(QStringLiteral("licenses: %1 of %1, done").arg(licenses)), qPrintable(again.err));
    QVERIFY2(again.err.contains(QStringLiteral("products: ")), qPrintable(again.err));
    QVERIFY(again.out.startsWith("Synced "));
    QVERIFY(again.out.contains(".sqlite"));
    // The token is a secret: not in the output, and not in the cache's file name.
    const QByteArray token = m_server.adminToken().toUtf8();
    QVERIFY(!again.out.contains(token));
    QVERIFY(!again.err.toUtf8().contains(token));
    for (const QString &file : cacheFiles()) {
        QVERIFY(!file.contains(m_server.adminToken()));
    }
}

void TestCacheCommands::listShowsTheServersRecords()
{
    const Run list = keydesk(QStringList{QStringLiteral("list"), QStringLiteral("licenses"), QStringLiteral("--json")}
                             + target());
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.err.isEmpty(), qPrintable(list.err));
    QJsonParseError parseError{};
    const QJsonObject document = QJsonDocument::fromJson(list.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(document.value(QStringLiteral("type")).toString(), QStringLiteral("licenses"));
    const QJsonArray data = document.value(QStringLiteral("data")).toArray();
    const QHash<QString, QJsonObject> served = servedLicenses();
    QCOMPARE(data.size(), served.size());
    QSet<QString> seen;
    for (const QJsonValue &value : data) {
        const QJsonObject row = value.toObject();
        const QString id = row.value(QStringLiteral("id")).toString();
        QVERIFY2(served.contains(id), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        const QJsonObject attributes = served.value(id);
        for (const char *name : {"key", "name", "status", "expiry", "uses", "suspended", "maxMachines"}) {
            const QString attribute = QLatin1String(name);
            QVERIFY2(row.value(attribute) == attributes.value(attribute),
                     qPrintable(id + u' ' + attribute + u' ' + row.value(attribute).toVariant().toString()));
        }
    }
}

void TestCacheCommands::csvOpensCorrectlyInSpreadsheets()
{
    const Run list = keydesk(QStringList{QStringLiteral("list"), QStringLiteral("licenses"), QStringLiteral("--csv")}
                             + target());
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    // UTF-8 after a byte order mark: spreadsheet programs then read "Müller" and "Köln" right.
    QVERIFY(list.out.startsWith("\xEF\xBB\xBF"));
    const std::optional<QList<QStringList>> records = parseCsv(QString::fromUtf8(list.out.mid(3)));
    QVERIFY2(records, "not RFC 4180");
    const QHash<QString, QJsonObject> served = servedLicenses();
    QCOMPARE(records->size(), served.size() + 1);
    const QStringList header = records->constFirst();
    QCOMPARE(header.value(0), QStringLiteral("id"));
    const qsizetype nameAt = header.indexOf(QStringLiteral("name"));
    const qsizetype keyAt = header.indexOf(QStringLiteral("key"));
    const qsizetype usesAt = header.indexOf(QStringLiteral("uses"));
    QVERIFY(nameAt > 0 && keyAt > 0 && usesAt > 0);
    QHash<QString, QString> names;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList &record = records->at(r);
        QCOMPARE(record.size(), header.size());
        const QJsonObject attributes = served.value(record.at(0));
        QVERIFY2(!attributes.isEmpty(), qPrintable(record.at(0)));
        QCOMPARE(record.at(keyAt), attributes.value(QStringLiteral("key")).toString());
        QCOMPARE(record.at(usesAt), QString::number(attributes.value(QStringLiteral("uses")).toInteger()));
        names.insert(record.at(0), record.at(nameAt));
    }
    // The comma, the quotes and the line break come back exactly; text a spreadsheet would run as a formula, or
    // read as a negative number, gets an apostrophe first.
    QVERIFY(names.values().contains(m_quotedName));
    QVERIFY(names.values().contains(u'\'' + m_formulaName));
    QVERIFY(names.values().contains(u'\'' + m_dashName));
    QVERIFY(!names.values().contains(m_formulaName));
}

void TestCacheCommands::textHasAHeaderAndOneLinePerRecord()
{
    const Run list = keydesk(QStringList{QStringLiteral("list"), QStringLiteral("licenses")} + target());
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QStringList lines = QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), stored(QStringLiteral("licenses")).size() + 1);
    const QStringList header = lines.constFirst().split(QLatin1Char('\t'));
    QCOMPARE(header.value(0), QStringLiteral("id"));
    QVERIFY(header.contains(QStringLiteral("key")));
    QVERIFY(header.contains(QStringLiteral("ownerEmail")));
    for (const QString &line : lines) {
        QCOMPARE(line.count(QLatin1Char('\t')), header.size() - 1);
    }
    // The name with a line break stays on its record's line.
    QString flattened = m_quotedName;
    flattened.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
        return line.split(QLatin1Char('\t')).contains(flattened);
    }));
}

void TestCacheCommands::filtersSortAndLimit()
{
    const QHash<QString, QJsonObject> served = servedLicenses();
    QSet<QString> suspended;
    for (auto it = served.cbegin(); it != served.cend(); ++it) {
        if (it->value(QStringLiteral("status")).toString() == QLatin1String("SUSPENDED")) {
            suspended.insert(it.key());
        }
    }
    QVERIFY(!suspended.isEmpty());
    const auto ids = [](const QByteArray &json) {
        QStringList list;
        const QJsonArray data = QJsonDocument::fromJson(json).object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &row : data) {
            list << row.toObject().value(QStringLiteral("id")).toString();
        }
        return list;
    };

    const Run filtered = keydesk(QStringList{QStringLiteral("list"),
                                             QStringLiteral("licenses"),
                                             QStringLiteral("--filter"),
                                             QStringLiteral("status=SUSPENDED"),
                                             QStringLiteral("--json")}
                                 + target());
    QVERIFY2(filtered.exitCode == 0, qPrintable(filtered.err));
    const QStringList found = ids(filtered.out);
    QCOMPARE(QSet<QString>(found.cbegin(), found.cend()), suspended);

    // Typed as a person types it: the status in lower case means the same.
    const Run lowerCase = keydesk(QStringList{QStringLiteral("list"),
                                              QStringLiteral("licenses"),
                                              QStringLiteral("--filter"),
                                              QStringLiteral("status=suspended"),
                                              QStringLiteral("--json")}
                                  + target());
    QVERIFY2(lowerCase.exitCode == 0, qPrintable(lowerCase.err));
    QCOMPARE(ids(lowerCase.out), found);

    // A status that does not exist: no records, and the statuses there are.
    const Run misspelt = keydesk(QStringList{QStringLiteral("list"),
                                             QStringLiteral("licenses"),
                                             QStringLiteral("--filter"),
                                             QStringLiteral("status=SUSPENDID"),
                                             QStringLiteral("--json")}
                                 + target());
    QCOMPARE(misspelt.exitCode, 0);
    QVERIFY(ids(misspelt.out).isEmpty());
    QVERIFY2(misspelt.err.contains(
                 QStringLiteral("No licenses have status \u201cSUSPENDID\u201d; the cached values are "))
                 && misspelt.err.contains(QStringLiteral("ACTIVE, "))
                 && misspelt.err.contains(QStringLiteral("SUSPENDED")),
             qPrintable(misspelt.err));

    // Sorted by expiry, soonest first; licenses without an expiry (null) first, as the table shows them.
    const Run sorted = keydesk(QStringList{QStringLiteral("list"),
                                           QStringLiteral("licenses"),
                                           QStringLiteral("--sort"),
                                           QStringLiteral("expiry"),
                                           QStringLiteral("--asc"),
                                           QStringLiteral("--json")}
                               + target());
    QVERIFY2(sorted.exitCode == 0, qPrintable(sorted.err));
    const QStringList order = ids(sorted.out);
    QCOMPARE(order.size(), served.size());
    QDateTime previous;
    bool sawExpiry = false;
    for (const QString &id : order) {
        const QJsonValue expiry = served.value(id).value(QStringLiteral("expiry"));
        if (expiry.isNull()) {
            QVERIFY2(!sawExpiry, "a license without expiry after one with an expiry");
            continue;
        }
        sawExpiry = true;
        const QDateTime at = QDateTime::fromString(expiry.toString(), Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY2(!previous.isValid() || previous <= at, qPrintable(id));
        previous = at;
    }
    QVERIFY(sawExpiry);

    const Run limited = keydesk(QStringList{QStringLiteral("list"),
                                            QStringLiteral("licenses"),
                                            QStringLiteral("--sort"),
                                            QStringLiteral("expiry"),
                                            QStringLiteral("--asc"),
                                            QStringLiteral("--limit"),
                                            QStringLiteral("7"),
                                            QStringLiteral("--json")}
                                + target());
    QVERIFY2(limited.exitCode == 0, qPrintable(limited.err));
    QCOMPARE(ids(limited.out), order.mid(0, 7));
}

void TestCacheCommands::searchReportsTheFieldThatMatched()
{
    const sandbox::StoredResource license = stored(QStringLiteral("licenses")).value(7);
    const QString key = license.attributes.value(QStringLiteral("key")).toString();
    QVERIFY(key.size() > 12);
    const QString fragment = key.mid(4, 8);
    const Run json = keydesk(QStringList{QStringLiteral("search"),
                                         fragment,
                                         QStringLiteral("--type"),
                                         QStringLiteral("licenses"),
                                         QStringLiteral("--json")}
                             + target());
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject document = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(document.value(QStringLiteral("query")).toString(), fragment);
    const QJsonArray hits = document.value(QStringLiteral("hits")).toArray();
    QVERIFY(!hits.isEmpty());
    bool found = false;
    for (const QJsonValue &value : hits) {
        const QJsonObject hit = value.toObject();
        QCOMPARE(hit.value(QStringLiteral("type")).toString(), QStringLiteral("licenses"));
        if (hit.value(QStringLiteral("id")).toString() == license.id) {
            found = true;
            QCOMPARE(hit.value(QStringLiteral("field")).toString(), QStringLiteral("key"));
            QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(fragment, Qt::CaseInsensitive));
        }
    }
    QVERIFY(found);

    // A machine by a fragment of its fingerprint, in upper case, as text: type, id, field, value.
    const sandbox::StoredResource machine = stored(QStringLiteral("machines")).value(3);
    const QString fingerprint = machine.attributes.value(QStringLiteral("fingerprint")).toString();
    QVERIFY(fingerprint.size() > 10);
    const Run text = keydesk(QStringList{QStringLiteral("search"), fingerprint.mid(2, 9).toUpper()} + target());
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    const QStringList expected{QStringLiteral("machines"), machine.id, QStringLiteral("fingerprint"), fingerprint};
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(std::any_of(
                 lines.cbegin(),
                 lines.cend(),
                 [&](const QString &line) {
        return line.split(QLatin1Char('\t')) == expected;
                 }),
             text.out.constData());

    // With --type licenses, the same fragment finds the machine's license, through its machine.
    const QString licenseId = machine.links.value(QStringLiteral("license")).toString();
    QVERIFY(!licenseId.isEmpty());
    const Run related = keydesk(QStringList{QStringLiteral("search"),
                                            fingerprint.mid(2, 9).toUpper(),
                                            QStringLiteral("--type"),
                                            QStringLiteral("licenses")}
                                + target());
    QVERIFY2(related.exitCode == 0, qPrintable(related.err));
    const QStringList viaMachine{QStringLiteral("licenses"),
                                 licenseId,
                                 QStringLiteral("machines.fingerprint"),
                                 fingerprint};
    const QStringList relatedLines = QString::fromUtf8(related.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(std::any_of(
                 relatedLines.cbegin(),
                 relatedLines.cend(),
                 [&](const QString &line) {
        return line.split(QLatin1Char('\t')) == viaMachine;
                 }),
             related.out.constData());
    for (const QString &line : relatedLines) {
        QVERIFY2(line.startsWith(QStringLiteral("licenses\t")), qPrintable(line)); // only the type asked for
    }

    // Nothing found: nothing on standard output, a sentence on standard error, success.
    const Run none = keydesk(QStringList{QStringLiteral("search"), QStringLiteral("qqxqqzq")} + target());
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY2(none.err.contains(QStringLiteral("Nothing cached matches \u201cqqxqqzq\u201d")), qPrintable(none.err));
}

void TestCacheCommands::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("targeted");
    const QStringList licenses{QStringLiteral("list"), QStringLiteral("licenses")};
    QTest::newRow("unknown type") << QStringList{QStringLiteral("list"), QStringLiteral("customers")}
                                  << QStringLiteral("\u201ccustomers\u201d is not a type Keydesk keeps") << true;
    QTest::newRow("filter on no column") << licenses
                                                + QStringList{QStringLiteral("--filter"), QStringLiteral("colour=red")}
                                         << QStringLiteral("A filter is COLUMN=VALUE") << true;
    QTest::newRow("filter without a value")
        << licenses + QStringList{QStringLiteral("--filter"), QStringLiteral("status")}
        << QStringLiteral("A filter is COLUMN=VALUE") << true;
    QTest::newRow("sort by no column") << licenses + QStringList{QStringLiteral("--sort"), QStringLiteral("colour")}
                                       << QStringLiteral("\u201ccolour\u201d is not a column of licenses") << true;
    QTest::newRow("json and csv") << licenses + QStringList{QStringLiteral("--json"), QStringLiteral("--csv")}
                                  << QStringLiteral("Choose one of --json and --csv.") << true;
    QTest::newRow("limit zero") << licenses + QStringList{QStringLiteral("--limit"), QStringLiteral("0")}
                                << QStringLiteral("--limit needs a positive number.") << true;
    QTest::newRow("no type") << QStringList{QStringLiteral("list")} << QStringLiteral("Name the type to list") << true;
    QTest::newRow("search without text") << QStringList{QStringLiteral("search")}
                                         << QStringLiteral("Give one text to search for") << true;
    QTest::newRow("search in no type") << QStringList{QStringLiteral("search"),
                                                      QStringLiteral("abc"),
                                                      QStringLiteral("--type"),
                                                      QStringLiteral("x")}
                                       << QStringLiteral("\u201cx\u201d is not a type Keydesk keeps") << true;
    QTest::newRow("no target") << QStringList{QStringLiteral("list"), QStringLiteral("licenses")}
                               << QStringLiteral("--profile NAME, or --url URL --account ID") << false;
    QTest::newRow("sync of no type") << QStringList{QStringLiteral("sync"),
                                                    QStringLiteral("--types"),
                                                    QStringLiteral("foo")}
                                     << QStringLiteral("\u201cfoo\u201d is not a type Keydesk keeps") << true;
}

void TestCacheCommands::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(bool, targeted);
    const Run run = keydesk(targeted ? arguments + target() : arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Run keydesk --help for the options.")), qPrintable(run.err));
}

void TestCacheCommands::unsyncedTargetsSayWhatToRun()
{
    const QStringList before = cacheFiles();
    const QString other = QStringLiteral("never-synced");
    for (const QStringList &arguments : {QStringList{QStringLiteral("list"), QStringLiteral("licenses")},
                                         QStringList{QStringLiteral("search"), QStringLiteral("helios")}}) {
        const Run run = keydesk(arguments + target(other));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("Nothing is cached for")) && run.err.contains(other)
                     && run.err.contains(QStringLiteral("run keydesk sync")),
                 qPrintable(run.err));
    }
    // Asking created no empty cache.
    QCOMPARE(cacheFiles(), before);
}

void TestCacheCommands::partialCachesSaySo()
{
    // The same server by another name, so a cache of its own, where only products were synced: licenses are not
    // there yet, and it says so.
    const QString localhost = QStringLiteral("localhost");
    const QString account = m_server.account().slug;
    const Run products = keydesk(
        QStringList{QStringLiteral("sync"), QStringLiteral("--types"), QStringLiteral("products")}
        + target(account, localhost));
    QVERIFY2(products.exitCode == 0, qPrintable(products.err));
    const Run licenses = keydesk(QStringList{QStringLiteral("list"), QStringLiteral("licenses")}
                                 + target(account, localhost));
    QCOMPARE(licenses.exitCode, 1);
    QVERIFY2(licenses.err.contains(QStringLiteral("No licenses are cached for")), qPrintable(licenses.err));
    const Run listed = keydesk(QStringList{QStringLiteral("list"), QStringLiteral("products")}
                               + target(account, localhost));
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.isEmpty(), qPrintable(listed.err));
    QCOMPARE(QString::fromUtf8(listed.out).count(QLatin1Char('\n')), stored(QStringLiteral("products")).size() + 1);

    // A sync of machines that stopped halfway (cancelled, or the network went away): what is there is listed, with
    // a warning that some may be missing.
    const Run machines = keydesk(
        QStringList{QStringLiteral("sync"), QStringLiteral("--types"), QStringLiteral("machines")}
        + target(account, localhost));
    QVERIFY2(machines.exitCode == 0, qPrintable(machines.err));
    QDirIterator it(m_dir.filePath(QStringLiteral("cache")),
                    {QStringLiteral("url-localhost*.sqlite")},
                    QDir::Files,
                    QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    const QString path = it.next();
    {
        cache::Cache cache;
        QString error;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        cache::SyncState state = cache.syncState(QStringLiteral("machines"));
        QVERIFY(state.lastComplete.isValid());
        state.pass += 1;
        state.complete = false;
        state.lastComplete = {};
        QVERIFY(cache.setSyncState(QStringLiteral("machines"), state));
    }
    const Run list = keydesk(QStringList{QStringLiteral("list"), QStringLiteral("machines"), QStringLiteral("--json")}
                             + target(account, localhost));
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.err.contains(QStringLiteral("The sync of machines has not finished yet")), qPrintable(list.err));
    QCOMPARE(QJsonDocument::fromJson(list.out).object().value(QStringLiteral("data")).toArray().size(),
             stored(QStringLiteral("machines")).size());
}

void TestCacheCommands::failedSyncExitsOne()
{
    // A token the server refuses: the server's reason, exit 1, and the token is not echoed.
    const QString wrong = QStringLiteral("admin-0000000000000000000000000000000000000000000000000000000000000000v3");
    const Run refused = keydesk(QStringList{QStringLiteral("sync")} + target(), wrong);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.err.contains(wrong));
    QVERIFY(!refused.out.contains(wrong.toUtf8()));
    QVERIFY2(refused.err.contains(QStringLiteral("The API token of this profile is not valid for this account.")),
             qPrintable(refused.err));

    // No token at all for a --url target: it says where a token goes (never on the command line).
    const Run untokened = keydesk(QStringList{QStringLiteral("sync")} + target(), QString());
    QCOMPARE(untokened.exitCode, 2);
    QVERIFY2(untokened.err.contains(QStringLiteral("Set KEYDESK_TOKEN")), qPrintable(untokened.err));

    // A server that is not there: a sentence, exit 1; the cache filled before is still listed.
    const Run unreachable = keydesk({QStringLiteral("sync"),
                                     QStringLiteral("--url"),
                                     QStringLiteral("http://127.0.0.1:9"),
                                     QStringLiteral("--account"),
                                     m_server.account().slug});
    QCOMPARE(unreachable.exitCode, 1);
    QVERIFY2(unreachable.err.contains(QStringLiteral("The server refused the connection.")),
             qPrintable(unreachable.err));
    const Run list = keydesk(QStringList{QStringLiteral("list"), QStringLiteral("products"), QStringLiteral("--json")}
                             + target());
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).object().value(QStringLiteral("data")).toArray().size(),
             stored(QStringLiteral("products")).size());
}

void TestCacheCommands::ctrlCStopsASyncKeepingWhatItWrote()
{
    // A full sync from a server as slow as a real one, stopped with Ctrl+C once its first type is in.
    sandbox::Faults slow;
    slow.latencyMs = 60;
    m_server.setFaults(slow);
    QProcess sync;
    sync.setProcessEnvironment(environment(m_server.adminToken()));
    sync.start(QStringLiteral(KEYDESK_BINARY), QStringList{QStringLiteral("sync")} + target());
    QVERIFY(sync.waitForStarted());
    QString err;
    QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(sync.readAllStandardError()))
                                 .contains(QLatin1String("products: ")),
                             30000);
    QCOMPARE(sync.state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(sync.processId()), SIGINT), 0);
    QSignalSpy finished(&sync, &QProcess::finished);
    QVERIFY(finished.wait(30000));
    m_server.setFaults({});
    err += QString::fromUtf8(sync.readAllStandardError());
    // It stopped on its own terms: a sentence, and 128 + SIGINT, as shells expect.
    QCOMPARE(sync.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sync.exitCode(), 128 + SIGINT);
    QVERIFY2(err.contains(QStringLiteral("The sync was stopped; what it had written is kept.")), qPrintable(err));
    // Stopped midway (machines come last), with the products written before kept.
    QVERIFY2(!QRegularExpression(QStringLiteral("machines: \\d+ of \\d+, done")).match(err).hasMatch(),
             qPrintable(err));
    const Run products = keydesk(
        QStringList{QStringLiteral("list"), QStringLiteral("products"), QStringLiteral("--json")} + target());
    QCOMPARE(products.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(products.out).object().value(QStringLiteral("data")).toArray().size(),
             stored(QStringLiteral("products")).size());

    // Run again, it completes, and every license is there once.
    const Run again = keydesk(QStringList{QStringLiteral("sync")} + target());
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const Run list = keydesk(QStringList{QStringLiteral("list"), QStringLiteral("licenses"), QStringLiteral("--json")}
                             + target());
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).object().value(QStringLiteral("data")).toArray().size(),
             stored(QStringLiteral("licenses")).size());
}

QTEST_GUILESS_MAIN(TestCacheCommands)
#include "tst_cachecommands.moc"
