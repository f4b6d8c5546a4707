// Response signatures: Keygen's own signed responses verify, any altered byte is refused with the reason a user
// needs, and every algorithm the sandbox signs with verifies over real HTTP.

#include "app/api/httpdate.h"
#include "app/api/responsesignature.h"
#include "app/licensing/publickeys.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/licensing/vectors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace keydesk::api;
using namespace keydesk::test;
using keydesk::FixedClock;
using keydesk::parsePublicKeys;
namespace crypto = keydesk::crypto;
namespace sandbox = keydesk::sandbox;

namespace {

// A response signature vector: request.txt ("METHOD target" and the host), headers.txt, body.json.
struct Vector
{
    SignedResponse response;
    QByteArray signingString;
    QList<crypto::PublicKey> keys;
    QString accountId;
    QDateTime date;
};

QByteArray headerLine(const QByteArray &headers, const QByteArray &name)
{
    for (const QByteArray &line : headers.split('\n')) {
        if (line.toLower().startsWith(QByteArray(name.toLower() + ':'))) {
            return line.mid(name.size() + 1).trimmed();
        }
    }
    return {};
}

Vector loadVector(const QString &folder)
{
    Vector vector;
    const QList<QByteArray> request = readVector(folder, QStringLiteral("request.txt")).split('\n');
    const QList<QByteArray> requestLine = request.value(0).trimmed().split(' ');
    const QByteArray headers = readVector(folder, QStringLiteral("headers.txt"));
    vector.response.method = requestLine.value(0);
    vector.response.requestTarget = requestLine.value(1);
    vector.response.host = request.value(1).trimmed();
    vector.response.httpStatus = 200;
    vector.response.date = headerLine(headers, "Date");
    vector.response.digest = headerLine(headers, "Digest");
    vector.response.signature = headerLine(headers, "Keygen-Signature");
    vector.response.body = readVector(folder, QStringLiteral("body.json"));
    vector.signingString = readVector(folder, QStringLiteral("signing_string.txt"));
    vector.keys = vectorPublicKeys(folder);
    // The accounts the vectors were signed for: Keygen's demo account (keygen-go README and tests), and the
    // account of the synthetic vectors.
    vector.accountId = folder.startsWith(QLatin1String("keygen/"))
                         ? QStringLiteral("1fddcec8-8dd3-4d8d-9b16-215cac0f9b52")
                         : QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001");
    vector.date = parseHttpDate(vector.response.date);
    return vector;
}

QStringList signatureVectors()
{
    return vectorFoldersWith(QStringLiteral("signing_string.txt"));
}

QByteArray flipByte(QByteArray bytes, qsizetype index)
{
    bytes[index] = bytes.at(index) == 'a' ? 'b' : 'a';
    return bytes;
}

} // namespace

class TestResponseSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vectorsVerify_data();
    void vectorsVerify();
    void alteredResponsesAreRefused_data();
    void alteredResponsesAreRefused();
    void clockSkew_data();
    void clockSkew();
    void missingAndMalformedParts_data();
    void missingAndMalformedParts();
    void keysAndAccount();
    void enforcementModes();
    void reasonsAreSpecific();
    void acceptHeaderAndNames();
    void requestTargetAsSent();
    void httpDates();
    void sandboxSignsWithEveryAlgorithm_data();
    void sandboxSignsWithEveryAlgorithm();
    void sandboxResponsesAltered();
    void sandboxUnsignedError();
    void sandboxRefusesUnknownAlgorithm();

private:
    struct Answer
    {
        SignedResponse response;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };

    Answer request(const QByteArray &method,
                   const QString &pathAndQuery,
                   const QByteArray &acceptSignature,
                   const QByteArray &body = {});

    sandbox::SandboxServer m_server;
    QNetworkAccessManager m_network;
    QList<crypto::PublicKey> m_accountKeys;
    QString m_accountId;
};

void TestResponseSignature::initTestCase()
{
    QVERIFY(signatureVectors().size() >= 6);
    QVERIFY(signatureVectors().contains(QStringLiteral("keygen/keygen-go-response-signature-get-me")));
    QVERIFY(signatureVectors().contains(QStringLiteral("keygen/keygen-go-response-signature-post-validate-key")));

    QString error;
    QVERIFY2(m_server.start(sandbox::SandboxOptions(), &error), qPrintable(error));
    // The account's public keys, as the network service will fetch them: GET /v1/accounts/<slug>, meta.keys.
    const Answer account = request("GET", QStringLiteral("/v1/accounts/") + m_server.account().slug, {});
    QCOMPARE(account.response.httpStatus, 200);
    m_accountKeys = parsePublicKeys(account.response.body, &error);
    QVERIFY2(m_accountKeys.size() == 3, qPrintable(error));
    m_accountId = QJsonDocument::fromJson(account.response.body)
                      .object()
                      .value(QLatin1String("data"))
                      .toObject()
                      .value(QLatin1String("id"))
                      .toString();
    QVERIFY(!m_accountId.isEmpty());
}

TestResponseSignature::Answer TestResponseSignature::request(const QByteArray &method,
                                                             const QString &pathAndQuery,
                                                             const QByteArray &acceptSignature,
                                                             const QByteArray &body)
{
    QUrl url = m_server.baseUrl();
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(pathAndQuery.left(question));
    if (question >= 0) {
        url.setQuery(pathAndQuery.mid(question + 1));
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.api+json");
    request.setRawHeader("Authorization", "Bearer " + m_server.adminToken().toLatin1());
    if (!body.isEmpty()) {
        request.setRawHeader("Content-Type", "application/vnd.api+json");
    }
    if (!acceptSignature.isEmpty()) {
        request.setRawHeader(kAcceptSignatureHeader, acceptSignature);
    }
    QNetworkReply *reply = method == "GET" ? m_network.get(request)
                                           : m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(10000);
    }
    Answer answer;
    answer.error = reply->error();
    answer.response = SignedResponse::fromReply(*reply, reply->readAll());
    reply->deleteLater();
    return answer;
}

void TestResponseSignature::vectorsVerify_data()
{
    QTest::addColumn<QString>("folder");
    for (const QString &folder : signatureVectors()) {
        QTest::newRow(qPrintable(folder)) << folder;
    }
}

void TestResponseSignature::vectorsVerify()
{
    QFETCH(QString, folder);
    const Vector vector = loadVector(folder);
    // The signing string is rebuilt byte for byte.
    QCOMPARE(vector.response.signingString(), vector.signingString);
    const FixedClock clock(vector.date.addSecs(30));
    const SignatureCheck check = ResponseVerifier(vector.keys, vector.accountId, clock).verify(vector.response);
    QVERIFY2(check.isValid(), qPrintable(check.reason()));
    QCOMPARE(check.algorithm, readVector(folder, QStringLiteral("algorithm.txt")).trimmed());
    QCOMPARE(check.keyUsed.type(), crypto::keyTypeFor(*signatureAlgorithmFromName(check.algorithm)));
    QCOMPARE(check.skewSeconds, -30);
    QVERIFY(isAccepted(SignatureMode::Enforce, check));
    QVERIFY(!check.toError().isError());
}

void TestResponseSignature::alteredResponsesAreRefused_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("expected");
    for (const QString &folder : signatureVectors()) {
        const auto row = [&folder](const char *part, SignatureStatus expected) {
            QTest::addRow("%s: %s", qPrintable(folder), part) << folder << QString::fromLatin1(part) << int(expected);
        };
        row("body", SignatureStatus::DigestMismatch);
        row("body and digest", SignatureStatus::BadSignature);
        row("date", SignatureStatus::BadSignature);
        row("path", SignatureStatus::BadSignature);
        row("query", SignatureStatus::BadSignature);
        row("host", SignatureStatus::BadSignature);
        row("method", SignatureStatus::BadSignature);
        row("signature", SignatureStatus::BadSignature);
    }
}

void TestResponseSignature::alteredResponsesAreRefused()
{
    QFETCH(QString, folder);
    QFETCH(QString, part);
    QFETCH(int, expected);
    const Vector vector = loadVector(folder);
    SignedResponse response = vector.response;
    if (part == QLatin1String("body")) {
        response.body = flipByte(response.body, response.body.size() / 2);
    } else if (part == QLatin1String("body and digest")) {
        // Whoever alters the body can also fix the digest; the signature still catches it.
        response.body = flipByte(response.body, response.body.size() / 2);
        response.digest = "sha-256=" + crypto::sha256(response.body).toBase64();
    } else if (part == QLatin1String("date")) {
        response.date = toHttpDate(vector.date.addSecs(1)); // one digit, and still a valid date
    } else if (part == QLatin1String("path")) {
        response.requestTarget = flipByte(response.requestTarget, 5);
    } else if (part == QLatin1String("query")) {
        response.requestTarget += response.requestTarget.contains('?') ? "&x=1" : "?x=1";
    } else if (part == QLatin1String("host")) {
        response.host = flipByte(response.host, 0);
    } else if (part == QLatin1String("method")) {
        response.method = response.method == "GET" ? "POST" : "GET";
    } else if (part == QLatin1String("signature")) {
        const qsizetype at = response.signature.indexOf("signature=\"") + 12;
        response.signature[at] = response.signature.at(at) == 'A' ? 'B' : 'A';
    }
    const FixedClock clock(vector.date);
    const SignatureCheck check = ResponseVerifier(vector.keys, vector.accountId, clock).verify(response);
    QCOMPARE(int(check.status), expected);
    QVERIFY(!isAccepted(SignatureMode::Enforce, check));
    QVERIFY(isAccepted(SignatureMode::Warn, check));
    const ApiError error = check.toError();
    QCOMPARE(error.kind(), ApiError::Kind::Signature);
    QVERIFY(error.isSecurityError());
    QVERIFY(error.userMessage().startsWith(check.reason()));
}

void TestResponseSignature::clockSkew_data()
{
    QTest::addColumn<int>("nowMinusDate");
    QTest::addColumn<int>("maxSkew");
    QTest::addColumn<int>("expected");
    QTest::newRow("on time") << 0 << 300 << int(SignatureStatus::Valid);
    QTest::newRow("4:59 old") << 299 << 300 << int(SignatureStatus::Valid);
    QTest::newRow("5:00 old") << 300 << 300 << int(SignatureStatus::Valid);
    QTest::newRow("5:01 old") << 301 << 300 << int(SignatureStatus::StaleDate);
    QTest::newRow("a day old") << 86400 << 300 << int(SignatureStatus::StaleDate);
    QTest::newRow("5:00 ahead") << -300 << 300 << int(SignatureStatus::Valid);
    QTest::newRow("5:01 ahead") << -301 << 300 << int(SignatureStatus::FutureDate);
    QTest::newRow("1:01 old, 1 minute allowed") << 61 << 60 << int(SignatureStatus::StaleDate);
}

void TestResponseSignature::clockSkew()
{
    QFETCH(int, nowMinusDate);
    QFETCH(int, maxSkew);
    QFETCH(int, expected);
    const Vector vector = loadVector(QStringLiteral("keygen/keygen-go-response-signature-get-me"));
    const FixedClock clock(vector.date.addSecs(nowMinusDate));
    ResponseVerifier verifier(vector.keys, vector.accountId, clock);
    QCOMPARE(verifier.maxSkew(), std::chrono::seconds(300)); // the documented 5 minutes
    verifier.setMaxSkew(std::chrono::seconds(maxSkew));
    const SignatureCheck check = verifier.verify(vector.response);
    QCOMPARE(int(check.status), expected);
    QCOMPARE(check.skewSeconds, qint64(-nowMinusDate));
    QCOMPARE(isAccepted(SignatureMode::Enforce, check), expected == int(SignatureStatus::Valid));
    if (expected == int(SignatureStatus::StaleDate) && nowMinusDate == 301) {
        QCOMPARE(check.reason(),
                 QStringLiteral("The server's answer is dated 5 minutes in the past: it may be a replayed old answer, "
                                "or this computer's clock is wrong."));
    }
}

void TestResponseSignature::missingAndMalformedParts_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");
    const auto status = [](SignatureStatus s) {
        return int(s);
    };
    QTest::newRow("no signature") << QByteArray("signature") << QByteArray()
                                  << status(SignatureStatus::MissingSignature);
    QTest::newRow("garbage signature header")
        << QByteArray("signature") << QByteArray("Signature ok") << status(SignatureStatus::MalformedSignature);
    QTest::newRow("unterminated quote") << QByteArray("signature") << QByteArray("algorithm=\"ed25519, signature=\"AA")
                                        << status(SignatureStatus::MalformedSignature);
    QTest::newRow("no algorithm") << QByteArray("signature") << QByteArray("keyid=\"k\", signature=\"AAAA\"")
                                  << status(SignatureStatus::MalformedSignature);
    QTest::newRow("signature not base64")
        << QByteArray("signature") << QByteArray("algorithm=\"ed25519\", signature=\"%%%\"")
        << status(SignatureStatus::MalformedSignature);
    QTest::newRow("unknown algorithm") << QByteArray("signature")
                                       << QByteArray("algorithm=\"hmac-sha256\", signature=\"AAAA\"")
                                       << status(SignatureStatus::UnknownAlgorithm);
    QTest::newRow("other signed headers")
        << QByteArray("signature") << QByteArray("algorithm=\"ed25519\", signature=\"AAAA\", headers=\"date\"")
        << status(SignatureStatus::UnsupportedHeaders);
    QTest::newRow("no digest") << QByteArray("digest") << QByteArray() << status(SignatureStatus::MissingDigest);
    QTest::newRow("sha-512 digest") << QByteArray("digest") << QByteArray("sha-512=AAAA")
                                    << status(SignatureStatus::DigestMismatch);
    QTest::newRow("no date") << QByteArray("date") << QByteArray() << status(SignatureStatus::MissingDate);
    QTest::newRow("unreadable date") << QByteArray("date") << QByteArray("yesterday")
                                     << status(SignatureStatus::MalformedDate);
    QTest::newRow("wrong weekday") << QByteArray("date") << QByteArray("Thu, 15 Jun 2022 18:52:14 GMT")
                                   << status(SignatureStatus::MalformedDate);
}

void TestResponseSignature::missingAndMalformedParts()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const Vector vector = loadVector(QStringLiteral("keygen/keygen-go-response-signature-get-me"));
    SignedResponse response = vector.response;
    if (header == "signature") {
        response.signature = value;
    } else if (header == "digest") {
        response.digest = value;
    } else {
        response.date = value;
    }
    const FixedClock clock(vector.date);
    const SignatureCheck check = ResponseVerifier(vector.keys, vector.accountId, clock).verify(response);
    QCOMPARE(int(check.status), expected);
    QVERIFY(!isAccepted(SignatureMode::Enforce, check));
}

void TestResponseSignature::keysAndAccount()
{
    const Vector vector = loadVector(QStringLiteral("keygen/keygen-go-response-signature-get-me"));
    const FixedClock clock(vector.date);
    const QList<crypto::PublicKey> syntheticKeys = vectorPublicKeys(
        QStringLiteral("synthetic/synthetic-response-signature-ed25519"));

    // Signed for another account than the profile's.
    SignatureCheck check = ResponseVerifier(vector.keys, QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001"), clock)
                               .verify(vector.response);
    QCOMPARE(check.status, SignatureStatus::WrongKeyId);
    QCOMPARE(check.keyId, QByteArray("1fddcec8-8dd3-4d8d-9b16-215cac0f9b52"));
    // A profile that knows only the slug accepts any key id; the key still has to match.
    check = ResponseVerifier(vector.keys, QString(), clock).verify(vector.response);
    QCOMPARE(check.status, SignatureStatus::Valid);
    // Another account's Ed25519 key.
    QList<crypto::PublicKey> otherEd25519;
    for (const crypto::PublicKey &key : syntheticKeys) {
        if (key.type() == crypto::KeyType::Ed25519) {
            otherEd25519.append(key);
        }
    }
    QCOMPARE(otherEd25519.size(), 1);
    check = ResponseVerifier(otherEd25519, vector.accountId, clock).verify(vector.response);
    QCOMPARE(check.status, SignatureStatus::BadSignature);
    // Only RSA and ECDSA keys: nothing can check an Ed25519 signature.
    QList<crypto::PublicKey> noEd25519;
    for (const crypto::PublicKey &key : syntheticKeys) {
        if (key.type() != crypto::KeyType::Ed25519) {
            noEd25519.append(key);
        }
    }
    check = ResponseVerifier(noEd25519, vector.accountId, clock).verify(vector.response);
    QCOMPARE(check.status, SignatureStatus::NoKey);
    QVERIFY(check.reason().contains(QLatin1String("ed25519")));
    // Several keys of the same type (e.g. after a key rotation): the one that matches is used.
    check = ResponseVerifier(otherEd25519 + vector.keys, vector.accountId, clock).verify(vector.response);
    QCOMPARE(check.status, SignatureStatus::Valid);
    QCOMPARE(check.keyUsed.fingerprint(), vector.keys.constFirst().fingerprint());
}

void TestResponseSignature::enforcementModes()
{
    SignatureCheck valid;
    valid.status = SignatureStatus::Valid;
    valid.httpStatus = 200;
    SignatureCheck forged;
    forged.status = SignatureStatus::BadSignature;
    forged.httpStatus = 200;
    SignatureCheck unsignedData;
    unsignedData.status = SignatureStatus::MissingSignature;
    unsignedData.httpStatus = 200;
    SignatureCheck unsignedError = unsignedData;
    unsignedError.httpStatus = 429;
    SignatureCheck forgedError = forged;
    forgedError.httpStatus = 422;

    QVERIFY(isAccepted(SignatureMode::Enforce, valid));
    QVERIFY(!isAccepted(SignatureMode::Enforce, forged));
    QVERIFY(!isAccepted(SignatureMode::Enforce, unsignedData));
    QVERIFY(isAccepted(SignatureMode::Enforce, unsignedError)); // Keygen does not sign every error
    QVERIFY(!isAccepted(SignatureMode::Enforce, forgedError));  // but a signature that is there must match
    for (const SignatureCheck &check : {valid, forged, unsignedData, unsignedError, forgedError}) {
        QVERIFY(isAccepted(SignatureMode::Warn, check));
        QVERIFY(isAccepted(SignatureMode::Off, check));
    }
    for (const SignatureMode mode : {SignatureMode::Enforce, SignatureMode::Warn, SignatureMode::Off}) {
        QCOMPARE(signatureModeFromKey(signatureModeKey(mode)), mode);
    }
    QCOMPARE(signatureModeKey(SignatureMode::Warn), QStringLiteral("warn"));
    QCOMPARE(signatureModeFromKey(u"OFF"), SignatureMode::Off);
    QCOMPARE(signatureModeFromKey(u""), SignatureMode::Enforce);         // the default
    QCOMPARE(signatureModeFromKey(u"disabled"), SignatureMode::Enforce); // never off by accident

    QVERIFY(!valid.toError().isError());
    const ApiError error = forged.toError();
    QCOMPARE(error.kind(), ApiError::Kind::Signature);
    QVERIFY(error.isSecurityError());
    QVERIFY(!error.isRetryable());
    QCOMPARE(error.userMessage(),
             QStringLiteral("The signature of the server's answer does not match the account's public key: the answer "
                            "may be forged or altered. Keydesk ignored the answer."));
}

void TestResponseSignature::reasonsAreSpecific()
{
    QSet<QString> reasons;
    for (int status = int(SignatureStatus::Valid); status <= int(SignatureStatus::BadSignature); ++status) {
        SignatureCheck check;
        check.status = SignatureStatus(status);
        check.algorithm = "ed25519";
        check.skewSeconds = 400;
        const QString reason = check.reason();
        QVERIFY2(!reason.isEmpty(), qPrintable(QString::number(status)));
        QVERIFY2(reason.endsWith(QLatin1Char('.')), qPrintable(reason));
        reasons.insert(reason);
    }
    QCOMPARE(reasons.size(), int(SignatureStatus::BadSignature) + 1);
}

void TestResponseSignature::acceptHeaderAndNames()
{
    QCOMPARE(acceptSignatureHeader(crypto::SignatureAlgorithm::Ed25519), QByteArray("algorithm=\"ed25519\""));
    QCOMPARE(acceptSignatureHeader(crypto::SignatureAlgorithm::RsaPssSha256, QStringLiteral("acc-1")),
             QByteArray("keyid=\"acc-1\", algorithm=\"rsa-pss-sha256\""));
    QCOMPARE(acceptSignatureHeader(crypto::SignatureAlgorithm::RsaPkcs1Sha256), QByteArray("algorithm=\"rsa-sha256\""));
    QCOMPARE(acceptSignatureHeader(crypto::SignatureAlgorithm::EcdsaP256Sha256),
             QByteArray("algorithm=\"ecdsa-p256\""));
    QCOMPARE(signatureAlgorithmFromName("ECDSA-P256"), std::optional(crypto::SignatureAlgorithm::EcdsaP256Sha256));
    QCOMPARE(signatureAlgorithmFromName("rsa-pss-sha512"), std::nullopt);
    QCOMPARE(signatureAlgorithmFromName(""), std::nullopt);

    const auto header = SignatureHeader::parse(
        "keyid=\"1fddcec8\", algorithm=\"ed25519\", signature=\"IiyY+/==\", headers=\"(request-target) host date "
        "digest\"");
    QVERIFY(header);
    QCOMPARE(header->keyId, QByteArray("1fddcec8"));
    QCOMPARE(header->algorithm, QByteArray("ed25519"));
    QCOMPARE(header->signature, QByteArray("IiyY+/=="));
    QCOMPARE(header->headers, QByteArray("(request-target) host date digest"));
    QVERIFY(!SignatureHeader::parse("keyid=\"1\" algorithm=\"ed25519\" signature=\"x\" junk"));
}

void TestResponseSignature::requestTargetAsSent()
{
    QCOMPARE(requestTarget(QUrl(QStringLiteral("https://api.keygen.sh/v1/accounts/demo/me#section"))),
             QByteArray("/v1/accounts/demo/me"));
    QCOMPARE(requestTarget(QUrl(QStringLiteral("https://api.keygen.sh"))), QByteArray("/"));
    QCOMPARE(requestTarget(QUrl(QStringLiteral("http://h/v1/./accounts/x/../demo/licenses?limit=5"))),
             QByteArray("/v1/accounts/demo/licenses?limit=5"));
    QCOMPARE(requestTarget(QUrl(QStringLiteral("http://h/v1/accounts/demo/machines/a%20b"))),
             QByteArray("/v1/accounts/demo/machines/a%20b"));
    QCOMPARE(signingHost(QUrl(QStringLiteral("https://API.keygen.sh:8443/v1"))), QByteArray("api.keygen.sh"));
    QCOMPARE(signingHost(QUrl(QStringLiteral("http://[::1]:3000/v1"))), QByteArray("[::1]"));
}

void TestResponseSignature::httpDates()
{
    const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), expected);
    QCOMPARE(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), expected);
    QCOMPARE(parseHttpDate("Sun Nov  6 08:49:37 1994"), expected);
    QCOMPARE(toHttpDate(expected), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    QVERIFY(!parseHttpDate("Sun, 06 Nov 1994 08:49:37 CET").isValid());
    QVERIFY(!parseHttpDate("Sun, 31 Feb 1994 08:49:37 GMT").isValid());
    QVERIFY(!parseHttpDate("").isValid());
}

void TestResponseSignature::sandboxSignsWithEveryAlgorithm_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("algorithm"); // -1: no Keygen-Accept-Signature (Keygen's default, ed25519)
    QTest::addColumn<int>("status");
    const QList<crypto::SignatureAlgorithm> algorithms{crypto::SignatureAlgorithm::Ed25519,
                                                       crypto::SignatureAlgorithm::RsaPssSha256,
                                                       crypto::SignatureAlgorithm::RsaPkcs1Sha256,
                                                       crypto::SignatureAlgorithm::EcdsaP256Sha256};
    for (int algorithm : {-1, 0, 1, 2, 3}) {
        const QByteArray name = algorithm < 0 ? QByteArray("default")
                                              : signatureAlgorithmName(algorithms.at(algorithm));
        // A list with a bracketed, percent-encoded query, as the pager will send it.
        QTest::addRow("%s: GET list", name.constData())
            << QByteArray("GET") << QStringLiteral("/licenses?page%5Bsize%5D=5&page%5Bnumber%5D=1") << QByteArray()
            << algorithm << 200;
        QTest::addRow("%s: POST validate-key", name.constData())
            << QByteArray("POST") << QStringLiteral("/licenses/actions/validate-key")
            << QByteArray("{\"meta\":{\"key\":\"NO-SUCH-KEY\"}}") << algorithm << 200;
        QTest::addRow("%s: 404 error", name.constData())
            << QByteArray("GET") << QStringLiteral("/licenses/00000000-0000-4000-8000-000000000000") << QByteArray()
            << algorithm << 404;
        QTest::addRow("%s: PATCH 404 error", name.constData())
            << QByteArray("PATCH") << QStringLiteral("/products/00000000-0000-4000-8000-000000000000")
            << QByteArray("{\"data\":{\"type\":\"products\",\"attributes\":{\"name\":\"x\"}}}") << algorithm << 404;
    }
}

void TestResponseSignature::sandboxSignsWithEveryAlgorithm()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, algorithm);
    QFETCH(int, status);
    const auto signatureAlgorithm = crypto::SignatureAlgorithm(qMax(algorithm, 0));
    const QByteArray accept = algorithm < 0 ? QByteArray() : acceptSignatureHeader(signatureAlgorithm, m_accountId);
    const Answer answer = request(method,
                                  QStringLiteral("/v1/accounts/") + m_server.account().slug + path,
                                  accept,
                                  body);
    QCOMPARE(answer.response.httpStatus, status);
    QCOMPARE(answer.response.method, method);
    QVERIFY(!answer.response.signature.isEmpty());

    const SignatureCheck check = ResponseVerifier(m_accountKeys, m_accountId).verify(answer.response);
    QVERIFY2(check.isValid(),
             qPrintable(check.reason() + QLatin1Char(' ') + QString::fromLatin1(answer.response.signature)));
    QCOMPARE(check.algorithm, signatureAlgorithmName(signatureAlgorithm));
    QCOMPARE(check.keyUsed.type(), crypto::keyTypeFor(signatureAlgorithm));
    QCOMPARE(check.keyId, m_accountId.toLatin1());
    QVERIFY(qAbs(check.skewSeconds) <= 5);
    QVERIFY(isAccepted(SignatureMode::Enforce, check));
}

void TestResponseSignature::sandboxResponsesAltered()
{
    const Answer answer = request("GET",
                                  QStringLiteral("/v1/accounts/") + m_server.account().slug
                                      + QStringLiteral("/products?limit=3"),
                                  acceptSignatureHeader(crypto::SignatureAlgorithm::EcdsaP256Sha256));
    QCOMPARE(answer.response.httpStatus, 200);
    const ResponseVerifier verifier(m_accountKeys, m_accountId);
    QVERIFY(verifier.verify(answer.response).isValid());

    SignedResponse altered = answer.response;
    altered.body.append(' ');
    QCOMPARE(verifier.verify(altered).status, SignatureStatus::DigestMismatch);
    altered = answer.response;
    altered.requestTarget.replace("limit=3", "limit=4");
    QCOMPARE(verifier.verify(altered).status, SignatureStatus::BadSignature);
    altered = answer.response;
    altered.host = "localhost"; // the same server under another name: not what was signed
    QCOMPARE(verifier.verify(altered).status, SignatureStatus::BadSignature);

    // A response recorded now and replayed ten minutes later.
    const FixedClock later(QDateTime::currentDateTimeUtc().addSecs(600));
    const SignatureCheck replayed = ResponseVerifier(m_accountKeys, m_accountId, later).verify(answer.response);
    QCOMPARE(replayed.status, SignatureStatus::StaleDate);
    QVERIFY(!isAccepted(SignatureMode::Enforce, replayed));
}

void TestResponseSignature::sandboxUnsignedError()
{
    // Outside an account the sandbox, like Keygen, cannot sign: an unknown endpoint answers an unsigned 404.
    const Answer answer = request("GET", QStringLiteral("/v2/nothing-here"), {});
    QCOMPARE(answer.response.httpStatus, 404);
    QVERIFY(answer.response.signature.isEmpty());
    const SignatureCheck check = ResponseVerifier(m_accountKeys, m_accountId).verify(answer.response);
    QCOMPARE(check.status, SignatureStatus::MissingSignature);
    QVERIFY(isAccepted(SignatureMode::Enforce, check)); // usable only as the error it is
}

void TestResponseSignature::sandboxRefusesUnknownAlgorithm()
{
    const Answer answer = request("GET",
                                  QStringLiteral("/v1/accounts/") + m_server.account().slug
                                      + QStringLiteral("/products"),
                                  "algorithm=\"hmac-sha256\"");
    QCOMPARE(answer.response.httpStatus, 400);
    const ApiError error = ApiError::fromHttp(answer.response.httpStatus, answer.response.body);
    QCOMPARE(error.sourceHeader(), QStringLiteral("Keygen-Accept-Signature"));
    QVERIFY2(error.userMessage().contains(QLatin1String("signed answers")), qPrintable(error.userMessage()));
}

QTEST_GUILESS_MAIN(TestResponseSignature)
#include "tst_responsesignature.moc"
