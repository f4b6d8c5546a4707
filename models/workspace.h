#pragma once

// One open connection as the console uses it: a profile and its token, the API client, the profile's local cache,
// the sync engine that fills it and the mutations that change the server (write-through). Pages, models and
// commands share one Workspace; it tells them when the cache changed so that tables re-read their rows.

#include "app/api/apiclient.h"
#include "app/cache/cache.h"
#include "app/profiles/profile.h"
#include "app/sync/mutations.h"
#include "app/sync/syncengine.h"

#include <QObject>

#include <memory>

namespace keydesk {

class Workspace final : public QObject
{
    Q_OBJECT

public:
    Workspace(const profiles::Profile &profile, const QString &token, QObject *parent = nullptr);
    ~Workspace() override;

    // Opens the cache of the profile (and environment); `cachePath` empty: Cache::pathFor(). False with a
    // translated reason when the database cannot be opened.
    bool open(QString *error = nullptr, const QString &cachePath = {});

    const profiles::Profile &profile() const { return m_profile; }

    // Read-only profiles offer no action that changes the server.
    bool isReadOnly() const { return m_profile.readOnly; }

    // "Acme (production)": the profile, and the environment when there is one.
    QString title() const;

    api::ApiClient *client() { return m_client.get(); }

    cache::Cache *cache() { return m_cache.get(); }

    sync::SyncEngine *syncEngine() { return m_sync.get(); }

    sync::Mutations *mutations() { return m_mutations.get(); }

    // Whether the last answer came from the server (false after a network error, until one succeeds).
    bool isOnline() const { return m_online; }

    // Starts a sync: a full pass when a type never completed one, otherwise a quick refresh of the newest records.
    void synchronize();

Q_SIGNALS:
    // Rows of `type` were written (a sync page, a change, a refreshed record); empty: any type may have changed.
    void cacheChanged(const QString &type);
    void onlineChanged(bool online);

private:
    void setOnline(bool online);

    profiles::Profile m_profile;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<cache::Cache> m_cache;
    std::unique_ptr<sync::SyncEngine> m_sync;
    std::unique_ptr<sync::Mutations> m_mutations;
    bool m_online = true;
};

} // namespace keydesk
