#include "app/api/responsesignature.h"

#include "app/api/httpdate.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace keydesk::api {

namespace {

// The only header list Keygen signs; the signing string below is built for exactly this one.
const QByteArray kSignedHeaders("(request-target) host date digest");

QString durationText(qint64 seconds)
{
    seconds = qAbs(seconds);
    if (seconds < 120) {
        return SignatureCheck::tr("%1 seconds").arg(seconds);
    }
    if (seconds < 2 * 3600) {
        return SignatureCheck::tr("%1 minutes").arg(seconds / 60);
    }
    if (seconds < 2 * 86400) {
        return SignatureCheck::tr("%1 hours").arg(seconds / 3600);
    }
    return SignatureCheck::tr("%1 days").arg(seconds / 86400);
}

} // namespace

QByteArray signatureAlgorithmName(crypto::SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case crypto::SignatureAlgorithm::Ed25519:
        return QByteArrayLiteral("ed25519");
    case crypto::SignatureAlgorithm::RsaPssSha256:
        return QByteArrayLiteral("rsa-pss-sha256");
    case crypto::SignatureAlgorithm::RsaPkcs1Sha256:
        return QByteArrayLiteral("rsa-sha256");
    case crypto::SignatureAlgorithm::EcdsaP256Sha256:
        return QByteArrayLiteral("ecdsa-p256");
    }
    return {};
}

std::optional<crypto::SignatureAlgorithm> signatureAlgorithmFromName(QByteArrayView name)
{
    const QByteArray lower = name.trimmed().toByteArray().toLower();
    for (const auto algorithm : {crypto::SignatureAlgorithm::Ed25519,
                                 crypto::SignatureAlgorithm::RsaPssSha256,
                                 crypto::SignatureAlgorithm::RsaPkcs1Sha256,
                                 crypto::SignatureAlgorithm::EcdsaP256Sha256}) {
        if (lower == signatureAlgorithmName(algorithm)) {
            return algorithm;
        }
    }
    return std::nullopt;
}

QByteArray acceptSignatureHeader(crypto::SignatureAlgorithm algorithm, const QString &accountId)
{
    QByteArray value;
    if (!accountId.isEmpty()) {
        value = "keyid=\"" + accountId.toLatin1() + "\", ";
    }
    return value + "algorithm=\"" + signatureAlgorithmName(algorithm) + '"';
}

QByteArray requestTarget(const QUrl &url)
{
    // What QHttpNetworkRequest::uri() puts on the request line for a direct (non-proxy) request.
    QUrl::FormattingOptions format = QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment
                                   | QUrl::FullyEncoded;
    QUrl copy = url;
    if (copy.path().isEmpty()) {
        copy.setPath(QStringLiteral("/"));
    } else {
        format |= QUrl::NormalizePathSegments;
    }
    return copy.toEncoded(format);
}

QByteArray signingHost(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':'))) {
        return '[' + host.toLatin1() + ']';
    }
    return host.toLatin1();
}

// SignatureHeader

std::optional<SignatureHeader> SignatureHeader::parse(QByteArrayView value)
{
    static const QRegularExpression pair(QStringLiteral("\\G\\s*([A-Za-z]+)\\s*=\\s*\"([^\"]*)\"\\s*(?:,|$)"));
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty()) {
        return std::nullopt;
    }
    SignatureHeader header;
    qsizetype offset = 0;
    while (offset < text.size()) {
        const QRegularExpressionMatch match = pair.match(text, offset);
        if (!match.hasMatch() || match.capturedLength() == 0) {
            return std::nullopt;
        }
        const QString name = match.captured(1).toLower();
        const QByteArray content = match.captured(2).toLatin1();
        if (name == QLatin1String("keyid")) {
            header.keyId = content;
        } else if (name == QLatin1String("algorithm")) {
            header.algorithm = content;
        } else if (name == QLatin1String("signature")) {
            header.signature = content;
        } else if (name == QLatin1String("headers")) {
            header.headers = content;
        }
        offset = match.capturedEnd();
    }
    if (header.algorithm.isEmpty() || header.signature.isEmpty()) {
        return std::nullopt;
    }
    return header;
}

// SignedResponse

SignedResponse SignedResponse::fromReply(const QNetworkReply &reply, const QByteArray &body)
{
    SignedResponse response;
    switch (reply.operation()) {
    case QNetworkAccessManager::HeadOperation:
        response.method = QByteArrayLiteral("HEAD");
        break;
    case QNetworkAccessManager::GetOperation:
        response.method = QByteArrayLiteral("GET");
        break;
    case QNetworkAccessManager::PutOperation:
        response.method = QByteArrayLiteral("PUT");
        break;
    case QNetworkAccessManager::PostOperation:
        response.method = QByteArrayLiteral("POST");
        break;
    case QNetworkAccessManager::DeleteOperation:
        response.method = QByteArrayLiteral("DELETE");
        break;
    case QNetworkAccessManager::CustomOperation:
    case QNetworkAccessManager::UnknownOperation:
        response.method = reply.request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    response.requestTarget = api::requestTarget(reply.url());
    response.host = signingHost(reply.url());
    response.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.date = reply.rawHeader(kDateHeader);
    response.digest = reply.rawHeader(kDigestHeader);
    response.signature = reply.rawHeader(kSignatureHeader);
    response.body = body;
    return response;
}

QByteArray SignedResponse::signingString() const
{
    return "(request-target): " + method.toLower() + ' ' + (requestTarget.isEmpty() ? QByteArray("/") : requestTarget)
         + "\nhost: " + host + "\ndate: " + date + "\ndigest: " + digest;
}

// SignatureCheck

QString SignatureCheck::reason() const
{
    const QString algorithmText = QString::fromLatin1(algorithm);
    switch (status) {
    case SignatureStatus::Valid:
        return tr("The server's answer is genuine: it is signed with the account's key.");
    case SignatureStatus::NotChecked:
        return tr("The signature of the server's answer was not checked.");
    case SignatureStatus::MissingSignature:
        return tr("The server's answer is not signed, so it may not come from the account's server.");
    case SignatureStatus::MalformedSignature:
        return tr("The signature of the server's answer cannot be read.");
    case SignatureStatus::UnknownAlgorithm:
        return tr("The server's answer is signed with an unknown algorithm (%1).").arg(algorithmText);
    case SignatureStatus::UnsupportedHeaders:
        return tr("The signature of the server's answer does not cover what Keygen signs.");
    case SignatureStatus::WrongKeyId:
        return tr("The server's answer is signed for another account (%1).").arg(QString::fromLatin1(keyId));
    case SignatureStatus::NoKey:
        return tr("The server's answer is signed with %1, but the profile has no public key of that kind. Load the "
                  "account's public keys again.")
            .arg(algorithmText);
    case SignatureStatus::MissingDigest:
        return tr("The server's answer has no digest of its content, so its signature cannot be checked.");
    case SignatureStatus::DigestMismatch:
        return tr("The content of the server's answer was altered on the way: it does not match its digest.");
    case SignatureStatus::MissingDate:
        return tr("The server's answer has no date, so its signature cannot be checked.");
    case SignatureStatus::MalformedDate:
        return tr("The date of the server's answer cannot be read.");
    case SignatureStatus::StaleDate:
        return tr("The server's answer is dated %1 in the past: it may be a replayed old answer, or this "
                  "computer's clock is wrong.")
            .arg(durationText(skewSeconds));
    case SignatureStatus::FutureDate:
        return tr("The server's answer is dated %1 in the future: this computer's clock or the server's is wrong.")
            .arg(durationText(skewSeconds));
    case SignatureStatus::BadSignature:
        return tr("The signature of the server's answer does not match the account's public key: the answer may "
                  "be forged or altered.");
    }
    return {};
}

ApiError SignatureCheck::toError() const
{
    if (status == SignatureStatus::Valid || status == SignatureStatus::NotChecked) {
        return {};
    }
    QString technical = QStringLiteral("response signature: status %1").arg(int(status));
    if (!algorithm.isEmpty()) {
        technical += QStringLiteral(", algorithm ") + QString::fromLatin1(algorithm);
    }
    if (!keyId.isEmpty()) {
        technical += QStringLiteral(", keyid ") + QString::fromLatin1(keyId);
    }
    if (date.isValid()) {
        technical += QStringLiteral(", date %1 (skew %2 s)").arg(date.toString(Qt::ISODate)).arg(skewSeconds);
    }
    return ApiError::signatureFailure(reason() + QLatin1Char(' ') + tr("Keydesk ignored the answer."), technical);
}

QString signatureModeKey(SignatureMode mode)
{
    switch (mode) {
    case SignatureMode::Enforce:
        break;
    case SignatureMode::Warn:
        return QStringLiteral("warn");
    case SignatureMode::Off:
        return QStringLiteral("off");
    }
    return QStringLiteral("enforce");
}

SignatureMode signatureModeFromKey(QStringView key)
{
    if (key.compare(QLatin1String("warn"), Qt::CaseInsensitive) == 0) {
        return SignatureMode::Warn;
    }
    if (key.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
        return SignatureMode::Off;
    }
    return SignatureMode::Enforce;
}

bool isAccepted(SignatureMode mode, const SignatureCheck &check)
{
    switch (mode) {
    case SignatureMode::Off:
    case SignatureMode::Warn:
        return true;
    case SignatureMode::Enforce:
        break;
    }
    if (check.status == SignatureStatus::Valid) {
        return true;
    }
    return check.status == SignatureStatus::MissingSignature && check.httpStatus >= 400;
}

// ResponseVerifier

ResponseVerifier::ResponseVerifier(QList<crypto::PublicKey> keys, QString accountId, const Clock &clock)
    : m_keys(std::move(keys))
    , m_accountId(std::move(accountId))
    , m_clock(clock)
{
}

SignatureCheck ResponseVerifier::verify(const SignedResponse &response) const
{
    SignatureCheck check;
    check.httpStatus = response.httpStatus;
    auto fail = [&check](SignatureStatus status) {
        check.status = status;
        return check;
    };

    if (response.signature.trimmed().isEmpty()) {
        return fail(SignatureStatus::MissingSignature);
    }
    const std::optional<SignatureHeader> header = SignatureHeader::parse(response.signature);
    if (!header) {
        return fail(SignatureStatus::MalformedSignature);
    }
    check.algorithm = header->algorithm;
    check.keyId = header->keyId;
    const std::optional<crypto::SignatureAlgorithm> algorithm = signatureAlgorithmFromName(header->algorithm);
    if (!algorithm) {
        return fail(SignatureStatus::UnknownAlgorithm);
    }
    if (!header->headers.isEmpty() && header->headers.simplified().toLower() != kSignedHeaders) {
        return fail(SignatureStatus::UnsupportedHeaders);
    }
    if (!m_accountId.isEmpty() && !header->keyId.isEmpty() && QString::fromLatin1(header->keyId) != m_accountId) {
        return fail(SignatureStatus::WrongKeyId);
    }
    const auto signature = QByteArray::fromBase64Encoding(header->signature, QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || signature.decoded.isEmpty()) {
        return fail(SignatureStatus::MalformedSignature);
    }

    // Digest: sha-256=<base64 of SHA-256(body)>; the algorithm name is case-insensitive (RFC 3230).
    if (response.digest.trimmed().isEmpty()) {
        return fail(SignatureStatus::MissingDigest);
    }
    const qsizetype equals = response.digest.indexOf('=');
    if (equals < 0 || response.digest.left(equals).trimmed().toLower() != "sha-256"
        || response.digest.mid(equals + 1).trimmed() != crypto::sha256(response.body).toBase64()) {
        return fail(SignatureStatus::DigestMismatch);
    }

    if (response.date.trimmed().isEmpty()) {
        return fail(SignatureStatus::MissingDate);
    }
    check.date = parseHttpDate(response.date);
    if (!check.date.isValid()) {
        return fail(SignatureStatus::MalformedDate);
    }
    check.skewSeconds = m_clock.now().secsTo(check.date);

    const crypto::KeyType keyType = crypto::keyTypeFor(*algorithm);
    const QByteArray signingString = response.signingString();
    bool haveKey = false;
    for (const crypto::PublicKey &key : m_keys) {
        if (key.type() != keyType) {
            continue;
        }
        haveKey = true;
        if (key.verify(*algorithm, signingString, signature.decoded)) {
            check.keyUsed = key;
            break;
        }
    }
    if (!haveKey) {
        return fail(SignatureStatus::NoKey);
    }
    if (check.keyUsed.isNull()) {
        return fail(SignatureStatus::BadSignature);
    }

    // Only a genuine answer's date means anything; checked last so that a forgery is reported as one.
    if (check.skewSeconds < -qint64(m_maxSkew.count())) {
        return fail(SignatureStatus::StaleDate);
    }
    if (check.skewSeconds > qint64(m_maxSkew.count())) {
        return fail(SignatureStatus::FutureDate);
    }
    check.status = SignatureStatus::Valid;
    return check;
}

} // namespace keydesk::api
