// Cache's queries: windows of a list, counts, lookups, relationships and full-text search.

#include "app/cache/cache_p.h"

#include "app/cache/cache.h"

#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace keydesk::cache {

namespace {

// Full-text candidates read per type before ranking, at least: enough for a page of hits even when some
// candidates turn out not to contain the fragment (the index knows trigrams, not their order).
constexpr int kMinCandidates = 200;
constexpr int kSnippetLength = 64;

QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

// Binds a statement's positional values in order.
void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
}

// Binds a window's statement (windowSql()): the filters' values, then the window's LIMIT and OFFSET.
void bindWindow(QSqlQuery &statement, QVariantList values, const Query &query)
{
    values << qMax(0, query.limit) << qMax(0, query.offset);
    bindAll(statement, values);
}

// The column a query names: one of the type's, or "id".
struct ResolvedColumn
{
    QString sql;
    Column::Kind kind = Column::Kind::Text;
    QString index; // the index that gives its order; empty when none
    bool descending = false;
    // When `index` is a composite one led by this column (licenses' status, product, policy): its second column,
    // which orders the rows of one value before their storage order does.
    QString tie;
    bool tieDescending = false;
};

std::optional<ResolvedColumn> resolve(const TypeSpec &spec, const QString &name)
{
    if (name == QLatin1String("id")) {
        return ResolvedColumn{QStringLiteral("id"), Column::Kind::Id, spec.indexName(name), false, {}, false};
    }
    if (const ColumnSpec *column = spec.column(name)) {
        ResolvedColumn resolved{quoted(column->name), column->kind, {}, column->descending, {}, false};
        if (const CompositeIndex *composite = spec.compositeLedBy(name)) {
            resolved.index = spec.compositeIndexName(composite->filter, composite->sort);
            resolved.tie = composite->sort;
            resolved.tieDescending = spec.column(composite->sort)->descending;
        } else if (column->indexed) {
            resolved.index = spec.indexName(name);
        }
        return resolved;
    }
    return std::nullopt;
}

// Above this many matches, a filter is not worth its own index for a sorted window: walking the sort column's index
// finds a page sooner than sorting every match.
constexpr int kSortByFilterIndexBelow = 5000;

// The WHERE clause of the filters, with its bound values in order; nullopt when a filter names no column.
std::optional<QString> whereClause(const TypeSpec &spec, const QList<Filter> &filters, QVariantList &values)
{
    QStringList conditions;
    for (const Filter &filter : filters) {
        const auto column = resolve(spec, filter.column);
        if (!column) {
            return std::nullopt;
        }
        const QString &c = column->sql;
        switch (filter.op) {
        case Filter::Op::Equals:
            conditions.append(c + QStringLiteral(" = ?"));
            values.append(toSql(column->kind, filter.value));
            break;
        case Filter::Op::NotEquals:
            conditions.append(c + QStringLiteral(" IS NOT ?"));
            values.append(toSql(column->kind, filter.value));
            break;
        case Filter::Op::Less:
            conditions.append(c + QStringLiteral(" < ?"));
            values.append(toSql(column->kind, filter.value));
            break;
        case Filter::Op::LessOrEqual:
            conditions.append(c + QStringLiteral(" <= ?"));
            values.append(toSql(column->kind, filter.value));
            break;
        case Filter::Op::Greater:
            conditions.append(c + QStringLiteral(" > ?"));
            values.append(toSql(column->kind, filter.value));
            break;
        case Filter::Op::GreaterOrEqual:
            conditions.append(c + QStringLiteral(" >= ?"));
            values.append(toSql(column->kind, filter.value));
            break;
        case Filter::Op::IsNull:
            conditions.append(c + QStringLiteral(" IS NULL"));
            break;
        case Filter::Op::IsNotNull:
            conditions.append(c + QStringLiteral(" IS NOT NULL"));
            break;
        case Filter::Op::StartsWith:
            // LIKE with a constant prefix uses the column's NOCASE index.
            conditions.append(c + QStringLiteral(" LIKE ? ESCAPE '\\'"));
            values.append(QString(escapeLike(filter.value.toString()) + QLatin1Char('%')));
            break;
        case Filter::Op::Contains:
            conditions.append(c + QStringLiteral(" LIKE ? ESCAPE '\\'"));
            values.append(QString(QLatin1Char('%') + escapeLike(filter.value.toString()) + QLatin1Char('%')));
            break;
        case Filter::Op::In: {
            const QVariantList list = filter.value.toList();
            if (list.isEmpty()) {
                conditions.append(QStringLiteral("0"));
                break;
            }
            QString placeholders = QStringLiteral("?");
            for (qsizetype i = 1; i < list.size(); ++i) {
                placeholders += QStringLiteral(", ?");
            }
            conditions.append(c + QStringLiteral(" IN (") + placeholders + QLatin1Char(')'));
            for (const QVariant &value : list) {
                values.append(toSql(column->kind, value));
            }
            break;
        }
        }
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// A search hit before it is reported.
struct Candidate
{
    const TypeSpec *spec = nullptr;
    qint64 rid = 0;
};

// How well `value` matches `needle`: 0 the whole value, 1 its start, 2 the start of a word, 3 elsewhere; -1 not at
// all. `position` gets where.
int matchTier(const QString &value, const QString &needle, qsizetype *position)
{
    qsizetype at = value.indexOf(needle, 0, Qt::CaseInsensitive);
    if (at < 0) {
        return -1;
    }
    *position = at;
    if (at == 0) {
        return value.size() == needle.size() ? 0 : 1;
    }
    // A later occurrence may start a word ("ann" in "Jo Ann"): prefer it.
    for (qsizetype from = at; from >= 0; from = value.indexOf(needle, from + 1, Qt::CaseInsensitive)) {
        if (!value.at(from - 1).isLetterOrNumber()) {
            *position = from;
            return 2;
        }
    }
    return 3;
}

QString snippet(const QString &value, qsizetype position, qsizetype length)
{
    if (value.size() <= kSnippetLength) {
        return value;
    }
    const qsizetype start = qBound(qsizetype(0),
                                   position - (kSnippetLength - length) / 2,
                                   value.size() - kSnippetLength);
    QString text = value.mid(start, kSnippetLength);
    if (start > 0) {
        text.prepend(QChar(0x2026));
    }
    if (start + kSnippetLength < value.size()) {
        text.append(QChar(0x2026));
    }
    return text;
}

// FTS5 query text: the fragment's trigrams, quoted, joined by AND. Non-overlapping ones suffice to find every
// value containing the fragment (each candidate is checked afterwards); fewer trigrams, fewer index lists to merge.
QString trigramQuery(const QString &needle)
{
    const QList<uint> codePoints = needle.toUcs4();
    const qsizetype n = codePoints.size();
    QList<qsizetype> starts;
    for (qsizetype i = 0; i + 3 <= n; i += 3) {
        starts.append(i);
    }
    if (starts.isEmpty() || starts.last() != n - 3) {
        starts.append(n - 3);
    }
    QStringList terms;
    for (const qsizetype start : std::as_const(starts)) {
        QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), 3);
        trigram.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + trigram + QLatin1Char('"'));
    }
    return terms.join(QStringLiteral(" AND "));
}

// Best hits first: by rank, then the shorter snippet (the closer match), then by id (stable).
bool rankedBefore(const SearchHit &a, const SearchHit &b)
{
    if (a.rank != b.rank) {
        return a.rank < b.rank;
    }
    if (a.snippet.size() != b.snippet.size()) {
        return a.snippet.size() < b.snippet.size();
    }
    return a.id < b.id;
}

// `hits` best first, at most `limit` of them.
QList<SearchHit> bestFirst(QList<SearchHit> hits, int limit)
{
    std::sort(hits.begin(), hits.end(), rankedBefore);
    if (hits.size() > limit) {
        hits.resize(limit);
    }
    return hits;
}

// What searchWithRelated() looks at besides a type's own fields: a related type, and the Id column linking the two;
// `held`: the column is this type's and holds the related record's id (licenses.owner), else it is the related
// type's and holds this type's id (machines.license). `name` prefixes the related hit's field.
struct SearchRelation
{
    const char *type;
    const char *name;
    const char *related;
    const char *column;
    bool held;
};

constexpr SearchRelation kSearchRelations[] = {
    {"licenses", "owner", "users", "owner", true},
    {"licenses", "machines", "machines", "license", false},
    {"machines", "license", "licenses", "license", true},
    {"machines", "owner", "users", "owner", true},
    {"users", "licenses", "licenses", "owner", false},
    {"releases", "artifacts", "artifacts", "release", false},
    {"artifacts", "release", "releases", "release", true},
};

// A related hit ranks after a direct hit of the same kind (the same tier: see search()), before any of a weaker one.
constexpr double kRelatedRank = 0.1;
// Related records searched per relationship, at most: a customer's email or a machine's fingerprint matches a few;
// a fragment that matches thousands of users finds the licenses of the best of them (each search verifies its
// candidates one query at a time: at 100,000 licenses, the licenses page's search took 98 ms at the 90th
// percentile with 1,000 related hits per relationship, and 35 ms with 200, against 28 ms for its own fields; 50
// was no faster. At a million licenses: median 22 ms, 90th percentile 102 ms, against 2.3 and 91 ms).
constexpr int kMaxRelatedHits = 200;

} // namespace

QVariant toSql(Column::Kind kind, const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    switch (kind) {
    case Column::Kind::Timestamp:
        if (value.typeId() == QMetaType::QDateTime) {
            return value.toDateTime().toMSecsSinceEpoch();
        }
        if (value.typeId() == QMetaType::QString) {
            const auto ms = timestampMs(value.toString());
            return ms ? QVariant(*ms) : QVariant();
        }
        return value.toLongLong();
    case Column::Kind::Boolean:
        return value.toBool() ? 1 : 0;
    case Column::Kind::Integer:
        return value.toLongLong();
    case Column::Kind::Text:
        return value.toString();
    case Column::Kind::Id:
        return idToSql(value.toString());
    }
    return value;
}

QVariant fromSql(Column::Kind kind, const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    switch (kind) {
    case Column::Kind::Timestamp:
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    case Column::Kind::Boolean:
        return value.toLongLong() != 0;
    case Column::Kind::Integer:
        return value.typeId() == QMetaType::Double ? value : QVariant(value.toLongLong());
    case Column::Kind::Text:
        return value.toString();
    case Column::Kind::Id:
        return idFromSql(value);
    }
    return value;
}

std::optional<api::Resource> Cache::resource(const QString &type, const QString &id) const
{
    const TypeSpec *spec = typeSpec(type);
    if (!d->open || !spec) {
        return std::nullopt;
    }
    const std::optional<StoredRow> row = d->storedRow(*spec, id);
    if (!row) {
        return std::nullopt;
    }
    return d->decode(*spec, id, row->values, row->body);
}

qint64 Cache::count(const QString &type, const QList<Filter> &filters) const
{
    const TypeSpec *spec = typeSpec(type);
    if (!d->open || !spec) {
        return 0;
    }
    QVariantList values;
    const auto where = whereClause(*spec, filters, values);
    if (!where) {
        d->setError(nullptr, Private::tr("A filter names a column %1 does not have.").arg(type));
        return 0;
    }
    QSqlQuery &query = d->query(QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(quoted(type), *where));
    bindAll(query, values);
    qint64 count = 0;
    if (!query.exec()) {
        d->setError(nullptr, d->failure(query));
    } else if (query.next()) {
        count = query.value(0).toLongLong();
    }
    query.finish();
    return count;
}

std::optional<QString> Cache::Private::windowSql(const TypeSpec &spec, const Query &query, QVariantList &values) const
{
    const auto where = whereClause(spec, query.filters, values);
    const auto sort = resolve(spec, query.sortColumn);
    if (!where || !sort) {
        return std::nullopt;
    }
    // SQLite's planner prefers a filter's index and then sorts every match, also when the filter matches most of
    // a million rows. Choose here: an index on (filter, sort) when there is one; else the sort column's index when
    // the filters match many rows (counted up to a bound, on their indexes); else SQLite's choice.
    QString index;
    const bool descendingIndex = sort->descending;
    bool byFilterAndSort = false; // the index on (filter, sort): the rows of one filter value come in sort order
    if (!query.filters.isEmpty() && !sort->index.isEmpty() && hasIndex(sort->index)) {
        for (const Filter &filter : query.filters) {
            if (filter.op == Filter::Op::Equals) {
                index = spec.compositeIndexName(filter.column, query.sortColumn);
                if (!index.isEmpty() && hasIndex(index)) {
                    byFilterAndSort = true;
                    break;
                }
                index.clear();
            }
        }
        if (index.isEmpty()) {
            QSqlQuery &probe = this->query(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1%2 LIMIT %3)")
                                               .arg(quoted(spec.type), *where)
                                               .arg(kSortByFilterIndexBelow));
            bindAll(probe, values);
            if (probe.exec() && probe.next() && probe.value(0).toInt() >= kSortByFilterIndexBelow) {
                index = sort->index;
            }
            probe.finish();
        }
    }
    const bool ascending = query.order == Qt::AscendingOrder;
    const auto direction = [](bool ascendingKey) {
        return ascendingKey ? QStringLiteral("ASC") : QStringLiteral("DESC");
    };
    // Ties in the order the index holds them, read forwards or backwards: by a composite index's second column,
    // then in storage order (rowid ascending within equal keys), so that the index gives the whole ORDER BY (else
    // SQLite sorts each run of equal values: for a sort by product, a product's hundreds of thousands of licenses).
    const bool forwards = ascending != descendingIndex;
    QString order = sort->sql + QLatin1Char(' ') + direction(ascending);
    bool byRowid = true;
    if (!sort->tie.isEmpty() && !byFilterAndSort) {
        bool tieFixed = false; // an equality filter on the second column
        for (const Filter &filter : query.filters) {
            tieFixed = tieFixed || (filter.op == Filter::Op::Equals && filter.column == sort->tie);
        }
        if (!tieFixed) {
            order += QStringLiteral(", %1 %2").arg(quoted(sort->tie), direction(forwards != sort->tieDescending));
        } else if (index == sort->index) {
            // SQLite does not see that a second column held equal by the filter leaves the rows of one value in
            // storage order: with "rid" in the ORDER BY it would sort them. Read from this index alone (INDEXED
            // BY), they come in the order the query wants (the rowid in the direction of the scan).
            byRowid = false;
        }
    }
    if (byRowid) {
        order += QStringLiteral(", rid ") + direction(forwards);
    }
    return QStringLiteral(" FROM %1%2%3 ORDER BY %4 LIMIT ? OFFSET ?")
        .arg(quoted(spec.type), index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + index, *where, order);
}

QList<Row> Cache::rows(const Query &query, const QStringList &columns) const
{
    QList<Row> rows;
    forEachRow(query, columns, [&rows](const Row &row) {
        rows.append(row);
        return true;
    });
    return rows;
}

bool Cache::forEachRow(const Query &query,
                       const QStringList &columns,
                       const std::function<bool(const Row &)> &take) const
{
    const TypeSpec *spec = typeSpec(query.type);
    if (!d->open || !spec) {
        return false;
    }
    QList<Column::Kind> kinds;
    QString select = QStringLiteral("SELECT id");
    for (const QString &name : columns) {
        const auto column = resolve(*spec, name);
        if (!column) {
            d->setError(nullptr, Private::tr("%1 have no column %2.").arg(query.type, name));
            return false;
        }
        select += QStringLiteral(", ") + column->sql;
        kinds.append(column->kind);
    }
    QVariantList values;
    const auto window = d->windowSql(*spec, query, values);
    if (!window) {
        d->setError(nullptr, Private::tr("The query names a column %1 do not have.").arg(query.type));
        return false;
    }
    QSqlQuery &sql = d->query(select + *window);
    bindWindow(sql, values, query);
    if (!sql.exec()) {
        d->setError(nullptr, d->failure(sql));
        return false;
    }
    Row row;
    bool stopped = false;
    while (!stopped && sql.next()) {
        row.id = idFromSql(sql.value(0));
        row.values.clear();
        row.values.reserve(kinds.size());
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            row.values.append(fromSql(kinds.at(i), sql.value(int(i) + 1)));
        }
        stopped = !take(row);
    }
    const bool failed = !stopped && sql.lastError().isValid();
    if (failed) {
        d->setError(nullptr, d->failure(sql));
    }
    sql.finish();
    return !stopped && !failed;
}

QStringList Cache::distinctValues(const QString &type, const QString &column, int limit) const
{
    QStringList values;
    const TypeSpec *spec = typeSpec(type);
    const auto resolved = spec ? resolve(*spec, column) : std::nullopt;
    if (!d->open || !resolved || resolved->kind != Column::Kind::Text || limit <= 0) {
        return values;
    }
    QSqlQuery &query = d->query(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY 1 LIMIT ?")
                                    .arg(resolved->sql, quoted(type)));
    query.bindValue(0, limit);
    if (!query.exec()) {
        d->setError(nullptr, d->failure(query));
        return values;
    }
    while (query.next()) {
        values.append(query.value(0).toString());
    }
    query.finish();
    return values;
}

QString Cache::queryPlan(const Query &query) const
{
    const TypeSpec *spec = typeSpec(query.type);
    QVariantList values;
    const auto window = spec && d->open ? d->windowSql(*spec, query, values) : std::nullopt;
    if (!window) {
        return {};
    }
    QSqlQuery plan(d->database());
    plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id") + *window);
    bindWindow(plan, values, query);
    QStringList steps;
    if (plan.exec()) {
        while (plan.next()) {
            steps << plan.value(3).toString();
        }
    }
    return steps.join(QLatin1Char('\n'));
}

QList<api::Resource> Cache::resources(const Query &query) const
{
    QList<api::Resource> resources;
    const TypeSpec *spec = typeSpec(query.type);
    if (!d->open || !spec) {
        return resources;
    }
    QVariantList values;
    const auto window = d->windowSql(*spec, query, values);
    if (!window) {
        d->setError(nullptr, Private::tr("The query names a column %1 do not have.").arg(query.type));
        return resources;
    }
    QString columns;
    for (const ColumnSpec &column : spec->columns) {
        columns += QStringLiteral(", ") + quoted(column.name);
    }
    QSqlQuery &sql = d->query(QStringLiteral("SELECT id%1, body").arg(columns) + *window);
    bindWindow(sql, values, query);
    if (!sql.exec()) {
        d->setError(nullptr, d->failure(sql));
        return resources;
    }
    const int count = int(spec->columns.size());
    while (sql.next()) {
        const QString id = idFromSql(sql.value(0));
        QVariantList row;
        row.reserve(count);
        for (int i = 0; i < count; ++i) {
            row.append(readColumn(spec->columns.at(i), sql.value(i + 1)));
        }
        if (auto resource = d->decode(*spec, id, row, sql.value(count + 1).toByteArray())) {
            resources.append(*resource);
        } else {
            d->setError(nullptr, Private::tr("The cached %1 %2 is damaged.").arg(query.type, id));
        }
    }
    sql.finish();
    return resources;
}

QList<api::Resource> Cache::related(const QString &type, const QString &link, const QString &id, int limit) const
{
    const TypeSpec *spec = typeSpec(type);
    if (!spec) {
        return {};
    }
    // "user": Keygen's word for a license's users; the cache knows the owner.
    QString column = link;
    if (!spec->column(column) && column == QLatin1String("user")) {
        column = QStringLiteral("owner");
    }
    const ColumnSpec *c = spec->column(column);
    if (!c || c->kind != Column::Kind::Id) {
        d->setError(nullptr, Private::tr("%1 have no relationship %2.").arg(type, link));
        return {};
    }
    Query query;
    query.type = type;
    query.filters.append({column, Filter::Op::Equals, id});
    query.limit = limit;
    return resources(query);
}

QList<SearchHit> Cache::search(const QString &text, const QStringList &types, int limit) const
{
    const QString needle = text.trimmed();
    if (!d->open || needle.isEmpty() || limit <= 0) {
        return {};
    }
    QList<const TypeSpec *> specs;
    for (const TypeSpec &spec : typeSpecs()) {
        if (types.isEmpty() || types.contains(spec.type)) {
            specs.append(&spec);
        }
    }
    const qsizetype codePoints = needle.toUcs4().size();
    QList<Candidate> candidates;
    // This Cache finds what it wrote: pages not yet committed are, and the index takes them in (the index is read
    // outside a transaction, as it stands now).
    if (d->inTransaction && !d->flush()) {
        return {};
    }
    d->waitForSearch();

    // Whole values and their starts, through the columns' NOCASE indexes: found whatever the number of fragment
    // matches, and the only matches for one or two characters.
    const QString prefix = escapeLike(needle) + QLatin1Char('%');
    for (const TypeSpec *spec : std::as_const(specs)) {
        for (qsizetype f = 0; f < spec->search.size(); ++f) {
            const SearchFieldSpec &field = spec->search.at(f);
            if (field.column < 0 || !spec->columns.at(field.column).indexed || !spec->columns.at(field.column).nocase
                || !d->hasIndex(spec->indexName(spec->columns.at(field.column).name))) {
                continue;
            }
            const QString column = quoted(spec->columns.at(field.column).name);
            QSqlQuery &query = d->query(
                QStringLiteral("SELECT rid FROM %1 WHERE %2 LIKE ? ESCAPE '\\' ORDER BY %2 LIMIT ?")
                    .arg(quoted(spec->type), column));
            query.bindValue(0, prefix);
            query.bindValue(1, limit);
            if (!query.exec()) {
                d->setError(nullptr, d->failure(query));
                return {};
            }
            while (query.next()) {
                candidates.append({spec, query.value(0).toLongLong()});
            }
            query.finish();
        }
    }

    // Fragments anywhere: the trigram index.
    if (codePoints >= 3) {
        const QString match = trigramQuery(needle);
        const int perType = qMax(kMinCandidates, limit * 4);
        for (const TypeSpec *spec : std::as_const(specs)) {
            QSqlQuery &query = d->query(
                QStringLiteral("SELECT rowid FROM search WHERE search MATCH ? AND rowid >= ? AND rowid < ? LIMIT ?"));
            query.bindValue(0, match);
            query.bindValue(1, searchRowId(*spec, 0));
            query.bindValue(2, searchRowIdEnd(*spec));
            query.bindValue(3, perType);
            if (!query.exec()) {
                d->setError(nullptr, d->failure(query));
                return {};
            }
            while (query.next()) {
                candidates.append({spec, query.value(0).toLongLong() & ((qint64(1) << 40) - 1)});
            }
            query.finish();
        }
    }

    // Check each candidate against its stored value, rank, keep the best hit per resource.
    QHash<QPair<int, qint64>, SearchHit> best;
    QSet<QPair<int, qint64>> checked;
    QHash<int, QString> verifySql;
    for (const Candidate &candidate : std::as_const(candidates)) {
        const TypeSpec &spec = *candidate.spec;
        const QPair<int, qint64> key{spec.index, candidate.rid};
        if (checked.contains(key)) {
            continue;
        }
        checked.insert(key);
        // Every field of the resource is ranked: the best one is reported.
        int bodyAt = 1;
        for (const SearchFieldSpec &field : spec.search) {
            bodyAt += field.column >= 0 ? 1 : 0;
        }
        QString &sql = verifySql[spec.index];
        if (sql.isEmpty()) {
            QString columns;
            for (const SearchFieldSpec &field : spec.search) {
                if (field.column >= 0) {
                    columns += QStringLiteral(", ") + quoted(spec.columns.at(field.column).name);
                }
            }
            sql = QStringLiteral("SELECT id%1, body FROM %2 WHERE rid = ?").arg(columns, quoted(spec.type));
        }
        QSqlQuery &query = d->query(sql);
        query.bindValue(0, candidate.rid);
        if (!query.exec() || !query.next()) {
            query.finish();
            continue;
        }
        const QString id = idFromSql(query.value(0));
        int position = 1;
        std::optional<SearchHit> hit;
        const auto consider = [&](const QString &field, const QString &value, int priority) {
            qsizetype at = 0;
            const int tier = matchTier(value, needle, &at);
            if (tier < 0 || (codePoints < 3 && tier > 1)) {
                return;
            }
            const double rank = tier + priority * 0.01 + qMin(0.009, double(value.size() - needle.size()) * 0.0001);
            if (!hit || rank < hit->rank) {
                hit = SearchHit{spec.type, id, field, snippet(value, at, needle.size()), rank};
            }
        };
        for (const SearchFieldSpec &field : spec.search) {
            if (field.column >= 0) {
                const QVariant value = query.value(position++);
                if (!value.isNull()) {
                    consider(field.name, value.toString(), field.priority);
                }
            } else if (codePoints >= 3) {
                const QByteArray body = query.value(bodyAt).toByteArray();
                for (const auto &[path, value] : metadataValues(storedMetadata(body))) {
                    consider(QStringLiteral("metadata.") + path, value, field.priority);
                }
            }
        }
        query.finish();
        if (hit) {
            best.insert(key, *hit);
        }
    }

    return bestFirst(best.values(), limit);
}

namespace {

// searchWithRelated(): `type`'s own hits, and those through its relations, each related type searched the same way
// `depth` more steps (not back to the type it was reached from): the machines page finds a machine by its license's
// owner's email ("license.owner.email").
// `searched`: the searches of one type's text made so far (a type reached twice is searched once).
QList<SearchHit> searchThrough(const Cache &cache,
                               const QString &text,
                               const QString &type,
                               int limit,
                               int depth,
                               const QString &from,
                               QHash<QPair<QString, int>, QList<SearchHit>> *searched)
{
    const auto searchOnly = [&](const QString &only, int most) {
        const QPair<QString, int> key{only, most};
        auto at = searched->find(key);
        if (at == searched->end()) {
            at = searched->insert(key, cache.search(text, {only}, most));
        }
        return *at;
    };
    QHash<QString, SearchHit> best; // this type's id -> its best hit
    const auto offer = [&](const SearchHit &hit) {
        const auto at = best.find(hit.id);
        if (at == best.end() || rankedBefore(hit, *at)) {
            best.insert(hit.id, hit);
        }
    };
    for (const SearchHit &hit : searchOnly(type, limit)) {
        offer(hit);
    }
    for (const SearchRelation &relation : kSearchRelations) {
        if (type != QLatin1String(relation.type) || from == QLatin1String(relation.related)) {
            continue;
        }
        const QString column = QLatin1String(relation.column);
        const QString relatedType = QLatin1String(relation.related);
        const int relatedLimit = qMin(limit, kMaxRelatedHits);
        const QList<SearchHit>
            related = depth > 0 ? searchThrough(cache, text, relatedType, relatedLimit, depth - 1, type, searched)
                                : searchOnly(relatedType, relatedLimit);
        if (related.isEmpty()) {
            continue;
        }
        QHash<QString, qsizetype> relatedAt; // a related record's id -> its hit
        QStringList relatedIds;
        for (qsizetype i = 0; i < related.size(); ++i) {
            relatedAt.insert(related.at(i).id, i);
            relatedIds.append(related.at(i).id);
        }
        // This type's ids, each with the related hit that found it.
        QList<QPair<QString, qsizetype>> found;
        if (relation.held) {
            // This type's records that refer to a hit (a user's licenses): at most `limit` of them, newest first.
            for (const Row &row : cache.rows({type,
                                              {{column, Filter::Op::In, relatedIds}},
                                              QStringLiteral("created"),
                                              Qt::DescendingOrder,
                                              0,
                                              limit},
                                             {column})) {
                found.append({row.id, relatedAt.value(row.values.value(0).toString(), -1)});
            }
        } else {
            // The records the hits refer to (a machine's license), when this cache holds them.
            QHash<QString, qsizetype> byId;
            for (const Row &row : cache.rows({relatedType,
                                              {{QStringLiteral("id"), Filter::Op::In, relatedIds}},
                                              QStringLiteral("created"),
                                              Qt::DescendingOrder,
                                              0,
                                              int(relatedIds.size())},
                                             {column})) {
                const QString id = row.values.value(0).toString();
                if (!id.isEmpty() && !byId.contains(id)) {
                    byId.insert(id, relatedAt.value(row.id, -1));
                }
            }
            const QStringList ids = byId.keys();
            for (const Row &row : cache.rows({type,
                                              {{QStringLiteral("id"), Filter::Op::In, ids}},
                                              QStringLiteral("created"),
                                              Qt::DescendingOrder,
                                              0,
                                              int(ids.size())},
                                             {})) {
                found.append({row.id, byId.value(row.id)});
            }
        }
        for (const auto &[id, at] : std::as_const(found)) {
            if (at < 0) {
                continue;
            }
            const SearchHit &hit = related.at(at);
            offer({type,
                   id,
                   QLatin1String(relation.name) + QLatin1Char('.') + hit.field,
                   hit.snippet,
                   hit.rank + kRelatedRank});
        }
    }
    return bestFirst(best.values(), limit);
}

} // namespace

QList<SearchHit> Cache::searchWithRelated(const QString &text, const QStringList &types, int limit) const
{
    if (types.isEmpty()) {
        return search(text, {}, limit);
    }
    QHash<QPair<QString, int>, QList<SearchHit>> searched;
    QList<SearchHit> hits;
    for (const QString &type : types) {
        hits += searchThrough(*this, text, type, limit, 1, {}, &searched);
    }
    return bestFirst(hits, limit);
}

} // namespace keydesk::cache
