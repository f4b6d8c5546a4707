#include "app/sandbox/jsonapi.h"

#include "app/sandbox/resourcespec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace keydesk::sandbox {

void addHeader(Response &response, const QByteArray &name, const QByteArray &value)
{
    response.headers.append(qMakePair(name, value));
}

Response json(int status, const QJsonObject &document)
{
    Response response;
    response.status = status;
    response.body = QJsonDocument(document).toJson(QJsonDocument::Compact);
    return response;
}

namespace {

QString statusTitle(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Access denied");
    case 404:
        return QStringLiteral("Not found");
    case 409:
        return QStringLiteral("Conflict");
    case 422:
        return QStringLiteral("Unprocessable resource");
    case 402:
        return QStringLiteral("Payment required");
    case 405:
        return QStringLiteral("Not supported");
    case 429:
        return QStringLiteral("Too many requests");
    case 503:
        return QStringLiteral("Service unavailable");
    default:
        return QStringLiteral("Internal server error");
    }
}

} // namespace

Response error(int status, const QString &detail, const QString &code, const QString &sourceKind, const QString &source)
{
    QJsonObject entry{{QStringLiteral("title"), statusTitle(status)}, {QStringLiteral("detail"), detail}};
    if (!code.isEmpty()) {
        entry.insert(QStringLiteral("code"), code);
    }
    if (!sourceKind.isEmpty()) {
        entry.insert(QStringLiteral("source"), QJsonObject{{sourceKind, source}});
    }
    Response response = json(status,
                             QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("id"), newUuid()}}},
                                         {QStringLiteral("errors"), QJsonArray{entry}}});
    if (status == 401) {
        addHeader(response, "WWW-Authenticate", "Bearer realm=\"keygen\"");
    }
    return response;
}

Response notFoundEndpoint()
{
    return error(404,
                 QStringLiteral("The requested endpoint was not found (check your HTTP method, Accept header, and URL "
                                "path)"),
                 QStringLiteral("NOT_FOUND"));
}

Response notFoundResource(const QString &type, const QString &id)
{
    QString singular = type;
    singular.chop(1);
    return error(404,
                 QStringLiteral("The requested %1 '%2' was not found").arg(singular, id),
                 QStringLiteral("NOT_FOUND"));
}

QString accountPath(const QString &accountId)
{
    return QStringLiteral("/v1/accounts/") + accountId;
}

QString httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

std::optional<crypto::SignatureAlgorithm> signatureAlgorithm(const QString &name)
{
    if (name == QLatin1String("ed25519")) {
        return crypto::SignatureAlgorithm::Ed25519;
    }
    if (name == QLatin1String("rsa-pss-sha256")) {
        return crypto::SignatureAlgorithm::RsaPssSha256;
    }
    if (name == QLatin1String("rsa-sha256")) {
        return crypto::SignatureAlgorithm::RsaPkcs1Sha256;
    }
    if (name == QLatin1String("ecdsa-p256")) {
        return crypto::SignatureAlgorithm::EcdsaP256Sha256;
    }
    return std::nullopt;
}

// ---- Serialization ----------------------------------------------------------------------------------------------

RelatedTotals relatedTotals(const SandboxStore &store, const ResourceSpec &spec, const QList<StoredResource> &resources)
{
    RelatedTotals totals;
    if (resources.isEmpty()) {
        return totals;
    }
    QStringList ids;
    for (const StoredResource &resource : resources) {
        ids.append(resource.id);
    }
    for (const RelationshipSpec &relationship : spec.relationships) {
        if (!relationship.inverse.isEmpty()) {
            totals.insert(relationship.name,
                          store.aggregateByLink(resources.constFirst().accountId,
                                                relationship.type,
                                                relationship.inverse,
                                                ids,
                                                relationship.sums));
        }
    }
    return totals;
}

QJsonObject serialize(const SandboxStore &store,
                      const ResourceSpec &spec,
                      const StoredResource &resource,
                      const RelatedTotals *precomputed)
{
    const QString self = accountPath(resource.accountId) + QLatin1Char('/') + spec.type + QLatin1Char('/')
                       + resource.id;
    QJsonObject attributes;
    for (const AttributeSpec &attribute : spec.attributes) {
        if (!attribute.hidden) {
            attributes.insert(attribute.name, resource.attributes.value(attribute.name));
        }
    }
    if (spec.present) {
        spec.present(resource, attributes);
    }
    if (spec.metadata) {
        attributes.insert(QStringLiteral("metadata"), resource.attributes.value(QStringLiteral("metadata")).toObject());
    }
    attributes.insert(QStringLiteral("created"), resource.created);
    attributes.insert(QStringLiteral("updated"), resource.updated);

    QJsonObject relationships{{QStringLiteral("account"),
                               QJsonObject{{QStringLiteral("links"),
                                            QJsonObject{{QStringLiteral("related"), accountPath(resource.accountId)}}},
                                           {QStringLiteral("data"),
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("accounts")},
                                                        {QStringLiteral("id"), resource.accountId}}}}}};
    // Keygen EE: every resource but an environment belongs to one (or to none: the global environment).
    if (spec.type != QLatin1String("environments")) {
        const QJsonValue environment = resource.links.value(QStringLiteral("environment"));
        QJsonObject object{{QStringLiteral("data"), QJsonValue::Null}};
        if (environment.isString()) {
            object = {{QStringLiteral("links"),
                       QJsonObject{{QStringLiteral("related"),
                                    QString(accountPath(resource.accountId) + QStringLiteral("/environments/")
                                            + environment.toString())}}},
                      {QStringLiteral("data"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("environments")},
                                   {QStringLiteral("id"), environment}}}};
        }
        relationships.insert(QStringLiteral("environment"), object);
    }
    for (const RelationshipSpec &relationship : spec.relationships) {
        QJsonObject object{
            {QStringLiteral("links"),
             QJsonObject{{QStringLiteral("related"), QString(self + QLatin1Char('/') + relationship.name)}}}};
        if (!relationship.inverse.isEmpty()) {
            ListQuery related;
            related.accountId = resource.accountId;
            related.type = relationship.type;
            related.linkFilters.append({relationship.inverse, resource.id});
            const QList<qint64> totals = precomputed
                                           ? precomputed->value(relationship.name)
                                                 .value(resource.id, QList<qint64>(relationship.sums.size() + 1, 0))
                                           : store.aggregate(related, relationship.sums);
            QJsonObject meta;
            for (qsizetype i = 0; i < relationship.sums.size(); ++i) {
                meta.insert(relationship.sums.at(i), double(totals.value(i + 1)));
            }
            meta.insert(QStringLiteral("count"), double(totals.value(0)));
            object.insert(QStringLiteral("meta"), meta);
        }
        if (relationship.toOne) {
            const QJsonValue id = resource.links.value(relationship.name);
            object.insert(QStringLiteral("data"),
                          id.isString() ? QJsonValue(
                              QJsonObject{{QStringLiteral("type"), relationship.type}, {QStringLiteral("id"), id}})
                                        : QJsonValue(QJsonValue::Null));
        }
        relationships.insert(relationship.name, object);
    }
    return {{QStringLiteral("id"), resource.id},
            {QStringLiteral("type"), spec.type},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("relationships"), relationships},
            {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), self}}}};
}

Response accessDenied()
{
    return error(403,
                 QStringLiteral("You do not have permission to complete the request (ensure the token or license is "
                                "allowed to access this resource)"),
                 QStringLiteral("FORBIDDEN"));
}

Response noContent()
{
    Response response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

Response single(const SandboxStore &store, int status, const ResourceSpec &spec, const StoredResource &resource)
{
    return json(status, QJsonObject{{QStringLiteral("data"), serialize(store, spec, resource)}});
}

} // namespace keydesk::sandbox
