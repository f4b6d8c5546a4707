#include "app/licensing/licensefile.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk {

namespace {

struct Armor
{
    QByteArrayView begin;
    QByteArrayView end;
    ArtifactKind kind;
    QByteArrayView prefix;
};

constexpr Armor kArmors[] = {
    {"-----BEGIN LICENSE FILE-----", "-----END LICENSE FILE-----", ArtifactKind::LicenseFile, "license/"},
    {"-----BEGIN MACHINE FILE-----", "-----END MACHINE FILE-----", ArtifactKind::MachineFile, "machine/"},
};

const Armor *findArmor(QByteArrayView text, qsizetype *at)
{
    const Armor *found = nullptr;
    qsizetype first = -1;
    for (const Armor &armor : kArmors) {
        const qsizetype index = text.indexOf(armor.begin);
        if (index >= 0 && (first < 0 || index < first)) {
            first = index;
            found = &armor;
        }
    }
    if (at) {
        *at = first;
    }
    return found;
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '=';
}

// Strict standard base64 (the alphabet Keygen's strict_encode64 and encode64 use).
std::optional<QByteArray> decodeStrict(QByteArrayView text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    for (const char c : text) {
        if (!isBase64Char(c)) {
            return std::nullopt;
        }
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return *decoded;
}

std::optional<crypto::SignatureAlgorithm> signingAlgorithm(QStringView name)
{
    if (name == u"ed25519") {
        return crypto::SignatureAlgorithm::Ed25519;
    }
    if (name == u"rsa-pss-sha256") {
        return crypto::SignatureAlgorithm::RsaPssSha256;
    }
    if (name == u"rsa-sha256") {
        return crypto::SignatureAlgorithm::RsaPkcs1Sha256;
    }
    if (name == u"ecdsa-p256") {
        return crypto::SignatureAlgorithm::EcdsaP256Sha256;
    }
    return std::nullopt;
}

LicenseFileParse failure(ReasonCode code, QString detail = {})
{
    LicenseFileParse result;
    result.error = code;
    result.detail = std::move(detail);
    return result;
}

} // namespace

QByteArray LicenseFileEnvelope::signingData() const
{
    const QByteArrayView prefix = kind == ArtifactKind::MachineFile ? QByteArrayView("machine/")
                                                                    : QByteArrayView("license/");
    QByteArray data;
    data.reserve(prefix.size() + enc.size());
    data.append(prefix);
    data.append(enc);
    return data;
}

bool looksLikeLicenseFile(QByteArrayView text)
{
    return findArmor(text, nullptr) != nullptr;
}

LicenseFileParse parseLicenseFile(QByteArrayView text)
{
    qsizetype begin = -1;
    const Armor *armor = findArmor(text, &begin);
    if (!armor) {
        return failure(ReasonCode::NotALicenseFile);
    }
    const qsizetype bodyStart = begin + armor->begin.size();
    const qsizetype end = text.indexOf(armor->end, bodyStart);
    if (end < 0) {
        return failure(ReasonCode::Truncated);
    }

    // Every official verifier drops all line breaks; we also drop other whitespace (CR, spaces, tabs).
    QByteArray body;
    body.reserve(end - bodyStart);
    for (const char c : text.sliced(bodyStart, end - bodyStart)) {
        if (!QChar::isSpace(uchar(c))) {
            body.append(c);
        }
    }
    if (body.isEmpty()) {
        return failure(ReasonCode::Truncated);
    }
    const std::optional<QByteArray> json = decodeStrict(body);
    if (!json) {
        return failure(body.size() % 4 != 0 ? ReasonCode::Truncated : ReasonCode::BadBase64);
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const bool cutShort = json->startsWith('{') && !json->trimmed().endsWith('}');
        return failure(cutShort ? ReasonCode::Truncated : ReasonCode::MalformedEnvelope);
    }
    const QJsonObject object = document.object();
    const QJsonValue enc = object.value(QLatin1String("enc"));
    const QJsonValue sig = object.value(QLatin1String("sig"));
    const QJsonValue alg = object.value(QLatin1String("alg"));
    if (!enc.isString() || !sig.isString() || !alg.isString() || enc.toString().isEmpty()) {
        return failure(ReasonCode::MalformedEnvelope);
    }

    LicenseFileEnvelope envelope;
    envelope.kind = armor->kind;
    envelope.algorithm = alg.toString();
    const qsizetype plus = envelope.algorithm.indexOf(QLatin1Char('+'));
    const QStringView encoding = QStringView(envelope.algorithm).left(plus < 0 ? 0 : plus);
    const auto signing = signingAlgorithm(QStringView(envelope.algorithm).mid(plus + 1));
    if (plus < 0 || !signing || (encoding != u"aes-256-gcm" && encoding != u"base64")) {
        return failure(ReasonCode::UnknownAlgorithm, envelope.algorithm);
    }
    envelope.encrypted = encoding == u"aes-256-gcm";
    envelope.signing = *signing;
    envelope.enc = enc.toString().toLatin1();

    const std::optional<QByteArray> signature = decodeStrict(sig.toString().toLatin1());
    if (!signature) {
        return failure(ReasonCode::BadBase64, QStringLiteral("sig"));
    }
    envelope.signature = *signature;

    LicenseFileParse result;
    result.envelope = std::move(envelope);
    return result;
}

std::optional<QByteArray> decodeLicenseFileContent(const LicenseFileEnvelope &envelope,
                                                   const QByteArray &secret,
                                                   DecodeError *error)
{
    auto fail = [error](DecodeError code) -> std::optional<QByteArray> {
        if (error) {
            *error = code;
        }
        return std::nullopt;
    };
    if (error) {
        *error = DecodeError::None;
    }
    if (!envelope.encrypted) {
        const std::optional<QByteArray> plain = decodeStrict(envelope.enc);
        return plain ? plain : fail(DecodeError::Malformed);
    }
    const QList<QByteArray> parts = envelope.enc.split('.');
    if (parts.size() != 3) {
        return fail(DecodeError::Malformed);
    }
    const auto ciphertext = decodeStrict(parts.at(0));
    const auto iv = decodeStrict(parts.at(1));
    const auto tag = decodeStrict(parts.at(2));
    if (!ciphertext || !iv || !tag || iv->size() != 12 || tag->size() != 16) {
        return fail(DecodeError::Malformed);
    }
    const std::optional<QByteArray> plain = crypto::aes256GcmDecrypt(crypto::sha256(secret), *iv, *ciphertext, *tag);
    return plain ? plain : fail(DecodeError::DecryptionFailed);
}

} // namespace keydesk
