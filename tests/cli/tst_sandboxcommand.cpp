// `keydesk sandbox` as a newcomer or a script runs it: prints where it listens, serves, stops cleanly on SIGTERM
// and SIGINT, and keeps its state in the data file.

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Started
{
    QJsonObject info;
    bool ok = false;
};

Started startSandbox(QProcess &process, const QStringList &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KEYDESK_BINARY),
                  QStringList{QStringLiteral("sandbox"), QStringLiteral("--json")} + extra);
    Started started;
    if (!process.waitForStarted() || !process.waitForReadyRead(20000)) {
        return started;
    }
    QByteArray line = process.readLine();
    while (!line.endsWith('\n') && process.waitForReadyRead(5000)) {
        line += process.readLine();
    }
    started.info = QJsonDocument::fromJson(line).object();
    started.ok = !started.info.isEmpty();
    return started;
}

int get(QNetworkAccessManager &network, const QUrl &url, const QString &token = {})
{
    QNetworkRequest request(url);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class TestSandboxCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesAndStopsCleanly_data();
    void servesAndStopsCleanly();
    void keepsStateInItsDataFile();
    void refusesBadOptions();
};

void TestSandboxCommand::servesAndStopsCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSandboxCommand::servesAndStopsCleanly()
{
    QFETCH(int, signal);
    QProcess process;
    const Started started = startSandbox(process, {QStringLiteral("--data"), QStringLiteral(":memory:")});
    QVERIFY2(started.ok, process.readAllStandardError().constData());
    const QUrl base(started.info.value(QLatin1String("url")).toString());
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1")); // loopback by default
    QVERIFY(base.port() > 0);
    const QString
        slug = started.info.value(QLatin1String("account")).toObject().value(QLatin1String("slug")).toString();
    QCOMPARE(slug, QStringLiteral("demo"));

    QNetworkAccessManager network;
    QCOMPARE(get(network, base.resolved(QUrl(QStringLiteral("/v1/ping")))), 200);
    const QString token = started.info.value(QLatin1String("adminToken")).toString();
    QCOMPARE(get(network, base.resolved(QUrl(QStringLiteral("/v1/accounts/demo/products"))), token), 200);
    QCOMPARE(get(network, base.resolved(QUrl(QStringLiteral("/v1/accounts/demo/products")))), 401);

    ::kill(pid_t(process.processId()), signal);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCommand::keepsStateInItsDataFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.sqlite"));
    QString firstAccount;
    {
        QProcess process;
        const Started started = startSandbox(process,
                                             {QStringLiteral("--data"),
                                              file,
                                              QStringLiteral("--account"),
                                              QStringLiteral("acme")});
        QVERIFY(started.ok);
        firstAccount = started.info.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString();
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }
    QProcess process;
    const Started started = startSandbox(process,
                                         {QStringLiteral("--data"),
                                          file,
                                          QStringLiteral("--account"),
                                          QStringLiteral("acme")});
    QVERIFY(started.ok);
    QCOMPARE(started.info.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString(),
             firstAccount);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestSandboxCommand::refusesBadOptions()
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("--port"), QStringLiteral("99999")},
                                         QStringList{QStringLiteral("--host"), QStringLiteral("not-an-ip")},
                                         QStringList{QStringLiteral("--frobnicate")}}) {
        QProcess process;
        process.start(QStringLiteral(KEYDESK_BINARY), QStringList{QStringLiteral("sandbox")} + arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
