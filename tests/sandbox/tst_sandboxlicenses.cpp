// Licenses and machines in the sandbox: keys per policy scheme (verified by Keydesk's own inspector), expiry and
// status rules, machine activation limits and fingerprint uniqueness.

#include "app/licensing/inspection.h"
#include "app/licensing/issuing.h"
#include "app/licensing/publickeys.h"
#include "sandboxclient.h"

#include <QRegularExpression>
#include <QTest>

using namespace keydesk;
using namespace keydesk::sandbox;
using keydesk::test::Reply;
using keydesk::test::SandboxClient;

class TestSandboxLicenses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plainKeyAndPolicyDerivedAttributes();
    void signedKeysVerifyOffline_data();
    void signedKeysVerifyOffline();
    void customKeyAndLookupByKey();
    void statusRules();
    void machineActivation();
    void machineLimits_data();
    void machineLimits();
    void machineUniquenessAcrossLicenses();

private:
    QString policy(const QJsonObject &attributes);
    QString license(const QString &policyId, const QJsonObject &attributes = {});
    Reply machine(const QString &licenseId, const QString &fingerprint, int cores = 4);

    SandboxServer m_server;
    SandboxClient m_client{m_server};
    QString m_product;
    QList<crypto::PublicKey> m_keys;
};

QString TestSandboxLicenses::policy(const QJsonObject &attributes)
{
    return m_client.createPolicy(m_product, attributes).id();
}

QString TestSandboxLicenses::license(const QString &policyId, const QJsonObject &attributes)
{
    return m_client.createLicense(policyId, attributes).id();
}

Reply TestSandboxLicenses::machine(const QString &licenseId, const QString &fingerprint, int cores)
{
    return m_client.activateMachine(licenseId,
                                    fingerprint,
                                    {{QStringLiteral("cores"), cores},
                                     {QStringLiteral("platform"), QStringLiteral("Linux")}});
}

void TestSandboxLicenses::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_product = m_client.create(QStringLiteral("products"), {{QStringLiteral("name"), QStringLiteral("Acme Studio")}})
                    .id();
    QVERIFY(!m_product.isEmpty());
    m_keys = parsePublicKeys(m_client.send("GET", m_client.accountPath()).body);
    QCOMPARE(m_keys.size(), 3);
}

void TestSandboxLicenses::plainKeyAndPolicyDerivedAttributes()
{
    const QString policyId = policy({{QStringLiteral("duration"), 31536000},
                                     {QStringLiteral("floating"), true},
                                     {QStringLiteral("maxMachines"), 5},
                                     {QStringLiteral("strict"), true}});
    const Reply created = m_client.create(QStringLiteral("licenses"),
                                          {{QStringLiteral("name"), QStringLiteral("Ann's seat")}},
                                          {{QStringLiteral("policy"), {QStringLiteral("policies"), policyId}}});
    QCOMPARE(created.status, 201);
    const QJsonObject a = created.attributes();
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-F]{6}-){5}V3$"))
                 .match(a.value(QLatin1String("key")).toString())
                 .hasMatch(),
             qPrintable(a.value(QLatin1String("key")).toString()));
    QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(a.value(QLatin1String("maxMachines")).toInt(), 5);
    QCOMPARE(a.value(QLatin1String("floating")).toBool(), true);
    QCOMPARE(a.value(QLatin1String("strict")).toBool(), true);
    QCOMPARE(a.value(QLatin1String("uses")).toInt(), 0);
    // Expiry: created + the policy's duration, in Keygen's calendar arithmetic.
    const QDateTime createdAt = QDateTime::fromString(a.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    QCOMPARE(a.value(QLatin1String("expiry")).toString(), keygenTimestamp(addKeygenDuration(createdAt, 31536000)));
    // The product comes from the policy; machines carry counts.
    const QJsonObject relationships = created.data().value(QLatin1String("relationships")).toObject();
    QCOMPARE(relationships.value(QLatin1String("product"))
                 .toObject()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             m_product);
    const QJsonObject machinesMeta = relationships.value(QLatin1String("machines"))
                                         .toObject()
                                         .value(QLatin1String("meta"))
                                         .toObject();
    QCOMPARE(machinesMeta.value(QLatin1String("count")).toInt(), 0);
    QVERIFY(machinesMeta.contains(QLatin1String("cores")));
    // Every attribute of Keygen's license serializer (wire formats §5), plus metadata, created, updated.
    QStringList expected = QStringLiteral("name key expiry status uses suspended scheme encrypted strict floating "
                                          "protected version maxMachines maxProcesses maxUsers maxCores maxMemory "
                                          "maxDisk maxUses requireHeartbeat requireCheckIn lastValidated lastCheckIn "
                                          "nextCheckIn lastCheckOut permissions metadata created updated")
                               .split(QLatin1Char(' '));
    expected.sort();
    QStringList actual = a.keys();
    actual.sort();
    QCOMPARE(actual, expected);

    // A license needs a policy.
    const Reply orphan = m_client.create(QStringLiteral("licenses"), {{QStringLiteral("name"), QStringLiteral("x")}});
    QCOMPARE(orphan.status, 422);
    QCOMPARE(orphan.errorCode(), QStringLiteral("POLICY_NOT_FOUND"));
}

void TestSandboxLicenses::signedKeysVerifyOffline_data()
{
    QTest::addColumn<QString>("scheme");
    for (const KeyScheme scheme : allKeySchemes()) {
        QTest::newRow(qPrintable(keySchemeName(scheme))) << keySchemeName(scheme);
    }
}

void TestSandboxLicenses::signedKeysVerifyOffline()
{
    QFETCH(QString, scheme);
    const QString policyId = policy({{QStringLiteral("scheme"), scheme}});
    QVERIFY(!policyId.isEmpty());
    const Reply created = m_client.create(QStringLiteral("licenses"),
                                          {},
                                          {{QStringLiteral("policy"), {QStringLiteral("policies"), policyId}}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.attributes().value(QLatin1String("scheme")).toString(), scheme);

    // A customer's key checks out offline with the account's public keys, and names this license.
    InspectionInput input;
    input.data = created.attributes().value(QLatin1String("key")).toString().toUtf8();
    input.publicKeys = m_keys;
    const Inspection inspection = Inspector().inspect(input);
    QCOMPARE(verdictId(inspection.verdict), QStringLiteral("valid"));
    QCOMPARE(inspection.algorithm, scheme);
    QCOMPARE(inspection.facts.licenseId, created.id());
}

void TestSandboxLicenses::customKeyAndLookupByKey()
{
    const QString policyId = policy({});
    const Reply created = m_client.create(QStringLiteral("licenses"),
                                          {{QStringLiteral("key"), QStringLiteral("ORDER-20931-ACME")}},
                                          {{QStringLiteral("policy"), {QStringLiteral("policies"), policyId}}});
    QCOMPARE(created.status, 201);
    const Reply found = m_client.send("GET", m_client.accountPath() + QStringLiteral("/licenses/ORDER-20931-ACME"));
    QCOMPARE(found.status, 200);
    QCOMPARE(found.id(), created.id());
    const Reply duplicate = m_client.create(QStringLiteral("licenses"),
                                            {{QStringLiteral("key"), QStringLiteral("ORDER-20931-ACME")}},
                                            {{QStringLiteral("policy"), {QStringLiteral("policies"), policyId}}});
    QCOMPARE(duplicate.status, 422);
    QCOMPARE(duplicate.errorCode(), QStringLiteral("KEY_TAKEN"));
    const Reply tooShort = m_client.create(QStringLiteral("licenses"),
                                           {{QStringLiteral("key"), QStringLiteral("abc")}},
                                           {{QStringLiteral("policy"), {QStringLiteral("policies"), policyId}}});
    QCOMPARE(tooShort.errorCode(), QStringLiteral("KEY_INVALID"));
}

void TestSandboxLicenses::statusRules()
{
    const QString policyId = policy({});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto statusOf = [this](const QString &id) {
        return m_client.send("GET", m_client.accountPath() + QStringLiteral("/licenses/") + id)
            .attributes()
            .value(QLatin1String("status"))
            .toString();
    };
    QCOMPARE(statusOf(license(policyId, {{QStringLiteral("expiry"), keygenTimestamp(now.addDays(-1))}})),
             QStringLiteral("EXPIRED"));
    QCOMPARE(statusOf(license(policyId, {{QStringLiteral("expiry"), keygenTimestamp(now.addDays(2))}})),
             QStringLiteral("EXPIRING"));
    const QString id = license(policyId, {{QStringLiteral("expiry"), keygenTimestamp(now.addDays(30))}});
    QCOMPARE(statusOf(id), QStringLiteral("ACTIVE"));
    const Reply suspended = m_client.send("PATCH",
                                          m_client.accountPath() + QStringLiteral("/licenses/") + id,
                                          R"({"data":{"type":"licenses","attributes":{"suspended":true}}})");
    QCOMPARE(suspended.status, 200);
    QCOMPARE(statusOf(id), QStringLiteral("SUSPENDED"));
    const Reply badExpiry = m_client.create(QStringLiteral("licenses"),
                                            {{QStringLiteral("expiry"), QStringLiteral("next tuesday")}},
                                            {{QStringLiteral("policy"), {QStringLiteral("policies"), policyId}}});
    QCOMPARE(badExpiry.errorCode(), QStringLiteral("EXPIRY_INVALID"));
}

void TestSandboxLicenses::machineActivation()
{
    const QString licenseId = license(policy({{QStringLiteral("floating"), true}, {QStringLiteral("maxMachines"), 3}}));
    Reply first = machine(licenseId, QStringLiteral("aa:bb:cc:dd:ee:01"), 8);
    QCOMPARE(first.status, 201);
    QCOMPARE(first.attributes().value(QLatin1String("heartbeatStatus")).toString(), QStringLiteral("NOT_STARTED"));
    QCOMPARE(first.data()
                 .value(QLatin1String("relationships"))
                 .toObject()
                 .value(QLatin1String("product"))
                 .toObject()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             m_product);
    QCOMPARE(machine(licenseId, QStringLiteral("aa:bb:cc:dd:ee:02"), 4).status, 201);

    const Reply duplicate = machine(licenseId, QStringLiteral("aa:bb:cc:dd:ee:01"));
    QCOMPARE(duplicate.status, 422);
    QCOMPARE(duplicate.errorCode(), QStringLiteral("FINGERPRINT_TAKEN"));

    // The license shows its machines' count and cores; machines filter by license; lookup by fingerprint.
    const Reply shown = m_client.send("GET", m_client.accountPath() + QStringLiteral("/licenses/") + licenseId);
    const QJsonObject meta = shown.data()
                                 .value(QLatin1String("relationships"))
                                 .toObject()
                                 .value(QLatin1String("machines"))
                                 .toObject()
                                 .value(QLatin1String("meta"))
                                 .toObject();
    QCOMPARE(meta.value(QLatin1String("count")).toInt(), 2);
    QCOMPARE(meta.value(QLatin1String("cores")).toInt(), 12);
    // A list page shows the same totals (computed for the whole page at once), and zero for licenses without any.
    const QString policyId = shown.data()
                                 .value(QLatin1String("relationships"))
                                 .toObject()
                                 .value(QLatin1String("policy"))
                                 .toObject()
                                 .value(QLatin1String("data"))
                                 .toObject()
                                 .value(QLatin1String("id"))
                                 .toString();
    const QString empty = license(policyId);
    const QJsonArray
        listed = m_client.send("GET", m_client.accountPath() + QStringLiteral("/licenses?policy=") + policyId).list();
    QCOMPARE(listed.size(), 2);
    for (const QJsonValue &value : listed) {
        const QJsonObject listedMeta = value.toObject()
                                           .value(QLatin1String("relationships"))
                                           .toObject()
                                           .value(QLatin1String("machines"))
                                           .toObject()
                                           .value(QLatin1String("meta"))
                                           .toObject();
        const bool isEmpty = value.toObject().value(QLatin1String("id")).toString() == empty;
        QCOMPARE(listedMeta.value(QLatin1String("count")).toInt(), isEmpty ? 0 : 2);
        QCOMPARE(listedMeta.value(QLatin1String("cores")).toInt(), isEmpty ? 0 : 12);
    }
    QCOMPARE(m_client.send("GET", m_client.accountPath() + QStringLiteral("/machines?license=") + licenseId)
                 .list()
                 .size(),
             2);
    QCOMPARE(m_client.send("GET", m_client.accountPath() + QStringLiteral("/machines/aa:bb:cc:dd:ee:02")).status, 200);

    // Deactivating frees the seat.
    QCOMPARE(m_client.send("DELETE", m_client.accountPath() + QStringLiteral("/machines/") + first.id()).status, 204);
    QCOMPARE(machine(licenseId, QStringLiteral("aa:bb:cc:dd:ee:01")).status, 201);
}

void TestSandboxLicenses::machineLimits_data()
{
    QTest::addColumn<QJsonObject>("policy");
    QTest::addColumn<int>("allowed");
    QTest::newRow("node-locked") << QJsonObject{} << 1;
    QTest::newRow("floating, 3") << QJsonObject{{QStringLiteral("floating"), true}, {QStringLiteral("maxMachines"), 3}}
                                 << 3;
    QTest::newRow("floating, 2, 2x overage")
        << QJsonObject{{QStringLiteral("floating"), true},
                       {QStringLiteral("maxMachines"), 2},
                       {QStringLiteral("overageStrategy"), QStringLiteral("ALLOW_2X_OVERAGE")}}
        << 4;
    QTest::newRow("floating, 4, 1.25x overage")
        << QJsonObject{{QStringLiteral("floating"), true},
                       {QStringLiteral("maxMachines"), 4},
                       {QStringLiteral("overageStrategy"), QStringLiteral("ALLOW_1_25X_OVERAGE")}}
        << 5;
}

void TestSandboxLicenses::machineLimits()
{
    QFETCH(QJsonObject, policy);
    QFETCH(int, allowed);
    const QString licenseId = license(this->policy(policy));
    for (int i = 0; i < allowed; ++i) {
        QCOMPARE(machine(licenseId, QStringLiteral("seat-%1").arg(i)).status, 201);
    }
    const Reply refused = machine(licenseId, QStringLiteral("one-too-many"));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("MACHINE_LIMIT_EXCEEDED"));
    QCOMPARE(refused.firstError().value(QLatin1String("source")).toObject().value(QLatin1String("pointer")).toString(),
             QStringLiteral("/data"));
}

void TestSandboxLicenses::machineUniquenessAcrossLicenses()
{
    // UNIQUE_PER_LICENSE (the default): the same computer may hold seats of two licenses.
    const QString perLicense = policy({});
    QCOMPARE(machine(license(perLicense), QStringLiteral("shared-host")).status, 201);
    QCOMPARE(machine(license(perLicense), QStringLiteral("shared-host")).status, 201);
    // UNIQUE_PER_ACCOUNT: once anywhere in the account.
    const QString perAccount = policy(
        {{QStringLiteral("machineUniquenessStrategy"), QStringLiteral("UNIQUE_PER_ACCOUNT")}});
    QCOMPARE(machine(license(perAccount), QStringLiteral("shared-host")).errorCode(),
             QStringLiteral("FINGERPRINT_TAKEN"));
    QCOMPARE(machine(license(perAccount), QStringLiteral("unique-host")).status, 201);
}

QTEST_GUILESS_MAIN(TestSandboxLicenses)
#include "tst_sandboxlicenses.moc"
