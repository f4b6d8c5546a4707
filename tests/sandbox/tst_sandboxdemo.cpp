// Demo data (`keydesk sandbox --demo N`): what the seed writes is what a client reads over HTTP — counts, references
// between resources, machine limits, signed keys that Keydesk's inspector verifies, statuses, support metadata —
// and it is written once, deterministically, in the storage format of the resource specs.

#include "app/licensing/inspection.h"
#include "app/licensing/issuing.h"
#include "app/licensing/publickeys.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/resourcespec.h"
#include "sandboxclient.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace keydesk;
using namespace keydesk::sandbox;
using keydesk::test::Reply;
using keydesk::test::SandboxClient;

namespace {

constexpr qint64 kLicenses = 500;

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

QJsonObject attributesOf(const QJsonObject &resource)
{
    return resource.value(QLatin1String("attributes")).toObject();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestSandboxDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsPerType();
    void licensesReferTheirPolicyProductAndOwner();
    void machinesStayWithinLimits();
    void signedKeysVerifyOffline();
    void statusesAndSupportMetadata();
    void statusesOnAnyDay();
    void storedLikeTheSpecsSay();
    void createdOrderFollowsSeq();
    void releasesOnSeveralChannels();
    void entitlementsAndTeamMembers();
    void secondSeedIsRefused();
    void deterministic();
    void commandLine();

private:
    QList<QJsonObject> listAll(const QString &type);
    qint64 countOf(const QString &type);
    QList<StoredResource> stored(const QString &type);

    SandboxServer m_server;
    SandboxClient m_client{m_server};
    DemoDataCounts m_counts;
    QList<qint64> m_progress;
    QList<QJsonObject> m_licenses;
    QHash<QString, QJsonObject> m_policies;
    QHash<QString, QJsonObject> m_users;
};

QList<QJsonObject> TestSandboxDemo::listAll(const QString &type)
{
    QList<QJsonObject> all;
    for (int page = 1; page <= 100; ++page) {
        const Reply reply = m_client.send("GET",
                                          m_client.accountPath() + QLatin1Char('/') + type
                                              + QStringLiteral("?page%5Bsize%5D=100&page%5Bnumber%5D=")
                                              + QString::number(page));
        if (reply.status != 200) {
            qWarning() << reply.body;
            return {};
        }
        for (const QJsonValue &value : reply.list()) {
            all.append(value.toObject());
        }
        if (reply.list().size() < 100) {
            break;
        }
    }
    return all;
}

qint64 TestSandboxDemo::countOf(const QString &type)
{
    const Reply reply = m_client.send("GET",
                                      m_client.accountPath() + QLatin1Char('/') + type
                                          + QStringLiteral("?page%5Bsize%5D=1&page%5Bnumber%5D=1"));
    return reply.json.value(QLatin1String("links"))
        .toObject()
        .value(QLatin1String("meta"))
        .toObject()
        .value(QLatin1String("count"))
        .toInteger(-1);
}

QList<StoredResource> TestSandboxDemo::stored(const QString &type)
{
    ListQuery query;
    query.accountId = m_server.account().id;
    query.type = type;
    query.ascending = true;
    query.limit = 1000000;
    return m_server.store().list(query);
}

void TestSandboxDemo::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    QVERIFY(!hasDemoData(m_server.store(), m_server.account()));
    QVERIFY2(seedDemoData(
                 m_server.store(),
                 m_server.account(),
                 kLicenses,
                 &error,
                 [this](qint64 done) {
        m_progress.append(done);
                 },
                 &m_counts),
             qPrintable(error));
    QVERIFY(hasDemoData(m_server.store(), m_server.account()));
    QCOMPARE(m_progress, QList<qint64>{kLicenses});

    m_licenses = listAll(QStringLiteral("licenses"));
    for (const QJsonObject &policy : listAll(QStringLiteral("policies"))) {
        m_policies.insert(policy.value(QLatin1String("id")).toString(), policy);
    }
    for (const QJsonObject &user : listAll(QStringLiteral("users"))) {
        m_users.insert(user.value(QLatin1String("id")).toString(), user);
    }
}

void TestSandboxDemo::countsPerType()
{
    QCOMPARE(m_counts.licenses, kLicenses);
    QCOMPARE(countOf(QStringLiteral("licenses")), kLicenses);
    QCOMPARE(countOf(QStringLiteral("products")), m_counts.products);
    QCOMPARE(countOf(QStringLiteral("policies")), m_counts.policies);
    QCOMPARE(countOf(QStringLiteral("entitlements")), m_counts.entitlements);
    QCOMPARE(countOf(QStringLiteral("groups")), m_counts.groups);
    // Keygen lists users of the role "user" unless roles[] asks for more: the sandbox's admin is not counted.
    QCOMPARE(countOf(QStringLiteral("users")), m_counts.users);
    QCOMPARE(countOf(QStringLiteral("machines")), m_counts.machines);
    QCOMPARE(qint64(m_licenses.size()), kLicenses);

    // Several products, a policy of every kind, and a realistic spread of customers.
    QVERIFY(m_counts.products >= 5);
    QVERIFY(m_counts.policies >= 15);
    QVERIFY(m_counts.entitlements >= 8);
    QVERIFY2(m_counts.users > kLicenses / 5 && m_counts.users < kLicenses, qPrintable(QString::number(m_counts.users)));
    QVERIFY(m_counts.groups > 0);
    QVERIFY(m_counts.machines > kLicenses / 4);
    QVERIFY(m_counts.releases > 20);
    QVERIFY(m_counts.artifacts > m_counts.releases);

    QSet<QString> kinds;
    for (const QJsonObject &policy : std::as_const(m_policies)) {
        const QJsonObject a = attributesOf(policy);
        if (a.value(QLatin1String("duration")).isNull()) {
            kinds.insert(QStringLiteral("perpetual"));
        } else if (a.value(QLatin1String("duration")).toInteger() <= 30 * 86400) {
            kinds.insert(QStringLiteral("trial"));
        } else {
            kinds.insert(QStringLiteral("subscription"));
        }
        kinds.insert(a.value(QLatin1String("floating")).toBool() ? QStringLiteral("floating")
                                                                 : QStringLiteral("node-locked"));
        if (a.value(QLatin1String("requireHeartbeat")).toBool()) {
            kinds.insert(a.value(QLatin1String("heartbeatCullStrategy")).toString());
        }
        if (a.value(QLatin1String("requireCheckIn")).toBool()) {
            kinds.insert(QStringLiteral("check-in"));
        }
        if (a.value(QLatin1String("usePool")).toBool()) {
            kinds.insert(QStringLiteral("pool"));
        }
        if (a.value(QLatin1String("scheme")).isString()) {
            kinds.insert(a.value(QLatin1String("scheme")).toString());
        }
        if (a.value(QLatin1String("overageStrategy")).toString() != QLatin1String("NO_OVERAGE")) {
            kinds.insert(QStringLiteral("overage"));
        }
    }
    for (const char *kind : {"perpetual",
                             "trial",
                             "subscription",
                             "floating",
                             "node-locked",
                             "DEACTIVATE_DEAD",
                             "KEEP_DEAD",
                             "check-in",
                             "pool",
                             "ED25519_SIGN",
                             "ECDSA_P256_SIGN",
                             "RSA_2048_PKCS1_PSS_SIGN_V2",
                             "RSA_2048_JWT_RS256",
                             "overage"}) {
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    }
}

void TestSandboxDemo::licensesReferTheirPolicyProductAndOwner()
{
    const QList<QJsonObject> products = listAll(QStringLiteral("products"));
    QSet<QString> productIds;
    for (const QJsonObject &product : products) {
        productIds.insert(product.value(QLatin1String("id")).toString());
    }
    const QRegularExpression plainKey(QStringLiteral("^([0-9A-F]{6}-){5}V3$"));
    QSet<QString> keys;
    int withGroup = 0;
    for (const QJsonObject &license : std::as_const(m_licenses)) {
        const QString id = license.value(QLatin1String("id")).toString();
        const QJsonObject a = attributesOf(license);
        const QString policyId = relatedId(license, "policy");
        QVERIFY2(m_policies.contains(policyId), qPrintable(id));
        const QJsonObject &policy = m_policies[policyId];
        QVERIFY(productIds.contains(relatedId(license, "product")));
        QCOMPARE(relatedId(license, "product"), relatedId(policy, "product"));
        // What the policy decides, the license shows.
        for (const char *name : {"scheme", "floating", "strict", "protected", "requireHeartbeat", "requireCheckIn"}) {
            QCOMPARE(a.value(QLatin1String(name)), attributesOf(policy).value(QLatin1String(name)));
        }

        const QString ownerId = relatedId(license, "owner");
        QVERIFY2(m_users.contains(ownerId), qPrintable(id));
        const QJsonObject owner = attributesOf(m_users[ownerId]);
        QVERIFY(owner.value(QLatin1String("email")).toString().contains(QLatin1Char('@')));
        QVERIFY(!owner.value(QLatin1String("fullName")).toString().isEmpty());
        if (!relatedId(license, "group").isEmpty()) {
            ++withGroup;
            QCOMPARE(relatedId(m_users[ownerId], "group"), relatedId(license, "group"));
        }

        const QString key = a.value(QLatin1String("key")).toString();
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        if (a.value(QLatin1String("scheme")).isNull()) {
            QVERIFY2(plainKey.match(key).hasMatch(), qPrintable(key));
        }
        // Lookup by key, as a support person pastes it.
        if (keys.size() % 50 == 1) {
            const Reply byKey = m_client.send("GET",
                                              m_client.accountPath() + QStringLiteral("/licenses/")
                                                  + QString::fromLatin1(QUrl::toPercentEncoding(key)));
            QCOMPARE(byKey.id(), id);
        }
        // Expiry follows the policy: perpetual licenses have none.
        if (attributesOf(policy).value(QLatin1String("duration")).isNull()) {
            QVERIFY(a.value(QLatin1String("expiry")).isNull());
        } else {
            QVERIFY(QDateTime::fromString(a.value(QLatin1String("expiry")).toString(), Qt::ISODateWithMs).isValid());
        }
    }
    QVERIFY(withGroup > 0);

    // Big customers hold many licenses.
    QHash<QString, int> perOwner;
    for (const QJsonObject &license : std::as_const(m_licenses)) {
        ++perOwner[relatedId(license, "owner")];
    }
    QHash<QString, int> perCompany;
    for (const QJsonObject &license : std::as_const(m_licenses)) {
        const QString company = attributesOf(license)
                                    .value(QLatin1String("metadata"))
                                    .toObject()
                                    .value(QLatin1String("company"))
                                    .toString();
        if (!company.isEmpty()) {
            ++perCompany[company];
        }
    }
    QVERIFY2(*std::max_element(perCompany.cbegin(), perCompany.cend()) >= 10, "no big customer");
}

void TestSandboxDemo::machinesStayWithinLimits()
{
    QHash<QString, QJsonObject> licenses;
    for (const QJsonObject &license : std::as_const(m_licenses)) {
        licenses.insert(license.value(QLatin1String("id")).toString(), license);
    }
    const QList<QJsonObject> machines = listAll(QStringLiteral("machines"));
    QCOMPARE(qint64(machines.size()), m_counts.machines);
    QHash<QString, QSet<QString>> fingerprints;
    QSet<QString> heartbeats;
    QSet<QString> platforms;
    for (const QJsonObject &machine : machines) {
        const QJsonObject a = attributesOf(machine);
        const QString licenseId = relatedId(machine, "license");
        QVERIFY2(licenses.contains(licenseId), qPrintable(licenseId));
        const QJsonObject &license = licenses[licenseId];
        QCOMPARE(relatedId(machine, "product"), relatedId(license, "product"));
        QCOMPARE(relatedId(machine, "owner"), relatedId(license, "owner"));
        QCOMPARE(relatedId(machine, "group"), relatedId(license, "group"));
        const QString fingerprint = a.value(QLatin1String("fingerprint")).toString();
        QVERIFY2(!fingerprints[licenseId].contains(fingerprint), qPrintable(fingerprint));
        fingerprints[licenseId].insert(fingerprint);
        const int cores = a.value(QLatin1String("cores")).toInt();
        QVERIFY(cores >= 2 && cores <= 32);
        QVERIFY(!a.value(QLatin1String("hostname")).toString().isEmpty());
        platforms.insert(a.value(QLatin1String("platform")).toString());
        heartbeats.insert(a.value(QLatin1String("heartbeatStatus")).toString());
        QVERIFY(a.value(QLatin1String("created")).toString()
                >= attributesOf(license).value(QLatin1String("created")).toString());
    }
    for (auto it = fingerprints.cbegin(); it != fingerprints.cend(); ++it) {
        const QJsonObject &license = licenses[it.key()];
        const QJsonObject policy = attributesOf(m_policies[relatedId(license, "policy")]);
        const QJsonValue max = attributesOf(license).value(QLatin1String("maxMachines"));
        if (!max.isDouble()) {
            continue; // unlimited
        }
        const QString overage = policy.value(QLatin1String("overageStrategy")).toString();
        const double factor = overage == QLatin1String("ALLOW_1_25X_OVERAGE") ? 1.25
                            : overage == QLatin1String("ALLOW_1_5X_OVERAGE")  ? 1.5
                            : overage == QLatin1String("ALLOW_2X_OVERAGE")    ? 2
                                                                              : 1;
        QVERIFY2(it.value().size() <= qint64(max.toDouble() * factor),
                 qPrintable(QStringLiteral("%1: %2 machines").arg(it.key()).arg(it.value().size())));
        // The license counts its machines.
        const QJsonObject meta = license.value(QLatin1String("relationships"))
                                     .toObject()
                                     .value(QLatin1String("machines"))
                                     .toObject()
                                     .value(QLatin1String("meta"))
                                     .toObject();
        QCOMPARE(meta.value(QLatin1String("count")).toInteger(), qint64(it.value().size()));
    }
    QCOMPARE(sorted(platforms.values()),
             sorted({QStringLiteral("Linux"), QStringLiteral("Windows"), QStringLiteral("macOS")}));
    QVERIFY2(heartbeats.contains(QStringLiteral("ALIVE")) && heartbeats.contains(QStringLiteral("DEAD"))
                 && heartbeats.contains(QStringLiteral("NOT_STARTED")),
             qPrintable(heartbeats.values().join(QLatin1Char(' '))));
}

void TestSandboxDemo::signedKeysVerifyOffline()
{
    const QList<crypto::PublicKey> keys = parsePublicKeys(m_client.send("GET", m_client.accountPath()).body);
    QCOMPARE(keys.size(), 3);
    QSet<QString> schemes;
    int verified = 0;
    for (const QJsonObject &license : std::as_const(m_licenses)) {
        const QJsonObject a = attributesOf(license);
        if (a.value(QLatin1String("scheme")).isNull()) {
            continue;
        }
        InspectionInput input;
        input.data = a.value(QLatin1String("key")).toString().toUtf8();
        input.publicKeys = keys;
        const Inspection inspection = Inspector().inspect(input);
        const QString verdict = verdictId(inspection.verdict);
        QVERIFY2(verdict == QLatin1String("valid") || verdict == QLatin1String("expired"),
                 qPrintable(verdict + QLatin1Char(' ') + a.value(QLatin1String("scheme")).toString()));
        QCOMPARE(inspection.algorithm, a.value(QLatin1String("scheme")).toString());
        QCOMPARE(inspection.facts.licenseId, license.value(QLatin1String("id")).toString());
        schemes.insert(inspection.algorithm);
        ++verified;
    }
    QCOMPARE(verified, kLicenses / 50); // one in fifty
    QVERIFY2(schemes.size() >= 3, qPrintable(schemes.values().join(QLatin1Char(' '))));
}

void TestSandboxDemo::statusesAndSupportMetadata()
{
    QHash<QString, int> statuses;
    int withMetadata = 0;
    int withOrder = 0;
    int withCompany = 0;
    const QRegularExpression customerId(QStringLiteral("^CUS-\\d{6,}$"));
    const QRegularExpression orderNumber(QStringLiteral("^ORD-20\\d\\d-\\d{6,}$"));
    for (const QJsonObject &license : std::as_const(m_licenses)) {
        const QJsonObject a = attributesOf(license);
        ++statuses[a.value(QLatin1String("status")).toString()];
        const QJsonObject metadata = a.value(QLatin1String("metadata")).toObject();
        if (metadata.isEmpty()) {
            continue;
        }
        ++withMetadata;
        QVERIFY2(customerId.match(metadata.value(QLatin1String("customerId")).toString()).hasMatch(),
                 QJsonDocument(metadata).toJson().constData());
        if (metadata.contains(QLatin1String("orderNumber"))) {
            ++withOrder;
            QVERIFY(orderNumber.match(metadata.value(QLatin1String("orderNumber")).toString()).hasMatch());
        }
        withCompany += metadata.contains(QLatin1String("company")) ? 1 : 0;
    }
    qInfo() << "statuses" << statuses;
    for (const char *status : {"ACTIVE", "EXPIRED", "EXPIRING", "SUSPENDED"}) {
        QVERIFY2(statuses.value(QLatin1String(status)) > 0, status);
    }
    QVERIFY(statuses.value(QStringLiteral("ACTIVE")) > kLicenses / 3);
    QVERIFY(withMetadata > kLicenses * 85 / 100);
    QVERIFY(withOrder > kLicenses / 2);
    QVERIFY(withCompany > kLicenses / 3);
}

void TestSandboxDemo::statusesOnAnyDay()
{
    // Expiry dates are laid out relative to the day of seeding: whatever the day and hour, some licenses have
    // expired, some expire within three days, most are active.
    for (int days = 0; days < 84; days += 7) {
        SandboxStore store;
        QString error;
        QVERIFY2(store.open(QStringLiteral(":memory:"), &error), qPrintable(error));
        const FixedClock clock(QDateTime::currentDateTimeUtc().addDays(days).addSecs(days * 3917));
        QVERIFY2(seedDemoData(store, m_server.account(), kLicenses, &error, {}, nullptr, clock), qPrintable(error));
        ListQuery query;
        query.accountId = m_server.account().id;
        query.type = QStringLiteral("licenses");
        query.limit = 1000;
        QHash<QString, int> statuses;
        for (const StoredResource &license : store.list(query)) {
            ++statuses[license.attributes.value(QLatin1String("status")).toString()];
        }
        for (const char *status : {"ACTIVE", "EXPIRED", "EXPIRING", "SUSPENDED"}) {
            QVERIFY2(statuses.value(QLatin1String(status)) > 0,
                     qPrintable(QStringLiteral("%1 on day +%2").arg(QLatin1String(status)).arg(days)));
        }
        QVERIFY(statuses.value(QStringLiteral("ACTIVE")) > kLicenses / 2);
    }
}

void TestSandboxDemo::storedLikeTheSpecsSay()
{
    // The attributes JSON holds every attribute of the spec (and metadata); links hold the to-one relationships.
    struct Expectation
    {
        const ResourceSpec &spec;
        QStringList links;
    };

    const Expectation expectations[] = {
        {productSpec(), {}},
        {policySpec(), {QStringLiteral("product")}},
        {entitlementSpec(), {}},
        {groupSpec(), {}},
        {userSpec(), {QStringLiteral("group")}},
        {licenseSpec(),
         {QStringLiteral("group"), QStringLiteral("owner"), QStringLiteral("policy"), QStringLiteral("product")}},
        {machineSpec(),
         {QStringLiteral("group"), QStringLiteral("license"), QStringLiteral("owner"), QStringLiteral("product")}},
    };
    for (const Expectation &expected : expectations) {
        QStringList attributes{QStringLiteral("metadata")};
        for (const AttributeSpec &attribute : expected.spec.attributes) {
            if (attribute.hidden) {
                continue; // write-only (a password): never seeded
            }
            attributes.append(attribute.name);
        }
        const QList<StoredResource> resources = stored(expected.spec.type);
        QVERIFY(!resources.isEmpty());
        for (const StoredResource &resource : resources) {
            if (resource.alias == QLatin1String("admin@sandbox.keydesk.example")) {
                continue; // the server's own admin
            }
            QCOMPARE(sorted(resource.attributes.keys()), sorted(attributes));
            QCOMPARE(sorted(resource.links.keys()), expected.links);
            if (!expected.spec.aliasAttribute.isEmpty()) {
                QCOMPARE(resource.alias, resource.attributes.value(expected.spec.aliasAttribute).toString());
            }
            QVERIFY(QDateTime::fromString(resource.created, Qt::ISODateWithMs).isValid());
            QCOMPARE(resource.created.size(), 24);
            QVERIFY(resource.updated >= resource.created);
        }
    }

    // Join rows as the server's attach endpoints write them: no attributes, their two ends, no environment.
    const struct
    {
        const ResourceSpec &spec;
        QStringList links;
    } joins[] = {
        {policyEntitlementSpec(),
         {QStringLiteral("entitlement"), QStringLiteral("environment"), QStringLiteral("policy")}},
        {licenseEntitlementSpec(),
         {QStringLiteral("entitlement"), QStringLiteral("environment"), QStringLiteral("license")}},
        {licenseUserSpec(), {QStringLiteral("environment"), QStringLiteral("license"), QStringLiteral("user")}},
    };

    for (const auto &join : joins) {
        const QList<StoredResource> resources = stored(join.spec.type);
        QVERIFY2(!resources.isEmpty(), qPrintable(join.spec.type));
        for (const StoredResource &resource : resources) {
            QVERIFY(resource.attributes.isEmpty());
            QCOMPARE(sorted(resource.links.keys()), join.links);
            QVERIFY(resource.links.value(QLatin1String("environment")).isNull());
            QCOMPARE(resource.created, resource.updated);
        }
    }

    // Over HTTP a seeded license has exactly Keygen's attribute set.
    QStringList expected = QStringLiteral("name key expiry status uses suspended scheme encrypted strict floating "
                                          "protected version maxMachines maxProcesses maxUsers maxCores maxMemory "
                                          "maxDisk maxUses requireHeartbeat requireCheckIn lastValidated lastCheckIn "
                                          "nextCheckIn lastCheckOut permissions metadata created updated")
                               .split(QLatin1Char(' '));
    QCOMPARE(sorted(attributesOf(m_licenses.constFirst()).keys()), sorted(expected));
}

void TestSandboxDemo::createdOrderFollowsSeq()
{
    // Lists sort by seq, so rows were written in the order they were created, and all of it in the past.
    const QString now = keygenTimestamp(QDateTime::currentDateTimeUtc());
    for (const char *type : {"products",
                             "policies",
                             "entitlements",
                             "policy-entitlements",
                             "groups",
                             "licenses",
                             "license-entitlements",
                             "license-users",
                             "machines",
                             "releases",
                             "artifacts"}) {
        QString previous;
        for (const StoredResource &resource : stored(QLatin1String(type))) {
            QVERIFY2(resource.created >= previous,
                     qPrintable(QLatin1String(type) + QLatin1Char(' ') + resource.created));
            QVERIFY2(resource.created <= now, qPrintable(QLatin1String(type) + QLatin1Char(' ') + resource.created));
            previous = resource.created;
        }
    }
    // Three years of sales.
    const QList<StoredResource> licenses = stored(QStringLiteral("licenses"));
    const QDateTime first = QDateTime::fromString(licenses.constFirst().created, Qt::ISODateWithMs);
    QVERIFY(first.daysTo(QDateTime::currentDateTimeUtc()) > 3 * 360);
}

void TestSandboxDemo::releasesOnSeveralChannels()
{
    const QList<StoredResource> releases = stored(QStringLiteral("releases"));
    QCOMPARE(qint64(releases.size()), m_counts.releases);
    QSet<QString> channels;
    QSet<QString> statuses;
    QHash<QString, QString> releaseProduct;
    const QRegularExpression semver(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)(-([a-z]+)\\.(\\d+))?$"));
    for (const StoredResource &release : releases) {
        const QJsonObject &a = release.attributes;
        const QString channel = a.value(QLatin1String("channel")).toString();
        channels.insert(channel);
        statuses.insert(a.value(QLatin1String("status")).toString());
        const QRegularExpressionMatch match = semver.match(a.value(QLatin1String("version")).toString());
        QVERIFY2(match.hasMatch(), qPrintable(a.value(QLatin1String("version")).toString()));
        QCOMPARE(match.captured(5).isEmpty() ? QStringLiteral("stable") : match.captured(5), channel);
        const QJsonObject parts = a.value(QLatin1String("semver")).toObject();
        QCOMPARE(parts.value(QLatin1String("major")).toInt(), match.captured(1).toInt());
        QCOMPARE(parts.value(QLatin1String("patch")).toInt(), match.captured(3).toInt());
        QCOMPARE(a.value(QLatin1String("yanked")).isString(),
                 a.value(QLatin1String("status")).toString() == QLatin1String("YANKED"));
        QVERIFY(m_server.store().resource(release.accountId,
                                          QStringLiteral("products"),
                                          release.links.value(QLatin1String("product")).toString()));
        releaseProduct.insert(release.id, release.links.value(QLatin1String("product")).toString());
    }
    QCOMPARE(sorted(channels.values()),
             sorted({QStringLiteral("stable"),
                     QStringLiteral("rc"),
                     QStringLiteral("beta"),
                     QStringLiteral("alpha"),
                     QStringLiteral("dev")}));
    QCOMPARE(sorted(statuses.values()),
             sorted({QStringLiteral("DRAFT"), QStringLiteral("PUBLISHED"), QStringLiteral("YANKED")}));

    const QList<StoredResource> artifacts = stored(QStringLiteral("artifacts"));
    QCOMPARE(qint64(artifacts.size()), m_counts.artifacts);
    QSet<QString> filenames;
    for (const StoredResource &artifact : artifacts) {
        const QJsonObject &a = artifact.attributes;
        const QString release = artifact.links.value(QLatin1String("release")).toString();
        QVERIFY(releaseProduct.contains(release));
        QCOMPARE(artifact.links.value(QLatin1String("product")).toString(), releaseProduct.value(release));
        QVERIFY(!filenames.contains(artifact.alias));
        filenames.insert(artifact.alias);
        QVERIFY(a.value(QLatin1String("filename")).toString().endsWith(a.value(QLatin1String("filetype")).toString()));
        QVERIFY(a.value(QLatin1String("filesize")).toInteger() > 1000000);
        QCOMPARE(QByteArray::fromBase64(a.value(QLatin1String("checksum")).toString().toLatin1()).size(), 32);
        QCOMPARE(QByteArray::fromBase64(a.value(QLatin1String("signature")).toString().toLatin1()).size(), 64);
        QVERIFY(QStringList({QStringLiteral("UPLOADED"), QStringLiteral("WAITING"), QStringLiteral("FAILED")})
                    .contains(a.value(QLatin1String("status")).toString()));
    }
}

void TestSandboxDemo::entitlementsAndTeamMembers()
{
    QCOMPARE(qint64(stored(QStringLiteral("policy-entitlements")).size()), m_counts.policyEntitlements);
    QCOMPARE(qint64(stored(QStringLiteral("license-entitlements")).size()), m_counts.licenseEntitlements);
    QCOMPARE(qint64(stored(QStringLiteral("license-users")).size()), m_counts.licenseUsers);

    // Every policy includes a few entitlements, listed on the policy.
    QHash<QString, QString> codes; // entitlement id -> code
    for (const QJsonObject &entitlement : listAll(QStringLiteral("entitlements"))) {
        codes.insert(entitlement.value(QLatin1String("id")).toString(),
                     attributesOf(entitlement).value(QLatin1String("code")).toString());
    }
    QHash<QString, QStringList> included; // policy id -> codes
    for (auto it = m_policies.cbegin(); it != m_policies.cend(); ++it) {
        const Reply listed = m_client.send("GET",
                                           m_client.accountPath() + QStringLiteral("/policies/") + it.key()
                                               + QStringLiteral("/entitlements"));
        QCOMPARE(listed.status, 200);
        QVERIFY2(!listed.list().isEmpty() && listed.list().size() <= 6, qPrintable(it.key()));
        for (const QJsonValue &entitlement : listed.list()) {
            included[it.key()] << attributesOf(entitlement.toObject()).value(QLatin1String("code")).toString();
        }
    }
    qint64 total = 0;
    for (const QStringList &list : std::as_const(included)) {
        total += list.size();
    }
    QCOMPARE(total, m_counts.policyEntitlements);

    // Add-ons on about 3 in 100 licenses, never one the policy already includes; further users on some team licenses,
    // colleagues of the owner, within maxUsers.
    QVERIFY2(m_counts.licenseEntitlements >= kLicenses / 200 && m_counts.licenseEntitlements <= kLicenses / 10,
             qPrintable(QString::number(m_counts.licenseEntitlements)));
    QVERIFY2(m_counts.licenseUsers >= kLicenses / 100 && m_counts.licenseUsers <= kLicenses / 2,
             qPrintable(QString::number(m_counts.licenseUsers)));
    QHash<QString, QJsonObject> licenses;
    for (const QJsonObject &license : std::as_const(m_licenses)) {
        licenses.insert(license.value(QLatin1String("id")).toString(), license);
    }
    QHash<QString, QStringList> addOns; // license id -> codes
    for (const StoredResource &join : stored(QStringLiteral("license-entitlements"))) {
        const QString license = join.links.value(QLatin1String("license")).toString();
        QVERIFY(licenses.contains(license));
        const QString code = codes.value(join.links.value(QLatin1String("entitlement")).toString());
        QVERIFY(!code.isEmpty());
        QVERIFY2(!included.value(relatedId(licenses[license], "policy")).contains(code), qPrintable(code));
        addOns[license] << code;
    }
    QHash<QString, QStringList> members; // license id -> attached users
    for (const StoredResource &join : stored(QStringLiteral("license-users"))) {
        members[join.links.value(QLatin1String("license")).toString()]
            << join.links.value(QLatin1String("user")).toString();
    }
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        const QJsonObject &license = licenses[it.key()];
        const QString owner = relatedId(license, "owner");
        QVERIFY(!it.value().contains(owner));
        QCOMPARE(QSet<QString>(it.value().cbegin(), it.value().cend()).size(), it.value().size());
        for (const QString &user : it.value()) {
            QVERIFY(m_users.contains(user));
            // Colleagues: the same company, so the same customer id.
            QCOMPARE(attributesOf(m_users[user])
                         .value(QLatin1String("metadata"))
                         .toObject()
                         .value(QLatin1String("customerId")),
                     attributesOf(m_users[owner])
                         .value(QLatin1String("metadata"))
                         .toObject()
                         .value(QLatin1String("customerId")));
        }
        const QJsonValue maxUsers = attributesOf(license).value(QLatin1String("maxUsers"));
        if (maxUsers.isDouble()) {
            QVERIFY(it.value().size() + 1 <= maxUsers.toInteger());
        }
    }

    // Over HTTP: a team license lists its owner and attached users; a license's entitlements are its policy's and its
    // add-ons.
    const QString team = members.cbegin().key();
    const Reply users = m_client.send("GET",
                                      m_client.accountPath() + QStringLiteral("/licenses/") + team
                                          + QStringLiteral("/users"));
    QStringList listedUsers;
    for (const QJsonValue &user : users.list()) {
        listedUsers << user.toObject().value(QLatin1String("id")).toString();
    }
    QCOMPARE(sorted(listedUsers), sorted(members[team] << relatedId(licenses[team], "owner")));
    const QString withAddOn = addOns.cbegin().key();
    QStringList listedCodes;
    for (const QJsonValue &entitlement :
         m_client
             .send("GET",
                   m_client.accountPath() + QStringLiteral("/licenses/") + withAddOn + QStringLiteral("/entitlements"))
             .list()) {
        listedCodes << attributesOf(entitlement.toObject()).value(QLatin1String("code")).toString();
    }
    QCOMPARE(sorted(listedCodes),
             sorted(included.value(relatedId(licenses[withAddOn], "policy")) + addOns.value(withAddOn)));

    // Validation with an entitlements scope: a license that validates has its policy's entitlements (and its add-ons),
    // and lacks the others.
    auto validate = [this](const QString &license, const QJsonObject &scope) {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("meta"),
                                                           QJsonObject{{QStringLiteral("scope"), scope}}}})
                                    .toJson(QJsonDocument::Compact);
        return m_client
            .send("POST",
                  m_client.accountPath() + QStringLiteral("/licenses/") + license + QStringLiteral("/actions/validate"),
                  body)
            .json.value(QLatin1String("meta"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    };
    auto scope = [](const QStringList &codes) {
        return QJsonObject{{QStringLiteral("entitlements"), QJsonArray::fromStringList(codes)}};
    };
    int checked = 0;
    int checkedAddOns = 0;
    for (const QJsonObject &license : std::as_const(m_licenses)) {
        const QString id = license.value(QLatin1String("id")).toString();
        const bool hasAddOn = addOns.contains(id);
        if ((checked >= 25 && (!hasAddOn || checkedAddOns >= 5)) || validate(id, {}) != QLatin1String("VALID")) {
            continue;
        }
        const QStringList policyCodes = included.value(relatedId(license, "policy"));
        QCOMPARE(validate(id, scope({policyCodes.first()})), QStringLiteral("VALID"));
        QCOMPARE(validate(id, scope(policyCodes)), QStringLiteral("VALID"));
        QStringList missing = codes.values();
        for (const QString &code : policyCodes + addOns.value(id)) {
            missing.removeAll(code);
        }
        QCOMPARE(validate(id, scope({missing.first()})), QStringLiteral("ENTITLEMENTS_MISSING"));
        if (hasAddOn) {
            QCOMPARE(validate(id, scope(addOns.value(id) + policyCodes)), QStringLiteral("VALID"));
            ++checkedAddOns;
        }
        ++checked;
    }
    QVERIFY2(checked >= 25, qPrintable(QString::number(checked)));
    QVERIFY2(checkedAddOns >= 1, qPrintable(QString::number(checkedAddOns)));
}

void TestSandboxDemo::secondSeedIsRefused()
{
    QString error;
    DemoDataCounts counts;
    QVERIFY(!seedDemoData(m_server.store(), m_server.account(), 10, &error, {}, &counts));
    QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
    QCOMPARE(counts.licenses, 0);
    QCOMPARE(countOf(QStringLiteral("licenses")), kLicenses);
    QCOMPARE(countOf(QStringLiteral("products")), m_counts.products);
    QCOMPARE(countOf(QStringLiteral("users")), m_counts.users);
}

void TestSandboxDemo::deterministic()
{
    // Two fresh sandboxes (two accounts) seeded alike hold the same data: keys, people, metadata.
    auto seeded = [](SandboxServer &server) {
        QString error;
        if (!server.start({}, &error) || !seedDemoData(server.store(), server.account(), 200, &error)) {
            qWarning() << error;
            return QStringList();
        }
        ListQuery query;
        query.accountId = server.account().id;
        query.ascending = true;
        query.limit = 100000;
        QStringList rows;
        for (const char *type : {"licenses", "users"}) {
            query.type = QLatin1String(type);
            for (const StoredResource &resource : server.store().list(query)) {
                if (resource.attributes.value(QLatin1String("scheme")).isString()
                    || resource.alias == QLatin1String("admin@sandbox.keydesk.example")) {
                    continue; // signed keys name their account; the admin is the server's
                }
                rows.append(
                    resource.alias + QLatin1Char(' ') + resource.created + QLatin1Char(' ')
                    + QString::fromUtf8(QJsonDocument(resource.attributes.value(QLatin1String("metadata")).toObject())
                                            .toJson(QJsonDocument::Compact)));
            }
        }
        return rows;
    };
    SandboxServer first;
    SandboxServer second;
    const QStringList a = seeded(first);
    const QStringList b = seeded(second);
    QVERIFY(a.size() > 200);
    QCOMPARE(a, b);
    QVERIFY(first.account().id != second.account().id);
}

void TestSandboxDemo::commandLine()
{
    if (!QFileInfo::exists(QStringLiteral(KEYDESK_BINARY))) {
        QSKIP("the keydesk executable is not built");
    }
    auto run = [](const QStringList &arguments, QProcess &process) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KEYDESK_BINARY), QStringList{QStringLiteral("sandbox")} + arguments);
        return process.waitForStarted();
    };
    for (const char *bad : {"-1", "ten", "10000001"}) {
        QProcess process;
        QVERIFY(
            run({QStringLiteral("--demo"), QLatin1String(bad), QStringLiteral("--data"), QStringLiteral(":memory:")},
                process));
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(process.readAllStandardError().contains("demo licenses"), bad);
    }

    // Seeds on first start, prints a summary, serves; a restart on the same file does not seed again.
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("demo.sqlite"));
    for (int start = 0; start < 2; ++start) {
        QProcess process;
        QVERIFY(run({QStringLiteral("--demo"),
                     QStringLiteral("40"),
                     QStringLiteral("--data"),
                     data,
                     QStringLiteral("--json")},
                    process));
        QVERIFY(process.waitForReadyRead(60000));
        const QJsonObject banner = QJsonDocument::fromJson(process.readLine()).object();
        QVERIFY(!banner.isEmpty());
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
            err += process.readAllStandardError();
            return err.contains("Seeded") || err.contains("not seeded again");
            },
            10000));
        if (start == 0) {
            QVERIFY2(QRegularExpression(QStringLiteral("Seeded 40 licenses, \\d+ users, .* in [0-9.,]+ s\\."))
                         .match(QString::fromUtf8(err))
                         .hasMatch(),
                     err.constData());
        } else {
            QVERIFY2(err.contains("not seeded again"), err.constData());
        }
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(banner.value(QLatin1String("url")).toString()
                 + QStringLiteral("/v1/accounts/demo/licenses?page%5Bsize%5D=1&page%5Bnumber%5D=1")));
        request.setRawHeader("Authorization",
                             "Bearer " + banner.value(QLatin1String("adminToken")).toString().toLatin1());
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QCOMPARE(page.value(QLatin1String("links"))
                     .toObject()
                     .value(QLatin1String("meta"))
                     .toObject()
                     .value(QLatin1String("count"))
                     .toInt(),
                 40);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }
}

QTEST_GUILESS_MAIN(TestSandboxDemo)
#include "tst_sandboxdemo.moc"
