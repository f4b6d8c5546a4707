#pragma once

// The HTTP side of the sandbox: a request as the handlers see it, the response they build, and Keygen's JSON:API
// documents and error bodies.

#include "app/licensing/crypto.h"
#include "app/sandbox/sandboxstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace keydesk::sandbox {

struct ResourceSpec;

// Who is asking: Keygen's bearer of the token (or the license of a license key).
struct Bearer
{
    enum Kind {
        Anonymous,
        Admin,
        Product,
        License,
        User,
    };

    Kind kind = Anonymous;
    QString id;        // the user, product or license
    QString productId; // License: its product
    QString policyId;  // License: its policy
    // The environment the request is made in (Keygen-Environment): empty for the global one. A shared environment
    // also sees the global environment's resources (read-only); an isolated one only its own.
    QString environmentId;
    bool environmentShared = false;
};

struct Request
{
    QString method;                        // "GET", "POST" …
    QString target;                        // path and query exactly as sent (the signature's request-target)
    QStringList segments;                  // decoded path segments
    QUrlQuery query;                       // decoded query items
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHash<QString, QString> params; // route parameters
    std::optional<Account> account;
    std::optional<Token> token;
    Bearer bearer;
    QString signatureAlgorithm = QStringLiteral("ed25519"); // from Keygen-Accept-Signature
    QString environmentCode;                                // echoed in the Keygen-Environment response header
    bool passwordLogin = false;                             // authenticated with a user's email and password

    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }

    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/vnd.api+json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
};

void addHeader(Response &response, const QByteArray &name, const QByteArray &value);
Response json(int status, const QJsonObject &document);
// Keygen's error document: {"meta":{"id"},"errors":[{"title","detail","code","source"}]}.
Response error(int status,
               const QString &detail,
               const QString &code = {},
               const QString &sourceKind = {},
               const QString &source = {});
Response noContent();
Response accessDenied();
Response notFoundEndpoint();
Response notFoundResource(const QString &type, const QString &id);
QString accountPath(const QString &accountId);
QString httpDate(const QDateTime &time);
std::optional<crypto::SignatureAlgorithm> signatureAlgorithm(const QString &name);
// Precomputed relationship totals for a page of resources: relationship name -> resource id -> {count, sums…}.
using RelatedTotals = QHash<QString, QHash<QString, QList<qint64>>>;

// The JSON:API resource object of a stored resource, as Keygen's serializers render it. Relationship counts come
// from `totals` when given (a list page computes them in one query), else from the store.
QJsonObject serialize(const SandboxStore &store,
                      const ResourceSpec &spec,
                      const StoredResource &resource,
                      const RelatedTotals *totals = nullptr);
// The totals serialize() needs for a page of resources of `spec`, in one query per counted relationship.
RelatedTotals relatedTotals(const SandboxStore &store,
                            const ResourceSpec &spec,
                            const QList<StoredResource> &resources);
// serialize() as JSON text, for a resource listed with ListQuery::storedText: written straight from the stored
// JSON text (resourcetext.cpp), the same JSON values without building QJsonObjects. Resources whose stored text it
// does not read, or that were listed parsed, go through serialize().
void writeResource(QByteArray &out,
                   const SandboxStore &store,
                   const ResourceSpec &spec,
                   const StoredResource &resource,
                   const RelatedTotals &totals);
// A list document, {"data":[…],"links":{…}}, of resources listed with ListQuery::storedText.
Response listResponse(const SandboxStore &store,
                      const ResourceSpec &spec,
                      const QList<StoredResource> &resources,
                      const RelatedTotals &totals,
                      const QJsonObject &links);
Response single(const SandboxStore &store, int status, const ResourceSpec &spec, const StoredResource &resource);
// The tokens resource; `withSecret` only right after the token was generated or regenerated.
QJsonObject tokenResource(const Token &token, bool withSecret);

} // namespace keydesk::sandbox
