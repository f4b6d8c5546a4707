#pragma once

#include "app/licensing/crypto.h"
#include "app/licensing/inspection.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace keydesk {

// One way a key's text can be read: which scheme, what is signed, the signature, and the embedded dataset.
struct KeyReading
{
    KeyScheme scheme;
    QByteArray signedData; // the exact bytes the signature covers
    QByteArray signature;  // decoded; for RSA_2048_PKCS1_ENCRYPT the encrypted block
    QByteArray dataset;    // decoded payload; for RSA_2048_PKCS1_ENCRYPT known only after recovery
};

// What the shape of the key text says (keygen-wire-formats.md §2).
struct KeyShape
{
    QList<KeyReading> readings;                          // candidates, most likely first; empty when none fits
    ReasonCode problem = ReasonCode::UnsupportedKeyForm; // when readings is empty
};

// Reads a key's text; with `scheme` only that scheme is considered.
KeyShape readLicenseKey(QByteArrayView text, std::optional<KeyScheme> scheme = std::nullopt);

// The signature algorithm (and key type) a scheme verifies with.
crypto::SignatureAlgorithm signatureAlgorithmFor(KeyScheme scheme);

} // namespace keydesk
