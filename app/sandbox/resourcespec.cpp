#include "app/sandbox/resourcespec.h"

#include "app/sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keydesk::sandbox {

namespace {

QString problem(const QString &attribute, const char *code, const QString &detail)
{
    return attribute.toUpper() + QLatin1Char('_') + QLatin1String(code) + QStringLiteral("|/data/attributes/")
         + attribute + QLatin1Char('|') + detail;
}

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

QString preparePolicy(StoredResource &resource)
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
                       "BLANK",
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

QString prepareUser(StoredResource &resource)
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
    return {};
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
        [](StoredResource &resource) {
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
        [](StoredResource &resource) {
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

QList<const ResourceSpec *> allResourceSpecs()
{
    return {&productSpec(), &policySpec(), &userSpec(), &groupSpec(), &entitlementSpec()};
}

} // namespace keydesk::sandbox
