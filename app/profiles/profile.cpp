#include "app/profiles/profile.h"

#include "app/licensing/publickeys.h"

#include <algorithm>

namespace keydesk::profiles {

namespace {

const char *const kCloudUrl = "https://api.keygen.sh";

QString group(const QString &name)
{
    return QStringLiteral("profiles/") + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

int keyOrder(const crypto::PublicKey &key)
{
    switch (key.type()) {
    case crypto::KeyType::Ed25519:
        return 0;
    case crypto::KeyType::EcdsaP256:
        return 1;
    default:
        return 2;
    }
}

QList<crypto::PublicKey> ordered(QList<crypto::PublicKey> keys)
{
    std::stable_sort(keys.begin(), keys.end(), [](const crypto::PublicKey &a, const crypto::PublicKey &b) {
        return keyOrder(a) < keyOrder(b);
    });
    return keys;
}

} // namespace

QString serverKindKey(ServerKind kind)
{
    switch (kind) {
    case ServerKind::SelfHosted:
        return QStringLiteral("self-hosted");
    case ServerKind::Sandbox:
        return QStringLiteral("sandbox");
    case ServerKind::Cloud:
        break;
    }
    return QStringLiteral("cloud");
}

ServerKind serverKindFromKey(QStringView key)
{
    if (key == QLatin1String("self-hosted")) {
        return ServerKind::SelfHosted;
    }
    if (key == QLatin1String("sandbox")) {
        return ServerKind::Sandbox;
    }
    return ServerKind::Cloud;
}

QUrl Profile::serverUrl() const
{
    return server == ServerKind::Cloud ? QUrl(QLatin1String(kCloudUrl)) : url;
}

QList<crypto::PublicKey> Profile::pinnedKeys() const
{
    return publicKeys.isEmpty() ? QList<crypto::PublicKey>() : parsePublicKeys(publicKeys);
}

api::ConnectionSettings Profile::connectionSettings() const
{
    api::ConnectionSettings settings;
    settings.server = serverUrl();
    settings.account = account;
    settings.accountId = accountId;
    settings.environment = environment;
    settings.apiVersion = apiVersion;
    settings.publicKeys = pinnedKeys();
    settings.signatureMode = signatureMode;
    return settings;
}

QString keysFingerprint(const QList<crypto::PublicKey> &keys)
{
    QStringList parts;
    for (const crypto::PublicKey &key : ordered(keys)) {
        const QByteArray digest = crypto::sha256(key.spkiDer());
        parts << QStringLiteral("SHA256:") + QString::fromLatin1(digest.left(16).toHex(':').toUpper());
    }
    return parts.join(QLatin1Char('\n'));
}

QByteArray encodeKeys(const QList<crypto::PublicKey> &keys)
{
    QByteArray pem;
    for (const crypto::PublicKey &key : ordered(keys)) {
        pem += key.pem();
    }
    return pem;
}

KeyPin compareKeys(const Profile &profile, const QList<crypto::PublicKey> &fetched)
{
    const QList<crypto::PublicKey> pinned = profile.pinnedKeys();
    if (pinned.isEmpty()) {
        return KeyPin::FirstUse;
    }
    return encodeKeys(pinned) == encodeKeys(fetched) ? KeyPin::Same : KeyPin::Changed;
}

// ---- The store --------------------------------------------------------------------------------------------------

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
    if (!m_settings) {
        m_own = std::make_unique<QSettings>();
        m_settings = m_own.get();
    }
}

QSettings &ProfileStore::settings() const
{
    return *m_settings;
}

QStringList ProfileStore::names() const
{
    settings().beginGroup(QStringLiteral("profiles"));
    QStringList names;
    for (const QString &key : settings().childGroups()) {
        names << QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1()));
    }
    settings().endGroup();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.localeAwareCompare(b) < 0;
    });
    return names;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (name.isEmpty() || !names().contains(name)) {
        return std::nullopt;
    }
    QSettings &s = settings();
    s.beginGroup(group(name));
    Profile p;
    p.name = name;
    p.server = serverKindFromKey(s.value(QStringLiteral("server")).toString());
    p.url = QUrl(s.value(QStringLiteral("url")).toString());
    p.account = s.value(QStringLiteral("account")).toString();
    p.accountId = s.value(QStringLiteral("accountId")).toString();
    p.environment = s.value(QStringLiteral("environment")).toString();
    p.apiVersion = s.value(QStringLiteral("apiVersion"), QStringLiteral("1.8")).toString();
    p.publicKeys = s.value(QStringLiteral("publicKeys")).toByteArray();
    p.signatureMode = api::signatureModeFromKey(s.value(QStringLiteral("signatures")).toString());
    p.readOnly = s.value(QStringLiteral("readOnly"), false).toBool();
    s.endGroup();
    return p;
}

QString ProfileStore::problemWith(const Profile &profile)
{
    if (profile.name.trimmed().isEmpty()) {
        return tr("Give the connection a name.");
    }
    if (profile.name.size() > 100) {
        return tr("The name is too long: at most 100 characters.");
    }
    if (profile.account.trimmed().isEmpty()) {
        return tr("Enter the account's ID or slug.");
    }
    if (profile.server != ServerKind::Cloud) {
        const QUrl url = profile.url;
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            return tr("Enter the server's address, e.g. https://licensing.example.com.");
        }
        if (url.scheme() == QLatin1String("http") && !api::ApiClient::isLoopback(url)) {
            return tr("Use https:// for %1: Keydesk sends the token only over encrypted connections (plain http is "
                      "allowed for this computer only).")
                .arg(url.host());
        }
    }
    return {};
}

bool ProfileStore::save(const Profile &profile, QString *problem)
{
    const QString reason = problemWith(profile);
    if (!reason.isEmpty()) {
        if (problem) {
            *problem = reason;
        }
        return false;
    }
    QSettings &s = settings();
    s.remove(group(profile.name));
    s.beginGroup(group(profile.name));
    s.setValue(QStringLiteral("server"), serverKindKey(profile.server));
    if (profile.server != ServerKind::Cloud) {
        s.setValue(QStringLiteral("url"), profile.url.toString());
    }
    s.setValue(QStringLiteral("account"), profile.account.trimmed());
    s.setValue(QStringLiteral("accountId"), profile.accountId);
    s.setValue(QStringLiteral("environment"), profile.environment.trimmed());
    s.setValue(QStringLiteral("apiVersion"), profile.apiVersion);
    s.setValue(QStringLiteral("publicKeys"), profile.publicKeys);
    s.setValue(QStringLiteral("signatures"), api::signatureModeKey(profile.signatureMode));
    s.setValue(QStringLiteral("readOnly"), profile.readOnly);
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError) {
        if (problem) {
            *problem = tr("The settings file could not be written: %1").arg(s.fileName());
        }
        return false;
    }
    return true;
}

void ProfileStore::remove(const QString &name)
{
    settings().remove(group(name));
    if (current() == name) {
        settings().remove(QStringLiteral("currentProfile"));
    }
    settings().sync();
}

bool ProfileStore::rename(const QString &from, const QString &to, QString *problem)
{
    std::optional<Profile> p = profile(from);
    if (!p) {
        return false;
    }
    if (from != to && names().contains(to)) {
        if (problem) {
            *problem = tr("A connection named \u201c%1\u201d already exists.").arg(to);
        }
        return false;
    }
    const bool wasCurrent = current() == from;
    p->name = to;
    if (!save(*p, problem)) {
        return false;
    }
    if (from != to) {
        remove(from);
    }
    if (wasCurrent) {
        setCurrent(to);
    }
    return true;
}

QString ProfileStore::current() const
{
    return settings().value(QStringLiteral("currentProfile")).toString();
}

void ProfileStore::setCurrent(const QString &name)
{
    settings().setValue(QStringLiteral("currentProfile"), name);
    settings().sync();
}

} // namespace keydesk::profiles
