#pragma once

#include "app/cache/cache.h"
#include "models/resourcecolumns.h"
#include "models/resourcemodelinterface.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QThread;

namespace keydesk {

// A table of one resource type straight from the cache: sorted and filtered in SQL, read in windows of rows as the
// view scrolls (a few windows kept), so a million licenses scroll smoothly without the model holding the table.
// Windows far down a long table cost SQLite a walk over every row before them (tens of milliseconds at a million):
// the view's paint asks for them in a reader thread with its own connection and shows their rows empty until
// they arrive (dataChanged). Everything else (idAt(), resourceAt(), rowOfId() …) reads at once.
class ResourceTableModel final
    : public QAbstractTableModel
    , public ResourceModelInterface
{
    Q_OBJECT

public:
    // The typed filters; a type offers those whose column it has (offersFilter()).
    enum class FilterKind {
        Status,
        Product,
        Policy,
        Group,
        Owner,
        License,
        Channel,
        HeartbeatStatus,
        ExpiringWithin,
        Activated,
    };
    Q_ENUM(FilterKind)

    // Rows read per window query, and windows kept.
    static constexpr int kWindowSize = 200;
    static constexpr int kMaxWindows = 8;
    // Windows from this row on are read in the reader thread when the view paints them.
    static constexpr int kDeferFromRow = 20000;
    // A window read that costs its thread more CPU time (a sort no index serves yet: a first sync builds most indexes
    // at its end) makes the order slow: every window is then read in the reader thread, and after a change of the cache
    // the rows shown stay until fresh ones replace them. A new order, filter or search is measured again.
    static constexpr qint64 kSlowWindowNs = 40 * 1000000LL;
    // Rows per window while reading every row (an export).
    static constexpr int kBulkWindowSize = 5000;
    // Search hits a search shows at most.
    static constexpr int kMaxSearchHits = 1000;

    ResourceTableModel(cache::Cache *cache, const QString &type, QObject *parent = nullptr);
    ~ResourceTableModel() override;

    QString type() const { return m_columns.type(); }

    const ResourceColumns &resourceColumns() const { return m_columns; }

    // The column that says, while searching, where each row matched ("Owner › Email: ada@example.com"): the last
    // one, named kMatchColumn, after the cache's columns. A view shows it only while searching.
    static constexpr QLatin1StringView kMatchColumn{"match"};

    int matchColumn() const { return m_columns.count(); }

    // The cache column of each model column, in order (then kMatchColumn); the ones a table shows before the user
    // chooses.
    QStringList columnNames() const { return m_columns.names() << QString(kMatchColumn); }

    QStringList defaultVisibleColumns() const { return m_columns.defaultVisibleNames(); }

    int columnOf(const QString &name) const { return name == kMatchColumn ? matchColumn() : m_columns.indexOf(name); }

    // The clock of relative times and of setExpiringWithinDays(); invalid (the default): the current time.
    void setNow(const QDateTime &now);
    QDateTime now() const;

    // ---- Filters (each re-reads the rows; false when this type has no such column) ----
    bool offersFilter(FilterKind kind) const;
    // Keygen's status word, any case ("expired"); empty: any status.
    bool setStatusFilter(const QString &status);
    bool setProductFilter(const QString &productId);
    bool setPolicyFilter(const QString &policyId);
    bool setGroupFilter(const QString &groupId);
    bool setOwnerFilter(const QString &userId);
    // Machines of one license.
    bool setLicenseFilter(const QString &licenseId);
    // Releases of one channel ("stable", "beta" …).
    bool setChannelFilter(const QString &channel);
    bool setHeartbeatStatusFilter(const QString &status);
    // Resources whose expiry falls between now and `days` days from now; 0: off.
    bool setExpiringWithinDays(int days);
    // Licenses with at least one machine (true) or none (false); nullopt: off.
    bool setActivatedFilter(std::optional<bool> activated);
    // Further conditions of callers (all must hold, with the typed ones).
    void setExtraFilters(const QList<cache::Filter> &filters);
    void clearFilters();
    // Every condition in effect, typed and extra, as the cache gets them (without the search).
    QList<cache::Filter> filters() const;

    // ---- Search ----
    // Text of three or more characters finds fragments anywhere; one or two characters, values that start with it
    // (see cache::Cache::search). While searching, the rows are this type's hits (at most kMaxSearchHits) that pass
    // the filters, best first, until sort() picks a column. Empty: back to the whole list.
    // Searches find records through related ones too (cache::Cache::searchWithRelated): a license by its owner's
    // email or a machine's fingerprint.
    void setSearchText(const QString &text);

    QString searchText() const { return m_searchText; }

    bool isSearching() const { return !m_searchText.trimmed().isEmpty(); }

    // ---- Rows ----
    // The rows in the current filters (or search): counted once per refresh.
    qint64 totalCount() const { return m_count; }

    QString idAt(int row) const;
    // The row of a resource in the current order and filters; -1 when it is not in them.
    int rowOfId(const QString &id) const;
    std::optional<api::Resource> resourceAt(int row) const;
    // Rows held in memory (windows kept): for diagnostics and tests.
    int loadedRowCount() const;
    // For a reader of every row in order (an export): larger windows (fewer queries, each walking the rows before
    // it), and every row read at once, never deferred. Off again when done.
    void setBulkReading(bool bulk);

    // ResourceModelInterface
    QString typeAt(const QModelIndex &index) const override;
    QString idAt(const QModelIndex &index) const override;
    std::optional<api::Resource> resourceAt(const QModelIndex &index) const override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // SQL ORDER BY the column (ties in storage order); column -1: Keygen's order, newest first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    int sortColumn() const { return m_columns.indexOf(m_sortColumn); }

    Qt::SortOrder sortOrder() const { return m_sortOrder; }

public Q_SLOTS:
    // Re-reads the count and the rows after the cache changed: values of the same rows only signal dataChanged;
    // other changes reset the model.
    void refresh();
    // Connect to Workspace::cacheChanged: refreshes when `type` is this model's, one whose names it shows, or empty
    // (any), once per burst (a sync writes pages many times a second).
    void onCacheChanged(const QString &type);

public:
    // The wait between a change in the cache and the refresh that shows it, after a refresh whose reads in this
    // thread (its own, and the rows painted right after it) took `cycleNs`: a sync commits several times a second,
    // and refreshes that take long (a sort no index serves yet, during a first sync of a large account) must not
    // hold the console's thread most of the time, nor the sync's pages that it hands on.
    static int refreshDelayAfter(qint64 cycleNs);

    // The wait now, after the last refresh (at least kRefreshDelayMs).
    int refreshDelay() const { return m_refreshDelay; }

    // Whether the current order reads slowly (kSlowWindowNs), so that even the first rows are read in the reader.
    bool readsSlowly() const { return m_lastWindowNs > m_slowWindowNs; }

    // For tests: the time a window read may take before the order counts as slow (kSlowWindowNs by default).
    void setSlowWindowThreshold(qint64 ns) { m_slowWindowNs = ns; }

Q_SIGNALS:
    // The rows were re-read (after a refresh, a filter, a search or a sort).
    void refreshed();

private:
    struct Window
    {
        QList<cache::Row> rows;
        quint64 lastUse = 0;
        bool stale = false; // read before the cache last changed (a far window, or any of a slow order): read
                            // again when painted
    };

    bool setColumnFilter(const QString &column, const QString &value, bool upperCase = false);
    // Counts (or searches) and forgets the windows, inside a model reset. `sameQuery`: after a change of the cache
    // (the order, filters and search are the same), reads asked of the reader still land.
    void reload(bool sameQuery = false);
    // The count or search hits of the current state, without touching the model.
    void readShape(qint64 *count, QStringList *searchIds, QHash<QString, cache::SearchHit> *hits) const;
    // filters(), and while searching in a chosen sort order, the hits' ids.
    QList<cache::Filter> windowFilters() const;
    QList<cache::Row> readWindow(int window) const;
    // `mayDefer`: a far window not read yet is asked of the reader thread, and nullptr returned meanwhile.
    const cache::Row *rowAt(int row, bool mayDefer = false) const;
    bool defers(int window) const;
    void makeRoomForWindow() const;
    void requestWindow(int window) const;
    void windowRead(quint64 generation, quint64 epoch, int window, const QList<cache::Row> &rows, qint64 readNs);
    // A window of the current order took `ns` to read: the order is slow or no longer is.
    void noteWindowRead(qint64 ns) const;
    // refreshDelayAfter() the last refresh's cycle, or the last window read of a slow order.
    void updateRefreshDelay();
    void emitWindowChanged(int window);
    // Another order, filter, search or window size: answers to earlier requests are not wanted.
    void forgetRequests();
    // The query of a window in the current order and filters; nullopt past the end.
    std::optional<cache::Query> windowQuery(int window) const;

    int windowSize() const { return m_bulk ? kBulkWindowSize : kWindowSize; }

    void stopReader();
    // Readable names of the related resources a window refers to, read in one query per related type.
    void resolveNames(const QList<cache::Row> &rows) const;
    QString relatedName(const QString &type, const QString &id) const;
    // The model column of the Lookup column that names the resource of Id column `column`; -1 when none.
    int lookupIndexOf(int column) const;
    QVariant displayValue(const cache::Row &row, int column) const;
    // The match column's data (matchColumn()) of a row, for its own roles.
    QVariant matchData(const cache::Row &row, int role) const;

    bool sortsByRank() const { return isSearching() && m_rankOrder; }

    cache::Cache *m_cache = nullptr;
    ResourceColumns m_columns;
    QStringList m_readColumns; // the cache columns read per row, in model column order
    QStringList m_relatedTypes;
    QDateTime m_now;

    QHash<QString, cache::Filter> m_typedFilters; // by column
    QList<cache::Filter> m_extraFilters;
    int m_expiringDays = 0;
    std::optional<bool> m_activated;
    QString m_sortColumn = QStringLiteral("created");
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;

    QString m_searchText;
    bool m_rankOrder = true;
    QStringList m_searchIds; // the hits that pass the filters, best first
    QHash<QString, cache::SearchHit> m_hitsById;

    qint64 m_count = 0;
    mutable QHash<int, Window> m_windows;
    mutable quint64 m_useCounter = 0;
    // Readable names of related resources ("policies/<id>" -> "Pro Annual"), memoised until the next refresh.
    mutable QHash<QString, QString> m_names;

    QTimer m_refreshTimer;
    QTimer m_cycleTimer; // ends the measure of a refresh's cycle

    class Reader;
    std::unique_ptr<QThread> m_readerThread;
    mutable Reader *m_reader = nullptr; // lives in m_readerThread; started at the first far window
    mutable QSet<int> m_pendingWindows; // asked of the reader, not arrived yet
    quint64 m_generation = 0;           // another order, filter or search: earlier requests are not wanted
    quint64 m_epoch = 0;                // refreshes: a read asked for before one may miss its change
    bool m_readerFailed = false;        // its connection could not be opened: far windows are read at once
    bool m_bulk = false;                // setBulkReading(): large windows, none deferred, refreshes wait until it ends
    bool m_refreshWanted = false;
    // Reads in this thread since the last refresh began, until m_cycleTimer fired (refreshDelayAfter()).
    mutable qint64 m_cycleNs = 0;
    int m_refreshDelay = refreshDelayAfter(0); // refreshDelay()
    mutable qint64 m_lastWindowNs = 0;         // the last window read of the current order (readsSlowly())
    qint64 m_slowWindowNs = kSlowWindowNs;
    bool m_measuringCycle = false;
};

} // namespace keydesk
