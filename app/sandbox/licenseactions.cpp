// The license and machine actions of Keygen's API in the sandbox: validation (wire formats §6), suspension,
// renewal, usage, check-in, check-out of license and machine files (§1), heartbeats.

#include "app/licensing/issuing.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace keydesk::sandbox {

namespace {

QString linkOf(const StoredResource &resource, const char *name)
{
    return resource.links.value(QLatin1String(name)).toString();
}

QDateTime timeOf(const QJsonObject &attributes, const char *name)
{
    return QDateTime::fromString(attributes.value(QLatin1String(name)).toString(), Qt::ISODateWithMs);
}

// The request's `meta` object (POST bodies), or an empty one.
QJsonObject metaOf(const Request &request)
{
    return QJsonDocument::fromJson(request.body).object().value(QStringLiteral("meta")).toObject();
}

// A parameter given in the query or in `meta` (check-out takes both).
QJsonValue parameter(const Request &request, const QString &name)
{
    if (request.hasQuery(name)) {
        return request.queryValue(name);
    }
    return metaOf(request).value(name);
}

struct Verdict
{
    bool valid = false;
    QString detail;
    QString code;
};

// Keygen's license validation, in its order (wire formats §6). `scope` is null for the quick GET validation.
Verdict validateLicense(const SandboxStore &store,
                        const StoredResource &license,
                        const std::optional<QJsonObject> &scope)
{
    const QJsonObject &a = license.attributes;
    const QJsonObject policy = store.resource(license.accountId, QStringLiteral("policies"), linkOf(license, "policy"))
                                   .value_or(StoredResource())
                                   .attributes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expiry = timeOf(a, "expiry");
    const bool expired = expiry.isValid() && expiry <= now;
    const QString expirationStrategy = policy.value(QStringLiteral("expirationStrategy")).toString();
    const bool expiredAllowed = expirationStrategy == QLatin1String("ALLOW_ACCESS")
                             || expirationStrategy == QLatin1String("MAINTAIN_ACCESS");

    if (a.value(QStringLiteral("suspended")).toBool()) {
        return {false, QStringLiteral("is suspended"), QStringLiteral("SUSPENDED")};
    }
    if (expired && expirationStrategy == QLatin1String("REVOKE_ACCESS")) {
        return {false, QStringLiteral("is expired"), QStringLiteral("EXPIRED")};
    }
    const QDateTime nextCheckIn = timeOf(a, "nextCheckIn");
    if (a.value(QStringLiteral("requireCheckIn")).toBool() && nextCheckIn.isValid() && nextCheckIn < now) {
        return {false, QStringLiteral("is overdue for check in"), QStringLiteral("OVERDUE")};
    }

    ListQuery machinesQuery;
    machinesQuery.accountId = license.accountId;
    machinesQuery.type = QStringLiteral("machines");
    machinesQuery.linkFilters.append({QStringLiteral("license"), license.id});
    machinesQuery.limit = 100000;
    const QList<StoredResource> machines = store.list(machinesQuery);
    const bool floating = a.value(QStringLiteral("floating")).toBool();
    const Verdict noMachines = floating ? Verdict{false,
                                                  QStringLiteral("must have at least 1 associated machine"),
                                                  QStringLiteral("NO_MACHINES")}
                                        : Verdict{false,
                                                  QStringLiteral("must have exactly 1 associated machine"),
                                                  QStringLiteral("NO_MACHINE")};
    auto heartbeatStatus = [](const StoredResource &machine) {
        QJsonObject attributes = machine.attributes;
        machineSpec().present(machine, attributes);
        return attributes.value(QStringLiteral("heartbeatStatus")).toString();
    };

    if (scope) {
        auto scoped = [&](const char *name,
                          const QString &actual,
                          const char *required,
                          const char *mismatchCode,
                          const char *requiredCode) -> std::optional<Verdict> {
            const QString given = scope->value(QLatin1String(name)).toString();
            if (!given.isEmpty()) {
                if (given != actual) {
                    return Verdict{false,
                                   QStringLiteral("%1 scope does not match").arg(QLatin1String(name)),
                                   QLatin1String(mismatchCode)};
                }
            } else if (policy.value(QLatin1String(required)).toBool()) {
                return Verdict{false,
                               QStringLiteral("%1 scope is required").arg(QLatin1String(name)),
                               QLatin1String(requiredCode)};
            }
            return std::nullopt;
        };
        // The environment scope names the license's environment by code or id.
        const QString environmentScope = scope->value(QStringLiteral("environment")).toString();
        if (!environmentScope.isEmpty()) {
            const QString environmentId = linkOf(license, "environment");
            const auto environment = environmentId.isEmpty() ? std::nullopt
                                                             : store.resource(license.accountId,
                                                                              QStringLiteral("environments"),
                                                                              environmentId);
            if (!environment || (environment->id != environmentScope && environment->alias != environmentScope)) {
                return {false,
                        QStringLiteral("environment scope does not match"),
                        QStringLiteral("ENVIRONMENT_SCOPE_MISMATCH")};
            }
        }
        if (auto v = scoped("product",
                            linkOf(license, "product"),
                            "requireProductScope",
                            "PRODUCT_SCOPE_MISMATCH",
                            "PRODUCT_SCOPE_REQUIRED")) {
            return *v;
        }
        if (auto v = scoped("policy",
                            linkOf(license, "policy"),
                            "requirePolicyScope",
                            "POLICY_SCOPE_MISMATCH",
                            "POLICY_SCOPE_REQUIRED")) {
            return *v;
        }
        const QString user = scope->value(QStringLiteral("user")).toString();
        if (!user.isEmpty()) {
            const QList<StoredResource> users = licenseUsers(store, license); // the owner and attached users
            if (std::none_of(users.cbegin(), users.cend(), [&](const StoredResource &u) {
                    return u.id == user || u.alias == user.toLower();
                })) {
                return {false, QStringLiteral("user scope does not match"), QStringLiteral("USER_SCOPE_MISMATCH")};
            }
        } else if (policy.value(QStringLiteral("requireUserScope")).toBool()) {
            return {false, QStringLiteral("user scope is required"), QStringLiteral("USER_SCOPE_REQUIRED")};
        }
        if (scope->contains(QStringLiteral("entitlements"))) {
            const QJsonArray codes = scope->value(QStringLiteral("entitlements")).toArray();
            if (codes.isEmpty()) {
                return {false,
                        QStringLiteral("entitlements scope is empty"),
                        QStringLiteral("ENTITLEMENTS_SCOPE_EMPTY")};
            }
            QStringList granted;
            for (const StoredResource &entitlement : licenseEntitlements(store, license)) {
                granted << entitlement.attributes.value(QStringLiteral("code")).toString();
            }
            for (const QJsonValue &code : codes) {
                if (!granted.contains(code.toString())) {
                    return {false,
                            QStringLiteral("is missing one or more required entitlements"),
                            QStringLiteral("ENTITLEMENTS_MISSING")};
                }
            }
        }
        const QString machineId = scope->value(QStringLiteral("machine")).toString();
        if (!machineId.isEmpty()) {
            if (machines.isEmpty()) {
                return noMachines;
            }
            const auto found = std::find_if(machines.cbegin(), machines.cend(), [&](const StoredResource &m) {
                return m.id == machineId;
            });
            if (found == machines.cend()) {
                return {false,
                        QStringLiteral("machine is not activated (does not match any associated machines)"),
                        QStringLiteral("MACHINE_SCOPE_MISMATCH")};
            }
            const QString status = heartbeatStatus(*found);
            if (a.value(QStringLiteral("requireHeartbeat")).toBool() && status == QLatin1String("NOT_STARTED")) {
                return {false,
                        QStringLiteral("machine heartbeat is required"),
                        QStringLiteral("HEARTBEAT_NOT_STARTED")};
            }
            if (status == QLatin1String("DEAD")) {
                return {false, QStringLiteral("machine heartbeat is dead"), QStringLiteral("HEARTBEAT_DEAD")};
            }
        } else if (policy.value(QStringLiteral("requireMachineScope")).toBool()) {
            return {false, QStringLiteral("machine scope is required"), QStringLiteral("MACHINE_SCOPE_REQUIRED")};
        }
        QStringList fingerprints;
        if (scope->contains(QStringLiteral("fingerprint"))) {
            fingerprints.append(scope->value(QStringLiteral("fingerprint")).toString());
        }
        for (const QJsonValue &value : scope->value(QStringLiteral("fingerprints")).toArray()) {
            fingerprints.append(value.toString());
        }
        if (scope->contains(QStringLiteral("fingerprint")) || scope->contains(QStringLiteral("fingerprints"))) {
            fingerprints.removeAll(QString());
            if (fingerprints.isEmpty()) {
                return {false, QStringLiteral("fingerprint scope is empty"), QStringLiteral("FINGERPRINT_SCOPE_EMPTY")};
            }
            if (machines.isEmpty()) {
                return noMachines;
            }
            int alive = 0;
            int dead = 0;
            int notStarted = 0;
            for (const QString &fingerprint : std::as_const(fingerprints)) {
                for (const StoredResource &machine : machines) {
                    if (machine.alias == fingerprint) {
                        const QString status = heartbeatStatus(machine);
                        status == QLatin1String("DEAD") ? ++dead : ++alive;
                        notStarted += status == QLatin1String("NOT_STARTED") ? 1 : 0;
                    }
                }
            }
            if (alive == 0 && dead > 0) {
                return {false, QStringLiteral("machine heartbeat is dead"), QStringLiteral("HEARTBEAT_DEAD")};
            }
            const QString matching = policy.value(QStringLiteral("machineMatchingStrategy")).toString();
            const qsizetype n = fingerprints.size();
            const bool matched = matching == QLatin1String("MATCH_ALL")          ? alive == n
                               : matching == QLatin1String("MATCH_MOST")         ? alive >= (n + 1) / 2
                               : matching == QLatin1String("MATCH_TWO") && n > 1 ? alive >= 2
                                                                                 : alive >= 1;
            if (!matched) {
                return {false,
                        QStringLiteral("fingerprint is not activated (does not match any associated machines)"),
                        QStringLiteral("FINGERPRINT_SCOPE_MISMATCH")};
            }
            if (a.value(QStringLiteral("requireHeartbeat")).toBool() && notStarted > 0) {
                return {false,
                        QStringLiteral("machine heartbeat is required"),
                        QStringLiteral("HEARTBEAT_NOT_STARTED")};
            }
        } else if (policy.value(QStringLiteral("requireFingerprintScope")).toBool()) {
            return {false,
                    QStringLiteral("fingerprint scope is required"),
                    QStringLiteral("FINGERPRINT_SCOPE_REQUIRED")};
        }
    }

    const QString overage = policy.value(QStringLiteral("overageStrategy")).toString();
    if (const QJsonValue maxUsers = a.value(QStringLiteral("maxUsers")); maxUsers.isDouble()) {
        const qsizetype users = licenseUsers(store, license).size();
        if (double(users) > maxUsers.toDouble()) {
            const bool allowed = double(users) <= maxUsers.toDouble() * overageFactor(overage, !floating);
            return {allowed, QStringLiteral("has too many associated users"), QStringLiteral("TOO_MANY_USERS")};
        }
    }
    if (!a.value(QStringLiteral("strict")).toBool()) {
        return expired ? Verdict{expiredAllowed, QStringLiteral("is expired"), QStringLiteral("EXPIRED")}
                       : Verdict{true, QStringLiteral("is valid"), QStringLiteral("VALID")};
    }
    const QJsonValue maxMachines = a.value(QStringLiteral("maxMachines"));
    const qsizetype count = machines.size();
    if (count == 0) {
        return noMachines;
    }
    const double limit = maxMachines.isDouble() ? maxMachines.toDouble() : (floating ? INFINITY : 1);
    if (double(count) > limit) {
        const bool allowed = double(count) <= limit * overageFactor(overage, !floating);
        return {allowed, QStringLiteral("has too many associated machines"), QStringLiteral("TOO_MANY_MACHINES")};
    }
    const QJsonValue maxCores = a.value(QStringLiteral("maxCores"));
    if (maxCores.isDouble()) {
        double cores = 0;
        for (const StoredResource &machine : machines) {
            cores += machine.attributes.value(QStringLiteral("cores")).toDouble();
        }
        if (cores > maxCores.toDouble()) {
            const bool allowed = cores <= maxCores.toDouble() * overageFactor(overage, !floating);
            return {allowed, QStringLiteral("has too many associated machine cores"), QStringLiteral("TOO_MANY_CORES")};
        }
    }
    if (expired) {
        return {expiredAllowed, QStringLiteral("is expired"), QStringLiteral("EXPIRED")};
    }
    return {true, QStringLiteral("is valid"), QStringLiteral("VALID")};
}

// The document a license or machine file carries: the resource, its includes and the file's meta.
QByteArray fileDocument(const QJsonObject &data, const QJsonArray &included, const QByteArray &meta)
{
    // Keygen writes data, included, meta in this order; meta keeps its own key order.
    QByteArray document = "{\"data\":" + QJsonDocument(data).toJson(QJsonDocument::Compact);
    if (!included.isEmpty()) {
        document += ",\"included\":" + QJsonDocument(included).toJson(QJsonDocument::Compact);
    }
    return document + ",\"meta\":" + meta + '}';
}

} // namespace

void SandboxServer::addLicenseActions()
{
    const QString license = QStringLiteral("v1/accounts/:account/licenses/:id/actions/");
    auto save = [this](StoredResource &resource) {
        resource.updated = keygenTimestamp(QDateTime::currentDateTimeUtc());
        return m_store.updateResource(resource);
    };

    // Validation: GET is the quick one (no scope, no nonce); POST takes meta.nonce and meta.scope.
    auto validate = [this, save](Request &request) {
        auto target = actionTarget(request, QStringLiteral("licenses"), false);
        if (auto *problem = std::get_if<Response>(&target)) {
            return *problem;
        }
        StoredResource *resource = &std::get<StoredResource>(target);
        const bool quick = request.method == QLatin1String("GET");
        const QJsonObject meta = metaOf(request);
        const std::optional<QJsonObject> scope = quick ? std::nullopt
                                                       : std::optional<QJsonObject>(
                                                           meta.value(QStringLiteral("scope")).toObject());
        const Verdict verdict = validateLicense(m_store, *resource, scope);
        resource->attributes.insert(QStringLiteral("lastValidated"), keygenTimestamp(QDateTime::currentDateTimeUtc()));
        save(*resource);
        QJsonObject resultMeta{{QStringLiteral("ts"), keygenTimestamp(QDateTime::currentDateTimeUtc())},
                               {QStringLiteral("valid"), verdict.valid},
                               {QStringLiteral("detail"), verdict.detail},
                               {QStringLiteral("code"), verdict.code}};
        if (!quick && meta.contains(QStringLiteral("nonce"))) {
            resultMeta.insert(QStringLiteral("nonce"), meta.value(QStringLiteral("nonce")));
        }
        if (scope && !scope->isEmpty()) {
            resultMeta.insert(QStringLiteral("scope"), *scope);
        }
        return json(200,
                    QJsonObject{{QStringLiteral("data"), serialize(m_store, licenseSpec(), *resource)},
                                {QStringLiteral("meta"), resultMeta}});
    };
    addRoute(QStringLiteral("GET"), license + QStringLiteral("validate"), validate);
    addRoute(QStringLiteral("POST"), license + QStringLiteral("validate"), validate);

    // validate-key needs no token: the key itself is the credential.
    addRoute(
        QStringLiteral("POST"),
        QStringLiteral("v1/accounts/:account/licenses/actions/validate-key"),
        [this, save](Request &request) {
        const QJsonObject meta = metaOf(request);
        const QString key = meta.value(QStringLiteral("key")).toString();
        if (key.isEmpty()) {
            return error(400,
                         QStringLiteral("is missing"),
                         QStringLiteral("KEY_MISSING"),
                         QStringLiteral("pointer"),
                         QStringLiteral("/meta/key"));
        }
        auto resource = m_store.resource(request.account->id, QStringLiteral("licenses"), key);
        const QJsonObject scope = meta.value(QStringLiteral("scope")).toObject();
        if (!resource || resource->alias != key) {
            return json(200,
                        QJsonObject{{QStringLiteral("data"), QJsonValue::Null},
                                    {QStringLiteral("meta"),
                                     QJsonObject{{QStringLiteral("ts"),
                                                  keygenTimestamp(QDateTime::currentDateTimeUtc())},
                                                 {QStringLiteral("valid"), false},
                                                 {QStringLiteral("detail"), QStringLiteral("does not exist")},
                                                 {QStringLiteral("code"), QStringLiteral("NOT_FOUND")}}}});
        }
        const Verdict verdict = validateLicense(m_store, *resource, scope);
        resource->attributes.insert(QStringLiteral("lastValidated"), keygenTimestamp(QDateTime::currentDateTimeUtc()));
        save(*resource);
        QJsonObject resultMeta{{QStringLiteral("ts"), keygenTimestamp(QDateTime::currentDateTimeUtc())},
                               {QStringLiteral("valid"), verdict.valid},
                               {QStringLiteral("detail"), verdict.detail},
                               {QStringLiteral("code"), verdict.code}};
        if (meta.contains(QStringLiteral("nonce"))) {
            resultMeta.insert(QStringLiteral("nonce"), meta.value(QStringLiteral("nonce")));
        }
        if (!scope.isEmpty()) {
            resultMeta.insert(QStringLiteral("scope"), scope);
        }
        return json(200,
                    QJsonObject{{QStringLiteral("data"), serialize(m_store, licenseSpec(), *resource)},
                                {QStringLiteral("meta"), resultMeta}});
        },
        false);

    // Suspend and reinstate.
    auto setSuspended = [this, save](bool suspended) {
        return [this, save, suspended](Request &request) {
            auto target = actionTarget(request, QStringLiteral("licenses"), true);
            if (auto *problem = std::get_if<Response>(&target)) {
                return *problem;
            }
            StoredResource *resource = &std::get<StoredResource>(target);
            if (resource->attributes.value(QStringLiteral("suspended")).toBool() == suspended) {
                return error(422,
                             suspended ? QStringLiteral("is already suspended") : QStringLiteral("is not suspended"),
                             suspended ? QStringLiteral("LICENSE_SUSPENDED") : QStringLiteral("LICENSE_NOT_SUSPENDED"),
                             QStringLiteral("pointer"),
                             QStringLiteral("/data"));
            }
            resource->attributes.insert(QStringLiteral("suspended"), suspended);
            save(*resource);
            return single(m_store, 200, licenseSpec(), *resource);
        };
    };
    addRoute(QStringLiteral("POST"), license + QStringLiteral("suspend"), setSuspended(true));
    addRoute(QStringLiteral("POST"), license + QStringLiteral("reinstate"), setSuspended(false));

    // Renew: the policy's duration, from the expiry or from now per its renewal basis.
    addRoute(QStringLiteral("POST"), license + QStringLiteral("renew"), [this, save](Request &request) {
        auto target = actionTarget(request, QStringLiteral("licenses"), true);
        if (auto *problem = std::get_if<Response>(&target)) {
            return *problem;
        }
        StoredResource *resource = &std::get<StoredResource>(target);
        const QJsonObject policy = m_store
                                       .resource(resource->accountId,
                                                 QStringLiteral("policies"),
                                                 linkOf(*resource, "policy"))
                                       .value_or(StoredResource())
                                       .attributes;
        const QJsonValue duration = policy.value(QStringLiteral("duration"));
        if (!duration.isDouble()) {
            return error(422,
                         QStringLiteral("cannot be renewed because the policy does not have a duration"),
                         QStringLiteral("LICENSE_NOT_RENEWABLE"),
                         QStringLiteral("pointer"),
                         QStringLiteral("/data"));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime expiry = timeOf(resource->attributes, "expiry");
        const QString basis = policy.value(QStringLiteral("renewalBasis")).toString();
        QDateTime from = expiry.isValid() ? expiry : now;
        if (basis == QLatin1String("FROM_NOW")
            || (basis == QLatin1String("FROM_NOW_IF_EXPIRED") && expiry.isValid() && expiry < now)) {
            from = now;
        }
        resource->attributes.insert(QStringLiteral("expiry"),
                                    keygenTimestamp(addKeygenDuration(from, qint64(duration.toDouble()))));
        save(*resource);
        return single(m_store, 200, licenseSpec(), *resource);
    });

    // Revoke deletes the license (DELETE …/actions/revoke).
    addRoute(QStringLiteral("DELETE"), license + QStringLiteral("revoke"), [this](Request &request) {
        auto target = actionTarget(request, QStringLiteral("licenses"), true);
        if (auto *problem = std::get_if<Response>(&target)) {
            return *problem;
        }
        const StoredResource &resource = std::get<StoredResource>(target);
        if (!m_store.removeResource(resource.accountId, QStringLiteral("licenses"), resource.id)) {
            return notFoundResource(QStringLiteral("licenses"), resource.id);
        }
        return noContent();
    });

    // Usage.
    auto usage = [this, save](const char *kind) {
        return [this, save, kind](Request &request) {
            // A license may count its own use, but not undo it.
            auto target = actionTarget(request, QStringLiteral("licenses"), qstrcmp(kind, "increment") != 0);
            if (auto *problem = std::get_if<Response>(&target)) {
                return *problem;
            }
            StoredResource *resource = &std::get<StoredResource>(target);
            const QJsonObject meta = metaOf(request);
            const qint64 uses = qint64(resource->attributes.value(QStringLiteral("uses")).toDouble());
            qint64 next = 0;
            if (qstrcmp(kind, "increment") == 0) {
                next = uses + qint64(meta.value(QStringLiteral("increment")).toDouble(1));
                const QJsonValue max = resource->attributes.value(QStringLiteral("maxUses"));
                if (max.isDouble() && next > qint64(max.toDouble())) {
                    return error(422,
                                 QStringLiteral("usage exceeds maximum allowed by current policy (%1)")
                                     .arg(qint64(max.toDouble())),
                                 QStringLiteral("USES_LIMIT_EXCEEDED"),
                                 QStringLiteral("pointer"),
                                 QStringLiteral("/data/attributes/uses"));
                }
            } else if (qstrcmp(kind, "decrement") == 0) {
                next = uses - qint64(meta.value(QStringLiteral("decrement")).toDouble(1));
                if (next < 0) {
                    return error(422,
                                 QStringLiteral("must be greater than or equal to 0"),
                                 QStringLiteral("USES_INVALID"),
                                 QStringLiteral("pointer"),
                                 QStringLiteral("/data/attributes/uses"));
                }
            }
            resource->attributes.insert(QStringLiteral("uses"), next);
            save(*resource);
            return single(m_store, 200, licenseSpec(), *resource);
        };
    };
    addRoute(QStringLiteral("POST"), license + QStringLiteral("increment-usage"), usage("increment"));
    addRoute(QStringLiteral("POST"), license + QStringLiteral("decrement-usage"), usage("decrement"));
    addRoute(QStringLiteral("POST"), license + QStringLiteral("reset-usage"), usage("reset"));

    // Check-in: only for policies that require it; the next one is due after the policy's interval.
    addRoute(QStringLiteral("POST"), license + QStringLiteral("check-in"), [this, save](Request &request) {
        auto target = actionTarget(request, QStringLiteral("licenses"), false);
        if (auto *problem = std::get_if<Response>(&target)) {
            return *problem;
        }
        StoredResource *resource = &std::get<StoredResource>(target);
        const QJsonObject policy = m_store
                                       .resource(resource->accountId,
                                                 QStringLiteral("policies"),
                                                 linkOf(*resource, "policy"))
                                       .value_or(StoredResource())
                                       .attributes;
        if (!policy.value(QStringLiteral("requireCheckIn")).toBool()) {
            return error(422,
                         QStringLiteral("cannot be checked in because the policy does not require it"),
                         QStringLiteral("CHECK_IN_NOT_REQUIRED"),
                         QStringLiteral("pointer"),
                         QStringLiteral("/data"));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString interval = policy.value(QStringLiteral("checkInInterval")).toString();
        const int count = policy.value(QStringLiteral("checkInIntervalCount")).toInt(1);
        const QDateTime next = interval == QLatin1String("year")  ? now.addYears(count)
                             : interval == QLatin1String("month") ? now.addMonths(count)
                             : interval == QLatin1String("week")  ? now.addDays(7LL * count)
                                                                  : now.addDays(count);
        resource->attributes.insert(QStringLiteral("lastCheckIn"), keygenTimestamp(now));
        resource->attributes.insert(QStringLiteral("nextCheckIn"), keygenTimestamp(next));
        save(*resource);
        return single(m_store, 200, licenseSpec(), *resource);
    });

    // Check-out of license files: GET answers the certificate, POST a license-files resource.
    auto checkOut = [this, save](Request &request) {
        auto target = actionTarget(request, QStringLiteral("licenses"), false);
        if (auto *problem = std::get_if<Response>(&target)) {
            return *problem;
        }
        StoredResource *resource = &std::get<StoredResource>(target);
        return checkOutFile(request, *resource, ArtifactKind::LicenseFile, save);
    };
    addRoute(QStringLiteral("GET"), license + QStringLiteral("check-out"), checkOut);
    addRoute(QStringLiteral("POST"), license + QStringLiteral("check-out"), checkOut);

    // Machines: check-out, heartbeat ping and reset.
    const QString machine = QStringLiteral("v1/accounts/:account/machines/:id/actions/");
    auto machineCheckOut = [this, save](Request &request) {
        auto target = actionTarget(request, QStringLiteral("machines"), false);
        if (auto *problem = std::get_if<Response>(&target)) {
            return *problem;
        }
        StoredResource *resource = &std::get<StoredResource>(target);
        return checkOutFile(request, *resource, ArtifactKind::MachineFile, save);
    };
    addRoute(QStringLiteral("GET"), machine + QStringLiteral("check-out"), machineCheckOut);
    addRoute(QStringLiteral("POST"), machine + QStringLiteral("check-out"), machineCheckOut);
    addRoute(QStringLiteral("POST"), machine + QStringLiteral("ping"), [this, save](Request &request) {
        auto target = actionTarget(request, QStringLiteral("machines"), false);
        if (auto *problem = std::get_if<Response>(&target)) {
            return *problem;
        }
        StoredResource *resource = &std::get<StoredResource>(target);
        QJsonObject shown = resource->attributes;
        machineSpec().present(*resource, shown);
        bool resurrected = false;
        if (shown.value(QStringLiteral("heartbeatStatus")).toString() == QLatin1String("DEAD")) {
            // A dead machine comes back only within its policy's resurrection window after its time of death.
            const auto license = m_store.resource(resource->accountId,
                                                  QStringLiteral("licenses"),
                                                  linkOf(*resource, "license"));
            const auto policy = license ? m_store.resource(resource->accountId,
                                                           QStringLiteral("policies"),
                                                           linkOf(*license, "policy"))
                                        : std::nullopt;
            const qint64 window = resurrectionWindow(
                policy ? policy->attributes.value(QStringLiteral("heartbeatResurrectionStrategy")).toString()
                       : QString());
            const QDateTime death = QDateTime::fromString(shown.value(QStringLiteral("nextHeartbeat")).toString(),
                                                          Qt::ISODateWithMs);
            if (window == 0 || (window > 0 && death.secsTo(QDateTime::currentDateTimeUtc()) > window)) {
                return error(422,
                             QStringLiteral("is dead"),
                             QStringLiteral("MACHINE_HEARTBEAT_DEAD"),
                             QStringLiteral("pointer"),
                             QStringLiteral("/data"));
            }
            resurrected = true;
        }
        resource->attributes.insert(QStringLiteral("lastHeartbeat"), keygenTimestamp(QDateTime::currentDateTimeUtc()));
        save(*resource);
        QJsonObject document = serialize(m_store, machineSpec(), *resource);
        if (resurrected) {
            QJsonObject attributes = document.value(QStringLiteral("attributes")).toObject();
            attributes.insert(QStringLiteral("heartbeatStatus"), QStringLiteral("RESURRECTED"));
            document.insert(QStringLiteral("attributes"), attributes);
        }
        return json(200, QJsonObject{{QStringLiteral("data"), document}});
    });
    addRoute(QStringLiteral("POST"), machine + QStringLiteral("reset"), [this, save](Request &request) {
        auto target = actionTarget(request, QStringLiteral("machines"), true);
        if (auto *problem = std::get_if<Response>(&target)) {
            return *problem;
        }
        StoredResource *resource = &std::get<StoredResource>(target);
        resource->attributes.insert(QStringLiteral("lastHeartbeat"), QJsonValue::Null);
        resource->attributes.insert(QStringLiteral("nextHeartbeat"), QJsonValue::Null);
        save(*resource);
        return single(m_store, 200, machineSpec(), *resource);
    });
}

// A license or machine file of `resource`, with the request's encrypt, algorithm, ttl and include (wire formats §1).
Response SandboxServer::checkOutFile(const Request &request,
                                     StoredResource &resource,
                                     ArtifactKind kind,
                                     const std::function<bool(StoredResource &)> &save)
{
    const bool machineFile = kind == ArtifactKind::MachineFile;
    const std::optional<StoredResource> license = machineFile ? m_store.resource(resource.accountId,
                                                                                 QStringLiteral("licenses"),
                                                                                 linkOf(resource, "license"))
                                                              : std::optional<StoredResource>(resource);
    if (!license) {
        return notFoundResource(QStringLiteral("licenses"), linkOf(resource, "license"));
    }
    const QJsonObject policy = m_store
                                   .resource(resource.accountId, QStringLiteral("policies"), linkOf(*license, "policy"))
                                   .value_or(StoredResource())
                                   .attributes;

    const QJsonValue encryptValue = parameter(request, QStringLiteral("encrypt"));
    const bool encrypt = encryptValue.isBool() ? encryptValue.toBool()
                                               : (encryptValue.toString() == QLatin1String("true")
                                                  || encryptValue.toString() == QLatin1String("1"));
    FileAlgorithm algorithm{encrypt,
                            defaultCheckoutSigning(
                                keySchemeFromName(policy.value(QStringLiteral("scheme")).toString()))};
    const QString algorithmText = parameter(request, QStringLiteral("algorithm")).toString();
    if (!algorithmText.isEmpty()) {
        const std::optional<FileAlgorithm> parsed = parseAlgorithmName(algorithmText);
        if (!parsed) {
            return error(400,
                         QStringLiteral("unsupported algorithm"),
                         QStringLiteral("CHECKOUT_ALGORITHM_INVALID"),
                         QStringLiteral("parameter"),
                         QStringLiteral("algorithm"));
        }
        algorithm = *parsed;
    }

    std::optional<qint64> ttl = kDefaultCheckoutTtl;
    const QJsonValue ttlValue = parameter(request, QStringLiteral("ttl"));
    if (ttlValue.isNull() || ttlValue.toString() == QLatin1String("null")) {
        ttl.reset();
    } else if (!ttlValue.isUndefined()) {
        bool ok = ttlValue.isDouble();
        const qint64 seconds = ttlValue.isDouble() ? qint64(ttlValue.toDouble()) : ttlValue.toString().toLongLong(&ok);
        if (!ok || seconds < kMinimumCheckoutTtl) {
            return error(400,
                         QStringLiteral("must be greater than or equal to %1 (1 hour)").arg(kMinimumCheckoutTtl),
                         QStringLiteral("CHECKOUT_TTL_INVALID"),
                         QStringLiteral("parameter"),
                         QStringLiteral("ttl"));
        }
        ttl = seconds;
    }

    static const QStringList licenseIncludes{QStringLiteral("entitlements"),
                                             QStringLiteral("environment"),
                                             QStringLiteral("product"),
                                             QStringLiteral("policy"),
                                             QStringLiteral("group"),
                                             QStringLiteral("owner"),
                                             QStringLiteral("users")};
    static const QStringList machineIncludes{QStringLiteral("license.entitlements"),
                                             QStringLiteral("license.product"),
                                             QStringLiteral("license.policy"),
                                             QStringLiteral("license.owner"),
                                             QStringLiteral("license.users"),
                                             QStringLiteral("license"),
                                             QStringLiteral("components"),
                                             QStringLiteral("environment"),
                                             QStringLiteral("group"),
                                             QStringLiteral("owner")};
    const QJsonValue includeValue = parameter(request, QStringLiteral("include"));
    QStringList includes = includeValue.isArray() ? QVariant(includeValue.toArray().toVariantList()).toStringList()
                                                  : includeValue.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &include : includes) {
        include = include.trimmed();
        if (include == QLatin1String("user")) {
            include = QStringLiteral("owner");
        }
        if (!(machineFile ? machineIncludes : licenseIncludes).contains(include)) {
            return error(400,
                         QStringLiteral("invalid include: %1").arg(include),
                         QStringLiteral("CHECKOUT_INCLUDE_INVALID"),
                         QStringLiteral("parameter"),
                         QStringLiteral("include"));
        }
    }

    QJsonArray included;
    auto include = [&](const ResourceSpec &spec, const QString &id) {
        if (id.isEmpty()) {
            return;
        }
        if (const auto related = m_store.resource(resource.accountId, spec.type, id)) {
            included.append(serialize(m_store, spec, *related));
        }
    };
    for (const QString &name : std::as_const(includes)) {
        const QString target = name.startsWith(QLatin1String("license.")) ? name.mid(8) : name;
        const StoredResource &owner = name.startsWith(QLatin1String("license.")) || !machineFile ? *license : resource;
        if (name == QLatin1String("license")) {
            included.append(serialize(m_store, licenseSpec(), *license));
        } else if (target == QLatin1String("product")) {
            include(productSpec(), linkOf(owner, "product"));
        } else if (target == QLatin1String("policy")) {
            include(policySpec(), linkOf(owner, "policy"));
        } else if (target == QLatin1String("group")) {
            include(groupSpec(), linkOf(owner, "group"));
        } else if (target == QLatin1String("owner")) {
            include(userSpec(), linkOf(owner, "owner"));
        } else if (target == QLatin1String("users")) {
            for (const StoredResource &user : licenseUsers(m_store, *license)) {
                included.append(serialize(m_store, userSpec(), user));
            }
        } else if (target == QLatin1String("entitlements")) {
            for (const StoredResource &entitlement : licenseEntitlements(m_store, *license)) {
                included.append(serialize(m_store, entitlementSpec(), entitlement));
            }
        }
    }

    const QDateTime issued = QDateTime::currentDateTimeUtc();
    const ResourceSpec &spec = machineFile ? machineSpec() : licenseSpec();
    resource.attributes.insert(QStringLiteral("lastCheckOut"), keygenTimestamp(issued));
    save(resource);
    const QByteArray document = fileDocument(serialize(m_store, spec, resource),
                                             included,
                                             certificateMetaJson(issued, ttl));
    const crypto::PrivateKey &signer = signingKey(algorithm.signing);
    const QByteArray
        certificate = issueCertificate(kind,
                                       document,
                                       algorithm.encrypted,
                                       algorithm.signing,
                                       signer,
                                       certificateSecret(kind,
                                                         license->attributes.value(QStringLiteral("key")).toString(),
                                                         resource.attributes.value(QStringLiteral("fingerprint"))
                                                             .toString()));

    if (request.method == QLatin1String("GET")) {
        Response response;
        response.body = certificate;
        response.contentType = "application/octet-stream";
        addHeader(response, "Content-Disposition", "attachment; filename=\"" + resource.id.toLatin1() + ".lic\"");
        return response;
    }
    const QString fileType = machineFile ? QStringLiteral("machine-files") : QStringLiteral("license-files");
    QJsonObject relationships{{QStringLiteral("account"),
                               QJsonObject{{QStringLiteral("links"),
                                            QJsonObject{{QStringLiteral("related"), accountPath(resource.accountId)}}},
                                           {QStringLiteral("data"),
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("accounts")},
                                                        {QStringLiteral("id"), resource.accountId}}}}},
                              {QStringLiteral("license"),
                               QJsonObject{{QStringLiteral("links"),
                                            QJsonObject{{QStringLiteral("related"),
                                                         QString(accountPath(resource.accountId)
                                                                 + QStringLiteral("/licenses/") + license->id)}}},
                                           {QStringLiteral("data"),
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("licenses")},
                                                        {QStringLiteral("id"), license->id}}}}}};
    if (machineFile) {
        relationships.insert(QStringLiteral("machine"),
                             QJsonObject{{QStringLiteral("links"),
                                          QJsonObject{{QStringLiteral("related"),
                                                       QString(accountPath(resource.accountId)
                                                               + QStringLiteral("/machines/") + resource.id)}}},
                                         {QStringLiteral("data"),
                                          QJsonObject{{QStringLiteral("type"), QStringLiteral("machines")},
                                                      {QStringLiteral("id"), resource.id}}}});
    }
    const QJsonObject meta = QJsonDocument::fromJson(certificateMetaJson(issued, ttl)).object();
    const QJsonObject data{{QStringLiteral("id"), newUuid()},
                           {QStringLiteral("type"), fileType},
                           {QStringLiteral("attributes"),
                            QJsonObject{{QStringLiteral("certificate"), QString::fromLatin1(certificate)},
                                        {QStringLiteral("algorithm"), algorithmName(algorithm)},
                                        {QStringLiteral("includes"), QJsonArray::fromStringList(includes)},
                                        {QStringLiteral("ttl"), meta.value(QStringLiteral("ttl"))},
                                        {QStringLiteral("expiry"), meta.value(QStringLiteral("expiry"))},
                                        {QStringLiteral("issued"), meta.value(QStringLiteral("issued"))}}},
                           {QStringLiteral("relationships"), relationships}};
    return json(200, QJsonObject{{QStringLiteral("data"), data}});
}

const crypto::PrivateKey &SandboxServer::signingKey(crypto::SignatureAlgorithm algorithm) const
{
    switch (crypto::keyTypeFor(algorithm)) {
    case crypto::KeyType::Ed25519:
        return m_keys->ed25519;
    case crypto::KeyType::EcdsaP256:
        return m_keys->ecdsa;
    default:
        return m_keys->rsa;
    }
}

} // namespace keydesk::sandbox
