#include "app/sandbox/listfilters.h"

#include "app/licensing/issuing.h"
#include "app/sandbox/resourcespec.h"

#include <QRegularExpression>

namespace keydesk::sandbox {

namespace {

// SQL over the resources table: an attribute or a relationship id of the row being listed.
QString attribute(const char *name)
{
    return QStringLiteral("json_extract(resources.attributes, '$.%1')").arg(QLatin1String(name));
}

QString linked(const char *name)
{
    return QStringLiteral("json_extract(resources.links, '$.%1')").arg(QLatin1String(name));
}

// The latest moment a license was used: created, validated, checked out or checked in (the status rules' activity).
QString licenseActivity()
{
    return QStringLiteral("max(resources.created, coalesce(%1, ''), coalesce(%2, ''), coalesce(%3, ''))")
        .arg(attribute("lastValidated"), attribute("lastCheckOut"), attribute("lastCheckIn"));
}

// A subquery's rows of `type` in the listed row's account whose link `name` points at the listed row.
QString relatedRows(const char *type, const char *link)
{
    return QStringLiteral("SELECT 1 FROM resources r WHERE r.account_id = resources.account_id AND r.type = '%1' AND "
                          "json_extract(r.links, '$.%2') = resources.id")
        .arg(QLatin1String(type), QLatin1String(link));
}

Response badParameter(const QString &parameter, const QString &detail)
{
    return error(400, detail, QStringLiteral("PARAMETER_INVALID"), QStringLiteral("parameter"), parameter);
}

std::optional<bool> parseBoolean(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1") || value == QLatin1String("yes")) {
        return true;
    }
    if (value == QLatin1String("false") || value == QLatin1String("0") || value == QLatin1String("no")) {
        return false;
    }
    return std::nullopt;
}

QString keygenTime(const QDateTime &time)
{
    return keygenTimestamp(time);
}

std::optional<QDateTime> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    }
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (date.isValid()) {
            time = date.startOfDay(Qt::UTC);
        }
    }
    return time.isValid() ? std::optional<QDateTime>(time.toUTC()) : std::nullopt;
}

// The bracketed parameters of one name: "expires[in]=30d" -> {"in": "30d"}.
QHash<QString, QString> bracketed(const Request &request, const QString &name)
{
    QHash<QString, QString> result;
    const QString prefix = name + QLatin1Char('[');
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key.startsWith(prefix) && key.endsWith(QLatin1Char(']'))) {
            result.insert(key.mid(prefix.size()).chopped(1), value);
        }
    }
    return result;
}

// Filters that compare a time against a window: {in|inside|outside: duration, before|after: timestamp}.
struct TimeWindow
{
    QString sql;
    QVariantList values;
};

std::variant<TimeWindow, Response> expiryWindow(const Request &request, const char *name, bool expired)
{
    TimeWindow window;
    const QHash<QString, QString> parts = bracketed(request, QLatin1String(name));
    if (parts.isEmpty()) {
        return window;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString expiry = attribute("expiry");
    // Licenses without an expiry never match; expires[…] only those still valid, expired[…] only those past it.
    window.sql = expiry + (expired ? QStringLiteral(" <= ?") : QStringLiteral(" > ?"));
    window.values << keygenTime(now);
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
        const QString parameter = QLatin1String(name) + QLatin1Char('[') + it.key() + QLatin1Char(']');
        if (it.key() == QLatin1String("in")) {
            const std::optional<qint64> seconds = parseDurationSeconds(it.value());
            if (!seconds) {
                return badParameter(parameter, QStringLiteral("must be a duration in seconds or ISO 8601 (e.g. 30d)"));
            }
            window.sql += expired ? QStringLiteral(" AND %1 >= ?").arg(expiry)
                                  : QStringLiteral(" AND %1 <= ?").arg(expiry);
            window.values << keygenTime(now.addSecs(expired ? -*seconds : *seconds));
        } else if (it.key() == QLatin1String("before") || it.key() == QLatin1String("after")) {
            const std::optional<QDateTime> time = parseTime(it.value());
            if (!time) {
                return badParameter(parameter, QStringLiteral("must be an ISO 8601 timestamp"));
            }
            window.sql += it.key() == QLatin1String("before") ? QStringLiteral(" AND %1 < ?").arg(expiry)
                                                              : QStringLiteral(" AND %1 > ?").arg(expiry);
            window.values << keygenTime(*time);
        } else {
            return badParameter(parameter, QStringLiteral("must be one of: in, before, after"));
        }
    }
    return window;
}

std::variant<TimeWindow, Response> activityWindow(const Request &request)
{
    TimeWindow window;
    const QHash<QString, QString> parts = bracketed(request, QStringLiteral("activity"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString activity = licenseActivity();
    QStringList conditions;
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
        const QString parameter = QStringLiteral("activity[") + it.key() + QLatin1Char(']');
        if (it.key() == QLatin1String("inside") || it.key() == QLatin1String("outside")) {
            const std::optional<qint64> seconds = parseDurationSeconds(it.value());
            if (!seconds) {
                return badParameter(parameter, QStringLiteral("must be a duration in seconds or ISO 8601 (e.g. 30d)"));
            }
            conditions << activity
                              + (it.key() == QLatin1String("inside") ? QStringLiteral(" >= ?")
                                                                     : QStringLiteral(" < ?"));
            window.values << keygenTime(now.addSecs(-*seconds));
        } else if (it.key() == QLatin1String("before") || it.key() == QLatin1String("after")) {
            const std::optional<QDateTime> time = parseTime(it.value());
            if (!time) {
                return badParameter(parameter, QStringLiteral("must be an ISO 8601 timestamp"));
            }
            conditions << activity
                              + (it.key() == QLatin1String("before") ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
            window.values << keygenTime(*time);
        } else {
            return badParameter(parameter, QStringLiteral("must be one of: inside, outside, before, after"));
        }
    }
    window.sql = conditions.join(QStringLiteral(" AND "));
    return window;
}

void addCondition(ListQuery &query, const QString &sql, const QVariantList &values = {})
{
    query.conditions << sql;
    query.conditionValues += values;
}

// A condition that selects nothing: a filter naming something that does not exist finds nothing (as in Keygen).
void matchNothing(ListQuery &query)
{
    addCondition(query, QStringLiteral("0"));
}

// The id of a related resource given by id or alias (an owner's email, a license's key); empty if unknown.
QString resolve(const SandboxStore &store, const ListQuery &query, const QString &type, const QString &idOrAlias)
{
    return store.resource(query.accountId, type, idOrAlias).value_or(StoredResource()).id;
}

// metadata[key]=value: Keygen compares the value as given, a number or boolean matching its text.
void metadataFilters(const Request &request, ListQuery &query)
{
    const QHash<QString, QString> metadata = bracketed(request, QStringLiteral("metadata"));
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        QString key = it.key();
        key.replace(QLatin1Char('"'), QString());
        const QString path = QStringLiteral("$.metadata.\"%1\"").arg(key);
        const std::optional<bool> boolean = parseBoolean(it.value());
        if (boolean && !it.value().trimmed().startsWith(QLatin1Char('0'))
            && !it.value().trimmed().startsWith(QLatin1Char('1'))) {
            addCondition(query,
                         QStringLiteral("json_type(resources.attributes, ?) = ?"),
                         {path, *boolean ? QStringLiteral("true") : QStringLiteral("false")});
        } else {
            addCondition(query,
                         QStringLiteral("CAST(json_extract(resources.attributes, ?) AS TEXT) = ? AND "
                                        "json_type(resources.attributes, ?) IN ('text', 'integer', 'real')"),
                         {path, it.value(), path});
        }
    }
}

std::optional<Response> booleanFilter(const Request &request,
                                      const char *name,
                                      ListQuery &query,
                                      const QString &whenTrue)
{
    if (!request.hasQuery(QLatin1String(name))) {
        return std::nullopt;
    }
    const std::optional<bool> value = parseBoolean(request.queryValue(QLatin1String(name)));
    if (!value) {
        return badParameter(QLatin1String(name), QStringLiteral("must be a boolean (true or false)"));
    }
    addCondition(query, *value ? whenTrue : QStringLiteral("NOT (%1)").arg(whenTrue));
    return std::nullopt;
}

// Whether a license has an owner or an attached user.
QString licenseAssigned()
{
    return QStringLiteral("%1 IS NOT NULL OR EXISTS (%2)")
        .arg(linked("owner"), relatedRows("license-users", "license"));
}

std::optional<Response> licenseFilters(const SandboxStore &store, const Request &request, ListQuery &query)
{
    if (request.hasQuery(QStringLiteral("status"))) {
        const QString status = request.queryValue(QStringLiteral("status")).toUpper();
        const QString now = keygenTime(QDateTime::currentDateTimeUtc());
        const QString quietSince = keygenTime(QDateTime::currentDateTimeUtc().addDays(-90));
        const QString suspended = attribute("suspended") + QStringLiteral(" = 1");
        const QString banned = QStringLiteral("EXISTS (SELECT 1 FROM resources u WHERE u.account_id = "
                                              "resources.account_id AND u.type = 'users' AND u.id = %1 AND "
                                              "json_extract(u.attributes, '$.status') = 'BANNED')")
                                   .arg(linked("owner"));
        if (status == QLatin1String("SUSPENDED")) {
            addCondition(query, suspended);
        } else if (status == QLatin1String("EXPIRED")) {
            addCondition(query, attribute("expiry") + QStringLiteral(" <= ?"), {now});
        } else if (status == QLatin1String("EXPIRING")) {
            addCondition(query,
                         QStringLiteral("%1 > ? AND %1 <= ?").arg(attribute("expiry")),
                         {now, keygenTime(QDateTime::currentDateTimeUtc().addDays(3))});
        } else if (status == QLatin1String("ACTIVE")) {
            // Active and inactive are designations that sub-statuses (expiring, expired) keep.
            addCondition(query, licenseActivity() + QStringLiteral(" >= ? AND NOT ") + banned, {quietSince});
        } else if (status == QLatin1String("INACTIVE")) {
            addCondition(query, licenseActivity() + QStringLiteral(" < ? AND NOT ") + banned, {quietSince});
        } else if (status == QLatin1String("BANNED")) {
            addCondition(query, banned);
        } else {
            matchNothing(query);
        }
    }
    for (const auto &[name, expired] : {std::pair{"expires", false}, std::pair{"expired", true}}) {
        auto window = expiryWindow(request, name, expired);
        if (auto *response = std::get_if<Response>(&window)) {
            return *response;
        }
        if (const TimeWindow &w = std::get<TimeWindow>(window); !w.sql.isEmpty()) {
            addCondition(query, w.sql, w.values);
        }
    }
    auto activity = activityWindow(request);
    if (auto *response = std::get_if<Response>(&activity)) {
        return *response;
    }
    if (const TimeWindow &w = std::get<TimeWindow>(activity); !w.sql.isEmpty()) {
        addCondition(query, w.sql, w.values);
    }
    if (auto problem = booleanFilter(request, "assigned", query, licenseAssigned())) {
        return problem;
    }
    if (auto problem = booleanFilter(request, "unassigned", query, QStringLiteral("NOT (%1)").arg(licenseAssigned()))) {
        return problem;
    }
    const QString machines = relatedRows("machines", "license");
    if (auto problem = booleanFilter(request, "activated", query, QStringLiteral("EXISTS (%1)").arg(machines))) {
        return problem;
    }
    const QHash<QString, QString> activations = bracketed(request, QStringLiteral("activations"));
    for (auto it = activations.constBegin(); it != activations.constEnd(); ++it) {
        static const QHash<QString, QString> operators{{QStringLiteral("eq"), QStringLiteral("=")},
                                                       {QStringLiteral("gt"), QStringLiteral(">")},
                                                       {QStringLiteral("gte"), QStringLiteral(">=")},
                                                       {QStringLiteral("lt"), QStringLiteral("<")},
                                                       {QStringLiteral("lte"), QStringLiteral("<=")}};
        bool ok = false;
        const qint64 count = it.value().toLongLong(&ok);
        const QString parameter = QStringLiteral("activations[") + it.key() + QLatin1Char(']');
        if (!operators.contains(it.key())) {
            return badParameter(parameter, QStringLiteral("must be one of: eq, gt, gte, lt, lte"));
        }
        if (!ok || count < 0) {
            return badParameter(parameter, QStringLiteral("must be a non-negative integer"));
        }
        addCondition(query,
                     QStringLiteral("(SELECT COUNT(*) FROM resources r WHERE r.account_id = resources.account_id AND "
                                    "r.type = 'machines' AND json_extract(r.links, '$.license') = resources.id) %1 ?")
                         .arg(operators.value(it.key())),
                     {count});
    }
    if (request.hasQuery(QStringLiteral("user"))) {
        const QString user = resolve(store, query, QStringLiteral("users"), request.queryValue(QStringLiteral("user")));
        if (user.isEmpty()) {
            matchNothing(query);
        } else {
            addCondition(query,
                         QStringLiteral("%1 = ? OR EXISTS (%2 AND json_extract(r.links, '$.user') = ?)")
                             .arg(linked("owner"), relatedRows("license-users", "license")),
                         {user, user});
        }
    }
    if (request.hasQuery(QStringLiteral("machine"))) {
        const auto machine = store.resource(query.accountId,
                                            QStringLiteral("machines"),
                                            request.queryValue(QStringLiteral("machine")));
        const QString license = machine ? machine->links.value(QStringLiteral("license")).toString() : QString();
        if (license.isEmpty() || (!query.idFilter.isEmpty() && query.idFilter != license)) {
            matchNothing(query);
        } else {
            query.idFilter = license;
        }
    }
    return std::nullopt;
}

std::optional<Response> machineFilters(const SandboxStore &store, const Request &request, ListQuery &query)
{
    for (const char *name : {"fingerprint", "ip", "hostname"}) {
        if (request.hasQuery(QLatin1String(name))) {
            addCondition(query, attribute(name) + QStringLiteral(" = ?"), {request.queryValue(QLatin1String(name))});
        }
    }
    // A machine's policy and license key are its license's.
    const QString license = QStringLiteral("SELECT l.id FROM resources l WHERE l.account_id = resources.account_id AND "
                                           "l.type = 'licenses' AND l.id = %1")
                                .arg(linked("license"));
    if (request.hasQuery(QStringLiteral("policy"))) {
        addCondition(query,
                     QStringLiteral("EXISTS (%1 AND json_extract(l.links, '$.policy') = ?)").arg(license),
                     {request.queryValue(QStringLiteral("policy"))});
    }
    if (request.hasQuery(QStringLiteral("key"))) {
        const QString id = resolve(store, query, QStringLiteral("licenses"), request.queryValue(QStringLiteral("key")));
        if (id.isEmpty()) {
            matchNothing(query);
        } else {
            query.linkFilters.append({QStringLiteral("license"), id});
        }
    }
    return std::nullopt;
}

std::optional<Response> userFilters(const Request &request, ListQuery &query)
{
    if (request.hasQuery(QStringLiteral("status"))) {
        addCondition(query,
                     attribute("status") + QStringLiteral(" = ?"),
                     {request.queryValue(QStringLiteral("status")).toUpper()});
    }
    // Users own licenses, or are attached to them.
    const QString licensesOfUser = QStringLiteral(
        "SELECT 1 FROM resources l WHERE l.account_id = resources.account_id AND l.type = 'licenses' AND "
        "(json_extract(l.links, '$.owner') = resources.id OR EXISTS (SELECT 1 FROM resources lu WHERE "
        "lu.account_id = resources.account_id AND lu.type = 'license-users' AND json_extract(lu.links, '$.user') = "
        "resources.id AND json_extract(lu.links, '$.license') = l.id))");
    if (auto problem = booleanFilter(request, "assigned", query, QStringLiteral("EXISTS (%1)").arg(licensesOfUser))) {
        return problem;
    }
    if (request.hasQuery(QStringLiteral("product"))) {
        addCondition(query,
                     QStringLiteral("EXISTS (%1 AND json_extract(l.links, '$.product') = ?)").arg(licensesOfUser),
                     {request.queryValue(QStringLiteral("product"))});
    }
    // Keygen lists users with the role "user" unless roles[] asks for others.
    QStringList roles;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("roles[]") || key == QLatin1String("roles")) {
            roles += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
    }
    if (roles.isEmpty() && query.idFilter.isEmpty()) {
        roles << QStringLiteral("user");
    }
    if (!roles.isEmpty()) {
        QStringList placeholders;
        QVariantList values;
        for (const QString &role : std::as_const(roles)) {
            placeholders << QStringLiteral("?");
            values << role.trimmed().toLower();
        }
        addCondition(query, attribute("role") + QStringLiteral(" IN (") + placeholders.join(u',') + u')', values);
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> parseDurationSeconds(const QString &text)
{
    const QString value = text.trimmed();
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok) {
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    }
    static const QRegularExpression shorthand(QStringLiteral("^(\\d+)\\s*(s|m|h|d|w|mo|y)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = shorthand.match(value); match.hasMatch()) {
        static const QHash<QString, qint64> units{{QStringLiteral("s"), 1},
                                                  {QStringLiteral("m"), 60},
                                                  {QStringLiteral("h"), 3600},
                                                  {QStringLiteral("d"), 86400},
                                                  {QStringLiteral("w"), 7 * 86400},
                                                  {QStringLiteral("mo"), 2629746},
                                                  {QStringLiteral("y"), 31556952}};
        return match.captured(1).toLongLong() * units.value(match.captured(2).toLower());
    }
    // ISO 8601: PnYnMnWnDTnHnMnS (years and months as ActiveSupport counts them).
    static const QRegularExpression iso(QStringLiteral("^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
                                                       "(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = iso.match(value);
    if (!match.hasMatch() || value.size() < 3 || value.endsWith(QLatin1Char('T'), Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    const qint64 factors[] = {31556952, 2629746, 7 * 86400, 86400, 3600, 60, 1};
    qint64 total = 0;
    for (int i = 0; i < 7; ++i) {
        total += match.captured(i + 1).toLongLong() * factors[i];
    }
    return total;
}

std::optional<Response> readListFilters(const SandboxStore &store,
                                        const ResourceSpec &spec,
                                        const Request &request,
                                        ListQuery &query)
{
    // ?product=<id>, ?policy=<id>, ?group=<id> …; an owner by id or email, a license by id or key.
    for (const RelationshipSpec &relationship : spec.relationships) {
        if (!relationship.toOne || !request.hasQuery(relationship.name)) {
            continue;
        }
        const QString given = request.queryValue(relationship.name);
        const bool byAlias = relationship.type == QLatin1String("users")
                          || relationship.type == QLatin1String("licenses");
        const QString id = byAlias ? resolve(store, query, relationship.type, given) : given;
        if (id.isEmpty()) {
            matchNothing(query);
        } else {
            query.linkFilters.append({relationship.name, id});
        }
    }
    metadataFilters(request, query);
    if (spec.type == QLatin1String("licenses")) {
        return licenseFilters(store, request, query);
    }
    if (spec.type == QLatin1String("machines")) {
        return machineFilters(store, request, query);
    }
    if (spec.type == QLatin1String("users")) {
        return userFilters(request, query);
    }
    return std::nullopt;
}

} // namespace keydesk::sandbox
