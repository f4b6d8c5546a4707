// api::JsonText, the in-place JSON reader the cache encodes a sync's resources with: it must accept what
// QJsonDocument accepts, refuse what it refuses, and read every value as QJsonDocument reads it.

#include "app/api/jsonapi.h"
#include "app/api/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using keydesk::api::Document;
using keydesk::api::JsonText;

namespace {

// The value of node `index` as QJsonValue, built from JsonText's reads alone.
QJsonValue rebuild(const JsonText &json, int index)
{
    switch (json[index].kind) {
    case JsonText::Kind::Null:
        return QJsonValue::Null;
    case JsonText::Kind::False:
        return false;
    case JsonText::Kind::True:
        return true;
    case JsonText::Kind::Number:
        // Written as an integer: Qt keeps it exact, also beyond 2^53.
        if (!json.text(index).contains('.') && !json.text(index).contains('e') && !json.text(index).contains('E')) {
            if (const auto integer = json.toInteger(index)) {
                return *integer;
            }
        }
        return json.toDouble(index);
    case JsonText::Kind::String:
        return json.string(index);
    case JsonText::Kind::Array: {
        QJsonArray array;
        for (int item = index + 1; item < json[index].next; item = json[item].next) {
            array.append(rebuild(json, item));
        }
        return array;
    }
    case JsonText::Kind::Object: {
        QJsonObject object;
        for (int key = index + 1; key < json[index].next; key = json[key + 1].next) {
            object.insert(json.string(key), rebuild(json, key + 1));
        }
        return object;
    }
    }
    return {};
}

// A random JSON value with the shapes Keygen's answers have, and the characters that need escapes.
QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    static const QStringList texts = {
        QString(),
        QStringLiteral("plain"),
        QStringLiteral("quote \" backslash \\ slash /"),
        QStringLiteral("line\nbreak\ttab\r\b\f"),
        QStringLiteral("Grüße, ☃, 日本語"),
        QString::fromUtf16(u"emoji \U0001F600 pair"),
        QString(QChar(1)) + QStringLiteral("control"),
        QStringLiteral("2024-01-02T03:04:05.678Z"),
    };
    const int kind = int(random.bounded(depth > 3 ? 6 : 8));
    switch (kind) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return qint64(random.generate64()) >> random.bounded(64);
    case 3:
        return (random.generateDouble() - 0.5) * std::pow(10.0, int(random.bounded(40)) - 20);
    case 4:
    case 5:
        return texts.at(int(random.bounded(qsizetype(texts.size()))));
    case 6: {
        QJsonArray array;
        for (int i = int(random.bounded(4)); i > 0; --i) {
            array.append(randomValue(random, depth + 1));
        }
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = int(random.bounded(5)); i > 0; --i) {
            object.insert(texts.at(int(random.bounded(qsizetype(texts.size())))) + QString::number(i),
                          randomValue(random, depth + 1));
        }
        return object;
    }
    }
}

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatQtReads_data();
    void readsWhatQtReads();
    void randomDocumentsRoundTrip();
    void refusesMalformedText_data();
    void refusesMalformedText();
    void nodesPointIntoTheText();
    void specialBytesAtEveryPositionOfALongString();
    void numbersAsQtReadsThem_data();
    void numbersAsQtReadsThem();
    void documentsKeepEachResourcesText();
};

void TestJsonText::readsWhatQtReads_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}})");
    QTest::newRow("escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t", "\u00e9\u2603", "\ud83d\ude00", "a\u0000b"])");
    QTest::newRow("utf-8") << QByteArray("[\"Grüße ☃ 😀\"]");
    QTest::newRow("whitespace") << QByteArray(" \n\t{ \"a\" : [ 1 , 2 ] , \"b\" : { } , \"c\" : [ ] }\r\n ");
    QTest::newRow("numbers") << QByteArray("[0, -0, 1, -1, 1.5, -2.25e3, 1E-2, 9007199254740993, "
                                           "9223372036854775807, -9223372036854775808, 9223372036854775808, 1e300]");
    QTest::newRow("scalar") << QByteArray("\"just a string\"");
    QTest::newRow("nested") << QByteArray(R"({"data":[{"type":"licenses","id":"1","attributes":{"metadata":{}}}]})");
}

void TestJsonText::readsWhatQtReads()
{
    QFETCH(QByteArray, text);
    JsonText json;
    QVERIFY(json.parse(text));
    const QJsonValue expected = QJsonDocument::fromJson("[" + text + "]").array().at(0);
    QCOMPARE(rebuild(json, 0), expected);
    QCOMPARE(json[0].next, json.size());
}

void TestJsonText::randomDocumentsRoundTrip()
{
    QRandomGenerator random(20261123);
    JsonText json;
    for (int i = 0; i < 500; ++i) {
        const QJsonArray value{randomValue(random, 0)};
        for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            const QByteArray text = QJsonDocument(value).toJson(format);
            QVERIFY2(json.parse(text), text.constData());
            // Compared with Qt's reading of the text: Qt writes integers beyond 2^53 as doubles.
            QCOMPARE(rebuild(json, 0), QJsonValue(QJsonDocument::fromJson(text).array()));
        }
    }
}

void TestJsonText::refusesMalformedText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("qtReadsIt");
    for (const char *text : {"",
                             "   ",
                             "{",
                             "[1,]",
                             "{\"a\":1,}",
                             "{\"a\" 1}",
                             "{a:1}",
                             "[01]",
                             "[1e]",
                             "[-]",
                             "[+1]",
                             "[tru]",
                             "[nul]",
                             "\"unterminated",
                             "[\"short \\u12\"]",
                             "[1] [2]",
                             "[1] x",
                             "{\"a\":}",
                             "[,1]"}) {
        QTest::newRow(text) << QByteArray(text) << false;
    }
    // Qt is lenient with these; JsonText is not (RFC 8259). Document::parse then gives the resources no text, and
    // the cache encodes Qt's reading of them.
    for (const char *text : {"[1.]", "[.5]", "[\"bad \\x escape\"]", "[\"raw\ncontrol\"]"}) {
        QTest::newRow(text) << QByteArray(text) << true;
    }
    // Broken UTF-8: cut short, an overlong form, a surrogate, beyond U+10FFFF.
    for (const char *text : {"[\"\xc3\"]", "[\"\xc0\xaf\"]", "[\"\xed\xa0\x80\"]", "[\"\xf4\x90\x80\x80\"]"}) {
        QTest::newRow(QByteArray(text).toHex().constData()) << QByteArray(text) << false;
    }
    QTest::newRow("too deep") << QByteArray(600, '[') + QByteArray(600, ']') << true;
}

void TestJsonText::refusesMalformedText()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, qtReadsIt);
    JsonText json;
    QVERIFY(!json.parse(text));
    QCOMPARE(json.size(), 0);
    QJsonParseError error;
    QJsonDocument::fromJson(text.trimmed().isEmpty() ? text : "[" + text + "]", &error); // Qt wants a container
    QCOMPARE(error.error == QJsonParseError::NoError, qtReadsIt);
    if (qtReadsIt) {
        const auto document = Document::parse(
            QByteArray(R"({"data":[{"type":"x","id":"1","meta":{"v":)" + text + "}}]}"));
        QVERIFY(document);
        QVERIFY(document->resources().at(0).sourceText().isEmpty());
    }
}

// Plain runs of a string are skipped eight bytes at a time: a quote, an escape, a control character or a UTF-8
// sequence must be seen wherever it falls in or across such a step.
void TestJsonText::specialBytesAtEveryPositionOfALongString()
{
    struct Case
    {
        QByteArray inserted;
        bool valid;
        QString value; // the character it stands for, when valid
    };

    const QList<Case> cases{
        {"\\\"", true, QStringLiteral("\"")},
        {"\\\\", true, QStringLiteral("\\")},
        {"\\u00e9", true, QStringLiteral("\u00e9")},
        {"\xc3\xa9", true, QStringLiteral("\u00e9")},
        {"\xe2\x82\xac", true, QStringLiteral("\u20ac")},
        {"\xf0\x9f\x94\x91", true, QString::fromUtf8("\xf0\x9f\x94\x91")},
        {"\x01", false, {}},
        {"\x1f", false, {}},
        {"\t", false, {}},
        {"\xff", false, {}},
        {"\xc3", false, {}}, // a lead byte without its continuation
        {"\x80", false, {}},
    };
    const QByteArray plain = "0123456789abcdefghijklmnopqrstuvwxyzABCD";
    for (const Case &c : cases) {
        for (qsizetype at = 0; at <= plain.size(); ++at) {
            const QByteArray text = "[\"" + plain.left(at) + c.inserted + plain.mid(at) + "\", 1]";
            JsonText json;
            const bool read = json.parse(text);
            QVERIFY2(read == c.valid,
                     qPrintable(QStringLiteral("%1 at %2").arg(QString::fromLatin1(text.toHex())).arg(at)));
            if (read) {
                QCOMPARE(json.string(1),
                         QString::fromUtf8(plain.left(at)) + c.value + QString::fromUtf8(plain.mid(at)));
                QCOMPARE(json[1].end, text.size() - 4); // the string ends at its closing quote, not before
            }
        }
    }
    // A string cut off at any length (no closing quote) is refused.
    for (qsizetype length = 0; length <= plain.size(); ++length) {
        JsonText json;
        QVERIFY(!json.parse(QByteArray("\"" + plain.left(length))));
    }
}

void TestJsonText::nodesPointIntoTheText()
{
    const QByteArray text = R"({"id":"a\"b","list":[1,{"x":null}],"n":-2.5})";
    JsonText json;
    QVERIFY(json.parse(text));
    QCOMPARE(json[0].kind, JsonText::Kind::Object);
    QCOMPARE(json.text(0), QByteArrayView(text));
    const int id = json.member(0, QLatin1StringView("id"));
    QCOMPARE(json.text(id), QByteArrayView(R"("a\"b")"));
    QCOMPARE(json.chars(id), QByteArrayView(R"(a\"b)"));
    QVERIFY(json[id].escaped);
    QCOMPARE(json.string(id), QStringLiteral("a\"b"));
    const int list = json.member(0, QLatin1StringView("list"));
    QCOMPARE(json.text(list), QByteArrayView(R"([1,{"x":null}])"));
    // Siblings skip nested values.
    QCOMPARE(json[list].next, json.member(0, QLatin1StringView("n")) - 1);
    QCOMPARE(json.text(json.member(0, QLatin1StringView("n"))), QByteArrayView("-2.5"));
    QCOMPARE(json.member(0, QLatin1StringView("x")), -1); // members of nested objects are not the object's
    QCOMPARE(json.member(list, QLatin1StringView("x")), -1);
    QVERIFY(json.equals(json.member(0, QLatin1StringView("id")) - 1, QLatin1StringView("id")));
}

void TestJsonText::numbersAsQtReadsThem_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char *text : {"42",
                             "-7",
                             "3.0",
                             "1e3",
                             "0.1",
                             "2.50",
                             "9007199254740993",
                             "9223372036854775807",
                             "9223372036854775808",
                             "-9223372036854775808",
                             "1e300",
                             "-0"}) {
        QTest::newRow(text) << QByteArray(text);
    }
}

void TestJsonText::numbersAsQtReadsThem()
{
    QFETCH(QByteArray, text);
    JsonText json;
    QVERIFY(json.parse(text));
    const QJsonValue qt = QJsonDocument::fromJson("[" + text + "]").array().at(0);
    QCOMPARE(json.toDouble(0), qt.toDouble());
    // Qt answers its default when the number is no whole number within 64 bits: two defaults tell.
    const bool whole = qt.toInteger(0) == qt.toInteger(1);
    QCOMPARE(json.toInteger(0), whole ? std::optional<qint64>(qt.toInteger()) : std::nullopt);
}

void TestJsonText::documentsKeepEachResourcesText()
{
    // Document::parse gives each resource of an answer its own text; a change to a resource forgets it.
    const QByteArray answer = R"({"data": [ {"type":"licenses","id":"1","attributes":{"name":"A"}},
        {"type":"licenses","id":"2","attributes":{"name":"B \"quoted\""}} ],
        "included": [{"type":"policies","id":"p"}], "links": {"next": null}})";
    const auto document = Document::parse(answer);
    QVERIFY(document);
    QCOMPARE(document->resources().size(), 2);
    QCOMPARE(document->resources().at(0).sourceText(),
             QByteArrayView(R"({"type":"licenses","id":"1","attributes":{"name":"A"}})"));
    QCOMPARE(document->resources().at(1).sourceText(),
             QByteArrayView(R"({"type":"licenses","id":"2","attributes":{"name":"B \"quoted\""}})"));
    QCOMPARE(document->included().at(0).sourceText(), QByteArrayView(R"({"type":"policies","id":"p"})"));
    const auto single = Document::parse(R"({"data": {"type":"machines","id":"m"}})");
    QVERIFY(single);
    QCOMPARE(single->resource().sourceText(), QByteArrayView(R"({"type":"machines","id":"m"})"));

    auto changed = document->resources().at(0);
    QVERIFY(changed == document->resources().at(0));
    changed.setAttribute(QStringLiteral("name"), QStringLiteral("C"));
    QVERIFY(changed.sourceText().isEmpty());
    auto related = document->resources().at(1);
    related.setRelated(QStringLiteral("policy"), {QStringLiteral("policies"), QStringLiteral("p")});
    QVERIFY(related.sourceText().isEmpty());
    // A member written twice is read one way by Qt (the last): a resource's text is always the one Qt read.
    for (const char *twice : {R"({"data":[{"type":"licenses","id":"1"}],"data":[{"type":"licenses","id":"2"}]})",
                              R"({"data":{"type":"licenses","id":"1","id":"2"}})",
                              R"({"data":[{"type":"licenses","id":"1","attributes":{"name":"first"}}],
                                  "data":[{"type":"licenses","id":"1","attributes":{"name":"second"}}]})"}) {
        const auto ambiguous = Document::parse(QByteArray(twice));
        QVERIFY(ambiguous);
        for (const auto &resource : ambiguous->resources()) {
            const QByteArrayView text = resource.sourceText();
            QVERIFY2(text.isEmpty()
                         || *keydesk::api::Resource::fromJson(QJsonDocument::fromJson(text.toByteArray()).object())
                                == resource,
                     twice);
        }
    }
    // The text is not part of the value.
    QVERIFY(*keydesk::api::Resource::fromJson(
                QJsonDocument::fromJson(document->resources().at(0).sourceText().toByteArray()).object())
            == document->resources().at(0));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
