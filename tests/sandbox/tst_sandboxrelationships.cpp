// Relationship endpoints of the sandbox over real HTTP: license users and entitlements, policy entitlements, changing a
// license's policy, owner and group and a machine's owner and group, the key pool, every links.related, and the list
// filters Keygen documents for licenses, machines and users.

#include "app/licensing/inspection.h"
#include "app/licensing/issuing.h"
#include "app/licensing/publickeys.h"
#include "sandboxclient.h"

#include <QTest>

using namespace keydesk;
using namespace keydesk::sandbox;
using keydesk::test::Reply;
using keydesk::test::SandboxClient;

namespace {

QStringList idsOf(const Reply &reply)
{
    QStringList ids;
    for (const QJsonValue &item : reply.list()) {
        ids << item.toObject().value(QLatin1String("id")).toString();
    }
    return ids;
}

QByteArray identifiers(const QString &type, const QStringList &ids)
{
    QJsonArray data;
    for (const QString &id : ids) {
        data.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), id}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson();
}

QByteArray identifier(const QString &type, const QString &id)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("data"),
                                      id.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(QJsonObject{{QStringLiteral("type"), type},
                                                                            {QStringLiteral("id"), id}})}})
        .toJson();
}

QString relatedId(const QJsonObject &resource, const char *relationship)
{
    return resource.value(QLatin1String("relationships"))
        .toObject()
        .value(QLatin1String(relationship))
        .toObject()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

} // namespace

class TestSandboxRelationships : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void licenseUsers();
    void licenseUserLimitAndValidation();
    void entitlements();
    void changePolicy();
    void changeOwnerAndGroup();
    void keyPool();
    void everyRelatedLinkAnswers();
    void licenseFilters();
    void licenseTimeFilters();
    void machineAndUserFilters();
    void badFilterValues_data();
    void badFilterValues();

private:
    QString path(const QString &rest) const { return m_client.accountPath() + rest; }

    QString policy(const QJsonObject &attributes = {}) { return m_client.createPolicy(m_product, attributes).id(); }

    QString user(const QString &email)
    {
        return m_client.create(QStringLiteral("users"), {{QStringLiteral("email"), email}}).id();
    }

    Reply licenseToken(const QString &license)
    {
        return m_client.send("POST",
                             path(QStringLiteral("/licenses/") + license + QStringLiteral("/tokens")),
                             "{\"data\":{\"type\":\"tokens\",\"attributes\":{}}}");
    }

    Reply validate(const QString &license, const QJsonObject &scope)
    {
        return m_client.send("POST",
                             path(QStringLiteral("/licenses/") + license + QStringLiteral("/actions/validate")),
                             QJsonDocument(
                                 QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("scope"), scope}}}})
                                 .toJson());
    }

    QString validationCode(const Reply &reply) const
    {
        return reply.json.value(QLatin1String("meta")).toObject().value(QLatin1String("code")).toString();
    }

    SandboxServer m_server;
    SandboxClient m_client{m_server};
    QString m_product;
    QList<crypto::PublicKey> m_keys;
};

void TestSandboxRelationships::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_product = m_client.create(QStringLiteral("products"), {{QStringLiteral("name"), QStringLiteral("Acme Studio")}})
                    .id();
    QVERIFY(!m_product.isEmpty());
    m_keys = parsePublicKeys(m_client.send("GET", m_client.accountPath()).body);
    QCOMPARE(m_keys.size(), 3);
}

void TestSandboxRelationships::licenseUsers()
{
    const QString owner = user(QStringLiteral("owner@example.com"));
    const QString ann = user(QStringLiteral("ann@example.com"));
    const QString bob = user(QStringLiteral("bob@example.com"));
    const QString license = m_client
                                .createLicense(policy({{QStringLiteral("floating"), true}}),
                                               {},
                                               {{QStringLiteral("owner"), {QStringLiteral("users"), owner}}})
                                .id();
    const QString users = path(QStringLiteral("/licenses/") + license + QStringLiteral("/users"));

    // Attaching answers the license-users join resources.
    Reply attached = m_client.send("POST", users, identifiers(QStringLiteral("users"), {ann, bob}));
    QCOMPARE(attached.status, 201);
    QCOMPARE(attached.list().size(), 2);
    const QJsonObject join = attached.list().at(0).toObject();
    QCOMPARE(join.value(QLatin1String("type")).toString(), QStringLiteral("license-users"));
    QCOMPARE(relatedId(join, "license"), license);
    QCOMPARE(relatedId(join, "user"), ann);
    QCOMPARE(join.value(QLatin1String("attributes")).toObject().keys(),
             (QStringList{QStringLiteral("created"), QStringLiteral("updated")}));

    // The list holds the owner and the attached users, newest first.
    Reply listed = m_client.send("GET", users);
    QCOMPARE(listed.status, 200);
    QCOMPARE(idsOf(listed), (QStringList{bob, ann, owner}));

    // Attaching again, the owner, or someone unknown is refused with Keygen's codes.
    QCOMPARE(m_client.send("POST", users, identifiers(QStringLiteral("users"), {ann})).errorCode(),
             QStringLiteral("USER_TAKEN"));
    QCOMPARE(m_client.send("POST", users, identifiers(QStringLiteral("users"), {owner})).errorCode(),
             QStringLiteral("USER_CONFLICT"));
    const Reply unknown = m_client.send("POST", users, identifiers(QStringLiteral("users"), {QUuid().toString()}));
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.errorCode(), QStringLiteral("USER_NOT_FOUND"));
    QCOMPARE(unknown.firstError().value(QLatin1String("source")).toObject().value(QLatin1String("pointer")).toString(),
             QStringLiteral("/data/0"));
    const Reply wrongType = m_client.send("POST", users, identifiers(QStringLiteral("licenses"), {ann}));
    QCOMPARE(wrongType.status, 400);

    // The user filter finds the license by an attached user's id or email; licenses of a user include it.
    QCOMPARE(idsOf(m_client.send("GET", path(QStringLiteral("/licenses?user=bob%40example.com")))),
             QStringList{license});
    QCOMPARE(idsOf(m_client.send("GET", path(QStringLiteral("/users/") + ann + QStringLiteral("/licenses")))),
             QStringList{license});

    // A machine activated by Bob loses its owner (but stays) when Bob is detached.
    const Reply machine = m_client.create(QStringLiteral("machines"),
                                          {{QStringLiteral("fingerprint"), QStringLiteral("bob-laptop")}},
                                          {{QStringLiteral("license"), {QStringLiteral("licenses"), license}},
                                           {QStringLiteral("owner"), {QStringLiteral("users"), bob}}});
    QCOMPARE(machine.status, 201);
    QCOMPARE(relatedId(machine.data(), "owner"), bob);

    // A license token may read its users but not change them.
    const QString token = licenseToken(license).attributes().value(QLatin1String("token")).toString();
    QVERIFY(!token.isEmpty());
    const QList<QPair<QByteArray, QByteArray>> asLicense{{"Authorization", "Bearer " + token.toLatin1()}};
    QCOMPARE(m_client.send("GET", users, {}, asLicense).status, 200);
    QCOMPARE(m_client.send("DELETE", users, identifiers(QStringLiteral("users"), {bob}), asLicense).status, 403);

    QCOMPARE(m_client.send("DELETE", users, identifiers(QStringLiteral("users"), {bob})).status, 204);
    QCOMPARE(idsOf(m_client.send("GET", users)), (QStringList{ann, owner}));
    const Reply kept = m_client.send("GET", path(QStringLiteral("/machines/") + machine.id()));
    QCOMPARE(kept.status, 200);
    QVERIFY(kept.data()
                .value(QLatin1String("relationships"))
                .toObject()
                .value(QLatin1String("owner"))
                .toObject()
                .value(QLatin1String("data"))
                .isNull());

    // The owner cannot be detached; someone not attached neither.
    QCOMPARE(m_client.send("DELETE", users, identifiers(QStringLiteral("users"), {owner})).errorCode(),
             QStringLiteral("USER_NOT_ALLOWED"));
    QCOMPARE(m_client.send("DELETE", users, identifiers(QStringLiteral("users"), {bob})).status, 422);
}

void TestSandboxRelationships::licenseUserLimitAndValidation()
{
    const QString policyId = policy({{QStringLiteral("floating"), true},
                                     {QStringLiteral("maxUsers"), 2},
                                     {QStringLiteral("overageStrategy"), QStringLiteral("NO_OVERAGE")}});
    const QString owner = user(QStringLiteral("lead@example.com"));
    const QString a = user(QStringLiteral("a@example.com"));
    const QString b = user(QStringLiteral("b@example.com"));
    const QString license = m_client
                                .createLicense(policyId,
                                               {},
                                               {{QStringLiteral("owner"), {QStringLiteral("users"), owner}}})
                                .id();
    const QString users = path(QStringLiteral("/licenses/") + license + QStringLiteral("/users"));
    QCOMPARE(m_client.send("POST", users, identifiers(QStringLiteral("users"), {a})).status, 201);
    const Reply over = m_client.send("POST", users, identifiers(QStringLiteral("users"), {b}));
    QCOMPARE(over.status, 422);
    QCOMPARE(over.errorCode(), QStringLiteral("USER_LIMIT_EXCEEDED"));
    QVERIFY(over.firstError().value(QLatin1String("detail")).toString().contains(QLatin1String("(2)")));

    // A user scope matches an attached user by email too.
    QCOMPARE(validationCode(validate(license, {{QStringLiteral("user"), QStringLiteral("a@example.com")}})),
             QStringLiteral("VALID"));
    QCOMPARE(validationCode(validate(license, {{QStringLiteral("user"), b}})), QStringLiteral("USER_SCOPE_MISMATCH"));

    // Lowering the license's limit below its users makes validation report TOO_MANY_USERS.
    const Reply lowered = m_client.send("PATCH",
                                        path(QStringLiteral("/licenses/") + license),
                                        "{\"data\":{\"type\":\"licenses\",\"attributes\":{\"maxUsers\":1}}}");
    QCOMPARE(lowered.status, 200);
    const Reply validation = validate(license, {});
    QCOMPARE(validationCode(validation), QStringLiteral("TOO_MANY_USERS"));
    QCOMPARE(validation.json.value(QLatin1String("meta")).toObject().value(QLatin1String("valid")).toBool(), false);
}

void TestSandboxRelationships::entitlements()
{
    auto entitlement = [this](const QString &code) {
        return m_client
            .create(QStringLiteral("entitlements"), {{QStringLiteral("name"), code}, {QStringLiteral("code"), code}})
            .id();
    };
    const QString sso = entitlement(QStringLiteral("SSO"));
    const QString audit = entitlement(QStringLiteral("AUDIT_LOG"));
    const QString api = entitlement(QStringLiteral("API_ACCESS"));
    const QString policyId = policy();
    const QString policyEntitlements = path(QStringLiteral("/policies/") + policyId + QStringLiteral("/entitlements"));
    const Reply attachedToPolicy = m_client.send("POST",
                                                 policyEntitlements,
                                                 identifiers(QStringLiteral("entitlements"), {sso}));
    QCOMPARE(attachedToPolicy.status, 201);
    QCOMPARE(attachedToPolicy.list().at(0).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("policy-entitlements"));
    QCOMPARE(idsOf(m_client.send("GET", policyEntitlements)), QStringList{sso});

    const QString license = m_client.createLicense(policyId).id();
    const QString licenseEntitlements = path(QStringLiteral("/licenses/") + license + QStringLiteral("/entitlements"));
    QCOMPARE(m_client.send("POST", licenseEntitlements, identifiers(QStringLiteral("entitlements"), {audit})).status,
             201);
    // Already granted through the policy, or already attached: refused.
    QCOMPARE(m_client.send("POST", licenseEntitlements, identifiers(QStringLiteral("entitlements"), {sso})).errorCode(),
             QStringLiteral("ENTITLEMENT_CONFLICT"));
    QCOMPARE(m_client.send("POST", licenseEntitlements, identifiers(QStringLiteral("entitlements"), {audit}))
                 .errorCode(),
             QStringLiteral("ENTITLEMENT_TAKEN"));
    // The license's entitlements: its own and its policy's.
    QCOMPARE(idsOf(m_client.send("GET", licenseEntitlements)), (QStringList{audit, sso}));

    // Validation with an entitlements scope.
    QCOMPARE(validationCode(validate(license,
                                     {{QStringLiteral("entitlements"),
                                       QJsonArray{QStringLiteral("SSO"), QStringLiteral("AUDIT_LOG")}}})),
             QStringLiteral("VALID"));
    QCOMPARE(validationCode(
                 validate(license, {{QStringLiteral("entitlements"), QJsonArray{QStringLiteral("API_ACCESS")}}})),
             QStringLiteral("ENTITLEMENTS_MISSING"));

    // A license file that includes entitlements grants them, as Keydesk's inspector reads it.
    const Reply checkedOut = m_client.send("POST",
                                           path(QStringLiteral("/licenses/") + license
                                                + QStringLiteral("/actions/check-out?include=entitlements")));
    QCOMPARE(checkedOut.status, 200);
    InspectionInput input;
    input.data = checkedOut.attributes().value(QLatin1String("certificate")).toString().toUtf8();
    input.publicKeys = m_keys;
    const Inspection inspection = Inspector().inspect(input);
    QCOMPARE(verdictId(inspection.verdict), QStringLiteral("valid"));
    QStringList granted = inspection.facts.entitlements;
    granted.sort();
    QCOMPARE(granted, (QStringList{QStringLiteral("AUDIT_LOG"), QStringLiteral("SSO")}));

    // Detaching from the policy takes it from the license too.
    QCOMPARE(m_client.send("DELETE", policyEntitlements, identifiers(QStringLiteral("entitlements"), {sso})).status,
             204);
    QCOMPARE(idsOf(m_client.send("GET", licenseEntitlements)), QStringList{audit});
    QCOMPARE(m_client.send("DELETE", licenseEntitlements, identifiers(QStringLiteral("entitlements"), {api})).status,
             422);
}

void TestSandboxRelationships::changePolicy()
{
    const QString from = policy({{QStringLiteral("duration"), 30 * 86400}});
    const QString keep = policy({{QStringLiteral("duration"), 365 * 86400}});
    const QString reset = policy({{QStringLiteral("duration"), 365 * 86400},
                                  {QStringLiteral("transferStrategy"), QStringLiteral("RESET_EXPIRY")},
                                  {QStringLiteral("maxMachines"), 1}});
    const QString signedPolicy = policy({{QStringLiteral("scheme"), QStringLiteral("ED25519_SIGN")}});
    const QString otherProduct = m_client
                                     .create(QStringLiteral("products"),
                                             {{QStringLiteral("name"), QStringLiteral("Other")}})
                                     .id();
    const QString foreign = m_client.createPolicy(otherProduct).id();

    const Reply created = m_client.createLicense(from);
    const QString license = created.id();
    const QString expiry = created.attributes().value(QLatin1String("expiry")).toString();
    const QString policyPath = path(QStringLiteral("/licenses/") + license + QStringLiteral("/policy"));

    // KEEP_EXPIRY: the policy changes, the expiry stays.
    Reply changed = m_client.send("PUT", policyPath, identifier(QStringLiteral("policies"), keep));
    QCOMPARE(changed.status, 200);
    QCOMPARE(relatedId(changed.data(), "policy"), keep);
    QCOMPARE(changed.attributes().value(QLatin1String("expiry")).toString(), expiry);

    // RESET_EXPIRY: a year from now.
    changed = m_client.send("PUT", policyPath, identifier(QStringLiteral("policies"), reset));
    QCOMPARE(changed.status, 200);
    const QDateTime newExpiry = QDateTime::fromString(changed.attributes().value(QLatin1String("expiry")).toString(),
                                                      Qt::ISODateWithMs);
    // (Keygen's calendar arithmetic: 31,536,000 seconds are 11 months, 4 weeks, 2 days and some hours.)
    QVERIFY(qAbs(addKeygenDuration(QDateTime::currentDateTimeUtc(), 365 * 86400).secsTo(newExpiry)) < 120);
    QCOMPARE(changed.attributes().value(QLatin1String("maxMachines")).toInt(), 1);
    QCOMPARE(m_client.send("GET", policyPath).id(), reset);

    // Incompatible policies are refused, and the license keeps its policy.
    for (const QString &incompatible : {signedPolicy, foreign}) {
        const Reply refused = m_client.send("PUT", policyPath, identifier(QStringLiteral("policies"), incompatible));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("POLICY_NOT_COMPATIBLE"));
    }
    QCOMPARE(m_client
                 .send("PUT",
                       policyPath,
                       identifier(QStringLiteral("policies"), QUuid::createUuid().toString(QUuid::WithoutBraces)))
                 .errorCode(),
             QStringLiteral("POLICY_NOT_FOUND"));
    QCOMPARE(m_client.send("PUT", policyPath, identifier(QStringLiteral("policies"), {})).status, 400);
    QCOMPARE(relatedId(m_client.send("GET", path(QStringLiteral("/licenses/") + license)).data(), "policy"), reset);

    // A license may not move itself to another policy.
    const QString token = licenseToken(license).attributes().value(QLatin1String("token")).toString();
    QCOMPARE(m_client
                 .send("PUT",
                       policyPath,
                       identifier(QStringLiteral("policies"), keep),
                       {{"Authorization", "Bearer " + token.toLatin1()}})
                 .status,
             403);
}

void TestSandboxRelationships::changeOwnerAndGroup()
{
    const QString carol = user(QStringLiteral("carol@example.com"));
    const QString group = m_client
                              .create(QStringLiteral("groups"),
                                      {{QStringLiteral("name"), QStringLiteral("Team")},
                                       {QStringLiteral("maxLicenses"), 1}})
                              .id();
    const QString policyId = policy({{QStringLiteral("floating"), true}});
    const QString license = m_client.createLicense(policyId).id();
    const QString second = m_client.createLicense(policyId).id();

    const QString base = path(QStringLiteral("/licenses/") + license);
    Reply changed = m_client.send("PUT", base + QStringLiteral("/owner"), identifier(QStringLiteral("users"), carol));
    QCOMPARE(changed.status, 200);
    QCOMPARE(relatedId(changed.data(), "owner"), carol);
    QCOMPARE(m_client.send("GET", base + QStringLiteral("/owner")).id(), carol);
    changed = m_client.send("PUT", base + QStringLiteral("/owner"), identifier(QStringLiteral("users"), {}));
    QCOMPARE(changed.status, 200);
    QVERIFY(relatedId(changed.data(), "owner").isEmpty());
    QVERIFY(m_client.send("GET", base + QStringLiteral("/owner")).json.value(QLatin1String("data")).isNull());

    QCOMPARE(m_client.send("PUT", base + QStringLiteral("/group"), identifier(QStringLiteral("groups"), group)).status,
             200);
    const Reply full = m_client.send("PUT",
                                     path(QStringLiteral("/licenses/") + second + QStringLiteral("/group")),
                                     identifier(QStringLiteral("groups"), group));
    QCOMPARE(full.status, 422);
    QCOMPARE(full.errorCode(), QStringLiteral("GROUP_LICENSE_LIMIT_EXCEEDED"));
    QCOMPARE(idsOf(m_client.send("GET", path(QStringLiteral("/groups/") + group + QStringLiteral("/licenses")))),
             QStringList{license});

    const QString machine = m_client.activateMachine(license, QStringLiteral("group-box")).id();
    const QString machinePath = path(QStringLiteral("/machines/") + machine);
    QCOMPARE(relatedId(m_client
                           .send("PUT",
                                 machinePath + QStringLiteral("/owner"),
                                 identifier(QStringLiteral("users"), carol))
                           .data(),
                       "owner"),
             carol);
    QCOMPARE(relatedId(m_client
                           .send("PUT",
                                 machinePath + QStringLiteral("/group"),
                                 identifier(QStringLiteral("groups"), group))
                           .data(),
                       "group"),
             group);
    QCOMPARE(idsOf(m_client.send("GET", path(QStringLiteral("/users/") + carol + QStringLiteral("/machines")))),
             QStringList{machine});
    QCOMPARE(m_client
                 .send("PUT", machinePath + QStringLiteral("/owner"), identifier(QStringLiteral("users"), m_product))
                 .errorCode(),
             QStringLiteral("OWNER_NOT_FOUND"));
}

void TestSandboxRelationships::keyPool()
{
    const QString pooled = policy({{QStringLiteral("usePool"), true}});
    auto addKey = [this](const QString &policyId, const QString &key) {
        return m_client.create(QStringLiteral("keys"),
                               {{QStringLiteral("key"), key}},
                               {{QStringLiteral("policy"), {QStringLiteral("policies"), policyId}}});
    };
    QCOMPARE(addKey(pooled, QStringLiteral("BETA-0001")).status, 201);
    QCOMPARE(addKey(pooled, QStringLiteral("BETA-0002")).status, 201);
    QCOMPARE(addKey(pooled, QStringLiteral("BETA-0003")).status, 201);
    QCOMPARE(addKey(pooled, QStringLiteral("BETA-0001")).errorCode(), QStringLiteral("KEY_TAKEN"));
    QCOMPARE(addKey(policy(), QStringLiteral("NOT-POOLED")).errorCode(), QStringLiteral("POLICY_NOT_SUPPORTED"));
    const QString pool = path(QStringLiteral("/policies/") + pooled + QStringLiteral("/pool"));
    QCOMPARE(m_client.send("GET", pool).list().size(), 3);

    // A license of a pooled policy takes the oldest key; a pop takes the next one.
    const Reply license = m_client.createLicense(pooled);
    QCOMPARE(license.status, 201);
    QCOMPARE(license.attributes().value(QLatin1String("key")).toString(), QStringLiteral("BETA-0001"));
    const Reply popped = m_client.send("DELETE", pool);
    QCOMPARE(popped.status, 200);
    QCOMPARE(popped.data().value(QLatin1String("type")).toString(), QStringLiteral("keys"));
    QCOMPARE(popped.attributes().value(QLatin1String("key")).toString(), QStringLiteral("BETA-0002"));
    QCOMPARE(relatedId(popped.data(), "policy"), pooled);
    QCOMPARE(m_client.send("GET", pool).list().size(), 1);
    QCOMPARE(m_client.createLicense(pooled).attributes().value(QLatin1String("key")).toString(),
             QStringLiteral("BETA-0003"));

    // Empty: both refuse, and no license is left half-created.
    const qint64 before = m_client.send("GET", path(QStringLiteral("/licenses?policy=") + pooled)).list().size();
    QCOMPARE(m_client.send("DELETE", pool).errorCode(), QStringLiteral("POLICY_POOL_EMPTY"));
    const Reply refused = m_client.createLicense(pooled);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("POLICY_POOL_EMPTY"));
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/licenses?policy=") + pooled)).list().size(), before);
    QCOMPARE(m_client.send("DELETE", path(QStringLiteral("/policies/") + policy() + QStringLiteral("/pool")))
                 .errorCode(),
             QStringLiteral("POLICY_NOT_SUPPORTED"));
}

// A client that follows links.related never meets a dead end: each answers 200 with the related type.
void TestSandboxRelationships::everyRelatedLinkAnswers()
{
    const QString owner = user(QStringLiteral("links@example.com"));
    const QString group = m_client.create(QStringLiteral("groups"), {{QStringLiteral("name"), QStringLiteral("G")}})
                              .id();
    const QString license = m_client
                                .createLicense(policy(),
                                               {},
                                               {{QStringLiteral("owner"), {QStringLiteral("users"), owner}},
                                                {QStringLiteral("group"), {QStringLiteral("groups"), group}}})
                                .id();
    const QString machine = m_client.activateMachine(license, QStringLiteral("links-box")).id();
    const QList<QPair<QString, QString>> resources{{QStringLiteral("licenses"), license},
                                                   {QStringLiteral("machines"), machine},
                                                   {QStringLiteral("policies"), policy()},
                                                   {QStringLiteral("products"), m_product},
                                                   {QStringLiteral("users"), owner},
                                                   {QStringLiteral("groups"), group}};
    int followed = 0;
    for (const auto &[type, id] : resources) {
        const Reply resource = m_client.send("GET", path(u'/' + type + u'/' + id));
        QCOMPARE(resource.status, 200);
        const QJsonObject relationships = resource.data().value(QLatin1String("relationships")).toObject();
        for (auto it = relationships.constBegin(); it != relationships.constEnd(); ++it) {
            if (!it.value().toObject().contains(QLatin1String("links"))) {
                QCOMPARE(it.key(), QStringLiteral("environment")); // the global environment has no link
                continue;
            }
            const QString related = it.value()
                                        .toObject()
                                        .value(QLatin1String("links"))
                                        .toObject()
                                        .value(QLatin1String("related"))
                                        .toString();
            const Reply answer = m_client.send("GET", related);
            QVERIFY2(answer.status == 200, qPrintable(related + QStringLiteral(": ") + QString::fromUtf8(answer.body)));
            const QJsonValue data = it.value().toObject().value(QLatin1String("data"));
            if (data.isObject()) {
                QCOMPARE(answer.data().value(QLatin1String("type")).toString(),
                         data.toObject().value(QLatin1String("type")).toString());
                QCOMPARE(answer.id(), data.toObject().value(QLatin1String("id")).toString());
            } else if (!it.value().toObject().contains(QLatin1String("data"))) {
                QVERIFY2(answer.json.value(QLatin1String("data")).isArray(), qPrintable(related));
            }
            ++followed;
        }
    }
    QVERIFY(followed > 30);
    QCOMPARE(idsOf(m_client.send("GET", path(QStringLiteral("/licenses/") + license + QStringLiteral("/machines")))),
             QStringList{machine});
}

void TestSandboxRelationships::licenseFilters()
{
    const QString policyId = policy({{QStringLiteral("floating"), true}});
    const QString dave = user(QStringLiteral("dave@example.com"));
    auto create = [&](const QJsonObject &attributes, bool owned = false) {
        return m_client
            .createLicense(policyId,
                           attributes,
                           owned ? QList<QPair<QString, QPair<QString, QString>>>{{QStringLiteral("owner"),
                                                                                   {QStringLiteral("users"), dave}}}
                                 : QList<QPair<QString, QPair<QString, QString>>>{})
            .id();
    };
    const QString acme = create({{QStringLiteral("metadata"),
                                  QJsonObject{{QStringLiteral("customerId"), QStringLiteral("cust_42")},
                                              {QStringLiteral("seats"), 25},
                                              {QStringLiteral("priority"), true}}}},
                                true);
    const QString plain = create(
        {{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("customerId"), QStringLiteral("cust_7")}}}});
    const QString suspended = create({});
    QCOMPARE(m_client.send("POST", path(QStringLiteral("/licenses/") + suspended + QStringLiteral("/actions/suspend")))
                 .status,
             200);
    QCOMPARE(m_client.activateMachine(acme, QStringLiteral("f1")).status, 201);
    const QString machine = m_client.activateMachine(acme, QStringLiteral("f2")).id();
    QCOMPARE(m_client.activateMachine(plain, QStringLiteral("f3")).status, 201);

    const QString base = QStringLiteral("/licenses?policy=") + policyId + u'&';
    auto listed = [&](const QString &query) {
        const Reply reply = m_client.send("GET", path(base + query));
        if (reply.status != 200) {
            qWarning("%s: %s", qPrintable(query), reply.body.constData());
        }
        QStringList ids = idsOf(reply);
        ids.sort();
        return ids;
    };
    auto sorted = [](QStringList ids) {
        ids.sort();
        return ids;
    };
    QCOMPARE(listed(QStringLiteral("metadata%5BcustomerId%5D=cust_42")), QStringList{acme});
    QCOMPARE(listed(QStringLiteral("metadata%5Bseats%5D=25")), QStringList{acme});
    QCOMPARE(listed(QStringLiteral("metadata%5Bpriority%5D=true")), QStringList{acme});
    QCOMPARE(listed(QStringLiteral("metadata%5BcustomerId%5D=cust_4")), QStringList{});
    QCOMPARE(listed(QStringLiteral("status=SUSPENDED")), QStringList{suspended});
    QCOMPARE(listed(QStringLiteral("status=ACTIVE")), sorted({acme, plain, suspended}));
    QCOMPARE(listed(QStringLiteral("status=INACTIVE")), QStringList{});
    QCOMPARE(listed(QStringLiteral("status=NONSENSE")), QStringList{});
    QCOMPARE(listed(QStringLiteral("assigned=true")), QStringList{acme});
    QCOMPARE(listed(QStringLiteral("unassigned=true")), sorted({plain, suspended}));
    QCOMPARE(listed(QStringLiteral("activated=true")), sorted({acme, plain}));
    QCOMPARE(listed(QStringLiteral("activated=false")), QStringList{suspended});
    QCOMPARE(listed(QStringLiteral("activations%5Bgte%5D=2")), QStringList{acme});
    QCOMPARE(listed(QStringLiteral("activations%5Beq%5D=1")), QStringList{plain});
    QCOMPARE(listed(QStringLiteral("activations%5Blt%5D=1")), QStringList{suspended});
    QCOMPARE(listed(QStringLiteral("owner=dave%40example.com")), QStringList{acme});
    QCOMPARE(listed(QStringLiteral("owner=") + dave), QStringList{acme});
    QCOMPARE(listed(QStringLiteral("owner=nobody%40example.com")), QStringList{});
    QCOMPARE(listed(QStringLiteral("machine=") + machine), QStringList{acme});
    QCOMPARE(listed(QStringLiteral("product=") + m_product + QStringLiteral("&assigned=false")),
             sorted({plain, suspended}));
}

void TestSandboxRelationships::licenseTimeFilters()
{
    const QString policyId = policy();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto create = [&](const QDateTime &expiry) {
        return m_client.createLicense(policyId, {{QStringLiteral("expiry"), expiry.toString(Qt::ISODateWithMs)}}).id();
    };
    const QString inTwoDays = create(now.addDays(2));
    const QString inTwentyDays = create(now.addDays(20));
    const QString inNinetyDays = create(now.addDays(90));
    const QString lastWeek = create(now.addDays(-7));
    const QString lastYear = create(now.addDays(-365));
    const QString never = m_client.createLicense(policyId).id();

    auto listed = [&](const QString &query) {
        const Reply reply = m_client.send("GET", path(QStringLiteral("/licenses?policy=") + policyId + u'&' + query));
        if (reply.status != 200) {
            qWarning("%s: %s", qPrintable(query), reply.body.constData());
        }
        QStringList ids = idsOf(reply);
        ids.sort();
        return ids;
    };
    auto sorted = [](QStringList ids) {
        ids.sort();
        return ids;
    };
    QCOMPARE(listed(QStringLiteral("expires%5Bin%5D=30d")), sorted({inTwoDays, inTwentyDays}));
    QCOMPARE(listed(QStringLiteral("expires%5Bin%5D=P30D")), sorted({inTwoDays, inTwentyDays}));
    QCOMPARE(listed(QStringLiteral("expires%5Bin%5D=259200")), QStringList{inTwoDays});
    QCOMPARE(listed(QStringLiteral("expires%5Bafter%5D=") + now.addDays(30).toString(Qt::ISODate)),
             QStringList{inNinetyDays});
    QCOMPARE(listed(QStringLiteral("expires%5Bbefore%5D=") + now.addDays(30).toString(Qt::ISODate)),
             sorted({inTwoDays, inTwentyDays}));
    QCOMPARE(listed(QStringLiteral("expired%5Bin%5D=30d")), QStringList{lastWeek});
    QCOMPARE(listed(QStringLiteral("expired%5Bbefore%5D=") + now.addDays(-30).toString(Qt::ISODate)),
             QStringList{lastYear});
    QCOMPARE(listed(QStringLiteral("status=EXPIRING")), QStringList{inTwoDays});
    QCOMPARE(listed(QStringLiteral("status=EXPIRED")), sorted({lastWeek, lastYear}));
    QCOMPARE(listed(QStringLiteral("activity%5Binside%5D=1h")).size(), 6);
    QCOMPARE(listed(QStringLiteral("activity%5Boutside%5D=1h")), QStringList{});
    QCOMPARE(listed(QStringLiteral("activity%5Bbefore%5D=") + now.addDays(-1).toString(Qt::ISODate)), QStringList{});
    QVERIFY(listed(QStringLiteral("expires%5Bin%5D=1y")).contains(inNinetyDays));
    QVERIFY(!listed(QStringLiteral("expires%5Bin%5D=1y")).contains(never));
}

void TestSandboxRelationships::machineAndUserFilters()
{
    const QString policyId = policy({{QStringLiteral("floating"), true}});
    const QString erin = user(QStringLiteral("erin@example.com"));
    const Reply license = m_client.createLicense(policyId,
                                                 {},
                                                 {{QStringLiteral("owner"), {QStringLiteral("users"), erin}}});
    const QString other = m_client.createLicense(policy({{QStringLiteral("floating"), true}})).id();
    const QString build = m_client
                              .activateMachine(license.id(),
                                               QStringLiteral("build-01"),
                                               {{QStringLiteral("hostname"), QStringLiteral("build.local")},
                                                {QStringLiteral("ip"), QStringLiteral("10.0.0.5")},
                                                {QStringLiteral("metadata"),
                                                 QJsonObject{{QStringLiteral("rack"), QStringLiteral("B2")}}}})
                              .id();
    const QString desk = m_client.activateMachine(license.id(), QStringLiteral("desk-01")).id();
    const QString away = m_client.activateMachine(other, QStringLiteral("build-01")).id();

    auto machines = [&](const QString &query) {
        QStringList ids = idsOf(m_client.send("GET", path(QStringLiteral("/machines?") + query)));
        ids.sort();
        return ids;
    };
    auto sorted = [](QStringList ids) {
        ids.sort();
        return ids;
    };
    QCOMPARE(machines(QStringLiteral("fingerprint=build-01")), sorted({build, away}));
    QCOMPARE(machines(QStringLiteral("hostname=build.local")), QStringList{build});
    QCOMPARE(machines(QStringLiteral("ip=10.0.0.5")), QStringList{build});
    QCOMPARE(machines(QStringLiteral("metadata%5Brack%5D=B2")), QStringList{build});
    QCOMPARE(machines(QStringLiteral("key=")
                      + QString::fromLatin1(
                          QUrl::toPercentEncoding(license.attributes().value(QLatin1String("key")).toString()))),
             sorted({build, desk}));
    QCOMPARE(machines(QStringLiteral("policy=") + policyId), sorted({build, desk}));
    QCOMPARE(machines(QStringLiteral("owner=erin%40example.com")), sorted({build, desk}));
    QCOMPARE(machines(QStringLiteral("license=") + other), QStringList{away});

    // Users: the role "user" unless roles[] asks for more; assigned; by product.
    const QString loner = user(QStringLiteral("loner@example.com"));
    auto users = [&](const QString &query) {
        return idsOf(m_client.send("GET", path(QStringLiteral("/users?page%5Bsize%5D=100&") + query)));
    };
    QVERIFY(users({}).contains(erin));
    QVERIFY(users({}).contains(loner));
    QCOMPARE(users(QStringLiteral("roles%5B%5D=admin")).size(), 1);
    QVERIFY(!users({}).contains(users(QStringLiteral("roles%5B%5D=admin")).value(0)));
    QVERIFY(users(QStringLiteral("assigned=true")).contains(erin));
    QVERIFY(!users(QStringLiteral("assigned=true")).contains(loner));
    QVERIFY(users(QStringLiteral("assigned=false")).contains(loner));
    QVERIFY(users(QStringLiteral("product=") + m_product).contains(erin));
    QVERIFY(!users(QStringLiteral("product=") + m_product).contains(loner));
}

void TestSandboxRelationships::badFilterValues_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("expires duration") << QStringLiteral("expires%5Bin%5D=soon") << QStringLiteral("expires[in]");
    QTest::newRow("expires key") << QStringLiteral("expires%5Bwithin%5D=3d") << QStringLiteral("expires[within]");
    QTest::newRow("expired time") << QStringLiteral("expired%5Bbefore%5D=yesterday")
                                  << QStringLiteral("expired[before]");
    QTest::newRow("activity") << QStringLiteral("activity%5Binside%5D=-3") << QStringLiteral("activity[inside]");
    QTest::newRow("boolean") << QStringLiteral("activated=maybe") << QStringLiteral("activated");
    QTest::newRow("activations operator")
        << QStringLiteral("activations%5Bnear%5D=3") << QStringLiteral("activations[near]");
    QTest::newRow("activations count") << QStringLiteral("activations%5Bgt%5D=many")
                                       << QStringLiteral("activations[gt]");
}

void TestSandboxRelationships::badFilterValues()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const Reply reply = m_client.send("GET", path(QStringLiteral("/licenses?") + query));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.firstError().value(QLatin1String("source")).toObject().value(QLatin1String("parameter")).toString(),
             parameter);
    QVERIFY(!reply.firstError().value(QLatin1String("detail")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxRelationships)
#include "tst_sandboxrelationships.moc"
