#pragma once

// Tokens live in the operating system's keychain (Secret Service, macOS Keychain, Windows Credential Manager)
// through QtKeychain, one entry per profile. Where no keychain is available, a token is kept in memory for this
// session only, and the caller is told so. A token is never written to QSettings, the cache, logs or output.

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace keydesk::profiles {

class SecretStore final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString token;         // read: the token; empty when none is stored
        bool found = false;    // read: a token exists for the profile
        bool inMemory = false; // kept for this session only (no keychain)
        QString error;         // translated, when !ok
    };

    using Callback = std::function<void(const Result &)>;

    // `service`: the keychain's service name the entries are filed under.
    explicit SecretStore(const QString &service = QStringLiteral("io.keydesk.Keydesk"), QObject *parent = nullptr);

    void readToken(const QString &profile, Callback done);
    void writeToken(const QString &profile, const QString &token, Callback done);
    void removeToken(const QString &profile, Callback done);

    // False once the keychain turned out to be unavailable: tokens then live in memory until Keydesk quits.
    bool isPersistent() const { return m_persistent; }

    QString service() const { return m_service; }

    // Blocking variants for the command line (they run a local event loop until the keychain answers).
    Result readTokenNow(const QString &profile);
    Result writeTokenNow(const QString &profile, const QString &token);
    Result removeTokenNow(const QString &profile);

Q_SIGNALS:
    // The keychain could not be used; `reason` is a translated sentence for the user.
    void keychainUnavailable(const QString &reason);

private:
    QString keyFor(const QString &profile) const;
    void fallBack(const QString &reason);
    Result wait(const std::function<void(Callback)> &operation);

    QString m_service;
    bool m_persistent = true;
    QHash<QString, QString> m_memory; // profile -> token, only while the keychain is unavailable
};

} // namespace keydesk::profiles
