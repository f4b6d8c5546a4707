// What resilience tests of the client rely on: the sandbox's rate limits (Keygen's X-RateLimit-* headers, 429
// with Retry-After) and injected faults (latency, 5xx answers, dropped connections) that never take effect.

#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QTest>

using namespace keydesk;
using namespace keydesk::sandbox;
using keydesk::test::Reply;
using keydesk::test::SandboxClient;

class TestSandboxResilience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseOptions();
    void rateLimit();
    void errorsHaveNoEffect();
    void droppedConnections();
    void latency();
};

void TestSandboxResilience::parseOptions()
{
    QCOMPARE(parseRateLimit(QStringLiteral("60/1m"))->limit, 60);
    QCOMPARE(parseRateLimit(QStringLiteral("60/1m"))->windowSeconds, 60);
    QCOMPARE(parseRateLimit(QStringLiteral("10/s"))->windowSeconds, 1);
    QCOMPARE(parseRateLimit(QStringLiteral("1000/2h"))->windowSeconds, 7200);
    for (const char *bad : {"", "60", "60/1d", "x/1m", "0/1m", "-5/1m"}) {
        QVERIFY2(!parseRateLimit(QLatin1String(bad)), bad);
    }
    const auto faults = parseFaults(QStringLiteral("latency=250,error-rate=0.1,drop-rate=0.05,seed=7"));
    QVERIFY(faults);
    QCOMPARE(faults->latencyMs, 250);
    QCOMPARE(faults->errorRate, 0.1);
    QCOMPARE(faults->dropRate, 0.05);
    QCOMPARE(faults->seed, 7u);
    for (const char *bad : {"latency=-1", "error-rate=2", "drop-rate=x", "colour=blue"}) {
        QVERIFY2(!parseFaults(QLatin1String(bad)), bad);
    }
}

void TestSandboxResilience::rateLimit()
{
    SandboxServer server;
    SandboxOptions options;
    options.rateLimit = *parseRateLimit(QStringLiteral("5/1h")); // an hour: no window boundary during the test
    QString error;
    QVERIFY(server.start(options, &error));
    SandboxClient client(server);
    for (int i = 1; i <= 5; ++i) {
        const Reply reply = client.send("GET", client.accountPath() + QStringLiteral("/products"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("x-ratelimit-limit"), QByteArray("5"));
        QCOMPARE(reply.headers.value("x-ratelimit-window"), QByteArray("1h"));
        QCOMPARE(reply.headers.value("x-ratelimit-remaining").toInt(), 5 - i);
        QVERIFY(reply.headers.value("x-ratelimit-reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
    }
    const Reply limited = client.send("GET", client.accountPath() + QStringLiteral("/products"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("TOO_MANY_REQUESTS"));
    const int retryAfter = limited.headers.value("retry-after").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 3600);
    QCOMPARE(limited.headers.value("x-ratelimit-remaining"), QByteArray("0"));
}

void TestSandboxResilience::errorsHaveNoEffect()
{
    SandboxServer server;
    SandboxOptions options;
    options.faults.errorRate = 1;
    QString error;
    QVERIFY(server.start(options, &error));
    SandboxClient client(server);
    const Reply reply = client.create(QStringLiteral("products"), {{QStringLiteral("name"), QStringLiteral("Never")}});
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.errorCode(), QStringLiteral("SERVICE_UNAVAILABLE"));
    ListQuery query;
    query.accountId = server.account().id;
    query.type = QStringLiteral("products");
    QCOMPARE(server.store().count(query), 0);
}

void TestSandboxResilience::droppedConnections()
{
    SandboxServer server;
    SandboxOptions options;
    options.faults.dropRate = 1;
    QString error;
    QVERIFY(server.start(options, &error));
    SandboxClient client(server);
    const Reply reply = client.send("GET", QStringLiteral("/v1/ping"));
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.networkError != QNetworkReply::NoError);

    // A rate in between drops some and answers the rest, reproducibly for a seed.
    SandboxServer half;
    options.faults.dropRate = 0.5;
    options.faults.seed = 99;
    QVERIFY(half.start(options, &error));
    SandboxClient halfClient(half);
    int answered = 0;
    for (int i = 0; i < 40; ++i) {
        answered += halfClient.send("GET", QStringLiteral("/v1/ping")).status == 200 ? 1 : 0;
    }
    QVERIFY2(answered > 5 && answered < 35, qPrintable(QString::number(answered)));
}

void TestSandboxResilience::latency()
{
    SandboxServer server;
    SandboxOptions options;
    options.faults.latencyMs = 300;
    QString error;
    QVERIFY(server.start(options, &error));
    SandboxClient client(server);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.send("GET", QStringLiteral("/v1/ping")).status, 200);
    QVERIFY(timer.elapsed() >= 300);
}

QTEST_GUILESS_MAIN(TestSandboxResilience)
#include "tst_sandboxresilience.moc"
