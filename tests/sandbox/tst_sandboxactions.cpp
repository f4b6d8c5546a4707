// License and machine actions of the sandbox over real HTTP: validation codes in Keygen's order, suspension,
// renewal, usage, check-in, license and machine file check-out (verified and decrypted by Keydesk's inspector),
// heartbeats.

#include "app/licensing/inspection.h"
#include "app/licensing/issuing.h"
#include "app/licensing/publickeys.h"
#include "sandboxclient.h"

#include <QSqlQuery>
#include <QTest>

using namespace keydesk;
using namespace keydesk::sandbox;
using keydesk::test::Reply;
using keydesk::test::SandboxClient;

class TestSandboxActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quickValidation_data();
    void quickValidation();
    void scopedValidation();
    void expiryStrategies();
    void suspendAndReinstate();
    void validateKeyNeedsNoToken();
    void renew();
    void usage();
    void checkIn();
    void licenseFileCheckOut_data();
    void licenseFileCheckOut();
    void checkOutResourceAndIncludes();
    void checkOutRefusesBadParameters();
    void machineFileCheckOut();
    void heartbeats();
    void heartbeatDeathAndResurrection();
    void deadMachinesAreCulled();

private:
    QString policy(const QJsonObject &attributes);
    Reply license(const QString &policyId, const QJsonObject &attributes = {});
    Reply machine(const QString &licenseId, const QString &fingerprint);
    Reply action(const QByteArray &method,
                 const QString &type,
                 const QString &id,
                 const QString &action,
                 const QJsonObject &meta = {});

    QString path(const QString &rest) const { return m_client.accountPath() + rest; }

    SandboxServer m_server;
    SandboxClient m_client{m_server};
    QString m_product;
    QList<crypto::PublicKey> m_keys;
};

QString TestSandboxActions::policy(const QJsonObject &attributes)
{
    return m_client.createPolicy(m_product, attributes).id();
}

Reply TestSandboxActions::license(const QString &policyId, const QJsonObject &attributes)
{
    return m_client.createLicense(policyId, attributes);
}

Reply TestSandboxActions::machine(const QString &licenseId, const QString &fingerprint)
{
    return m_client.activateMachine(licenseId, fingerprint);
}

Reply TestSandboxActions::action(
    const QByteArray &method, const QString &type, const QString &id, const QString &name, const QJsonObject &meta)
{
    const QByteArray body = meta.isEmpty() ? QByteArray()
                                           : QJsonDocument(QJsonObject{{QStringLiteral("meta"), meta}}).toJson();
    return m_client.send(method,
                         path(QLatin1Char('/') + type + QLatin1Char('/') + id + QStringLiteral("/actions/") + name),
                         body);
}

void TestSandboxActions::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_product = m_client.create(QStringLiteral("products"), {{QStringLiteral("name"), QStringLiteral("Acme Studio")}})
                    .id();
    m_keys = parsePublicKeys(m_client.send("GET", m_client.accountPath()).body);
    QCOMPARE(m_keys.size(), 3);
}

void TestSandboxActions::quickValidation_data()
{
    QTest::addColumn<QJsonObject>("policy");
    QTest::addColumn<int>("machines");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("not strict") << QJsonObject{} << 0 << QStringLiteral("VALID") << true;
    QTest::newRow("strict node-locked, no machine")
        << QJsonObject{{QStringLiteral("strict"), true}} << 0 << QStringLiteral("NO_MACHINE") << false;
    QTest::newRow("strict node-locked, one machine")
        << QJsonObject{{QStringLiteral("strict"), true}} << 1 << QStringLiteral("VALID") << true;
    QTest::newRow("strict floating, no machines") << QJsonObject{{QStringLiteral("strict"), true},
                                                                 {QStringLiteral("floating"), true},
                                                                 {QStringLiteral("maxMachines"), 3}}
                                                  << 0 << QStringLiteral("NO_MACHINES") << false;
    QTest::newRow("strict floating, two machines") << QJsonObject{{QStringLiteral("strict"), true},
                                                                  {QStringLiteral("floating"), true},
                                                                  {QStringLiteral("maxMachines"), 3}}
                                                   << 2 << QStringLiteral("VALID") << true;
}

void TestSandboxActions::quickValidation()
{
    QFETCH(QJsonObject, policy);
    QFETCH(int, machines);
    QFETCH(QString, code);
    QFETCH(bool, valid);
    const Reply created = license(this->policy(policy));
    for (int i = 0; i < machines; ++i) {
        QCOMPARE(machine(created.id(), QStringLiteral("host-%1").arg(i)).status, 201);
    }
    QVERIFY(created.attributes().value(QLatin1String("lastValidated")).isNull());
    const Reply reply = action("GET", QStringLiteral("licenses"), created.id(), QStringLiteral("validate"));
    QCOMPARE(reply.status, 200);
    const QJsonObject meta = reply.json.value(QLatin1String("meta")).toObject();
    QCOMPARE(meta.value(QLatin1String("code")).toString(), code);
    QCOMPARE(meta.value(QLatin1String("valid")).toBool(), valid);
    QVERIFY(!meta.value(QLatin1String("detail")).toString().isEmpty());
    QVERIFY(!meta.contains(QLatin1String("nonce")));
    QCOMPARE(reply.id(), created.id());
    QVERIFY(reply.attributes().value(QLatin1String("lastValidated")).isString()); // touched
}

void TestSandboxActions::scopedValidation()
{
    const QString policyId = policy({{QStringLiteral("strict"), true},
                                     {QStringLiteral("floating"), true},
                                     {QStringLiteral("maxMachines"), 2},
                                     {QStringLiteral("requireFingerprintScope"), true}});
    const QString id = license(policyId).id();
    QCOMPARE(machine(id, QStringLiteral("fp-one")).status, 201);
    auto validate = [&](const QJsonObject &scope) {
        return action("POST",
                      QStringLiteral("licenses"),
                      id,
                      QStringLiteral("validate"),
                      {{QStringLiteral("nonce"), 1234}, {QStringLiteral("scope"), scope}})
            .json.value(QLatin1String("meta"))
            .toObject();
    };
    QJsonObject meta = validate({{QStringLiteral("fingerprint"), QStringLiteral("fp-one")}});
    QCOMPARE(meta.value(QLatin1String("code")).toString(), QStringLiteral("VALID"));
    QCOMPARE(meta.value(QLatin1String("nonce")).toInt(), 1234);
    QCOMPARE(meta.value(QLatin1String("scope")).toObject().value(QLatin1String("fingerprint")).toString(),
             QStringLiteral("fp-one"));
    QCOMPARE(validate({{QStringLiteral("fingerprint"), QStringLiteral("fp-unknown")}})
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("FINGERPRINT_SCOPE_MISMATCH"));
    QCOMPARE(validate({}).value(QLatin1String("code")).toString(), QStringLiteral("FINGERPRINT_SCOPE_REQUIRED"));
    QCOMPARE(validate({{QStringLiteral("fingerprints"), QJsonArray{}}}).value(QLatin1String("code")).toString(),
             QStringLiteral("FINGERPRINT_SCOPE_EMPTY"));
    QCOMPARE(validate(
                 {{QStringLiteral("fingerprint"), QStringLiteral("fp-one")}, {QStringLiteral("product"), newUuid()}})
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("PRODUCT_SCOPE_MISMATCH"));
    QCOMPARE(validate({{QStringLiteral("fingerprint"), QStringLiteral("fp-one")},
                       {QStringLiteral("policy"), policyId},
                       {QStringLiteral("product"), m_product}})
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("VALID"));
    QCOMPARE(validate({{QStringLiteral("fingerprint"), QStringLiteral("fp-one")},
                       {QStringLiteral("entitlements"), QJsonArray{QStringLiteral("EXPORT_PDF")}}})
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("ENTITLEMENTS_MISSING"));
}

void TestSandboxActions::expiryStrategies()
{
    const QString yesterday = keygenTimestamp(QDateTime::currentDateTimeUtc().addDays(-1));
    auto codeAndValid = [&](const QString &strategy) {
        const QString id = license(policy({{QStringLiteral("expirationStrategy"), strategy}}),
                                   {{QStringLiteral("expiry"), yesterday}})
                               .id();
        const QJsonObject meta = action("GET", QStringLiteral("licenses"), id, QStringLiteral("validate"))
                                     .json.value(QLatin1String("meta"))
                                     .toObject();
        return qMakePair(meta.value(QLatin1String("code")).toString(), meta.value(QLatin1String("valid")).toBool());
    };
    QCOMPARE(codeAndValid(QStringLiteral("REVOKE_ACCESS")), qMakePair(QStringLiteral("EXPIRED"), false));
    QCOMPARE(codeAndValid(QStringLiteral("RESTRICT_ACCESS")), qMakePair(QStringLiteral("EXPIRED"), false));
    QCOMPARE(codeAndValid(QStringLiteral("ALLOW_ACCESS")), qMakePair(QStringLiteral("EXPIRED"), true));
    QCOMPARE(codeAndValid(QStringLiteral("MAINTAIN_ACCESS")), qMakePair(QStringLiteral("EXPIRED"), true));
}

void TestSandboxActions::suspendAndReinstate()
{
    const QString id = license(policy({})).id();
    Reply reply = action("POST", QStringLiteral("licenses"), id, QStringLiteral("suspend"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.attributes().value(QLatin1String("status")).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(action("GET", QStringLiteral("licenses"), id, QStringLiteral("validate"))
                 .json.value(QLatin1String("meta"))
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("SUSPENDED"));
    QCOMPARE(action("POST", QStringLiteral("licenses"), id, QStringLiteral("suspend")).status, 422);
    reply = action("POST", QStringLiteral("licenses"), id, QStringLiteral("reinstate"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.attributes().value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(action("POST", QStringLiteral("licenses"), id, QStringLiteral("reinstate")).status, 422);
    QCOMPARE(action("DELETE", QStringLiteral("licenses"), id, QStringLiteral("revoke")).status, 204);
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/licenses/") + id)).status, 404);
}

void TestSandboxActions::validateKeyNeedsNoToken()
{
    const Reply created = license(policy({}));
    const QString key = created.attributes().value(QLatin1String("key")).toString();
    auto validateKey = [&](const QString &value) {
        return m_client.send("POST",
                             path(QStringLiteral("/licenses/actions/validate-key")),
                             QJsonDocument(QJsonObject{{QStringLiteral("meta"),
                                                        QJsonObject{{QStringLiteral("key"), value},
                                                                    {QStringLiteral("nonce"), 7}}}})
                                 .toJson(),
                             {},
                             false);
    };
    Reply reply = validateKey(key);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.id(), created.id());
    QCOMPARE(reply.json.value(QLatin1String("meta")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("VALID"));
    QCOMPARE(reply.json.value(QLatin1String("meta")).toObject().value(QLatin1String("nonce")).toInt(), 7);
    reply = validateKey(QStringLiteral("NOPE-NOPE-NOPE"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(QLatin1String("data")).isNull());
    QCOMPARE(reply.json.value(QLatin1String("meta")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("NOT_FOUND"));
    QCOMPARE(reply.json.value(QLatin1String("meta")).toObject().value(QLatin1String("valid")).toBool(), false);
}

void TestSandboxActions::renew()
{
    const QString annual = policy({{QStringLiteral("duration"), 31536000}});
    const Reply created = license(annual);
    const QDateTime expiry = QDateTime::fromString(created.attributes().value(QLatin1String("expiry")).toString(),
                                                   Qt::ISODateWithMs);
    const Reply renewed = action("POST", QStringLiteral("licenses"), created.id(), QStringLiteral("renew"));
    QCOMPARE(renewed.status, 200);
    QCOMPARE(renewed.attributes().value(QLatin1String("expiry")).toString(),
             keygenTimestamp(addKeygenDuration(expiry, 31536000)));
    const Reply perpetual = license(policy({}));
    const Reply refused = action("POST", QStringLiteral("licenses"), perpetual.id(), QStringLiteral("renew"));
    QCOMPARE(refused.status, 422);
}

void TestSandboxActions::usage()
{
    const QString id = license(policy({{QStringLiteral("maxUses"), 3}})).id();
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(action("POST", QStringLiteral("licenses"), id, QStringLiteral("increment-usage"))
                     .attributes()
                     .value(QLatin1String("uses"))
                     .toInt(),
                 i);
    }
    const Reply over = action("POST", QStringLiteral("licenses"), id, QStringLiteral("increment-usage"));
    QCOMPARE(over.status, 422);
    QCOMPARE(over.errorCode(), QStringLiteral("USES_LIMIT_EXCEEDED"));
    QCOMPARE(action("POST",
                    QStringLiteral("licenses"),
                    id,
                    QStringLiteral("decrement-usage"),
                    {{QStringLiteral("decrement"), 2}})
                 .attributes()
                 .value(QLatin1String("uses"))
                 .toInt(),
             1);
    QCOMPARE(action("POST", QStringLiteral("licenses"), id, QStringLiteral("reset-usage"))
                 .attributes()
                 .value(QLatin1String("uses"))
                 .toInt(),
             0);
    QCOMPARE(action("POST", QStringLiteral("licenses"), id, QStringLiteral("decrement-usage")).status, 422);
}

void TestSandboxActions::checkIn()
{
    QCOMPARE(action("POST", QStringLiteral("licenses"), license(policy({})).id(), QStringLiteral("check-in")).status,
             422);
    const QString id = license(policy({{QStringLiteral("requireCheckIn"), true},
                                       {QStringLiteral("checkInInterval"), QStringLiteral("week")},
                                       {QStringLiteral("checkInIntervalCount"), 2}}))
                           .id();
    const Reply reply = action("POST", QStringLiteral("licenses"), id, QStringLiteral("check-in"));
    QCOMPARE(reply.status, 200);
    const QDateTime last = QDateTime::fromString(reply.attributes().value(QLatin1String("lastCheckIn")).toString(),
                                                 Qt::ISODateWithMs);
    const QDateTime next = QDateTime::fromString(reply.attributes().value(QLatin1String("nextCheckIn")).toString(),
                                                 Qt::ISODateWithMs);
    QCOMPARE(last.daysTo(next), 14);
}

void TestSandboxActions::licenseFileCheckOut_data()
{
    QTest::addColumn<QString>("algorithm");
    for (const FileAlgorithm &algorithm : allFileAlgorithms()) {
        QTest::newRow(qPrintable(algorithmName(algorithm))) << algorithmName(algorithm);
    }
    QTest::newRow("default") << QString();
}

void TestSandboxActions::licenseFileCheckOut()
{
    QFETCH(QString, algorithm);
    const Reply created = license(policy({}), {{QStringLiteral("name"), QStringLiteral("Checked out")}});
    const bool encrypt = algorithm.startsWith(QLatin1String("aes"));
    QString query = QStringLiteral("?ttl=86400");
    if (!algorithm.isEmpty()) {
        query += QStringLiteral("&encrypt=%1&algorithm=%2")
                     .arg(encrypt ? QStringLiteral("true") : QStringLiteral("false"), algorithm);
    }
    const Reply reply = m_client.send("GET",
                                      path(QStringLiteral("/licenses/") + created.id()
                                           + QStringLiteral("/actions/check-out") + query));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-type"), QByteArray("application/octet-stream"));
    QCOMPARE(reply.headers.value("content-disposition"),
             "attachment; filename=\"" + created.id().toLatin1() + ".lic\"");
    QVERIFY(reply.body.startsWith("-----BEGIN LICENSE FILE-----\n"));
    QVERIFY(reply.body.endsWith("\n-----END LICENSE FILE-----\n"));

    // Keydesk's inspector verifies (and decrypts) it with the account's keys.
    InspectionInput input;
    input.data = reply.body;
    input.publicKeys = m_keys;
    input.licenseKey = created.attributes().value(QLatin1String("key")).toString();
    const Inspection inspection = Inspector().inspect(input);
    QCOMPARE(verdictId(inspection.verdict), QStringLiteral("valid"));
    QCOMPARE(inspection.algorithm, algorithm.isEmpty() ? QStringLiteral("base64+ed25519") : algorithm);
    QCOMPARE(inspection.facts.licenseId, created.id());
    QCOMPARE(inspection.facts.name, QStringLiteral("Checked out"));
    QCOMPARE(inspection.ttl, 86400);
    QCOMPARE(*inspection.expiry, addKeygenDuration(*inspection.issued, 86400));
}

void TestSandboxActions::checkOutResourceAndIncludes()
{
    const QString id = license(policy({})).id();
    const Reply reply = action("POST",
                               QStringLiteral("licenses"),
                               id,
                               QStringLiteral("check-out"),
                               {{QStringLiteral("include"), QStringLiteral("product,policy")},
                                {QStringLiteral("ttl"), QJsonValue::Null}});
    QCOMPARE(reply.status, 200);
    const QJsonObject data = reply.data();
    QCOMPARE(data.value(QLatin1String("type")).toString(), QStringLiteral("license-files"));
    const QJsonObject attributes = data.value(QLatin1String("attributes")).toObject();
    QVERIFY(attributes.value(QLatin1String("expiry")).isNull());
    QVERIFY(attributes.value(QLatin1String("ttl")).isNull());
    QCOMPARE(attributes.value(QLatin1String("includes")).toArray().size(), 2);
    QCOMPARE(data.value(QLatin1String("relationships"))
                 .toObject()
                 .value(QLatin1String("license"))
                 .toObject()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             id);
    InspectionInput input;
    input.data = attributes.value(QLatin1String("certificate")).toString().toUtf8();
    input.publicKeys = m_keys;
    const Inspection inspection = Inspector().inspect(input);
    QCOMPARE(verdictId(inspection.verdict), QStringLiteral("valid"));
    QCOMPARE(inspection.facts.policyName, QStringLiteral("Policy"));
    QCOMPARE(inspection.facts.productName, QStringLiteral("Acme Studio"));
    QVERIFY(!inspection.expiry.has_value());
    QVERIFY(inspection.hasReason(ReasonCode::FileWithoutExpiry));
}

void TestSandboxActions::checkOutRefusesBadParameters()
{
    const QString id = license(policy({})).id();
    const QString base = path(QStringLiteral("/licenses/") + id + QStringLiteral("/actions/check-out"));

    const struct
    {
        const char *query;
        const char *code;
        const char *parameter;
    } cases[] = {
        {"?ttl=60", "CHECKOUT_TTL_INVALID", "ttl"},
        {"?algorithm=aes-128-cbc%2Bed25519", "CHECKOUT_ALGORITHM_INVALID", "algorithm"},
        {"?include=machines", "CHECKOUT_INCLUDE_INVALID", "include"},
    };

    for (const auto &c : cases) {
        const Reply reply = m_client.send("GET", base + QLatin1String(c.query));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QLatin1String(c.code));
        QCOMPARE(reply.firstError()
                     .value(QLatin1String("source"))
                     .toObject()
                     .value(QLatin1String("parameter"))
                     .toString(),
                 QLatin1String(c.parameter));
    }
}

void TestSandboxActions::machineFileCheckOut()
{
    const Reply created = license(policy({{QStringLiteral("floating"), true}, {QStringLiteral("maxMachines"), 2}}));
    const Reply host = machine(created.id(), QStringLiteral("c0:ff:ee:00:00:01"));
    const Reply reply = action("POST",
                               QStringLiteral("machines"),
                               host.id(),
                               QStringLiteral("check-out"),
                               {{QStringLiteral("encrypt"), true},
                                {QStringLiteral("include"), QStringLiteral("license,license.product")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.data().value(QLatin1String("type")).toString(), QStringLiteral("machine-files"));
    InspectionInput input;
    input.data = reply.data()
                     .value(QLatin1String("attributes"))
                     .toObject()
                     .value(QLatin1String("certificate"))
                     .toString()
                     .toUtf8();
    input.publicKeys = m_keys;
    input.licenseKey = created.attributes().value(QLatin1String("key")).toString();
    Inspection inspection = Inspector().inspect(input);
    QCOMPARE(inspection.kind, ArtifactKind::MachineFile);
    QVERIFY(inspection.hasReason(ReasonCode::FingerprintRequired)); // encrypted with key + fingerprint
    input.fingerprint = QStringLiteral("c0:ff:ee:00:00:01");
    inspection = Inspector().inspect(input);
    QCOMPARE(verdictId(inspection.verdict), QStringLiteral("valid"));
    QCOMPARE(inspection.facts.machineFingerprint, input.fingerprint);
    QCOMPARE(inspection.facts.licenseId, created.id()); // from the included license
    QCOMPARE(inspection.facts.productName, QStringLiteral("Acme Studio"));
}

void TestSandboxActions::heartbeats()
{
    const Reply created = license(
        policy({{QStringLiteral("requireHeartbeat"), true}, {QStringLiteral("heartbeatDuration"), 600}}));
    const Reply host = machine(created.id(), QStringLiteral("beating-heart"));
    QCOMPARE(host.attributes().value(QLatin1String("heartbeatStatus")).toString(), QStringLiteral("NOT_STARTED"));
    Reply reply = action("POST", QStringLiteral("machines"), host.id(), QStringLiteral("ping"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.attributes().value(QLatin1String("heartbeatStatus")).toString(), QStringLiteral("ALIVE"));
    QVERIFY(reply.attributes().value(QLatin1String("nextHeartbeat")).isString());
    reply = action("POST", QStringLiteral("machines"), host.id(), QStringLiteral("reset"));
    QCOMPARE(reply.attributes().value(QLatin1String("heartbeatStatus")).toString(), QStringLiteral("NOT_STARTED"));
}

namespace {

// Moves a machine's last heartbeat (or, with none, its activation) into the past: heartbeats last minutes at least.
void backdate(SandboxServer &server, const QString &machineId, qint64 seconds, bool activation = false)
{
    auto machine = server.store().resource(server.account().id, QStringLiteral("machines"), machineId);
    QVERIFY(machine);
    const QString then = keygenTimestamp(QDateTime::currentDateTimeUtc().addSecs(-seconds));
    if (activation) {
        QSqlQuery query(server.store().database());
        query.prepare(QStringLiteral("UPDATE resources SET created = ? WHERE id = ?"));
        query.addBindValue(then);
        query.addBindValue(machineId);
        QVERIFY(query.exec());
        return;
    } else {
        machine->attributes.insert(QStringLiteral("lastHeartbeat"), then);
    }
    QVERIFY(server.store().updateResource(*machine));
}

QString heartbeatStatus(const Reply &reply)
{
    return reply.attributes().value(QLatin1String("heartbeatStatus")).toString();
}

} // namespace

void TestSandboxActions::heartbeatDeathAndResurrection()
{
    auto heartbeatPolicy = [this](const char *resurrection, const char *cull) {
        return policy({{QStringLiteral("requireHeartbeat"), true},
                       {QStringLiteral("heartbeatDuration"), 600},
                       {QStringLiteral("heartbeatResurrectionStrategy"), QLatin1String(resurrection)},
                       {QStringLiteral("heartbeatCullStrategy"), QLatin1String(cull)}});
    };
    auto pinged = [this](const QString &policyId, const QString &fingerprint) {
        const QString id = machine(license(policyId).id(), fingerprint).id();
        const int status = action("POST", QStringLiteral("machines"), id, QStringLiteral("ping")).status;
        return status == 200 ? id : QString();
    };
    auto ping = [this](const QString &id) {
        return action("POST", QStringLiteral("machines"), id, QStringLiteral("ping"));
    };
    auto get = [this](const QString &id) {
        return m_client.send("GET", path(QStringLiteral("/machines/") + id));
    };

    // No revival: dead is dead.
    const QString gone = pinged(heartbeatPolicy("NO_REVIVE", "KEEP_DEAD"), QStringLiteral("gone"));
    backdate(m_server, gone, 700);
    QCOMPARE(heartbeatStatus(get(gone)), QStringLiteral("DEAD"));
    const Reply refused = ping(gone);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("MACHINE_HEARTBEAT_DEAD"));

    // Within the 5-minute window after its death (600 s after the last ping) a ping revives it; past it, no.
    const QString revivable = pinged(heartbeatPolicy("5_MINUTE_REVIVE", "KEEP_DEAD"), QStringLiteral("revivable"));
    backdate(m_server, revivable, 600 + 120);
    QCOMPARE(heartbeatStatus(get(revivable)), QStringLiteral("DEAD"));
    const Reply revived = ping(revivable);
    QCOMPARE(revived.status, 200);
    QCOMPARE(heartbeatStatus(revived), QStringLiteral("RESURRECTED"));
    QCOMPARE(heartbeatStatus(get(revivable)), QStringLiteral("ALIVE"));
    backdate(m_server, revivable, 600 + 400);
    QCOMPARE(ping(revivable).errorCode(), QStringLiteral("MACHINE_HEARTBEAT_DEAD"));

    // ALWAYS_REVIVE: even after a year.
    const QString phoenix = pinged(heartbeatPolicy("ALWAYS_REVIVE", "KEEP_DEAD"), QStringLiteral("phoenix"));
    backdate(m_server, phoenix, 365 * 86400);
    QCOMPARE(heartbeatStatus(ping(phoenix)), QStringLiteral("RESURRECTED"));

    // With the FROM_CREATION basis a machine that never pinged dies a heartbeat after activation; with
    // FROM_FIRST_PING it waits.
    const QString silent = machine(license(heartbeatPolicy("NO_REVIVE", "KEEP_DEAD")).id(), QStringLiteral("silent"))
                               .id();
    QCOMPARE(heartbeatStatus(get(silent)), QStringLiteral("NOT_STARTED"));
    backdate(m_server, silent, 700, true);
    QCOMPARE(heartbeatStatus(get(silent)), QStringLiteral("DEAD"));
    const QString patient = machine(license(
                                        policy({{QStringLiteral("requireHeartbeat"), true},
                                                {QStringLiteral("heartbeatDuration"), 600},
                                                {QStringLiteral("heartbeatBasis"), QStringLiteral("FROM_FIRST_PING")}}))
                                        .id(),
                                    QStringLiteral("patient"))
                                .id();
    backdate(m_server, patient, 700, true);
    QCOMPARE(heartbeatStatus(get(patient)), QStringLiteral("NOT_STARTED"));
}

void TestSandboxActions::deadMachinesAreCulled()
{
    // A server of its own that culls every 50 ms instead of every 2 minutes.
    SandboxServer server;
    SandboxOptions options;
    options.cullIntervalMs = 50;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    SandboxClient client(server);
    const QString product = client.create(QStringLiteral("products"), {{QStringLiteral("name"), QStringLiteral("P")}})
                                .id();
    auto activated = [&](const char *resurrection, const char *cull, const QString &fingerprint) {
        const QString policyId = client
                                     .createPolicy(product,
                                                   {{QStringLiteral("requireHeartbeat"), true},
                                                    {QStringLiteral("heartbeatDuration"), 600},
                                                    {QStringLiteral("heartbeatResurrectionStrategy"),
                                                     QLatin1String(resurrection)},
                                                    {QStringLiteral("heartbeatCullStrategy"), QLatin1String(cull)}})
                                     .id();
        const QString id = client.activateMachine(client.createLicense(policyId).id(), fingerprint).id();
        client.send("POST", client.accountPath() + QStringLiteral("/machines/") + id + QStringLiteral("/actions/ping"));
        return id;
    };
    auto exists = [&](const QString &id) {
        return client.send("GET", client.accountPath() + QStringLiteral("/machines/") + id).status == 200;
    };
    const QString culled = activated("NO_REVIVE", "DEACTIVATE_DEAD", QStringLiteral("culled"));
    const QString kept = activated("NO_REVIVE", "KEEP_DEAD", QStringLiteral("kept"));
    const QString alive = activated("NO_REVIVE", "DEACTIVATE_DEAD", QStringLiteral("alive"));
    const QString waiting = activated("15_MINUTE_REVIVE", "DEACTIVATE_DEAD", QStringLiteral("waiting"));
    const QString late = activated("1_MINUTE_REVIVE", "DEACTIVATE_DEAD", QStringLiteral("late"));
    backdate(server, culled, 700);
    backdate(server, kept, 700);
    backdate(server, waiting, 700); // dead 100 s ago: still within its 15-minute resurrection window
    backdate(server, late, 700);    // dead 100 s ago: past its 1-minute window
    QTRY_VERIFY(!exists(culled));
    QTRY_VERIFY(!exists(late));
    QVERIFY(exists(kept));
    QVERIFY(exists(alive));
    QVERIFY(exists(waiting));
}

QTEST_GUILESS_MAIN(TestSandboxActions)
#include "tst_sandboxactions.moc"
