#include "app/licensing/issuing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace keydesk {

namespace {

// ActiveSupport::Duration::PARTS_IN_SECONDS (Rails 5.1 and later).
constexpr qint64 kSecondsPerMinute = 60;
constexpr qint64 kSecondsPerHour = 3600;
constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kSecondsPerWeek = 604800;
constexpr qint64 kSecondsPerMonth = 2629746; // 1/12 of a Gregorian year
constexpr qint64 kSecondsPerYear = 31556952; // 365.2425 days

// Base64.encode64 breaks lines every 60 characters (45 bytes).
constexpr qsizetype kArmorLineLength = 60;

struct SigningName
{
    crypto::SignatureAlgorithm algorithm;
    const char *name;
};

constexpr SigningName kSigningNames[] = {
    {crypto::SignatureAlgorithm::Ed25519, "ed25519"},
    {crypto::SignatureAlgorithm::RsaPssSha256, "rsa-pss-sha256"},
    {crypto::SignatureAlgorithm::RsaPkcs1Sha256, "rsa-sha256"},
    {crypto::SignatureAlgorithm::EcdsaP256Sha256, "ecdsa-p256"},
};

constexpr QLatin1String kEncrypted("aes-256-gcm");
constexpr QLatin1String kEncoded("base64");

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Ruby's Date#>>: the same day n months later, or the month's last day when it has fewer days.
QDate addCalendarMonths(QDate date, qint64 months)
{
    const qint64 index = qint64(date.year()) * 12 + (date.month() - 1) + months;
    const int year = int(floorDiv(index, 12));
    const int month = int(index - qint64(year) * 12) + 1;
    const int lastDay = QDate(year, month, 1).daysInMonth();
    return QDate(year, month, std::min(date.day(), lastDay));
}

QByteArray base64Url(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding);
}

QByteArray base64UrlUnpadded(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JSON string as Ruby's JSON.generate writes it: UTF-8 as is; only '"', '\\' and control characters escaped
// (the short forms where JSON has them, else \u00XX in lower-case hex); '/' is left alone.
QByteArray jsonString(const QString &value)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (uchar(c) < 0x20) {
                out.append("\\u00");
                out.append(hex[uchar(c) >> 4]);
                out.append(hex[uchar(c) & 0xF]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

QByteArray jsonTime(const std::optional<QDateTime> &time)
{
    return time && time->isValid() ? jsonString(keygenTimestamp(*time)) : QByteArray("null");
}

QByteArray jsonInteger(const std::optional<qint64> &value)
{
    return value ? QByteArray::number(*value) : QByteArray("null");
}

// Seconds since the epoch, rounded down as Ruby's Time#to_i.
qint64 epochSeconds(const QDateTime &time)
{
    return floorDiv(time.toMSecsSinceEpoch(), 1000);
}

// The JSON text without insignificant whitespace; strings are copied byte for byte. Keygen re-generates JWT
// claims with JSON.parse + JSON.generate, which drops that whitespace too (escapes and number spellings it
// would also normalise are kept as written).
QByteArray compactJson(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            out.append(c);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
            out.append(c);
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out.append(c);
        }
    }
    return out;
}

// ruby-jwt refuses claims whose registered time claims are not numbers (JWT::InvalidPayload).
std::optional<QByteArray> jwtClaims(const QByteArray &dataset)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(dataset, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject claims = document.object();
    for (const char *name : {"exp", "iat", "nbf"}) {
        const QJsonValue value = claims.value(QLatin1String(name));
        if (!value.isUndefined() && !value.isDouble()) {
            return std::nullopt;
        }
    }
    return compactJson(dataset);
}

bool signerFits(const crypto::PrivateKey &signer, crypto::SignatureAlgorithm algorithm)
{
    return !signer.isNull() && signer.type() == crypto::keyTypeFor(algorithm);
}

} // namespace

KeygenDurationParts keygenDurationParts(qint64 seconds)
{
    KeygenDurationParts parts;
    const qint64 sign = seconds < 0 ? -1 : 1;
    qint64 remainder = seconds < 0 ? -seconds : seconds;
    auto take = [&remainder, sign](qint64 unit) {
        const qint64 count = remainder / unit;
        remainder %= unit;
        return count * sign;
    };
    parts.years = take(kSecondsPerYear);
    parts.months = take(kSecondsPerMonth);
    parts.weeks = take(kSecondsPerWeek);
    parts.days = take(kSecondsPerDay);
    parts.hours = take(kSecondsPerHour);
    parts.minutes = take(kSecondsPerMinute);
    parts.seconds = remainder * sign;
    return parts;
}

QDateTime addKeygenDuration(const QDateTime &from, qint64 seconds)
{
    const QDateTime start = from.toUTC();
    if (!start.isValid()) {
        return {};
    }
    // Duration#sum walks the parts in PARTS order. Years, months, weeks and days go through Time#advance, which
    // moves the calendar date and keeps the time of day (no DST in UTC); hours, minutes and seconds through
    // Time#since, plain elapsed seconds. Each part is applied on its own, so a month clamps before weeks are added.
    const KeygenDurationParts parts = keygenDurationParts(seconds);
    QDate date = start.date();
    date = addCalendarMonths(date, parts.years * 12);
    date = addCalendarMonths(date, parts.months);
    date = date.addDays(parts.weeks * 7);
    date = date.addDays(parts.days);
    const QDateTime advanced(date, start.time(), Qt::UTC);
    return advanced.addSecs(parts.hours * kSecondsPerHour + parts.minutes * kSecondsPerMinute + parts.seconds);
}

QString keygenTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QList<FileAlgorithm> allFileAlgorithms()
{
    QList<FileAlgorithm> algorithms;
    for (const bool encrypted : {true, false}) {
        for (const SigningName &entry : kSigningNames) {
            algorithms.append({encrypted, entry.algorithm});
        }
    }
    return algorithms;
}

QString signatureAlgorithmName(crypto::SignatureAlgorithm signing)
{
    for (const SigningName &entry : kSigningNames) {
        if (entry.algorithm == signing) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

std::optional<crypto::SignatureAlgorithm> parseSignatureAlgorithmName(QStringView name)
{
    for (const SigningName &entry : kSigningNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.algorithm;
        }
    }
    return std::nullopt;
}

QString algorithmName(bool encrypt, crypto::SignatureAlgorithm signing)
{
    return (encrypt ? QString(kEncrypted) : QString(kEncoded)) + QLatin1Char('+') + signatureAlgorithmName(signing);
}

QString algorithmName(FileAlgorithm algorithm)
{
    return algorithmName(algorithm.encrypted, algorithm.signing);
}

std::optional<FileAlgorithm> parseAlgorithmName(QStringView name)
{
    const qsizetype plus = name.indexOf(QLatin1Char('+'));
    if (plus < 0) {
        return std::nullopt;
    }
    const QStringView encoding = name.left(plus);
    if (encoding != kEncrypted && encoding != kEncoded) {
        return std::nullopt;
    }
    const auto signing = parseSignatureAlgorithmName(name.mid(plus + 1));
    if (!signing) {
        return std::nullopt;
    }
    return FileAlgorithm{encoding == kEncrypted, *signing};
}

crypto::SignatureAlgorithm defaultCheckoutSigning(std::optional<KeyScheme> policyScheme)
{
    // The scheme's own signer (PSS schemes sign with rsa-pss-sha256, the other RSA schemes with rsa-sha256 …).
    return policyScheme ? signatureAlgorithmFor(*policyScheme) : crypto::SignatureAlgorithm::Ed25519;
}

QByteArray certificateMetaJson(const QDateTime &issued, std::optional<qint64> ttl)
{
    std::optional<QDateTime> expiry;
    if (ttl) {
        expiry = addKeygenDuration(issued, *ttl);
    }
    QByteArray meta("{\"issued\":");
    meta += jsonTime(issued);
    meta += ",\"expiry\":";
    meta += jsonTime(expiry);
    meta += ",\"ttl\":";
    meta += jsonInteger(ttl);
    meta += '}';
    return meta;
}

QByteArray certificateSecret(ArtifactKind kind, const QString &licenseKey, const QString &fingerprint)
{
    QByteArray secret = licenseKey.toUtf8();
    if (kind == ArtifactKind::MachineFile) {
        secret += fingerprint.toUtf8();
    }
    return secret;
}

QByteArray issueCertificateWithIv(ArtifactKind kind,
                                  const QByteArray &compactJsonDocument,
                                  bool encrypt,
                                  crypto::SignatureAlgorithm signing,
                                  const crypto::PrivateKey &signer,
                                  const QByteArray &secret,
                                  QByteArrayView iv)
{
    if ((kind != ArtifactKind::LicenseFile && kind != ArtifactKind::MachineFile) || !signerFits(signer, signing)) {
        return {};
    }
    const bool machine = kind == ArtifactKind::MachineFile;

    QByteArray enc;
    if (encrypt) {
        if (iv.size() != 12) {
            return {};
        }
        QByteArray tag;
        const QByteArray ciphertext = crypto::aes256GcmEncrypt(crypto::sha256(secret), iv, compactJsonDocument, &tag);
        if (tag.size() != 16) {
            return {};
        }
        enc = ciphertext.toBase64();
        enc += '.';
        enc += iv.toByteArray().toBase64();
        enc += '.';
        enc += tag.toBase64();
    } else {
        enc = compactJsonDocument.toBase64();
    }

    QByteArray signingData(machine ? "machine/" : "license/");
    signingData += enc;
    const QByteArray signature = signer.sign(signing, signingData);
    if (signature.isEmpty()) {
        return {};
    }

    QByteArray envelope("{\"enc\":\"");
    envelope += enc;
    envelope += "\",\"sig\":\"";
    envelope += signature.toBase64();
    envelope += "\",\"alg\":\"";
    envelope += algorithmName(encrypt, signing).toLatin1();
    envelope += "\"}";

    const QByteArray body = envelope.toBase64();
    QByteArray certificate(machine ? "-----BEGIN MACHINE FILE-----\n" : "-----BEGIN LICENSE FILE-----\n");
    certificate.reserve(certificate.size() + body.size() + body.size() / kArmorLineLength + 32);
    for (qsizetype at = 0; at < body.size(); at += kArmorLineLength) {
        certificate.append(QByteArrayView(body).sliced(at, std::min(kArmorLineLength, body.size() - at)));
        certificate += '\n';
    }
    certificate += machine ? "-----END MACHINE FILE-----\n" : "-----END LICENSE FILE-----\n";
    return certificate;
}

QByteArray issueCertificate(ArtifactKind kind,
                            const QByteArray &compactJsonDocument,
                            bool encrypt,
                            crypto::SignatureAlgorithm signing,
                            const crypto::PrivateKey &signer,
                            const QByteArray &secret)
{
    // OpenSSL's random_iv for aes-256-gcm: 12 bytes.
    const QByteArray iv = encrypt ? crypto::randomBytes(12) : QByteArray();
    if (encrypt && iv.size() != 12) {
        return {};
    }
    return issueCertificateWithIv(kind, compactJsonDocument, encrypt, signing, signer, secret, iv);
}

std::optional<QString> issueSignedKey(KeyScheme scheme, const QByteArray &dataset, const crypto::PrivateKey &signer)
{
    const crypto::SignatureAlgorithm algorithm = signatureAlgorithmFor(scheme);
    if (!signerFits(signer, algorithm)) {
        return std::nullopt;
    }
    QByteArray key;
    switch (scheme) {
    case KeyScheme::Ed25519Sign:
    case KeyScheme::EcdsaP256Sign:
    case KeyScheme::RsaPkcs1SignV2:
    case KeyScheme::RsaPkcs1PssSignV2: {
        QByteArray signingData("key/");
        signingData += base64Url(dataset);
        const QByteArray signature = signer.sign(algorithm, signingData);
        if (signature.isEmpty()) {
            return std::nullopt;
        }
        key = signingData;
        key += '.';
        key += base64Url(signature);
        break;
    }
    case KeyScheme::RsaPkcs1Sign:
    case KeyScheme::RsaPkcs1PssSign: {
        const QByteArray signature = signer.sign(algorithm, dataset);
        if (signature.isEmpty()) {
            return std::nullopt;
        }
        key = base64Url(dataset);
        key += '.';
        key += base64Url(signature);
        break;
    }
    case KeyScheme::RsaPkcs1Encrypt: {
        if (dataset.size() > kRsaEncryptMaxBytes) {
            return std::nullopt;
        }
        const std::optional<QByteArray> encrypted = signer.privateEncryptPkcs1(dataset);
        if (!encrypted) {
            return std::nullopt;
        }
        key = base64Url(*encrypted);
        break;
    }
    case KeyScheme::RsaJwtRs256: {
        const std::optional<QByteArray> claims = jwtClaims(dataset);
        if (!claims) {
            return std::nullopt;
        }
        QByteArray signingData = base64UrlUnpadded("{\"alg\":\"RS256\"}");
        signingData += '.';
        signingData += base64UrlUnpadded(*claims);
        const QByteArray signature = signer.sign(algorithm, signingData);
        if (signature.isEmpty()) {
            return std::nullopt;
        }
        key = signingData;
        key += '.';
        key += base64UrlUnpadded(signature);
        break;
    }
    }
    return QString::fromLatin1(key);
}

QByteArray defaultKeyDataset(KeyScheme scheme, const LicenseKeySeed &seed)
{
    QByteArray json;
    switch (scheme) {
    case KeyScheme::RsaPkcs1Encrypt:
        json = "{\"id\":";
        json += jsonString(seed.licenseId);
        json += ",\"created\":";
        json += jsonTime(seed.created);
        json += ",\"duration\":";
        json += jsonInteger(seed.duration);
        json += ",\"expiry\":";
        json += jsonTime(seed.expiry);
        json += '}';
        return json;
    case KeyScheme::RsaJwtRs256: {
        const QString jti = seed.jwtId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : seed.jwtId;
        const QByteArray issuedAt = QByteArray::number(epochSeconds(seed.created));
        json = "{\"jti\":";
        json += jsonString(jti);
        json += ",\"iss\":\"https://keygen.sh\",\"aud\":";
        json += jsonString(seed.accountId);
        json += ",\"sub\":";
        json += jsonString(seed.licenseId);
        json += ",\"iat\":";
        json += issuedAt;
        json += ",\"nbf\":";
        json += issuedAt;
        if (seed.expiry && seed.expiry->isValid()) {
            json += ",\"exp\":";
            json += QByteArray::number(epochSeconds(*seed.expiry));
        }
        json += '}';
        return json;
    }
    case KeyScheme::Ed25519Sign:
    case KeyScheme::EcdsaP256Sign:
    case KeyScheme::RsaPkcs1SignV2:
    case KeyScheme::RsaPkcs1PssSignV2:
    case KeyScheme::RsaPkcs1Sign:
    case KeyScheme::RsaPkcs1PssSign:
        break;
    }
    json = "{\"account\":{\"id\":";
    json += jsonString(seed.accountId);
    json += "},\"product\":{\"id\":";
    json += jsonString(seed.productId);
    json += "},\"policy\":{\"id\":";
    json += jsonString(seed.policyId);
    json += ",\"duration\":";
    json += jsonInteger(seed.duration);
    json += "},\"user\":";
    if (seed.userId.isEmpty()) {
        json += "null";
    } else {
        json += "{\"id\":";
        json += jsonString(seed.userId);
        json += ",\"email\":";
        json += jsonString(seed.userEmail);
        json += '}';
    }
    json += ",\"license\":{\"id\":";
    json += jsonString(seed.licenseId);
    json += ",\"created\":";
    json += jsonTime(seed.created);
    json += ",\"expiry\":";
    json += jsonTime(seed.expiry);
    json += "}}";
    return json;
}

} // namespace keydesk
