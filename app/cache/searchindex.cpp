#include "app/cache/cache_p.h"

#include "app/cache/searchindex.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>

namespace keydesk::cache {

namespace {

// The index's tables. The index as the cache had it in its own file before (schema 1 to 3): contentless, without
// positions or column sizes, merging its segments 16 at a time (see cache.cpp's schema).
bool createTables(QSqlDatabase &db, QString *detailText, int *code)
{
    QSqlQuery query(db);
    for (const char *statement :
         {"BEGIN",
          "CREATE VIRTUAL TABLE IF NOT EXISTS fts.search USING fts5(text, content='', detail=none, columnsize=0,"
          " tokenize='trigram')",
          "INSERT INTO fts.search (search, rank) VALUES ('automerge', 16)",
          "CREATE TABLE IF NOT EXISTS fts.search_applied (token TEXT NOT NULL, upto INTEGER NOT NULL)",
          "COMMIT"}) {
        if (!query.exec(QLatin1String(statement))) {
            *detailText = sqlErrorText(query.lastError());
            *code = sqlResultCode(query.lastError());
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

bool attachOnce(QSqlDatabase &db, const QString &file, QString *detailText, int *code)
{
    QSqlQuery query(db);
    const auto failed = [&] {
        *detailText = sqlErrorText(query.lastError());
        *code = sqlResultCode(query.lastError());
        return false;
    };
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS fts"));
    query.addBindValue(file);
    if (!query.exec()) {
        return failed();
    }
    query.exec(QStringLiteral("PRAGMA fts.page_size = %1").arg(kNewFilePageSize)); // only a new file takes it
    query.finish();
    // The first statement that reads the file: it fails on one that is not a database.
    if (!query.exec(QStringLiteral("PRAGMA fts.journal_mode = WAL")) || !query.next()) {
        return failed();
    }
    query.finish();
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM fts.sqlite_master WHERE name = 'search_applied'"))
        || !query.next()) {
        return failed();
    }
    const bool exists = query.value(0).toInt() > 0;
    query.finish();
    return exists || createTables(db, detailText, code);
}

} // namespace

QString searchIndexPath(const QString &cachePath)
{
    return cachePath + QStringLiteral("-search");
}

QStringList searchIndexFiles(const QString &cachePath)
{
    const QString path = searchIndexPath(cachePath);
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

QByteArray encodeSearchWrites(const QList<SearchWrite> &writes)
{
    QByteArray bytes;
    qsizetype size = 0;
    for (const SearchWrite &write : writes) {
        size += 13 + write.text.size() * 3;
    }
    bytes.reserve(size);
    for (const SearchWrite &write : writes) {
        const QByteArray text = write.text.toUtf8();
        char header[13];
        qToLittleEndian<qint64>(write.rowId, header);
        header[8] = write.remove ? 1 : 0;
        qToLittleEndian<quint32>(quint32(text.size()), header + 9);
        bytes.append(header, sizeof header);
        bytes.append(text);
    }
    return bytes;
}

bool attachSearchIndex(QSqlDatabase &db, const QString &cachePath, QString *error)
{
    const QString file = searchIndexPath(cachePath);
    // Mode 0600, as the cache: it holds the same keys and emails.
    if (!createOwnerOnly(file, error)) {
        return false;
    }
    QString detailText;
    int code = 0;
    if (attachOnce(db, file, &detailText, &code)) {
        return true;
    }
    // Not a database, or a damaged one: the index is rebuilt from the cache, so a new file replaces it.
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE fts"));
        for (const QString &path : searchIndexFiles(cachePath)) {
            QFile::remove(path);
        }
        if (createOwnerOnly(file, error) && attachOnce(db, file, &detailText, &code)) {
            return true;
        }
    }
    QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE fts"));
    if (error) {
        *error = QCoreApplication::translate("keydesk::cache::Cache", "The cache %1 could not be read or written: %2.")
                     .arg(file, detailText);
    }
    return false;
}

// ---- SearchIndexWriter -----------------------------------------------------------------------------------------

SearchIndexWriter::SearchIndexWriter(const QString &cachePath)
    : m_cachePath(cachePath)
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("keydesk-search-%1").arg(++counter);
    m_thread.reset(QThread::create([this] {
        run();
    }));
    m_thread->setObjectName(QStringLiteral("keydesk-search"));
    m_thread->start();
}

SearchIndexWriter::~SearchIndexWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void SearchIndexWriter::kick()
{
    QMutexLocker lock(&m_mutex);
    m_kicked = true;
    m_wake.wakeAll();
}

bool SearchIndexWriter::waitFor(qint64 id, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (m_applied >= id) {
        return true;
    }
    m_kicked = true;
    m_wake.wakeAll();
    const qint64 failures = m_failures;
    while (m_applied < id && m_failures == failures) {
        m_done.wait(&m_mutex);
    }
    if (m_applied >= id) {
        return true;
    }
    if (error) {
        *error = m_error;
    }
    return false;
}

qint64 SearchIndexWriter::applied() const
{
    QMutexLocker lock(&m_mutex);
    return m_applied;
}

void SearchIndexWriter::run()
{
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_cachePath);
        // Another writer of the index (another process's) may hold it for a while.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            openError = QCoreApplication::translate("keydesk::cache::Cache", "The cache %1 could not be opened: %2.")
                            .arg(m_cachePath, db.lastError().text());
        } else if (attachSearchIndex(db, m_cachePath, &openError)) {
            QSqlQuery pragma(db);
            // The queue rows it took in are deleted from the cache once it has committed: that commit must
            // survive a power cut (one per group of pages: the wait for the disk is cheap).
            pragma.exec(QStringLiteral("PRAGMA fts.synchronous = FULL"));
            m_handle = sameSqliteHandle(db);
        }
    }
    for (;;) {
        bool stopping = false;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_kicked && !m_stopping) {
                m_wake.wait(&m_mutex);
            }
            m_kicked = false;
            stopping = m_stopping;
        }
        qint64 applied = 0;
        QString error = openError;
        const bool ok = openError.isEmpty() && catchUp(&applied, &error);
        {
            QMutexLocker lock(&m_mutex);
            if (ok) {
                m_applied = qMax(m_applied, applied);
            } else {
                ++m_failures;
                m_error = error;
            }
            m_done.wakeAll();
        }
        if (stopping) {
            break;
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SearchIndexWriter::catchUp(qint64 *applied, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *handle = m_handle;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Single-row statements: a statement writing several rows of a virtual table opens a statement savepoint, and
    // with it FTS5 writes a segment.
    std::unique_ptr<RawStatement> rawInsert, rawDelete;
    QSqlQuery insert(db), remove(db);
    const QString insertSql = QStringLiteral("INSERT INTO fts.search (rowid, text) VALUES (?, ?)");
    const QString deleteSql = QStringLiteral("INSERT INTO fts.search (search, rowid, text) VALUES ('delete', ?, ?)");
    if (handle) {
        rawInsert = std::make_unique<RawStatement>(handle, insertSql);
        rawDelete = std::make_unique<RawStatement>(handle, deleteSql);
    }
    if (!rawInsert || !rawInsert->isValid() || !rawDelete->isValid()) {
        rawInsert.reset();
        rawDelete.reset();
        insert.prepare(insertSql);
        remove.prepare(deleteSql);
    }
    const auto failure = [&](const QString &why) {
        *error = QCoreApplication::translate("keydesk::cache::Cache",
                                             "The search index of the cache %1 could not be written: %2.")
                     .arg(m_cachePath, why);
        rawInsert.reset(); // statements end before the transaction
        rawDelete.reset();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    const auto fail = [&](const QSqlQuery &failed) {
        return failure(sqlErrorText(failed.lastError()));
    };
    // The index's write lock first (a statement that changes nothing takes it, and waits for another writer);
    // the cache is read in one snapshot, taken at its first read.
    if (!query.exec(QStringLiteral("BEGIN"))
        || !query.exec(QStringLiteral("DELETE FROM fts.search_applied WHERE upto < 0"))) {
        return fail(query);
    }
    if (!query.exec(QStringLiteral("SELECT token FROM main.search_origin")) || !query.next()) {
        return fail(query);
    }
    const QString token = query.value(0).toString();
    query.finish();
    if (!query.exec(QStringLiteral("SELECT token, upto FROM fts.search_applied"))) {
        return fail(query);
    }
    bool rebuild = true;
    qint64 upto = 0;
    if (query.next()) {
        rebuild = query.value(0).toString() != token;
        upto = query.value(1).toLongLong();
    }
    query.finish();

    QString writeError;
    const auto write = [&](qint64 rowId, QByteArrayView text, bool removal) {
        RowWrite statement = rawInsert ? RowWrite(removal ? rawDelete.get() : rawInsert.get())
                                       : RowWrite(removal ? &remove : &insert);
        statement.bindInteger(0, rowId);
        statement.bindUtf8(1, text);
        if (statement.exec()) {
            return true;
        }
        writeError = statement.raw() ? statement.raw()->error() : sqlErrorText(statement.query()->lastError());
        return false;
    };

    qint64 last = upto;
    if (!rebuild) {
        // The queue's rows after the last one applied, in order; a gap means rows were lost: build it again.
        query.prepare(QStringLiteral("SELECT id, writes FROM main.search_queue WHERE id > ? ORDER BY id"));
        query.addBindValue(upto);
        if (!query.exec()) {
            return fail(query);
        }
        while (!rebuild && query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (id != last + 1) {
                rebuild = true;
                break;
            }
            const QByteArray writes = query.value(1).toByteArray();
            for (qsizetype at = 0; at + 13 <= writes.size();) {
                const auto rowId = qFromLittleEndian<qint64>(writes.constData() + at);
                const bool removal = writes.at(at + 8) != 0;
                const auto length = qsizetype(qFromLittleEndian<quint32>(writes.constData() + at + 9));
                at += 13;
                if (at + length > writes.size()) {
                    rebuild = true;
                    break;
                }
                if (!write(rowId, QByteArrayView(writes.constData() + at, length), removal)) {
                    return failure(writeError);
                }
                at += length;
            }
            last = id;
        }
        query.finish();
    }
    if (rebuild) {
        // Every row's text, as the cache's writes derive it, read in the snapshot of the queue's last row.
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("INSERT INTO fts.search (search) VALUES ('delete-all')"))
            || !rows.exec(QStringLiteral(
                "SELECT coalesce((SELECT seq FROM main.sqlite_sequence WHERE name = 'search_queue'), 0)"))
            || !rows.next()) {
            return fail(rows);
        }
        last = rows.value(0).toLongLong();
        rows.finish();
        for (const TypeSpec &spec : typeSpecs()) {
            QString columns;
            for (const SearchFieldSpec &field : spec.search) {
                if (field.column >= 0) {
                    columns += QStringLiteral(", ") + quoted(spec.columns.at(field.column).name);
                }
            }
            if (!rows.exec(QStringLiteral("SELECT rid, body%1 FROM main.%2").arg(columns, quoted(spec.type)))) {
                return fail(rows);
            }
            QVariantList values(spec.columns.size());
            while (rows.next()) {
                int at = 2;
                for (const SearchFieldSpec &field : spec.search) {
                    if (field.column >= 0) {
                        values[field.column] = readColumn(spec.columns.at(field.column), rows.value(at++));
                    }
                }
                const QString text = storedSearchText(spec, values, rows.value(1).toByteArray());
                if (!text.isEmpty() && !write(searchRowId(spec, rows.value(0).toLongLong()), text.toUtf8(), false)) {
                    return failure(writeError);
                }
            }
            rows.finish();
        }
        if (!query.exec(QStringLiteral("DELETE FROM fts.search_applied"))) {
            return fail(query);
        }
        query.prepare(QStringLiteral("INSERT INTO fts.search_applied (token, upto) VALUES (?, ?)"));
        query.addBindValue(token);
        query.addBindValue(last);
        if (!query.exec()) {
            return fail(query);
        }
    } else if (last != upto) {
        query.prepare(QStringLiteral("UPDATE fts.search_applied SET upto = ?"));
        query.addBindValue(last);
        if (!query.exec()) {
            return fail(query);
        }
    }
    rawInsert.reset();
    rawDelete.reset();
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return fail(query);
    }
    *applied = last;
    return true;
}

} // namespace keydesk::cache
