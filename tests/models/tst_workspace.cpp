// The workspace's announcements of cache changes: a change made by the user (write-through), a record refreshed when
// opened, a removal. Each is announced once, when the console's connection reads it (the pages and models refresh
// on cacheChanged), against the real sandbox over loopback HTTP.

#include "app/api/requests.h"
#include "models/workspace.h"
#include "tests/ui/sandboxprofile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changesAreAnnouncedOnceWhenReadable();

private:
    // cacheChanged() signals for `type` in `spy` (an empty type counts too: any type).
    static int announcements(const QSignalSpy &spy, const QString &type);

    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    std::unique_ptr<Workspace> m_workspace;
};

void TestWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_workspace = testing::startSyncedSandbox(m_server, 20, m_dir.filePath(QStringLiteral("cache.sqlite")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
}

int TestWorkspace::announcements(const QSignalSpy &spy, const QString &type)
{
    int count = 0;
    for (const QList<QVariant> &arguments : spy) {
        const QString announced = arguments.constFirst().toString();
        count += announced == type || announced.isEmpty() ? 1 : 0;
    }
    return count;
}

void TestWorkspace::changesAreAnnouncedOnceWhenReadable()
{
    const QString licenses = QStringLiteral("licenses");
    cache::Cache *cache = m_workspace->cache();
    const QList<cache::Row> active = cache->rows({licenses,
                                                  {{QStringLiteral("status"),
                                                    cache::Filter::Op::Equals,
                                                    QStringLiteral("ACTIVE")}}},
                                                 {});
    QVERIFY(!active.isEmpty());
    const QString id = active.constFirst().id;
    QCOMPARE(cache->resource(licenses, id)->stringAttribute(QStringLiteral("status")), QStringLiteral("ACTIVE"));
    QSignalSpy changed(m_workspace.get(), &Workspace::cacheChanged);
    QString statusWhenAnnounced;
    connect(m_workspace.get(), &Workspace::cacheChanged, this, [&](const QString &type) {
        if (type == licenses && statusWhenAnnounced.isEmpty()) {
            statusWhenAnnounced = cache->resource(licenses, id)->stringAttribute(QStringLiteral("status"));
        }
    });

    // The user suspends it: announced once, and readable by then.
    bool done = false;
    api::ApiError failure;
    const auto answered = [&](const api::ApiError &error, const api::Resource &) {
        failure = error;
        done = true;
    };
    m_workspace->mutations()->send(api::requests::action(licenses, id, QStringLiteral("suspend")), answered);
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(!failure.isError(), qPrintable(failure.userMessage()));
    QTest::qWait(300); // a second announcement would come within this
    QCOMPARE(announcements(changed, licenses), 1);
    QCOMPARE(statusWhenAnnounced, QStringLiteral("SUSPENDED"));

    // The record is refreshed when opened: once more.
    changed.clear();
    QSignalSpy refreshed(m_workspace->syncEngine(), &sync::SyncEngine::recordRefreshed);
    m_workspace->syncEngine()->refreshOne(licenses, id);
    QVERIFY(refreshed.wait(15000));
    QTest::qWait(300);
    QCOMPARE(announcements(changed, licenses), 1);

    // Deleted: once, and gone by then.
    changed.clear();
    bool gone = false;
    connect(m_workspace.get(), &Workspace::cacheChanged, this, [&](const QString &type) {
        if (type == licenses) {
            gone = !cache->resource(licenses, id);
        }
    });
    done = false;
    m_workspace->mutations()->destroy(licenses, id, answered);
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(!failure.isError(), qPrintable(failure.userMessage()));
    QTest::qWait(300);
    QCOMPARE(announcements(changed, licenses), 1);
    QVERIFY(gone);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
