#include "models/resourcetablemodel.h"

#include "app/cache/cachethread.h"
#include "models/roles.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QThread>

#include <ctime>
#include <limits>

namespace keydesk {

namespace {

using cache::Filter;

// Related names memoised at most, before the memo starts over (machines refer to as many licenses as they are).
constexpr qsizetype kMaxMemoisedNames = 50000;
// Rows rowOfId() reads among equal sort values before it gives up.
constexpr int kMaxTieScan = 20000;
// A sync writes pages many times a second: refresh at most this often.
constexpr int kRefreshDelayMs = 150;
// A refresh may hold the console's thread at most about a fifth of the time (refreshDelayAfter()), and waits at
// most this long.
constexpr int kRefreshCostFactor = 4;
constexpr int kMaxRefreshDelayMs = 5000;
// A refresh's cycle ends this long after it: the rows painted meanwhile count (the paint follows at once).
constexpr int kCycleEndMs = 50;

// The CPU time of the calling thread: what a read cost, however busy the machine is (a loaded machine stretches the
// wall time of a quick read past kSlowWindowNs). Wall time where the system has no such clock.
qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX)
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0) {
        return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
    }
#endif
    static const QElapsedTimer wall = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return wall.nsecsElapsed();
}

// What a read costs the calling thread (threadCpuNs()); in the console's thread, added to the refresh cycle being
// measured.
class CycleClock
{
public:
    explicit CycleClock(qint64 *total = nullptr)
        : m_total(total)
        , m_start(threadCpuNs())
    {
    }

    ~CycleClock()
    {
        if (m_total) {
            *m_total += elapsedNs();
        }
    }

    CycleClock(const CycleClock &) = delete;
    CycleClock &operator=(const CycleClock &) = delete;

    qint64 elapsedNs() const { return threadCpuNs() - m_start; }

private:
    qint64 *m_total;
    qint64 m_start;
};

QString nameKey(const QString &type, const QString &id)
{
    return type + QLatin1Char('/') + id;
}

// Far windows asked of the reader and not read yet, at most: dragging the scroll bar asks for many on the way, and
// only the last ones are still on screen.
constexpr int kMaxQueuedWindows = 4;

} // namespace

// The reader thread's side: its own connection to the cache file. Requests are read newest first; beyond
// kMaxQueuedWindows the oldest are dropped (answered with nullopt) and asked again if the view paints them again.
class ResourceTableModel::Reader final : public QObject
{
public:
    struct Request
    {
        quint64 generation = 0;
        quint64 epoch = 0;
        int window = 0;
        cache::Query query;
        QStringList columns;
        qint64 readNs = 0; // how long the read took
    };

    // Forgets the requests not started yet (their answers are not wanted any more).
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_queue.clear();
    }

    using Answer = std::function<void(const Request &request, const std::optional<QList<cache::Row>> &rows)>;

    void enqueue(Request request, const Answer &answer)
    {
        QList<Request> dropped;
        {
            QMutexLocker lock(&m_mutex);
            m_queue.append(std::move(request));
            while (m_queue.size() > kMaxQueuedWindows) {
                dropped.append(m_queue.takeFirst());
            }
        }
        for (const Request &old : std::as_const(dropped)) {
            answer(old, std::nullopt);
        }
        QMetaObject::invokeMethod(
            this,
            [this, answer] {
            std::optional<Request> next;
            {
                QMutexLocker lock(&m_mutex);
                if (!m_queue.isEmpty()) {
                    next = m_queue.takeLast();
                }
            }
            if (next) {
                const CycleClock clock;
                const QList<cache::Row> rows = cache.rows(next->query, next->columns);
                next->readNs = clock.elapsedNs();
                answer(*next, rows);
            }
            },
            Qt::QueuedConnection);
    }

    cache::Cache cache;

private:
    QMutex m_mutex;
    QList<Request> m_queue;
};

ResourceTableModel::ResourceTableModel(cache::Cache *cache, const QString &type, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_columns(type)
{
    m_readColumns = m_columns.names();
    for (const cache::Column &column : m_columns.columns()) {
        if (column.kind == cache::Column::Kind::Id) {
            const QString related = m_columns.relatedType(column.name);
            if (!related.isEmpty() && !m_relatedTypes.contains(related)) {
                m_relatedTypes.append(related);
            }
        }
    }
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ResourceTableModel::refresh);
    m_cycleTimer.setSingleShot(true);
    m_cycleTimer.setInterval(kCycleEndMs);
    connect(&m_cycleTimer, &QTimer::timeout, this, [this] {
        m_measuringCycle = false;
        updateRefreshDelay();
    });
    readShape(&m_count, &m_searchIds, &m_hitsById);
}

ResourceTableModel::~ResourceTableModel()
{
    stopReader();
    // The cache is shared with the rest of the console: an export's snapshot must not outlive it.
    if (m_bulk && m_cache) {
        m_cache->endReadSnapshot();
    }
}

void ResourceTableModel::setBulkReading(bool bulk)
{
    if (bulk == m_bulk) {
        return;
    }
    // Windows are numbered by their size: the kept ones go (they are read again as needed; the rows are the same,
    // so the view needs no reset), and so do answers to requests for windows of the old size.
    m_bulk = bulk;
    m_windows.clear();
    forgetRequests();
    if (bulk) {
        // The rows as they are now, in every window, whatever a sync commits meanwhile; a refresh in the middle
        // would move them under the reader: one at the end catches up.
        m_cache->beginReadSnapshot();
        m_refreshTimer.stop();
        m_refreshWanted = false;
        return;
    }
    m_cache->endReadSnapshot();
    if (m_count > 0) {
        // Rows painted empty while their window was asked for are read again when painted.
        Q_EMIT dataChanged(index(0, 0), index(int(m_count) - 1, columnCount() - 1));
    }
    if (std::exchange(m_refreshWanted, false)) {
        refresh();
    }
}

void ResourceTableModel::forgetRequests()
{
    ++m_generation;
    m_pendingWindows.clear();
    if (m_reader) {
        m_reader->clear();
    }
}

std::optional<cache::Query> ResourceTableModel::windowQuery(int window) const
{
    const int first = window * windowSize();
    const int limit = int(qMin<qint64>(windowSize(), m_count - first));
    if (limit <= 0) {
        return std::nullopt;
    }
    return cache::Query{type(), windowFilters(), m_sortColumn, m_sortOrder, first, limit};
}

void ResourceTableModel::stopReader()
{
    if (!m_reader) {
        return;
    }
    // Reads not started are not waited for; answers posted meanwhile die with this model.
    m_reader->clear();
    cache::stopInThread(m_reader, m_readerThread.get());
    m_reader = nullptr;
    m_readerThread.reset();
    m_pendingWindows.clear();
}

bool ResourceTableModel::defers(int window) const
{
    return !m_bulk && !m_readerFailed && (readsSlowly() || window * windowSize() >= kDeferFromRow) && !sortsByRank()
        && m_cache && m_cache->isOpen();
}

void ResourceTableModel::noteWindowRead(qint64 ns) const
{
    if (!sortsByRank()) {
        m_lastWindowNs = ns;
    }
}

void ResourceTableModel::updateRefreshDelay()
{
    // A slow order's windows are read in the reader: a refresh costs that read too, in a thread of its own but on
    // the same cores as the sync. For the next refresh: one already waited for keeps its time.
    m_refreshDelay = refreshDelayAfter(readsSlowly() ? qMax(m_cycleNs, m_lastWindowNs) : m_cycleNs);
}

void ResourceTableModel::requestWindow(int window) const
{
    if (m_pendingWindows.contains(window)) {
        return;
    }
    auto *self = const_cast<ResourceTableModel *>(this);
    if (!m_reader) {
        auto thread = std::make_unique<QThread>();
        auto *reader = new Reader;
        if (!cache::startInThread(reader,
                                  &reader->cache,
                                  thread.get(),
                                  QStringLiteral("keydesk-table-reader"),
                                  m_cache->path())) {
            self->m_readerFailed = true; // far windows are read at once, as near ones
            return;
        }
        m_reader = reader;
        self->m_readerThread = std::move(thread);
    }
    const std::optional<cache::Query> query = windowQuery(window);
    if (!query) {
        return;
    }
    m_pendingWindows.insert(window);
    Reader::Request request;
    request.generation = m_generation;
    request.epoch = m_epoch;
    request.window = window;
    request.query = *query;
    request.columns = m_readColumns;
    m_reader->enqueue(std::move(request),
                      [self](const Reader::Request &asked, const std::optional<QList<cache::Row>> &rows) {
        QMetaObject::invokeMethod(
            self,
            [self, generation = asked.generation, epoch = asked.epoch, window = asked.window, rows, ns = asked.readNs] {
            if (rows) {
                self->windowRead(generation, epoch, window, *rows, ns);
            } else if (generation == self->m_generation) {
                // Dropped for newer requests: asked again if the view still paints it.
                self->m_pendingWindows.remove(window);
                self->emitWindowChanged(window);
            }
            },
            Qt::QueuedConnection);
    });
}

void ResourceTableModel::windowRead(
    quint64 generation, quint64 epoch, int window, const QList<cache::Row> &rows, qint64 readNs)
{
    if (generation != m_generation) {
        return; // read for another order, filter or search
    }
    m_pendingWindows.remove(window);
    noteWindowRead(readNs);
    updateRefreshDelay();
    const int first = window * windowSize();
    if (rows.isEmpty() || first >= m_count) {
        return;
    }
    auto it = m_windows.find(window);
    if (it == m_windows.end()) {
        makeRoomForWindow();
        it = m_windows.insert(window, Window());
    }
    // Rows past the count (the table shrank since the read) are not shown.
    const QList<cache::Row> fresh = rows.mid(0, qMin<qint64>(rows.size(), m_count - first));
    // Stale rows replaced by other resources: the rows moved (new ones came before them), and selections made on
    // the stale rows must follow their resources, as after any reset (a view keeps its selection by id then).
    bool moved = false;
    for (qsizetype i = 0; i < it->rows.size() && i < fresh.size() && !moved; ++i) {
        moved = it->rows.at(i).id != fresh.at(i).id;
    }
    it->rows = fresh;
    it->lastUse = ++m_useCounter;
    // Read before the cache last changed: shown, and read again when painted.
    it->stale = epoch != m_epoch;
    resolveNames(it->rows);
    if (moved) {
        beginResetModel();
        endResetModel();
    } else {
        emitWindowChanged(window);
    }
}

void ResourceTableModel::emitWindowChanged(int window)
{
    const int first = window * windowSize();
    const int last = int(qMin<qint64>(qint64(first) + windowSize(), m_count)) - 1;
    if (first <= last) {
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
}

void ResourceTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (m_expiringDays > 0) {
        reload();
        return;
    }
    // Relative times change with the clock; rows not kept are formatted afresh when read.
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
        emitWindowChanged(it.key());
    }
}

QDateTime ResourceTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

// ---- Filters ----

bool ResourceTableModel::offersFilter(FilterKind kind) const
{
    switch (kind) {
    case FilterKind::Status:
        return m_columns.has(QStringLiteral("status"));
    case FilterKind::Product:
        return m_columns.has(QStringLiteral("product"));
    case FilterKind::Policy:
        return m_columns.has(QStringLiteral("policy"));
    case FilterKind::Group:
        return m_columns.has(QStringLiteral("group"));
    case FilterKind::Owner:
        return m_columns.has(QStringLiteral("owner"));
    case FilterKind::License:
        return m_columns.has(QStringLiteral("license"));
    case FilterKind::Channel:
        return m_columns.has(QStringLiteral("channel"));
    case FilterKind::HeartbeatStatus:
        return m_columns.has(QStringLiteral("heartbeatStatus"));
    case FilterKind::ExpiringWithin:
        return m_columns.has(QStringLiteral("expiry"));
    case FilterKind::Activated:
        return m_columns.has(QStringLiteral("machineCount"));
    }
    return false;
}

bool ResourceTableModel::setColumnFilter(const QString &column, const QString &value, bool upperCase)
{
    if (!m_columns.has(column)) {
        return false;
    }
    const QString wanted = upperCase ? value.trimmed().toUpper() : value.trimmed();
    const auto current = m_typedFilters.constFind(column);
    if (wanted.isEmpty()) {
        if (current == m_typedFilters.cend()) {
            return true;
        }
        m_typedFilters.remove(column);
    } else {
        if (current != m_typedFilters.cend() && current->value.toString() == wanted) {
            return true;
        }
        m_typedFilters.insert(column, {column, Filter::Op::Equals, wanted});
    }
    reload();
    return true;
}

bool ResourceTableModel::setStatusFilter(const QString &status)
{
    return setColumnFilter(QStringLiteral("status"), status, true);
}

bool ResourceTableModel::setProductFilter(const QString &productId)
{
    return setColumnFilter(QStringLiteral("product"), productId);
}

bool ResourceTableModel::setPolicyFilter(const QString &policyId)
{
    return setColumnFilter(QStringLiteral("policy"), policyId);
}

bool ResourceTableModel::setGroupFilter(const QString &groupId)
{
    return setColumnFilter(QStringLiteral("group"), groupId);
}

bool ResourceTableModel::setOwnerFilter(const QString &userId)
{
    return setColumnFilter(QStringLiteral("owner"), userId);
}

bool ResourceTableModel::setLicenseFilter(const QString &licenseId)
{
    return setColumnFilter(QStringLiteral("license"), licenseId);
}

bool ResourceTableModel::setChannelFilter(const QString &channel)
{
    return setColumnFilter(QStringLiteral("channel"), channel.toLower());
}

bool ResourceTableModel::setHeartbeatStatusFilter(const QString &status)
{
    return setColumnFilter(QStringLiteral("heartbeatStatus"), status, true);
}

bool ResourceTableModel::setExpiringWithinDays(int days)
{
    if (!offersFilter(FilterKind::ExpiringWithin)) {
        return false;
    }
    days = qMax(0, days);
    if (days != m_expiringDays) {
        m_expiringDays = days;
        reload();
    }
    return true;
}

bool ResourceTableModel::setActivatedFilter(std::optional<bool> activated)
{
    if (!offersFilter(FilterKind::Activated)) {
        return false;
    }
    if (activated != m_activated) {
        m_activated = activated;
        reload();
    }
    return true;
}

void ResourceTableModel::setExtraFilters(const QList<cache::Filter> &filters)
{
    m_extraFilters = filters;
    reload();
}

void ResourceTableModel::clearFilters()
{
    m_typedFilters.clear();
    m_extraFilters.clear();
    m_expiringDays = 0;
    m_activated.reset();
    reload();
}

QList<cache::Filter> ResourceTableModel::filters() const
{
    QList<Filter> result;
    // In column order, so that the same filters always give the same SQL (and the statement cache hits).
    for (const QString &column : m_columns.names()) {
        const auto it = m_typedFilters.constFind(column);
        if (it != m_typedFilters.cend()) {
            result.append(*it);
        }
    }
    if (m_expiringDays > 0) {
        const QDateTime from = now().toUTC();
        result.append({QStringLiteral("expiry"), Filter::Op::GreaterOrEqual, from});
        result.append({QStringLiteral("expiry"), Filter::Op::LessOrEqual, from.addDays(m_expiringDays)});
    }
    if (m_activated) {
        result.append(
            {QStringLiteral("machineCount"), *m_activated ? Filter::Op::Greater : Filter::Op::LessOrEqual, qint64(0)});
    }
    result += m_extraFilters;
    return result;
}

QList<cache::Filter> ResourceTableModel::windowFilters() const
{
    QList<Filter> result = filters();
    if (isSearching()) {
        result.append({QStringLiteral("id"), Filter::Op::In, m_searchIds});
    }
    return result;
}

// ---- Search ----

void ResourceTableModel::setSearchText(const QString &text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    m_rankOrder = true;
    reload();
}

// ---- Reading ----

void ResourceTableModel::readShape(qint64 *count, QStringList *searchIds, QHash<QString, cache::SearchHit> *hits) const
{
    searchIds->clear();
    hits->clear();
    *count = 0;
    if (!m_cache || !m_columns.isValid()) {
        return;
    }
    const CycleClock clock(m_measuringCycle ? &m_cycleNs : nullptr);
    const QList<Filter> conditions = filters();
    if (!isSearching()) {
        *count = m_cache->count(type(), conditions);
        return;
    }
    const QList<cache::SearchHit> found = m_cache->searchWithRelated(m_searchText, {type()}, kMaxSearchHits);
    QStringList ids;
    ids.reserve(found.size());
    for (const cache::SearchHit &hit : found) {
        ids.append(hit.id);
    }
    QSet<QString> passing;
    if (!conditions.isEmpty() && !ids.isEmpty()) {
        // The hits that pass the filters, in one query over the hits' ids.
        QList<Filter> intersect = conditions;
        intersect.append({QStringLiteral("id"), Filter::Op::In, ids});
        const QList<cache::Row> rows = m_cache->rows({type(),
                                                      intersect,
                                                      QStringLiteral("created"),
                                                      Qt::DescendingOrder,
                                                      0,
                                                      int(ids.size())},
                                                     {});
        for (const cache::Row &row : rows) {
            passing.insert(row.id);
        }
    }
    for (const cache::SearchHit &hit : found) {
        if (conditions.isEmpty() || passing.contains(hit.id)) {
            searchIds->append(hit.id);
            hits->insert(hit.id, hit);
        }
    }
    *count = searchIds->size();
}

void ResourceTableModel::reload(bool sameQuery)
{
    beginResetModel();
    if (!sameQuery) {
        forgetRequests();   // another order, filter or search: what the reader reads for the old one is not wanted
        m_lastWindowNs = 0; // measured again
    }
    m_names.clear();
    readShape(&m_count, &m_searchIds, &m_hitsById);
    if (sameQuery && defers(0)) {
        // A slow order, read in the reader: the rows shown stay (where they were) until it brings the fresh ones.
        for (auto it = m_windows.begin(); it != m_windows.end(); ++it) {
            it->stale = true;
            resolveNames(it->rows);
        }
    } else {
        m_windows.clear();
    }
    endResetModel();
    Q_EMIT refreshed();
}

QList<cache::Row> ResourceTableModel::readWindow(int window) const
{
    if (!m_cache) {
        return {};
    }
    const CycleClock clock(m_measuringCycle ? &m_cycleNs : nullptr);
    const int first = window * windowSize();
    if (!sortsByRank()) {
        const std::optional<cache::Query> query = windowQuery(window);
        if (!query) {
            return {};
        }
        QList<cache::Row> rows = m_cache->rows(*query, m_readColumns);
        if (!m_bulk) {
            noteWindowRead(clock.elapsedNs());
        }
        return rows;
    }
    // Best hits first: the window's ids, read in one query and put back in rank order.
    const QStringList ids = m_searchIds.mid(first, windowSize());
    if (ids.isEmpty()) {
        return {};
    }
    const QList<cache::Row> read = m_cache->rows({type(),
                                                  {{QStringLiteral("id"), Filter::Op::In, ids}},
                                                  QStringLiteral("created"),
                                                  Qt::DescendingOrder,
                                                  0,
                                                  int(ids.size())},
                                                 m_readColumns);
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < read.size(); ++i) {
        at.insert(read.at(i).id, i);
    }
    QList<cache::Row> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        const auto it = at.constFind(id);
        if (it != at.cend()) {
            rows.append(read.at(*it));
        } else {
            // Removed since the search: keep the row (the count stays right) with nothing to show.
            cache::Row gone;
            gone.id = id;
            for (qsizetype i = 0; i < m_readColumns.size(); ++i) {
                gone.values.append(QVariant());
            }
            rows.append(gone);
        }
    }
    return rows;
}

void ResourceTableModel::makeRoomForWindow() const
{
    if (m_windows.size() >= kMaxWindows) {
        auto oldest = m_windows.begin();
        for (auto candidate = m_windows.begin(); candidate != m_windows.end(); ++candidate) {
            if (candidate->lastUse < oldest->lastUse) {
                oldest = candidate;
            }
        }
        m_windows.erase(oldest);
    }
}

const cache::Row *ResourceTableModel::rowAt(int row, bool mayDefer) const
{
    if (row < 0 || row >= m_count) {
        return nullptr;
    }
    const int window = row / windowSize();
    auto it = m_windows.find(window);
    if (it != m_windows.end() && it->stale && mayDefer && defers(window)) {
        requestWindow(window); // its rows stay shown until the fresh ones arrive
    }
    if (it == m_windows.end()) {
        if (mayDefer && defers(window)) {
            requestWindow(window);
            if (m_reader) {
                return nullptr;
            }
        }
        makeRoomForWindow();
        Window loaded;
        loaded.rows = readWindow(window);
        resolveNames(loaded.rows);
        it = m_windows.insert(window, loaded);
    }
    it->lastUse = ++m_useCounter;
    const int offset = row - window * windowSize();
    return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
}

void ResourceTableModel::resolveNames(const QList<cache::Row> &rows) const
{
    if (!m_cache) {
        return;
    }
    QHash<QString, QStringList> wanted; // related type -> ids not memoised yet
    for (int c = 0; c < m_columns.count(); ++c) {
        const cache::Column &column = m_columns.at(c);
        if (column.kind != cache::Column::Kind::Id || lookupIndexOf(c) >= 0) {
            continue;
        }
        const QString related = m_columns.relatedType(column.name);
        if (related.isEmpty()) {
            continue;
        }
        QStringList &ids = wanted[related];
        for (const cache::Row &row : rows) {
            const QString id = row.values.value(c).toString();
            if (!id.isEmpty() && !m_names.contains(nameKey(related, id)) && !ids.contains(id)) {
                ids.append(id);
            }
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (it->isEmpty()) {
            continue;
        }
        if (m_names.size() + it->size() > kMaxMemoisedNames) {
            m_names.clear();
        }
        const ResourceColumns related(it.key());
        QStringList nameColumns;
        for (const QString &name : ResourceColumns::nameColumnsOf(it.key())) {
            if (related.has(name)) {
                nameColumns.append(name);
            }
        }
        for (const QString &id : *it) {
            m_names.insert(nameKey(it.key(), id), QString()); // unknown to the cache: the id is shown
        }
        if (nameColumns.isEmpty()) {
            continue;
        }
        const QList<cache::Row> found = m_cache->rows({it.key(),
                                                       {{QStringLiteral("id"), Filter::Op::In, *it}},
                                                       QStringLiteral("created"),
                                                       Qt::DescendingOrder,
                                                       0,
                                                       int(it->size())},
                                                      nameColumns);
        for (const cache::Row &row : found) {
            for (const QVariant &value : row.values) {
                if (!value.toString().isEmpty()) {
                    m_names.insert(nameKey(it.key(), row.id), value.toString());
                    break;
                }
            }
        }
    }
}

QString ResourceTableModel::relatedName(const QString &type, const QString &id) const
{
    return m_names.value(nameKey(type, id));
}

int ResourceTableModel::lookupIndexOf(int column) const
{
    const QString lookup = m_columns.lookupColumnFor(m_columns.at(column).name);
    return lookup.isEmpty() ? -1 : m_columns.indexOf(lookup);
}

QVariant ResourceTableModel::displayValue(const cache::Row &row, int column) const
{
    const cache::Column &spec = m_columns.at(column);
    const QVariant value = row.values.value(column);
    if (spec.kind == cache::Column::Kind::Id && !value.isNull()) {
        const int lookup = lookupIndexOf(column);
        if (lookup >= 0) {
            const QString name = row.values.value(lookup).toString();
            return name.isEmpty() ? value.toString() : name;
        }
        const QString name = relatedName(m_columns.relatedType(spec.name), value.toString());
        return name.isEmpty() ? value.toString() : name;
    }
    const QString limit = m_columns.limitColumnFor(spec.name);
    if (!limit.isEmpty() && !value.isNull()) {
        return ResourceColumns::usageText(value.toLongLong(), row.values.value(m_columns.indexOf(limit)));
    }
    return ResourceColumns::displayText(spec, value, now());
}

// ---- Rows ----

QString ResourceTableModel::idAt(int row) const
{
    const cache::Row *r = rowAt(row);
    return r ? r->id : QString();
}

int ResourceTableModel::rowOfId(const QString &id) const
{
    if (id.isEmpty() || !m_cache) {
        return -1;
    }
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == id) {
                return it.key() * windowSize() + int(i);
            }
        }
    }
    if (sortsByRank()) {
        return int(m_searchIds.indexOf(id));
    }
    // Where the row sits: the rows before its sort value, counted on the indexes, then its place among the rows
    // with the same value (in storage order, as windows read them).
    const QList<Filter> conditions = windowFilters();
    QList<Filter> self = conditions;
    self.append({QStringLiteral("id"), Filter::Op::Equals, id});
    const QList<cache::Row> found = m_cache->rows({type(), self, m_sortColumn, m_sortOrder, 0, 1}, {m_sortColumn});
    if (found.isEmpty()) {
        return -1;
    }
    const QVariant value = found.constFirst().values.value(0);
    const auto countWith = [&](Filter::Op op, const QVariant &operand = {}) {
        QList<Filter> with = conditions;
        with.append({m_sortColumn, op, operand});
        return m_cache->count(type(), with);
    };
    qint64 before = 0;
    // Nulls come first in ascending order and last in descending order.
    if (m_sortOrder == Qt::AscendingOrder) {
        before = value.isNull() ? 0 : countWith(Filter::Op::IsNull) + countWith(Filter::Op::Less, value);
    } else {
        before = value.isNull() ? countWith(Filter::Op::IsNotNull) : countWith(Filter::Op::Greater, value);
    }
    constexpr int kChunk = 500;
    for (qint64 offset = before; offset < before + kMaxTieScan && offset < m_count; offset += kChunk) {
        const QList<cache::Row>
            rows = m_cache->rows({type(), conditions, m_sortColumn, m_sortOrder, int(offset), kChunk}, {m_sortColumn});
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id) {
                return int(offset + i);
            }
        }
        if (rows.size() < kChunk) {
            break;
        }
    }
    return -1;
}

std::optional<api::Resource> ResourceTableModel::resourceAt(int row) const
{
    const QString id = idAt(row);
    if (id.isEmpty() || !m_cache) {
        return std::nullopt;
    }
    return m_cache->resource(type(), id);
}

int ResourceTableModel::loadedRowCount() const
{
    int rows = 0;
    for (const Window &window : std::as_const(m_windows)) {
        rows += int(window.rows.size());
    }
    return rows;
}

QString ResourceTableModel::typeAt(const QModelIndex &index) const
{
    return index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid) ? type() : QString();
}

QString ResourceTableModel::idAt(const QModelIndex &index) const
{
    return index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid) ? idAt(index.row()) : QString();
}

std::optional<api::Resource> ResourceTableModel::resourceAt(const QModelIndex &index) const
{
    return index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid) ? resourceAt(index.row())
                                                                                : std::optional<api::Resource>();
}

// ---- QAbstractItemModel ----

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns.count() + 1;
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int column = index.column();
    switch (role) {
    case ResourceTypeRole:
        return type();
    case ColumnNameRole:
        return column == matchColumn() ? QString(kMatchColumn) : m_columns.at(column).name;
    case Qt::TextAlignmentRole:
        if (column != matchColumn() && m_columns.at(column).kind == cache::Column::Kind::Integer) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        break;
    }
    const cache::Row *row = rowAt(index.row(), true);
    if (!row) {
        return {};
    }
    // What every cell of a row gives alike.
    switch (role) {
    case ResourceIdRole:
        return row->id;
    case StatusRole: {
        const int status = m_columns.indexOf(m_columns.statusColumn());
        return status >= 0 ? row->values.value(status) : QVariant();
    }
    case MatchedFieldRole:
    case MatchSnippetRole: {
        const auto hit = m_hitsById.constFind(row->id);
        if (hit == m_hitsById.cend()) {
            return {};
        }
        return role == MatchedFieldRole ? hit->field : hit->snippet;
    }
    default:
        break;
    }
    if (column == matchColumn()) {
        return matchData(*row, role);
    }
    const cache::Column &spec = m_columns.at(column);
    const QVariant value = row->values.value(column);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, column);
    case Qt::ToolTipRole:
        if (spec.kind == cache::Column::Kind::Id && !value.isNull()) {
            const QString shown = displayValue(*row, column).toString();
            return shown == value.toString() ? shown : tr("%1 (%2)").arg(shown, value.toString());
        }
        return ResourceColumns::toolTip(spec, value);
    case Qt::ForegroundRole:
        if (ResourceColumns::isStatusColumn(spec.name) && !value.isNull()) {
            const QColor color = ResourceColumns::statusColor(value.toString());
            if (color.isValid()) {
                return color;
            }
        }
        return {};
    case RawValueRole:
        return value;
    case LinkTypeRole:
        if (spec.kind == cache::Column::Kind::Id && !value.isNull()) {
            return m_columns.relatedType(spec.name);
        }
        return {};
    case LinkIdRole:
        if (spec.kind == cache::Column::Kind::Id && !value.isNull()) {
            return value;
        }
        return {};
    default:
        return {};
    }
}

QVariant ResourceTableModel::matchData(const cache::Row &row, int role) const
{
    const auto hit = m_hitsById.constFind(row.id);
    if (hit == m_hitsById.cend()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return m_columns.foundInText(*hit);
    case Qt::ToolTipRole:
        return tr("“%1” was found in %2: %3")
            .arg(m_searchText.trimmed(), m_columns.searchFieldLabel(hit->field), hit->snippet);
    default:
        return {};
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == matchColumn()) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Found In");
        case Qt::ToolTipRole:
            return tr("Where the search text was found: a field of the record, or of its owner, license or machines");
        case ColumnNameRole:
            return QString(kMatchColumn);
        default:
            return {};
        }
    }
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.count()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const cache::Column &column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column.label;
    case ColumnNameRole:
        return column.name;
    case Qt::TextAlignmentRole:
        if (column.kind == cache::Column::Kind::Integer) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags ResourceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void ResourceTableModel::sort(int column, Qt::SortOrder order)
{
    QString name;
    if (column >= 0 && column < m_columns.count()) {
        name = m_columns.at(column).name;
    } else {
        name = QStringLiteral("created");
        order = Qt::DescendingOrder;
    }
    // The match column sorts as a search does: best hits first.
    const bool rankOrder = column < 0 || column == matchColumn();
    if (name == m_sortColumn && order == m_sortOrder && rankOrder == m_rankOrder) {
        return;
    }
    m_sortColumn = name;
    m_sortOrder = order;
    m_rankOrder = rankOrder;
    reload();
}

QHash<int, QByteArray> ResourceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(ResourceIdRole, "resourceId");
    names.insert(ResourceTypeRole, "resourceType");
    names.insert(ColumnNameRole, "columnName");
    names.insert(StatusRole, "status");
    names.insert(MatchedFieldRole, "matchedField");
    names.insert(MatchSnippetRole, "matchSnippet");
    names.insert(LinkTypeRole, "linkType");
    names.insert(LinkIdRole, "linkId");
    return names;
}

// ---- Refresh ----

void ResourceTableModel::refresh()
{
    m_refreshTimer.stop();
    if (m_bulk) {
        m_refreshWanted = true; // after the bulk read
        return;
    }
    ++m_epoch; // reads asked for before now may miss this change
    // The cycle's cost: this refresh's reads and those of the rows a view paints right after it (its paint is a
    // posted event of low priority), until m_cycleTimer fires.
    m_cycleNs = 0;
    m_measuringCycle = true;
    const auto measured = qScopeGuard([this] {
        m_cycleTimer.start();
    });
    qint64 count = 0;
    QStringList searchIds;
    QHash<QString, cache::SearchHit> hits;
    readShape(&count, &searchIds, &hits);
    if (count != m_count || searchIds != m_searchIds) {
        reload(true);
        return;
    }
    m_hitsById = hits;
    // Re-read the kept windows: the same ids in the same places mean only values changed (the usual case when a
    // sync refreshes records or an action changed one), and the view keeps its scroll position and selection.
    const QHash<QString, QString> oldNames = m_names;
    m_names.clear();
    QHash<int, Window> fresh;
    QList<int> changedRows;
    QList<int> staleWindows;
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
        if (m_reader && defers(it.key())) {
            // Read again in the reader when the view paints it (only the windows on screen are): the old rows stay
            // shown until the new ones replace them.
            Window stale = *it;
            stale.stale = true;
            fresh.insert(it.key(), stale);
            resolveNames(it->rows);
            staleWindows.append(it.key());
            continue;
        }
        Window window;
        window.rows = readWindow(it.key());
        window.lastUse = it->lastUse;
        if (window.rows.size() != it->rows.size()) {
            reload(true);
            return;
        }
        for (qsizetype i = 0; i < window.rows.size(); ++i) {
            if (window.rows.at(i).id != it->rows.at(i).id) {
                reload(true);
                return;
            }
            if (window.rows.at(i).values != it->rows.at(i).values) {
                changedRows.append(it.key() * windowSize() + int(i));
            }
        }
        resolveNames(window.rows);
        fresh.insert(it.key(), window);
    }
    m_windows = fresh;
    for (int window : std::as_const(staleWindows)) {
        emitWindowChanged(window); // the view paints those on screen again, which reads them again
    }
    bool namesChanged = false;
    for (auto it = m_names.cbegin(); it != m_names.cend() && !namesChanged; ++it) {
        const auto old = oldNames.constFind(it.key());
        namesChanged = old != oldNames.cend() && *old != *it;
    }
    if (namesChanged) {
        // A related resource was renamed: every kept row may show it.
        for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
            for (qsizetype i = 0; i < it->rows.size(); ++i) {
                changedRows.append(it.key() * windowSize() + int(i));
            }
        }
    }
    std::sort(changedRows.begin(), changedRows.end());
    changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
    // One signal per run of adjacent rows.
    for (qsizetype i = 0; i < changedRows.size();) {
        qsizetype j = i;
        while (j + 1 < changedRows.size() && changedRows.at(j + 1) == changedRows.at(j) + 1) {
            ++j;
        }
        Q_EMIT dataChanged(index(changedRows.at(i), 0), index(changedRows.at(j), columnCount() - 1));
        i = j + 1;
    }
    Q_EMIT refreshed();
}

int ResourceTableModel::refreshDelayAfter(qint64 cycleNs)
{
    const qint64 ms = cycleNs / 1000000 * kRefreshCostFactor;
    return int(qBound(qint64(kRefreshDelayMs), ms, qint64(kMaxRefreshDelayMs)));
}

void ResourceTableModel::onCacheChanged(const QString &changedType)
{
    if (!changedType.isEmpty() && changedType != type() && !m_relatedTypes.contains(changedType)) {
        return;
    }
    // Not restarted by later changes: a steady stream of pages still refreshes every refreshDelay().
    if (!m_refreshTimer.isActive()) {
        m_refreshTimer.start(m_refreshDelay);
    }
}

} // namespace keydesk
