#pragma once

#include "app/licensing/crypto.h"

#include <QList>

namespace keydesk {

// Reads the account public keys a user pastes or saves, in every form Keygen hands out:
// Ed25519 as 64 hex characters, SPKI DER in base64, PEM (RSA, ECDSA, Ed25519; several in one text),
// PEM wrapped in base64 again, the base64 values of the account's `meta.keys` / `meta.publicKey`,
// or the whole `GET /v1/accounts/<id>` JSON response.
// Returns the keys found; on failure an empty list and a translated sentence in *error.
QList<crypto::PublicKey> parsePublicKeys(QByteArrayView text, QString *error = nullptr);

} // namespace keydesk
