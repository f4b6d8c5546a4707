// The local cache (app/cache) with realistic data: the sandbox seeds N licenses with their products, policies, users,
// groups, machines, releases and artifacts (seedDemoData), every resource is rendered as Keygen sends it
// (sandbox::serialize) and written into the cache in sync pages of 100 (Cache::upsertPage); then the benchmark
// measures what the models and the search box will ask for. Targets (the cache issue), on the 2-core machine:
//   ingest                  at least 50,000 resources per second
//   with 1,000,000 licenses a search for a 3 to 8 character fragment in at most 50 ms (median);
//                           the first page of a sorted and filtered license list in at most 50 ms;
//                           at most 2 KB of database per license.
// Baselines measured in the same run, on the same resources: "bare" stores each resource's JSON as one row with a
// primary key (prepared INSERTs, the same transaction sizes); the naive search is LIKE '%fragment%' over that JSON;
// the naive first page is json_extract() over it.
//
//   bench_cache                  1,000,000 licenses (about 2.3 million resources; 15 minutes, 6 GB of temporary disk)
//   bench_cache --licenses N     N licenses
//   bench_cache --quick          20,000 licenses: checks that it runs (CTest, label "benchmark")
//   bench_cache --dir DIR        put the databases in DIR instead of the system's temporary directory
//   bench_cache --searches N     search fragments to time (default 200)
//   bench_cache --verbose        progress while ingesting, and every slow query
//   bench_cache --keep           keep the databases (the directory is printed) to look at them afterwards
//
// The exit status says whether the run worked (every resource cached, the searches found what they looked for),
// never whether a target was met.
//
// Where ingest time goes (20,000 licenses, Release, the 2-core machine). The full-text index, once the largest cost
// of the writing thread, is written by a thread of its own into a file of its own (app/cache/searchindex.h): ingest
// went from 26,000-28,000 to 30,000-33,000 resources/s (interleaved runs; at a million licenses 17,600 against
// 14,400, with searches unchanged: median 8.4 ms), and a sync of 100,000 licenses from 10.9 s
// to 8.4 s. What the writing thread has left (callgrind, 3,000 licenses, upsertPage and finishPass): building the
// indexes a first pass defers to its end, 38% (SQLite sorts the table once per index: thirteen for licenses);
// encoding, 27% (half of the resources; the other half on the second core, which the index's writer shares); row
// inserts, 30%. So the next steps towards 50,000: fewer deferred indexes (licenses' product and policy indexes
// repeat the prefixes of product+status and policy+status), and indexes built from a narrower table (the bodies
// make every index build read the whole table). FTS5's merging: at 200,000 licenses, automerge 0 (no merges during
// the pass) ingested 21,900 and 20,600 resources/s against 19,100 and 18,000 (before the index had its own
// thread), searches unchanged; at a million the unmerged segments (one per commit) would pile up. Tried without
// gain: a larger FTS5 hashsize, automerge 0 with 'optimize' at the end, PRAGMA threads for the index builds, a
// 64 MiB page cache at 20,000 licenses (at 200,000: +10%, within the noise).
// Then the pages are read as a sync reads them (api::ListPage), and the writer encodes each resource from the page's
// parse instead of reading its text again; strings are scanned eight bytes a step. Interleaved with 8d121be:
// 31,600 and 31,800 resources per CPU second of the writing thread before, 45,000 and 45,100 after (wall: 27,400
// and 28,000 resources/s before, 35,000 and 38,900 after). Building the deferred indexes is now the largest part
// of what is left: in a sync of 100,000 licenses they take about a second after the last page (bench_sync's tail).
// With 16 KiB pages and the index builds' sorts in worker threads (session 14), at a million licenses: ingest
// 19,500 and 18,800 resources/s (the bare store 20,200 and 18,800 in the same runs), search median 12.0 and 10.9 ms,
// first page median 0.67 and 0.61 ms, 1,650 bytes per license. At 100,000 licenses, interleaved, ingest over the
// bare store's rate: 0.67-0.70 with 4 KiB pages, 0.75-0.78 with 16 KiB.
// Session 15: the rate fell as the tables grew (at 400,000 licenses, from 51,600/s over the first 100,000 resources
// to 26,600/s over the last), because the page cache of 4 MiB held a fraction of the id index, whose pages ids reach
// at random. A page cache of 64 MiB while sync pages are written (kWritingCacheSize in cache.cpp): 27,700 against
// 24,800 resources/s at 400,000 licenses, interleaved. The index builds' sorts in temporary files with one worker
// thread instead of in memory, where SQLite's sorter uses none (Cache::Private::buildIndexes): the thirteen license
// builds at 400,000 in 5.2-5.8 s against 8.1-8.2 s. Both, at a million licenses: ingest 27,900 resources/s (the bare
// store 20,400 in the same run; before, 19,500 and 18,800 against 20,200 and 18,800), search median 9.2 ms, first
// page median 0.60 ms (slowest 21 ms), 1,668 bytes per license.

#include "app/api/jsonapi.h"
#include "app/cache/cache.h"
#include "app/licensing/crypto.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxstore.h"
#include "tests/benchmarks/benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace keydesk;
using namespace keydesk::bench;

namespace {

constexpr double kIngestTarget = 50000; // resources per second
constexpr double kSearchTarget = 50;    // ms, median
constexpr double kPageTarget = 50;      // ms
constexpr double kBytesTarget = 2048;   // per license
constexpr int kPageSize = 100;          // what sync asks Keygen for
constexpr int kBareGroup = 20000;       // the bare store commits as often as the cache's group commit

QString ms(double seconds)
{
    return QString::number(seconds * 1000, 'f', 2) + QStringLiteral(" ms");
}

// The "bare" store: each resource's JSON in one row, with its id as primary key.
class BareStore
{
public:
    explicit BareStore(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        for (const char *statement : {"PRAGMA journal_mode = WAL",
                                      "PRAGMA synchronous = NORMAL",
                                      "PRAGMA cache_size = -131072",
                                      "PRAGMA wal_autocheckpoint = 4000",
                                      "CREATE TABLE resources (id TEXT PRIMARY KEY, type TEXT NOT NULL, json BLOB)"}) {
            query.exec(QLatin1String(statement));
        }
        m_insert = std::make_unique<QSqlQuery>(db);
        m_insert->prepare(QStringLiteral("INSERT INTO resources (id, type, json) VALUES (?, ?, ?)"));
    }

    ~BareStore()
    {
        m_insert.reset();
        QSqlDatabase::database(QStringLiteral("bare")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    }

    QSqlDatabase database() const { return QSqlDatabase::database(QStringLiteral("bare")); }

    bool insert(const QList<api::ResourceText> &resources, const QList<QByteArray> &texts)
    {
        QSqlDatabase db = database();
        for (qsizetype i = 0; i < resources.size(); ++i) {
            if (m_pending == 0) {
                db.transaction();
            }
            m_insert->bindValue(0, resources.at(i).id());
            m_insert->bindValue(1, resources.at(i).type());
            m_insert->bindValue(2, texts.at(i));
            if (!m_insert->exec()) {
                std::fprintf(stderr, "bare insert: %s\n", qPrintable(m_insert->lastError().text()));
                return false;
            }
            if (++m_pending >= kBareGroup) {
                db.commit();
                m_pending = 0;
            }
        }
        return true;
    }

    void finish()
    {
        if (m_pending > 0) {
            database().commit();
            m_pending = 0;
        }
    }

private:
    std::unique_ptr<QSqlQuery> m_insert;
    int m_pending = 0;
};

// CPU seconds of the calling thread: with other processes on the machine, wall time says less.
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Ingest
{
    qint64 resources = 0;
    double cacheSeconds = 0;
    double cacheCpuSeconds = 0;
    double bareSeconds = 0;
    QHash<QString, qint64> perType;
};

// Reads every resource of the sandbox, type by type in sync order, renders it as Keygen does and writes it into the
// cache (timed) and into the bare store (timed apart).
bool ingest(const sandbox::SandboxStore &store,
            const sandbox::Account &account,
            cache::Cache &cache,
            BareStore &bare,
            bool verbose,
            Ingest &result)
{
    QElapsedTimer timer;
    for (const QString &type : cache::cachedTypes()) {
        const sandbox::ResourceSpec *spec = sandbox::resourceSpecOf(type);
        if (!spec) {
            continue;
        }
        cache::SyncState state;
        state.pass = 1;
        sandbox::ListQuery query;
        query.accountId = account.id;
        query.type = type;
        query.limit = 2000;
        for (;;) {
            const QList<sandbox::StoredResource> rows = store.list(query);
            if (rows.isEmpty()) {
                break;
            }
            query.afterSeq = rows.constLast().seq;
            const sandbox::RelatedTotals totals = sandbox::relatedTotals(store, *spec, rows);
            QList<api::ResourceText> resources;
            QList<QByteArray> texts;
            texts.reserve(rows.size());
            for (const sandbox::StoredResource &row : rows) {
                texts.append(
                    QJsonDocument(sandbox::serialize(store, *spec, row, &totals)).toJson(QJsonDocument::Compact));
            }
            // Read as a sync reads a page (api::ListPage): the resources as text, with the page's parse, which the
            // cache encodes from.
            const auto answer = api::ListPage::parse(QByteArray("{\"data\":[" + texts.join(',') + "]}"));
            if (!answer || answer->resources().size() != texts.size()) {
                std::fprintf(stderr, "the %s could not be read back\n", qPrintable(type));
                return false;
            }
            resources = answer->resources();
            QString error;
            double cpu = threadCpuSeconds();
            timer.start();
            for (qsizetype at = 0; at < resources.size(); at += kPageSize) {
                const QList<api::ResourceText> page = resources.mid(at, kPageSize);
                state.cursor = page.constLast().id();
                if (!cache.upsertPage(type, page, state, &error)) {
                    std::fprintf(stderr, "upsertPage failed: %s\n", qPrintable(error));
                    return false;
                }
            }
            result.cacheSeconds += double(timer.nsecsElapsed()) / 1e9;
            result.cacheCpuSeconds += threadCpuSeconds() - cpu;
            timer.start();
            if (!bare.insert(resources, texts)) {
                return false;
            }
            result.bareSeconds += double(timer.nsecsElapsed()) / 1e9;
            result.resources += resources.size();
            result.perType[type] += resources.size();
            if (verbose && result.resources % 100000 < rows.size()) {
                out() << "  " << thousands(double(result.resources)) << " resources, "
                      << thousands(double(result.resources) / result.cacheSeconds) << "/s" << Qt::endl;
            }
        }
        QString error;
        const double cpu = threadCpuSeconds();
        timer.start();
        if (!cache.finishPass(type, 1, &error)) {
            std::fprintf(stderr, "finishPass failed: %s\n", qPrintable(error));
            return false;
        }
        result.cacheSeconds += double(timer.nsecsElapsed()) / 1e9;
        result.cacheCpuSeconds += threadCpuSeconds() - cpu;
    }
    QString error;
    timer.start();
    cache.flush(&error);
    result.cacheSeconds += double(timer.nsecsElapsed()) / 1e9;
    timer.start();
    bare.finish();
    result.bareSeconds += double(timer.nsecsElapsed()) / 1e9;
    return true;
}

// What the database holds, by table (with its indexes), from SQLite's dbstat.
void printSpace(const QString &path, qint64 licenses)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("space"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        QSqlQuery query(db);
        // Indexes and FTS shadow tables are counted with the table they serve.
        query.exec(QStringLiteral(
            "SELECT CASE WHEN m.tbl_name LIKE 'search%' THEN 'search (full-text)' ELSE m.tbl_name END AS owner,"
            " SUM(s.pgsize) FROM dbstat s JOIN sqlite_master m ON m.name = s.name GROUP BY owner ORDER BY 2 DESC"));
        out() << "space by table (with its indexes), bytes per license:\n";
        while (query.next()) {
            out() << "  " << query.value(0).toString().leftJustified(20) << " "
                  << QString::number(double(query.value(1).toLongLong()) / 1048576.0, 'f', 1).rightJustified(8)
                  << " MiB  "
                  << QString::number(query.value(1).toLongLong() / qMax<qint64>(1, licenses)).rightJustified(6) << '\n';
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("space"));
}

struct Fragment
{
    QString text;
    QString type;
    QString id;
};

// Fragments of 3 to 8 characters of keys, emails, fingerprints, hostnames and metadata values of random resources.
QList<Fragment> sampleFragments(const cache::Cache &cache, int count)
{
    QRandomGenerator random(20250314);
    QList<Fragment> fragments;

    struct Source
    {
        QString type;
        QString column; // empty: a metadata value
    };

    const QList<Source> sources{{QStringLiteral("licenses"), QStringLiteral("key")},
                                {QStringLiteral("users"), QStringLiteral("email")},
                                {QStringLiteral("machines"), QStringLiteral("fingerprint")},
                                {QStringLiteral("machines"), QStringLiteral("hostname")},
                                {QStringLiteral("licenses"), QString()}};
    int attempts = 0;
    while (fragments.size() < count && attempts++ < count * 20) {
        const Source &source = sources.at(fragments.size() % sources.size());
        const qint64 total = cache.count(source.type);
        if (total == 0) {
            continue;
        }
        cache::Query query;
        query.type = source.type;
        query.offset = int(random.bounded(qMin<qint64>(total, 5000)));
        query.limit = 1;
        QString value;
        QString id;
        if (source.column.isEmpty()) {
            const QList<api::Resource> resources = cache.resources(query);
            if (resources.isEmpty()) {
                continue;
            }
            const QJsonObject metadata = resources.constFirst().metadata();
            for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
                if (it.value().isString() && it.value().toString().size() >= 8) {
                    value = it.value().toString();
                    break;
                }
            }
            id = resources.constFirst().id();
        } else {
            const QList<cache::Row> rows = cache.rows(query, {source.column});
            if (rows.isEmpty()) {
                continue;
            }
            value = rows.constFirst().values.value(0).toString();
            id = rows.constFirst().id;
        }
        if (value.size() < 8) {
            continue;
        }
        const int length = 3 + int(random.bounded(6)); // 3 to 8
        const int start = int(random.bounded(int(value.size()) - length + 1));
        fragments.append({value.mid(start, length), source.type, id});
    }
    return fragments;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    qint64 licenses = 1000000;
    int searches = 200;
    if (arguments.contains(QStringLiteral("--quick"))) {
        licenses = 20000;
        searches = 60;
    }
    const auto option = [&](const char *name) {
        const qsizetype at = arguments.indexOf(QLatin1String(name));
        return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
    };
    if (!option("--licenses").isEmpty()) {
        licenses = option("--licenses").toLongLong();
    }
    if (!option("--searches").isEmpty()) {
        searches = option("--searches").toInt();
    }
    const bool verbose = arguments.contains(QStringLiteral("--verbose"));
    const QString dirOption = option("--dir");
    auto dir = dirOption.isEmpty() ? std::make_unique<QTemporaryDir>()
                                   : std::make_unique<QTemporaryDir>(dirOption + QStringLiteral("/bench_cache-XXXXXX"));
    if (!dir->isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    if (arguments.contains(QStringLiteral("--keep"))) {
        dir->setAutoRemove(false);
        out() << "databases kept in " << dir->path() << Qt::endl;
    }
#ifdef KEYDESK_BUILD_TYPE
    out() << "build: " << KEYDESK_BUILD_TYPE << ", licenses: " << thousands(double(licenses)) << Qt::endl;
#endif

    // ---- The data: the sandbox's demo seed ----
    QString error;
    sandbox::SandboxStore store;
    if (!store.open(dir->filePath(QStringLiteral("sandbox.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString now = sandbox::timestamp();
    const sandbox::Account account{sandbox::newUuid(),
                                   QStringLiteral("bench"),
                                   QStringLiteral("Benchmark"),
                                   now,
                                   now,
                                   crypto::PrivateKey::generate(crypto::KeyType::Ed25519).pem(),
                                   crypto::PrivateKey::generate(crypto::KeyType::Rsa).pem(),
                                   crypto::PrivateKey::generate(crypto::KeyType::EcdsaP256).pem()};
    store.insertAccount(account);
    QElapsedTimer timer;
    timer.start();
    if (!sandbox::seedDemoData(store, account, licenses, &error)) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(error));
        return 1;
    }
    out() << "seeded the sandbox in " << QString::number(double(timer.elapsed()) / 1000, 'f', 1) << " s" << Qt::endl;

    // ---- Ingest ----
    const QString cachePath = dir->filePath(QStringLiteral("cache.sqlite"));
    const QString barePath = dir->filePath(QStringLiteral("bare.sqlite"));
    Ingest ingested;
    {
        cache::Cache cache;
        if (!cache.open(cachePath, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        BareStore bare(barePath);
        if (!ingest(store, account, cache, bare, verbose, ingested)) {
            return 1;
        }
    }
    const double cacheRate = double(ingested.resources) / ingested.cacheSeconds;
    const double bareRate = double(ingested.resources) / ingested.bareSeconds;
    out() << "resources:";
    for (const QString &type : cache::cachedTypes()) {
        out() << ' ' << type << ' ' << thousands(double(ingested.perType.value(type)));
    }
    out() << '\n';
    out() << "ingest: " << thousands(double(ingested.resources)) << " resources in "
          << QString::number(ingested.cacheSeconds, 'f', 2) << " s: " << thousands(cacheRate) << " resources/s (target "
          << thousands(kIngestTarget) << "); CPU " << QString::number(ingested.cacheCpuSeconds, 'f', 2)
          << " s: " << thousands(double(ingested.resources) / ingested.cacheCpuSeconds)
          << " resources per CPU second\n";
    out() << "bare: " << thousands(bareRate) << " resources/s\n";
    out() << "ingest/bare time ratio: " << QString::number(ingested.cacheSeconds / ingested.bareSeconds, 'f', 2)
          << Qt::endl;

    // ---- Size ----
    const qint64 cacheBytes = cache::Cache::sizeOnDisk(cachePath);
    const qint64 bareBytes = cache::Cache::sizeOnDisk(barePath);
    out() << "database: " << QString::number(double(cacheBytes) / 1048576.0, 'f', 1) << " MiB, "
          << cacheBytes / licenses << " bytes per license, all types (target " << kBytesTarget
          << "); bare JSON: " << bareBytes / licenses << " bytes per license\n";
    printSpace(cachePath, licenses);
    out().flush();

    // ---- Search ----
    cache::Cache cache;
    if (!cache.open(cachePath, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QList<Fragment> fragments = sampleFragments(cache, searches);
    QList<double> times;
    QList<double> bareTimes;
    int found = 0;
    int long6 = 0;
    int found6 = 0;
    int crowded6 = 0; // as many hits as asked for, all as good as the sampled resource's: not a miss
    QSqlDatabase bareDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare-read"));
    bareDb.setDatabaseName(barePath);
    bareDb.open();
    QSqlQuery bareSearch(bareDb);
    bareSearch.prepare(QStringLiteral("SELECT id FROM resources WHERE json LIKE ? LIMIT 50"));
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        const Fragment &fragment = fragments.at(i);
        timer.start();
        const QList<cache::SearchHit> hits = cache.search(fragment.text);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        times.append(seconds);
        const bool hit = std::any_of(hits.begin(), hits.end(), [&](const cache::SearchHit &h) {
            return h.id == fragment.id;
        });
        found += hit ? 1 : 0;
        if (fragment.text.size() >= 6) {
            ++long6;
            found6 += hit ? 1 : 0;
            crowded6 += !hit && hits.size() == 50 ? 1 : 0;
            if (!hit && verbose) {
                out() << "  not found: \"" << fragment.text << "\" of " << fragment.type << ' ' << fragment.id << ", "
                      << hits.size() << " hits\n";
            }
        }
        if (verbose && seconds > kSearchTarget / 1000) {
            out() << "  slow search \"" << fragment.text << "\": " << ms(seconds) << ", " << hits.size() << " hits\n";
        }
        // The naive search on a fifth of the fragments: it reads the whole table when few rows match.
        if (i % 5 == 0) {
            timer.start();
            bareSearch.bindValue(0, QString(QLatin1Char('%') + fragment.text + QLatin1Char('%')));
            bareSearch.exec();
            while (bareSearch.next()) {
            }
            bareTimes.append(double(timer.nsecsElapsed()) / 1e9);
        }
    }
    const double searchMedian = median(times);
    out() << "search: " << fragments.size() << " fragments of 3 to 8 characters: median " << ms(searchMedian)
          << ", 90th percentile " << ms(percentile(times, 0.9)) << ", max " << ms(percentile(times, 1.0)) << " (target "
          << kSearchTarget << " ms); the sampled resource among the hits: " << found << " of " << fragments.size()
          << " (" << found6 << " of " << long6 << " fragments of 6 or more characters, " << crowded6
          << " of them with 50 equally good hits)\n";
    out() << "naive search (LIKE over the JSON): median " << ms(median(bareTimes)) << '\n';
    out() << "search/naive time ratio: " << QString::number(searchMedian / qMax(1e-9, median(bareTimes)), 'f', 4)
          << Qt::endl;

    // The licenses page's search box: up to 1,000 hits (ResourceTableModel::kMaxSearchHits), also through the
    // licenses' owners and machines (searchWithRelated), against the licenses' own fields alone.
    QList<double> boxTimes;
    QList<double> ownTimes;
    for (const Fragment &fragment : fragments) {
        timer.start();
        cache.search(fragment.text, {QStringLiteral("licenses")}, 1000);
        ownTimes.append(double(timer.nsecsElapsed()) / 1e9);
        timer.start();
        cache.searchWithRelated(fragment.text, {QStringLiteral("licenses")}, 1000);
        boxTimes.append(double(timer.nsecsElapsed()) / 1e9);
    }
    out() << "licenses page search (up to 1,000 hits, through owners and machines too): median " << ms(median(boxTimes))
          << ", 90th percentile " << ms(percentile(boxTimes, 0.9)) << "; its own fields alone: median "
          << ms(median(ownTimes)) << ", 90th percentile " << ms(percentile(ownTimes, 0.9)) << Qt::endl;

    // ---- First page of sorted, filtered license lists ----
    const QList<cache::Row>
        sample = cache.rows({QStringLiteral("licenses"), {}, QStringLiteral("created"), Qt::DescendingOrder, 0, 1},
                            {QStringLiteral("policy"), QStringLiteral("product")});
    const QString policy = sample.isEmpty() ? QString() : sample.constFirst().values.value(0).toString();
    const QString product = sample.isEmpty() ? QString() : sample.constFirst().values.value(1).toString();
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(30);

    struct PageQuery
    {
        const char *label;
        cache::Query query;
        const char *bareSql; // the same over the bare JSON
        QVariantList bareValues;
    };

    using Op = cache::Filter::Op;
    const QList<PageQuery> pages{
        {"status ACTIVE by expiry",
         {QStringLiteral("licenses"),
          {{QStringLiteral("status"), Op::Equals, QStringLiteral("ACTIVE")}},
          QStringLiteral("expiry"),
          Qt::AscendingOrder,
          0,
          100},
         "json_extract(json, '$.attributes.status') = ? ORDER BY json_extract(json, '$.attributes.expiry')",
         {QStringLiteral("ACTIVE")}},
        {"one policy, newest first",
         {QStringLiteral("licenses"),
          {{QStringLiteral("policy"), Op::Equals, policy}},
          QStringLiteral("created"),
          Qt::DescendingOrder,
          0,
          100},
         "json_extract(json, '$.relationships.policy.data.id') = ? ORDER BY json_extract(json, '$.attributes.created') "
         "DESC",
         {policy}},
        {"one product, EXPIRED, by last validation",
         {QStringLiteral("licenses"),
          {{QStringLiteral("product"), Op::Equals, product},
           {QStringLiteral("status"), Op::Equals, QStringLiteral("EXPIRED")}},
          QStringLiteral("lastValidated"),
          Qt::DescendingOrder,
          0,
          100},
         "json_extract(json, '$.relationships.product.data.id') = ? AND json_extract(json, '$.attributes.status') = ? "
         "ORDER BY json_extract(json, '$.attributes.lastValidated') DESC",
         {product, QStringLiteral("EXPIRED")}},
        {"expiring within 30 days",
         {QStringLiteral("licenses"),
          {{QStringLiteral("expiry"), Op::Less, soon},
           {QStringLiteral("status"), Op::Equals, QStringLiteral("ACTIVE")}},
          QStringLiteral("expiry"),
          Qt::AscendingOrder,
          0,
          100},
         "json_extract(json, '$.attributes.expiry') < ? AND json_extract(json, '$.attributes.status') = ? ORDER BY "
         "json_extract(json, '$.attributes.expiry')",
         {soon.toString(Qt::ISODateWithMs), QStringLiteral("ACTIVE")}},
        {"owner email starting with \"m\", by email",
         {QStringLiteral("licenses"),
          {{QStringLiteral("ownerEmail"), Op::StartsWith, QStringLiteral("m")}},
          QStringLiteral("ownerEmail"),
          Qt::AscendingOrder,
          0,
          100},
         nullptr,
         {}},
        {"not suspended, by name, third page",
         {QStringLiteral("licenses"),
          {{QStringLiteral("suspended"), Op::Equals, false}},
          QStringLiteral("name"),
          Qt::AscendingOrder,
          200,
          100},
         "json_extract(json, '$.attributes.suspended') = 0 ORDER BY json_extract(json, '$.attributes.name') LIMIT 100 "
         "OFFSET 200",
         {}},
    };
    const QStringList columns{QStringLiteral("key"),
                              QStringLiteral("name"),
                              QStringLiteral("status"),
                              QStringLiteral("expiry"),
                              QStringLiteral("ownerEmail"),
                              QStringLiteral("machineCount"),
                              QStringLiteral("lastValidated")};
    QList<double> pageTimes;
    QList<double> barePageTimes;
    bool pagesOk = true;
    for (const PageQuery &page : pages) {
        QList<double> runs;
        qsizetype rows = 0;
        for (int run = 0; run < 5; ++run) {
            timer.start();
            rows = cache.rows(page.query, columns).size();
            runs.append(double(timer.nsecsElapsed()) / 1e9);
        }
        timer.start();
        const qint64 count = cache.count(page.query.type, page.query.filters);
        const double countSeconds = double(timer.nsecsElapsed()) / 1e9;
        pageTimes.append(median(runs));
        pagesOk = pagesOk && (rows > 0 || count == 0);
        out() << "  " << QString::fromLatin1(page.label).leftJustified(44) << " first page " << ms(median(runs)) << " ("
              << rows << " rows; first run " << ms(runs.constFirst()) << "), count " << ms(countSeconds) << " ("
              << thousands(double(count)) << ")";
        if (page.bareSql) {
            QSqlQuery bare(bareDb);
            QString sql = QStringLiteral("SELECT id FROM resources WHERE type = 'licenses' AND ")
                        + QLatin1String(page.bareSql);
            if (!sql.contains(QLatin1String("LIMIT"))) {
                sql += QStringLiteral(" LIMIT 100");
            }
            bare.prepare(sql);
            for (const QVariant &value : page.bareValues) {
                bare.addBindValue(value);
            }
            timer.start();
            bare.exec();
            while (bare.next()) {
            }
            barePageTimes.append(double(timer.nsecsElapsed()) / 1e9);
            out() << "; naive " << ms(barePageTimes.constLast());
        }
        out() << '\n';
    }
    const double pageMedian = median(pageTimes);
    out() << "first page: median over the queries " << ms(pageMedian) << ", slowest " << ms(percentile(pageTimes, 1.0))
          << " (target " << kPageTarget << " ms)\n";
    out() << "first page/naive time ratio: " << QString::number(pageMedian / qMax(1e-9, median(barePageTimes)), 'f', 4)
          << Qt::endl;
    bareDb.close();
    bareSearch = QSqlQuery();
    bareDb = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bare-read"));

    if (licenses == 1000000) {
        const auto verdict = [](bool met) {
            return met ? QStringLiteral("met") : QStringLiteral("missed");
        };
        out() << "targets: ingest " << verdict(cacheRate >= kIngestTarget) << ", search "
              << verdict(searchMedian * 1000 <= kSearchTarget) << ", first page "
              << verdict(percentile(pageTimes, 1.0) * 1000 <= kPageTarget) << ", size "
              << verdict(double(cacheBytes) / double(licenses) <= kBytesTarget) << Qt::endl;
    }
    const bool ok = ingested.resources > licenses && pagesOk && found6 + crowded6 == long6;
    if (!ok) {
        std::fprintf(stderr,
                     "the run did not work: %d of %d long fragments found, pages %s\n",
                     found6,
                     long6,
                     pagesOk ? "ok" : "empty");
    }
    return ok ? 0 : 1;
}
