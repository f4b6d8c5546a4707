#include "app/licensing/publickeys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk {

// Context for this file's translated messages.
class PublicKeys
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::PublicKeys)
};

namespace {

bool isHex(QByteArrayView text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}

QByteArray withoutWhitespace(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        if (!QChar::isSpace(uchar(c))) {
            out.append(c);
        }
    }
    return out;
}

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    const QByteArray compact = withoutWhitespace(text);
    if (compact.isEmpty()) {
        return std::nullopt;
    }
    const auto options = compact.contains('-') || compact.contains('_') ? QByteArray::Base64UrlEncoding
                                                                        : QByteArray::Base64Encoding;
    auto decoded = QByteArray::fromBase64Encoding(compact, options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return *decoded;
}

void parseInto(QByteArrayView text, QList<crypto::PublicKey> &keys, int depth);

// Every "-----BEGIN …-----" block in the text, in order.
void parsePemBlocks(QByteArrayView text, QList<crypto::PublicKey> &keys)
{
    qsizetype from = 0;
    while ((from = text.indexOf("-----BEGIN ", from)) >= 0) {
        const qsizetype endMarker = text.indexOf("-----END ", from);
        if (endMarker < 0) {
            return;
        }
        const qsizetype endLine = text.indexOf("-----", endMarker + 9);
        const qsizetype blockEnd = endLine < 0 ? text.size() : endLine + 5;
        const crypto::PublicKey key = crypto::PublicKey::fromPem(text.sliced(from, blockEnd - from));
        if (!key.isNull()) {
            keys.append(key);
        }
        from = blockEnd;
    }
}

void parseJson(const QJsonObject &object, QList<crypto::PublicKey> &keys, int depth)
{
    // A whole account document ({"data": {"meta": …}}), the resource, or its meta.
    QJsonObject meta = object;
    if (object.contains(QLatin1String("data"))) {
        meta = object.value(QLatin1String("data")).toObject().value(QLatin1String("meta")).toObject();
    } else if (object.contains(QLatin1String("meta"))) {
        meta = object.value(QLatin1String("meta")).toObject();
    }
    QJsonObject keyMap = meta.value(QLatin1String("keys")).toObject();
    if (keyMap.isEmpty() && !meta.contains(QLatin1String("publicKey"))) {
        keyMap = meta; // {"ed25519": "…", "rsa2048": "…"}
    }
    for (auto it = keyMap.constBegin(); it != keyMap.constEnd(); ++it) {
        parseInto(it.value().toString().toUtf8(), keys, depth + 1);
    }
    if (keyMap.isEmpty() || !meta.value(QLatin1String("keys")).isObject()) {
        parseInto(meta.value(QLatin1String("publicKey")).toString().toUtf8(), keys, depth + 1);
    }
}

void parseInto(QByteArrayView text, QList<crypto::PublicKey> &keys, int depth)
{
    if (depth > 3) {
        return; // base64 of base64 of …: stop somewhere
    }
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return;
    }
    if (trimmed.startsWith('{')) {
        const QJsonDocument json = QJsonDocument::fromJson(trimmed.toByteArray());
        if (json.isObject()) {
            parseJson(json.object(), keys, depth);
        }
        return;
    }
    if (trimmed.contains("-----BEGIN ")) {
        parsePemBlocks(trimmed, keys);
        return;
    }
    if (trimmed.size() == 64 && isHex(trimmed)) {
        const crypto::PublicKey key = crypto::PublicKey::fromEd25519Raw(QByteArray::fromHex(trimmed.toByteArray()));
        if (!key.isNull()) {
            keys.append(key);
        }
        return;
    }
    const std::optional<QByteArray> decoded = decodeBase64(trimmed);
    if (!decoded) {
        return;
    }
    if (decoded->size() == 32) {
        const crypto::PublicKey key = crypto::PublicKey::fromEd25519Raw(*decoded);
        if (!key.isNull()) {
            keys.append(key);
        }
        return;
    }
    if (decoded->startsWith('\x30')) {
        const crypto::PublicKey key = crypto::PublicKey::fromSpkiDer(*decoded);
        if (!key.isNull()) {
            keys.append(key);
            return;
        }
        // Not DER after all: hex text starting with '0' decodes to a leading 0x30 too.
    }
    // base64 of PEM or of hex text: meta.keys of the account, and some SDK examples.
    parseInto(*decoded, keys, depth + 1);
}

} // namespace

QList<crypto::PublicKey> parsePublicKeys(QByteArrayView text, QString *error)
{
    QList<crypto::PublicKey> keys;
    if (text.trimmed().isEmpty()) {
        if (error) {
            *error = PublicKeys::tr("No public key was given.");
        }
        return keys;
    }
    parseInto(text, keys, 0);
    if (keys.isEmpty()) {
        if (error) {
            *error = PublicKeys::tr(
                "This is not a public key Keydesk can read. Use the account's public key as Keygen shows it: "
                "64 hex characters (Ed25519), a PEM block, or base64.");
        }
        return keys;
    }
    QList<crypto::PublicKey> usable;
    for (const crypto::PublicKey &key : std::as_const(keys)) {
        if (key.type() != crypto::KeyType::Other) {
            usable.append(key);
        }
    }
    if (usable.isEmpty() && error) {
        *error = PublicKeys::tr(
            "This public key is of a type Keygen does not use; Keygen signs with Ed25519, RSA 2048 or "
            "ECDSA P-256 keys.");
    }
    return usable;
}

} // namespace keydesk
