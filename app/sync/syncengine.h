#pragma once

// Fills the local cache from the API and keeps it fresh: full passes per type (resumable after a cancel, a crash or
// a lost connection; they notice what the server deleted), quick refreshes of the newest records, and single
// records on demand. Referenced types come first (products, policies, entitlements and groups, then users and
// releases, then licenses and artifacts, then machines); within a phase, types are read in parallel.
//
// The engine reads from the network in its own thread (the client's) and writes in a thread of its own, with its
// own connection to the cache's file: encoding, SQLite, the full-text index, commits and the index builds at the
// end of a first pass never block the thread that owns the engine (the console's), and the next pages arrive
// while earlier ones are written. Other connections (the engine's Cache, the models') see the written rows once
// the writer commits: at most a quarter of a second after a page, and before committed() says so. While the engine
// lives, its writer keeps the cache file open: Cache::forget() refuses it then.

#include "app/api/pager.h"
#include "app/cache/cache.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace keydesk::sync {

struct TypeProgress
{
    QString type;
    qint64 done = 0;   // resources read in this pass (including those read before a resume)
    qint64 total = -1; // as the server reports it; -1 when unknown
    double rate = 0;   // resources per second in this run
    qint64 etaSeconds = -1;
    bool running = false;
    bool finished = false; // this pass read every page
    api::ApiError error;   // why it stopped, when it failed
};

class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(api::ApiClient *client, cache::Cache *cache, QObject *parent = nullptr);
    ~SyncEngine() override;

    // How many types are read at once within a phase (the client's governor paces them together).
    void setParallelism(int types) { m_parallelism = qMax(1, types); }

    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }

    // A full pass over the types (all cached types by default), resuming an interrupted pass where it stopped.
    void start(const QStringList &types = {});
    // The newest records of each type, page by page, until a page holds nothing new or changed.
    void quickRefresh(const QStringList &types = {});
    // One record, fetched again (used when the user opens it); a record the server no longer has is removed.
    void refreshOne(const QString &type, const QString &id);
    // Stores a resource the server answered with (or removes one it no longer has: `resource` nullopt) through the
    // engine's writer, and commits it; `then` runs in this thread once other connections read it (false: it failed).
    void store(const QString &type,
               const QString &id,
               const std::optional<api::Resource> &resource,
               std::function<void(bool ok)> then);
    // Stops reading at once; what was stored stays, and the next start() resumes. A run that was under way ends
    // with progressChanged() for its cancelled types now and finished(false) once the writer has committed what
    // it stored (other connections read all of it then): the caller's thread does not wait for the writer, which
    // may be building indexes for seconds.
    void cancel();

    bool isRunning() const { return m_running; }

    // The sync under way (or the last one) is a quick refresh: it reads the newest pages only.
    bool isQuickRefresh() const { return m_mode == Mode::Quick; }

    QList<TypeProgress> progress() const;

Q_SIGNALS:
    void progressChanged(const keydesk::sync::TypeProgress &progress);
    // The run ended: every type finished (ok), or it stopped (cancelled or failed; errors in progress()).
    void finished(bool ok);
    void recordRefreshed(const QString &type, const QString &id, bool exists);
    // Rows of these types were committed: other connections to the cache now read them.
    void committed(const QStringList &types);

private:
    enum class Mode {
        Full,
        Quick,
    };

    void run(const QStringList &types, Mode mode);
    void startPhase();
    void startType(const QString &type);
    void requestTotal(const QString &type);
    void typeDone(const QString &type, const api::ApiError &error);
    void emitProgress(const QString &type);

    // Writes run in the writer's thread, in the order they were posted; `done` runs back in this thread with the
    // write's error (empty when it worked). `generation`: the run the write belongs to (0: none); after a write of
    // a run failed, the writer refuses the run's later writes with the same error.
    class Writer;
    using WriteJob = std::function<bool(cache::Cache &cache, QString *error)>;
    void write(quint64 generation,
               const QStringList &types,
               WriteJob job,
               bool commitNow,
               std::function<void(const QString &error)> done);
    bool ensureWriter(QString *error);
    void pageWritten(quint64 generation, const QString &type, qsizetype resources, const QString &error);
    void allPagesRead(const QString &type);
    void updatePaused();

    api::ApiClient *m_client;
    cache::Cache *m_cache;
    int m_parallelism = 2;
    int m_pageSize = 100;
    Mode m_mode = Mode::Full;
    bool m_running = false;
    bool m_failed = false;
    QList<QStringList> m_phases; // still to run
    QStringList m_order;         // every type of this run, in order
    QStringList m_queue;         // types of the current phase not started yet
    QStringList m_active;        // types being read
    QHash<QString, TypeProgress> m_progress;
    QHash<QString, QPointer<api::Pager>> m_pagers;
    QHash<QString, cache::SyncState> m_states;
    QHash<QString, QElapsedTimer> m_timers;
    QList<QPointer<api::ApiReply>> m_replies;

    std::unique_ptr<QThread> m_writerThread;
    Writer *m_writer = nullptr; // lives in m_writerThread
    quint64 m_generation = 0;   // a new run or a cancel ignores answers to writes posted before
    int m_pendingPages = 0;     // posted to the writer and not yet written
    bool m_paused = false;
};

} // namespace keydesk::sync
