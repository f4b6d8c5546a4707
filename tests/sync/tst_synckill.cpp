// A sync killed with SIGKILL at random moments, over and over, always leaves a consistent cache
// (PRAGMA integrity_check = ok) and completes when run again: the real executable (`keydesk sync`) against the
// in-process sandbox over real HTTP.

#include "app/cache/cache.h"
#include "app/cache/searchindex.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace keydesk;

class TestSyncKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedSyncsLeaveAConsistentCache();

private:
    QProcessEnvironment environment() const;
    QStringList syncArguments() const;
    QString integrity(const QString &path) const;

    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;
};

void TestSyncKill::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    QVERIFY2(sandbox::seedDemoData(m_server.store(), m_server.account(), 1500, &error), qPrintable(error));
}

QProcessEnvironment TestSyncKill::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYDESK_TOKEN"), m_server.adminToken());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

QStringList TestSyncKill::syncArguments() const
{
    return {QStringLiteral("sync"),
            QStringLiteral("--url"),
            m_server.baseUrl().toString(),
            QStringLiteral("--account"),
            m_server.account().slug};
}

QString TestSyncKill::integrity(const QString &path) const
{
    const QString name = QStringLiteral("integrity-check");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            return QStringLiteral("cannot open");
        }
        QSqlQuery query(db);
        result = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() ? query.value(0).toString()
                                                                                      : QStringLiteral("failed");
        query.finish();
        // The full-text index's file, once there is one: SQLite's check, and FTS5's own of the index's structure.
        const QString index = cache::searchIndexPath(path);
        if (result == QLatin1String("ok") && QFileInfo::exists(index)) {
            query.prepare(QStringLiteral("ATTACH DATABASE ? AS fts"));
            query.addBindValue(index);
            const bool attached = query.exec();
            result = attached && query.exec(QStringLiteral("PRAGMA fts.integrity_check")) && query.next()
                       ? query.value(0).toString()
                       : QStringLiteral("index: ") + query.lastError().text();
            query.finish();
            if (result == QLatin1String("ok")
                && query.exec(QStringLiteral("SELECT 1 FROM fts.sqlite_master WHERE name = 'search'")) && query.next()
                && !query.exec(QStringLiteral("INSERT INTO fts.search (search) VALUES ('integrity-check')"))) {
                result = QStringLiteral("index: ") + query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void TestSyncKill::killedSyncsLeaveAConsistentCache()
{
    QRandomGenerator random(20261122);
    QString cachePath;
    int killedMidway = 0;
    for (int round = 0; round < 20; ++round) {
        QProcess sync;
        sync.setProcessEnvironment(environment());
        sync.start(QStringLiteral(KEYDESK_BINARY), syncArguments());
        QVERIFY(sync.waitForStarted());
        // Let it work for a random while, serving its requests meanwhile, then kill it without warning.
        const int delay = 50 + int(random.bounded(700));
        QSignalSpy finished(&sync, &QProcess::finished);
        finished.wait(delay);
        if (sync.state() != QProcess::NotRunning) {
            sync.kill(); // SIGKILL
            QVERIFY(sync.waitForFinished(5000));
            ++killedMidway;
        }
        if (cachePath.isEmpty()) {
            const QDir cacheDir(m_dir.filePath(QStringLiteral("cache")));
            const QStringList found = [&] {
                QStringList files;
                QDirIterator it(cacheDir.path(),
                                {QStringLiteral("*.sqlite")},
                                QDir::Files,
                                QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    files << it.next();
                }
                return files;
            }();
            if (!found.isEmpty()) {
                cachePath = found.constFirst();
            }
        }
        if (!cachePath.isEmpty()) {
            QCOMPARE(integrity(cachePath), QStringLiteral("ok"));
        }
    }
    QVERIFY(killedMidway >= 10);

    // Left alone, it completes, and the cache holds every license once.
    QProcess sync;
    sync.setProcessEnvironment(environment());
    sync.start(QStringLiteral(KEYDESK_BINARY), syncArguments());
    QVERIFY(sync.waitForStarted());
    QSignalSpy finished(&sync, &QProcess::finished);
    QVERIFY(finished.wait(180000));
    QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
    QVERIFY(!cachePath.isEmpty());
    QCOMPARE(integrity(cachePath), QStringLiteral("ok"));
    cache::Cache cache;
    QString error;
    QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
    QCOMPARE(cache.count(QStringLiteral("licenses")), 1500);
    QVERIFY(cache.syncState(QStringLiteral("licenses")).complete);
    // Every license is found by a fragment of its key: the full-text index lost nothing to the kills.
    QVERIFY2(cache.flush(&error), qPrintable(error)); // the index has caught up
    cache::Query all{QStringLiteral("licenses")};
    all.limit = 2000;
    const QList<api::Resource> licenses = cache.resources(all);
    QCOMPARE(licenses.size(), 1500);
    for (const api::Resource &license : licenses) {
        const QString fragment = license.stringAttribute(QStringLiteral("key")).right(20).left(12); // of its signature
        const QList<cache::SearchHit> hits = cache.search(fragment, {QStringLiteral("licenses")}, 5);
        QVERIFY2(std::any_of(
                     hits.cbegin(),
                     hits.cend(),
                     [&](const cache::SearchHit &hit) {
            return hit.id == license.id();
                     }),
                 qPrintable(fragment));
    }
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
