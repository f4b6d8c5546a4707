#pragma once

// How a resource is kept in its type's table: the columns of its TypeSpec, and the rest of what Keygen sent as
// compact JSON (the "body"). Nothing is lost: decoding gives back a Resource equal to the one encoded. What the
// columns hold, and what can be derived again (Keygen's relationship links, which repeat the resource's own path),
// is left out of the body; values many rows share (the account relationship, permission lists, the link prefix)
// are stored once and referenced.
//
// Body members, each present only when needed:
//   "a": attributes not held by a column (always the metadata; the others unless "A" holds them)
//   "A": shared id of the other attributes as one object: licenses of one policy repeat limits, flags, permissions
//   "c": bit i set: column i holds attribute i exactly (also a null)
//   "s": shared id of the self link's prefix ("/v1/accounts/<a>"); the link is prefix + "/type/id"
//   "l": links other than a derivable self       "m": meta
//   Members of the resource object other than JSON:API's six ("lid") are not kept: Keygen sends none.
//   "r" / "R" (shared id of the same object) / "q": relationships, {name: [flags] or [flags, rest]}; flags 1:
//        links.related is the self link + "/" + name, 2: data is {"type": relatedType, "id": column} (or null),
//        4: rest is a shared id (account, environment). "R"/"r" hold the entries with nothing of their own but a
//        shared rest, the same on most resources of a type; "q" the others (a license's machine counts).

#include "app/api/jsonapi.h"
#include "app/cache/resourcetypes.h"

#include <QByteArray>
#include <QVariantList>

#include <functional>

namespace keydesk::cache {

// The shared values: intern() answers an id, or -1 to keep the value inline (`always` false: only a value seen
// before is worth sharing); value() the bytes of an id (empty when unknown).
struct SharedValues
{
    std::function<int(const QByteArray &text, bool always)> intern;
    std::function<QByteArray(int)> value;
};

struct EncodedResource
{
    QVariantList values; // one per column; Lookup columns hold null (SQL fills them)
    QByteArray body;
    QString search; // the values full-text search covers, one per line
};

// A resource's text: ResourceText::of(resource) for a Resource. nullopt when the text is not JSON that JsonText reads.
std::optional<EncodedResource> encodeResource(const TypeSpec &spec,
                                              const api::ResourceText &resource,
                                              const SharedValues &shared);

// nullopt when the body is not one encodeResource() wrote.
std::optional<api::Resource> decodeResource(const TypeSpec &spec,
                                            const QString &id,
                                            const QVariantList &values,
                                            const QByteArray &body,
                                            const SharedValues &shared);

// The text full-text search indexes for a row: the values of the type's search columns, then the metadata's text
// (metadataSearchText()), one per line. Encoding and removal both derive it here: the index keeps no text, and a
// removal must give it exactly the text that was indexed.
QString searchTextOf(const TypeSpec &spec, const QVariantList &values, const QString &metadataText);
// The same for a stored row: its column values (readColumn()) and body.
QString storedSearchText(const TypeSpec &spec, const QVariantList &values, const QByteArray &body);

// The metadata's values as (key path, text) pairs: strings and numbers, nested objects as "a.b", arrays under
// their key. What full-text search covers of the metadata.
QList<QPair<QString, QString>> metadataValues(const QJsonObject &metadata);
// The metadata text indexed for full-text search (values joined by newlines, at most kMaxMetadataText characters).
QString metadataSearchText(const QJsonObject &metadata);
// The same for the metadata object at node `metadata` of `json` (empty for -1 or a node that is not an object).
QString metadataSearchText(const api::JsonText &json, int metadata);
inline constexpr int kMaxMetadataText = 2000;
// The metadata of a stored body, without decoding the rest.
QJsonObject storedMetadata(const QByteArray &body);

// Keygen's ids are lower-case UUIDs: stored as their 16 bytes (a blob), less than half the text, in rows and in
// indexes. Other ids stay text. A column value as read from SQL becomes what encodeResource() gives (readColumn).
QVariant idToSql(const QString &id);
QString idFromSql(const QVariant &value);
QVariant readColumn(const ColumnSpec &column, const QVariant &value);

// Keygen's timestamps ("2023-10-31T15:32:33.468Z") and milliseconds since the epoch, both ways; other ISO 8601
// forms are read through QDateTime. nullopt when the text is not a timestamp.
std::optional<qint64> timestampMs(const QString &text);
QString timestampText(qint64 ms);

} // namespace keydesk::cache
