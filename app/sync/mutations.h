#pragma once

// Changes go to the server first; what the server answers replaces the cached copy at once (write-through), so
// the tables show the change without waiting for the next sync. The copy is stored by the sync engine's writer
// (SyncEngine::store): the console's thread never waits for the writer's lock, and the engine's committed() says
// when other connections read it.

#include "app/api/apiclient.h"

#include <functional>
#include <optional>

namespace keydesk::sync {

class SyncEngine;

class Mutations final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const api::ApiError &error, const api::Resource &result)>;

    // `done` of each change runs once the server's answer is committed to the engine's cache.
    Mutations(api::ApiClient *client, SyncEngine *engine, QObject *parent = nullptr);

    // Sends a create, update, action or relationship change; the resource in the answer (if any) is stored.
    void send(const api::ApiRequest &request, Done done);
    // Deletes a resource (a machine: deactivates it) and removes it from the cache.
    void destroy(const QString &type, const QString &id, Done done);
    // Keygen replaces `metadata` whole on PATCH: the freshest copy is fetched first and the changes applied on top
    // of it, so that a key someone else added meanwhile is kept. `set` adds or replaces keys, `remove` drops them.
    void editMetadata(
        const QString &type, const QString &id, const QJsonObject &set, const QStringList &remove, Done done);

private:
    // Stores the answer's resource (forget(): removes a resource), then calls `then`.
    void store(const api::ApiReply &reply, std::function<void()> then);
    void forget(const QString &type, const QString &id, std::function<void()> then);
    // Removes when `resource` is nullopt.
    void write(const QString &type,
               const QString &id,
               const std::optional<api::Resource> &resource,
               std::function<void()> then);

    api::ApiClient *m_client;
    SyncEngine *m_engine;
};

} // namespace keydesk::sync
