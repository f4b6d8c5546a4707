// Releases and their artifacts: specs, publish and yank, artifacts under a release, entitlement constraints, upgrades,
// and the sandbox's stand-in for Keygen's storage (upload and download links).

#include "app/licensing/crypto.h"
#include "app/licensing/issuing.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/listfilters.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <functional>

namespace keydesk::sandbox {

namespace {

const char *const kConstraintType = "release-entitlement-constraints";
constexpr qint64 kMaxFilesize = 5LL * 1024 * 1024 * 1024; // 5 GiB
constexpr qint64 kLinkTtl = 3600;                         // upload and download links last an hour
constexpr qint64 kMinLinkTtl = 60;
constexpr qint64 kMaxLinkTtl = 7 * 86400;

QString linkOf(const StoredResource &resource, const char *name)
{
    return resource.links.value(QLatin1String(name)).toString();
}

QString attribute(const StoredResource &resource, const char *name)
{
    return resource.attributes.value(QLatin1String(name)).toString();
}

QStringList channels()
{
    return {QStringLiteral("stable"),
            QStringLiteral("rc"),
            QStringLiteral("beta"),
            QStringLiteral("alpha"),
            QStringLiteral("dev")};
}

// Keygen's channel filter and upgrade rule: a channel includes the more stable ones, except dev.
QStringList channelsIncluding(const QString &channel)
{
    if (channel == QLatin1String("dev")) {
        return {channel};
    }
    const QStringList all = channels();
    const qsizetype at = all.indexOf(channel);
    return at < 0 ? QStringList() : all.mid(0, at + 1);
}

// ---- Semantic versions ------------------------------------------------------------------------------------------

struct Semver
{
    qint64 major = 0;
    qint64 minor = 0;
    qint64 patch = 0;
    QString prerelease; // without the "-"
    QString build;      // without the "+"
};

// A SemVer 2.0 version ("1.2.3-beta.1+build.5"), no "v" prefix.
std::optional<Semver> parseSemver(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(0|[1-9]\\d{0,15})\\.(0|[1-9]\\d{0,15})\\.(0|[1-9]\\d{0,15})"
        "(?:-((?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*))?"
        "(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$"));
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return Semver{match.captured(1).toLongLong(),
                  match.captured(2).toLongLong(),
                  match.captured(3).toLongLong(),
                  match.captured(4),
                  match.captured(5)};
}

// Dot-separated identifiers as SemVer orders them: numbers numerically and below words, a shorter list first.
int compareIdentifiers(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMin(left.size(), right.size()); ++i) {
        bool leftNumeric = false;
        bool rightNumeric = false;
        const qint64 l = left.at(i).toLongLong(&leftNumeric);
        const qint64 r = right.at(i).toLongLong(&rightNumeric);
        if (leftNumeric && rightNumeric) {
            if (l != r) {
                return l < r ? -1 : 1;
            }
        } else if (leftNumeric != rightNumeric) {
            return leftNumeric ? -1 : 1;
        } else if (const int c = QString::compare(left.at(i), right.at(i)); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return left.size() == right.size() ? 0 : (left.size() < right.size() ? -1 : 1);
}

// SemVer precedence; build metadata breaks ties (Keygen upgrades +build.1 to +build.2).
int compareSemver(const Semver &a, const Semver &b)
{
    for (const auto &[l, r] : {std::pair{a.major, b.major}, std::pair{a.minor, b.minor}, std::pair{a.patch, b.patch}}) {
        if (l != r) {
            return l < r ? -1 : 1;
        }
    }
    if (a.prerelease != b.prerelease) {
        if (a.prerelease.isEmpty() || b.prerelease.isEmpty()) {
            return a.prerelease.isEmpty() ? 1 : -1;
        }
        return compareIdentifiers(a.prerelease, b.prerelease);
    }
    if (a.build != b.build) {
        if (a.build.isEmpty() || b.build.isEmpty()) {
            return a.build.isEmpty() ? -1 : 1;
        }
        return compareIdentifiers(a.build, b.build);
    }
    return 0;
}

Semver semverOf(const StoredResource &release)
{
    return parseSemver(attribute(release, "version")).value_or(Semver());
}

QJsonObject semverObject(const Semver &semver)
{
    auto nullable = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return {{QStringLiteral("major"), semver.major},
            {QStringLiteral("minor"), semver.minor},
            {QStringLiteral("patch"), semver.patch},
            {QStringLiteral("prerelease"), nullable(semver.prerelease)},
            {QStringLiteral("build"), nullable(semver.build)}};
}

// A prerelease or build tag as Keygen sorts it: its words, and the number that ends it ("beta.2": "beta", 2).
QPair<QString, QString> tagParts(const QString &tag)
{
    QStringList words = tag.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    QString number;
    bool numeric = false;
    if (!words.isEmpty()) {
        words.constLast().toLongLong(&numeric);
        if (numeric) {
            number = words.takeLast();
        }
    }
    return {words.join(QLatin1Char('.')), number};
}

// ---- Validation -------------------------------------------------------------------------------------------------

QString problem(const char *code, const QString &pointer, const QString &detail)
{
    return QLatin1String(code) + QLatin1Char('|') + pointer + QLatin1Char('|') + detail;
}

QList<StoredResource> listAll(const SandboxStore &store,
                              const QString &accountId,
                              const QString &type,
                              const QList<QPair<QString, QString>> &linkFilters = {})
{
    ListQuery query;
    query.accountId = accountId;
    query.type = type;
    query.limit = 1000000;
    query.linkFilters = linkFilters;
    return store.list(query);
}

// The release model: a SemVer version that fits the channel (a prerelease channel wants "x.y.z-<channel>.n",
// stable none), the version and tag unique per product, the semver object derived.
QString prepareRelease(StoredResource &release, const SandboxStore &store, bool)
{
    QJsonObject &a = release.attributes;
    const QString version = a.value(QStringLiteral("version")).toString();
    const std::optional<Semver> semver = parseSemver(version);
    const QString versionPointer = QStringLiteral("/data/attributes/version");
    if (!semver) {
        return problem("VERSION_INVALID", versionPointer, QStringLiteral("must be a valid version"));
    }
    const QString channel = a.value(QStringLiteral("channel")).toString();
    if (!channels().contains(channel)) {
        return problem("CHANNEL_NOT_ALLOWED",
                       QStringLiteral("/data/attributes/channel"),
                       QStringLiteral("unsupported channel"));
    }
    const QStringList prereleaseChannels = channels().mid(1);
    if (!semver->prerelease.isEmpty()
        && std::none_of(prereleaseChannels.cbegin(), prereleaseChannels.cend(), [&](const QString &prerelease) {
               return semver->prerelease.startsWith(prerelease);
           })) {
        return problem("VERSION_CHANNEL_INVALID", versionPointer, QStringLiteral("must be a valid channel"));
    }
    if (channel == QLatin1String("stable") && !semver->prerelease.isEmpty()) {
        return problem("VERSION_CHANNEL_INVALID",
                       versionPointer,
                       QStringLiteral("version does not match stable channel (expected x.y.z got %1)").arg(version));
    }
    if (channel != QLatin1String("stable") && !semver->prerelease.startsWith(channel)) {
        return problem("VERSION_CHANNEL_INVALID",
                       versionPointer,
                       QStringLiteral("version does not match prerelease channel (expected x.y.z-%1.n got %2)")
                           .arg(channel, version));
    }
    const QString status = a.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("DRAFT") && status != QLatin1String("PUBLISHED") && status != QLatin1String("YANKED")) {
        return problem("STATUS_NOT_ALLOWED",
                       QStringLiteral("/data/attributes/status"),
                       QStringLiteral("unsupported status"));
    }
    a.insert(QStringLiteral("semver"), semverObject(*semver));
    if (a.value(QStringLiteral("tag")).isString() && a.value(QStringLiteral("tag")).toString().trimmed().isEmpty()) {
        a.insert(QStringLiteral("tag"), QJsonValue::Null);
    }
    const QJsonValue backdated = a.value(QStringLiteral("backdated"));
    if (!backdated.isNull() && !backdated.isUndefined()) {
        const QDateTime at = QDateTime::fromString(backdated.toString(), Qt::ISODateWithMs);
        if (!at.isValid()) {
            return problem("BACKDATED_INVALID",
                           QStringLiteral("/data/attributes/backdated"),
                           QStringLiteral("must be a valid ISO 8601 timestamp"));
        }
        a.insert(QStringLiteral("backdated"), keygenTimestamp(at));
    }
    const QString tag = a.value(QStringLiteral("tag")).toString();
    for (const StoredResource &other : listAll(store,
                                               release.accountId,
                                               QStringLiteral("releases"),
                                               {{QStringLiteral("product"), linkOf(release, "product")}})) {
        if (other.id == release.id) {
            continue;
        }
        if (attribute(other, "version") == version) {
            return problem("VERSION_TAKEN", versionPointer, QStringLiteral("version already exists"));
        }
        if (!tag.isEmpty() && attribute(other, "tag") == tag) {
            return problem("TAG_TAKEN", QStringLiteral("/data/attributes/tag"), QStringLiteral("tag already exists"));
        }
    }
    return {};
}

// The artifact model: its product is its release's; filetype, platform and arch are lower-case keys (blank: none);
// the filename ends in the filetype's extension and is unique in its release; at most 5 GiB.
QString prepareArtifact(StoredResource &artifact, const SandboxStore &store, bool)
{
    QJsonObject &a = artifact.attributes;
    const auto release = store.resource(artifact.accountId, QStringLiteral("releases"), linkOf(artifact, "release"));
    if (!release) {
        return problem("RELEASE_NOT_FOUND",
                       QStringLiteral("/data/relationships/release"),
                       QStringLiteral("must exist"));
    }
    artifact.links.insert(QStringLiteral("product"), release->links.value(QStringLiteral("product")));
    const QString filename = a.value(QStringLiteral("filename")).toString();
    const QString filenamePointer = QStringLiteral("/data/attributes/filename");
    if (filename.size() > 255) {
        return problem("FILENAME_TOO_LONG", filenamePointer, QStringLiteral("is too long (maximum is 255 characters)"));
    }
    for (const char *name : {"filetype", "platform", "arch"}) {
        if (!a.value(QLatin1String(name)).isString()) {
            continue;
        }
        QString key = a.value(QLatin1String(name)).toString().trimmed().toLower();
        if (qstrcmp(name, "filetype") == 0 && key.startsWith(QLatin1Char('.'))) {
            key.remove(0, 1);
        }
        a.insert(QLatin1String(name), key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key));
    }
    const QString filetype = a.value(QStringLiteral("filetype")).toString();
    if (!filetype.isEmpty() && filename.contains(QLatin1Char('.'))
        && !filename.toLower().endsWith(QLatin1Char('.') + filetype)) {
        return problem("FILENAME_EXTENSION_INVALID",
                       filenamePointer,
                       QStringLiteral("filename extension does not match filetype (expected %1)").arg(filetype));
    }
    const QJsonValue filesize = a.value(QStringLiteral("filesize"));
    if (filesize.isDouble() && filesize.toDouble() < 0) {
        return problem("FILESIZE_INVALID",
                       QStringLiteral("/data/attributes/filesize"),
                       QStringLiteral("must be greater than or equal to 0"));
    }
    if (filesize.isDouble() && filesize.toDouble() > double(kMaxFilesize)) {
        return problem("FILESIZE_INVALID",
                       QStringLiteral("/data/attributes/filesize"),
                       QStringLiteral("must be less than or equal to %1").arg(kMaxFilesize));
    }
    for (const StoredResource &other :
         listAll(store, artifact.accountId, QStringLiteral("artifacts"), {{QStringLiteral("release"), release->id}})) {
        if (other.id != artifact.id && attribute(other, "filename") == filename) {
            return problem("FILENAME_TAKEN", filenamePointer, QStringLiteral("already exists"));
        }
    }
    return {};
}

// ---- Who sees what ----------------------------------------------------------------------------------------------

// How a license, a user or an anonymous caller reaches releases (Keygen's for_license, for_user and open scopes):
// through its licenses, their products and the entitlements they hold.
struct Reach
{
    Bearer::Kind kind = Bearer::Anonymous;
    QList<StoredResource> licenses; // the license itself, or the user's licenses
    QStringList products;
    QStringList entitlements; // ids, of all the licenses together
};

Reach reachOf(const SandboxStore &store, const Request &request)
{
    Reach reach;
    reach.kind = request.bearer.kind;
    if (reach.kind == Bearer::License) {
        if (auto license = store.resource(request.account->id, QStringLiteral("licenses"), request.bearer.id)) {
            reach.licenses.append(*license);
        }
    } else if (reach.kind == Bearer::User) {
        // The licenses it owns and those it was attached to.
        ListQuery query;
        query.accountId = request.account->id;
        query.type = QStringLiteral("licenses");
        query.limit = 100000;
        query.conditions << QStringLiteral("json_extract(resources.links, '$.owner') = ? OR EXISTS (SELECT 1 FROM "
                                           "resources j WHERE j.account_id = resources.account_id AND j.type = ? AND "
                                           "json_extract(j.links, '$.license') = resources.id AND "
                                           "json_extract(j.links, '$.user') = ?)");
        query.conditionValues << request.bearer.id << licenseUserSpec().type << request.bearer.id;
        reach.licenses = store.list(query);
    }
    for (const StoredResource &license : std::as_const(reach.licenses)) {
        if (!reach.products.contains(linkOf(license, "product"))) {
            reach.products.append(linkOf(license, "product"));
        }
        for (const StoredResource &entitlement : licenseEntitlements(store, license)) {
            if (!reach.entitlements.contains(entitlement.id)) {
                reach.entitlements.append(entitlement.id);
            }
        }
    }
    return reach;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

// SQL over a release row named `t`: its product's distribution strategy.
QString strategySql(const QString &t)
{
    return QStringLiteral("(SELECT json_extract(p.attributes, '$.distributionStrategy') FROM resources p WHERE "
                          "p.account_id = %1.account_id AND p.type = 'products' AND p.id = json_extract(%1.links, "
                          "'$.product'))")
        .arg(t);
}

// SQL over a release row named `t`: its constraints (on entitlements that still exist).
QString constraintsSql(const QString &t)
{
    return QStringLiteral("SELECT 1 FROM resources c WHERE c.account_id = %1.account_id AND c.type = '%2' AND "
                          "json_extract(c.links, '$.release') = %1.id AND EXISTS (SELECT 1 FROM resources e WHERE "
                          "e.account_id = c.account_id AND e.type = 'entitlements' AND e.id = json_extract(c.links, "
                          "'$.entitlement'))")
        .arg(t, QLatin1String(kConstraintType));
}

// The releases (row `t`) a licensee or anonymous caller may see: published ones of OPEN products, and of LICENSED
// products it holds a license for, when it holds every entitlement the release is constrained to.
void releaseReachSql(const QString &t, const Reach &reach, QString &sql, QVariantList &values)
{
    sql += QStringLiteral("json_extract(%1.attributes, '$.status') = 'PUBLISHED' AND (%2 = 'OPEN'")
               .arg(t, strategySql(t));
    if (reach.kind != Bearer::Anonymous && !reach.products.isEmpty()) {
        sql += QStringLiteral(" OR (COALESCE(%1, 'LICENSED') = 'LICENSED' AND json_extract(%2.links, '$.product') IN "
                              "(%3) AND NOT EXISTS (%4")
                   .arg(strategySql(t), t, placeholders(reach.products.size()), constraintsSql(t));
        for (const QString &product : reach.products) {
            values << product;
        }
        if (!reach.entitlements.isEmpty()) {
            sql += QStringLiteral(" AND json_extract(c.links, '$.entitlement') NOT IN (%1)")
                       .arg(placeholders(reach.entitlements.size()));
            for (const QString &entitlement : reach.entitlements) {
                values << entitlement;
            }
        }
        sql += QStringLiteral("))");
    }
    sql += QLatin1Char(')');
}

void addCondition(ListQuery &query, const QString &sql, const QVariantList &values = {})
{
    query.conditions << sql;
    query.conditionValues += values;
}

// Narrows a list of releases or artifacts to what a licensee or anonymous caller may see; artifacts also only
// when uploaded (and, for anonymous callers, of releases without constraints).
void addReach(ListQuery &query, const Reach &reach)
{
    QString sql;
    QVariantList values;
    if (query.type == QLatin1String("releases")) {
        releaseReachSql(QStringLiteral("resources"), reach, sql, values);
        addCondition(query, sql, values);
        return;
    }
    sql = QStringLiteral("EXISTS (SELECT 1 FROM resources r WHERE r.account_id = resources.account_id AND r.type = "
                         "'releases' AND r.id = json_extract(resources.links, '$.release') AND ");
    releaseReachSql(QStringLiteral("r"), reach, sql, values);
    if (reach.kind == Bearer::Anonymous) {
        sql += QStringLiteral(" AND NOT EXISTS (%1)").arg(constraintsSql(QStringLiteral("r")));
    }
    sql += QLatin1Char(')');
    addCondition(query, sql, values);
    addCondition(query, QStringLiteral("json_extract(resources.attributes, '$.status') = 'UPLOADED'"));
}

// Ids of the entitlements a release is constrained to (that still exist).
QStringList constrainedEntitlements(const SandboxStore &store, const StoredResource &release)
{
    QStringList ids;
    for (const StoredResource &constraint :
         listAll(store, release.accountId, QLatin1String(kConstraintType), {{QStringLiteral("release"), release.id}})) {
        const QString entitlement = linkOf(constraint, "entitlement");
        if (store.resource(release.accountId, QStringLiteral("entitlements"), entitlement)) {
            ids.append(entitlement);
        }
    }
    return ids;
}

QString distributionOf(const SandboxStore &store, const StoredResource &release)
{
    const QString strategy = store.resource(release.accountId, QStringLiteral("products"), linkOf(release, "product"))
                                 .value_or(StoredResource())
                                 .attributes.value(QStringLiteral("distributionStrategy"))
                                 .toString();
    return strategy.isEmpty() ? QStringLiteral("LICENSED") : strategy;
}

// Keygen's verify_license_for_release: why the license may not use the release, or "" when it may.
QString licenseDenial(const SandboxStore &store,
                      const StoredResource &license,
                      const StoredResource &release,
                      const QStringList &required)
{
    const QJsonObject &a = license.attributes;
    if (a.value(QStringLiteral("suspended")).toBool()) {
        return QStringLiteral("license is suspended");
    }
    const auto owner = store.resource(license.accountId, QStringLiteral("users"), linkOf(license, "owner"));
    if (owner && attribute(*owner, "status") == QLatin1String("BANNED")) {
        return QStringLiteral("license is banned");
    }
    const QDateTime expiry = QDateTime::fromString(a.value(QStringLiteral("expiry")).toString(), Qt::ISODateWithMs);
    if (expiry.isValid()) {
        const QString strategy = store
                                     .resource(license.accountId, QStringLiteral("policies"), linkOf(license, "policy"))
                                     .value_or(StoredResource())
                                     .attributes.value(QStringLiteral("expirationStrategy"))
                                     .toString();
        if (strategy == QLatin1String("REVOKE_ACCESS") && expiry <= QDateTime::currentDateTimeUtc()) {
            return QStringLiteral("license is expired");
        }
        const QString backdated = attribute(release, "backdated");
        const QDateTime released = QDateTime::fromString(backdated.isEmpty() ? release.created : backdated,
                                                         Qt::ISODateWithMs);
        if (strategy != QLatin1String("ALLOW_ACCESS") && released > expiry) {
            return QStringLiteral("license expiry falls outside of access window");
        }
    }
    QStringList held;
    for (const StoredResource &entitlement : licenseEntitlements(store, license)) {
        held.append(entitlement.id);
    }
    for (const QString &entitlement : required) {
        if (!held.contains(entitlement)) {
            return QStringLiteral("license is missing entitlements");
        }
    }
    return {};
}

Response forbidden(const QString &reason)
{
    return error(403,
                 QStringLiteral("You do not have permission to complete the request (%1)").arg(reason),
                 QStringLiteral("FORBIDDEN"));
}

// Keygen's ReleasePolicy#show? for a release the bearer's scope already lets it see: licenses and users must hold a
// license fit for it (not suspended, expired or out of its access window, with the constrained entitlements).
std::optional<Response> releaseDenial(const SandboxStore &store, const Reach &reach, const StoredResource &release)
{
    if (reach.kind == Bearer::Admin || reach.kind == Bearer::Product) {
        return std::nullopt;
    }
    const QStringList required = constrainedEntitlements(store, release);
    const QString distribution = distributionOf(store, release);
    if (distribution == QLatin1String("OPEN") && required.isEmpty()) {
        return std::nullopt;
    }
    if (reach.kind == Bearer::Anonymous) {
        return error(401, QStringLiteral("An authentication token is required"), QStringLiteral("TOKEN_MISSING"));
    }
    QList<StoredResource> licenses;
    for (const StoredResource &license : reach.licenses) {
        if (linkOf(license, "product") == linkOf(release, "product")) {
            licenses.append(license);
        }
    }
    if (licenses.isEmpty()) {
        return accessDenied();
    }
    if (distribution == QLatin1String("CLOSED")) {
        return forbidden(QStringLiteral("release distribution strategy is closed"));
    }
    QString reason;
    for (const StoredResource &license : std::as_const(licenses)) {
        reason = licenseDenial(store, license, release, required);
        if (reason.isEmpty()) {
            return std::nullopt;
        }
    }
    return forbidden(reason);
}

// ---- Documents --------------------------------------------------------------------------------------------------

QJsonObject releaseObject(const SandboxStore &store, const StoredResource &release)
{
    return serialize(store, releaseSpec(), release);
}

// Keygen links an artifact's release itself, names the artifact's place under its release, and adds the upload or
// download link it just made.
QJsonObject artifactObject(const SandboxStore &store, const StoredResource &artifact, const QString &redirect = {})
{
    QJsonObject object = serialize(store, artifactSpec(), artifact);
    const QString releasePath = accountPath(artifact.accountId) + QStringLiteral("/releases/")
                              + linkOf(artifact, "release");
    QJsonObject relationships = object.value(QStringLiteral("relationships")).toObject();
    QJsonObject release = relationships.value(QStringLiteral("release")).toObject();
    release.insert(QStringLiteral("links"), QJsonObject{{QStringLiteral("related"), releasePath}});
    relationships.insert(QStringLiteral("release"), release);
    object.insert(QStringLiteral("relationships"), relationships);
    QJsonObject links = object.value(QStringLiteral("links")).toObject();
    links.insert(QStringLiteral("related"), QString(releasePath + QStringLiteral("/artifacts/") + artifact.id));
    if (!redirect.isEmpty()) {
        links.insert(QStringLiteral("redirect"), redirect);
    }
    object.insert(QStringLiteral("links"), links);
    return object;
}

QJsonObject relation(const QString &type, const QString &id, const QString &related)
{
    return {{QStringLiteral("links"), QJsonObject{{QStringLiteral("related"), related}}},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), id}}}};
}

QJsonObject constraintObject(const StoredResource &constraint)
{
    const QString account = accountPath(constraint.accountId);
    const QString release = linkOf(constraint, "release");
    const QString entitlement = linkOf(constraint, "entitlement");
    return {{QStringLiteral("id"), constraint.id},
            {QStringLiteral("type"), QLatin1String(kConstraintType)},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("created"), constraint.created},
                         {QStringLiteral("updated"), constraint.updated}}},
            {QStringLiteral("relationships"),
             QJsonObject{{QStringLiteral("account"),
                          relation(QStringLiteral("accounts"), constraint.accountId, account)},
                         {QStringLiteral("entitlement"),
                          relation(QStringLiteral("entitlements"),
                                   entitlement,
                                   account + QStringLiteral("/entitlements/") + entitlement)},
                         {QStringLiteral("release"),
                          relation(QStringLiteral("releases"),
                                   release,
                                   account + QStringLiteral("/releases/") + release)}}},
            {QStringLiteral("links"),
             QJsonObject{{QStringLiteral("related"),
                          QString(account + QStringLiteral("/releases/") + release + QStringLiteral("/constraints/")
                                  + constraint.id)}}}};
}

Response listDocument(const QJsonArray &data, const QJsonObject &links)
{
    return json(200, QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("links"), links}});
}

// ---- Requests ---------------------------------------------------------------------------------------------------

QJsonObject bodyData(const Request &request)
{
    return QJsonDocument::fromJson(request.body).object().value(QStringLiteral("data")).toObject();
}

Response unpermitted(const QString &pointer)
{
    return error(400,
                 QStringLiteral("Unpermitted parameters: %1").arg(pointer),
                 {},
                 QStringLiteral("pointer"),
                 pointer);
}

// An update may change only these attributes and no relationship (Keygen's update parameters).
std::optional<Response> onlyUpdatable(const Request &request, const QStringList &updatable)
{
    const QJsonObject data = bodyData(request);
    const QJsonObject attributes = data.value(QStringLiteral("attributes")).toObject();
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        if (!updatable.contains(it.key())) {
            return unpermitted(QStringLiteral("/data/attributes/") + it.key());
        }
    }
    if (!data.value(QStringLiteral("relationships")).toObject().isEmpty()) {
        return unpermitted(QStringLiteral("/data/relationships"));
    }
    return std::nullopt;
}

// Values of an enumerated create parameter, checked as Keygen's typed parameters check them.
std::optional<Response> oneOf(const QJsonObject &attributes, const QString &name, const QStringList &allowed)
{
    const QJsonValue value = attributes.value(name);
    if (value.isUndefined() || value.isNull() || allowed.contains(value.toString())) {
        return std::nullopt;
    }
    return error(400,
                 QStringLiteral("must be one of: %1 (received %2)")
                     .arg(allowed.join(QStringLiteral(", ")), value.toVariant().toString()),
                 {},
                 QStringLiteral("pointer"),
                 QStringLiteral("/data/attributes/") + name);
}

std::optional<Response> integerOrNull(const QJsonObject &attributes, const QString &name)
{
    const QJsonValue value = attributes.value(name);
    if (value.isUndefined() || value.isNull()
        || (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))) {
        return std::nullopt;
    }
    return error(400,
                 QStringLiteral("type mismatch (expected integer)"),
                 {},
                 QStringLiteral("pointer"),
                 QStringLiteral("/data/attributes/") + name);
}

// Keygen reads preferences from the Prefer header or ?prefer= (comma-separated).
bool prefers(const Request &request, const QString &preference)
{
    QStringList given = QString::fromLatin1(request.headers.value("prefer")).split(QLatin1Char(','));
    given += request.queryValue(QStringLiteral("prefer")).split(QLatin1Char(','));
    return std::any_of(given.cbegin(), given.cend(), [&](const QString &value) {
        return value.trimmed() == preference;
    });
}

// The entitlement ids of a constraints document: [{"type":"constraints","relationships":{"entitlement":{"data":
// {"type":"entitlements","id"}}}} …]; an error naming the item when malformed or unknown.
std::variant<QStringList, Response> constraintEntitlements(const SandboxStore &store,
                                                           const QString &accountId,
                                                           const QJsonValue &data,
                                                           const QString &pointer,
                                                           const std::function<bool(const StoredResource &)> &reachable)
{
    if (!data.isArray()) {
        return error(400, QStringLiteral("type mismatch (expected array)"), {}, QStringLiteral("pointer"), pointer);
    }
    QStringList ids;
    const QJsonArray items = data.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = pointer + QLatin1Char('/') + QString::number(i);
        const QJsonObject item = items.at(i).toObject();
        const QString type = item.value(QStringLiteral("type")).toString();
        if (type != QLatin1String("constraint") && type != QLatin1String("constraints")) {
            return error(400,
                         QStringLiteral("must be one of: constraint, constraints"),
                         {},
                         QStringLiteral("pointer"),
                         at + QStringLiteral("/type"));
        }
        const QJsonObject entitlement = item.value(QStringLiteral("relationships"))
                                            .toObject()
                                            .value(QStringLiteral("entitlement"))
                                            .toObject()
                                            .value(QStringLiteral("data"))
                                            .toObject();
        const QString id = entitlement.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            return error(400,
                         QStringLiteral("is missing"),
                         {},
                         QStringLiteral("pointer"),
                         at + QStringLiteral("/relationships/entitlement/data/id"));
        }
        const auto found = store.resource(accountId, QStringLiteral("entitlements"), id);
        if (!found || !reachable(*found)) {
            return error(422,
                         QStringLiteral("must exist"),
                         QStringLiteral("ENTITLEMENT_NOT_FOUND"),
                         QStringLiteral("pointer"),
                         at + QStringLiteral("/relationships/entitlement"));
        }
        if (ids.contains(found->id)) {
            return error(422,
                         QStringLiteral("already exists"),
                         QStringLiteral("ENTITLEMENT_TAKEN"),
                         QStringLiteral("pointer"),
                         at + QStringLiteral("/relationships/entitlement"));
        }
        ids.append(found->id);
    }
    return ids;
}

// ---- Storage ----------------------------------------------------------------------------------------------------

// The sandbox keeps no file contents: its upload and download links point at itself, signed like presigned URLs
// (method, artifact, expiry) with a key derived from the account's private key.
QString storageSignature(const Account &account, const QString &method, const QString &artifactId, qint64 expires)
{
    const QByteArray message = (method + QLatin1Char('\n') + artifactId + QLatin1Char('\n') + QString::number(expires))
                                   .toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, crypto::sha256(account.ed25519PrivatePem), QCryptographicHash::Sha256)
            .toHex());
}

QString storageUrl(
    const Request &request, const QUrl &fallback, const QString &method, const StoredResource &artifact, qint64 ttl)
{
    const QByteArray host = request.headers.value("host");
    const QString origin = host.isEmpty() ? fallback.toString(QUrl::RemovePath | QUrl::RemoveQuery)
                                          : QStringLiteral("http://") + QString::fromLatin1(host);
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + ttl;
    return origin + QStringLiteral("/sandbox-storage/") + artifact.accountId + QLatin1Char('/') + artifact.id
         + QStringLiteral("?expires=") + QString::number(expires) + QStringLiteral("&signature=")
         + storageSignature(*request.account, method, artifact.id, expires);
}

// S3 answers a bad or expired presigned URL 403.
std::optional<Response> checkStorageLink(const Request &request)
{
    bool ok = false;
    const qint64 expires = request.queryValue(QStringLiteral("expires")).toLongLong(&ok);
    const QString artifactId = request.params.value(QStringLiteral("artifact"));
    if (!ok
        || request.queryValue(QStringLiteral("signature"))
               != storageSignature(*request.account, request.method, artifactId, expires)) {
        return error(403, QStringLiteral("The request signature does not match (the link is not valid)"));
    }
    if (expires < QDateTime::currentSecsSinceEpoch()) {
        return error(403, QStringLiteral("Request has expired (the link is no longer valid)"));
    }
    return std::nullopt;
}

// Keygen marks an artifact FAILED when no file arrived within the hour of its upload link.
void failStaleUploads(SandboxStore &store, const QString &accountId)
{
    ListQuery query;
    query.accountId = accountId;
    query.type = QStringLiteral("artifacts");
    query.limit = 100000;
    const QString now = timestamp();
    addCondition(query,
                 QStringLiteral("json_extract(resources.attributes, '$.status') = 'WAITING' AND "
                                "json_extract(resources.attributes, '$.uploadExpires') < ?"),
                 {now});
    for (StoredResource artifact : store.list(query)) {
        artifact.attributes.insert(QStringLiteral("status"), QStringLiteral("FAILED"));
        artifact.attributes.remove(QStringLiteral("uploadExpires"));
        artifact.updated = now;
        store.updateResource(artifact);
    }
}

// ---- List filters -----------------------------------------------------------------------------------------------

void matchNothing(ListQuery &query)
{
    addCondition(query, QStringLiteral("0"));
}

// ?channel=: the channel and the more stable ones (dev alone); of the row itself or of an artifact's release.
void channelFilter(const Request &request, ListQuery &query, bool ofRelease)
{
    if (!request.hasQuery(QStringLiteral("channel"))) {
        return;
    }
    const QStringList included = channelsIncluding(request.queryValue(QStringLiteral("channel")));
    if (included.isEmpty()) {
        matchNothing(query);
        return;
    }
    QVariantList values;
    for (const QString &channel : included) {
        values << channel;
    }
    const QString in = QStringLiteral("json_extract(%1.attributes, '$.channel') IN (%2)")
                           .arg(ofRelease ? QStringLiteral("r") : QStringLiteral("resources"),
                                placeholders(included.size()));
    addCondition(query,
                 ofRelease
                     ? QStringLiteral("EXISTS (SELECT 1 FROM resources r WHERE r.account_id = resources.account_id "
                                      "AND r.type = 'releases' AND r.id = json_extract(resources.links, "
                                      "'$.release') AND %1)")
                           .arg(in)
                     : in,
                 values);
}

// ?package= and ?engine=: the sandbox keeps no packages, so blank (none) matches everything and a value nothing.
void packageFilters(const Request &request, ListQuery &query)
{
    for (const QString &name : {QStringLiteral("package"), QStringLiteral("engine")}) {
        if (request.hasQuery(name) && !request.queryValue(name).isEmpty()) {
            matchNothing(query);
        }
    }
}

void statusFilter(const Request &request, ListQuery &query)
{
    if (request.hasQuery(QStringLiteral("status"))) {
        addCondition(query,
                     QStringLiteral("json_extract(resources.attributes, '$.status') = ?"),
                     {request.queryValue(QStringLiteral("status")).toUpper()});
    }
}

void releaseFilters(const Request &request, ListQuery &query)
{
    if (request.hasQuery(QStringLiteral("product"))) {
        query.linkFilters.append({QStringLiteral("product"), request.queryValue(QStringLiteral("product"))});
    }
    packageFilters(request, query);
    channelFilter(request, query, false);
    statusFilter(request, query);
    if (request.hasQuery(QStringLiteral("yanked"))) {
        const QString value = request.queryValue(QStringLiteral("yanked")).toLower();
        const bool yanked = value == QLatin1String("true") || value == QLatin1String("1")
                         || value == QLatin1String("yes") || value == QLatin1String("t");
        addCondition(query,
                     yanked
                         ? QStringLiteral("json_extract(resources.attributes, '$.status') = 'YANKED'")
                         : QStringLiteral("json_extract(resources.attributes, '$.status') IN ('DRAFT', 'PUBLISHED')"));
    }
    // entitlements[]=CODE (or constraints[]): releases whose constraints are all among the given codes.
    QStringList codes;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if ((key == QLatin1String("entitlements[]") || key == QLatin1String("constraints[]")) && !value.isEmpty()) {
            codes.append(value);
        }
    }
    if (!codes.isEmpty()) {
        QVariantList values;
        for (const QString &code : std::as_const(codes)) {
            values << code;
        }
        addCondition(query,
                     QStringLiteral(
                         "NOT EXISTS (%1 AND (SELECT json_extract(e2.attributes, '$.code') FROM resources e2 "
                         "WHERE e2.id = json_extract(c.links, '$.entitlement')) NOT IN (%2))")
                         .arg(constraintsSql(QStringLiteral("resources")), placeholders(codes.size())),
                     values);
    }
}

void artifactFilters(const Request &request, ListQuery &query)
{
    for (const QString &name : {QStringLiteral("product"), QStringLiteral("release")}) {
        if (request.hasQuery(name)) {
            query.linkFilters.append({name, request.queryValue(name)});
        }
    }
    packageFilters(request, query);
    channelFilter(request, query, true);
    statusFilter(request, query);
    // ?filetype=, ?platform=, ?arch=: the key; blank for artifacts without one.
    for (const char *name : {"filetype", "platform", "arch"}) {
        const QString key = QLatin1String(name);
        if (!request.hasQuery(key)) {
            continue;
        }
        const QString value = request.queryValue(key);
        const QString path = QStringLiteral("json_extract(resources.attributes, '$.%1')").arg(key);
        if (value.isEmpty()) {
            addCondition(query, path + QStringLiteral(" IS NULL"));
        } else {
            addCondition(query, path + QStringLiteral(" = ?"), {value});
        }
    }
}

// ---- Upgrades ---------------------------------------------------------------------------------------------------

// A Semverse constraint ("~> 1.2", ">= 2.0.0-beta", "1"): the version parts given; nullopt when malformed.
struct VersionConstraint
{
    qint64 major = 0;
    std::optional<qint64> minor;
    std::optional<qint64> patch;
    QString prerelease;
    QString build;
};

std::optional<VersionConstraint> parseConstraint(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:(~>|>=|<=|!=|>|<|=)\\s*)?(\\d{1,15})(?:\\.(\\d{1,15}))?"
                       "(?:\\.(\\d{1,15}))?(?:-([0-9A-Za-z.-]+))?(?:\\+([0-9A-Za-z.-]+))?"
                       "\\s*$"));
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    VersionConstraint constraint;
    constraint.major = match.captured(2).toLongLong();
    if (match.hasCaptured(3) && !match.captured(3).isEmpty()) {
        constraint.minor = match.captured(3).toLongLong();
    }
    if (match.hasCaptured(4) && !match.captured(4).isEmpty()) {
        constraint.patch = match.captured(4).toLongLong();
    }
    constraint.prerelease = match.captured(5);
    constraint.build = match.captured(6);
    return constraint;
}

// Keygen narrows upgrades by the parts a constraint names: the same major, and from the given minor or patch up;
// prerelease and build tags by their words and number.
bool satisfies(const Semver &version, const VersionConstraint &constraint)
{
    if (version.major != constraint.major) {
        return false;
    }
    if (constraint.patch) {
        if (version.minor != constraint.minor.value_or(0) || version.patch < *constraint.patch) {
            return false;
        }
    } else if (constraint.minor && version.minor < *constraint.minor) {
        return false;
    }
    for (const auto &[wanted, actual] :
         {std::pair{constraint.prerelease, version.prerelease}, std::pair{constraint.build, version.build}}) {
        if (wanted.isEmpty()) {
            continue;
        }
        const auto [wantedWords, wantedNumber] = tagParts(wanted);
        const auto [words, number] = tagParts(actual);
        if ((!wantedWords.isEmpty() && wantedWords != words) || (!wantedNumber.isEmpty() && wantedNumber != number)) {
            return false;
        }
    }
    return true;
}

} // namespace

// ---- Specs ------------------------------------------------------------------------------------------------------

const ResourceSpec &releaseSpec()
{
    static const ResourceSpec spec{
        QStringLiteral("releases"),
        QStringLiteral("version"),
        {{QStringLiteral("name")},
         {QStringLiteral("description")},
         {QStringLiteral("channel"), QJsonValue::Null, true},
         {QStringLiteral("status"), QStringLiteral("DRAFT")},
         {QStringLiteral("tag")},
         {QStringLiteral("version"), QJsonValue::Null, true},
         {QStringLiteral("semver"), QJsonValue::Null, false, false},
         {QStringLiteral("backdated")},
         {QStringLiteral("yanked"), QJsonValue::Null, false, false}},
        {{QStringLiteral("product"), QStringLiteral("products"), true, true},
         {QStringLiteral("package"), QStringLiteral("packages"), true},
         {QStringLiteral("entitlements"), QStringLiteral("entitlements")},
         {QStringLiteral("constraints"), QLatin1String(kConstraintType)},
         {QStringLiteral("artifacts"), QStringLiteral("artifacts")},
         {QStringLiteral("upgrade"), QStringLiteral("releases")}},
        prepareRelease,
        {},
        false,
    };
    return spec;
}

const ResourceSpec &artifactSpec()
{
    static const ResourceSpec spec{
        QStringLiteral("artifacts"),
        QStringLiteral("filename"),
        {{QStringLiteral("filename"), QJsonValue::Null, true},
         {QStringLiteral("filetype")},
         {QStringLiteral("filesize")},
         {QStringLiteral("platform")},
         {QStringLiteral("arch")},
         {QStringLiteral("signature")},
         {QStringLiteral("checksum")},
         {QStringLiteral("status"), QStringLiteral("WAITING"), false, false}},
        // The product is stored (from the release, for scoping and filters) but Keygen renders only the release.
        {{QStringLiteral("release"), QStringLiteral("releases"), true, true}},
        prepareArtifact,
        {},
        false,
    };
    return spec;
}

// ---- Routes -----------------------------------------------------------------------------------------------------

void SandboxServer::addReleaseRoutes()
{
    const QString base = QStringLiteral("v1/accounts/:account/");
    const QString releases = base + QStringLiteral("releases");
    const QString release = releases + QStringLiteral("/:id");
    const QString artifacts = base + QStringLiteral("artifacts");
    const QString artifact = artifacts + QStringLiteral("/:id");

    // Narrows a list of releases or artifacts to what the bearer may see: scopeList (access.cpp) keeps the request's
    // environment and decides for admins (everything) and products (their own); licensees and anonymous callers,
    // whom it does not let list these types, get what Keygen's release scopes give them.
    auto scope = [this](const Request &request, ListQuery &query, const Reach &reach) {
        const bool decided = scopeList(request.bearer, query.type, query);
        if (!decided || (reach.kind != Bearer::Admin && reach.kind != Bearer::Product)) {
            addReach(query, reach);
        }
    };
    auto newQuery = [](const Request &request, const QString &type) {
        ListQuery query;
        query.accountId = request.account->id;
        query.type = type;
        return query;
    };
    auto visible = [this, scope, newQuery](const Request &request, const Reach &reach, const StoredResource &resource) {
        ListQuery query = newQuery(request, resource.type);
        query.idFilter = resource.id;
        scope(request, query, reach);
        return m_store.count(query) > 0;
    };
    // A release by id, version or tag, among those the bearer may see.
    auto findRelease = [this, scope, newQuery, visible](const Request &request,
                                                        const Reach &reach,
                                                        const QString &key) -> std::optional<StoredResource> {
        if (auto byId = m_store.resource(request.account->id, QStringLiteral("releases"), key);
            byId && byId->id == key) {
            return visible(request, reach, *byId) ? byId : std::nullopt;
        }
        for (const char *alias : {"version", "tag"}) {
            ListQuery query = newQuery(request, QStringLiteral("releases"));
            query.limit = 1;
            scope(request, query, reach);
            addCondition(query,
                         QStringLiteral("json_extract(resources.attributes, '$.%1') = ?").arg(QLatin1String(alias)),
                         {key});
            if (const QList<StoredResource> found = m_store.list(query); !found.isEmpty()) {
                return found.constFirst();
            }
        }
        return std::nullopt;
    };
    // An artifact by id or filename (the one of the newest release version), among those the bearer may see.
    auto findArtifact = [this, scope, newQuery, visible](const Request &request,
                                                         const Reach &reach,
                                                         const QString &key,
                                                         const QString &releaseId) -> std::optional<StoredResource> {
        failStaleUploads(m_store, request.account->id);
        if (auto byId = m_store.resource(request.account->id, QStringLiteral("artifacts"), key);
            byId && byId->id == key) {
            const bool fits = releaseId.isEmpty() || linkOf(*byId, "release") == releaseId;
            return fits && visible(request, reach, *byId) ? byId : std::nullopt;
        }
        ListQuery query = newQuery(request, QStringLiteral("artifacts"));
        query.limit = 100000;
        scope(request, query, reach);
        if (!releaseId.isEmpty()) {
            query.linkFilters.append({QStringLiteral("release"), releaseId});
        }
        addCondition(query, QStringLiteral("json_extract(resources.attributes, '$.filename') = ?"), {key});
        std::optional<StoredResource> newest;
        Semver newestVersion;
        for (const StoredResource &candidate : m_store.list(query)) {
            const auto owner = m_store.resource(request.account->id,
                                                QStringLiteral("releases"),
                                                linkOf(candidate, "release"));
            const Semver version = owner ? semverOf(*owner) : Semver();
            if (!newest || compareSemver(version, newestVersion) > 0) {
                newest = candidate;
                newestVersion = version;
            }
        }
        return newest;
    };
    // Whether the bearer may change a release or artifact: admins, and the product it belongs to, in the resource's
    // own environment (a shared environment sees the global one's read-only).
    auto mayAlter = [this](const Request &request, const StoredResource &resource) {
        return mayWrite(request.bearer, resource.type) && mayChange(request.bearer, resource)
            && inScope(request.bearer, resource);
    };
    // The release of the path, its access checked for reading (`change`: for changing it too).
    auto releaseTarget = [this, findRelease, mayAlter](const Request &request,
                                                       bool change) -> std::variant<StoredResource, Response> {
        const Reach reach = reachOf(m_store, request);
        const QString key = request.params.value(QStringLiteral("id"));
        const std::optional<StoredResource> found = findRelease(request, reach, key);
        if (!found) {
            return notFoundResource(QStringLiteral("releases"), key);
        }
        if (change) {
            if (!mayAlter(request, *found)) {
                return accessDenied();
            }
        } else if (auto denied = releaseDenial(m_store, reach, *found)) {
            return *denied;
        }
        return *found;
    };
    // One page of a list of releases or artifacts; licensees must be fit for every release on it (Keygen's index?).
    auto listPage =
        [this, scope](const Request &request, ListQuery query, const Reach &reach) -> std::variant<Page, Response> {
        scope(request, query, reach);
        auto page = paginate(m_store, request, query);
        if (auto *response = std::get_if<Response>(&page)) {
            return *response;
        }
        for (const StoredResource &resource : std::get<Page>(page).resources) {
            const auto owner = resource.type == QLatin1String("releases")
                                 ? std::optional<StoredResource>(resource)
                                 : m_store.resource(resource.accountId,
                                                    QStringLiteral("releases"),
                                                    linkOf(resource, "release"));
            if (owner) {
                if (auto denied = releaseDenial(m_store, reach, *owner)) {
                    return *denied;
                }
            }
        }
        return page;
    };
    auto releaseList = [this, listPage](const Request &request, const ListQuery &query, const Reach &reach) {
        auto page = listPage(request, query, reach);
        if (auto *response = std::get_if<Response>(&page)) {
            return *response;
        }
        QJsonArray data;
        for (const StoredResource &resource : std::get<Page>(page).resources) {
            data.append(releaseObject(m_store, resource));
        }
        return listDocument(data, std::get<Page>(page).links);
    };
    auto artifactList = [this, listPage](const Request &request, const ListQuery &query, const Reach &reach) {
        failStaleUploads(m_store, request.account->id);
        auto page = listPage(request, query, reach);
        if (auto *response = std::get_if<Response>(&page)) {
            return *response;
        }
        QJsonArray data;
        for (const StoredResource &resource : std::get<Page>(page).resources) {
            data.append(artifactObject(m_store, resource));
        }
        return listDocument(data, std::get<Page>(page).links);
    };
    auto saved = [this](StoredResource &resource) {
        resource.updated = timestamp();
        return m_store.updateResource(resource);
    };

    // Entitlements a constraint may name: those of the request's environment.
    auto reachable = [](const Request &request) {
        return [bearer = request.bearer](const StoredResource &entitlement) {
            return environmentAllows(bearer, entitlement);
        };
    };
    auto bad = [](const std::variant<StoredResource, Response> &target) {
        return std::get_if<Response>(&target);
    };

    // ---- Releases --------------------------------------------------------------------------------------------

    addRoute(
        QStringLiteral("GET"),
        releases,
        [this, newQuery, releaseList](Request &request) {
        ListQuery query = newQuery(request, QStringLiteral("releases"));
        releaseFilters(request, query);
        return releaseList(request, query, reachOf(m_store, request));
        },
        false);

    addRoute(QStringLiteral("POST"), releases, [this, reachable](Request &request) -> Response {
        if (!mayWrite(request.bearer, QStringLiteral("releases"))) {
            return accessDenied();
        }
        const QJsonObject data = bodyData(request);
        const QJsonObject attributes = data.value(QStringLiteral("attributes")).toObject();
        if (auto invalid = oneOf(attributes, QStringLiteral("channel"), channels())) {
            return *invalid;
        }
        if (auto invalid = oneOf(attributes,
                                 QStringLiteral("status"),
                                 {QStringLiteral("DRAFT"), QStringLiteral("PUBLISHED")})) {
            return *invalid;
        }
        // Constraints may come with the release: relationships.constraints.data.
        QStringList entitlements;
        const QJsonObject relationships = data.value(QStringLiteral("relationships")).toObject();
        if (relationships.contains(QStringLiteral("constraints"))) {
            auto parsed = constraintEntitlements(m_store,
                                                 request.account->id,
                                                 relationships.value(QStringLiteral("constraints"))
                                                     .toObject()
                                                     .value(QStringLiteral("data")),
                                                 QStringLiteral("/data/relationships/constraints/data"),
                                                 reachable(request));
            if (auto *response = std::get_if<Response>(&parsed)) {
                return *response;
            }
            entitlements = std::get<QStringList>(parsed);
        }
        StoredResource resource;
        resource.id = newUuid();
        resource.accountId = request.account->id;
        resource.type = QStringLiteral("releases");
        resource.created = resource.updated = timestamp();
        for (const AttributeSpec &spec : releaseSpec().attributes) {
            resource.attributes.insert(spec.name, spec.defaultValue);
        }
        resource.attributes.insert(QStringLiteral("metadata"), QJsonObject());
        resource.links.insert(QStringLiteral("environment"), environmentLink(request.bearer));
        QSqlDatabase db = m_store.database();
        db.transaction();
        if (auto problem = applyBody(releaseSpec(), request, resource, true)) {
            db.rollback();
            return *problem;
        }
        if (!inScope(request.bearer, resource)) {
            db.rollback();
            return accessDenied(); // a product creating a release of another product
        }
        bool stored = m_store.insertResource(resource);
        for (const QString &entitlement : std::as_const(entitlements)) {
            StoredResource constraint;
            constraint.id = newUuid();
            constraint.accountId = resource.accountId;
            constraint.type = QLatin1String(kConstraintType);
            constraint.created = constraint.updated = resource.created;
            constraint.links = {{QStringLiteral("release"), resource.id},
                                {QStringLiteral("entitlement"), entitlement},
                                {QStringLiteral("environment"), environmentLink(request.bearer)}};
            stored = stored && m_store.insertResource(constraint);
        }
        if (!stored) {
            db.rollback();
            return error(500, QStringLiteral("The resource could not be stored"));
        }
        db.commit();
        Response response = single(m_store, 201, releaseSpec(), resource);
        const QByteArray host = request.headers.value("host");
        addHeader(response,
                  "Location",
                  (host.isEmpty() ? m_baseUrl.toString().toLatin1() : "http://" + host)
                      + accountPath(resource.accountId).toLatin1() + "/releases/" + resource.id.toLatin1());
        return response;
    });

    addRoute(
        QStringLiteral("GET"),
        release,
        [this, releaseTarget, bad](Request &request) -> Response {
            const auto target = releaseTarget(request, false);
            if (auto *response = bad(target)) {
                return *response;
            }
            return single(m_store, 200, releaseSpec(), std::get<StoredResource>(target));
        },
        false);

    // Only name, description, tag, backdated and metadata change; channel, version and status do not (publish and
    // yank change the status).
    auto updateRelease = [this, releaseTarget, bad](Request &request) -> Response {
        auto target = releaseTarget(request, true);
        if (auto *response = bad(target)) {
            return *response;
        }
        if (auto invalid = onlyUpdatable(request,
                                         {QStringLiteral("name"),
                                          QStringLiteral("description"),
                                          QStringLiteral("tag"),
                                          QStringLiteral("backdated"),
                                          QStringLiteral("metadata")})) {
            return *invalid;
        }
        StoredResource &resource = std::get<StoredResource>(target);
        resource.updated = timestamp();
        if (auto problem = applyBody(releaseSpec(), request, resource, false)) {
            return *problem;
        }
        if (!m_store.updateResource(resource)) {
            return error(500, QStringLiteral("The resource could not be stored"));
        }
        return single(m_store, 200, releaseSpec(), resource);
    };
    addRoute(QStringLiteral("PATCH"), release, updateRelease);
    addRoute(QStringLiteral("PUT"), release, updateRelease);

    // Deleting a release deletes its artifacts and constraints.
    addRoute(QStringLiteral("DELETE"), release, [this, releaseTarget, bad](Request &request) -> Response {
        const auto target = releaseTarget(request, true);
        if (auto *response = bad(target)) {
            return *response;
        }
        const StoredResource &resource = std::get<StoredResource>(target);
        QSqlDatabase db = m_store.database();
        db.transaction();
        for (const QString &type : {QStringLiteral("artifacts"), QString::fromLatin1(kConstraintType)}) {
            for (const StoredResource &related :
                 listAll(m_store, resource.accountId, type, {{QStringLiteral("release"), resource.id}})) {
                m_store.removeResource(resource.accountId, type, related.id);
            }
        }
        m_store.removeResource(resource.accountId, resource.type, resource.id);
        db.commit();
        return noContent();
    });

    // Publish and yank: a release can be yanked and published again; `yanked` holds when it was yanked.
    for (const auto &[action, status] : {std::pair{"publish", "PUBLISHED"}, std::pair{"yank", "YANKED"}}) {
        const QString newStatus = QLatin1String(status);
        addRoute(QStringLiteral("POST"),
                 release + QStringLiteral("/actions/") + QLatin1String(action),
                 [this, releaseTarget, bad, saved, newStatus](Request &request) -> Response {
                     auto target = releaseTarget(request, true);
                     if (auto *response = bad(target)) {
                         return *response;
                     }
                     StoredResource &resource = std::get<StoredResource>(target);
                     resource.attributes.insert(QStringLiteral("status"), newStatus);
                     const QString now = timestamp();
                     resource.attributes.insert(QStringLiteral("yanked"),
                                                newStatus == QLatin1String("YANKED") ? QJsonValue(now)
                                                                                     : QJsonValue(QJsonValue::Null));
                     if (!saved(resource)) {
                         return error(500, QStringLiteral("The resource could not be stored"));
                     }
                     return single(m_store, 200, releaseSpec(), resource);
                 });
    }

    // The newest published release above this one, in its channel (or ?channel=) and product, that the bearer may
    // use; ?constraint= narrows it ("~> 1.2": 1.2 and up, below 2).
    addRoute(
        QStringLiteral("GET"),
        release + QStringLiteral("/upgrade"),
        [this, releaseTarget, bad, newQuery, scope](Request &request) -> Response {
            const auto target = releaseTarget(request, false);
            if (auto *response = bad(target)) {
                return *response;
            }
            const StoredResource &current = std::get<StoredResource>(target);
            std::optional<VersionConstraint> constraint;
            if (request.hasQuery(QStringLiteral("constraint"))) {
                constraint = parseConstraint(request.queryValue(QStringLiteral("constraint")));
                if (!constraint) {
                    return error(400,
                                 QStringLiteral("must be a valid version constraint"),
                                 QStringLiteral("CONSTRAINT_INVALID"),
                                 QStringLiteral("parameter"),
                                 QStringLiteral("constraint"));
                }
            }
            const QString channel = request.hasQuery(QStringLiteral("channel"))
                                      ? request.queryValue(QStringLiteral("channel"))
                                      : attribute(current, "channel");
            const QStringList included = channelsIncluding(channel);
            const Reach reach = reachOf(m_store, request);
            ListQuery query = newQuery(request, QStringLiteral("releases"));
            query.limit = 1000000;
            query.linkFilters.append({QStringLiteral("product"), linkOf(current, "product")});
            scope(request, query, reach);
            addCondition(query, QStringLiteral("json_extract(resources.attributes, '$.status') = 'PUBLISHED'"));
            const Semver from = semverOf(current);
            std::optional<StoredResource> next;
            Semver nextVersion;
            for (const StoredResource &candidate : m_store.list(query)) {
                const Semver version = semverOf(candidate);
                if (candidate.id == current.id || attribute(candidate, "version") == attribute(current, "version")
                    || !included.contains(attribute(candidate, "channel")) || compareSemver(version, from) <= 0
                    || (constraint && !satisfies(version, *constraint))) {
                    continue;
                }
                if (!next || compareSemver(version, nextVersion) > 0) {
                    next = candidate;
                    nextVersion = version;
                }
            }
            if (!next) {
                return error(404, QStringLiteral("upgrade not available"), QStringLiteral("NOT_FOUND"));
            }
            if (auto denied = releaseDenial(m_store, reach, *next)) {
                return *denied;
            }
            return json(200,
                        QJsonObject{{QStringLiteral("data"), releaseObject(m_store, *next)},
                                    {QStringLiteral("meta"),
                                     QJsonObject{{QStringLiteral("current"), attribute(current, "version")},
                                                 {QStringLiteral("next"), attribute(*next, "version")}}}});
        },
        false);

    addRoute(
        QStringLiteral("GET"),
        release + QStringLiteral("/product"),
        [this, releaseTarget, bad](Request &request) -> Response {
            const auto target = releaseTarget(request, false);
            if (auto *response = bad(target)) {
                return *response;
            }
            const QString id = linkOf(std::get<StoredResource>(target), "product");
            const auto product = m_store.resource(request.account->id, QStringLiteral("products"), id);
            return product ? single(m_store, 200, productSpec(), *product)
                           : notFoundResource(QStringLiteral("products"), id);
        },
        false);

    // The sandbox keeps no packages: a release has none, and none can be given.
    addRoute(
        QStringLiteral("GET"),
        release + QStringLiteral("/package"),
        [releaseTarget, bad](Request &request) -> Response {
            const auto target = releaseTarget(request, false);
            if (auto *response = bad(target)) {
                return *response;
            }
            return json(200, QJsonObject{{QStringLiteral("data"), QJsonValue::Null}});
        },
        false);
    auto changePackage = [releaseTarget, bad](Request &request) -> Response {
        const auto target = releaseTarget(request, true);
        if (auto *response = bad(target)) {
            return *response;
        }
        const QJsonValue data = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("data"));
        if (!data.isNull()) {
            return notFoundResource(QStringLiteral("packages"), data.toObject().value(QStringLiteral("id")).toString());
        }
        return json(200, QJsonObject{{QStringLiteral("data"), QJsonValue::Null}});
    };
    addRoute(QStringLiteral("PUT"), release + QStringLiteral("/package"), changePackage);
    addRoute(QStringLiteral("PATCH"), release + QStringLiteral("/package"), changePackage);

    // ---- Entitlement constraints ------------------------------------------------------------------------------

    const QString constraints = release + QStringLiteral("/constraints");
    addRoute(QStringLiteral("GET"), constraints, [this, releaseTarget, bad, newQuery](Request &request) -> Response {
        const auto target = releaseTarget(request, true);
        if (auto *response = bad(target)) {
            return *response;
        }
        ListQuery query = newQuery(request, QLatin1String(kConstraintType));
        query.linkFilters.append({QStringLiteral("release"), std::get<StoredResource>(target).id});
        auto page = paginate(m_store, request, query);
        if (auto *response = std::get_if<Response>(&page)) {
            return *response;
        }
        QJsonArray data;
        for (const StoredResource &constraint : std::get<Page>(page).resources) {
            data.append(constraintObject(constraint));
        }
        return listDocument(data, std::get<Page>(page).links);
    });
    addRoute(QStringLiteral("GET"),
             constraints + QStringLiteral("/:constraint"),
             [this, releaseTarget, bad](Request &request) -> Response {
                 const auto target = releaseTarget(request, true);
                 if (auto *response = bad(target)) {
                     return *response;
                 }
                 const QString id = request.params.value(QStringLiteral("constraint"));
                 const auto constraint = m_store.resource(request.account->id, QLatin1String(kConstraintType), id);
                 if (!constraint || constraint->id != id
                     || linkOf(*constraint, "release") != std::get<StoredResource>(target).id) {
                     return notFoundResource(QStringLiteral("constraints"), id);
                 }
                 return json(200, QJsonObject{{QStringLiteral("data"), constraintObject(*constraint)}});
             });

    // Attach: {"data":[{"type":"constraints","relationships":{"entitlement":{"data":{"type":"entitlements","id"}}}}]}.
    addRoute(QStringLiteral("POST"), constraints, [this, releaseTarget, bad, reachable](Request &request) -> Response {
        const auto target = releaseTarget(request, true);
        if (auto *response = bad(target)) {
            return *response;
        }
        const StoredResource &owner = std::get<StoredResource>(target);
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return error(400,
                         QStringLiteral("The request could not be completed because it contains invalid JSON (check "
                                        "encoding)"),
                         QStringLiteral("JSON_INVALID"));
        }
        auto parsed = constraintEntitlements(m_store,
                                             request.account->id,
                                             document.object().value(QStringLiteral("data")),
                                             QStringLiteral("/data"),
                                             reachable(request));
        if (auto *response = std::get_if<Response>(&parsed)) {
            return *response;
        }
        const QStringList entitlements = std::get<QStringList>(parsed);
        const QList<StoredResource> existing = listAll(m_store,
                                                       owner.accountId,
                                                       QLatin1String(kConstraintType),
                                                       {{QStringLiteral("release"), owner.id}});
        for (qsizetype i = 0; i < entitlements.size(); ++i) {
            if (std::any_of(existing.cbegin(), existing.cend(), [&](const StoredResource &constraint) {
                    return linkOf(constraint, "entitlement") == entitlements.at(i);
                })) {
                return error(422,
                             QStringLiteral("already exists"),
                             QStringLiteral("ENTITLEMENT_TAKEN"),
                             QStringLiteral("pointer"),
                             QStringLiteral("/data/%1/relationships/entitlement").arg(i));
            }
        }
        QSqlDatabase db = m_store.database();
        db.transaction();
        QJsonArray data;
        const QString now = timestamp();
        for (const QString &entitlement : entitlements) {
            StoredResource constraint;
            constraint.id = newUuid();
            constraint.accountId = owner.accountId;
            constraint.type = QLatin1String(kConstraintType);
            constraint.created = constraint.updated = now;
            constraint.links = {{QStringLiteral("release"), owner.id},
                                {QStringLiteral("entitlement"), entitlement},
                                {QStringLiteral("environment"), environmentLink(request.bearer)}};
            if (!m_store.insertResource(constraint)) {
                db.rollback();
                return error(500, QStringLiteral("The resource could not be stored"));
            }
            data.append(constraintObject(constraint));
        }
        db.commit();
        return json(200, QJsonObject{{QStringLiteral("data"), data}});
    });

    // Detach: {"data":[{"type":"constraints","id"}]}; every constraint must be attached to the release.
    addRoute(QStringLiteral("DELETE"), constraints, [this, releaseTarget, bad](Request &request) -> Response {
        const auto target = releaseTarget(request, true);
        if (auto *response = bad(target)) {
            return *response;
        }
        const StoredResource &owner = std::get<StoredResource>(target);
        const QJsonValue data = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("data"));
        if (!data.isArray()) {
            return error(400,
                         QStringLiteral("type mismatch (expected array)"),
                         {},
                         QStringLiteral("pointer"),
                         QStringLiteral("/data"));
        }
        const QJsonArray items = data.toArray();
        QStringList ids;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString id = items.at(i).toObject().value(QStringLiteral("id")).toString();
            const auto constraint = m_store.resource(owner.accountId, QLatin1String(kConstraintType), id);
            if (!constraint || constraint->id != id || linkOf(*constraint, "release") != owner.id) {
                return error(422,
                             QStringLiteral("cannot detach constraint '%1' (constraint is not attached)").arg(id),
                             {},
                             QStringLiteral("pointer"),
                             QStringLiteral("/data/%1").arg(i));
            }
            ids.append(id);
        }
        QSqlDatabase db = m_store.database();
        db.transaction();
        for (const QString &id : std::as_const(ids)) {
            m_store.removeResource(owner.accountId, QLatin1String(kConstraintType), id);
        }
        db.commit();
        return noContent();
    });

    // The entitlements a release is constrained to.
    auto constrainedQuery = [newQuery](const Request &request, const StoredResource &owner) {
        ListQuery query = newQuery(request, QStringLiteral("entitlements"));
        addCondition(query,
                     QStringLiteral("resources.id IN (SELECT json_extract(c.links, '$.entitlement') FROM resources c "
                                    "WHERE c.account_id = resources.account_id AND c.type = '%1' AND "
                                    "json_extract(c.links, '$.release') = ?)")
                         .arg(QLatin1String(kConstraintType)),
                     {owner.id});
        return query;
    };
    addRoute(QStringLiteral("GET"),
             release + QStringLiteral("/entitlements"),
             [this, releaseTarget, bad, constrainedQuery](Request &request) -> Response {
                 const auto target = releaseTarget(request, true);
                 if (auto *response = bad(target)) {
                     return *response;
                 }
                 auto page = paginate(m_store, request, constrainedQuery(request, std::get<StoredResource>(target)));
                 if (auto *response = std::get_if<Response>(&page)) {
                     return *response;
                 }
                 QJsonArray data;
                 for (const StoredResource &entitlement : std::get<Page>(page).resources) {
                     data.append(serialize(m_store, entitlementSpec(), entitlement));
                 }
                 return listDocument(data, std::get<Page>(page).links);
             });
    addRoute(QStringLiteral("GET"),
             release + QStringLiteral("/entitlements/:entitlement"),
             [this, releaseTarget, bad, constrainedQuery](Request &request) -> Response {
                 const auto target = releaseTarget(request, true);
                 if (auto *response = bad(target)) {
                     return *response;
                 }
                 const QString key = request.params.value(QStringLiteral("entitlement"));
                 ListQuery query = constrainedQuery(request, std::get<StoredResource>(target));
                 query.limit = 1;
                 addCondition(query,
                              QStringLiteral("resources.id = ? OR json_extract(resources.attributes, '$.code') = ?"),
                              {key, key});
                 const QList<StoredResource> found = m_store.list(query);
                 return found.isEmpty() ? notFoundResource(QStringLiteral("entitlements"), key)
                                        : single(m_store, 200, entitlementSpec(), found.constFirst());
             });

    // ---- Artifacts --------------------------------------------------------------------------------------------

    // Retrieving an uploaded artifact of a release that is not yanked answers 303 See Other to a download link
    // (Prefer: no-redirect: 200 with the Location; no-download: the artifact alone). ?ttl= (admins and products)
    // sets the link's lifetime in seconds.
    auto showArtifact =
        [this, findArtifact](const Request &request, const QString &key, const QString &releaseId) -> Response {
        const Reach reach = reachOf(m_store, request);
        const std::optional<StoredResource> found = findArtifact(request, reach, key, releaseId);
        if (!found) {
            return notFoundResource(QStringLiteral("artifacts"), key);
        }
        const auto owner = m_store.resource(request.account->id, QStringLiteral("releases"), linkOf(*found, "release"));
        if (owner) {
            if (auto denied = releaseDenial(m_store, reach, *owner)) {
                return *denied;
            }
        }
        const bool downloadable = attribute(*found, "status") == QLatin1String("UPLOADED") && owner
                               && attribute(*owner, "status") != QLatin1String("YANKED");
        if (!downloadable || prefers(request, QStringLiteral("no-download"))) {
            return json(200, QJsonObject{{QStringLiteral("data"), artifactObject(m_store, *found)}});
        }
        qint64 ttl = kLinkTtl;
        if (request.hasQuery(QStringLiteral("ttl"))
            && (request.bearer.kind == Bearer::Admin || request.bearer.kind == Bearer::Product)) {
            bool ok = false;
            ttl = request.queryValue(QStringLiteral("ttl")).toLongLong(&ok);
            if (!ok || ttl < kMinLinkTtl || ttl > kMaxLinkTtl) {
                return error(400,
                             QStringLiteral("must be an integer between %1 and %2 (1 week)")
                                 .arg(kMinLinkTtl)
                                 .arg(kMaxLinkTtl),
                             {},
                             QStringLiteral("parameter"),
                             QStringLiteral("ttl"));
            }
        }
        const QString url = storageUrl(request, m_baseUrl, QStringLiteral("GET"), *found, ttl);
        Response response = json(prefers(request, QStringLiteral("no-redirect")) ? 200 : 303,
                                 QJsonObject{{QStringLiteral("data"), artifactObject(m_store, *found, url)}});
        addHeader(response, "Location", url.toLatin1());
        return response;
    };

    addRoute(
        QStringLiteral("GET"),
        artifacts,
        [this, newQuery, artifactList](Request &request) {
        ListQuery query = newQuery(request, QStringLiteral("artifacts"));
        artifactFilters(request, query);
        return artifactList(request, query, reachOf(m_store, request));
        },
        false);

    addRoute(
        QStringLiteral("GET"),
        release + QStringLiteral("/artifacts"),
        [this, releaseTarget, bad, newQuery, artifactList](Request &request) -> Response {
            const auto target = releaseTarget(request, false);
            if (auto *response = bad(target)) {
                return *response;
            }
            ListQuery query = newQuery(request, QStringLiteral("artifacts"));
            artifactFilters(request, query);
            query.linkFilters.append({QStringLiteral("release"), std::get<StoredResource>(target).id});
            return artifactList(request, query, reachOf(m_store, request));
        },
        false);

    addRoute(
        QStringLiteral("GET"),
        release + QStringLiteral("/artifacts/:artifact"),
        [releaseTarget, bad, showArtifact](Request &request) -> Response {
            const auto target = releaseTarget(request, false);
            if (auto *response = bad(target)) {
                return *response;
            }
            return showArtifact(request,
                                request.params.value(QStringLiteral("artifact")),
                                std::get<StoredResource>(target).id);
        },
        false);

    addRoute(
        QStringLiteral("GET"),
        artifact,
        [showArtifact](Request &request) {
        return showArtifact(request, request.params.value(QStringLiteral("id")), {});
        },
        false);
    // The "vanity" form /artifacts/<id>/<filename>: the same artifact.
    addRoute(
        QStringLiteral("GET"),
        artifact + QStringLiteral("/:filename"),
        [showArtifact](Request &request) {
        return showArtifact(request, request.params.value(QStringLiteral("id")), {});
        },
        false);

    // Upload: a WAITING artifact and 307 Temporary Redirect to where the file goes (PUT, for an hour); with
    // Prefer: no-redirect 200 and the same Location. Keygen's response carries the link as links.redirect too.
    addRoute(QStringLiteral("POST"), artifacts, [this](Request &request) -> Response {
        if (!mayWrite(request.bearer, QStringLiteral("artifacts"))) {
            return accessDenied();
        }
        const QJsonObject attributes = bodyData(request).value(QStringLiteral("attributes")).toObject();
        if (auto invalid = integerOrNull(attributes, QStringLiteral("filesize"))) {
            return *invalid;
        }
        StoredResource resource;
        resource.id = newUuid();
        resource.accountId = request.account->id;
        resource.type = QStringLiteral("artifacts");
        resource.created = resource.updated = timestamp();
        for (const AttributeSpec &spec : artifactSpec().attributes) {
            resource.attributes.insert(spec.name, spec.defaultValue);
        }
        resource.attributes.insert(QStringLiteral("metadata"), QJsonObject());
        resource.links.insert(QStringLiteral("environment"), environmentLink(request.bearer));
        if (auto problem = applyBody(artifactSpec(), request, resource, true)) {
            return *problem;
        }
        if (!inScope(request.bearer, resource)) {
            return accessDenied(); // a product uploading to another product's release
        }
        resource.attributes.insert(QStringLiteral("uploadExpires"),
                                   keygenTimestamp(QDateTime::currentDateTimeUtc().addSecs(kLinkTtl)));
        if (!m_store.insertResource(resource)) {
            return error(500, QStringLiteral("The resource could not be stored"));
        }
        const QString url = storageUrl(request, m_baseUrl, QStringLiteral("PUT"), resource, kLinkTtl);
        Response response = json(prefers(request, QStringLiteral("no-redirect")) ? 200 : 307,
                                 QJsonObject{{QStringLiteral("data"), artifactObject(m_store, resource, url)}});
        addHeader(response, "Location", url.toLatin1());
        return response;
    });

    // Only filesize, signature, checksum and metadata change.
    auto updateArtifact = [this, findArtifact, mayAlter](Request &request) -> Response {
        const QString key = request.params.value(QStringLiteral("id"));
        std::optional<StoredResource> found = findArtifact(request, reachOf(m_store, request), key, {});
        if (!found) {
            return notFoundResource(QStringLiteral("artifacts"), key);
        }
        if (!mayAlter(request, *found)) {
            return accessDenied();
        }
        if (auto invalid = onlyUpdatable(request,
                                         {QStringLiteral("filesize"),
                                          QStringLiteral("signature"),
                                          QStringLiteral("checksum"),
                                          QStringLiteral("metadata")})) {
            return *invalid;
        }
        if (auto invalid = integerOrNull(bodyData(request).value(QStringLiteral("attributes")).toObject(),
                                         QStringLiteral("filesize"))) {
            return *invalid;
        }
        found->updated = timestamp();
        if (auto problem = applyBody(artifactSpec(), request, *found, false)) {
            return *problem;
        }
        if (!m_store.updateResource(*found)) {
            return error(500, QStringLiteral("The resource could not be stored"));
        }
        return json(200, QJsonObject{{QStringLiteral("data"), artifactObject(m_store, *found)}});
    };
    addRoute(QStringLiteral("PATCH"), artifact, updateArtifact);
    addRoute(QStringLiteral("PUT"), artifact, updateArtifact);

    // Delete yanks: the artifact stays, YANKED.
    addRoute(QStringLiteral("DELETE"), artifact, [this, findArtifact, mayAlter, saved](Request &request) -> Response {
        const QString key = request.params.value(QStringLiteral("id"));
        std::optional<StoredResource> found = findArtifact(request, reachOf(m_store, request), key, {});
        if (!found) {
            return notFoundResource(QStringLiteral("artifacts"), key);
        }
        if (!mayAlter(request, *found)) {
            return accessDenied();
        }
        found->attributes.insert(QStringLiteral("status"), QStringLiteral("YANKED"));
        found->attributes.remove(QStringLiteral("uploadExpires"));
        if (!saved(*found)) {
            return error(500, QStringLiteral("The resource could not be stored"));
        }
        return noContent();
    });

    // ---- Storage: where upload and download links lead ----------------------------------------------------------

    const QString storage = QStringLiteral("sandbox-storage/:account/:artifact");
    // PUT the file: the artifact becomes UPLOADED with the size of what arrived (the bytes are not kept).
    addRoute(
        QStringLiteral("PUT"),
        storage,
        [this, saved](Request &request) -> Response {
            if (auto invalid = checkStorageLink(request)) {
                return *invalid;
            }
            const QString id = request.params.value(QStringLiteral("artifact"));
            std::optional<StoredResource> found = m_store.resource(request.account->id,
                                                                   QStringLiteral("artifacts"),
                                                                   id);
            if (!found || found->id != id) {
                return notFoundResource(QStringLiteral("artifacts"), id);
            }
            if (attribute(*found, "status") == QLatin1String("YANKED")) {
                return error(403, QStringLiteral("The artifact was yanked"));
            }
            found->attributes.insert(QStringLiteral("status"), QStringLiteral("UPLOADED"));
            found->attributes.insert(QStringLiteral("filesize"), qint64(request.body.size()));
            found->attributes.remove(QStringLiteral("uploadExpires"));
            if (!saved(*found)) {
                return error(500, QStringLiteral("The resource could not be stored"));
            }
            Response response;
            response.contentType.clear();
            addHeader(response,
                      "ETag",
                      '"' + QCryptographicHash::hash(request.body, QCryptographicHash::Md5).toHex() + '"');
            return response;
        },
        false);
    // GET the file: the sandbox has no contents to give, and says so.
    addRoute(
        QStringLiteral("GET"),
        storage,
        [this](Request &request) -> Response {
            if (auto invalid = checkStorageLink(request)) {
                return *invalid;
            }
            const QString id = request.params.value(QStringLiteral("artifact"));
            const std::optional<StoredResource> found = m_store.resource(request.account->id,
                                                                         QStringLiteral("artifacts"),
                                                                         id);
            if (!found || found->id != id) {
                return notFoundResource(QStringLiteral("artifacts"), id);
            }
            return error(404,
                         QStringLiteral("The sandbox keeps no file contents: '%1' (%2 bytes) cannot be downloaded")
                             .arg(attribute(*found, "filename"))
                             .arg(qint64(found->attributes.value(QStringLiteral("filesize")).toDouble())),
                         QStringLiteral("NOT_FOUND"));
        },
        false);
}

} // namespace keydesk::sandbox
