// Relationship endpoints: a resource's related resources (links.related), license users and entitlements, policy
// entitlements, changing a license's policy, owner or group and a machine's owner or group, and the policy key pool.

#include "app/licensing/issuing.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/listfilters.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keydesk::sandbox {

// Join resources: a license's attached users and entitlements, a policy's entitlements. Stored like other resources,
// their two ends as links; rendered with created and updated only.
namespace {
ResourceSpec joinSpec(const QString &type,
                      const QString &first,
                      const QString &firstType,
                      const QString &second,
                      const QString &secondType)
{
    return ResourceSpec{type, QString(), {}, {{first, firstType, true, true}, {second, secondType, true, true}}};
}
} // namespace

const ResourceSpec &licenseUserSpec()
{
    static const ResourceSpec spec = joinSpec(QStringLiteral("license-users"),
                                              QStringLiteral("license"),
                                              QStringLiteral("licenses"),
                                              QStringLiteral("user"),
                                              QStringLiteral("users"));
    return spec;
}

const ResourceSpec &licenseEntitlementSpec()
{
    static const ResourceSpec spec = joinSpec(QStringLiteral("license-entitlements"),
                                              QStringLiteral("entitlement"),
                                              QStringLiteral("entitlements"),
                                              QStringLiteral("license"),
                                              QStringLiteral("licenses"));
    return spec;
}

const ResourceSpec &policyEntitlementSpec()
{
    static const ResourceSpec spec = joinSpec(QStringLiteral("policy-entitlements"),
                                              QStringLiteral("entitlement"),
                                              QStringLiteral("entitlements"),
                                              QStringLiteral("policy"),
                                              QStringLiteral("policies"));
    return spec;
}

// A pooled policy's pre-determined keys.
const ResourceSpec &keySpec()
{
    static const ResourceSpec spec{
        QStringLiteral("keys"),
        QStringLiteral("key"),
        {{QStringLiteral("key"), QJsonValue::Null, true}},
        {{QStringLiteral("product"), QStringLiteral("products"), true, false, false},
         {QStringLiteral("policy"), QStringLiteral("policies"), true, true}},
        [](StoredResource &resource, const SandboxStore &store, bool) {
        const auto policy = store.resource(resource.accountId,
                                           QStringLiteral("policies"),
                                           resource.links.value(QStringLiteral("policy")).toString());
        if (!policy) {
            return QStringLiteral("POLICY_NOT_FOUND|/data/relationships/policy|must exist");
        }
        if (!policy->attributes.value(QStringLiteral("usePool")).toBool()) {
            return QStringLiteral("POLICY_NOT_SUPPORTED|/data/relationships/policy|policy does not use a pool");
        }
        resource.links.insert(QStringLiteral("product"), policy->links.value(QStringLiteral("product")));
        if (store.resource(resource.accountId,
                           QStringLiteral("licenses"),
                           resource.attributes.value(QStringLiteral("key")).toString())) {
            return QStringLiteral("KEY_CONFLICT|/data/attributes/key|must not conflict with another license's key");
        }
        return QString();
        },
        {},
        true,
        {},
        false, // no metadata: the docs' key object is key, created, updated
        };
    return spec;
}

namespace {

QString linkOf(const StoredResource &resource, const char *name)
{
    return resource.links.value(QLatin1String(name)).toString();
}

// The resource identifiers of a relationship body: {"data":[{"type","id"}…]} (or one object); an error if malformed.
std::variant<QStringList, Response> identifiers(const Request &request, const QString &type)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return error(400,
                     QStringLiteral("The request could not be completed because it contains invalid JSON (check "
                                    "encoding)"),
                     QStringLiteral("JSON_INVALID"));
    }
    const QJsonValue data = document.object().value(QStringLiteral("data"));
    const QJsonArray items = data.isArray() ? data.toArray() : QJsonArray{data};
    if (items.isEmpty() || !items.first().isObject()) {
        return error(400,
                     QStringLiteral("data must be an array of resource identifiers"),
                     {},
                     QStringLiteral("pointer"),
                     QStringLiteral("/data"));
    }
    QStringList ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString pointer = QStringLiteral("/data/%1").arg(i);
        if (item.value(QStringLiteral("type")).toString() != type
            && item.value(QStringLiteral("type")).toString() != type.chopped(1)) {
            return error(400,
                         QStringLiteral("type mismatch (expected %1 got %2)")
                             .arg(type, item.value(QStringLiteral("type")).toString()),
                         {},
                         QStringLiteral("pointer"),
                         pointer + QStringLiteral("/type"));
        }
        if (!item.value(QStringLiteral("id")).isString()) {
            return error(400, QStringLiteral("is missing"), {}, QStringLiteral("pointer"), pointer + u"/id");
        }
        ids << item.value(QStringLiteral("id")).toString();
    }
    return ids;
}

// Renders a join resource (license-users …) as Keygen does: created and updated, both ends, a related link.
QJsonObject serializeJoin(const ResourceSpec &spec, const StoredResource &join, const QString &relatedPath)
{
    QJsonObject relationships{
        {QStringLiteral("account"),
         QJsonObject{{QStringLiteral("links"), QJsonObject{{QStringLiteral("related"), accountPath(join.accountId)}}},
                     {QStringLiteral("data"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("accounts")},
                                  {QStringLiteral("id"), join.accountId}}}}}};
    for (const RelationshipSpec &end : spec.relationships) {
        const QString id = join.links.value(end.name).toString();
        relationships
            .insert(end.name,
                    QJsonObject{{QStringLiteral("links"),
                                 QJsonObject{{QStringLiteral("related"),
                                              QString(accountPath(join.accountId) + u'/' + end.type + u'/' + id)}}},
                                {QStringLiteral("data"),
                                 QJsonObject{{QStringLiteral("type"), end.type}, {QStringLiteral("id"), id}}}});
    }
    return {{QStringLiteral("id"), join.id},
            {QStringLiteral("type"), spec.type},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("created"), join.created}, {QStringLiteral("updated"), join.updated}}},
            {QStringLiteral("relationships"), relationships},
            {QStringLiteral("links"), QJsonObject{{QStringLiteral("related"), relatedPath}}}};
}

// The join rows of `spec` whose `ownerLink` is `ownerId` (all of them: a license has few users or entitlements).
QList<StoredResource> joinsOf(const SandboxStore &store,
                              const QString &accountId,
                              const ResourceSpec &spec,
                              const QString &ownerLink,
                              const QString &ownerId)
{
    ListQuery query;
    query.accountId = accountId;
    query.type = spec.type;
    query.limit = 100000;
    query.linkFilters.append({ownerLink, ownerId});
    return store.list(query);
}

QString policyEntitlementsCondition()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM resources j WHERE j.account_id = resources.account_id AND "
                          "j.type = 'policy-entitlements' AND json_extract(j.links, '$.policy') = ? AND "
                          "json_extract(j.links, '$.entitlement') = resources.id)");
}

// How a to-many relationship selects its resources, given the owner: a link back to it, or a condition.
struct ToMany
{
    const char *ownerType;
    const char *name;
    const char *relatedType;
    const char *inverse = nullptr; // link on the related type pointing at the owner
};

const ToMany kToMany[] = {
    {"products", "policies", "policies", "product"},
    {"products", "licenses", "licenses", "product"},
    {"products", "machines", "machines", "product"},
    {"products", "users", "users"},
    {"policies", "licenses", "licenses", "policy"},
    {"policies", "pool", "keys", "policy"},
    {"policies", "entitlements", "entitlements"},
    {"users", "licenses", "licenses"},
    {"users", "machines", "machines", "owner"},
    {"users", "products", "products"},
    {"groups", "users", "users", "group"},
    {"groups", "licenses", "licenses", "group"},
    {"groups", "machines", "machines", "group"},
    {"licenses", "machines", "machines", "license"},
    {"licenses", "users", "users"},
    {"licenses", "entitlements", "entitlements"},
};

} // namespace

QString licenseUsersCondition()
{
    // The license's owner and attached users, found by id first and matched by seq: SQLite then looks up those few
    // rows, where a condition evaluated per row (an EXISTS, or an id IN) had it read every user of the account.
    return QStringLiteral("resources.seq IN (SELECT u.seq FROM resources u WHERE u.id IN ("
                          "SELECT json_extract(l.links, '$.owner') FROM resources l WHERE l.id = ? "
                          "UNION ALL "
                          "SELECT json_extract(j.links, '$.user') FROM resources l2 JOIN resources j ON "
                          "j.account_id = l2.account_id AND j.type = 'license-users' AND "
                          "json_extract(j.links, '$.license') = +l2.id WHERE l2.id = ?))");
}

QString licenseEntitlementsCondition()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM resources j WHERE j.account_id = resources.account_id AND "
                          "((j.type = 'license-entitlements' AND json_extract(j.links, '$.license') = ?) OR "
                          "(j.type = 'policy-entitlements' AND json_extract(j.links, '$.policy') = ?)) AND "
                          "json_extract(j.links, '$.entitlement') = resources.id)");
}

QList<StoredResource> licenseEntitlements(const SandboxStore &store, const StoredResource &license)
{
    ListQuery query;
    query.accountId = license.accountId;
    query.type = QStringLiteral("entitlements");
    query.limit = 100000;
    query.conditions << licenseEntitlementsCondition();
    query.conditionValues << license.id << linkOf(license, "policy");
    return store.list(query);
}

QList<StoredResource> licenseUsers(const SandboxStore &store, const StoredResource &license)
{
    ListQuery query;
    query.accountId = license.accountId;
    query.type = QStringLiteral("users");
    query.limit = 100000;
    query.conditions << licenseUsersCondition();
    query.conditionValues << license.id << license.id;
    return store.list(query);
}

void SandboxServer::addRelationshipRoutes()
{
    const QString base = QStringLiteral("v1/accounts/:account/");

    // ---- Related resources: what links.related points at ------------------------------------------------------
    for (const ResourceSpec *ownerSpec : allResourceSpecs()) {
        for (const RelationshipSpec &relationship : ownerSpec->relationships) {
            const QString path = base + ownerSpec->type + QStringLiteral("/:id/") + relationship.name;
            if (relationship.toOne) {
                addRoute(QStringLiteral("GET"), path, [this, ownerSpec, relationship](Request &request) {
                    const auto owner = findInScope(request, ownerSpec->type);
                    if (!owner) {
                        return notFoundResource(ownerSpec->type, request.params.value(QStringLiteral("id")));
                    }
                    const ResourceSpec *relatedSpec = resourceSpecOf(relationship.type);
                    const QString id = owner->links.value(relationship.name).toString();
                    const auto related = id.isEmpty() || !relatedSpec
                                           ? std::nullopt
                                           : m_store.resource(request.account->id, relationship.type, id);
                    if (!related) {
                        return json(200, QJsonObject{{QStringLiteral("data"), QJsonValue::Null}});
                    }
                    if (!inScope(request.bearer, *related)) {
                        return accessDenied();
                    }
                    return single(m_store, 200, *relatedSpec, *related);
                });
                continue;
            }
            const auto known = std::find_if(std::begin(kToMany), std::end(kToMany), [&](const ToMany &toMany) {
                return ownerSpec->type == QLatin1String(toMany.ownerType)
                    && relationship.name == QLatin1String(toMany.name);
            });
            if (relationship.name == QLatin1String("tokens")) {
                addRoute(QStringLiteral("GET"), path, [this, ownerSpec](Request &request) {
                    const auto owner = findInScope(request, ownerSpec->type);
                    if (!owner) {
                        return notFoundResource(ownerSpec->type, request.params.value(QStringLiteral("id")));
                    }
                    if (request.bearer.kind != Bearer::Admin
                        && !(request.bearer.kind == Bearer::Product && ownerSpec->type != QLatin1String("products"))
                        && request.bearer.id != owner->id) {
                        return accessDenied();
                    }
                    QJsonArray data;
                    for (const Token &token : m_store.tokens(request.account->id, ownerSpec->type, owner->id)) {
                        data.append(tokenResource(token, false));
                    }
                    return json(200, QJsonObject{{QStringLiteral("data"), data}});
                });
                continue;
            }
            if (known == std::end(kToMany)) {
                // Kinds of resources the sandbox does not keep (components, processes, second factors …): none.
                addRoute(QStringLiteral("GET"), path, [this, ownerSpec](Request &request) {
                    if (!findInScope(request, ownerSpec->type)) {
                        return notFoundResource(ownerSpec->type, request.params.value(QStringLiteral("id")));
                    }
                    return json(200, QJsonObject{{QStringLiteral("data"), QJsonArray()}});
                });
                continue;
            }
            const ToMany toMany = *known;
            addRoute(QStringLiteral("GET"), path, [this, ownerSpec, toMany](Request &request) {
                const auto owner = findInScope(request, ownerSpec->type);
                if (!owner) {
                    return notFoundResource(ownerSpec->type, request.params.value(QStringLiteral("id")));
                }
                const ResourceSpec *relatedSpec = resourceSpecOf(QLatin1String(toMany.relatedType));
                ListQuery query;
                query.accountId = request.account->id;
                query.type = relatedSpec->type;
                if (!scopeList(request.bearer, relatedSpec->type, query)) {
                    return accessDenied();
                }
                const QString owned = QLatin1String(toMany.ownerType) + u'.' + QLatin1String(toMany.name);
                if (toMany.inverse) {
                    query.linkFilters.append({QLatin1String(toMany.inverse), owner->id});
                } else if (owned == QLatin1String("licenses.users")) {
                    query.conditions << licenseUsersCondition();
                    query.conditionValues << owner->id << owner->id;
                } else if (owned == QLatin1String("licenses.entitlements")) {
                    query.conditions << licenseEntitlementsCondition();
                    query.conditionValues << owner->id << linkOf(*owner, "policy");
                } else if (owned == QLatin1String("policies.entitlements")) {
                    query.conditions << policyEntitlementsCondition();
                    query.conditionValues << owner->id;
                } else if (owned == QLatin1String("users.licenses")) {
                    query.conditions << QStringLiteral(
                        "json_extract(resources.links, '$.owner') = ? OR EXISTS (SELECT 1 FROM resources j WHERE "
                        "j.account_id = resources.account_id AND j.type = 'license-users' AND "
                        "json_extract(j.links, '$.license') = resources.id AND json_extract(j.links, '$.user') = ?)");
                    query.conditionValues << owner->id << owner->id;
                } else if (owned == QLatin1String("users.products")) {
                    query.conditions << QStringLiteral(
                        "EXISTS (SELECT 1 FROM resources l WHERE l.account_id = resources.account_id AND l.type = "
                        "'licenses' AND json_extract(l.links, '$.product') = resources.id AND "
                        "json_extract(l.links, '$.owner') = ?)");
                    query.conditionValues << owner->id;
                } else if (owned == QLatin1String("products.users")) {
                    query.conditions << QStringLiteral(
                        "EXISTS (SELECT 1 FROM resources l WHERE l.account_id = resources.account_id AND l.type = "
                        "'licenses' AND json_extract(l.links, '$.product') = ? AND "
                        "json_extract(l.links, '$.owner') = resources.id)");
                    query.conditionValues << owner->id;
                }
                query.storedText = true; // rendered straight from the stored JSON text
                auto page = paginate(m_store, request, query);
                if (auto *response = std::get_if<Response>(&page)) {
                    return *response;
                }
                const Page &result = std::get<Page>(page);
                return listResponse(m_store,
                                    *relatedSpec,
                                    result.resources,
                                    relatedTotals(m_store, *relatedSpec, result.resources),
                                    result.links);
            });
        }
    }

    // ---- Attach and detach: license users, license entitlements, policy entitlements ---------------------------
    struct Attachable
    {
        const ResourceSpec *ownerSpec;
        const ResourceSpec *joinSpec;
        const char *ownerLink;  // the join's link to the owner
        const char *memberLink; // the join's link to the attached resource
        const char *memberType;
    };

    const Attachable attachables[] = {
        {&licenseSpec(), &licenseUserSpec(), "license", "user", "users"},
        {&licenseSpec(), &licenseEntitlementSpec(), "license", "entitlement", "entitlements"},
        {&policySpec(), &policyEntitlementSpec(), "policy", "entitlement", "entitlements"},
    };
    for (const Attachable &attachable : attachables) {
        const QString path = base + attachable.ownerSpec->type + QStringLiteral("/:id/")
                           + QLatin1String(attachable.memberType);
        // Who may attach: admins, and the product the license or policy belongs to.
        auto target = [this, attachable](const Request &request) -> std::variant<StoredResource, Response> {
            return actionTarget(request, attachable.ownerSpec->type, true);
        };
        addRoute(QStringLiteral("POST"), path, [this, attachable, target](Request &request) {
            auto owner = target(request);
            if (auto *response = std::get_if<Response>(&owner)) {
                return *response;
            }
            const StoredResource &license = std::get<StoredResource>(owner);
            auto given = identifiers(request, QLatin1String(attachable.memberType));
            if (auto *response = std::get_if<Response>(&given)) {
                return *response;
            }
            const QString ownerLink = QLatin1String(attachable.ownerLink);
            const QString memberLink = QLatin1String(attachable.memberLink);
            const QList<StoredResource> existing = joinsOf(m_store,
                                                           request.account->id,
                                                           *attachable.joinSpec,
                                                           ownerLink,
                                                           license.id);
            QStringList attached;
            for (const StoredResource &join : existing) {
                attached << join.links.value(memberLink).toString();
            }
            QStringList inherited; // entitlements a license has through its policy
            if (attachable.joinSpec == &licenseEntitlementSpec()) {
                for (const StoredResource &join : joinsOf(m_store,
                                                          request.account->id,
                                                          policyEntitlementSpec(),
                                                          QStringLiteral("policy"),
                                                          linkOf(license, "policy"))) {
                    inherited << linkOf(join, "entitlement");
                }
            }
            const QString upper = memberLink.toUpper();
            QList<StoredResource> joins;
            const QStringList ids = std::get<QStringList>(given);
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const QString pointer = QStringLiteral("/data/%1").arg(i);
                const auto member = m_store.resource(request.account->id,
                                                     QLatin1String(attachable.memberType),
                                                     ids.at(i));
                if (!member || !inScope(request.bearer, *member)) {
                    return error(422,
                                 QStringLiteral("must exist"),
                                 upper + QStringLiteral("_NOT_FOUND"),
                                 QStringLiteral("pointer"),
                                 pointer);
                }
                if (attached.contains(member->id)) {
                    return error(422,
                                 QStringLiteral("already exists"),
                                 upper + QStringLiteral("_TAKEN"),
                                 QStringLiteral("pointer"),
                                 pointer);
                }
                if (inherited.contains(member->id)) {
                    return error(422,
                                 QStringLiteral("already exists (entitlement is attached through policy)"),
                                 upper + QStringLiteral("_CONFLICT"),
                                 QStringLiteral("pointer"),
                                 pointer);
                }
                if (memberLink == QLatin1String("user") && linkOf(license, "owner") == member->id) {
                    return error(422,
                                 QStringLiteral("already exists (user is attached through owner)"),
                                 QStringLiteral("USER_CONFLICT"),
                                 QStringLiteral("pointer"),
                                 pointer);
                }
                attached << member->id;
                StoredResource join;
                join.id = newUuid();
                join.accountId = request.account->id;
                join.type = attachable.joinSpec->type;
                join.created = join.updated = timestamp();
                join.links = {{ownerLink, license.id},
                              {memberLink, member->id},
                              {QStringLiteral("environment"), environmentLink(request.bearer)}};
                joins << join;
            }
            // A license's users are limited by maxUsers (the owner counts), with the policy's overage allowance.
            if (memberLink == QLatin1String("user")) {
                const QJsonValue max = license.attributes.value(QStringLiteral("maxUsers"));
                const qint64 users = attached.size() + (linkOf(license, "owner").isEmpty() ? 0 : 1);
                if (max.isDouble() && users > qint64(max.toDouble())) {
                    const auto policy = m_store.resource(request.account->id,
                                                         QStringLiteral("policies"),
                                                         linkOf(license, "policy"));
                    const QString overage = policy
                                              ? policy->attributes.value(QStringLiteral("overageStrategy")).toString()
                                              : QString();
                    const double factor = overageFactor(overage,
                                                        !license.attributes.value(QStringLiteral("floating")).toBool());
                    if (double(users) > max.toDouble() * factor) {
                        return error(422,
                                     QStringLiteral("user count has exceeded maximum allowed by current policy (%1)")
                                         .arg(qint64(max.toDouble())),
                                     QStringLiteral("USER_LIMIT_EXCEEDED"),
                                     QStringLiteral("pointer"),
                                     QStringLiteral("/data"));
                    }
                }
            }
            QSqlDatabase db = m_store.database();
            db.transaction();
            QJsonArray data;
            for (StoredResource &join : joins) {
                if (!m_store.insertResource(join)) {
                    db.rollback();
                    return error(500, QStringLiteral("The relationship could not be stored"));
                }
                data.append(serializeJoin(*attachable.joinSpec,
                                          join,
                                          accountPath(join.accountId) + u'/' + attachable.ownerSpec->type + u'/'
                                              + license.id + u'/' + QLatin1String(attachable.memberType) + u'/'
                                              + join.links.value(memberLink).toString()));
            }
            db.commit();
            return json(201, QJsonObject{{QStringLiteral("data"), data}});
        });

        addRoute(QStringLiteral("DELETE"), path, [this, attachable, target](Request &request) {
            auto owner = target(request);
            if (auto *response = std::get_if<Response>(&owner)) {
                return *response;
            }
            const StoredResource &license = std::get<StoredResource>(owner);
            auto given = identifiers(request, QLatin1String(attachable.memberType));
            if (auto *response = std::get_if<Response>(&given)) {
                return *response;
            }
            const QString memberLink = QLatin1String(attachable.memberLink);
            const QList<StoredResource> existing = joinsOf(m_store,
                                                           request.account->id,
                                                           *attachable.joinSpec,
                                                           QLatin1String(attachable.ownerLink),
                                                           license.id);
            QList<StoredResource> detach;
            const QStringList ids = std::get<QStringList>(given);
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const QString pointer = QStringLiteral("/data/%1").arg(i);
                const auto member = m_store.resource(request.account->id,
                                                     QLatin1String(attachable.memberType),
                                                     ids.at(i));
                if (member && memberLink == QLatin1String("user") && linkOf(license, "owner") == member->id) {
                    return error(422,
                                 QStringLiteral("cannot detach the license's owner (change the owner instead)"),
                                 QStringLiteral("USER_NOT_ALLOWED"),
                                 QStringLiteral("pointer"),
                                 pointer);
                }
                const auto join = std::find_if(existing.cbegin(), existing.cend(), [&](const StoredResource &j) {
                    return member && j.links.value(memberLink).toString() == member->id;
                });
                if (join == existing.cend()) {
                    return error(422,
                                 QStringLiteral("cannot detach %1 '%2' (it is not attached)")
                                     .arg(memberLink, ids.at(i)),
                                 memberLink.toUpper() + QStringLiteral("_NOT_FOUND"),
                                 QStringLiteral("pointer"),
                                 pointer);
                }
                detach << *join;
            }
            QSqlDatabase db = m_store.database();
            db.transaction();
            for (const StoredResource &join : std::as_const(detach)) {
                m_store.removeResource(join.accountId, join.type, join.id);
                // A detached user no longer owns the license's machines (they stay activated).
                if (memberLink == QLatin1String("user")) {
                    ListQuery machines;
                    machines.accountId = join.accountId;
                    machines.type = QStringLiteral("machines");
                    machines.limit = 100000;
                    machines.linkFilters = {{QStringLiteral("license"), license.id},
                                            {QStringLiteral("owner"), join.links.value(memberLink).toString()}};
                    for (StoredResource machine : m_store.list(machines)) {
                        machine.links.insert(QStringLiteral("owner"), QJsonValue::Null);
                        machine.updated = timestamp();
                        m_store.updateResource(machine);
                    }
                }
            }
            db.commit();
            return noContent();
        });
    }

    // ---- Change a license's policy, owner or group; a machine's owner or group ---------------------------------
    struct Changeable
    {
        const ResourceSpec *spec;
        const char *relationship;
        const char *relatedType;
        bool nullable;
    };

    const Changeable changeables[] = {
        {&licenseSpec(), "policy", "policies", false},
        {&licenseSpec(), "owner", "users", true},
        {&licenseSpec(), "group", "groups", true},
        {&machineSpec(), "owner", "users", true},
        {&machineSpec(), "group", "groups", true},
    };
    for (const Changeable &changeable : changeables) {
        const QString path = base + changeable.spec->type + QStringLiteral("/:id/")
                           + QLatin1String(changeable.relationship);
        addRoute(QStringLiteral("PUT"), path, [this, changeable](Request &request) {
            auto target = actionTarget(request, changeable.spec->type, true);
            if (auto *response = std::get_if<Response>(&target)) {
                return *response;
            }
            StoredResource resource = std::get<StoredResource>(target);
            const QString name = QLatin1String(changeable.relationship);
            const QString upper = name.toUpper();
            const QJsonValue data = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("data"));
            if (!data.isObject() && !(data.isNull() && changeable.nullable)) {
                return error(400,
                             changeable.nullable ? QStringLiteral("data must be a resource identifier or null")
                                                 : QStringLiteral("data must be a resource identifier"),
                             {},
                             QStringLiteral("pointer"),
                             QStringLiteral("/data"));
            }
            std::optional<StoredResource> related;
            if (data.isObject()) {
                const QString type = data.toObject().value(QStringLiteral("type")).toString();
                if (type != QLatin1String(changeable.relatedType)
                    && type != QLatin1String(changeable.relatedType).chopped(1)
                    && !(name == QLatin1String("owner") && type == QLatin1String("user"))) {
                    return error(400,
                                 QStringLiteral("type mismatch (expected %1 got %2)")
                                     .arg(QLatin1String(changeable.relatedType), type),
                                 {},
                                 QStringLiteral("pointer"),
                                 QStringLiteral("/data/type"));
                }
                related = m_store.resource(request.account->id,
                                           QLatin1String(changeable.relatedType),
                                           data.toObject().value(QStringLiteral("id")).toString());
                if (!related || !inScope(request.bearer, *related)) {
                    return error(422,
                                 QStringLiteral("must exist"),
                                 upper + QStringLiteral("_NOT_FOUND"),
                                 QStringLiteral("pointer"),
                                 QStringLiteral("/data"));
                }
            }

            if (name == QLatin1String("policy")) {
                const auto current = m_store.resource(request.account->id,
                                                      QStringLiteral("policies"),
                                                      linkOf(resource, "policy"));
                const QJsonObject from = current ? current->attributes : QJsonObject();
                const QJsonObject &to = related->attributes;
                auto incompatible = [](const QString &detail) {
                    return error(422,
                                 detail,
                                 QStringLiteral("POLICY_NOT_COMPATIBLE"),
                                 QStringLiteral("pointer"),
                                 QStringLiteral("/data/relationships/policy"));
                };
                static const QStringList strictness{QStringLiteral("UNIQUE_PER_LICENSE"),
                                                    QStringLiteral("UNIQUE_PER_POLICY"),
                                                    QStringLiteral("UNIQUE_PER_PRODUCT"),
                                                    QStringLiteral("UNIQUE_PER_ACCOUNT")};
                if (linkOf(*related, "product") != linkOf(resource, "product")) {
                    return incompatible(QStringLiteral("cannot change to a policy for another product"));
                }
                if (from.value(QStringLiteral("encrypted")) != to.value(QStringLiteral("encrypted"))) {
                    return incompatible(QStringLiteral("cannot change from an encrypted policy to an unencrypted "
                                                       "policy (or vice-versa)"));
                }
                if (from.value(QStringLiteral("usePool")) != to.value(QStringLiteral("usePool"))) {
                    return incompatible(QStringLiteral("cannot change from a pooled policy to an unpooled policy "
                                                       "(or vice-versa)"));
                }
                if (strictness.indexOf(to.value(QStringLiteral("machineUniquenessStrategy")).toString())
                    < strictness.indexOf(from.value(QStringLiteral("machineUniquenessStrategy")).toString())) {
                    return incompatible(QStringLiteral("cannot change to a policy with a less strict machine "
                                                       "uniqueness strategy"));
                }
                if (from.value(QStringLiteral("scheme")) != to.value(QStringLiteral("scheme"))) {
                    return incompatible(QStringLiteral("cannot change to a policy with a different scheme"));
                }
                resource.links.insert(QStringLiteral("policy"), related->id);
                // RESET_EXPIRY: the new policy's duration counts from now.
                if (to.value(QStringLiteral("transferStrategy")).toString() == QLatin1String("RESET_EXPIRY")) {
                    const QJsonValue duration = to.value(QStringLiteral("duration"));
                    resource.attributes.insert(QStringLiteral("expiry"),
                                               duration.isDouble() ? QJsonValue(
                                                   keygenTimestamp(addKeygenDuration(QDateTime::currentDateTimeUtc(),
                                                                                     qint64(duration.toDouble()))))
                                                                   : QJsonValue(QJsonValue::Null));
                }
                if (const QString problem = licenseSpec().prepare(resource, m_store, false); !problem.isEmpty()) {
                    const QStringList parts = problem.split(u'|');
                    return error(422, parts.value(2), parts.value(0), QStringLiteral("pointer"), parts.value(1));
                }
            } else if (name == QLatin1String("group") && related) {
                // A group's limits: at most maxLicenses licenses, maxMachines machines.
                const char *limit = changeable.spec == &licenseSpec() ? "maxLicenses" : "maxMachines";
                const QJsonValue max = related->attributes.value(QLatin1String(limit));
                if (max.isDouble() && linkOf(resource, "group") != related->id) {
                    ListQuery members;
                    members.accountId = request.account->id;
                    members.type = changeable.spec->type;
                    members.linkFilters.append({QStringLiteral("group"), related->id});
                    if (m_store.count(members) + 1 > qint64(max.toDouble())) {
                        const QString what = changeable.spec == &licenseSpec() ? QStringLiteral("license")
                                                                               : QStringLiteral("machine");
                        return error(422,
                                     QStringLiteral("group %1 limit has been exceeded (%2)")
                                         .arg(what)
                                         .arg(qint64(max.toDouble())),
                                     QStringLiteral("GROUP_%1_LIMIT_EXCEEDED").arg(what.toUpper()),
                                     QStringLiteral("pointer"),
                                     QStringLiteral("/data"));
                    }
                }
            }
            if (name != QLatin1String("policy")) {
                resource.links.insert(name, related ? QJsonValue(related->id) : QJsonValue(QJsonValue::Null));
            }
            resource.updated = timestamp();
            if (!m_store.updateResource(resource)) {
                return error(500, QStringLiteral("The resource could not be stored"));
            }
            return single(m_store, 200, *changeable.spec, resource);
        });
    }

    // ---- A pooled policy's keys: pop one ------------------------------------------------------------------------
    addRoute(QStringLiteral("DELETE"), base + QStringLiteral("policies/:id/pool"), [this](Request &request) {
        auto target = actionTarget(request, QStringLiteral("policies"), true);
        if (auto *response = std::get_if<Response>(&target)) {
            return *response;
        }
        const StoredResource &policy = std::get<StoredResource>(target);
        if (!policy.attributes.value(QStringLiteral("usePool")).toBool()) {
            return error(422,
                         QStringLiteral("policy does not use a pool"),
                         QStringLiteral("POLICY_NOT_SUPPORTED"),
                         QStringLiteral("pointer"),
                         QStringLiteral("/data/attributes/usePool"));
        }
        const std::optional<StoredResource> key = popPoolKey(m_store, request.account->id, policy.id);
        if (!key) {
            return error(422,
                         QStringLiteral("pool is empty"),
                         QStringLiteral("POLICY_POOL_EMPTY"),
                         QStringLiteral("pointer"),
                         QStringLiteral("/data/relationships/pool"));
        }
        return single(m_store, 200, keySpec(), *key);
    });
}

} // namespace keydesk::sandbox
