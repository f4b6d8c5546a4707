#include "app/cache/storedform.h"

#include "app/licensing/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <charconv>
#include <functional>
#include <limits>

namespace keydesk::cache {

namespace {

constexpr int kLinkCanonical = 1;
constexpr int kDataInColumn = 2;
constexpr int kRestShared = 4;

// ---- Compact JSON writing ---------------------------------------------------------------------------------------
// QJsonDocument::toJson builds a document first; writing straight into the body is several times faster, and the
// ingest rate depends on it.

void writeString(QByteArray &out, QStringView text)
{
    // Printable ASCII (keys, ids, timestamps, most values) is copied straight into the body, without a UTF-8 copy.
    const char16_t *chars = text.utf16();
    const qsizetype length = text.size();
    bool ascii = true;
    for (qsizetype i = 0; i < length && ascii; ++i) {
        ascii = chars[i] >= 0x20 && chars[i] < 0x7f && chars[i] != u'"' && chars[i] != u'\\';
    }
    if (ascii) {
        const qsizetype start = out.size();
        out.resize(start + length + 2);
        char *to = out.data() + start;
        *to++ = '"';
        for (qsizetype i = 0; i < length; ++i) {
            *to++ = char(chars[i]);
        }
        *to = '"';
        return;
    }
    out += '"';
    const qsizetype start = out.size();
    out += text.toUtf8();
    // Escape in place only when needed: keys, ids and timestamps never need it.
    bool plain = true;
    for (qsizetype i = start; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out.at(i));
        if (c < 0x20 || c == '"' || c == '\\') {
            plain = false;
            break;
        }
    }
    if (!plain) {
        const QByteArray raw = out.mid(start);
        out.truncate(start);
        for (const char ch : raw) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 0xF];
                } else {
                    out += ch;
                }
            }
        }
    }
    out += '"';
}

void writeInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void writeValue(QByteArray &out, const QJsonValue &value);

void writeObject(QByteArray &out, const QJsonObject &object)
{
    out += '{';
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first) {
            out += ',';
        }
        first = false;
        writeString(out, it.key());
        out += ':';
        writeValue(out, it.value());
    }
    out += '}';
}

void writeArray(QByteArray &out, const QJsonArray &array)
{
    out += '[';
    bool first = true;
    for (const QJsonValue &item : array) {
        if (!first) {
            out += ',';
        }
        first = false;
        writeValue(out, item);
    }
    out += ']';
}

void writeValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 integer = value.toInteger(sentinel);
        if (integer != sentinel) {
            writeInteger(out, integer);
        } else {
            out += QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        }
        break;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array:
        writeArray(out, value.toArray());
        break;
    case QJsonValue::Object:
        writeObject(out, value.toObject());
        break;
    }
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

// ---- Timestamps -------------------------------------------------------------------------------------------------

constexpr qint64 kMsPerDay = 86400000;

// Howard Hinnant's days_from_civil and civil_from_days.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Only the exact form Keygen writes, so that timestampText() gives the same text back.
std::optional<qint64> canonicalTimestamp(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':' || text[19] != u'.' || text[23] != u'Z') {
        return std::nullopt;
    }
    const auto number = [&](int from, int length) -> int {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9') {
                return -1;
            }
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int ms = number(20, 3);
    static const int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || ms < 0) {
        return std::nullopt;
    }
    if (day > monthDays[month - 1] + (month == 2 && isLeap(year) ? 1 : 0)) {
        return std::nullopt;
    }
    return daysFromCivil(year, unsigned(month), unsigned(day)) * kMsPerDay + qint64(hour) * 3600000
         + qint64(minute) * 60000 + qint64(second) * 1000 + ms;
}

// ---- Column values ----------------------------------------------------------------------------------------------

// The column value of an attribute, and whether the column holds it exactly (so the body may leave it out).
QVariant columnValue(Column::Kind kind, const QJsonValue &value, bool *exact)
{
    *exact = false;
    if (value.isNull()) {
        *exact = true;
        return {};
    }
    switch (kind) {
    case Column::Kind::Text:
    case Column::Kind::Id:
        if (value.isString()) {
            *exact = true;
            return value.toString();
        }
        break;
    case Column::Kind::Integer:
        if (value.isDouble()) {
            constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
            const qint64 integer = value.toInteger(sentinel);
            if (integer != sentinel) {
                *exact = true;
                return integer;
            }
            return value.toDouble();
        }
        break;
    case Column::Kind::Boolean:
        if (value.isBool()) {
            *exact = true;
            return value.toBool() ? 1 : 0;
        }
        break;
    case Column::Kind::Timestamp:
        if (value.isString()) {
            const QString text = value.toString();
            if (const auto ms = canonicalTimestamp(text)) {
                *exact = true;
                return *ms;
            }
            if (const auto ms = timestampMs(text)) {
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
    case QJsonValue::Double: {
        QByteArray text;
        writeValue(text, value);
        return visit(path, QString::fromLatin1(text));
    }
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
    if (const auto ms = canonicalTimestamp(text)) {
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

QJsonObject storedMetadata(const QByteArray &body)
{
    const QJsonObject stored = QJsonDocument::fromJson(body).object();
    return stored.value(QLatin1String("a")).toObject().value(QLatin1String("metadata")).toObject();
}

// ---- Encoding ---------------------------------------------------------------------------------------------------

namespace {

// Whether `link` is `self` + "/" + `name`, without building that string.
bool isCanonicalLink(const QString &link, const QString &self, const QString &name)
{
    return !self.isEmpty() && link.size() == self.size() + 1 + name.size() && link.startsWith(self)
        && link.at(self.size()) == QLatin1Char('/') && QStringView(link).mid(self.size() + 1) == name;
}

// A relationship object reduced to what the row does not hold elsewhere, as JSON text (empty for nothing left),
// with its flags; `column` gets the related id when the type keeps it in a column.
QByteArray reduceRelationship(const TypeSpec &spec,
                              const QString &name,
                              const QJsonObject &object,
                              const QString &self,
                              EncodedResource &encoded,
                              int *flags)
{
    const int column = spec.relationshipColumn(name);
    QByteArray rest = buffer(192, '{');
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("links") && value.isObject()) {
            const QJsonObject links = value.toObject();
            QByteArray kept;
            for (auto link = links.constBegin(); link != links.constEnd(); ++link) {
                const QString linkName = link.key();
                const QJsonValue target = link.value();
                if (linkName == QLatin1String("related") && target.isString()
                    && isCanonicalLink(target.toString(), self, name)) {
                    *flags |= kLinkCanonical;
                    continue;
                }
                kept += kept.isEmpty() ? "{" : ",";
                writeString(kept, linkName);
                kept += ':';
                writeValue(kept, target);
            }
            if (kept.isEmpty() && (*flags & kLinkCanonical)) {
                continue;
            }
            kept += kept.isEmpty() ? "{}" : "}";
            if (rest.size() > 1) {
                rest += ',';
            }
            rest += "\"links\":";
            rest += kept;
            continue;
        }
        if (key == QLatin1String("data") && column >= 0) {
            if (value.isNull()) {
                *flags |= kDataInColumn;
                continue;
            }
            const QJsonObject target = value.toObject();
            const QJsonValue targetId = target.value(QLatin1String("id"));
            if (targetId.isString()) {
                encoded.values[column] = targetId.toString();
                if (target.size() == 2
                    && target.value(QLatin1String("type")).toString() == spec.columns.at(column).relatedType) {
                    *flags |= kDataInColumn;
                    continue;
                }
            }
        }
        if (key == QLatin1String("meta") && value.isObject()) {
            // Counts Keygen computes (a license's machines): a column may keep one.
            for (const int count : spec.countColumns.value(name)) {
                const QJsonValue number = value.toObject().value(QLatin1String("count"));
                if (number.isDouble()) {
                    encoded.values[count] = number.toInteger();
                }
            }
        }
        if (rest.size() > 1) {
            rest += ',';
        }
        writeString(rest, key);
        rest += ':';
        writeValue(rest, value);
    }
    if (rest.size() == 1) {
        return {};
    }
    rest += '}';
    return rest;
}

} // namespace

EncodedResource encodeResource(const TypeSpec &spec, const api::Resource &resource, const SharedValues &shared)
{
    EncodedResource encoded;
    encoded.values.resize(spec.columns.size());
    const QJsonObject attributes = resource.attributes();
    const QJsonObject relationships = resource.relationships();
    const QString id = resource.id();
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
    QJsonObject metadata;
    bool hasMetadata = false;
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        const QString name = it.key();
        const QJsonValue value = it.value();
        const int column = spec.attributeColumn(name);
        if (column >= 0) {
            bool exact = false;
            encoded.values[column] = columnValue(spec.columns.at(column).kind, value, &exact);
            if (exact) {
                inColumns |= quint64(1) << column;
                continue;
            }
        }
        if (name == QLatin1String("metadata") && value.isObject()) {
            metadata = value.toObject();
            hasMetadata = true;
            continue;
        }
        if (group.size() > 1) {
            group += ',';
        }
        writeString(group, name);
        group += ':';
        writeValue(group, value);
    }
    group += '}';
    const int sharedGroup = group.size() > 2 ? intern(group, false) : -1;
    if (hasMetadata || (group.size() > 2 && sharedGroup < 0)) {
        member(body, "a");
        if (sharedGroup < 0 && group.size() > 2) {
            body.append(group.constData(), group.size() - 1); // without the closing brace
            if (hasMetadata) {
                body += ",\"metadata\":";
                writeObject(body, metadata);
            }
            body += '}';
        } else {
            body += "{\"metadata\":";
            writeObject(body, metadata);
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
    const QJsonObject links = resource.links();
    QString self;
    QByteArray otherLinks;
    for (auto it = links.constBegin(); it != links.constEnd(); ++it) {
        const QString name = it.key();
        const QJsonValue value = it.value();
        if (name == QLatin1String("self") && value.isString()) {
            self = value.toString();
            const qsizetype tail = id.size() + spec.type.size() + 2;
            if (!id.isEmpty() && self.size() > tail && self.endsWith(id)
                && self.at(self.size() - id.size() - 1) == QLatin1Char('/')
                && QStringView(self).chopped(id.size() + 1).endsWith(spec.type)
                && self.at(self.size() - tail) == QLatin1Char('/')) {
                const int prefix = intern(QStringView(self).chopped(tail).toUtf8(), true);
                if (prefix >= 0) {
                    member(body, "s");
                    writeInteger(body, prefix);
                    continue;
                }
            }
        }
        otherLinks += otherLinks.isEmpty() ? "{" : ",";
        writeString(otherLinks, name);
        otherLinks += ':';
        writeValue(otherLinks, value);
    }
    if (!otherLinks.isEmpty()) {
        member(body, "l");
        body += otherLinks;
        body += '}';
    }
    if (!resource.meta().isEmpty()) {
        member(body, "m");
        writeObject(body, resource.meta());
    }

    // Relationships: entries reduced to flags (the same on most resources of a type, so shared as one group) and
    // entries with something of their own (counts, unusual links), inline.
    if (!relationships.isEmpty()) {
        QByteArray flagsOnly = buffer(256, '{');
        QByteArray inlined = buffer(256, '{');
        for (auto it = relationships.constBegin(); it != relationships.constEnd(); ++it) {
            const QString name = it.key();
            const QJsonValue value = it.value();
            int flags = 0;
            QByteArray rest;
            if (value.isObject()) {
                rest = reduceRelationship(spec, name, value.toObject(), self, encoded, &flags);
            } else {
                writeValue(rest, value);
            }
            // The account and environment relationships are the same on every resource.
            if (!rest.isEmpty() && (name == QLatin1String("account") || name == QLatin1String("environment"))) {
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
            writeString(target, name);
            target += ":[";
            writeInteger(target, flags);
            if (!rest.isEmpty()) {
                target += ',';
                target += rest;
            }
            target += ']';
        }
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
    // Members other than the six JSON:API ones ("lid") are not kept: Keygen's answers have none, and finding them
    // (Resource::toJson) would cost a tenth of the encoding.
    body += '}';
    encoded.body = body;

    // The text full-text search indexes: the searchable values, one per line.
    QString search;
    for (const SearchFieldSpec &field : spec.search) {
        const QString value = field.column >= 0 ? (encoded.values.at(field.column).typeId() == QMetaType::QString
                                                       ? encoded.values.at(field.column).toString()
                                                       : QString())
                                                : metadataSearchText(metadata);
        if (!value.isEmpty()) {
            if (!search.isEmpty()) {
                search += QLatin1Char('\n');
            }
            search += value;
        }
    }
    encoded.search = search;
    return encoded;
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
                    const int column = spec.relationshipColumn(it.key());
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
