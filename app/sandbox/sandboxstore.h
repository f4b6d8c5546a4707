#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <map>
#include <memory>
#include <optional>

namespace keydesk::sandbox {

// One stored resource, as the sandbox keeps it: Keygen's attributes and relationship ids as JSON.
struct StoredResource
{
    qint64 seq = 0; // creation order; the keyset cursor
    QString id;     // UUID
    QString accountId;
    QString type;    // JSON:API type: "products", "licenses" …
    QString created; // ISO 8601 UTC with milliseconds
    QString updated;
    QString alias; // a second lookup key: a license key, a machine fingerprint, a product code …
    QJsonObject attributes;
    QJsonObject links; // relationship name -> related id (or null)
    // Listed with ListQuery::storedText: the attributes and links as the JSON text the store holds, and the two
    // objects above left empty. A list page renders its resources from the text (writeResource() in jsonapi.h).
    QByteArray storedAttributes;
    QByteArray storedLinks;
};

struct Account
{
    QString id;
    QString slug;
    QString name;
    QString created;
    QString updated;
    QByteArray ed25519PrivatePem;
    QByteArray rsaPrivatePem;
    QByteArray ecdsaPrivatePem;
};

struct Token
{
    QString id;
    QString accountId;
    QString secret;     // the token text ("admin-…v3"); the sandbox is a local test server
    QString kind;       // "admin-token", "product-token", "license-token", "user-token"
    QString bearerType; // "users", "products", "licenses"
    QString bearerId;
    QString name;
    QString expiry;
    QString created;
    QString updated;
};

// How a list is read: newest first unless ascending; offset pages or a keyset cursor.
struct ListQuery
{
    QString accountId;
    QString type;
    bool ascending = false;
    int limit = 10;
    int offset = 0;
    std::optional<qint64> afterSeq;             // keyset: continue after this resource
    QList<QPair<QString, QString>> linkFilters; // relationship name == id
    QString idFilter;                           // only this resource (a bearer that may see just itself)
    // Further SQL conditions over the resources table (columns unqualified or as `resources.`), each with its `?`
    // placeholders bound from `conditionValues` in order: the list filters Keygen documents per type.
    QStringList conditions;
    QVariantList conditionValues;
    // Keep attributes and links as stored JSON text (StoredResource::storedAttributes/storedLinks), unparsed.
    bool storedText = false;
};

// The sandbox's SQLite database: accounts, tokens and resources of every type. Not thread-safe; one per server.
class SandboxStore final
{
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // Opens (and creates or migrates) the database; ":memory:" keeps it in memory.
    bool open(const QString &path, QString *error);

    std::optional<Account> account(const QString &idOrSlug) const;
    std::optional<Account> firstAccount() const;
    bool insertAccount(const Account &account);

    std::optional<Token> tokenBySecret(const QString &secret) const;
    bool insertToken(const Token &token);
    std::optional<Token> adminToken(const QString &accountId) const;
    std::optional<Token> token(const QString &accountId, const QString &id) const;
    // Newest first; an empty bearerId lists every token of the account.
    QList<Token> tokens(const QString &accountId, const QString &bearerType = {}, const QString &bearerId = {}) const;
    bool updateToken(const Token &token);
    bool removeToken(const QString &accountId, const QString &id);

    std::optional<StoredResource> resource(const QString &accountId,
                                           const QString &type,
                                           const QString &idOrAlias) const;
    bool insertResource(StoredResource &resource); // sets seq
    bool updateResource(const StoredResource &resource);
    bool removeResource(const QString &accountId, const QString &type, const QString &id);
    QList<StoredResource> list(const ListQuery &query) const;
    qint64 count(const ListQuery &query) const;
    // COUNT(*) and the sums of numeric attributes over what the query's filters select (limit is ignored).
    QList<qint64> aggregate(const ListQuery &query, const QStringList &attributes) const;
    // The same for many owners at once: resources of `type` whose link `link` is one of `ids`, grouped by that link
    // (one query for a whole page of licenses instead of one per license). Owners with none are absent.
    QHash<QString, QList<qint64>> aggregateByLink(const QString &accountId,
                                                  const QString &type,
                                                  const QString &link,
                                                  const QStringList &ids,
                                                  const QStringList &attributes) const;
    // Deletes the machines whose heartbeat died longer ago than their policy's resurrection window, where the policy
    // culls dead machines (DEACTIVATE_DEAD); returns how many.
    int cullDeadMachines(const QString &accountId);
    std::optional<qint64> seqOf(const QString &accountId, const QString &type, const QString &id) const;
    // Whether any resource of `type` in the account lives in an environment (a cheap index probe): when none does,
    // a list in the global environment (or a shared one) needs no environment condition.
    bool hasEnvironmentResources(const QString &accountId, const QString &type) const;

    QSqlDatabase database() const;

private:
    // Prepared once per SQL text: preparing is a large share of a lookup's cost. The reference is valid until the
    // next call (the cache is emptied when it grows large); finish() the query after use.
    QSqlQuery &cachedQuery(const QString &sql) const;

    QString m_connection;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

QString newUuid();
QString timestamp(); // now, ISO 8601 UTC with milliseconds

} // namespace keydesk::sandbox
