// Throughput of Inspector::inspect against a bare OpenSSL EVP loop over the same license and machine files, in the
// same run. The bare loop does the least a hand-written verifier must do from the same file bytes: strip the armor,
// base64-decode the envelope, find "enc", "sig" and "alg" by a plain search, verify the signature over
// "license/" (or "machine/") + enc, split enc, base64-decode its parts, hash the secret with SHA-256 and decrypt
// with AES-256-GCM. Keydesk does all that and also parses the JSON:API document, extracts the facts and judges
// the dates. Both get the same parsed public key, the same secret and the same file bytes.
//
//   bench_inspect [--quick] [--iterations N] [--repetitions N] [--side both|bare|keydesk] [--verbose] [--breakdown]
//
// The last two lines, for the files Keygen produced: "verify+decrypt/bare throughput ratio: R (target >= 0.8)",
// Keydesk's verify + decrypt layer (parseLicenseFile, PublicKey::verify, decodeLicenseFileContent) doing the same
// work as the bare loop; and "inspect/bare throughput ratio: R", the whole inspection. --side runs
// only one side (for a profiler); --breakdown times the steps of an inspection one by one through the public
// functions it is built from. The exit status says whether the run worked, never whether the target was met.

#include "app/licensing/inspection.h"
#include "app/licensing/licensefile.h"
#include "tests/licensing/vectors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

#include <openssl/evp.h>
#include <openssl/opensslv.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// One license or machine file with everything needed to read it.
struct Sample
{
    QString vector;
    bool keygen = false; // produced by Keygen (keygen/), not synthetic/
    QString algorithm;   // "aes-256-gcm+ed25519" …
    InspectionInput input;
    QByteArray secret; // license key, plus the fingerprint for machine files: what SHA-256 turns into the AES key
    QByteArray expectedPlaintext;
};

// ---- The bare loop: OpenSSL EVP and plain byte searches, nothing else. ----

// Base64 through OpenSSL; EVP_DecodeBlock counts padding as output bytes, so drop them.
bool decodeBase64(std::string_view text, std::string &out)
{
    if (text.empty() || text.size() % 4 != 0) {
        return false;
    }
    out.resize(text.size() / 4 * 3);
    const int length = EVP_DecodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                                       reinterpret_cast<const unsigned char *>(text.data()),
                                       int(text.size()));
    if (length < 0) {
        return false;
    }
    const size_t padding = text.ends_with("==") ? 2 : text.ends_with('=') ? 1 : 0;
    out.resize(size_t(length) - padding);
    return true;
}

// The string value after `key` ("name":") in a flat JSON object, by search: the envelope holds only base64 and
// the algorithm, so no escapes.
std::string_view jsonString(std::string_view json, std::string_view key)
{
    const size_t at = json.find(key);
    if (at == std::string_view::npos) {
        return {};
    }
    const size_t from = at + key.size();
    const size_t to = json.find('"', from);
    return to == std::string_view::npos ? std::string_view() : json.substr(from, to - from);
}

bool bareVerify(EVP_PKEY *key, std::string_view algorithm, const std::string &message, const std::string &signature)
{
    const bool ed25519 = algorithm.ends_with("+ed25519");
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    bool ok = ctx && EVP_DigestVerifyInit(ctx, &pctx, ed25519 ? nullptr : EVP_sha256(), nullptr, key) == 1;
    if (ok && algorithm.ends_with("+rsa-pss-sha256")) {
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1
          && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_AUTO) == 1;
    }
    ok = ok
      && EVP_DigestVerify(ctx,
                          reinterpret_cast<const unsigned char *>(signature.data()),
                          signature.size(),
                          reinterpret_cast<const unsigned char *>(message.data()),
                          message.size())
             == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

bool bareDecrypt(const std::string &key,
                 const std::string &iv,
                 const std::string &ciphertext,
                 std::string &tag,
                 std::string &plaintext)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    plaintext.resize(ciphertext.size());
    int written = 0;
    int finalLength = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
                 && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) == 1
                 && EVP_DecryptInit_ex(ctx,
                                       nullptr,
                                       nullptr,
                                       reinterpret_cast<const unsigned char *>(key.data()),
                                       reinterpret_cast<const unsigned char *>(iv.data()))
                        == 1
                 && EVP_DecryptUpdate(ctx,
                                      reinterpret_cast<unsigned char *>(plaintext.data()),
                                      &written,
                                      reinterpret_cast<const unsigned char *>(ciphertext.data()),
                                      int(ciphertext.size()))
                        == 1
                 && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, tag.data()) == 1
                 && EVP_DecryptFinal_ex(ctx,
                                        reinterpret_cast<unsigned char *>(plaintext.data()) + written,
                                        &finalLength)
                        == 1;
    EVP_CIPHER_CTX_free(ctx);
    plaintext.resize(size_t(written + finalLength));
    return ok;
}

// Verifies and decrypts one file; the plaintext, or an empty string when anything fails.
std::string bareInspect(std::string_view file, EVP_PKEY *key, std::string_view secret)
{
    const bool machine = file.find("-----BEGIN MACHINE FILE-----") != std::string_view::npos;
    const std::string_view begin = machine ? "-----BEGIN MACHINE FILE-----" : "-----BEGIN LICENSE FILE-----";
    const size_t from = file.find(begin);
    const size_t to = file.find("-----END ", from);
    if (from == std::string_view::npos || to == std::string_view::npos) {
        return {};
    }
    std::string body;
    body.reserve(to - from);
    for (const char c : file.substr(from + begin.size(), to - from - begin.size())) {
        if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
            body.push_back(c);
        }
    }
    std::string envelope;
    if (!decodeBase64(body, envelope)) {
        return {};
    }
    const std::string_view enc = jsonString(envelope, "\"enc\":\"");
    const std::string_view alg = jsonString(envelope, "\"alg\":\"");
    std::string signature;
    if (enc.empty() || !decodeBase64(jsonString(envelope, "\"sig\":\""), signature)) {
        return {};
    }
    std::string message = machine ? "machine/" : "license/";
    message.append(enc);
    if (!bareVerify(key, alg, message, signature)) {
        return {};
    }

    std::string plaintext;
    if (alg.starts_with("base64+")) {
        return decodeBase64(enc, plaintext) ? plaintext : std::string();
    }
    const size_t dot1 = enc.find('.');
    const size_t dot2 = enc.find('.', dot1 + 1);
    std::string ciphertext, iv, tag;
    if (dot1 == std::string_view::npos || dot2 == std::string_view::npos
        || !decodeBase64(enc.substr(0, dot1), ciphertext) || !decodeBase64(enc.substr(dot1 + 1, dot2 - dot1 - 1), iv)
        || !decodeBase64(enc.substr(dot2 + 1), tag) || tag.size() != 16) {
        return {};
    }
    std::string aesKey(32, '\0');
    unsigned int keyLength = 0;
    if (EVP_Digest(secret.data(),
                   secret.size(),
                   reinterpret_cast<unsigned char *>(aesKey.data()),
                   &keyLength,
                   EVP_sha256(),
                   nullptr)
        != 1) {
        return {};
    }
    return bareDecrypt(aesKey, iv, ciphertext, tag, plaintext) ? plaintext : std::string();
}

// ---- Samples ----

std::optional<crypto::SignatureAlgorithm> signingOf(const QString &algorithm)
{
    if (algorithm.endsWith(QLatin1String("+ed25519"))) {
        return crypto::SignatureAlgorithm::Ed25519;
    }
    if (algorithm.endsWith(QLatin1String("+rsa-pss-sha256"))) {
        return crypto::SignatureAlgorithm::RsaPssSha256;
    }
    if (algorithm.endsWith(QLatin1String("+rsa-sha256"))) {
        return crypto::SignatureAlgorithm::RsaPkcs1Sha256;
    }
    if (algorithm.endsWith(QLatin1String("+ecdsa-p256"))) {
        return crypto::SignatureAlgorithm::EcdsaP256Sha256;
    }
    return std::nullopt;
}

// Every file vector Keydesk and the bare loop both verify and read completely, with the same result.
QList<Sample> loadSamples(const Inspector &inspector)
{
    QList<Sample> samples;
    const QStringList vectors = vectorFoldersWith(QStringLiteral("license.lic"))
                              + vectorFoldersWith(QStringLiteral("machine.lic"));
    for (const QString &vector : vectors) {
        const bool machine = hasVectorFile(vector, QStringLiteral("machine.lic"));
        Sample sample;
        sample.vector = vector;
        sample.keygen = vector.startsWith(QLatin1String("keygen/"));
        sample.algorithm = QString::fromUtf8(readVector(vector, QStringLiteral("algorithm.txt"))).trimmed();
        sample.input.data = readVector(vector, machine ? QStringLiteral("machine.lic") : QStringLiteral("license.lic"));
        const auto signing = signingOf(sample.algorithm);
        for (const crypto::PublicKey &key : vectorPublicKeys(vector)) {
            if (signing && key.type() == crypto::keyTypeFor(*signing)) {
                sample.input.publicKeys = {key}; // the account's key, as a user would give it
                break;
            }
        }
        if (hasVectorFile(vector, QStringLiteral("license_key.txt"))) {
            sample.input.licenseKey = QString::fromUtf8(readVector(vector, QStringLiteral("license_key.txt")))
                                          .trimmed();
        }
        if (hasVectorFile(vector, QStringLiteral("fingerprint.txt"))) {
            sample.input.fingerprint = QString::fromUtf8(readVector(vector, QStringLiteral("fingerprint.txt")))
                                           .trimmed();
        }
        sample.secret = sample.input.licenseKey.toUtf8() + sample.input.fingerprint.toUtf8();

        const Inspection inspection = inspector.inspect(sample.input);
        if (sample.input.publicKeys.isEmpty() || inspection.signature != SignatureStatus::Verified
            || !inspection.decrypted) {
            continue; // tampered, or no license key published: not a full verify + decrypt
        }
        sample.expectedPlaintext = inspection.plaintext;
        const std::string bare = bareInspect(std::string_view(sample.input.data.constData(),
                                                              size_t(sample.input.data.size())),
                                             sample.input.publicKeys.constFirst().handle(),
                                             std::string_view(sample.secret.constData(), size_t(sample.secret.size())));
        if (QByteArray::fromStdString(bare) != sample.expectedPlaintext) {
            std::fprintf(stderr, "bench_inspect: the bare loop reads %s differently\n", qPrintable(vector));
            std::exit(1);
        }
        samples.append(sample);
    }
    return samples;
}

// ---- Timing ----

using Clock = std::chrono::steady_clock;

double runBare(const QList<Sample> &samples, int iterations, size_t &sink)
{
    const auto start = Clock::now();
    for (int i = 0; i < iterations; ++i) {
        for (const Sample &sample : samples) {
            sink += bareInspect(std::string_view(sample.input.data.constData(), size_t(sample.input.data.size())),
                                sample.input.publicKeys.constFirst().handle(),
                                std::string_view(sample.secret.constData(), size_t(sample.secret.size())))
                        .size();
        }
    }
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double runKeydesk(const Inspector &inspector, const QList<Sample> &samples, int iterations, size_t &sink)
{
    const auto start = Clock::now();
    for (int i = 0; i < iterations; ++i) {
        for (const Sample &sample : samples) {
            sink += size_t(inspector.inspect(sample.input).plaintext.size());
        }
    }
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Keydesk's own verify + decrypt path (armor, envelope, signature, AES-GCM) without the document parse and facts.
double runVerifyDecrypt(const QList<Sample> &samples, int iterations, size_t &sink)
{
    const auto start = Clock::now();
    for (int i = 0; i < iterations; ++i) {
        for (const Sample &sample : samples) {
            const LicenseFileParse parsed = parseLicenseFile(sample.input.data);
            if (!parsed.envelope
                || !sample.input.publicKeys.constFirst().verify(parsed.envelope->signing,
                                                                parsed.envelope->signingData(),
                                                                parsed.envelope->signature)) {
                continue;
            }
            sink += size_t(decodeLicenseFileContent(*parsed.envelope, sample.secret).value_or(QByteArray()).size());
        }
    }
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Figures
{
    double bareSeconds = 0;
    double keydeskSeconds = 0;       // Inspector::inspect: verify, decrypt, then the JSON:API document and facts
    double verifyDecryptSeconds = 0; // Keydesk's verify + decrypt layer alone: the same work as the bare loop
};

struct Options
{
    int iterations = 200;
    int repetitions = 9;
    bool bare = true;
    bool keydesk = true;
    bool verbose = false;
    bool breakdown = false;
};

Figures measure(const Inspector &inspector, const QList<Sample> &samples, const Options &options)
{
    std::vector<double> bare;
    std::vector<double> keydesk;
    std::vector<double> verifyDecrypt;
    size_t sink = 0;
    // A warm-up round, then alternate which side goes first so drift and cache effects fall on both.
    if (options.bare) {
        runBare(samples, 1, sink);
    }
    if (options.keydesk) {
        runKeydesk(inspector, samples, 1, sink);
    }
    for (int r = 0; r < options.repetitions; ++r) {
        const bool bareFirst = r % 2 == 0;
        if (options.keydesk && !bareFirst) {
            keydesk.push_back(runKeydesk(inspector, samples, options.iterations, sink));
        }
        if (options.bare) {
            bare.push_back(runBare(samples, options.iterations, sink));
        }
        if (options.keydesk && bareFirst) {
            keydesk.push_back(runKeydesk(inspector, samples, options.iterations, sink));
        }
        if (options.keydesk) {
            verifyDecrypt.push_back(runVerifyDecrypt(samples, options.iterations, sink));
        }
    }
    if (sink == 0) {
        std::puts("(nothing decoded)"); // keeps the work observable
    }
    Figures figures;
    figures.bareSeconds = bare.empty() ? 0 : median(bare);
    figures.keydeskSeconds = keydesk.empty() ? 0 : median(keydesk);
    figures.verifyDecryptSeconds = verifyDecrypt.empty() ? 0 : median(verifyDecrypt);
    return figures;
}

void report(const char *label, const QList<Sample> &samples, const Figures &figures, const Options &options)
{
    qint64 bytes = 0;
    for (const Sample &sample : samples) {
        bytes += sample.input.data.size();
    }
    const double files = double(samples.size()) * options.iterations;
    const double megabytes = double(bytes) * options.iterations / 1e6;
    std::printf("%-34s %3lld files, %7.1f KB", label, qlonglong(samples.size()), double(bytes) / 1000.0);
    if (figures.bareSeconds > 0) {
        std::printf(" | bare %8.0f files/s %6.2f MB/s", files / figures.bareSeconds, megabytes / figures.bareSeconds);
    }
    if (figures.keydeskSeconds > 0) {
        std::printf(" | keydesk %8.0f files/s %6.2f MB/s",
                    files / figures.keydeskSeconds,
                    megabytes / figures.keydeskSeconds);
    }
    if (figures.bareSeconds > 0 && figures.keydeskSeconds > 0) {
        std::printf(" | ratio %.2f (verify+decrypt %.2f)",
                    figures.bareSeconds / figures.keydeskSeconds,
                    figures.bareSeconds / figures.verifyDecryptSeconds);
    }
    std::printf("\n");
}

// Median seconds per file of `step` over the samples.
template <typename Step>
double timePerFile(const QList<Sample> &samples, const Options &options, Step step)
{
    std::vector<double> runs;
    size_t sink = 0;
    for (int r = 0; r < options.repetitions; ++r) {
        const auto start = Clock::now();
        for (int i = 0; i < options.iterations; ++i) {
            for (const Sample &sample : samples) {
                sink += step(sample);
            }
        }
        runs.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    if (sink == 0) {
        std::puts("(nothing done)");
    }
    return median(runs) / (double(samples.size()) * options.iterations);
}

// Where an inspection's time goes: each public step it is made of, timed alone on the same files.
void breakdown(const Inspector &inspector, const QList<Sample> &samples, const Options &options)
{
    const double inspect = timePerFile(samples, options, [&](const Sample &sample) {
        return size_t(inspector.inspect(sample.input).plaintext.size());
    });
    const double bare = timePerFile(samples, options, [&](const Sample &sample) {
        return bareInspect(std::string_view(sample.input.data.constData(), size_t(sample.input.data.size())),
                           sample.input.publicKeys.constFirst().handle(),
                           std::string_view(sample.secret.constData(), size_t(sample.secret.size())))
            .size();
    });
    // The ceiling for Keydesk: the bare loop plus the one thing Keydesk must do on top, parsing the document.
    const double bareWithJson = timePerFile(samples, options, [&](const Sample &sample) {
        const std::string plaintext = bareInspect(std::string_view(sample.input.data.constData(),
                                                                   size_t(sample.input.data.size())),
                                                  sample.input.publicKeys.constFirst().handle(),
                                                  std::string_view(sample.secret.constData(),
                                                                   size_t(sample.secret.size())));
        return size_t(
            QJsonDocument::fromJson(QByteArray::fromRawData(plaintext.data(), qsizetype(plaintext.size()))).isObject());
    });
    const double parse = timePerFile(samples, options, [](const Sample &sample) {
        return size_t(parseLicenseFile(sample.input.data).envelope->enc.size());
    });
    QList<LicenseFileEnvelope> envelopes;
    for (const Sample &sample : samples) {
        envelopes.append(*parseLicenseFile(sample.input.data).envelope);
    }
    const auto envelopeOf = [&](const Sample &sample) -> const LicenseFileEnvelope & {
        return envelopes.at(&sample - samples.constData());
    };
    const double signingData = timePerFile(samples, options, [&](const Sample &sample) {
        return size_t(envelopeOf(sample).signingData().size());
    });
    const double verify = timePerFile(samples, options, [&](const Sample &sample) {
        const LicenseFileEnvelope &envelope = envelopeOf(sample);
        return size_t(
            sample.input.publicKeys.constFirst().verify(envelope.signing, envelope.signingData(), envelope.signature));
    });
    const double fingerprint = timePerFile(samples, options, [](const Sample &sample) {
        return size_t(sample.input.publicKeys.constFirst().fingerprint().size());
    });
    const double decode = timePerFile(samples, options, [&](const Sample &sample) {
        return size_t(decodeLicenseFileContent(envelopeOf(sample), sample.secret)->size());
    });
    const double json = timePerFile(samples, options, [](const Sample &sample) {
        return size_t(QJsonDocument::fromJson(sample.expectedPlaintext).isObject());
    });
    const double rest = inspect - parse - verify - fingerprint - decode - json;
    const auto line = [inspect](const char *what, double seconds) {
        std::printf("  %-62s %8.1f us %5.1f%%\n", what, seconds * 1e6, 100.0 * seconds / inspect);
    };
    std::printf("breakdown per file, %% of Inspector::inspect:\n");
    line("Inspector::inspect (all)", inspect);
    line("  parseLicenseFile (armor, base64, envelope JSON, sig base64)", parse);
    line("  PublicKey::verify (incl. signingData copy)", verify);
    line("    of which LicenseFileEnvelope::signingData", signingData);
    line("  PublicKey::fingerprint (i2d_PUBKEY + SHA-256)", fingerprint);
    line("  decodeLicenseFileContent (split, base64, SHA-256, AES-GCM)", decode);
    line("  QJsonDocument::fromJson (decrypted document)", json);
    line("  the rest (facts, dates, messages, copies)", rest);
    line("bare loop, same files", bare);
    line("bare loop + QJsonDocument::fromJson of its plaintext", bareWithJson);
    std::printf("  ceiling for the ratio while the document is parsed with QJsonDocument: %.2f\n", bare / bareWithJson);
}

int intArgument(const QStringList &arguments, qsizetype &i)
{
    bool ok = false;
    const int value = i + 1 < arguments.size() ? arguments.at(++i).toInt(&ok) : 0;
    if (!ok || value <= 0) {
        std::fprintf(stderr, "bench_inspect: %s needs a positive number\n", qPrintable(arguments.at(i - 1)));
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--quick") {
            options.iterations = 20;
            options.repetitions = 5;
        } else if (argument == u"--iterations") {
            options.iterations = intArgument(arguments, i);
        } else if (argument == u"--repetitions") {
            options.repetitions = intArgument(arguments, i);
        } else if (argument == u"--side" && i + 1 < arguments.size()) {
            const QString side = arguments.at(++i);
            options.bare = side != u"keydesk";
            options.keydesk = side != u"bare";
        } else if (argument == u"--verbose") {
            options.verbose = true;
        } else if (argument == u"--breakdown") {
            options.breakdown = true;
        } else {
            std::fprintf(stderr,
                         "usage: bench_inspect [--quick] [--iterations N] [--repetitions N] "
                         "[--side both|bare|keydesk] [--verbose] [--breakdown]\n");
            return 2;
        }
    }

    const FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC));
    const Inspector inspector(clock);
    const QList<Sample> all = loadSamples(inspector);
    QList<Sample> keygen;
    QList<Sample> synthetic;
    for (const Sample &sample : all) {
        (sample.keygen ? keygen : synthetic).append(sample);
    }
    if (keygen.isEmpty()) {
        std::fprintf(stderr, "bench_inspect: no readable license file among the vectors\n");
        return 1;
    }

    std::printf("bench_inspect: %s build, %s, Qt %s; %d iterations x %d repetitions, median\n",
                KEYDESK_BUILD_TYPE,
                OPENSSL_VERSION_TEXT,
                qVersion(),
                options.iterations,
                options.repetitions);
    if (options.verbose) {
        for (const Sample &sample : all) {
            std::printf("  %s (%s, %lld bytes)\n",
                        qPrintable(sample.vector),
                        qPrintable(sample.algorithm),
                        qlonglong(sample.input.data.size()));
        }
        // One group per algorithm, to see where a difference comes from.
        QStringList algorithms;
        for (const Sample &sample : all) {
            if (!algorithms.contains(sample.algorithm)) {
                algorithms.append(sample.algorithm);
            }
        }
        for (const QString &algorithm : std::as_const(algorithms)) {
            QList<Sample> group;
            for (const Sample &sample : all) {
                if (sample.algorithm == algorithm) {
                    group.append(sample);
                }
            }
            report(qPrintable(QStringLiteral("all ") + algorithm), group, measure(inspector, group, options), options);
        }
    }
    if (options.breakdown) {
        breakdown(inspector, keygen, options);
    }
    if (!synthetic.isEmpty()) {
        report("synthetic (RSA, ECDSA, base64)", synthetic, measure(inspector, synthetic, options), options);
    }
    const Figures figures = measure(inspector, keygen, options);
    report("Keygen-produced (Ed25519)", keygen, figures, options);
    if (options.bare && options.keydesk) {
        std::printf("verify+decrypt/bare throughput ratio: %.2f (target >= 0.8)\n",
                    figures.bareSeconds / figures.verifyDecryptSeconds);
        std::printf("inspect/bare throughput ratio: %.2f (full inspection: also parses the decrypted JSON:API "
                    "document and extracts the facts)\n",
                    figures.bareSeconds / figures.keydeskSeconds);
    }
    return 0;
}
