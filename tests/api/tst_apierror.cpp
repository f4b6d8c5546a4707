// Errors as users read them: every code Keygen's documentation and the sandbox produce gets its own translated
// sentence, numbers from the detail are used, and real error answers from the sandbox read well.

#include "app/api/apierror.h"
#include "app/api/httpdate.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxclient.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTest>

using namespace keydesk::api;
using keydesk::test::Reply;
using keydesk::test::SandboxClient;
namespace sandbox = keydesk::sandbox;

namespace {

QJsonObject errorEntry(const QString &code, const QString &title, const QString &detail, const QString &pointer)
{
    QJsonObject entry{{QStringLiteral("title"), title}, {QStringLiteral("detail"), detail}};
    if (!code.isEmpty()) {
        entry.insert(QStringLiteral("code"), code);
    }
    if (!pointer.isEmpty()) {
        entry.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("pointer"), pointer}});
    }
    return entry;
}

Document errorDocument(const QList<QJsonObject> &entries, const QString &requestId = QStringLiteral("req-1"))
{
    QJsonArray errors;
    for (const QJsonObject &entry : entries) {
        errors.append(entry);
    }
    return *Document::fromJson(QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("id"), requestId}}},
                                           {QStringLiteral("errors"), errors}});
}

ApiError fromReply(const Reply &reply)
{
    return ApiError::fromHttp(reply.status,
                              reply.body,
                              ApiError::parseRetryAfter(reply.headers.value("retry-after"),
                                                        QDateTime::currentDateTimeUtc()));
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCodeHasItsOwnSentence_data();
    void everyCodeHasItsOwnSentence();
    void everyValidationCodeHasItsOwnSentence_data();
    void everyValidationCodeHasItsOwnSentence();
    void everySandboxCodeIsKnown();
    void numbersFromDetails_data();
    void numbersFromDetails();
    void fallbacks();
    void severalErrors();
    void notJsonApiBody();
    void networkErrors_data();
    void networkErrors();
    void retryable_data();
    void retryable();
    void retryAfter();
    void connectionRefusedOverRealNetwork();
    void timeoutOverRealNetwork();
    void sandboxMachineLimitAndFingerprint();
    void sandboxAuthentication();
    void sandboxNotFound();
    void sandboxValidation();
    void sandboxRateLimit();

private:
    sandbox::SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_client;
    QString m_product;
};

void TestApiError::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(sandbox::SandboxOptions(), &error), qPrintable(error));
    m_client = std::make_unique<SandboxClient>(m_server);
    const Reply product = m_client->create(QStringLiteral("products"),
                                           {{QStringLiteral("name"), QStringLiteral("App")}});
    QCOMPARE(product.status, 201);
    m_product = product.id();
}

// Codes from keygen-errors.md, wire formats §4.2, the licenses and machines pages, Keygen's model validations
// (keygen-api app/models) and the sandbox, each with the status, detail and pointer Keygen sends with it.
void TestApiError::everyCodeHasItsOwnSentence_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("pointer");
    const auto row = [](const char *code, int status, const char *detail = "", const char *pointer = "") {
        QTest::newRow(code) << QString::fromLatin1(code) << status << QString::fromLatin1(detail)
                            << QString::fromLatin1(pointer);
    };
    // Authentication and authorization
    row("TOKEN_MISSING", 401, "An authentication token is required");
    row("TOKEN_INVALID", 401, "Token is invalid");
    row("TOKEN_FORMAT_INVALID", 401, "Token format is invalid");
    row("TOKEN_EXPIRED", 401, "Token is expired");
    row("TOKEN_NOT_ALLOWED", 403, "Token is not allowed");
    row("LICENSE_INVALID", 401, "License key is invalid");
    row("LICENSE_BANNED", 403, "License is banned");
    row("LICENSE_SUSPENDED", 403, "License is suspended");
    row("LICENSE_EXPIRED", 403, "License is expired");
    row("LICENSE_NOT_ALLOWED", 403, "License key authentication is not allowed by policy");
    row("USER_BANNED", 403, "User is banned");
    row("SESSION_INVALID", 401, "Session is invalid");
    row("SESSION_EXPIRED", 401, "Session is expired");
    row("SESSION_NOT_ALLOWED", 403, "Session is not allowed");
    row("EMAIL_REQUIRED", 401, "email is required");
    row("EMAIL_INVALID", 422, "must be a valid email", "/data/attributes/email");
    row("PASSWORD_REQUIRED", 401, "password is required");
    row("PASSWORD_INVALID", 401, "password is invalid");
    row("PASSWORD_NOT_SUPPORTED", 401, "password is not supported");
    row("CREDENTIALS_INVALID", 401, "credentials are invalid");
    row("OTP_REQUIRED", 401, "second factor is required");
    row("OTP_INVALID", 401, "second factor must be valid");
    row("SSO_REQUIRED", 401, "single sign on is required");
    row("SSO_NOT_SUPPORTED", 401, "single sign on is not supported");
    row("FORBIDDEN", 403, "You do not have permission to complete the request");
    // The request pipeline
    row("NOT_FOUND", 404, "The requested license 'x' was not found");
    row("TOO_MANY_REQUESTS", 429, "Throttle limit has been reached for your IP address.");
    row("SERVICE_UNAVAILABLE", 503, "The service is temporarily unavailable");
    row("JSON_INVALID", 400, "The request could not be completed because it contains invalid JSON");
    row("ENCODING_INVALID", 400, "The request could not be completed because it contains badly encoded data");
    row("MIME_TYPE_INVALID", 400, "The mime type of the request is not acceptable");
    row("HTTP_METHOD_INVALID", 400, "The HTTP method of the request is not acceptable");
    row("INVALID_API_VERSION", 400, "unsupported API version requested");
    row("ENVIRONMENT_INVALID", 400, "environment is invalid");
    row("CONSTRAINT_INVALID", 400, "constraint is invalid");
    row("KEY_MISSING", 400, "is missing", "/meta/key");
    row("CHECKOUT_ALGORITHM_INVALID", 400, "unsupported algorithm");
    row("CHECKOUT_INCLUDE_INVALID", 400, "invalid include: secrets");
    row("CHECKOUT_TTL_INVALID", 400, "must be greater than or equal to 3600 (1 hour)");
    // Machines
    row("MACHINE_LIMIT_EXCEEDED", 422, "machine count has exceeded maximum allowed for license (3)", "/data");
    row("MACHINE_CORE_LIMIT_EXCEEDED", 422, "machine core count has exceeded maximum allowed for license (8)", "/data");
    row("GROUP_MACHINE_LIMIT_EXCEEDED",
        422,
        "machine count has exceeded maximum allowed by current group (5)",
        "/data/relationships/group");
    row("FINGERPRINT_TAKEN", 422, "has already been taken", "/data/attributes/fingerprint");
    row("FINGERPRINT_CONFLICT",
        422,
        "must not conflict with another machine's identifier (UUID)",
        "/data/attributes/fingerprint");
    row("FINGERPRINT_NOT_ALLOWED", 422, "is reserved", "/data/attributes/fingerprint");
    row("FINGERPRINT_MISSING", 422, "can't be blank", "/data/attributes/fingerprint");
    row("MACHINE_HEARTBEAT_DEAD", 422, "is dead", "/data");
    row("PROCESS_HEARTBEAT_DEAD", 422, "is dead", "/data");
    row("CORES_INVALID", 422, "must be greater than or equal to 1", "/data/attributes/cores");
    row("OWNER_INVALID", 422, "must be a valid license user", "/data/relationships/owner");
    // Licenses
    row("USER_LIMIT_EXCEEDED",
        422,
        "user count has exceeded maximum allowed for license (2)",
        "/data/relationships/users");
    row("GROUP_LICENSE_LIMIT_EXCEEDED",
        422,
        "license count has exceeded maximum allowed by current group (10)",
        "/data/relationships/group");
    row("GROUP_USER_LIMIT_EXCEEDED",
        422,
        "user count has exceeded maximum allowed by current group (10)",
        "/data/relationships/group");
    row("USES_LIMIT_EXCEEDED", 422, "usage exceeds maximum allowed by current policy (10)", "/data/attributes/uses");
    row("USAGE_EXCEEDED", 422, "usage exceeds maximum allowed by current policy (10)", "/data/attributes/uses");
    row("USES_INVALID", 422, "must be greater than or equal to 0", "/data/attributes/uses");
    row("LICENSE_NOT_SUSPENDED", 422, "is not suspended", "/data");
    row("LICENSE_NOT_RENEWABLE", 422, "cannot be renewed because the policy does not have a duration", "/data");
    row("CHECK_IN_NOT_REQUIRED", 422, "cannot be checked in because the policy does not require it", "/data");
    row("KEY_CONFLICT", 422, "must not conflict with another license's identifier (UUID)", "/data/attributes/key");
    row("KEY_TAKEN", 422, "has already been taken", "/data/attributes/key");
    row("KEY_NOT_SUPPORTED", 422, "cannot be specified for a legacy encrypted license", "/data/attributes/key");
    row("KEY_BYTE_SIZE_EXCEEDED", 422, "key exceeds maximum byte length (245)", "/data/attributes/key");
    row("KEY_JWT_CLAIMS_INVALID", 422, "key must be a valid JWT claims payload", "/data/attributes/key");
    row("KEY_INVALID", 422, "is too short (minimum is 6 characters)", "/data/attributes/key");
    row("POLICY_POOL_EMPTY", 422, "pool is empty", "/data/relationships/policy");
    row("POLICY_NOT_COMPATIBLE",
        422,
        "cannot change to a policy with a different scheme",
        "/data/relationships/policy");
    row("POLICY_NOT_FOUND", 422, "must exist", "/data/relationships/policy");
    row("POLICY_BLANK", 422, "must exist", "/data/relationships/policy");
    row("LICENSE_NOT_FOUND", 422, "must exist", "/data/relationships/license");
    row("EXPIRY_INVALID", 422, "must be a valid ISO 8601 timestamp", "/data/attributes/expiry");
    row("METADATA_INVALID", 422, "must be an object", "/data/attributes/metadata");
    row("METADATA_TOO_LONG", 422, "too many keys (exceeded limit of 64 keys)", "/data/attributes/metadata");
    row("NAME_BLANK", 422, "cannot be blank", "/data/attributes/name");
    row("NAME_MISSING", 422, "can't be blank", "/data/attributes/name");
    row("CODE_TAKEN", 422, "has already been taken", "/data/attributes/code");
    row("ID_CONFLICT", 422, "must not conflict with another license", "/data/id");
    // Policies
    row("MAX_MACHINES_INVALID", 422, "must be greater than or equal to 0", "/data/attributes/maxMachines");
    row("DURATION_INVALID", 422, "must be greater than or equal to 86400 (1 day)", "/data/attributes/duration");
    row("HEARTBEAT_DURATION_INVALID",
        422,
        "must be greater than or equal to 60 (1 minute)",
        "/data/attributes/heartbeatDuration");
    row("CHECK_IN_INTERVAL_COUNT_INVALID",
        422,
        "must be a number between 1 and 365 inclusive",
        "/data/attributes/checkInIntervalCount");
    row("CHECKININTERVAL_BLANK", 422, "is required when check-in is required", "/data/attributes/checkInInterval");
    row("EXPIRATION_STRATEGY_NOT_ALLOWED", 422, "is not included in the list", "/data/attributes/expirationStrategy");
    row("ROLE_NOT_ALLOWED", 422, "is not included in the list", "/data/attributes/role");
    row("SCHEME_NOT_SUPPORTED", 422, "LEGACY_ENCRYPT is not supported", "/data/relationships/policy");
    row("USE_POOL_NOT_SUPPORTED", 422, "cannot be used with a cryptographic scheme", "/data/attributes/usePool");
    row("OVERAGE_STRATEGY_NOT_SUPPORTED",
        422,
        "incompatible with limits not divisible by 4",
        "/data/attributes/overageStrategy");
    row("HEARTBEAT_CULL_STRATEGY_NOT_SUPPORTED",
        422,
        "must be KEEP_DEAD when resurrection strategy is ALWAYS_REVIVE",
        "/data/attributes/heartbeatCullStrategy");
    // The account's plan
    row("ACCOUNT_ALU_LIMIT_EXCEEDED", 402, "active licensed user count has exceeded maximum allowed", "/data");
    row("ACCOUNT_LICENSE_LIMIT_EXCEEDED", 402, "license count has exceeded maximum allowed", "/data");
}

void TestApiError::everyCodeHasItsOwnSentence()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(QString, pointer);
    const QString title = QStringLiteral("Unprocessable resource");
    const ApiError error = ApiError::fromHttp(status, errorDocument({errorEntry(code, title, detail, pointer)}));
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.detail(), detail);
    QCOMPARE(error.requestId(), QStringLiteral("req-1"));
    const QString message = error.userMessage();
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
    QVERIFY2(!message.contains(code), qPrintable(message)); // a sentence, not the code

    // What the same answer would say if Keydesk did not know the code: Keygen's title and detail, or the
    // sentence for the status.
    const ApiError unknown = ApiError::fromHttp(status, errorDocument({errorEntry({}, title, detail, pointer)}));
    QVERIFY2(message != unknown.userMessage(), qPrintable(message));
    QVERIFY(message != ApiError::statusMessage(status));
    QCOMPARE(ApiError::messageForCode(code, detail, pointer), message);
}

void TestApiError::everyValidationCodeHasItsOwnSentence_data()
{
    QTest::addColumn<QString>("code");
    // The licenses page's validation codes (both tables) and ENVIRONMENT_SCOPE_* from wire formats §6.
    for (const char *code : {"VALID",
                             "NOT_FOUND",
                             "SUSPENDED",
                             "EXPIRED",
                             "OVERDUE",
                             "NO_MACHINE",
                             "NO_MACHINES",
                             "TOO_MANY_MACHINES",
                             "TOO_MANY_CORES",
                             "TOO_MUCH_MEMORY",
                             "TOO_MUCH_DISK",
                             "TOO_MANY_PROCESSES",
                             "TOO_MANY_USERS",
                             "FINGERPRINT_SCOPE_REQUIRED",
                             "FINGERPRINT_SCOPE_MISMATCH",
                             "FINGERPRINT_SCOPE_EMPTY",
                             "COMPONENTS_SCOPE_REQUIRED",
                             "COMPONENTS_SCOPE_MISMATCH",
                             "COMPONENTS_SCOPE_EMPTY",
                             "USER_SCOPE_REQUIRED",
                             "USER_SCOPE_MISMATCH",
                             "HEARTBEAT_NOT_STARTED",
                             "HEARTBEAT_DEAD",
                             "BANNED",
                             "PRODUCT_SCOPE_REQUIRED",
                             "PRODUCT_SCOPE_MISMATCH",
                             "POLICY_SCOPE_REQUIRED",
                             "POLICY_SCOPE_MISMATCH",
                             "MACHINE_SCOPE_REQUIRED",
                             "MACHINE_SCOPE_MISMATCH",
                             "ENTITLEMENTS_MISSING",
                             "ENTITLEMENTS_SCOPE_EMPTY",
                             "VERSION_SCOPE_REQUIRED",
                             "VERSION_SCOPE_MISMATCH",
                             "CHECKSUM_SCOPE_REQUIRED",
                             "CHECKSUM_SCOPE_MISMATCH",
                             "ENVIRONMENT_SCOPE_REQUIRED",
                             "ENVIRONMENT_SCOPE_MISMATCH"}) {
        QTest::newRow(code) << QString::fromLatin1(code);
    }
}

void TestApiError::everyValidationCodeHasItsOwnSentence()
{
    QFETCH(QString, code);
    const QString message = ApiError::validationMessage(code);
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(code));
    QVERIFY(ApiError::knownValidationCodes().contains(code));
    // Each result reads differently: a user tells them apart.
    static QSet<QString> seen;
    QVERIFY2(!seen.contains(message), qPrintable(message));
    seen.insert(message);
}

// The sandbox's sources are read to find every code it answers with, so that a code added there without a
// sentence here fails this test.
void TestApiError::everySandboxCodeIsKnown()
{
    const QDir dir(QStringLiteral(KEYDESK_SOURCE_DIR "/app/sandbox"));
    QSet<QString> codes;
    // error(status, detail, QStringLiteral("CODE") …) and the "CODE|pointer|detail" strings of resourcespec.cpp.
    static const QRegularExpression call(QStringLiteral("\\berror\\(\\s*\\d{3}\\s*,(.*?)\\);"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression literal(QStringLiteral("QStringLiteral\\(\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"\\)"));
    static const QRegularExpression piped(QStringLiteral("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\|/data"));
    for (const QString &file : dir.entryList({QStringLiteral("*.cpp")}, QDir::Files)) {
        QFile source(dir.filePath(file));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(source.readAll());
        QRegularExpressionMatchIterator calls = call.globalMatch(text);
        while (calls.hasNext()) {
            QRegularExpressionMatchIterator names = literal.globalMatch(calls.next().captured(1));
            while (names.hasNext()) {
                codes.insert(names.next().captured(1));
            }
        }
        QRegularExpressionMatchIterator pipes = piped.globalMatch(text);
        while (pipes.hasNext()) {
            codes.insert(pipes.next().captured(1));
        }
    }
    // The scan found what it must find; it would otherwise pass on nothing.
    for (const char *expected : {"MACHINE_LIMIT_EXCEEDED",
                                 "FINGERPRINT_TAKEN",
                                 "TOKEN_INVALID",
                                 "NOT_FOUND",
                                 "TOO_MANY_REQUESTS",
                                 "LICENSE_NOT_SUSPENDED",
                                 "USE_POOL_NOT_SUPPORTED"}) {
        QVERIFY2(codes.contains(QLatin1String(expected)), expected);
    }
    QVERIFY(codes.size() >= 30);
    for (const QString &code : std::as_const(codes)) {
        QVERIFY2(!ApiError::messageForCode(code, {}, {}).isEmpty(), qPrintable(code));
    }
}

void TestApiError::numbersFromDetails_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("3 machines") << QStringLiteral("MACHINE_LIMIT_EXCEEDED")
                                << QStringLiteral("machine count has exceeded maximum allowed for license (3)")
                                << QStringLiteral("This license already has its maximum of 3 machines. Deactivate one "
                                                  "first.");
    QTest::newRow("1 machine") << QStringLiteral("MACHINE_LIMIT_EXCEEDED")
                               << QStringLiteral("machine count has exceeded maximum allowed for license (1)")
                               << QStringLiteral("This license already has its one allowed machine. Deactivate it "
                                                 "first.");
    QTest::newRow("per user") << QStringLiteral("MACHINE_LIMIT_EXCEEDED")
                              << QStringLiteral("machine count has exceeded maximum allowed for user (5)")
                              << QStringLiteral("This user already has the maximum of 5 machines this license allows "
                                                "per user. Deactivate one first.");
    QTest::newRow("no number") << QStringLiteral("MACHINE_LIMIT_EXCEEDED") << QString()
                               << QStringLiteral("This license already has as many machines as it allows. Deactivate "
                                                 "one first.");
    QTest::newRow("cores") << QStringLiteral("MACHINE_CORE_LIMIT_EXCEEDED")
                           << QStringLiteral("machine core count has exceeded maximum allowed for license (16)")
                           << QStringLiteral("The machines of this license would have more than its maximum of 16 CPU "
                                             "cores. Deactivate a machine first.");
    QTest::newRow("users") << QStringLiteral("USER_LIMIT_EXCEEDED")
                           << QStringLiteral("user count has exceeded maximum allowed for license (7)")
                           << QStringLiteral("This license already has its maximum of 7 users. Remove one first.");
    QTest::newRow("uses") << QStringLiteral("USAGE_EXCEEDED")
                          << QStringLiteral("usage exceeds maximum allowed by current policy (10)")
                          << QStringLiteral("This license has reached its maximum of 10 uses.");
    QTest::newRow("key bytes") << QStringLiteral("KEY_BYTE_SIZE_EXCEEDED")
                               << QStringLiteral("key exceeds maximum byte length (245)")
                               << QStringLiteral("The license key's data is too long for the policy's RSA scheme: at "
                                                 "most 245 bytes.");
    QTest::newRow("ttl") << QStringLiteral("CHECKOUT_TTL_INVALID")
                         << QStringLiteral("must be greater than or equal to 3600 (1 hour)")
                         << QStringLiteral("The file's validity period is too short: it must be at least 3600 "
                                           "seconds.");
    QTest::newRow("overage") << QStringLiteral("OVERAGE_STRATEGY_NOT_SUPPORTED")
                             << QStringLiteral("incompatible with limits not divisible by 4")
                             << QStringLiteral("This overage strategy needs limits that are divisible by 4.");
    QTest::newRow("group") << QStringLiteral("GROUP_LICENSE_LIMIT_EXCEEDED")
                           << QStringLiteral("license count has exceeded maximum allowed by current group (12)")
                           << QStringLiteral("The group already has its maximum of 12 licenses.");
}

void TestApiError::numbersFromDetails()
{
    QFETCH(QString, code);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    QCOMPARE(ApiError::fromHttp(422,
                                errorDocument({errorEntry(code,
                                                          QStringLiteral("Unprocessable resource"),
                                                          detail,
                                                          QStringLiteral("/data"))}))
                 .userMessage(),
             expected);
}

void TestApiError::fallbacks()
{
    // An unknown code: Keygen's title and detail, with the parameter.
    QJsonObject entry = errorEntry(QStringLiteral("SOMETHING_NEW"),
                                   QStringLiteral("Bad request"),
                                   QStringLiteral("frobnication is not possible today"),
                                   {});
    ApiError error = ApiError::fromHttp(400, errorDocument({entry}));
    QCOMPARE(error.userMessage(), QStringLiteral("Bad request. Frobnication is not possible today."));
    // No code (Keygen's parameter errors): the same, naming the parameter.
    entry = errorEntry({},
                       QStringLiteral("Bad request"),
                       QStringLiteral("page size must be a number between 1 and 100"),
                       {});
    entry.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("parameter"), QStringLiteral("page[size]")}});
    error = ApiError::fromHttp(400, errorDocument({entry}));
    QCOMPARE(error.sourceParameter(), QStringLiteral("page[size]"));
    QCOMPARE(error.userMessage(),
             QStringLiteral("Bad request. Page size must be a number between 1 and 100 (parameter page[size])."));

    // Neither code nor detail: one sentence per status, and they differ.
    QSet<QString> messages;
    for (int status : {400, 401, 402, 403, 404, 405, 408, 409, 422, 429, 500, 503, 418, 599, 302}) {
        const ApiError bare = ApiError::fromHttp(status, errorDocument({errorEntry({}, {}, {}, {})}));
        QCOMPARE(bare.userMessage(), ApiError::statusMessage(status));
        QVERIFY(!bare.userMessage().isEmpty());
        messages.insert(bare.userMessage());
    }
    QCOMPARE(messages.size(), 15);
    QVERIFY(ApiError::statusMessage(418).contains(QLatin1String("418")));
    QCOMPARE(ApiError::statusMessage(502), ApiError::statusMessage(503));

    QVERIFY(ApiError().userMessage().isEmpty());
    QVERIFY(!ApiError().isError());
}

void TestApiError::severalErrors()
{
    const ApiError error = ApiError::fromHttp(422,
                                              errorDocument({errorEntry(QStringLiteral("NAME_MISSING"),
                                                                        QStringLiteral("Unprocessable resource"),
                                                                        QStringLiteral("can't be blank"),
                                                                        QStringLiteral("/data/attributes/name")),
                                                             errorEntry(QStringLiteral("EMAIL_INVALID"),
                                                                        QStringLiteral("Unprocessable resource"),
                                                                        QStringLiteral("must be a valid email"),
                                                                        QStringLiteral("/data/attributes/email")),
                                                             errorEntry(QStringLiteral("EMAIL_INVALID"),
                                                                        QStringLiteral("Unprocessable resource"),
                                                                        QStringLiteral("must be a valid email"),
                                                                        QStringLiteral("/data/attributes/email"))}));
    QCOMPARE(error.errors().size(), 3);
    QCOMPARE(error.code(), QStringLiteral("NAME_MISSING")); // the first one
    QCOMPARE(error.userMessage(),
             QStringLiteral("Enter the name: it cannot be empty. The email address is not valid."));
    QVERIFY(error.technicalSummary().contains(QLatin1String("EMAIL_INVALID: must be a valid email")));
    QVERIFY(error.technicalSummary().contains(QLatin1String("request id req-1")));
}

void TestApiError::notJsonApiBody()
{
    const ApiError error = ApiError::fromHttp(502, QByteArray("<html><body>Bad Gateway</body></html>"));
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 502);
    QCOMPARE(error.userMessage(), ApiError::statusMessage(502));
    QVERIFY(error.technicalDetail().contains(QLatin1String("JSON")));
    QVERIFY(error.isRetryable());

    const ApiError malformed = ApiError::malformedResponse(QStringLiteral("The license has no id."), 200);
    QCOMPARE(malformed.kind(), ApiError::Kind::Protocol);
    QCOMPARE(malformed.userMessage(), QStringLiteral("The server's answer could not be read. The license has no id."));
    QVERIFY(!malformed.isRetryable());
}

void TestApiError::networkErrors_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("httpStatus");
    const auto row =
        [](const char *name, QNetworkReply::NetworkError error, bool timedOut, ApiError::Kind kind, int status = 0) {
        QTest::newRow(name) << int(error) << timedOut << int(kind) << status;
    };
    row("refused", QNetworkReply::ConnectionRefusedError, false, ApiError::Kind::Network);
    row("closed", QNetworkReply::RemoteHostClosedError, false, ApiError::Kind::Network);
    row("host not found", QNetworkReply::HostNotFoundError, false, ApiError::Kind::Network);
    row("temporary failure", QNetworkReply::TemporaryNetworkFailureError, false, ApiError::Kind::Network);
    row("proxy", QNetworkReply::ProxyConnectionRefusedError, false, ApiError::Kind::Network);
    row("too many redirects", QNetworkReply::TooManyRedirectsError, false, ApiError::Kind::Network);
    row("insecure redirect", QNetworkReply::InsecureRedirectError, false, ApiError::Kind::Network);
    row("timeout", QNetworkReply::TimeoutError, false, ApiError::Kind::Timeout);
    row("own timer", QNetworkReply::OperationCanceledError, true, ApiError::Kind::Timeout);
    row("cancelled", QNetworkReply::OperationCanceledError, false, ApiError::Kind::Cancelled);
    row("tls", QNetworkReply::SslHandshakeFailedError, false, ApiError::Kind::Tls);
    row("unknown protocol", QNetworkReply::ProtocolUnknownError, false, ApiError::Kind::Protocol);
    row("404 without body", QNetworkReply::ContentNotFoundError, false, ApiError::Kind::Http, 404);
    row("503 without body", QNetworkReply::ServiceUnavailableError, false, ApiError::Kind::Http, 503);
}

void TestApiError::networkErrors()
{
    QFETCH(int, networkError);
    QFETCH(bool, timedOut);
    QFETCH(int, kind);
    QFETCH(int, httpStatus);
    const ApiError error = ApiError::fromNetworkError(QNetworkReply::NetworkError(networkError),
                                                      QStringLiteral("Qt's text"),
                                                      timedOut);
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(int(error.networkError()), networkError);
    QCOMPARE(error.httpStatus(), httpStatus);
    QCOMPARE(error.technicalDetail(), QStringLiteral("Qt's text"));
    QVERIFY(error.isError());
    QCOMPARE(error.isSecurityError(), kind == int(ApiError::Kind::Tls));
    const QString message = error.userMessage();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(QLatin1String("Qt's text")), qPrintable(message)); // Qt's English stays out
    // Each of these situations reads differently, except the two proxy-and-timeout pairs that mean the same.
    static QHash<QString, int> seen;
    if (kind != int(ApiError::Kind::Timeout)) {
        QVERIFY2(!seen.contains(message), qPrintable(message));
    }
    seen.insert(message, networkError);
}

void TestApiError::retryable_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<bool>("nonIdempotent");
    const auto http = [](int status) {
        return ApiError::fromHttp(status, errorDocument({errorEntry({}, {}, {}, {})}));
    };
    const auto network = [](QNetworkReply::NetworkError error) {
        return ApiError::fromNetworkError(error);
    };
    QTest::newRow("429") << http(429) << true << true;
    QTest::newRow("503") << http(503) << true << false;
    QTest::newRow("500") << http(500) << true << false;
    QTest::newRow("502") << http(502) << true << false;
    QTest::newRow("504") << http(504) << true << false;
    QTest::newRow("408") << http(408) << true << false;
    QTest::newRow("400") << http(400) << false << false;
    QTest::newRow("401") << http(401) << false << false;
    QTest::newRow("404") << http(404) << false << false;
    QTest::newRow("409") << http(409) << false << false;
    QTest::newRow("422") << http(422) << false << false;
    QTest::newRow("refused") << network(QNetworkReply::ConnectionRefusedError) << true << true;
    QTest::newRow("host not found") << network(QNetworkReply::HostNotFoundError) << true << true;
    QTest::newRow("closed") << network(QNetworkReply::RemoteHostClosedError) << true << false;
    QTest::newRow("temporary failure") << network(QNetworkReply::TemporaryNetworkFailureError) << true << false;
    QTest::newRow("too many redirects") << network(QNetworkReply::TooManyRedirectsError) << false << false;
    QTest::newRow("timeout") << ApiError::timeout(30) << true << false;
    QTest::newRow("cancelled") << ApiError::cancelled() << false << false;
    QTest::newRow("tls") << network(QNetworkReply::SslHandshakeFailedError) << false << false;
    QTest::newRow("signature") << ApiError::signatureFailure(QStringLiteral("Forged.")) << false << false;
    QTest::newRow("protocol") << ApiError::malformedResponse(QStringLiteral("Garbage.")) << false << false;
}

void TestApiError::retryable()
{
    QFETCH(ApiError, error);
    QFETCH(bool, idempotent);
    QFETCH(bool, nonIdempotent);
    QCOMPARE(error.isRetryable(true), idempotent);
    QCOMPARE(error.isRetryable(false), nonIdempotent);
}

void TestApiError::retryAfter()
{
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(ApiError::parseRetryAfter("120", now), std::optional<int>(120));
    QCOMPARE(ApiError::parseRetryAfter(" 0 ", now), std::optional<int>(0));
    QCOMPARE(ApiError::parseRetryAfter(toHttpDate(now.addSecs(90)), now), std::optional<int>(90));
    QCOMPARE(ApiError::parseRetryAfter(toHttpDate(now.addSecs(-90)), now), std::optional<int>(0));
    QCOMPARE(ApiError::parseRetryAfter("-5", now), std::nullopt);
    QCOMPARE(ApiError::parseRetryAfter("soon", now), std::nullopt);
    QCOMPARE(ApiError::parseRetryAfter("", now), std::nullopt);

    const ApiError
        limited = ApiError::fromHttp(429,
                                     errorDocument(
                                         {errorEntry(QStringLiteral("TOO_MANY_REQUESTS"),
                                                     QStringLiteral("Too many requests"),
                                                     QStringLiteral(
                                                         "Throttle limit has been reached for your IP address."),
                                                     {})}),
                                     42);
    QCOMPARE(limited.retryAfterSeconds(), std::optional<int>(42));
    QCOMPARE(limited.userMessage(),
             QStringLiteral("The server's rate limit was reached: too many requests came from this computer in a "
                            "short time. Wait a moment and try again. The server asks to wait 42 seconds."));
}

void TestApiError::connectionRefusedOverRealNetwork()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    QNetworkAccessManager network;
    QUrl url(QStringLiteral("http://127.0.0.1/v1/ping"));
    url.setPort(port);
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    const ApiError error = ApiError::fromNetworkError(reply->error(), reply->errorString());
    reply->deleteLater();
    QCOMPARE(error.kind(), ApiError::Kind::Network);
    QCOMPARE(error.networkError(), QNetworkReply::ConnectionRefusedError);
    QCOMPARE(error.userMessage(),
             QStringLiteral("The server refused the connection. Check the server address and port, and whether the "
                            "server is running."));
    QVERIFY(error.isRetryable(false));
}

void TestApiError::timeoutOverRealNetwork()
{
    sandbox::SandboxServer slow;
    sandbox::SandboxOptions options;
    options.faults.latencyMs = 3000;
    QString problem;
    QVERIFY2(slow.start(options, &problem), qPrintable(problem));

    QNetworkAccessManager network;
    QNetworkRequest request(slow.baseUrl().resolved(QUrl(QStringLiteral("/v1/ping"))));
    request.setTransferTimeout(200);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    // Qt 6.4 reports its transfer timeout as OperationCanceledError, like a cancel: the network service has to
    // pass timedOut when it did not cancel the request itself.
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(ApiError::fromNetworkError(reply->error()).kind(), ApiError::Kind::Cancelled);
    const ApiError error = ApiError::fromNetworkError(reply->error(), reply->errorString(), true);
    reply->deleteLater();
    QCOMPARE(error.kind(), ApiError::Kind::Timeout);
    QCOMPARE(error.userMessage(),
             QStringLiteral("The server did not answer in time. Check the connection and try again."));
    QVERIFY(error.isRetryable(true));
    QVERIFY(!error.isRetryable(false));
}

void TestApiError::sandboxMachineLimitAndFingerprint()
{
    const Reply policy = m_client->createPolicy(m_product,
                                                {{QStringLiteral("floating"), true},
                                                 {QStringLiteral("maxMachines"), 3}});
    QCOMPARE(policy.status, 201);
    const Reply license = m_client->createLicense(policy.id());
    QCOMPARE(license.status, 201);
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(m_client->activateMachine(license.id(), QStringLiteral("fp-%1").arg(i)).status, 201);
    }

    const Reply duplicate = m_client->activateMachine(license.id(), QStringLiteral("fp-1"));
    ApiError error = fromReply(duplicate);
    QCOMPARE(error.httpStatus(), 422);
    QCOMPARE(error.code(), QStringLiteral("FINGERPRINT_TAKEN"));
    QCOMPARE(error.sourcePointer(), QStringLiteral("/data/attributes/fingerprint"));
    QCOMPARE(error.userMessage(),
             QStringLiteral("A machine with this fingerprint is already activated for this license."));

    const Reply fourth = m_client->activateMachine(license.id(), QStringLiteral("fp-4"));
    error = fromReply(fourth);
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 422);
    QCOMPARE(error.code(), QStringLiteral("MACHINE_LIMIT_EXCEEDED"));
    QCOMPARE(error.sourcePointer(), QStringLiteral("/data"));
    QVERIFY(!error.requestId().isEmpty());
    QCOMPARE(error.userMessage(),
             QStringLiteral("This license already has its maximum of 3 machines. Deactivate one first."));
    QVERIFY(!error.isRetryable());
}

void TestApiError::sandboxAuthentication()
{
    const QString products = m_client->accountPath() + QStringLiteral("/products");
    Reply reply = m_client->send("GET", products, {}, {{"Authorization", "Bearer admin-0000v3"}}, false);
    ApiError error = fromReply(reply);
    QCOMPARE(error.httpStatus(), 401);
    QCOMPARE(error.code(), QStringLiteral("TOKEN_INVALID"));
    QCOMPARE(error.userMessage(),
             QStringLiteral("The API token of this profile is not valid for this account. Check the token or create a "
                            "new one."));

    reply = m_client->send("GET", products, {}, {{"Authorization", "Bearer " + newUuid().toLatin1()}}, false);
    error = fromReply(reply);
    QCOMPARE(error.code(), QStringLiteral("TOKEN_FORMAT_INVALID"));
    QCOMPARE(error.userMessage(),
             QStringLiteral("The API token has the wrong format: enter the token itself, not the token's id."));

    reply = m_client->send("GET", products, {}, {}, false);
    error = fromReply(reply);
    QCOMPARE(error.code(), QStringLiteral("TOKEN_MISSING"));
    QVERIFY(error.userMessage().startsWith(QLatin1String("The server needs an API token")));
}

void TestApiError::sandboxNotFound()
{
    Reply reply = m_client->send("GET", m_client->accountPath() + QStringLiteral("/licenses/") + newUuid());
    ApiError error = fromReply(reply);
    QCOMPARE(error.httpStatus(), 404);
    QCOMPARE(error.code(), QStringLiteral("NOT_FOUND"));
    QCOMPARE(error.userMessage(),
             QStringLiteral("The license does not exist on the server (any more). Someone may have deleted it."));

    reply = m_client->send("GET", QStringLiteral("/v1/accounts/no-such-account/licenses"));
    error = fromReply(reply);
    QCOMPARE(error.httpStatus(), 404);
    QCOMPARE(error.userMessage(),
             QStringLiteral("The account does not exist on this server. Check the account id of the profile."));

    reply = m_client->send("GET", QStringLiteral("/v2/something"));
    error = fromReply(reply);
    QCOMPARE(error.httpStatus(), 404);
    QVERIFY2(error.userMessage().startsWith(QLatin1String("The server does not offer this function.")),
             qPrintable(error.userMessage()));
}

void TestApiError::sandboxValidation()
{
    // A license without its policy, and a policy with a value out of range.
    Reply reply = m_client->create(QStringLiteral("licenses"), {{QStringLiteral("name"), QStringLiteral("L")}});
    ApiError error = fromReply(reply);
    QCOMPARE(error.httpStatus(), 422);
    QCOMPARE(error.sourcePointer(), QStringLiteral("/data/relationships/policy"));
    QCOMPARE(error.code(), QStringLiteral("POLICY_NOT_FOUND")); // Keygen: a blank relationship is NOT_FOUND
    QCOMPARE(error.userMessage(),
             QStringLiteral("Choose the policy: none is selected, or the selected one does not exist (any more)."));

    reply = m_client->create(QStringLiteral("policies"),
                             {{QStringLiteral("name"), QStringLiteral("P")}, {QStringLiteral("duration"), 60}},
                             {{QStringLiteral("product"), {QStringLiteral("products"), m_product}}});
    error = fromReply(reply);
    QCOMPARE(error.httpStatus(), 422);
    QCOMPARE(error.userMessage(),
             QStringLiteral("The value of the duration is not valid: Must be greater than or equal to 86400 (1 day)."));
}

void TestApiError::sandboxRateLimit()
{
    sandbox::SandboxServer limited;
    sandbox::SandboxOptions options;
    options.rateLimit = *sandbox::parseRateLimit(QStringLiteral("2/1h"));
    QString problem;
    QVERIFY2(limited.start(options, &problem), qPrintable(problem));
    SandboxClient client(limited);
    const QString products = client.accountPath() + QStringLiteral("/products");
    QCOMPARE(client.send("GET", products).status, 200);
    QCOMPARE(client.send("GET", products).status, 200);
    const Reply reply = client.send("GET", products);
    const ApiError error = fromReply(reply);
    QCOMPARE(error.httpStatus(), 429);
    QCOMPARE(error.code(), QStringLiteral("TOO_MANY_REQUESTS"));
    QVERIFY(error.retryAfterSeconds().has_value());
    QVERIFY(*error.retryAfterSeconds() >= 1 && *error.retryAfterSeconds() <= 3600);
    QVERIFY(error.userMessage().contains(
        QStringLiteral("The server asks to wait %1 second").arg(*error.retryAfterSeconds())));
    QVERIFY(error.isRetryable(false));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
