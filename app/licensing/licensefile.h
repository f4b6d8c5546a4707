#pragma once

#include "app/licensing/crypto.h"
#include "app/licensing/inspection.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace keydesk {

// The armored envelope of a Keygen license or machine file (keygen-wire-formats.md §1).
struct LicenseFileEnvelope
{
    ArtifactKind kind = ArtifactKind::LicenseFile;
    QByteArray enc;       // as signed: ASCII text
    QByteArray signature; // decoded
    QString algorithm;    // "aes-256-gcm+ed25519"
    bool encrypted = false;
    crypto::SignatureAlgorithm signing = crypto::SignatureAlgorithm::Ed25519;

    // What the signature covers: "license/" or "machine/" followed by enc.
    QByteArray signingData() const;
};

struct LicenseFileParse
{
    std::optional<LicenseFileEnvelope> envelope;
    ReasonCode error = ReasonCode::NotALicenseFile; // when envelope is empty
    QString detail;                                 // extra words for the error (the unknown algorithm …)
};

// True when the text holds a license or machine file header.
bool looksLikeLicenseFile(QByteArrayView text);

// Reads the armor and the {"enc","sig","alg"} envelope; tolerant of CRLF, any wrapping and surrounding blank lines.
LicenseFileParse parseLicenseFile(QByteArrayView text);

enum class DecodeError {
    None,
    Malformed,        // enc is not three base64 parts, or not base64
    DecryptionFailed, // GCM tag did not authenticate with this secret
};

// Decrypts (AES-256-GCM, key = SHA-256(secret)) or decodes (base64) enc; secret is the license key,
// plus the fingerprint for machine files.
std::optional<QByteArray> decodeLicenseFileContent(const LicenseFileEnvelope &envelope,
                                                   const QByteArray &secret,
                                                   DecodeError *error = nullptr);

} // namespace keydesk
