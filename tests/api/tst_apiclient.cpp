// The API client over real HTTP against the in-process sandbox: Keygen's headers, pinned-key signature checks,
// errors with their sentences, retries only where safe, the rate-limit governor, timeouts, HTTPS-only, and the
// pager over cursor and offset pagination.

#include "app/api/apiclient.h"
#include "app/api/pager.h"
#include "app/api/requests.h"
#include "app/licensing/publickeys.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/apireply.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

using namespace keydesk;
using namespace keydesk::api;

using keydesk::testing::wait;

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headersAndSignedAnswers();
    void wrongPinnedKeyIsASecurityError();
    void warnModeUsesTheAnswerButSaysSo();
    void errorsCarryKeygensCodeAndASentence();
    void retriesOnlyWhatIsSafe();
    void governorPacesUnderTheRateLimit();
    void timeoutIsReported();
    void plainHttpOnlyForThisComputer();
    void pagerReadsEveryPage_data();
    void pagerReadsEveryPage();
    void pausedPagerWaits();
    void pagerRefusesALinkToAnotherServer();
    void pageFailingItsSignatureEndsThePager();
    void environmentHeader();
    void typedRequests();

private:
    ConnectionSettings settingsFor(const sandbox::SandboxServer &server) const;
    std::unique_ptr<ApiClient> clientFor(const sandbox::SandboxServer &server);

    sandbox::SandboxServer m_server;
    QList<crypto::PublicKey> m_keys;
};

ConnectionSettings TestApiClient::settingsFor(const sandbox::SandboxServer &server) const
{
    ConnectionSettings settings;
    settings.server = server.baseUrl();
    settings.account = server.account().slug;
    settings.accountId = server.account().id;
    settings.publicKeys = m_keys;
    settings.backoffBase = std::chrono::milliseconds(20);
    settings.backoffCap = std::chrono::milliseconds(200);
    return settings;
}

std::unique_ptr<ApiClient> TestApiClient::clientFor(const sandbox::SandboxServer &server)
{
    auto client = std::make_unique<ApiClient>();
    client->setSettings(settingsFor(server));
    client->setCredentials(Credentials::token(server.adminToken()));
    return client;
}

// The account's public keys, fetched as the Connect dialog fetches them before pinning.
static QList<crypto::PublicKey> accountKeys(const sandbox::SandboxServer &server)
{
    ApiClient bootstrap;
    ConnectionSettings settings;
    settings.server = server.baseUrl();
    settings.account = server.account().slug;
    settings.signatureMode = SignatureMode::Off;
    bootstrap.setSettings(settings);
    bootstrap.setCredentials(Credentials::token(server.adminToken()));
    ApiReply *account = wait(bootstrap.send(requests::account()));
    if (!account->ok()) {
        qWarning("%s", qPrintable(account->error().technicalSummary()));
        return {};
    }
    return parsePublicKeys(account->body());
}

void TestApiClient::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_keys = accountKeys(m_server);
    QCOMPARE(m_keys.size(), 3);
}

void TestApiClient::headersAndSignedAnswers()
{
    auto client = clientFor(m_server);
    for (const auto algorithm : {crypto::SignatureAlgorithm::Ed25519,
                                 crypto::SignatureAlgorithm::EcdsaP256Sha256,
                                 crypto::SignatureAlgorithm::RsaPssSha256,
                                 crypto::SignatureAlgorithm::RsaPkcs1Sha256}) {
        ConnectionSettings settings = client->settings();
        settings.signatureAlgorithm = algorithm;
        client->setSettings(settings);
        ApiReply *me = wait(client->send(requests::me()));
        QVERIFY2(me->ok(), qPrintable(me->error().technicalSummary()));
        QVERIFY(me->signatureCheck().isValid());
        QCOMPARE(me->signatureCheck().algorithm, signatureAlgorithmName(algorithm));
        QCOMPARE(me->header("Keygen-Version"), QByteArray("1.8"));
        QCOMPARE(me->document().resource().type(), QStringLiteral("users"));
        QCOMPARE(me->attempts(), 1);
    }
    ApiReply *ping = wait(client->send(requests::ping()));
    QVERIFY(ping->ok());
    QCOMPARE(ping->httpStatus(), 200);
    QVERIFY(ApiClient::userAgent().startsWith("Keydesk/"));
}

void TestApiClient::wrongPinnedKeyIsASecurityError()
{
    auto client = clientFor(m_server);
    ConnectionSettings settings = client->settings();
    settings.publicKeys = {crypto::PrivateKey::generate(crypto::KeyType::Ed25519).publicKey()};
    client->setSettings(settings);
    ApiReply *reply = wait(client->send(requests::list(QStringLiteral("licenses"))));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind(), ApiError::Kind::Signature);
    QVERIFY(reply->error().isSecurityError());
    QVERIFY(reply->body().isEmpty()); // counts as not received
    QCOMPARE(reply->document().dataKind(), Document::DataKind::Absent);
    QVERIFY(!reply->error().userMessage().isEmpty());
    QCOMPARE(reply->attempts(), 1); // a forged answer is not retried
}

void TestApiClient::warnModeUsesTheAnswerButSaysSo()
{
    auto client = clientFor(m_server);
    ConnectionSettings settings = client->settings();
    settings.publicKeys = {crypto::PrivateKey::generate(crypto::KeyType::Ed25519).publicKey()};
    settings.signatureMode = SignatureMode::Warn;
    client->setSettings(settings);
    QSignalSpy warnings(client.get(), &ApiClient::signatureWarning);
    ApiReply *reply = wait(client->send(requests::me()));
    QVERIFY(reply->ok());
    QVERIFY(reply->signatureWarning());
    QCOMPARE(warnings.count(), 1);
    QVERIFY(!warnings.at(0).at(0).toString().isEmpty());
}

void TestApiClient::errorsCarryKeygensCodeAndASentence()
{
    auto client = clientFor(m_server);
    Resource product(QStringLiteral("products"));
    product.setAttribute(QStringLiteral("name"), QStringLiteral("Client Test"));
    ApiReply *created = wait(client->send(requests::create(product)));
    QVERIFY2(created->ok(), qPrintable(created->error().technicalSummary()));
    QCOMPARE(created->httpStatus(), 201);
    Resource policy(QStringLiteral("policies"));
    policy.setAttribute(QStringLiteral("name"), QStringLiteral("Two seats"));
    policy.setAttribute(QStringLiteral("floating"), true);
    policy.setAttribute(QStringLiteral("maxMachines"), 2);
    policy.setRelated(QStringLiteral("product"), created->document().resource().identifier());
    ApiReply *policyReply = wait(client->send(requests::create(policy)));
    QVERIFY(policyReply->ok());
    Resource license(QStringLiteral("licenses"));
    license.setRelated(QStringLiteral("policy"), policyReply->document().resource().identifier());
    ApiReply *licenseReply = wait(client->send(requests::create(license)));
    QVERIFY(licenseReply->ok());
    const ResourceIdentifier licenseId = licenseReply->document().resource().identifier();
    for (int i = 0; i < 3; ++i) {
        Resource machine(QStringLiteral("machines"));
        machine.setAttribute(QStringLiteral("fingerprint"), QStringLiteral("fp-%1").arg(i));
        machine.setRelated(QStringLiteral("license"), licenseId);
        ApiReply *reply = wait(client->send(requests::create(machine)));
        if (i < 2) {
            QVERIFY(reply->ok());
            continue;
        }
        QCOMPARE(reply->error().kind(), ApiError::Kind::Http);
        QCOMPARE(reply->error().httpStatus(), 422);
        QCOMPARE(reply->error().code(), QStringLiteral("MACHINE_LIMIT_EXCEEDED"));
        QVERIFY2(reply->error().userMessage().contains(QLatin1String("2")), qPrintable(reply->error().userMessage()));
        QCOMPARE(reply->attempts(), 1);
    }

    // A bad token: 401 with TOKEN_INVALID, and the token itself appears nowhere in what is reported.
    auto stranger = clientFor(m_server);
    const QString secret = QStringLiteral("admin-0123456789abcdef0123456789abcdefv3");
    stranger->setCredentials(Credentials::token(secret));
    ApiReply *denied = wait(stranger->send(requests::me()));
    QCOMPARE(denied->error().httpStatus(), 401);
    QCOMPARE(denied->error().code(), QStringLiteral("TOKEN_INVALID"));
    QVERIFY(!denied->error().userMessage().contains(secret));
    QVERIFY(!denied->error().technicalSummary().contains(secret));

    ApiReply *missing = wait(
        client->send(requests::retrieve(QStringLiteral("licenses"), QStringLiteral("NO-SUCH-KEY"))));
    QCOMPARE(missing->error().httpStatus(), 404);
    QCOMPARE(missing->error().code(), QStringLiteral("NOT_FOUND"));
}

void TestApiClient::retriesOnlyWhatIsSafe()
{
    // Half of the requests answer 503, a fifth are dropped: GETs get through on retries; POSTs are never repeated
    // after an answer the server may have acted on.
    sandbox::SandboxServer flaky;
    sandbox::SandboxOptions options;
    options.faults.errorRate = 0.4;
    options.faults.dropRate = 0.2;
    options.faults.seed = 7;
    QString error;
    QVERIFY2(flaky.start(options, &error), qPrintable(error));
    auto client = clientFor(flaky);
    ConnectionSettings settings = client->settings();
    settings.publicKeys.clear(); // its own keys
    settings.signatureMode = SignatureMode::Off;
    settings.maxRetries = 8;
    client->setSettings(settings);

    int retried = 0;
    for (int i = 0; i < 10; ++i) {
        ApiReply *reply = wait(client->send(requests::list(QStringLiteral("products"))));
        QVERIFY2(reply->ok(), qPrintable(reply->error().technicalSummary()));
        retried += reply->attempts() > 1 ? 1 : 0;
    }
    QVERIFY(retried > 0);

    int refusedOnce = 0;
    for (int i = 0; i < 20; ++i) {
        Resource product(QStringLiteral("products"));
        product.setAttribute(QStringLiteral("name"), QStringLiteral("Flaky %1").arg(i));
        ApiReply *reply = wait(client->send(requests::create(product)));
        if (!reply->ok()) {
            // A 503 or a dropped connection may come after the server acted: a POST is never sent again.
            QCOMPARE(reply->attempts(), 1);
            ++refusedOnce;
        }
    }
    QVERIFY(refusedOnce > 0);

    // Counted on the server: no product was created twice.
    QHash<QString, int> created;
    sandbox::ListQuery query;
    query.accountId = flaky.account().id;
    query.type = QStringLiteral("products");
    query.limit = 1000;
    for (const sandbox::StoredResource &product : flaky.store().list(query)) {
        ++created[product.attributes.value(QStringLiteral("name")).toString()];
    }
    for (auto it = created.cbegin(); it != created.cend(); ++it) {
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }
    QVERIFY(created.size() >= 20 - refusedOnce);
}

void TestApiClient::governorPacesUnderTheRateLimit()
{
    sandbox::SandboxServer limited;
    sandbox::SandboxOptions options;
    options.rateLimit = {200, 1}; // 200 requests per second
    QString error;
    QVERIFY2(limited.start(options, &error), qPrintable(error));
    auto client = clientFor(limited);
    ConnectionSettings settings = client->settings();
    settings.signatureMode = SignatureMode::Off;
    client->setSettings(settings);

    // 500 requests: the governor learns the limit from the first answers and then waits for new windows instead
    // of running into 429s.
    QElapsedTimer timer;
    timer.start();
    QList<ApiReply *> replies;
    for (int i = 0; i < 500; ++i) {
        replies << client->send(requests::me());
    }
    int retried = 0;
    for (ApiReply *reply : std::as_const(replies)) {
        wait(reply, 60000);
        QVERIFY2(reply->ok(), qPrintable(reply->error().technicalSummary()));
        retried += reply->attempts() - 1;
    }
    const double seconds = timer.elapsed() / 1000.0;
    QCOMPARE(client->governor().throttled(), 0); // no 429 at all
    QCOMPARE(retried, 0);
    QCOMPARE(client->governor().limit(), 200);
    // For the record (timing is not asserted: machines are noisy): the achieved rate against the allowed one.
    qInfo("paced 500 requests in %.2f s: %.0f requests/s of 200 allowed", seconds, 500 / seconds);
}

void TestApiClient::timeoutIsReported()
{
    sandbox::SandboxServer slow;
    sandbox::SandboxOptions options;
    options.faults.latencyMs = 1500;
    QString error;
    QVERIFY2(slow.start(options, &error), qPrintable(error));
    auto client = clientFor(slow);
    ConnectionSettings settings = client->settings();
    settings.timeout = std::chrono::milliseconds(200);
    settings.maxRetries = 1;
    settings.signatureMode = SignatureMode::Off;
    client->setSettings(settings);
    ApiReply *reply = wait(client->send(requests::me()));
    QCOMPARE(reply->error().kind(), ApiError::Kind::Timeout);
    QCOMPARE(reply->attempts(), 2); // a GET is tried again once
    QVERIFY(!reply->error().userMessage().isEmpty());

    // Cancelled by the user: no retry, and reported as such.
    settings.timeout = std::chrono::milliseconds(10000);
    client->setSettings(settings);
    ApiReply *cancelled = client->send(requests::me());
    QTimer::singleShot(50, cancelled, &ApiReply::abort);
    wait(cancelled);
    QCOMPARE(cancelled->error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(cancelled->attempts(), 1);
}

void TestApiClient::plainHttpOnlyForThisComputer()
{
    ApiClient client;
    ConnectionSettings settings;
    settings.server = QUrl(QStringLiteral("http://licensing.example.com"));
    settings.account = QStringLiteral("acme");
    client.setSettings(settings);
    client.setCredentials(Credentials::token(QStringLiteral("admin-secret")));
    ApiReply *reply = wait(client.send(requests::me()));
    QCOMPARE(reply->error().kind(), ApiError::Kind::Tls);
    QVERIFY(reply->error().userMessage().contains(QLatin1String("licensing.example.com")));
    QVERIFY(ApiClient::isLoopback(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
    QVERIFY(ApiClient::isLoopback(QUrl(QStringLiteral("http://[::1]:8080"))));
    QVERIFY(ApiClient::isLoopback(QUrl(QStringLiteral("http://localhost"))));
    QVERIFY(!ApiClient::isLoopback(QUrl(QStringLiteral("http://10.0.0.1"))));
    QCOMPARE(client.urlFor(requests::retrieve(QStringLiteral("licenses"), QStringLiteral("KEY/1"))).toString(),
             QStringLiteral("http://licensing.example.com/v1/accounts/acme/licenses/KEY%2F1"));
}

void TestApiClient::pagerReadsEveryPage_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("signatures");
    QTest::newRow("cursor") << QString() << false;
    QTest::newRow("cursor, signed answers") << QString() << true;
    QTest::newRow("offset") << QStringLiteral("number") << false;
}

// A sandbox with 1,050 demo licenses, seeded once for the pager tests.
static sandbox::SandboxServer *pagerServer()
{
    static sandbox::SandboxServer demo;
    static bool seeded = false;
    if (!seeded) {
        QString error;
        if (!demo.start({}, &error) || !sandbox::seedDemoData(demo.store(), demo.account(), 1050, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        seeded = true;
    }
    return &demo;
}

void TestApiClient::pagerReadsEveryPage()
{
    QFETCH(QString, mode);
    QFETCH(bool, signatures);
    sandbox::SandboxServer *server = pagerServer();
    QVERIFY(server);
    sandbox::SandboxServer &demo = *server;
    auto client = clientFor(demo);
    ConnectionSettings settings = client->settings();
    settings.signatureMode = signatures ? SignatureMode::Enforce : SignatureMode::Off;
    if (signatures) {
        settings.publicKeys = accountKeys(demo);
    }
    client->setSettings(settings);

    QUrlQuery filters;
    if (mode == QLatin1String("number")) {
        filters.addQueryItem(QStringLiteral("page[number]"), QStringLiteral("1"));
        filters.addQueryItem(QStringLiteral("page[size]"), QStringLiteral("100"));
    }
    Pager pager(client.get(), QStringLiteral("licenses"), filters);
    QSet<QString> ids;
    QSet<QString> keys;
    connect(&pager, &Pager::page, this, [&](const QList<ResourceText> &resources) {
        for (const ResourceText &text : resources) {
            ids.insert(text.id());
            // Each text is the whole resource: read into Qt's objects, it has its id and its key.
            const auto resource = text.toResource();
            if (resource && resource->id() == text.id() && text.type() == QLatin1String("licenses")) {
                keys.insert(resource->stringAttribute(QStringLiteral("key")));
            }
        }
    });
    QSignalSpy finished(&pager, &Pager::finished);
    QSignalSpy failed(&pager, &Pager::failed);
    pager.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 30000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().value<ApiError>().technicalSummary()));
    QCOMPARE(ids.size(), 1050); // every license once
    QCOMPARE(keys.size(), 1050);
    QCOMPARE(pager.resources(), 1050);
    QCOMPARE(pager.pages(), 11);
}

void TestApiClient::pausedPagerWaits()
{
    sandbox::SandboxServer *server = pagerServer();
    QVERIFY(server);
    auto client = clientFor(*server);
    ConnectionSettings settings = client->settings();
    settings.signatureMode = SignatureMode::Off;
    client->setSettings(settings);

    Pager pager(client.get(), QStringLiteral("licenses"), {}, 100);
    int pages = 0;
    QSet<QString> ids;
    connect(&pager, &Pager::page, this, [&](const QList<ResourceText> &resources) {
        for (const ResourceText &resource : resources) {
            ids.insert(resource.id());
        }
        if (++pages == 2) {
            pager.setPaused(true); // a receiver that cannot keep up
        }
    });
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    // The third page was already asked for when the second was handed on; after it, nothing until resumed.
    QTRY_COMPARE(pages, 3);
    QTest::qWait(300);
    QCOMPARE(pages, 3);
    QCOMPARE(finished.count(), 0);
    QVERIFY(pager.isRunning());
    pager.setPaused(false);
    QVERIFY(finished.wait(30000));
    QCOMPARE(ids.size(), 1050);
    QCOMPARE(pager.pages(), 11);
}

namespace {

// A minimal HTTP server on loopback for answers the sandbox would never send: each request's target (path and
// query) is recorded, and answered with 200 and the body `answer` returns for it.
class ScriptedServer final : public QTcpServer
{
public:
    explicit ScriptedServer(std::function<QByteArray(const QString &target)> answer)
        : m_answer(std::move(answer))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = nextPendingConnection();
            auto received = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                *received += socket->readAll();
                if (!received->contains("\r\n\r\n")) {
                    return;
                }
                const QString target = QString::fromLatin1(received->split(' ').value(1));
                targets.append(target);
                const QByteArray body = m_answer(target);
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.api+json\r\nConnection: close\r\n"
                              "Content-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
    }

    // A client of account "x" on this server, without signatures unless keys are given.
    void configure(ApiClient &client, const QList<crypto::PublicKey> &keys = {}) const
    {
        ConnectionSettings settings;
        settings.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
        settings.account = QStringLiteral("x");
        settings.accountId = QStringLiteral("x");
        settings.publicKeys = keys;
        settings.signatureMode = keys.isEmpty() ? SignatureMode::Off : SignatureMode::Enforce;
        settings.maxRetries = 0;
        client.setSettings(settings);
        client.setCredentials(Credentials::token(QStringLiteral("secret-token")));
    }

    QStringList targets;

private:
    std::function<QByteArray(const QString &)> m_answer;
};

// A list page of one license named `name`, with `links` (JSON text) as its links.
QByteArray onePage(const QString &name, const QByteArray &links)
{
    return R"({"data":[{"type":"licenses","id":")" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()
         + R"(","attributes":{"name":")" + name.toUtf8() + R"("}}],"links":)" + links + "}";
}

} // namespace

// A page whose next link points at another host ("//host/…" resolves there) is refused: following it would send
// the token to that host. A minimal HTTP server answers one list page with such a link.
void TestApiClient::pagerRefusesALinkToAnotherServer()
{
    ScriptedServer server([](const QString &) {
        return onePage(QStringLiteral("One"),
                       R"({"next":"//elsewhere.invalid/v1/accounts/x/licenses?page%5Bcursor%5D=y"})");
    });
    QVERIFY(server.isListening());
    ApiClient client;
    server.configure(client);
    Pager pager(&client, QStringLiteral("licenses"));
    QSignalSpy failed(&pager, &Pager::failed);
    QSignalSpy pages(&pager, &Pager::page);
    pager.start();
    QVERIFY(failed.wait(10000));
    const auto error = failed.constFirst().constFirst().value<ApiError>();
    QVERIFY2(error.userMessage().contains(QLatin1String("another server")), qPrintable(error.userMessage()));
    QCOMPARE(pages.count(), 0);
    QTest::qWait(100);
    QCOMPARE(server.targets.size(), 1);

    // Whoever sends such a path: the client keeps it on its own server.
    ApiReply *direct = client.send(ApiRequest::get(QStringLiteral("//elsewhere.invalid/v1/accounts/x/licenses")));
    QSignalSpy done(direct, &ApiReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(server.targets.size(), 2);
}

// A page that fails its signature check is not handed on, and the pager stops there: nothing it links to is
// read.
void TestApiClient::pageFailingItsSignatureEndsThePager()
{
    ScriptedServer server([](const QString &target) {
        return onePage(target.contains(QLatin1String("second")) ? QStringLiteral("Second") : QStringLiteral("First"),
                       R"({"next":"/v1/accounts/x/licenses?page%5Bcursor%5D=second&page%5Bsize%5D=100"})");
    });
    QVERIFY(server.isListening());
    ApiClient client;
    server.configure(client, m_keys); // the server does not sign: every answer fails the check
    Pager pager(&client, QStringLiteral("licenses"));
    QSignalSpy pages(&pager, &Pager::page);
    QSignalSpy finished(&pager, &Pager::finished);
    QSignalSpy failed(&pager, &Pager::failed);
    pager.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind(), ApiError::Kind::Signature);
    QTest::qWait(300);
    QCOMPARE(pages.count(), 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!pager.isRunning());
    QCOMPARE(pager.pages(), 0);
    QCOMPARE(server.targets.size(), 1);
}

void TestApiClient::environmentHeader()
{
    auto client = clientFor(m_server);
    Resource environment(QStringLiteral("environments"));
    environment.setAttribute(QStringLiteral("name"), QStringLiteral("Client staging"));
    environment.setAttribute(QStringLiteral("code"), QStringLiteral("client-staging"));
    QVERIFY(wait(client->send(requests::create(environment)))->ok());

    ConnectionSettings settings = client->settings();
    settings.environment = QStringLiteral("client-staging");
    client->setSettings(settings);
    Resource product(QStringLiteral("products"));
    product.setAttribute(QStringLiteral("name"), QStringLiteral("Staged"));
    ApiReply *created = wait(client->send(requests::create(product)));
    QVERIFY(created->ok());
    QCOMPARE(created->header("Keygen-Environment"), QByteArray("client-staging"));
    ApiReply *listed = wait(client->send(requests::list(QStringLiteral("products"))));
    QCOMPARE(listed->document().resources().size(), 1);

    settings.environment = QStringLiteral("no-such-environment");
    client->setSettings(settings);
    ApiReply *invalid = wait(client->send(requests::list(QStringLiteral("products"))));
    QCOMPARE(invalid->error().httpStatus(), 400);
    QCOMPARE(invalid->error().code(), QStringLiteral("ENVIRONMENT_INVALID"));
}

void TestApiClient::typedRequests()
{
    auto client = clientFor(m_server);
    auto ok = [](ApiReply *reply) {
        wait(reply);
        if (!reply->ok()) {
            qWarning("%s", qPrintable(reply->error().technicalSummary()));
        }
        return reply->ok();
    };
    Resource product(QStringLiteral("products"));
    product.setAttribute(QStringLiteral("name"), QStringLiteral("Typed"));
    ApiReply *productReply = client->send(requests::create(product));
    QVERIFY(ok(productReply));
    Resource policy(QStringLiteral("policies"));
    policy.setAttribute(QStringLiteral("name"), QStringLiteral("Typed policy"));
    policy.setRelated(QStringLiteral("product"), productReply->document().resource().identifier());
    ApiReply *policyReply = client->send(requests::create(policy));
    QVERIFY(ok(policyReply));
    Resource license(QStringLiteral("licenses"));
    license.setRelated(QStringLiteral("policy"), policyReply->document().resource().identifier());
    ApiReply *licenseReply = client->send(requests::create(license));
    QVERIFY(ok(licenseReply));
    const Resource created = licenseReply->document().resource();
    const QString key = created.stringAttribute(QStringLiteral("key"));

    ApiReply *byKey = client->send(requests::retrieve(QStringLiteral("licenses"), key));
    QVERIFY(ok(byKey));
    QCOMPARE(byKey->document().resource().id(), created.id());

    Resource rename = created.withOnlyAttributes({});
    rename.setAttribute(QStringLiteral("name"), QStringLiteral("Renamed"));
    ApiReply *updated = client->send(requests::update(rename));
    QVERIFY(ok(updated));
    QCOMPARE(updated->document().resource().stringAttribute(QStringLiteral("name")), QStringLiteral("Renamed"));

    ApiReply *suspended = client->send(
        requests::action(QStringLiteral("licenses"), created.id(), QStringLiteral("suspend")));
    QVERIFY(ok(suspended));
    QCOMPARE(suspended->document().resource().stringAttribute(QStringLiteral("status")), QStringLiteral("SUSPENDED"));
    ApiReply *validation = client->send(requests::validateKey(key, {}, 42));
    QVERIFY(ok(validation));
    QCOMPARE(validation->document().meta().value(QLatin1String("code")).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(validation->document().meta().value(QLatin1String("nonce")).toInteger(), 42);
    QVERIFY(ok(client->send(requests::action(QStringLiteral("licenses"), created.id(), QStringLiteral("reinstate")))));

    requests::CheckOut options;
    options.raw = true;
    options.ttl = 3600;
    ApiReply *file = client->send(requests::checkOut(QStringLiteral("licenses"), created.id(), options));
    QVERIFY(ok(file));
    QVERIFY(file->body().startsWith("-----BEGIN LICENSE FILE-----"));

    Resource user(QStringLiteral("users"));
    user.setAttribute(QStringLiteral("email"), QStringLiteral("typed@example.com"));
    ApiReply *userReply = client->send(requests::create(user));
    QVERIFY(ok(userReply));
    const ResourceIdentifier userId = userReply->document().resource().identifier();
    QVERIFY(
        ok(client->send(requests::change(QStringLiteral("licenses"), created.id(), QStringLiteral("owner"), userId))));
    ApiReply *owner = client->send(
        requests::related(QStringLiteral("licenses"), created.id(), QStringLiteral("owner")));
    QVERIFY(ok(owner));
    QCOMPARE(owner->document().resource().id(), userId.id);

    ApiReply *token = client->send(
        requests::generateToken(QStringLiteral("licenses"), created.id(), QStringLiteral("CI")));
    QVERIFY(ok(token));
    const QString tokenId = token->document().resource().id();
    QVERIFY(ok(client->send(requests::regenerateToken(tokenId))));
    QVERIFY(ok(client->send(requests::revokeToken(tokenId))));
    QVERIFY(ok(client->send(requests::revokeLicense(created.id()))));
    ApiReply *gone = wait(client->send(requests::retrieve(QStringLiteral("licenses"), created.id())));
    QCOMPARE(gone->error().httpStatus(), 404);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
