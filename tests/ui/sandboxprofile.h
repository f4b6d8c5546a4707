#pragma once

// A connection profile for the in-process sandbox as the GUI tests use it: the account's real public keys pinned
// and enforced, so that every answer is signature-checked as in the application.

#include "app/licensing/crypto.h"
#include "app/profiles/profile.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxserver.h"
#include "models/workspace.h"

#include <QSignalSpy>

#include <memory>

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

// Starts the sandbox with `licenses` demo licenses and opens a workspace on it whose cache (at `cachePath`) a full
// sync has filled; null and the reason in *error when any step fails.
inline std::unique_ptr<Workspace> startSyncedSandbox(sandbox::SandboxServer &server,
                                                     qint64 licenses,
                                                     const QString &cachePath,
                                                     QString *error)
{
    if (!server.start({}, error) || !sandbox::seedDemoData(server.store(), server.account(), licenses, error)) {
        return nullptr;
    }
    auto workspace = std::make_unique<Workspace>(sandboxProfile(server), server.adminToken());
    if (!workspace->open(error, cachePath)) {
        return nullptr;
    }
    QSignalSpy finished(workspace->syncEngine(), &sync::SyncEngine::finished);
    workspace->syncEngine()->start();
    if (!finished.wait(120000) || !finished.constFirst().constFirst().toBool()) {
        *error = QStringLiteral("the first sync did not finish");
        return nullptr;
    }
    return workspace;
}

} // namespace keydesk::testing
