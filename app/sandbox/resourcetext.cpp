// List pages written as JSON text straight from the stored JSON text: the same document serialize() and json() make,
// without building a QJsonObject per resource and serializing it again. A page of a hundred licenses is a quarter of
// a megabyte, and building it through QJsonObject took most of the time of a list request.

#include "app/api/jsontext.h"
#include "app/sandbox/jsonapi.h"
#include "app/sandbox/resourcespec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <charconv>
#include <cstring>
#include <map>
#include <unordered_map>

namespace keydesk::sandbox {

namespace {

// ---- Reading the stored text ------------------------------------------------------------------------------------

// One member of a JSON object: the key as written between its quotes, and the text of its value.
struct Member
{
    QByteArrayView key;
    QByteArrayView value;
};

using Members = QVarLengthArray<Member, 48>;

int compare(QByteArrayView a, QByteArrayView b)
{
    const int c = std::memcmp(a.data(), b.data(), size_t(qMin(a.size(), b.size())));
    return c != 0 ? c : a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

// The members of a JSON object's text, in the order written. False for text this reader leaves to QJsonDocument: not
// an object as RFC 8259 writes one (api::JsonText: every escape known, no control character, valid UTF-8; the text is
// spliced into pages as it is, so it must be JSON that every client reads as QJsonDocument would), or escapes in a
// key.
bool readMembers(QByteArrayView text, Members &members)
{
    thread_local api::JsonText json;
    if (!json.parse(text) || json[0].kind != api::JsonText::Kind::Object) {
        return false;
    }
    for (int key = 1; key < json[0].next; key = json[key + 1].next) {
        if (json[key].escaped) {
            return false;
        }
        members.append({json.chars(key), json.text(key + 1)});
    }
    return true;
}

// A resource's links are a handful of members: looked up one by one, in the order written.
const Member *findMember(const Members &members, QByteArrayView key)
{
    for (const Member &member : members) {
        if (compare(member.key, key) == 0) {
            return &member;
        }
    }
    return nullptr;
}

bool hasRepeatedKeys(const Members &members)
{
    for (qsizetype i = 1; i < members.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (compare(members.at(i).key, members.at(j).key) == 0) {
                return true;
            }
        }
    }
    return false;
}

bool isString(QByteArrayView value)
{
    return !value.isEmpty() && value.front() == '"';
}

// ---- Writing ----------------------------------------------------------------------------------------------------

// Appends to a QByteArray through a pointer: a page is written in a few thousand small pieces, and QByteArray's
// append checks more per call than copying the piece costs. The array has its final size once the writer is gone.
class TextOut
{
public:
    explicit TextOut(QByteArray &array, qsizetype expected = 256)
        : m_array(array)
    {
        const qsizetype used = m_array.size();
        m_array.resize(qMax(m_array.capacity(), used + expected));
        m_p = m_array.data() + used;
        m_end = m_array.data() + m_array.size();
    }

    ~TextOut() { m_array.resize(size()); }

    TextOut(const TextOut &) = delete;
    TextOut &operator=(const TextOut &) = delete;

    qsizetype size() const { return m_p - m_array.constData(); }

    void truncate(qsizetype size) { m_p = m_array.data() + size; }

    // What was written from `from` on (valid until the next write).
    QByteArrayView since(qsizetype from) const { return QByteArrayView(m_array.constData() + from, size() - from); }

    TextOut &operator<<(QByteArrayView text)
    {
        reserve(text.size());
        std::memcpy(m_p, text.data(), size_t(text.size()));
        m_p += text.size();
        return *this;
    }

    TextOut &operator<<(char c)
    {
        reserve(1);
        *m_p++ = c;
        return *this;
    }

    TextOut &operator<<(qint64 number)
    {
        reserve(24);
        m_p = std::to_chars(m_p, m_end, number).ptr;
        return *this;
    }

    // Text as the inside of a JSON string, escaped as QJsonDocument escapes it.
    void escaped(QByteArrayView utf8)
    {
        reserve(utf8.size());
        for (const char c : utf8) {
            if (uchar(c) >= 0x20 && c != '"' && c != '\\') {
                *m_p++ = c; // room reserved above; escapes reserve their own
            } else {
                escape(uchar(c));
                reserve(utf8.size());
            }
        }
    }

    void escaped(QStringView text)
    {
        reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = text.at(i).unicode();
            if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
                *m_p++ = char(u);
            } else if (u < 0x80) {
                escape(uchar(u));
                reserve(text.size());
            } else {
                // The rest as UTF-8 (what QJsonDocument writes for text beyond ASCII).
                escaped(QByteArrayView(text.sliced(i).toUtf8()));
                return;
            }
        }
    }

private:
    void reserve(qsizetype n)
    {
        if (m_end - m_p < n) {
            const qsizetype used = size();
            m_array.resize(qMax(2 * m_array.size(), used + n + 256));
            m_p = m_array.data() + used;
            m_end = m_array.data() + m_array.size();
        }
    }

    void escape(uchar c)
    {
        reserve(6);
        *m_p++ = '\\';
        switch (c) {
        case '"':
        case '\\':
            *m_p++ = char(c);
            break;
        case '\b':
            *m_p++ = 'b';
            break;
        case '\f':
            *m_p++ = 'f';
            break;
        case '\n':
            *m_p++ = 'n';
            break;
        case '\r':
            *m_p++ = 'r';
            break;
        case '\t':
            *m_p++ = 't';
            break;
        default:
            *m_p++ = 'u';
            *m_p++ = '0';
            *m_p++ = '0';
            *m_p++ = "0123456789abcdef"[c >> 4];
            *m_p++ = "0123456789abcdef"[c & 0xf];
        }
    }

    QByteArray &m_array;
    char *m_p = nullptr;
    char *m_end = nullptr;
};

QByteArray escaped(const QString &text)
{
    QByteArray out;
    TextOut(out).escaped(QStringView(text));
    return out;
}

QByteArray quoted(const QString &text)
{
    return '"' + escaped(text) + '"';
}

// A value as QJsonDocument writes it.
void writeValue(TextOut &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out << "null";
        break;
    case QJsonValue::Bool:
        out << (value.toBool() ? "true" : "false");
        break;
    case QJsonValue::String:
        out << '"';
        out.escaped(QStringView(value.toString()));
        out << '"';
        break;
    default: {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out << QByteArrayView(array).sliced(1, array.size() - 2);
    }
    }
}

// What the rendering of a type needs beyond the stored text, sorted as QJsonObject sorts keys (the names are ASCII),
// with the constant pieces of text around the values written out once.
struct Layout
{
    enum class Source {
        Stored,
        Metadata,
        Created,
        Updated,
    };

    struct Attribute
    {
        QByteArray name;
        QByteArray prefix; // "name":
        Source source = Source::Stored;
    };

    enum class Link {
        Account,
        Environment,
        Spec,
    };

    struct Relationship
    {
        QByteArray name;
        Link kind = Link::Spec;
        const RelationshipSpec *spec = nullptr;
        QByteArray withData = {}; // "name":{"data":{"id":
        QByteArray dataType = {}; // ,"type":"…"},"links":{"related":"
        QByteArray noData = {};  // "name":{"data":null,"links":{"related":"  or, to-many,  "name":{"links":{"related":"
        QByteArray related = {}; // /name"}
        std::vector<std::pair<QByteArray, int>> meta = {}; // a counted one's meta: "name": -> index in its totals
    };

    QByteArray typeEscaped;
    QByteArray end;                       // },"type":"…"}
    std::vector<QByteArray> presentReads; // the spec's, as UTF-8
    std::vector<Attribute> attributes;
    std::vector<Relationship> relationships;
};

Layout makeLayout(const ResourceSpec &spec)
{
    Layout layout;
    layout.typeEscaped = escaped(spec.type);
    layout.end = "},\"type\":\"" + layout.typeEscaped + "\"}";
    for (const QString &name : spec.presentReads) {
        layout.presentReads.push_back(name.toUtf8());
    }
    // Later entries win, as later inserts into a QJsonObject do in serialize().
    std::map<QByteArray, Layout::Source> attributes;
    for (const AttributeSpec &attribute : spec.attributes) {
        if (!attribute.hidden) {
            attributes[attribute.name.toUtf8()] = Layout::Source::Stored;
        }
    }
    if (spec.metadata) {
        attributes["metadata"] = Layout::Source::Metadata;
    }
    attributes["created"] = Layout::Source::Created;
    attributes["updated"] = Layout::Source::Updated;
    for (const auto &[name, source] : attributes) {
        QByteArray prefix = '"' + name;
        prefix += "\":";
        layout.attributes.push_back({name, prefix, source});
    }

    std::map<QByteArray, Layout::Relationship> relationships;
    relationships["account"] = {QByteArrayLiteral("account"), Layout::Link::Account};
    if (spec.type != QLatin1String("environments")) {
        relationships["environment"] = {QByteArrayLiteral("environment"), Layout::Link::Environment};
    }
    for (const RelationshipSpec &relationship : spec.relationships) {
        const QByteArray name = escaped(relationship.name);
        Layout::Relationship entry{name, Layout::Link::Spec, &relationship};
        if (relationship.toOne) {
            entry.withData = '"' + name + "\":{\"data\":{\"id\":";
            entry.dataType = ",\"type\":\"" + escaped(relationship.type) + "\"},\"links\":{\"related\":\"";
            entry.noData = '"' + name + "\":{\"data\":null,\"links\":{\"related\":\"";
        } else {
            entry.noData = '"' + name + "\":{\"links\":{\"related\":\"";
        }
        entry.related = '/' + name + "\"}";
        if (!relationship.inverse.isEmpty()) {
            std::map<QByteArray, int> meta;
            for (qsizetype i = 0; i < relationship.sums.size(); ++i) {
                meta['"' + escaped(relationship.sums.at(i)) + "\":"] = int(i + 1);
            }
            meta["\"count\":"] = 0;
            entry.meta.assign(meta.cbegin(), meta.cend());
        }
        relationships[relationship.name.toUtf8()] = entry;
    }
    for (const auto &[name, relationship] : relationships) {
        layout.relationships.push_back(relationship);
    }
    return layout;
}

const Layout &layoutOf(const ResourceSpec &spec)
{
    // Specs are static and few; one layout per spec and thread, so that servers in several threads need no lock.
    thread_local std::unordered_map<const ResourceSpec *, Layout> layouts;
    auto it = layouts.find(&spec);
    if (it == layouts.end()) {
        it = layouts.emplace(&spec, makeLayout(spec)).first;
    }
    return it->second;
}

// A stored value as a QJsonValue, for a present hook.
QJsonValue parseValue(QByteArrayView text)
{
    if (text == "null") {
        return QJsonValue::Null;
    }
    if (text == "true" || text == "false") {
        return text == "true";
    }
    if (isString(text) && !std::memchr(text.data(), '\\', size_t(text.size()))) {
        return QString::fromUtf8(text.sliced(1, text.size() - 2));
    }
    qint64 integer = 0;
    if (const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), integer);
        error == std::errc() && end == text.data() + text.size() && text.size() < 16) {
        return integer;
    }
    return QJsonDocument::fromJson('[' + text.toByteArray() + ']').array().at(0);
}

// Writes the resources of one page. What they share is prepared once: the account's path, and where each rendered
// attribute is among the stored ones (every row of a type is usually stored with its keys in the same order).
class PageWriter
{
public:
    PageWriter(const SandboxStore &store, const ResourceSpec &spec, const RelatedTotals &totals)
        : m_store(store)
        , m_spec(spec)
        , m_layout(layoutOf(spec))
        , m_totals(totals)
    {
    }

    void write(TextOut &out, const StoredResource &resource)
    {
        const qsizetype start = out.size();
        if (!writeFromText(out, resource)) {
            out.truncate(start);
            writeParsed(out, resource);
        }
    }

private:
    void writeParsed(TextOut &out, const StoredResource &resource) const
    {
        StoredResource parsed = resource;
        if (!resource.storedAttributes.isNull() || !resource.storedLinks.isNull()) {
            parsed.attributes = QJsonDocument::fromJson(resource.storedAttributes).object();
            parsed.links = QJsonDocument::fromJson(resource.storedLinks).object();
        }
        out << QJsonDocument(serialize(m_store, m_spec, parsed, &m_totals)).toJson(QJsonDocument::Compact);
    }

    // Where each rendered attribute is among the stored members (-1: not stored); false when a key repeats.
    bool mapAttributes(const Members &members)
    {
        const bool same = m_mapped && qsizetype(m_keys.size()) == members.size()
                       && std::equal(m_keys.cbegin(),
                                     m_keys.cend(),
                                     members.cbegin(),
                                     [](const QByteArray &k, const Member &m) {
            return compare(k, m.key) == 0;
                          });
        if (same) {
            return true;
        }
        m_mapped = false;
        m_keys.clear();
        for (const Member &member : members) {
            m_keys.push_back(member.key.toByteArray());
        }
        std::vector<QByteArray> sorted = m_keys;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.cbegin(), sorted.cend()) != sorted.cend()) {
            m_keys.clear();
            return false;
        }
        auto slotOf = [this](const QByteArray &name) {
            const auto it = std::find(m_keys.cbegin(), m_keys.cend(), name);
            return it == m_keys.cend() ? -1 : int(it - m_keys.cbegin());
        };
        m_slots.clear();
        for (const Layout::Attribute &attribute : m_layout.attributes) {
            m_slots.push_back(slotOf(attribute.name));
        }
        m_presentSlots.clear();
        for (const QByteArray &name : m_layout.presentReads) {
            m_presentSlots.push_back(slotOf(name));
        }
        m_mapped = true;
        return true;
    }

    // What the spec's present hook computes, from the stored attributes it reads. The hook's input is kept from one
    // resource to the next: replacing a value costs less than building the object.
    QJsonObject computed(const StoredResource &resource, const Members &attributes)
    {
        StoredResource &input = m_input;
        input.seq = resource.seq;
        input.id = resource.id;
        input.accountId = resource.accountId;
        input.type = resource.type;
        input.created = resource.created;
        input.updated = resource.updated;
        input.alias = resource.alias;
        if (m_spec.presentReads.isEmpty()) {
            input.attributes = QJsonDocument::fromJson(resource.storedAttributes).object();
            input.links = QJsonDocument::fromJson(resource.storedLinks).object();
        } else {
            for (size_t r = 0; r < m_presentSlots.size(); ++r) {
                const QString &name = m_spec.presentReads.at(qsizetype(r));
                if (m_presentSlots[r] >= 0) {
                    input.attributes[name] = parseValue(attributes.at(m_presentSlots[r]).value);
                } else {
                    input.attributes.remove(name);
                }
            }
        }
        QJsonObject result;
        m_spec.present(input, result);
        return result;
    }

    bool writeFromText(TextOut &out, const StoredResource &resource)
    {
        Members attributes;
        Members links;
        if (!readMembers(resource.storedAttributes, attributes) || !mapAttributes(attributes)
            || !readMembers(resource.storedLinks, links) || hasRepeatedKeys(links)) {
            return false;
        }
        if (resource.accountId != m_accountId) {
            m_accountId = resource.accountId;
            m_accountPath = escaped(accountPath(resource.accountId));
            m_account = "{\"data\":{\"id\":" + quoted(resource.accountId)
                      + ",\"type\":\"accounts\"},\"links\":{\"related\":\"" + m_accountPath + "\"}}";
            m_typePath = m_accountPath + '/' + m_layout.typeEscaped + '/';
        }

        // The rendered attributes: the stored values, then what the spec's present hook computes, then metadata,
        // created and updated (serialize()'s order of inserts). Computed values are written to m_scratch first.
        struct Entry
        {
            QByteArrayView name;   // sorted by it
            QByteArrayView prefix; // "name":
            QByteArrayView value;  // stored text, or m_scratch[scratch…]
            bool fixed = false;    // metadata, created, updated: not replaced by the hook
            qsizetype scratch = -1;
            qsizetype scratchSize = 0;
        };

        QVarLengthArray<Entry, 48> entries;
        for (size_t a = 0; a < m_layout.attributes.size(); ++a) {
            const Layout::Attribute &attribute = m_layout.attributes[a];
            const Member *member = m_slots[a] >= 0 ? &attributes.at(m_slots[a]) : nullptr;
            switch (attribute.source) {
            case Layout::Source::Stored:
                if (member) {
                    entries.append({attribute.name, attribute.prefix, member->value});
                }
                break;
            case Layout::Source::Metadata: {
                const bool object = member && !member->value.isEmpty() && member->value.front() == '{';
                entries.append({attribute.name, attribute.prefix, object ? member->value : QByteArrayView("{}"), true});
                break;
            }
            case Layout::Source::Created:
            case Layout::Source::Updated:
                entries.append({attribute.name, attribute.prefix, {}, true});
                break;
            }
        }
        m_scratch.truncate(0);
        QVarLengthArray<QByteArray, 4> names; // names the hook adds, alive while written
        if (m_spec.present) {
            const QJsonObject values = computed(resource, attributes);
            TextOut scratch(m_scratch);
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                const QByteArray name = it.key().toUtf8();
                auto at = std::lower_bound(entries.begin(), entries.end(), name, [](const Entry &e, QByteArrayView n) {
                    return compare(e.name, n) < 0;
                });
                const bool exists = at != entries.end() && compare(at->name, name) == 0;
                if (exists && at->fixed) {
                    continue;
                }
                if (it.value().isUndefined()) {
                    if (exists) {
                        entries.erase(at);
                    }
                    continue;
                }
                const qsizetype start = scratch.size();
                writeValue(scratch, it.value());
                Entry entry{};
                if (exists) {
                    entry = *at;
                } else {
                    names.append('"' + escaped(it.key()) + "\":");
                    entry.prefix = names.back();
                    names.append(name);
                    entry.name = names.back();
                    at = entries.insert(at, entry);
                }
                at->scratch = start;
                at->scratchSize = scratch.size() - start;
            }
        }

        out << "{\"attributes\":{";
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Entry &entry = entries.at(i);
            if (i > 0) {
                out << ',';
            }
            out << entry.prefix;
            if (entry.scratch >= 0) {
                out << QByteArrayView(m_scratch.constData() + entry.scratch, entry.scratchSize);
            } else if (entry.fixed && entry.value.isNull()) {
                const QString &time = entry.name == "created" ? resource.created : resource.updated;
                out << '"';
                out.escaped(QStringView(time));
                out << '"';
            } else {
                out << entry.value;
            }
        }
        out << "},\"id\":\"";
        const qsizetype idStart = out.size();
        out.escaped(QStringView(resource.id));
        m_id = out.since(idStart).toByteArray();
        out << "\",\"links\":{\"self\":\"" << m_typePath << m_id << "\"},\"relationships\":{";
        bool first = true;
        for (const Layout::Relationship &relationship : m_layout.relationships) {
            if (!first) {
                out << ',';
            }
            first = false;
            switch (relationship.kind) {
            case Layout::Link::Account:
                out << "\"account\":" << m_account;
                break;
            case Layout::Link::Environment: {
                const Member *environment = findMember(links, "environment");
                if (environment && isString(environment->value)) {
                    out << "\"environment\":{\"data\":{\"id\":" << environment->value
                        << ",\"type\":\"environments\"},\"links\":{\"related\":\"" << m_accountPath << "/environments/"
                        << environment->value.sliced(1, environment->value.size() - 2) << "\"}}";
                } else {
                    out << "\"environment\":{\"data\":null}";
                }
                break;
            }
            case Layout::Link::Spec:
                writeRelationship(out, relationship, resource, links);
                break;
            }
        }
        out << m_layout.end;
        return true;
    }

    void writeRelationship(TextOut &out,
                           const Layout::Relationship &relationship,
                           const StoredResource &resource,
                           const Members &links) const
    {
        const Member *link = relationship.spec->toOne ? findMember(links, relationship.name) : nullptr;
        if (link && isString(link->value)) {
            out << relationship.withData << link->value << relationship.dataType;
        } else {
            out << relationship.noData;
        }
        out << m_typePath << m_id << relationship.related;
        if (!relationship.meta.empty()) {
            const QList<qint64> *totals = nullptr;
            if (const auto byName = m_totals.constFind(relationship.spec->name); byName != m_totals.constEnd()) {
                if (const auto byId = byName->constFind(resource.id); byId != byName->constEnd()) {
                    totals = &*byId;
                }
            }
            out << ",\"meta\":{";
            for (size_t i = 0; i < relationship.meta.size(); ++i) {
                if (i > 0) {
                    out << ',';
                }
                out << relationship.meta[i].first << (totals ? totals->value(relationship.meta[i].second) : qint64(0));
            }
            out << '}';
        }
        out << '}';
    }

    const SandboxStore &m_store;
    const ResourceSpec &m_spec;
    const Layout &m_layout;
    const RelatedTotals &m_totals;
    QString m_accountId;
    QByteArray m_account;            // the account relationship's object
    QByteArray m_accountPath;        // escaped, unquoted
    QByteArray m_typePath;           // the account's path, the type and a slash: the resource's path without its id
    QByteArray m_id;                 // the resource's id, escaped
    QByteArray m_scratch;            // the hook's values as JSON text
    StoredResource m_input;          // the hook's input
    bool m_mapped = false;           // whether the three below describe a key order
    std::vector<QByteArray> m_keys;  // the stored attribute keys, in the order of the last resource
    std::vector<int> m_slots;        // per rendered attribute: its index among them, or -1
    std::vector<int> m_presentSlots; // per attribute the present hook reads: its index among them, or -1
};

} // namespace

void writeResource(QByteArray &out,
                   const SandboxStore &store,
                   const ResourceSpec &spec,
                   const StoredResource &resource,
                   const RelatedTotals &totals)
{
    TextOut text(out, 4096);
    PageWriter(store, spec, totals).write(text, resource);
}

Response listResponse(const SandboxStore &store,
                      const ResourceSpec &spec,
                      const QList<StoredResource> &resources,
                      const RelatedTotals &totals,
                      const QJsonObject &links)
{
    // A page is a quarter of a megabyte: allocating it afresh each time costs page faults (the allocator maps and
    // unmaps blocks this large). The thread keeps the last page's buffer and writes the next page into it once the
    // socket has let go of it.
    thread_local QByteArray spare;
    if (spare.isDetached()) {
        spare.truncate(0);
    } else {
        spare = QByteArray();
    }
    {
        // About 2.5 KB a license, the type with the most relationships.
        TextOut out(spare, 256 + resources.size() * 3072);
        out << "{\"data\":[";
        PageWriter writer(store, spec, totals);
        for (qsizetype i = 0; i < resources.size(); ++i) {
            if (i > 0) {
                out << ',';
            }
            writer.write(out, resources.at(i));
        }
        out << "],\"links\":" << QJsonDocument(links).toJson(QJsonDocument::Compact) << '}';
    }
    Response response;
    response.body = spare;
    return response;
}

} // namespace keydesk::sandbox
