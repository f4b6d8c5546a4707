#pragma once

#include "app/licensing/crypto.h"
#include "app/licensing/inspection.h"
#include "app/licensing/licensekey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The producing side of Keygen's formats, byte for byte as keygen-api writes them (keygen-wire-formats.md §1, §2):
// license and machine files, signed and encrypted license keys, their default datasets, and the calendar
// arithmetic Keygen uses for every time-to-live. The sandbox server signs with these; the inspector reads them.

namespace keydesk {

// Keygen's time-to-live limits for license and machine files (AbstractCheckoutService): the default is
// 1.month = 2629746 s; below one hour is CHECKOUT_TTL_INVALID.
inline constexpr qint64 kDefaultCheckoutTtl = 2629746;
inline constexpr qint64 kMinimumCheckoutTtl = 3600;

// RSA_MAX_BYTE_SIZE (config/initializers/crypto.rb): the largest RSA_2048_PKCS1_ENCRYPT dataset.
inline constexpr qsizetype kRsaEncryptMaxBytes = 245;

// ActiveSupport::Duration.build(seconds).parts: the seconds split greedily into Gregorian-average units
// (year = 31556952 s, month = 2629746 s, week, day, hour, minute, second). Negative durations split their
// absolute value and negate every part, as Rails does.
struct KeygenDurationParts
{
    qint64 years = 0;
    qint64 months = 0;
    qint64 weeks = 0;
    qint64 days = 0;
    qint64 hours = 0;
    qint64 minutes = 0;
    qint64 seconds = 0;

    friend bool operator==(const KeygenDurationParts &, const KeygenDurationParts &) = default;
};

KeygenDurationParts keygenDurationParts(qint64 seconds);

// `from + ActiveSupport::Duration.build(seconds)`, in UTC: years, months (clamped to the month's last day),
// weeks and days advance the calendar date keeping the time of day, then hours, minutes and seconds are added
// as elapsed time. So 31536000 s from 2023-10-31T15:32:33.468Z is 2024-10-30T20:12:27.468Z, not 365 days later.
QDateTime addKeygenDuration(const QDateTime &from, qint64 seconds);

// Keygen's timestamps: `time.iso8601(3)` in UTC, "2023-10-31T15:32:33.468Z".
QString keygenTimestamp(const QDateTime &time);

// A license or machine file's `alg`: whether the content is encrypted, and the signature over it.
struct FileAlgorithm
{
    bool encrypted = true;
    crypto::SignatureAlgorithm signing = crypto::SignatureAlgorithm::Ed25519;

    friend bool operator==(const FileAlgorithm &, const FileAlgorithm &) = default;
};

// The eight algorithms Keygen accepts, encrypted ones first, in the order of its docs.
QList<FileAlgorithm> allFileAlgorithms();
// "aes-256-gcm+ed25519", "base64+rsa-pss-sha256", …
QString algorithmName(bool encrypt, crypto::SignatureAlgorithm signing);
QString algorithmName(FileAlgorithm algorithm);
// Exact (case-sensitive) names only, as Keygen's allow-list; nullopt gives CHECKOUT_ALGORITHM_INVALID.
std::optional<FileAlgorithm> parseAlgorithmName(QStringView name);
// The signing half only: "ed25519", "rsa-pss-sha256", "rsa-sha256", "ecdsa-p256".
QString signatureAlgorithmName(crypto::SignatureAlgorithm signing);
std::optional<crypto::SignatureAlgorithm> parseSignatureAlgorithmName(QStringView name);

// Which signer Keygen picks for a check-out when no algorithm is asked for, from the policy's scheme
// (LicenseCheckoutService#initialize): PSS schemes sign with rsa-pss-sha256, the other RSA schemes with
// rsa-sha256, ECDSA_P256_SIGN with ecdsa-p256, anything else (no scheme, ED25519_SIGN) with ed25519.
crypto::SignatureAlgorithm defaultCheckoutSigning(std::optional<KeyScheme> policyScheme);

// The file's meta object in Keygen's key order, compact: {"issued":"…","expiry":"…"|null,"ttl":N|null}, with
// expiry = addKeygenDuration(issued, ttl). The caller puts it into the JSON:API document as "meta".
QByteArray certificateMetaJson(const QDateTime &issued, std::optional<qint64> ttl);

// The AES key secret for an encrypted file: the license key, or for machine files the license key followed by
// the machine's fingerprint.
QByteArray certificateSecret(ArtifactKind kind, const QString &licenseKey, const QString &fingerprint = {});

// A license file (kind LicenseFile) or machine file (MachineFile) around a compact JSON:API document, as
// Keygen's check-out writes it:
//   enc  = encrypt ? b64(AES-256-GCM(SHA-256(secret), random 12-byte IV, document)) "." b64(iv) "." b64(tag)
//                  : b64(document)
//   sig  = b64(SIGN("license/" or "machine/" + enc)),  envelope = {"enc":…,"sig":…,"alg":…}
//   cert = "-----BEGIN LICENSE FILE-----\n" + b64(envelope) in 60-character lines + "\n-----END LICENSE FILE-----\n"
// (MACHINE for machine files). Returns an empty array when the signer's key type does not fit `signing` or the
// kind is not a file.
QByteArray issueCertificate(ArtifactKind kind,
                            const QByteArray &compactJsonDocument,
                            bool encrypt,
                            crypto::SignatureAlgorithm signing,
                            const crypto::PrivateKey &signer,
                            const QByteArray &secret);

// The same with a given 12-byte IV instead of a random one: for reproducing a known file byte for byte (tests).
// Never reuse an IV with the same secret in production.
QByteArray issueCertificateWithIv(ArtifactKind kind,
                                  const QByteArray &compactJsonDocument,
                                  bool encrypt,
                                  crypto::SignatureAlgorithm signing,
                                  const crypto::PrivateKey &signer,
                                  const QByteArray &secret,
                                  QByteArrayView iv);

// A signed or encrypted license key over `dataset` (the policy's scheme, keygen-wire-formats.md §2):
//   V2 schemes (ED25519_SIGN, ECDSA_P256_SIGN, RSA_2048_PKCS1_SIGN_V2, RSA_2048_PKCS1_PSS_SIGN_V2):
//       "key/" + b64url(D) + "." + b64url(SIGN("key/" + b64url(D)))
//   legacy v1 (RSA_2048_PKCS1_SIGN, RSA_2048_PKCS1_PSS_SIGN): b64url(D) + "." + b64url(SIGN(D))
//   RSA_2048_PKCS1_ENCRYPT: b64url(private_encrypt(D)); nullopt when D exceeds 245 bytes (KEY_BYTE_SIZE_EXCEEDED)
//   RSA_2048_JWT_RS256: header {"alg":"RS256"}, D as the claims (compacted; must be a JSON object whose
//       exp/iat/nbf, when present, are numbers, else nullopt: KEY_JWT_CLAIMS_INVALID), unpadded base64url.
// b64url is the URL-safe alphabet with '=' padding (Ruby's urlsafe_encode64), except in the JWT.
// nullopt also when the signer's key type does not fit the scheme.
std::optional<QString> issueSignedKey(KeyScheme scheme, const QByteArray &dataset, const crypto::PrivateKey &signer);

// What Keygen's default dataset for a license key is made of (License#default_seed_key), used when a license
// of a cryptographic scheme is created without a `key`.
struct LicenseKeySeed
{
    QString accountId;
    QString productId;
    QString policyId;
    std::optional<qint64> duration; // the policy's duration in seconds; null when it has none
    QString userId;                 // the license's owner; empty: "user":null
    QString userEmail;
    QString licenseId;
    QDateTime created;
    std::optional<QDateTime> expiry;
    QString jwtId; // RSA_2048_JWT_RS256's "jti"; a random UUID when empty
};

// The default dataset, compact JSON in Keygen's key order (Ruby JSON.generate):
//   sign schemes: {"account":{"id"},"product":{"id"},"policy":{"id","duration"},"user":null|{"id","email"},
//                  "license":{"id","created","expiry"}}
//   RSA_2048_PKCS1_ENCRYPT: {"id","created","duration","expiry"}
//   RSA_2048_JWT_RS256: {"jti","iss":"https://keygen.sh","aud":account,"sub":license,"iat","nbf"[,"exp"]}
QByteArray defaultKeyDataset(KeyScheme scheme, const LicenseKeySeed &seed);

} // namespace keydesk
