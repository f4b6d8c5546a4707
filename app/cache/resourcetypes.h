#pragma once

// What the cache knows about each resource type it keeps: the columns extracted from Keygen's JSON (for sorting,
// filtering and display), where each column comes from, which of them are indexed, and which values full-text
// search covers. The SQL schema, the stored form and the queries are all generated from these tables.

#include "app/cache/cache.h"

#include <QHash>
#include <QList>
#include <QString>

namespace keydesk::cache {

struct ColumnSpec
{
    enum class Source {
        Attribute,         // attributes.<from>
        RelationshipId,    // relationships.<from>.data.id, a resource of `relatedType`
        RelationshipCount, // relationships.<from>.meta.count, as Keygen sends it
        Lookup,            // a column of another cached resource: `relatedType`.`lookupColumn` of the id in `from`
    };

    QString name;      // API name and SQL column name ("expiry", "ownerEmail")
    const char *label; // untranslated (QT_TRANSLATE_NOOP); columnsOf() translates it
    Column::Kind kind = Column::Kind::Text;
    Source source = Source::Attribute;
    QString from;        // attribute or relationship name; Lookup: the Id column holding the looked-up id
    QString relatedType; // RelationshipId and Lookup: the type of the related resource
    QString lookupColumn;
    bool indexed = false;
    bool nocase = false;             // Text compared case-insensitively (sorting, prefix search)
    bool descending = false;         // the index is descending (created, updated: sync writes them in falling order)
    QByteArray relatedTypeUtf8 = {}; // `relatedType` as the server's text has it (typeSpecs() fills it in)
};

// An index on two columns: equality on the first, sorted by the second. For filters whose matches cluster in the
// sort order (expired licenses have old expiry dates), where walking the sort column's own index would read most
// of the table before it found a page.
struct CompositeIndex
{
    QString filter;
    QString sort;
};

// A value full-text search covers: a column's, or every value of the metadata.
struct SearchFieldSpec
{
    QString name;     // reported in SearchHit::field ("key", "email"); metadata fields report "metadata.<key>"
    int column = -1;  // index into TypeSpec::columns; -1: the metadata
    int priority = 0; // ranks hits of equal quality: lower first
};

struct TypeSpec
{
    QString type;  // "licenses"
    int index = 0; // position in cachedTypes(); part of full-text row ids
    QList<ColumnSpec> columns;
    QList<SearchFieldSpec> search;
    QList<CompositeIndex> composites;

    int columnIndex(const QString &name) const;
    // SQL index names (quoted): a column's, and the composite index for an equality filter and a sort, if any.
    QString indexName(const QString &column) const;
    QString compositeIndexName(const QString &filter, const QString &sort) const;
    // The first composite index whose leading column this is, or null. Such a column has no index of its own:
    // the composite's serves its filters and its sort (with the composite's second column breaking ties).
    const CompositeIndex *compositeLedBy(const QString &column) const;
    const ColumnSpec *column(const QString &name) const;

    // The column holding an attribute, or a relationship's id; -1 when none. By the name's UTF-8, as encoding reads
    // it from the server's text (hashed: it asks for each attribute).
    int attributeColumn(QByteArrayView attribute) const { return lookup(attributeColumns, attribute, -1); }

    int relationshipColumn(QByteArrayView relationship) const { return lookup(relationshipColumns, relationship, -1); }

    QList<int> countColumnsOf(QByteArrayView relationship) const { return lookup(countColumns, relationship, {}); }

    QByteArray typeUtf8;     // `type` as the server's text has it
    bool isLookedUp = false; // other types copy a column of this one (Lookup columns)
    QHash<QByteArray, int> attributeColumns;
    QHash<QByteArray, int> relationshipColumns;
    QHash<QByteArray, QList<int>> countColumns; // relationship -> RelationshipCount columns

private:
    template <typename T>
    static T lookup(const QHash<QByteArray, T> &hash, QByteArrayView key, const T &fallback)
    {
        // A key that shares the bytes instead of copying them.
        return hash.value(QByteArray::fromRawData(key.data(), key.size()), fallback);
    }
};

// The types in cachedTypes() order.
const QList<TypeSpec> &typeSpecs();
const TypeSpec *typeSpec(const QString &type);

// A secondary index of a type's table.
struct IndexSpec
{
    QString name;   // quoted
    QString create; // CREATE INDEX IF NOT EXISTS …
    // Its keys arrive in order during a sync (creation and update times, newest first): cheap to keep up during a
    // first sync, so kept; the others are built after it (see Cache::upsertPage).
    bool inOrder = false;
};

QList<IndexSpec> indexesOf(const TypeSpec &spec);

// SQL identifiers are always quoted: some column names are keywords ("group").
QString quoted(const QString &identifier);

} // namespace keydesk::cache
