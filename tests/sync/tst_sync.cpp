// Sync against the in-process sandbox over real HTTP: afterwards the cache equals the server, record for record;
// deletions on the server disappear; a cancelled pass resumes; rate limits and injected faults do not change the
// outcome; quick refreshes, single records, write-through changes and metadata merges.

#include "app/api/requests.h"
#include "app/cache/cache.h"
#include "app/licensing/publickeys.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sync/mutations.h"
#include "app/sync/syncengine.h"
#include "tests/apireply.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace keydesk;

namespace {

using testing::wait;

// The cache file's write lock, held from a connection of its own as the sync's writer holds it during an index
// build; let go, and the connection removed, when this goes (also when a check fails halfway).
class WriteLock
{
public:
    explicit WriteLock(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        db.setDatabaseName(path);
        if (db.open()) {
            m_query = std::make_unique<QSqlQuery>(db);
        }
    }

    ~WriteLock()
    {
        release();
        m_query.reset();
        QSqlDatabase::database(QStringLiteral("locker"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    // Waits (busy timeout) while another connection writes.
    bool take() { return m_query && (m_held = m_query->exec(QStringLiteral("BEGIN IMMEDIATE"))); }

    bool release() { return !std::exchange(m_held, false) || m_query->exec(QStringLiteral("COMMIT")); }

private:
    std::unique_ptr<QSqlQuery> m_query;
    bool m_held = false;
};

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fullSyncMirrorsTheServer();
    void deletionsDisappear();
    void cancelledPassResumes();
    void cancelDoesNotWaitForTheWriter();
    void writerCommitsWhatOthersRead();
    void writeThroughDuringAPassSurvivesIt();
    void ratesAndFaultsDoNotChangeTheOutcome();
    void quickRefreshAndSingleRecords();
    void writeThroughAndMetadataMerge();
    void writeThroughGoesThroughTheWriter();

private:
    std::unique_ptr<api::ApiClient> clientFor(sandbox::SandboxServer &server) const;
    bool runSync(sync::SyncEngine &engine, const QStringList &types = {});
    // Compares every record of the types on the server with the cache: same ids, same attributes.
    void compareWithServer(sandbox::SandboxServer &server, const QStringList &types);

    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<cache::Cache> m_cache;
    std::unique_ptr<api::ApiClient> m_client;
};

std::unique_ptr<api::ApiClient> TestSync::clientFor(sandbox::SandboxServer &server) const
{
    auto client = std::make_unique<api::ApiClient>();
    api::ConnectionSettings settings;
    settings.server = server.baseUrl();
    settings.account = server.account().slug;
    settings.accountId = server.account().id;
    settings.backoffBase = std::chrono::milliseconds(10);
    settings.backoffCap = std::chrono::milliseconds(100);
    settings.maxRetries = 10;
    api::ConnectionSettings bootstrap = settings;
    bootstrap.signatureMode = api::SignatureMode::Off;
    client->setSettings(bootstrap);
    client->setCredentials(api::Credentials::token(server.adminToken()));
    // Pin the account's keys, as a profile does; every answer of the sync is then verified with them.
    api::ApiReply *account = wait(client->send(api::requests::account()));
    settings.publicKeys = parsePublicKeys(account->body());
    client->setSettings(settings);
    return client;
}

bool TestSync::runSync(sync::SyncEngine &engine, const QStringList &types)
{
    QSignalSpy finished(&engine, &sync::SyncEngine::finished);
    engine.start(types);
    if (!finished.wait(120000)) {
        return false;
    }
    for (const sync::TypeProgress &progress : engine.progress()) {
        if (progress.error.isError()) {
            qWarning("%s: %s", qPrintable(progress.type), qPrintable(progress.error.technicalSummary()));
        }
    }
    return finished.constFirst().constFirst().toBool();
}

void TestSync::compareWithServer(sandbox::SandboxServer &server, const QStringList &types)
{
    for (const QString &type : types) {
        sandbox::ListQuery query;
        query.accountId = server.account().id;
        query.type = type;
        query.limit = 1000000;
        const QList<sandbox::StoredResource> stored = server.store().list(query);
        QCOMPARE(m_cache->count(type), qint64(stored.size()));
        const sandbox::ResourceSpec *spec = sandbox::resourceSpecOf(type);
        QVERIFY(spec);
        for (const sandbox::StoredResource &resource : stored) {
            const std::optional<api::Resource> cached = m_cache->resource(type, resource.id);
            QVERIFY2(cached, qPrintable(type + u' ' + resource.id));
            const QJsonObject expected = sandbox::serialize(server.store(), *spec, resource)
                                             .value(QStringLiteral("attributes"))
                                             .toObject();
            QJsonObject got = cached->attributes();
            // Computed at the moment of serving (time-dependent): compared where stable.
            for (const char *volatileName : {"status", "heartbeatStatus", "nextHeartbeat"}) {
                got.remove(QLatin1String(volatileName));
            }
            QJsonObject want = expected;
            for (const char *volatileName : {"status", "heartbeatStatus", "nextHeartbeat"}) {
                want.remove(QLatin1String(volatileName));
            }
            QCOMPARE(got, want);
        }
    }
}

void TestSync::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    QVERIFY2(sandbox::seedDemoData(m_server.store(), m_server.account(), 350, &error), qPrintable(error));
}

void TestSync::init()
{
    m_cache = std::make_unique<cache::Cache>();
    QString error;
    QVERIFY2(m_cache->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))),
                           &error),
             qPrintable(error));
    m_client = clientFor(m_server);
}

void TestSync::cleanup()
{
    m_cache.reset();
    m_client.reset();
}

void TestSync::fullSyncMirrorsTheServer()
{
    sync::SyncEngine engine(m_client.get(), m_cache.get());
    QList<sync::TypeProgress> updates;
    connect(&engine, &sync::SyncEngine::progressChanged, this, [&](const sync::TypeProgress &progress) {
        updates << progress;
    });
    QVERIFY(runSync(engine));
    for (const sync::TypeProgress &progress : engine.progress()) {
        QVERIFY2(progress.finished, qPrintable(progress.type + u' ' + progress.error.technicalSummary()));
        QVERIFY(!progress.running);
        QCOMPARE(progress.done, m_cache->count(progress.type));
        QCOMPARE(progress.total, progress.done);
        QVERIFY(m_cache->syncState(progress.type).complete);
        QVERIFY(m_cache->syncState(progress.type).lastComplete.isValid());
    }
    QVERIFY(!updates.isEmpty());
    // Referenced types were read before the types that refer to them.
    const auto firstIndex = [&](const QString &type) {
        for (qsizetype i = 0; i < updates.size(); ++i) {
            if (updates.at(i).type == type) {
                return i;
            }
        }
        return qsizetype(-1);
    };
    QVERIFY(firstIndex(QStringLiteral("policies")) < firstIndex(QStringLiteral("licenses")));
    QVERIFY(firstIndex(QStringLiteral("licenses")) < firstIndex(QStringLiteral("machines")));
    compareWithServer(m_server, cache::cachedTypes());

    // A second pass changes nothing and duplicates nothing.
    const qint64 licenses = m_cache->count(QStringLiteral("licenses"));
    QVERIFY(runSync(engine));
    QCOMPARE(m_cache->count(QStringLiteral("licenses")), licenses);
}

void TestSync::deletionsDisappear()
{
    sync::SyncEngine engine(m_client.get(), m_cache.get());
    QVERIFY(runSync(engine, {QStringLiteral("products"), QStringLiteral("policies"), QStringLiteral("licenses")}));
    // Someone deletes a license elsewhere.
    const QList<cache::Row>
        rows = m_cache->rows({QStringLiteral("licenses"), {}, QStringLiteral("created"), Qt::DescendingOrder, 0, 1},
                             {});
    QCOMPARE(rows.size(), 1);
    const QString gone = rows.constFirst().id;
    QVERIFY(wait(m_client->send(api::requests::destroy(QStringLiteral("licenses"), gone)))->ok());
    QVERIFY(m_cache->resource(QStringLiteral("licenses"), gone));
    QVERIFY(runSync(engine, {QStringLiteral("licenses")}));
    QVERIFY(!m_cache->resource(QStringLiteral("licenses"), gone));
    compareWithServer(m_server, {QStringLiteral("licenses")});
}

void TestSync::cancelledPassResumes()
{
    sync::SyncEngine engine(m_client.get(), m_cache.get());
    engine.setPageSize(25);
    int pages = 0;
    connect(&engine, &sync::SyncEngine::progressChanged, this, [&](const sync::TypeProgress &progress) {
        if (progress.type == QLatin1String("licenses") && progress.done > 0 && ++pages == 3) {
            engine.cancel(); // in the middle of the licenses
        }
    });
    QSignalSpy finished(&engine, &sync::SyncEngine::finished);
    engine.start({QStringLiteral("licenses")});
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    const cache::SyncState interrupted = m_cache->syncState(QStringLiteral("licenses"));
    QVERIFY(!interrupted.complete);
    QVERIFY(!interrupted.cursor.isEmpty());
    const qint64 partial = m_cache->count(QStringLiteral("licenses"));
    QVERIFY(partial > 0 && partial < 340);

    // The next run continues after the last stored page (it does not start over) and completes the pass.
    engine.disconnect(this);
    QVERIFY(runSync(engine, {QStringLiteral("licenses")}));
    sandbox::ListQuery all;
    all.accountId = m_server.account().id;
    all.type = QStringLiteral("licenses");
    QCOMPARE(engine.progress().constFirst().done, m_server.store().count(all) - partial);
    QCOMPARE(m_cache->syncState(QStringLiteral("licenses")).pass, interrupted.pass);
    compareWithServer(m_server, {QStringLiteral("licenses")});
}

// Cancel is pressed while the writer waits for the write lock (as during an index build, which takes seconds at a
// million rows): the console's thread goes on at once, the sync bar can go, and finished() follows once the writer
// has committed what it stored; the next run resumes from there.
void TestSync::cancelDoesNotWaitForTheWriter()
{
    const QString licenses = QStringLiteral("licenses");
    sandbox::ListQuery all;
    all.accountId = m_server.account().id;
    all.type = licenses;
    const qint64 onServer = m_server.store().count(all);
    sync::SyncEngine engine(m_client.get(), m_cache.get());
    engine.setPageSize(1);
    QSignalSpy finished(&engine, &sync::SyncEngine::finished);
    WriteLock lock(m_cache->path());
    bool locked = false;
    connect(&engine, &sync::SyncEngine::progressChanged, this, [&](const sync::TypeProgress &progress) {
        if (!locked && progress.type == licenses && progress.done > 0) {
            locked = lock.take(); // waits for the writer's open group
        }
    });
    engine.start({licenses});
    QTRY_VERIFY_WITH_TIMEOUT(locked, 30000);
    engine.disconnect(this);
    // Two more pages arrive: the pager hands each on as it asks for the next, so the writer waits for the lock
    // with one of them.
    QSignalSpy answers(m_client.get(), &api::ApiClient::reachabilityObserved);
    QTRY_VERIFY_WITH_TIMEOUT(answers.count() >= 2, 30000);
    QVERIFY(engine.isRunning()); // pages of 1 license: far from done
    QSignalSpy progress(&engine, &sync::SyncEngine::progressChanged);
    engine.cancel();
    QVERIFY(!engine.isRunning());
    QCOMPARE(finished.count(), 0); // the writer still waits for the lock
    QVERIFY(!progress.isEmpty());
    const auto cancelled = progress.constLast().constFirst().value<sync::TypeProgress>();
    QCOMPARE(cancelled.type, licenses);
    QVERIFY(!cancelled.running);
    QCOMPARE(cancelled.error.kind(), api::ApiError::Kind::Cancelled);
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0); // nothing is committed while the lock is held

    QVERIFY(lock.release());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    const cache::SyncState interrupted = m_cache->syncState(licenses);
    QVERIFY(!interrupted.complete);
    const qint64 stored = m_cache->count(licenses);
    QVERIFY(stored > 0 && stored < onServer);
    QVERIFY(runSync(engine, {licenses}));
    compareWithServer(m_server, {licenses});
}

// The engine writes through its own connection in its own thread: another connection (here the test's Cache, in
// the console the models') reads the rows once committed() says so, and the last commit holds every record.
void TestSync::writerCommitsWhatOthersRead()
{
    sync::SyncEngine engine(m_client.get(), m_cache.get());
    engine.setPageSize(10);
    QList<qint64> counts;
    connect(&engine, &sync::SyncEngine::committed, this, [&](const QStringList &types) {
        if (types.contains(QStringLiteral("machines"))) {
            counts << m_cache->count(QStringLiteral("machines"));
        }
    });
    QVERIFY(runSync(engine, {QStringLiteral("machines")}));
    sandbox::ListQuery all;
    all.accountId = m_server.account().id;
    all.type = QStringLiteral("machines");
    QVERIFY(!counts.isEmpty());
    QVERIFY(std::is_sorted(counts.cbegin(), counts.cend()));
    QCOMPARE(counts.constLast(), m_server.store().count(all));
    QCOMPARE(engine.progress().constFirst().done, m_server.store().count(all));
}

// Records are edited and deleted on another connection (here the test's Cache) while a full pass runs on the sync's.
// The pass's end removes what the server no longer has, and must not take the edited record for one of those.
void TestSync::writeThroughDuringAPassSurvivesIt()
{
    const QString licenses = QStringLiteral("licenses");
    sync::SyncEngine engine(m_client.get(), m_cache.get());
    engine.setPageSize(10);
    QVERIFY(runSync(engine, {licenses}));
    // Newest first: both are on the first page of the next pass.
    const QList<cache::Row> newest = m_cache->rows({licenses, {}, QStringLiteral("created"), Qt::DescendingOrder, 0, 2},
                                                   {});
    QCOMPARE(newest.size(), 2);
    const QString edited = newest.at(0).id;
    const QString deleted = newest.at(1).id;
    bool changed = false;
    connect(&engine, &sync::SyncEngine::progressChanged, this, [&](const sync::TypeProgress &progress) {
        if (changed || progress.done < 10) {
            return;
        }
        changed = true;
        api::Resource resource = *m_cache->resource(licenses, edited);
        resource.setAttribute(QStringLiteral("name"), QStringLiteral("Edited meanwhile"));
        QVERIFY(m_cache->upsert({resource}));
        QVERIFY(m_server.store().removeResource(m_server.account().id, licenses, deleted));
        QVERIFY(m_cache->remove(licenses, deleted));
    });
    QVERIFY(runSync(engine, {licenses}));
    QVERIFY(changed);
    const std::optional<api::Resource> kept = m_cache->resource(licenses, edited);
    QVERIFY(kept);
    QCOMPARE(kept->stringAttribute(QStringLiteral("name")), QStringLiteral("Edited meanwhile"));
    // Nothing else was taken for deleted either: the cache holds what the server has.
    sandbox::ListQuery all;
    all.accountId = m_server.account().id;
    all.type = licenses;
    QCOMPARE(m_cache->count(licenses), m_server.store().count(all));
}

void TestSync::ratesAndFaultsDoNotChangeTheOutcome()
{
    sandbox::SandboxServer rough;
    sandbox::SandboxOptions options;
    options.rateLimit = {40, 1};
    options.faults.errorRate = 0.15;
    options.faults.dropRate = 0.05;
    options.faults.seed = 11;
    QString error;
    QVERIFY2(rough.start(options, &error), qPrintable(error));
    QVERIFY2(sandbox::seedDemoData(rough.store(), rough.account(), 120, &error), qPrintable(error));
    auto client = clientFor(rough);
    sync::SyncEngine engine(client.get(), m_cache.get());
    engine.setPageSize(20);
    const QStringList types{QStringLiteral("products"),
                            QStringLiteral("policies"),
                            QStringLiteral("users"),
                            QStringLiteral("licenses")};
    QVERIFY(runSync(engine, types));
    compareWithServer(rough, types);
}

void TestSync::quickRefreshAndSingleRecords()
{
    sync::SyncEngine engine(m_client.get(), m_cache.get());
    QVERIFY(runSync(engine, {QStringLiteral("products"), QStringLiteral("policies"), QStringLiteral("licenses")}));
    const api::Resource
        policy = m_cache
                     ->resources({QStringLiteral("policies"), {}, QStringLiteral("created"), Qt::DescendingOrder, 0, 1})
                     .constFirst();
    api::Resource license(QStringLiteral("licenses"));
    license.setAttribute(QStringLiteral("name"), QStringLiteral("Made elsewhere"));
    license.setRelated(QStringLiteral("policy"), policy.identifier());
    api::ApiReply *created = wait(m_client->send(api::requests::create(license)));
    QVERIFY(created->ok());
    const QString id = created->document().resource().id();
    QVERIFY(!m_cache->resource(QStringLiteral("licenses"), id));

    QSignalSpy finished(&engine, &sync::SyncEngine::finished);
    engine.quickRefresh({QStringLiteral("licenses")});
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.constFirst().constFirst().toBool());
    QVERIFY(m_cache->resource(QStringLiteral("licenses"), id));
    QVERIFY(engine.progress().constFirst().done <= 200); // stopped at the first page without news

    // One record on demand: changed, then gone.
    api::Resource rename = created->document().resource().withOnlyAttributes({});
    rename.setAttribute(QStringLiteral("name"), QStringLiteral("Renamed elsewhere"));
    QVERIFY(wait(m_client->send(api::requests::update(rename)))->ok());
    QSignalSpy refreshed(&engine, &sync::SyncEngine::recordRefreshed);
    engine.refreshOne(QStringLiteral("licenses"), id);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(m_cache->resource(QStringLiteral("licenses"), id)->stringAttribute(QStringLiteral("name")),
             QStringLiteral("Renamed elsewhere"));
    QVERIFY(wait(m_client->send(api::requests::destroy(QStringLiteral("licenses"), id)))->ok());
    engine.refreshOne(QStringLiteral("licenses"), id);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.constLast().at(2).toBool(), false);
    QVERIFY(!m_cache->resource(QStringLiteral("licenses"), id));
}

void TestSync::writeThroughAndMetadataMerge()
{
    sync::SyncEngine engine(m_client.get(), m_cache.get());
    QVERIFY(runSync(engine, {QStringLiteral("products"), QStringLiteral("policies"), QStringLiteral("licenses")}));
    const api::Resource
        license = m_cache
                      ->resources(
                          {QStringLiteral("licenses"), {}, QStringLiteral("created"), Qt::DescendingOrder, 0, 1})
                      .constFirst();
    sync::Mutations mutations(m_client.get(), &engine);

    // An action: the cache shows its outcome at once.
    bool done = false;
    mutations.send(api::requests::action(QStringLiteral("licenses"), license.id(), QStringLiteral("suspend")),
                   [&](const api::ApiError &error, const api::Resource &) {
        QVERIFY(!error.isError());
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(m_cache->resource(QStringLiteral("licenses"), license.id())->stringAttribute(QStringLiteral("status")),
             QStringLiteral("SUSPENDED"));

    // Someone else adds a metadata key; our edit (based on an older copy) keeps it.
    api::Resource theirs = license.withOnlyAttributes({});
    QJsonObject metadata = license.metadata();
    metadata.insert(QStringLiteral("addedElsewhere"), QStringLiteral("keep me"));
    theirs.setAttribute(QStringLiteral("metadata"), metadata);
    QVERIFY(wait(m_client->send(api::requests::update(theirs)))->ok());
    const QString removable = license.metadata().keys().value(0);
    done = false;
    api::Resource result;
    mutations.editMetadata(QStringLiteral("licenses"),
                           license.id(),
                           {{QStringLiteral("ticket"), QStringLiteral("SUP-1234")}},
                           removable.isEmpty() ? QStringList() : QStringList{removable},
                           [&](const api::ApiError &error, const api::Resource &resource) {
        QVERIFY2(!error.isError(), qPrintable(error.technicalSummary()));
        result = resource;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(result.metadata().value(QLatin1String("addedElsewhere")).toString(), QStringLiteral("keep me"));
    QCOMPARE(result.metadata().value(QLatin1String("ticket")).toString(), QStringLiteral("SUP-1234"));
    if (!removable.isEmpty()) {
        QVERIFY(!result.metadata().contains(removable));
    }
    QCOMPARE(m_cache->resource(QStringLiteral("licenses"), license.id())->metadata(), result.metadata());

    // Deactivating a machine removes it from the cache.
    QVERIFY(runSync(engine, {QStringLiteral("machines")}));
    const QList<cache::Row>
        machines = m_cache->rows({QStringLiteral("machines"), {}, QStringLiteral("created"), Qt::DescendingOrder, 0, 1},
                                 {});
    if (!machines.isEmpty()) {
        done = false;
        mutations.destroy(QStringLiteral("machines"), machines.constFirst().id, [&](const api::ApiError &error, auto) {
            QVERIFY(!error.isError());
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!m_cache->resource(QStringLiteral("machines"), machines.constFirst().id));
    }
}

QTEST_GUILESS_MAIN(TestSync)

// With an engine, Mutations store through its writer: the caller's thread never waits for the write lock (which
// the writer may hold for seconds while it builds indexes), and `done` runs once the change is committed.
void TestSync::writeThroughGoesThroughTheWriter()
{
    const QString licenses = QStringLiteral("licenses");
    sync::SyncEngine engine(m_client.get(), m_cache.get());
    QVERIFY(runSync(engine, {licenses}));
    const QString
        id = m_cache->rows({licenses, {}, QStringLiteral("created"), Qt::DescendingOrder, 3, 1}, {}).constFirst().id;
    sync::Mutations mutations(m_client.get(), &engine);
    QSignalSpy committed(&engine, &sync::SyncEngine::committed);

    // Another connection holds the write lock, as the writer does during an index build.
    WriteLock lock(m_cache->path());
    QVERIFY(lock.take());
    bool done = false;
    mutations.send(api::requests::action(licenses, id, QStringLiteral("suspend")),
                   [&](const api::ApiError &error, const api::Resource &) {
        QVERIFY(!error.isError());
        done = true;
    });
    // The server suspends it and answers; this thread goes on handling events while the change waits for the lock.
    QTRY_VERIFY(m_server.store()
                    .resource(m_server.account().id, licenses, id)
                    ->attributes.value(QStringLiteral("suspended"))
                    .toBool());
    QTest::qWait(300);
    QVERIFY(!done);
    QCOMPARE(committed.count(), 0);
    QVERIFY(lock.release());
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    // Announced once, for its type.
    QCOMPARE(committed.count(), 1);
    QCOMPARE(committed.constFirst().constFirst().toStringList(), QStringList{licenses});
    // Committed before `done`: any connection reads it.
    QCOMPARE(m_cache->resource(licenses, id)->stringAttribute(QStringLiteral("status")), QStringLiteral("SUSPENDED"));
}

#include "tst_sync.moc"
