#pragma once

// Keygen signs every API response with the account's private key (wire formats §3): the client asks for an
// algorithm with Keygen-Accept-Signature, the server answers with Date, Digest (SHA-256 of the body) and
// Keygen-Signature over "(request-target) host date digest". Checking it proves that the answer comes from the
// account's server, unaltered and recent.

#include "app/api/apierror.h"
#include "app/licensing/clock.h"
#include "app/licensing/crypto.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace keydesk::api {

// The request header that asks for a signature algorithm, and the response headers that carry the signature.
inline constexpr char kAcceptSignatureHeader[] = "Keygen-Accept-Signature";
inline constexpr char kSignatureHeader[] = "Keygen-Signature";
inline constexpr char kDigestHeader[] = "Digest";
inline constexpr char kDateHeader[] = "Date";

// "ed25519", "rsa-pss-sha256", "rsa-sha256", "ecdsa-p256": Keygen's names of the four algorithms.
QByteArray signatureAlgorithmName(crypto::SignatureAlgorithm algorithm);
std::optional<crypto::SignatureAlgorithm> signatureAlgorithmFromName(QByteArrayView name); // case-insensitive

// The value of Keygen-Accept-Signature: algorithm="ed25519", or keyid="<account id>", algorithm="…" (Keygen
// answers 400 when the key id is not the account's UUID, so pass it only when it is known).
QByteArray acceptSignatureHeader(crypto::SignatureAlgorithm algorithm, const QString &accountId = {});

// The request target as QNetworkAccessManager sends it and Keygen signs it: the percent-encoded path ("/" when
// empty, dot segments removed) and "?query", without the fragment.
QByteArray requestTarget(const QUrl &url);
// The host as it goes into the signing string: Rails' request.host, i.e. the Host header without the port
// (IPv6 addresses keep their brackets).
QByteArray signingHost(const QUrl &url);

// The parts of Keygen-Signature: keyid="…", algorithm="…", signature="…", headers="…".
struct SignatureHeader
{
    QByteArray keyId;
    QByteArray algorithm;
    QByteArray signature; // base64, as sent
    QByteArray headers;   // "(request-target) host date digest"

    // nullopt when the value is not a list of name="value" pairs or lacks algorithm or signature.
    static std::optional<SignatureHeader> parse(QByteArrayView value);
};

// What the signature check needs to know about one request and its answer.
struct SignedResponse
{
    QByteArray method;        // "GET" (lower-cased for the signing string)
    QByteArray requestTarget; // path and query exactly as sent, see requestTarget()
    QByteArray host;          // see signingHost()
    int httpStatus = 0;
    QByteArray date;      // the Date header
    QByteArray digest;    // the Digest header
    QByteArray signature; // the Keygen-Signature header
    QByteArray body;

    // From a finished reply (its request, operation or custom verb, status and headers) and its body, which the
    // caller has read (readAll() consumes it).
    static SignedResponse fromReply(const QNetworkReply &reply, const QByteArray &body);

    // The exact bytes Keygen signs (wire formats §3), using the Date and Digest headers as received.
    QByteArray signingString() const;
};

// Why a response was accepted or refused.
enum class SignatureStatus {
    Valid,
    NotChecked,         // the profile turned signature checks off
    MissingSignature,   // no Keygen-Signature header
    MalformedSignature, // Keygen-Signature cannot be read, or its signature is not base64
    UnknownAlgorithm,   // an algorithm other than the four Keygen uses
    UnsupportedHeaders, // signs other headers than "(request-target) host date digest"
    WrongKeyId,         // signed for another account
    NoKey,              // no public key of the account fits the algorithm
    MissingDigest,
    DigestMismatch, // the body is not the one the server sent
    MissingDate,
    MalformedDate,
    StaleDate,   // the Date is more than the allowed skew in the past: possibly a replayed answer
    FutureDate,  // the Date is more than the allowed skew in the future: a wrong clock here or there
    BadSignature // the signature does not match the account's public key
};

// The outcome of checking one response.
struct SignatureCheck
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::api::SignatureCheck)

public:
    SignatureStatus status = SignatureStatus::NotChecked;
    int httpStatus = 0;
    QByteArray algorithm; // as named in the header
    QByteArray keyId;
    QDateTime date;            // the parsed Date header, when readable
    qint64 skewSeconds = 0;    // date - now
    crypto::PublicKey keyUsed; // the key that verified, when Valid

    bool isValid() const { return status == SignatureStatus::Valid; }

    // A translated sentence: why the answer was refused (or that it was genuine).
    QString reason() const;
    // The security error that reports a refused answer; ApiError::Kind::None when the answer was accepted.
    ApiError toError() const;
};

// How strictly a connection profile checks response signatures.
enum class SignatureMode {
    Enforce, // default: an answer that fails counts as not received and raises a security error
    Warn,    // the answer is used; the failure is reported as a warning
    Off,     // no check (e.g. a local test server that does not sign)
};

// "enforce", "warn", "off": how a profile stores the mode; an unknown or empty key reads as Enforce, so that a
// damaged setting never turns the check off.
QString signatureModeKey(SignatureMode mode);
SignatureMode signatureModeFromKey(QStringView key);

// Whether the answer may be used under `mode`. Enforce accepts valid signatures, and an unsigned error answer
// (status 4xx/5xx without Keygen-Signature): Keygen leaves some errors unsigned (its rate limiter, an unknown
// account), and such an answer is only ever reported as a failure, never used as data. Warn and Off accept all.
bool isAccepted(SignatureMode mode, const SignatureCheck &check);

// Checks response signatures against the account's public keys.
class ResponseVerifier final
{
public:
    static constexpr std::chrono::seconds kDefaultMaxSkew{5 * 60};

    // `keys`: the account's public keys (any of Ed25519, RSA, ECDSA P-256; parsePublicKeys reads meta.keys);
    // the one that fits the algorithm the server names is used. `accountId`: the account's UUID, which Keygen
    // uses as keyid; empty to accept any keyid (a profile that only knows the slug).
    explicit ResponseVerifier(QList<crypto::PublicKey> keys,
                              QString accountId = {},
                              const Clock &clock = Clock::system());

    void setMaxSkew(std::chrono::seconds skew) { m_maxSkew = skew; }

    std::chrono::seconds maxSkew() const { return m_maxSkew; }

    QList<crypto::PublicKey> keys() const { return m_keys; }

    SignatureCheck verify(const SignedResponse &response) const;

private:
    QList<crypto::PublicKey> m_keys;
    QString m_accountId;
    const Clock &m_clock;
    std::chrono::seconds m_maxSkew = kDefaultMaxSkew;
};

} // namespace keydesk::api
