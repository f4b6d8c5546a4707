#pragma once

#include "app/sandbox/sandboxstore.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace keydesk::sandbox {

// One attribute of a resource type, in the order Keygen's serializer writes it.
struct AttributeSpec
{
    QString name;
    QJsonValue defaultValue = QJsonValue::Null;
    bool required = false; // on create
    bool writable = true;  // accepted in create and update bodies
    bool hidden = false;   // accepted in bodies but never rendered (a user's password)
};

// One relationship: to-one relationships are stored (their id) and render `data`; to-many only render a link.
struct RelationshipSpec
{
    QString name;
    QString type; // JSON:API type of the related resource
    bool toOne = false;
    bool required = false; // to-one: must be given on create
    bool writable = true;  // to-one: may be given in a body
    // To-many: the to-one link on the related type that points back here; when set, `meta.count` is rendered
    // (and the sums of `sums`, e.g. a license's machines: cores, memory, disk).
    QString inverse = {};
    QStringList sums = {};
};

// What the sandbox needs to store, serialize and route a resource type generically.
struct ResourceSpec
{
    QString type;           // "products"
    QString aliasAttribute; // a second lookup key, e.g. "code" for products; empty for none
    QList<AttributeSpec> attributes;
    QList<RelationshipSpec> relationships;
    // Derives attributes and checks the type's rules after a body was applied. Returns "" when acceptable,
    // else "CODE|/data/attributes/name|detail".
    // Runs inside the request's transaction: it may change other resources (a pooled policy gives up a key).
    std::function<QString(StoredResource &, SandboxStore &, bool creating)> prepare = {};
    // Attributes computed when the resource is rendered (a license's status depends on the time): reads the stored
    // resource, writes (inserts) what it computes into `attributes`, and nothing else. A list page passes an empty
    // object and renders the rest straight from the stored JSON text.
    std::function<void(const StoredResource &, QJsonObject &attributes)> present = {};
    // Whether the alias must be unique in the account (a machine fingerprint follows its policy instead).
    bool uniqueAlias = true;
    // The stored attributes `present` reads: a list page hands it a resource with only these parsed, and no links
    // (parsing every attribute of every listed license cost as much as writing the page). Empty: all of them.
    QStringList presentReads = {};
    // Whether the type has `metadata` (Keygen's environments and a pool's keys have none).
    bool metadata = true;
};

const ResourceSpec &productSpec();
const ResourceSpec &policySpec();
const ResourceSpec &userSpec();
const ResourceSpec &groupSpec();
const ResourceSpec &entitlementSpec();
const ResourceSpec &licenseSpec();
const ResourceSpec &machineSpec();
const ResourceSpec &releaseSpec();  // releases.cpp
const ResourceSpec &artifactSpec(); // releases.cpp
const ResourceSpec &environmentSpec();
const ResourceSpec &keySpec();                // relationships.cpp: a pooled policy's keys
const ResourceSpec &licenseUserSpec();        // relationships.cpp: join resources
const ResourceSpec &licenseEntitlementSpec(); //
const ResourceSpec &policyEntitlementSpec();  //
// The types with generic routes (create, list, retrieve, update, delete, related resources).
QList<const ResourceSpec *> allResourceSpecs();
// The spec of a type (one of those, or a join resource's); nullptr when there is none.
const ResourceSpec *resourceSpecOf(const QString &type);

// SQL conditions (ListQuery::conditions) over users: a license's owner and attached users (bind the license id twice);
// over entitlements: a license's own and its policy's (bind the license id, then the policy id).
QString licenseUsersCondition();
QString licenseEntitlementsCondition();

// A license's entitlements (its own and its policy's) and users (its owner and attached users), newest first.
QList<StoredResource> licenseEntitlements(const SandboxStore &store, const StoredResource &license);
QList<StoredResource> licenseUsers(const SandboxStore &store, const StoredResource &license);

// Keygen's error codes name attributes in upper snake case: maxMachines -> MAX_MACHINES.
QString snakeUpper(const QString &camel);

// How far past a limit a policy's overage strategy lets a license go: 1, 1.25, 1.5, 2 or infinity.
double overageFactor(const QString &strategy, bool nodeLocked);

// A user's password: "salthex$digesthex", and whether a password matches it.
QString passwordDigest(const QString &password, const QByteArray &salt);
bool passwordMatches(const StoredResource &user, const QString &password);

// Seconds after its death within which a machine may be revived by a ping: 0 never, -1 always.
qint64 resurrectionWindow(const QString &strategy);

// Takes the oldest key out of a pooled policy's pool; nullopt when the pool is empty.
std::optional<StoredResource> popPoolKey(SandboxStore &store, const QString &accountId, const QString &policyId);

} // namespace keydesk::sandbox
