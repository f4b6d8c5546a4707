// libFuzzer target over Inspector::inspect, which runs the license file, machine file and license key parsers.
// Each input is inspected
//   1. as given, without secrets;
//   2. with the public keys, license key and fingerprint of the vector it was mutated from (recognised by a
//      stretch of its bytes that most mutations leave alone), else with the synthetic vectors' keys, so mutated
//      real files reach signature verification, AES-GCM decryption and the JSON parsing of what was decrypted;
//   3. when it is not a file, as a key of each scheme by name;
//   4. when it is JSON, as the plaintext of a license or machine file this harness encrypts and signs itself, so
//      fuzzer-made documents get past a genuine signature and decryption into the JSON:API fact extraction;
//   5. as the public key a user pastes (`--public-key`), through parsePublicKeys.
// The vectors are read from KEYDESK_VECTORS_DIR (environment variable, else the path built in).

#include "app/licensing/inspection.h"
#include "app/licensing/licensefile.h"
#include "app/licensing/publickeys.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <openssl/evp.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace keydesk;

namespace {

// What a vector gives the inspector, and the bytes that recognise inputs mutated from its artifact.
struct Secrets
{
    QList<crypto::PublicKey> publicKeys;
    QString licenseKey;
    QString fingerprint;
    QByteArray marker;
    bool markerAtStart = true; // files: right after the header; keys: at the end
};

// The harness's own signing key and secrets for mode 4.
constexpr QByteArrayView kHarnessLicenseKey = "FUZZ-HARNESS-LICENSE-KEY";
constexpr QByteArrayView kHarnessFingerprint = "fuzz:harness:fingerprint";

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

struct State
{
    QList<Secrets> vectors;
    Secrets fallback; // every key type, a license key and a fingerprint from the synthetic vectors
    std::unique_ptr<EVP_PKEY, PkeyDeleter> signingKey;
    QList<crypto::PublicKey> signingPublicKey;
    const FixedClock clock{QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC)};
};

State *state = nullptr;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_inspect: %s\n", what);
    std::abort();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<crypto::PublicKey> folderPublicKeys(const QDir &folder)
{
    QList<crypto::PublicKey> keys;
    for (const QString &name : folder.entryList({QStringLiteral("public_key.*")}, QDir::Files, QDir::Name)) {
        keys += parsePublicKeys(readFile(folder.filePath(name)));
    }
    return keys;
}

// The bytes right after a file's header line: the start of the envelope, which holds the start of enc.
QByteArray fileMarker(const QByteArray &file)
{
    const qsizetype header = file.indexOf("-----\n");
    return header < 0 ? QByteArray() : file.mid(header + 6, 48);
}

void loadVectors(const QString &root)
{
    for (const QString &group : {QStringLiteral("keygen"), QStringLiteral("synthetic")}) {
        const QDir groupDir(root + QLatin1Char('/') + group);
        for (const QString &name : groupDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir folder(groupDir.filePath(name));
            Secrets base;
            base.publicKeys = folderPublicKeys(folder);
            base.fingerprint = QString::fromUtf8(readFile(folder.filePath(QStringLiteral("fingerprint.txt"))))
                                   .trimmed();
            const QByteArray licenseKey = readFile(folder.filePath(QStringLiteral("license_key.txt"))).trimmed();
            for (const char *file : {"license.lic", "machine.lic"}) {
                const QByteArray text = readFile(folder.filePath(QLatin1String(file)));
                if (!text.isEmpty()) {
                    Secrets secrets = base;
                    secrets.licenseKey = QString::fromUtf8(licenseKey);
                    secrets.marker = fileMarker(text);
                    state->vectors.append(secrets);
                }
                if (group == u"synthetic" && !text.isEmpty()) {
                    // The synthetic folders hold all three key types; keep one license key and one fingerprint.
                    state->fallback.publicKeys = base.publicKeys;
                    if (state->fallback.licenseKey.isEmpty() || !base.fingerprint.isEmpty()) {
                        state->fallback.licenseKey = QString::fromUtf8(licenseKey);
                    }
                    if (!base.fingerprint.isEmpty()) {
                        state->fallback.fingerprint = base.fingerprint;
                    }
                }
            }
            // A key is its own artifact (in file vectors, license_key.txt is often a signed key as well).
            for (const char *file : {"license_key.txt", "license_key_reconstructed.txt"}) {
                const QByteArray key = readFile(folder.filePath(QLatin1String(file))).trimmed();
                if (key.size() >= 32) {
                    Secrets secrets = base;
                    secrets.marker = key.right(32);
                    secrets.markerAtStart = false;
                    state->vectors.append(secrets);
                }
            }
        }
    }
    if (state->vectors.size() < 30 || state->fallback.publicKeys.size() < 3 || state->fallback.licenseKey.isEmpty()) {
        fail("the vectors were not found: set KEYDESK_VECTORS_DIR to the vectors folder");
    }
}

void makeSigningKey()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key) {
        fail("cannot generate the harness's Ed25519 key");
    }
    state->signingKey.reset(key);
    unsigned char raw[32];
    size_t length = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(key, raw, &length) != 1) {
        fail("cannot read the harness's public key");
    }
    state->signingPublicKey = {
        crypto::PublicKey::fromEd25519Raw(QByteArrayView(reinterpret_cast<const char *>(raw), qsizetype(length)))};
}

const Secrets &secretsFor(QByteArrayView data)
{
    const QByteArrayView head = data.first(qMin<qsizetype>(data.size(), 1024));
    const QByteArrayView tail = data.last(qMin<qsizetype>(data.size(), 256));
    for (const Secrets &secrets : std::as_const(state->vectors)) {
        if (!secrets.marker.isEmpty() && (secrets.markerAtStart ? head : tail).contains(secrets.marker)) {
            return secrets;
        }
    }
    return state->fallback;
}

// Properties every inspection must have, whatever the input.
void checkInvariants(const Inspection &result)
{
    if (result.reasons.isEmpty()) {
        fail("an inspection without a reason");
    }
    if (result.isValid() && (result.signature != SignatureStatus::Verified || !result.decrypted)) {
        fail("valid without a verified signature and readable content");
    }
    if (result.signature == SignatureStatus::Mismatch
        && (result.verdict == Verdict::Valid || result.verdict == Verdict::Incomplete)) {
        fail("a signature mismatch that is not reported as such");
    }
    // Reading what the user sees and what --json prints must not fail either.
    (void)result.summary();
    (void)result.level();
    (void)result.included();
    (void)verdictId(result.verdict);
    for (const Reason &reason : result.reasons) {
        if (reasonId(reason.code).isEmpty() || reason.message.isEmpty()) {
            fail("a reason without an id or a message");
        }
    }
}

Inspection inspect(const InspectionInput &input)
{
    Inspection result = Inspector(state->clock).inspect(input);
    checkInvariants(result);
    return result;
}

QByteArray wrapped(const QByteArray &base64)
{
    QByteArray out;
    for (qsizetype at = 0; at < base64.size(); at += 64) {
        out += base64.mid(at, 64) + '\n';
    }
    return out;
}

// Mode 4: `plaintext` encrypted and signed the way Keygen does it, then inspected with the right secrets.
void inspectAsSignedContent(const QByteArray &plaintext)
{
    const bool machine = plaintext.contains("\"machines\"");
    const QByteArray secret = machine ? kHarnessLicenseKey.toByteArray() + kHarnessFingerprint.toByteArray()
                                      : kHarnessLicenseKey.toByteArray();
    const QByteArray aesKey = crypto::sha256(secret);
    const QByteArray iv(12, '\x2a');
    QByteArray ciphertext(plaintext.size() + 16, Qt::Uninitialized);
    QByteArray tag(16, Qt::Uninitialized);
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter> cipher(EVP_CIPHER_CTX_new());
    int written = 0;
    int finalLength = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(plaintext.constData());
    auto *out = reinterpret_cast<unsigned char *>(ciphertext.data());
    if (!cipher
        || EVP_EncryptInit_ex(cipher.get(),
                              EVP_aes_256_gcm(),
                              nullptr,
                              reinterpret_cast<const unsigned char *>(aesKey.constData()),
                              reinterpret_cast<const unsigned char *>(iv.constData()))
               != 1
        || EVP_EncryptUpdate(cipher.get(), out, &written, in, int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(cipher.get(), out + written, &finalLength) != 1
        || EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_GET_TAG, 16, tag.data()) != 1) {
        fail("AES-256-GCM encryption failed");
    }
    ciphertext.resize(written + finalLength);

    const QByteArray enc = ciphertext.toBase64() + '.' + iv.toBase64() + '.' + tag.toBase64();
    const QByteArray signingData = (machine ? QByteArray("machine/") : QByteArray("license/")) + enc;
    QByteArray signature(64, Qt::Uninitialized);
    size_t signatureLength = size_t(signature.size());
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> md(EVP_MD_CTX_new());
    if (!md || EVP_DigestSignInit(md.get(), nullptr, nullptr, nullptr, state->signingKey.get()) != 1
        || EVP_DigestSign(md.get(),
                          reinterpret_cast<unsigned char *>(signature.data()),
                          &signatureLength,
                          reinterpret_cast<const unsigned char *>(signingData.constData()),
                          size_t(signingData.size()))
               != 1) {
        fail("Ed25519 signing failed");
    }
    const QByteArray envelope = "{\"enc\":\"" + enc + "\",\"sig\":\"" + signature.toBase64()
                              + "\",\"alg\":\"aes-256-gcm+ed25519\"}";
    const QByteArray armor = machine ? QByteArray("MACHINE FILE") : QByteArray("LICENSE FILE");

    InspectionInput input;
    input.data = "-----BEGIN " + armor + "-----\n" + wrapped(envelope.toBase64()) + "-----END " + armor + "-----\n";
    input.publicKeys = state->signingPublicKey;
    input.licenseKey = QString::fromLatin1(kHarnessLicenseKey);
    if (machine) {
        input.fingerprint = QString::fromLatin1(kHarnessFingerprint);
    }
    const Inspection result = inspect(input);
    if (result.signature != SignatureStatus::Verified) {
        fail("a license file signed with the given key did not verify");
    }
    if (result.plaintext != plaintext) {
        fail("the decrypted content differs from what was encrypted");
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(plaintext, &error);
    if (error.error == QJsonParseError::NoError && document.object().value(QLatin1String("data")).isObject()
        && !result.decrypted) {
        fail("a JSON:API document was not accepted as the content");
    }
}

// Mode 5: what parsePublicKeys returns is usable, or it says why not.
void parseAsPublicKeys(QByteArrayView data)
{
    QString error;
    const QList<crypto::PublicKey> keys = parsePublicKeys(data, &error);
    if (keys.isEmpty() && error.isEmpty()) {
        fail("no public key and no reason");
    }
    for (const crypto::PublicKey &key : keys) {
        if (key.isNull() || key.type() == crypto::KeyType::Other || key.fingerprint().size() != 64
            || key.spkiDer().isEmpty() || key.pem().isEmpty() || key.bits() <= 0) {
            fail("parsePublicKeys returned a key that cannot be used");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    state = new State; // lives as long as the process; reachable, so not a leak
    const QByteArray fromEnvironment = qgetenv("KEYDESK_VECTORS_DIR");
    loadVectors(fromEnvironment.isEmpty() ? QStringLiteral(KEYDESK_VECTORS_DIR)
                                          : QString::fromLocal8Bit(fromEnvironment));
    makeSigningKey();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));

    InspectionInput plain;
    plain.data = data;
    inspect(plain);

    const Secrets &secrets = secretsFor(data);
    InspectionInput withSecrets = plain;
    withSecrets.publicKeys = secrets.publicKeys;
    withSecrets.licenseKey = secrets.licenseKey;
    withSecrets.fingerprint = secrets.fingerprint;
    inspect(withSecrets);

    const QByteArray trimmed = data.trimmed();
    if (!looksLikeLicenseFile(data) && !trimmed.startsWith('{') && size <= 16384) {
        for (const KeyScheme scheme : allKeySchemes()) {
            withSecrets.scheme = scheme;
            const Inspection result = inspect(withSecrets);
            if (result.kind == ArtifactKind::LicenseKey && result.scheme && *result.scheme != scheme) {
                fail("a key read with another scheme than the one named");
            }
        }
    }

    if (trimmed.startsWith('{')) {
        inspectAsSignedContent(data);
    }

    parseAsPublicKeys(data);
    return 0;
}
