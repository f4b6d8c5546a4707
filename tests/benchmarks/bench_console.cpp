// The console with a large local cache (issue 6, "Tests and measures"): with 1,000,000 licenses cached, the
// licenses page shows its first rows at most 300 ms after the process starts (process start to the first paint of
// the table with rows), scrolling stays within 16 ms per frame, and resident memory stays at most 300 MB.
//
// Preparation (not timed): the sandbox seeds N licenses with their products, policies, users, groups, machines,
// releases and artifacts (seedDemoData) into a temporary sandbox store; every resource is rendered as Keygen sends
// it (sandbox::serialize) and written into a cache file in sync pages of 100, each type's pass finished, so that the
// cache says every type completed a sync (the console then does a quick refresh, not a full sync). The profile
// points at a loopback port where nothing listens (http://127.0.0.1:9): the console is offline and shows its local
// copy, the realistic "works offline" case (the failed refresh shows in the notification bar).
//
// Measurements, each in a child process (this program re-executes itself), several runs, medians:
//   startup   the parent reads CLOCK_MONOTONIC right before starting the child and passes it (--origin NS); the
//             child creates QApplication and a MainWindow, shows it, opens the connection on the prepared cache
//             (as keydesk does: show, then open), and an event filter on the licenses table's viewport notes the
//             first QEvent::Paint once the model has rows. Baseline: a bare QApplication + QMainWindow + QTableView
//             over a QStandardItemModel of 100 rows x 8 columns, same time origin.
//   scrolling after the first paint (and the failed quick refresh), the licenses table is scrolled as a user does:
//             page steps of the vertical scroll bar, then jumps to 25%, 50%, 75% and 100% of the range; each frame
//             is scrollBar->setValue() + viewport()->repaint() (a synchronous paint) + processEvents(). In Keygen's
//             order, then sorted by expiry (a header click), then filtered by status EXPIRED (the status box).
//             Baseline: the same steps over a minimal QAbstractTableModel of as many rows (QString::number()).
//   memory    VmRSS and VmHWM (/proc/self/status) of each child after scrolling.
//
//   bench_console                  1,000,000 licenses (preparation: about 10 minutes, a few GB of temporary disk)
//   bench_console --licenses N     N licenses
//   bench_console --dir DIR        prepare the cache in DIR/bench_console-N and reuse it in later runs
//   bench_console --runs N         child runs of each kind (default 5)
//   bench_console --steps N        page steps per scroll scenario (default 300)
//   bench_console --quick          20,000 licenses, 2 runs, 40 page steps: checks that it runs (CTest)
//   bench_console --verbose        every child's output
//
// The children run on the parent's platform (QT_QPA_PLATFORM): CTest uses offscreen; for figures worth writing down
// run under X, e.g. QT_QPA_PLATFORM=xcb xvfb-run -s "-screen 0 1440x900x24" bench_console --dir /tmp/bench-console.
// Internal modes: --child-console CACHE [--startup-only] [--trace-events] --origin NS (one console run; with
// --startup-only it exits after the first paint, e.g. for perf; --trace-events prints every event that took 2 ms or
// more until the failed quick refresh has settled, and --startup-only then exits there), --child-baseline,
// --child-diagnose CACHE (times, one by one, the cache reads that the console makes while it starts). --diagnose (or
// --verbose) runs the latter after the measurements.
//
// The exit status says whether the run worked (every child printed its figures), never whether a target was met.

#include "app/api/jsonapi.h"
#include "app/cache/cache.h"
#include "app/licensing/crypto.h"
#include "app/profiles/profile.h"
#include "app/profiles/secretstore.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxstore.h"
#include "models/resourcetablemodel.h"
#include "models/workspace.h"
#include "tests/benchmarks/benchreport.h"
#include "ui/mainwindow.h"
#include "ui/resourcepage.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMainWindow>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace keydesk;
using namespace keydesk::bench;

namespace {

constexpr double kFirstPaintTarget = 300; // ms from process start
constexpr double kFrameTarget = 16;       // ms per scroll frame
constexpr double kMemoryTarget = 300;     // MB resident
constexpr int kPageSize = 100;            // what sync asks Keygen for

// Read at the very start of main(): when the child's own code began to run.
qint64 g_mainEntered = 0;

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

// ---- Preparation ----

// Every resource of the sandbox, type by type in sync order, rendered as Keygen does, into the cache in sync pages;
// each type's pass finished (its completion recorded, its indexes built), as a complete first sync leaves it.
bool ingest(const sandbox::SandboxStore &store,
            const sandbox::Account &account,
            cache::Cache &cache,
            bool verbose,
            qint64 *total)
{
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
            QList<api::Resource> resources;
            resources.reserve(rows.size());
            for (const sandbox::StoredResource &row : rows) {
                resources.append(*api::Resource::fromJson(sandbox::serialize(store, *spec, row, &totals)));
            }
            QString error;
            for (qsizetype at = 0; at < resources.size(); at += kPageSize) {
                const QList<api::Resource> page = resources.mid(at, kPageSize);
                state.cursor = page.constLast().id();
                if (!cache.upsertPage(type, page, state, &error)) {
                    std::fprintf(stderr, "upsertPage failed: %s\n", qPrintable(error));
                    return false;
                }
            }
            *total += resources.size();
            if (verbose && *total % 100000 < rows.size()) {
                out() << "  " << thousands(double(*total)) << " resources" << Qt::endl;
            }
        }
        QString error;
        if (!cache.finishPass(type, 1, &error)) {
            std::fprintf(stderr, "finishPass failed: %s\n", qPrintable(error));
            return false;
        }
    }
    QString error;
    return cache.flush(&error);
}

// The cache file with `licenses` licenses in `dir`; reused when a previous run left a complete one there.
QString prepareCache(const QString &dir, qint64 licenses, bool verbose)
{
    const QString cachePath = QDir(dir).filePath(QStringLiteral("cache.sqlite"));
    const QString marker = QDir(dir).filePath(QStringLiteral("prepared"));
    if (QFile::exists(marker) && QFile::exists(cachePath)) {
        out() << "reusing the prepared cache " << cachePath << Qt::endl;
        return cachePath;
    }
    cache::Cache::forget(cachePath);
    const QString sandboxPath = QDir(dir).filePath(QStringLiteral("sandbox.sqlite"));
    QFile::remove(sandboxPath);
    QElapsedTimer timer;
    timer.start();
    QString error;
    qint64 resources = 0;
    {
        sandbox::SandboxStore store;
        if (!store.open(sandboxPath, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return {};
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
        if (!sandbox::seedDemoData(store, account, licenses, &error)) {
            std::fprintf(stderr, "seeding failed: %s\n", qPrintable(error));
            return {};
        }
        out() << "seeded the sandbox in " << fixed(double(timer.elapsed()) / 1000, 1) << " s" << Qt::endl;
        cache::Cache cache;
        if (!cache.open(cachePath, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return {};
        }
        if (!ingest(store, account, cache, verbose, &resources)) {
            return {};
        }
    }
    for (const QString &suffix : {QStringLiteral(""), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(sandboxPath + suffix);
    }
    QFile file(marker);
    file.open(QIODevice::WriteOnly);
    file.write(QByteArray::number(licenses) + '\n');
    out() << "prepared " << thousands(double(resources)) << " resources in " << fixed(double(timer.elapsed()) / 1000, 1)
          << " s: " << cachePath << " (" << fixed(double(cache::Cache::sizeOnDisk(cachePath)) / 1048576.0, 1) << " MiB)"
          << Qt::endl;
    return cachePath;
}

// Whether every cached type completed a sync pass (the console then only does a quick refresh).
bool everyTypeComplete(const QString &cachePath)
{
    cache::Cache cache;
    if (!cache.open(cachePath)) {
        return false;
    }
    for (const QString &type : cache::cachedTypes()) {
        if (!cache.syncState(type).lastComplete.isValid()) {
            return false;
        }
    }
    return true;
}

// ---- In the children ----

double sinceMs(qint64 origin)
{
    return double(monotonicNs() - origin) / 1e6;
}

void printValue(const char *key, double value)
{
    out() << key << ": " << fixed(value, 3) << Qt::endl;
}

// VmRSS, VmHWM, RssAnon (heap, stacks) and RssFile (mapped files: libraries, the database's mmap) in kB.
QHash<QString, qint64> memoryKb()
{
    QHash<QString, qint64> values;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() >= 2 && (fields.at(0).startsWith("Vm") || fields.at(0).startsWith("Rss"))) {
                values.insert(QString::fromLatin1(fields.at(0).chopped(1)), fields.at(1).toLongLong());
            }
        }
    }
    return values;
}

void printMemory()
{
    const QHash<QString, qint64> values = memoryKb();
    printValue("vmrss-kb", double(values.value(QStringLiteral("VmRSS"))));
    printValue("vmhwm-kb", double(values.value(QStringLiteral("VmHWM"))));
    printValue("rssanon-kb", double(values.value(QStringLiteral("RssAnon"))));
    printValue("rssfile-kb", double(values.value(QStringLiteral("RssFile"))));
}

// Notes the first paint of a table's viewport once its model has rows, and when that paint cycle ended (the next
// turn of the event loop, after the window's backing store was flushed).
class FirstPaint final : public QObject
{
public:
    FirstPaint(QTableView *table, qint64 origin)
        : m_table(table)
        , m_origin(origin)
    {
        table->viewport()->installEventFilter(this);
    }

    bool done() const { return m_doneMs >= 0; }

    double paintMs() const { return m_paintMs; }

    double doneMs() const { return m_doneMs; }

    bool waitForIt(int timeoutMs)
    {
        if (!done()) {
            QEventLoop loop;
            m_loop = &loop;
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
            m_loop = nullptr;
        }
        return done();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_paintMs < 0 && m_table->model() && m_table->model()->rowCount() > 0) {
            m_paintMs = sinceMs(m_origin);
            m_table->viewport()->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_doneMs = sinceMs(m_origin);
                if (m_loop) {
                    m_loop->quit();
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    qint64 m_origin;
    double m_paintMs = -1;
    double m_doneMs = -1;
    QEventLoop *m_loop = nullptr;
};

// One frame: the scroll bar moved, the viewport painted at once, pending events handled. In ms.
double frame(QTableView *table, int value)
{
    const qint64 start = monotonicNs();
    table->verticalScrollBar()->setValue(value);
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    return double(monotonicNs() - start) / 1e6;
}

// Page steps down from the top, then jumps to a quarter, half, three quarters and the end of the range.
QList<double> scroll(QTableView *table, int pageSteps)
{
    QScrollBar *bar = table->verticalScrollBar();
    frame(table, 0);
    QList<double> frames;
    for (int step = 0; step < pageSteps; ++step) {
        frames.append(frame(table, qMin(bar->maximum(), bar->value() + bar->pageStep())));
    }
    for (const double at : {0.25, 0.5, 0.75, 1.0}) {
        frames.append(frame(table, int(double(bar->maximum()) * at)));
    }
    return frames;
}

void printFrames(const char *scenario, const QList<double> &frames)
{
    out() << "frames " << scenario << ':';
    for (const double ms : frames) {
        out() << ' ' << fixed(ms, 3);
    }
    out() << Qt::endl;
}

// Runs the event loop for `ms` milliseconds.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// With --trace-events, the child prints every event whose delivery took at least `kTraceMs` until the first paint:
// where the time between openConnection() and the first paint goes.
class TracingApplication final : public QApplication
{
public:
    static constexpr double kTraceMs = 2;

    TracingApplication(int &argc, char **argv, qint64 origin, bool trace)
        : QApplication(argc, argv)
        , m_origin(origin)
        , m_trace(trace)
    {
    }

    void stopTracing() { m_trace = false; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_trace) {
            return QApplication::notify(receiver, event);
        }
        const int type = int(event->type());
        const qint64 start = monotonicNs();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(monotonicNs() - start) / 1e6;
        if (ms >= kTraceMs && m_trace) {
            out() << "event: at " << fixed(double(start - m_origin) / 1e6, 1) << " ms, depth " << m_depth << ", "
                  << fixed(ms, 1) << " ms, type " << type << " to " << describe(receiver) << Qt::endl;
        }
        return result;
    }

private:
    // The class and the object names up the parent chain: "QHeaderView(vertical) < table < page_licenses".
    static QString describe(QObject *object)
    {
        QString text = QString::fromLatin1(object->metaObject()->className());
        if (auto *header = qobject_cast<QHeaderView *>(object)) {
            text += header->orientation() == Qt::Vertical ? QStringLiteral("(vertical)")
                                                          : QStringLiteral("(horizontal)");
        }
        for (QObject *at = object; at; at = at->parent()) {
            if (!at->objectName().isEmpty()) {
                text += QStringLiteral(" < ") + at->objectName();
            }
        }
        return text;
    }

    qint64 m_origin;
    bool m_trace;
    int m_depth = 0;
};

int runConsoleChild(
    int &argc, char **argv, const QString &cachePath, qint64 origin, int pageSteps, bool startupOnly, bool trace)
{
    QCoreApplication::setOrganizationName(QStringLiteral("KeydeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_console"));
    const double mainMs = double(g_mainEntered - origin) / 1e6;
    TracingApplication app(argc, argv, origin, trace);
    const double appMs = sinceMs(origin);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("keydesk.ini")), QSettings::IniFormat);
    profiles::ProfileStore store(&settings);
    profiles::SecretStore secrets(QStringLiteral("io.keydesk.Keydesk.bench-")
                                  + QUuid::createUuid().toString(QUuid::Id128));
    MainWindow window(store, secrets);
    const double constructedMs = sinceMs(origin);
    window.show();
    const double shownMs = sinceMs(origin);

    // Offline: nothing listens on the discard port of the loopback interface.
    profiles::Profile profile;
    profile.name = QStringLiteral("Benchmark");
    profile.server = profiles::ServerKind::SelfHosted;
    profile.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    profile.account = QStringLiteral("bench");
    profile.accountId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.signatureMode = api::SignatureMode::Off;
    if (!window.openConnection({profile, QStringLiteral("admin-bench-token")}, cachePath)) {
        std::fprintf(stderr, "openConnection failed: %s\n", qPrintable(window.lastMessage()));
        return 1;
    }
    const double openedMs = sinceMs(origin);
    ResourcePage *page = window.page(QStringLiteral("licenses"));
    QTableView *table = page->table();
    FirstPaint firstPaint(table, origin);
    if (!firstPaint.waitForIt(120000)) {
        std::fprintf(stderr, "the licenses table never painted rows\n");
        return 1;
    }
    printValue("phase-main-ms", mainMs);
    printValue("phase-qapplication-ms", appMs);
    printValue("phase-mainwindow-ms", constructedMs);
    printValue("phase-show-ms", shownMs);
    printValue("phase-openconnection-ms", openedMs);
    printValue("first-paint-ms", firstPaint.paintMs());
    printValue("first-frame-done-ms", firstPaint.doneMs());
    printValue("rows", double(page->model()->rowCount()));
    printValue("paint-vmrss-kb", double(memoryKb().value(QStringLiteral("VmRSS"))));
    if (startupOnly && !trace) {
        return 0;
    }

    // The failed quick refresh (nothing listens) and what follows it (counts, a refresh of the models).
    if (window.workspace()->syncEngine()->isRunning()) {
        QEventLoop loop;
        QObject::connect(window.workspace()->syncEngine(), &sync::SyncEngine::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    printValue("sync-finished-ms", sinceMs(origin));
    settle(1500);
    out() << "message: " << window.lastMessage().section(QLatin1Char('\n'), 0, 0) << Qt::endl;
    app.stopTracing();
    if (startupOnly) {
        return 0;
    }

    // ---- Scrolling: Keygen's order ----
    printFrames("default", scroll(table, pageSteps));

    // ---- Sorted by expiry: a click on its header ----
    const int expiry = page->model()->columnOf(QStringLiteral("expiry"));
    qint64 start = monotonicNs();
    table->sortByColumn(expiry, Qt::AscendingOrder);
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    printValue("sort-ms", double(monotonicNs() - start) / 1e6);
    printFrames("sorted", scroll(table, pageSteps));

    // ---- Filtered by status EXPIRED (still sorted by expiry): the status box ----
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    if (!status || status->findData(QStringLiteral("EXPIRED")) < 0) {
        std::fprintf(stderr, "no status filter\n");
        return 1;
    }
    frame(table, 0);
    start = monotonicNs();
    status->setCurrentIndex(status->findData(QStringLiteral("EXPIRED")));
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    printValue("filter-ms", double(monotonicNs() - start) / 1e6);
    printValue("filtered-rows", double(page->model()->rowCount()));
    printFrames("filtered", scroll(table, pageSteps));

    printMemory(); // after scrolling: the later lines win
    window.workspace()->syncEngine()->cancel();
    return 0;
}

// The baseline of scrolling: as many rows as the licenses, nothing behind them.
class BareModel final : public QAbstractTableModel
{
public:
    explicit BareModel(int rows)
        : m_rows(rows)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 8; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid()) {
            return {};
        }
        return QString::number(qint64(index.row()) * 8 + index.column());
    }

private:
    int m_rows;
};

int runBaselineChild(int &argc, char **argv, qint64 origin, int rows, int pageSteps)
{
    const double mainMs = double(g_mainEntered - origin) / 1e6;
    QApplication app(argc, argv);
    const double appMs = sinceMs(origin);
    QMainWindow window;
    auto *table = new QTableView(&window);
    QStandardItemModel small(100, 8);
    for (int row = 0; row < 100; ++row) {
        for (int column = 0; column < 8; ++column) {
            small.setItem(row, column, new QStandardItem(QString::number(row * 8 + column)));
        }
    }
    // Shaped like the console's tables.
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultSectionSize(150);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setModel(&small);
    window.setCentralWidget(table);
    window.resize(1280, 800);
    window.show();
    FirstPaint firstPaint(table, origin);
    if (!firstPaint.waitForIt(60000)) {
        std::fprintf(stderr, "the baseline table never painted rows\n");
        return 1;
    }
    printValue("phase-main-ms", mainMs);
    printValue("phase-qapplication-ms", appMs);
    printValue("first-paint-ms", firstPaint.paintMs());
    printValue("first-frame-done-ms", firstPaint.doneMs());
    printMemory();
    settle(300);

    BareModel bare(rows);
    table->setModel(&bare);
    // As many frames as the console's three scenarios.
    for (const char *scenario : {"default", "sorted", "filtered"}) {
        printFrames(scenario, scroll(table, pageSteps));
    }
    printMemory();
    return 0;
}

// The cache reads the console makes while it starts, timed one by one (warm: after a first open).
int runDiagnoseChild(const QString &cachePath)
{
    const auto time = [](const char *label, const auto &call) {
        const qint64 start = monotonicNs();
        call();
        out() << "  " << QString::fromLatin1(label).leftJustified(58) << ' '
              << fixed(double(monotonicNs() - start) / 1e6, 2) << " ms" << Qt::endl;
    };
    cache::Cache cache;
    time("Cache::open", [&] {
        cache.open(cachePath);
    });
    for (const QString &type : cache::cachedTypes()) {
        const QByteArray label = "Cache::count(" + type.toLatin1() + ")";
        time(label.constData(), [&] {
            cache.count(type);
        });
    }
    time("Cache::syncState(every type)", [&] {
        for (const QString &type : cache::cachedTypes()) {
            cache.syncState(type);
        }
    });
    const auto memory = [](const char *label) {
        const QHash<QString, qint64> values = memoryKb();
        out() << "  memory " << label << ": VmRSS " << fixed(double(values.value(QStringLiteral("VmRSS"))) / 1024, 1)
              << " MB (RssAnon " << fixed(double(values.value(QStringLiteral("RssAnon"))) / 1024, 1) << " MB, RssFile "
              << fixed(double(values.value(QStringLiteral("RssFile"))) / 1024, 1) << " MB)" << Qt::endl;
    };
    memory("after the counts");
    time("Cache::resources(products by name, 500)", [&] {
        cache.resources(
            cache::Query(QStringLiteral("products"), {}, QStringLiteral("name"), Qt::AscendingOrder, 0, 500));
    });
    for (const QString &type : {QStringLiteral("licenses"), QStringLiteral("machines")}) {
        std::unique_ptr<ResourceTableModel> model;
        const QByteArray name = type.toLatin1();
        time(QByteArray("ResourceTableModel(" + name + ") + clearFilters (count)").constData(), [&] {
            model = std::make_unique<ResourceTableModel>(&cache, type);
            model->clearFilters();
        });
        time(QByteArray("  first window of " + name + ": data(0, every column)").constData(), [&] {
            for (int column = 0; column < model->columnCount(); ++column) {
                model->data(model->index(0, column));
            }
        });
        time(QByteArray("  a far window of " + name + ": data(rows/2, every column)").constData(), [&] {
            for (int column = 0; column < model->columnCount(); ++column) {
                model->data(model->index(model->rowCount() / 2, column));
            }
        });
        for (const double at : {0.25, 0.75}) {
            const QByteArray label = "  the window at " + QByteArray::number(int(at * 100)) + "% of " + name;
            time(label.constData(), [&] {
                model->data(model->index(int(double(model->rowCount()) * at), 0));
            });
        }
        time(QByteArray("  the last window of " + name).constData(), [&] {
            for (int column = 0; column < model->columnCount(); ++column) {
                model->data(model->index(model->rowCount() - 1, column));
            }
        });
        time(QByteArray("  refresh() (count again, re-read windows)").constData(), [&] {
            model->refresh();
        });
        if (type == u"licenses") {
            time("  sort by expiry (count, reset)", [&] {
                model->sort(model->columnOf(QStringLiteral("expiry")), Qt::AscendingOrder);
            });
            time("  first window sorted by expiry", [&] {
                model->data(model->index(0, 0));
            });
            time("  window at rows/2 sorted by expiry", [&] {
                model->data(model->index(model->rowCount() / 2, 0));
            });
            time("  status EXPIRED (count)", [&] {
                model->setStatusFilter(QStringLiteral("EXPIRED"));
            });
            time("  first window EXPIRED by expiry", [&] {
                model->data(model->index(0, 0));
            });
            time("  last window EXPIRED by expiry", [&] {
                model->data(model->index(model->rowCount() - 1, 0));
            });
        }
    }
    memory("at the end");
    return 0;
}

// ---- In the parent ----

struct ChildResult
{
    bool ok = false;
    QHash<QString, double> values;
    QHash<QString, QList<double>> frames;
    QString message;
};

ChildResult runChild(const QStringList &arguments, const QString &home, bool verbose)
{
    ChildResult result;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A fresh user: no saved window geometry or columns.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 origin = monotonicNs();
    process.start(QCoreApplication::applicationFilePath(),
                  QStringList(arguments) << QStringLiteral("--origin") << QString::number(origin));
    if (!process.waitForFinished(600000)) {
        std::fprintf(stderr, "a child did not finish: %s\n", qPrintable(process.errorString()));
        process.kill();
        process.waitForFinished();
        return result;
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    if (verbose) {
        for (const QString &line : output.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("frames "))) {
                out() << "    " << line << '\n';
            }
        }
    }
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            continue;
        }
        const QString key = line.left(colon);
        const QString value = line.mid(colon + 1).trimmed();
        if (key.startsWith(QLatin1String("frames "))) {
            QList<double> &frames = result.frames[key.mid(7)];
            for (const QString &field : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                frames.append(field.toDouble());
            }
        } else if (key == u"message") {
            result.message = value;
        } else {
            result.values.insert(key, value.toDouble());
        }
    }
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
             && result.values.contains(QStringLiteral("first-paint-ms"));
    if (!result.ok) {
        std::fprintf(stderr, "a child failed (exit %d):\n%s\n", process.exitCode(), qPrintable(output));
    }
    return result;
}

QList<double> valuesOf(const QList<ChildResult> &runs, const QString &key)
{
    QList<double> values;
    for (const ChildResult &run : runs) {
        if (run.values.contains(key)) {
            values.append(run.values.value(key));
        }
    }
    return values;
}

QList<double> framesOf(const QList<ChildResult> &runs, const QString &scenario)
{
    QList<double> frames;
    for (const ChildResult &run : runs) {
        if (scenario.isEmpty()) {
            for (const QList<double> &list : run.frames) {
                frames += list;
            }
        } else {
            frames += run.frames.value(scenario);
        }
    }
    return frames;
}

QString framesLine(const QList<double> &frames)
{
    return QStringLiteral("median %1 ms, 95th percentile %2 ms, max %3 ms (%4 frames)")
        .arg(fixed(median(frames)), fixed(percentile(frames, 0.95)), fixed(percentile(frames, 1.0)))
        .arg(frames.size());
}

QString listLine(QList<double> values)
{
    std::sort(values.begin(), values.end());
    QStringList fields;
    for (const double value : values) {
        fields << fixed(value, 1);
    }
    return fields.join(QLatin1Char(' '));
}

} // namespace

int main(int argc, char **argv)
{
    g_mainEntered = monotonicNs();
    QStringList raw;
    for (int i = 0; i < argc; ++i) {
        raw << QString::fromLocal8Bit(argv[i]);
    }
    const auto option = [&](const char *name) {
        const qsizetype at = raw.indexOf(QLatin1String(name));
        return at > 0 && at + 1 < raw.size() ? raw.at(at + 1) : QString();
    };
    const qint64 origin = option("--origin").toLongLong();
    const int pageSteps = option("--steps").isEmpty() ? 300 : option("--steps").toInt();
    if (!option("--child-console").isEmpty()) {
        return runConsoleChild(argc,
                               argv,
                               option("--child-console"),
                               origin,
                               pageSteps,
                               raw.contains(QStringLiteral("--startup-only")),
                               raw.contains(QStringLiteral("--trace-events")));
    }
    if (raw.contains(QStringLiteral("--child-baseline"))) {
        return runBaselineChild(argc, argv, origin, option("--rows").toInt(), pageSteps);
    }

    QCoreApplication app(argc, argv);
    if (!option("--child-diagnose").isEmpty()) {
        return runDiagnoseChild(option("--child-diagnose"));
    }
    const bool quick = raw.contains(QStringLiteral("--quick"));
    const bool verbose = raw.contains(QStringLiteral("--verbose"));
    qint64 licenses = quick ? 20000 : 1000000;
    int runs = quick ? 2 : 5;
    int steps = quick ? 40 : 300;
    if (!option("--licenses").isEmpty()) {
        licenses = option("--licenses").toLongLong();
    }
    if (!option("--runs").isEmpty()) {
        runs = qMax(1, option("--runs").toInt());
    }
    if (!option("--steps").isEmpty()) {
        steps = qMax(1, option("--steps").toInt());
    }
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
#ifdef KEYDESK_BUILD_TYPE
    out() << "build: " << KEYDESK_BUILD_TYPE << ", ";
#endif
    out() << "licenses: " << thousands(double(licenses))
          << ", platform: " << (platform.isEmpty() ? QStringLiteral("(default)") : platform) << ", runs: " << runs
          << ", page steps: " << steps << Qt::endl;

    // ---- Preparation (not timed) ----
    const QString dirOption = option("--dir");
    std::unique_ptr<QTemporaryDir> temporary;
    QString dir;
    if (dirOption.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        if (!temporary->isValid()) {
            std::fprintf(stderr, "cannot create a temporary directory\n");
            return 1;
        }
        dir = temporary->path();
    } else {
        dir = QDir(dirOption).filePath(QStringLiteral("bench_console-%1").arg(licenses));
        if (!QDir().mkpath(dir)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(dir));
            return 1;
        }
    }
    const QString cachePath = prepareCache(dir, licenses, verbose);
    if (cachePath.isEmpty()) {
        return 1;
    }
    if (!everyTypeComplete(cachePath)) {
        std::fprintf(stderr, "the prepared cache does not say that every type completed a sync\n");
        return 1;
    }
    QTemporaryDir home; // the children's XDG directories

    // ---- The children, interleaved ----
    QList<ChildResult> consoles;
    QList<ChildResult> baselines;
    for (int run = 0; run < runs; ++run) {
        if (verbose) {
            out() << "  run " << run + 1 << ": baseline" << Qt::endl;
        }
        ChildResult baseline = runChild({QStringLiteral("--child-baseline"),
                                         QStringLiteral("--rows"),
                                         QString::number(licenses),
                                         QStringLiteral("--steps"),
                                         QString::number(steps)},
                                        home.path(),
                                        verbose);
        if (verbose) {
            out() << "  run " << run + 1 << ": console" << Qt::endl;
        }
        ChildResult console = runChild({QStringLiteral("--child-console"),
                                        cachePath,
                                        QStringLiteral("--steps"),
                                        QString::number(steps)},
                                       home.path(),
                                       verbose);
        if (!baseline.ok || !console.ok) {
            return 1;
        }
        baselines.append(baseline);
        consoles.append(console);
    }

    // ---- Startup ----
    const double consolePaint = median(valuesOf(consoles, QStringLiteral("first-paint-ms")));
    const double barePaint = median(valuesOf(baselines, QStringLiteral("first-paint-ms")));
    out() << "startup (process start to the first paint of the licenses table with rows): median "
          << fixed(consolePaint, 1) << " ms (target " << kFirstPaintTarget
          << " ms); runs: " << listLine(valuesOf(consoles, QStringLiteral("first-paint-ms"))) << '\n';
    out() << "  phases (medians, ms since process start): main() "
          << fixed(median(valuesOf(consoles, QStringLiteral("phase-main-ms"))), 1) << ", QApplication "
          << fixed(median(valuesOf(consoles, QStringLiteral("phase-qapplication-ms"))), 1)
          << ", MainWindow constructed " << fixed(median(valuesOf(consoles, QStringLiteral("phase-mainwindow-ms"))), 1)
          << ", show() " << fixed(median(valuesOf(consoles, QStringLiteral("phase-show-ms"))), 1)
          << ", openConnection() returned "
          << fixed(median(valuesOf(consoles, QStringLiteral("phase-openconnection-ms"))), 1) << ", first paint "
          << fixed(consolePaint, 1) << ", paint cycle done "
          << fixed(median(valuesOf(consoles, QStringLiteral("first-frame-done-ms"))), 1) << ", quick refresh failed "
          << fixed(median(valuesOf(consoles, QStringLiteral("sync-finished-ms"))), 1) << '\n';
    out() << "  rows shown: " << thousands(median(valuesOf(consoles, QStringLiteral("rows"))))
          << "; notification: " << consoles.constFirst().message << '\n';
    out() << "bare (QMainWindow + QTableView, QStandardItemModel 100 x 8): median " << fixed(barePaint, 1)
          << " ms; runs: " << listLine(valuesOf(baselines, QStringLiteral("first-paint-ms"))) << "; main() "
          << fixed(median(valuesOf(baselines, QStringLiteral("phase-main-ms"))), 1) << ", QApplication "
          << fixed(median(valuesOf(baselines, QStringLiteral("phase-qapplication-ms"))), 1) << '\n';
    out() << "startup/bare first-paint ratio: " << fixed(consolePaint / qMax(1e-9, barePaint)) << Qt::endl;

    // ---- Scrolling ----
    const QList<double> consoleFrames = framesOf(consoles, QString());
    const QList<double> bareFrames = framesOf(baselines, QString());
    out() << "scrolling (setValue + repaint + processEvents per frame; page steps, then jumps to 25/50/75/100%), "
             "target "
          << kFrameTarget << " ms per frame:\n";
    const QHash<QString, QString> labels{{QStringLiteral("default"), QStringLiteral("Keygen's order")},
                                         {QStringLiteral("sorted"), QStringLiteral("sorted by expiry")},
                                         {QStringLiteral("filtered"), QStringLiteral("status EXPIRED, by expiry")}};
    for (const QString &scenario : {QStringLiteral("default"), QStringLiteral("sorted"), QStringLiteral("filtered")}) {
        const QList<double> frames = framesOf(consoles, scenario);
        QList<double> jumps;
        for (const ChildResult &run : consoles) {
            const QList<double> list = run.frames.value(scenario);
            jumps += list.mid(qMax<qsizetype>(0, list.size() - 4));
        }
        out() << "  " << labels.value(scenario).leftJustified(26) << ' ' << framesLine(frames) << "; jumps: max "
              << fixed(percentile(jumps, 1.0)) << " ms\n";
    }
    out() << "  sort click " << fixed(median(valuesOf(consoles, QStringLiteral("sort-ms")))) << " ms, status filter "
          << fixed(median(valuesOf(consoles, QStringLiteral("filter-ms")))) << " ms ("
          << thousands(median(valuesOf(consoles, QStringLiteral("filtered-rows")))) << " rows)\n";
    out() << "  console, all frames:        " << framesLine(consoleFrames) << '\n';
    out() << "bare (QAbstractTableModel, " << thousands(double(licenses)) << " rows): " << framesLine(bareFrames)
          << '\n';
    out() << "scroll/bare frame ratio: " << fixed(median(consoleFrames) / qMax(1e-9, median(bareFrames))) << Qt::endl;

    // ---- Memory ----
    const double rss = median(valuesOf(consoles, QStringLiteral("vmrss-kb"))) / 1024;
    const double hwm = median(valuesOf(consoles, QStringLiteral("vmhwm-kb"))) / 1024;
    const double bareRss = median(valuesOf(baselines, QStringLiteral("vmrss-kb"))) / 1024;
    const double bareHwm = median(valuesOf(baselines, QStringLiteral("vmhwm-kb"))) / 1024;
    out() << "memory after scrolling (medians): console VmRSS " << fixed(rss, 1) << " MB, VmHWM " << fixed(hwm, 1)
          << " MB (target " << kMemoryTarget << " MB); bare VmRSS " << fixed(bareRss, 1) << " MB, VmHWM "
          << fixed(bareHwm, 1) << " MB\n";
    out() << "  console VmRSS at first paint "
          << fixed(median(valuesOf(consoles, QStringLiteral("paint-vmrss-kb"))) / 1024, 1)
          << " MB; after scrolling RssAnon (heap) "
          << fixed(median(valuesOf(consoles, QStringLiteral("rssanon-kb"))) / 1024, 1) << " MB, RssFile (libraries, "
          << "the database's mmap) " << fixed(median(valuesOf(consoles, QStringLiteral("rssfile-kb"))) / 1024, 1)
          << " MB\n";
    out() << "rss/bare memory ratio: " << fixed(rss / qMax(1e-9, bareRss)) << " (peak "
          << fixed(hwm / qMax(1e-9, bareHwm)) << ")" << Qt::endl;

    if (!everyTypeComplete(cachePath)) {
        out() << "note: after the runs the cache no longer says that every type completed a sync" << Qt::endl;
    }
    if (licenses == 1000000) {
        const auto verdict = [](bool met) {
            return met ? QStringLiteral("met") : QStringLiteral("missed");
        };
        out() << "targets: first paint " << verdict(consolePaint <= kFirstPaintTarget) << ", frames "
              << verdict(percentile(consoleFrames, 1.0) <= kFrameTarget) << " (max; median "
              << verdict(median(consoleFrames) <= kFrameTarget) << "), memory " << verdict(hwm <= kMemoryTarget)
              << Qt::endl;
    }
    if (verbose || raw.contains(QStringLiteral("--diagnose"))) {
        out() << "cache reads at startup, one by one (a child, warm):" << Qt::endl;
        QProcess diagnose;
        diagnose.setProcessChannelMode(QProcess::ForwardedChannels);
        diagnose.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-diagnose"), cachePath});
        diagnose.waitForFinished(600000);
    }
    return 0;
}
