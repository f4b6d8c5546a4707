#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace keydesk::sandbox {

struct StoredResource;

// One attribute of a resource type, in the order Keygen's serializer writes it.
struct AttributeSpec
{
    QString name;
    QJsonValue defaultValue = QJsonValue::Null;
    bool required = false; // on create
    bool writable = true;  // accepted in create and update bodies
};

// One relationship: to-one relationships are stored (their id) and render `data`; to-many only render a link.
struct RelationshipSpec
{
    QString name;
    QString type; // JSON:API type of the related resource
    bool toOne = false;
    bool required = false; // to-one: must be given on create
    bool writable = true;  // to-one: may be given in a body
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
    std::function<QString(StoredResource &)> prepare;
};

const ResourceSpec &productSpec();
const ResourceSpec &policySpec();
const ResourceSpec &userSpec();
const ResourceSpec &groupSpec();
const ResourceSpec &entitlementSpec();
QList<const ResourceSpec *> allResourceSpecs();

} // namespace keydesk::sandbox
