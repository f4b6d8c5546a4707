#include "app/sandbox/resourcespec.h"

#include "app/licensing/clock.h"
#include "app/licensing/issuing.h"
#include "app/sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <optional>

namespace keydesk::sandbox {

namespace {

QString problem(const QString &attribute, const char *code, const QString &detail)
{
    return snakeUpper(attribute) + QLatin1Char('_') + QLatin1String(code) + QStringLiteral("|/data/attributes/")
         + attribute + QLatin1Char('|') + detail;
}

} // namespace

// Keygen's codes are the attribute path upper-cased in snake case: maxMachines -> MAX_MACHINES.
QString snakeUpper(const QString &camel)
{
    QString out;
    for (const QChar c : camel) {
        if (c.isUpper() && !out.isEmpty()) {
            out += QLatin1Char('_');
        }
        out += c.toUpper();
    }
    return out;
}

namespace {

QString notAllowed(const QString &attribute)
{
    return snakeUpper(attribute) + QStringLiteral("_NOT_ALLOWED|/data/attributes/") + attribute
         + QStringLiteral("|is not included in the list");
}

QString invalid(const QString &attribute, const QString &detail)
{
    return snakeUpper(attribute) + QStringLiteral("_INVALID|/data/attributes/") + attribute + QLatin1Char('|') + detail;
}

// An enum attribute must hold one of its values (or null when allowed).
bool oneOf(const QJsonObject &attributes,
           const char *name,
           std::initializer_list<const char *> values,
           bool nullable = false)
{
    const QJsonValue value = attributes.value(QLatin1String(name));
    if (value.isNull() || value.isUndefined()) {
        return nullable;
    }
    for (const char *allowed : values) {
        if (value.toString() == QLatin1String(allowed)) {
            return true;
        }
    }
    return false;
}

// A number attribute is null or an integer at least `minimum`.
bool atLeast(const QJsonObject &attributes, const char *name, qint64 minimum)
{
    const QJsonValue value = attributes.value(QLatin1String(name));
    if (value.isNull() || value.isUndefined()) {
        return true;
    }
    return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))
        && qint64(value.toDouble()) >= minimum;
}

QString preparePolicy(StoredResource &resource, const SandboxStore &, bool)
{
    QJsonObject &a = resource.attributes;

    struct Enum
    {
        const char *name;
        std::initializer_list<const char *> values;
        bool nullable;
    };

    const Enum enums[] = {
        {"machineUniquenessStrategy",
         {"UNIQUE_PER_ACCOUNT", "UNIQUE_PER_PRODUCT", "UNIQUE_PER_POLICY", "UNIQUE_PER_LICENSE"},
         false},
        {"machineMatchingStrategy", {"MATCH_ANY", "MATCH_TWO", "MATCH_MOST", "MATCH_ALL"}, false},
        {"componentUniquenessStrategy",
         {"UNIQUE_PER_ACCOUNT", "UNIQUE_PER_PRODUCT", "UNIQUE_PER_POLICY", "UNIQUE_PER_LICENSE", "UNIQUE_PER_MACHINE"},
         false},
        {"componentMatchingStrategy", {"MATCH_ANY", "MATCH_TWO", "MATCH_MOST", "MATCH_ALL"}, false},
        {"expirationStrategy", {"RESTRICT_ACCESS", "REVOKE_ACCESS", "MAINTAIN_ACCESS", "ALLOW_ACCESS"}, false},
        {"expirationBasis",
         {"FROM_CREATION", "FROM_FIRST_VALIDATION", "FROM_FIRST_ACTIVATION", "FROM_FIRST_DOWNLOAD", "FROM_FIRST_USE"},
         false},
        {"renewalBasis", {"FROM_EXPIRY", "FROM_NOW", "FROM_NOW_IF_EXPIRED"}, false},
        {"transferStrategy", {"RESET_EXPIRY", "KEEP_EXPIRY"}, false},
        {"authenticationStrategy", {"TOKEN", "LICENSE", "SESSION", "MIXED", "NONE"}, false},
        {"heartbeatCullStrategy", {"DEACTIVATE_DEAD", "KEEP_DEAD"}, false},
        {"heartbeatResurrectionStrategy",
         {"ALWAYS_REVIVE",
          "15_MINUTE_REVIVE",
          "10_MINUTE_REVIVE",
          "5_MINUTE_REVIVE",
          "2_MINUTE_REVIVE",
          "1_MINUTE_REVIVE",
          "NO_REVIVE"},
         false},
        {"heartbeatBasis", {"FROM_CREATION", "FROM_FIRST_PING"}, true},
        {"machineLeasingStrategy", {"PER_LICENSE", "PER_USER"}, false},
        {"processLeasingStrategy", {"PER_LICENSE", "PER_MACHINE", "PER_USER"}, false},
        {"overageStrategy",
         {"ALWAYS_ALLOW_OVERAGE", "ALLOW_1_25X_OVERAGE", "ALLOW_1_5X_OVERAGE", "ALLOW_2X_OVERAGE", "NO_OVERAGE"},
         false},
        {"scheme",
         {"ED25519_SIGN",
          "ECDSA_P256_SIGN",
          "RSA_2048_PKCS1_SIGN_V2",
          "RSA_2048_PKCS1_PSS_SIGN_V2",
          "RSA_2048_PKCS1_SIGN",
          "RSA_2048_PKCS1_PSS_SIGN",
          "RSA_2048_PKCS1_ENCRYPT",
          "RSA_2048_JWT_RS256",
          "LEGACY_ENCRYPT"},
         true},
        {"checkInInterval", {"day", "week", "month", "year"}, true},
    };
    for (const Enum &e : enums) {
        if (!oneOf(a, e.name, e.values, e.nullable)) {
            return notAllowed(QLatin1String(e.name));
        }
    }
    if (!atLeast(a, "duration", 86400)) {
        return invalid(QStringLiteral("duration"), QStringLiteral("must be greater than or equal to 86400 (1 day)"));
    }
    if (!atLeast(a, "heartbeatDuration", 60)) {
        return invalid(QStringLiteral("heartbeatDuration"),
                       QStringLiteral("must be greater than or equal to 60 (1 minute)"));
    }
    for (const char *limit :
         {"maxMachines", "maxProcesses", "maxUsers", "maxCores", "maxMemory", "maxDisk", "maxUses"}) {
        if (!atLeast(a, limit, 0)) {
            return invalid(QLatin1String(limit), QStringLiteral("must be greater than or equal to 0"));
        }
    }
    if (!a.value(QStringLiteral("checkInIntervalCount")).isNull()
        && (!atLeast(a, "checkInIntervalCount", 1) || a.value(QStringLiteral("checkInIntervalCount")).toInt() > 365)) {
        return invalid(QStringLiteral("checkInIntervalCount"),
                       QStringLiteral("must be a number between 1 and 365 inclusive"));
    }
    if (a.value(QStringLiteral("requireCheckIn")).toBool()
        && (a.value(QStringLiteral("checkInInterval")).isNull()
            || a.value(QStringLiteral("checkInIntervalCount")).isNull())) {
        return problem(QStringLiteral("checkInInterval"),
                       "MISSING",
                       QStringLiteral("is required when check-in is required"));
    }
    // Node-locked policies allow exactly one machine.
    if (!a.value(QStringLiteral("floating")).toBool()) {
        a.insert(QStringLiteral("maxMachines"), 1);
    }
    if (a.value(QStringLiteral("heartbeatBasis")).isNull()) {
        a.insert(QStringLiteral("heartbeatBasis"),
                 a.value(QStringLiteral("requireHeartbeat")).toBool() ? QStringLiteral("FROM_CREATION")
                                                                      : QStringLiteral("FROM_FIRST_PING"));
    }
    if (a.value(QStringLiteral("encrypted")).toBool() && a.value(QStringLiteral("scheme")).isNull()) {
        a.insert(QStringLiteral("scheme"), QStringLiteral("LEGACY_ENCRYPT"));
    }
    if (a.value(QStringLiteral("usePool")).toBool()
        && (a.value(QStringLiteral("encrypted")).toBool() || !a.value(QStringLiteral("scheme")).isNull())) {
        return QStringLiteral(
            "USE_POOL_NOT_SUPPORTED|/data/attributes/usePool|cannot be used with a cryptographic scheme");
    }
    if (a.value(QStringLiteral("heartbeatResurrectionStrategy")).toString() == QLatin1String("ALWAYS_REVIVE")
        && a.value(QStringLiteral("heartbeatCullStrategy")).toString() != QLatin1String("KEEP_DEAD")) {
        return QStringLiteral("HEARTBEAT_CULL_STRATEGY_NOT_SUPPORTED|/data/attributes/heartbeatCullStrategy|"
                              "must be KEEP_DEAD when resurrection strategy is ALWAYS_REVIVE");
    }
    const QString overage = a.value(QStringLiteral("overageStrategy")).toString();
    if (overage == QLatin1String("ALLOW_1_25X_OVERAGE") || overage == QLatin1String("ALLOW_1_5X_OVERAGE")) {
        const int divisor = overage == QLatin1String("ALLOW_1_25X_OVERAGE") ? 4 : 2;
        if (!a.value(QStringLiteral("floating")).toBool()) {
            return QStringLiteral("OVERAGE_STRATEGY_NOT_SUPPORTED|/data/attributes/overageStrategy|"
                                  "incompatible with node-locked policies");
        }
        for (const char *limit : {"maxMachines", "maxCores", "maxMemory", "maxDisk", "maxProcesses", "maxUsers"}) {
            const QJsonValue value = a.value(QLatin1String(limit));
            if (value.isDouble() && qint64(value.toDouble()) % divisor != 0) {
                return QStringLiteral("OVERAGE_STRATEGY_NOT_SUPPORTED|/data/attributes/overageStrategy|"
                                      "incompatible with limits not divisible by %1")
                    .arg(divisor);
            }
        }
    }
    return {};
}

QString prepareUser(StoredResource &resource, const SandboxStore &, bool)
{
    QJsonObject &a = resource.attributes;
    const QString email = a.value(QStringLiteral("email")).toString().trimmed().toLower();
    if (!email.contains(QLatin1Char('@')) || email.startsWith(QLatin1Char('@')) || email.endsWith(QLatin1Char('@'))) {
        return problem(QStringLiteral("email"), "INVALID", QStringLiteral("must be a valid email"));
    }
    a.insert(QStringLiteral("email"), email);
    if (!oneOf(a, "role", {"user", "admin", "developer", "read-only", "sales-agent", "support-agent"})) {
        return notAllowed(QStringLiteral("role"));
    }
    const QString first = a.value(QStringLiteral("firstName")).toString();
    const QString last = a.value(QStringLiteral("lastName")).toString();
    const QString full = QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
    a.insert(QStringLiteral("fullName"), full.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(full));
    // A password is kept only as a salted digest.
    const QJsonValue password = a.take(QStringLiteral("password"));
    if (password.isString()) {
        if (password.toString().size() < 8) {
            return problem(QStringLiteral("password"),
                           "TOO_SHORT",
                           QStringLiteral("is too short (minimum is 8 characters)"));
        }
        a.insert(QStringLiteral("passwordDigest"), passwordDigest(password.toString(), crypto::randomBytes(16)));
    }
    return {};
}

// Keygen's plain key: 32 random hex digits, the last two replaced by "V3", upper case, in groups of six.
QString plainLicenseKey()
{
    QString hex = QString::fromLatin1(crypto::randomBytes(16).toHex().toUpper());
    hex.replace(30, 2, QStringLiteral("V3"));
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 6) {
        groups.append(hex.mid(i, 6));
    }
    return groups.join(QLatin1Char('-'));
}

crypto::PrivateKey signerFor(const SandboxStore &store, const QString &accountId, KeyScheme scheme)
{
    const std::optional<Account> account = store.account(accountId);
    if (!account) {
        return {};
    }
    switch (crypto::keyTypeFor(signatureAlgorithmFor(scheme))) {
    case crypto::KeyType::Ed25519:
        return crypto::PrivateKey::fromPem(account->ed25519PrivatePem);
    case crypto::KeyType::EcdsaP256:
        return crypto::PrivateKey::fromPem(account->ecdsaPrivatePem);
    default:
        return crypto::PrivateKey::fromPem(account->rsaPrivatePem);
    }
}

QString link(const StoredResource &resource, const char *name)
{
    return resource.links.value(QLatin1String(name)).toString();
}

QString prepareLicense(StoredResource &resource, SandboxStore &store, bool creating)
{
    QJsonObject &a = resource.attributes;
    const std::optional<StoredResource> policy = store.resource(resource.accountId,
                                                                QStringLiteral("policies"),
                                                                link(resource, "policy"));
    if (!policy) {
        return QStringLiteral("POLICY_NOT_FOUND|/data/relationships/policy|must exist");
    }
    const QJsonObject &p = policy->attributes;
    resource.links.insert(QStringLiteral("product"), policy->links.value(QStringLiteral("product")));
    // What the policy decides, the license shows.
    for (const char *name :
         {"scheme", "encrypted", "strict", "floating", "protected", "requireHeartbeat", "requireCheckIn"}) {
        a.insert(QLatin1String(name), p.value(QLatin1String(name)));
    }
    if (creating) {
        for (const char *limit :
             {"maxMachines", "maxProcesses", "maxUsers", "maxCores", "maxMemory", "maxDisk", "maxUses"}) {
            if (a.value(QLatin1String(limit)).isNull()) {
                a.insert(QLatin1String(limit), p.value(QLatin1String(limit)));
            }
        }
    }
    for (const char *limit :
         {"maxMachines", "maxProcesses", "maxUsers", "maxCores", "maxMemory", "maxDisk", "maxUses", "uses"}) {
        if (!atLeast(a, limit, 0)) {
            return invalid(QLatin1String(limit), QStringLiteral("must be greater than or equal to 0"));
        }
    }
    const QJsonValue expiry = a.value(QStringLiteral("expiry"));
    if (!expiry.isNull() && !QDateTime::fromString(expiry.toString(), Qt::ISODateWithMs).isValid()) {
        return invalid(QStringLiteral("expiry"), QStringLiteral("must be a valid ISO 8601 timestamp"));
    }
    if (!expiry.isNull()) {
        a.insert(QStringLiteral("expiry"),
                 keygenTimestamp(QDateTime::fromString(expiry.toString(), Qt::ISODateWithMs)));
    }
    if (!creating) {
        return {};
    }
    const QDateTime created = QDateTime::fromString(resource.created, Qt::ISODateWithMs);
    const QJsonValue duration = p.value(QStringLiteral("duration"));
    if (expiry.isNull() && duration.isDouble()
        && p.value(QStringLiteral("expirationBasis")).toString() == QLatin1String("FROM_CREATION")) {
        a.insert(QStringLiteral("expiry"), keygenTimestamp(addKeygenDuration(created, qint64(duration.toDouble()))));
    }

    // A pooled policy hands out its pre-determined keys, oldest first.
    if (p.value(QStringLiteral("usePool")).toBool()) {
        if (!a.value(QStringLiteral("key")).isNull()) {
            return QStringLiteral("KEY_NOT_SUPPORTED|/data/attributes/key|cannot be specified for a pooled policy");
        }
        const std::optional<StoredResource> key = popPoolKey(store, resource.accountId, policy->id);
        if (!key) {
            return QStringLiteral("POLICY_POOL_EMPTY|/data/relationships/policy|pool is empty");
        }
        a.insert(QStringLiteral("key"), key->attributes.value(QStringLiteral("key")));
        return {};
    }

    const QString schemeName = p.value(QStringLiteral("scheme")).toString();
    const std::optional<KeyScheme> scheme = keySchemeFromName(schemeName);
    const QString given = a.value(QStringLiteral("key")).toString();
    if (!scheme) {
        if (schemeName == QLatin1String("LEGACY_ENCRYPT")) {
            return QStringLiteral("SCHEME_NOT_SUPPORTED|/data/relationships/policy|LEGACY_ENCRYPT is not supported "
                                  "by the sandbox");
        }
        if (given.isEmpty()) {
            a.insert(QStringLiteral("key"), plainLicenseKey());
        } else if (given.size() < 6) {
            return invalid(QStringLiteral("key"), QStringLiteral("is too short (minimum is 6 characters)"));
        }
        return {};
    }
    // Signed keys: the given key is the dataset; without one, Keygen's default dataset.
    QByteArray dataset = given.toUtf8();
    if (given.isEmpty()) {
        LicenseKeySeed seed;
        seed.accountId = resource.accountId;
        seed.productId = link(resource, "product");
        seed.policyId = policy->id;
        if (duration.isDouble()) {
            seed.duration = qint64(duration.toDouble());
        }
        seed.userId = link(resource, "owner");
        if (!seed.userId.isEmpty()) {
            seed.userEmail = store.resource(resource.accountId, QStringLiteral("users"), seed.userId)
                                 .value_or(StoredResource())
                                 .attributes.value(QStringLiteral("email"))
                                 .toString();
        }
        seed.licenseId = resource.id;
        seed.created = created;
        if (a.value(QStringLiteral("expiry")).isString()) {
            seed.expiry = QDateTime::fromString(a.value(QStringLiteral("expiry")).toString(), Qt::ISODateWithMs);
        }
        dataset = defaultKeyDataset(*scheme, seed);
    }
    const std::optional<QString> key = issueSignedKey(*scheme, dataset, signerFor(store, resource.accountId, *scheme));
    if (!key) {
        return *scheme == KeyScheme::RsaPkcs1Encrypt
                 ? QStringLiteral("KEY_BYTE_SIZE_EXCEEDED|/data/attributes/key|key exceeds maximum byte length (245)")
                 : QStringLiteral("KEY_JWT_CLAIMS_INVALID|/data/attributes/key|key must be a valid JWT claims payload");
    }
    a.insert(QStringLiteral("key"), *key);
    return {};
}

// A timestamp attribute or column as milliseconds since the epoch; nullopt when it is not a timestamp (null, blank).
// `exact` turns false when the text is a timestamp in another form, for which the caller uses QDateTime instead.
std::optional<qint64> timestampMs(const QString &text, bool &exact)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<qint64> ms = keygenTimestampMs(text, TimestampForm::SecondsToo);
    if (!ms) {
        exact = false;
    }
    return ms;
}

// Keygen's status rules: suspended, expired, expiring within 3 days, inactive after 90 quiet days, else active.
// Reads what licenseSpec().presentReads names.
QString licenseStatus(const StoredResource &resource)
{
    const QJsonObject &stored = resource.attributes;
    if (stored.value(QStringLiteral("suspended")).toBool()) {
        return QStringLiteral("SUSPENDED");
    }
    const QString expiryText = stored.value(QStringLiteral("expiry")).toString();
    const QString activityTexts[] = {resource.created,
                                     stored.value(QStringLiteral("lastValidated")).toString(),
                                     stored.value(QStringLiteral("lastCheckOut")).toString(),
                                     stored.value(QStringLiteral("lastCheckIn")).toString()};
    bool exact = !resource.created.isEmpty();
    const std::optional<qint64> expiry = timestampMs(expiryText, exact);
    std::optional<qint64> activity[4];
    for (int i = 0; i < 4; ++i) {
        activity[i] = timestampMs(activityTexts[i], exact);
    }
    if (exact) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (expiry && *expiry <= now) {
            return QStringLiteral("EXPIRED");
        }
        if (expiry && (*expiry - now) / 1000 <= 3 * 86400) {
            return QStringLiteral("EXPIRING");
        }
        qint64 latest = *activity[0];
        for (int i = 1; i < 4; ++i) {
            if (activity[i] && *activity[i] > latest) {
                latest = *activity[i];
            }
        }
        return (now - latest) / 1000 > 90LL * 86400 ? QStringLiteral("INACTIVE") : QStringLiteral("ACTIVE");
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expiryTime = QDateTime::fromString(expiryText, Qt::ISODateWithMs);
    if (expiryTime.isValid() && expiryTime <= now) {
        return QStringLiteral("EXPIRED");
    }
    if (expiryTime.isValid() && now.secsTo(expiryTime) <= 3 * 86400) {
        return QStringLiteral("EXPIRING");
    }
    QDateTime latest = QDateTime::fromString(resource.created, Qt::ISODateWithMs);
    for (int i = 1; i < 4; ++i) {
        const QDateTime at = QDateTime::fromString(activityTexts[i], Qt::ISODateWithMs);
        if (at.isValid() && at > latest) {
            latest = at;
        }
    }
    return latest.secsTo(now) > 90LL * 86400 ? QStringLiteral("INACTIVE") : QStringLiteral("ACTIVE");
}

void presentLicense(const StoredResource &resource, QJsonObject &a)
{
    a.insert(QStringLiteral("status"), licenseStatus(resource));
}

QString prepareMachine(StoredResource &resource, const SandboxStore &store, bool creating)
{
    QJsonObject &a = resource.attributes;
    const std::optional<StoredResource> license = store.resource(resource.accountId,
                                                                 QStringLiteral("licenses"),
                                                                 link(resource, "license"));
    if (!license) {
        return QStringLiteral("LICENSE_NOT_FOUND|/data/relationships/license|must exist");
    }
    for (const char *limit : {"cores", "memory", "disk"}) {
        if (!atLeast(a, limit, 0)) {
            return invalid(QLatin1String(limit), QStringLiteral("must be greater than or equal to 0"));
        }
    }
    resource.links.insert(QStringLiteral("product"), license->links.value(QStringLiteral("product")));
    if (!creating) {
        return {};
    }
    const std::optional<StoredResource> policy = store.resource(resource.accountId,
                                                                QStringLiteral("policies"),
                                                                link(*license, "policy"));
    const QJsonObject p = policy ? policy->attributes : QJsonObject();
    a.insert(QStringLiteral("requireHeartbeat"), license->attributes.value(QStringLiteral("requireHeartbeat")));
    a.insert(QStringLiteral("heartbeatBasis"), p.value(QStringLiteral("heartbeatBasis"))); // kept, not rendered
    a.insert(QStringLiteral("heartbeatDuration"),
             p.value(QStringLiteral("heartbeatDuration")).isDouble() ? p.value(QStringLiteral("heartbeatDuration"))
                                                                     : QJsonValue(600));
    a.insert(QStringLiteral("maxProcesses"), license->attributes.value(QStringLiteral("maxProcesses")));
    if (resource.links.value(QStringLiteral("owner")).isNull()) {
        resource.links.insert(QStringLiteral("owner"), license->links.value(QStringLiteral("owner")));
    }

    // Fingerprint uniqueness follows the policy's machineUniquenessStrategy.
    const QString fingerprint = a.value(QStringLiteral("fingerprint")).toString();
    const QString strategy = p.value(QStringLiteral("machineUniquenessStrategy")).toString();
    ListQuery query;
    query.accountId = resource.accountId;
    query.type = QStringLiteral("machines");
    query.limit = 1000000;
    if (strategy == QLatin1String("UNIQUE_PER_LICENSE") || strategy.isEmpty()) {
        query.linkFilters.append({QStringLiteral("license"), license->id});
    } else if (strategy == QLatin1String("UNIQUE_PER_PRODUCT")) {
        query.linkFilters.append({QStringLiteral("product"), link(*license, "product")});
    }
    for (const StoredResource &machine : store.list(query)) {
        if (machine.alias == fingerprint
            && (strategy != QLatin1String("UNIQUE_PER_POLICY")
                || store.resource(resource.accountId, QStringLiteral("licenses"), link(machine, "license"))
                           .value_or(StoredResource())
                           .links.value(QStringLiteral("policy"))
                       == license->links.value(QStringLiteral("policy")))) {
            return QStringLiteral("FINGERPRINT_TAKEN|/data/attributes/fingerprint|has already been taken");
        }
    }

    // The license's machine limit, with the policy's overage allowance.
    const QJsonValue max = license->attributes.value(QStringLiteral("maxMachines"));
    if (max.isDouble()) {
        ListQuery machines;
        machines.accountId = resource.accountId;
        machines.type = QStringLiteral("machines");
        machines.linkFilters.append({QStringLiteral("license"), license->id});
        const qint64 count = store.count(machines) + 1;
        const double limit = max.toDouble();
        const double allowed = limit
                             * overageFactor(p.value(QStringLiteral("overageStrategy")).toString(),
                                             !p.value(QStringLiteral("floating")).toBool());
        if (double(count) > allowed) {
            return QStringLiteral("MACHINE_LIMIT_EXCEEDED|/data|machine count has exceeded maximum allowed for "
                                  "license (%1)")
                .arg(qint64(limit));
        }
    }
    return {};
}

// A machine's heartbeat: not started until its first ping (or, for a policy whose heartbeat basis is FROM_CREATION,
// until a heartbeat duration after its activation); alive while pings come within the duration, else dead. Reads
// what machineSpec().presentReads names.
void presentMachine(const StoredResource &resource, QJsonObject &a)
{
    const QJsonObject &stored = resource.attributes;
    const qint64 duration = qint64(stored.value(QStringLiteral("heartbeatDuration")).toDouble(600));
    QDateTime last = QDateTime::fromString(stored.value(QStringLiteral("lastHeartbeat")).toString(), Qt::ISODateWithMs);
    const bool fromCreation = stored.value(QStringLiteral("requireHeartbeat")).toBool()
                           && stored.value(QStringLiteral("heartbeatBasis")).toString()
                                  == QLatin1String("FROM_CREATION");
    if (!last.isValid()) {
        const QDateTime created = QDateTime::fromString(resource.created, Qt::ISODateWithMs);
        if (!fromCreation || created.secsTo(QDateTime::currentDateTimeUtc()) <= duration) {
            a.insert(QStringLiteral("heartbeatStatus"), QStringLiteral("NOT_STARTED"));
            return;
        }
        last = created;
    }
    a.insert(QStringLiteral("heartbeatStatus"),
             last.secsTo(QDateTime::currentDateTimeUtc()) > duration ? QStringLiteral("DEAD")
                                                                     : QStringLiteral("ALIVE"));
    a.insert(QStringLiteral("nextHeartbeat"), keygenTimestamp(last.addSecs(duration)));
}
} // namespace

const ResourceSpec &productSpec()
{
    static const ResourceSpec spec{
        QStringLiteral("products"),
        QStringLiteral("code"),
        {
            {QStringLiteral("name"), QJsonValue::Null, true},
            {QStringLiteral("code")},
            {QStringLiteral("distributionStrategy"), QStringLiteral("LICENSED")},
            {QStringLiteral("url")},
            {QStringLiteral("platforms"), QJsonArray()},
            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("*")}, false, false},
        },
        {
            {QStringLiteral("policies"), QStringLiteral("policies")},
            {QStringLiteral("licenses"), QStringLiteral("licenses")},
            {QStringLiteral("machines"), QStringLiteral("machines")},
            {QStringLiteral("users"), QStringLiteral("users")},
            {QStringLiteral("tokens"), QStringLiteral("tokens")},
        },
        [](StoredResource &resource, const SandboxStore &, bool) {
        return oneOf(resource.attributes, "distributionStrategy", {"LICENSED", "OPEN", "CLOSED"})
                 ? QString()
                 : notAllowed(QStringLiteral("distributionStrategy"));
        },
        };
    return spec;
}

const ResourceSpec &policySpec()
{
    static const ResourceSpec spec{
        QStringLiteral("policies"),
        QString(),
        {
            {QStringLiteral("name"), QJsonValue::Null, true},
            {QStringLiteral("duration")},
            {QStringLiteral("strict"), false},
            {QStringLiteral("floating"), false},
            {QStringLiteral("usePool"), false},
            {QStringLiteral("maxMachines")},
            {QStringLiteral("maxProcesses")},
            {QStringLiteral("maxUsers")},
            {QStringLiteral("maxCores")},
            {QStringLiteral("maxMemory")},
            {QStringLiteral("maxDisk")},
            {QStringLiteral("maxUses")},
            {QStringLiteral("machineUniquenessStrategy"), QStringLiteral("UNIQUE_PER_LICENSE")},
            {QStringLiteral("machineMatchingStrategy"), QStringLiteral("MATCH_ANY")},
            {QStringLiteral("componentUniquenessStrategy"), QStringLiteral("UNIQUE_PER_MACHINE")},
            {QStringLiteral("componentMatchingStrategy"), QStringLiteral("MATCH_ANY")},
            {QStringLiteral("expirationStrategy"), QStringLiteral("RESTRICT_ACCESS")},
            {QStringLiteral("expirationBasis"), QStringLiteral("FROM_CREATION")},
            {QStringLiteral("renewalBasis"), QStringLiteral("FROM_EXPIRY")},
            {QStringLiteral("transferStrategy"), QStringLiteral("KEEP_EXPIRY")},
            {QStringLiteral("authenticationStrategy"), QStringLiteral("TOKEN")},
            {QStringLiteral("machineLeasingStrategy"), QStringLiteral("PER_LICENSE")},
            {QStringLiteral("processLeasingStrategy"), QStringLiteral("PER_MACHINE")},
            {QStringLiteral("overageStrategy"), QStringLiteral("NO_OVERAGE")},
            {QStringLiteral("scheme")},
            {QStringLiteral("encrypted"), false},
            {QStringLiteral("protected"), false},
            {QStringLiteral("requireProductScope"), false},
            {QStringLiteral("requirePolicyScope"), false},
            {QStringLiteral("requireMachineScope"), false},
            {QStringLiteral("requireFingerprintScope"), false},
            {QStringLiteral("requireComponentsScope"), false},
            {QStringLiteral("requireUserScope"), false},
            {QStringLiteral("requireChecksumScope"), false},
            {QStringLiteral("requireVersionScope"), false},
            {QStringLiteral("requireCheckIn"), false},
            {QStringLiteral("checkInInterval")},
            {QStringLiteral("checkInIntervalCount")},
            {QStringLiteral("heartbeatDuration")},
            {QStringLiteral("heartbeatCullStrategy"), QStringLiteral("DEACTIVATE_DEAD")},
            {QStringLiteral("heartbeatResurrectionStrategy"), QStringLiteral("NO_REVIVE")},
            {QStringLiteral("heartbeatBasis")},
            {QStringLiteral("requireHeartbeat"), false},
        },
        {
            {QStringLiteral("product"), QStringLiteral("products"), true, true},
            {QStringLiteral("pool"), QStringLiteral("keys")},
            {QStringLiteral("licenses"), QStringLiteral("licenses")},
            {QStringLiteral("entitlements"), QStringLiteral("entitlements")},
        },
        preparePolicy,
    };
    return spec;
}

const ResourceSpec &userSpec()
{
    static const ResourceSpec spec{
        QStringLiteral("users"),
        QStringLiteral("email"),
        {
            {QStringLiteral("fullName"), QJsonValue::Null, false, false},
            {QStringLiteral("firstName")},
            {QStringLiteral("lastName")},
            {QStringLiteral("email"), QJsonValue::Null, true},
            {QStringLiteral("status"), QStringLiteral("ACTIVE"), false, false},
            {QStringLiteral("role"), QStringLiteral("user")},
            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("*")}, false, false},
            {QStringLiteral("password"), QJsonValue::Null, false, true, true},
        },
        {
            {QStringLiteral("group"), QStringLiteral("groups"), true},
            {QStringLiteral("products"), QStringLiteral("products")},
            {QStringLiteral("licenses"), QStringLiteral("licenses")},
            {QStringLiteral("machines"), QStringLiteral("machines")},
            {QStringLiteral("tokens"), QStringLiteral("tokens")},
            {QStringLiteral("secondFactors"), QStringLiteral("second-factors")},
        },
        prepareUser,
    };
    return spec;
}

const ResourceSpec &groupSpec()
{
    static const ResourceSpec spec{
        QStringLiteral("groups"),
        QString(),
        {
            {QStringLiteral("name"), QJsonValue::Null, true},
            {QStringLiteral("maxUsers")},
            {QStringLiteral("maxLicenses")},
            {QStringLiteral("maxMachines")},
        },
        {
            {QStringLiteral("owners"), QStringLiteral("group-owners")},
            {QStringLiteral("users"), QStringLiteral("users")},
            {QStringLiteral("licenses"), QStringLiteral("licenses")},
            {QStringLiteral("machines"), QStringLiteral("machines")},
        },
        [](StoredResource &resource, const SandboxStore &, bool) {
        for (const char *limit : {"maxUsers", "maxLicenses", "maxMachines"}) {
            if (!atLeast(resource.attributes, limit, 0)) {
                return invalid(QLatin1String(limit), QStringLiteral("must be greater than or equal to 0"));
            }
        }
        return QString();
        },
        };
    return spec;
}

const ResourceSpec &entitlementSpec()
{
    static const ResourceSpec spec{
        QStringLiteral("entitlements"),
        QStringLiteral("code"),
        {
            {QStringLiteral("name"), QJsonValue::Null, true},
            {QStringLiteral("code"), QJsonValue::Null, true},
        },
        {},
        {},
    };
    return spec;
}

const ResourceSpec &licenseSpec()
{
    static const ResourceSpec spec{
        QStringLiteral("licenses"),
        QStringLiteral("key"),
        {
            {QStringLiteral("name")},
            {QStringLiteral("key")},
            {QStringLiteral("expiry")},
            {QStringLiteral("status"), QStringLiteral("ACTIVE"), false, false},
            {QStringLiteral("uses"), 0},
            {QStringLiteral("suspended"), false},
            {QStringLiteral("scheme"), QJsonValue::Null, false, false},
            {QStringLiteral("encrypted"), false, false, false},
            {QStringLiteral("strict"), false, false, false},
            {QStringLiteral("floating"), false, false, false},
            {QStringLiteral("protected"), false},
            {QStringLiteral("version"), QJsonValue::Null, false, false},
            {QStringLiteral("maxMachines")},
            {QStringLiteral("maxProcesses")},
            {QStringLiteral("maxUsers")},
            {QStringLiteral("maxCores")},
            {QStringLiteral("maxMemory")},
            {QStringLiteral("maxDisk")},
            {QStringLiteral("maxUses")},
            {QStringLiteral("requireHeartbeat"), false, false, false},
            {QStringLiteral("requireCheckIn"), false, false, false},
            {QStringLiteral("lastValidated"), QJsonValue::Null, false, false},
            {QStringLiteral("lastCheckIn"), QJsonValue::Null, false, false},
            {QStringLiteral("nextCheckIn"), QJsonValue::Null, false, false},
            {QStringLiteral("lastCheckOut"), QJsonValue::Null, false, false},
            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("*")}, false, false},
        },
        {
            {QStringLiteral("product"), QStringLiteral("products"), true, false, false},
            {QStringLiteral("policy"), QStringLiteral("policies"), true, true},
            {QStringLiteral("group"), QStringLiteral("groups"), true},
            {QStringLiteral("owner"), QStringLiteral("users"), true},
            {QStringLiteral("users"), QStringLiteral("users")},
            {QStringLiteral("machines"),
             QStringLiteral("machines"),
             false,
             false,
             true,
             QStringLiteral("license"),
             {QStringLiteral("cores"), QStringLiteral("memory"), QStringLiteral("disk")}},
            {QStringLiteral("tokens"), QStringLiteral("tokens")},
            {QStringLiteral("entitlements"), QStringLiteral("entitlements")},
        },
        prepareLicense,
        presentLicense,
        true,
        {QStringLiteral("expiry"),
         QStringLiteral("suspended"),
         QStringLiteral("lastValidated"),
         QStringLiteral("lastCheckOut"),
         QStringLiteral("lastCheckIn")},
    };
    return spec;
}

const ResourceSpec &machineSpec()
{
    static const ResourceSpec spec{
        QStringLiteral("machines"),
        QStringLiteral("fingerprint"),
        {
            {QStringLiteral("fingerprint"), QJsonValue::Null, true},
            {QStringLiteral("cores")},
            {QStringLiteral("memory")},
            {QStringLiteral("disk")},
            {QStringLiteral("ip")},
            {QStringLiteral("hostname")},
            {QStringLiteral("platform")},
            {QStringLiteral("name")},
            {QStringLiteral("requireHeartbeat"), false, false, false},
            {QStringLiteral("heartbeatStatus"), QStringLiteral("NOT_STARTED"), false, false},
            {QStringLiteral("heartbeatDuration"), 600, false, false},
            {QStringLiteral("maxProcesses"), QJsonValue::Null, false, false},
            {QStringLiteral("lastCheckOut"), QJsonValue::Null, false, false},
            {QStringLiteral("lastHeartbeat"), QJsonValue::Null, false, false},
            {QStringLiteral("nextHeartbeat"), QJsonValue::Null, false, false},
        },
        {
            {QStringLiteral("product"), QStringLiteral("products"), true, false, false},
            {QStringLiteral("group"), QStringLiteral("groups"), true},
            {QStringLiteral("license"), QStringLiteral("licenses"), true, true},
            {QStringLiteral("owner"), QStringLiteral("users"), true},
            {QStringLiteral("components"), QStringLiteral("components")},
            {QStringLiteral("processes"), QStringLiteral("processes")},
        },
        prepareMachine,
        presentMachine,
        false,
        {QStringLiteral("heartbeatDuration"),
         QStringLiteral("lastHeartbeat"),
         QStringLiteral("requireHeartbeat"),
         QStringLiteral("heartbeatBasis")},
    };
    return spec;
}

const ResourceSpec &environmentSpec()
{
    static const ResourceSpec spec{
        QStringLiteral("environments"),
        QStringLiteral("code"),
        {
            {QStringLiteral("name"), QJsonValue::Null, true},
            {QStringLiteral("code"), QJsonValue::Null, true},
            {QStringLiteral("isolationStrategy"), QStringLiteral("ISOLATED")},
        },
        {},
        [](StoredResource &resource, const SandboxStore &, bool) {
        const QString code = resource.attributes.value(QStringLiteral("code")).toString();
        if (code.contains(QLatin1Char(' ')) || code != code.toLower()) {
            return invalid(QStringLiteral("code"), QStringLiteral("must be lowercase letters, digits, - or _"));
        }
        return oneOf(resource.attributes, "isolationStrategy", {"ISOLATED", "SHARED"})
                 ? QString()
                 : notAllowed(QStringLiteral("isolationStrategy"));
        },
        {},
        true,
        {},
        false, // no metadata: the docs' environment object is name, code, isolationStrategy, created, updated
        };
    return spec;
}

QList<const ResourceSpec *> allResourceSpecs()
{
    return {&productSpec(),
            &policySpec(),
            &userSpec(),
            &groupSpec(),
            &entitlementSpec(),
            &licenseSpec(),
            &machineSpec(),
            &releaseSpec(),
            &artifactSpec(),
            &keySpec(),
            &environmentSpec()};
}

const ResourceSpec *resourceSpecOf(const QString &type)
{
    for (const ResourceSpec *spec : allResourceSpecs()) {
        if (spec->type == type) {
            return spec;
        }
    }
    for (const ResourceSpec *spec : {&licenseUserSpec(), &licenseEntitlementSpec(), &policyEntitlementSpec()}) {
        if (spec->type == type) {
            return spec;
        }
    }
    return nullptr;
}

double overageFactor(const QString &strategy, bool nodeLocked)
{
    if (strategy == QLatin1String("ALWAYS_ALLOW_OVERAGE")) {
        return std::numeric_limits<double>::infinity();
    }
    if (strategy == QLatin1String("ALLOW_2X_OVERAGE")) {
        return 2;
    }
    if (!nodeLocked && strategy == QLatin1String("ALLOW_1_5X_OVERAGE")) {
        return 1.5;
    }
    if (!nodeLocked && strategy == QLatin1String("ALLOW_1_25X_OVERAGE")) {
        return 1.25;
    }
    return 1;
}

QString passwordDigest(const QString &password, const QByteArray &salt)
{
    // A local test server's users: a salted SHA-256, iterated, is enough to keep demo passwords out of plain sight.
    QByteArray digest = salt + password.toUtf8();
    for (int i = 0; i < 10000; ++i) {
        digest = crypto::sha256(QByteArray(digest + salt));
    }
    return QString::fromLatin1(salt.toHex() + '$' + digest.toHex());
}

bool passwordMatches(const StoredResource &user, const QString &password)
{
    const QString stored = user.attributes.value(QStringLiteral("passwordDigest")).toString();
    const QByteArray salt = QByteArray::fromHex(stored.section(QLatin1Char('$'), 0, 0).toLatin1());
    return !stored.isEmpty() && passwordDigest(password, salt) == stored;
}

qint64 resurrectionWindow(const QString &strategy)
{
    if (strategy == QLatin1String("ALWAYS_REVIVE")) {
        return -1;
    }
    static const QRegularExpression minutes(QStringLiteral("^(\\d+)_MINUTE_REVIVE$"));
    const QRegularExpressionMatch match = minutes.match(strategy);
    return match.hasMatch() ? match.captured(1).toLongLong() * 60 : 0;
}

std::optional<StoredResource> popPoolKey(SandboxStore &store, const QString &accountId, const QString &policyId)
{
    ListQuery query;
    query.accountId = accountId;
    query.type = QStringLiteral("keys");
    query.ascending = true;
    query.limit = 1;
    query.linkFilters.append({QStringLiteral("policy"), policyId});
    const QList<StoredResource> keys = store.list(query);
    if (keys.isEmpty() || !store.removeResource(accountId, QStringLiteral("keys"), keys.first().id)) {
        return std::nullopt;
    }
    return keys.first();
}

} // namespace keydesk::sandbox
