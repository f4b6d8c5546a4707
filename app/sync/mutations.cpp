#include "app/sync/mutations.h"

#include "app/api/requests.h"

namespace keydesk::sync {

Mutations::Mutations(api::ApiClient *client, cache::Cache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

void Mutations::store(const api::ApiReply &reply)
{
    const api::Document &document = reply.document();
    if (document.dataKind() == api::Document::DataKind::Single && !document.resource().id().isEmpty()) {
        const QString type = document.resource().type();
        if (cache::cachedTypes().contains(type)) {
            if (m_cache->upsert({document.resource()})) {
                Q_EMIT changed(type, document.resource().id());
            }
        }
    }
}

void Mutations::send(const api::ApiRequest &request, Done done)
{
    api::ApiReply *reply = m_client->send(request, this);
    connect(reply, &api::ApiReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        if (reply->ok()) {
            store(*reply);
        }
        done(reply->error(), reply->document().resource());
    });
}

void Mutations::destroy(const QString &type, const QString &id, Done done)
{
    api::ApiReply *reply = m_client->send(api::requests::destroy(type, id), this);
    connect(reply, &api::ApiReply::finished, this, [this, reply, type, id, done] {
        reply->deleteLater();
        // Gone on the server, or gone already: either way it is gone.
        if (reply->ok() || reply->error().httpStatus() == 404) {
            m_cache->remove(type, id);
            Q_EMIT changed(type, id);
            done({}, {});
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
                m_cache->remove(type, id);
                Q_EMIT changed(type, id);
            }
            done(fresh->error(), {});
            return;
        }
        const api::Resource current = fresh->document().resource();
        if (m_cache->upsert({current})) {
            Q_EMIT changed(type, id);
        }
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
