#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

using EVP_PKEY = struct evp_pkey_st;

namespace keydesk::crypto {

// The signature algorithms Keygen uses for license files, machine files, signed keys and responses.
enum class SignatureAlgorithm {
    Ed25519,
    EcdsaP256Sha256, // ASN.1 DER (r, s) signatures, as OpenSSL and Keygen produce them
    RsaPkcs1Sha256,  // RSASSA-PKCS1-v1_5 with SHA-256
    RsaPssSha256,    // RSASSA-PSS, SHA-256, MGF1-SHA-256, any salt length (Keygen uses the maximum)
};

enum class KeyType {
    Ed25519,
    Rsa,
    EcdsaP256,
    Other,
};

QString keyTypeName(KeyType type);

// A public key held by OpenSSL; cheap to copy (shared, immutable).
class PublicKey final
{
public:
    PublicKey() = default;

    // Raw 32-byte Ed25519 key.
    static PublicKey fromEd25519Raw(QByteArrayView raw);
    // SubjectPublicKeyInfo in DER.
    static PublicKey fromSpkiDer(QByteArrayView der);
    // PEM: "PUBLIC KEY" (SPKI) or "RSA PUBLIC KEY" (PKCS#1).
    static PublicKey fromPem(QByteArrayView pem);

    bool isNull() const { return !m_key; }

    KeyType type() const;
    int bits() const;
    // SHA-256 over the SubjectPublicKeyInfo DER, hex: what the user compares with the vendor's key.
    QString fingerprint() const;
    QByteArray spkiDer() const;
    QByteArray pem() const;

    bool verify(SignatureAlgorithm algorithm, QByteArrayView message, QByteArrayView signature) const;
    // RSA only: undo a PKCS#1 v1.5 type-1 "private encrypt" (Keygen's RSA_2048_PKCS1_ENCRYPT keys).
    std::optional<QByteArray> recoverPkcs1(QByteArrayView encrypted) const;

    EVP_PKEY *handle() const { return m_key.get(); }

private:
    explicit PublicKey(EVP_PKEY *key);
    std::shared_ptr<EVP_PKEY> m_key;
    QString m_fingerprint;
    KeyType m_type = KeyType::Other;
    KeyType computeType() const;
};

// Which key type can check signatures made with an algorithm.
KeyType keyTypeFor(SignatureAlgorithm algorithm);

QByteArray sha256(QByteArrayView data);

// AES-256-GCM with no additional data; nullopt when the tag does not authenticate (wrong key or altered data).
std::optional<QByteArray> aes256GcmDecrypt(QByteArrayView key,
                                           QByteArrayView iv,
                                           QByteArrayView ciphertext,
                                           QByteArrayView tag);

} // namespace keydesk::crypto
