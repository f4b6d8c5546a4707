// Keygen-Environment in the sandbox over real HTTP: the global environment, an isolated and a shared environment,
// what each sees and may change, who may enter, and the environment validation scope.

#include "sandboxclient.h"

#include <QTest>

using namespace keydesk;
using namespace keydesk::sandbox;
using keydesk::test::Reply;
using keydesk::test::SandboxClient;

class TestSandboxEnvironments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void environmentsAreResources();
    void unknownEnvironmentIsABadRequest();
    void isolatedSeesOnlyItsOwn();
    void sharedSeesGlobalReadOnly();
    void whoMayEnter();
    void environmentScope();

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QString path(const QString &rest) const { return m_client.accountPath() + rest; }

    static Headers in(const QByteArray &environment) { return {{"Keygen-Environment", environment}}; }

    Reply create(const QString &type,
                 const QJsonObject &attributes,
                 const QJsonObject &relationships,
                 const Headers &headers)
    {
        QJsonObject data{{QStringLiteral("type"), type}, {QStringLiteral("attributes"), attributes}};
        if (!relationships.isEmpty()) {
            data.insert(QStringLiteral("relationships"), relationships);
        }
        return m_client.send("POST",
                             path(u'/' + type),
                             QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(),
                             headers);
    }

    static QJsonObject relation(const char *name, const QString &type, const QString &id)
    {
        return {{QLatin1String(name), SandboxClient::relation(type, id)}};
    }

    SandboxServer m_server;
    SandboxClient m_client{m_server};
    QString m_isolated;
    QString m_shared;
    QString m_globalProduct;
    QString m_globalPolicy;
    QString m_globalLicense;
};

void TestSandboxEnvironments::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_isolated = m_client
                     .create(QStringLiteral("environments"),
                             {{QStringLiteral("name"), QStringLiteral("Staging")},
                              {QStringLiteral("code"), QStringLiteral("staging")}})
                     .id();
    m_shared = m_client
                   .create(QStringLiteral("environments"),
                           {{QStringLiteral("name"), QStringLiteral("QA")},
                            {QStringLiteral("code"), QStringLiteral("qa")},
                            {QStringLiteral("isolationStrategy"), QStringLiteral("SHARED")}})
                   .id();
    QVERIFY(!m_isolated.isEmpty());
    QVERIFY(!m_shared.isEmpty());
    m_globalProduct = m_client.create(QStringLiteral("products"), {{QStringLiteral("name"), QStringLiteral("Global")}})
                          .id();
    m_globalPolicy = m_client
                         .createPolicy(m_globalProduct,
                                       {{QStringLiteral("authenticationStrategy"), QStringLiteral("LICENSE")}})
                         .id();
    m_globalLicense = m_client.createLicense(m_globalPolicy).id();
    QVERIFY(!m_globalLicense.isEmpty());
}

void TestSandboxEnvironments::environmentsAreResources()
{
    const Reply reply = m_client.send("GET", path(QStringLiteral("/environments/staging")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.data().value(QLatin1String("type")).toString(), QStringLiteral("environments"));
    // The docs' environment object: no metadata.
    QCOMPARE(reply.attributes().keys(),
             (QStringList{QStringLiteral("code"),
                          QStringLiteral("created"),
                          QStringLiteral("isolationStrategy"),
                          QStringLiteral("name"),
                          QStringLiteral("updated")}));
    QCOMPARE(reply.attributes().value(QLatin1String("isolationStrategy")).toString(), QStringLiteral("ISOLATED"));
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/environments"))).list().size(), 2);
    const Reply bad = m_client.create(QStringLiteral("environments"),
                                      {{QStringLiteral("name"), QStringLiteral("X")},
                                       {QStringLiteral("code"), QStringLiteral("x")},
                                       {QStringLiteral("isolationStrategy"), QStringLiteral("LEAKY")}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.errorCode(), QStringLiteral("ISOLATION_STRATEGY_NOT_ALLOWED"));
    QCOMPARE(m_client
                 .create(QStringLiteral("environments"),
                         {{QStringLiteral("name"), QStringLiteral("Again")},
                          {QStringLiteral("code"), QStringLiteral("qa")}})
                 .errorCode(),
             QStringLiteral("CODE_TAKEN"));

    // Without the header: the global environment, echoed empty; with it: the code.
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/products"))).headers.value("keygen-environment"), QByteArray());
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/products")), {}, in("staging"))
                 .headers.value("keygen-environment"),
             QByteArray("staging"));
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/products?environment=") + m_isolated))
                 .headers.value("keygen-environment"),
             QByteArray("staging"));
}

void TestSandboxEnvironments::unknownEnvironmentIsABadRequest()
{
    for (const QByteArray &name : {QByteArray("production"), QByteArray(" ")}) {
        const Reply reply = m_client.send("GET", path(QStringLiteral("/licenses")), {}, in(name));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("ENVIRONMENT_INVALID"));
        QCOMPARE(reply.firstError().value(QLatin1String("source")).toObject().value(QLatin1String("header")).toString(),
                 QStringLiteral("Keygen-Environment"));
    }
}

void TestSandboxEnvironments::isolatedSeesOnlyItsOwn()
{
    const Headers staging = in("staging");
    const Reply product = create(QStringLiteral("products"),
                                 {{QStringLiteral("name"), QStringLiteral("Staged")}},
                                 {},
                                 staging);
    QCOMPARE(product.status, 201);
    QCOMPARE(product.data()
                 .value(QLatin1String("relationships"))
                 .toObject()
                 .value(QLatin1String("environment"))
                 .toObject()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             m_isolated);
    const Reply policy = create(QStringLiteral("policies"),
                                {{QStringLiteral("name"), QStringLiteral("Staged policy")}},
                                relation("product", QStringLiteral("products"), product.id()),
                                staging);
    QCOMPARE(policy.status, 201);
    const Reply license = create(QStringLiteral("licenses"),
                                 {},
                                 relation("policy", QStringLiteral("policies"), policy.id()),
                                 staging);
    QCOMPARE(license.status, 201);

    // Each side sees only its own.
    auto ids = [&](const QString &type, const Headers &headers) {
        QStringList result;
        for (const QJsonValue &item : m_client.send("GET", path(u'/' + type), {}, headers).list()) {
            result << item.toObject().value(QLatin1String("id")).toString();
        }
        return result;
    };
    QCOMPARE(ids(QStringLiteral("licenses"), staging), QStringList{license.id()});
    QVERIFY(!ids(QStringLiteral("licenses"), {}).contains(license.id()));
    QVERIFY(ids(QStringLiteral("licenses"), {}).contains(m_globalLicense));
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/licenses/") + m_globalLicense), {}, staging).status, 404);
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/licenses/") + license.id())).status, 404);

    // A global policy cannot be used from the isolated environment.
    const Reply crossing = create(QStringLiteral("licenses"),
                                  {},
                                  relation("policy", QStringLiteral("policies"), m_globalPolicy),
                                  staging);
    QCOMPARE(crossing.status, 422);
    QCOMPARE(crossing.errorCode(), QStringLiteral("POLICY_NOT_FOUND"));

    // Uniqueness stays per account: a product code taken globally is taken in the environment too.
    QCOMPARE(m_client
                 .create(QStringLiteral("products"),
                         {{QStringLiteral("name"), QStringLiteral("Coded")},
                          {QStringLiteral("code"), QStringLiteral("coded")}})
                 .status,
             201);
    QCOMPARE(create(QStringLiteral("products"),
                    {{QStringLiteral("name"), QStringLiteral("Coded")},
                     {QStringLiteral("code"), QStringLiteral("coded")}},
                    {},
                    staging)
                 .errorCode(),
             QStringLiteral("CODE_TAKEN"));
}

void TestSandboxEnvironments::sharedSeesGlobalReadOnly()
{
    const Headers qa = in("qa");
    // A QA license for a global policy: allowed in a shared environment.
    const Reply license = create(QStringLiteral("licenses"),
                                 {{QStringLiteral("name"), QStringLiteral("QA seat")}},
                                 relation("policy", QStringLiteral("policies"), m_globalPolicy),
                                 qa);
    QCOMPARE(license.status, 201);
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/licenses/") + m_globalLicense), {}, qa).status, 200);
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/licenses/") + license.id()), {}, qa).status, 200);
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/licenses/") + license.id())).status, 404);

    // Global resources are read-only from there; its own are not.
    const QByteArray rename("{\"data\":{\"type\":\"licenses\",\"attributes\":{\"name\":\"renamed\"}}}");
    QCOMPARE(m_client.send("PATCH", path(QStringLiteral("/licenses/") + m_globalLicense), rename, qa).status, 403);
    QCOMPARE(m_client
                 .send("POST",
                       path(QStringLiteral("/licenses/") + m_globalLicense + QStringLiteral("/actions/suspend")),
                       {},
                       qa)
                 .status,
             403);
    QCOMPARE(m_client.send("DELETE", path(QStringLiteral("/licenses/") + m_globalLicense), {}, qa).status, 403);
    QCOMPARE(m_client.send("PATCH", path(QStringLiteral("/licenses/") + license.id()), rename, qa).status, 200);
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/licenses/") + m_globalLicense))
                 .attributes()
                 .value(QLatin1String("name")),
             QJsonValue(QJsonValue::Null));
}

void TestSandboxEnvironments::whoMayEnter()
{
    const QString key = m_client.send("GET", path(QStringLiteral("/licenses/") + m_globalLicense))
                            .attributes()
                            .value(QLatin1String("key"))
                            .toString();
    auto asLicense = [&](const QByteArray &environment) {
        Headers headers{{"Authorization", "License " + key.toUtf8()}};
        if (!environment.isEmpty()) {
            headers.append({"Keygen-Environment", environment});
        }
        return m_client.send("GET", path(QStringLiteral("/me")), {}, headers).status;
    };
    QCOMPARE(asLicense({}), 200);
    QCOMPARE(asLicense("qa"), 200);      // shared: global resources authenticate
    QCOMPARE(asLicense("staging"), 401); // isolated: they do not
    // The global admin enters every environment.
    QCOMPARE(m_client.send("GET", path(QStringLiteral("/me")), {}, in("staging")).status, 200);
}

void TestSandboxEnvironments::environmentScope()
{
    const Headers qa = in("qa");
    const Reply license = create(QStringLiteral("licenses"),
                                 {},
                                 relation("policy", QStringLiteral("policies"), m_globalPolicy),
                                 qa);
    QCOMPARE(license.status, 201);
    auto validate = [&](const QString &id, const QString &environment, const Headers &headers) {
        const QByteArray body = QJsonDocument(
                                    QJsonObject{
                                        {QStringLiteral("meta"),
                                         QJsonObject{{QStringLiteral("scope"),
                                                      QJsonObject{{QStringLiteral("environment"), environment}}}}}})
                                    .toJson();
        return m_client
            .send("POST", path(QStringLiteral("/licenses/") + id + QStringLiteral("/actions/validate")), body, headers)
            .json.value(QLatin1String("meta"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    };
    QCOMPARE(validate(license.id(), QStringLiteral("qa"), qa), QStringLiteral("VALID"));
    QCOMPARE(validate(license.id(), m_shared, qa), QStringLiteral("VALID"));
    QCOMPARE(validate(license.id(), QStringLiteral("staging"), qa), QStringLiteral("ENVIRONMENT_SCOPE_MISMATCH"));
    QCOMPARE(validate(m_globalLicense, QStringLiteral("qa"), {}), QStringLiteral("ENVIRONMENT_SCOPE_MISMATCH"));
}

QTEST_GUILESS_MAIN(TestSandboxEnvironments)
#include "tst_sandboxenvironments.moc"
