// The sandbox over real HTTP on loopback, as a client written from Keygen's documentation sees it.

#include "app/licensing/publickeys.h"
#include "app/sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::sandbox;
using keydesk::test::Reply;
using keydesk::test::SandboxClient;

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pingNeedsNoToken();
    void accountPublishesItsKeys();
    void responsesAreSigned_data();
    void responsesAreSigned();
    void malformedAcceptSignatureIsRefused();
    void authentication();
    void meIsTheAdminUser();
    void productLifecycle();
    void validationErrors();
    void unknownEndpointsAnswerJson();
    void pagination();
    void policiesBelongToAProduct();
    void policyDefaultsAndRules_data();
    void policyDefaultsAndRules();
    void usersGroupsEntitlements();
    void attributeSetsAsTheDocsShow();
    void stateSurvivesRestart();

private:
    Reply send(const QByteArray &method,
               const QString &path,
               const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {},
               bool authenticated = true);

    QString accountPath() const { return QStringLiteral("/v1/accounts/") + m_server.account().slug; }

    QJsonObject createProduct(const QString &name, const QString &code = {});
    Reply create(const QString &type, const QJsonObject &attributes, const QJsonObject &relationships = {});

    static QString errorCode(const Reply &reply)
    {
        return reply.json.value(QLatin1String("errors"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }

    static QJsonObject relation(const QString &type, const QString &id)
    {
        return QJsonObject{
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), id}}}};
    }

    SandboxServer m_server;
    SandboxClient m_client{m_server};
    QList<crypto::PublicKey> m_keys;
};

Reply TestSandboxServer::send(const QByteArray &method,
                              const QString &path,
                              const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers,
                              bool authenticated)
{
    return m_client.send(method, path, body, headers, authenticated);
}

QJsonObject TestSandboxServer::createProduct(const QString &name, const QString &code)
{
    QJsonObject attributes{{QStringLiteral("name"), name}};
    if (!code.isEmpty()) {
        attributes.insert(QStringLiteral("code"), code);
    }
    const QJsonObject body{{QStringLiteral("data"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("products")},
                                        {QStringLiteral("attributes"), attributes}}}};
    const Reply reply = send("POST", accountPath() + QStringLiteral("/products"), QJsonDocument(body).toJson());
    if (reply.status != 201) {
        qWarning() << reply.body;
    }
    return reply.json.value(QLatin1String("data")).toObject();
}

Reply TestSandboxServer::create(const QString &type, const QJsonObject &attributes, const QJsonObject &relationships)
{
    QList<QPair<QString, QPair<QString, QString>>> related;
    for (auto it = relationships.constBegin(); it != relationships.constEnd(); ++it) {
        const QJsonObject data = it.value().toObject().value(QLatin1String("data")).toObject();
        related.append(
            {it.key(), {data.value(QLatin1String("type")).toString(), data.value(QLatin1String("id")).toString()}});
    }
    return m_client.create(type, attributes, related);
}

void TestSandboxServer::initTestCase()
{
    QString error;
    SandboxOptions options;
    options.accountSlug = QStringLiteral("acme");
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    QCOMPARE(m_server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server.baseUrl().port() > 0);
    QVERIFY(m_server.adminToken().startsWith(QLatin1String("admin-")));
}

void TestSandboxServer::pingNeedsNoToken()
{
    const Reply reply = send("GET", QStringLiteral("/v1/ping"), {}, {}, false);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.headers.value("keygen-version"), QByteArray("1.8"));
    QCOMPARE(send("GET", accountPath() + QStringLiteral("/ping"), {}, {}, false).status, 200);
}

void TestSandboxServer::accountPublishesItsKeys()
{
    const Reply reply = send("GET", accountPath());
    QCOMPARE(reply.status, 200);
    const QJsonObject data = reply.json.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("id")).toString(), m_server.account().id);
    QCOMPARE(data.value(QLatin1String("attributes")).toObject().value(QLatin1String("slug")).toString(),
             QStringLiteral("acme"));
    // meta.keys as wire formats §4.3: base64 of the hex (Ed25519) and of the PEM text (RSA, ECDSA).
    const QJsonObject keys = data.value(QLatin1String("meta")).toObject().value(QLatin1String("keys")).toObject();
    const QByteArray ed25519 = QByteArray::fromBase64(keys.value(QLatin1String("ed25519")).toString().toLatin1());
    QCOMPARE(ed25519.size(), 64);
    QVERIFY(QByteArray::fromBase64(keys.value(QLatin1String("rsa2048")).toString().toLatin1())
                .startsWith("-----BEGIN PUBLIC KEY-----"));
    QVERIFY(QByteArray::fromBase64(keys.value(QLatin1String("ecdsa")).toString().toLatin1())
                .startsWith("-----BEGIN PUBLIC KEY-----"));
    // The whole response is what a user may paste as "the account's public key".
    m_keys = parsePublicKeys(reply.body);
    QCOMPARE(m_keys.size(), 3);
}

void TestSandboxServer::responsesAreSigned_data()
{
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<int>("keyType");
    QTest::newRow("default") << QByteArray() << int(crypto::KeyType::Ed25519);
    QTest::newRow("ed25519") << QByteArray("ed25519") << int(crypto::KeyType::Ed25519);
    QTest::newRow("rsa-pss-sha256") << QByteArray("rsa-pss-sha256") << int(crypto::KeyType::Rsa);
    QTest::newRow("rsa-sha256") << QByteArray("rsa-sha256") << int(crypto::KeyType::Rsa);
    QTest::newRow("ecdsa-p256") << QByteArray("ecdsa-p256") << int(crypto::KeyType::EcdsaP256);
}

void TestSandboxServer::responsesAreSigned()
{
    QFETCH(QByteArray, algorithm);
    QFETCH(int, keyType);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!algorithm.isEmpty()) {
        headers.append({"Keygen-Accept-Signature",
                        "keyid=\"" + m_server.account().id.toLatin1() + "\", algorithm=\"" + algorithm + "\""});
    }
    const Reply reply = send("GET", accountPath() + QStringLiteral("/products?limit=3&order=asc"), {}, headers);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("digest"), "sha-256=" + crypto::sha256(reply.body).toBase64());
    const QByteArray signatureHeader = reply.headers.value("keygen-signature");
    const QRegularExpressionMatch match = QRegularExpression(
                                              QStringLiteral(
                                                  "keyid=\"([^\"]+)\", algorithm=\"([^\"]+)\", signature=\"([^\"]+)\", "
                                                  "headers=\"\\(request-target\\) host date digest\""))
                                              .match(QString::fromLatin1(signatureHeader));
    QVERIFY2(match.hasMatch(), signatureHeader.constData());
    QCOMPARE(match.captured(1), m_server.account().id);
    QCOMPARE(match.captured(2).toLatin1(), algorithm.isEmpty() ? QByteArray("ed25519") : algorithm);

    // The signing string of wire formats §3, rebuilt from what the client sent and received.
    const QByteArray signingString = "(request-target): get " + reply.target + "\nhost: 127.0.0.1\ndate: "
                                   + reply.headers.value("date") + "\ndigest: " + reply.headers.value("digest");
    const auto algorithmEnum = match.captured(2) == QLatin1String("ed25519") ? crypto::SignatureAlgorithm::Ed25519
                             : match.captured(2) == QLatin1String("rsa-pss-sha256")
                                 ? crypto::SignatureAlgorithm::RsaPssSha256
                             : match.captured(2) == QLatin1String("rsa-sha256")
                                 ? crypto::SignatureAlgorithm::RsaPkcs1Sha256
                                 : crypto::SignatureAlgorithm::EcdsaP256Sha256;
    bool verified = false;
    for (const crypto::PublicKey &key : std::as_const(m_keys)) {
        if (int(key.type()) == keyType) {
            verified = key.verify(algorithmEnum, signingString, QByteArray::fromBase64(match.captured(3).toLatin1()));
        }
    }
    QVERIFY(verified);
}

void TestSandboxServer::malformedAcceptSignatureIsRefused()
{
    const QJsonArray before = send("GET", accountPath() + QStringLiteral("/products?limit=100"))
                                  .json.value(QLatin1String("data"))
                                  .toArray();
    for (const QByteArray &header : {QByteArray("algorithm=ed25519"),
                                     QByteArray("algorithm=\"md5\""),
                                     QByteArray("keyid=\"someone-else\", algorithm=\"ed25519\"")}) {
        const QJsonObject body{{QStringLiteral("data"),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("products")},
                                            {QStringLiteral("attributes"),
                                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Never created")}}}}}};
        const Reply reply = send("POST",
                                 accountPath() + QStringLiteral("/products"),
                                 QJsonDocument(body).toJson(),
                                 {{"Keygen-Accept-Signature", header}});
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json.value(QLatin1String("errors")).toArray().at(0).toObject();
        QVERIFY(error.value(QLatin1String("detail"))
                    .toString()
                    .startsWith(QLatin1String("invalid accept-signature header")));
        QCOMPARE(error.value(QLatin1String("source")).toObject().value(QLatin1String("header")).toString(),
                 QStringLiteral("Keygen-Accept-Signature"));
    }
    // Refused before anything happened: nothing was created.
    const QJsonArray after = send("GET", accountPath() + QStringLiteral("/products?limit=100"))
                                 .json.value(QLatin1String("data"))
                                 .toArray();
    QCOMPARE(after.size(), before.size());
}

void TestSandboxServer::authentication()
{
    Reply reply = send("GET", accountPath() + QStringLiteral("/products"), {}, {}, false);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json.value(QLatin1String("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("TOKEN_MISSING"));
    QCOMPARE(reply.headers.value("www-authenticate"), QByteArray("Bearer realm=\"keygen\""));
    reply = send("GET",
                 accountPath() + QStringLiteral("/products"),
                 {},
                 {{"Authorization", "Bearer admin-nonsense"}},
                 false);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json.value(QLatin1String("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("TOKEN_INVALID"));
    reply = send("GET", QStringLiteral("/v1/accounts/nobody/products"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json.value(QLatin1String("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("NOT_FOUND"));
}

void TestSandboxServer::meIsTheAdminUser()
{
    const Reply reply = send("GET", accountPath() + QStringLiteral("/me"));
    QCOMPARE(reply.status, 200);
    const QJsonObject data = reply.json.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("type")).toString(), QStringLiteral("users"));
    QCOMPARE(data.value(QLatin1String("attributes")).toObject().value(QLatin1String("role")).toString(),
             QStringLiteral("admin"));
    const QJsonObject token = reply.json.value(QLatin1String("included")).toArray().at(0).toObject();
    QCOMPARE(token.value(QLatin1String("type")).toString(), QStringLiteral("tokens"));
    QCOMPARE(token.value(QLatin1String("attributes")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("admin-token"));
    QVERIFY(!reply.body.contains(m_server.adminToken().toLatin1())); // the secret is never echoed
}

void TestSandboxServer::productLifecycle()
{
    const QJsonObject created = createProduct(QStringLiteral("Acme Studio"), QStringLiteral("studio"));
    const QString id = created.value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject attributes = created.value(QLatin1String("attributes")).toObject();
    // The attribute set of the docs' example product.
    QStringList names = attributes.keys();
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("code"),
                          QStringLiteral("created"),
                          QStringLiteral("distributionStrategy"),
                          QStringLiteral("metadata"),
                          QStringLiteral("name"),
                          QStringLiteral("permissions"),
                          QStringLiteral("platforms"),
                          QStringLiteral("updated"),
                          QStringLiteral("url")}));
    QCOMPARE(attributes.value(QLatin1String("distributionStrategy")).toString(), QStringLiteral("LICENSED"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                .match(attributes.value(QLatin1String("created")).toString())
                .hasMatch());
    const QJsonObject relationships = created.value(QLatin1String("relationships")).toObject();
    for (const char *name : {"account", "policies", "licenses", "machines", "users", "tokens"}) {
        QVERIFY2(relationships.contains(QLatin1String(name)), name);
    }
    QCOMPARE(created.value(QLatin1String("links")).toObject().value(QLatin1String("self")).toString(),
             QStringLiteral("/v1/accounts/%1/products/%2").arg(m_server.account().id, id));

    // Retrieve by id and by code.
    QCOMPARE(send("GET", accountPath() + QStringLiteral("/products/") + id).status, 200);
    QCOMPARE(send("GET", accountPath() + QStringLiteral("/products/studio"))
                 .json.value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             id);

    // Update: metadata is replaced whole, other attributes kept.
    const QJsonObject patch{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("products")},
                     {QStringLiteral("attributes"),
                      QJsonObject{{QStringLiteral("url"), QStringLiteral("https://acme.example")},
                                  {QStringLiteral("metadata"),
                                   QJsonObject{{QStringLiteral("tier"), QStringLiteral("gold")}}}}}}}};
    Reply reply = send("PATCH", accountPath() + QStringLiteral("/products/") + id, QJsonDocument(patch).toJson());
    QCOMPARE(reply.status, 200);
    const QJsonObject
        updated = reply.json.value(QLatin1String("data")).toObject().value(QLatin1String("attributes")).toObject();
    QCOMPARE(updated.value(QLatin1String("url")).toString(), QStringLiteral("https://acme.example"));
    QCOMPARE(updated.value(QLatin1String("name")).toString(), QStringLiteral("Acme Studio"));
    QCOMPARE(updated.value(QLatin1String("metadata")).toObject().value(QLatin1String("tier")).toString(),
             QStringLiteral("gold"));

    // Delete: 204 with no body, then 404.
    reply = send("DELETE", accountPath() + QStringLiteral("/products/") + id);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    reply = send("GET", accountPath() + QStringLiteral("/products/") + id);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json.value(QLatin1String("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("NOT_FOUND"));
}

void TestSandboxServer::validationErrors()
{
    const QByteArray noName = R"({"data":{"type":"products","attributes":{"url":"https://x.example"}}})";
    Reply reply = send("POST", accountPath() + QStringLiteral("/products"), noName);
    QCOMPARE(reply.status, 422);
    QJsonObject error = reply.json.value(QLatin1String("errors")).toArray().at(0).toObject();
    QCOMPARE(error.value(QLatin1String("source")).toObject().value(QLatin1String("pointer")).toString(),
             QStringLiteral("/data/attributes/name"));
    QVERIFY(reply.json.value(QLatin1String("meta")).toObject().contains(QLatin1String("id")));

    createProduct(QStringLiteral("First"), QStringLiteral("taken"));
    reply = send("POST",
                 accountPath() + QStringLiteral("/products"),
                 R"({"data":{"type":"products","attributes":{"name":"Second","code":"taken"}}})");
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json.value(QLatin1String("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("CODE_TAKEN"));

    reply = send("POST", accountPath() + QStringLiteral("/products"), "{not json");
    QCOMPARE(reply.status, 400);
    reply = send("POST",
                 accountPath() + QStringLiteral("/products"),
                 R"({"data":{"type":"products","attributes":{"name":"X","bogus":1}}})");
    QCOMPARE(reply.status, 400);
    reply = send("POST",
                 accountPath() + QStringLiteral("/products"),
                 R"({"data":{"type":"licenses","attributes":{"name":"X"}}})");
    QCOMPARE(reply.status, 400);
}

void TestSandboxServer::unknownEndpointsAnswerJson()
{
    for (const auto &[method, path] :
         QList<QPair<QByteArray, QString>>{{"GET", QStringLiteral("/v1/nothing-here")},
                                           {"GET", QStringLiteral("/")},
                                           {"DELETE",
                                            accountPath()
                                                + QStringLiteral("/products")}, // a known path with a wrong method
                                           {"POST", QStringLiteral("/v1/ping")}}) {
        const Reply reply = send(method, path);
        QCOMPARE(reply.status, 404);
        QVERIFY2(reply.headers.value("content-type").startsWith("application/vnd.api+json"), qPrintable(path));
        QCOMPARE(reply.json.value(QLatin1String("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("NOT_FOUND"));
    }
}

void TestSandboxServer::pagination()
{
    QStringList created; // oldest first
    for (int i = 0; i < 23; ++i) {
        created.append(createProduct(QStringLiteral("Paged %1").arg(i)).value(QLatin1String("id")).toString());
    }
    // limit: newest first, at most `limit`.
    Reply reply = send("GET", accountPath() + QStringLiteral("/products?limit=5"));
    QJsonArray data = reply.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 5);
    QCOMPARE(data.at(0).toObject().value(QLatin1String("id")).toString(), created.constLast());

    // Offset pages with Keygen's links.
    reply = send("GET", accountPath() + QStringLiteral("/products?page%5Bnumber%5D=2&page%5Bsize%5D=10"));
    QCOMPARE(reply.status, 200);
    const QJsonObject links = reply.json.value(QLatin1String("links")).toObject();
    QCOMPARE(links.value(QLatin1String("self")).toString(),
             accountPath() + QStringLiteral("/products?page%5Bnumber%5D=2&page%5Bsize%5D=10"));
    QCOMPARE(links.value(QLatin1String("prev")).toString(),
             accountPath() + QStringLiteral("/products?page%5Bnumber%5D=1&page%5Bsize%5D=10"));
    const qint64 total = links.value(QLatin1String("meta")).toObject().value(QLatin1String("count")).toInteger();
    QVERIFY(total >= 23);
    QCOMPARE(links.value(QLatin1String("meta")).toObject().value(QLatin1String("pages")).toInteger(), (total + 9) / 10);

    // Cursor pages walk everything once, newest first, following links.next.
    QString next = accountPath() + QStringLiteral("/products?page%5Bcursor%5D=&page%5Bsize%5D=7");
    QStringList walked;
    int pages = 0;
    while (!next.isEmpty() && pages < 50) {
        reply = send("GET", next);
        QCOMPARE(reply.status, 200);
        for (const QJsonValue &value : reply.json.value(QLatin1String("data")).toArray()) {
            walked.append(value.toObject().value(QLatin1String("id")).toString());
        }
        next = reply.json.value(QLatin1String("links")).toObject().value(QLatin1String("next")).toString();
        ++pages;
    }
    QCOMPARE(qint64(walked.size()), total);
    QCOMPARE(qint64(QSet<QString>(walked.cbegin(), walked.cend()).size()), total);
    QCOMPARE(walked.constFirst(), created.constLast());

    // Ascending order.
    reply = send("GET", accountPath() + QStringLiteral("/products?order=asc&limit=100"));
    data = reply.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.at(data.size() - 1).toObject().value(QLatin1String("id")).toString(), created.constLast());

    // Invalid paging is a 400 on the parameter.
    for (const QString &query : {QStringLiteral("page%5Bnumber%5D=101"),
                                 QStringLiteral("page%5Bsize%5D=0&page%5Bnumber%5D=1"),
                                 QStringLiteral("limit=500"),
                                 QStringLiteral("page%5Bfoo%5D=1"),
                                 QStringLiteral("order=sideways")}) {
        reply = send("GET", accountPath() + QStringLiteral("/products?") + query);
        QVERIFY2(reply.status == 400, qPrintable(query));
        QVERIFY(reply.json.value(QLatin1String("errors")).toArray().at(0).toObject().contains(QLatin1String("source")));
    }
}

void TestSandboxServer::policiesBelongToAProduct()
{
    const QString productId = createProduct(QStringLiteral("Policy Host")).value(QLatin1String("id")).toString();
    Reply reply = create(QStringLiteral("policies"), {{QStringLiteral("name"), QStringLiteral("Orphan")}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(errorCode(reply), QStringLiteral("PRODUCT_NOT_FOUND"));
    reply = create(QStringLiteral("policies"),
                   {{QStringLiteral("name"), QStringLiteral("Ghost")}},
                   {{QStringLiteral("product"), relation(QStringLiteral("products"), newUuid())}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(errorCode(reply), QStringLiteral("PRODUCT_NOT_FOUND"));

    reply = create(QStringLiteral("policies"),
                   {{QStringLiteral("name"), QStringLiteral("Annual")}, {QStringLiteral("duration"), 31536000}},
                   {{QStringLiteral("product"), relation(QStringLiteral("products"), productId)}});
    QCOMPARE(reply.status, 201);
    const QJsonObject policy = reply.json.value(QLatin1String("data")).toObject();
    const QJsonObject
        product = policy.value(QLatin1String("relationships")).toObject().value(QLatin1String("product")).toObject();
    QCOMPARE(product.value(QLatin1String("data")).toObject().value(QLatin1String("id")).toString(), productId);
    QCOMPARE(product.value(QLatin1String("links")).toObject().value(QLatin1String("related")).toString(),
             QStringLiteral("/v1/accounts/%1/policies/%2/product")
                 .arg(m_server.account().id, policy.value(QLatin1String("id")).toString()));

    // Filter a list by its product.
    const QString other = createProduct(QStringLiteral("Other Host")).value(QLatin1String("id")).toString();
    create(QStringLiteral("policies"),
           {{QStringLiteral("name"), QStringLiteral("Elsewhere")}},
           {{QStringLiteral("product"), relation(QStringLiteral("products"), other)}});
    reply = send("GET", accountPath() + QStringLiteral("/policies?product=") + productId);
    const QJsonArray data = reply.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.at(0).toObject().value(QLatin1String("id")).toString(), policy.value(QLatin1String("id")).toString());
}

void TestSandboxServer::policyDefaultsAndRules_data()
{
    QTest::addColumn<QJsonObject>("attributes");
    QTest::addColumn<QString>("code");
    QTest::newRow("defaults") << QJsonObject{} << QString();
    QTest::newRow("short duration") << QJsonObject{{QStringLiteral("duration"), 3600}}
                                    << QStringLiteral("DURATION_INVALID");
    QTest::newRow("unknown scheme") << QJsonObject{{QStringLiteral("scheme"), QStringLiteral("ROT13")}}
                                    << QStringLiteral("SCHEME_NOT_ALLOWED");
    QTest::newRow("unknown overage") << QJsonObject{{QStringLiteral("overageStrategy"),
                                                     QStringLiteral("ALLOW_3X_OVERAGE")}}
                                     << QStringLiteral("OVERAGE_STRATEGY_NOT_ALLOWED");
    QTest::newRow("short heartbeat") << QJsonObject{{QStringLiteral("heartbeatDuration"), 10}}
                                     << QStringLiteral("HEARTBEAT_DURATION_INVALID");
    QTest::newRow("pool with scheme") << QJsonObject{{QStringLiteral("usePool"), true},
                                                     {QStringLiteral("scheme"), QStringLiteral("ED25519_SIGN")}}
                                      << QStringLiteral("USE_POOL_NOT_SUPPORTED");
    QTest::newRow("always revive needs keep dead")
        << QJsonObject{{QStringLiteral("heartbeatResurrectionStrategy"), QStringLiteral("ALWAYS_REVIVE")}}
        << QStringLiteral("HEARTBEAT_CULL_STRATEGY_NOT_SUPPORTED");
    QTest::newRow("1.25x overage on node-locked")
        << QJsonObject{{QStringLiteral("overageStrategy"), QStringLiteral("ALLOW_1_25X_OVERAGE")}}
        << QStringLiteral("OVERAGE_STRATEGY_NOT_SUPPORTED");
    QTest::newRow("1.25x overage, floating, 8 machines")
        << QJsonObject{{QStringLiteral("overageStrategy"), QStringLiteral("ALLOW_1_25X_OVERAGE")},
                       {QStringLiteral("floating"), true},
                       {QStringLiteral("maxMachines"), 8}}
        << QString();
    QTest::newRow("1.25x overage, floating, 6 machines")
        << QJsonObject{{QStringLiteral("overageStrategy"), QStringLiteral("ALLOW_1_25X_OVERAGE")},
                       {QStringLiteral("floating"), true},
                       {QStringLiteral("maxMachines"), 6}}
        << QStringLiteral("OVERAGE_STRATEGY_NOT_SUPPORTED");
}

void TestSandboxServer::policyDefaultsAndRules()
{
    QFETCH(QJsonObject, attributes);
    QFETCH(QString, code);
    static const QString productId = createProduct(QStringLiteral("Rules Host")).value(QLatin1String("id")).toString();
    attributes.insert(QStringLiteral("name"), QStringLiteral("Rule check"));
    const Reply reply = create(QStringLiteral("policies"),
                               attributes,
                               {{QStringLiteral("product"), relation(QStringLiteral("products"), productId)}});
    if (!code.isEmpty()) {
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorCode(reply), code);
        return;
    }
    QCOMPARE(reply.status, 201);
    const QJsonObject
        created = reply.json.value(QLatin1String("data")).toObject().value(QLatin1String("attributes")).toObject();
    if (attributes.size() == 1) {
        // Keygen's defaults on create (wire formats §5).
        QCOMPARE(created.value(QLatin1String("machineUniquenessStrategy")).toString(),
                 QStringLiteral("UNIQUE_PER_LICENSE"));
        QCOMPARE(created.value(QLatin1String("expirationStrategy")).toString(), QStringLiteral("RESTRICT_ACCESS"));
        QCOMPARE(created.value(QLatin1String("overageStrategy")).toString(), QStringLiteral("NO_OVERAGE"));
        QCOMPARE(created.value(QLatin1String("authenticationStrategy")).toString(), QStringLiteral("TOKEN"));
        QCOMPARE(created.value(QLatin1String("heartbeatBasis")).toString(), QStringLiteral("FROM_FIRST_PING"));
        QCOMPARE(created.value(QLatin1String("maxMachines")).toInt(), 1); // node-locked
        QVERIFY(created.value(QLatin1String("scheme")).isNull());
        // Every attribute of Keygen's policy serializer (wire formats §5), plus metadata, created and updated.
        QStringList
            expected = QStringLiteral(
                           "name duration strict floating usePool maxMachines maxProcesses maxUsers maxCores "
                           "maxMemory maxDisk maxUses machineUniquenessStrategy machineMatchingStrategy "
                           "componentUniquenessStrategy componentMatchingStrategy expirationStrategy "
                           "expirationBasis renewalBasis transferStrategy authenticationStrategy "
                           "machineLeasingStrategy processLeasingStrategy overageStrategy scheme encrypted "
                           "protected requireProductScope requirePolicyScope requireMachineScope "
                           "requireFingerprintScope requireComponentsScope requireUserScope "
                           "requireChecksumScope requireVersionScope requireCheckIn checkInInterval "
                           "checkInIntervalCount heartbeatDuration heartbeatCullStrategy "
                           "heartbeatResurrectionStrategy heartbeatBasis requireHeartbeat metadata created updated")
                           .split(QLatin1Char(' '));
        expected.sort();
        QStringList actual = created.keys();
        actual.sort();
        QCOMPARE(actual, expected);
    }
}

void TestSandboxServer::usersGroupsEntitlements()
{
    Reply reply = create(QStringLiteral("users"),
                         {{QStringLiteral("firstName"), QStringLiteral("Ada")},
                          {QStringLiteral("lastName"), QStringLiteral("Lovelace")},
                          {QStringLiteral("email"), QStringLiteral("Ada@Example.com")}});
    QCOMPARE(reply.status, 201);
    QJsonObject
        attributes = reply.json.value(QLatin1String("data")).toObject().value(QLatin1String("attributes")).toObject();
    QCOMPARE(attributes.value(QLatin1String("fullName")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(attributes.value(QLatin1String("email")).toString(), QStringLiteral("ada@example.com"));
    QCOMPARE(attributes.value(QLatin1String("role")).toString(), QStringLiteral("user"));
    QCOMPARE(send("GET", accountPath() + QStringLiteral("/users/ada@example.com")).status, 200);
    reply = create(QStringLiteral("users"), {{QStringLiteral("email"), QStringLiteral("ada@example.com")}});
    QCOMPARE(errorCode(reply), QStringLiteral("EMAIL_TAKEN"));
    reply = create(QStringLiteral("users"), {{QStringLiteral("email"), QStringLiteral("not-an-email")}});
    QCOMPARE(errorCode(reply), QStringLiteral("EMAIL_INVALID"));
    reply = create(QStringLiteral("users"),
                   {{QStringLiteral("email"), QStringLiteral("x@example.com")},
                    {QStringLiteral("role"), QStringLiteral("emperor")}});
    QCOMPARE(errorCode(reply), QStringLiteral("ROLE_NOT_ALLOWED"));

    reply = create(QStringLiteral("groups"),
                   {{QStringLiteral("name"), QStringLiteral("Enterprise customers")},
                    {QStringLiteral("maxLicenses"), 100}});
    QCOMPARE(reply.status, 201);
    const QString groupId = reply.json.value(QLatin1String("data")).toObject().value(QLatin1String("id")).toString();
    reply = create(QStringLiteral("users"),
                   {{QStringLiteral("email"), QStringLiteral("grace@example.com")}},
                   {{QStringLiteral("group"), relation(QStringLiteral("groups"), groupId)}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json.value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("relationships"))
                 .toObject()
                 .value(QLatin1String("group"))
                 .toObject()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             groupId);
    reply = send("GET", accountPath() + QStringLiteral("/users?group=") + groupId);
    QCOMPARE(reply.json.value(QLatin1String("data")).toArray().size(), 1);

    reply = create(QStringLiteral("entitlements"),
                   {{QStringLiteral("name"), QStringLiteral("Export to PDF")},
                    {QStringLiteral("code"), QStringLiteral("EXPORT_PDF")}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(send("GET", accountPath() + QStringLiteral("/entitlements/EXPORT_PDF")).status, 200);
    reply = create(QStringLiteral("entitlements"), {{QStringLiteral("name"), QStringLiteral("No code")}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(errorCode(reply), QStringLiteral("CODE_MISSING"));
}

void TestSandboxServer::attributeSetsAsTheDocsShow()
{
    // The attributes of the docs' example objects (keygen-machines-api.md, keygen-docs/*.md; wire formats §5 where
    // it says more: a user's permissions, Keygen EE), retrieved one by one and listed (a list page is written from
    // the stored JSON text).
    const QString
        product = createProduct(QStringLiteral("Docs"), QStringLiteral("docs")).value(QLatin1String("id")).toString();
    const QString policy = m_client.createPolicy(product, {{QStringLiteral("floating"), true}}).id();
    const QString license = m_client.createLicense(policy).id();
    const QString machine = m_client.activateMachine(license, QStringLiteral("docs-fingerprint")).id();
    const QString
        user = create(QStringLiteral("users"), {{QStringLiteral("email"), QStringLiteral("docs@example.com")}}).id();
    const QString group = create(QStringLiteral("groups"), {{QStringLiteral("name"), QStringLiteral("Docs")}}).id();
    const QString entitlement = create(QStringLiteral("entitlements"),
                                       {{QStringLiteral("name"), QStringLiteral("Docs")},
                                        {QStringLiteral("code"), QStringLiteral("DOCS")}})
                                    .id();
    const Reply token = send("POST",
                             accountPath() + QStringLiteral("/users/") + user + QStringLiteral("/tokens"),
                             "{\"data\":{\"type\":\"tokens\",\"attributes\":{}}}");
    QCOMPARE(token.status, 201);
    const QString environment = create(QStringLiteral("environments"),
                                       {{QStringLiteral("name"), QStringLiteral("Docs")},
                                        {QStringLiteral("code"), QStringLiteral("docs")}})
                                    .id();
    const QString pooled = m_client.createPolicy(product, {{QStringLiteral("usePool"), true}}).id();
    const QString key = create(QStringLiteral("keys"),
                               {{QStringLiteral("key"), QStringLiteral("DOCS-0001")}},
                               {{QStringLiteral("policy"), relation(QStringLiteral("policies"), pooled)}})
                            .id();
    for (const QString &id : {machine, user, group, entitlement, environment, key}) {
        QVERIFY(!id.isEmpty());
    }

    const struct
    {
        const char *type;
        QString id;
        const char *attributes;
    } expectations[] = {
        {"machines",
         machine,
         "fingerprint cores memory disk ip hostname platform name maxProcesses requireHeartbeat heartbeatStatus "
         "heartbeatDuration lastHeartbeat nextHeartbeat lastCheckOut metadata created updated"},
        {"users", user, "fullName firstName lastName email status role permissions metadata created updated"},
        {"groups", group, "name maxUsers maxLicenses maxMachines metadata created updated"},
        {"entitlements", entitlement, "name code metadata created updated"},
        {"tokens",
         token.id(),
         "kind token expiry name maxActivations activations maxDeactivations deactivations permissions created "
         "updated"},
        {"environments", environment, "name code isolationStrategy created updated"},
        {"keys", key, "key created updated"},
    };

    for (const auto &expected : expectations) {
        QStringList names = QString::fromLatin1(expected.attributes).split(QLatin1Char(' '));
        names.sort();
        const QString type = QLatin1String(expected.type);
        const Reply one = send("GET", accountPath() + u'/' + type + u'/' + expected.id);
        QCOMPARE(one.status, 200);
        QStringList actual = one.attributes().keys();
        actual.sort();
        QVERIFY2(actual == names, qPrintable(type + QStringLiteral(": ") + actual.join(u' ')));
        const Reply list = send("GET", accountPath() + u'/' + type + QStringLiteral("?limit=100"));
        QCOMPARE(list.status, 200);
        bool listed = false;
        for (const QJsonValue &item : list.list()) {
            if (item.toObject().value(QLatin1String("id")).toString() == expected.id) {
                listed = true;
                actual = item.toObject().value(QLatin1String("attributes")).toObject().keys();
                actual.sort();
                QVERIFY2(actual == names, qPrintable(type + QStringLiteral(" (listed): ") + actual.join(u' ')));
            }
        }
        QVERIFY2(listed, expected.type);
    }
    // What the docs' objects do not have is not accepted either.
    for (const char *type : {"environments", "keys"}) {
        const Reply patched = send("PATCH",
                                   accountPath() + u'/' + QLatin1String(type) + u'/'
                                       + (type == QByteArrayView("keys") ? key : environment),
                                   QByteArray("{\"data\":{\"type\":\"") + type
                                       + "\",\"attributes\":{\"metadata\":{\"a\":1}}}}");
        QCOMPARE(patched.status, 400);
        QCOMPARE(patched.firstError().value(QLatin1String("source")).toObject().value(QLatin1String("pointer")),
                 QJsonValue(QStringLiteral("/data/attributes/metadata")));
    }
}

void TestSandboxServer::stateSurvivesRestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sandbox.sqlite"));
    StoredResource product;
    QString token;
    QString accountId;
    QByteArray keysBefore;
    {
        SandboxServer first;
        SandboxOptions options;
        options.dataFile = file;
        QString error;
        QVERIFY2(first.start(options, &error), qPrintable(error));
        token = first.adminToken();
        accountId = first.account().id;
        keysBefore = first.account().ed25519PrivatePem;
        product.id = newUuid();
        product.accountId = accountId;
        product.type = QStringLiteral("products");
        product.created = product.updated = timestamp();
        product.alias = QStringLiteral("kept");
        product.attributes = {{QStringLiteral("name"), QStringLiteral("Kept across restarts")}};
        QVERIFY(first.store().insertResource(product));
    }
    SandboxServer second;
    SandboxOptions options;
    options.dataFile = file;
    QString error;
    QVERIFY2(second.start(options, &error), qPrintable(error));
    QCOMPARE(second.account().id, accountId);
    QCOMPARE(second.adminToken(), token);
    QCOMPARE(second.account().ed25519PrivatePem, keysBefore);
    const auto kept = second.store().resource(accountId, QStringLiteral("products"), QStringLiteral("kept"));
    QVERIFY(kept.has_value());
    QCOMPARE(kept->id, product.id);
    QCOMPARE(kept->attributes, product.attributes);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
