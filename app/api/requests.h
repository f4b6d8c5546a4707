#pragma once

// Typed requests for Keygen's API v1 (what Keydesk uses): resources, their actions and relationships, tokens,
// the account, the current bearer and ping. Each returns an ApiRequest for ApiClient::send; lists are read with a
// Pager. Paths are relative to /v1/accounts/<account>/.

#include "app/api/apiclient.h"

namespace keydesk::api::requests {

// ---- Server and account ----
ApiRequest ping();    // GET /v1/ping
ApiRequest account(); // GET /v1/accounts/<account>: name, slug and meta.keys (the public keys)
ApiRequest me();      // GET …/me: the bearer of the credentials, and the token when one was used

// ---- Any resource type: "products", "policies", "licenses", "machines", "users", "groups", "entitlements",
// "releases", "artifacts", "environments", "keys" ----
ApiRequest list(const QString &type, const QUrlQuery &filters = {}); // one page; use Pager for all
ApiRequest retrieve(const QString &type, const QString &idOrKey);    // a license by key, a machine by fingerprint …
// POST with the resource's attributes and relationships (as built with Resource::setAttribute/setRelated).
ApiRequest create(const Resource &resource);
// PATCH with the attributes and relationships of `changes` (start it with Resource::withOnlyAttributes: Keygen
// refuses read-only attributes). Keygen replaces `metadata` whole: merge with the freshest copy first.
ApiRequest update(const Resource &changes);
ApiRequest destroy(const QString &type, const QString &id); // DELETE (a machine: deactivate)

// ---- Actions: POST …/<type>/<id>/actions/<action> with optional meta ----
// Licenses: validate, suspend, reinstate, renew, check-in, increment-usage (meta.increment), decrement-usage,
// reset-usage, check-out. Machines: ping, reset, check-out. Releases: publish, yank.
ApiRequest action(const QString &type, const QString &id, const QString &action, const QJsonObject &meta = {});
ApiRequest revokeLicense(const QString &id); // DELETE …/licenses/<id>/actions/revoke
// POST …/licenses/<id>/actions/validate with meta.scope (and a nonce when given): Keygen's full validation.
ApiRequest validate(const QString &licenseId, const QJsonObject &scope = {}, std::optional<qint64> nonce = {});
// POST …/licenses/actions/validate-key: works without credentials.
ApiRequest validateKey(const QString &key, const QJsonObject &scope = {}, std::optional<qint64> nonce = {});

// A license or machine file. Raw: GET answering the file itself; else POST answering a license-files or
// machine-files resource. ttl in seconds (nullopt: Keygen's default of a month; 0: no expiry), include: related
// resources to embed, encrypt with the license key (and fingerprint), algorithm e.g. "aes-256-gcm+ed25519".
struct CheckOut
{
    bool raw = false;
    std::optional<qint64> ttl;
    bool noExpiry = false;
    QStringList include;
    bool encrypt = false;
    QString algorithm;
};

ApiRequest checkOut(const QString &type, const QString &id, const CheckOut &options);

// ---- Relationships ----
ApiRequest related(const QString &type, const QString &id, const QString &relationship, const QUrlQuery &query = {});
// POST/DELETE …/<type>/<id>/<relationship> with resource identifiers: license users and entitlements, policy
// entitlements, release constraints.
ApiRequest attach(const QString &type,
                  const QString &id,
                  const QString &relationship,
                  const QList<ResourceIdentifier> &members);
ApiRequest detach(const QString &type,
                  const QString &id,
                  const QString &relationship,
                  const QList<ResourceIdentifier> &members);
// PUT …/<type>/<id>/<relationship>: a license's policy, owner or group, a machine's owner or group; a null target
// removes an owner or group.
ApiRequest change(const QString &type,
                  const QString &id,
                  const QString &relationship,
                  const ResourceIdentifier &target);
ApiRequest popPoolKey(const QString &policyId); // DELETE …/policies/<id>/pool

// ---- Tokens ----
ApiRequest tokens(const QUrlQuery &query = {});
// A token for a product, license or user: POST …/<type>/<id>/tokens. An empty name or no expiry leaves them out.
ApiRequest generateToken(const QString &bearerType,
                         const QString &bearerId,
                         const QString &name = {},
                         const QDateTime &expiry = {});
ApiRequest regenerateToken(const QString &tokenId); // PUT …/tokens/<id>
ApiRequest revokeToken(const QString &tokenId);     // DELETE …/tokens/<id>

} // namespace keydesk::api::requests
