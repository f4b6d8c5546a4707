#include "app/sync/syncengine.h"

#include "app/api/requests.h"
#include "app/cache/cachethread.h"

#include <QSet>
#include <QThread>

#include <atomic>

namespace keydesk::sync {

namespace {

// Pages handed to the writer and not yet written: beyond this, pagers wait (their next page still arrives), so that
// a slow disk does not fill the memory with pages; they go on once the writer is down to the low mark.
constexpr int kMaxPendingPages = 6;
constexpr int kResumePendingPages = 2;

// Referenced types first: a license refers to its policy, product, owner and group; a machine to its license.
const QList<QStringList> &phases()
{
    static const QList<QStringList> order{
        {QStringLiteral("products"),
         QStringLiteral("policies"),
         QStringLiteral("entitlements"),
         QStringLiteral("groups")},
        {QStringLiteral("users"), QStringLiteral("releases")},
        {QStringLiteral("licenses"), QStringLiteral("artifacts")},
        {QStringLiteral("machines")},
    };
    return order;
}

// What a full copy of a type asks for beyond paging.
void addTypeFilters(const QString &type, QUrlQuery &query)
{
    if (type == QLatin1String("users")) {
        // Keygen lists only customers (role "user") unless asked: the cache keeps the team too.
        for (const char *role : {"user", "admin", "developer", "read-only", "sales-agent", "support-agent"}) {
            query.addQueryItem(QStringLiteral("roles[]"), QLatin1String(role));
        }
    }
}

} // namespace

// The writer's side: its own connection to the cache file, in its own thread. Writes of a run that failed once are
// refused from then on (the run stops), so that no later page of any type is stored beyond a page that was not.
class SyncEngine::Writer final : public QObject
{
public:
    Writer()
    {
        // Every end of a transaction, also the cache's own group commits (by size, age or idle time): the types
        // written since are announced, or the runs whose pages were lost stop.
        cache.setCommitObserver([this](const QString &error) {
            transactionEnded(error);
        });
    }

    ~Writer() override
    {
        commit();
        cache.setCommitObserver({});
    }

    void run(quint64 generation, const QStringList &types, const WriteJob &job, bool commitNow, QString *error)
    {
        if (generation != 0 && generation < skipBefore.load()) {
            *error = api::ApiError::cancelled().userMessage();
            return; // the run was cancelled: the next one reads these pages again
        }
        if (generation != 0 && m_broken.contains(generation)) {
            *error = m_brokenReason;
            return;
        }
        if (generation == 0) {
            // Not part of a run (a record refreshed): the pages written so far are committed first, so that its
            // failure cannot roll them back.
            commit();
        } else {
            m_groupGenerations.insert(generation);
        }
        for (const QString &type : types) {
            if (!m_uncommitted.contains(type)) {
                m_uncommitted.append(type);
            }
        }
        if (!job(cache, error)) {
            if (error->isEmpty()) {
                *error = cache.lastError();
            }
            if (generation != 0) {
                breakRuns({generation}, *error);
            }
        }
        if (commitNow) {
            commit();
        }
    }

    // Commits the open group now (the cache commits it on its own a quarter of a second after it began).
    void commit() { cache.flush(); }

    cache::Cache cache;
    std::function<void(const QStringList &types)> onCommitted; // called in the writer's thread
    std::atomic<quint64> skipBefore{0};                        // writes of earlier runs are dropped

private:
    void transactionEnded(const QString &error)
    {
        if (!error.isEmpty()) {
            // The group was rolled back: its pages are gone, so their runs stop (the next one reads them again).
            breakRuns(m_groupGenerations, error);
        }
        m_groupGenerations.clear();
        const QStringList types = std::exchange(m_uncommitted, {});
        if (error.isEmpty() && !types.isEmpty() && onCommitted) {
            onCommitted(types);
        }
    }

    void breakRuns(const QSet<quint64> &generations, const QString &reason)
    {
        m_broken += generations;
        m_brokenReason = reason;
    }

    QStringList m_uncommitted;        // types written since the last commit
    QSet<quint64> m_groupGenerations; // runs with pages in the open group
    QSet<quint64> m_broken;
    QString m_brokenReason;
};

SyncEngine::SyncEngine(api::ApiClient *client, cache::Cache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

SyncEngine::~SyncEngine()
{
    cancel();
    if (m_writer) {
        // What was handed over is written (and committed) first; the connection closes in its own thread.
        cache::stopInThread(m_writer, m_writerThread.get());
        m_writer = nullptr;
    }
}

bool SyncEngine::ensureWriter(QString *error)
{
    if (m_writer) {
        return true;
    }
    if (!m_cache->isOpen()) {
        *error = tr("The cache is not open.");
        return false;
    }
    auto thread = std::make_unique<QThread>();
    auto *writer = new Writer;
    writer->onCommitted = [this](const QStringList &types) {
        QMetaObject::invokeMethod(
            this,
            [this, types] {
            Q_EMIT committed(types);
            },
            Qt::QueuedConnection);
    };
    if (!cache::startInThread(writer,
                              &writer->cache,
                              thread.get(),
                              QStringLiteral("keydesk-sync-writer"),
                              m_cache->path(),
                              error)) {
        return false;
    }
    // Its second core is busy with the network and the parsing of the next pages.
    QMetaObject::invokeMethod(writer, [writer] {
        writer->cache.setParallelEncoding(false);
    });
    m_writer = writer;
    m_writerThread = std::move(thread);
    return true;
}

void SyncEngine::write(quint64 generation,
                       const QStringList &types,
                       WriteJob job,
                       bool commitNow,
                       std::function<void(const QString &error)> done)
{
    Writer *writer = m_writer;
    QMetaObject::invokeMethod(
        writer,
        [this, writer, generation, types, job = std::move(job), commitNow, done = std::move(done)]() mutable {
        QString error;
        writer->run(generation, types, job, commitNow, &error);
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done), error] {
            done(error);
            },
            Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SyncEngine::updatePaused()
{
    const bool paused = m_paused ? m_pendingPages > kResumePendingPages : m_pendingPages >= kMaxPendingPages;
    if (paused == m_paused) {
        return;
    }
    m_paused = paused;
    for (const QPointer<api::Pager> &pager : std::as_const(m_pagers)) {
        if (pager) {
            pager->setPaused(paused);
        }
    }
}

QList<TypeProgress> SyncEngine::progress() const
{
    QList<TypeProgress> result;
    for (const QString &type : std::as_const(m_order)) {
        result << m_progress.value(type);
    }
    return result;
}

void SyncEngine::start(const QStringList &types)
{
    run(types, Mode::Full);
}

void SyncEngine::quickRefresh(const QStringList &types)
{
    run(types, Mode::Quick);
}

void SyncEngine::run(const QStringList &types, Mode mode)
{
    cancel();
    const QStringList wanted = types.isEmpty() ? cache::cachedTypes() : types;
    m_mode = mode;
    m_running = true;
    m_failed = false;
    m_phases.clear();
    m_order.clear();
    m_progress.clear();
    QString writerError;
    const bool writing = ensureWriter(&writerError);
    for (const QStringList &phase : phases()) {
        QStringList selected;
        for (const QString &type : phase) {
            if (wanted.contains(type)) {
                selected << type;
                TypeProgress progress;
                progress.type = type;
                m_progress.insert(type, progress);
            }
        }
        if (!selected.isEmpty()) {
            m_phases << selected;
            m_order += selected;
        }
    }
    if (!writing) {
        m_running = false;
        for (auto it = m_progress.begin(); it != m_progress.end(); ++it) {
            it->error = api::ApiError::malformedResponse(writerError);
        }
        Q_EMIT finished(false);
        return;
    }
    startPhase();
}

void SyncEngine::cancel()
{
    const auto pagers = m_pagers;
    for (const QPointer<api::Pager> &pager : pagers) {
        if (pager) {
            pager->disconnect(this);
            pager->cancel();
            pager->deleteLater();
        }
    }
    m_pagers.clear();
    for (const QPointer<api::ApiReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_replies.clear();
    // Pages handed to the writer and not written yet are dropped (the next pass reads them again); what was written
    // is committed, and then finished() says so.
    ++m_generation;
    m_pendingPages = 0;
    m_paused = false;
    const bool wasRunning = m_running;
    m_running = false;
    m_queue.clear();
    m_active.clear();
    QStringList cancelled;
    if (wasRunning) {
        for (auto it = m_progress.begin(); it != m_progress.end(); ++it) {
            if (it->running) {
                it->running = false;
                it->error = api::ApiError::cancelled();
                cancelled.append(it.key());
            }
        }
    }
    for (const QString &type : std::as_const(cancelled)) {
        emitProgress(type);
    }
    // Also after a run that ended by itself: a failed type may have left pages in the queue.
    if (m_writer) {
        m_writer->skipBefore.store(m_generation);
        QMetaObject::invokeMethod(
            m_writer,
            [this, writer = m_writer, wasRunning] {
            writer->commit();
            if (wasRunning) {
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                    Q_EMIT finished(false);
                    },
                    Qt::QueuedConnection);
            }
            },
            Qt::QueuedConnection);
    } else if (wasRunning) {
        Q_EMIT finished(false);
    }
}

void SyncEngine::startPhase()
{
    if (!m_running) {
        return;
    }
    if (m_failed) {
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    if (m_phases.isEmpty()) {
        m_running = false;
        Q_EMIT finished(true);
        return;
    }
    m_queue = m_phases.takeFirst();
    for (int i = 0; i < m_parallelism && !m_queue.isEmpty(); ++i) {
        startType(m_queue.takeFirst());
    }
}

void SyncEngine::startType(const QString &type)
{
    m_active << type;
    TypeProgress &progress = m_progress[type];
    progress.running = true;
    m_timers[type].start();

    cache::SyncState state = m_cache->syncState(type);
    QUrlQuery query;
    if (m_mode == Mode::Full) {
        // A new pass, unless one was interrupted: then it resumes after the last page it stored.
        if (state.pass == 0 || state.complete) {
            state.pass += 1;
            state.cursor.clear();
            state.complete = false;
        }
        query.addQueryItem(QStringLiteral("page[size]"), QString::number(m_pageSize));
        query.addQueryItem(QStringLiteral("page[cursor]"), state.cursor);
        requestTotal(type);
    } else {
        query.addQueryItem(QStringLiteral("page[size]"), QString::number(m_pageSize));
        query.addQueryItem(QStringLiteral("page[cursor]"), QString());
    }
    addTypeFilters(type, query);
    m_states.insert(type, state);
    progress.done = 0;

    auto *pager = new api::Pager(m_client, type, query, m_pageSize, this);
    pager->setPaused(m_paused);
    m_pagers.insert(type, pager);
    connect(pager, &api::Pager::page, this, [this, type, pager](const QList<api::ResourceText> &resources) {
        const quint64 generation = m_generation;
        const qsizetype count = resources.size();
        ++m_pendingPages;
        updatePaused();
        if (m_mode == Mode::Quick) {
            // Stop at the first page that holds nothing new or changed.
            bool news = false;
            for (const api::ResourceText &text : resources) {
                const std::optional<api::Resource> resource = text.toResource();
                const auto cached = m_cache->resource(type, text.id());
                news = news || !resource || !cached
                    || cached->stringAttribute(QStringLiteral("updated"))
                           != resource->stringAttribute(QStringLiteral("updated"));
            }
            write(
                generation,
                {type},
                [resources](cache::Cache &cache, QString *error) {
                return cache.upsert(resources, error);
                },
                false,
                [this, generation, type, count](const QString &error) {
                pageWritten(generation, type, count, error);
            });
            if (!news) {
                pager->cancel();
                allPagesRead(type);
            }
            return;
        }
        cache::SyncState &state = m_states[type];
        if (!resources.isEmpty()) {
            state.cursor = resources.constLast().id();
        }
        write(
            generation,
            {type},
            [type, resources, state](cache::Cache &cache, QString *error) {
            return cache.upsertPage(type, resources, state, error);
            },
            false,
            [this, generation, type, count](const QString &error) {
            pageWritten(generation, type, count, error);
        });
    });
    connect(pager, &api::Pager::finished, this, [this, type] {
        allPagesRead(type);
    });
    connect(pager, &api::Pager::failed, this, [this, type](const api::ApiError &error) {
        typeDone(type, error);
    });
    pager->start();
}

void SyncEngine::pageWritten(quint64 generation, const QString &type, qsizetype resources, const QString &error)
{
    if (generation != m_generation) {
        return; // cancelled or restarted meanwhile
    }
    --m_pendingPages;
    updatePaused();
    if (!error.isEmpty()) {
        typeDone(type, api::ApiError::malformedResponse(error));
        return;
    }
    m_progress[type].done += resources;
    emitProgress(type);
}

// Every page of the type was read: once the writer has stored them (and, for a full pass, removed what the server
// no longer has), the type is done.
void SyncEngine::allPagesRead(const QString &type)
{
    if (QPointer<api::Pager> pager = m_pagers.take(type)) {
        pager->disconnect(this);
        pager->deleteLater();
    }
    const quint64 generation = m_generation;
    const bool full = m_mode == Mode::Full;
    const qint64 pass = m_states.value(type).pass;
    write(
        generation,
        {type},
        [full, type, pass](cache::Cache &cache, QString *error) {
        return (!full || cache.finishPass(type, pass, error)) && cache.flush(error);
        },
        true,
        [this, generation, type, full](const QString &error) {
        if (generation != m_generation) {
            return;
        }
        if (error.isEmpty() && full) {
            m_states[type].complete = true;
        }
        typeDone(type, error.isEmpty() ? api::ApiError() : api::ApiError::malformedResponse(error));
    });
}

// The number of resources, for progress and ETA: Keygen reports it for offset pages (links.meta.count).
void SyncEngine::requestTotal(const QString &type)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page[number]"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("page[size]"), QStringLiteral("1"));
    addTypeFilters(type, query);
    api::ApiReply *reply = m_client->send(api::requests::list(type, query), this);
    m_replies << reply;
    connect(reply, &api::ApiReply::finished, this, [this, reply, type] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        if (!reply->ok()) {
            return; // the total is a nicety; the pass itself reports failures
        }
        const QJsonValue
            count = reply->document().links().value(QStringLiteral("meta")).toObject().value(QStringLiteral("count"));
        if (count.isDouble()) {
            m_progress[type].total = qint64(count.toDouble());
            m_states[type].total = m_progress[type].total;
            emitProgress(type);
        }
    });
}

void SyncEngine::typeDone(const QString &type, const api::ApiError &error)
{
    if (!m_active.contains(type)) {
        return; // already done: a failed write, answered again by the writer's end of the type
    }
    if (QPointer<api::Pager> pager = m_pagers.take(type)) {
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
    m_active.removeAll(type);
    TypeProgress &progress = m_progress[type];
    progress.running = false;
    progress.error = error;
    progress.finished = !error.isError();
    progress.etaSeconds = progress.finished ? 0 : -1;
    m_failed = m_failed || error.isError();
    emitProgress(type);
    if (!m_running) {
        return;
    }
    if (!m_queue.isEmpty() && !m_failed) {
        startType(m_queue.takeFirst());
        return;
    }
    if (m_active.isEmpty()) {
        startPhase();
    }
}

void SyncEngine::emitProgress(const QString &type)
{
    TypeProgress &progress = m_progress[type];
    const qint64 elapsed = m_timers.value(type).isValid() ? m_timers.value(type).elapsed() : 0;
    progress.rate = elapsed > 0 ? progress.done * 1000.0 / double(elapsed) : 0;
    if (progress.total >= 0 && progress.rate > 0 && progress.running) {
        progress.etaSeconds = qint64(double(qMax<qint64>(0, progress.total - progress.done)) / progress.rate);
    }
    Q_EMIT progressChanged(progress);
}

void SyncEngine::refreshOne(const QString &type, const QString &id)
{
    api::ApiReply *reply = m_client->send(api::requests::retrieve(type, id), this);
    m_replies << reply;
    connect(reply, &api::ApiReply::finished, this, [this, reply, type, id] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        const bool exists = reply->ok();
        if (!exists && reply->error().httpStatus() != 404) {
            return;
        }
        const api::Resource resource = exists ? reply->document().resource() : api::Resource();
        store(type,
              id,
              exists ? std::optional<api::Resource>(resource) : std::nullopt,
              [this, type, id, exists](bool ok) {
            if (ok) {
                Q_EMIT recordRefreshed(type, id, exists);
            }
        });
    });
}

void SyncEngine::store(const QString &type,
                       const QString &id,
                       const std::optional<api::Resource> &resource,
                       std::function<void(bool ok)> then)
{
    const auto job = [type, id, resource](cache::Cache &cache, QString *error) {
        return resource ? cache.upsert({*resource}, error) : cache.remove(type, id, error);
    };
    QString error;
    if (!ensureWriter(&error)) {
        // No writer (its connection could not be opened): written here, and announced as the writer would.
        const bool ok = job(*m_cache, &error);
        if (ok) {
            Q_EMIT committed({type});
        }
        then(ok);
        return;
    }
    // Behind the pages of a running sync, committed before `then` runs: the caller's thread does not wait for the
    // writer's lock (seconds while it builds indexes).
    write(0, {type}, job, true, [then = std::move(then)](const QString &error) {
        then(error.isEmpty());
    });
}

} // namespace keydesk::sync
