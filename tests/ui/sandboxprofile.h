#pragma once

// A connection profile for the in-process sandbox as the GUI tests use it: the account's real public keys pinned
// and enforced, so that every answer is signature-checked as in the application.

#include "app/licensing/crypto.h"
#include "app/profiles/profile.h"
#include "app/sandbox/sandboxserver.h"

namespace keydesk::testing {

inline QByteArray sandboxPublicKeys(const sandbox::Account &account)
{
    QList<crypto::PublicKey> keys;
    for (const QByteArray &pem : {account.ed25519PrivatePem, account.rsaPrivatePem, account.ecdsaPrivatePem}) {
        keys << crypto::PrivateKey::fromPem(pem).publicKey();
    }
    return profiles::encodeKeys(keys);
}

inline profiles::Profile sandboxProfile(const sandbox::SandboxServer &server,
                                        const QString &name = QStringLiteral("Sandbox"),
                                        bool readOnly = false)
{
    profiles::Profile profile;
    profile.name = name;
    profile.server = profiles::ServerKind::Sandbox;
    profile.url = server.baseUrl();
    profile.account = server.account().slug;
    profile.accountId = server.account().id;
    profile.publicKeys = sandboxPublicKeys(server.account());
    profile.signatureMode = api::SignatureMode::Enforce;
    profile.readOnly = readOnly;
    return profile;
}

} // namespace keydesk::testing
