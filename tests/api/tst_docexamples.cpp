// Every example response of Keygen's licenses and machines documentation parses into Keydesk's JSON:API document
// type and comes back out unchanged: nothing Keygen sends is lost.

#include "app/api/jsonapi.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace keydesk::api;

class TestDocExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesParseWithoutLoss_data();
    void examplesParseWithoutLoss();
};

namespace {

// The JSON of the "#### Example response" blocks of a docs page, with the page's markdown escapes undone (a
// backslash at the end of lines inside arrays), its "..." abbreviations of lists and its occasional trailing commas
// removed.
QList<QPair<QString, QByteArray>> examples(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression block(QStringLiteral(
                                              "#### Example response([^\\n]*)\\n\\s*```[a-z]*\\n(.*?)\\n```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression trailingComma(QStringLiteral(",(\\s*[}\\]])"));
    QList<QPair<QString, QByteArray>> result;
    auto it = block.globalMatch(text);
    int index = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        ++index;
        QString json = match.captured(2).trimmed();
        if (!json.startsWith(QLatin1Char('{'))) {
            continue; // "No content", a raw license file
        }
        json.replace(QStringLiteral("\\\n"), QStringLiteral("\n"));
        json.replace(QRegularExpression(QStringLiteral(",\\s*\\.\\.\\.")), QString()); // ["a", "b", ...]
        json.replace(trailingComma, QStringLiteral("\\1"));
        result.append({QStringLiteral("%1 #%2%3").arg(QFileInfo(path).fileName()).arg(index).arg(match.captured(1)),
                       json.toUtf8()});
    }
    return result;
}

} // namespace

void TestDocExamples::examplesParseWithoutLoss_data()
{
    QTest::addColumn<QByteArray>("json");
    const QString reference = QStringLiteral(KEYDESK_VECTORS_DIR) + QStringLiteral("/../reference/");
    int count = 0;
    for (const char *page : {"keygen-licenses-api.md", "keygen-machines-api.md"}) {
        for (const auto &[name, json] : examples(reference + QLatin1String(page))) {
            QTest::newRow(qPrintable(name)) << json;
            ++count;
        }
    }
    QVERIFY2(count >= 30, qPrintable(QString::number(count)));
}

void TestDocExamples::examplesParseWithoutLoss()
{
    QFETCH(QByteArray, json);
    QJsonParseError jsonError{};
    const QJsonDocument original = QJsonDocument::fromJson(json, &jsonError);
    QVERIFY2(jsonError.error == QJsonParseError::NoError, qPrintable(jsonError.errorString()));
    QString error;
    const std::optional<Document> document = Document::parse(json, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->toJson(), original.object());
    QVERIFY(document->dataKind() != Document::DataKind::Absent || !document->errors().isEmpty());
    for (const Resource &resource : document->resources()) {
        QVERIFY(!resource.type().isEmpty());
        QVERIFY(!resource.id().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDocExamples)
#include "tst_docexamples.moc"
