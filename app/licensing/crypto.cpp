#include "app/licensing/crypto.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace keydesk::crypto {

namespace {

// RAII holders for the OpenSSL objects used here.
struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};

using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;
using Bio = std::unique_ptr<BIO, BioDeleter>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

QString keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::Ed25519:
        return QStringLiteral("Ed25519");
    case KeyType::Rsa:
        return QStringLiteral("RSA");
    case KeyType::EcdsaP256:
        return QStringLiteral("ECDSA P-256");
    case KeyType::Other:
        break;
    }
    return QCoreApplication::translate("keydesk::crypto", "unsupported key type");
}

KeyType keyTypeFor(SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case SignatureAlgorithm::Ed25519:
        return KeyType::Ed25519;
    case SignatureAlgorithm::EcdsaP256Sha256:
        return KeyType::EcdsaP256;
    case SignatureAlgorithm::RsaPkcs1Sha256:
    case SignatureAlgorithm::RsaPssSha256:
        return KeyType::Rsa;
    }
    return KeyType::Other;
}

PublicKey::PublicKey(EVP_PKEY *key)
    : m_key(key, PkeyDeleter())
{
    m_type = computeType();
    m_fingerprint = QString::fromLatin1(sha256(spkiDer()).toHex());
}

PublicKey PublicKey::fromEd25519Raw(QByteArrayView raw)
{
    if (raw.size() != 32) {
        return {};
    }
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(raw), size_t(raw.size()));
    return key ? PublicKey(key) : PublicKey();
}

PublicKey PublicKey::fromSpkiDer(QByteArrayView der)
{
    const unsigned char *p = bytes(der);
    EVP_PKEY *key = d2i_PUBKEY(nullptr, &p, long(der.size()));
    if (!key) {
        // PKCS#1 "RSAPublicKey" DER, as some SDKs export it.
        p = bytes(der);
        key = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(der.size()));
    }
    if (key && p != bytes(der) + der.size()) {
        EVP_PKEY_free(key); // trailing garbage: not one clean key
        return {};
    }
    return key ? PublicKey(key) : PublicKey();
}

PublicKey PublicKey::fromPem(QByteArrayView pem)
{
    Bio bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio) {
        return {};
    }
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!key) {
        // "RSA PUBLIC KEY" (PKCS#1): read the DER inside the armor.
        static constexpr QByteArrayView begin = "-----BEGIN RSA PUBLIC KEY-----";
        static constexpr QByteArrayView end = "-----END RSA PUBLIC KEY-----";
        const qsizetype from = QByteArrayView(pem).indexOf(begin);
        const qsizetype to = QByteArrayView(pem).indexOf(end);
        if (from >= 0 && to > from) {
            const QByteArray body = pem.sliced(from + begin.size(), to - from - begin.size()).toByteArray();
            const auto der = QByteArray::fromBase64Encoding(body.simplified().replace(' ', ""),
                                                            QByteArray::AbortOnBase64DecodingErrors);
            if (der) {
                return fromSpkiDer(*der);
            }
        }
    }
    return key ? PublicKey(key) : PublicKey();
}

KeyType PublicKey::type() const
{
    return m_type;
}

KeyType PublicKey::computeType() const
{
    if (!m_key) {
        return KeyType::Other;
    }
    switch (EVP_PKEY_get_base_id(m_key.get())) {
    case EVP_PKEY_ED25519:
        return KeyType::Ed25519;
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return KeyType::Rsa;
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(m_key.get(), "group", group, sizeof group, &length) == 1
            && (qstrcmp(group, "prime256v1") == 0 || qstrcmp(group, "P-256") == 0)) {
            return KeyType::EcdsaP256;
        }
        return KeyType::Other;
    }
    default:
        return KeyType::Other;
    }
}

int PublicKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QByteArray PublicKey::spkiDer() const
{
    if (!m_key) {
        return {};
    }
    const int length = i2d_PUBKEY(m_key.get(), nullptr);
    if (length <= 0) {
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(m_key.get(), &p);
    return der;
}

QByteArray PublicKey::pem() const
{
    if (!m_key) {
        return {};
    }
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1) {
        return {};
    }
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

QString PublicKey::fingerprint() const
{
    return m_fingerprint;
}

bool PublicKey::verify(SignatureAlgorithm algorithm, QByteArrayView message, QByteArrayView signature) const
{
    if (!m_key || type() != keyTypeFor(algorithm) || signature.isEmpty()) {
        return false;
    }
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx) {
        return false;
    }
    // Ed25519 signs the message itself (no pre-hash), so no digest is named for it.
    const EVP_MD *digest = algorithm == SignatureAlgorithm::Ed25519 ? nullptr : EVP_sha256();
    EVP_PKEY_CTX *pctx = nullptr;
    if (EVP_DigestVerifyInit(ctx.get(), &pctx, digest, nullptr, m_key.get()) != 1) {
        return false;
    }
    if (algorithm == SignatureAlgorithm::RsaPssSha256) {
        // Keygen signs with the maximum salt (222 bytes for 2048-bit keys); accept any salt length.
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256()) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_AUTO) != 1) {
            return false;
        }
    } else if (algorithm == SignatureAlgorithm::RsaPkcs1Sha256) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1) {
            return false;
        }
    }
    return EVP_DigestVerify(ctx.get(),
                            bytes(signature),
                            size_t(signature.size()),
                            bytes(message),
                            size_t(message.size()))
        == 1;
}

std::optional<QByteArray> PublicKey::recoverPkcs1(QByteArrayView encrypted) const
{
    if (!m_key || type() != KeyType::Rsa || encrypted.isEmpty()) {
        return std::nullopt;
    }
    PkeyCtx ctx(EVP_PKEY_CTX_new(m_key.get(), nullptr));
    if (!ctx || EVP_PKEY_verify_recover_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1) {
        return std::nullopt;
    }
    size_t length = 0;
    if (EVP_PKEY_verify_recover(ctx.get(), nullptr, &length, bytes(encrypted), size_t(encrypted.size())) != 1) {
        return std::nullopt;
    }
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_verify_recover(ctx.get(),
                                reinterpret_cast<unsigned char *>(out.data()),
                                &length,
                                bytes(encrypted),
                                size_t(encrypted.size()))
        != 1) {
        return std::nullopt;
    }
    out.resize(qsizetype(length));
    return out;
}

namespace {

// Refuses every passphrase prompt: OpenSSL's default callback would read one from the terminal.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

} // namespace

PrivateKey::PrivateKey(EVP_PKEY *key)
    : m_key(key, PkeyDeleter())
{
    // The public half, through its SubjectPublicKeyInfo: one code path for every key type.
    const int length = i2d_PUBKEY(key, nullptr);
    if (length > 0) {
        QByteArray der(length, Qt::Uninitialized);
        auto *p = reinterpret_cast<unsigned char *>(der.data());
        if (i2d_PUBKEY(key, &p) == length) {
            m_public = PublicKey::fromSpkiDer(der);
        }
    }
    if (m_public.isNull() || m_public.type() == KeyType::Other) {
        m_key.reset(); // not a key Keygen signs with
        m_public = {};
    }
}

PrivateKey PrivateKey::generate(KeyType type)
{
    EVP_PKEY *key = nullptr;
    switch (type) {
    case KeyType::Ed25519:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    case KeyType::Rsa:
        // OpenSSL's default public exponent is 65537, Keygen's (OpenSSL::PKey::RSA.generate(2048)) too.
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        break;
    case KeyType::EcdsaP256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case KeyType::Other:
        break;
    }
    return key ? PrivateKey(key) : PrivateKey();
}

PrivateKey PrivateKey::fromPem(QByteArrayView pem)
{
    if (pem.isEmpty()) {
        return {};
    }
    Bio bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio) {
        return {};
    }
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr);
    return key ? PrivateKey(key) : PrivateKey();
}

PrivateKey PrivateKey::fromEd25519Raw(QByteArrayView seed)
{
    if (seed.size() != 32) {
        return {};
    }
    EVP_PKEY *key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), size_t(seed.size()));
    return key ? PrivateKey(key) : PrivateKey();
}

QByteArray PrivateKey::pem() const
{
    if (!m_key) {
        return {};
    }
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return {};
    }
    return bioContents(bio.get());
}

QByteArray PrivateKey::ed25519RawPrivate() const
{
    if (!m_key || type() != KeyType::Ed25519) {
        return {};
    }
    QByteArray raw(32, Qt::Uninitialized);
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_private_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()), &length) != 1
        || length != 32) {
        return {};
    }
    return raw;
}

QByteArray PrivateKey::ed25519RawPublic() const
{
    if (!m_key || type() != KeyType::Ed25519) {
        return {};
    }
    QByteArray raw(32, Qt::Uninitialized);
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()), &length) != 1
        || length != 32) {
        return {};
    }
    return raw;
}

QByteArray PrivateKey::sign(SignatureAlgorithm algorithm, QByteArrayView message) const
{
    if (!m_key || type() != keyTypeFor(algorithm)) {
        return {};
    }
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx) {
        return {};
    }
    // Ed25519 signs the message itself (no pre-hash), so no digest is named for it.
    const EVP_MD *digest = algorithm == SignatureAlgorithm::Ed25519 ? nullptr : EVP_sha256();
    EVP_PKEY_CTX *pctx = nullptr;
    if (EVP_DigestSignInit(ctx.get(), &pctx, digest, nullptr, m_key.get()) != 1) {
        return {};
    }
    if (algorithm == SignatureAlgorithm::RsaPssSha256) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256()) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_MAX) != 1) {
            return {};
        }
    } else if (algorithm == SignatureAlgorithm::RsaPkcs1Sha256) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1) {
            return {};
        }
    }
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, bytes(message), size_t(message.size())) != 1) {
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(),
                       reinterpret_cast<unsigned char *>(signature.data()),
                       &length,
                       bytes(message),
                       size_t(message.size()))
        != 1) {
        return {};
    }
    signature.resize(qsizetype(length)); // DER ECDSA signatures vary in length
    return signature;
}

std::optional<QByteArray> PrivateKey::privateEncryptPkcs1(QByteArrayView data) const
{
    if (!m_key || type() != KeyType::Rsa) {
        return std::nullopt;
    }
    // PKCS#1 v1.5 type-1 padding needs 11 bytes: 0x00 0x01, at least eight 0xFF, 0x00.
    const int modulusBytes = EVP_PKEY_get_size(m_key.get());
    if (modulusBytes <= 11 || data.size() > modulusBytes - 11) {
        return std::nullopt;
    }
    PkeyCtx ctx(EVP_PKEY_CTX_new(m_key.get(), nullptr));
    // With no signature digest set, the RSA "sign" operation pads and exponentiates the data as given: exactly
    // the old RSA_private_encrypt that Ruby's private_encrypt calls.
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1) {
        return std::nullopt;
    }
    size_t length = 0;
    if (EVP_PKEY_sign(ctx.get(), nullptr, &length, bytes(data), size_t(data.size())) != 1) {
        return std::nullopt;
    }
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_sign(ctx.get(),
                      reinterpret_cast<unsigned char *>(out.data()),
                      &length,
                      bytes(data),
                      size_t(data.size()))
        != 1) {
        return std::nullopt;
    }
    out.resize(qsizetype(length));
    return out;
}

QByteArray randomBytes(int count)
{
    if (count <= 0) {
        return {};
    }
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1) {
        return {};
    }
    return out;
}

QByteArray aes256GcmEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext, QByteArray *tag)
{
    QByteArray tagOut;
    auto finish = [tag](QByteArray tagValue, QByteArray ciphertext) {
        if (tag) {
            *tag = std::move(tagValue);
        }
        return ciphertext;
    };
    if (key.size() != 32 || iv.isEmpty()) {
        return finish({}, {});
    }
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(iv)) != 1) {
        return finish({}, {});
    }
    QByteArray ciphertext(plaintext.size() + 16, Qt::Uninitialized);
    int written = 0;
    if (!plaintext.isEmpty()
        && EVP_EncryptUpdate(ctx.get(),
                             reinterpret_cast<unsigned char *>(ciphertext.data()),
                             &written,
                             bytes(plaintext),
                             int(plaintext.size()))
               != 1) {
        return finish({}, {});
    }
    int finalLength = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(ciphertext.data()) + written, &finalLength)
        != 1) {
        return finish({}, {});
    }
    ciphertext.resize(written + finalLength);
    tagOut.resize(16);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, tagOut.data()) != 1) {
        return finish({}, {});
    }
    if (ciphertext.isNull()) {
        ciphertext = QByteArray(""); // empty but not null: null means failure
    }
    return finish(std::move(tagOut), std::move(ciphertext));
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(),
                   size_t(data.size()),
                   reinterpret_cast<unsigned char *>(digest.data()),
                   &length,
                   EVP_sha256(),
                   nullptr)
        != 1) {
        return {};
    }
    return digest;
}

std::optional<QByteArray> aes256GcmDecrypt(QByteArrayView key,
                                           QByteArrayView iv,
                                           QByteArrayView ciphertext,
                                           QByteArrayView tag)
{
    if (key.size() != 32 || iv.isEmpty() || tag.size() != 16) {
        return std::nullopt;
    }
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(iv)) != 1) {
        return std::nullopt;
    }
    QByteArray plain(ciphertext.size() + 16, Qt::Uninitialized);
    int written = 0;
    if (!ciphertext.isEmpty()
        && EVP_DecryptUpdate(ctx.get(),
                             reinterpret_cast<unsigned char *>(plain.data()),
                             &written,
                             bytes(ciphertext),
                             int(ciphertext.size()))
               != 1) {
        return std::nullopt;
    }
    QByteArray tagCopy = tag.toByteArray(); // OpenSSL wants a mutable pointer
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, tagCopy.data()) != 1) {
        return std::nullopt;
    }
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + written, &finalLength) != 1) {
        return std::nullopt; // the tag does not authenticate
    }
    plain.resize(written + finalLength);
    return plain;
}

} // namespace keydesk::crypto
