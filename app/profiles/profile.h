#pragma once

// Connection profiles: which server, account and environment Keydesk talks to, the account's pinned public keys,
// how strictly answers are checked, and whether writes are allowed. Profiles live in QSettings; their tokens never
// do (see secretstore.h).

#include "app/api/apiclient.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

#include <optional>

namespace keydesk::profiles {

enum class ServerKind {
    Cloud,      // https://api.keygen.sh
    SelfHosted, // Keygen CE/EE or a compatible server at its own address
    Sandbox,    // Keydesk's local sandbox
};

struct Profile
{
    QString name;
    ServerKind server = ServerKind::Cloud;
    QUrl url;          // SelfHosted and Sandbox: the server's address (scheme, host, port)
    QString account;   // id or slug, as the user typed it
    QString accountId; // the account's UUID, learned when connecting
    QString environment;
    QString apiVersion = QStringLiteral("1.8");
    QByteArray publicKeys; // the account's public keys as fetched and confirmed (PEM blocks); empty until pinned
    api::SignatureMode signatureMode = api::SignatureMode::Enforce;
    bool readOnly = false;

    // The API's address: Keygen Cloud's, or the profile's own.
    QUrl serverUrl() const;
    // What the API client needs (credentials come from the secret store).
    api::ConnectionSettings connectionSettings() const;
    QList<crypto::PublicKey> pinnedKeys() const;
};

// A short, comparable rendering of public keys for the user to confirm (and to notice a change): the SHA-256 of
// their DER encodings, as "SHA256:" and 16 colon-separated hex pairs per key, Ed25519 first.
QString keysFingerprint(const QList<crypto::PublicKey> &keys);

// Pinning: the keys of a first connection are shown for confirmation and pinned; later connections must present
// the same keys. A change is loud: it may mean someone is impersonating the server.
enum class KeyPin {
    FirstUse, // nothing pinned yet
    Same,
    Changed,
};

KeyPin compareKeys(const Profile &profile, const QList<crypto::PublicKey> &fetched);
QByteArray encodeKeys(const QList<crypto::PublicKey> &keys); // what Profile::publicKeys stores

// Profiles in QSettings, under "profiles/<name>/…", and which one is current.
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::profiles::ProfileStore)

public:
    // `settings`: where to keep them; null uses the application's QSettings.
    explicit ProfileStore(QSettings *settings = nullptr);

    QStringList names() const; // sorted
    std::optional<Profile> profile(const QString &name) const;
    // Saves (or replaces) a profile; false and a translated reason when it is not acceptable.
    bool save(const Profile &profile, QString *problem = nullptr);
    void remove(const QString &name);
    bool rename(const QString &from, const QString &to, QString *problem = nullptr);

    QString current() const;
    void setCurrent(const QString &name);

    // A translated reason why a profile is not acceptable (empty name, unusable address, missing account …);
    // empty when it is.
    static QString problemWith(const Profile &profile);

private:
    QSettings &settings() const;

    std::unique_ptr<QSettings> m_own;
    QSettings *m_settings;
};

QString serverKindKey(ServerKind kind);        // "cloud", "self-hosted", "sandbox"
ServerKind serverKindFromKey(QStringView key); // unknown: Cloud

} // namespace keydesk::profiles
