#include "app/sync/syncengine.h"

#include "app/api/requests.h"

namespace keydesk::sync {

namespace {

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

SyncEngine::SyncEngine(api::ApiClient *client, cache::Cache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

SyncEngine::~SyncEngine()
{
    cancel();
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
    const bool wasRunning = m_running;
    m_running = false;
    m_queue.clear();
    m_active.clear();
    if (wasRunning) {
        for (auto it = m_progress.begin(); it != m_progress.end(); ++it) {
            if (it->running) {
                it->running = false;
                it->error = api::ApiError::cancelled();
            }
        }
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
    m_pagers.insert(type, pager);
    connect(pager, &api::Pager::page, this, [this, type, pager](const QList<api::Resource> &resources) {
        cache::SyncState &state = m_states[type];
        TypeProgress &progress = m_progress[type];
        if (m_mode == Mode::Quick) {
            // Stop at the first page that holds nothing new or changed.
            bool news = false;
            for (const api::Resource &resource : resources) {
                const auto cached = m_cache->resource(type, resource.id());
                news = news || !cached
                    || cached->stringAttribute(QStringLiteral("updated"))
                           != resource.stringAttribute(QStringLiteral("updated"));
            }
            QString error;
            if (!m_cache->upsert(resources, &error)) {
                pager->cancel();
                typeDone(type, api::ApiError::malformedResponse(error));
                return;
            }
            progress.done += resources.size();
            emitProgress(type);
            if (!news) {
                pager->cancel();
                typeDone(type, {});
            }
            return;
        }
        if (!resources.isEmpty()) {
            state.cursor = resources.constLast().id();
        }
        QString error;
        if (!m_cache->upsertPage(type, resources, state, &error)) {
            pager->cancel();
            typeDone(type, api::ApiError::malformedResponse(error));
            return;
        }
        progress.done += resources.size();
        emitProgress(type);
    });
    connect(pager, &api::Pager::finished, this, [this, type] {
        if (m_mode == Mode::Full) {
            cache::SyncState &state = m_states[type];
            QString error;
            if (!m_cache->finishPass(type, state.pass, &error)) {
                typeDone(type, api::ApiError::malformedResponse(error));
                return;
            }
            state.complete = true;
        }
        typeDone(type, {});
    });
    connect(pager, &api::Pager::failed, this, [this, type](const api::ApiError &error) {
        typeDone(type, error);
    });
    pager->start();
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
    if (QPointer<api::Pager> pager = m_pagers.take(type)) {
        pager->disconnect(this);
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
        if (reply->ok()) {
            m_cache->upsert({reply->document().resource()});
            Q_EMIT recordRefreshed(type, id, true);
        } else if (reply->error().httpStatus() == 404) {
            m_cache->remove(type, id);
            Q_EMIT recordRefreshed(type, id, false);
        }
    });
}

} // namespace keydesk::sync
