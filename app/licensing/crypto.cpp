#include "app/licensing/crypto.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
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
