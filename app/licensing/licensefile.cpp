#include "app/licensing/licensefile.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

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
    // One scan for the common prefix, then a look at what follows it: a full search per armor kind reads the
    // whole text again for each kind that is absent.
    static constexpr QByteArrayView kBegin = "-----BEGIN ";
    for (qsizetype from = 0; (from = text.indexOf(kBegin, from)) >= 0; from += kBegin.size()) {
        for (const Armor &armor : kArmors) {
            if (text.sliced(from).startsWith(armor.begin)) {
                if (at) {
                    *at = from;
                }
                return &armor;
            }
        }
    }
    if (at) {
        *at = -1;
    }
    return nullptr;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f';
}

// Strict standard base64 (the alphabet Keygen's strict_encode64 and encode64 use), table-driven: the branchy
// per-character classification mispredicts on random base64 text.
constexpr std::array<signed char, 256> kBase64Values = [] {
    std::array<signed char, 256> t{};
    t.fill(-1);
    for (int i = 0; i < 26; ++i) {
        t['A' + i] = char(i);
        t['a' + i] = char(26 + i);
    }
    for (int i = 0; i < 10; ++i) {
        t['0' + i] = char(52 + i);
    }
    t['+'] = 62;
    t['/'] = 63;
    return t;
}();

std::optional<QByteArray> decodeStrict(QByteArrayView text)
{
    qsizetype n = text.size();
    if (n == 0) {
        return std::nullopt;
    }
    qsizetype padding = 0;
    while (padding < 2 && n > 0 && text[n - 1] == '=') {
        --n;
        ++padding;
    }
    if (padding && (n + padding) % 4 != 0) {
        return std::nullopt;
    }
    if (n % 4 == 1) {
        return std::nullopt; // a lone trailing character carries no whole byte: the text was cut
    }
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    QByteArray out(n / 4 * 3 + (n % 4 ? n % 4 - 1 : 0), Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int bad = 0;
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        const int a = kBase64Values[in[i]], b = kBase64Values[in[i + 1]], c = kBase64Values[in[i + 2]],
                  d = kBase64Values[in[i + 3]];
        bad |= a | b | c | d;
        const unsigned v = (unsigned(a) << 18) | (unsigned(b) << 12) | (unsigned(c) << 6) | unsigned(d);
        *o++ = (unsigned char)(v >> 16);
        *o++ = (unsigned char)(v >> 8);
        *o++ = (unsigned char)v;
    }
    if (n - i >= 2) {
        const int a = kBase64Values[in[i]], b = kBase64Values[in[i + 1]];
        const int c = n - i == 3 ? kBase64Values[in[i + 2]] : 0;
        bad |= a | b | c;
        const unsigned v = (unsigned(a) << 18) | (unsigned(b) << 12) | (unsigned(c) << 6);
        *o++ = (unsigned char)(v >> 16);
        if (n - i == 3) {
            *o++ = (unsigned char)(v >> 8);
        }
    }
    if (bad < 0) {
        return std::nullopt;
    }
    return out;
}

// Keygen writes the envelope compactly, keys in this order, values plain ASCII: read that form directly and
// leave anything else (another order, spaces, escapes) to the JSON parser.
bool readCompactEnvelope(QByteArrayView json, QByteArrayView &enc, QByteArrayView &sig, QByteArrayView &alg)
{
    auto field = [&json](QByteArrayView name, QByteArrayView &value) {
        if (!json.startsWith(name)) {
            return false;
        }
        json = json.sliced(name.size());
        const qsizetype quote = json.indexOf('"');
        if (quote < 0) {
            return false;
        }
        value = json.first(quote);
        json = json.sliced(quote + 1);
        return !value.contains('\\');
    };
    return field("{\"enc\":\"", enc) && field(",\"sig\":\"", sig) && field(",\"alg\":\"", alg) && json == "}";
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
    QByteArray body(end - bodyStart, Qt::Uninitialized);
    char *out = body.data();
    const char *p = text.data() + bodyStart;
    const char *const stop = text.data() + end;
    while (p < stop) {
        // Copy the run up to the next line break in one go: lines are 60-76 characters long.
        const char *lineEnd = static_cast<const char *>(memchr(p, '\n', size_t(stop - p)));
        if (!lineEnd) {
            lineEnd = stop;
        }
        for (; p < lineEnd; ++p) {
            if (!isAsciiSpace(*p)) {
                *out++ = *p;
            }
        }
        ++p;
    }
    body.truncate(out - body.constData());
    if (body.isEmpty()) {
        return failure(ReasonCode::Truncated);
    }
    const std::optional<QByteArray> json = decodeStrict(body);
    if (!json) {
        return failure(body.size() % 4 != 0 ? ReasonCode::Truncated : ReasonCode::BadBase64);
    }

    QByteArray enc;
    QByteArray sig;
    LicenseFileEnvelope envelope;
    QByteArrayView encView;
    QByteArrayView sigView;
    QByteArrayView algView;
    if (readCompactEnvelope(*json, encView, sigView, algView)) {
        enc = encView.toByteArray();
        sig = sigView.toByteArray();
        envelope.algorithm = QString::fromLatin1(algView);
    } else {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(*json, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            const bool cutShort = json->startsWith('{') && !json->trimmed().endsWith('}');
            return failure(cutShort ? ReasonCode::Truncated : ReasonCode::MalformedEnvelope);
        }
        const QJsonObject object = document.object();
        const QJsonValue encValue = object.value(QLatin1String("enc"));
        const QJsonValue sigValue = object.value(QLatin1String("sig"));
        const QJsonValue algValue = object.value(QLatin1String("alg"));
        if (!encValue.isString() || !sigValue.isString() || !algValue.isString()) {
            return failure(ReasonCode::MalformedEnvelope);
        }
        enc = encValue.toString().toLatin1();
        sig = sigValue.toString().toLatin1();
        envelope.algorithm = algValue.toString();
    }
    if (enc.isEmpty()) {
        return failure(ReasonCode::MalformedEnvelope);
    }
    envelope.kind = armor->kind;
    const qsizetype plus = envelope.algorithm.indexOf(QLatin1Char('+'));
    const QStringView encoding = QStringView(envelope.algorithm).left(plus < 0 ? 0 : plus);
    const auto signing = signingAlgorithm(QStringView(envelope.algorithm).mid(plus + 1));
    if (plus < 0 || !signing || (encoding != u"aes-256-gcm" && encoding != u"base64")) {
        return failure(ReasonCode::UnknownAlgorithm, envelope.algorithm);
    }
    envelope.encrypted = encoding == u"aes-256-gcm";
    envelope.signing = *signing;
    envelope.enc = std::move(enc);

    const std::optional<QByteArray> signature = decodeStrict(sig);
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
