#include "app/licensing/inspection.h"

#include "app/licensing/licensefile.h"
#include "app/licensing/licensekey.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <functional>

namespace keydesk {

namespace {

// A file issued a little in the future is a clock difference, not a tampered clock.
constexpr qint64 kClockSkewSeconds = 5 * 60;
// Keygen calls a license EXPIRING within three days of its expiry.
constexpr qint64 kExpiringSoonSeconds = 3 * 24 * 3600;

struct SchemeName
{
    KeyScheme scheme;
    const char *name;
};

constexpr SchemeName kSchemeNames[] = {
    {KeyScheme::Ed25519Sign, "ED25519_SIGN"},
    {KeyScheme::EcdsaP256Sign, "ECDSA_P256_SIGN"},
    {KeyScheme::RsaPkcs1SignV2, "RSA_2048_PKCS1_SIGN_V2"},
    {KeyScheme::RsaPkcs1PssSignV2, "RSA_2048_PKCS1_PSS_SIGN_V2"},
    {KeyScheme::RsaPkcs1Sign, "RSA_2048_PKCS1_SIGN"},
    {KeyScheme::RsaPkcs1PssSign, "RSA_2048_PKCS1_PSS_SIGN"},
    {KeyScheme::RsaPkcs1Encrypt, "RSA_2048_PKCS1_ENCRYPT"},
    {KeyScheme::RsaJwtRs256, "RSA_2048_JWT_RS256"},
};

std::optional<QDateTime> parseTime(const QJsonValue &value)
{
    if (!value.isString()) {
        return std::nullopt;
    }
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        return std::nullopt;
    }
    return time.toUTC();
}

QString formatTime(const QDateTime &time)
{
    return QLocale().toString(time.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString attribute(const QJsonObject &resource, const char *name)
{
    return resource.value(QLatin1String("attributes")).toObject().value(QLatin1String(name)).toString();
}

QString relatedId(const QJsonObject &resource, const char *relationship)
{
    return resource.value(QLatin1String("relationships"))
        .toObject()
        .value(QLatin1String(relationship))
        .toObject()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

QJsonObject findIncluded(const QJsonArray &included, QLatin1String type, const QString &id)
{
    for (const QJsonValue &value : included) {
        const QJsonObject resource = value.toObject();
        if (resource.value(QLatin1String("type")).toString() == type
            && (id.isEmpty() || resource.value(QLatin1String("id")).toString() == id)) {
            return resource;
        }
    }
    return {};
}

void fillLicenseFacts(LicenseFacts &facts, const QJsonObject &license, const QJsonArray &included)
{
    const QJsonObject attributes = license.value(QLatin1String("attributes")).toObject();
    facts.licenseId = license.value(QLatin1String("id")).toString();
    facts.name = attributes.value(QLatin1String("name")).toString();
    facts.key = attributes.value(QLatin1String("key")).toString();
    facts.status = attributes.value(QLatin1String("status")).toString();
    facts.expiry = parseTime(attributes.value(QLatin1String("expiry")));
    const QJsonValue maxMachines = attributes.value(QLatin1String("maxMachines"));
    if (attributes.contains(QLatin1String("maxMachines"))) {
        facts.maxMachinesKnown = true;
        facts.maxMachines = maxMachines.isDouble() ? maxMachines.toInt() : -1;
    }

    facts.policyId = relatedId(license, "policy");
    facts.policyName = attribute(findIncluded(included, QLatin1String("policies"), facts.policyId), "name");
    facts.productId = relatedId(license, "product");
    facts.productName = attribute(findIncluded(included, QLatin1String("products"), facts.productId), "name");
    facts.ownerId = relatedId(license, "owner");
    if (facts.ownerId.isEmpty()) {
        facts.ownerId = relatedId(license, "user"); // API versions before 1.6
    }
    if (!facts.ownerId.isEmpty()) {
        const QJsonObject owner = findIncluded(included, QLatin1String("users"), facts.ownerId);
        facts.ownerEmail = attribute(owner, "email");
        facts.ownerName = attribute(owner, "fullName");
    }

    const QJsonObject relationships = license.value(QLatin1String("relationships")).toObject();
    const QJsonObject machines = relationships.value(QLatin1String("machines")).toObject();
    const QJsonValue count = machines.value(QLatin1String("meta")).toObject().value(QLatin1String("count"));
    if (count.isDouble()) {
        facts.machineCount = count.toInt();
    }
    for (const QJsonValue &value : included) {
        const QJsonObject resource = value.toObject();
        const QString type = resource.value(QLatin1String("type")).toString();
        if (type == QLatin1String("entitlements")) {
            const QString code = attribute(resource, "code");
            facts.entitlements.append(code.isEmpty() ? resource.value(QLatin1String("id")).toString() : code);
        } else if (type == QLatin1String("machines")) {
            facts.machineFingerprints.append(attribute(resource, "fingerprint"));
        }
    }
    if (facts.entitlements.isEmpty()) {
        const QJsonArray linked = relationships.value(QLatin1String("entitlements"))
                                      .toObject()
                                      .value(QLatin1String("data"))
                                      .toArray();
        for (const QJsonValue &value : linked) {
            facts.entitlements.append(value.toObject().value(QLatin1String("id")).toString());
        }
    }
    if (facts.machineCount < 0 && !facts.machineFingerprints.isEmpty()) {
        facts.machineCount = int(facts.machineFingerprints.size());
    }
}

// Pulls the facts out of a license or machine file's JSON:API document.
void fillDocumentFacts(LicenseFacts &facts, const QJsonObject &document)
{
    const QJsonObject data = document.value(QLatin1String("data")).toObject();
    const QJsonArray included = document.value(QLatin1String("included")).toArray();
    const QString type = data.value(QLatin1String("type")).toString();
    if (type == QLatin1String("machines")) {
        facts.machineId = data.value(QLatin1String("id")).toString();
        facts.machineFingerprint = attribute(data, "fingerprint");
        facts.machineName = attribute(data, "name");
        facts.machineHostname = attribute(data, "hostname");
        facts.machinePlatform = attribute(data, "platform");
        const QString licenseId = relatedId(data, "license");
        const QJsonObject license = findIncluded(included, QLatin1String("licenses"), licenseId);
        if (!license.isEmpty()) {
            fillLicenseFacts(facts, license, included);
        } else {
            facts.licenseId = licenseId;
        }
        facts.machineFingerprints.removeAll(facts.machineFingerprint);
    } else {
        fillLicenseFacts(facts, data, included);
    }
}

// Keygen's default dataset for signed keys, a JWT's claims, or RSA_2048_PKCS1_ENCRYPT's dataset.
void fillDatasetFacts(Inspection &result)
{
    LicenseFacts &facts = result.facts;
    const QJsonObject dataset = result.document.object();
    if (result.scheme == KeyScheme::RsaJwtRs256) {
        facts.licenseId = dataset.value(QLatin1String("sub")).toString();
        facts.accountId = dataset.value(QLatin1String("aud")).toString();
        if (dataset.value(QLatin1String("iat")).isDouble()) {
            result.issued = QDateTime::fromSecsSinceEpoch(qint64(dataset.value(QLatin1String("iat")).toDouble()),
                                                          Qt::UTC);
        }
        if (dataset.value(QLatin1String("exp")).isDouble()) {
            facts.expiry = QDateTime::fromSecsSinceEpoch(qint64(dataset.value(QLatin1String("exp")).toDouble()),
                                                         Qt::UTC);
        }
        return;
    }
    if (dataset.contains(QLatin1String("license"))) {
        const QJsonObject license = dataset.value(QLatin1String("license")).toObject();
        facts.licenseId = license.value(QLatin1String("id")).toString();
        facts.expiry = parseTime(license.value(QLatin1String("expiry")));
        result.issued = parseTime(license.value(QLatin1String("created")));
        facts.accountId = dataset.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString();
        facts.productId = dataset.value(QLatin1String("product")).toObject().value(QLatin1String("id")).toString();
        facts.policyId = dataset.value(QLatin1String("policy")).toObject().value(QLatin1String("id")).toString();
        const QJsonObject user = dataset.value(QLatin1String("user")).toObject();
        facts.ownerId = user.value(QLatin1String("id")).toString();
        facts.ownerEmail = user.value(QLatin1String("email")).toString();
    } else if (dataset.contains(QLatin1String("id"))) {
        facts.licenseId = dataset.value(QLatin1String("id")).toString();
        facts.expiry = parseTime(dataset.value(QLatin1String("expiry")));
        result.issued = parseTime(dataset.value(QLatin1String("created")));
    }
}

} // namespace

QList<KeyScheme> allKeySchemes()
{
    QList<KeyScheme> schemes;
    for (const SchemeName &entry : kSchemeNames) {
        schemes.append(entry.scheme);
    }
    return schemes;
}

QString keySchemeName(KeyScheme scheme)
{
    for (const SchemeName &entry : kSchemeNames) {
        if (entry.scheme == scheme) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

std::optional<KeyScheme> keySchemeFromName(QStringView name)
{
    for (const SchemeName &entry : kSchemeNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            return entry.scheme;
        }
    }
    return std::nullopt;
}

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Incomplete:
        return QStringLiteral("incomplete");
    case Verdict::Expired:
        return QStringLiteral("expired");
    case Verdict::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case Verdict::Tampered:
        return QStringLiteral("tampered");
    case Verdict::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

QString reasonId(ReasonCode code)
{
    switch (code) {
    case ReasonCode::Empty:
        return QStringLiteral("empty");
    case ReasonCode::NotALicenseFile:
        return QStringLiteral("not-a-license-file");
    case ReasonCode::Truncated:
        return QStringLiteral("truncated");
    case ReasonCode::BadBase64:
        return QStringLiteral("bad-base64");
    case ReasonCode::MalformedEnvelope:
        return QStringLiteral("malformed-envelope");
    case ReasonCode::UnknownAlgorithm:
        return QStringLiteral("unknown-algorithm");
    case ReasonCode::UnsupportedKeyForm:
        return QStringLiteral("unsupported-key-form");
    case ReasonCode::UnsignedKey:
        return QStringLiteral("unsigned-key");
    case ReasonCode::LegacyEncryptedKey:
        return QStringLiteral("legacy-encrypted-key");
    case ReasonCode::NoPublicKey:
        return QStringLiteral("no-public-key");
    case ReasonCode::PublicKeyTypeMismatch:
        return QStringLiteral("public-key-type-mismatch");
    case ReasonCode::SignatureVerified:
        return QStringLiteral("signature-verified");
    case ReasonCode::SignatureMismatch:
        return QStringLiteral("signature-mismatch");
    case ReasonCode::LicenseKeyRequired:
        return QStringLiteral("license-key-required");
    case ReasonCode::FingerprintRequired:
        return QStringLiteral("fingerprint-required");
    case ReasonCode::DecryptionFailed:
        return QStringLiteral("decryption-failed");
    case ReasonCode::MalformedContent:
        return QStringLiteral("malformed-content");
    case ReasonCode::FileExpired:
        return QStringLiteral("file-expired");
    case ReasonCode::FileValidUntil:
        return QStringLiteral("file-valid-until");
    case ReasonCode::FileWithoutExpiry:
        return QStringLiteral("file-without-expiry");
    case ReasonCode::IssuedInFuture:
        return QStringLiteral("issued-in-future");
    case ReasonCode::LicenseExpired:
        return QStringLiteral("license-expired");
    case ReasonCode::LicenseExpiresSoon:
        return QStringLiteral("license-expires-soon");
    case ReasonCode::LicenseValidUntil:
        return QStringLiteral("license-valid-until");
    }
    return {};
}

QJsonArray Inspection::included() const
{
    return document.object().value(QLatin1String("included")).toArray();
}

Severity Inspection::level() const
{
    switch (verdict) {
    case Verdict::Valid:
        return Severity::Info;
    case Verdict::Incomplete:
        return Severity::Warning;
    default:
        return Severity::Error;
    }
}

bool Inspection::hasReason(ReasonCode code) const
{
    for (const Reason &reason : reasons) {
        if (reason.code == code) {
            return true;
        }
    }
    return false;
}

QString Inspection::summary() const
{
    const bool isKey = kind == ArtifactKind::LicenseKey;
    const bool isMachine = kind == ArtifactKind::MachineFile;
    switch (verdict) {
    case Verdict::Valid:
        if (isKey) {
            return Inspector::tr("Genuine license key.");
        }
        return isMachine ? Inspector::tr("Genuine machine file, valid now.")
                         : Inspector::tr("Genuine license file, valid now.");
    case Verdict::Incomplete:
        if (signature == SignatureStatus::Verified) {
            return Inspector::tr("Genuine, but the content is encrypted: enter the license key to read it.");
        }
        return Inspector::tr("Not verified: enter the account's public key to check the signature.");
    case Verdict::Expired:
        return Inspector::tr("Expired.");
    case Verdict::NotYetValid:
        return Inspector::tr("Issued in the future: this computer's clock or the file is wrong.");
    case Verdict::Tampered:
        return Inspector::tr("Not genuine: the signature does not match the public key.");
    case Verdict::Unreadable:
        for (const Reason &reason : reasons) {
            if (reason.severity == Severity::Error) {
                return reason.message;
            }
        }
        return Inspector::tr("Unreadable.");
    }
    return {};
}

Inspector::Inspector(const Clock &clock)
    : m_clock(clock)
{
}

QString Inspector::describeDistance(const QDateTime &now, const QDateTime &then)
{
    const qint64 seconds = now.secsTo(then);
    const qint64 magnitude = std::abs(seconds);
    const bool future = seconds >= 0;
    // Round to the largest unit that reads naturally. Singular and plural are separate source strings (rather
    // than %n) so that English needs no translation file; languages with more plural forms can move to %n.
    if (magnitude < 60) {
        return future ? tr("in less than a minute") : tr("less than a minute ago");
    }
    if (magnitude < 3600) {
        const qint64 n = magnitude / 60;
        if (n == 1) {
            return future ? tr("in 1 minute") : tr("1 minute ago");
        }
        return (future ? tr("in %1 minutes") : tr("%1 minutes ago")).arg(n);
    }
    if (magnitude < 48 * 3600) {
        const qint64 n = magnitude / 3600;
        if (n == 1) {
            return future ? tr("in 1 hour") : tr("1 hour ago");
        }
        return (future ? tr("in %1 hours") : tr("%1 hours ago")).arg(n);
    }
    if (magnitude < 60LL * 86400) {
        const qint64 n = magnitude / 86400;
        return (future ? tr("in %1 days") : tr("%1 days ago")).arg(n); // at least 2
    }
    if (magnitude < 730LL * 86400) {
        const qint64 n = magnitude / (30LL * 86400);
        return (future ? tr("in %1 months") : tr("%1 months ago")).arg(n); // at least 2
    }
    const qint64 n = magnitude / (365LL * 86400);
    return (future ? tr("in %1 years") : tr("%1 years ago")).arg(n); // at least 2
}

namespace {

void add(Inspection &result, ReasonCode code, Severity severity, QString message)
{
    result.reasons.append({code, severity, std::move(message)});
}

QString inputProblemMessage(ReasonCode code, const QString &detail)
{
    switch (code) {
    case ReasonCode::Empty:
        return Inspector::tr("There is nothing to inspect: the input is empty.");
    case ReasonCode::NotALicenseFile:
        return Inspector::tr("This is not a license file or license key: no \"-----BEGIN LICENSE FILE-----\" "
                             "header and no key was found.");
    case ReasonCode::Truncated:
        return Inspector::tr("The license file is cut short: its end is missing. Ask for the complete file.");
    case ReasonCode::BadBase64:
        return detail == QLatin1String("sig")
                 ? Inspector::tr("The signature inside the license file is not valid base64; the file was damaged.")
                 : Inspector::tr("The license file contains characters that are not base64; it was damaged or edited.");
    case ReasonCode::MalformedEnvelope:
        return Inspector::tr("The license file decodes, but not to Keygen's {\"enc\", \"sig\", \"alg\"} envelope.");
    case ReasonCode::UnknownAlgorithm:
        return Inspector::tr("The license file uses the algorithm \"%1\", which Keygen does not produce.").arg(detail);
    case ReasonCode::UnsupportedKeyForm:
        return Inspector::tr("This key does not have the shape of any of Keygen's signed key schemes.");
    case ReasonCode::UnsignedKey:
        return Inspector::tr("This is a plain license key without a signature; only the licensing server can "
                             "tell whether it is valid.");
    case ReasonCode::LegacyEncryptedKey:
        return Inspector::tr("This is a LEGACY_ENCRYPT key; Keygen keeps only a digest of it, so it can only be "
                             "checked by the licensing server.");
    default:
        return {};
    }
}

// Picks the keys of the type the algorithm needs and tries them; records the outcome.
void checkSignature(Inspection &result,
                    const QList<crypto::PublicKey> &keys,
                    crypto::SignatureAlgorithm algorithm,
                    const std::function<bool(const crypto::PublicKey &)> &verifies)
{
    const crypto::KeyType needed = crypto::keyTypeFor(algorithm);
    if (keys.isEmpty()) {
        add(result,
            ReasonCode::NoPublicKey,
            Severity::Warning,
            Inspector::tr("The signature was not checked: no public key was given. Enter the account's %1 public key.")
                .arg(crypto::keyTypeName(needed)));
        return;
    }
    QList<crypto::PublicKey> candidates;
    for (const crypto::PublicKey &key : keys) {
        if (key.type() == needed) {
            candidates.append(key);
        }
    }
    if (candidates.isEmpty()) {
        add(result,
            ReasonCode::PublicKeyTypeMismatch,
            Severity::Warning,
            Inspector::tr("The signature was not checked: it was made with a %1 key, but the public key given is "
                          "a %2 key. Enter the account's %1 public key.")
                .arg(crypto::keyTypeName(needed), crypto::keyTypeName(keys.constFirst().type())));
        return;
    }
    for (const crypto::PublicKey &key : std::as_const(candidates)) {
        if (verifies(key)) {
            result.signature = SignatureStatus::Verified;
            result.publicKeyFingerprint = key.fingerprint();
            add(result,
                ReasonCode::SignatureVerified,
                Severity::Info,
                Inspector::tr("The signature is genuine: it was made with the account's %1 key.")
                    .arg(crypto::keyTypeName(needed)));
            return;
        }
    }
    result.signature = SignatureStatus::Mismatch;
    result.publicKeyFingerprint = candidates.constFirst().fingerprint();
    add(result,
        ReasonCode::SignatureMismatch,
        Severity::Error,
        Inspector::tr("The signature does not match this public key: the content was altered after Keygen signed "
                      "it, or it was signed by another account."));
}

// Judges the times the content carries: the file's issue and expiry, and the license's own expiry.
void checkTimes(Inspection &result, const QDateTime &now)
{
    const bool isFile = result.kind != ArtifactKind::LicenseKey;
    if (result.issued && now.secsTo(*result.issued) > kClockSkewSeconds) {
        add(result,
            ReasonCode::IssuedInFuture,
            Severity::Error,
            Inspector::tr("It claims to be issued on %1 (%2): this computer's clock is behind, or the date was "
                          "forged.")
                .arg(formatTime(*result.issued), Inspector::describeDistance(now, *result.issued)));
    }
    if (isFile) {
        if (result.expiry && *result.expiry <= now) {
            add(result,
                ReasonCode::FileExpired,
                Severity::Error,
                Inspector::tr("The file expired on %1 (%2): its time to live has passed. Check out a new file.")
                    .arg(formatTime(*result.expiry), Inspector::describeDistance(now, *result.expiry)));
        } else if (result.expiry) {
            add(result,
                ReasonCode::FileValidUntil,
                Severity::Info,
                Inspector::tr("The file is valid until %1 (%2).")
                    .arg(formatTime(*result.expiry), Inspector::describeDistance(now, *result.expiry)));
        } else if (result.decrypted) {
            add(result,
                ReasonCode::FileWithoutExpiry,
                Severity::Info,
                Inspector::tr("The file itself does not expire (checked out without a time to live)."));
        }
    }
    const std::optional<QDateTime> &licenseExpiry = result.facts.expiry;
    if (licenseExpiry && *licenseExpiry <= now) {
        add(result,
            ReasonCode::LicenseExpired,
            Severity::Error,
            Inspector::tr("The license expired on %1 (%2).")
                .arg(formatTime(*licenseExpiry), Inspector::describeDistance(now, *licenseExpiry)));
    } else if (licenseExpiry && now.secsTo(*licenseExpiry) <= kExpiringSoonSeconds) {
        add(result,
            ReasonCode::LicenseExpiresSoon,
            Severity::Warning,
            Inspector::tr("The license expires soon: on %1 (%2).")
                .arg(formatTime(*licenseExpiry), Inspector::describeDistance(now, *licenseExpiry)));
    } else if (licenseExpiry) {
        add(result,
            ReasonCode::LicenseValidUntil,
            Severity::Info,
            Inspector::tr("The license is valid until %1 (%2).")
                .arg(formatTime(*licenseExpiry), Inspector::describeDistance(now, *licenseExpiry)));
    }
}

Verdict judge(const Inspection &result)
{
    static constexpr ReasonCode unreadable[] = {ReasonCode::Empty,
                                                ReasonCode::NotALicenseFile,
                                                ReasonCode::Truncated,
                                                ReasonCode::BadBase64,
                                                ReasonCode::MalformedEnvelope,
                                                ReasonCode::UnknownAlgorithm,
                                                ReasonCode::UnsupportedKeyForm,
                                                ReasonCode::UnsignedKey,
                                                ReasonCode::LegacyEncryptedKey};
    for (const ReasonCode code : unreadable) {
        if (result.hasReason(code)) {
            return Verdict::Unreadable;
        }
    }
    if (result.signature == SignatureStatus::Mismatch) {
        return Verdict::Tampered;
    }
    if (result.hasReason(ReasonCode::DecryptionFailed) || result.hasReason(ReasonCode::MalformedContent)) {
        return Verdict::Unreadable;
    }
    if (result.hasReason(ReasonCode::IssuedInFuture)) {
        return Verdict::NotYetValid;
    }
    if (result.hasReason(ReasonCode::FileExpired) || result.hasReason(ReasonCode::LicenseExpired)) {
        return Verdict::Expired;
    }
    if (result.signature != SignatureStatus::Verified || !result.decrypted) {
        return Verdict::Incomplete;
    }
    return Verdict::Valid;
}

void inspectFile(Inspection &result, const InspectionInput &input, const QDateTime &now)
{
    const LicenseFileParse parsed = parseLicenseFile(input.data);
    if (!parsed.envelope) {
        result.kind = looksLikeLicenseFile(input.data) ? ArtifactKind::LicenseFile : ArtifactKind::Unknown;
        add(result, parsed.error, Severity::Error, inputProblemMessage(parsed.error, parsed.detail));
        return;
    }
    const LicenseFileEnvelope &envelope = *parsed.envelope;
    const bool isMachine = envelope.kind == ArtifactKind::MachineFile;
    result.kind = envelope.kind;
    result.algorithm = envelope.algorithm;
    result.encrypted = envelope.encrypted;

    const QByteArray signingData = envelope.signingData();
    checkSignature(result, input.publicKeys, envelope.signing, [&](const crypto::PublicKey &key) {
        return key.verify(envelope.signing, signingData, envelope.signature);
    });

    QByteArray secret;
    if (envelope.encrypted) {
        if (input.licenseKey.trimmed().isEmpty()) {
            add(result,
                ReasonCode::LicenseKeyRequired,
                Severity::Warning,
                isMachine ? Inspector::tr("The content is encrypted: enter the license key and the machine's "
                                          "fingerprint to read it.")
                          : Inspector::tr("The content is encrypted: enter the license key to read it."));
            return;
        }
        if (isMachine && input.fingerprint.trimmed().isEmpty()) {
            add(result,
                ReasonCode::FingerprintRequired,
                Severity::Warning,
                Inspector::tr("The content is encrypted for one machine: enter the machine's fingerprint as well "
                              "as the license key to read it."));
            return;
        }
        secret = input.licenseKey.trimmed().toUtf8();
        if (isMachine) {
            secret += input.fingerprint.trimmed().toUtf8();
        }
    }

    DecodeError decodeError = DecodeError::None;
    const std::optional<QByteArray> plaintext = decodeLicenseFileContent(envelope, secret, &decodeError);
    if (!plaintext) {
        if (decodeError == DecodeError::DecryptionFailed) {
            add(result,
                ReasonCode::DecryptionFailed,
                Severity::Error,
                isMachine ? Inspector::tr("The content cannot be decrypted with this license key and fingerprint: "
                                          "one of them is wrong.")
                          : Inspector::tr("The content cannot be decrypted with this license key: it is not the key "
                                          "of this license."));
        } else {
            add(result,
                ReasonCode::MalformedContent,
                Severity::Error,
                Inspector::tr("The encrypted content is damaged: it is not the three base64 parts Keygen writes."));
        }
        return;
    }
    result.plaintext = *plaintext;
    QJsonParseError parseError{};
    result.document = QJsonDocument::fromJson(*plaintext, &parseError);
    const QJsonObject root = result.document.object();
    if (parseError.error != QJsonParseError::NoError || !root.value(QLatin1String("data")).isObject()) {
        result.document = {};
        add(result,
            ReasonCode::MalformedContent,
            Severity::Error,
            Inspector::tr("The content is not the JSON:API document Keygen writes into license files."));
        return;
    }
    result.decrypted = true;
    result.meta = root.value(QLatin1String("meta")).toObject();
    result.issued = parseTime(result.meta.value(QLatin1String("issued")));
    result.expiry = parseTime(result.meta.value(QLatin1String("expiry")));
    const QJsonValue ttl = result.meta.value(QLatin1String("ttl"));
    if (ttl.isDouble()) {
        result.ttl = qint64(ttl.toDouble());
    }
    fillDocumentFacts(result.facts, root);
    checkTimes(result, now);
}

void inspectKey(Inspection &result, const InspectionInput &input, const QDateTime &now)
{
    const KeyShape shape = readLicenseKey(input.data, input.scheme);
    if (shape.readings.isEmpty()) {
        result.kind = shape.problem == ReasonCode::NotALicenseFile ? ArtifactKind::Unknown : ArtifactKind::LicenseKey;
        if (shape.problem == ReasonCode::UnsupportedKeyForm && input.scheme) {
            add(result,
                shape.problem,
                Severity::Error,
                Inspector::tr("This key does not have the shape of a %1 key.").arg(keySchemeName(*input.scheme)));
        } else {
            add(result, shape.problem, Severity::Error, inputProblemMessage(shape.problem, {}));
        }
        return;
    }
    result.kind = ArtifactKind::LicenseKey;
    result.schemeDetected = !input.scheme;
    // Without a verifying key the most likely reading stands; with keys, the reading that verifies wins.
    const KeyReading *chosen = &shape.readings.constFirst();
    std::optional<QByteArray> recovered;
    const crypto::SignatureAlgorithm algorithm = signatureAlgorithmFor(chosen->scheme);
    checkSignature(result, input.publicKeys, algorithm, [&](const crypto::PublicKey &key) {
        for (const KeyReading &reading : shape.readings) {
            if (reading.scheme == KeyScheme::RsaPkcs1Encrypt) {
                recovered = key.recoverPkcs1(reading.signature);
                if (recovered) {
                    chosen = &reading;
                    return true;
                }
            } else if (key.verify(signatureAlgorithmFor(reading.scheme), reading.signedData, reading.signature)) {
                chosen = &reading;
                return true;
            }
        }
        return false;
    });
    result.scheme = chosen->scheme;
    result.algorithm = keySchemeName(chosen->scheme);

    if (chosen->scheme == KeyScheme::RsaPkcs1Encrypt) {
        result.encrypted = true;
        if (!recovered) {
            if (result.signature == SignatureStatus::NotChecked) {
                // Replace the generic wording: for this scheme the public key is needed to read anything.
                result.reasons.last().message = Inspector::tr(
                    "This RSA_2048_PKCS1_ENCRYPT key can only be read with the account's RSA public key: enter it.");
            }
            return;
        }
        result.plaintext = *recovered;
    } else {
        result.plaintext = chosen->dataset;
    }
    result.decrypted = true;
    result.document = QJsonDocument::fromJson(result.plaintext);
    if (result.document.isObject()) {
        fillDatasetFacts(result);
    }
    result.facts.key = QString::fromLatin1(input.data.trimmed());
    if (chosen->scheme == KeyScheme::RsaJwtRs256) {
        const QJsonObject claims = result.document.object();
        if (claims.value(QLatin1String("nbf")).isDouble()) {
            const QDateTime notBefore = QDateTime::fromSecsSinceEpoch(qint64(claims.value(QLatin1String("nbf"))
                                                                                 .toDouble()),
                                                                      Qt::UTC);
            if (!result.issued || notBefore > *result.issued) {
                result.issued = notBefore;
            }
        }
    }
    checkTimes(result, now);
}

// A check-out response (`license-files` / `machine-files` resource) carries the certificate inside JSON.
QByteArray certificateFromJson(const QByteArray &text)
{
    const QJsonObject data = QJsonDocument::fromJson(text).object().value(QLatin1String("data")).toObject();
    return data.value(QLatin1String("attributes")).toObject().value(QLatin1String("certificate")).toString().toUtf8();
}

} // namespace

Inspection Inspector::inspect(const InspectionInput &input) const
{
    Inspection result;
    const QDateTime now = m_clock.now().toUTC();
    result.checkedAt = now;

    InspectionInput effective = input;
    if (effective.data.startsWith("\xEF\xBB\xBF")) {
        effective.data.remove(0, 3); // UTF-8 byte order mark from Windows editors
    }
    const QByteArray trimmed = effective.data.trimmed();
    if (trimmed.isEmpty()) {
        add(result, ReasonCode::Empty, Severity::Error, inputProblemMessage(ReasonCode::Empty, {}));
    } else if (trimmed.startsWith('{') && looksLikeLicenseFile(certificateFromJson(trimmed))) {
        effective.data = certificateFromJson(trimmed);
        inspectFile(result, effective, now);
    } else if (looksLikeLicenseFile(trimmed)) {
        inspectFile(result, effective, now);
    } else if (trimmed.contains("-----BEGIN ")) {
        add(result,
            ReasonCode::NotALicenseFile,
            Severity::Error,
            Inspector::tr(
                "This is a PEM block of another kind (perhaps a public key), not a license or machine file."));
    } else {
        inspectKey(result, effective, now);
    }
    result.verdict = judge(result);
    return result;
}

} // namespace keydesk
