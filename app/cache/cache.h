#pragma once

// The local copy of one account (one profile and environment) in SQLite: every resource as Keygen sent it, indexed
// columns per type for sorting and filtering, relationship ids, full-text search over any fragment of three or more
// characters, and the bookkeeping sync needs to resume and to notice deletions. Browsing and searching never wait
// for the network: they read this.

#include "app/api/jsonapi.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace keydesk::cache {

// The resource types the cache keeps, in the order sync fills them (referenced types first).
QStringList cachedTypes(); // products, policies, entitlements, groups, users, licenses, machines, releases, artifacts

// The columns a type offers for sorting, filtering and display, beside the id; created and updated come last.
// Values read from a column (Row::values) are QString (Text, Id), qint64 (Integer; a double if Keygen sent a
// fraction), bool (Boolean) or a UTC QDateTime (Timestamp), and a null QVariant when Keygen sent null or nothing.
struct Column
{
    QString name;  // "expiry", "ownerEmail", "machineCount", "policy" (a relationship id) …
    QString label; // translated, for table headers
    enum class Kind {
        Text,
        Integer,
        Timestamp, // stored as milliseconds since the epoch, so sorting is numeric and the index small
        Boolean,
        Id, // a relationship's id
    } kind = Kind::Text;
    // An SQL index backs it: sorting or filtering by it stays fast on a million rows (once a type's first sync has
    // finished: it builds most indexes at its end). Other columns are fine on small tables or behind a selective
    // filter.
    bool indexed = false;
};

QList<Column> columnsOf(const QString &type);

// A filter on one column: equality, a range (timestamps, numbers, text), empty/non-empty, a text prefix, or a
// fragment anywhere in a text (Contains reads every row the other filters leave: prefer search() on large tables).
// Comparisons on case-insensitive columns (names, keys, emails, hostnames …) and StartsWith/Contains ignore ASCII
// case. Id columns (and "id") take Equals, NotEquals, IsNull, IsNotNull and In. Values: as Row::values gives them; a
// timestamp also as ISO 8601 text. In takes a QStringList (or a QVariantList) of values, e.g. the ids of search hits
// to intersect with other filters; an empty list matches nothing. Keep it to a few thousand values: each is bound.
struct Filter
{
    enum class Op {
        Equals,
        NotEquals,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        IsNull,
        IsNotNull,
        StartsWith,
        Contains,
        In,
    };

    QString column;
    Op op = Op::Equals;
    QVariant value;
};

// A window of a list: filters (all must hold), sort, offset and limit; done in SQL, choosing the index (a filter's,
// the sort column's, or one on both). Ties are broken by storage order, so that windows do not overlap. Nulls come
// first in ascending order and last in descending order. Any column of columnsOf() or "id" may sort and filter.
struct Query
{
    // Also brace-initialised with the first members only: {"licenses"}, {"licenses", filters}.
    Query(const QString &type = {},
          const QList<Filter> &filters = {},
          const QString &sortColumn = QStringLiteral("created"),
          Qt::SortOrder order = Qt::DescendingOrder,
          int offset = 0,
          int limit = 100)
        : type(type)
        , filters(filters)
        , sortColumn(sortColumn)
        , order(order)
        , offset(offset)
        , limit(limit)
    {
    }

    QString type;
    QList<Filter> filters;
    QString sortColumn;
    Qt::SortOrder order; // default: newest first, as Keygen lists
    int offset;
    int limit;
};

// One row of a window: the id and the requested columns' values (cheap: no JSON is parsed).
struct Row
{
    QString id;
    QVariantList values;
};

// A full-text search hit: which resource, which field matched, a snippet, and a rank (lower is better).
struct SearchHit
{
    QString type;
    QString id;
    QString field;   // "key", "email", "fingerprint", "metadata.customerId" …
    QString snippet; // the field's value around the match
    double rank = 0;
};

// Where sync stands for one type: the pass under way (resumable from `cursor`) and the last complete one.
struct SyncState
{
    qint64 pass = 0;        // the current pass's number; 0 when none was started
    QString cursor;         // resume after this id (Keygen's page[cursor]); empty: from the start
    bool complete = false;  // the current pass has read every page
    QDateTime lastComplete; // when a pass last completed (UTC); invalid when never
    qint64 total = -1;      // resources the server reported, when known
};

class Cache final
{
public:
    Cache();
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    // Where the cache of a profile and environment lives: under the user's cache directory ($XDG_CACHE_HOME).
    static QString pathFor(const QString &profile, const QString &environment = {});

    // Opens (creating with mode 0600, or migrating in a transaction) the database; WAL and foreign keys on.
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const;
    int schemaVersion() const;
    static int currentSchemaVersion();

    // "Forget this cache": closes every Cache of this thread open on it and deletes the database with its WAL and
    // shared-memory files, and its full-text index's file. Refuses while a Cache of another thread (a sync) has it
    // open.
    static bool forget(const QString &path, QString *error = nullptr);
    // The database's size on disk, with its full-text index's file and their WALs; 0 when there is none.
    static qint64 sizeOnDisk(const QString &path);

    // A translated sentence on the last failure, for the reads that answer only a value.
    QString lastError() const;
    // Changes when any connection to the database (sync in its thread, another Keydesk) commits: a model compares
    // it with the value of its last refresh.
    qint64 dataVersion() const;

    // ---- Writes ----
    // Stores resources as Keygen sent them (replacing older copies, keeping attributes Keydesk does not know), in
    // one transaction, committed before upsert() returns, and found by full-text search (every connection's) once it
    // has returned. Types the cache does not keep are skipped.
    bool upsert(const QList<api::Resource> &resources, QString *error = nullptr);
    bool upsert(const QList<api::ResourceText> &resources, QString *error = nullptr);
    // A page of a sync pass: its resources of `type` are marked as seen by the pass, and the type's sync state is
    // saved with them, so that a crash leaves either the whole page or none of it. A page with a resource that
    // cannot be cached leaves nothing (stop the pass then; the next one resumes from syncState()); a failure of the
    // database itself while writing (a full disk) rolls back the whole open group, which the commit observer hears.
    // Pages are committed in groups: at 20,000 resources, after a second, a quarter of a second after the group
    // began when the thread runs an event loop, and at any other write, flush() or close() (also a write by another
    // Cache of this thread on the same file). A transaction per page of 100 rewrites the same index pages over and
    // over. This Cache reads its own pages at once; other connections see them when the group commits, and find
    // them by full-text search moments later (the index is written by a thread of its own: see searchindex.h). The
    // first pass over an empty type builds the indexes of columns other than created and updated at finishPass():
    // until then, other sorts read the table.
    bool upsertPage(const QString &type,
                    const QList<api::ResourceText> &resources,
                    const SyncState &state,
                    QString *error = nullptr);
    bool upsertPage(const QString &type,
                    const QList<api::Resource> &resources,
                    const SyncState &state,
                    QString *error = nullptr);
    // Commits the pages written since the last commit (close() and the destructor do too), and waits until the
    // full-text index holds them, and what it was behind when the cache was opened (after a crash).
    bool flush(QString *error = nullptr);
    // Called after each transaction of this Cache ends, also one it ends on its own (a group of pages committed by
    // its size, age or idle timer): with an empty error when it was committed, else why its writes are lost (a
    // failed commit, a rollback). A sync's writer learns this way which pages other connections now read, and which
    // runs lost pages.
    void setCommitObserver(std::function<void(const QString &error)> observer);
    // Writes of many resources encode half of them on a second core (on by default). A writer whose second core
    // is busy anyway (a sync's writer, while the network thread parses the next pages) is faster without.
    void setParallelEncoding(bool enabled);
    // Reads until endReadSnapshot() see the database as it was at the first of them, whatever other connections
    // commit meanwhile (WAL): for a reader of many windows, such as an export. A write on this connection ends the
    // snapshot. False when a transaction of this connection is open.
    bool beginReadSnapshot();
    void endReadSnapshot();
    bool remove(const QString &type, const QString &id, QString *error = nullptr);
    // Ends a complete pass: removes the type's rows the pass did not see (deleted on the server), records the
    // completion time, and builds the indexes a first pass left for its end (seconds, on a million rows).
    bool finishPass(const QString &type, qint64 pass, QString *error = nullptr);

    SyncState syncState(const QString &type) const;
    bool setSyncState(const QString &type, const SyncState &state);

    // ---- Reads ----
    std::optional<api::Resource> resource(const QString &type, const QString &id) const;
    qint64 count(const QString &type, const QList<Filter> &filters = {}) const;
    QList<Row> rows(const Query &query, const QStringList &columns) const;
    // The rows of rows(), handed to `take` one at a time as SQLite reads them, instead of kept: a whole table
    // exported in little memory. `take` returns false to stop, and must not use this Cache. False when stopped or
    // when the query failed (lastError()).
    bool forEachRow(const Query &query, const QStringList &columns, const std::function<bool(const Row &)> &take) const;
    QList<api::Resource> resources(const Query &query) const;
    // The different values a text column holds, in order, at most `limit` of them: what a filter on it may name
    // (statuses, platforms, roles …). Empty for a column that is not text. Reads the column's index when it has
    // one, else every row: keep it to the few columns and moments that need it.
    QStringList distinctValues(const QString &type, const QString &column, int limit) const;
    // How SQLite reads the window of rows() and resources() (EXPLAIN QUERY PLAN, one step per line): whether a
    // sorted page comes from an index or needs a sort ("USE TEMP B-TREE"). For diagnostics and tests.
    QString queryPlan(const Query &query) const;
    // Relationships, through the to-one relationship ids the cache keeps (Id columns), newest first: a license's
    // machines ("machines", "license", id), a policy's licenses ("licenses", "policy", id), a user's licenses
    // ("licenses", "owner" or "user", id), a release's artifacts ("artifacts", "release", id) … Keygen's to-many
    // linkages (a license's attached users, its entitlements) are not in list pages, so they are not cached.
    QList<api::Resource> related(const QString &type, const QString &link, const QString &id, int limit = 1000) const;
    // Any fragment of three or more characters (after trimming) of a key, fingerprint, email, name, hostname, IP
    // address, code, version, tag, file name, checksum or metadata value, case-insensitively; best matches first
    // (the whole value, then its start, then the start of a word in it, then anywhere; within each, keys, emails
    // and fingerprints before names before metadata), one hit per resource, reporting the best field. A fragment
    // found in very many values gives the best of the first few hundred candidates per type, plus every value
    // that starts with it among names, emails, hostnames, codes, versions and file names. Text of one or two
    // characters finds only values of those that start with it. `types` empty: all. What this Cache wrote is found
    // (an open group of pages is committed first, and the index's writer awaited); what other connections wrote, once
    // their write returned (a group of their pages: moments after its commit).
    QList<SearchHit> search(const QString &text, const QStringList &types = {}, int limit = 50) const;
    // search() of each of `types`, and the resources of those types whose related records match, as a support desk
    // looks for a customer: a license by its owner's email or name, or by a fingerprint, hostname or name of one of its
    // machines; a machine by its license's key or name, or its owner; a user by a key or name of a license they
    // own; a release by a file name or checksum of one of its artifacts; an artifact by its release's version or
    // tag. Up to two steps away: a machine by its license's owner's email, a user by a fingerprint of a machine of
    // their license. Such a hit reports the relationships before the related record's field ("owner.email",
    // "machines.fingerprint", "license.owner.email") and ranks after a direct hit of the same kind (two steps after
    // one). At most 200 related records per relationship are followed. Types without relationships, or `types`
    // empty (every type): as search() finds them.
    QList<SearchHit> searchWithRelated(const QString &text, const QStringList &types, int limit = 50) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace keydesk::cache
