#include "app/cache/cache.h"
#include "app/cache/cache_p.h"

#include <QAbstractEventDispatcher>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSemaphore>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>

namespace keydesk::cache {

namespace {
constexpr const char *kBrowsingCacheSize = "PRAGMA cache_size = -4096";
// While sync pages are written (Private::writeCache): the pages a group of them changes stay in memory until it
// commits, instead of being written to the WAL early and read back, and the id index's pages (ids arrive in random
// order) stay between groups. bench_cache, interleaved: at 400,000 licenses 27,700 resources/s (28.0 CPU seconds)
// against 24,800 (32.0) with the browsing cache. At a million, with the index builds' sorts in temporary files as
// well (buildIndexes): 27,900/s against 19,500 and 18,800 before, the bare store at 20,400 against 20,200 and 18,800
// in the same runs. A sync of 100,000 licenses is as quick.
constexpr const char *kWritingCacheSize = "PRAGMA cache_size = -65536";
constexpr const char *kBrowsingMapSize = "PRAGMA mmap_size = 67108864";
// Sorts and temporary tables of browsing queries stay in memory; index builds use files (buildIndexes).
constexpr const char *kBrowsingTempStore = "PRAGMA temp_store = MEMORY";
constexpr int kSearchIndexFileVersion = 4; // the schema from which the index is in a file of its own
} // namespace

namespace {

// The most shared values kept: beyond, values are stored inline (an account whose licenses all differ in some
// attribute would otherwise grow the table without end). And how many values seen once are remembered.
constexpr int kMaxSharedValues = 65536;
constexpr int kMaxSeenOnce = 200000;
// Group commit of sync pages: a transaction is committed once it holds this many resources or is this old, or
// kIdleFlushMilliseconds after it began when the thread runs an event loop. Small transactions rewrite the same
// index pages again and again: at a million licenses, a commit per page of 100 is several times slower.
constexpr qint64 kGroupResources = 20000;
constexpr qint64 kGroupMilliseconds = 1000;
constexpr int kIdleFlushMilliseconds = 250;
constexpr std::size_t kMaxCachedQueries = 512;
constexpr qsizetype kParallelEncodeFrom = 16;

// ---- Schema -----------------------------------------------------------------------------------------------------

QString sqlType(const ColumnSpec &column)
{
    switch (column.kind) {
    case Column::Kind::Text:
        return column.nocase ? QStringLiteral("TEXT COLLATE NOCASE") : QStringLiteral("TEXT");
    case Column::Kind::Id:
        return QStringLiteral("BLOB"); // 16 bytes for a UUID (idToSql)
    case Column::Kind::Integer:
    case Column::Kind::Timestamp:
    case Column::Kind::Boolean:
        return QStringLiteral("INTEGER");
    }
    return QStringLiteral("TEXT");
}

// Version 1: one table per type (row id, Keygen id, columns, the sync pass that last saw the row, the body), an
// index per indexed column, the shared values, the sync state, and the full-text index: contentless (the texts
// are in the type tables), without positions or column sizes (detail=none, columnsize=0), which keeps it a fraction
// of the size; a fragment is looked up as its trigrams and every candidate checked against the stored value.
QStringList schemaVersion1()
{
    QStringList statements{
        QStringLiteral("CREATE TABLE shared (id INTEGER PRIMARY KEY, value BLOB NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE sync_state (type TEXT PRIMARY KEY, pass INTEGER NOT NULL DEFAULT 0, cursor TEXT,"
                       " complete INTEGER NOT NULL DEFAULT 0, last_complete INTEGER, total INTEGER)"),
        QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(text, content='', detail=none, columnsize=0,"
                       " tokenize='trigram')"),
    };
    for (const TypeSpec &spec : typeSpecs()) {
        QString table = QStringLiteral("CREATE TABLE %1 (rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE")
                            .arg(quoted(spec.type));
        for (const ColumnSpec &column : spec.columns) {
            table += QStringLiteral(", ") + quoted(column.name) + QLatin1Char(' ') + sqlType(column);
        }
        table += QStringLiteral(", seen INTEGER NOT NULL DEFAULT 0, body BLOB NOT NULL)");
        statements.append(table);
        for (const IndexSpec &index : indexesOf(spec)) {
            statements.append(index.create);
        }
    }
    return statements;
}

// Version 2: licenses by product and status, and by policy and status (resourcetypes.cpp's composites; a database
// created at version 1 by this code has them already).
QStringList schemaVersion2()
{
    return {
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS \"licenses_product_status\" ON \"licenses\"(\"product\", \"status\")"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS \"licenses_policy_status\" ON \"licenses\"(\"policy\", \"status\")"),
    };
}

// Version 3: the full-text index merges its segments once 16 of a size have gathered, not 4. Every sync commit
// adds a segment, and merging them four at a time rewrote the index over and over: bench_cache ingests 22,800
// resources/s with 4 and 29,500 with 16 (20,000 licenses; 18,500 and 20,400 at 200,000). Searches read a few more
// segments: 5.6 ms instead of 5.1 (median, 200,000 licenses). The setting is FTS5's own, kept in the database.
QStringList schemaVersion3()
{
    return {QStringLiteral("INSERT INTO search (search, rank) VALUES ('automerge', 16)")};
}

// Version 4: the full-text index moves to a file of its own (searchindex.h), written by a thread of its own; the
// cache keeps the queue of what it must take in, and the token that ties the index file to this cache. The old index
// is dropped: the index file's writer builds it again from the rows (it does for any index file not made for this
// cache). bench_cache ingests 20,000 licenses at 30,000 to 33,000 resources/s instead of 26,000 to 28,000
// (interleaved runs of both builds).
QStringList schemaVersion4()
{
    return {
        QStringLiteral("CREATE TABLE search_queue (id INTEGER PRIMARY KEY AUTOINCREMENT, writes BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE search_origin (token TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO search_origin (token) VALUES (lower(hex(randomblob(16))))"),
        QStringLiteral("DROP TABLE main.search"),
    };
}

// Version 5: licenses' product and policy columns lose their own indexes: the product+status and policy+status
// indexes (version 2) lead with them and serve the same filters and sorts (resourcetypes.cpp's indexesOf()). Two
// indexes fewer to build after a first sync: each is a sort of the whole table.
QStringList schemaVersion5()
{
    return {QStringLiteral("DROP INDEX IF EXISTS \"licenses_product\""),
            QStringLiteral("DROP INDEX IF EXISTS \"licenses_policy\"")};
}

// Migrations: entry i brings a database from version i to version i + 1, in one transaction. Once released, a
// version's statements stay as they are: a change of schema is a new entry.
QList<QStringList> migrations()
{
    return {schemaVersion1(), schemaVersion2(), schemaVersion3(), schemaVersion4(), schemaVersion5()};
}

QString insertSql(const TypeSpec &spec)
{
    QString names = QStringLiteral("id");
    QString values = QStringLiteral("?");
    for (const ColumnSpec &column : spec.columns) {
        names += QStringLiteral(", ") + quoted(column.name);
        if (column.source == ColumnSpec::Source::Lookup) {
            values += QStringLiteral(", (SELECT %1 FROM %2 WHERE id = ?)")
                          .arg(quoted(column.lookupColumn), quoted(column.relatedType));
        } else {
            values += QStringLiteral(", ?");
        }
    }
    return QStringLiteral("INSERT INTO %1 (%2, seen, body) VALUES (%3, ?, ?) ON CONFLICT(id) DO NOTHING")
        .arg(quoted(spec.type), names, values);
}

QString updateSql(const TypeSpec &spec)
{
    QStringList sets;
    for (const ColumnSpec &column : spec.columns) {
        if (column.source == ColumnSpec::Source::Lookup) {
            sets.append(QStringLiteral("%1 = (SELECT %2 FROM %3 WHERE id = ?)")
                            .arg(quoted(column.name), quoted(column.lookupColumn), quoted(column.relatedType)));
        } else {
            sets.append(quoted(column.name) + QStringLiteral(" = ?"));
        }
    }
    return QStringLiteral("UPDATE %1 SET %2, seen = ?, body = ? WHERE rid = ?")
        .arg(quoted(spec.type), sets.join(QStringLiteral(", ")));
}

QString selectColumns(const TypeSpec &spec)
{
    QString columns;
    for (const ColumnSpec &column : spec.columns) {
        columns += QStringLiteral(", ") + quoted(column.name);
    }
    return columns;
}

// Binds what a column's placeholder wants: its value, or for a Lookup column the id it looks up.
QVariant bindValue(const TypeSpec &spec, const QVariantList &values, qsizetype column)
{
    const ColumnSpec &c = spec.columns.at(column);
    const QVariant &value = c.source == ColumnSpec::Source::Lookup ? values.at(spec.columnIndex(c.from))
                                                                   : values.at(column);
    if ((c.kind == Column::Kind::Id || c.source == ColumnSpec::Source::Lookup) && !value.isNull()) {
        return idToSql(value.toString());
    }
    return value;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() == b.isNull();
    }
    const auto numeric = [](const QVariant &v) {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            return true;
        default:
            return false;
        }
    };
    if (numeric(a) && numeric(b)) {
        return a.toLongLong() == b.toLongLong();
    }
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double) {
        return a.toDouble() == b.toDouble() && a.typeId() == b.typeId();
    }
    return a.typeId() == b.typeId() && a.toString() == b.toString();
}

// Every Cache open in this process, by path: forget() closes them before deleting the files.
struct Registry
{
    QMutex mutex;
    QMultiHash<QString, Cache *> open;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

QString registryKey(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

QString safeFileName(const QString &name)
{
    // Percent-encoding keeps every name distinct and leaves only characters all file systems accept.
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

// ---- RawStatement -----------------------------------------------------------------------------------------------

RawStatement::RawStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    // Persistent: kept for the life of the connection, so SQLite takes its memory from the heap, not the lookaside.
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_errorCode = sqlite3_extended_errcode(db) & 0xff;
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return;
    }
    m_texts.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)));
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position + 1);
}

void RawStatement::bindInteger(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position + 1, value);
}

void RawStatement::bindText(int position, QStringView text)
{
    QByteArray &utf8 = m_texts[std::size_t(position)];
    utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, position + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void RawStatement::bindUtf8(int position, QByteArrayView text)
{
    sqlite3_bind_text(m_statement, position + 1, text.data(), int(text.size()), SQLITE_STATIC);
}

void RawStatement::bindBlob(int position, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, position + 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void RawStatement::bind(int position, const QVariant &value)
{
    // As Qt's driver binds them: a null QString or QByteArray is NULL too.
    switch (value.typeId()) {
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        if (text->isNull()) {
            bindNull(position);
        } else {
            bindText(position, *text);
        }
        return;
    }
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull()) {
            bindNull(position);
        } else {
            m_texts[std::size_t(position)] = *bytes; // shared, not copied: alive until exec()
            bindBlob(position, m_texts[std::size_t(position)]);
        }
        return;
    }
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bindInteger(position, value.toLongLong());
        return;
    case QMetaType::ULongLong:
        bindInteger(position, qint64(value.toULongLong()));
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, position + 1, value.toDouble());
        return;
    default:
        if (value.isNull()) {
            bindNull(position);
        } else {
            bindText(position, value.toString());
        }
    }
}

bool RawStatement::exec()
{
    const int result = sqlite3_step(m_statement);
    const bool ok = result == SQLITE_DONE || result == SQLITE_ROW;
    if (!ok) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_errorCode = sqlite3_extended_errcode(m_db) & 0xff;
    }
    sqlite3_reset(m_statement);
    return ok;
}

qint64 RawStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 RawStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

// ---- RowWrite ---------------------------------------------------------------------------------------------------

void RowWrite::bind(int position, const QVariant &value)
{
    if (m_raw) {
        m_raw->bind(position, value);
    } else {
        m_query->bindValue(position, value);
    }
}

void RowWrite::bindInteger(int position, qint64 value)
{
    if (m_raw) {
        m_raw->bindInteger(position, value);
    } else {
        m_query->bindValue(position, value);
    }
}

void RowWrite::bindText(int position, const QString &text)
{
    if (m_raw) {
        m_raw->bindText(position, text);
    } else {
        m_query->bindValue(position, text);
    }
}

void RowWrite::bindUtf8(int position, QByteArrayView text)
{
    if (m_raw) {
        m_raw->bindUtf8(position, text);
    } else {
        m_query->bindValue(position, QString::fromUtf8(text));
    }
}

void RowWrite::bindBlob(int position, const QByteArray &bytes)
{
    if (m_raw) {
        m_raw->bindBlob(position, bytes);
    } else {
        m_query->bindValue(position, bytes);
    }
}

bool RowWrite::exec()
{
    return m_raw ? m_raw->exec() : m_query->exec();
}

qint64 RowWrite::changes() const
{
    return m_raw ? m_raw->changes() : m_query->numRowsAffected();
}

qint64 RowWrite::lastInsertId() const
{
    return m_raw ? m_raw->lastInsertId() : m_query->lastInsertId().toLongLong();
}

bool createOwnerOnly(const QString &path, QString *error)
{
    // Licenses and customers' emails are not for other users of the computer. SQLite gives the WAL and
    // shared-memory files the database file's mode.
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.permissions() & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) {
            QFile::setPermissions(path, ownerOnly);
        }
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (error) {
            *error = QCoreApplication::translate("keydesk::cache::Cache", "The cache %1 could not be created: %2.")
                         .arg(path, file.errorString());
        }
        return false;
    }
    file.setPermissions(ownerOnly);
    return true;
}

QString sqlErrorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

int sqlResultCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff; // the primary result code
}

sqlite3 *sameSqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qEnvironmentVariableIsSet("KEYDESK_CACHE_QT_SQL") || !handle.isValid()
        || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    QSqlQuery source(db);
    if (!source.exec(QStringLiteral("SELECT sqlite_source_id()")) || !source.next()
        || source.value(0).toString() != QLatin1String(sqlite3_sourceid()) || sqlite3_initialize() != SQLITE_OK) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// ---- Private ----------------------------------------------------------------------------------------------------

Cache::Private::~Private() = default;

QSqlQuery &Cache::Private::query(const QString &sql) const
{
    auto it = queries.find(sql);
    if (it == queries.end()) {
        // Filters make new texts: keep a bounded number (a reference is valid until the next call).
        if (queries.size() >= kMaxCachedQueries) {
            queries.clear();
        }
        auto query = std::make_unique<QSqlQuery>(database());
        query->setForwardOnly(true);
        query->prepare(sql);
        it = queries.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

// The SQL of a type's reused statements.
QString Cache::Private::typeStatementSql(const TypeSpec &spec, TypeStatement statement) const
{
    switch (statement) {
    case TypeStatement::Insert:
        return insertSql(spec);
    case TypeStatement::Update:
        return updateSql(spec);
    case TypeStatement::Select:
        return QStringLiteral("SELECT rid%1, seen, body FROM %2 WHERE id = ?")
            .arg(selectColumns(spec), quoted(spec.type));
    case TypeStatement::Touch:
        return QStringLiteral("UPDATE %1 SET seen = ? WHERE rid = ?").arg(quoted(spec.type));
    case TypeStatement::Delete:
        return QStringLiteral("DELETE FROM %1 WHERE rid = ?").arg(quoted(spec.type));
    case TypeStatement::Count:
        break;
    }
    return {};
}

QSqlQuery &Cache::Private::typeQuery(const TypeSpec &spec, TypeStatement statement) const
{
    const auto slot = std::size_t(spec.index) * std::size_t(TypeStatement::Count) + std::size_t(statement);
    if (typeQueries.size() <= slot) {
        typeQueries.resize(typeSpecs().size() * std::size_t(TypeStatement::Count));
    }
    std::unique_ptr<QSqlQuery> &query = typeQueries[slot];
    if (!query) {
        const QString sql = typeStatementSql(spec, statement);
        query = std::make_unique<QSqlQuery>(database());
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

RawStatement *Cache::Private::rawTypeStatement(const TypeSpec &spec, TypeStatement statement) const
{
    if (!handle) {
        return nullptr;
    }
    const auto slot = std::size_t(spec.index) * std::size_t(TypeStatement::Count) + std::size_t(statement);
    if (rawTypeStatements.size() <= slot) {
        rawTypeStatements.resize(typeSpecs().size() * std::size_t(TypeStatement::Count));
    }
    std::unique_ptr<RawStatement> &raw = rawTypeStatements[slot];
    if (!raw) {
        // Select and Delete go through QSqlQuery: they are not per resource of a first sync.
        if (statement != TypeStatement::Insert && statement != TypeStatement::Update
            && statement != TypeStatement::Touch) {
            return nullptr;
        }
        raw = std::make_unique<RawStatement>(handle, typeStatementSql(spec, statement));
    }
    // One that could not be prepared: QSqlQuery then runs the statement and reports why.
    return raw->isValid() ? raw.get() : nullptr;
}

RawStatement *Cache::Private::rawStatement(const QString &sql) const
{
    if (!handle) {
        return nullptr;
    }
    auto it = rawStatements.find(sql);
    if (it == rawStatements.end()) {
        it = rawStatements.emplace(sql, std::make_unique<RawStatement>(handle, sql)).first;
    }
    return it->second->isValid() ? it->second.get() : nullptr;
}

RowWrite Cache::Private::rowWrite(const TypeSpec &spec, TypeStatement statement) const
{
    if (RawStatement *raw = rawTypeStatement(spec, statement)) {
        return RowWrite(raw);
    }
    return RowWrite(&typeQuery(spec, statement));
}

RowWrite Cache::Private::rowWrite(const QString &sql) const
{
    if (RawStatement *raw = rawStatement(sql)) {
        return RowWrite(raw);
    }
    return RowWrite(&query(sql));
}

QString Cache::Private::failure(const RowWrite &statement) const
{
    return statement.raw() ? failure(*statement.raw()) : failure(*statement.query());
}

QString Cache::Private::failure(const RawStatement &statement) const
{
    const int code = statement.errorCode();
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        return tr("The cache %1 is damaged (%2). Forget this cache to build it again.").arg(path, statement.error());
    }
    return tr("The cache %1 could not be read or written: %2.").arg(path, statement.error());
}

bool Cache::Private::exec(const QString &sql, QString *error)
{
    QSqlQuery &statement = query(sql);
    if (!statement.exec()) {
        return setError(error, failure(statement));
    }
    return true;
}

QString Cache::Private::failure(const QSqlQuery &query) const
{
    const QString detail = sqlErrorText(query.lastError());
    const int code = sqlResultCode(query.lastError());
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        return tr("The cache %1 is damaged (%2). Forget this cache to build it again.").arg(path, detail);
    }
    return tr("The cache %1 could not be read or written: %2.").arg(path, detail);
}

bool Cache::Private::setError(QString *error, const QString &text) const
{
    lastError = text;
    if (error) {
        *error = text;
    }
    return false;
}

int Cache::Private::internShared(const QByteArray &text, bool always)
{
    QMutexLocker lock(&sharedMutex);
    const auto known = sharedIds.constFind(text);
    if (known != sharedIds.constEnd()) {
        return known.value();
    }
    if (!always) {
        const size_t hash = qHash(text);
        if (!seenOnce.contains(hash)) {
            if (seenOnce.size() >= kMaxSeenOnce) {
                seenOnce.clear();
            }
            seenOnce.insert(hash);
            return -1;
        }
    }
    if (sharedIds.size() >= kMaxSharedValues) {
        return -1;
    }
    // Another connection may have stored it meanwhile: the UNIQUE constraint keeps one copy.
    QSqlQuery &insert = query(QStringLiteral("INSERT INTO shared (value) VALUES (?) ON CONFLICT(value) DO NOTHING"));
    insert.bindValue(0, text);
    if (!insert.exec()) {
        return -1;
    }
    QSqlQuery &select = query(QStringLiteral("SELECT id FROM shared WHERE value = ?"));
    select.bindValue(0, text);
    int id = -1;
    if (select.exec() && select.next()) {
        id = select.value(0).toInt();
    }
    select.finish();
    if (id >= 0) {
        sharedIds.insert(text, id);
        sharedTexts.insert(id, text);
    }
    return id;
}

QByteArray Cache::Private::sharedValue(int id) const
{
    const auto known = sharedTexts.constFind(id);
    if (known != sharedTexts.constEnd()) {
        return known.value();
    }
    // Added by another connection since we loaded them.
    QSqlQuery &select = query(QStringLiteral("SELECT value FROM shared WHERE id = ?"));
    select.bindValue(0, id);
    QByteArray text;
    if (select.exec() && select.next()) {
        text = select.value(0).toByteArray();
        sharedTexts.insert(id, text);
        sharedIds.insert(text, id);
    }
    select.finish();
    return text;
}

bool Cache::Private::loadShared(QString *error)
{
    sharedIds.clear();
    sharedTexts.clear();
    QSqlQuery select(database());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, value FROM shared"))) {
        return setError(error, failure(select));
    }
    while (select.next()) {
        const int id = select.value(0).toInt();
        const QByteArray text = select.value(1).toByteArray();
        sharedIds.insert(text, id);
        sharedTexts.insert(id, text);
    }
    return true;
}

bool Cache::Private::begin(QString *error)
{
    if (inTransaction) {
        return true; // a group of sync pages is open: join it
    }
    flushSiblings();
    if (readSnapshot) {
        // A write on this connection ends its read snapshot (SQLite has one transaction per connection).
        exec(QStringLiteral("COMMIT"));
        readSnapshot = false;
    }
    // The write lock now, so that a second writer waits (busy timeout) instead of failing later. Not with BEGIN
    // IMMEDIATE once the index file is attached: that would lock it too, and its writer would wait for this
    // transaction. The first statement writes the cache file alone: it deletes the queue rows the index holds.
    if (version < kSearchIndexFileVersion) {
        QSqlQuery &query = this->query(QStringLiteral("BEGIN IMMEDIATE"));
        if (!query.exec()) {
            return setError(error, failure(query));
        }
    } else {
        if (!exec(QStringLiteral("BEGIN"), error)) {
            return false;
        }
        RowWrite applied = rowWrite(QStringLiteral("DELETE FROM search_queue WHERE id <= ?"));
        applied.bindInteger(0, searchWriter ? searchWriter->applied() : 0);
        if (!applied.exec()) {
            const QString text = failure(applied);
            exec(QStringLiteral("ROLLBACK"));
            return setError(error, text);
        }
    }
    inTransaction = true;
    groupedResources = 0;
    groupStarted.start();
    // Another connection (a sync's writer) may have started a pass since: rows written here are marked with the
    // pass the database has, or finishing that pass would take them for deleted on the server. (Not while the
    // schema is being created: there is no sync state yet.)
    if (version > 0) {
        loadPasses(nullptr);
    }
    return true;
}

bool Cache::Private::commit(QString *error, bool group)
{
    if (!inTransaction) {
        return true;
    }
    if (group && groupedResources < kGroupResources && groupStarted.elapsed() < kGroupMilliseconds) {
        armFlushTimer();
        return true;
    }
    const qint64 queuedBefore = queued;
    if (!queueSearch(error)) {
        const QString text = lastError;
        rollback(text);
        return setError(error, text);
    }
    QSqlQuery &query = this->query(QStringLiteral("COMMIT"));
    if (!query.exec()) {
        const QString text = failure(query);
        queued = queuedBefore;
        rollback(text);
        return setError(error, text);
    }
    if (queued != queuedBefore) {
        kickSearchWriter();
    }
    inTransaction = false;
    groupedResources = 0;
    ++ownCommits;
    if (flushTimer) {
        flushTimer->stop();
    }
    if (commitObserver) {
        commitObserver({});
    }
    return true;
}

void Cache::Private::flushSiblings()
{
    QList<Cache *> siblings;
    {
        QMutexLocker lock(&registry().mutex);
        siblings = registry().open.values(registryKey(path));
    }
    for (Cache *sibling : std::as_const(siblings)) {
        if (sibling->d.get() != this && sibling->d->thread == QThread::currentThread() && sibling->d->inTransaction) {
            sibling->d->flush();
        }
    }
}

bool Cache::Private::flush(QString *error)
{
    return commit(error, false);
}

void Cache::Private::rollback(const QString &reason)
{
    if (!inTransaction) {
        return;
    }
    const QString lost = reason.isEmpty() ? tr("The changes could not be saved in the cache.") : reason;
    QSqlQuery &query = this->query(QStringLiteral("ROLLBACK"));
    query.exec();
    pendingSearch.clear();
    inTransaction = false;
    groupedResources = 0;
    if (flushTimer) {
        flushTimer->stop();
    }
    // What the transaction added is gone: shared values, and sync passes of uncommitted pages.
    loadShared(nullptr);
    loadPasses(nullptr);
    marked.clear();
    if (commitObserver) {
        commitObserver(lost);
    }
}

void Cache::Private::writeCache(bool writing)
{
    if (writing == writingCache) {
        return;
    }
    exec(QString::fromLatin1(writing ? kWritingCacheSize : kBrowsingCacheSize));
    writingCache = writing;
}

void Cache::Private::armFlushTimer()
{
    // Without an event loop (a command-line tool, a benchmark) the group ends by its size or age, or by flush().
    if (!QCoreApplication::instance() || !QAbstractEventDispatcher::instance()) {
        return;
    }
    if (!flushTimer) {
        flushTimer = std::make_unique<QTimer>();
        flushTimer->setSingleShot(true);
        QObject::connect(flushTimer.get(), &QTimer::timeout, flushTimer.get(), [this] {
            flush();
        });
    }
    if (!flushTimer->isActive()) {
        flushTimer->start(kIdleFlushMilliseconds);
    }
}

bool Cache::Private::migrate(QString *error)
{
    {
        // Up to date (the usual case): no write lock, which a sync's writer may hold for seconds.
        QSqlQuery query(database());
        if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next()
            && query.value(0).toInt() == int(migrations().size())) {
            version = int(migrations().size());
            return true;
        }
    }
    if (!begin(error)) {
        return false;
    }
    QSqlQuery query(database());
    int current = 0;
    if (!query.exec(QStringLiteral("SELECT COUNT(*), SUM(name = 'schema_version') FROM sqlite_master"))
        || !query.next()) {
        const QString text = failure(query);
        rollback();
        return setError(error, text);
    }
    const int objects = query.value(0).toInt();
    const bool versioned = query.value(1).toInt() > 0;
    query.finish();
    if (versioned) {
        if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
            const QString text = failure(query);
            rollback();
            return setError(error, text);
        }
        current = query.value(0).toInt();
    } else if (objects > 0) {
        // Tables, but not ours: someone else's database.
        rollback();
        return setError(error, tr("%1 is an SQLite database, but not a Keydesk cache. Choose another file.").arg(path));
    } else if (!query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"))
               || !query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"))) {
        const QString text = failure(query);
        rollback();
        return setError(error, text);
    }
    query.finish();
    const QList<QStringList> steps = migrations();
    if (current > steps.size()) {
        rollback();
        return setError(error,
                        tr("The cache %1 was written by a newer version of Keydesk (schema %2; this version knows %3). "
                           "Forget this cache or use the newer Keydesk.")
                            .arg(path)
                            .arg(current)
                            .arg(steps.size()));
    }
    for (int step = current; step < steps.size(); ++step) {
        for (const QString &statement : steps.at(step)) {
            if (!query.exec(statement)) {
                const QString text = failure(query);
                rollback();
                return setError(error, text);
            }
        }
    }
    if (current < steps.size()) {
        query.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
        query.addBindValue(int(steps.size()));
        if (!query.exec()) {
            const QString text = failure(query);
            rollback();
            return setError(error, text);
        }
    }
    query.finish();
    version = int(steps.size());
    return commit(error);
}

bool Cache::Private::hasIndex(const QString &name) const
{
    // The schema cookie changes with every CREATE and DROP, also by other connections.
    QSqlQuery &cookie = query(QStringLiteral("PRAGMA schema_version"));
    qint64 current = -1;
    if (cookie.exec() && cookie.next()) {
        current = cookie.value(0).toLongLong();
    }
    cookie.finish();
    if (current != schemaCookie) {
        indexes.clear();
        QSqlQuery &list = query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"));
        if (list.exec()) {
            while (list.next()) {
                indexes.insert(quoted(list.value(0).toString()));
            }
        }
        list.finish();
        schemaCookie = current;
    }
    return indexes.contains(name);
}

bool Cache::Private::deferIndexes(const TypeSpec &spec, QString *error)
{
    for (const IndexSpec &index : indexesOf(spec)) {
        if (!index.inOrder && !exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(index.name), error)) {
            return false;
        }
    }
    return true;
}

bool Cache::Private::buildIndexes(const TypeSpec &spec, QString *error)
{
    // Each build reads the whole table, and pages beyond the mapped window are copied into the page cache one read()
    // at a time: a map over the whole file (SQLite caps it at 2 GiB) while indexes are built. Twelve builds over
    // 100,000 rows of 1.4 KB took 2.3 s with the 64 MiB map and 1.0 s with the whole file mapped (SQLite 3.40 alone).
    // Each build sorts the table's rows in lists of the page cache's size (the browsing one: 4 MiB), which SQLite
    // writes to temporary files and merges. Held in memory (temp_store = MEMORY, the connection's setting), those
    // files grow in small pieces, and SQLite's sorter uses no worker thread. In real temporary files (deleted as they
    // are opened, readable by this user only) with one worker sorting while the writer's thread reads the table,
    // the thirteen license index builds took, the sqlite3 shell alone, four runs each: at 400,000 licenses 5.2-5.8 s
    // against 8.1-8.2 s in memory (6.0-6.4 s in files without the worker); at 100,000, 1.2-1.6 s against 1.3-1.7 s.
    // (Two workers on this 2-core machine: 1.2-1.5 s at 100,000, more CPU.) One list of up to 128 MiB sorted in the
    // writer's thread was slower still (bench_sync's tail 1.19-1.28 s against 0.67-0.81 s).
    struct BuildSettings
    {
        Private *d;
        bool applied = false;

        ~BuildSettings()
        {
            if (applied) {
                d->exec(QString::fromLatin1(kBrowsingMapSize));
                d->exec(QStringLiteral("PRAGMA threads = 0"));
                d->exec(QString::fromLatin1(kBrowsingTempStore));
            }
        }
    } building{this};

    for (const IndexSpec &index : indexesOf(spec)) {
        if (hasIndex(index.name)) {
            continue;
        }
        if (!building.applied) {
            exec(QStringLiteral("PRAGMA mmap_size = 2147418112"));
            exec(QStringLiteral("PRAGMA temp_store = FILE"));
            exec(QStringLiteral("PRAGMA threads = %1").arg(QThread::idealThreadCount() > 1 ? 1 : 0));
            building.applied = true;
        }
        // One transaction per index: other writers get their turn in between.
        if (!begin(error) || !exec(index.create, error)) {
            rollback();
            return false;
        }
        if (!commit(error)) {
            return false;
        }
    }
    exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
    exec(QStringLiteral("ANALYZE %1").arg(quoted(spec.type)));
    return true;
}

bool Cache::Private::loadPasses(QString *error)
{
    passes.clear();
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT type, pass FROM sync_state"))) {
        return setError(error, failure(query));
    }
    while (query.next()) {
        passes.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return true;
}

std::optional<StoredRow> Cache::Private::storedRow(const TypeSpec &spec, const QString &id) const
{
    QSqlQuery &select = typeQuery(spec, TypeStatement::Select);
    select.bindValue(0, idToSql(id));
    if (!select.exec()) {
        setError(nullptr, failure(select));
        return std::nullopt;
    }
    if (!select.next()) {
        select.finish();
        return std::nullopt;
    }
    StoredRow row;
    row.rid = select.value(0).toLongLong();
    row.id = id;
    const qsizetype columns = spec.columns.size();
    row.values.reserve(columns);
    for (qsizetype i = 0; i < columns; ++i) {
        row.values.append(readColumn(spec.columns.at(i), select.value(int(i) + 1)));
    }
    row.seen = select.value(int(columns) + 1).toLongLong();
    row.body = select.value(int(columns) + 2).toByteArray();
    select.finish();
    return row;
}

std::optional<api::Resource> Cache::Private::decode(const TypeSpec &spec,
                                                    const QString &id,
                                                    const QVariantList &values,
                                                    const QByteArray &body) const
{
    return decodeResource(spec, id, values, body, shared);
}

void Cache::Private::writeSearch(const TypeSpec &spec, qint64 rid, const QString &text, bool remove)
{
    if (!text.isEmpty()) {
        pendingSearch.append({searchRowId(spec, rid), text, remove});
    }
}

bool Cache::Private::queueSearch(QString *error)
{
    if (pendingSearch.isEmpty()) {
        return true;
    }
    const QByteArray writes = encodeSearchWrites(pendingSearch);
    RowWrite insert = rowWrite(QStringLiteral("INSERT INTO search_queue (writes) VALUES (?)"));
    insert.bindBlob(0, writes);
    if (!insert.exec()) {
        return setError(error, failure(insert));
    }
    queued = insert.lastInsertId();
    pendingSearch.clear();
    return true;
}

void Cache::Private::kickSearchWriter()
{
    if (!searchWriter) {
        searchWriter = std::make_unique<SearchIndexWriter>(path);
    }
    searchWriter->kick();
}

void Cache::Private::waitForSearch(bool replay)
{
    const bool replaying = replay && replayTo >= 0;
    if (!searchWriter || (!replaying && queued == 0)) {
        return;
    }
    const qint64 target = replaying ? qMax(queued, replayTo) : queued;
    QString error;
    if (!searchWriter->waitFor(target, &error)) {
        setError(nullptr, error);
    } else if (replaying) {
        replayTo = -1;
    }
}

bool Cache::Private::propagate(const TypeSpec &spec, const QString &id, const QVariantList &values, QString *error)
{
    // Columns of other types that copy a column of this one (a license's owner email from its user).
    for (const TypeSpec &other : typeSpecs()) {
        for (const ColumnSpec &column : other.columns) {
            if (column.source != ColumnSpec::Source::Lookup || column.relatedType != spec.type) {
                continue;
            }
            QSqlQuery &update = query(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                                          .arg(quoted(other.type), quoted(column.name), quoted(column.from)));
            const int source = spec.columnIndex(column.lookupColumn);
            update.bindValue(0, values.isEmpty() || source < 0 ? QVariant() : values.value(source));
            update.bindValue(1, idToSql(id));
            if (!update.exec()) {
                return setError(error, failure(update));
            }
        }
    }
    return true;
}

QList<std::optional<EncodedResource>> Cache::Private::encodeAll(const QList<api::ResourceText> &resources)
{
    QList<std::optional<EncodedResource>> encoded(resources.size());
    const auto encodeRange = [&](qsizetype from, qsizetype to, const SharedValues &values, QList<bool> *deferred) {
        for (qsizetype i = from; i < to; ++i) {
            const api::ResourceText &resource = resources.at(i);
            const TypeSpec *spec = typeSpec(resource.type());
            if (spec && !resource.id().isEmpty()) {
                bool needsWriter = false;
                SharedValues local = values;
                if (deferred) {
                    local.intern = [&](const QByteArray &text, bool always) {
                        return workerIntern(text, always, &needsWriter);
                    };
                }
                encoded[i] = encodeResource(*spec, resource, local);
                if (needsWriter) {
                    (*deferred)[i - from] = true;
                }
            }
        }
    };
    // Encoding is a third of the cost of a write, and a computer has a second core. The second thread only reads
    // the shared values: a resource that needs a new one is encoded again here.
    const qsizetype half = resources.size() / 2;
    QSemaphore done;
    QList<bool> deferred(resources.size() - half, false);
    const bool parallel = parallelEncoding && resources.size() >= kParallelEncodeFrom && QThread::idealThreadCount() > 1
                       && QThreadPool::globalInstance()->tryStart([&] {
                              encodeRange(half, resources.size(), shared, &deferred);
                              done.release();
                          });
    encodeRange(0, parallel ? half : resources.size(), shared, nullptr);
    if (parallel) {
        done.acquire();
        for (qsizetype i = 0; i < deferred.size(); ++i) {
            if (deferred.at(i)) {
                encodeRange(half + i, half + i + 1, shared, nullptr);
            }
        }
    }
    return encoded;
}

int Cache::Private::workerIntern(const QByteArray &text, bool always, bool *needsWriter)
{
    QMutexLocker lock(&sharedMutex);
    const auto known = sharedIds.constFind(text);
    if (known != sharedIds.constEnd()) {
        return known.value();
    }
    if (!always) {
        const size_t hash = qHash(text);
        if (!seenOnce.contains(hash)) {
            if (seenOnce.size() >= kMaxSeenOnce) {
                seenOnce.clear();
            }
            seenOnce.insert(hash);
            return -1;
        }
    }
    if (sharedIds.size() < kMaxSharedValues) {
        *needsWriter = true; // a new shared value: only the connection's thread may store it
    }
    return -1;
}

bool Cache::Private::cacheable(const QList<api::ResourceText> &resources,
                               const QList<std::optional<EncodedResource>> &encoded,
                               QString *error)
{
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const api::ResourceText &resource = resources.at(i);
        if (!typeSpec(resource.type())) {
            continue; // skipped
        }
        if (resource.id().isEmpty()) {
            return setError(error, tr("A %1 resource without an id cannot be cached.").arg(resource.type()));
        }
        if (!encoded.at(i)) {
            return setError(error,
                            tr("The %1 %2 cannot be cached: its JSON is nested too deeply.")
                                .arg(resource.type(), resource.id()));
        }
    }
    return true;
}

bool Cache::Private::upsertOne(const api::ResourceText &resource,
                               const std::optional<EncodedResource> &given,
                               std::optional<qint64> pass,
                               QString *error)
{
    const TypeSpec *spec = typeSpec(resource.type());
    if (!spec) {
        return true; // a type the cache does not keep (tokens, processes …): nothing to do
    }
    const qint64 seen = pass.value_or(passes.value(spec->type, 0));
    Q_ASSERT(given); // cacheable() checked it
    const EncodedResource &encoded = *given;
    const qsizetype columns = spec->columns.size();
    const bool copied = spec->isLookedUp; // other types copy a column of this one

    RowWrite insert = rowWrite(*spec, TypeStatement::Insert);
    insert.bind(0, idToSql(resource.id()));
    for (qsizetype i = 0; i < columns; ++i) {
        insert.bind(int(i) + 1, bindValue(*spec, encoded.values, i));
    }
    insert.bindInteger(int(columns) + 1, seen);
    insert.bindBlob(int(columns) + 2, encoded.body);
    if (!insert.exec()) {
        return setError(error, failure(insert));
    }
    const bool inserted = insert.changes() == 1;
    const qint64 insertedRid = inserted ? insert.lastInsertId() : 0;
    const auto mark = [&] {
        if (pass) {
            Marked &m = marked[spec->type];
            m = m.pass == *pass ? Marked{m.pass, m.rows + 1} : Marked{*pass, 1};
        }
    };
    if (inserted) {
        mark();
        writeSearch(*spec, insertedRid, encoded.search, false);
        return !copied || propagate(*spec, resource.id(), encoded.values, error);
    }

    // Already cached: rewrite only what changed (a sync pass over unchanged data only marks rows as seen).
    const std::optional<StoredRow> old = storedRow(*spec, resource.id());
    if (!old) {
        return setError(error, lastError);
    }
    if (old->seen != seen) {
        mark();
    }
    bool same = old->body == encoded.body;
    for (qsizetype i = 0; same && i < columns; ++i) {
        if (spec->columns.at(i).source != ColumnSpec::Source::Lookup) {
            same = sameValue(old->values.at(i), encoded.values.at(i));
        }
    }
    if (same) {
        if (old->seen == seen) {
            return true;
        }
        RowWrite touch = rowWrite(*spec, TypeStatement::Touch);
        touch.bindInteger(0, seen);
        touch.bindInteger(1, old->rid);
        return touch.exec() || setError(error, failure(touch));
    }
    RowWrite update = rowWrite(*spec, TypeStatement::Update);
    for (qsizetype i = 0; i < columns; ++i) {
        update.bind(int(i), bindValue(*spec, encoded.values, i));
    }
    update.bindInteger(int(columns), seen);
    update.bindBlob(int(columns) + 1, encoded.body);
    update.bindInteger(int(columns) + 2, old->rid);
    if (!update.exec()) {
        return setError(error, failure(update));
    }
    const QString oldText = storedSearchText(*spec, old->values, old->body);
    if (oldText != encoded.search) {
        writeSearch(*spec, old->rid, oldText, true);
        writeSearch(*spec, old->rid, encoded.search, false);
    }
    return !copied || propagate(*spec, resource.id(), encoded.values, error);
}

bool Cache::Private::removeRow(const TypeSpec &spec, const StoredRow &row, QString *error)
{
    writeSearch(spec, row.rid, storedSearchText(spec, row.values, row.body), true);
    Marked &m = marked[spec.type];
    if (m.pass == row.seen) {
        --m.rows;
    }
    QSqlQuery &remove = typeQuery(spec, TypeStatement::Delete);
    remove.bindValue(0, row.rid);
    if (!remove.exec()) {
        return setError(error, failure(remove));
    }
    return !spec.isLookedUp || propagate(spec, row.id, {}, error);
}

bool Cache::Private::saveSyncState(const QString &type, const SyncState &state, QString *error)
{
    QSqlQuery &save = query(
        QStringLiteral("INSERT INTO sync_state (type, pass, cursor, complete, last_complete, total)"
                       " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(type) DO UPDATE SET pass = excluded.pass,"
                       " cursor = excluded.cursor, complete = excluded.complete,"
                       " last_complete = excluded.last_complete, total = excluded.total"));
    save.bindValue(0, type);
    save.bindValue(1, state.pass);
    save.bindValue(2, state.cursor);
    save.bindValue(3, state.complete ? 1 : 0);
    save.bindValue(4, state.lastComplete.isValid() ? QVariant(state.lastComplete.toMSecsSinceEpoch()) : QVariant());
    save.bindValue(5, state.total >= 0 ? QVariant(state.total) : QVariant());
    if (!save.exec()) {
        return setError(error, failure(save));
    }
    return true;
}

// ---- Cache ------------------------------------------------------------------------------------------------------

Cache::Cache()
    : d(std::make_unique<Private>())
{
    static std::atomic<int> counter{0};
    d->connection = QStringLiteral("keydesk-cache-%1").arg(++counter);
    d->shared.intern = [this](const QByteArray &text, bool always) {
        return d->internShared(text, always);
    };
    d->shared.value = [this](int id) {
        return d->sharedValue(id);
    };
}

Cache::~Cache()
{
    close();
}

QString Cache::pathFor(const QString &profile, const QString &environment)
{
    QString name = safeFileName(profile);
    if (!environment.isEmpty()) {
        name += QLatin1Char('@') + safeFileName(environment);
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/keydesk/") + name
         + QStringLiteral(".sqlite");
}

bool Cache::open(const QString &path, QString *error)
{
    close();
    d->path = path;
    d->lastError.clear();
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return d->setError(error, Private::tr("The cache %1 is not a file.").arg(path));
    }
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        return d->setError(error, Private::tr("The folder %1 could not be created.").arg(info.absolutePath()));
    }
    QString created;
    if (!createOwnerOnly(path, &created)) {
        return d->setError(error, created);
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
        db.setDatabaseName(path);
        // Sync writes from its own thread and connection: wait for the other's transaction instead of failing.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            const QString text = Private::tr("The cache %1 could not be opened: %2.").arg(path, db.lastError().text());
            close();
            return d->setError(error, text);
        }
    }
    QSqlQuery pragma(d->database());
    pragma.exec(QStringLiteral("PRAGMA page_size = %1").arg(kNewFilePageSize)); // only a new file takes it
    pragma.finish();
    // The first statement that reads the file: it fails on a file that is not an SQLite database.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.next()) {
        const QString detail = pragma.lastError().databaseText();
        pragma.finish();
        const QString text = Private::tr("%1 is not a Keydesk cache, or it is damaged (%2). Forget this cache to build "
                                         "it again.")
                                 .arg(path, detail);
        close();
        return d->setError(error, text);
    }
    pragma.finish();
    for (const char *statement : {"PRAGMA foreign_keys = ON",
                                  // WAL with NORMAL survives crashes intact; a power cut may lose the last
                                  // transactions, which the next sync fetches again.
                                  "PRAGMA synchronous = NORMAL",
                                  kBrowsingTempStore,
                                  // A million licenses are a gigabyte and a half, but a window of rows, a count or a
                                  // search touch few pages, which the map and the system's file cache hold anyway: a
                                  // small page cache keeps the console's memory low and its first count quick (a cold
                                  // count of a million licenses: 71 ms with 128 MiB, 13 ms with 4 MiB; searches
                                  // stay under 10 ms). Index builds sort in lists of its size (buildIndexes).
                                  kBrowsingCacheSize,
                                  // Fewer, larger checkpoints: each one waits for the disk. In pages: 256 MiB of
                                  // WAL with 16 KiB pages (a sync of 100,000 licenses was no quicker with 64 MiB),
                                  // cut back to 64 MiB after each checkpoint.
                                  "PRAGMA wal_autocheckpoint = 16384",
                                  "PRAGMA journal_size_limit = 67108864",
                                  // Mapped pages count as the process's memory: a modest window.
                                  kBrowsingMapSize}) {
        pragma.exec(QLatin1String(statement));
    }
    pragma.finish();
    // The C API for the writes of every resource, on Qt's own connection, when it can.
    d->handle = sameSqliteHandle(d->database());
    d->open = true;
    QSqlDatabase db = d->database();
    if (!d->migrate(error) || !attachSearchIndex(db, path, error) || !d->loadPasses(error) || !d->loadShared(error)) {
        const QString text = d->lastError;
        close();
        d->lastError = text;
        return false;
    }
    d->thread = QThread::currentThread();
    {
        QMutexLocker lock(&registry().mutex);
        registry().open.insert(registryKey(path), this);
    }
    // An index behind the cache (a crash before it took in the queue, a new or replaced index file): its writer
    // catches up in the background.
    QSqlQuery behind(d->database());
    if (behind.exec(QStringLiteral(
            "SELECT (SELECT token FROM search_origin) IS NOT (SELECT token FROM fts.search_applied)"
            " OR coalesce((SELECT max(id) FROM search_queue), 0) > (SELECT upto FROM fts.search_applied),"
            " coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'search_queue'), 0)"))
        && behind.next() && behind.value(0).toBool()) {
        d->replayTo = behind.value(1).toLongLong();
        d->kickSearchWriter();
    }
    return true;
}

void Cache::close()
{
    {
        QMutexLocker lock(&registry().mutex);
        registry().open.remove(registryKey(d->path), this);
    }
    if (d->open) {
        endReadSnapshot();
        d->flush();
    }
    // Its writer applies what was queued, then stops.
    d->searchWriter.reset();
    d->queued = 0;
    d->replayTo = -1;
    d->flushTimer.reset();
    d->queries.clear(); // prepared statements go before their connection
    d->typeQueries.clear();
    d->rawStatements.clear();
    d->rawTypeStatements.clear();
    d->handle = nullptr;
    d->sharedIds.clear();
    d->sharedTexts.clear();
    d->seenOnce.clear();
    d->passes.clear();
    d->open = false;
    d->inTransaction = false;
    d->version = 0;
    if (QSqlDatabase::contains(d->connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(d->connection, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(d->connection);
    }
}

bool Cache::isOpen() const
{
    return d->open;
}

QString Cache::path() const
{
    return d->path;
}

int Cache::schemaVersion() const
{
    return d->version;
}

int Cache::currentSchemaVersion()
{
    return int(migrations().size());
}

QString Cache::lastError() const
{
    return d->lastError;
}

qint64 Cache::dataVersion() const
{
    if (!d->open) {
        return 0;
    }
    // data_version changes with other connections' commits only; our own are counted alongside.
    QSqlQuery &query = d->query(QStringLiteral("PRAGMA data_version"));
    qint64 version = 0;
    if (query.exec() && query.next()) {
        version = query.value(0).toLongLong();
    }
    query.finish();
    return (version << 32) + d->ownCommits;
}

bool Cache::forget(const QString &path, QString *error)
{
    QList<Cache *> open;
    {
        QMutexLocker lock(&registry().mutex);
        open = registry().open.values(registryKey(path));
    }
    // A connection may only be closed by its own thread: a sync running in another one must stop first.
    for (Cache *cache : std::as_const(open)) {
        if (cache->d->thread != QThread::currentThread()) {
            if (error) {
                *error = QCoreApplication::translate("keydesk::cache::Cache",
                                                     "The cache %1 is in use; stop the sync and try again.")
                             .arg(path);
            }
            return false;
        }
    }
    for (Cache *cache : std::as_const(open)) {
        cache->close();
    }
    QStringList files;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        files.append(path + suffix);
    }
    files += searchIndexFiles(path);
    for (const QString &file : std::as_const(files)) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            if (error) {
                *error = QCoreApplication::translate("keydesk::cache::Cache", "%1 could not be deleted.").arg(file);
            }
            return false;
        }
    }
    return true;
}

qint64 Cache::sizeOnDisk(const QString &path)
{
    const QString index = searchIndexPath(path);
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size() + QFileInfo(index).size()
         + QFileInfo(index + QStringLiteral("-wal")).size();
}

// ---- Writes -----------------------------------------------------------------------------------------------------

namespace {

QList<api::ResourceText> textsOf(const QList<api::Resource> &resources)
{
    QList<api::ResourceText> texts;
    texts.reserve(resources.size());
    for (const api::Resource &resource : resources) {
        texts.append(api::ResourceText::of(resource));
    }
    return texts;
}

} // namespace

bool Cache::upsert(const QList<api::Resource> &resources, QString *error)
{
    return upsert(textsOf(resources), error);
}

bool Cache::upsertPage(const QString &type,
                       const QList<api::Resource> &resources,
                       const SyncState &state,
                       QString *error)
{
    return upsertPage(type, textsOf(resources), state, error);
}

bool Cache::upsert(const QList<api::ResourceText> &resources, QString *error)
{
    if (!d->open) {
        return d->setError(error, Private::tr("The cache is not open."));
    }
    if (!d->begin(error)) {
        return false;
    }
    const QList<std::optional<EncodedResource>> encoded = d->encodeAll(resources);
    if (!d->cacheable(resources, encoded, error)) {
        d->rollback();
        return false;
    }
    for (qsizetype i = 0; i < resources.size(); ++i) {
        if (!d->upsertOne(resources.at(i), encoded.at(i), std::nullopt, error)) {
            d->rollback();
            return false;
        }
    }
    if (!d->commit(error)) {
        return false;
    }
    d->waitForSearch();
    return true;
}

bool Cache::upsertPage(const QString &type,
                       const QList<api::ResourceText> &resources,
                       const SyncState &state,
                       QString *error)
{
    if (!d->open) {
        return d->setError(error, Private::tr("The cache is not open."));
    }
    if (!typeSpec(type)) {
        return d->setError(error, Private::tr("The cache does not keep %1.").arg(type));
    }
    if (!d->begin(error)) {
        return false;
    }
    d->writeCache(true);
    // A page is stored whole or not at all, while the pages before it stay in the open group. What can be wrong
    // with a resource is found before anything is written. Not with a savepoint per page: every B-tree page a
    // savepoint's writes change first is copied aside, and a page's ids land all over the id index (SQLite alone,
    // 100,000 licenses in pages of 100: 0.8 to 0.97 s of CPU with a savepoint per page, 0.5 s without). A failure
    // of the database itself while writing (a full disk) rolls the open group back, which the commit observer
    // hears: the sync reads its pages again.
    const QList<std::optional<EncodedResource>> encoded = d->encodeAll(resources);
    if (!d->cacheable(resources, encoded, error)) {
        return false;
    }
    // A first sync of a type (its table is empty) builds the indexes whose keys arrive out of order at its end
    // (finishPass()): kept up row by row, each of them costs a page write per row once the table outgrows the page
    // cache, and a first sync of a million licenses slowed down tenfold. Meanwhile lists sorted by creation and
    // update time stay fast; other sorts read the table.
    const TypeSpec &spec = *typeSpec(type);
    QSqlQuery &empty = d->query(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(quoted(type)));
    const bool first = empty.exec() && empty.next() && empty.value(0).toBool();
    empty.finish();
    if (first && !resources.isEmpty() && !d->deferIndexes(spec, error)) {
        d->rollback();
        return false;
    }
    const auto fail = [&] {
        const QString text = d->lastError;
        d->rollback(text);
        d->lastError = text;
        return false;
    };
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const api::ResourceText &resource = resources.at(i);
        const std::optional<qint64> pass = resource.type() == type ? std::optional<qint64>(state.pass) : std::nullopt;
        if (!d->upsertOne(resource, encoded.at(i), pass, error)) {
            return fail();
        }
    }
    if (!d->saveSyncState(type, state, error)) {
        return fail();
    }
    d->passes.insert(type, state.pass);
    d->groupedResources += resources.size();
    return d->commit(error, true);
}

void Cache::setCommitObserver(std::function<void(const QString &error)> observer)
{
    d->commitObserver = std::move(observer);
}

void Cache::setParallelEncoding(bool enabled)
{
    d->parallelEncoding = enabled;
}

bool Cache::beginReadSnapshot()
{
    if (!d->open || d->inTransaction || d->readSnapshot) {
        return false;
    }
    d->readSnapshot = d->exec(QStringLiteral("BEGIN"));
    return d->readSnapshot;
}

void Cache::endReadSnapshot()
{
    if (d->open && d->readSnapshot) {
        d->exec(QStringLiteral("COMMIT"));
        d->readSnapshot = false;
    }
}

bool Cache::flush(QString *error)
{
    if (!d->open) {
        return true;
    }
    if (!d->flush(error)) {
        return false;
    }
    d->writeCache(false);
    d->waitForSearch(true);
    return true;
}

bool Cache::remove(const QString &type, const QString &id, QString *error)
{
    const TypeSpec *spec = typeSpec(type);
    if (!d->open || !spec) {
        return d->setError(error, Private::tr("The cache does not keep %1.").arg(type));
    }
    if (!d->begin(error)) {
        return false;
    }
    const std::optional<StoredRow> row = d->storedRow(*spec, id);
    if (row && !d->removeRow(*spec, *row, error)) {
        d->rollback();
        return false;
    }
    if (!d->commit(error)) {
        return false;
    }
    d->waitForSearch();
    return true;
}

bool Cache::finishPass(const QString &type, qint64 pass, QString *error)
{
    const TypeSpec *spec = typeSpec(type);
    if (!d->open || !spec) {
        return d->setError(error, Private::tr("The cache does not keep %1.").arg(type));
    }
    if (!d->begin(error)) {
        return false;
    }
    SyncState state = syncState(type);
    if (state.pass != pass) {
        d->commit(nullptr);
        return d->setError(error,
                           Private::tr("The sync pass %1 of %2 is not the current one (%3).")
                               .arg(pass)
                               .arg(type)
                               .arg(state.pass));
    }
    // Rows the pass did not see were deleted on the server. None, when every row was marked by this pass here;
    // else few: read them whole (their full-text rows need their texts to be removed), then delete.
    QList<StoredRow> unseen;
    const Private::Marked marked = d->marked.value(type);
    qint64 rows = -1;
    if (marked.pass == pass) {
        QSqlQuery &count = d->query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(type)));
        if (count.exec() && count.next()) {
            rows = count.value(0).toLongLong();
        }
        count.finish();
    }
    if (rows != marked.rows) {
        QSqlQuery select(d->database());
        select.setForwardOnly(true);
        select.prepare(QStringLiteral("SELECT rid%1, seen, body, id FROM %2 WHERE seen < ?")
                           .arg(selectColumns(*spec), quoted(type)));
        select.addBindValue(pass);
        if (!select.exec()) {
            const QString text = d->failure(select);
            d->rollback();
            return d->setError(error, text);
        }
        const int columns = int(spec->columns.size());
        while (select.next()) {
            StoredRow row;
            row.rid = select.value(0).toLongLong();
            for (int i = 0; i < columns; ++i) {
                row.values.append(readColumn(spec->columns.at(i), select.value(i + 1)));
            }
            row.seen = select.value(columns + 1).toLongLong();
            row.body = select.value(columns + 2).toByteArray();
            row.id = idFromSql(select.value(columns + 3));
            unseen.append(row);
        }
    }
    for (const StoredRow &row : std::as_const(unseen)) {
        if (!d->removeRow(*spec, row, error)) {
            d->rollback();
            return false;
        }
    }
    state.complete = true;
    state.cursor.clear();
    state.lastComplete = QDateTime::currentDateTimeUtc();
    if (!d->saveSyncState(type, state, error)) {
        d->rollback();
        return false;
    }
    if (!d->commit(error)) {
        return false;
    }
    // The indexes a first sync left for its end, and fresh statistics for the planner (sampled: milliseconds, also
    // on a million rows). The full-text index takes in the last rows meanwhile, and while the next type is written.
    d->writeCache(false);
    return d->buildIndexes(*spec, error);
}

SyncState Cache::syncState(const QString &type) const
{
    SyncState state;
    if (!d->open) {
        return state;
    }
    QSqlQuery &select = d->query(
        QStringLiteral("SELECT pass, cursor, complete, last_complete, total FROM sync_state WHERE type = ?"));
    select.bindValue(0, type);
    if (!select.exec()) {
        d->setError(nullptr, d->failure(select));
        return state;
    }
    if (select.next()) {
        state.pass = select.value(0).toLongLong();
        state.cursor = select.value(1).toString();
        state.complete = select.value(2).toInt() != 0;
        if (!select.value(3).isNull()) {
            state.lastComplete = QDateTime::fromMSecsSinceEpoch(select.value(3).toLongLong(), Qt::UTC);
        }
        state.total = select.value(4).isNull() ? -1 : select.value(4).toLongLong();
    }
    select.finish();
    return state;
}

bool Cache::setSyncState(const QString &type, const SyncState &state)
{
    if (!d->open || !typeSpec(type)) {
        return false;
    }
    QString error;
    if (!d->begin(&error)) {
        return false;
    }
    if (!d->saveSyncState(type, state, &error)) {
        d->rollback();
        return false;
    }
    d->passes.insert(type, state.pass);
    return d->commit(&error);
}

} // namespace keydesk::cache
