#pragma once

// The full-text index of a cache lives in a database file of its own beside it ("<cache>-search"), so that a
// thread of its own, on the computer's other core, writes it while the cache's writer goes on with the next rows:
// the index is the larger half of what a sync writes.
//
// Every connection of the cache attaches that file as "fts"; the index table keeps its name (`search`), so that
// queries need not know where it lives. The cache's writer does not write the index: in the same transaction as the
// rows, it appends what the index must take in (texts to add and to take out) to a queue in the cache file
// (search_queue, one row per transaction), so that a crash loses nothing. A SearchIndexWriter then applies the
// queue's rows in order, each at most once: the index file records the last row it took in (search_applied.upto),
// in the same transaction. Queue rows are numbered in the order of their commits without gaps (AUTOINCREMENT, and
// one writer at a time), so any writer (of this Cache, of another one, of another process) may apply the next one.
// Applied rows are deleted by the cache's next write.
//
// The index file belongs to one cache file: it records the cache's token (search_origin, made with the cache). An
// index file that is missing, damaged, or of another cache is built again from the cache's rows.

#include "app/cache/storedform.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QSqlDatabase;
class QThread;
struct sqlite3;

namespace keydesk::cache {

// The index file of a cache, and every file SQLite keeps beside it.
QString searchIndexPath(const QString &cachePath);
QStringList searchIndexFiles(const QString &cachePath);

// What the index must take in: a text to add under a row id, or the very text a row was indexed with to take out
// (the index keeps no text).
struct SearchWrite
{
    qint64 rowId = 0;
    QString text;
    bool remove = false;
};

// A queue row's form: per write its row id (8 bytes), 1 to take the text out else 0, the UTF-8 text's length (4
// bytes, little-endian) and the text.
QByteArray encodeSearchWrites(const QList<SearchWrite> &writes);

// Attaches the index file of the cache `db` is open on, as "fts", creating it (mode 0600) and its tables when
// missing. A file that is not an SQLite database, or a damaged one, is replaced by an empty one, which the writer
// fills again. False with a translated sentence when the file cannot be created or attached.
bool attachSearchIndex(QSqlDatabase &db, const QString &cachePath, QString *error);

// Applies the queue of a cache to its index, in a thread of its own with its own connection. Started on the first
// need; destroyed, it first applies what was queued until then.
class SearchIndexWriter final
{
public:
    explicit SearchIndexWriter(const QString &cachePath);
    ~SearchIndexWriter();
    SearchIndexWriter(const SearchIndexWriter &) = delete;
    SearchIndexWriter &operator=(const SearchIndexWriter &) = delete;

    // New queue rows were committed: apply them (returns at once).
    void kick();
    // Waits until the queue row `id` is in the index. False when applying failed meanwhile, with the reason.
    bool waitFor(qint64 id, QString *error = nullptr);
    // The last queue row known to be in the index; -1 before the first pass.
    qint64 applied() const;

private:
    void run();
    // One pass: applies every committed queue row, or builds the index again for a cache it does not belong to.
    bool catchUp(qint64 *applied, QString *error);

    QString m_cachePath;
    QString m_connection;
    sqlite3 *m_handle = nullptr; // the connection's, for the C API (its thread's alone)
    mutable QMutex m_mutex;
    QWaitCondition m_wake; // kick() and the destructor
    QWaitCondition m_done; // after each pass
    bool m_kicked = false;
    bool m_stopping = false;
    qint64 m_applied = -1; // until the first pass
    qint64 m_failures = 0;
    QString m_error;
    std::unique_ptr<QThread> m_thread;
};

} // namespace keydesk::cache
