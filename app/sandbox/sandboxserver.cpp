#include "app/sandbox/sandboxserver.h"

#include "app/licensing/crypto.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/listfilters.h"
#include "app/sandbox/resourcespec.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace keydesk::sandbox {

struct SandboxServer::Route
{
    QString method;
    QStringList pattern; // literal segments, or ":name" parameters
    std::function<Response(Request &)> handler;
    bool authenticated = true;
};

namespace {

const char *const kApiVersion = "1.8";

// ---- Pagination -------------------------------------------------------------------------------------------------

// A link to another page: the request's path and query, page parameters replaced, keys sorted, brackets encoded
// (what Rails' to_query produces).
QString pageLink(const Request &request, const QList<QPair<QString, QString>> &page)
{
    QList<QPair<QString, QString>> items;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!item.first.startsWith(QLatin1String("page[")) && item.first != QLatin1String("token")
            && item.first != QLatin1String("auth")) {
            items.append(item);
        }
    }
    items += page;
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    QStringList parts;
    for (const auto &[key, value] : std::as_const(items)) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value)));
    }
    const QString path = QLatin1Char('/') + request.segments.join(QLatin1Char('/'));
    return parts.isEmpty() ? path : path + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

} // namespace

std::variant<Page, Response> paginate(const SandboxStore &store, const Request &request, ListQuery query)
{
    QHash<QString, QString> page;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("page") || key.startsWith(QLatin1String("page["))) {
            const QString name = key.mid(5).chopped(key.endsWith(QLatin1Char(']')) ? 1 : 0);
            if (name != QLatin1String("number") && name != QLatin1String("size") && name != QLatin1String("cursor")) {
                return error(400,
                             QStringLiteral("page must be an object containing a cursor or number and optional size"),
                             {},
                             QStringLiteral("parameter"),
                             QStringLiteral("page"));
            }
            page.insert(name, value);
        }
    }
    const QString order = request.queryValue(QStringLiteral("order"));
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc")) {
        return error(400,
                     QStringLiteral("order must be one of: asc, desc"),
                     {},
                     QStringLiteral("parameter"),
                     QStringLiteral("order"));
    }
    query.ascending = order == QLatin1String("asc");

    bool ok = true;
    int limit = 10;
    if (request.hasQuery(QStringLiteral("limit"))) {
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100) {
            return error(400,
                         QStringLiteral("limit must be a number between 1 and 100"),
                         {},
                         QStringLiteral("parameter"),
                         QStringLiteral("limit"));
        }
    }
    int size = limit;
    if (page.contains(QStringLiteral("size"))) {
        size = page.value(QStringLiteral("size")).toInt(&ok);
        if (!ok || size < 1 || size > 100) {
            return error(400,
                         QStringLiteral("page size must be a number between 1 and 100"),
                         {},
                         QStringLiteral("parameter"),
                         QStringLiteral("page[size]"));
        }
    }

    Page result;
    const QString sizeText = QString::number(size);
    if (page.contains(QStringLiteral("number"))) {
        const int number = page.value(QStringLiteral("number")).toInt(&ok);
        if (!ok || number < 1 || number > 100) {
            return error(400,
                         QStringLiteral("page number must be a number between 1 and 100 (got %1): please use "
                                        "cursor-based pagination for larger data sets")
                             .arg(page.value(QStringLiteral("number"))),
                         {},
                         QStringLiteral("parameter"),
                         QStringLiteral("page[number]"));
        }
        query.limit = size;
        query.offset = (number - 1) * size;
        result.resources = store.list(query);
        const qint64 count = store.count(query);
        const qint64 pages = qMax<qint64>(1, (count + size - 1) / size);
        auto link = [&](qint64 n) {
            return QJsonValue(pageLink(request,
                                       {{QStringLiteral("page[number]"), QString::number(n)},
                                        {QStringLiteral("page[size]"), sizeText}}));
        };
        result.links = {{QStringLiteral("self"), link(number)},
                        {QStringLiteral("prev"), number > 1 ? link(number - 1) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("next"), number < pages ? link(number + 1) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("first"), link(1)},
                        {QStringLiteral("last"), link(pages)},
                        {QStringLiteral("meta"),
                         QJsonObject{{QStringLiteral("pages"), double(pages)},
                                     {QStringLiteral("count"), double(count)}}}};
        return result;
    }
    if (page.contains(QStringLiteral("cursor"))) {
        const QString cursor = page.value(QStringLiteral("cursor"));
        if (!cursor.isEmpty()) {
            const std::optional<qint64> seq = store.seqOf(query.accountId, query.type, cursor);
            if (!seq) {
                return error(400,
                             QStringLiteral("page cursor must be a valid resource identifier"),
                             {},
                             QStringLiteral("parameter"),
                             QStringLiteral("page[cursor]"));
            }
            query.afterSeq = seq;
        }
        query.limit = size + 1; // one more tells whether there is a next page
        result.resources = store.list(query);
        const bool more = result.resources.size() > size;
        if (more) {
            result.resources.removeLast();
        }
        result.links =
            {{QStringLiteral("self"),
              pageLink(request, {{QStringLiteral("page[cursor]"), cursor}, {QStringLiteral("page[size]"), sizeText}})},
             {QStringLiteral("next"),
              more ? QJsonValue(pageLink(request,
                                         {{QStringLiteral("page[cursor]"), result.resources.constLast().id},
                                          {QStringLiteral("page[size]"), sizeText}}))
                   : QJsonValue(QJsonValue::Null)}};
        return result;
    }
    query.limit = limit;
    result.resources = store.list(query);
    return result;
}

namespace {

// ---- Generic resource endpoints ---------------------------------------------------------------------------------

// The attributes of a create or update body, checked against the spec; an error response when not acceptable.
std::variant<QJsonObject, Response> readAttributes(const ResourceSpec &spec, const Request &request, bool creating)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return error(400,
                     QStringLiteral("The request could not be completed because it contains invalid JSON (check "
                                    "encoding)"),
                     QStringLiteral("JSON_INVALID"));
    }
    const QJsonObject data = document.object().value(QStringLiteral("data")).toObject();
    if (data.value(QStringLiteral("type")).toString() != spec.type
        && data.value(QStringLiteral("type")).toString() != spec.type.chopped(1)) {
        return error(400,
                     QStringLiteral("type mismatch (expected %1 got %2)")
                         .arg(spec.type, data.value(QStringLiteral("type")).toString()),
                     {},
                     QStringLiteral("pointer"),
                     QStringLiteral("/data/type"));
    }
    const QJsonObject given = data.value(QStringLiteral("attributes")).toObject();
    QJsonObject accepted;
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        const bool known = (it.key() == QLatin1String("metadata") && spec.metadata)
                        || std::any_of(spec.attributes.cbegin(), spec.attributes.cend(), [&](const AttributeSpec &a) {
                               return a.name == it.key() && a.writable;
                           });
        if (!known) {
            return error(400,
                         QStringLiteral("Unpermitted parameters: /data/attributes/%1").arg(it.key()),
                         {},
                         QStringLiteral("pointer"),
                         QStringLiteral("/data/attributes/") + it.key());
        }
        accepted.insert(it.key(), it.value());
    }
    if (creating) {
        for (const AttributeSpec &attribute : spec.attributes) {
            if (attribute.required
                && (accepted.value(attribute.name).isNull()
                    || accepted.value(attribute.name).toString().trimmed().isEmpty())) {
                return error(422,
                             QStringLiteral("cannot be blank"),
                             snakeUpper(attribute.name) + QStringLiteral("_MISSING"),
                             QStringLiteral("pointer"),
                             QStringLiteral("/data/attributes/") + attribute.name);
            }
        }
    }
    if (accepted.contains(QStringLiteral("metadata")) && !accepted.value(QStringLiteral("metadata")).isObject()) {
        return error(422,
                     QStringLiteral("must be an object"),
                     QStringLiteral("METADATA_INVALID"),
                     QStringLiteral("pointer"),
                     QStringLiteral("/data/attributes/metadata"));
    }
    return accepted;
}

} // namespace

// ---- The server -------------------------------------------------------------------------------------------------

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    addRoutes();
}

SandboxServer::~SandboxServer() = default;

SandboxStore &SandboxServer::store()
{
    return m_store;
}

Account SandboxServer::account() const
{
    return m_account;
}

QString SandboxServer::adminToken() const
{
    return m_adminToken;
}

void SandboxServer::setFaults(const Faults &faults)
{
    m_options.faults = faults;
    m_faultRandom.seed(faults.seed);
}

QUrl SandboxServer::baseUrl() const
{
    return m_baseUrl;
}

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    m_options = options;
    m_faultRandom.seed(options.faults.seed);
    if (!m_store.open(options.dataFile, error)) {
        return false;
    }
    std::optional<Account> account = m_store.account(options.accountSlug);
    if (!account) {
        account = m_store.firstAccount();
    }
    if (!account) {
        // First start: an account with its three signing keys, an admin user and an admin token.
        const QString now = timestamp();
        Account created{newUuid(),
                        options.accountSlug,
                        QStringLiteral("Keydesk Sandbox"),
                        now,
                        now,
                        crypto::PrivateKey::generate(crypto::KeyType::Ed25519).pem(),
                        crypto::PrivateKey::generate(crypto::KeyType::Rsa).pem(),
                        crypto::PrivateKey::generate(crypto::KeyType::EcdsaP256).pem()};
        StoredResource admin;
        admin.id = newUuid();
        admin.accountId = created.id;
        admin.type = QStringLiteral("users");
        admin.created = admin.updated = now;
        admin.alias = QStringLiteral("admin@sandbox.keydesk.example");
        admin.attributes = {{QStringLiteral("fullName"), QStringLiteral("Sandbox Admin")},
                            {QStringLiteral("firstName"), QStringLiteral("Sandbox")},
                            {QStringLiteral("lastName"), QStringLiteral("Admin")},
                            {QStringLiteral("email"), admin.alias},
                            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                            {QStringLiteral("role"), QStringLiteral("admin")},
                            {QStringLiteral("metadata"), QJsonObject()}};
        Token token{newUuid(),
                    created.id,
                    QStringLiteral("admin-") + QString::fromLatin1(crypto::randomBytes(32).toHex())
                        + QStringLiteral("v3"),
                    QStringLiteral("admin-token"),
                    QStringLiteral("users"),
                    admin.id,
                    QStringLiteral("Sandbox admin"),
                    {},
                    now,
                    now};
        QSqlDatabase db = m_store.database();
        db.transaction();
        if (!m_store.insertAccount(created) || !m_store.insertResource(admin) || !m_store.insertToken(token)) {
            db.rollback();
            *error = QStringLiteral("cannot create the sandbox account in %1").arg(options.dataFile);
            return false;
        }
        db.commit();
        account = created;
    }
    m_account = *account;
    m_keys = std::make_unique<Keys>(Keys{crypto::PrivateKey::fromPem(m_account.ed25519PrivatePem),
                                         crypto::PrivateKey::fromPem(m_account.rsaPrivatePem),
                                         crypto::PrivateKey::fromPem(m_account.ecdsaPrivatePem)});
    if (m_keys->ed25519.isNull() || m_keys->rsa.isNull() || m_keys->ecdsa.isNull()) {
        *error = QStringLiteral("the signing keys in %1 cannot be read").arg(options.dataFile);
        return false;
    }
    m_adminToken = m_store.adminToken(m_account.id).value_or(Token()).secret;

    const quint16 port = listen(options.host, options.port);
    if (port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(options.host.toString()).arg(options.port);
        return false;
    }
    m_culler.setInterval(options.cullIntervalMs);
    connect(&m_culler, &QTimer::timeout, this, [this] {
        m_store.cullDeadMachines(m_account.id);
    });
    m_culler.start();
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(options.host.toString());
    m_baseUrl.setPort(port);
    return true;
}

void SandboxServer::addRoutes()
{
    auto route = [this](const char *method,
                        const char *pattern,
                        std::function<Response(Request &)> handler,
                        bool authenticated = true) {
        addRoute(QLatin1String(method), QLatin1String(pattern), std::move(handler), authenticated);
    };
    auto ping = [](Request &) {
        Response response;
        response.contentType.clear();
        return response;
    };
    route("GET", "v1/ping", ping, false);
    route("GET", "v1/accounts/:account/ping", ping, false);

    route("GET", "v1/accounts/:account", [this](Request &request) {
        const Account &account = *request.account;
        const QByteArray rsaPem = m_keys->rsa.publicKey().pem();
        const QByteArray ed25519Hex = m_keys->ed25519.publicKey().spkiDer().right(32).toHex();
        const QJsonObject meta{{QStringLiteral("publicKey"), QString::fromLatin1(rsaPem.toBase64())},
                               {QStringLiteral("keys"),
                                QJsonObject{{QStringLiteral("ed25519"), QString::fromLatin1(ed25519Hex.toBase64())},
                                            {QStringLiteral("rsa2048"), QString::fromLatin1(rsaPem.toBase64())},
                                            {QStringLiteral("ecdsa"),
                                             QString::fromLatin1(m_keys->ecdsa.publicKey().pem().toBase64())}}}};
        const QJsonObject data{{QStringLiteral("id"), account.id},
                               {QStringLiteral("type"), QStringLiteral("accounts")},
                               {QStringLiteral("attributes"),
                                QJsonObject{{QStringLiteral("name"), account.name},
                                            {QStringLiteral("slug"), account.slug},
                                            {QStringLiteral("apiVersion"), QLatin1String(kApiVersion)},
                                            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                            {QStringLiteral("protected"), false},
                                            {QStringLiteral("created"), account.created},
                                            {QStringLiteral("updated"), account.updated}}},
                               {QStringLiteral("meta"), meta},
                               {QStringLiteral("links"),
                                QJsonObject{{QStringLiteral("self"), accountPath(account.id)}}}};
        return json(200, QJsonObject{{QStringLiteral("data"), data}});
    });

    // The current bearer (a user, product or license) and, when a token authenticated, that token.
    route("GET", "v1/accounts/:account/me", [this](Request &request) {
        const Bearer &bearer = request.bearer;
        const ResourceSpec &spec = bearer.kind == Bearer::Product ? productSpec()
                                 : bearer.kind == Bearer::License ? licenseSpec()
                                                                  : userSpec();
        const std::optional<StoredResource> resource = m_store.resource(request.account->id, spec.type, bearer.id);
        if (!resource) {
            return error(401, QStringLiteral("Token is invalid"), QStringLiteral("TOKEN_INVALID"));
        }
        QJsonObject document{{QStringLiteral("data"), serialize(m_store, spec, *resource)}};
        if (request.token) {
            document.insert(QStringLiteral("included"), QJsonArray{tokenResource(*request.token, false)});
        }
        return json(200, document);
    });

    // Releases and artifacts answer their own create, list, retrieve, update and delete (redirects, yank on delete,
    // visibility by distribution strategy and constraints): routes match in order, so theirs come first.
    addReleaseRoutes();
    for (const ResourceSpec *spec : allResourceSpecs()) {
        addResourceRoutes(*spec);
    }
    addLicenseActions();
    addTokenRoutes();
    addRelationshipRoutes(); // after the specific routes: it answers every other related link
}

// The generic create, list, retrieve, update and delete of a resource type.
void SandboxServer::addResourceRoutes(const ResourceSpec &spec)
{
    const QString collection = QStringLiteral("v1/accounts/:account/") + spec.type;
    const QString member = collection + QStringLiteral("/:id");
    auto lookup = [this, &spec](const Request &request) {
        return findInScope(request, spec.type);
    };

    addRoute(QStringLiteral("GET"), collection, [this, &spec](Request &request) {
        ListQuery query;
        query.accountId = request.account->id;
        query.type = spec.type;
        if (!scopeList(request.bearer, spec.type, query)) {
            return accessDenied();
        }
        if (auto problem = readListFilters(m_store, spec, request, query)) {
            return *problem;
        }
        query.storedText = true; // rendered straight from the stored JSON text
        auto page = paginate(m_store, request, query);
        if (auto *response = std::get_if<Response>(&page)) {
            return *response;
        }
        const Page &result = std::get<Page>(page);
        return listResponse(m_store,
                            spec,
                            result.resources,
                            relatedTotals(m_store, spec, result.resources),
                            result.links);
    });

    addRoute(QStringLiteral("POST"), collection, [this, &spec](Request &request) {
        if (!mayWrite(request.bearer, spec.type)) {
            return accessDenied();
        }
        StoredResource resource;
        resource.id = newUuid();
        resource.accountId = request.account->id;
        resource.type = spec.type;
        resource.created = resource.updated = timestamp();
        for (const AttributeSpec &attribute : spec.attributes) {
            resource.attributes.insert(attribute.name, attribute.defaultValue);
        }
        if (spec.metadata) {
            resource.attributes.insert(QStringLiteral("metadata"), QJsonObject());
        }
        resource.links.insert(QStringLiteral("environment"), environmentLink(request.bearer));
        // One transaction: a create that fails leaves nothing behind (not even a key taken from a pool).
        QSqlDatabase db = m_store.database();
        db.transaction();
        if (auto problem = applyBody(spec, request, resource, true)) {
            db.rollback();
            return *problem;
        }
        if (!inScope(request.bearer, resource)) {
            db.rollback();
            return accessDenied(); // e.g. a product creating a license under another product's policy
        }
        if (!m_store.insertResource(resource)) {
            db.rollback();
            return error(500, QStringLiteral("The resource could not be stored"));
        }
        db.commit();
        return single(m_store, 201, spec, resource);
    });

    addRoute(QStringLiteral("GET"), member, [this, &spec, lookup](Request &request) {
        const auto resource = lookup(request);
        return resource ? single(m_store, 200, spec, *resource)
                        : notFoundResource(spec.type, request.params.value(QStringLiteral("id")));
    });

    auto update = [this, &spec, lookup](Request &request) {
        auto resource = lookup(request);
        if (!resource) {
            return notFoundResource(spec.type, request.params.value(QStringLiteral("id")));
        }
        if (!mayWrite(request.bearer, spec.type) || !mayChange(request.bearer, *resource)) {
            return accessDenied();
        }
        resource->updated = timestamp();
        if (auto problem = applyBody(spec, request, *resource, false)) {
            return *problem;
        }
        if (!m_store.updateResource(*resource)) {
            return error(500, QStringLiteral("The resource could not be stored"));
        }
        return single(m_store, 200, spec, *resource);
    };
    addRoute(QStringLiteral("PATCH"), member, update);
    addRoute(QStringLiteral("PUT"), member, update);

    addRoute(QStringLiteral("DELETE"), member, [this, &spec, lookup](Request &request) {
        const auto resource = lookup(request);
        if (!resource) {
            return notFoundResource(spec.type, request.params.value(QStringLiteral("id")));
        }
        if (!mayWrite(request.bearer, spec.type) || !mayChange(request.bearer, *resource)) {
            return accessDenied();
        }
        if (!m_store.removeResource(resource->accountId, spec.type, resource->id)) {
            return notFoundResource(spec.type, request.params.value(QStringLiteral("id")));
        }
        return noContent();
    });
}

// Applies a create or update body to the resource: attributes the spec allows, to-one relationships that exist,
// the alias kept unique; an error response when the body is not acceptable.
std::optional<Response> SandboxServer::applyBody(const ResourceSpec &spec,
                                                 const Request &request,
                                                 StoredResource &resource,
                                                 bool creating)
{
    auto attributes = readAttributes(spec, request, creating);
    if (auto *response = std::get_if<Response>(&attributes)) {
        return *response;
    }
    const QJsonObject given = std::get<QJsonObject>(attributes);
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        resource.attributes.insert(it.key(), it.value()); // metadata is replaced whole, as Keygen does
    }

    const QJsonObject relationships = QJsonDocument::fromJson(request.body)
                                          .object()
                                          .value(QStringLiteral("data"))
                                          .toObject()
                                          .value(QStringLiteral("relationships"))
                                          .toObject();
    for (const RelationshipSpec &relationship : spec.relationships) {
        const QString pointer = QStringLiteral("/data/relationships/") + relationship.name;
        if (!relationship.toOne || !relationship.writable) {
            continue;
        }
        if (relationships.contains(relationship.name)) {
            const QJsonValue data = relationships.value(relationship.name).toObject().value(QStringLiteral("data"));
            if (data.isNull()) {
                resource.links.insert(relationship.name, QJsonValue::Null);
                continue;
            }
            const QString id = data.toObject().value(QStringLiteral("id")).toString();
            const auto related = m_store.resource(resource.accountId, relationship.type, id);
            if (!related || !environmentAllows(request.bearer, *related)) {
                return error(422,
                             QStringLiteral("must exist"),
                             snakeUpper(relationship.name) + QStringLiteral("_NOT_FOUND"),
                             QStringLiteral("pointer"),
                             pointer);
            }
            resource.links.insert(relationship.name, id);
        } else if (creating) {
            resource.links.insert(relationship.name, QJsonValue::Null);
        }
        if (relationship.required && !resource.links.value(relationship.name).isString()) {
            return error(422,
                         QStringLiteral("must exist"),
                         snakeUpper(relationship.name) + QStringLiteral("_NOT_FOUND"), // Keygen: blank is NOT_FOUND
                         QStringLiteral("pointer"),
                         pointer);
        }
    }

    if (spec.prepare) {
        if (const QString problem = spec.prepare(resource, m_store, creating); !problem.isEmpty()) {
            const QStringList parts = problem.split(QLatin1Char('|')); // "CODE|pointer|detail"
            return error(422, parts.value(2), parts.value(0), QStringLiteral("pointer"), parts.value(1));
        }
    }
    resource.alias = spec.aliasAttribute.isEmpty() ? QString()
                                                   : resource.attributes.value(spec.aliasAttribute).toString();
    if (!resource.alias.isEmpty() && spec.uniqueAlias) {
        const auto other = m_store.resource(resource.accountId, spec.type, resource.alias);
        if (other && other->id != resource.id) {
            return error(422,
                         QStringLiteral("has already been taken"),
                         snakeUpper(spec.aliasAttribute) + QStringLiteral("_TAKEN"),
                         QStringLiteral("pointer"),
                         QStringLiteral("/data/attributes/") + spec.aliasAttribute);
        }
    }
    return std::nullopt;
}

void SandboxServer::addRoute(const QString &method,
                             const QString &pattern,
                             std::function<Response(Request &)> handler,
                             bool authenticated)
{
    m_routes.push_back(
        Route{method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), authenticated});
}

Response SandboxServer::dispatch(Request &request)
{
    const Route *matched = nullptr;
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.pattern.size() != request.segments.size()) {
            continue;
        }
        QHash<QString, QString> params;
        bool same = true;
        for (qsizetype i = 0; i < route.pattern.size() && same; ++i) {
            const QString &part = route.pattern.at(i);
            if (part.startsWith(QLatin1Char(':'))) {
                params.insert(part.mid(1), request.segments.at(i));
            } else {
                same = part == request.segments.at(i);
            }
        }
        if (!same) {
            continue;
        }
        pathMatched = true;
        if (route.method == request.method) {
            matched = &route;
            request.params = params;
            break;
        }
    }
    if (!matched) {
        Q_UNUSED(pathMatched); // Keygen answers a wrong method like an unknown path
        return notFoundEndpoint();
    }

    if (request.params.contains(QStringLiteral("account"))) {
        const QString account = request.params.value(QStringLiteral("account"));
        request.account = account == m_account.id || account == m_account.slug ? std::optional<Account>(m_account)
                                                                               : m_store.account(account);
        if (!request.account) {
            return error(404,
                         QStringLiteral("The requested account '%1' was not found")
                             .arg(request.params.value(QStringLiteral("account"))),
                         QStringLiteral("NOT_FOUND"));
        }
    }
    if (request.account) {
        // Keygen-Accept-Signature: keyid="…", algorithm="…" (default ed25519); checked before anything happens.
        const QByteArray accept = request.headers.value("keygen-accept-signature");
        if (!accept.isEmpty()) {
            static const QRegularExpression re(QStringLiteral("^(keyid=\"(?<keyid>[^\"]+)\")?(\\s*,\\s*)?"
                                                              "(algorithm=\"(?<algorithm>[^\"]+)\")(\\s*;\\s*)?$"),
                                               QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch match = re.match(QString::fromLatin1(accept));
            QString problem;
            if (!match.hasMatch()) {
                problem = QStringLiteral("malformed");
            } else if (!signatureAlgorithm(match.captured(QStringLiteral("algorithm")).toLower())) {
                problem = QStringLiteral("unsupported algorithm");
            } else if (!match.captured(QStringLiteral("keyid")).isEmpty()
                       && match.captured(QStringLiteral("keyid")) != request.account->id) {
                problem = QStringLiteral("keyid not found");
            }
            if (!problem.isEmpty()) {
                return error(400,
                             QStringLiteral("invalid accept-signature header (%1)").arg(problem),
                             {},
                             QStringLiteral("header"),
                             QStringLiteral("Keygen-Accept-Signature"));
            }
            request.signatureAlgorithm = match.captured(QStringLiteral("algorithm")).toLower();
        }
    }
    std::optional<StoredResource> environment;
    if (request.account) {
        // Keygen-Environment (or ?environment=): an environment's code or id; blank or unknown is a bad request.
        const bool given = request.headers.contains("keygen-environment")
                        || request.hasQuery(QStringLiteral("environment"));
        if (given) {
            const QString name = request.headers.contains("keygen-environment")
                                   ? QString::fromUtf8(request.headers.value("keygen-environment")).trimmed()
                                   : request.queryValue(QStringLiteral("environment")).trimmed();
            environment = name.isEmpty() ? std::nullopt
                                         : m_store.resource(request.account->id, QStringLiteral("environments"), name);
            if (!environment) {
                return error(400,
                             QStringLiteral("environment is invalid"),
                             QStringLiteral("ENVIRONMENT_INVALID"),
                             QStringLiteral("header"),
                             QStringLiteral("Keygen-Environment"));
            }
            request.environmentCode = environment->alias;
        }
        if (auto problem = authenticate(request)) {
            return *problem;
        }
        if (environment) {
            request.bearer.environmentId = environment->id;
            request.bearer.environmentShared = environment->attributes.value(QStringLiteral("isolationStrategy"))
                                            == QLatin1String("SHARED");
        }
        if (auto problem = enterEnvironment(request)) {
            return *problem;
        }
    }
    if (matched->authenticated && request.bearer.kind == Bearer::Anonymous) {
        return error(401, QStringLiteral("An authentication token is required"), QStringLiteral("TOKEN_MISSING"));
    }
    return matched->handler(request);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    Request request;
    request.method = QString::fromLatin1(
                         QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(httpRequest.method())))
                         .toUpper();
    const QUrl url = httpRequest.url();
    request.target = url.path(QUrl::FullyEncoded);
    if (url.hasQuery()) {
        request.target += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    }
    request.segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    request.query = QUrlQuery(url);
    for (const auto &[name, value] : httpRequest.headers()) {
        request.headers.insert(name.toLower(), value);
    }
    request.body = httpRequest.body();

    // Injected faults come first, so that a failed request never has an effect (a client may retry it).
    const Faults &faults = m_options.faults;
    if (faults.dropRate > 0 && m_faultRandom.generateDouble() < faults.dropRate) {
        socket->abort();
        return true;
    }
    Response response;
    if (faults.errorRate > 0 && m_faultRandom.generateDouble() < faults.errorRate) {
        response = error(503,
                         QStringLiteral("The service is temporarily unavailable (fault injected by the sandbox)"),
                         QStringLiteral("SERVICE_UNAVAILABLE"));
    } else {
        QList<QPair<QByteArray, QByteArray>> rateHeaders;
        if (!rateLimited(httpRequest.remoteAddress(), response, rateHeaders)) {
            response = dispatch(request);
        }
        response.headers += rateHeaders;
    }
    finish(httpRequest, socket, request, response);
    return true;
}

// Keygen's X-RateLimit-* headers on every response while limits are on; 429 with Retry-After past the limit.
bool SandboxServer::rateLimited(const QHostAddress &client,
                                Response &response,
                                QList<QPair<QByteArray, QByteArray>> &headers)
{
    const RateLimit &limit = m_options.rateLimit;
    if (limit.limit <= 0) {
        return false;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 windowStart = now - now % limit.windowSeconds;
    auto &[start, count] = m_rateWindows[client.toString()];
    if (start != windowStart) {
        start = windowStart;
        count = 0;
    }
    ++count;
    const qint64 reset = windowStart + limit.windowSeconds;
    const bool over = count > limit.limit;
    if (over) {
        response = error(429,
                         QStringLiteral("Throttle limit has been reached for your IP address."),
                         QStringLiteral("TOO_MANY_REQUESTS"));
        addHeader(response, "Retry-After", QByteArray::number(qMax<qint64>(1, reset - now)));
    }
    headers = {
        {"X-RateLimit-Window",
         limit.windowSeconds % 3600 == 0 ? QByteArray::number(limit.windowSeconds / 3600) + 'h'
         : limit.windowSeconds % 60 == 0 ? QByteArray::number(limit.windowSeconds / 60) + 'm'
                                         : QByteArray::number(limit.windowSeconds) + 's'},
        {"X-RateLimit-Count", QByteArray::number(count)},
        {"X-RateLimit-Limit", QByteArray::number(limit.limit)},
        {"X-RateLimit-Remaining", QByteArray::number(qMax(0, limit.limit - count))},
        {"X-RateLimit-Reset", QByteArray::number(reset)},
    };
    return over;
}

std::optional<RateLimit> parseRateLimit(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)/(\\d*)([smh])$"));
    const QRegularExpressionMatch match = re.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    RateLimit limit;
    limit.limit = match.captured(1).toInt();
    const int count = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
    const int unit = match.captured(3) == QLatin1String("h") ? 3600 : match.captured(3) == QLatin1String("m") ? 60 : 1;
    limit.windowSeconds = count * unit;
    if (limit.limit <= 0 || limit.windowSeconds <= 0) {
        return std::nullopt;
    }
    return limit;
}

std::optional<Faults> parseFaults(const QString &text)
{
    Faults faults;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        bool ok = false;
        if (name == QLatin1String("latency")) {
            faults.latencyMs = value.toInt(&ok);
            ok = ok && faults.latencyMs >= 0;
        } else if (name == QLatin1String("error-rate")) {
            faults.errorRate = value.toDouble(&ok);
            ok = ok && faults.errorRate >= 0 && faults.errorRate <= 1;
        } else if (name == QLatin1String("drop-rate")) {
            faults.dropRate = value.toDouble(&ok);
            ok = ok && faults.dropRate >= 0 && faults.dropRate <= 1;
        } else if (name == QLatin1String("seed")) {
            faults.seed = value.toUInt(&ok);
        }
        if (!ok) {
            return std::nullopt;
        }
    }
    return faults;
}

void SandboxServer::missingHandler(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    Request request;
    Response response = notFoundEndpoint();
    finish(httpRequest, socket, request, response);
}

// Adds Keygen's headers and, once an account is known, the response signature (wire formats §3), then sends.
void SandboxServer::finish(const QHttpServerRequest &httpRequest,
                           QTcpSocket *socket,
                           Request &request,
                           Response &response)
{
    const QString date = httpDate(QDateTime::currentDateTimeUtc());
    addHeader(response, "Date", date.toLatin1());
    addHeader(response, "Keygen-Version", kApiVersion);
    addHeader(response, "Keygen-Edition", "EE"); // environments and permissions are Keygen EE features
    addHeader(response, "Keygen-Environment", request.environmentCode.toUtf8());
    addHeader(response, "Keygen-Mode", "singleplayer");
    addHeader(response, "Cache-Control", "no-transform, no-store, max-age=0");

    if (request.account) {
        const QString &algorithmName = request.signatureAlgorithm;
        const auto algorithm = *signatureAlgorithm(algorithmName);
        const QByteArray bodyDigest = "sha-256=" + crypto::sha256(response.body).toBase64();
        QByteArray host = request.headers.value("host");
        if (const qsizetype colon = host.lastIndexOf(':'); colon > 0 && !host.endsWith(']')) {
            host.truncate(colon);
        }
        const QByteArray signingString = "(request-target): " + request.method.toLower().toLatin1() + ' '
                                       + (request.target.isEmpty() ? QByteArray("/") : request.target.toLatin1())
                                       + "\nhost: " + host + "\ndate: " + date.toLatin1() + "\ndigest: " + bodyDigest;
        const QByteArray signature = signingKey(algorithm).sign(algorithm, signingString).toBase64();
        addHeader(response, "Digest", bodyDigest);
        addHeader(response,
                  "Keygen-Signature",
                  "keyid=\"" + request.account->id.toLatin1() + "\", algorithm=\"" + algorithmName.toLatin1()
                      + "\", signature=\"" + signature + "\", headers=\"(request-target) host date digest\"");
        addHeader(response, "Keygen-Account", request.account->id.toLatin1());
    } else {
        addHeader(response, "Digest", "sha-256=" + crypto::sha256(response.body).toBase64());
    }
    if (!response.contentType.isEmpty()) {
        addHeader(response, "Content-Type", response.contentType);
    }

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket));
    auto send = [responder, response, socket = QPointer<QTcpSocket>(socket)] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            return; // the client gave up meanwhile
        }
        responder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        for (const auto &[name, value] : std::as_const(response.headers)) {
            responder->writeHeader(name, value);
        }
        responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
        // The responder copies a body into the socket's buffer; a QByteArray written to the socket itself is shared
        // (a list page is a quarter of a megabyte). writeBody() with nothing ends the header block first.
        responder->writeBody(QByteArray());
        socket->write(response.body);
    };
    if (m_options.faults.latencyMs > 0) {
        QTimer::singleShot(m_options.faults.latencyMs, this, send);
    } else {
        send();
    }
}

} // namespace keydesk::sandbox
