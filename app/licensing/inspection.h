#pragma once

#include "app/licensing/clock.h"
#include "app/licensing/crypto.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keydesk {

// What a piece of text turned out to be.
enum class ArtifactKind {
    Unknown,
    LicenseFile, // -----BEGIN LICENSE FILE-----
    MachineFile, // -----BEGIN MACHINE FILE-----
    LicenseKey,  // a signed or encrypted license key (policy scheme)
};

// Keygen's cryptographic key schemes (policy `scheme`).
enum class KeyScheme {
    Ed25519Sign,
    EcdsaP256Sign,
    RsaPkcs1SignV2,
    RsaPkcs1PssSignV2,
    RsaPkcs1Sign,    // legacy v1: signs the raw dataset
    RsaPkcs1PssSign, // legacy v1
    RsaPkcs1Encrypt,
    RsaJwtRs256,
};

QList<KeyScheme> allKeySchemes();                             // in the order users know them
QString keySchemeName(KeyScheme scheme);                      // "ED25519_SIGN" …
std::optional<KeyScheme> keySchemeFromName(QStringView name); // case-insensitive

// The overall answer, worst first in severity order of the exit code.
enum class Verdict {
    Valid,       // genuine, readable, and inside its validity period
    Incomplete,  // nothing wrong found, but something could not be checked (no public key, no license key)
    Expired,     // genuine, but the file's TTL or the license's own expiry has passed
    NotYetValid, // issued in the future: the computer's clock (or the file) is wrong
    Tampered,    // the signature does not match the public key
    Unreadable,  // not a license file or key, malformed, or cannot be decrypted with what was given
};

QString verdictId(Verdict verdict); // stable machine name: "valid", "incomplete", "expired", …

enum class Severity {
    Info,
    Warning,
    Error,
};

// Every distinct finding a support person may need to act on.
enum class ReasonCode {
    // input
    Empty,
    NotALicenseFile,
    Truncated,
    BadBase64,
    MalformedEnvelope,
    UnknownAlgorithm,
    UnsupportedKeyForm,
    UnsignedKey,
    LegacyEncryptedKey,
    // signature
    NoPublicKey,
    PublicKeyTypeMismatch,
    SignatureVerified,
    SignatureMismatch,
    // content
    LicenseKeyRequired,
    FingerprintRequired,
    DecryptionFailed,
    MalformedContent,
    // time
    FileExpired,
    FileValidUntil,
    FileWithoutExpiry,
    IssuedInFuture,
    LicenseExpired,
    LicenseExpiresSoon,
    LicenseValidUntil,
};

QString reasonId(ReasonCode code); // stable machine name: "signature-mismatch", …

struct Reason
{
    ReasonCode code;
    Severity severity;
    QString message; // translated, one sentence
};

enum class SignatureStatus {
    NotChecked, // no (matching) public key given, or the input was unreadable before the signature
    Verified,
    Mismatch,
};

// The facts a support person reads first, pulled out of the decoded document or key dataset.
struct LicenseFacts
{
    QString licenseId;
    QString name;
    QString key;
    QString status;
    std::optional<QDateTime> expiry;
    QString policyId;
    QString policyName;
    QString productId;
    QString productName;
    QString ownerId;
    QString ownerEmail;
    QString ownerName;
    QStringList entitlements; // codes (or ids when the codes were not included)
    int machineCount = -1;    // -1: unknown
    int maxMachines = -1;     // -1: unknown or unlimited (see maxMachinesKnown)
    bool maxMachinesKnown = false;
    QStringList machineFingerprints;
    // Machine files
    QString machineId;
    QString machineFingerprint;
    QString machineName;
    QString machineHostname;
    QString machinePlatform;
    // Signed keys
    QString accountId;
};

// Everything Keydesk learnt about one license file, machine file or key.
struct Inspection
{
    ArtifactKind kind = ArtifactKind::Unknown;
    Verdict verdict = Verdict::Unreadable;
    QList<Reason> reasons;

    QString algorithm;               // files: "aes-256-gcm+ed25519"; keys: the scheme name
    std::optional<KeyScheme> scheme; // keys only
    bool schemeDetected = false;     // keys: true when guessed from the key's shape
    SignatureStatus signature = SignatureStatus::NotChecked;
    QString publicKeyFingerprint; // the key that verified (or failed to verify) the signature
    bool encrypted = false;
    bool decrypted = false; // content available (decrypted, or was never encrypted)

    QByteArray plaintext;   // decoded bytes (file document or key dataset)
    QJsonDocument document; // plaintext parsed as JSON, when it is JSON
    QJsonObject meta;       // files: {issued, expiry, ttl}
    QJsonArray included() const;

    std::optional<QDateTime> issued; // files: meta.issued; keys: when the dataset says
    std::optional<QDateTime> expiry; // files: meta.expiry (the file's TTL)
    std::optional<qint64> ttl;       // seconds
    LicenseFacts facts;
    QDateTime checkedAt; // the clock's "now" used for the verdict

    bool isValid() const { return verdict == Verdict::Valid; }

    bool hasReason(ReasonCode code) const;
    Severity level() const;  // Info for Valid, Warning for Incomplete, Error otherwise
    QString summary() const; // the verdict as one translated sentence
};

// What to inspect and with which secrets.
struct InspectionInput
{
    QByteArray data;                     // file contents or key text (surrounding whitespace is fine)
    QList<crypto::PublicKey> publicKeys; // the one matching the algorithm is used
    QString licenseKey;                  // decrypts license files (and, with the fingerprint, machine files)
    QString fingerprint;                 // machine files
    std::optional<KeyScheme> scheme;     // keys: the user's choice; detected from the shape when empty
};

// Inspects license files, machine files and signed keys offline; never throws, never crashes on bad input.
class Inspector final
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::Inspector)

public:
    explicit Inspector(const Clock &clock = Clock::system());

    Inspection inspect(const InspectionInput &input) const;

    // "in 3 days", "5 hours ago": how far `then` is from `now`, translated.
    static QString describeDistance(const QDateTime &now, const QDateTime &then);

private:
    const Clock &m_clock;
};

} // namespace keydesk
