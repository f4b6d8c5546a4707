// Throughput of the local Keygen-compatible sandbox server (issue 3): listing licenses through cursor pagination
// with page[size]=100, and validate-key, each over real loopback HTTP.
//
//   bench_sandbox [--quick] [--licenses N] [--rounds N] [--seconds S] [--in-flight K] [--walkers W] [--memory]
//                 [--no-wrk|--wrk] [--wrk-connections C] [--keydesk PATH] [--phase all|listing|validate]
//
// The server runs in its own QThread with its own event loop (created, started and seeded inside that thread, as
// its SQLite connection belongs to the thread that opened it); the clients run in the main thread, so that the
// server has a core of its own on a 2-core machine. The account is filled with seedDemoData(): N licenses with
// their products, policies, users, groups and machines, in a data file in a temporary directory, as `keydesk
// sandbox --demo N` keeps it (--memory: ":memory:" instead).
//
// Listing: one client walks every license with GET …/licenses?page[cursor]=&page[size]=100, following links.next,
// one request at a time on one keep-alive connection, with the admin token: the main figure. Then W walkers at once
// (one QNetworkAccessManager, so up to 6 connections) over disjoint cursor ranges and over disjoint policy filters,
// and, when Debian's wrk is on the PATH, wrk asking for full pages after random cursors: what the server alone
// can list. validate-key: POST …/licenses/actions/validate-key with random existing keys, K requests in flight over
// several QNetworkAccessManagers (at most 6 connections each, pipelining off), for S seconds; then the same from wrk
// (the Qt client may be the bottleneck), and with --keydesk PATH from wrk against a child `keydesk sandbox --json`
// on the same data file. --phase runs one phase alone, for a profiler.
//
// Each phase reports the CPU time of the server thread against the wall time, the part of it in the kernel and
// the time it waited for a CPU (other processes on the machine): near 100% busy means the server is the
// bottleneck, well below means the client is. The exit status says whether the runs worked (every answer 200,
// every license seen once, every key found), never whether a target was met.

#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/benchmarks/benchreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <future>
#include <memory>
#include <vector>

using namespace keydesk;
using keydesk::bench::thousands;
using keydesk::bench::ThreadStat;
using keydesk::bench::threadStat;
using namespace keydesk::sandbox;

namespace {

constexpr double kListingTarget = 20000;  // licenses per second, single walker
constexpr double kValidateTarget = 2000;  // requests per second
constexpr int kConnectionsPerManager = 6; // what QNetworkAccessManager opens per host

struct Options
{
    qint64 licenses = 20000;
    int rounds = 3;
    double seconds = 5;
    int inFlight = 32;
    int walkers = 6;
    bool memory = false;
    bool wrk = true;
    bool listing = true; // --phase listing|validate: one phase alone, for a profiler
    bool validate = true;
    int wrkConnections = 32;
    QString keydesk; // a keydesk binary for wrk against a child sandbox
};

// ---- Time -------------------------------------------------------------------------------------------------------

// User and system CPU seconds.
struct CpuTimes
{
    double user = 0;
    double system = 0;

    double total() const { return user + system; }
};

// One thread of this process (benchreport.h's threadStat).
CpuTimes threadCpu(pid_t thread)
{
    const std::optional<ThreadStat> stat = threadStat(thread);
    return stat ? CpuTimes{stat->user, stat->system} : CpuTimes{};
}

// Nanoseconds a thread of this process has waited, runnable, for a CPU: what other processes took from it.
qint64 threadRunQueueWait(pid_t thread)
{
    QFile file(QStringLiteral("/proc/self/task/%1/schedstat").arg(thread));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return file.readAll().split(' ').value(1).toLongLong();
}

CpuTimes processCpu()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return {double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6,
            double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6};
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("unknown");
    }
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Wall time and the CPU the server thread and the rest of the process used over one phase.
class PhaseClock
{
public:
    explicit PhaseClock(pid_t server)
        : m_server(server)
        , m_serverStart(threadCpu(server))
        , m_serverWaitStart(threadRunQueueWait(server))
        , m_processStart(processCpu())
    {
        m_wall.start();
    }

    double wallSeconds() const { return double(m_wall.nsecsElapsed()) / 1e9; }

    // "server thread 96% busy (30% in the kernel, 2% waiting for a CPU), client 71% of a core"
    QString load() const
    {
        const double wall = wallSeconds();
        const CpuTimes server = threadCpu(m_server);
        const double serverUser = server.user - m_serverStart.user;
        const double serverSystem = server.system - m_serverStart.system;
        const double client = processCpu().total() - m_processStart.total() - serverUser - serverSystem;
        const double serverWait = double(threadRunQueueWait(m_server) - m_serverWaitStart) / 1e9;
        return QStringLiteral("server thread %1% busy (%2% in the kernel, %3% waiting for a CPU), client %4% of a core")
            .arg(qRound(100 * (serverUser + serverSystem) / wall))
            .arg(qRound(100 * serverSystem / wall))
            .arg(qRound(100 * serverWait / wall))
            .arg(qRound(100 * qMax(0.0, client) / wall));
    }

private:
    pid_t m_server;
    CpuTimes m_serverStart;
    qint64 m_serverWaitStart;
    CpuTimes m_processStart;
    QElapsedTimer m_wall;
};

// ---- The server, in its own thread ------------------------------------------------------------------------------

struct ServerInfo
{
    QString error; // empty when the server listens with its data in
    QUrl baseUrl;
    QString slug;
    QString adminToken;
    QStringList keys;       // every license key
    QStringList licenseIds; // newest first: the order of a default listing
    QStringList policyIds;  // policies that have licenses
    double seedSeconds = 0;
    pid_t thread = 0; // the server thread's id, for its CPU time
};

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
        info.thread = gettid();
        SandboxServer server;
        SandboxOptions options;
        options.dataFile = m_dataFile;
        QElapsedTimer timer;
        timer.start();
        if (!server.start(options, &info.error)
            || !seedDemoData(server.store(), server.account(), m_licenses, &info.error)) {
            m_ready.set_value(info);
            return;
        }
        info.seedSeconds = double(timer.elapsed()) / 1000.0;
        info.baseUrl = server.baseUrl();
        info.slug = server.account().slug;
        info.adminToken = server.adminToken();
        // What a client learns from listing, read straight from the store so that the listing can be checked.
        QSet<QString> policies;
        {
            QSqlQuery query(server.store().database());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT id, alias, json_extract(links, '$.policy') FROM resources "
                                         "WHERE account_id = ? AND type = 'licenses' ORDER BY seq DESC"));
            query.addBindValue(server.account().id);
            if (query.exec()) {
                while (query.next()) {
                    info.licenseIds.append(query.value(0).toString());
                    info.keys.append(query.value(1).toString());
                    policies.insert(query.value(2).toString());
                }
            }
        }
        info.policyIds = QStringList(policies.cbegin(), policies.cend());
        info.policyIds.sort();
        if (info.licenseIds.size() != m_licenses) {
            info.error = QStringLiteral("the store holds %1 licenses after seeding %2")
                             .arg(info.licenseIds.size())
                             .arg(m_licenses);
            m_ready.set_value(info);
            return;
        }
        m_ready.set_value(info);
        exec();
    }

private:
    qint64 m_licenses;
    QString m_dataFile;
    std::promise<ServerInfo> m_ready;
};

// ---- Listing ----------------------------------------------------------------------------------------------------

QNetworkRequest apiRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.api+json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, false);
    return request;
}

// One part of a listing: a first URL, and optionally the license where the next part begins.
struct ListingJob
{
    QUrl first;
    QString stopAt;
};

struct ListingResult
{
    qint64 licenses = 0;
    qint64 requests = 0;
    qint64 bytes = 0;
    QStringList ids;
    QString error;
};

// A client walking a list page by page, as Keydesk does: one request at a time, the next from links.next.
class Walker final
{
public:
    Walker(QNetworkAccessManager &network,
           const ServerInfo &server,
           std::function<std::optional<ListingJob>()> nextJob,
           ListingResult &result,
           std::function<void()> done)
        : m_network(network)
        , m_server(server)
        , m_nextJob(std::move(nextJob))
        , m_result(result)
        , m_done(std::move(done))
    {
    }

    void start() { startJob(); }

private:
    void startJob()
    {
        const std::optional<ListingJob> job = m_nextJob();
        if (!job) {
            m_done();
            return;
        }
        m_stopAt = job->stopAt;
        get(job->first);
    }

    void get(const QUrl &url)
    {
        QNetworkRequest request = apiRequest(url);
        request.setRawHeader("Authorization", "Bearer " + m_server.adminToken.toLatin1());
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            reply->deleteLater();
            page(reply);
        });
    }

    void page(QNetworkReply *reply)
    {
        const QByteArray body = reply->readAll();
        ++m_result.requests;
        m_result.bytes += body.size();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            m_result.error = QStringLiteral("%1 answered %2 %3")
                                 .arg(reply->url().toString(),
                                      QString::number(status),
                                      QString::fromUtf8(body.left(300)));
            m_done();
            return;
        }
        const QJsonObject document = QJsonDocument::fromJson(body).object();
        for (const QJsonValue &license : document.value(QLatin1String("data")).toArray()) {
            const QString id = license.toObject().value(QLatin1String("id")).toString();
            if (id == m_stopAt) {
                startJob();
                return;
            }
            m_result.ids.append(id);
            ++m_result.licenses;
        }
        const QJsonValue next = document.value(QLatin1String("links")).toObject().value(QLatin1String("next"));
        if (next.isString()) {
            get(m_server.baseUrl.resolved(QUrl::fromEncoded(next.toString().toLatin1())));
        } else {
            startJob();
        }
    }

    QNetworkAccessManager &m_network;
    const ServerInfo &m_server;
    std::function<std::optional<ListingJob>()> m_nextJob;
    ListingResult &m_result;
    std::function<void()> m_done;
    QString m_stopAt;
};

QUrl licensesUrl(const ServerInfo &server, const QString &cursor, const QString &policy = {})
{
    QUrl url = server.baseUrl;
    url.setPath(QStringLiteral("/v1/accounts/") + server.slug + QStringLiteral("/licenses"));
    QString query = QStringLiteral("page%5Bcursor%5D=") + cursor + QStringLiteral("&page%5Bsize%5D=100");
    if (!policy.isEmpty()) {
        query += QStringLiteral("&policy=") + policy;
    }
    url.setQuery(query);
    return url;
}

QUrl validateKeyUrl(QUrl base, const QString &slug)
{
    base.setPath(QStringLiteral("/v1/accounts/") + slug + QStringLiteral("/licenses/actions/validate-key"));
    return base;
}

// Runs `walkers` walkers over the jobs, all on one QNetworkAccessManager; returns what they saw together.
ListingResult walk(const ServerInfo &server, QList<ListingJob> jobs, int walkers)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    std::vector<ListingResult> results(static_cast<size_t>(walkers));
    std::vector<std::unique_ptr<Walker>> running;
    int finished = 0;
    auto nextJob = [&jobs]() -> std::optional<ListingJob> {
        if (jobs.isEmpty()) {
            return std::nullopt;
        }
        return jobs.takeFirst();
    };
    for (int i = 0; i < walkers; ++i) {
        running.push_back(std::make_unique<Walker>(network, server, nextJob, results[size_t(i)], [&] {
            if (++finished == walkers) {
                loop.quit();
            }
        }));
    }
    // Started from the event loop, so that a walker finishing at once still quits a running loop.
    QTimer::singleShot(0, &loop, [&] {
        for (const auto &walker : running) {
            walker->start();
        }
    });
    loop.exec();
    ListingResult total;
    for (const ListingResult &result : results) {
        total.licenses += result.licenses;
        total.requests += result.requests;
        total.bytes += result.bytes;
        total.ids += result.ids;
        if (total.error.isEmpty()) {
            total.error = result.error;
        }
    }
    return total;
}

// Every license seen exactly once, in the expected order when one walker walked them all.
QString checkListing(const ServerInfo &server, ListingResult &result, bool ordered)
{
    if (!result.error.isEmpty()) {
        return result.error;
    }
    if (ordered) {
        return result.ids == server.licenseIds ? QString()
                                               : QStringLiteral("the listing returned %1 licenses, not the %2 stored "
                                                                "in order")
                                                     .arg(result.ids.size())
                                                     .arg(server.licenseIds.size());
    }
    QStringList expected = server.licenseIds;
    expected.sort();
    result.ids.sort();
    return result.ids == expected ? QString()
                                  : QStringLiteral("the walkers returned %1 licenses, not the %2 stored, each once")
                                        .arg(result.ids.size())
                                        .arg(expected.size());
}

struct ListingFigures
{
    double licensesPerSecond = 0;
    double requestsPerSecond = 0;
    double kilobytesPerPage = 0;
    QString load;
};

ListingFigures listingFigures(const ListingResult &result, const PhaseClock &clock)
{
    const double seconds = clock.wallSeconds();
    return {double(result.licenses) / seconds,
            double(result.requests) / seconds,
            result.requests > 0 ? double(result.bytes) / double(result.requests) / 1000.0 : 0,
            clock.load()};
}

// ---- validate-key -----------------------------------------------------------------------------------------------

// Requests answered over a timed load (validate-key, or wrk's pages), with their latency.
struct LoadFigures
{
    qint64 requests = 0;
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    QString load;
    QString error;

    double perSecond() const { return seconds > 0 ? double(requests) / seconds : 0; }
};

// `inFlight` clients, each sending its next request when the answer to the last one is in, until the time is up.
LoadFigures validateKeys(const ServerInfo &server, int inFlight, double seconds, pid_t serverThread)
{
    QNetworkRequest request = apiRequest(validateKeyUrl(server.baseUrl, server.slug));
    request.setRawHeader("Content-Type", "application/vnd.api+json");
    QList<QByteArray> bodies;
    bodies.reserve(server.keys.size());
    for (const QString &key : server.keys) {
        bodies.append(QJsonDocument(QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("key"), key}}}})
                          .toJson(QJsonDocument::Compact));
    }

    const int managers = (inFlight + kConnectionsPerManager - 1) / kConnectionsPerManager;
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    for (int i = 0; i < managers; ++i) {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
    }
    QRandomGenerator random(20260322);
    QList<double> latencies; // milliseconds
    latencies.reserve(qsizetype(seconds * 10000));
    LoadFigures figures;
    QEventLoop loop;
    int active = inFlight;
    bool timing = false;   // answers count from the end of the warm-up …
    bool stopping = false; // … to the end of the time; then each client stops after its answer
    qint64 answers = 0;
    qint64 checked = 0;
    std::unique_ptr<PhaseClock> clock;

    // Every answer must be 200; one in 32 is read, and must be the license whose key was sent.
    std::function<void(int)> send = [&](int slot) {
        const qsizetype index = qsizetype(random.bounded(quint32(bodies.size())));
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = networks[size_t(slot % managers)]->post(request, bodies.at(index));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, timer, slot, index] {
            const double latency = double(timer->nsecsElapsed()) / 1e6;
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (timing) {
                latencies.append(latency);
                ++figures.requests;
            }
            if (status != 200) {
                if (figures.error.isEmpty()) {
                    figures.error = QStringLiteral("validate-key answered %1 %2")
                                        .arg(QString::number(status), QString::fromUtf8(body.left(300)));
                }
                stopping = true;
            } else if (++answers % 32 == 0) {
                const QString key = QJsonDocument::fromJson(body)
                                        .object()
                                        .value(QLatin1String("data"))
                                        .toObject()
                                        .value(QLatin1String("attributes"))
                                        .toObject()
                                        .value(QLatin1String("key"))
                                        .toString();
                if (key != server.keys.at(index)) {
                    if (figures.error.isEmpty()) {
                        figures.error = QStringLiteral("validate-key of %1 answered %2")
                                            .arg(server.keys.at(index), QString::fromUtf8(body.left(300)));
                    }
                    stopping = true;
                }
                ++checked;
            }
            if (stopping) {
                if (--active == 0) {
                    loop.quit();
                }
                return;
            }
            send(slot);
        });
    };
    auto stop = [&] {
        if (timing) {
            timing = false;
            figures.seconds = clock->wallSeconds();
            figures.load = clock->load();
        }
        stopping = true;
    };

    QTimer::singleShot(0, &loop, [&] {
        for (int slot = 0; slot < inFlight; ++slot) {
            send(slot);
        }
    });
    // A short warm-up opens the connections before the clock starts.
    QTimer::singleShot(300, &loop, [&] {
        if (!stopping) {
            timing = true;
            clock = std::make_unique<PhaseClock>(serverThread);
            QTimer::singleShot(int(seconds * 1000), &loop, stop);
        }
    });
    loop.exec();
    stop();
    figures.p50Ms = bench::median(latencies);
    figures.p99Ms = bench::percentile(latencies, 0.99);
    if (checked == 0 && figures.error.isEmpty()) {
        figures.error = QStringLiteral("no validate-key answer was checked");
    }
    return figures;
}

// ---- wrk --------------------------------------------------------------------------------------------------------

// Lines of a file, one at random per request: license keys for validate-key, cursors for a listing of full pages.
const char *const kWrkScript = R"lua(
local mode
local lines = {}
function init(args)
    mode = args[1]
    for line in io.lines(args[2]) do
        lines[#lines + 1] = line
    end
    math.randomseed(os.time())
end
function request()
    local line = lines[math.random(#lines)]
    if mode == "list" then
        return wrk.format("GET", wrk.path .. "?page%5Bcursor%5D=" .. line .. "&page%5Bsize%5D=100")
    end
    return wrk.format("POST", nil, {["Content-Type"] = "application/vnd.api+json",
                                    ["Accept"] = "application/vnd.api+json"},
                      '{"meta":{"key":"' .. line .. '"}}')
end
function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("WRK requests=%d duration_us=%d non2xx=%d socket_errors=%d p50_us=%d p99_us=%d\n",
        summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
        latency:percentile(50), latency:percentile(99)))
end
)lua";

// What wrk is to send: "validate" (POST validate-key, a random key of `linesFile`) or "list" (GET a page of 100 after
// a random cursor of `linesFile`).
struct WrkLoad
{
    QString mode;
    QString linesFile;
    QUrl url;
    QByteArray authorization; // "Bearer …" or empty
    int connections = 1;
};

// One wrk thread (the other core is the server's) for `seconds`.
LoadFigures runWrk(
    const QString &wrk, const QString &script, const WrkLoad &load, double seconds, std::optional<pid_t> serverThread)
{
    LoadFigures figures;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-t1"),
                          QStringLiteral("-c%1").arg(load.connections),
                          QStringLiteral("-d%1s").arg(qMax(1, qRound(seconds))),
                          QStringLiteral("-s"),
                          script};
    if (!load.authorization.isEmpty()) {
        arguments << QStringLiteral("-H") << QStringLiteral("Authorization: ") + QString::fromLatin1(load.authorization)
                  << QStringLiteral("-H") << QStringLiteral("Accept: application/vnd.api+json");
    }
    arguments << load.url.toString() << QStringLiteral("--") << load.mode << load.linesFile;
    std::optional<PhaseClock> clock;
    if (serverThread) {
        clock.emplace(*serverThread);
    }
    process.start(wrk, arguments);
    if (!process.waitForFinished(int(seconds * 1000) + 30000) || process.exitCode() != 0) {
        figures.error = QStringLiteral("wrk failed: %1").arg(QString::fromLocal8Bit(process.readAll()));
        return figures;
    }
    if (clock) {
        figures.load = clock->load();
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    static const QRegularExpression re(QStringLiteral("WRK requests=(\\d+) duration_us=(\\d+) non2xx=(\\d+) "
                                                      "socket_errors=(\\d+) p50_us=(\\d+) p99_us=(\\d+)"));
    const QRegularExpressionMatch match = re.match(output);
    if (!match.hasMatch()) {
        figures.error = QStringLiteral("wrk's output was not understood: %1").arg(output);
        return figures;
    }
    figures.requests = match.captured(1).toLongLong();
    figures.seconds = match.captured(2).toDouble() / 1e6;
    figures.p50Ms = match.captured(5).toDouble() / 1000;
    figures.p99Ms = match.captured(6).toDouble() / 1000;
    if (match.captured(3).toLongLong() > 0 || match.captured(4).toLongLong() > 0) {
        figures.error = QStringLiteral("wrk saw %1 non-2xx answers and %2 socket errors")
                            .arg(match.captured(3), match.captured(4));
    }
    return figures;
}

// A `keydesk sandbox --json` child process on an existing data file; its JSON line gives the URL.
struct ChildSandbox
{
    std::unique_ptr<QProcess> process;
    QUrl baseUrl;
    QString slug;
    QString error;
};

ChildSandbox startChild(const QString &keydesk, const QString &dataFile)
{
    ChildSandbox child;
    child.process = std::make_unique<QProcess>();
    child.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.process->start(keydesk,
                         {QStringLiteral("sandbox"), QStringLiteral("--json"), QStringLiteral("--data"), dataFile});
    QByteArray line;
    while (!line.contains('\n')) {
        if (!child.process->waitForReadyRead(30000)) {
            break;
        }
        line += child.process->readAllStandardOutput();
    }
    const QJsonObject info = QJsonDocument::fromJson(line).object();
    child.baseUrl = QUrl(info.value(QLatin1String("url")).toString());
    child.slug = info.value(QLatin1String("account")).toObject().value(QLatin1String("slug")).toString();
    if (!child.baseUrl.isValid() || child.slug.isEmpty()) {
        child.error = QStringLiteral("%1 sandbox --json did not print its URL: %2")
                          .arg(keydesk, QString::fromLocal8Bit(line));
    }
    return child;
}

// ---- Report -----------------------------------------------------------------------------------------------------

void printLoad(const char *label, const LoadFigures &figures, int inFlight)
{
    std::printf("%-44s %8s req/s (%lld requests in %.1f s, %d in flight), latency p50 %.2f ms, p99 %.2f ms%s%s\n",
                label,
                qPrintable(thousands(figures.perSecond())),
                figures.requests,
                figures.seconds,
                inFlight,
                figures.p50Ms,
                figures.p99Ms,
                figures.load.isEmpty() ? "" : "; ",
                qPrintable(figures.load));
}

int positiveArgument(const QStringList &arguments, qsizetype &i)
{
    bool ok = false;
    const int value = i + 1 < arguments.size() ? arguments.at(++i).toInt(&ok) : 0;
    if (!ok || value <= 0) {
        std::fprintf(stderr, "bench_sandbox: %s needs a positive number\n", qPrintable(arguments.at(i - 1)));
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    bool quick = false;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--quick") {
            quick = true;
            options.licenses = 2000;
            options.rounds = 1;
            options.seconds = 1;
            options.wrk = false;
        } else if (argument == u"--licenses") {
            options.licenses = positiveArgument(arguments, i);
        } else if (argument == u"--rounds") {
            options.rounds = positiveArgument(arguments, i);
        } else if (argument == u"--seconds") {
            options.seconds = positiveArgument(arguments, i);
        } else if (argument == u"--in-flight") {
            options.inFlight = positiveArgument(arguments, i);
        } else if (argument == u"--walkers") {
            options.walkers = positiveArgument(arguments, i);
        } else if (argument == u"--memory") {
            options.memory = true;
        } else if (argument == u"--no-wrk") {
            options.wrk = false;
        } else if (argument == u"--wrk") {
            options.wrk = true;
        } else if (argument == u"--wrk-connections") {
            options.wrkConnections = positiveArgument(arguments, i);
        } else if (argument == u"--phase" && i + 1 < arguments.size()) {
            const QString phase = arguments.at(++i);
            options.listing = phase != u"validate";
            options.validate = phase != u"listing";
        } else if (argument == u"--keydesk" && i + 1 < arguments.size()) {
            options.keydesk = arguments.at(++i);
        } else {
            std::fprintf(stderr,
                         "usage: bench_sandbox [--quick] [--licenses N] [--rounds N] [--seconds S] [--in-flight K] "
                         "[--walkers W] [--memory] [--no-wrk|--wrk] [--wrk-connections C] [--keydesk PATH] "
                         "[--phase all|listing|validate]\n");
            return 2;
        }
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_sandbox: no temporary directory\n");
        return 1;
    }
    const QString dataFile = options.memory ? QStringLiteral(":memory:")
                                            : dir.filePath(QStringLiteral("sandbox.sqlite"));
    std::printf("bench_sandbox: %s build, Qt %s, %d cores, load average %s; %lld licenses in %s\n",
                KEYDESK_BUILD_TYPE,
                qVersion(),
                QThread::idealThreadCount(),
                qPrintable(loadAverage()),
                qlonglong(options.licenses),
                options.memory ? "memory" : "a data file");
    std::fflush(stdout);

    ServerThread thread(options.licenses, dataFile);
    thread.start();
    const ServerInfo server = thread.waitUntilReady();
    auto stopServer = [&thread] {
        thread.quit();
        thread.wait();
    };
    if (!server.error.isEmpty()) {
        std::fprintf(stderr, "bench_sandbox: the sandbox did not start: %s\n", qPrintable(server.error));
        thread.wait();
        return 1;
    }
    std::printf("server: %s in its own thread; seeded %lld licenses (%lld policies) in %.1f s\n",
                qPrintable(server.baseUrl.toString()),
                qlonglong(server.licenseIds.size()),
                qlonglong(server.policyIds.size()),
                server.seedSeconds);
    std::fflush(stdout);
    int status = 0;
    auto failed = [&status](const QString &problem) {
        std::fprintf(stderr, "bench_sandbox: %s\n", qPrintable(problem));
        status = 1;
    };

    // wrk's script and what it picks from: every key, and cursors followed by a full page (newest first).
    const QString wrk = options.wrk ? QStandardPaths::findExecutable(QStringLiteral("wrk")) : QString();
    const QString script = dir.filePath(QStringLiteral("load.lua"));
    const QString keysFile = dir.filePath(QStringLiteral("keys.txt"));
    const QString cursorsFile = dir.filePath(QStringLiteral("cursors.txt"));
    if (!wrk.isEmpty()) {
        QFile scriptOut(script);
        QFile keysOut(keysFile);
        QFile cursorsOut(cursorsFile);
        if (!scriptOut.open(QIODevice::WriteOnly) || !keysOut.open(QIODevice::WriteOnly)
            || !cursorsOut.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench_sandbox: cannot write the files for wrk in %s\n", qPrintable(dir.path()));
            stopServer();
            return 1;
        }
        scriptOut.write(kWrkScript);
        for (const QString &key : server.keys) {
            if (!key.contains(QLatin1Char('"')) && !key.contains(QLatin1Char('\\'))) {
                keysOut.write(key.toUtf8() + '\n');
            }
        }
        for (qsizetype i = 0; i + 100 < server.licenseIds.size(); ++i) {
            cursorsOut.write(server.licenseIds.at(i).toLatin1() + '\n');
        }
    }
    const QByteArray authorization = "Bearer " + server.adminToken.toLatin1();
    const QUrl listUrl = licensesUrl(server, QString()).adjusted(QUrl::RemoveQuery);

    // Listing, one walker: the main figure. The median round.
    std::vector<ListingFigures> rounds;
    for (int round = 0; options.listing && round < options.rounds; ++round) {
        const PhaseClock clock(server.thread);
        ListingResult result = walk(server, {ListingJob{licensesUrl(server, QString()), QString()}}, 1);
        const ListingFigures figures = listingFigures(result, clock);
        if (const QString problem = checkListing(server, result, true); !problem.isEmpty()) {
            std::fprintf(stderr, "bench_sandbox: listing: %s\n", qPrintable(problem));
            stopServer();
            return 1;
        }
        std::printf("  listing round %d: %s licenses/s, %.0f requests/s, %.0f KB a page; %s\n",
                    round + 1,
                    qPrintable(thousands(figures.licensesPerSecond)),
                    figures.requestsPerSecond,
                    figures.kilobytesPerPage,
                    qPrintable(figures.load));
        std::fflush(stdout);
        rounds.push_back(figures);
    }
    std::sort(rounds.begin(), rounds.end(), [](const ListingFigures &a, const ListingFigures &b) {
        return a.licensesPerSecond < b.licensesPerSecond;
    });
    const ListingFigures listing = rounds.empty() ? ListingFigures() : rounds[rounds.size() / 2];

    // W walkers over disjoint cursor ranges: the same queries, several connections.
    QList<ListingJob> ranges;
    const qsizetype count = server.licenseIds.size();
    for (int w = 0; w < options.walkers; ++w) {
        const qsizetype begin = count * w / options.walkers;
        const qsizetype end = count * (w + 1) / options.walkers;
        if (begin < end) {
            ranges.append({licensesUrl(server, begin == 0 ? QString() : server.licenseIds.at(begin - 1)),
                           end < count ? server.licenseIds.at(end) : QString()});
        }
    }
    ListingFigures parallelRanges;
    if (options.listing) {
        const PhaseClock clock(server.thread);
        ListingResult result = walk(server, ranges, int(ranges.size()));
        parallelRanges = listingFigures(result, clock);
        if (const QString problem = checkListing(server, result, false); !problem.isEmpty()) {
            failed(QStringLiteral("parallel listing: ") + problem);
        }
    }
    // W walkers over disjoint policy filters (?policy=<id>), each taking the next policy when done.
    QList<ListingJob> byPolicy;
    for (const QString &policy : server.policyIds) {
        byPolicy.append({licensesUrl(server, QString(), policy), QString()});
    }
    ListingFigures parallelPolicies;
    if (options.listing) {
        const PhaseClock clock(server.thread);
        ListingResult result = walk(server, byPolicy, options.walkers);
        parallelPolicies = listingFigures(result, clock);
        if (const QString problem = checkListing(server, result, false); !problem.isEmpty()) {
            failed(QStringLiteral("listing by policy: ") + problem);
        }
    }
    // What the server alone can list: wrk asks for full pages after random cursors, W connections.
    std::optional<LoadFigures> wrkListing;
    if (options.listing && !wrk.isEmpty()) {
        wrkListing = runWrk(wrk,
                            script,
                            {QStringLiteral("list"), cursorsFile, listUrl, authorization, options.walkers},
                            options.seconds,
                            server.thread);
        if (!wrkListing->error.isEmpty()) {
            failed(wrkListing->error);
        }
    }

    // validate-key from the Qt client, then from wrk (the Qt client may be the bottleneck).
    LoadFigures validate;
    std::optional<LoadFigures> wrkValidate;
    const WrkLoad validateLoad{QStringLiteral("validate"),
                               keysFile,
                               validateKeyUrl(server.baseUrl, server.slug),
                               {},
                               options.wrkConnections};
    if (options.validate) {
        validate = validateKeys(server, options.inFlight, options.seconds, server.thread);
        if (!validate.error.isEmpty()) {
            failed(validate.error);
        }
        if (!wrk.isEmpty()) {
            wrkValidate = runWrk(wrk, script, validateLoad, options.seconds, server.thread);
            if (!wrkValidate->error.isEmpty()) {
                failed(wrkValidate->error);
            }
        }
    }
    stopServer();

    // validate-key from wrk against a child `keydesk sandbox` on the same data file, now that the thread let go of it.
    std::optional<LoadFigures> wrkChild;
    QString childNote;
    if (options.validate && !wrk.isEmpty() && !options.keydesk.isEmpty()) {
        if (options.memory) {
            childNote = QStringLiteral("not measured: --memory leaves no data file for the child");
        } else {
            ChildSandbox child = startChild(options.keydesk, dataFile);
            if (!child.error.isEmpty()) {
                failed(child.error);
            } else {
                WrkLoad load = validateLoad;
                load.url = validateKeyUrl(child.baseUrl, child.slug);
                wrkChild = runWrk(wrk, script, load, options.seconds, {});
                if (!wrkChild->error.isEmpty()) {
                    failed(wrkChild->error);
                }
            }
            if (child.process) {
                child.process->terminate();
                if (!child.process->waitForFinished(10000)) {
                    child.process->kill();
                    child.process->waitForFinished();
                }
            }
        }
    }

    std::printf("\nsummary (%s build, load average now %s):\n", KEYDESK_BUILD_TYPE, qPrintable(loadAverage()));
    if (options.listing) {
        std::printf("listing: %s licenses/s, %.0f requests/s (target >= %s; 1 walker, page[size]=100, median of %d; "
                    "%s)\n",
                    qPrintable(thousands(listing.licensesPerSecond)),
                    listing.requestsPerSecond,
                    qPrintable(thousands(kListingTarget)),
                    options.rounds,
                    qPrintable(listing.load));
        std::printf("listing, %lld walkers over cursor ranges: %s licenses/s, %.0f requests/s; %s\n",
                    qlonglong(ranges.size()),
                    qPrintable(thousands(parallelRanges.licensesPerSecond)),
                    parallelRanges.requestsPerSecond,
                    qPrintable(parallelRanges.load));
        std::printf("listing, %d walkers over %lld policy filters: %s licenses/s, %.0f requests/s; %s\n",
                    options.walkers,
                    qlonglong(server.policyIds.size()),
                    qPrintable(thousands(parallelPolicies.licensesPerSecond)),
                    parallelPolicies.requestsPerSecond,
                    qPrintable(parallelPolicies.load));
        if (wrkListing) {
            std::printf("listing, wrk -t1 -c%d, pages of 100 after random cursors: %s licenses/s, %.0f requests/s, "
                        "latency p50 %.2f ms, p99 %.2f ms; %s\n",
                        options.walkers,
                        qPrintable(thousands(100 * wrkListing->perSecond())),
                        wrkListing->perSecond(),
                        wrkListing->p50Ms,
                        wrkListing->p99Ms,
                        qPrintable(wrkListing->load));
        }
    }
    if (options.validate) {
        std::printf("validate-key: %s req/s (target >= %s; Qt client, %d in flight), p50 %.2f ms, p99 %.2f ms; %s\n",
                    qPrintable(thousands(validate.perSecond())),
                    qPrintable(thousands(kValidateTarget)),
                    options.inFlight,
                    validate.p50Ms,
                    validate.p99Ms,
                    qPrintable(validate.load));
        if (wrkValidate) {
            printLoad("validate-key, wrk -t1, in-process server:", *wrkValidate, options.wrkConnections);
        }
        if (wrkChild) {
            printLoad("validate-key, wrk -t1, keydesk sandbox child:", *wrkChild, options.wrkConnections);
        } else if (!childNote.isEmpty()) {
            std::printf("validate-key, wrk, keydesk sandbox child: %s\n", qPrintable(childNote));
        }
    }
    if (options.wrk && wrk.isEmpty()) {
        std::printf("wrk: not measured (wrk is not on the PATH; apt-get install wrk)\n");
    }
    if (quick) {
        std::printf("(quick mode: the figures only show that the run works)\n");
    }
    return status;
}
