#include "app/cache/storedform.h"

#include "app/api/jsontext.h"
#include "app/licensing/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <functional>
#include <limits>

namespace keydesk::cache {

namespace {

constexpr int kLinkCanonical = 1;
constexpr int kDataInColumn = 2;
constexpr int kRestShared = 4;

// ---- Compact JSON writing ---------------------------------------------------------------------------------------
// The body is written straight from the server's text (api::JsonText): values are copied as they were written, and
// QJsonDocument reads them back the same.

void writeInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void append(QByteArray &out, QByteArrayView text)
{
    out.append(text.data(), text.size());
}

// A number in the metadata's search text: a whole number as an integer, any other in its shortest form.
QString numberText(const QJsonValue &value)
{
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 integer = value.toInteger(sentinel);
    if (integer != sentinel) {
        QByteArray text;
        writeInteger(text, integer);
        return QString::fromLatin1(text);
    }
    return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
}

// An empty buffer for JSON text, with room for what a resource's part usually takes: growing a QByteArray step by
// step costs more than writing into it.
QByteArray buffer(qsizetype capacity, char first = 0)
{
    QByteArray bytes;
    bytes.reserve(capacity);
    if (first) {
        bytes += first;
    }
    return bytes;
}

// Writes `"name":` after a comma when the object already has members.
void member(QByteArray &out, const char *name)
{
    if (out.size() > 1) {
        out += ',';
    }
    out += '"';
    out += name;
    out += "\":";
}

// ---- Column values ----------------------------------------------------------------------------------------------

// The column value of an attribute, and whether the column holds it exactly (so the body may leave it out).
QVariant columnValue(Column::Kind kind, const api::JsonText &json, int value, bool *exact)
{
    using Kind = api::JsonText::Kind;
    *exact = false;
    const Kind type = json[value].kind;
    if (type == Kind::Null) {
        *exact = true;
        return {};
    }
    switch (kind) {
    case Column::Kind::Text:
    case Column::Kind::Id:
        if (type == Kind::String) {
            *exact = true;
            return json.string(value);
        }
        break;
    case Column::Kind::Integer:
        if (type == Kind::Number) {
            if (const auto integer = json.toInteger(value)) {
                *exact = true;
                return *integer;
            }
            return json.toDouble(value);
        }
        break;
    case Column::Kind::Boolean:
        if (type == Kind::True || type == Kind::False) {
            *exact = true;
            return type == Kind::True ? 1 : 0;
        }
        break;
    case Column::Kind::Timestamp:
        if (type == Kind::String) {
            if (!json[value].escaped) {
                // Keygen's exact form only: timestampText() writes the same text back.
                if (const auto ms = keygenTimestampMs(json.chars(value))) {
                    *exact = true;
                    return *ms;
                }
            }
            if (const auto ms = timestampMs(json.string(value))) {
                return *ms;
            }
        }
        break;
    }
    return {};
}

QJsonValue attributeFromColumn(Column::Kind kind, const QVariant &value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    switch (kind) {
    case Column::Kind::Text:
    case Column::Kind::Id:
        return value.toString();
    case Column::Kind::Integer:
        return value.toLongLong();
    case Column::Kind::Boolean:
        return value.toLongLong() != 0;
    case Column::Kind::Timestamp:
        return timestampText(value.toLongLong());
    }
    return QJsonValue::Null;
}

// Calls `visit` with each non-empty string and each number in `value`, depth first in order, and, when `withPaths`,
// its key path ("a.b"; an array's items under its key). Stops when `visit` returns false; false then.
using ValueVisitor = std::function<bool(const QString &path, const QString &value)>;

bool visitValues(const QString &path, const QJsonValue &value, bool withPaths, const ValueVisitor &visit)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        return text.isEmpty() || visit(path, text);
    }
    case QJsonValue::Double:
        return visit(path, numberText(value));
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = !withPaths ? QString() : path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (!visitValues(key, it.value(), withPaths, visit)) {
                return false;
            }
        }
        return true;
    }
    case QJsonValue::Array:
        for (const QJsonValue &item : value.toArray()) {
            if (!visitValues(path, item, withPaths, visit)) {
                return false;
            }
        }
        return true;
    default:
        return true;
    }
}

} // namespace

// ---- Public helpers ---------------------------------------------------------------------------------------------

QVariant idToSql(const QString &id)
{
    // Only the canonical lower-case form (what QUuid::toString() writes), and not the nil UUID (QUuid's null):
    // anything else would not come back as it was. Parsed by hand: a sync converts several ids per resource, and
    // QUuid's parse-and-print round trip allocates a string for each.
    if (id.size() != 36) {
        return id;
    }
    QByteArray bytes(16, Qt::Uninitialized);
    const QChar *text = id.constData();
    int out = 0;
    bool nil = true;
    for (int i = 0; i < 36;) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != QLatin1Char('-')) {
                return id;
            }
            ++i;
            continue;
        }
        const auto nibble = [](char16_t c) {
            return c >= u'0' && c <= u'9' ? int(c - u'0') : c >= u'a' && c <= u'f' ? int(c - u'a' + 10) : -1;
        };
        const int high = nibble(text[i].unicode());
        const int low = nibble(text[i + 1].unicode());
        if (high < 0 || low < 0) {
            return id;
        }
        const int byte = (high << 4) | low;
        nil = nil && byte == 0;
        bytes[out++] = char(byte);
        i += 2;
    }
    if (nil) {
        return id;
    }
    return bytes;
}

QString idFromSql(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        if (bytes.size() == 16) {
            return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
        }
    }
    return value.isNull() ? QString() : value.toString();
}

QVariant readColumn(const ColumnSpec &column, const QVariant &value)
{
    if (column.kind == Column::Kind::Id && !value.isNull()) {
        return idFromSql(value);
    }
    return value;
}

std::optional<qint64> timestampMs(const QString &text)
{
    if (const auto ms = keygenTimestampMs(QStringView(text))) {
        return ms;
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return std::nullopt;
    }
    return time.toMSecsSinceEpoch();
}

QString timestampText(qint64 ms)
{
    return QString::fromLatin1(keygenTimestampText(ms));
}

QList<QPair<QString, QString>> metadataValues(const QJsonObject &metadata)
{
    QList<QPair<QString, QString>> values;
    visitValues({}, metadata, true, [&](const QString &path, const QString &value) {
        values.append({path, value});
        return true;
    });
    return values;
}

QString metadataSearchText(const QJsonObject &metadata)
{
    // The values alone: building their paths would cost more than the rest of the text.
    QString text;
    visitValues({}, metadata, false, [&](const QString &, const QString &value) {
        if (!text.isEmpty()) {
            text += QLatin1Char('\n');
        }
        text += value;
        if (text.size() < kMaxMetadataText) {
            return true;
        }
        text.truncate(kMaxMetadataText);
        return false;
    });
    return text;
}

namespace {

// metadataSearchText() over JSON text, without QJsonDocument (a sync derives it for every resource), for metadata
// whose keys are plain ASCII, as Keygen's usually are: it gives what the QJsonObject form gives for the same JSON.
// Members in QJsonObject's order (keys by bytes), of a key written twice only the last, numbers as numberText()
// writes QJsonValue's reading of them. Other keys are ordered by Qt in ways that depend on how they were written
// (escaped or not, beyond the BMP or not): such metadata is read by QJsonDocument instead.
enum class TextStep {
    More,
    Full,
    Unsupported
};

TextStep appendMetadataText(const api::JsonText &json, int node, QString &text)
{
    using Kind = api::JsonText::Kind;
    const auto add = [&](const QString &value) {
        if (!text.isEmpty()) {
            text += QLatin1Char('\n');
        }
        text += value;
        if (text.size() < kMaxMetadataText) {
            return TextStep::More;
        }
        text.truncate(kMaxMetadataText);
        return TextStep::Full;
    };
    switch (json[node].kind) {
    case Kind::String: {
        const QString value = json.string(node);
        return value.isEmpty() ? TextStep::More : add(value);
    }
    case Kind::Number: {
        // numberText() takes the lowest integer for "not an integer", and writes it as a double.
        const std::optional<qint64> integer = json.toInteger(node);
        if (integer && *integer != std::numeric_limits<qint64>::min()) {
            QByteArray digits;
            writeInteger(digits, *integer);
            return add(QString::fromLatin1(digits));
        }
        return add(QString::number(json.toDouble(node), 'g', QLocale::FloatingPointShortest));
    }
    case Kind::Array:
        for (int item = node + 1; item < json[node].next; item = json[item].next) {
            const TextStep step = appendMetadataText(json, item, text);
            if (step != TextStep::More) {
                return step;
            }
        }
        return TextStep::More;
    case Kind::Object: {
        struct Member
        {
            QByteArrayView key;
            int order = 0;
            int value = 0;
        };

        QVarLengthArray<Member, 8> members;
        for (int key = node + 1; key < json[node].next; key = json[key + 1].next) {
            const QByteArrayView chars = json.chars(key);
            if (json[key].escaped || std::any_of(chars.begin(), chars.end(), [](char c) {
                    return uchar(c) >= 0x80;
                })) {
                return TextStep::Unsupported;
            }
            members.append({chars, int(members.size()), key + 1});
        }
        std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
            const int byKey = QtPrivate::compareMemory(a.key, b.key);
            return byKey != 0 ? byKey < 0 : a.order < b.order;
        });
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i + 1 < members.size() && members[i].key == members[i + 1].key) {
                continue; // a key written again later: QJsonDocument keeps the last
            }
            const TextStep step = appendMetadataText(json, members[i].value, text);
            if (step != TextStep::More) {
                return step;
            }
        }
        return TextStep::More;
    }
    default:
        return TextStep::More;
    }
}

} // namespace

QString metadataSearchText(const api::JsonText &json, int metadata)
{
    QString text;
    if (metadata < 0 || json[metadata].kind != api::JsonText::Kind::Object) {
        return text;
    }
    if (appendMetadataText(json, metadata, text) == TextStep::Unsupported) {
        return metadataSearchText(QJsonDocument::fromJson(json.text(metadata).toByteArray()).object());
    }
    return text;
}

QJsonObject storedMetadata(const QByteArray &body)
{
    const QJsonObject stored = QJsonDocument::fromJson(body).object();
    return stored.value(QLatin1String("a")).toObject().value(QLatin1String("metadata")).toObject();
}

// ---- Encoding ---------------------------------------------------------------------------------------------------

namespace {

using api::JsonText;

// The members of an object node: calls `visit(key, value)` with node indexes.
template <typename Visit>
void forEachMember(const JsonText &json, int object, Visit visit)
{
    if (object < 0 || object >= json.size() || json[object].kind != JsonText::Kind::Object) {
        return;
    }
    for (int key = object + 1; key < json[object].next; key = json[key + 1].next) {
        visit(key, key + 1);
    }
}

bool isEmptyContainer(const JsonText &json, int node)
{
    return json[node].next == node + 1;
}

// Writes `key:value` as the server wrote them, after a comma when the object already has members.
void copyMember(QByteArray &out, const JsonText &json, int key, int value)
{
    if (out.size() > 1) {
        out += ',';
    }
    append(out, json.text(key));
    out += ':';
    append(out, json.text(value));
}

// Whether `link` is `self` + "/" + `name`, without building that string.
bool isCanonicalLink(QByteArrayView link, QByteArrayView self, QByteArrayView name)
{
    return !self.isEmpty() && link.size() == self.size() + 1 + name.size() && link.startsWith(self)
        && link.at(self.size()) == '/' && link.sliced(self.size() + 1) == name;
}

// A relationship object reduced to what the row does not hold elsewhere, as JSON text (empty for nothing left),
// with its flags; `column` gets the related id when the type keeps it in a column.
QByteArray reduceRelationship(const TypeSpec &spec,
                              const JsonText &json,
                              int nameNode,
                              int object,
                              QByteArrayView self,
                              EncodedResource &encoded,
                              int *flags)
{
    const QByteArrayView name = json.chars(nameNode);
    const bool plainName = !json[nameNode].escaped;
    const int column = plainName ? spec.relationshipColumn(name)
                                 : spec.relationshipColumn(json.string(nameNode).toUtf8());
    QByteArray rest = buffer(192, '{');
    forEachMember(json, object, [&](int key, int value) {
        const JsonText::Kind kind = json[value].kind;
        if (json.equals(key, QLatin1StringView("links")) && kind == JsonText::Kind::Object) {
            QByteArray kept = buffer(64, '{');
            forEachMember(json, value, [&](int linkName, int target) {
                if (plainName && json.equals(linkName, QLatin1StringView("related"))
                    && json[target].kind == JsonText::Kind::String && !json[target].escaped
                    && isCanonicalLink(json.chars(target), self, name)) {
                    *flags |= kLinkCanonical;
                    return;
                }
                copyMember(kept, json, linkName, target);
            });
            if (kept.size() == 1 && (*flags & kLinkCanonical)) {
                return;
            }
            kept += '}';
            member(rest, "links");
            rest += kept;
            return;
        }
        if (column >= 0 && json.equals(key, QLatin1StringView("data"))) {
            if (kind == JsonText::Kind::Null) {
                *flags |= kDataInColumn;
                return;
            }
            const int targetId = json.member(value, QLatin1StringView("id"));
            if (targetId >= 0 && json[targetId].kind == JsonText::Kind::String) {
                encoded.values[column] = json.string(targetId);
                int members = 0;
                forEachMember(json, value, [&](int, int) {
                    ++members;
                });
                const int targetType = json.member(value, QLatin1StringView("type"));
                const QByteArray &relatedType = spec.columns.at(column).relatedTypeUtf8;
                if (members == 2 && targetType >= 0
                    && json.equals(targetType, QLatin1StringView(relatedType.constData(), relatedType.size()))) {
                    *flags |= kDataInColumn;
                    return;
                }
            }
        }
        if (kind == JsonText::Kind::Object && json.equals(key, QLatin1StringView("meta"))) {
            // Counts Keygen computes (a license's machines): a column may keep one.
            const QList<int> counts = plainName ? spec.countColumnsOf(name) : QList<int>();
            if (!counts.isEmpty()) {
                const int number = json.member(value, QLatin1StringView("count"));
                if (number >= 0 && json[number].kind == JsonText::Kind::Number) {
                    for (const int count : counts) {
                        encoded.values[count] = json.toInteger(number).value_or(0);
                    }
                }
            }
        }
        copyMember(rest, json, key, value);
    });
    if (rest.size() == 1) {
        return {};
    }
    rest += '}';
    return rest;
}

} // namespace

std::optional<EncodedResource> encodeResource(const TypeSpec &spec,
                                              const api::ResourceText &resource,
                                              const SharedValues &shared)
{
    // A page read by ListPage comes parsed. Otherwise the text is read here: Document read it with JsonText
    // already, and ResourceText::of() writes valid JSON, so only a text beyond JsonText's limits (nesting, size) is
    // refused.
    thread_local JsonText own;
    const JsonText *parsed = resource.parsed();
    int root = resource.parsedNode();
    if (!parsed) {
        if (!own.parse(resource.text())) {
            return std::nullopt;
        }
        parsed = &own;
        root = 0;
    }
    const JsonText &json = *parsed;
    // The members the body is made of. A member written twice counts as Qt reads it: the last one.
    int attributes = -1;
    int relationships = -1;
    int links = -1;
    int meta = -1;
    forEachMember(json, root, [&](int key, int value) {
        int *member = json.equals(key, QLatin1StringView("attributes"))    ? &attributes
                    : json.equals(key, QLatin1StringView("relationships")) ? &relationships
                    : json.equals(key, QLatin1StringView("links"))         ? &links
                    : json.equals(key, QLatin1StringView("meta"))          ? &meta
                                                                           : nullptr;
        if (member) {
            *member = json[value].kind == JsonText::Kind::Object ? value : -1;
        }
    });

    EncodedResource encoded;
    encoded.values.resize(spec.columns.size());
    const QByteArray id = resource.id().toUtf8();
    const auto intern = [&](const QByteArray &text, bool always) {
        return shared.intern ? shared.intern(text, always) : -1;
    };

    QByteArray body;
    body.reserve(512);
    body += '{';

    // One pass over the attributes: the columns take theirs, the metadata is kept inline, and the others form a
    // group that is shared when it repeats (licenses of one policy carry the same limits, flags and permissions).
    quint64 inColumns = 0;
    QByteArray group = buffer(512, '{');
    int metadata = -1;
    forEachMember(json, attributes, [&](int key, int value) {
        const int column = json[key].escaped ? spec.attributeColumns.value(json.string(key).toUtf8(), -1)
                                             : spec.attributeColumn(json.chars(key));
        if (column >= 0) {
            bool exact = false;
            encoded.values[column] = columnValue(spec.columns.at(column).kind, json, value, &exact);
            if (exact) {
                inColumns |= quint64(1) << column;
                return;
            }
        }
        if (json[value].kind == JsonText::Kind::Object && json.equals(key, QLatin1StringView("metadata"))) {
            metadata = value;
            return;
        }
        copyMember(group, json, key, value);
    });
    group += '}';
    const int sharedGroup = group.size() > 2 ? intern(group, false) : -1;
    if (metadata >= 0 || (group.size() > 2 && sharedGroup < 0)) {
        member(body, "a");
        if (sharedGroup < 0 && group.size() > 2) {
            body.append(group.constData(), group.size() - 1); // without the closing brace
            if (metadata >= 0) {
                body += ",\"metadata\":";
                append(body, json.text(metadata));
            }
            body += '}';
        } else {
            body += "{\"metadata\":";
            append(body, json.text(metadata));
            body += '}';
        }
    }
    if (sharedGroup >= 0) {
        member(body, "A");
        writeInteger(body, sharedGroup);
    }
    if (inColumns) {
        member(body, "c");
        writeInteger(body, qint64(inColumns));
    }

    // Links: the self link is the prefix (shared) + "/type/id" almost always.
    QByteArrayView self;
    QByteArray otherLinks = buffer(64, '{');
    forEachMember(json, links, [&](int key, int value) {
        if (json.equals(key, QLatin1StringView("self")) && json[value].kind == JsonText::Kind::String
            && !json[value].escaped) {
            self = json.chars(value);
            const qsizetype tail = id.size() + spec.typeUtf8.size() + 2;
            if (!id.isEmpty() && self.size() > tail && self.endsWith(id) && self.at(self.size() - id.size() - 1) == '/'
                && self.chopped(id.size() + 1).endsWith(spec.typeUtf8) && self.at(self.size() - tail) == '/') {
                const int prefix = intern(self.chopped(tail).toByteArray(), true);
                if (prefix >= 0) {
                    member(body, "s");
                    writeInteger(body, prefix);
                    return;
                }
            }
        }
        copyMember(otherLinks, json, key, value);
    });
    if (otherLinks.size() > 1) {
        member(body, "l");
        body += otherLinks;
        body += '}';
    }
    if (meta >= 0 && !isEmptyContainer(json, meta)) {
        member(body, "m");
        append(body, json.text(meta));
    }

    // Relationships: entries reduced to flags (the same on most resources of a type, so shared as one group) and
    // entries with something of their own (counts, unusual links), inline.
    if (relationships >= 0 && !isEmptyContainer(json, relationships)) {
        QByteArray flagsOnly = buffer(256, '{');
        QByteArray inlined = buffer(256, '{');
        forEachMember(json, relationships, [&](int key, int value) {
            int flags = 0;
            QByteArray rest;
            if (json[value].kind == JsonText::Kind::Object) {
                rest = reduceRelationship(spec, json, key, value, self, encoded, &flags);
            } else {
                append(rest, json.text(value));
            }
            // The account and environment relationships are the same on every resource.
            if (!rest.isEmpty()
                && (json.equals(key, QLatin1StringView("account"))
                    || json.equals(key, QLatin1StringView("environment")))) {
                const int sharedRest = intern(rest, true);
                if (sharedRest >= 0) {
                    flags |= kRestShared;
                    rest = QByteArray::number(sharedRest);
                }
            }
            QByteArray &target = rest.isEmpty() || (flags & kRestShared) ? flagsOnly : inlined;
            if (target.size() > 1) {
                target += ',';
            }
            append(target, json.text(key));
            target += ":[";
            writeInteger(target, flags);
            if (!rest.isEmpty()) {
                target += ',';
                target += rest;
            }
            target += ']';
        });
        flagsOnly += '}';
        inlined += '}';
        if (flagsOnly.size() > 2) {
            const int sharedFlags = intern(flagsOnly, false);
            if (sharedFlags >= 0) {
                member(body, "R");
                writeInteger(body, sharedFlags);
            } else {
                member(body, "r");
                body += flagsOnly;
            }
        }
        if (inlined.size() > 2) {
            member(body, "q");
            body += inlined;
        }
    }
    // Members other than the six JSON:API ones ("lid") are not kept: Keygen's answers have none.
    body += '}';
    encoded.body = body;

    // The text full-text search indexes: the searchable values, one per line. The metadata's as metadataSearchText()
    // gives it for the stored body (in Qt's key order), so that removing the row later removes the same text.
    encoded.search = searchTextOf(spec, encoded.values, metadataSearchText(json, metadata));
    return encoded;
}

QString searchTextOf(const TypeSpec &spec, const QVariantList &values, const QString &metadataText)
{
    QString text;
    for (const SearchFieldSpec &field : spec.search) {
        QString value = metadataText;
        if (field.column >= 0) {
            const QVariant &column = values.at(field.column);
            value = column.typeId() == QMetaType::QString ? column.toString() : QString();
        }
        if (!value.isEmpty()) {
            if (!text.isEmpty()) {
                text += QLatin1Char('\n');
            }
            text += value;
        }
    }
    return text;
}

QString storedSearchText(const TypeSpec &spec, const QVariantList &values, const QByteArray &body)
{
    // The body's metadata is the server's text, copied: read as the encoding read it.
    thread_local api::JsonText stored;
    if (!stored.parse(body)) {
        return searchTextOf(spec, values, metadataSearchText(storedMetadata(body)));
    }
    const int attributes = stored.member(0, QLatin1StringView("a"));
    const int metadata = attributes >= 0 ? stored.member(attributes, QLatin1StringView("metadata")) : -1;
    return searchTextOf(spec, values, metadataSearchText(stored, metadata));
}

// ---- Decoding ---------------------------------------------------------------------------------------------------

std::optional<api::Resource> decodeResource(const TypeSpec &spec,
                                            const QString &id,
                                            const QVariantList &values,
                                            const QByteArray &body,
                                            const SharedValues &shared)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject stored = document.object();
    bool ok = true;
    const auto sharedText = [&](const QJsonValue &ref) -> QByteArray {
        const QByteArray text = shared.value ? shared.value(ref.toInt(-1)) : QByteArray();
        if (text.isEmpty()) {
            ok = false;
        }
        return text;
    };
    const auto sharedJson = [&](const QJsonValue &ref) -> QJsonValue {
        const QByteArray wrapped = "[" + sharedText(ref) + "]";
        return QJsonDocument::fromJson(wrapped).array().at(0);
    };

    QJsonObject attributes = stored.value(QLatin1String("a")).toObject();
    if (stored.contains(QLatin1String("A"))) {
        const QJsonObject group = sharedJson(stored.value(QLatin1String("A"))).toObject();
        for (auto it = group.constBegin(); it != group.constEnd(); ++it) {
            attributes.insert(it.key(), it.value());
        }
    }
    const auto inColumns = quint64(stored.value(QLatin1String("c")).toInteger());
    for (qsizetype i = 0; i < spec.columns.size() && inColumns; ++i) {
        if (inColumns & (quint64(1) << i)) {
            const ColumnSpec &column = spec.columns.at(i);
            attributes.insert(column.from, attributeFromColumn(column.kind, values.value(i)));
        }
    }

    QJsonObject links = stored.value(QLatin1String("l")).toObject();
    QString self = links.value(QLatin1String("self")).toString();
    if (stored.contains(QLatin1String("s"))) {
        self = QString::fromUtf8(sharedText(stored.value(QLatin1String("s")))) + QLatin1Char('/') + spec.type
             + QLatin1Char('/') + id;
        links.insert(QLatin1String("self"), self);
    }

    QJsonObject relationships;
    const auto addRelationships = [&](const QJsonObject &entries) {
        for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
            const QJsonArray entry = it.value().toArray();
            const int flags = entry.at(0).toInt();
            QJsonValue rest = entry.size() > 1 ? entry.at(1) : QJsonValue(QJsonObject());
            if (flags & kRestShared) {
                rest = sharedJson(rest);
            }
            if (rest.isObject()) {
                QJsonObject object = rest.toObject();
                if (flags & kLinkCanonical) {
                    QJsonObject relationshipLinks = object.value(QLatin1String("links")).toObject();
                    relationshipLinks.insert(QLatin1String("related"), QString(self + QLatin1Char('/') + it.key()));
                    object.insert(QLatin1String("links"), relationshipLinks);
                }
                if (flags & kDataInColumn) {
                    const int column = spec.relationshipColumn(it.key().toUtf8());
                    const QVariant value = column >= 0 ? values.value(column) : QVariant();
                    object.insert(QLatin1String("data"),
                                  value.isNull() || column < 0
                                      ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(
                                          QJsonObject{{QLatin1String("type"), spec.columns.at(column).relatedType},
                                                      {QLatin1String("id"), value.toString()}}));
                }
                rest = object;
            }
            relationships.insert(it.key(), rest);
        }
    };
    if (stored.contains(QLatin1String("R"))) {
        addRelationships(sharedJson(stored.value(QLatin1String("R"))).toObject());
    }
    addRelationships(stored.value(QLatin1String("r")).toObject());
    addRelationships(stored.value(QLatin1String("q")).toObject());
    if (!ok) {
        return std::nullopt;
    }

    api::Resource resource(spec.type, id);
    resource.setAttributes(attributes);
    resource.setRelationships(relationships);
    resource.setLinks(links);
    resource.setMeta(stored.value(QLatin1String("m")).toObject());
    return resource;
}

} // namespace keydesk::cache
