// JsonTreeModel: structure under QAbstractItemModelTester, JSON:API resource labels, formatting and roles.

#include "models/jsontreemodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using keydesk::JsonTreeModel;

namespace {

const QString Vectors = QStringLiteral(KEYDESK_VECTORS_DIR);
const QString ValidVector = QStringLiteral(KEYDESK_VECTORS_DIR "/keygen/keygen-api-ee-valid-license-file");

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return QJsonDocument::fromJson(file.readAll());
}

QJsonValue parseValue(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
}

QString display(const QModelIndex &index)
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace

class TestJsonTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel();
    void documentTopLevel();
    void includedResourcesAreLabelled();
    void resourceLabelFallsBack_data();
    void resourceLabelFallsBack();
    void plainArrayElementsShowIndex();
    void nestedNavigation();
    void scalarFormatting_data();
    void scalarFormatting();
    void containerSummaries();
    void rawValueAndPathRoles();
    void scalarRoot();
    void setJsonResetsModel();
    void headersAndFlags();
    void everyVectorPassesTester_data();
    void everyVectorPassesTester();
};

void TestJsonTreeModel::emptyModel()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 3);
    QVERIFY(!model.index(0, 0).isValid());
    QVERIFY(model.json().isUndefined());
}

void TestJsonTreeModel::documentTopLevel()
{
    const QJsonObject document = readJson(ValidVector + QStringLiteral("/decoded.json")).object();
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(document);

    QCOMPARE(model.rowCount(), document.size());
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        keys.append(display(model.index(row, JsonTreeModel::KeyColumn)));
    }
    QCOMPARE(keys, document.keys());
    const int dataRow = static_cast<int>(keys.indexOf(QStringLiteral("data")));
    QCOMPARE(display(model.index(dataRow, JsonTreeModel::TypeColumn)), QStringLiteral("object"));
    QCOMPARE(model.rowCount(model.index(dataRow, 0)), document.value(QStringLiteral("data")).toObject().size());
}

void TestJsonTreeModel::includedResourcesAreLabelled()
{
    const QJsonArray included = readJson(ValidVector + QStringLiteral("/decoded.json"))
                                    .object()
                                    .value(QStringLiteral("included"))
                                    .toArray();
    QVERIFY(!included.isEmpty());
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(included);

    QCOMPARE(model.rowCount(), included.size());
    for (int row = 0; row < included.size(); ++row) {
        const QJsonObject resource = included.at(row).toObject();
        const QString
            expected = resource.value(QStringLiteral("type")).toString() + QStringLiteral(" · ")
                     + resource.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(display(model.index(row, JsonTreeModel::KeyColumn)), expected);
        QCOMPARE(display(model.index(row, JsonTreeModel::ValueColumn)),
                 resource.value(QStringLiteral("id")).toString());
        QCOMPARE(display(model.index(row, JsonTreeModel::TypeColumn)), QStringLiteral("object"));
        QCOMPARE(model.value(model.index(row, 0)), QJsonValue(resource));
    }
}

void TestJsonTreeModel::resourceLabelFallsBack_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("label");

    QTest::newRow("name") << QByteArray(R"({"type":"policies","id":"p1","attributes":{"name":"Pro Annual"}})")
                          << QStringLiteral("policies · Pro Annual");
    QTest::newRow("null name") << QByteArray(R"({"type":"machines","id":"m1","attributes":{"name":null}})")
                               << QStringLiteral("machines · m1");
    QTest::newRow("no attributes") << QByteArray(R"({"type":"products","id":"p2"})") << QStringLiteral("products · p2");
    QTest::newRow("user email") << QByteArray(
        R"({"type":"users","id":"u1","attributes":{"email":"ann@example.com","fullName":null}})")
                                << QStringLiteral("users · ann@example.com");
    QTest::newRow("machine fingerprint") << QByteArray(
        R"({"type":"machines","id":"m2","attributes":{"name":"","fingerprint":"ab:cd"}})")
                                         << QStringLiteral("machines · ab:cd");
    QTest::newRow("not a resource: no id") << QByteArray(R"({"type":"policies"})") << QStringLiteral("[0]");
    QTest::newRow("not a resource: numeric id") << QByteArray(R"({"type":"x","id":5})") << QStringLiteral("[0]");
}

void TestJsonTreeModel::resourceLabelFallsBack()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, label);
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(QJsonArray{QJsonDocument::fromJson(json).object()});
    QCOMPARE(display(model.index(0, JsonTreeModel::KeyColumn)), label);
}

void TestJsonTreeModel::plainArrayElementsShowIndex()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(parseValue(R"([10, "ten", [1], {"a": 1}])"));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(display(model.index(0, 0)), QStringLiteral("[0]"));
    QCOMPARE(display(model.index(3, 0)), QStringLiteral("[3]"));
    QCOMPARE(display(model.index(1, JsonTreeModel::ValueColumn)), QStringLiteral("ten"));
    QCOMPARE(model.rowCount(model.index(2, 0)), 1);
    QCOMPARE(model.rowCount(model.index(3, 0)), 1);
}

void TestJsonTreeModel::nestedNavigation()
{
    const QJsonArray included = readJson(ValidVector + QStringLiteral("/decoded.json"))
                                    .object()
                                    .value(QStringLiteral("included"))
                                    .toArray();
    const QJsonObject first = included.at(0).toObject();
    JsonTreeModel model;
    model.setJson(included);

    const QModelIndex resource = model.index(0, 0);
    QCOMPARE(model.rowCount(resource), first.size());
    QStringList children;
    for (int row = 0; row < model.rowCount(resource); ++row) {
        const QModelIndex child = model.index(row, 0, resource);
        QCOMPARE(model.parent(child), resource);
        children.append(display(child));
    }
    QCOMPARE(children, first.keys());

    const QModelIndex attributes = model.index(static_cast<int>(children.indexOf(QStringLiteral("attributes"))),
                                               0,
                                               resource);
    const QJsonObject expected = first.value(QStringLiteral("attributes")).toObject();
    QCOMPARE(model.rowCount(attributes), expected.size());
    const int nameRow = static_cast<int>(expected.keys().indexOf(QStringLiteral("name")));
    QCOMPARE(display(model.index(nameRow, JsonTreeModel::ValueColumn, attributes)),
             expected.value(QStringLiteral("name")).toString());
    // Only column 0 has children.
    QCOMPARE(model.rowCount(model.index(0, JsonTreeModel::ValueColumn)), 0);
    QVERIFY(!model.index(0, 0, model.index(0, JsonTreeModel::ValueColumn)).isValid());
}

void TestJsonTreeModel::scalarFormatting_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("exact");

    QTest::newRow("integer") << QByteArray("2") << QStringLiteral("2") << QStringLiteral("number")
                             << QStringLiteral("2");
    QTest::newRow("fraction") << QByteArray("0.1") << QStringLiteral("0.1") << QStringLiteral("number")
                              << QStringLiteral("0.1");
    QTest::newRow("large") << QByteArray("9007199254740993") << QStringLiteral("9007199254740993")
                           << QStringLiteral("number") << QStringLiteral("9007199254740993");
    QTest::newRow("negative") << QByteArray("-1.5e-7") << QStringLiteral("-1.5e-07") << QStringLiteral("number")
                              << QStringLiteral("-1.5e-07");
    QTest::newRow("true") << QByteArray("true") << QStringLiteral("true") << QStringLiteral("boolean")
                          << QStringLiteral("true");
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("null") << QStringLiteral("null")
                          << QStringLiteral("null");
    QTest::newRow("string") << QByteArray("\"TEST-116A58\"") << QStringLiteral("TEST-116A58")
                            << QStringLiteral("string") << QStringLiteral("TEST-116A58");
    QTest::newRow("multi-line string") << QByteArray("\"a\\nb\"") << QStringLiteral("a\u21b5b")
                                       << QStringLiteral("string") << QStringLiteral("a\nb");
}

void TestJsonTreeModel::scalarFormatting()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, shown);
    QFETCH(QString, type);
    QFETCH(QString, exact);

    JsonTreeModel model;
    model.setJson(QJsonDocument::fromJson("{\"field\":" + json + "}").object());
    const QModelIndex value = model.index(0, JsonTreeModel::ValueColumn);
    QVERIFY(value.isValid());
    QCOMPARE(display(value), shown);
    QCOMPARE(display(model.index(0, JsonTreeModel::TypeColumn)), type);
    QCOMPARE(value.data(Qt::ToolTipRole).toString(), QStringLiteral("field = ") + exact);
    QCOMPARE(model.flags(value) & Qt::ItemNeverHasChildren, Qt::ItemNeverHasChildren);
    QCOMPARE(JsonTreeModel::exactText(model.value(value)), exact);
}

void TestJsonTreeModel::containerSummaries()
{
    JsonTreeModel model;
    model.setJson(parseValue(R"({"one": [1], "many": [1, 2, 3], "object": {"a": 1, "b": 2}, "empty": {}})"));
    const auto valueOf = [&model](const QString &key) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (display(model.index(row, 0)) == key) {
                return display(model.index(row, JsonTreeModel::ValueColumn));
            }
        }
        return QString();
    };
    QCOMPARE(valueOf(QStringLiteral("one")), QStringLiteral("[1 item]"));
    QCOMPARE(valueOf(QStringLiteral("many")), QStringLiteral("[3 items]"));
    QCOMPARE(valueOf(QStringLiteral("object")), QStringLiteral("{2 fields}"));
    QCOMPARE(valueOf(QStringLiteral("empty")), QStringLiteral("{0 fields}"));
}

void TestJsonTreeModel::rawValueAndPathRoles()
{
    const QJsonObject document = readJson(ValidVector + QStringLiteral("/decoded.json")).object();
    JsonTreeModel model;
    model.setJson(document);

    const int includedRow = static_cast<int>(document.keys().indexOf(QStringLiteral("included")));
    const QModelIndex included = model.index(includedRow, 0);
    QCOMPARE(included.data(keydesk::JsonPathRole).toString(), QStringLiteral("included"));
    QCOMPARE(included.data(keydesk::JsonTypeRole).toInt(), int(QJsonValue::Array));

    const QModelIndex first = model.index(0, 0, included);
    QCOMPARE(first.data(keydesk::JsonPathRole).toString(), QStringLiteral("included[0]"));
    QCOMPARE(first.data(keydesk::RawValueRole).toInt(), 0);
    const QJsonObject firstResource = document.value(QStringLiteral("included")).toArray().at(0).toObject();
    const int idRow = static_cast<int>(firstResource.keys().indexOf(QStringLiteral("id")));
    const QModelIndex id = model.index(idRow, JsonTreeModel::ValueColumn, first);
    QCOMPARE(id.data(keydesk::JsonPathRole).toString(), QStringLiteral("included[0].id"));
    QCOMPARE(id.data(keydesk::RawValueRole).toString(), firstResource.value(QStringLiteral("id")).toString());
    QCOMPARE(model.index(idRow, 0, first).data(keydesk::RawValueRole).toString(), QStringLiteral("id"));

    const int metaRow = static_cast<int>(document.keys().indexOf(QStringLiteral("meta")));
    const QModelIndex meta = model.index(metaRow, 0);
    const QJsonObject metaObject = document.value(QStringLiteral("meta")).toObject();
    const int ttlRow = static_cast<int>(metaObject.keys().indexOf(QStringLiteral("ttl")));
    // A null raw value is a null QVariant of type nullptr_t, not an empty string.
    QCOMPARE(model.index(ttlRow, JsonTreeModel::ValueColumn, meta).data(keydesk::RawValueRole),
             metaObject.value(QStringLiteral("ttl")).toVariant());

    JsonTreeModel odd;
    odd.setJson(parseValue(R"({"with space": {"x": 1}})"));
    QCOMPARE(odd.index(0, 0, odd.index(0, 0)).data(keydesk::JsonPathRole).toString(),
             QStringLiteral("[\"with space\"].x"));
}

void TestJsonTreeModel::scalarRoot()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(QJsonValue(42));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(display(model.index(0, JsonTreeModel::ValueColumn)), QStringLiteral("42"));
    QCOMPARE(display(model.index(0, JsonTreeModel::KeyColumn)), QString());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestJsonTreeModel::setJsonResetsModel()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setJson(parseValue(R"({"a": [1, 2]})"));
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::headersAndFlags()
{
    JsonTreeModel model;
    model.setJson(parseValue(R"({"a": {"b": 1}})"));
    QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(JsonTreeModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
    QCOMPARE(model.headerData(JsonTreeModel::TypeColumn, Qt::Horizontal).toString(), QStringLiteral("Type"));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());

    const QModelIndex parent = model.index(0, 0);
    QVERIFY(!(model.flags(parent) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(parent) & Qt::ItemNeverHasChildren));
    QVERIFY(model.flags(parent) & Qt::ItemIsSelectable);
    QVERIFY(model.flags(model.index(0, 0, parent)) & Qt::ItemNeverHasChildren);
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
}

void TestJsonTreeModel::everyVectorPassesTester_data()
{
    QTest::addColumn<QString>("path");
    QDir root(Vectors);
    const QStringList folders = {QStringLiteral("keygen"), QStringLiteral("synthetic")};
    for (const QString &folder : folders) {
        QDir dir(root.filePath(folder));
        for (const QString &vector : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir vectorDir(dir.filePath(vector));
            for (const QString &name : vectorDir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
                const QString path = vectorDir.filePath(name);
                QTest::newRow(qPrintable(folder + QLatin1Char('/') + vector + QLatin1Char('/') + name)) << path;
            }
        }
    }
}

void TestJsonTreeModel::everyVectorPassesTester()
{
    QFETCH(QString, path);
    const QJsonDocument document = readJson(path);
    if (document.isNull()) {
        QSKIP("not a JSON document");
    }
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    QCOMPARE(model.rowCount(), document.isObject() ? document.object().size() : document.array().size());
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
