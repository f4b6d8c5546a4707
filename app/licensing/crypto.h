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

// A private key held by OpenSSL, for producing what Keygen's server produces (the sandbox); cheap to copy
// (shared, immutable).
class PrivateKey final
{
public:
    PrivateKey() = default;

    // A fresh key: Ed25519, RSA 2048 (e = 65537) or ECDSA P-256; null for KeyType::Other.
    static PrivateKey generate(KeyType type);
    // PEM: "PRIVATE KEY" (PKCS#8), "RSA PRIVATE KEY" (PKCS#1) or "EC PRIVATE KEY" (SEC 1), unencrypted.
    // Null for encrypted PEM (no passphrase is ever asked for) and for key types Keygen does not use.
    static PrivateKey fromPem(QByteArrayView pem);
    // The 32-byte Ed25519 seed; Keygen stores it as 64 hex characters (`ed25519_private_key`).
    static PrivateKey fromEd25519Raw(QByteArrayView seed);

    bool isNull() const { return !m_key; }

    KeyType type() const { return m_public.type(); }

    int bits() const { return m_public.bits(); }

    PublicKey publicKey() const { return m_public; }

    // PKCS#8 "PRIVATE KEY" PEM, unencrypted.
    QByteArray pem() const;
    // Ed25519 only (empty otherwise): the 32-byte seed and the 32-byte public key, as Keygen keeps them in hex.
    QByteArray ed25519RawPrivate() const;
    QByteArray ed25519RawPublic() const;

    // Ed25519 (pure), RSASSA-PKCS1-v1_5/SHA-256, RSASSA-PSS/SHA-256 with MGF1-SHA-256 and the maximum salt
    // (222 bytes for 2048-bit keys, as Keygen's sign_pss salt_length: :max), or ECDSA P-256/SHA-256 in ASN.1 DER.
    // Empty when the algorithm does not fit the key.
    QByteArray sign(SignatureAlgorithm algorithm, QByteArrayView message) const;
    // RSA only: Ruby's `private_encrypt`, PKCS#1 v1.5 type-1 padding over the data itself (no digest), as
    // Keygen's RSA_2048_PKCS1_ENCRYPT keys. nullopt when the data exceeds the modulus size - 11 bytes (245 for
    // 2048-bit keys) or the key is not RSA.
    std::optional<QByteArray> privateEncryptPkcs1(QByteArrayView data) const;

    EVP_PKEY *handle() const { return m_key.get(); }

private:
    explicit PrivateKey(EVP_PKEY *key);
    std::shared_ptr<EVP_PKEY> m_key;
    PublicKey m_public;
};

// Which key type can check signatures made with an algorithm.
KeyType keyTypeFor(SignatureAlgorithm algorithm);

QByteArray sha256(QByteArrayView data);

// AES-256-GCM with no additional data; nullopt when the tag does not authenticate (wrong key or altered data).
std::optional<QByteArray> aes256GcmDecrypt(QByteArrayView key,
                                           QByteArrayView iv,
                                           QByteArrayView ciphertext,
                                           QByteArrayView tag);

// Cryptographically strong random bytes (RAND_bytes); empty when count <= 0 or the generator fails.
QByteArray randomBytes(int count);

// AES-256-GCM with no additional data and a 16-byte tag, as Keygen encrypts license and machine files.
// Returns the ciphertext and sets *tag; on failure (key not 32 bytes, empty IV, OpenSSL error) returns a null
// QByteArray and clears *tag, so success is `tag->size() == 16`.
QByteArray aes256GcmEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext, QByteArray *tag);

} // namespace keydesk::crypto
