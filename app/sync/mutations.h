#pragma once

// Changes go to the server first; what the server answers replaces the cached copy at once (write-through), so
// the tables show the change without waiting for the next sync.

#include "app/api/apiclient.h"
#include "app/cache/cache.h"

#include <functional>
#include <optional>

namespace keydesk::sync {

class SyncEngine;

class Mutations final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const api::ApiError &error, const api::Resource &result)>;

    Mutations(api::ApiClient *client, cache::Cache *cache, QObject *parent = nullptr);

    // Writes through the sync engine's writer (the console: its thread never waits for the writer's lock), instead
    // of the cache directly. `done` then runs once the change is committed.
    void setEngine(SyncEngine *engine) { m_engine = engine; }

    // Sends a create, update, action or relationship change; the resource in the answer (if any) is stored.
    void send(const api::ApiRequest &request, Done done);
    // Deletes a resource (a machine: deactivates it) and removes it from the cache.
    void destroy(const QString &type, const QString &id, Done done);
    // Keygen replaces `metadata` whole on PATCH: the freshest copy is fetched first and the changes applied on top
    // of it, so that a key someone else added meanwhile is kept. `set` adds or replaces keys, `remove` drops them.
    void editMetadata(
        const QString &type, const QString &id, const QJsonObject &set, const QStringList &remove, Done done);

Q_SIGNALS:
    // The cache now holds the server's answer for this resource (or no longer holds it).
    void changed(const QString &type, const QString &id);

private:
    // Stores the answer's resource (forget(): removes a resource), says changed(), then calls `then`.
    void store(const api::ApiReply &reply, std::function<void()> then);
    void forget(const QString &type, const QString &id, std::function<void()> then);
    // Through the engine's writer when there is one, else the cache; removes when `resource` is nullopt.
    void write(const QString &type,
               const QString &id,
               const std::optional<api::Resource> &resource,
               std::function<void()> then);

    api::ApiClient *m_client;
    cache::Cache *m_cache;
    SyncEngine *m_engine = nullptr;
};

} // namespace keydesk::sync
