// Sync against a bare download of the same pages (issue 5): "syncing 100,000 licenses from a local sandbox takes at
// most 1.5 times what a bare download of the same pages takes, measured in the same run".
//
// The sandbox runs in its own QThread with its own event loop (as in bench_sandbox), seeded with seedDemoData(), so
// that serving pages does not share the client's event loop. In the main thread, in this order:
//   bare   a plain QNetworkAccessManager loop over /v1/accounts/<account>/licenses?page[size]=100&page[cursor]=,
//          following links.next (found in the bytes, not parsed), with the headers ApiClient sends (Accept,
//          Keygen-Version, Keygen-Accept-Signature, Authorization): the server does the same work, signatures
//          included. One request at a time, as the sync engine reads one type: a sync of only licenses has one
//          pager, and a pager asks for the next page once it has the current one. So sequential is the fair
//          comparison (the engine's parallelism is across types).
//   sync   sync::SyncEngine::start({"licenses"}) into a fresh cache file with the account's keys pinned, so that
//          every page's signature is verified, as a profile's sync does. Licenses refer to products, policies,
//          users and groups, but the cache does not require them first (their ids are columns; the owner's email
//          stays empty without users), so only licenses are synced and timed.
// Then: seconds, licenses per second, and the ratio sync/bare; in rounds (bare, then sync into a fresh cache), and
// the median of the rounds' ratios.
//
//   bench_sync                  100,000 licenses
//   bench_sync --licenses N     N licenses
//   bench_sync --rounds N       N rounds of bare download and sync (3 by default): the median ratio is the figure
//   bench_sync --quick          5,000 licenses, one round: checks that it runs (CTest, label "benchmark")
//   bench_sync --dir DIR        put the databases in DIR instead of the system's temporary directory
//   bench_sync --browse COLUMN  after each round's sync, a second sync into a fresh cache with the licenses page
//                               open as the console has it: a ResourceTableModel over the engine's cache, sorted
//                               by COLUMN (name, expiry, created ...), refreshed on every commit, its first 40 rows
//                               read after each change as a view paints them. Both syncs run a 5 ms heartbeat
//                               timer in the engine's thread, which is the console's: its longest stall and the
//                               time lost in stalls of more than 50 ms say how the console answers meanwhile.
//
// With the licenses page open during a first sync, sorted by name (no index until the pass ends), Release, this
// machine: at 400,000 licenses each refresh read the first rows for 190-360 ms in the console's thread, every
// commit; the console lost 17-18 s of 58-62 s in stalls, and the sync took 1.9 times as long as without the page
// (its pages are handed on in that thread). Refreshes spaced by their cost (ResourceTableModel::refreshDelayAfter):
// 39 s, 5.3 s lost, longest stall 190 ms. Slow orders read in the table's reader thread as well
// (ResourceTableModel::readsSlowly): 32-37 s against 30-32 s without the page, 0.09-0.11 s lost, longest stall
// 53-61 ms (the first slow read, made at once). At 100,000: longest stall 142 ms and 0.35 s lost before, 52-65 ms
// and 0.09-0.16 s after.
//
// The exit status says whether the run worked (both read every license, the cache holds them all), never whether
// the target was met.
//
// Where the time goes (100,000 licenses, Release, the 2-core machine): the sync is bound by CPU, not by waiting.
// Its threads spend about 10.5 core-seconds (writer 3.4-3.7, full-text index 2.0-2.3, sandbox 2.7-2.9, network
// thread 1.4-1.5, the engine's thread 1.0) against 3.4-4.6 for the bare download, and the writer's deferred index
// builds (about 1 s) come after the last page. Tried and measured in interleaved runs, without gain, so not kept:
// asking for the next page as soon as a page's bytes are in, before its signature check and parse (median ratio
// 2.06 and 2.03 against 2.04 and 2.04: it only moves work between threads of a saturated machine); keeping the
// indexes up row by row with a 128 MiB page cache instead of building them after the pass (no tail, but the writer
// spends 4.6-5.1 s instead of 3.5-3.7: 2.13 and 2.32 against 2.02 and 1.97).
// The full-text thread, profiled with SQLite 3.40.1 built with symbols: 56% of it is sqlite3Fts5HashWrite, and most
// of that walks hash chains. FTS5's hash of a term (h = (h << 3) ^ h ^ byte, over the trigram's bytes) puts the
// 20,000-40,000 distinct trigrams of a flush into about 4,000 of its slots: 3.3 entries looked at per token, each
// likely a cache miss. A smaller 'hashsize' shortens the chains but flushes and merges more (FTS thread 2.24 s at
// the default 1 MB, 3.2-3.8 s at 256 KB, 4.6-5.6 s at 64 KB); a larger one was tried before, without gain. Only a
// tokenizer of our own emitting better-spread terms could avoid it, for about 0.45 core-seconds. Also measured
// without gain: PRAGMA secure_delete (on in Debian's SQLite) FAST or OFF; glibc's trim and mmap thresholds raised.
// Scheduling, also without gain (interleaved, one round each): the writer and the full-text thread at nice 10 (1.91
// and 1.83 against 1.98 and 1.81) or nice 5 (2.24, 1.91): with at most 6 pages waiting for the writer, a lower
// priority only pauses the pager sooner; with 60 pages allowed to wait, 1.80 and 1.83 at normal priority and 1.84
// and 1.79 at nice 10, against 1.94 and 2.07. The pages are all stored after 5.1-5.7 s, and the tail (the deferred
// index builds, about 1.0 s) follows: without the tail the ratio would be about 1.45-1.55; with it, the machine's
// two cores are short of about 2 core-seconds.
// Session 13, also without gain (interleaved, two rounds each; the same build's rounds ranged from 1.58 to 2.32):
// building the deferred indexes in the middle of the pass (at 30% or 50% of the pages, with 200 pages allowed to
// wait for the writer) and keeping them up row by row afterwards: no tail (0.05-0.5 s), but the pages were all
// stored only after 6.9-8.7 s (medians 2.10, 2.18, 2.26, 2.24 against 2.32 and 2.14); the full-text thread at
// SCHED_IDLE or nice 19, so that it would fill the idle moments and the tail: 2.01, 2.02, 1.94, 2.17 against 1.93
// and 2.22; it did not fall behind, the tail stayed at 1.0 s. A trigram tokenizer of our own that permutes the
// bytes of each term (so that FTS5's hash spreads them), measured alone on the 100,000 licenses' texts: 1.86-1.93
// CPU seconds against 2.06-2.11 for FTS5's own (-10%), not the 0.45 s hoped for, and it would have to be
// registered on every connection. Narrower rows for the index builds (the licenses without their bodies): 1.03 s
// for the eleven builds against 1.10 s; most of a build is SQLite's sort (record comparisons and NOCASE).
// So the floor on this machine: the sync's threads need about 10 core-seconds (the sandbox's included), at least
// 5 s on two cores, and the index builds (1.0 s, on one core) can only follow the last page: about 6 s against a
// bare download of 3.4-3.7 s, a ratio of 1.6 or more.
// Session 14: 16 KiB pages for the cache and its full-text index (SQLite's default is 4 KiB). Interleaved, one round
// each, the writer's CPU divided by the sandbox's (the same work in every run, so it says how fast the machine was
// at the time): 1.26-1.61 (mean 1.42) with 4 KiB pages, 1.00-1.24 (mean 1.16) with 16 KiB, 1.32-1.34 with 8 KiB,
// 1.06-1.18 with 32 KiB; the full-text thread 2.13-2.51 s against 1.80-2.47 s; ratios 1.58-2.24 (median 1.93)
// against 1.38-2.18 (median 1.75). Not the WAL's size in bytes: 4 KiB pages with a checkpoint every 65,536 pages
// (256 MiB, as 16 KiB pages have now) were slower still (1.92-2.32, a tail of 1.4-2.0 s). Then the index builds
// sorted in SQLite's worker threads (PRAGMA threads = 2, lists of 4 MiB; Cache::Private::buildIndexes): the tail
// 0.67-0.81 s against 1.19-1.28 s; threads = 1 gave 0.76-0.81 s, lists of 1 or 2 MiB the same as 4. After both,
// five rounds: 1.64 to 2.02, median 1.85, every page stored after 5.6-7.0 s. Without gain: FTS5's leaf size
// ('pgsz') 16,000 instead of 4,050 with the 16 KiB pages (the full-text thread's CPU divided by the sandbox's:
// 0.72-0.73 against 0.73-0.81). Asking for the next page before the current one is parsed (links.next found in the
// bytes), measured again with the lighter writer: the time until every page is stored, divided by the sandbox's
// CPU, 2.14-2.18 against 2.15-2.16. That quotient hardly moves between runs, however fast the machine is at the
// time: the pass is bound by the CPU of all threads together, not by the wait from one page to the next.
// Session 15: PRAGMA threads had done nothing: with temp_store = MEMORY SQLite's sorter uses no worker thread. The
// index builds' sorts in temporary files with one worker, and a page cache of 64 MiB while pages are written
// (app/cache/cache.cpp): interleaved with the build before, four rounds each, in a slow hour of the machine
// (syncs of 6.3-9.1 s), the tail 0.69-0.86 s against 0.81-1.25 s, ratios 1.43-1.67 (median 1.57) against
// 1.41-1.92 (median 1.80). The 64 MiB page cache alone changed nothing here (the writer's CPU over the sandbox's
// 1.07-1.11 against 0.99-1.10); it is for larger accounts (bench_cache). Also without gain: SQLite's memory
// statistics off (SQLITE_CONFIG_MEMSTATUS, whose mutex every SQLite allocation takes): the writer's CPU over the
// sandbox's 1.05 with them off against 1.03 on (means of four rounds), the full-text thread's 0.71-0.76 against
// 0.71-0.73. A later run of five rounds, at a quick hour: ratios 1.50 to 2.10, median 1.91, the bare downloads
// 3.56-4.18 s. In the last three rounds the sandbox needed 2.21, 2.84 and 1.83 CPU seconds for the pages of the
// bare download and 3.01, 2.98 and 2.79 for the same pages during the sync: the same work costs up to half more CPU
// while both cores are busy, which the sync, and not the bare download, pays for each of its threads.

#include "app/api/apiclient.h"
#include "app/api/requests.h"
#include "app/api/responsesignature.h"
#include "app/cache/cache.h"
#include "app/licensing/publickeys.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sync/syncengine.h"
#include "models/resourcetablemodel.h"
#include "tests/benchmarks/benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <future>
#include <memory>

using namespace keydesk;
using namespace keydesk::bench;

namespace {

constexpr double kTarget = 1.5; // sync time / bare download time
constexpr int kPageSize = 100;

struct ServerInfo
{
    QString error; // empty when the server listens with its data in
    QUrl baseUrl;
    QString slug;
    QString accountId;
    QString adminToken;
    double seedSeconds = 0;
};

// The sandbox in a thread of its own: created, started and seeded there, then serving until quit().
class ServerThread final : public QThread
{
public:
    ServerThread(qint64 licenses, QString dataFile)
        : m_licenses(licenses)
        , m_dataFile(std::move(dataFile))
    {
    }

    // Blocks until the server listens and holds its licenses, or failed to.
    ServerInfo waitUntilReady() { return m_ready.get_future().get(); }

protected:
    void run() override
    {
        ServerInfo info;
        sandbox::SandboxServer server;
        sandbox::SandboxOptions options;
        options.dataFile = m_dataFile;
        QElapsedTimer timer;
        timer.start();
        if (!server.start(options, &info.error)
            || !sandbox::seedDemoData(server.store(), server.account(), m_licenses, &info.error)) {
            m_ready.set_value(info);
            return;
        }
        info.seedSeconds = double(timer.elapsed()) / 1000.0;
        info.baseUrl = server.baseUrl();
        info.slug = server.account().slug;
        info.accountId = server.account().id;
        info.adminToken = server.adminToken();
        m_ready.set_value(info);
        exec();
    }

private:
    qint64 m_licenses;
    QString m_dataFile;
    std::promise<ServerInfo> m_ready;
};

// Runs the event loop until `done` says so, or `seconds` passed. The loop sleeps between events (a timer wakes it
// to look at the clock): processEvents(flags, ms) never sleeps, and its spinning took a core from the server and
// the sync's writer, which made both measurements slower than they are.
template <typename Done>
bool waitFor(Done done, int seconds)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.start(100);
    while (!done()) {
        if (timer.elapsed() > qint64(seconds) * 1000) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

api::ConnectionSettings settingsFor(const ServerInfo &server)
{
    api::ConnectionSettings settings;
    settings.server = server.baseUrl;
    settings.account = server.slug;
    settings.accountId = server.accountId;
    return settings;
}

// The bare download: one GET after the other, following links.next. Returns the licenses read (counted as the
// "id" members of "data", by bytes), or -1 on a failure.
qint64 bareDownload(const ServerInfo &server, const api::ConnectionSettings &settings, qint64 *bytes)
{
    QNetworkAccessManager network;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page[size]"), QString::number(kPageSize));
    query.addQueryItem(QStringLiteral("page[cursor]"), QString());
    QUrl url = server.baseUrl;
    url.setPath(QStringLiteral("/v1/accounts/%1/licenses").arg(server.slug));
    url.setQuery(query);
    const QByteArray signature = api::acceptSignatureHeader(settings.signatureAlgorithm, settings.accountId);
    const QByteArray authorization = "Bearer " + server.adminToken.toUtf8();
    qint64 licenses = 0;
    *bytes = 0;
    while (url.isValid()) {
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/vnd.api+json");
        request.setRawHeader("Keygen-Version", settings.apiVersion.toLatin1());
        request.setRawHeader(api::kAcceptSignatureHeader, signature);
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = network.get(request);
        if (!waitFor(
                [reply] {
            return reply->isFinished();
                },
                60)) {
            std::fprintf(stderr, "bare download: no answer for %s\n", qPrintable(url.toString()));
            return -1;
        }
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status != 200) {
            std::fprintf(stderr, "bare download: HTTP %d for %s\n", status, qPrintable(url.toString()));
            return -1;
        }
        *bytes += body.size();
        // Licenses of the page: each resource object of the list starts with its id and type.
        licenses += body.count("\"type\":\"licenses\"");
        // links.next, as Keygen writes it: a path with its query, or null on the last page.
        const QByteArray marker = "\"next\":\"";
        const qsizetype at = body.lastIndexOf(marker);
        if (at < 0) {
            break;
        }
        const qsizetype from = at + marker.size();
        const qsizetype to = body.indexOf('"', from);
        const QString next = QString::fromUtf8(body.mid(from, to - from))
                                 .replace(QLatin1String("\\u0026"), QLatin1String("&"));
        url = server.baseUrl.resolved(QUrl(next));
    }
    return licenses;
}

// One sync of only licenses into a fresh cache at `cachePath`, timed.
struct SyncRun
{
    bool opened = false;
    bool synced = false;
    qint64 cached = 0;
    double seconds = 0;
    QString cpu;  // by thread
    QString tail; // when the last page was stored, and what came after
    // The engine's thread (the console's), from a 5 ms heartbeat timer.
    double longestStallMs = 0;
    double stalledSeconds = 0; // beyond the heartbeat's interval, in stalls of more than 50 ms
    int refreshes = 0;         // of the licenses page, with --browse
};

// A timer that should fire every 5 ms in the calling thread: how long the thread could not answer.
class Heartbeat
{
public:
    static constexpr qint64 kIntervalMs = 5;
    static constexpr qint64 kStallMs = 50;

    Heartbeat()
    {
        m_timer.setInterval(int(kIntervalMs));
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            beat();
        });
    }

    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }

    void stop()
    {
        beat();
        m_timer.stop();
    }

    double longestMs() const { return double(m_longestNs) / 1e6; }

    double stalledSeconds() const { return double(m_stalledNs) / 1e9; }

private:
    void beat()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 gap = now - m_last;
        m_last = now;
        m_longestNs = qMax(m_longestNs, gap);
        if (gap > kStallMs * 1000000) {
            m_stalledNs += gap - kIntervalMs * 1000000;
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
    qint64 m_stalledNs = 0;
};

SyncRun timedSync(api::ApiClient &client, const QString &cachePath, qint64 licenses, const QString &browseColumn = {})
{
    SyncRun run;
    cache::Cache cache;
    QString error;
    if (!cache.open(cachePath, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return run;
    }
    run.opened = true;
    sync::SyncEngine engine(&client, &cache);
    bool finished = false;
    QObject::connect(&engine, &sync::SyncEngine::finished, &engine, [&](bool success) {
        finished = true;
        run.synced = success;
    });
    // When the writer has stored the last page: what follows (the pass's end, the indexes it builds, the full-text
    // index catching up) is the sync's tail, where no page is on the wire.
    QElapsedTimer timer;
    double writtenSeconds = 0;
    QObject::connect(&engine, &sync::SyncEngine::progressChanged, &engine, [&](const sync::TypeProgress &progress) {
        if (progress.done == licenses && writtenSeconds == 0) {
            writtenSeconds = double(timer.nsecsElapsed()) / 1e9;
        }
    });
    // The licenses page, as the console shows it while it syncs (--browse).
    std::unique_ptr<ResourceTableModel> page;
    bool paintPending = false;
    if (!browseColumn.isEmpty()) {
        page = std::make_unique<ResourceTableModel>(&cache, QStringLiteral("licenses"));
        const int column = page->columnOf(browseColumn);
        if (column < 0) {
            std::fprintf(stderr, "licenses have no column %s\n", qPrintable(browseColumn));
            return run;
        }
        page->sort(column, Qt::AscendingOrder);
        QObject::connect(&engine, &sync::SyncEngine::committed, page.get(), [&page](const QStringList &types) {
            for (const QString &type : types) {
                page->onCacheChanged(type);
            }
        });
        // A view paints the rows on screen after a change: once per turn of the event loop.
        const auto paint = [&] {
            if (std::exchange(paintPending, true)) {
                return;
            }
            QMetaObject::invokeMethod(
                page.get(),
                [&] {
                paintPending = false;
                const int rows = qMin(40, page->rowCount());
                for (int row = 0; row < rows; ++row) {
                    for (int c = 0; c < page->columnCount(); ++c) {
                        page->data(page->index(row, c));
                    }
                }
                },
                Qt::QueuedConnection);
        };
        QObject::connect(page.get(), &ResourceTableModel::refreshed, page.get(), [&run, paint] {
            ++run.refreshes;
            paint();
        });
        QObject::connect(page.get(), &QAbstractItemModel::modelReset, page.get(), paint);
    }
    Heartbeat heartbeat;
    heartbeat.start();
    const auto cpu = cpuSecondsByThread();
    timer.start();
    engine.start({QStringLiteral("licenses")});
    if (!waitFor(
            [&] {
        return finished;
            },
            3600)) {
        std::fprintf(stderr, "the sync did not finish\n");
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    heartbeat.stop();
    run.longestStallMs = heartbeat.longestMs();
    run.stalledSeconds = heartbeat.stalledSeconds();
    // While the threads are still there (the writer's ends with the engine).
    run.cpu = cpuSpent(cpu, cpuSecondsByThread());
    run.tail = QStringLiteral("every page stored after %1 s, the tail took %2 s")
                   .arg(QString::number(writtenSeconds, 'f', 2), QString::number(run.seconds - writtenSeconds, 'f', 2));
    for (const sync::TypeProgress &progress : engine.progress()) {
        if (progress.error.isError()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(progress.type), qPrintable(progress.error.technicalSummary()));
        }
    }
    page.reset(); // its reader thread ends before the cache closes
    run.cached = cache.count(QStringLiteral("licenses"));
    return run;
}

QString stalls(const SyncRun &run)
{
    return QStringLiteral("longest stall %1 ms, %2 s lost in stalls of more than %3 ms")
        .arg(QString::number(run.longestStallMs, 'f', 0),
             QString::number(run.stalledSeconds, 'f', 2),
             QString::number(Heartbeat::kStallMs));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    qint64 licenses = 100000;
    if (arguments.contains(QStringLiteral("--quick"))) {
        licenses = 5000;
    }
    const auto option = [&](const char *name) {
        const qsizetype at = arguments.indexOf(QLatin1String(name));
        return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
    };
    if (!option("--licenses").isEmpty()) {
        licenses = option("--licenses").toLongLong();
    }
    int roundCount = arguments.contains(QStringLiteral("--quick")) ? 1 : 3;
    if (!option("--rounds").isEmpty()) {
        roundCount = qMax(1, option("--rounds").toInt());
    }
    const QString dirOption = option("--dir");
    const QString browseColumn = option("--browse");
    auto dir = dirOption.isEmpty() ? std::make_unique<QTemporaryDir>()
                                   : std::make_unique<QTemporaryDir>(dirOption + QStringLiteral("/bench_sync-XXXXXX"));
    if (!dir->isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
#ifdef KEYDESK_BUILD_TYPE
    out() << "build: " << KEYDESK_BUILD_TYPE << ", licenses: " << thousands(double(licenses)) << Qt::endl;
#endif

    ServerThread thread(licenses, dir->filePath(QStringLiteral("sandbox.sqlite")));
    thread.setObjectName(QStringLiteral("sandbox"));
    thread.start();
    const ServerInfo server = thread.waitUntilReady();
    const auto stopServer = [&] {
        thread.quit();
        thread.wait();
    };
    if (!server.error.isEmpty()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(server.error));
        thread.wait();
        return 1;
    }
    out() << "seeded the sandbox in " << QString::number(server.seedSeconds, 'f', 1) << " s" << Qt::endl;

    // The client as a profile sets it up: the account's keys pinned, so that every answer's signature is checked.
    api::ApiClient client;
    api::ConnectionSettings settings = settingsFor(server);
    {
        api::ConnectionSettings bootstrap = settings;
        bootstrap.signatureMode = api::SignatureMode::Off;
        client.setSettings(bootstrap);
        client.setCredentials(api::Credentials::token(server.adminToken));
        api::ApiReply *account = client.send(api::requests::account());
        if (!waitFor(
                [account] {
            return account->isFinished();
                },
                60)
            || !account->ok()) {
            std::fprintf(stderr, "the account could not be read\n");
            stopServer();
            return 1;
        }
        settings.publicKeys = parsePublicKeys(account->body());
        account->deleteLater();
        client.setSettings(settings);
    }

    // Rounds of a bare download followed by a sync into a fresh cache: this machine's speed drifts by tens of per
    // cent within minutes, so one pair says little; the median of the rounds' ratios is the figure.
    QList<double> ratios; // sync/bare, one per round
    bool ok = true;
    for (int round = 1; round <= roundCount && ok; ++round) {
        if (roundCount > 1) {
            out() << "round " << round << " of " << roundCount << Qt::endl;
        }
        // ---- Bare download ----
        QElapsedTimer timer;
        auto cpu = cpuSecondsByThread();
        timer.start();
        qint64 bareBytes = 0;
        const qint64 bareLicenses = bareDownload(server, settings, &bareBytes);
        const double bareSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (bareLicenses != licenses) {
            std::fprintf(stderr,
                         "bare download: %lld licenses read of %lld\n",
                         static_cast<long long>(bareLicenses),
                         static_cast<long long>(licenses));
            ok = false;
            break;
        }
        out() << "bare download: " << thousands(double(bareLicenses)) << " licenses ("
              << QString::number(double(bareBytes) / 1048576.0, 'f', 1) << " MiB) in "
              << QString::number(bareSeconds, 'f', 2) << " s: " << thousands(double(bareLicenses) / bareSeconds)
              << " licenses/s" << Qt::endl;
        out() << "  CPU: " << cpuSpent(cpu, cpuSecondsByThread()) << Qt::endl;

        // ---- Sync ----
        const QString cachePath = dir->filePath(QStringLiteral("cache-%1.sqlite").arg(round));
        const SyncRun run = timedSync(client, cachePath, licenses);
        if (!run.opened) {
            ok = false;
            break;
        }
        out() << "sync: " << thousands(double(run.cached)) << " licenses in " << QString::number(run.seconds, 'f', 2)
              << " s: " << thousands(double(run.cached) / run.seconds) << " licenses/s" << Qt::endl;
        out() << "  CPU: " << run.cpu << Qt::endl;
        out() << "  " << run.tail << Qt::endl;
        out() << "  the engine's thread: " << stalls(run) << Qt::endl;
        out() << "sync/bare time ratio: " << QString::number(run.seconds / bareSeconds, 'f', 2) << Qt::endl;
        if (!run.synced || run.cached != licenses) {
            std::fprintf(stderr,
                         "the run did not work: sync %s, %lld of %lld licenses cached\n",
                         run.synced ? "finished" : "failed",
                         static_cast<long long>(run.cached),
                         static_cast<long long>(licenses));
            ok = false;
        }
        ratios.append(run.seconds / bareSeconds);
        // The next round syncs into a fresh cache again; the files of this one only take disk space.
        cache::Cache::forget(cachePath);

        // ---- The same sync with the licenses page open ----
        if (ok && !browseColumn.isEmpty()) {
            const QString browsePath = dir->filePath(QStringLiteral("browse-%1.sqlite").arg(round));
            const SyncRun browsed = timedSync(client, browsePath, licenses, browseColumn);
            if (!browsed.opened || !browsed.synced || browsed.cached != licenses) {
                std::fprintf(stderr, "the sync with the licenses page open did not work\n");
                ok = false;
                break;
            }
            out() << "sync with the licenses page open, sorted by " << browseColumn << ": "
                  << QString::number(browsed.seconds, 'f', 2) << " s, " << browsed.refreshes << " refreshes"
                  << Qt::endl;
            out() << "  the console's thread: " << stalls(browsed) << Qt::endl;
            out() << "longest stall with the page open/without: "
                  << QString::number(browsed.longestStallMs / qMax(1.0, run.longestStallMs), 'f', 2) << Qt::endl;
            cache::Cache::forget(browsePath);
        }
    }
    stopServer();
    if (ok) {
        const auto [lowest, highest] = std::minmax_element(ratios.cbegin(), ratios.cend());
        if (ratios.size() == 1) {
            out() << "target: sync/bare at most " << kTarget << Qt::endl;
        } else {
            out() << "sync/bare time ratio, median of " << ratios.size()
                  << " rounds: " << QString::number(median(ratios), 'f', 2) << " (rounds from "
                  << QString::number(*lowest, 'f', 2) << " to " << QString::number(*highest, 'f', 2)
                  << "; target at most " << kTarget << ")" << Qt::endl;
        }
    }
    return ok ? 0 : 1;
}
