// List pages are written straight from the stored JSON text (resourcetext.cpp); what they say must be what
// serialize() says of the same resources: for every resource type, for seeded rows and rows the API wrote, for odd
// stored text (keys out of order, whitespace, escapes, a missing attribute, metadata that is not an object, text
// that is not JSON), with the present hooks (license status, machine heartbeat), and over HTTP.

#include "app/sandbox/demodata.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/resourcespec.h"
#include "sandboxclient.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace keydesk;
using namespace keydesk::sandbox;
using keydesk::test::Reply;
using keydesk::test::SandboxClient;

namespace {

QByteArray identifiers(const QString &type, const QStringList &ids)
{
    QJsonArray data;
    for (const QString &id : ids) {
        data.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), id}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson();
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxListText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTypeAsSerializeSays();
    void oddStoredText_data();
    void oddStoredText();
    void textTheApiWroteIsByteIdentical();
    void pagesOverHttp();

private:
    QString path(const QString &rest) const { return m_client.accountPath() + rest; }

    QList<StoredResource> listed(const QString &type, bool storedText) const;
    // Both renderings of every resource of the type; false (with a message) at the first difference.
    bool sameRendering(const ResourceSpec &spec, QString *problem) const;
    void setStored(const QString &id, const char *column, const QVariant &value);

    SandboxServer m_server;
    SandboxClient m_client{m_server};
    QString m_product;
    QString m_policy;
    QString m_license; // written by the API
};

QList<StoredResource> TestSandboxListText::listed(const QString &type, bool storedText) const
{
    ListQuery query;
    query.accountId = m_server.account().id;
    query.type = type;
    query.limit = 1000000;
    query.storedText = storedText;
    return const_cast<SandboxServer &>(m_server).store().list(query);
}

bool TestSandboxListText::sameRendering(const ResourceSpec &spec, QString *problem) const
{
    const SandboxStore &store = const_cast<SandboxServer &>(m_server).store();
    const QList<StoredResource> parsed = listed(spec.type, false);
    const QList<StoredResource> stored = listed(spec.type, true);
    if (parsed.size() != stored.size() || parsed.isEmpty()) {
        *problem = QStringLiteral("%1: %2 parsed, %3 as text").arg(spec.type).arg(parsed.size()).arg(stored.size());
        return false;
    }
    const RelatedTotals totals = relatedTotals(store, spec, parsed);
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        QByteArray written;
        writeResource(written, store, spec, stored.at(i), totals);
        QJsonParseError error{};
        const QJsonObject fast = QJsonDocument::fromJson(written, &error).object();
        const QJsonObject slow = serialize(store, spec, parsed.at(i), &totals);
        if (error.error != QJsonParseError::NoError || fast != slow) {
            *problem = QStringLiteral("%1 %2:\n  text:      %3\n  serialize: %4")
                           .arg(spec.type,
                                parsed.at(i).id,
                                QString::fromUtf8(written),
                                QString::fromUtf8(QJsonDocument(slow).toJson(QJsonDocument::Compact)));
            return false;
        }
    }
    return true;
}

void TestSandboxListText::setStored(const QString &id, const char *column, const QVariant &value)
{
    QSqlQuery query(m_server.store().database());
    query.prepare(QStringLiteral("UPDATE resources SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
    query.addBindValue(value);
    query.addBindValue(id);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
}

void TestSandboxListText::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    // Seeded rows: every type the seed writes, licenses of every status, machines alive, dead and not started.
    QVERIFY2(seedDemoData(m_server.store(), m_server.account(), 300, &error), qPrintable(error));

    // Rows the API writes: a catalog of its own, a license with escapes and text beyond ASCII, a machine, pool keys,
    // join resources, a user with a password (a hidden attribute), and resources in an environment.
    m_product = m_client.create(QStringLiteral("products"), {{QStringLiteral("name"), QStringLiteral("Text")}}).id();
    QVERIFY(!m_product.isEmpty());
    m_policy = m_client
                   .createPolicy(m_product, {{QStringLiteral("floating"), true}, {QStringLiteral("maxMachines"), 3}})
                   .id();
    QVERIFY(!m_policy.isEmpty());
    const QString owner = m_client
                              .create(QStringLiteral("users"),
                                      {{QStringLiteral("email"), QStringLiteral("zoë@example.com")},
                                       {QStringLiteral("firstName"), QStringLiteral("Zoë \"Z\"")},
                                       {QStringLiteral("password"), QStringLiteral("secret-password")}})
                              .id();
    QVERIFY(!owner.isEmpty());
    const Reply license = m_client.createLicense(m_policy,
                                                 {{QStringLiteral("name"),
                                                   QStringLiteral(
                                                       "Tab\there, quote \" back\\slash, ünïcode ✓, \x01 control")},
                                                  {QStringLiteral("metadata"),
                                                   QJsonObject{{QStringLiteral("nested"),
                                                                QJsonObject{{QStringLiteral("list"),
                                                                             QJsonArray{1, 2.5, true}}}},
                                                               {QStringLiteral("b"), QStringLiteral("}{\"][")}}}},
                                                 {{QStringLiteral("owner"), {QStringLiteral("users"), owner}}});
    QCOMPARE(license.status, 201);
    m_license = license.id();
    QCOMPARE(m_client.activateMachine(m_license, QStringLiteral("fp-text-1"), {{QStringLiteral("cores"), 8}}).status,
             201);
    QCOMPARE(m_client.activateMachine(m_license, QStringLiteral("fp-text-2"), {{QStringLiteral("memory"), 1 << 30}})
                 .status,
             201);

    const QString pooled = m_client.createPolicy(m_product, {{QStringLiteral("usePool"), true}}).id();
    for (const char *key : {"POOL-0001", "POOL-0002"}) {
        QCOMPARE(m_client
                     .create(QStringLiteral("keys"),
                             {{QStringLiteral("key"), QLatin1String(key)}},
                             {{QStringLiteral("policy"), {QStringLiteral("policies"), pooled}}})
                     .status,
                 201);
    }
    const QString
        member = m_client.create(QStringLiteral("users"), {{QStringLiteral("email"), QStringLiteral("m@x.io")}}).id();
    const QString entitlement = m_client
                                    .create(QStringLiteral("entitlements"),
                                            {{QStringLiteral("name"), QStringLiteral("Text export")},
                                             {QStringLiteral("code"), QStringLiteral("TEXT_EXPORT")}})
                                    .id();
    QCOMPARE(m_client
                 .send("POST",
                       path(QStringLiteral("/licenses/") + m_license + QStringLiteral("/users")),
                       identifiers(QStringLiteral("users"), {member}))
                 .status,
             201);
    QCOMPARE(m_client
                 .send("POST",
                       path(QStringLiteral("/licenses/") + m_license + QStringLiteral("/entitlements")),
                       identifiers(QStringLiteral("entitlements"), {entitlement}))
                 .status,
             201);
    QCOMPARE(m_client
                 .send("POST",
                       path(QStringLiteral("/policies/") + m_policy + QStringLiteral("/entitlements")),
                       identifiers(QStringLiteral("entitlements"), {entitlement}))
                 .status,
             201);

    QCOMPARE(m_client
                 .create(QStringLiteral("environments"),
                         {{QStringLiteral("name"), QStringLiteral("Staging")},
                          {QStringLiteral("code"), QStringLiteral("staging")}})
                 .status,
             201);
    const QJsonObject staged{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("products")},
                     {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Staged")}}}}}};
    QCOMPARE(m_client.send("POST", path(QStringLiteral("/products")), text(staged), {{"Keygen-Environment", "staging"}})
                 .status,
             201);
}

void TestSandboxListText::everyTypeAsSerializeSays()
{
    QList<const ResourceSpec *> specs = allResourceSpecs();
    specs << &licenseUserSpec() << &licenseEntitlementSpec() << &policyEntitlementSpec();
    for (const ResourceSpec *spec : std::as_const(specs)) {
        QString problem;
        QVERIFY2(sameRendering(*spec, &problem), qPrintable(problem));
    }
    // The hooks ran: seeded licenses and machines have several computed states.
    QSet<QString> statuses;
    QSet<QString> heartbeats;
    for (const StoredResource &license : listed(QStringLiteral("licenses"), false)) {
        QJsonObject attributes;
        licenseSpec().present(license, attributes);
        statuses.insert(attributes.value(QLatin1String("status")).toString());
    }
    for (const StoredResource &machine : listed(QStringLiteral("machines"), false)) {
        QJsonObject attributes;
        machineSpec().present(machine, attributes);
        heartbeats.insert(attributes.value(QLatin1String("heartbeatStatus")).toString());
    }
    QVERIFY2(statuses.size() >= 3, qPrintable(QStringList(statuses.cbegin(), statuses.cend()).join(u',')));
    QVERIFY2(heartbeats.size() >= 2, qPrintable(QStringList(heartbeats.cbegin(), heartbeats.cend()).join(u',')));
}

void TestSandboxListText::oddStoredText_data()
{
    QTest::addColumn<QByteArray>("column");
    QTest::addColumn<QVariant>("value");

    QJsonObject attributes = m_server.store()
                                 .resource(m_server.account().id, QStringLiteral("licenses"), m_license)
                                 ->attributes;
    const QByteArray compact = text(attributes);
    QTest::newRow("indented, as text") << QByteArray("attributes")
                                       << QVariant(QString::fromUtf8(QJsonDocument(attributes).toJson()));
    QJsonObject missing = attributes;
    missing.remove(QStringLiteral("expiry"));
    missing.remove(QStringLiteral("maxMachines"));
    missing.remove(QStringLiteral("metadata"));
    QTest::newRow("attributes and metadata missing") << QByteArray("attributes") << QVariant(text(missing));
    QJsonObject notObject = attributes;
    notObject.insert(QStringLiteral("metadata"), QJsonArray{1, 2});
    QTest::newRow("metadata not an object") << QByteArray("attributes") << QVariant(text(notObject));
    QTest::newRow("numbers written otherwise") << QByteArray("attributes")
                                               << QVariant(QByteArray(compact)
                                                               .replace("\"maxMachines\":3", "\"maxMachines\":3.0")
                                                               .replace("\"uses\":0", "\"uses\":0e0"));
    QTest::newRow("escapes in values")
        << QByteArray("attributes")
        << QVariant(QByteArray(compact).replace("\"name\":\"", "\"name\":\"\\u00e9\\/\\\"\\\\ \\ud83d\\ude00 "));
    QTest::newRow("an escaped key") << QByteArray("attributes")
                                    << QVariant(QByteArray(compact).replace("\"uses\":", "\"us\\u0065s\":"));
    QTest::newRow("keys out of order, spaces")
        << QByteArray("attributes")
        << QVariant(QByteArray(" { \"uses\" : 7 , \"suspended\" : true , \"name\" : \"Moved\" , \"key\" : \"K-1\" } "));
    QTest::newRow("hidden and unknown attributes stored")
        << QByteArray("attributes")
        << QVariant(QByteArray(compact).replace("{", "{\"password\":\"x\",\"passwordDigest\":\"y\",\"zzz\":1,"));
    QTest::newRow("expiry in another form")
        << QByteArray("attributes")
        << QVariant(QByteArray("{\"expiry\":\"2001-02-03T04:05:06+00:00\",\"lastValidated\":\"2000-01-01\"}"));
    QTest::newRow("not JSON") << QByteArray("attributes") << QVariant(QByteArray("not json {"));
    QTest::newRow("a truncated object") << QByteArray("attributes") << QVariant(compact.left(compact.size() / 2));

    QTest::newRow("links in an environment")
        << QByteArray("links") << QVariant(QByteArray("{\"environment\":\"env-1\",\"policy\":\"p\",\"product\":null}"));
    QTest::newRow("links not strings") << QByteArray(
        "links") << QVariant(QByteArray("{\"owner\":5,\"policy\":[\"p\"],\"group\":{\"id\":\"g\"}}"));
    QTest::newRow("a link given twice") << QByteArray("links")
                                        << QVariant(QByteArray("{\"owner\":\"a\",\"owner\":\"b\"}"));
    QTest::newRow("links empty") << QByteArray("links") << QVariant(QByteArray("{}"));
    QTest::newRow("links not JSON") << QByteArray("links") << QVariant(QByteArray("[]"));
}

void TestSandboxListText::oddStoredText()
{
    QFETCH(QByteArray, column);
    QFETCH(QVariant, value);
    const StoredResource original = *m_server.store().resource(m_server.account().id,
                                                               QStringLiteral("licenses"),
                                                               m_license);
    const QByteArray originalAttributes = text(original.attributes);
    const QByteArray originalLinks = text(original.links);
    setStored(m_license, column.constData(), value);
    QString problem;
    const bool same = sameRendering(licenseSpec(), &problem);
    setStored(m_license, "attributes", originalAttributes);
    setStored(m_license, "links", originalLinks);
    QVERIFY2(same, qPrintable(problem));
}

void TestSandboxListText::textTheApiWroteIsByteIdentical()
{
    // Rows the API writes are stored as QJsonDocument writes them: the page says it byte for byte as json() would.
    const SandboxStore &store = m_server.store();
    for (const QString &id : {m_license, m_product, m_policy}) {
        const QString type = id == m_license ? QStringLiteral("licenses")
                           : id == m_product ? QStringLiteral("products")
                                             : QStringLiteral("policies");
        const ResourceSpec &spec = id == m_license ? licenseSpec() : id == m_product ? productSpec() : policySpec();
        ListQuery query;
        query.accountId = m_server.account().id;
        query.type = type;
        query.idFilter = id;
        const StoredResource parsed = store.list(query).value(0);
        query.storedText = true;
        const StoredResource stored = store.list(query).value(0);
        QCOMPARE(stored.id, id);
        const RelatedTotals totals = relatedTotals(store, spec, {parsed});
        QByteArray written;
        writeResource(written, store, spec, stored, totals);
        QCOMPARE(written, text(serialize(store, spec, parsed, &totals)));
    }
}

void TestSandboxListText::pagesOverHttp()
{
    // A cursor page of licenses and a related list (a license's machines), as a client reads them.
    const SandboxStore &store = m_server.store();
    const Reply page = m_client.send("GET", path(QStringLiteral("/licenses?page%5Bcursor%5D=&page%5Bsize%5D=100")));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.list().size(), 100);
    QVERIFY(page.json.value(QLatin1String("links")).toObject().value(QLatin1String("next")).isString());
    const Reply machines = m_client.send("GET",
                                         path(QStringLiteral("/licenses/") + m_license + QStringLiteral("/machines")));
    QCOMPARE(machines.status, 200);
    QCOMPARE(machines.list().size(), 2);
    for (const Reply *reply : {&page, &machines}) {
        QList<StoredResource> resources;
        const ResourceSpec &spec = reply == &page ? licenseSpec() : machineSpec();
        for (const QJsonValue &item : reply->list()) {
            resources.append(*store.resource(m_server.account().id,
                                             spec.type,
                                             item.toObject().value(QLatin1String("id")).toString()));
        }
        const RelatedTotals totals = relatedTotals(store, spec, resources);
        for (qsizetype i = 0; i < resources.size(); ++i) {
            QCOMPARE(reply->list().at(i).toObject(), serialize(store, spec, resources.at(i), &totals));
        }
    }
    // A license's machines are counted and summed in the page as they are one by one.
    const QJsonObject mine = m_client.send("GET", path(QStringLiteral("/licenses/") + m_license)).data();
    const QJsonObject meta = mine.value(QLatin1String("relationships"))
                                 .toObject()
                                 .value(QLatin1String("machines"))
                                 .toObject()
                                 .value(QLatin1String("meta"))
                                 .toObject();
    QCOMPARE(meta.value(QLatin1String("count")).toInteger(), 2);
    QCOMPARE(meta.value(QLatin1String("cores")).toInteger(), 8);
    QCOMPARE(meta.value(QLatin1String("memory")).toInteger(), 1 << 30);
    // An empty page and offset pages are documents too.
    const Reply none = m_client.send("GET", path(QStringLiteral("/licenses?status=BANNED&owner=nobody%40example.com")));
    QCOMPARE(none.status, 200);
    QCOMPARE(none.list().size(), 0);
    QCOMPARE(none.body, QByteArray("{\"data\":[],\"links\":{}}"));
    const Reply numbered = m_client.send("GET", path(QStringLiteral("/licenses?page%5Bnumber%5D=2&page%5Bsize%5D=5")));
    QCOMPARE(numbered.list().size(), 5);
    QCOMPARE(numbered.json.value(QLatin1String("links"))
                 .toObject()
                 .value(QLatin1String("meta"))
                 .toObject()
                 .value(QLatin1String("count")),
             QJsonValue(qint64(listed(QStringLiteral("licenses"), false).size())));
}

QTEST_GUILESS_MAIN(TestSandboxListText)
#include "tst_sandboxlisttext.moc"
