#include "models/workspace.h"

namespace keydesk {

Workspace::Workspace(const profiles::Profile &profile, const QString &token, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(std::make_unique<api::ApiClient>())
    , m_cache(std::make_unique<cache::Cache>())
{
    m_client->setSettings(profile.connectionSettings());
    m_client->setCredentials(api::Credentials::token(token));
    m_sync = std::make_unique<sync::SyncEngine>(m_client.get(), m_cache.get());
    // Changes are stored by the sync's writer: the console never waits for its lock.
    m_mutations = std::make_unique<sync::Mutations>(m_client.get(), m_sync.get());

    connect(m_client.get(), &api::ApiClient::reachabilityObserved, this, &Workspace::setOnline);
    // Every write goes through the sync's writer, with its own connection: pages, refreshed records and the user's
    // changes are readable here once it has committed them, and committed() says so, once per commit.
    connect(m_sync.get(), &sync::SyncEngine::committed, this, [this](const QStringList &types) {
        for (const QString &type : types) {
            Q_EMIT cacheChanged(type);
        }
    });
    connect(m_sync.get(), &sync::SyncEngine::finished, this, [this] {
        m_cache->flush();
        Q_EMIT cacheChanged(QString());
    });
}

Workspace::~Workspace()
{
    // The engines hold pointers to the client and the cache (and Mutations to the sync): they go first.
    m_mutations.reset();
    m_sync.reset();
}

bool Workspace::open(QString *error, const QString &cachePath)
{
    // A sandbox's account is new whenever its data file is: its cache is per account, so that a new sandbox never
    // shows the records of an old one.
    const QString name = m_profile.server == profiles::ServerKind::Sandbox && !m_profile.accountId.isEmpty()
                           ? QStringLiteral("sandbox-%1").arg(m_profile.accountId)
                           : m_profile.name;
    const QString path = cachePath.isEmpty() ? cache::Cache::pathFor(name, m_profile.environment) : cachePath;
    return m_cache->open(path, error);
}

QString Workspace::title() const
{
    return m_profile.environment.isEmpty() ? m_profile.name : tr("%1 (%2)").arg(m_profile.name, m_profile.environment);
}

void Workspace::synchronize()
{
    if (m_sync->isRunning()) {
        return;
    }
    bool complete = true;
    for (const QString &type : cache::cachedTypes()) {
        complete = complete && m_cache->syncState(type).lastComplete.isValid();
    }
    if (complete) {
        m_sync->quickRefresh();
    } else {
        m_sync->start();
    }
}

void Workspace::setOnline(bool online)
{
    if (m_online != online) {
        m_online = online;
        Q_EMIT onlineChanged(online);
    }
}

} // namespace keydesk
