#include "app/licensing/licensekey.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk {

namespace {

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '=';
}

// Keygen pads its base64url ('='); JWTs and some tools do not. Both are accepted.
std::optional<QByteArray> decodeBase64Url(QByteArrayView text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    for (const char c : text) {
        if (!isBase64UrlChar(c)) {
            return std::nullopt;
        }
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::Base64UrlEncoding
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return *decoded;
}

bool isHexOrDash(QByteArrayView text, bool upper)
{
    for (const char c : text) {
        const bool hexDigit = (c >= '0' && c <= '9') || (upper ? (c >= 'A' && c <= 'F') : (c >= 'a' && c <= 'f'));
        if (!hexDigit && c != '-') {
            return false;
        }
    }
    return true;
}

// 128 hex characters in four dash-separated groups, ending in "v1": LEGACY_ENCRYPT, stored only as a digest.
bool isLegacyEncrypted(QByteArrayView text)
{
    return text.size() == 131 && text.endsWith("v1") && text.count('-') == 3 && isHexOrDash(text.chopped(2), false);
}

// Keygen's plain keys: "988214-879010-F1185E-B37E91-E53AF5-V3", or any custom text without dots.
bool isPlainKey(QByteArrayView text)
{
    return !text.contains('.') && !text.startsWith("key/");
}

void addV2Readings(QByteArrayView text, std::optional<KeyScheme> wanted, QList<KeyReading> &readings)
{
    const qsizetype dot = text.lastIndexOf('.');
    if (!text.startsWith("key/") || dot < 0) {
        return;
    }
    const QByteArrayView encodedData = text.sliced(4, dot - 4);
    const auto dataset = decodeBase64Url(encodedData);
    const auto signature = decodeBase64Url(text.sliced(dot + 1));
    if (!dataset || !signature) {
        return;
    }
    // The signature's size says which algorithm made it; RSA cannot tell PKCS#1 v1.5 from PSS, so both are tried.
    QList<KeyScheme> schemes;
    if (signature->size() == 64) {
        schemes = {KeyScheme::Ed25519Sign};
    } else if (signature->startsWith('\x30') && signature->size() <= 72) {
        schemes = {KeyScheme::EcdsaP256Sign};
    } else if (signature->size() == 256) {
        schemes = {KeyScheme::RsaPkcs1PssSignV2, KeyScheme::RsaPkcs1SignV2};
    }
    if (wanted) {
        schemes = {*wanted};
    }
    const QByteArray signedData = text.first(dot).toByteArray();
    for (const KeyScheme scheme : std::as_const(schemes)) {
        readings.append({scheme, signedData, *signature, *dataset});
    }
}

void addJwtReading(QByteArrayView text, QList<KeyReading> &readings)
{
    if (text.count('.') != 2) {
        return;
    }
    const qsizetype first = text.indexOf('.');
    const qsizetype second = text.lastIndexOf('.');
    const auto header = decodeBase64Url(text.first(first));
    const auto payload = decodeBase64Url(text.sliced(first + 1, second - first - 1));
    const auto signature = decodeBase64Url(text.sliced(second + 1));
    if (!header || !payload || !signature) {
        return;
    }
    const QJsonObject headerObject = QJsonDocument::fromJson(*header).object();
    if (headerObject.value(QLatin1String("alg")).toString() != QLatin1String("RS256")) {
        return;
    }
    readings.append({KeyScheme::RsaJwtRs256, text.first(second).toByteArray(), *signature, *payload});
}

void addLegacySignReadings(QByteArrayView text, std::optional<KeyScheme> wanted, QList<KeyReading> &readings)
{
    if (text.startsWith("key/") || text.count('.') != 1) {
        return;
    }
    const qsizetype dot = text.indexOf('.');
    const auto dataset = decodeBase64Url(text.first(dot));
    const auto signature = decodeBase64Url(text.sliced(dot + 1));
    if (!dataset || !signature || (signature->size() != 256 && !wanted)) {
        return;
    }
    // v1 signs the raw dataset bytes, not the encoded text.
    const QList<KeyScheme> schemes = wanted ? QList<KeyScheme>{*wanted}
                                            : QList<KeyScheme>{KeyScheme::RsaPkcs1Sign, KeyScheme::RsaPkcs1PssSign};
    for (const KeyScheme scheme : schemes) {
        readings.append({scheme, *dataset, *signature, *dataset});
    }
}

void addEncryptReading(QByteArrayView text, bool wanted, QList<KeyReading> &readings)
{
    if (text.contains('.') || text.startsWith("key/")) {
        return;
    }
    const auto block = decodeBase64Url(text);
    if (!block || (block->size() != 256 && !wanted)) {
        return;
    }
    readings.append({KeyScheme::RsaPkcs1Encrypt, {}, *block, {}});
}

} // namespace

crypto::SignatureAlgorithm signatureAlgorithmFor(KeyScheme scheme)
{
    switch (scheme) {
    case KeyScheme::Ed25519Sign:
        return crypto::SignatureAlgorithm::Ed25519;
    case KeyScheme::EcdsaP256Sign:
        return crypto::SignatureAlgorithm::EcdsaP256Sha256;
    case KeyScheme::RsaPkcs1PssSignV2:
    case KeyScheme::RsaPkcs1PssSign:
        return crypto::SignatureAlgorithm::RsaPssSha256;
    case KeyScheme::RsaPkcs1SignV2:
    case KeyScheme::RsaPkcs1Sign:
    case KeyScheme::RsaPkcs1Encrypt:
    case KeyScheme::RsaJwtRs256:
        return crypto::SignatureAlgorithm::RsaPkcs1Sha256;
    }
    return crypto::SignatureAlgorithm::Ed25519;
}

KeyShape readLicenseKey(QByteArrayView text, std::optional<KeyScheme> scheme)
{
    KeyShape shape;
    const QByteArrayView key = text.trimmed();
    if (key.isEmpty()) {
        shape.problem = ReasonCode::Empty;
        return shape;
    }
    for (const char c : key) {
        if (QChar::isSpace(uchar(c))) {
            shape.problem = ReasonCode::NotALicenseFile; // several words: neither a key nor a file
            return shape;
        }
    }

    if (!scheme) {
        addV2Readings(key, std::nullopt, shape.readings);
        addJwtReading(key, shape.readings);
        addLegacySignReadings(key, std::nullopt, shape.readings);
        addEncryptReading(key, false, shape.readings);
    } else {
        switch (*scheme) {
        case KeyScheme::Ed25519Sign:
        case KeyScheme::EcdsaP256Sign:
        case KeyScheme::RsaPkcs1SignV2:
        case KeyScheme::RsaPkcs1PssSignV2:
            addV2Readings(key, scheme, shape.readings);
            break;
        case KeyScheme::RsaPkcs1Sign:
        case KeyScheme::RsaPkcs1PssSign:
            addLegacySignReadings(key, scheme, shape.readings);
            break;
        case KeyScheme::RsaPkcs1Encrypt:
            addEncryptReading(key, true, shape.readings);
            break;
        case KeyScheme::RsaJwtRs256:
            addJwtReading(key, shape.readings);
            break;
        }
    }
    if (!shape.readings.isEmpty()) {
        return shape;
    }
    if (isLegacyEncrypted(key)) {
        shape.problem = ReasonCode::LegacyEncryptedKey;
    } else if (isPlainKey(key) && !scheme) {
        shape.problem = ReasonCode::UnsignedKey;
    } else {
        shape.problem = ReasonCode::UnsupportedKeyForm;
    }
    return shape;
}

} // namespace keydesk
