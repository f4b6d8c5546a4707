// Who may do what in the sandbox, over real HTTP: tokens of every kind and their endpoints, License and Basic
// authentication, and Keygen's roles as scopes (a product its own resources, a license itself and its machines,
// a user its own licenses, anonymous only ping and validate-key).

#include "sandboxclient.h"

#include <QTest>

using namespace keydesk;
using namespace keydesk::sandbox;
using keydesk::test::Reply;
using keydesk::test::SandboxClient;

namespace {

QList<QPair<QByteArray, QByteArray>> bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}

} // namespace

class TestSandboxAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInWithEmailAndPassword();
    void initTestCase();
    void adminIssuesTokensShownOnce();
    void productSeesOnlyItsOwn();
    void licenseTokenSeesItselfAndItsMachines();
    void licenseKeyAuthentication();
    void userSeesItsOwnLicenses();
    void anonymous();
    void regenerateAndRevoke();
    void malformedTokens();

private:
    Reply as(const QString &token, const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return m_client.send(method, m_client.accountPath() + path, body, bearer(token), false);
    }

    QString issue(const QString &type, const QString &id)
    {
        const Reply reply = m_client.send("POST",
                                          m_client.accountPath() + QLatin1Char('/') + type + QLatin1Char('/') + id
                                              + QStringLiteral("/tokens"));
        return reply.attributes().value(QLatin1String("token")).toString();
    }

    QString policyFor(const QString &product, const QJsonObject &attributes = {})
    {
        QJsonObject all = attributes;
        all.insert(QStringLiteral("floating"), true);
        all.insert(QStringLiteral("maxMachines"), 5);
        return m_client.createPolicy(product, all).id();
    }

    Reply licenseFor(const QString &policy,
                     const QJsonObject &attributes = {},
                     const QList<QPair<QString, QPair<QString, QString>>> &more = {})
    {
        return m_client.createLicense(policy, attributes, more);
    }

    SandboxServer m_server;
    SandboxClient m_client{m_server};
    QString m_productA;
    QString m_productB;
    QString m_policyA;
    QString m_policyB;
    Reply m_licenseA;
    Reply m_licenseB;
};

void TestSandboxAccess::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_productA = m_client.create(QStringLiteral("products"), {{QStringLiteral("name"), QStringLiteral("Product A")}})
                     .id();
    m_productB = m_client.create(QStringLiteral("products"), {{QStringLiteral("name"), QStringLiteral("Product B")}})
                     .id();
    m_policyA = policyFor(m_productA);
    m_policyB = policyFor(m_productB);
    m_licenseA = licenseFor(m_policyA);
    m_licenseB = licenseFor(m_policyB);
    QCOMPARE(m_licenseA.status, 201);
    QCOMPARE(m_licenseB.status, 201);
}

void TestSandboxAccess::adminIssuesTokensShownOnce()
{
    const Reply reply = m_client.send("POST",
                                      m_client.accountPath() + QStringLiteral("/products/") + m_productA
                                          + QStringLiteral("/tokens"),
                                      R"({"data":{"type":"tokens","attributes":{"name":"CI"}}})");
    QCOMPARE(reply.status, 201);
    const QJsonObject attributes = reply.attributes();
    QCOMPARE(attributes.value(QLatin1String("kind")).toString(), QStringLiteral("product-token"));
    QVERIFY(attributes.value(QLatin1String("token")).toString().startsWith(QLatin1String("prod-")));
    QCOMPARE(attributes.value(QLatin1String("name")).toString(), QStringLiteral("CI"));
    const QJsonObject bearerData = reply.data()
                                       .value(QLatin1String("relationships"))
                                       .toObject()
                                       .value(QLatin1String("bearer"))
                                       .toObject()
                                       .value(QLatin1String("data"))
                                       .toObject();
    QCOMPARE(bearerData.value(QLatin1String("type")).toString(), QStringLiteral("products"));
    QCOMPARE(bearerData.value(QLatin1String("id")).toString(), m_productA);
    // Retrieved later, the secret is never shown again.
    const Reply again = m_client.send("GET", m_client.accountPath() + QStringLiteral("/tokens/") + reply.id());
    QCOMPARE(again.status, 200);
    QVERIFY(again.attributes().value(QLatin1String("token")).isNull());
    QVERIFY(m_client.send("GET", m_client.accountPath() + QStringLiteral("/tokens")).list().size() >= 2);
}

void TestSandboxAccess::productSeesOnlyItsOwn()
{
    const QString token = issue(QStringLiteral("products"), m_productA);
    QVERIFY(token.startsWith(QLatin1String("prod-")));
    Reply reply = as(token, "GET", QStringLiteral("/licenses?limit=100"));
    QCOMPARE(reply.status, 200);
    for (const QJsonValue &value : reply.list()) {
        QCOMPARE(value.toObject()
                     .value(QLatin1String("relationships"))
                     .toObject()
                     .value(QLatin1String("product"))
                     .toObject()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 m_productA);
    }
    QVERIFY(!reply.list().isEmpty());
    QCOMPARE(as(token, "GET", QStringLiteral("/licenses/") + m_licenseB.id()).status, 404);
    QCOMPARE(as(token, "GET", QStringLiteral("/licenses/") + m_licenseA.id()).status, 200);
    QCOMPARE(as(token, "GET", QStringLiteral("/products")).list().size(), 1);
    QCOMPARE(as(token, "GET", QStringLiteral("/me")).data().value(QLatin1String("type")).toString(),
             QStringLiteral("products"));

    // It may issue licenses under its own policies only, and may not manage products.
    const QByteArray
        own = QStringLiteral(
                  R"({"data":{"type":"licenses","relationships":{"policy":{"data":{"type":"policies","id":"%1"}}}}})")
                  .arg(m_policyA)
                  .toUtf8();
    QCOMPARE(as(token, "POST", QStringLiteral("/licenses"), own).status, 201);
    const QByteArray foreign =
        QStringLiteral(
            R"({"data":{"type":"licenses","relationships":{"policy":{"data":{"type":"policies","id":"%1"}}}}})")
            .arg(m_policyB)
            .toUtf8();
    reply = as(token, "POST", QStringLiteral("/licenses"), foreign);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("FORBIDDEN"));
    QCOMPARE(as(token, "DELETE", QStringLiteral("/products/") + m_productA).status, 403);
    QCOMPARE(as(token, "POST", QStringLiteral("/licenses/") + m_licenseA.id() + QStringLiteral("/actions/suspend"))
                 .status,
             200);
    QCOMPARE(as(token, "POST", QStringLiteral("/licenses/") + m_licenseA.id() + QStringLiteral("/actions/reinstate"))
                 .status,
             200);
}

void TestSandboxAccess::licenseTokenSeesItselfAndItsMachines()
{
    const QString token = issue(QStringLiteral("licenses"), m_licenseA.id());
    QVERIFY(token.startsWith(QLatin1String("activ-")));
    QCOMPARE(as(token, "GET", QStringLiteral("/licenses")).list().size(), 1);
    QCOMPARE(as(token, "GET", QStringLiteral("/licenses/") + m_licenseB.id()).status, 404);
    // Users: only the license's own (its owner and attached users), the same the admin sees as its users.
    const Reply users = as(token, "GET", QStringLiteral("/users"));
    QCOMPARE(users.status, 200);
    QCOMPARE(users.list(),
             m_client
                 .send("GET",
                       m_client.accountPath() + QStringLiteral("/licenses/") + m_licenseA.id()
                           + QStringLiteral("/users"))
                 .list());
    QCOMPARE(as(token, "GET", QStringLiteral("/groups")).status, 403);

    const QByteArray activate = QStringLiteral(
                                    R"({"data":{"type":"machines","attributes":{"fingerprint":"own-host"},)"
                                    R"("relationships":{"license":{"data":{"type":"licenses","id":"%1"}}}}})")
                                    .arg(m_licenseA.id())
                                    .toUtf8();
    const Reply machine = as(token, "POST", QStringLiteral("/machines"), activate);
    QCOMPARE(machine.status, 201);
    QCOMPARE(as(token, "GET", QStringLiteral("/machines")).list().size(), 1);
    const QByteArray foreign = QStringLiteral(R"({"data":{"type":"machines","attributes":{"fingerprint":"their-host"},)"
                                              R"("relationships":{"license":{"data":{"type":"licenses","id":"%1"}}}}})")
                                   .arg(m_licenseB.id())
                                   .toUtf8();
    QCOMPARE(as(token, "POST", QStringLiteral("/machines"), foreign).status, 403);

    // It may use itself but not manage itself.
    QCOMPARE(as(token, "GET", QStringLiteral("/licenses/") + m_licenseA.id() + QStringLiteral("/actions/validate"))
                 .status,
             200);
    QCOMPARE(as(token, "POST", QStringLiteral("/licenses/") + m_licenseA.id() + QStringLiteral("/actions/suspend"))
                 .status,
             403);
    QCOMPARE(as(token, "DELETE", QStringLiteral("/machines/") + machine.id()).status, 204);
}

void TestSandboxAccess::licenseKeyAuthentication()
{
    const QString keyPolicy = policyFor(m_productA,
                                        {{QStringLiteral("authenticationStrategy"), QStringLiteral("LICENSE")}});
    const Reply license = licenseFor(keyPolicy);
    const QString key = license.attributes().value(QLatin1String("key")).toString();
    Reply reply = m_client.send("GET",
                                m_client.accountPath() + QStringLiteral("/me"),
                                {},
                                {{"Authorization", "License " + key.toLatin1()}},
                                false);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.id(), license.id());
    reply = m_client.send("GET",
                          m_client.accountPath() + QStringLiteral("/licenses"),
                          {},
                          {{"Authorization", "Basic " + QByteArray("license:" + key.toLatin1()).toBase64()}},
                          false);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.list().size(), 1);
    // A policy with TOKEN authentication does not accept the key as a credential.
    const QString tokenOnly = m_licenseA.attributes().value(QLatin1String("key")).toString();
    reply = m_client.send("GET",
                          m_client.accountPath() + QStringLiteral("/me"),
                          {},
                          {{"Authorization", "License " + tokenOnly.toLatin1()}},
                          false);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("LICENSE_NOT_ALLOWED"));
    reply = m_client.send("GET",
                          m_client.accountPath() + QStringLiteral("/me"),
                          {},
                          {{"Authorization", "License NOT-A-KEY"}},
                          false);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("LICENSE_INVALID"));
}

void TestSandboxAccess::userSeesItsOwnLicenses()
{
    const Reply user = m_client.create(QStringLiteral("users"),
                                       {{QStringLiteral("email"), QStringLiteral("owner@example.com")}});
    const Reply owned = licenseFor(m_policyA, {}, {{QStringLiteral("owner"), {QStringLiteral("users"), user.id()}}});
    QCOMPARE(owned.status, 201);
    const QString token = issue(QStringLiteral("users"), user.id());
    QVERIFY(token.startsWith(QLatin1String("user-")));
    const Reply licenses = as(token, "GET", QStringLiteral("/licenses"));
    QCOMPARE(licenses.list().size(), 1);
    QCOMPARE(licenses.list().at(0).toObject().value(QLatin1String("id")).toString(), owned.id());
    QCOMPARE(as(token, "GET", QStringLiteral("/me")).id(), user.id());
    QCOMPARE(as(token, "GET", QStringLiteral("/licenses/") + m_licenseA.id()).status, 404);
    QCOMPARE(as(token, "GET", QStringLiteral("/products")).status, 403);
}

void TestSandboxAccess::anonymous()
{
    QCOMPARE(m_client.send("GET", QStringLiteral("/v1/ping"), {}, {}, false).status, 200);
    const QString key = m_licenseA.attributes().value(QLatin1String("key")).toString();
    const QByteArray body = QStringLiteral(R"({"meta":{"key":"%1"}})").arg(key).toUtf8();
    QCOMPARE(m_client
                 .send("POST",
                       m_client.accountPath() + QStringLiteral("/licenses/actions/validate-key"),
                       body,
                       {},
                       false)
                 .status,
             200);
    for (const char *path : {"/licenses", "/products", "/me", "/tokens"}) {
        const Reply reply = m_client.send("GET", m_client.accountPath() + QLatin1String(path), {}, {}, false);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("TOKEN_MISSING"));
    }
}

void TestSandboxAccess::regenerateAndRevoke()
{
    const Reply issued = m_client.send("POST",
                                       m_client.accountPath() + QStringLiteral("/products/") + m_productB
                                           + QStringLiteral("/tokens"));
    const QString first = issued.attributes().value(QLatin1String("token")).toString();
    QCOMPARE(as(first, "GET", QStringLiteral("/products")).status, 200);
    const Reply regenerated = as(first, "PUT", QStringLiteral("/tokens/") + issued.id());
    QCOMPARE(regenerated.status, 200);
    const QString second = regenerated.attributes().value(QLatin1String("token")).toString();
    QVERIFY(second.startsWith(QLatin1String("prod-")) && second != first);
    QCOMPARE(as(first, "GET", QStringLiteral("/products")).errorCode(), QStringLiteral("TOKEN_INVALID"));
    QCOMPARE(as(second, "GET", QStringLiteral("/products")).status, 200);
    QCOMPARE(as(second, "DELETE", QStringLiteral("/tokens/") + issued.id()).status, 204);
    QCOMPARE(as(second, "GET", QStringLiteral("/products")).status, 401);
}

void TestSandboxAccess::malformedTokens()
{
    Reply reply = as(newUuid(), "GET", QStringLiteral("/products"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("TOKEN_FORMAT_INVALID"));
    reply = as(QStringLiteral("admin-0000v3"), "GET", QStringLiteral("/products"));
    QCOMPARE(reply.errorCode(), QStringLiteral("TOKEN_INVALID"));
}

void TestSandboxAccess::signInWithEmailAndPassword()
{
    const Reply created = m_client.create(QStringLiteral("users"),
                                          {{QStringLiteral("email"), QStringLiteral("Signer@Example.com")},
                                           {QStringLiteral("password"), QStringLiteral("correct horse")}});
    QCOMPARE(created.status, 201);
    QVERIFY(!created.attributes().contains(QLatin1String("password"))); // never rendered
    QVERIFY(!created.body.contains("correct horse"));
    QVERIFY(!created.body.contains("passwordDigest"));
    QCOMPARE(m_client
                 .create(QStringLiteral("users"),
                         {{QStringLiteral("email"), QStringLiteral("short@example.com")},
                          {QStringLiteral("password"), QStringLiteral("short")}})
                 .errorCode(),
             QStringLiteral("PASSWORD_TOO_SHORT"));

    auto signIn = [&](const QByteArray &credentials) {
        return m_client.send("POST",
                             m_client.accountPath() + QStringLiteral("/tokens"),
                             {},
                             {{"Authorization", "Basic " + credentials.toBase64()}},
                             false);
    };
    const Reply token = signIn("signer@example.com:correct horse");
    QCOMPARE(token.status, 201);
    QCOMPARE(token.attributes().value(QLatin1String("kind")).toString(), QStringLiteral("user-token"));
    const QString secret = token.attributes().value(QLatin1String("token")).toString();
    QVERIFY(!secret.isEmpty());
    const QDateTime expiry = QDateTime::fromString(token.attributes().value(QLatin1String("expiry")).toString(),
                                                   Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addDays(14).secsTo(expiry)) < 120); // user tokens last 2 weeks
    const Reply me = as(secret, "GET", QStringLiteral("/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.id(), created.id());

    QCOMPARE(signIn("signer@example.com:wrong horse").errorCode(), QStringLiteral("PASSWORD_INVALID"));
    QCOMPARE(signIn("nobody@example.com:correct horse").errorCode(), QStringLiteral("EMAIL_INVALID"));
    const QString passwordless = m_client
                                     .create(QStringLiteral("users"),
                                             {{QStringLiteral("email"), QStringLiteral("nopass@example.com")}})
                                     .id();
    QVERIFY(!passwordless.isEmpty());
    QCOMPARE(signIn("nopass@example.com:anything at all").errorCode(), QStringLiteral("PASSWORD_NOT_SUPPORTED"));
}

QTEST_GUILESS_MAIN(TestSandboxAccess)
#include "tst_sandboxaccess.moc"
