// Who may do what in the sandbox: authentication (Bearer tokens, License keys, Basic), Keygen's roles as scopes
// (admin sees everything, a product its own resources, a license itself and its machines, a user its own
// licenses), and the token endpoints.

#include "app/licensing/crypto.h"
#include "app/licensing/issuing.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace keydesk::sandbox {

namespace {

QString tokenPrefix(const QString &kind)
{
    if (kind == QLatin1String("admin-token")) {
        return QStringLiteral("admin");
    }
    if (kind == QLatin1String("product-token")) {
        return QStringLiteral("prod");
    }
    if (kind == QLatin1String("activation-token")) {
        return QStringLiteral("activ");
    }
    return QStringLiteral("user");
}

QString newSecret(const QString &kind)
{
    return tokenPrefix(kind) + QLatin1Char('-') + QString::fromLatin1(crypto::randomBytes(32).toHex())
         + QStringLiteral("v3");
}

} // namespace

// The tokens resource; the secret only right after it was generated or regenerated.
QJsonObject tokenResource(const Token &token, bool withSecret)
{
    const QString bearerPath = accountPath(token.accountId) + QLatin1Char('/') + token.bearerType + QLatin1Char('/')
                             + token.bearerId;
    const auto nullable = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    return {{QStringLiteral("id"), token.id},
            {QStringLiteral("type"), QStringLiteral("tokens")},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("kind"), token.kind},
                         {QStringLiteral("token"),
                          withSecret ? QJsonValue(token.secret) : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("expiry"), nullable(token.expiry)},
                         {QStringLiteral("name"), nullable(token.name)},
                         {QStringLiteral("maxActivations"), QJsonValue::Null},
                         {QStringLiteral("activations"), QJsonValue::Null},
                         {QStringLiteral("maxDeactivations"), QJsonValue::Null},
                         {QStringLiteral("deactivations"), QJsonValue::Null},
                         {QStringLiteral("permissions"), QJsonArray{QStringLiteral("*")}},
                         {QStringLiteral("created"), token.created},
                         {QStringLiteral("updated"), token.updated}}},
            {QStringLiteral("relationships"),
             QJsonObject{{QStringLiteral("account"),
                          QJsonObject{{QStringLiteral("links"),
                                       QJsonObject{{QStringLiteral("related"), accountPath(token.accountId)}}},
                                      {QStringLiteral("data"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("accounts")},
                                                   {QStringLiteral("id"), token.accountId}}}}},
                         {QStringLiteral("bearer"),
                          QJsonObject{{QStringLiteral("links"), QJsonObject{{QStringLiteral("related"), bearerPath}}},
                                      {QStringLiteral("data"),
                                       QJsonObject{{QStringLiteral("type"), token.bearerType},
                                                   {QStringLiteral("id"), token.bearerId}}}}}}},
            {QStringLiteral("links"),
             QJsonObject{{QStringLiteral("self"),
                          QString(accountPath(token.accountId) + QStringLiteral("/tokens/") + token.id)}}}};
}

// Reads the credentials of a request, if any: `Authorization: Bearer <token>`, `License <key>`, Basic
// (`token:<t>`, `license:<key>`, `<token>:`), or `?token=` / `?auth=`. Sets the request's bearer.
std::optional<Response> SandboxServer::authenticate(Request &request)
{
    const QByteArray authorization = request.headers.value("authorization");
    QString token;
    QString licenseKey;
    if (authorization.startsWith("Bearer ")) {
        token = QString::fromUtf8(authorization.mid(7).trimmed());
    } else if (authorization.startsWith("License ")) {
        licenseKey = QString::fromUtf8(authorization.mid(8).trimmed());
    } else if (authorization.startsWith("Basic ")) {
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6).trimmed()));
        const QString user = pair.section(QLatin1Char(':'), 0, 0);
        const QString password = pair.section(QLatin1Char(':'), 1);
        if (user == QLatin1String("license")) {
            licenseKey = password;
        } else if (user == QLatin1String("token")) {
            token = password;
        } else if (password.isEmpty()) {
            token = user;
        } else {
            // Email and password: a user signing in to generate a token (POST /tokens).
            const auto account = m_store.resource(request.account->id, QStringLiteral("users"), user.toLower());
            if (!account) {
                return error(401, QStringLiteral("email must be valid"), QStringLiteral("EMAIL_INVALID"));
            }
            if (account->attributes.value(QStringLiteral("passwordDigest")).toString().isEmpty()) {
                return error(401,
                             QStringLiteral("user does not support password authentication"),
                             QStringLiteral("PASSWORD_NOT_SUPPORTED"));
            }
            if (!passwordMatches(*account, password)) {
                return error(401, QStringLiteral("password must be valid"), QStringLiteral("PASSWORD_INVALID"));
            }
            const bool admin = account->attributes.value(QStringLiteral("role")).toString() == QLatin1String("admin");
            request.bearer = {admin ? Bearer::Admin : Bearer::User, account->id, {}, {}, {}, false};
            request.passwordLogin = true;
            return std::nullopt;
        }
    } else if (request.hasQuery(QStringLiteral("token"))) {
        token = request.queryValue(QStringLiteral("token"));
    } else if (request.hasQuery(QStringLiteral("auth"))) {
        token = request.queryValue(QStringLiteral("auth")).section(QLatin1Char(':'), -1);
    }

    if (!licenseKey.isEmpty()) {
        const auto license = m_store.resource(request.account->id, QStringLiteral("licenses"), licenseKey);
        if (!license || license->alias != licenseKey) {
            return error(401, QStringLiteral("License key is invalid"), QStringLiteral("LICENSE_INVALID"));
        }
        const QString strategy = m_store
                                     .resource(license->accountId,
                                               QStringLiteral("policies"),
                                               license->links.value(QStringLiteral("policy")).toString())
                                     .value_or(StoredResource())
                                     .attributes.value(QStringLiteral("authenticationStrategy"))
                                     .toString();
        if (strategy != QLatin1String("LICENSE") && strategy != QLatin1String("MIXED")) {
            return error(403,
                         QStringLiteral("License key authentication is not allowed by policy"),
                         QStringLiteral("LICENSE_NOT_ALLOWED"));
        }
        if (license->attributes.value(QStringLiteral("suspended")).toBool()) {
            return error(403, QStringLiteral("License is suspended"), QStringLiteral("LICENSE_SUSPENDED"));
        }
        request.bearer = {Bearer::License,
                          license->id,
                          license->links.value(QStringLiteral("product")).toString(),
                          license->links.value(QStringLiteral("policy")).toString(),
                          {},
                          false};
        return std::nullopt;
    }
    if (token.isEmpty()) {
        return std::nullopt; // anonymous
    }
    if (QUuid::fromString(token).isNull() == false) {
        return error(401,
                     QStringLiteral("Token format is invalid (make sure that you're providing a token value, not a "
                                    "token's UUID identifier)"),
                     QStringLiteral("TOKEN_FORMAT_INVALID"));
    }
    request.token = m_store.tokenBySecret(token);
    if (!request.token || request.token->accountId != request.account->id) {
        request.token.reset();
        return error(401, QStringLiteral("Token is invalid"), QStringLiteral("TOKEN_INVALID"));
    }
    if (!request.token->expiry.isEmpty()
        && QDateTime::fromString(request.token->expiry, Qt::ISODateWithMs) < QDateTime::currentDateTimeUtc()) {
        return error(401, QStringLiteral("Token is expired"), QStringLiteral("TOKEN_EXPIRED"));
    }
    const Token &t = *request.token;
    if (t.bearerType == QLatin1String("products")) {
        request.bearer = {Bearer::Product, t.bearerId, t.bearerId, {}, {}, false};
    } else if (t.bearerType == QLatin1String("licenses")) {
        const auto license = m_store.resource(t.accountId, QStringLiteral("licenses"), t.bearerId);
        if (!license) {
            return error(401, QStringLiteral("Token is invalid"), QStringLiteral("TOKEN_INVALID"));
        }
        request.bearer = {Bearer::License,
                          license->id,
                          license->links.value(QStringLiteral("product")).toString(),
                          license->links.value(QStringLiteral("policy")).toString(),
                          {},
                          false};
    } else {
        const auto user = m_store.resource(t.accountId, QStringLiteral("users"), t.bearerId);
        if (!user) {
            return error(401, QStringLiteral("Token is invalid"), QStringLiteral("TOKEN_INVALID"));
        }
        const bool admin = user->attributes.value(QStringLiteral("role")).toString() == QLatin1String("admin");
        request.bearer = {admin ? Bearer::Admin : Bearer::User, user->id, {}, {}, {}, false};
    }
    return std::nullopt;
}

// ---- Environments ------------------------------------------------------------------------------------------------

bool SandboxServer::environmentAllows(const Bearer &bearer, const StoredResource &resource)
{
    if (resource.type == QLatin1String("environments")) {
        return true;
    }
    const QString environment = resource.links.value(QStringLiteral("environment")).toString();
    return environment == bearer.environmentId || (environment.isEmpty() && bearer.environmentShared);
}

bool SandboxServer::mayChange(const Bearer &bearer, const StoredResource &resource)
{
    return resource.type == QLatin1String("environments")
        || resource.links.value(QStringLiteral("environment")).toString() == bearer.environmentId;
}

QJsonValue SandboxServer::environmentLink(const Bearer &bearer)
{
    return bearer.environmentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(bearer.environmentId);
}

// The bearer's own resource must live where the request is made: an isolated environment admits only its own
// (and the global environment's admins), a shared one also the global environment's.
std::optional<Response> SandboxServer::enterEnvironment(const Request &request) const
{
    const Bearer &bearer = request.bearer;
    if (bearer.kind == Bearer::Anonymous || bearer.environmentId.isEmpty()) {
        return std::nullopt;
    }
    const QString type = bearer.kind == Bearer::Product ? QStringLiteral("products")
                       : bearer.kind == Bearer::License ? QStringLiteral("licenses")
                                                        : QStringLiteral("users");
    const auto resource = m_store.resource(request.account->id, type, bearer.id);
    if (!resource) {
        return error(401, QStringLiteral("Token is invalid"), QStringLiteral("TOKEN_INVALID"));
    }
    const bool globalAdmin = bearer.kind == Bearer::Admin
                          && resource->links.value(QStringLiteral("environment")).toString().isEmpty();
    if (globalAdmin || environmentAllows(bearer, *resource)) {
        return std::nullopt;
    }
    return bearer.kind == Bearer::License && !request.token
             ? error(401, QStringLiteral("License key is invalid"), QStringLiteral("LICENSE_INVALID"))
             : error(401, QStringLiteral("Token is invalid"), QStringLiteral("TOKEN_INVALID"));
}

// Narrows a list to what the bearer may see; false when the bearer may not list this type at all.
bool SandboxServer::scopeList(const Bearer &bearer, const QString &type, ListQuery &query, bool withEnvironment) const
{
    if (type == QLatin1String("environments")) {
        return bearer.kind == Bearer::Admin;
    }
    // The global environment and shared ones see every resource outside environments: while no resource of the type
    // lives in one (most accounts), the condition would hold for every row and only cost a JSON lookup per row.
    const bool seesAll = withEnvironment && (bearer.environmentId.isEmpty() || bearer.environmentShared)
                      && !query.accountId.isEmpty() && !m_store.hasEnvironmentResources(query.accountId, type);
    if (withEnvironment && !seesAll) {
        if (bearer.environmentId.isEmpty()) {
            query.conditions << QStringLiteral("json_extract(resources.links, '$.environment') IS NULL");
        } else {
            query.conditions << (bearer.environmentShared
                                     ? QStringLiteral("json_extract(resources.links, '$.environment') = ? OR "
                                                      "json_extract(resources.links, '$.environment') IS NULL")
                                     : QStringLiteral("json_extract(resources.links, '$.environment') = ?"));
            query.conditionValues << bearer.environmentId;
        }
    }
    switch (bearer.kind) {
    case Bearer::Admin:
        return true;
    case Bearer::Product:
        if (type == QLatin1String("products")) {
            query.idFilter = bearer.id;
        } else if (type == QLatin1String("policies") || type == QLatin1String("licenses")
                   || type == QLatin1String("machines") || type == QLatin1String("releases")
                   || type == QLatin1String("artifacts")) {
            query.linkFilters.append({QStringLiteral("product"), bearer.id});
        }
        return true; // users, groups, entitlements: readable by products
    case Bearer::License:
        if (type == QLatin1String("licenses")) {
            query.idFilter = bearer.id;
        } else if (type == QLatin1String("machines")) {
            query.linkFilters.append({QStringLiteral("license"), bearer.id});
        } else if (type == QLatin1String("products")) {
            query.idFilter = bearer.productId;
        } else if (type == QLatin1String("policies")) {
            query.idFilter = bearer.policyId;
        } else if (type == QLatin1String("users")) {
            // Its owner and attached users.
            query.conditions << licenseUsersCondition();
            query.conditionValues << bearer.id << bearer.id;
        } else if (type == QLatin1String("entitlements")) {
            // Its own and its policy's.
            query.conditions << licenseEntitlementsCondition();
            query.conditionValues << bearer.id << bearer.policyId;
        } else {
            return false;
        }
        return true;
    case Bearer::User:
        if (type == QLatin1String("users")) {
            query.idFilter = bearer.id;
        } else if (type == QLatin1String("licenses") || type == QLatin1String("machines")) {
            query.linkFilters.append({QStringLiteral("owner"), bearer.id});
        } else {
            return false;
        }
        return true;
    case Bearer::Anonymous:
        break;
    }
    return false;
}

// Whether one resource is within what the bearer may see.
bool SandboxServer::inScope(const Bearer &bearer, const StoredResource &resource) const
{
    ListQuery query;
    if (!environmentAllows(bearer, resource) || !scopeList(bearer, resource.type, query, false)) {
        return false;
    }
    if (!query.idFilter.isEmpty() && query.idFilter != resource.id) {
        return false;
    }
    for (const auto &[name, id] : std::as_const(query.linkFilters)) {
        if (resource.links.value(name).toString() != id) {
            return false;
        }
    }
    if (!query.conditions.isEmpty()) {
        query.accountId = resource.accountId;
        query.type = resource.type;
        query.idFilter = resource.id;
        return m_store.count(query) > 0;
    }
    return true;
}

// The resource of the request's :id (id or alias), if the bearer may see it: one it may not see is answered like one
// that does not exist.
std::optional<StoredResource> SandboxServer::findInScope(const Request &request, const QString &type) const
{
    auto resource = m_store.resource(request.account->id, type, request.params.value(QStringLiteral("id")));
    if (resource && !inScope(request.bearer, *resource)) {
        resource.reset();
    }
    return resource;
}

// The license or machine an action is about, in the bearer's scope; `manage`: the action changes it (suspend,
// renew, revoke …), which admins and its product may do, while the license or user itself may only use it.
std::variant<StoredResource, Response> SandboxServer::actionTarget(const Request &request,
                                                                   const QString &type,
                                                                   bool manage) const
{
    std::optional<StoredResource> resource = findInScope(request, type);
    if (!resource) {
        return notFoundResource(type, request.params.value(QStringLiteral("id")));
    }
    if (manage
        && ((request.bearer.kind != Bearer::Admin && request.bearer.kind != Bearer::Product)
            || !mayChange(request.bearer, *resource))) {
        return accessDenied();
    }
    return *resource;
}

// Whether the bearer may create, change or delete resources of a type at all (scope is checked separately).
bool SandboxServer::mayWrite(const Bearer &bearer, const QString &type) const
{
    switch (bearer.kind) {
    case Bearer::Admin:
        return true;
    case Bearer::Product:
        return type == QLatin1String("policies") || type == QLatin1String("licenses")
            || type == QLatin1String("machines") || type == QLatin1String("users") || type == QLatin1String("releases")
            || type == QLatin1String("artifacts");
    case Bearer::License:
    case Bearer::User:
        return type == QLatin1String("machines");
    case Bearer::Anonymous:
        break;
    }
    return false;
}

void SandboxServer::addTokenRoutes()
{
    const QString tokens = QStringLiteral("v1/accounts/:account/tokens");
    auto visible = [](const Request &request, const Token &token) {
        return request.bearer.kind == Bearer::Admin
            || (token.bearerId == request.bearer.id && request.token && token.bearerType == request.token->bearerType);
    };

    addRoute(QStringLiteral("GET"), tokens, [this](Request &request) {
        const QList<Token> list = request.bearer.kind == Bearer::Admin
                                    ? m_store.tokens(request.account->id)
                                    : m_store.tokens(request.account->id,
                                                     request.token ? request.token->bearerType : QString(),
                                                     request.bearer.id);
        QJsonArray data;
        for (const Token &token : list) {
            data.append(tokenResource(token, false));
        }
        return json(200, QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("links"), QJsonObject()}});
    });
    addRoute(QStringLiteral("GET"), tokens + QStringLiteral("/:id"), [this, visible](Request &request) {
        const auto token = m_store.token(request.account->id, request.params.value(QStringLiteral("id")));
        if (!token || !visible(request, *token)) {
            return notFoundResource(QStringLiteral("tokens"), request.params.value(QStringLiteral("id")));
        }
        return json(200, QJsonObject{{QStringLiteral("data"), tokenResource(*token, false)}});
    });
    // Regenerate: a new secret for the same token.
    addRoute(QStringLiteral("PUT"), tokens + QStringLiteral("/:id"), [this, visible](Request &request) {
        auto token = m_store.token(request.account->id, request.params.value(QStringLiteral("id")));
        if (!token || !visible(request, *token)) {
            return notFoundResource(QStringLiteral("tokens"), request.params.value(QStringLiteral("id")));
        }
        token->secret = newSecret(token->kind);
        token->updated = keygenTimestamp(QDateTime::currentDateTimeUtc());
        m_store.updateToken(*token);
        return json(200, QJsonObject{{QStringLiteral("data"), tokenResource(*token, true)}});
    });
    addRoute(QStringLiteral("DELETE"), tokens + QStringLiteral("/:id"), [this, visible](Request &request) {
        const auto token = m_store.token(request.account->id, request.params.value(QStringLiteral("id")));
        if (!token || !visible(request, *token)) {
            return notFoundResource(QStringLiteral("tokens"), request.params.value(QStringLiteral("id")));
        }
        m_store.removeToken(token->accountId, token->id);
        return noContent();
    });
    // Generate: a new token for the current bearer (user and admin tokens expire per Keygen's defaults).
    addRoute(QStringLiteral("POST"), tokens, [this](Request &request) {
        const QJsonObject given = QJsonDocument::fromJson(request.body)
                                      .object()
                                      .value(QStringLiteral("data"))
                                      .toObject()
                                      .value(QStringLiteral("attributes"))
                                      .toObject();
        if (request.passwordLogin) {
            // Signing in: a token for the user (an admin's is an admin token); user tokens last 2 weeks.
            const QString kind = request.bearer.kind == Bearer::Admin ? QStringLiteral("admin-token")
                                                                      : QStringLiteral("user-token");
            QJsonObject attributes = given;
            if (!attributes.contains(QStringLiteral("expiry")) && kind == QLatin1String("admin-token")) {
                attributes.insert(QStringLiteral("expiry"),
                                  keygenTimestamp(QDateTime::currentDateTimeUtc().addDays(14)));
            }
            return issueToken(request, kind, QStringLiteral("users"), request.bearer.id, attributes);
        }
        if (!request.token) {
            return accessDenied();
        }
        return issueToken(request, request.token->kind, request.token->bearerType, request.token->bearerId, given);
    });

    // Tokens for a product, a license (activation tokens) or a user.
    const struct
    {
        const char *type;
        const char *kind;
    } owners[] = {{"products", "product-token"}, {"licenses", "activation-token"}, {"users", "user-token"}};

    for (const auto &owner : owners) {
        const QString type = QLatin1String(owner.type);
        const QString kind = QLatin1String(owner.kind);
        addRoute(QStringLiteral("POST"),
                 QStringLiteral("v1/accounts/:account/") + type + QStringLiteral("/:id/tokens"),
                 [this, type, kind](Request &request) {
            const auto resource = m_store.resource(request.account->id,
                                                   type,
                                                   request.params.value(QStringLiteral("id")));
            if (!resource || !inScope(request.bearer, *resource)) {
                return notFoundResource(type, request.params.value(QStringLiteral("id")));
            }
            // Admins issue any token; a product issues tokens for its own licenses.
            const bool allowed = request.bearer.kind == Bearer::Admin
                              || (request.bearer.kind == Bearer::Product && type == QLatin1String("licenses"));
            if (!allowed) {
                return accessDenied();
            }
            const QJsonObject attributes = QJsonDocument::fromJson(request.body)
                                               .object()
                                               .value(QStringLiteral("data"))
                                               .toObject()
                                               .value(QStringLiteral("attributes"))
                                               .toObject();
            QString effectiveKind = kind;
            if (type == QLatin1String("users")
                && resource->attributes.value(QStringLiteral("role")).toString() == QLatin1String("admin")) {
                effectiveKind = QStringLiteral("admin-token");
            }
            return issueToken(request, effectiveKind, type, resource->id, attributes);
        });
    }
}

Response SandboxServer::issueToken(const Request &request,
                                   const QString &kind,
                                   const QString &bearerType,
                                   const QString &bearerId,
                                   const QJsonObject &attributes)
{
    const QString now = keygenTimestamp(QDateTime::currentDateTimeUtc());
    Token token{newUuid(),
                request.account->id,
                newSecret(kind),
                kind,
                bearerType,
                bearerId,
                attributes.value(QStringLiteral("name")).toString(),
                {},
                now,
                now};
    const QJsonValue expiry = attributes.value(QStringLiteral("expiry"));
    if (expiry.isString()) {
        const QDateTime at = QDateTime::fromString(expiry.toString(), Qt::ISODateWithMs);
        if (!at.isValid()) {
            return error(422,
                         QStringLiteral("must be a valid ISO 8601 timestamp"),
                         QStringLiteral("EXPIRY_INVALID"),
                         QStringLiteral("pointer"),
                         QStringLiteral("/data/attributes/expiry"));
        }
        token.expiry = keygenTimestamp(at);
    } else if (kind == QLatin1String("user-token") && !expiry.isNull()) {
        token.expiry = keygenTimestamp(QDateTime::currentDateTimeUtc().addDays(14)); // Keygen: user tokens last 2 weeks
    }
    if (!m_store.insertToken(token)) {
        return error(500, QStringLiteral("The token could not be stored"));
    }
    return json(201, QJsonObject{{QStringLiteral("data"), tokenResource(token, true)}});
}

} // namespace keydesk::sandbox
