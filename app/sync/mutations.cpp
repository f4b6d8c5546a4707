#include "app/sync/mutations.h"

#include "app/api/requests.h"
#include "app/cache/cache.h"
#include "app/sync/syncengine.h"

#include <QPointer>

namespace keydesk::sync {

Mutations::Mutations(api::ApiClient *client, SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_engine(engine)
{
}

void Mutations::store(const api::ApiReply &reply, std::function<void()> then)
{
    const api::Document &document = reply.document();
    const api::Resource resource = document.resource();
    if (document.dataKind() != api::Document::DataKind::Single || resource.id().isEmpty()
        || !cache::cachedTypes().contains(resource.type())) {
        then();
        return;
    }
    write(resource.type(), resource.id(), resource, std::move(then));
}

void Mutations::forget(const QString &type, const QString &id, std::function<void()> then)
{
    write(type, id, std::nullopt, std::move(then));
}

void Mutations::write(const QString &type,
                      const QString &id,
                      const std::optional<api::Resource> &resource,
                      std::function<void()> then)
{
    m_engine->store(type, id, resource, [self = QPointer<Mutations>(this), then](bool) {
        if (self) {
            then();
        }
    });
}

void Mutations::send(const api::ApiRequest &request, Done done)
{
    api::ApiReply *reply = m_client->send(request, this);
    connect(reply, &api::ApiReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        if (!reply->ok()) {
            done(reply->error(), reply->document().resource());
            return;
        }
        store(*reply, [done, error = reply->error(), resource = reply->document().resource()] {
            done(error, resource);
        });
    });
}

void Mutations::destroy(const QString &type, const QString &id, Done done)
{
    api::ApiReply *reply = m_client->send(api::requests::destroy(type, id), this);
    connect(reply, &api::ApiReply::finished, this, [this, reply, type, id, done] {
        reply->deleteLater();
        // Gone on the server, or gone already: either way it is gone.
        if (reply->ok() || reply->error().httpStatus() == 404) {
            forget(type, id, [done] {
                done({}, {});
            });
            return;
        }
        done(reply->error(), {});
    });
}

void Mutations::editMetadata(
    const QString &type, const QString &id, const QJsonObject &set, const QStringList &remove, Done done)
{
    api::ApiReply *fresh = m_client->send(api::requests::retrieve(type, id), this);
    connect(fresh, &api::ApiReply::finished, this, [this, fresh, type, id, set, remove, done] {
        fresh->deleteLater();
        if (!fresh->ok()) {
            if (fresh->error().httpStatus() == 404) {
                forget(type, id, [done, error = fresh->error()] {
                    done(error, {});
                });
                return;
            }
            done(fresh->error(), {});
            return;
        }
        const api::Resource current = fresh->document().resource();
        store(*fresh, [] {});
        QJsonObject metadata = current.metadata();
        for (const QString &key : remove) {
            metadata.remove(key);
        }
        for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
            metadata.insert(it.key(), it.value());
        }
        api::Resource changes = current.withOnlyAttributes({});
        changes.setAttribute(QStringLiteral("metadata"), metadata);
        send(api::requests::update(changes), done);
    });
}

} // namespace keydesk::sync
