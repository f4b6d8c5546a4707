#include "app/sandbox/sandboxstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <atomic>

namespace keydesk::sandbox {

namespace {

constexpr int kSchemaVersion = 1;

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS accounts ("
    " id TEXT PRIMARY KEY, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL, created TEXT NOT NULL,"
    " updated TEXT NOT NULL, ed25519_private TEXT NOT NULL, rsa_private TEXT NOT NULL, ecdsa_private TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tokens ("
    " id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id), secret TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL, bearer_type TEXT NOT NULL, bearer_id TEXT NOT NULL, name TEXT, expiry TEXT,"
    " created TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS resources ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, account_id TEXT NOT NULL,"
    " type TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL, alias TEXT,"
    " attributes TEXT NOT NULL, links TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX IF NOT EXISTS resources_by_type ON resources(account_id, type, seq)",
    // Not unique: a machine fingerprint may repeat across licenses; each type checks its own uniqueness rule.
    "CREATE INDEX IF NOT EXISTS resources_by_alias ON resources(account_id, type, alias) WHERE alias IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS resources_by_license ON resources(account_id, type, json_extract(links, '$.license'))",
    // Only the resources that live in an environment: tells cheaply whether a list needs its environment condition.
    "CREATE INDEX IF NOT EXISTS resources_in_environments ON resources(account_id, type)"
    " WHERE json_extract(links, '$.environment') IS NOT NULL",
};

// Prepared statements kept per SQL text, at most this many (list filters make a few dozen distinct texts).
constexpr std::size_t kMaxCachedQueries = 256;

QJsonObject parseObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

StoredResource readResource(const QSqlQuery &query)
{
    StoredResource r;
    r.seq = query.value(0).toLongLong();
    r.id = query.value(1).toString();
    r.accountId = query.value(2).toString();
    r.type = query.value(3).toString();
    r.created = query.value(4).toString();
    r.updated = query.value(5).toString();
    r.alias = query.value(6).toString();
    r.attributes = parseObject(query.value(7));
    r.links = parseObject(query.value(8));
    return r;
}

const char *const kResourceColumns = "seq, id, account_id, type, created, updated, alias, attributes, links";

// A list page's rows: the account and type are the query's, the JSON stays text.
const char *const kStoredTextColumns = "seq, id, created, updated, alias, attributes, links";

StoredResource readStoredText(const QSqlQuery &query, const ListQuery &listQuery)
{
    StoredResource r;
    r.seq = query.value(0).toLongLong();
    r.id = query.value(1).toString();
    r.accountId = listQuery.accountId;
    r.type = listQuery.type;
    r.created = query.value(2).toString();
    r.updated = query.value(3).toString();
    r.alias = query.value(4).toString();
    r.storedAttributes = query.value(5).toByteArray();
    r.storedLinks = query.value(6).toByteArray();
    return r;
}

Account readAccount(const QSqlQuery &query)
{
    return {query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toByteArray(),
            query.value(6).toByteArray(),
            query.value(7).toByteArray()};
}

Token readToken(const QSqlQuery &query)
{
    return {query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toString(),
            query.value(6).toString(),
            query.value(7).toString(),
            query.value(8).toString(),
            query.value(9).toString()};
}

const char
    *const kTokenColumns = "id, account_id, secret, kind, bearer_type, bearer_id, name, expiry, created, updated";

// The WHERE clause of a list, with its bound values in order.
QString whereClause(const ListQuery &query, QVariantList &values)
{
    QString where = QStringLiteral("account_id = ? AND type = ?");
    values << query.accountId << query.type;
    for (const auto &[name, id] : query.linkFilters) {
        // The path is written out (names come from the resource specs, letters only) so that SQLite can use the
        // expression index on json_extract(links, '$.license').
        where += QStringLiteral(" AND json_extract(links, '$.%1') = ?").arg(name);
        values << id;
    }
    if (!query.idFilter.isEmpty()) {
        where += QStringLiteral(" AND id = ?");
        values << query.idFilter;
    }
    for (const QString &condition : query.conditions) {
        where += QStringLiteral(" AND (") + condition + QLatin1Char(')');
    }
    values += query.conditionValues;
    return where;
}

} // namespace

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

SandboxStore::SandboxStore()
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("keydesk-sandbox-%1").arg(++counter);
}

SandboxStore::~SandboxStore()
{
    m_queries.clear(); // prepared statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int SandboxStore::cullDeadMachines(const QString &accountId)
{
    // Time of death: the last ping (or, with a FROM_CREATION heartbeat basis, the activation) plus the duration.
    QSqlQuery &query = cachedQuery(QStringLiteral(
        "DELETE FROM resources WHERE account_id = ? AND type = 'machines' AND id IN ("
        " SELECT m.id FROM resources m"
        " JOIN resources l ON l.id = json_extract(m.links, '$.license')"
        " JOIN resources p ON p.id = json_extract(l.links, '$.policy')"
        " WHERE m.account_id = ? AND m.type = 'machines'"
        " AND (json_extract(m.attributes, '$.lastHeartbeat') IS NOT NULL"
        "      OR (json_extract(m.attributes, '$.requireHeartbeat') = 1"
        "          AND json_extract(m.attributes, '$.heartbeatBasis') = 'FROM_CREATION'))"
        " AND json_extract(p.attributes, '$.heartbeatCullStrategy') = 'DEACTIVATE_DEAD'"
        " AND json_extract(p.attributes, '$.heartbeatResurrectionStrategy') <> 'ALWAYS_REVIVE'"
        " AND julianday(coalesce(json_extract(m.attributes, '$.lastHeartbeat'), m.created))"
        "     + (coalesce(json_extract(m.attributes, '$.heartbeatDuration'), 600)"
        "        + coalesce(CAST(substr(json_extract(p.attributes, '$.heartbeatResurrectionStrategy'), 1,"
        "              instr(json_extract(p.attributes, '$.heartbeatResurrectionStrategy'), '_MINUTE') - 1)"
        "              AS INTEGER) * 60, 0)) / 86400.0 < julianday('now'))"));
    query.addBindValue(accountId);
    query.addBindValue(accountId);
    if (!query.exec()) {
        return 0;
    }
    return query.numRowsAffected();
}

QSqlDatabase SandboxStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool SandboxStore::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (const char *pragma : {"PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL",
                               "PRAGMA foreign_keys = ON",
                               // A sandbox with a million licenses is a few GB: keep its hot pages in memory.
                               "PRAGMA cache_size = -65536",
                               "PRAGMA mmap_size = 268435456"}) {
        query.exec(QLatin1String(pragma));
    }
    db.transaction();
    for (const char *statement : kSchema) {
        if (!query.exec(QLatin1String(statement))) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    query.exec(QStringLiteral("SELECT version FROM schema_version"));
    if (!query.next()) {
        query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        query.addBindValue(kSchemaVersion);
        query.exec();
    } else if (query.value(0).toInt() > kSchemaVersion) {
        *error = QStringLiteral("the sandbox database %1 was written by a newer Keydesk").arg(path);
        db.rollback();
        return false;
    }
    return db.commit();
}

std::optional<Account> SandboxStore::account(const QString &idOrSlug) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, slug, name, created, updated, ed25519_private, rsa_private, ecdsa_private "
                                 "FROM accounts WHERE id = ? OR slug = ?"));
    query.addBindValue(idOrSlug);
    query.addBindValue(idOrSlug);
    if (query.exec() && query.next()) {
        return readAccount(query);
    }
    return std::nullopt;
}

std::optional<Account> SandboxStore::firstAccount() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT id, slug, name, created, updated, ed25519_private, rsa_private, "
                                  "ecdsa_private FROM accounts ORDER BY created LIMIT 1"))
        && query.next()) {
        return readAccount(query);
    }
    return std::nullopt;
}

bool SandboxStore::insertAccount(const Account &account)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("INSERT INTO accounts (id, slug, name, created, updated, ed25519_private, rsa_private, "
                       "ecdsa_private) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : QVariantList{account.id,
                                              account.slug,
                                              account.name,
                                              account.created,
                                              account.updated,
                                              account.ed25519PrivatePem,
                                              account.rsaPrivatePem,
                                              account.ecdsaPrivatePem}) {
        query.addBindValue(value);
    }
    return query.exec();
}

std::optional<Token> SandboxStore::tokenBySecret(const QString &secret) const
{
    // Every authenticated request asks: prepared once.
    QSqlQuery &query = cachedQuery(
        QStringLiteral("SELECT %1 FROM tokens WHERE secret = ?").arg(QLatin1String(kTokenColumns)));
    query.bindValue(0, secret);
    std::optional<Token> token;
    if (query.exec() && query.next()) {
        token = readToken(query);
    }
    query.finish();
    return token;
}

std::optional<Token> SandboxStore::adminToken(const QString &accountId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM tokens WHERE account_id = ? AND kind = 'admin-token' "
                                 "ORDER BY created LIMIT 1")
                      .arg(QLatin1String(kTokenColumns)));
    query.addBindValue(accountId);
    if (query.exec() && query.next()) {
        return readToken(query);
    }
    return std::nullopt;
}

std::optional<Token> SandboxStore::token(const QString &accountId, const QString &id) const
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM tokens WHERE account_id = ? AND id = ?").arg(QLatin1String(kTokenColumns)));
    query.addBindValue(accountId);
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return readToken(query);
    }
    return std::nullopt;
}

QList<Token> SandboxStore::tokens(const QString &accountId, const QString &bearerType, const QString &bearerId) const
{
    QSqlQuery query(database());
    QString sql = QStringLiteral("SELECT %1 FROM tokens WHERE account_id = ?").arg(QLatin1String(kTokenColumns));
    if (!bearerId.isEmpty()) {
        sql += QStringLiteral(" AND bearer_type = ? AND bearer_id = ?");
    }
    query.prepare(sql + QStringLiteral(" ORDER BY created DESC, rowid DESC"));
    query.addBindValue(accountId);
    if (!bearerId.isEmpty()) {
        query.addBindValue(bearerType);
        query.addBindValue(bearerId);
    }
    QList<Token> result;
    if (query.exec()) {
        while (query.next()) {
            result.append(readToken(query));
        }
    }
    return result;
}

bool SandboxStore::updateToken(const Token &token)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "UPDATE tokens SET secret = ?, name = ?, expiry = ?, updated = ? WHERE id = ? AND account_id = ?"));
    query.addBindValue(token.secret);
    query.addBindValue(token.name.isNull() ? QVariant() : QVariant(token.name));
    query.addBindValue(token.expiry.isNull() ? QVariant() : QVariant(token.expiry));
    query.addBindValue(token.updated);
    query.addBindValue(token.id);
    query.addBindValue(token.accountId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool SandboxStore::removeToken(const QString &accountId, const QString &id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM tokens WHERE account_id = ? AND id = ?"));
    query.addBindValue(accountId);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool SandboxStore::insertToken(const Token &token)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO tokens (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kTokenColumns)));
    for (const QString &value : {token.id,
                                 token.accountId,
                                 token.secret,
                                 token.kind,
                                 token.bearerType,
                                 token.bearerId,
                                 token.name,
                                 token.expiry,
                                 token.created,
                                 token.updated}) {
        query.addBindValue(value.isNull() ? QVariant() : QVariant(value));
    }
    return query.exec();
}

std::optional<StoredResource> SandboxStore::resource(const QString &accountId,
                                                     const QString &type,
                                                     const QString &idOrAlias) const
{
    // Two indexed lookups (an OR of id and alias would scan every resource of the type); the id wins.
    QSqlQuery &query = cachedQuery(
        QStringLiteral("SELECT %1 FROM resources WHERE id = ? AND account_id = ? AND type = ? "
                       "UNION ALL "
                       "SELECT %1 FROM resources WHERE account_id = ? AND type = ? AND alias = ? "
                       "LIMIT 1")
            .arg(QLatin1String(kResourceColumns)));
    const QVariantList values{idOrAlias, accountId, type, accountId, type, idOrAlias};
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    std::optional<StoredResource> result;
    if (query.exec() && query.next()) {
        result = readResource(query);
    }
    query.finish();
    return result;
}

QSqlQuery &SandboxStore::cachedQuery(const QString &sql) const
{
    if (m_queries.size() >= kMaxCachedQueries && m_queries.find(sql) == m_queries.end()) {
        m_queries.clear();
    }
    std::unique_ptr<QSqlQuery> &query = m_queries[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(database());
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

bool SandboxStore::insertResource(StoredResource &resource)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO resources (id, account_id, type, created, updated, alias, attributes, "
                                 "links) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(resource.id);
    query.addBindValue(resource.accountId);
    query.addBindValue(resource.type);
    query.addBindValue(resource.created);
    query.addBindValue(resource.updated);
    query.addBindValue(resource.alias.isEmpty() ? QVariant() : QVariant(resource.alias));
    query.addBindValue(compact(resource.attributes));
    query.addBindValue(compact(resource.links));
    if (!query.exec()) {
        return false;
    }
    resource.seq = query.lastInsertId().toLongLong();
    return true;
}

bool SandboxStore::updateResource(const StoredResource &resource)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE resources SET updated = ?, alias = ?, attributes = ?, links = ? "
                                 "WHERE id = ? AND account_id = ?"));
    query.addBindValue(resource.updated);
    query.addBindValue(resource.alias.isEmpty() ? QVariant() : QVariant(resource.alias));
    query.addBindValue(compact(resource.attributes));
    query.addBindValue(compact(resource.links));
    query.addBindValue(resource.id);
    query.addBindValue(resource.accountId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool SandboxStore::removeResource(const QString &accountId, const QString &type, const QString &id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM resources WHERE account_id = ? AND type = ? AND id = ?"));
    query.addBindValue(accountId);
    query.addBindValue(type);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

QList<StoredResource> SandboxStore::list(const ListQuery &listQuery) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT %1 FROM resources WHERE ")
                      .arg(QLatin1String(listQuery.storedText ? kStoredTextColumns : kResourceColumns))
                + whereClause(listQuery, values);
    if (listQuery.afterSeq) {
        sql += listQuery.ascending ? QStringLiteral(" AND seq > ?") : QStringLiteral(" AND seq < ?");
        values << *listQuery.afterSeq;
    }
    sql += listQuery.ascending ? QStringLiteral(" ORDER BY seq ASC") : QStringLiteral(" ORDER BY seq DESC");
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values << listQuery.limit << listQuery.offset;

    // Pages of a list repeat the same SQL text: prepared once.
    QSqlQuery &query = cachedQuery(sql);
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    QList<StoredResource> resources;
    if (query.exec()) {
        resources.reserve(qMin(listQuery.limit, 1000));
        while (query.next()) {
            resources.append(listQuery.storedText ? readStoredText(query, listQuery) : readResource(query));
        }
    }
    query.finish();
    return resources;
}

qint64 SandboxStore::count(const ListQuery &listQuery) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM resources WHERE ") + whereClause(listQuery, values);
    QSqlQuery query(database());
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values)) {
        query.addBindValue(value);
    }
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<qint64> SandboxStore::aggregate(const ListQuery &listQuery, const QStringList &attributes) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT COUNT(*)");
    for (const QString &attribute : attributes) {
        sql += QStringLiteral(", COALESCE(SUM(json_extract(attributes, '$.%1')), 0)").arg(attribute);
    }
    sql += QStringLiteral(" FROM resources WHERE ") + whereClause(listQuery, values);
    // Runs once per rendered license (its machines' count and sums): prepared once.
    QSqlQuery &query = cachedQuery(sql);
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    QList<qint64> result;
    if (query.exec() && query.next()) {
        for (int i = 0; i <= attributes.size(); ++i) {
            result.append(query.value(i).toLongLong());
        }
    }
    query.finish();
    return result;
}

QHash<QString, QList<qint64>> SandboxStore::aggregateByLink(const QString &accountId,
                                                            const QString &type,
                                                            const QString &link,
                                                            const QStringList &ids,
                                                            const QStringList &attributes) const
{
    QHash<QString, QList<qint64>> result;
    if (ids.isEmpty()) {
        return result;
    }
    // The link path is written out (names come from the specs) so that the expression index can be used.
    QString sql = QStringLiteral("SELECT json_extract(links, '$.%1') AS owner, COUNT(*)").arg(link);
    for (const QString &attribute : attributes) {
        sql += QStringLiteral(", COALESCE(SUM(json_extract(attributes, '$.%1')), 0)").arg(attribute);
    }
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), ids.size());
    sql += QStringLiteral(" FROM resources WHERE account_id = ? AND type = ? AND json_extract(links, '$.%1') IN (%2) "
                          "GROUP BY owner")
               .arg(link, placeholders.join(QLatin1Char(',')));
    // A page of a list asks with the same number of ids as the page before: prepared once.
    QSqlQuery &query = cachedQuery(sql);
    query.bindValue(0, accountId);
    query.bindValue(1, type);
    for (int i = 0; i < ids.size(); ++i) {
        query.bindValue(i + 2, ids.at(i));
    }
    if (query.exec()) {
        while (query.next()) {
            QList<qint64> totals;
            for (int i = 1; i <= attributes.size() + 1; ++i) {
                totals.append(query.value(i).toLongLong());
            }
            result.insert(query.value(0).toString(), totals);
        }
    }
    query.finish();
    return result;
}

bool SandboxStore::hasEnvironmentResources(const QString &accountId, const QString &type) const
{
    // Written exactly as the partial index's WHERE, so that SQLite probes that index.
    QSqlQuery &query = cachedQuery(QStringLiteral("SELECT 1 FROM resources WHERE account_id = ? AND type = ? AND "
                                                  "json_extract(links, '$.environment') IS NOT NULL LIMIT 1"));
    query.bindValue(0, accountId);
    query.bindValue(1, type);
    const bool found = !query.exec() || query.next(); // when unsure, keep the condition
    query.finish();
    return found;
}

std::optional<qint64> SandboxStore::seqOf(const QString &accountId, const QString &type, const QString &id) const
{
    // Every page of a cursor listing asks: prepared once.
    QSqlQuery &query = cachedQuery(
        QStringLiteral("SELECT seq FROM resources WHERE account_id = ? AND type = ? AND id = ?"));
    query.bindValue(0, accountId);
    query.bindValue(1, type);
    query.bindValue(2, id);
    std::optional<qint64> seq;
    if (query.exec() && query.next()) {
        seq = query.value(0).toLongLong();
    }
    query.finish();
    return seq;
}

} // namespace keydesk::sandbox
