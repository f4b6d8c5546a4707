#include "app/api/requests.h"

#include <QJsonDocument>

namespace keydesk::api::requests {

namespace {

QByteArray metaBody(const QJsonObject &meta)
{
    return meta.isEmpty() ? QByteArray()
                          : QJsonDocument(QJsonObject{{QStringLiteral("meta"), meta}}).toJson(QJsonDocument::Compact);
}

QByteArray identifiersBody(const QList<ResourceIdentifier> &members)
{
    QJsonArray data;
    for (const ResourceIdentifier &member : members) {
        data.append(member.toJson());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
}

QString encode(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString member(const QString &type, const QString &id)
{
    return type + QLatin1Char('/') + encode(id);
}

QJsonObject validationMeta(const QJsonObject &scope, std::optional<qint64> nonce)
{
    QJsonObject meta;
    if (!scope.isEmpty()) {
        meta.insert(QStringLiteral("scope"), scope);
    }
    if (nonce) {
        meta.insert(QStringLiteral("nonce"), double(*nonce));
    }
    return meta;
}

} // namespace

ApiRequest ping()
{
    return ApiRequest::get(QStringLiteral("/v1/ping"));
}

ApiRequest account()
{
    return ApiRequest::get(QString());
}

ApiRequest me()
{
    return ApiRequest::get(QStringLiteral("me"));
}

ApiRequest list(const QString &type, const QUrlQuery &filters)
{
    return ApiRequest::get(type, filters);
}

ApiRequest retrieve(const QString &type, const QString &idOrKey)
{
    return ApiRequest::get(member(type, idOrKey));
}

ApiRequest create(const Resource &resource)
{
    return ApiRequest::post(resource.type(), resource.toRequestBody());
}

ApiRequest update(const Resource &changes)
{
    return ApiRequest::patch(member(changes.type(), changes.id()), changes.toRequestBody());
}

ApiRequest destroy(const QString &type, const QString &id)
{
    return ApiRequest::remove(member(type, id));
}

ApiRequest action(const QString &type, const QString &id, const QString &action, const QJsonObject &meta)
{
    return ApiRequest::post(member(type, id) + QStringLiteral("/actions/") + action, metaBody(meta));
}

ApiRequest revokeLicense(const QString &id)
{
    return ApiRequest::remove(member(QStringLiteral("licenses"), id) + QStringLiteral("/actions/revoke"));
}

ApiRequest validate(const QString &licenseId, const QJsonObject &scope, std::optional<qint64> nonce)
{
    return action(QStringLiteral("licenses"), licenseId, QStringLiteral("validate"), validationMeta(scope, nonce));
}

ApiRequest validateKey(const QString &key, const QJsonObject &scope, std::optional<qint64> nonce)
{
    QJsonObject meta = validationMeta(scope, nonce);
    meta.insert(QStringLiteral("key"), key);
    return ApiRequest::post(QStringLiteral("licenses/actions/validate-key"), metaBody(meta));
}

ApiRequest checkOut(const QString &type, const QString &id, const CheckOut &options)
{
    QUrlQuery query;
    if (options.noExpiry) {
        query.addQueryItem(QStringLiteral("ttl"), QStringLiteral("null"));
    } else if (options.ttl) {
        query.addQueryItem(QStringLiteral("ttl"), QString::number(*options.ttl));
    }
    if (!options.include.isEmpty()) {
        query.addQueryItem(QStringLiteral("include"), options.include.join(QLatin1Char(',')));
    }
    if (options.encrypt) {
        query.addQueryItem(QStringLiteral("encrypt"), QStringLiteral("true"));
    }
    if (!options.algorithm.isEmpty()) {
        query.addQueryItem(QStringLiteral("algorithm"), options.algorithm);
    }
    const QString path = member(type, id) + QStringLiteral("/actions/check-out");
    ApiRequest request = options.raw ? ApiRequest::get(path, query) : ApiRequest::post(path);
    request.query = query;
    request.expectDocument = !options.raw;
    return request;
}

ApiRequest related(const QString &type, const QString &id, const QString &relationship, const QUrlQuery &query)
{
    return ApiRequest::get(member(type, id) + QLatin1Char('/') + relationship, query);
}

ApiRequest attach(const QString &type,
                  const QString &id,
                  const QString &relationship,
                  const QList<ResourceIdentifier> &members)
{
    return ApiRequest::post(member(type, id) + QLatin1Char('/') + relationship, identifiersBody(members));
}

ApiRequest detach(const QString &type,
                  const QString &id,
                  const QString &relationship,
                  const QList<ResourceIdentifier> &members)
{
    return ApiRequest::remove(member(type, id) + QLatin1Char('/') + relationship, identifiersBody(members));
}

ApiRequest change(const QString &type, const QString &id, const QString &relationship, const ResourceIdentifier &target)
{
    const QJsonValue data = target.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(target.toJson());
    return ApiRequest::put(member(type, id) + QLatin1Char('/') + relationship,
                           QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact));
}

ApiRequest popPoolKey(const QString &policyId)
{
    ApiRequest request = ApiRequest::remove(member(QStringLiteral("policies"), policyId) + QStringLiteral("/pool"));
    request.idempotent = false; // each pop takes another key
    return request;
}

ApiRequest tokens(const QUrlQuery &query)
{
    return ApiRequest::get(QStringLiteral("tokens"), query);
}

ApiRequest generateToken(const QString &bearerType,
                         const QString &bearerId,
                         const QString &name,
                         const QDateTime &expiry)
{
    QJsonObject attributes;
    if (!name.isEmpty()) {
        attributes.insert(QStringLiteral("name"), name);
    }
    if (expiry.isValid()) {
        attributes.insert(QStringLiteral("expiry"), expiry.toUTC().toString(Qt::ISODateWithMs));
    }
    const QJsonObject data{{QStringLiteral("type"), QStringLiteral("tokens")},
                           {QStringLiteral("attributes"), attributes}};
    return ApiRequest::post(member(bearerType, bearerId) + QStringLiteral("/tokens"),
                            QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact));
}

ApiRequest regenerateToken(const QString &tokenId)
{
    ApiRequest request = ApiRequest::put(member(QStringLiteral("tokens"), tokenId), {});
    request.idempotent = false; // each regeneration makes another secret
    return request;
}

ApiRequest revokeToken(const QString &tokenId)
{
    return ApiRequest::remove(member(QStringLiteral("tokens"), tokenId));
}

} // namespace keydesk::api::requests
