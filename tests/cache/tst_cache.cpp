// The local cache: opening (creation with mode 0600, WAL, migrations, refusal of newer, foreign, damaged and
// non-SQLite files), resources kept whole as Keygen sent them, the indexed columns of every type (also the ones
// copied from another resource), windows with sorting, filters and offsets, counts, relationships, full-text search
// (fragments, case, which field, ranking, short text), sync passes (pages, deletions, state, failed pages, grouped
// commits) and forgetting. The data is the sandbox's demo seed, rendered as Keygen sends it.

#include "app/api/jsontext.h"
#include "app/cache/cache.h"
#include "app/cache/csv.h"
#include "app/cache/searchindex.h"
#include "app/cache/storedform.h"
#include "app/licensing/crypto.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

using namespace keydesk;
using namespace keydesk::cache;

namespace {

// Cache commits a group of sync pages once it is a second old (cache.cpp): checks that a group is still open right
// after a page hold only when the page took less.
constexpr qint64 kGroupAgeMs = 900;

constexpr qint64 kLicenses = 150;

// Records every end of a transaction of `cache` in `ends` (empty for a commit, the reason for a rollback) while
// the returned guard lives. `ends` lives in the test function: the observer goes with it, also when a check fails.
auto recordEnds(Cache &cache, QStringList &ends)
{
    cache.setCommitObserver([&ends](const QString &reason) {
        ends.append(reason);
    });
    return qScopeGuard([&cache] {
        cache.setCommitObserver({});
    });
}

// The connection a Cache opened (white-box: pragmas are per connection).
QSqlDatabase cacheConnection()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("keydesk-cache-")) && QSqlDatabase::database(name, false).isOpen()) {
            return QSqlDatabase::database(name, false);
        }
    }
    return {};
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next()) {
        return query.value(0);
    }
    return {};
}

// A plain connection of the test's own to a database file.
class Connection
{
public:
    explicit Connection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-plain"));
        db.setDatabaseName(path);
        db.open();
    }

    ~Connection()
    {
        QSqlDatabase::database(QStringLiteral("test-plain"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("test-plain"));
    }

    QSqlDatabase db() const { return QSqlDatabase::database(QStringLiteral("test-plain"), false); }
};

api::Resource parse(const char *json)
{
    QString error;
    const auto resource = api::Resource::fromJson(QJsonDocument::fromJson(json).object(), &error);
    Q_ASSERT_X(resource, "parse", qPrintable(error));
    return *resource;
}

// The resources as sync gets them: read from an answer, each with its text (Resource::sourceText), which the cache
// encodes from. `indented`: a server that writes whitespace between tokens.
QList<api::Resource> answered(const QList<api::Resource> &resources, bool indented = false)
{
    QJsonArray data;
    for (const api::Resource &resource : resources) {
        data.append(resource.toJson());
    }
    const QByteArray answer = QJsonDocument(QJsonObject{{QStringLiteral("data"), data}})
                                  .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
    const auto document = api::Document::parse(answer);
    Q_ASSERT(document && document->resources().size() == resources.size());
    for (const api::Resource &resource : document->resources()) {
        Q_ASSERT(!resource.sourceText().isEmpty());
    }
    return document->resources();
}

// A resource read from an answer that holds it as `text`.
api::Resource fromAnswer(const char *text)
{
    const QByteArray answer = QByteArray("{\"data\":[") + text + "]}";
    const auto document = api::Document::parse(answer);
    Q_ASSERT(document && !document->resources().constFirst().sourceText().isEmpty());
    return document->resources().constFirst();
}

QVariant attributeValue(const api::Resource &resource, const Column &column)
{
    const QJsonValue value = resource.attribute(column.name);
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    switch (column.kind) {
    case Column::Kind::Timestamp:
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    case Column::Kind::Boolean:
        return value.toBool();
    case Column::Kind::Integer:
        return value.toInteger();
    default:
        return value.toString();
    }
}

bool sameVariant(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() == b.isNull();
    }
    if (a.typeId() == QMetaType::QDateTime || b.typeId() == QMetaType::QDateTime) {
        return a.toDateTime() == b.toDateTime();
    }
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool) {
        return a.toBool() == b.toBool();
    }
    if (a.typeId() == QMetaType::LongLong || b.typeId() == QMetaType::LongLong) {
        return a.toLongLong() == b.toLongLong();
    }
    return a.toString() == b.toString();
}

// SQLite's order for a column's values: nulls first, numbers, then text (case-insensitively for NOCASE columns).
int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() == b.isNull() ? 0 : (a.isNull() ? -1 : 1);
    }
    if (a.typeId() == QMetaType::QString) {
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
    }
    if (a.typeId() == QMetaType::QDateTime) {
        return a.toDateTime() < b.toDateTime() ? -1 : (a.toDateTime() == b.toDateTime() ? 0 : 1);
    }
    return a.toLongLong() < b.toLongLong() ? -1 : (a.toLongLong() == b.toLongLong() ? 0 : 1);
}

// An SQLite database without tables, with pages of `pageSize` bytes: what a cache file is before Keydesk's schema.
void createEmptyDatabase(const QString &path, int pageSize)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    Connection plain(path);
    QSqlQuery query(plain.db());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_size = %1").arg(pageSize)));
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void openCreatesMigratesAndReopens();
    void fileModeIsOwnerOnly();
    void walAndForeignKeys();
    void pageSizeOfNewAndOlderFiles();
    void refusesNewerSchema();
    void refusesForeignDatabase();
    void refusesNonSqliteFile();
    void damagedFileGivesErrorsNotCrashes();
    void pathForProfiles();

    void resourcesComeBackAsSent_data();
    void resourcesComeBackAsSent();
    void keepsUnknownAttributes_data();
    void keepsUnknownAttributes();
    void removalTakesTheTextOutOfTheIndex();
    void memberWrittenTwiceIsStoredAsQtReadsIt();
    void metadataTextIsReadAsQtReadsIt_data();
    void metadataTextIsReadAsQtReadsIt();
    void metadataTextOfRandomObjects();
    void upsertReplacesOlderCopies();
    void indexedColumnsOfEveryType_data();
    void indexedColumnsOfEveryType();
    void ownerEmailFollowsTheUser();
    void windows_data();
    void windows();
    void sortedWindowsAreReadFromAnIndex();
    void filtersAndCounts_data();
    void filtersAndCounts();
    void related_data();
    void related();

    void searchFindsFragments_data();
    void searchFindsFragments();
    void searchRanksAndReportsFields();
    void searchShortText();
    void searchWithRelatedFindsTheCustomer();
    void searchWithRelatedRanksDirectHitsFirst();
    void searchFollowsChanges();
    void searchIndexCatchesUpAfterACrash();
    void damagedSearchIndexIsBuiltAgain();

    void syncPassRemovesUnseen();
    void pageCacheShrinksAfterThePages();
    void firstSyncBuildsIndexesAtTheEnd();
    void syncStatePersists();
    void failedPageLeavesNothing();
    void databaseFailureRollsBackTheGroup();
    void pagesAreCommittedInGroups();
    void commitObserverHearsEveryEnd();
    void finishPassChecksThePass();
    void forgetDeletesEverything();
    void distinctValuesOfATextColumn();
    void csvCellsForSpreadsheets_data();
    void csvCellsForSpreadsheets();

private:
    void fill(Cache &cache);
    QList<api::Resource> all() const;
    api::Resource find(const QString &type, const std::function<bool(const api::Resource &)> &predicate) const;

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, QList<api::Resource>> m_resources; // by type, in sync order (newest first)
    std::unique_ptr<Cache> m_cache;
};

namespace {

// The odd license of keepsUnknownAttributes(), as a server might write it. (After the class: moc misreads the
// escapes of this raw string, and would not find the class after it.)
const char *oddLicense()
{
    return R"json({
        "id": "4e7c2d5a-3f1b-4c8e-9a6d-2b1f0e9c8d7a", "type": "licenses",
        "attributes": {"name": "Odd", "key": "ODD-KEY", "status": "ACTIVE", "expiry": "2026-02-30T00:00:00Z",
                       "uses": 2.5, "suspended": "no", "maxMachines": null, "lastValidated": null,
                       "created": "2024-01-02T03:04:05.678Z", "updated": "2024-01-02T03:04:05+00:00",
                       "lastCheckIn": "2024\u002d01-02T03:04:05.678Z",
                       "futureAttribute": {"nested": [1, 2.25, "three", null, true, 1e3, 2.50]},
                       "permissions": ["license.read", "license.validate", "machine.create"],
                       "metadata": {"customerId": "C-1", "tags": ["a", "b"], "deep": {"level": {"x": 1}},
                                    "zeta": 2.50, "alpha": "Gr\u00fc\u00dfe \/ first", "big": 9007199254740993},
                       "emptyText": "", "unicode": "Grüße \u2603 \"quoted\" \\ back\nslash\t",
                       "escaped\u0041ttribute": "\ud83d\ude00"},
        "relationships": {
            "account": {"data": {"type": "accounts", "id": "acme"}, "links": {"related": "/v1/accounts/acme"}},
            "policy": {"data": {"type": "policies", "id": "not-a-uuid"}, "links": {"related": "/elsewhere"}},
            "owner": {"data": {"type": "people", "id": "8f1c2d5a-3f1b-4c8e-9a6d-2b1f0e9c8d7a"}},
            "group": {"data": null, "links": {"related": "/v1/accounts/acme/licenses/4e7c2d5a-3f1b-4c8e-9a6d-2b1f0e9c8d7a/group", "other": "x"}},
            "product": {"data": {"type": "products", "id": "5e7c2d5a-3f1b-4c8e-9a6d-2b1f0e9c8d7a", "meta": {"x": 1}}},
            "machines": {"links": {"related": "/v1/accounts/acme/licenses/4e7c2d5a-3f1b-4c8e-9a6d-2b1f0e9c8d7a/machines"},
                         "meta": {"cores": 4, "count": 3}},
            "futureRelationship": {"data": [{"type": "things", "id": "1"}]},
            "weird": null
        },
        "links": {"self": "/v1/accounts/acme/licenses/4e7c2d5a-3f1b-4c8e-9a6d-2b1f0e9c8d7a", "extra": "/x"},
        "meta": {"note": "kept"}
    })json";
}

} // namespace

void TestCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Realistic resources: the sandbox's demo seed, rendered as Keygen sends them.
    sandbox::SandboxStore store;
    QString error;
    QVERIFY2(store.open(QStringLiteral(":memory:"), &error), qPrintable(error));
    const QString now = sandbox::timestamp();
    const sandbox::Account account{sandbox::newUuid(),
                                   QStringLiteral("acme"),
                                   QStringLiteral("Acme"),
                                   now,
                                   now,
                                   crypto::PrivateKey::generate(crypto::KeyType::Ed25519).pem(),
                                   crypto::PrivateKey::generate(crypto::KeyType::Rsa).pem(),
                                   crypto::PrivateKey::generate(crypto::KeyType::EcdsaP256).pem()};
    QVERIFY(store.insertAccount(account));
    QVERIFY2(sandbox::seedDemoData(store, account, kLicenses, &error), qPrintable(error));
    for (const sandbox::ResourceSpec *spec : sandbox::allResourceSpecs()) {
        if (!cachedTypes().contains(spec->type)) {
            continue;
        }
        sandbox::ListQuery query;
        query.accountId = account.id;
        query.type = spec->type;
        query.limit = 100000;
        const QList<sandbox::StoredResource> rows = store.list(query);
        const sandbox::RelatedTotals totals = sandbox::relatedTotals(store, *spec, rows);
        for (const sandbox::StoredResource &row : rows) {
            const auto resource = api::Resource::fromJson(sandbox::serialize(store, *spec, row, &totals), &error);
            QVERIFY2(resource, qPrintable(error));
            m_resources[spec->type].append(*resource);
        }
    }
    for (const QString &type : cachedTypes()) {
        QVERIFY2(!m_resources.value(type).isEmpty(), qPrintable(type));
    }
}

void TestCache::init()
{
    m_path = m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + QStringLiteral("/")
                            + QLatin1String(QTest::currentDataTag()) + QStringLiteral("cache.sqlite"));
    Cache::forget(m_path);
    m_cache = std::make_unique<Cache>();
}

void TestCache::cleanup()
{
    m_cache.reset();
}

void TestCache::fill(Cache &cache)
{
    QString error;
    for (const QString &type : cachedTypes()) {
        QVERIFY2(cache.upsert(m_resources.value(type), &error), qPrintable(error));
    }
}

QList<api::Resource> TestCache::all() const
{
    QList<api::Resource> resources;
    for (const QString &type : cachedTypes()) {
        resources += m_resources.value(type);
    }
    return resources;
}

api::Resource TestCache::find(const QString &type, const std::function<bool(const api::Resource &)> &predicate) const
{
    for (const api::Resource &resource : m_resources.value(type)) {
        if (predicate(resource)) {
            return resource;
        }
    }
    return {};
}

// ---- Opening ----------------------------------------------------------------------------------------------------

void TestCache::openCreatesMigratesAndReopens()
{
    QString error;
    QVERIFY(!QFileInfo::exists(m_path));
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QVERIFY(m_cache->isOpen());
    QCOMPARE(m_cache->path(), m_path);
    QVERIFY(Cache::currentSchemaVersion() >= 1);
    QCOMPARE(m_cache->schemaVersion(), Cache::currentSchemaVersion());
    QCOMPARE(scalar(cacheConnection(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
             Cache::currentSchemaVersion());
    for (const QString &type : cachedTypes()) {
        QCOMPARE(m_cache->count(type), 0);
    }
    m_cache->close();
    QVERIFY(!m_cache->isOpen());
    QVERIFY(cacheConnection().connectionName().isEmpty()); // the connection is removed

    // Reopening keeps the data and does not migrate again.
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QVERIFY(m_cache->upsert(m_resources.value(QStringLiteral("products")), &error));
    m_cache->close();
    Cache again;
    QVERIFY2(again.open(m_path, &error), qPrintable(error));
    QCOMPARE(again.schemaVersion(), Cache::currentSchemaVersion());
    QCOMPARE(again.count(QStringLiteral("products")), qint64(m_resources.value(QStringLiteral("products")).size()));

    // An empty file (what open() creates before SQLite writes) is a new database.
    again.close();
    QFile::remove(m_path);
    QFile empty(m_path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QVERIFY2(again.open(m_path, &error), qPrintable(error));
    QCOMPARE(again.schemaVersion(), Cache::currentSchemaVersion());

    // A version 1 cache (before the indexes of a product's or policy's licenses by status, with an index of product
    // and one of policy, with its full-text index in the cache file) gets the indexes, loses the two it no longer
    // needs, and keeps its rows; a count of a product's expired licenses then reads that index. Its full-text index is
    // built again in a file of its own, and finds what it found before.
    const QList<api::Resource> licenses = m_resources.value(QStringLiteral("licenses"));
    QVERIFY(again.upsert(m_resources.value(QStringLiteral("products")), &error));
    QVERIFY(again.upsert(licenses, &error));
    const QString product = licenses.constFirst().relatedId(QStringLiteral("product"));
    const QList<Filter> filters{{QStringLiteral("product"), Filter::Op::Equals, product},
                                {QStringLiteral("status"), Filter::Op::Equals, QStringLiteral("ACTIVE")}};
    const qint64 active = again.count(QStringLiteral("licenses"), filters);
    const QString key = licenses.constFirst().stringAttribute(QStringLiteral("key"));
    const QList<SearchHit> before = again.search(key.mid(3, 6));
    QVERIFY(!before.isEmpty());
    for (const char *statement :
         {"DROP INDEX licenses_product_status",
          "DROP INDEX licenses_policy_status",
          "CREATE INDEX licenses_product ON licenses(product)",
          "CREATE INDEX licenses_policy ON licenses(policy)",
          "DROP TABLE search_queue",
          "DROP TABLE search_origin",
          "CREATE VIRTUAL TABLE main.search USING fts5(text, content='', detail=none, columnsize=0,"
          " tokenize='trigram')",
          "UPDATE schema_version SET version = 1"}) {
        QSqlQuery query(cacheConnection());
        QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
    }
    const QString indexes = QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                           "('licenses_product_status', 'licenses_policy_status')");
    QCOMPARE(scalar(cacheConnection(), indexes).toInt(), 0);
    again.close();
    for (const QString &file : searchIndexFiles(m_path)) {
        QFile::remove(file);
    }
    QVERIFY2(again.open(m_path, &error), qPrintable(error));
    QCOMPARE(again.schemaVersion(), Cache::currentSchemaVersion());
    QCOMPARE(scalar(cacheConnection(), indexes).toInt(), 2);
    // Version 5: product and policy have no index of their own; the composites lead with them.
    QCOMPARE(scalar(cacheConnection(),
                    QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('licenses_product', "
                                   "'licenses_policy')"))
                 .toInt(),
             0);
    QCOMPARE(again.count(QStringLiteral("licenses")), qint64(licenses.size()));
    QCOMPARE(again.count(QStringLiteral("licenses"), filters), active);
    QSqlQuery plan(cacheConnection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM licenses WHERE product = x'00' AND "
                                     "status = 'EXPIRED'")));
    QString detail;
    while (plan.next()) {
        detail += plan.value(3).toString();
    }
    QVERIFY2(detail.contains(QLatin1String("licenses_product_status")), qPrintable(detail));
    QCOMPARE(scalar(cacheConnection(), QStringLiteral("SELECT COUNT(*) FROM main.sqlite_master WHERE name = 'search'"))
                 .toInt(),
             0);
    QVERIFY(QFileInfo::exists(searchIndexPath(m_path)));
    QVERIFY(again.flush(&error)); // the index has caught up
    QCOMPARE(again.search(key.mid(3, 6)).size(), before.size());
    // It merges its segments 16 at a time (FTS5's default is 4: version 3).
    QCOMPARE(scalar(cacheConnection(), QStringLiteral("SELECT v FROM fts.search_config WHERE k = 'automerge'")).toInt(),
             16);
}

void TestCache::fileModeIsOwnerOnly()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QVERIFY(m_cache->upsert(m_resources.value(QStringLiteral("users")).mid(0, 5), &error));
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                      | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    // The cache, and its full-text index's file (which holds the same keys and emails), each with its WAL.
    for (const QString &file : {m_path, searchIndexPath(m_path)}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QFileInfo info(file + suffix);
            QVERIFY2(info.exists(), qPrintable(info.filePath()));
            QCOMPARE(info.permissions() & (ownerOnly | others), ownerOnly);
        }
    }
    // A file made readable by others meanwhile is tightened when opened.
    m_cache->close();
    QVERIFY(QFile::setPermissions(m_path, ownerOnly | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QCOMPARE(QFileInfo(m_path).permissions() & (ownerOnly | others), ownerOnly);
}

void TestCache::walAndForeignKeys()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    const QSqlDatabase db = cacheConnection();
    QVERIFY(db.isOpen());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
}

void TestCache::pageSizeOfNewAndOlderFiles()
{
    // A new cache and its full-text index's file have 16 KiB pages.
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QCOMPARE(scalar(cacheConnection(), QStringLiteral("PRAGMA main.page_size")).toInt(), 16384);
    QCOMPARE(scalar(cacheConnection(), QStringLiteral("PRAGMA fts.page_size")).toInt(), 16384);
    m_cache->close();

    // Files written by an earlier Keydesk have SQLite's 4 KiB pages, and keep them: everything works as before.
    QVERIFY(Cache::forget(m_path, &error));
    createEmptyDatabase(m_path, 4096);
    createEmptyDatabase(searchIndexPath(m_path), 4096);
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QCOMPARE(scalar(cacheConnection(), QStringLiteral("PRAGMA main.page_size")).toInt(), 4096);
    QCOMPARE(scalar(cacheConnection(), QStringLiteral("PRAGMA fts.page_size")).toInt(), 4096);
    fill(*m_cache);
    const QList<api::Resource> licenses = m_resources.value(QStringLiteral("licenses"));
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), qint64(licenses.size()));
    const QString key = licenses.constLast().stringAttribute(QStringLiteral("key"));
    QVERIFY(m_cache->flush(&error));
    const QList<SearchHit> hits = m_cache->search(key.mid(2, 7));
    QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &hit) {
        return hit.id == licenses.constLast().id();
    }));
}

void TestCache::refusesNewerSchema()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    m_cache->close();
    {
        Connection plain(m_path);
        QSqlQuery(plain.db()).exec(QStringLiteral("UPDATE schema_version SET version = 999"));
    }
    QVERIFY(!m_cache->open(m_path, &error));
    QVERIFY2(error.contains(QLatin1String("newer version of Keydesk")), qPrintable(error));
    QVERIFY(!m_cache->isOpen());
    QCOMPARE(m_cache->lastError(), error);
}

void TestCache::refusesForeignDatabase()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    {
        Connection plain(m_path);
        QSqlQuery(plain.db()).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)"));
    }
    QString error;
    QVERIFY(!m_cache->open(m_path, &error));
    QVERIFY2(error.contains(QLatin1String("not a Keydesk cache")), qPrintable(error));
    // Nothing was added to someone else's database.
    Connection plain(m_path);
    QCOMPARE(scalar(plain.db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt(), 1);
}

void TestCache::refusesNonSqliteFile()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QRandomGenerator random(3);
    QByteArray junk(64 * 1024, Qt::Uninitialized);
    for (char &c : junk) {
        c = char(random.bounded(256));
    }
    file.write("This is a license file, not a database.\n" + junk);
    file.close();
    QString error;
    QVERIFY(!m_cache->open(m_path, &error));
    QVERIFY2(error.contains(QLatin1String("not a Keydesk cache")), qPrintable(error));
    QVERIFY2(error.contains(m_path), qPrintable(error));
    QVERIFY(!m_cache->isOpen());
    // Reads and writes on a cache that is not open answer nothing, and say why.
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), 0);
    QVERIFY(m_cache->rows({QStringLiteral("licenses")}, {QStringLiteral("key")}).isEmpty());
    QVERIFY(m_cache->search(QStringLiteral("abc")).isEmpty());
    QVERIFY(!m_cache->upsert(m_resources.value(QStringLiteral("products")), &error));
    QVERIFY(!error.isEmpty());
    // Forgetting it removes it; then a new cache can be made there.
    QVERIFY(Cache::forget(m_path, &error));
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
}

void TestCache::damagedFileGivesErrorsNotCrashes()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    m_cache->close();
    // Overwrite every page but the first (the header stays valid) with garbage.
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 64 * 1024);
    QRandomGenerator random(7);
    for (qint64 at = 4096; at < size; at += 4096) {
        QByteArray page(4096, Qt::Uninitialized);
        for (char &c : page) {
            c = char(random.bounded(256));
        }
        file.seek(at);
        file.write(page);
    }
    file.close();
    if (m_cache->open(m_path, &error)) {
        // Opened (the damage was not on the pages it read): every read and write reports it, none crashes.
        const qint64 count = m_cache->count(QStringLiteral("licenses"));
        const auto rows = m_cache->rows({QStringLiteral("licenses")}, {QStringLiteral("key")});
        const auto hits = m_cache->search(QStringLiteral("CUS-"));
        const bool wrote = m_cache->upsert(m_resources.value(QStringLiteral("licenses")), &error);
        QVERIFY(count == 0 || !rows.isEmpty() || !hits.isEmpty() || !wrote);
        QVERIFY(!m_cache->lastError().isEmpty());
        QVERIFY2(m_cache->lastError().contains(QLatin1String("damaged"))
                     || m_cache->lastError().contains(QLatin1String("could not")),
                 qPrintable(m_cache->lastError()));
    } else {
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY(!m_cache->isOpen());
    }
}

void TestCache::pathForProfiles()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    const QString plain = Cache::pathFor(QStringLiteral("Production"));
    QCOMPARE(plain, base + QStringLiteral("/keydesk/Production.sqlite"));
    const QString withEnvironment = Cache::pathFor(QStringLiteral("Production"), QStringLiteral("staging"));
    QCOMPARE(withEnvironment, base + QStringLiteral("/keydesk/Production@staging.sqlite"));
    // Any profile name gives a file name of its own in the same folder.
    const QString odd = Cache::pathFor(QStringLiteral("Acme / Prod: ünï@x"), QStringLiteral("a/b"));
    QCOMPARE(QFileInfo(odd).absolutePath(), base + QStringLiteral("/keydesk"));
    QVERIFY(!QFileInfo(odd).fileName().contains(QLatin1Char('/')));
    QVERIFY(odd != Cache::pathFor(QStringLiteral("Acme / Prod: ünï"), QStringLiteral("x@a/b")));
    QVERIFY(Cache::pathFor(QStringLiteral("a@b")) != Cache::pathFor(QStringLiteral("a"), QStringLiteral("b")));
    QStandardPaths::setTestModeEnabled(false);
}

// ---- Storing and reading ----------------------------------------------------------------------------------------

void TestCache::resourcesComeBackAsSent_data()
{
    QTest::addColumn<bool>("fromAnswers");
    QTest::newRow("built in code") << false;
    QTest::newRow("read from answers") << true; // encoded from their text, as a sync's
}

void TestCache::resourcesComeBackAsSent()
{
    QFETCH(bool, fromAnswers);
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    if (fromAnswers) {
        for (const QString &type : cachedTypes()) {
            QVERIFY2(m_cache->upsert(answered(m_resources.value(type)), &error), qPrintable(error));
        }
    } else {
        fill(*m_cache);
    }
    for (const api::Resource &resource : all()) {
        const std::optional<api::Resource> cached = m_cache->resource(resource.type(), resource.id());
        QVERIFY2(cached, qPrintable(resource.type() + QLatin1Char(' ') + resource.id()));
        if (!(*cached == resource)) {
            qWarning().noquote() << QJsonDocument(resource.toJson()).toJson(QJsonDocument::Compact);
            qWarning().noquote() << QJsonDocument(cached->toJson()).toJson(QJsonDocument::Compact);
        }
        QVERIFY(*cached == resource);
    }
    for (const QString &type : cachedTypes()) {
        QCOMPARE(m_cache->count(type), qint64(m_resources.value(type).size()));
    }
    // Also through a window, and after reopening (the shared values are read back from the database).
    m_cache->close();
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    const QList<api::Resource> window = m_cache->resources(
        {QStringLiteral("licenses"), {}, QStringLiteral("created"), Qt::DescendingOrder, 0, 1000});
    QCOMPARE(window.size(), m_resources.value(QStringLiteral("licenses")).size());
    for (const api::Resource &resource : window) {
        QVERIFY(*m_cache->resource(QStringLiteral("licenses"), resource.id()) == resource);
    }
    QVERIFY(!m_cache->resource(QStringLiteral("licenses"), QStringLiteral("no-such-id")));
    QVERIFY(!m_cache->resource(QStringLiteral("widgets"), window.constFirst().id()));
}

void TestCache::keepsUnknownAttributes_data()
{
    QTest::addColumn<int>("form");
    QTest::newRow("built in code") << 0;
    QTest::newRow("read from a compact answer") << 1;
    QTest::newRow("read from an indented answer") << 2;
    QTest::newRow("read as the server wrote it") << 3; // escapes Qt would not write, numbers as 2.50 and 1e3
}

void TestCache::keepsUnknownAttributes()
{
    QFETCH(int, form);
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    // A license from a later API version, with odd shapes where Keygen might surprise us: every one comes back.
    const api::Resource odd = parse(oddLicense());
    const api::Resource written = form == 0 ? odd
                                : form < 3  ? answered({odd}, form == 2).constFirst()
                                            : fromAnswer(oddLicense());
    QVERIFY(written == odd);
    QCOMPARE(written.sourceText().isEmpty(), form == 0);
    QVERIFY2(m_cache->upsert({written}, &error), qPrintable(error));
    const auto cached = m_cache->resource(QStringLiteral("licenses"), odd.id());
    QVERIFY(cached);
    if (!(*cached == odd)) {
        qWarning().noquote() << QJsonDocument(cached->toJson()).toJson(QJsonDocument::Compact);
    }
    QVERIFY(*cached == odd);
    // The columns hold what they can: the text of an odd timestamp is kept as sent, but sorting uses it.
    const QList<Row> rows = m_cache->rows({QStringLiteral("licenses")},
                                          {QStringLiteral("machineCount"),
                                           QStringLiteral("updated"),
                                           QStringLiteral("policy"),
                                           QStringLiteral("owner"),
                                           QStringLiteral("suspended")});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().values.at(0).toLongLong(), 3);
    QCOMPARE(rows.constFirst().values.at(1).toDateTime(), QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(rows.constFirst().values.at(2).toString(), QStringLiteral("not-a-uuid"));
    QCOMPARE(rows.constFirst().values.at(3).toString(), QStringLiteral("8f1c2d5a-3f1b-4c8e-9a6d-2b1f0e9c8d7a"));
    QVERIFY(rows.constFirst().values.at(4).isNull()); // "no" is not a boolean
    QCOMPARE(m_cache->count(QStringLiteral("licenses"),
                            {{QStringLiteral("policy"), Filter::Op::Equals, QStringLiteral("not-a-uuid")}}),
             1);

    // A resource without an id cannot be cached; types the cache does not keep are skipped.
    QVERIFY(!m_cache->upsert({api::Resource(QStringLiteral("licenses"))}, &error));
    QVERIFY2(error.contains(QLatin1String("without an id")), qPrintable(error));
    QVERIFY2(m_cache->upsert({api::Resource(QStringLiteral("tokens"), QStringLiteral("t1"))}, &error),
             qPrintable(error));
}

void TestCache::removalTakesTheTextOutOfTheIndex()
{
    // The full-text index keeps no text (contentless): a removal must give it the very text the row was indexed
    // with, which the cache derives again from the stored row. Rows encoded from a server's text, with values Qt
    // writes differently (escapes, 2.50, metadata keys out of order), must derive the same text.
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    const auto terms = [] {
        QSqlQuery query(cacheConnection());
        if (!query.exec(
                QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(fts, search, row)"))
            || !query.exec(QStringLiteral("SELECT count(*), coalesce(sum(doc), 0) FROM temp.terms")) || !query.next()) {
            qWarning() << query.lastError().text();
            return qint64(-1);
        }
        return query.value(0).toLongLong() + query.value(1).toLongLong();
    };
    QCOMPARE(terms(), 0);
    const api::Resource odd = fromAnswer(oddLicense());
    QList<api::Resource> licenses = answered(m_resources.value(QStringLiteral("licenses")));
    licenses.append(odd);
    QVERIFY2(m_cache->upsert(licenses, &error), qPrintable(error));
    QVERIFY(terms() > 0);
    QCOMPARE(m_cache->search(QStringLiteral("first"), {QStringLiteral("licenses")}).size(), 1); // an escaped "/"
    // Changed and removed one by one: each change takes the old text out and puts the new one in.
    api::Resource renamed = m_resources.value(QStringLiteral("licenses")).constFirst();
    renamed.setAttribute(QStringLiteral("name"), QStringLiteral("Renamed"));
    QVERIFY2(m_cache->upsert(answered({renamed}), &error), qPrintable(error));
    for (const api::Resource &license : std::as_const(licenses)) {
        QVERIFY2(m_cache->remove(QStringLiteral("licenses"), license.id(), &error), qPrintable(error));
    }
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), 0);
    QCOMPARE(terms(), 0);
}

void TestCache::memberWrittenTwiceIsStoredAsQtReadsIt()
{
    // A resource's text with "attributes" twice: Qt keeps the last, and so does the cache.
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    const api::Resource twice = fromAnswer(R"({"type": "licenses", "id": "4e7c2d5a-3f1b-4c8e-9a6d-2b1f0e9c8d7a",
        "attributes": {"name": "First", "key": "K-1"}, "attributes": {"name": "Second", "key": "K-2"}})");
    QVERIFY2(m_cache->upsert({twice}, &error), qPrintable(error));
    const auto cached = m_cache->resource(QStringLiteral("licenses"), twice.id());
    QVERIFY(cached);
    QVERIFY(*cached == twice);
    const QString key = twice.stringAttribute(QStringLiteral("key"));
    QCOMPARE(m_cache->search(key.right(3)).value(0).id, twice.id());
}

void TestCache::metadataTextIsReadAsQtReadsIt_data()
{
    QTest::addColumn<QByteArray>("metadata");
    QTest::newRow("keys out of order") << QByteArray(R"({"zeta": "z", "alpha": "a", "Mid": "m", "_x": "u"})");
    QTest::newRow("key written twice") << QByteArray(R"({"b": "first", "a": "x", "b": "second"})");
    QTest::newRow("key twice, other kinds") << QByteArray(R"({"k": {"n": "deep"}, "k": [1, 2], "j": null})");
    QTest::newRow("escaped keys") << QByteArray(R"({"\u0062": "escaped b", "a": "plain a", "c\"q": "quote"})");
    QTest::newRow("same key escaped and plain") << QByteArray(R"({"b": "plain", "\u0062": "escaped"})");
    QTest::newRow("non-ASCII keys") << QByteArray(R"({"é": "e acute", "z": "zed", "Ω": "omega", "ä": "a umlaut"})");
    QTest::newRow("beyond the BMP") << QByteArray(
        R"({"😀": "emoji", "\uE000": "private use", "\uFFFD": "replacement", "\uD83D\uDE00x": "emoji x"})");
    QTest::newRow("numbers") << QByteArray(R"({"a": 1.0, "b": 2.50, "c": 1e3, "d": -0, "e": 0.1, "f": -12,
        "g": 12345678901234567890, "h": -9223372036854775808, "i": 9007199254740993, "j": 1.5e300, "k": 5e-324})");
    QTest::newRow("strings") << QByteArray(R"({"a": "line\nbreak", "b": "tab\t", "c": "\u00e9t\u00e9", "d": "",
        "e": "\/slash", "f": "😀"})");
    QTest::newRow("flags and nulls") << QByteArray(R"({"a": true, "b": false, "c": null, "d": "kept"})");
    QTest::newRow("nested") << QByteArray(R"({"order": {"id": "O-1", "lines": [{"sku": "S-2", "qty": 3},
        {"sku": "S-1"}], "empty": {}}, "tags": ["x", ["y", "z"], []], "a": "first"})");
    QTest::newRow("empty") << QByteArray("{}");
    QByteArray longValues = "{";
    for (int i = 0; i < 60; ++i) {
        longValues += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(59 - i) + "\": \""
                    + QByteArray(45, char('a' + i % 26)) + '"';
    }
    QTest::newRow("longer than the limit") << longValues + '}';
}

void TestCache::metadataTextIsReadAsQtReadsIt()
{
    // The encoder derives the metadata's search text from the server's text, a removal from the stored body: both
    // must give what QJsonDocument's reading of the same metadata gives, or a removal would leave terms behind.
    QFETCH(QByteArray, metadata);
    api::JsonText json;
    QVERIFY(json.parse(metadata));
    const QJsonObject object = QJsonDocument::fromJson(metadata).object();
    const QString expected = metadataSearchText(object);
    QCOMPARE(metadataSearchText(json, 0), expected);
    QVERIFY(expected.size() <= kMaxMetadataText);
}

void TestCache::metadataTextOfRandomObjects()
{
    // Objects of keys from a small alphabet (ASCII, escaped, Latin-1, beyond the BMP), so that keys repeat, and of
    // every kind of value, nested.
    QRandomGenerator random(20261123);
    // Half of the rounds with plain ASCII keys only (read without QJsonDocument), half with any.
    const QList<QByteArray> plainKeys = {"a", "b", "B", "ab", "_", "Z", "zz", "a b", "a-1", "A"};
    const QList<QByteArray>
        anyKeys = plainKeys
                + QList<QByteArray>{"\\u0061", "\\u00e9", "é", "\\uE000", "😀", "a\\u0000", "ä", "\\uD83D\\uDE00"};
    QList<QByteArray> keys;
    const std::function<QByteArray(int)> value = [&](int depth) -> QByteArray {
        switch (random.bounded(depth > 2 ? 5 : 7)) {
        case 0:
            return QByteArray::number(random.bounded(-1000, 1000));
        case 1:
            return QByteArray::number(random.generateDouble() * 1000, 'g', 12);
        case 2:
            return '"' + QByteArray::number(random.bounded(100000)) + " value\"";
        case 3:
            return random.bounded(2) ? "true" : "null";
        case 4:
            return "\"\"";
        case 5: {
            QByteArray array = "[";
            for (int i = random.bounded(4); i > 0; --i) {
                array += value(depth + 1) + (i > 1 ? "," : "");
            }
            return array + ']';
        }
        default: {
            QByteArray object = "{";
            for (int i = random.bounded(6); i > 0; --i) {
                object += '"' + keys.at(random.bounded(keys.size())) + "\":" + value(depth + 1) + (i > 1 ? "," : "");
            }
            return object + '}';
        }
        }
    };
    for (int round = 0; round < 1000; ++round) {
        keys = round % 2 ? anyKeys : plainKeys;
        QByteArray metadata = "{";
        for (int i = random.bounded(8); i > 0; --i) {
            metadata += '"' + keys.at(random.bounded(keys.size())) + "\":" + value(0) + (i > 1 ? "," : "");
        }
        metadata += '}';
        api::JsonText json;
        QVERIFY2(json.parse(metadata), metadata.constData());
        const QString expected = metadataSearchText(QJsonDocument::fromJson(metadata).object());
        QVERIFY2(metadataSearchText(json, 0) == expected, metadata.constData());
    }
}

void TestCache::upsertReplacesOlderCopies()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    api::Resource license = m_resources.value(QStringLiteral("licenses")).at(3);
    const QString oldKey = license.stringAttribute(QStringLiteral("key"));
    license.setAttribute(QStringLiteral("status"), QStringLiteral("SUSPENDED"));
    license.setAttribute(QStringLiteral("suspended"), true);
    license.setAttribute(QStringLiteral("key"), QStringLiteral("REPLACED-KEY-QX7Z"));
    license.setAttribute(QStringLiteral("name"), QStringLiteral("Renamed license"));
    QJsonObject metadata = license.metadata();
    metadata.insert(QStringLiteral("ticket"), QStringLiteral("ZD-449911"));
    license.setAttribute(QStringLiteral("metadata"), metadata);
    license.setAttribute(QStringLiteral("updated"), QStringLiteral("2031-05-06T07:08:09.010Z"));
    QVERIFY2(m_cache->upsert({license}, &error), qPrintable(error));

    QCOMPARE(m_cache->count(QStringLiteral("licenses")), qint64(m_resources.value(QStringLiteral("licenses")).size()));
    QVERIFY(*m_cache->resource(QStringLiteral("licenses"), license.id()) == license);
    const QList<Row> rows = m_cache->rows({QStringLiteral("licenses"),
                                           {{QStringLiteral("id"), Filter::Op::Equals, license.id()}}},
                                          {QStringLiteral("status"),
                                           QStringLiteral("suspended"),
                                           QStringLiteral("key")});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().values.at(0).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(rows.constFirst().values.at(1).toBool(), true);
    // The full-text index follows: the new key and metadata are found, the old key is not.
    const auto hitsFor = [&](const QString &text) {
        QStringList ids;
        for (const SearchHit &hit : m_cache->search(text)) {
            ids.append(hit.id);
        }
        return ids;
    };
    QVERIFY(hitsFor(QStringLiteral("QX7Z")).contains(license.id()));
    QVERIFY(hitsFor(QStringLiteral("ZD-4499")).contains(license.id()));
    QVERIFY(!hitsFor(oldKey).contains(license.id()));
    // Upserting the same copy again changes nothing.
    const qint64 before = m_cache->dataVersion();
    QVERIFY(m_cache->upsert({license}, &error));
    QVERIFY(*m_cache->resource(QStringLiteral("licenses"), license.id()) == license);
    QVERIFY(m_cache->dataVersion() != before); // a commit happened, even if no row changed
}

void TestCache::indexedColumnsOfEveryType_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : cachedTypes()) {
        QTest::newRow(qPrintable(type)) << type;
    }
}

void TestCache::indexedColumnsOfEveryType()
{
    QFETCH(QString, type);
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    const QList<Column> columns = columnsOf(type);
    QVERIFY(columns.size() >= 3);
    QCOMPARE(columns.at(columns.size() - 2).name, QStringLiteral("created"));
    QCOMPARE(columns.constLast().name, QStringLiteral("updated"));
    QStringList names;
    for (const Column &column : columns) {
        QVERIFY2(!column.label.isEmpty(), qPrintable(column.name));
        names.append(column.name);
    }
    QHash<QString, QString> emails;
    for (const api::Resource &user : m_resources.value(QStringLiteral("users"))) {
        emails.insert(user.id(), user.stringAttribute(QStringLiteral("email")));
    }
    const QList<Row> rows = m_cache->rows({type, {}, QStringLiteral("created"), Qt::DescendingOrder, 0, 100000}, names);
    QCOMPARE(rows.size(), m_resources.value(type).size());
    QHash<QString, Row> byId;
    for (const Row &row : rows) {
        byId.insert(row.id, row);
    }
    int nonNull = 0;
    for (const api::Resource &resource : m_resources.value(type)) {
        QVERIFY(byId.contains(resource.id()));
        const Row row = byId.value(resource.id());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const Column &column = columns.at(i);
            QVariant expected;
            if (column.kind == Column::Kind::Id) {
                const QString id = resource.relatedId(column.name);
                expected = id.isEmpty() ? QVariant() : QVariant(id);
            } else if (column.name == QLatin1String("machineCount")) {
                expected = resource.relationshipMeta(QStringLiteral("machines"))
                               .value(QStringLiteral("count"))
                               .toInteger();
            } else if (column.name == QLatin1String("userCount")) {
                const QJsonValue count = resource.relationshipMeta(QStringLiteral("users"))
                                             .value(QStringLiteral("count"));
                expected = count.isDouble() ? QVariant(count.toInteger()) : QVariant();
            } else if (column.name == QLatin1String("ownerEmail")) {
                const QString owner = resource.relatedId(QStringLiteral("owner"));
                expected = owner.isEmpty() ? QVariant() : QVariant(emails.value(owner));
            } else {
                expected = attributeValue(resource, column);
            }
            nonNull += expected.isNull() ? 0 : 1;
            QVERIFY2(sameVariant(row.values.at(i), expected),
                     qPrintable(
                         QStringLiteral("%1 %2 %3: %4 instead of %5")
                             .arg(type, resource.id(), column.name, row.values.at(i).toString(), expected.toString())));
            if (!row.values.at(i).isNull()) {
                switch (column.kind) {
                case Column::Kind::Timestamp:
                    QCOMPARE(row.values.at(i).typeId(), QMetaType::QDateTime);
                    break;
                case Column::Kind::Boolean:
                    QCOMPARE(row.values.at(i).typeId(), QMetaType::Bool);
                    break;
                case Column::Kind::Integer:
                    QCOMPARE(row.values.at(i).typeId(), QMetaType::LongLong);
                    break;
                default:
                    QCOMPARE(row.values.at(i).typeId(), QMetaType::QString);
                }
            }
        }
    }
    QVERIFY(nonNull > 0);
}

void TestCache::ownerEmailFollowsTheUser()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    const api::Resource license = find(QStringLiteral("licenses"), [](const api::Resource &r) {
        return !r.relatedId(QStringLiteral("owner")).isEmpty();
    });
    const QString ownerId = license.relatedId(QStringLiteral("owner"));
    api::Resource owner = find(QStringLiteral("users"), [&](const api::Resource &r) {
        return r.id() == ownerId;
    });
    QVERIFY(!owner.isNull());
    const auto ownerEmail = [&](const QString &licenseId) {
        const QList<Row> rows = m_cache->rows({QStringLiteral("licenses"),
                                               {{QStringLiteral("id"), Filter::Op::Equals, licenseId}}},
                                              {QStringLiteral("ownerEmail")});
        return rows.isEmpty() ? QVariant(QStringLiteral("(no row)")) : rows.constFirst().values.constFirst();
    };
    // The license first (a sync of licenses only): no email yet; the user arrives: the license has it.
    QVERIFY(m_cache->upsert({license}, &error));
    QVERIFY(ownerEmail(license.id()).isNull());
    QVERIFY(m_cache->upsert({owner}, &error));
    QCOMPARE(ownerEmail(license.id()).toString(), owner.stringAttribute(QStringLiteral("email")));
    // The user changes address.
    owner.setAttribute(QStringLiteral("email"), QStringLiteral("Changed.Address@Example.COM"));
    QVERIFY(m_cache->upsert({owner}, &error));
    QCOMPARE(ownerEmail(license.id()).toString(), QStringLiteral("Changed.Address@Example.COM"));
    QCOMPARE(m_cache->count(QStringLiteral("licenses"),
                            {{QStringLiteral("ownerEmail"),
                              Filter::Op::Equals,
                              QStringLiteral("changed.address@example.com")}}),
             1);
    // A license written after its user has the email at once; a new owner brings the new owner's.
    api::Resource second = m_resources.value(QStringLiteral("licenses")).constLast();
    second.setRelated(QStringLiteral("owner"), owner.identifier());
    QVERIFY(m_cache->upsert({second}, &error));
    QCOMPARE(ownerEmail(second.id()).toString(), QStringLiteral("Changed.Address@Example.COM"));
    const api::Resource other = find(QStringLiteral("users"), [&](const api::Resource &r) {
        return r.id() != ownerId;
    });
    QVERIFY(m_cache->upsert({other}, &error));
    second.setRelated(QStringLiteral("owner"), other.identifier());
    QVERIFY(m_cache->upsert({second}, &error));
    QCOMPARE(ownerEmail(second.id()).toString(), other.stringAttribute(QStringLiteral("email")));
    QCOMPARE(ownerEmail(license.id()).toString(), QStringLiteral("Changed.Address@Example.COM"));
    // The user is deleted: the licenses no longer name an address.
    QVERIFY(m_cache->remove(QStringLiteral("users"), ownerId, &error));
    QVERIFY(ownerEmail(license.id()).isNull());
    QCOMPARE(ownerEmail(second.id()).toString(), other.stringAttribute(QStringLiteral("email")));
}

void TestCache::windows_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("filterColumn");
    QTest::addColumn<QVariant>("filterValue");
    const auto row = [](const char *tag,
                        const char *type,
                        const char *sort,
                        Qt::SortOrder order,
                        const char *filterColumn = "",
                        const QVariant &value = {}) {
        QTest::newRow(tag) << QString::fromLatin1(type) << QString::fromLatin1(sort) << int(order)
                           << QString::fromLatin1(filterColumn) << value;
    };
    row("licenses by created, newest first", "licenses", "created", Qt::DescendingOrder);
    row("licenses by created, oldest first", "licenses", "created", Qt::AscendingOrder);
    row("licenses by name", "licenses", "name", Qt::AscendingOrder);
    row("licenses by expiry, latest first", "licenses", "expiry", Qt::DescendingOrder);
    row("licenses by owner email", "licenses", "ownerEmail", Qt::AscendingOrder);
    row("licenses by machine count", "licenses", "machineCount", Qt::DescendingOrder);
    row("licenses by key", "licenses", "key", Qt::AscendingOrder);
    row("active licenses by expiry", "licenses", "expiry", Qt::AscendingOrder, "status", QStringLiteral("ACTIVE"));
    row("active licenses, newest first",
        "licenses",
        "created",
        Qt::DescendingOrder,
        "status",
        QStringLiteral("ACTIVE"));
    row("active licenses by last validation",
        "licenses",
        "lastValidated",
        Qt::DescendingOrder,
        "status",
        QStringLiteral("ACTIVE"));
    row("licenses by status", "licenses", "status", Qt::AscendingOrder);
    row("licenses by status, descending", "licenses", "status", Qt::DescendingOrder);
    row("licenses by product", "licenses", "product", Qt::AscendingOrder);
    row("licenses by policy, descending", "licenses", "policy", Qt::DescendingOrder);
    row("active licenses by product", "licenses", "product", Qt::AscendingOrder, "status", QStringLiteral("ACTIVE"));
    row("active licenses by policy, descending",
        "licenses",
        "policy",
        Qt::DescendingOrder,
        "status",
        QStringLiteral("ACTIVE"));
    row("machines by hostname", "machines", "hostname", Qt::AscendingOrder);
    row("machines by last heartbeat", "machines", "lastHeartbeat", Qt::DescendingOrder);
    row("users by email", "users", "email", Qt::AscendingOrder);
    row("users by id", "users", "id", Qt::AscendingOrder);
    row("artifacts by size", "artifacts", "filesize", Qt::DescendingOrder);
}

void TestCache::windows()
{
    QFETCH(QString, type);
    QFETCH(QString, sort);
    QFETCH(int, order);
    QFETCH(QString, filterColumn);
    QFETCH(QVariant, filterValue);
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    QList<Filter> filters;
    if (!filterColumn.isEmpty()) {
        filters.append({filterColumn, Filter::Op::Equals, filterValue});
    }
    const qint64 total = m_cache->count(type, filters);
    QVERIFY(total > 0);
    // Windows of 7 side by side cover every matching row once, in order.
    QStringList ids;
    QList<QVariant> keys;
    for (int offset = 0; offset < total + 7; offset += 7) {
        const QList<Row> window = m_cache->rows({type, filters, sort, Qt::SortOrder(order), offset, 7},
                                                {sort, filterColumn.isEmpty() ? sort : filterColumn});
        QVERIFY(window.size() <= 7);
        for (const Row &row : window) {
            ids.append(row.id);
            keys.append(row.values.at(0));
            if (!filterColumn.isEmpty()) {
                QVERIFY(sameVariant(row.values.at(1), filterValue));
            }
        }
    }
    QCOMPARE(qint64(ids.size()), total);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    for (qsizetype i = 1; i < keys.size(); ++i) {
        const int comparison = compareValues(keys.at(i - 1), keys.at(i));
        QVERIFY2(order == Qt::AscendingOrder ? comparison <= 0 : comparison >= 0,
                 qPrintable(QStringLiteral("%1 then %2").arg(keys.at(i - 1).toString(), keys.at(i).toString())));
    }
    // The same as the resources the test holds.
    qint64 expected = 0;
    for (const api::Resource &resource : m_resources.value(type)) {
        expected += filterColumn.isEmpty() || resource.stringAttribute(filterColumn) == filterValue.toString() ? 1 : 0;
    }
    QCOMPARE(total, expected);
    // Whole resources through the same window.
    const QList<api::Resource> resources = m_cache->resources({type, filters, sort, Qt::SortOrder(order), 3, 5});
    QCOMPARE(resources.size(), qMin<qsizetype>(5, qMax<qint64>(0, total - 3)));
    for (qsizetype i = 0; i < resources.size(); ++i) {
        QCOMPARE(resources.at(i).id(), ids.at(i + 3));
    }
}

// A sorted page of a large list is read along an index, never sorted whole: also for a column that only leads a
// composite index (licenses' product and policy lead product+status and policy+status; status leads status+created),
// and with a filter matching most rows, which walks the sort's index. Windows side by side still cover each row once.
void TestCache::sortedWindowsAreReadFromAnIndex()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    // 12,000 licenses: each filter below matches at least 6,000 (more than the cache reads through a filter's own
    // index before it walks the sort's).
    const auto newId = [] {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    };
    const QStringList products{newId(), newId()};
    const QStringList policies{newId(), newId()};
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QList<api::Resource> licenses;
    for (int i = 0; i < 12000; ++i) {
        api::Resource license(QStringLiteral("licenses"), newId());
        license.setAttribute(QStringLiteral("name"), QStringLiteral("License %1").arg(i * 7919 % 12000));
        license.setAttribute(QStringLiteral("status"),
                             i % 5 == 0 ? QStringLiteral("EXPIRED") : QStringLiteral("ACTIVE"));
        license.setAttribute(QStringLiteral("created"), start.addSecs(i * 60).toString(Qt::ISODateWithMs));
        license.setAttribute(QStringLiteral("expiry"), start.addDays(i % 400).toString(Qt::ISODateWithMs));
        license.setRelated(QStringLiteral("product"), {QStringLiteral("products"), products.at(i % 2)});
        license.setRelated(QStringLiteral("policy"), {QStringLiteral("policies"), policies.at(i / 6000)});
        licenses << license;
    }
    QVERIFY2(m_cache->upsert(licenses, &error), qPrintable(error));

    const QList<QList<Filter>> filterSets{
        {},
        {{QStringLiteral("status"), Filter::Op::Equals, QStringLiteral("ACTIVE")}},
        {{QStringLiteral("product"), Filter::Op::Equals, products.at(1)}},
        {{QStringLiteral("policy"), Filter::Op::Equals, policies.at(0)}},
    };
    for (const char *sort : {"product", "policy", "status", "created", "expiry", "name"}) {
        for (const QList<Filter> &filters : filterSets) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const Query query{QStringLiteral("licenses"), filters, QLatin1String(sort), order, 0, 100};
                const QString plan = m_cache->queryPlan(query);
                const QString what = QStringLiteral("by %1 %2, %3 filter(s): %4")
                                         .arg(QLatin1String(sort),
                                              order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                                          : QStringLiteral("descending"))
                                         .arg(filters.size())
                                         .arg(plan);
                QVERIFY2(plan.contains(QLatin1String("INDEX")), qPrintable(what));
                QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(what));
            }
        }
    }

    // The pages of active licenses by product and by policy, both ways: every active license once, in order.
    for (const char *sort : {"product", "policy"}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QSet<QString> seen;
            QVariant previous;
            for (int offset = 0; offset < 9600; offset += 1000) {
                const QList<Row> window = m_cache->rows({QStringLiteral("licenses"),
                                                         filterSets.at(1),
                                                         QLatin1String(sort),
                                                         order,
                                                         offset,
                                                         1000},
                                                        {QLatin1String(sort)});
                QCOMPARE(window.size(), qMin(1000, 9600 - offset));
                for (const Row &row : window) {
                    seen.insert(row.id);
                    if (previous.isValid()) {
                        const int comparison = compareValues(previous, row.values.at(0));
                        QVERIFY(order == Qt::AscendingOrder ? comparison <= 0 : comparison >= 0);
                    }
                    previous = row.values.at(0);
                }
            }
            QCOMPARE(seen.size(), 9600);
        }
    }
}

void TestCache::filtersAndCounts_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QList<Filter>>("filters");
    QTest::addColumn<std::function<bool(const api::Resource &)>>("expected");
    using Op = Filter::Op;
    const QDateTime cut = QDateTime::currentDateTimeUtc().addDays(30);
    const auto attr = [](const api::Resource &r, const char *name) {
        return r.attribute(QLatin1String(name));
    };
    QTest::newRow("status is not ACTIVE")
        << QStringLiteral("licenses")
        << QList<Filter>{{QStringLiteral("status"), Op::NotEquals, QStringLiteral("ACTIVE")}}
        << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
               return attr(r, "status").toString() != QLatin1String("ACTIVE");
           });
    QTest::newRow("expiring within 30 days")
        << QStringLiteral("licenses")
        << QList<Filter>{{QStringLiteral("expiry"), Op::Less, cut}, {QStringLiteral("expiry"), Op::IsNotNull, {}}}
        << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
               return attr(r, "expiry").isString() && r.dateTimeAttribute(QStringLiteral("expiry")) < cut;
           });
    QTest::newRow("expiry as ISO text") << QStringLiteral(
        "licenses") << QList<Filter>{{QStringLiteral("expiry"), Op::GreaterOrEqual, cut.toString(Qt::ISODateWithMs)}}
                                        << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
                                               return attr(r, "expiry").isString()
                                                   && r.dateTimeAttribute(QStringLiteral("expiry")) >= cut;
                                           });
    QTest::newRow("never expires") << QStringLiteral("licenses")
                                   << QList<Filter>{{QStringLiteral("expiry"), Op::IsNull, {}}}
                                   << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
                                          return attr(r, "expiry").isNull();
                                      });
    QTest::newRow("never validated") << QStringLiteral("licenses")
                                     << QList<Filter>{{QStringLiteral("lastValidated"), Op::IsNull, {}}}
                                     << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
                                            return attr(r, "lastValidated").isNull();
                                        });
    QTest::newRow("suspended") << QStringLiteral("licenses")
                               << QList<Filter>{{QStringLiteral("suspended"), Op::Equals, true}}
                               << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
                                      return attr(r, "suspended").toBool();
                                  });
    QTest::newRow("machines on at least one")
        << QStringLiteral("licenses") << QList<Filter>{{QStringLiteral("machineCount"), Op::GreaterOrEqual, 1}}
        << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
               return r.relationshipMeta(QStringLiteral("machines")).value(QStringLiteral("count")).toInteger() >= 1;
           });
    const api::Resource anyLicense = m_resources.value(QStringLiteral("licenses")).at(5);
    const QString policy = anyLicense.relatedId(QStringLiteral("policy"));
    QTest::newRow("one policy, uses at most 0")
        << QStringLiteral("licenses")
        << QList<Filter>{{QStringLiteral("policy"), Op::Equals, policy}, {QStringLiteral("uses"), Op::LessOrEqual, 0}}
        << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
               return r.relatedId(QStringLiteral("policy")) == policy && attr(r, "uses").toInteger() <= 0;
           });
    QTest::newRow("no group") << QStringLiteral("licenses") << QList<Filter>{{QStringLiteral("group"), Op::IsNull, {}}}
                              << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
                                     return r.relatedId(QStringLiteral("group")).isEmpty();
                                 });
    const QString key = anyLicense.stringAttribute(QStringLiteral("key"));
    QTest::newRow("key starts with, any case")
        << QStringLiteral("licenses") << QList<Filter>{{QStringLiteral("key"), Op::StartsWith, key.left(4).toLower()}}
        << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
               return r.stringAttribute(QStringLiteral("key")).startsWith(key.left(4), Qt::CaseInsensitive);
           });
    QTest::newRow("name contains") << QStringLiteral("licenses")
                                   << QList<Filter>{{QStringLiteral("name"), Op::Contains, QStringLiteral("PRO")}}
                                   << std::function<bool(const api::Resource &)>(
                                          [=](const api::Resource &r) {
        return r.stringAttribute(QStringLiteral("name")).contains(QLatin1String("PRO"), Qt::CaseInsensitive);
                                      });
    QTest::newRow("percent and underscore are literal")
        << QStringLiteral("licenses") << QList<Filter>{{QStringLiteral("name"), Op::Contains, QStringLiteral("%_")}}
        << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
               return r.stringAttribute(QStringLiteral("name")).contains(QLatin1String("%_"));
           });
    QTest::newRow("created before a time")
        << QStringLiteral("users")
        << QList<Filter>{{QStringLiteral("created"), Op::Less, QDateTime::currentDateTimeUtc().addYears(-1)}}
        << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
               return r.dateTimeAttribute(QStringLiteral("created")) < QDateTime::currentDateTimeUtc().addYears(-1);
           });
    QTest::newRow("machines alive") << QStringLiteral(
        "machines") << QList<Filter>{{QStringLiteral("heartbeatStatus"), Op::Equals, QStringLiteral("ALIVE")}}
                                    << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
                                           return attr(r, "heartbeatStatus").toString() == QLatin1String("ALIVE");
                                       });
    QTest::newRow("published releases greater than")
        << QStringLiteral("releases")
        << QList<Filter>{{QStringLiteral("status"), Op::Equals, QStringLiteral("PUBLISHED")},
                         {QStringLiteral("channel"), Op::Greater, QStringLiteral("beta")}}
        << std::function<bool(const api::Resource &)>([=](const api::Resource &r) {
               return attr(r, "status").toString() == QLatin1String("PUBLISHED")
                   && attr(r, "channel").toString() > QLatin1String("beta");
           });
}

void TestCache::filtersAndCounts()
{
    QFETCH(QString, type);
    QFETCH(QList<Filter>, filters);
    QFETCH(std::function<bool(const api::Resource &)>, expected);
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    QSet<QString> want;
    for (const api::Resource &resource : m_resources.value(type)) {
        if (expected(resource)) {
            want.insert(resource.id());
        }
    }
    QCOMPARE(m_cache->count(type, filters), qint64(want.size()));
    QSet<QString> got;
    for (const Row &row :
         m_cache->rows({type, filters, QStringLiteral("updated"), Qt::AscendingOrder, 0, 100000}, {})) {
        got.insert(row.id);
    }
    QCOMPARE(got, want);
    QVERIFY(m_cache->lastError().isEmpty());
    // A filter on a column the type does not have answers nothing, and says so.
    QCOMPARE(m_cache->count(type, {{QStringLiteral("noSuchColumn"), Filter::Op::Equals, 1}}), 0);
    QVERIFY(!m_cache->lastError().isEmpty());
    QVERIFY(m_cache->rows({type, {}, QStringLiteral("noSuchColumn")}, {}).isEmpty());
    QVERIFY(m_cache->rows({type}, {QStringLiteral("noSuchColumn")}).isEmpty());
}

void TestCache::related_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("relationship"); // on `type`, pointing at the owner of the list
    QTest::addColumn<QString>("ownerType");
    QTest::newRow("a license's machines") << "machines"
                                          << "license"
                                          << "license"
                                          << "licenses";
    QTest::newRow("a policy's licenses") << "licenses"
                                         << "policy"
                                         << "policy"
                                         << "policies";
    QTest::newRow("a user's licenses (owner)") << "licenses"
                                               << "owner"
                                               << "owner"
                                               << "users";
    QTest::newRow("a user's licenses (user)") << "licenses"
                                              << "user"
                                              << "owner"
                                              << "users";
    QTest::newRow("a user's machines") << "machines"
                                       << "owner"
                                       << "owner"
                                       << "users";
    QTest::newRow("a release's artifacts") << "artifacts"
                                           << "release"
                                           << "release"
                                           << "releases";
    QTest::newRow("a product's policies") << "policies"
                                          << "product"
                                          << "product"
                                          << "products";
    QTest::newRow("a product's releases") << "releases"
                                          << "product"
                                          << "product"
                                          << "products";
    QTest::newRow("a group's users") << "users"
                                     << "group"
                                     << "group"
                                     << "groups";
}

void TestCache::related()
{
    QFETCH(QString, type);
    QFETCH(QString, link);
    QFETCH(QString, relationship);
    QFETCH(QString, ownerType);
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    // The owner with the most related resources.
    QHash<QString, QSet<QString>> byOwner;
    for (const api::Resource &resource : m_resources.value(type)) {
        const QString owner = resource.relatedId(relationship);
        if (!owner.isEmpty()) {
            byOwner[owner].insert(resource.id());
        }
    }
    QVERIFY(!byOwner.isEmpty());
    QString owner;
    for (auto it = byOwner.constBegin(); it != byOwner.constEnd(); ++it) {
        if (owner.isEmpty() || it.value().size() > byOwner.value(owner).size()) {
            owner = it.key();
        }
    }
    const QList<api::Resource> related = m_cache->related(type, link, owner);
    QSet<QString> got;
    for (const api::Resource &resource : related) {
        QCOMPARE(resource.type(), type);
        QCOMPARE(resource.relatedId(relationship), owner);
        got.insert(resource.id());
    }
    QCOMPARE(got, byOwner.value(owner));
    // Newest first.
    for (qsizetype i = 1; i < related.size(); ++i) {
        QVERIFY(related.at(i - 1).dateTimeAttribute(QStringLiteral("created"))
                >= related.at(i).dateTimeAttribute(QStringLiteral("created")));
    }
    QVERIFY(m_cache->related(type, link, QStringLiteral("00000000-0000-4000-8000-000000000000")).isEmpty());
    QVERIFY(m_cache->related(type, QStringLiteral("noSuchLink"), owner).isEmpty());
    QVERIFY(m_cache->related(type, link, owner, 1).size() == 1);
    Q_UNUSED(ownerType);
}

// ---- Search -----------------------------------------------------------------------------------------------------

void TestCache::searchFindsFragments_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("length");
    const QList<QPair<QString, QString>> sources{{QStringLiteral("licenses"), QStringLiteral("key")},
                                                 {QStringLiteral("users"), QStringLiteral("email")},
                                                 {QStringLiteral("machines"), QStringLiteral("fingerprint")},
                                                 {QStringLiteral("machines"), QStringLiteral("hostname")},
                                                 {QStringLiteral("licenses"), QStringLiteral("metadata")},
                                                 {QStringLiteral("users"), QStringLiteral("fullName")},
                                                 {QStringLiteral("artifacts"), QStringLiteral("filename")}};
    for (const auto &[type, field] : sources) {
        for (const int length : {3, 4, 5, 6, 8, 12}) {
            QTest::addRow("%s %s %d", qPrintable(type), qPrintable(field), length) << type << field << length;
        }
    }
}

void TestCache::searchFindsFragments()
{
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(int, length);
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    QRandomGenerator random(uint(qHash(type + field) + uint(length)));
    int checked = 0;
    int unique = 0;
    for (const api::Resource &resource : m_resources.value(type)) {
        QString value;
        QString reported = field;
        if (field == QLatin1String("metadata")) {
            const QJsonObject metadata = resource.metadata();
            for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
                if (it.value().isString() && it.value().toString().size() >= length) {
                    value = it.value().toString();
                    reported = QStringLiteral("metadata.") + it.key();
                    break;
                }
            }
        } else {
            value = resource.stringAttribute(field);
        }
        if (value.size() < length || random.bounded(4) != 0) {
            continue;
        }
        const int start = int(random.bounded(int(value.size()) - length + 1));
        // search() trims its text.
        QString fragment = value.mid(start, length).trimmed();
        if (fragment.size() < 3) {
            continue;
        }
        // Case does not matter.
        fragment = random.bounded(2) ? fragment.toUpper() : fragment.toLower();
        // Every resource holding the fragment anywhere searchable: the hits must be among them, and this one found
        // unless more of them than the limit are as good.
        const QList<SearchHit> hits = m_cache->search(fragment, {}, 50);
        QVERIFY2(!hits.isEmpty(), qPrintable(fragment));
        bool found = false;
        for (const SearchHit &hit : hits) {
            QVERIFY(!hit.field.isEmpty());
            QVERIFY2(hit.snippet.contains(fragment, Qt::CaseInsensitive),
                     qPrintable(hit.snippet + QStringLiteral(" / ") + fragment));
            if (hit.id == resource.id()) {
                found = true;
                QCOMPARE(hit.type, type);
                // The field reported is one that holds the fragment: this one, or a better one.
                const QString reportedValue = hit.field.startsWith(QLatin1String("metadata."))
                                                ? resource.metadata().value(hit.field.mid(9)).toVariant().toString()
                                                : resource.stringAttribute(hit.field);
                QVERIFY2(reportedValue.contains(fragment, Qt::CaseInsensitive) || hit.field == reported,
                         qPrintable(hit.field));
            }
        }
        for (qsizetype i = 1; i < hits.size(); ++i) {
            QVERIFY(hits.at(i - 1).rank <= hits.at(i).rank);
        }
        QVERIFY2(found || hits.size() == 50,
                 qPrintable(QStringLiteral("\"%1\" (%2 of %3) not found among %4 hits")
                                .arg(fragment, field, value)
                                .arg(hits.size())));
        unique += hits.size() < 50 ? 1 : 0;
        if (++checked >= 6) {
            break;
        }
    }
    QVERIFY(checked > 0);
    Q_UNUSED(unique);
    // Restricted to other types, this type's hits disappear.
    const QStringList others = QStringList(cachedTypes())
                                   .filter(QRegularExpression(QStringLiteral("^(?!") + type + QStringLiteral("$)")));
    for (const SearchHit &hit : m_cache->search(QStringLiteral("abc"), others)) {
        QVERIFY(hit.type != type);
    }
}

void TestCache::searchRanksAndReportsFields()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    const auto license = [](const char *id, const char *key, const char *name, const QJsonObject &metadata) {
        api::Resource r(QStringLiteral("licenses"), QLatin1String(id));
        r.setAttribute(QStringLiteral("key"), QLatin1String(key));
        r.setAttribute(QStringLiteral("name"), QLatin1String(name));
        r.setAttribute(QStringLiteral("metadata"), metadata);
        r.setAttribute(QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00.000Z"));
        return r;
    };
    QVERIFY(m_cache->upsert({license("a0000000-0000-4000-8000-000000000001", "XX-ORION-YY", "Inside", {}),
                             license("a0000000-0000-4000-8000-000000000002",
                                     "KEY-2",
                                     "Orion",
                                     {{QStringLiteral("note"), QStringLiteral("x")}}),
                             license("a0000000-0000-4000-8000-000000000003", "ORION-KEY-3", "Prefix", {}),
                             license("a0000000-0000-4000-8000-000000000004", "KEY-4", "The orion belt", {}),
                             license("a0000000-0000-4000-8000-000000000005",
                                     "KEY-5",
                                     "Five",
                                     {{QStringLiteral("project"), QStringLiteral("Project Orionis")},
                                      {QStringLiteral("nested"), QJsonObject{{QStringLiteral("deep"), 42}}}}),
                             license("a0000000-0000-4000-8000-000000000006", "KEY-6", "Unrelated", {})},
                            &error));
    const QList<SearchHit> hits = m_cache->search(QStringLiteral("orion"));
    QStringList order;
    for (const SearchHit &hit : hits) {
        order.append(hit.id.right(1) + QLatin1Char(':') + hit.field);
    }
    // The whole value, its start (a key before a name), a word's start, inside a value, then metadata.
    QCOMPARE(order,
             (QStringList{QStringLiteral("2:name"),
                          QStringLiteral("3:key"),
                          QStringLiteral("1:key"),
                          QStringLiteral("4:name"),
                          QStringLiteral("5:metadata.project")}));
    QCOMPARE(hits.at(3).snippet, QStringLiteral("The orion belt"));
    QCOMPARE(m_cache->search(QStringLiteral("42")).size(), 0); // two characters: no fragment inside a value
    const QList<SearchHit> nested = m_cache->search(QStringLiteral("Orionis"));
    QCOMPARE(nested.size(), 1);
    QCOMPARE(nested.constFirst().field, QStringLiteral("metadata.project"));
    QCOMPARE(nested.constFirst().snippet, QStringLiteral("Project Orionis"));
    // The limit, and nothing for what is nowhere.
    QCOMPARE(m_cache->search(QStringLiteral("KEY"), {}, 2).size(), 2);
    QVERIFY(m_cache->search(QStringLiteral("zzzqqq")).isEmpty());
    QVERIFY(m_cache->search(QStringLiteral("   ")).isEmpty());
    // Characters with a meaning in FTS5 or LIKE queries are plain text.
    QVERIFY(m_cache->search(QStringLiteral("\"OR*")).isEmpty());
    QVERIFY(m_cache->search(QStringLiteral("%_\\")).isEmpty());
    QCOMPARE(m_cache->search(QStringLiteral("n-Y")).size(), 1);
}

void TestCache::searchShortText()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    // One or two characters: values that start with them (names, keys, emails …), never a fragment inside.
    const api::Resource user = m_resources.value(QStringLiteral("users")).constFirst();
    const QString start = user.stringAttribute(QStringLiteral("email")).left(2).toUpper();
    const QList<SearchHit> hits = m_cache->search(start, {QStringLiteral("users")});
    QVERIFY(!hits.isEmpty());
    for (const SearchHit &hit : hits) {
        QVERIFY2(hit.snippet.startsWith(start, Qt::CaseInsensitive), qPrintable(hit.snippet));
        QVERIFY(hit.rank < 2);
    }
    QVERIFY(!m_cache->search(QStringLiteral("@"), {QStringLiteral("users")}).size()
            || m_cache->search(QStringLiteral("@"), {QStringLiteral("users")})
                   .constFirst()
                   .snippet.startsWith(QLatin1Char('@')));
}

// A support desk's search on the licenses page: a customer's email, or a fingerprint their machine sent, finds their
// licenses, over the demo data; a machine's page finds machines by their license's key.
void TestCache::searchWithRelatedFindsTheCustomer()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    const auto contains = [](const api::Resource &resource, const QStringList &attributes, const QString &needle) {
        for (const QString &attribute : attributes) {
            if (resource.stringAttribute(attribute).contains(needle, Qt::CaseInsensitive)) {
                return true;
            }
        }
        const QJsonObject metadata = resource.attribute(QStringLiteral("metadata")).toObject();
        for (const auto &[path, value] : metadataValues(metadata)) {
            if (value.contains(needle, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    };
    const QStringList licenseFields{QStringLiteral("key"), QStringLiteral("name")};
    const QStringList userFields{QStringLiteral("email"), QStringLiteral("fullName")};
    const QStringList machineFields{QStringLiteral("fingerprint"),
                                    QStringLiteral("hostname"),
                                    QStringLiteral("name"),
                                    QStringLiteral("ip")};
    const auto idsOf = [](const QList<SearchHit> &hits) {
        QSet<QString> ids;
        for (const SearchHit &hit : hits) {
            ids.insert(hit.id);
        }
        return ids;
    };

    // An owner's whole email: every license of every user whose email holds it, and the licenses that hold it.
    const api::Resource owner = find(QStringLiteral("users"), [this](const api::Resource &user) {
        return std::any_of(m_resources.value(QStringLiteral("licenses")).cbegin(),
                           m_resources.value(QStringLiteral("licenses")).cend(),
                           [&](const api::Resource &license) {
            return license.relatedId(QStringLiteral("owner")) == user.id();
        });
    });
    QVERIFY(!owner.id().isEmpty());
    const QString email = owner.stringAttribute(QStringLiteral("email")).toUpper();
    QSet<QString> owners;
    for (const api::Resource &user : m_resources.value(QStringLiteral("users"))) {
        if (contains(user, userFields, email)) {
            owners.insert(user.id());
        }
    }
    QSet<QString> expected;
    for (const api::Resource &license : m_resources.value(QStringLiteral("licenses"))) {
        if (owners.contains(license.relatedId(QStringLiteral("owner"))) || contains(license, licenseFields, email)) {
            expected.insert(license.id());
        }
    }
    QList<SearchHit> hits = m_cache->searchWithRelated(email, {QStringLiteral("licenses")}, 1000);
    QCOMPARE(idsOf(hits), expected);
    QVERIFY(std::all_of(hits.cbegin(), hits.cend(), [&](const SearchHit &hit) {
        return hit.type == QStringLiteral("licenses");
    }));
    const auto ownedHit = std::find_if(hits.cbegin(), hits.cend(), [&](const SearchHit &hit) {
        return hit.field == QStringLiteral("owner.email");
    });
    QVERIFY(ownedHit != hits.cend());
    QCOMPARE(ownedHit->snippet.toUpper(), email);
    // search() alone does not know owners.
    QVERIFY(m_cache->search(email, {QStringLiteral("licenses")}, 1000).size() < hits.size());

    // A fragment of a machine's fingerprint: the licenses of the machines that hold it.
    const api::Resource machine = find(QStringLiteral("machines"), [](const api::Resource &m) {
        return !m.relatedId(QStringLiteral("license")).isEmpty()
            && m.stringAttribute(QStringLiteral("fingerprint")).size() >= 16;
    });
    QVERIFY(!machine.id().isEmpty());
    const QString fragment = machine.stringAttribute(QStringLiteral("fingerprint")).mid(4, 10).toLower();
    QSet<QString> machineLicenses;
    for (const api::Resource &m : m_resources.value(QStringLiteral("machines"))) {
        if (contains(m, machineFields, fragment)) {
            machineLicenses.insert(m.relatedId(QStringLiteral("license")));
        }
    }
    expected.clear();
    for (const api::Resource &license : m_resources.value(QStringLiteral("licenses"))) {
        if (machineLicenses.contains(license.id()) || contains(license, licenseFields, fragment)) {
            expected.insert(license.id());
        }
    }
    hits = m_cache->searchWithRelated(fragment, {QStringLiteral("licenses")}, 1000);
    QCOMPARE(idsOf(hits), expected);
    QVERIFY(expected.contains(machine.relatedId(QStringLiteral("license"))));
    for (const SearchHit &hit : std::as_const(hits)) {
        if (hit.id == machine.relatedId(QStringLiteral("license"))) {
            QCOMPARE(hit.field, QStringLiteral("machines.fingerprint"));
            QVERIFY(hit.snippet.contains(fragment, Qt::CaseInsensitive));
        }
    }

    // The machines page, by the license's key.
    const api::Resource license = find(QStringLiteral("licenses"), [&](const api::Resource &l) {
        return l.id() == machine.relatedId(QStringLiteral("license"));
    });
    const QString key = license.stringAttribute(QStringLiteral("key"));
    hits = m_cache->searchWithRelated(key, {QStringLiteral("machines")}, 1000);
    QSet<QString> licensed;
    for (const api::Resource &m : m_resources.value(QStringLiteral("machines"))) {
        if (m.relatedId(QStringLiteral("license")) == license.id() || contains(m, machineFields, key)) {
            licensed.insert(m.id());
        }
    }
    QCOMPARE(idsOf(hits), licensed);
    QVERIFY(idsOf(hits).contains(machine.id()));

    // The machines page, by the email of the owner of a machine's license (the demo's machines have their license's
    // owner: one step, through the machine's own owner, ranks first; searchWithRelatedRanksDirectHitsFirst has two).
    const api::Resource licenseOwner = find(QStringLiteral("users"), [&](const api::Resource &u) {
        return u.id() == license.relatedId(QStringLiteral("owner"));
    });
    QVERIFY(!licenseOwner.id().isEmpty());
    const QString ownerEmail = licenseOwner.stringAttribute(QStringLiteral("email"));
    hits = m_cache->searchWithRelated(ownerEmail, {QStringLiteral("machines")}, 1000);
    const auto ofOwner = std::find_if(hits.cbegin(), hits.cend(), [&](const SearchHit &hit) {
        return hit.id == machine.id();
    });
    QVERIFY(ofOwner != hits.cend());
    QCOMPARE(ofOwner->field,
             machine.relatedId(QStringLiteral("owner")) == licenseOwner.id() ? QStringLiteral("owner.email")
                                                                             : QStringLiteral("license.owner.email"));
    QCOMPARE(ofOwner->snippet, ownerEmail);

    // Types without relations search as search() does; the limit holds.
    QCOMPARE(idsOf(m_cache->searchWithRelated(QStringLiteral("Atlas"), {QStringLiteral("products")})),
             idsOf(m_cache->search(QStringLiteral("Atlas"), {QStringLiteral("products")})));
    QCOMPARE(m_cache->searchWithRelated(QStringLiteral("com"), {QStringLiteral("licenses")}, 3).size(), 3);
    QVERIFY(m_cache->searchWithRelated(QStringLiteral("zzzqqq"), {QStringLiteral("licenses")}).isEmpty());
}

void TestCache::searchWithRelatedRanksDirectHitsFirst()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    const auto resource = [](const char *type, const char *id, const QJsonObject &attributes) {
        api::Resource r{QString::fromLatin1(type), QString::fromLatin1(id)};
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            r.setAttribute(it.key(), it.value());
        }
        r.setAttribute(QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00.000Z"));
        return r;
    };
    api::Resource user = resource("users",
                                  "b0000000-0000-4000-8000-000000000001",
                                  {{QStringLiteral("email"), QStringLiteral("ops@zebra-works.example")},
                                   {QStringLiteral("fullName"), QStringLiteral("Zebra Ops")}});
    api::Resource owned = resource("licenses",
                                   "a0000000-0000-4000-8000-000000000001",
                                   {{QStringLiteral("key"), QStringLiteral("KEY-OWNED")},
                                    {QStringLiteral("name"), QStringLiteral("Workstation")}});
    owned.setRelated(QStringLiteral("owner"), {QStringLiteral("users"), user.id()});
    const api::Resource named = resource("licenses",
                                         "a0000000-0000-4000-8000-000000000002",
                                         {{QStringLiteral("key"), QStringLiteral("KEY-NAMED")},
                                          {QStringLiteral("name"), QStringLiteral("ops@zebra-works.example")}});
    const api::Resource inside = resource("licenses",
                                          "a0000000-0000-4000-8000-000000000003",
                                          {{QStringLiteral("key"), QStringLiteral("KEY-INSIDE")},
                                           {QStringLiteral("name"),
                                            QStringLiteral("Seat of ops@zebra-works.example")}});
    // A machine whose license this cache does not hold finds nothing.
    api::Resource stray = resource("machines",
                                   "c0000000-0000-4000-8000-000000000001",
                                   {{QStringLiteral("fingerprint"), QStringLiteral("ops@zebra-works.example-fp")}});
    stray.setRelated(QStringLiteral("license"),
                     {QStringLiteral("licenses"), QStringLiteral("a0000000-0000-4000-8000-0000000000ff")});
    // A machine of the owned license, without an owner of its own: two steps from the user.
    api::Resource seat = resource("machines",
                                  "c0000000-0000-4000-8000-000000000002",
                                  {{QStringLiteral("fingerprint"), QStringLiteral("SEAT-FP-1")}});
    seat.setRelated(QStringLiteral("license"), {QStringLiteral("licenses"), owned.id()});
    QVERIFY2(m_cache->upsert({user, owned, named, inside, stray, seat}, &error), qPrintable(error));

    QStringList order;
    for (const SearchHit &hit :
         m_cache->searchWithRelated(QStringLiteral("ops@zebra-works.example"), {QStringLiteral("licenses")})) {
        order.append(hit.id.right(1) + QLatin1Char(':') + hit.field);
    }
    // The whole value directly, the whole value of the owner's email, then a fragment inside a name.
    QCOMPARE(order, (QStringList{QStringLiteral("2:name"), QStringLiteral("1:owner.email"), QStringLiteral("3:name")}));
    // The machines page: the seat through its license's owner (the whole email), before the stray machine's
    // fingerprint, which only starts with it.
    order.clear();
    for (const SearchHit &hit :
         m_cache->searchWithRelated(QStringLiteral("ops@zebra-works.example"), {QStringLiteral("machines")})) {
        order.append(hit.id.right(1) + QLatin1Char(':') + hit.field);
    }
    QCOMPARE(order, (QStringList{QStringLiteral("2:license.owner.email"), QStringLiteral("1:fingerprint")}));
    // A user by the key of a license they own.
    const QList<SearchHit> users = m_cache->searchWithRelated(QStringLiteral("key-owned"), {QStringLiteral("users")});
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.constFirst().id, user.id());
    QCOMPARE(users.constFirst().field, QStringLiteral("licenses.key"));
    QCOMPARE(users.constFirst().snippet, QStringLiteral("KEY-OWNED"));
}

void TestCache::searchFollowsChanges()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    api::Resource machine = m_resources.value(QStringLiteral("machines")).constFirst();
    machine.setAttribute(QStringLiteral("hostname"), QStringLiteral("build-agent-zeta-77"));
    QVERIFY(m_cache->upsert({machine}, &error));
    QList<SearchHit> hits = m_cache->search(QStringLiteral("agent-zeta"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().field, QStringLiteral("hostname"));
    QCOMPARE(hits.constFirst().snippet, QStringLiteral("build-agent-zeta-77"));
    QVERIFY(m_cache->remove(QStringLiteral("machines"), machine.id(), &error));
    QVERIFY(m_cache->search(QStringLiteral("agent-zeta")).isEmpty());
    QVERIFY(!m_cache->resource(QStringLiteral("machines"), machine.id()));
    // The FTS index agrees with the tables (FTS5's own check on a contentless table: structure).
    QSqlQuery check(cacheConnection());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO search(search) VALUES('integrity-check')")),
             qPrintable(check.lastError().text()));
}

void TestCache::searchIndexCatchesUpAfterACrash()
{
    // The index is written by a thread of its own, from a queue the cache commits with its rows: a process killed
    // after a commit, before the index took it in, leaves the index behind the cache. Simulated by putting back the
    // index file as it was before the last write.
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QList<api::Resource> machines = m_resources.value(QStringLiteral("machines")).mid(0, 2);
    machines[0].setAttribute(QStringLiteral("hostname"), QStringLiteral("build-agent-omega-1"));
    machines[1].setAttribute(QStringLiteral("hostname"), QStringLiteral("build-agent-sigma-2"));
    QVERIFY(m_cache->upsert({machines.at(0)}, &error));
    QCOMPARE(m_cache->search(QStringLiteral("agent-omega")).size(), 1);
    const QDir saved(QDir(m_dir.path()).filePath(QStringLiteral("saved")));
    QVERIFY(QDir().mkpath(saved.path()));
    const QStringList files = searchIndexFiles(m_path);
    for (const QString &file : files) {
        QFile::copy(file, saved.filePath(QFileInfo(file).fileName()));
    }
    QVERIFY(m_cache->upsert({machines.at(1)}, &error));
    QCOMPARE(m_cache->search(QStringLiteral("agent-sigma")).size(), 1);
    m_cache->close();
    for (const QString &file : files) {
        QFile::remove(file);
        QFile::copy(saved.filePath(QFileInfo(file).fileName()), file);
    }

    // A reader opening it now sees the rows at once; the index catches up behind it.
    Cache reader;
    QVERIFY2(reader.open(m_path, &error), qPrintable(error));
    QCOMPARE(reader.resource(QStringLiteral("machines"), machines.at(1).id())
                 ->stringAttribute(QStringLiteral("hostname")),
             QStringLiteral("build-agent-sigma-2"));
    QVERIFY2(reader.flush(&error), qPrintable(error)); // waits for it
    QList<SearchHit> hits = reader.search(QStringLiteral("agent-sigma"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().id, machines.at(1).id());
    QCOMPARE(reader.search(QStringLiteral("agent-omega")).size(), 1);
    // Taken in once: removing the machine takes its text out, and FTS5 finds its index whole.
    QVERIFY(reader.remove(QStringLiteral("machines"), machines.at(1).id(), &error));
    QVERIFY(reader.search(QStringLiteral("agent-sigma")).isEmpty());
    QSqlQuery check(cacheConnection());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO search(search) VALUES('integrity-check')")),
             qPrintable(check.lastError().text()));

    // Another connection (the console's, while a sync writes) finds what the writer wrote once the writer's write
    // has returned.
    Cache writer;
    QVERIFY2(writer.open(m_path, &error), qPrintable(error));
    machines[1].setAttribute(QStringLiteral("hostname"), QStringLiteral("build-agent-kappa-3"));
    QVERIFY(writer.upsert({machines.at(1)}, &error));
    QCOMPARE(reader.search(QStringLiteral("agent-kappa")).size(), 1);
}

void TestCache::damagedSearchIndexIsBuiltAgain()
{
    // The index file is derived from the cache: one that is not a database, or belongs to another cache, is built
    // again from the rows.
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    const api::Resource user = m_resources.value(QStringLiteral("users")).constFirst();
    const QString email = user.stringAttribute(QStringLiteral("email"));
    const auto found = [&](const QString &text) {
        QStringList ids;
        for (const SearchHit &hit : m_cache->search(text)) {
            ids.append(hit.type + QLatin1Char('/') + hit.id);
        }
        return ids;
    };
    const QStringList before = found(email.mid(2, 6));
    QVERIFY(before.contains(QStringLiteral("users/") + user.id()));
    m_cache->close();
    for (const QString &file : searchIndexFiles(m_path)) {
        QFile::remove(file);
    }
    QFile damaged(searchIndexPath(m_path));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QVERIFY2(m_cache->flush(&error), qPrintable(error));
    QCOMPARE(found(email.mid(2, 6)), before);

    // The index file of another cache.
    m_cache->close();
    const QString other = QDir(m_dir.path()).filePath(QStringLiteral("other.sqlite"));
    {
        Cache cache;
        QVERIFY2(cache.open(other, &error), qPrintable(error));
        QVERIFY(cache.upsert(m_resources.value(QStringLiteral("products")), &error));
    }
    for (const QString &file : searchIndexFiles(m_path)) {
        QFile::remove(file);
    }
    const QStringList otherFiles = searchIndexFiles(other);
    for (qsizetype i = 0; i < otherFiles.size(); ++i) {
        QFile::copy(otherFiles.at(i), searchIndexFiles(m_path).at(i));
    }
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QVERIFY2(m_cache->flush(&error), qPrintable(error));
    QCOMPARE(found(email.mid(2, 6)), before);
    const api::Resource product = m_resources.value(QStringLiteral("products")).constFirst();
    QVERIFY(found(product.stringAttribute(QStringLiteral("name")).mid(2, 5))
                .contains(QStringLiteral("products/") + product.id()));
}

// ---- Sync passes ------------------------------------------------------------------------------------------------

// While sync pages are written, the writer keeps the pages they change in memory (a larger page cache); an explicit
// flush (the end of a sync, or its cancellation) gives that memory back.
void TestCache::pageCacheShrinksAfterThePages()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    // 20,000 licenses (about 14 MB of pages) with ids of their own.
    QList<api::Resource> licenses;
    const QList<api::Resource> demo = m_resources.value(QStringLiteral("licenses"));
    while (licenses.size() < 20000) {
        QJsonObject json = demo.at(licenses.size() % demo.size()).toJson();
        json.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const auto license = api::Resource::fromJson(json, &error);
        QVERIFY2(license, qPrintable(error));
        licenses.append(*license);
    }
    const qint64 before = sqlite3_memory_used();
    SyncState state;
    state.pass = 1;
    for (qsizetype at = 0; at < licenses.size(); at += 100) {
        const QList<api::Resource> page = answered(licenses.mid(at, 100));
        state.cursor = page.constLast().id();
        QVERIFY2(m_cache->upsertPage(QStringLiteral("licenses"), page, state, &error), qPrintable(error));
    }
    const qint64 writing = sqlite3_memory_used() - before;
    QVERIFY2(m_cache->flush(&error), qPrintable(error));
    const qint64 flushed = sqlite3_memory_used() - before;
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), qint64(licenses.size()));
    constexpr qint64 MiB = 1024 * 1024;
    QVERIFY2(writing > 10 * MiB, qPrintable(QString::number(writing)));
    QVERIFY2(flushed < writing - 4 * MiB, qPrintable(QStringLiteral("%1 then %2").arg(writing).arg(flushed)));
}

void TestCache::syncPassRemovesUnseen()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    const QList<api::Resource> licenses = m_resources.value(QStringLiteral("licenses"));
    // Pass 1 sees every license, in pages.
    SyncState state;
    state.pass = 1;
    for (qsizetype at = 0; at < licenses.size(); at += 40) {
        const QList<api::Resource> page = licenses.mid(at, 40);
        state.cursor = page.constLast().id();
        QVERIFY2(m_cache->upsertPage(QStringLiteral("licenses"), page, state, &error), qPrintable(error));
    }
    QVERIFY2(m_cache->finishPass(QStringLiteral("licenses"), 1, &error), qPrintable(error));
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), qint64(licenses.size()));
    const SyncState done = m_cache->syncState(QStringLiteral("licenses"));
    QVERIFY(done.complete);
    QVERIFY(done.cursor.isEmpty());
    QVERIFY(done.lastComplete.isValid());
    QVERIFY(qAbs(done.lastComplete.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Pass 2 sees all but three (deleted on the server); a license created meanwhile (by this Keydesk, outside the
    // pages) stays.
    const QSet<QString> deleted{licenses.at(0).id(), licenses.at(17).id(), licenses.constLast().id()};
    QList<api::Resource> remaining;
    for (const api::Resource &license : licenses) {
        if (!deleted.contains(license.id())) {
            remaining.append(license);
        }
    }
    SyncState second;
    second.pass = 2;
    QVERIFY(m_cache->setSyncState(QStringLiteral("licenses"), second));
    api::Resource created = licenses.at(1);
    created.setId(QStringLiteral("c0000000-0000-4000-8000-00000000000c"));
    created.setAttribute(QStringLiteral("key"), QStringLiteral("CREATED-DURING-PASS"));
    created.setLinks({});
    created.setRelationships({});
    QVERIFY(m_cache->upsert({created}, &error));
    for (qsizetype at = 0; at < remaining.size(); at += 50) {
        second.cursor = remaining.at(qMin(at + 50, remaining.size()) - 1).id();
        QVERIFY(m_cache->upsertPage(QStringLiteral("licenses"), remaining.mid(at, 50), second, &error));
    }
    QVERIFY2(m_cache->finishPass(QStringLiteral("licenses"), 2, &error), qPrintable(error));
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), qint64(remaining.size()) + 1);
    for (const QString &id : deleted) {
        QVERIFY(!m_cache->resource(QStringLiteral("licenses"), id));
        for (const SearchHit &hit : m_cache->search(licenses.at(0).stringAttribute(QStringLiteral("key")))) {
            QVERIFY(!deleted.contains(hit.id));
        }
    }
    QVERIFY(m_cache->resource(QStringLiteral("licenses"), created.id()));
    // Pass 3 after reopening (what this connection marked is not known any more): the same result.
    m_cache->close();
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    SyncState third;
    third.pass = 3;
    remaining.removeAt(4);
    for (qsizetype at = 0; at < remaining.size(); at += 50) {
        QVERIFY(m_cache->upsertPage(QStringLiteral("licenses"), remaining.mid(at, 50), third, &error));
    }
    QVERIFY(m_cache->finishPass(QStringLiteral("licenses"), 3, &error));
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), qint64(remaining.size()));
}

void TestCache::firstSyncBuildsIndexesAtTheEnd()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    const auto indexes = [] {
        QStringList names;
        QSqlQuery query(cacheConnection());
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'licenses' "
                                  "AND sql IS NOT NULL ORDER BY name"));
        while (query.next()) {
            names.append(query.value(0).toString());
        }
        return names;
    };
    const QStringList all = indexes();
    QVERIFY(all.contains(QStringLiteral("licenses_expiry")));
    QVERIFY(all.contains(QStringLiteral("licenses_status_expiry")));
    const QList<api::Resource> licenses = m_resources.value(QStringLiteral("licenses"));
    SyncState state;
    state.pass = 1;
    for (qsizetype at = 0; at < licenses.size(); at += 30) {
        QVERIFY(m_cache->upsertPage(QStringLiteral("licenses"), licenses.mid(at, 30), state, &error));
    }
    // A first sync keeps only the indexes whose keys arrive in order; lists and search work all the same.
    const QStringList during = indexes();
    QVERIFY(during.contains(QStringLiteral("licenses_created")));
    QVERIFY(during.contains(QStringLiteral("licenses_status_created")));
    QVERIFY(!during.contains(QStringLiteral("licenses_expiry")));
    QVERIFY(!during.contains(QStringLiteral("licenses_ownerEmail")));
    const QList<Query> queries{
        {QStringLiteral("licenses"), {}, QStringLiteral("expiry"), Qt::AscendingOrder, 0, 1000},
        {QStringLiteral("licenses"),
         {{QStringLiteral("status"), Filter::Op::Equals, QStringLiteral("ACTIVE")}},
         QStringLiteral("expiry"),
         Qt::DescendingOrder,
         5,
         1000},
        {QStringLiteral("licenses"),
         {{QStringLiteral("suspended"), Filter::Op::Equals, false}},
         QStringLiteral("name"),
         Qt::AscendingOrder,
         0,
         1000},
        {QStringLiteral("licenses"), {}, QStringLiteral("created"), Qt::DescendingOrder, 0, 1000},
    };
    QList<QStringList> before;
    for (const Query &query : queries) {
        QStringList ids;
        for (const Row &row : m_cache->rows(query, {QStringLiteral("expiry")})) {
            ids.append(row.id);
        }
        QVERIFY(!ids.isEmpty());
        before.append(ids);
    }
    const QString key = licenses.at(7).stringAttribute(QStringLiteral("key"));
    QCOMPARE(m_cache->search(key).constFirst().id, licenses.at(7).id());
    // The pass ends: every index is there, and the answers are the same.
    QVERIFY2(m_cache->finishPass(QStringLiteral("licenses"), 1, &error), qPrintable(error));
    QCOMPARE(indexes(), all);
    for (qsizetype i = 0; i < queries.size(); ++i) {
        QStringList ids;
        for (const Row &row : m_cache->rows(queries.at(i), {QStringLiteral("expiry")})) {
            ids.append(row.id);
        }
        QCOMPARE(ids, before.at(i));
    }
    // Later passes find the table full and keep every index up as they go.
    state.pass = 2;
    QVERIFY(m_cache->upsertPage(QStringLiteral("licenses"), licenses.mid(0, 30), state, &error));
    QCOMPARE(indexes(), all);
    // Another connection notices that a first sync dropped an index, and does without it.
    m_cache->close();
    QVERIFY(Cache::forget(m_path, &error));
    QVERIFY(m_cache->open(m_path, &error));
    Cache other;
    QVERIFY(other.open(m_path, &error));
    QVERIFY(other.rows(queries.at(1), {}).isEmpty()); // it has seen every index
    state.pass = 1;
    QVERIFY(m_cache->upsertPage(QStringLiteral("licenses"), licenses, state, &error));
    QVERIFY(m_cache->flush(&error));
    QStringList ids;
    for (const Row &row : other.rows(queries.at(1), {})) {
        ids.append(row.id);
    }
    QCOMPARE(ids, before.at(1));
    QVERIFY(other.lastError().isEmpty());
}

void TestCache::syncStatePersists()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QCOMPARE(m_cache->syncState(QStringLiteral("machines")).pass, 0);
    QCOMPARE(m_cache->syncState(QStringLiteral("machines")).total, -1);
    QVERIFY(!m_cache->syncState(QStringLiteral("machines")).lastComplete.isValid());
    SyncState state;
    state.pass = 7;
    state.cursor = m_resources.value(QStringLiteral("machines")).at(9).id();
    state.total = 1234;
    state.lastComplete = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    QVERIFY(m_cache->upsertPage(QStringLiteral("machines"),
                                m_resources.value(QStringLiteral("machines")).mid(0, 10),
                                state,
                                &error));
    m_cache.reset(); // the destructor commits
    Cache reopened;
    QVERIFY2(reopened.open(m_path, &error), qPrintable(error));
    const SyncState read = reopened.syncState(QStringLiteral("machines"));
    QCOMPARE(read.pass, 7);
    QCOMPARE(read.cursor, state.cursor);
    QCOMPARE(read.total, 1234);
    QCOMPARE(read.complete, false);
    QCOMPARE(read.lastComplete, state.lastComplete);
    QCOMPARE(reopened.count(QStringLiteral("machines")), 10);
    QVERIFY(!reopened.setSyncState(QStringLiteral("widgets"), state));
}

void TestCache::failedPageLeavesNothing()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    const QList<api::Resource> users = m_resources.value(QStringLiteral("users"));
    SyncState state;
    state.pass = 1;
    state.cursor = users.at(9).id();
    QVERIFY(m_cache->upsertPage(QStringLiteral("users"), users.mid(0, 10), state, &error));
    // The next page breaks after two good users: neither they nor the new cursor are kept; the first page is.
    QList<api::Resource> page = users.mid(10, 2);
    page.append(api::Resource(QStringLiteral("users"))); // no id
    SyncState next = state;
    next.cursor = users.at(11).id();
    QVERIFY(!m_cache->upsertPage(QStringLiteral("users"), page, next, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_cache->resource(QStringLiteral("users"), users.at(10).id()));
    QVERIFY(m_cache->search(users.at(10).stringAttribute(QStringLiteral("email"))).isEmpty()
            || m_cache->search(users.at(10).stringAttribute(QStringLiteral("email"))).constFirst().id
                   != users.at(10).id());
    QCOMPARE(m_cache->syncState(QStringLiteral("users")).cursor, state.cursor);
    QCOMPARE(m_cache->count(QStringLiteral("users")), 10);
    // The pass goes on from the last good page, and the cache is consistent after it.
    QVERIFY(m_cache->upsertPage(QStringLiteral("users"), users.mid(10), next, &error));
    QVERIFY(m_cache->finishPass(QStringLiteral("users"), 1, &error));
    QCOMPARE(m_cache->count(QStringLiteral("users")), qint64(users.size()));
    m_cache->close();
    Cache other;
    QVERIFY(other.open(m_path, &error));
    QCOMPARE(other.count(QStringLiteral("users")), qint64(users.size()));
    QVERIFY(other.search(users.at(10).stringAttribute(QStringLiteral("email"))).constFirst().id == users.at(10).id());
}

void TestCache::databaseFailureRollsBackTheGroup()
{
    // A resource that cannot be cached fails its page before anything is written (failedPageLeavesNothing). A
    // failure of the database itself halfway through a page (here a trigger, as a full disk would) rolls back the
    // whole open group: none of its pages, nor the sync state they carried, are kept, and the observer hears it.
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QStringList ends;
    const auto unobserve = recordEnds(*m_cache, ends);
    QList<api::Resource> licenses = m_resources.value(QStringLiteral("licenses")).mid(0, 40);
    SyncState state;
    state.pass = 1;
    state.cursor = licenses.at(29).id();
    QElapsedTimer writing;
    writing.start();
    QVERIFY2(m_cache->upsertPage(QStringLiteral("licenses"), licenses.mid(0, 30), state, &error), qPrintable(error));
    QSqlQuery trigger(cacheConnection());
    QVERIFY2(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER fail_boom BEFORE INSERT ON main.licenses"
                                         " WHEN NEW.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'boom'); END")),
             qPrintable(trigger.lastError().text()));
    licenses[35].setAttribute(QStringLiteral("name"), QStringLiteral("Boom"));
    SyncState next = state;
    next.cursor = licenses.constLast().id();
    QVERIFY(!m_cache->upsertPage(QStringLiteral("licenses"), licenses.mid(30), next, &error));
    QVERIFY2(error.contains(QLatin1String("boom")), qPrintable(error));
    if (writing.elapsed() >= kGroupAgeMs) {
        QSKIP("The first page took longer than a group's age (a loaded machine): its group was committed at once.");
    }
    QCOMPARE(ends.size(), 1);
    QVERIFY(!ends.constFirst().isEmpty());
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), 0);
    QCOMPARE(m_cache->syncState(QStringLiteral("licenses")).pass, 0);
    QVERIFY(m_cache->search(licenses.at(3).stringAttribute(QStringLiteral("key"))).isEmpty());

    // The pass starts again and goes through once the database works.
    // (The trigger was made in the open group: the rollback took it away too.)
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.fail_boom")));
    QVERIFY2(m_cache->upsertPage(QStringLiteral("licenses"), licenses.mid(0, 30), state, &error), qPrintable(error));
    QVERIFY2(m_cache->upsertPage(QStringLiteral("licenses"), licenses.mid(30), next, &error), qPrintable(error));
    QVERIFY2(m_cache->finishPass(QStringLiteral("licenses"), 1, &error), qPrintable(error));
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), 40);
    QCOMPARE(m_cache->search(QStringLiteral("Boom"), {QStringLiteral("licenses")}).value(0).id, licenses.at(35).id());
    QCOMPARE(ends.constLast(), QString());
}

void TestCache::pagesAreCommittedInGroups()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    Cache reader;
    QVERIFY2(reader.open(m_path, &error), qPrintable(error));
    const qint64 version = reader.dataVersion();
    SyncState state;
    state.pass = 1;
    QElapsedTimer writing;
    writing.start();
    QVERIFY(m_cache->upsertPage(QStringLiteral("groups"), m_resources.value(QStringLiteral("groups")), state, &error));
    // This Cache reads its own pages at once; another connection when the group is committed: by the event loop
    // when it has nothing else to do, by flush(), or by any other write. (A group older than a second is committed
    // by the page itself: on a machine so loaded that the page took that long, the group is not open any more.)
    QCOMPARE(m_cache->count(QStringLiteral("groups")), qint64(m_resources.value(QStringLiteral("groups")).size()));
    if (writing.elapsed() < kGroupAgeMs) {
        QCOMPARE(reader.count(QStringLiteral("groups")), 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(reader.count(QStringLiteral("groups")),
                              qint64(m_resources.value(QStringLiteral("groups")).size()),
                              5000);
    QVERIFY(reader.dataVersion() != version);
    writing.start();
    QVERIFY(
        m_cache->upsertPage(QStringLiteral("products"), m_resources.value(QStringLiteral("products")), state, &error));
    if (writing.elapsed() < kGroupAgeMs) {
        QCOMPARE(reader.count(QStringLiteral("products")), 0);
    }
    QVERIFY(m_cache->flush(&error));
    QCOMPARE(reader.count(QStringLiteral("products")), qint64(m_resources.value(QStringLiteral("products")).size()));
    QVERIFY(m_cache->upsertPage(QStringLiteral("entitlements"),
                                m_resources.value(QStringLiteral("entitlements")),
                                state,
                                &error));
    QVERIFY(m_cache->upsert({m_resources.value(QStringLiteral("policies")).constFirst()}, &error));
    QCOMPARE(reader.count(QStringLiteral("entitlements")),
             qint64(m_resources.value(QStringLiteral("entitlements")).size()));
    // Writes from the other connection wait for the group instead of failing.
    QVERIFY(
        m_cache->upsertPage(QStringLiteral("releases"), m_resources.value(QStringLiteral("releases")), state, &error));
    QVERIFY2(reader.upsert({m_resources.value(QStringLiteral("artifacts")).constFirst()}, &error), qPrintable(error));
}

// A sync's writer learns of every end of a transaction, also when the cache commits a group on its own and that
// fails: the disk is full (here: the database may not grow) when the idle commit writes the full-text rows.
void TestCache::commitObserverHearsEveryEnd()
{
    // In a cache with 4 KiB pages (as earlier versions made), the full-text rows of 120 licenses need a page of their
    // own: in 16 KiB pages they may fit in the room the applied rows left.
    createEmptyDatabase(m_path, 4096);
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QStringList ends;
    const auto unobserve = recordEnds(*m_cache, ends);
    const QList<api::Resource> licenses = m_resources.value(QStringLiteral("licenses"));
    QVERIFY(m_cache->upsert(m_resources.value(QStringLiteral("products")), &error));
    QCOMPARE(ends, QStringList{QString()});
    SyncState state;
    state.pass = 1;
    state.cursor = licenses.at(29).id();
    QElapsedTimer writing;
    writing.start();
    QVERIFY(m_cache->upsertPage(QStringLiteral("licenses"), licenses.mid(0, 30), state, &error));
    if (writing.elapsed() < kGroupAgeMs) {
        QCOMPARE(ends.size(), 1); // the group stays open (unless the page itself took longer than a group's age)
    }
    QTRY_COMPARE_WITH_TIMEOUT(ends.size(), 2, 5000);
    QCOMPARE(ends.constLast(), QString());

    QSqlQuery pragma(cacheConnection());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
    const qint64 pages = pragma.value(0).toLongLong();
    pragma.finish();
    SyncState next = state;
    next.cursor = licenses.constLast().id();
    writing.start();
    QVERIFY(m_cache->upsertPage(QStringLiteral("licenses"), licenses.mid(30), next, &error));
    if (writing.elapsed() >= kGroupAgeMs) {
        QSKIP("The page took longer than a group's age (a loaded machine): its group was committed at once.");
    }
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA freelist_count")) && pragma.next());
    QCOMPARE(pragma.value(0).toLongLong(), 0); // the full-text rows need new pages
    pragma.finish();
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
    const qint64 grown = pragma.value(0).toLongLong();
    pragma.finish();
    QVERIFY(grown > pages);
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(grown)));
    pragma.finish();
    QTRY_COMPARE_WITH_TIMEOUT(ends.size(), 3, 5000);
    QVERIFY2(!ends.constLast().isEmpty(), "the lost group is reported");
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), 30);
    QCOMPARE(m_cache->syncState(QStringLiteral("licenses")).cursor, state.cursor);

    // Room again: the page is written and committed.
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    pragma.finish();
    QVERIFY(m_cache->upsertPage(QStringLiteral("licenses"), licenses.mid(30), next, &error));
    QVERIFY(m_cache->flush(&error));
    QCOMPARE(ends.size(), 4);
    QCOMPARE(ends.constLast(), QString());
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), qint64(licenses.size()));
}

void TestCache::finishPassChecksThePass()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    SyncState state;
    state.pass = 4;
    QVERIFY(m_cache->setSyncState(QStringLiteral("licenses"), state));
    QVERIFY(!m_cache->finishPass(QStringLiteral("licenses"), 3, &error));
    QVERIFY2(error.contains(QLatin1String("not the current one")), qPrintable(error));
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), qint64(m_resources.value(QStringLiteral("licenses")).size()));
    QVERIFY(!m_cache->finishPass(QStringLiteral("widgets"), 1, &error));
    QVERIFY(!m_cache->upsertPage(QStringLiteral("widgets"), QList<api::Resource>{}, state, &error));
}

void TestCache::forgetDeletesEverything()
{
    QString error;
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    fill(*m_cache);
    QVERIFY(QFileInfo::exists(m_path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(searchIndexPath(m_path)));
    QVERIFY(Cache::sizeOnDisk(m_path) > 0);
    Cache second;
    QVERIFY(second.open(m_path, &error));
    QVERIFY2(Cache::forget(m_path, &error), qPrintable(error));
    // Every Cache of this process on it was closed; nothing of it is left.
    QVERIFY(!m_cache->isOpen());
    QVERIFY(!second.isOpen());
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QVERIFY2(!QFileInfo::exists(m_path + suffix), qPrintable(suffix));
    }
    for (const QString &file : searchIndexFiles(m_path)) {
        QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
    }
    QCOMPARE(Cache::sizeOnDisk(m_path), 0);
    QVERIFY(Cache::forget(m_path, &error)); // nothing to forget is fine
    // A new, empty cache can take its place.
    QVERIFY2(m_cache->open(m_path, &error), qPrintable(error));
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), 0);
}

void TestCache::distinctValuesOfATextColumn()
{
    QVERIFY(m_cache->open(m_path));
    fill(*m_cache);
    const QString licenses = QStringLiteral("licenses");
    QSet<QString> statuses;
    for (const api::Resource &license : m_resources.value(licenses)) {
        statuses.insert(license.stringAttribute(QStringLiteral("status")));
    }
    QVERIFY(statuses.size() >= 3);
    QStringList expected(statuses.cbegin(), statuses.cend());
    expected.sort();
    QCOMPARE(m_cache->distinctValues(licenses, QStringLiteral("status"), 50), expected);
    QCOMPARE(m_cache->distinctValues(licenses, QStringLiteral("status"), 2), expected.mid(0, 2));
    // Only text columns; no error for the others.
    QVERIFY(m_cache->distinctValues(licenses, QStringLiteral("uses"), 50).isEmpty());
    QVERIFY(m_cache->distinctValues(licenses, QStringLiteral("policy"), 50).isEmpty());
    QVERIFY(m_cache->distinctValues(licenses, QStringLiteral("colour"), 50).isEmpty());
    QVERIFY(m_cache->distinctValues(QStringLiteral("customers"), QStringLiteral("status"), 50).isEmpty());
}

void TestCache::csvCellsForSpreadsheets_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("null") << QVariant() << QString();
    QTest::newRow("plain text") << QVariant(QStringLiteral("Helios GmbH")) << QStringLiteral("Helios GmbH");
    QTest::newRow("accents") << QVariant(QStringLiteral("Dąbrowski – Köln")) << QStringLiteral("Dąbrowski – Köln");
    QTest::newRow("comma") << QVariant(QStringLiteral("Smith, Jones")) << QStringLiteral("\"Smith, Jones\"");
    QTest::newRow("quotes") << QVariant(QStringLiteral("The \"Best\" Ltd"))
                            << QStringLiteral("\"The \"\"Best\"\" Ltd\"");
    QTest::newRow("line break") << QVariant(QStringLiteral("a\r\nb")) << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("formula") << QVariant(QStringLiteral("=1+2")) << QStringLiteral("'=1+2");
    QTest::newRow("formula with comma") << QVariant(QStringLiteral("=SUM(A1,A2)"))
                                        << QStringLiteral("\"'=SUM(A1,A2)\"");
    QTest::newRow("plus") << QVariant(QStringLiteral("+49 30 123")) << QStringLiteral("'+49 30 123");
    QTest::newRow("minus") << QVariant(QStringLiteral("-cmd")) << QStringLiteral("'-cmd");
    QTest::newRow("at") << QVariant(QStringLiteral("@SUM(1)")) << QStringLiteral("'@SUM(1)");
    QTest::newRow("tab") << QVariant(QStringLiteral("\t=1")) << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QVariant(QStringLiteral("\r=1")) << QStringLiteral("\"'\r=1\"");
    QTest::newRow("equals inside") << QVariant(QStringLiteral("a=b")) << QStringLiteral("a=b");
    QTest::newRow("negative number") << QVariant(qint64(-5)) << QStringLiteral("-5");
    QTest::newRow("negative double") << QVariant(-0.5) << QStringLiteral("-0.5");
    QTest::newRow("integer") << QVariant(42) << QStringLiteral("42");
    QTest::newRow("boolean") << QVariant(true) << QStringLiteral("true");
    QTest::newRow("number as text") << QVariant(QStringLiteral("-5")) << QStringLiteral("'-5");
}

void TestCache::csvCellsForSpreadsheets()
{
    QFETCH(QVariant, value);
    QFETCH(QString, cell);
    QCOMPARE(cache::csvCell(value), cell);
    QCOMPARE(cache::csvRecord({cache::csvCell(value), QStringLiteral("x")}), cell + QStringLiteral(",x\r\n"));
}

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
