#pragma once

// Test data for the models: a real cache filled with the sandbox's demo seed, rendered as Keygen sends it, and
// licenses built from JSON:API documents for cases the seed does not pin down.

#include "app/api/jsonapi.h"
#include "app/cache/cache.h"
#include "app/licensing/crypto.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxstore.h"

#include <QJsonDocument>
#include <QUuid>

namespace keydesk::testing {

// Seeds a sandbox store with `licenses` demo licenses (and their products, policies, users, machines …) and
// upserts every cached type into `cache`.
inline bool fillWithDemoData(cache::Cache &cache, qint64 licenses, QString *error)
{
    sandbox::SandboxStore store;
    if (!store.open(QStringLiteral(":memory:"), error)) {
        return false;
    }
    const QString now = sandbox::timestamp();
    const sandbox::Account account{sandbox::newUuid(),
                                   QStringLiteral("acme"),
                                   QStringLiteral("Acme"),
                                   now,
                                   now,
                                   crypto::PrivateKey::generate(crypto::KeyType::Ed25519).pem(),
                                   crypto::PrivateKey::generate(crypto::KeyType::Rsa).pem(),
                                   crypto::PrivateKey::generate(crypto::KeyType::EcdsaP256).pem()};
    if (!store.insertAccount(account) || !sandbox::seedDemoData(store, account, licenses, error)) {
        return false;
    }
    for (const sandbox::ResourceSpec *spec : sandbox::allResourceSpecs()) {
        if (!cache::cachedTypes().contains(spec->type)) {
            continue;
        }
        sandbox::ListQuery query;
        query.accountId = account.id;
        query.type = spec->type;
        query.limit = 1000000;
        const QList<sandbox::StoredResource> rows = store.list(query);
        const sandbox::RelatedTotals totals = sandbox::relatedTotals(store, *spec, rows);
        QList<api::Resource> resources;
        for (const sandbox::StoredResource &row : rows) {
            const auto resource = api::Resource::fromJson(sandbox::serialize(store, *spec, row, &totals), error);
            if (!resource) {
                return false;
            }
            resources.append(*resource);
        }
        if (!cache.upsert(resources, error)) {
            return false;
        }
    }
    return true;
}

// A license as Keygen sends it in a list: attributes, the relationships with their ids and the machine count.
inline api::Resource license(const QString &id,
                             const QString &key,
                             const QJsonValue &expiry,
                             const QJsonValue &maxMachines,
                             qint64 machines,
                             const QDateTime &created = QDateTime::currentDateTimeUtc())
{
    QJsonObject attributes{
        {QStringLiteral("name"), QStringLiteral("License %1").arg(key.left(6))},
        {QStringLiteral("key"), key},
        {QStringLiteral("expiry"), expiry},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("uses"), 0},
        {QStringLiteral("suspended"), false},
        {QStringLiteral("protected"), true},
        {QStringLiteral("maxMachines"), maxMachines},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("customerId"), QStringLiteral("C-1")}}},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated"), created.toUTC().toString(Qt::ISODateWithMs)},
    };
    QJsonObject relationships{
        {QStringLiteral("machines"),
         QJsonObject{{QStringLiteral("links"),
                      QJsonObject{{QStringLiteral("related"),
                                   QStringLiteral("/v1/accounts/acme/licenses/%1/machines").arg(id)}}},
                     {QStringLiteral("meta"), QJsonObject{{QStringLiteral("count"), machines}}}}},
    };
    api::Resource resource(QStringLiteral("licenses"), id);
    resource.setAttributes(attributes);
    resource.setRelationships(relationships);
    return resource;
}

inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace keydesk::testing
