#pragma once

// Cache's private state, shared by cache.cpp (opening, schema, writes) and cachereads.cpp (queries, search).

#include "app/cache/cache.h"
#include "app/cache/resourcetypes.h"
#include "app/cache/searchindex.h"
#include "app/cache/storedform.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <vector>

class QThread;
class QTimer;
struct sqlite3;
struct sqlite3_stmt;

namespace keydesk::cache {

// Full-text rows: one per resource, its searchable values one per line, with the type and the resource's row id
// packed into the FTS rowid. Types are far apart, so the rowid deltas the index stores stay small within a type.
inline qint64 searchRowId(const TypeSpec &spec, qint64 rid)
{
    return ((qint64(spec.index) + 1) << 40) | rid;
}

inline qint64 searchRowIdEnd(const TypeSpec &spec)
{
    return (qint64(spec.index) + 2) << 40;
}

struct StoredRow
{
    qint64 rid = 0;
    QString id;
    QVariantList values; // per column
    qint64 seen = 0;
    QByteArray body;
};

// A statement of SQLite's C API on the connection Qt opened (QSqlDriver::handle()), for the statements a sync runs
// for every resource: through QSqlQuery, binding costs more than running them (each bound value is filed under a
// formatted placeholder name, wrapped in a QVariant, and text goes to SQLite as UTF-16 to be converted back).
class RawStatement final
{
public:
    RawStatement(sqlite3 *db, const QString &sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Positions count from 0, as QSqlQuery's. Text and blobs are copied by SQLite only when it needs to.
    void bindNull(int position);
    void bindInteger(int position, qint64 value);
    void bindText(int position, QStringView text);
    void bindUtf8(int position, QByteArrayView text);     // `text` must live until exec()
    void bindBlob(int position, const QByteArray &bytes); // `bytes` must live until exec()
    // A column value as encodeResource() and idToSql() give them.
    void bind(int position, const QVariant &value);
    // Runs the statement to its end (writes) and resets it; false with error() on a failure.
    bool exec();

    // SQLite's message and primary result code of the last failure.
    QString error() const { return m_error; }

    int errorCode() const { return m_errorCode; }

    // Rows the last exec() changed, and the row id of the last insert on the connection.
    qint64 changes() const;
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    int m_errorCode = 0;
    // UTF-8 of the bound texts, alive until the statement runs (bound without a copy).
    std::vector<QByteArray> m_texts;
};

// The page size of a new cache file and of its full-text index's file (an existing file keeps its own). Rows of
// licenses and machines are 300 to 500 bytes: with 16 KiB pages, a first sync of 100,000 licenses cost its writer
// 13% less CPU and the full-text thread about 10% less than with SQLite's 4 KiB (bench_sync, interleaved runs);
// windows, counts and searches at 200,000 licenses were as quick (bench_cache).
constexpr int kNewFilePageSize = 16384;

// Creates the file `path` (its folder must exist) with mode 0600 before SQLite sees it, or takes away what others
// may do with an existing one; false with a translated sentence when it cannot be created.
bool createOwnerOnly(const QString &path, QString *error);

// What SQLite said of a failed statement through Qt, and its primary result code (SQLITE_CORRUPT …).
QString sqlErrorText(const QSqlError &error);
int sqlResultCode(const QSqlError &error);

// SQLite's connection behind Qt's `db`, when this process's SQLite is the one Qt's driver opened it with (Linux
// distributions build Qt on the system's SQLite; Qt's own builds may bundle another copy); else null.
// KEYDESK_CACHE_QT_SQL=1 answers null, as with such a Qt (a test runs the cache's tests so).
sqlite3 *sameSqliteHandle(const QSqlDatabase &db);

// A write statement run for every resource: through SQLite's C API when the cache has the connection's handle,
// else through QSqlQuery; the same binding code for both.
class RowWrite final
{
public:
    explicit RowWrite(RawStatement *raw)
        : m_raw(raw)
    {
    }

    explicit RowWrite(QSqlQuery *query)
        : m_query(query)
    {
    }

    // Positions count from 0. A blob must live until exec().
    void bind(int position, const QVariant &value);
    void bindInteger(int position, qint64 value);
    void bindText(int position, const QString &text);
    void bindUtf8(int position, QByteArrayView text); // must live until exec()
    void bindBlob(int position, const QByteArray &bytes);
    bool exec();
    qint64 changes() const;
    qint64 lastInsertId() const;

    RawStatement *raw() const { return m_raw; }

    QSqlQuery *query() const { return m_query; }

private:
    RawStatement *m_raw = nullptr;
    QSqlQuery *m_query = nullptr;
};

// The statements each type needs, prepared once per type.
enum class TypeStatement {
    Insert,
    Update,
    Select,
    Touch,
    Delete,
    Count, // keep last
};

struct Cache::Private
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::cache::Cache)

public:
    ~Private();

    QString connection;
    QString path;
    QThread *thread = nullptr; // the thread that opened it: its connection belongs there
    bool open = false;
    bool parallelEncoding = true;
    bool writingCache = false; // the page cache is the one for writing sync pages
    bool readSnapshot = false; // beginReadSnapshot(): a read transaction is open
    int version = 0;
    qint64 ownCommits = 0;
    mutable QString lastError;
    // Prepared once per SQL text: preparing costs as much as running a small statement.
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> queries;
    mutable std::vector<std::unique_ptr<QSqlQuery>> typeQueries;
    // SQLite's connection behind Qt's, when this process's SQLite is the one Qt's driver uses (else null: the
    // writes go through QSqlQuery), and the statements prepared on it.
    sqlite3 *handle = nullptr;
    mutable std::vector<std::unique_ptr<RawStatement>> rawTypeStatements;
    mutable std::map<QString, std::unique_ptr<RawStatement>> rawStatements;
    // The shared values (storedform.h): all of them in memory, and hashes of values seen once (a value is shared
    // from its second use on).
    mutable QHash<QByteArray, int> sharedIds;
    mutable QHash<int, QByteArray> sharedTexts;
    QSet<size_t> seenOnce;
    SharedValues shared;
    QMutex sharedMutex; // the shared values while a second thread encodes
    // The current sync pass of each type: rows written outside a page are marked with it, so that finishPass()
    // keeps a resource created while the pass was under way.
    QHash<QString, qint64> passes;

    // Rows this connection marked with each type's current pass: when they are all the rows, finishPass() has
    // nothing to delete and skips reading the table.
    struct Marked
    {
        qint64 pass = -1;
        qint64 rows = 0;
    };

    QHash<QString, Marked> marked;

    // Group commit: sync pages share a transaction until it holds enough resources or is old enough, or the
    // thread's event loop has been idle for a while; any other write commits at once.
    bool inTransaction = false;
    std::function<void(const QString &error)> commitObserver;
    qint64 groupedResources = 0;

    // What the full-text index must take in, queued at the commit (searchindex.h) in one row per transaction; the
    // last queue row this Cache committed, and the writer that applies them (started on the first need).
    QList<SearchWrite> pendingSearch;
    qint64 queued = 0;
    // Opened with the index behind the cache: the queue's last row then (its catching up is awaited by flush() and
    // close(), not by searches); -1 when it was not behind.
    qint64 replayTo = -1;
    std::unique_ptr<SearchIndexWriter> searchWriter;
    QElapsedTimer groupStarted;
    std::unique_ptr<QTimer> flushTimer;

    // The secondary indexes that exist (quoted names): a first sync builds most of them at its end.
    mutable QSet<QString> indexes;
    mutable qint64 schemaCookie = -1;

    QSqlDatabase database() const { return QSqlDatabase::database(connection, false); }

    bool hasIndex(const QString &name) const;
    bool deferIndexes(const TypeSpec &spec, QString *error);
    bool buildIndexes(const TypeSpec &spec, QString *error);

    QSqlQuery &query(const QString &sql) const;
    QString typeStatementSql(const TypeSpec &spec, TypeStatement statement) const;
    QSqlQuery &typeQuery(const TypeSpec &spec, TypeStatement statement) const;
    // The same statements through the C API; null when there is no handle.
    RawStatement *rawTypeStatement(const TypeSpec &spec, TypeStatement statement) const;
    RawStatement *rawStatement(const QString &sql) const;
    // A type's statement, or any SQL text, to run for each resource (the C API when there is a handle).
    RowWrite rowWrite(const TypeSpec &spec, TypeStatement statement) const;
    RowWrite rowWrite(const QString &sql) const;
    QString failure(const RawStatement &statement) const;
    QString failure(const RowWrite &statement) const;
    bool exec(const QString &sql, QString *error = nullptr);
    // A translated sentence for a failed statement.
    QString failure(const QSqlQuery &query) const;
    bool setError(QString *error, const QString &text) const;

    int internShared(const QByteArray &text, bool always);
    // intern() for the second encoding thread: known values only; `needsWriter` when a new one should be stored.
    int workerIntern(const QByteArray &text, bool always, bool *needsWriter);
    QByteArray sharedValue(int id) const;
    bool loadShared(QString *error);

    bool begin(QString *error);
    // Commits the open groups of other Caches of this thread on the same file: a write here would otherwise wait
    // for them, and they can only commit when this thread returns to its event loop.
    void flushSiblings();
    // `group`: a sync page, which may leave the transaction open for the next one.
    bool commit(QString *error, bool group = false);
    bool flush(QString *error = nullptr);
    // Ends the open transaction without its writes; `reason` goes to the commit observer.
    void rollback(const QString &reason = {});
    void armFlushTimer();
    // Raises the page cache while sync pages are written (upsertPage), and lowers it to the browsing size again for
    // the index builds and at an explicit flush.
    void writeCache(bool writing);

    bool migrate(QString *error);
    bool loadPasses(QString *error);

    // Writes, inside a transaction.
    // Encodes resources of the types the cache keeps (nullopt for others, and for those without an id), half of
    // them in a second thread when there are enough.
    QList<std::optional<EncodedResource>> encodeAll(const QList<api::ResourceText> &resources);
    // Whether every resource can be written (or is of a type the cache skips), given encodeAll()'s result; else
    // false with the reason. Checked before anything is written: upsertOne() takes checked resources.
    bool cacheable(const QList<api::ResourceText> &resources,
                   const QList<std::optional<EncodedResource>> &encoded,
                   QString *error);
    bool upsertOne(const api::ResourceText &resource,
                   const std::optional<EncodedResource> &encoded,
                   std::optional<qint64> pass,
                   QString *error);
    bool removeRow(const TypeSpec &spec, const StoredRow &row, QString *error);
    void writeSearch(const TypeSpec &spec, qint64 rid, const QString &text, bool remove);
    // Inside the transaction, before its commit: appends pendingSearch to the queue.
    bool queueSearch(QString *error);
    // Starts the index's writer, and has it apply what is queued.
    void kickSearchWriter();
    // Waits until the index holds what this Cache queued, and with `replay` what it was behind at the opening. A
    // failure leaves the rows written (the index takes them in at the next write, or the next opening), with the
    // reason in lastError.
    void waitForSearch(bool replay = false);
    bool propagate(const TypeSpec &spec, const QString &id, const QVariantList &values, QString *error);
    bool saveSyncState(const QString &type, const SyncState &state, QString *error);

    // Reads.
    // " FROM … ORDER BY … LIMIT ? OFFSET ?" of a window, choosing the index, with its values appended; nullopt when
    // the query names a column the type does not have.
    std::optional<QString> windowSql(const TypeSpec &spec, const Query &query, QVariantList &values) const;
    std::optional<StoredRow> storedRow(const TypeSpec &spec, const QString &id) const;
    std::optional<api::Resource> decode(const TypeSpec &spec,
                                        const QString &id,
                                        const QVariantList &values,
                                        const QByteArray &body) const;
};

// Column values between SQL and the API (Row::values, Filter::value).
QVariant toSql(Column::Kind kind, const QVariant &value);
QVariant fromSql(Column::Kind kind, const QVariant &value);

} // namespace keydesk::cache
