// JSON:API documents as Keygen sends them: read whole, nothing dropped, written back for create and update.

#include "app/api/jsonapi.h"
#include "app/api/jsontext.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace keydesk::api;

namespace {

// JSON written with single quotes, so that the tests need neither escapes nor raw string literals.
QByteArray json(const char *singleQuoted)
{
    QByteArray text(singleQuoted);
    text.replace('\'', '"');
    return text;
}

QJsonObject object(const char *singleQuoted)
{
    return QJsonDocument::fromJson(json(singleQuoted)).object();
}

QByteArray realKeygenLicense()
{
    QFile file(QStringLiteral(KEYDESK_VECTORS_DIR "/keygen/keygen-go-response-signature-get-me/body.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing vector %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

} // namespace

class TestJsonApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsARealKeygenLicense();
    void roundTripKeepsUnknownMembers();
    void requestBodyForCreate();
    void requestBodyForUpdate();
    void listWithIncludedAndLinks();
    void nullAndAbsentData();
    void errorDocument();
    void malformedInput_data();
    void malformedInput();
    void typedAttributeReads();
    void relationshipEdits();
    void listPageReadsResourcesAsText();
    void listPageRefusesWhatDocumentRefuses_data();
    void listPageRefusesWhatDocumentRefuses();
    void resourceTextOfAResourceBuiltInCode();
};

void TestJsonApi::readsARealKeygenLicense()
{
    QString error;
    const auto document = Document::parse(realKeygenLicense(), &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->dataKind(), Document::DataKind::Single);
    const Resource license = document->resource();
    QCOMPARE(license.type(), QStringLiteral("licenses"));
    QCOMPARE(license.id(), QStringLiteral("218810ed-2ac8-4c26-a725-a6da67500561"));
    QCOMPARE(license.stringAttribute(QStringLiteral("key")), QStringLiteral("C1B6DE-39A6E3-DE1529-8559A0-4AF593-V3"));
    QCOMPARE(license.stringAttribute(QStringLiteral("status")), QStringLiteral("ACTIVE"));
    QCOMPARE(license.integerAttribute(QStringLiteral("maxMachines")), std::optional<qint64>(1));
    QCOMPARE(license.integerAttribute(QStringLiteral("maxProcesses")), std::nullopt); // null
    QCOMPARE(license.boolAttribute(QStringLiteral("protected")), true);
    QCOMPARE(license.dateTimeAttribute(QStringLiteral("created")),
             QDateTime(QDate(2020, 9, 14), QTime(21, 18, 8, 990), Qt::UTC));
    QVERIFY(!license.dateTimeAttribute(QStringLiteral("expiry")).isValid()); // null
    QCOMPARE(license.metadata().value(QLatin1String("email")).toString(), QStringLiteral("user@example.com"));
    // "concurrent" is an attribute of older API versions: still there.
    QVERIFY(license.hasAttribute(QStringLiteral("concurrent")));

    QCOMPARE(license.relatedId(QStringLiteral("policy")), QStringLiteral("629307fb-331d-430b-978a-44d45d9de133"));
    QCOMPARE(license.related(QStringLiteral("product")),
             std::optional(ResourceIdentifier{QStringLiteral("products"),
                                              QStringLiteral("ef6e0993-70d6-42c4-a0e8-846cb2e3fa54")}));
    QCOMPARE(license.related(QStringLiteral("group")), std::nullopt); // "data": null
    QVERIFY(license.relatedId(QStringLiteral("user")).isEmpty());
    QVERIFY(license.hasRelationship(QStringLiteral("machines")));
    QVERIFY(license.relatedList(QStringLiteral("machines")).isEmpty()); // links only
    QCOMPARE(license.relationshipMeta(QStringLiteral("machines")).value(QLatin1String("count")).toInt(), 1);
    QCOMPARE(license.relatedLink(QStringLiteral("machines")),
             QStringLiteral("/v1/accounts/1fddcec8-8dd3-4d8d-9b16-215cac0f9b52/licenses/"
                            "218810ed-2ac8-4c26-a725-a6da67500561/machines"));
    QCOMPARE(license.selfLink(),
             QStringLiteral("/v1/accounts/1fddcec8-8dd3-4d8d-9b16-215cac0f9b52/licenses/"
                            "218810ed-2ac8-4c26-a725-a6da67500561"));

    // Written back, the document is the one Keygen sent.
    QCOMPARE(document->toJson(), QJsonDocument::fromJson(realKeygenLicense()).object());
}

void TestJsonApi::roundTripKeepsUnknownMembers()
{
    const QByteArray body = json(
        "{'jsonapi': {'version': '1.0'},"
        " 'data': {'type': 'machines', 'id': 'm1', 'lid': 'local-1',"
        "          'attributes': {'fingerprint': 'fp', 'futureAttribute': {'nested': [1, 2, {'deep': true}]},"
        "                         'metadata': {'customerRef': 'A-17', 'tags': ['x']}},"
        "          'relationships': {'license': {'data': {'type': 'licenses', 'id': 'l1'},"
        "                                        'links': {'related': '/v1/accounts/a/machines/m1/license'}},"
        "                            'futureRelation': {'meta': {'count': 4}}},"
        "          'links': {'self': '/v1/accounts/a/machines/m1'},"
        "          'meta': {'futureMeta': 1}},"
        " 'meta': {'futureTopLevel': 'kept'}}");
    QString error;
    const auto document = Document::parse(body, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->toJson(), QJsonDocument::fromJson(body).object());
    // Parsing what was written gives the same document again.
    const auto again = Document::parse(document->toBytes());
    QVERIFY(again);
    QCOMPARE(again->resource(), document->resource());

    const Resource machine = document->resource();
    QCOMPARE(machine.attribute(QStringLiteral("futureAttribute")).toObject(),
             object("{'nested': [1, 2, {'deep': true}]}"));
    QCOMPARE(machine.toJson().value(QLatin1String("lid")).toString(), QStringLiteral("local-1"));
    QCOMPARE(machine.meta().value(QLatin1String("futureMeta")).toInt(), 1);
    QCOMPARE(document->meta().value(QLatin1String("futureTopLevel")).toString(), QStringLiteral("kept"));

    // The update body sends every attribute, also the unknown one, and only linkage of the relationships.
    const QJsonObject data = machine.toRequestDocument().value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("attributes")).toObject(), machine.attributes());
    QCOMPARE(data.value(QLatin1String("relationships")).toObject(),
             object("{'license': {'data': {'type': 'licenses', 'id': 'l1'}}}"));
    QVERIFY(!data.contains(QLatin1String("links")));
    QVERIFY(!data.contains(QLatin1String("meta")));
}

void TestJsonApi::requestBodyForCreate()
{
    Resource machine(QStringLiteral("machines"));
    machine.setAttribute(QStringLiteral("fingerprint"), QStringLiteral("4f:2a:99"));
    machine.setAttribute(QStringLiteral("name"), QStringLiteral("Build server"));
    machine.setAttribute(QStringLiteral("metadata"), object("{'rack': 7}"));
    machine.setRelated(QStringLiteral("license"), {QStringLiteral("licenses"), QStringLiteral("l-1")});
    QCOMPARE(QJsonDocument::fromJson(machine.toRequestBody()).object(),
             object("{'data': {'type': 'machines',"
                    "          'attributes': {'fingerprint': '4f:2a:99', 'name': 'Build server',"
                    "                         'metadata': {'rack': 7}},"
                    "          'relationships': {'license': {'data': {'type': 'licenses', 'id': 'l-1'}}}}}"));
}

void TestJsonApi::requestBodyForUpdate()
{
    const auto document = Document::parse(realKeygenLicense());
    QVERIFY(document);
    Resource change = document->resource().withOnlyAttributes(
        {QStringLiteral("name"), QStringLiteral("metadata"), QStringLiteral("noSuchAttribute")});
    QJsonObject metadata = change.metadata();
    metadata.insert(QStringLiteral("seats"), 5);
    change.setAttribute(QStringLiteral("metadata"), metadata);
    QCOMPARE(change.toRequestDocument(),
             object("{'data': {'type': 'licenses', 'id': '218810ed-2ac8-4c26-a725-a6da67500561',"
                    "          'attributes': {'name': 'Demo License',"
                    "                         'metadata': {'email': 'user@example.com', 'seats': 5}}}}"));
}

void TestJsonApi::listWithIncludedAndLinks()
{
    // Links as Keygen's pagination writes them (wire formats §4.1).
    const QByteArray body = json(
        "{'data': [{'type': 'licenses', 'id': 'l1', 'attributes': {'name': 'One'},"
        "           'relationships': {'policy': {'data': {'type': 'policies', 'id': 'p1'}}}},"
        "          {'type': 'licenses', 'id': 'l2', 'attributes': {'name': 'Two'},"
        "           'relationships': {'policy': {'data': {'type': 'policies', 'id': 'p2'}}}}],"
        " 'included': [{'type': 'policies', 'id': 'p1', 'attributes': {'name': 'Basic'}},"
        "              {'type': 'policies', 'id': 'p2', 'attributes': {'name': 'Pro'}}],"
        " 'links': {'self': '/v1/accounts/test1/licenses?page[number]=1&page[size]=10', 'prev': null,"
        "           'next': '/v1/accounts/test1/licenses?page[number]=2&page[size]=10',"
        "           'first': '/v1/accounts/test1/licenses?page[number]=1&page[size]=10',"
        "           'last': '/v1/accounts/test1/licenses?page[number]=2&page[size]=10',"
        "           'meta': {'pages': 2, 'count': 15}}}");
    QString error;
    const auto document = Document::parse(body, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->dataKind(), Document::DataKind::List);
    QVERIFY(document->resource().isNull()); // a list has no single resource
    const QList<Resource> licenses = document->resources();
    QCOMPARE(licenses.size(), 2);
    QCOMPARE(licenses.at(1).stringAttribute(QStringLiteral("name")), QStringLiteral("Two"));
    QCOMPARE(document->included().size(), 2);
    const auto policy = document->findIncluded(licenses.at(1).related(QStringLiteral("policy")).value());
    QVERIFY(policy);
    QCOMPARE(policy->stringAttribute(QStringLiteral("name")), QStringLiteral("Pro"));
    QVERIFY(!document->findIncluded({QStringLiteral("policies"), QStringLiteral("p3")}));
    QCOMPARE(document->nextLink(), QStringLiteral("/v1/accounts/test1/licenses?page[number]=2&page[size]=10"));
    QCOMPARE(document->selfLink(), QStringLiteral("/v1/accounts/test1/licenses?page[number]=1&page[size]=10"));
    QVERIFY(document->prevLink().isEmpty()); // null on the first page
    QCOMPARE(document->links().value(QLatin1String("meta")).toObject().value(QLatin1String("count")).toInt(), 15);
    QCOMPARE(document->toJson(), QJsonDocument::fromJson(body).object());

    // The last cursor page: "next" is null.
    const auto last = Document::parse(json("{'data': [], 'links': {'self': '/x?page[cursor]=', 'next': null}}"));
    QVERIFY(last);
    QCOMPARE(last->dataKind(), Document::DataKind::List);
    QVERIFY(last->resources().isEmpty());
    QVERIFY(last->nextLink().isEmpty());
}

void TestJsonApi::nullAndAbsentData()
{
    const auto nothing = Document::parse(json("{'data': null}"));
    QVERIFY(nothing);
    QCOMPARE(nothing->dataKind(), Document::DataKind::Null);
    QVERIFY(nothing->resource().isNull());
    QVERIFY(nothing->resources().isEmpty());
    QCOMPARE(nothing->toJson(), object("{'data': null}"));

    const auto metaOnly = Document::parse(json("{'meta': {'valid': false, 'code': 'NOT_FOUND'}}"));
    QVERIFY(metaOnly);
    QCOMPARE(metaOnly->dataKind(), Document::DataKind::Absent);
    QCOMPARE(metaOnly->meta().value(QLatin1String("code")).toString(), QStringLiteral("NOT_FOUND"));
    QVERIFY(!metaOnly->toJson().contains(QLatin1String("data")));
}

void TestJsonApi::errorDocument()
{
    const QByteArray body = json(
        "{'meta': {'id': 'req-123'},"
        " 'errors': [{'title': 'Unprocessable resource', 'detail': 'has already been taken',"
        "             'code': 'FINGERPRINT_TAKEN', 'source': {'pointer': '/data/attributes/fingerprint'},"
        "             'links': {'about': 'https://keygen.sh/docs/api/machines/#machines-object-attrs-fingerprint'}},"
        "            {'title': 'Bad request', 'detail': 'page size must be a number between 1 and 100',"
        "             'source': {'parameter': 'page[size]'}},"
        "            {'title': 'Bad request', 'detail': 'invalid accept-signature header (malformed)',"
        "             'source': {'header': 'Keygen-Accept-Signature'}, 'status': 400}]}");
    QString error;
    const auto document = Document::parse(body, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->hasErrors());
    QCOMPARE(document->dataKind(), Document::DataKind::Absent);
    QCOMPARE(document->requestId(), QStringLiteral("req-123"));
    const QList<ErrorObject> errors = document->errors();
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0).code, QStringLiteral("FINGERPRINT_TAKEN"));
    QCOMPARE(errors.at(0).title, QStringLiteral("Unprocessable resource"));
    QCOMPARE(errors.at(0).detail, QStringLiteral("has already been taken"));
    QCOMPARE(errors.at(0).sourcePointer, QStringLiteral("/data/attributes/fingerprint"));
    QCOMPARE(errors.at(0).aboutLink,
             QStringLiteral("https://keygen.sh/docs/api/machines/#machines-object-attrs-fingerprint"));
    QVERIFY(errors.at(1).code.isEmpty());
    QCOMPARE(errors.at(1).sourceParameter, QStringLiteral("page[size]"));
    QCOMPARE(errors.at(2).sourceHeader, QStringLiteral("Keygen-Accept-Signature"));
    QCOMPARE(errors.at(2).status, QStringLiteral("400"));
    QCOMPARE(document->toJson(), QJsonDocument::fromJson(body).object());
}

void TestJsonApi::malformedInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace") << QByteArray(" \r\n") << QStringLiteral("empty");
    QTest::newRow("html from a proxy") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                       << QStringLiteral("JSON");
    QTest::newRow("truncated") << json("{'data': {'type': 'licenses', 'id': 'l1', 'attri") << QStringLiteral("JSON");
    QTest::newRow("array") << json("[{'type': 'licenses'}]") << QStringLiteral("object");
    QTest::newRow("no data, errors or meta") << json("{'links': {}}") << QStringLiteral("JSON:API");
    QTest::newRow("data is a number") << json("{'data': 5}") << QStringLiteral("data");
    QTest::newRow("resource without type") << json("{'data': {'id': 'x'}}") << QStringLiteral("type");
    QTest::newRow("resource with numeric id")
        << json("{'data': {'type': 'licenses', 'id': 7}}") << QStringLiteral("id");
    QTest::newRow("attributes not an object")
        << json("{'data': {'type': 'licenses', 'attributes': []}}") << QStringLiteral("attributes");
    QTest::newRow("list holds a string") << json("{'data': ['licenses']}") << QStringLiteral("not a resource");
    QTest::newRow("list holds a bad resource")
        << json("{'data': [{'type': 'a', 'id': 'b'}, {'id': 'c'}]}") << QStringLiteral("type");
    QTest::newRow("included not a list") << json("{'data': null, 'included': {}}") << QStringLiteral("included");
    QTest::newRow("included holds a number")
        << json("{'data': null, 'included': [1]}") << QStringLiteral("not a resource");
    QTest::newRow("errors not a list") << json("{'errors': {'title': 'x'}}") << QStringLiteral("errors");
    QTest::newRow("error not an object") << json("{'errors': ['x']}") << QStringLiteral("error");
    QTest::newRow("links not an object") << json("{'data': null, 'links': []}") << QStringLiteral("links");
    QTest::newRow("meta not an object") << json("{'meta': 'x'}") << QStringLiteral("meta");
}

void TestJsonApi::malformedInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!Document::parse(body, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(error.endsWith(QLatin1Char('.'))); // a sentence a user can be shown
}

void TestJsonApi::typedAttributeReads()
{
    const auto resource = Resource::fromJson(
        object("{'type': 'machines', 'id': 'm1', 'attributes': {"
               "  'cores': 8, 'memory': 17179869184, 'ratio': 1.5, 'huge': 1e300, 'name': 'Host', 'count': '12',"
               "  'requireHeartbeat': true, 'lastHeartbeat': '2024-04-10T14:57:45Z', 'created': 'yesterday'}}"));
    QVERIFY(resource);
    QCOMPARE(resource->integerAttribute(QStringLiteral("cores")), std::optional<qint64>(8));
    QCOMPARE(resource->integerAttribute(QStringLiteral("memory")), std::optional<qint64>(17179869184LL));
    QCOMPARE(resource->integerAttribute(QStringLiteral("ratio")), std::nullopt);
    QCOMPARE(resource->integerAttribute(QStringLiteral("huge")), std::nullopt);
    QCOMPARE(resource->integerAttribute(QStringLiteral("count")), std::nullopt); // a string is not a number
    QCOMPARE(resource->integerAttribute(QStringLiteral("missing")), std::nullopt);
    QCOMPARE(resource->stringAttribute(QStringLiteral("name")), QStringLiteral("Host"));
    QCOMPARE(resource->stringAttribute(QStringLiteral("cores"), QStringLiteral("n/a")), QStringLiteral("n/a"));
    QCOMPARE(resource->boolAttribute(QStringLiteral("requireHeartbeat")), true);
    QCOMPARE(resource->boolAttribute(QStringLiteral("name"), true), true);
    QCOMPARE(resource->dateTimeAttribute(QStringLiteral("lastHeartbeat")),
             QDateTime(QDate(2024, 4, 10), QTime(14, 57, 45), Qt::UTC));
    QVERIFY(!resource->dateTimeAttribute(QStringLiteral("created")).isValid());
}

void TestJsonApi::relationshipEdits()
{
    auto license = Resource::fromJson(
        object("{'type': 'licenses', 'id': 'l1',"
               " 'relationships': {'group': {'links': {'related': '/g'}, 'data': {'type': 'groups', 'id': 'g1'}}}}"));
    QVERIFY(license);
    QCOMPARE(license->relatedId(QStringLiteral("group")), QStringLiteral("g1"));
    license->setRelated(QStringLiteral("group"), {});
    QVERIFY(license->relatedId(QStringLiteral("group")).isEmpty());
    QCOMPARE(license->relatedLink(QStringLiteral("group")), QStringLiteral("/g")); // links stay
    QCOMPARE(license->toRequestDocument()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("relationships"))
                 .toObject(),
             object("{'group': {'data': null}}")); // detaching sends null, not nothing

    const QList<ResourceIdentifier> entitlements{{QStringLiteral("entitlements"), QStringLiteral("e1")},
                                                 {QStringLiteral("entitlements"), QStringLiteral("e2")}};
    license->setRelatedList(QStringLiteral("entitlements"), entitlements);
    QCOMPARE(license->relatedList(QStringLiteral("entitlements")), entitlements);
    QVERIFY(!license->related(QStringLiteral("entitlements"))); // a list is not a to-one linkage
    license->removeRelationship(QStringLiteral("entitlements"));
    QVERIFY(!license->hasRelationship(QStringLiteral("entitlements")));
}

// A page read as text (what a sync does) gives the resources Document::parse gives: the same texts, and read into
// Qt's objects, equal resources; links.next as Keygen escapes it (Rails writes "&" as \u0026).
void TestJsonApi::listPageReadsResourcesAsText()
{
    const QByteArray body = json(
        "{'data': [{'type': 'licenses', 'id': 'l1', 'attributes': {'name': 'One', 'metadata': {'a': [1, 2.5]}},"
        "           'relationships': {'policy': {'data': {'type': 'policies', 'id': 'p1'}}}},"
        "          {'type': 'licenses', 'id': 'l2', 'attributes': {'name': 'Tw\\u00f6'},"
        "           'links': {'self': '/v1/accounts/a/licenses/l2'}, 'meta': {}}],"
        " 'links': {'self': '/v1/accounts/a/licenses?page%5Bcursor%5D=\\u0026page%5Bsize%5D=2',"
        "           'next': '/v1/accounts/a/licenses?page%5Bcursor%5D=l2\\u0026page%5Bsize%5D=2'}}");
    QString error;
    const auto document = Document::parse(body, &error);
    QVERIFY2(document, qPrintable(error));
    const auto page = ListPage::parse(body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->resources().size(), 2);
    QCOMPARE(page->nextLink(), document->nextLink());
    QCOMPARE(page->nextLink(), QStringLiteral("/v1/accounts/a/licenses?page%5Bcursor%5D=l2&page%5Bsize%5D=2"));
    for (qsizetype i = 0; i < 2; ++i) {
        const ResourceText &text = page->resources().at(i);
        const Resource &expected = document->resources().at(i);
        QCOMPARE(text.type(), QStringLiteral("licenses"));
        QCOMPARE(text.id(), expected.id());
        QCOMPARE(text.text(), expected.sourceText());
        const auto read = text.toResource(&error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, expected);
        QCOMPARE(read->sourceText(), text.text()); // kept from the answer, not written again
        // The page's parse comes along (the cache encodes from it): its node is this resource's object.
        QVERIFY(text.parsed());
        QCOMPARE(text.parsed()->text(text.parsedNode()), text.text());
        QVERIFY(text.parsed() == page->resources().at(0).parsed()); // one per page
    }
    QCOMPARE(page->resources().at(1).toResource()->stringAttribute(QStringLiteral("name")), QStringLiteral("Tw\u00f6"));

    // The last page: next is null, or there are no links at all.
    for (const char *last : {"{'data': [], 'links': {'next': null}}", "{'data': [{'type': 'users', 'id': 'u'}]}"}) {
        const auto end = ListPage::parse(json(last), &error);
        QVERIFY2(end, qPrintable(error));
        QVERIFY(end->nextLink().isEmpty());
    }
}

void TestJsonApi::listPageRefusesWhatDocumentRefuses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray(" \r\n") << QStringLiteral("empty");
    QTest::newRow("html from a proxy") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                       << QStringLiteral("JSON");
    QTest::newRow("truncated") << json("{'data': [{'type': 'licenses', 'id': 'l1', 'attri") << QStringLiteral("JSON");
    QTest::newRow("array") << json("[{'type': 'licenses'}]") << QStringLiteral("object");
    QTest::newRow("no data, errors or meta") << json("{'links': {}}") << QStringLiteral("JSON:API");
    QTest::newRow("a single resource") << json("{'data': {'type': 'licenses', 'id': 'l1'}}") << QStringLiteral("list");
    QTest::newRow("data is null") << json("{'data': null}") << QStringLiteral("list");
    QTest::newRow("list holds a string") << json("{'data': ['licenses']}") << QStringLiteral("not a resource");
    QTest::newRow("resource without type") << json("{'data': [{'id': 'x'}]}") << QStringLiteral("type");
    QTest::newRow("resource with an empty type")
        << json("{'data': [{'type': '', 'id': 'x'}]}") << QStringLiteral("type");
    QTest::newRow("resource with numeric id")
        << json("{'data': [{'type': 'licenses', 'id': 7}]}") << QStringLiteral("id");
    QTest::newRow("attributes not an object")
        << json("{'data': [{'type': 'licenses', 'id': 'l', 'attributes': []}]}") << QStringLiteral("attributes");
    QTest::newRow("relationships not an object")
        << json("{'data': [{'type': 'licenses', 'id': 'l', 'relationships': 1}]}") << QStringLiteral("relationships");
    QTest::newRow("a bad resource after a good one")
        << json("{'data': [{'type': 'a', 'id': 'b'}, {'id': 'c'}]}") << QStringLiteral("type");
    QTest::newRow("links not an object") << json("{'data': [], 'links': []}") << QStringLiteral("links");
    QTest::newRow("meta not an object") << json("{'data': [], 'meta': 'x'}") << QStringLiteral("meta");
    QTest::newRow("a raw control character")
        << QByteArray("{\"data\": [{\"type\": \"a\x01\", \"id\": \"b\"}]}") << QStringLiteral("JSON");
}

void TestJsonApi::listPageRefusesWhatDocumentRefuses()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!ListPage::parse(body, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(error.endsWith(QLatin1Char('.')));
}

// A resource built in code has no text from the server: its JSON is written, and reads back equal. One read from
// an answer keeps the answer's text.
void TestJsonApi::resourceTextOfAResourceBuiltInCode()
{
    Resource resource(QStringLiteral("licenses"), QStringLiteral("l1"));
    resource.setAttribute(QStringLiteral("name"), QStringLiteral("Built"));
    resource.setRelated(QStringLiteral("policy"), {QStringLiteral("policies"), QStringLiteral("p1")});
    const ResourceText text = ResourceText::of(resource);
    QCOMPARE(text.type(), QStringLiteral("licenses"));
    QCOMPARE(text.id(), QStringLiteral("l1"));
    QCOMPARE(QJsonDocument::fromJson(text.text().toByteArray()).object(), resource.toJson());
    QCOMPARE(text.toResource().value(), resource);
    QVERIFY(!text.parsed()); // read again where needed

    const QByteArray single = json("{'type': 'users', 'id': 'u', 'attributes': {'x': 1.0}}");
    const auto document = Document::parse(QByteArray("{\"data\": " + single + "}"));
    QVERIFY(document);
    QCOMPARE(ResourceText::of(document->resource()).text(), QByteArrayView(single));
}

QTEST_GUILESS_MAIN(TestJsonApi)
#include "tst_jsonapi.moc"
