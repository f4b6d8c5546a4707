#pragma once

// Keygen speaks JSON:API (https://jsonapi.org/format/1.0/): these types read its documents without losing
// anything Keygen sends, including attributes added in later API versions, and write request bodies back.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace keydesk::api {

class JsonText;

// A resource linkage: {"type": "policies", "id": "…"}.
struct ResourceIdentifier
{
    QString type;
    QString id;

    bool isNull() const { return type.isEmpty() && id.isEmpty(); }

    QJsonObject toJson() const;
    // nullopt unless the object has a string "type" and a string "id".
    static std::optional<ResourceIdentifier> fromJson(const QJsonValue &value);

    friend bool operator==(const ResourceIdentifier &, const ResourceIdentifier &) = default;
};

// One resource object (a license, a machine …) as Keygen sent it: attributes are kept whole, also the ones
// Keydesk does not know yet, so that writing the resource back or storing it loses nothing.
class Resource final
{
public:
    Resource() = default;
    explicit Resource(QString type, QString id = {});

    // nullopt and a translated reason in *error unless `object` is a resource object (a string "type", an
    // optional string "id", and objects where JSON:API wants objects).
    static std::optional<Resource> fromJson(const QJsonObject &object, QString *error = nullptr);
    // The whole resource object, including members other than the six JSON:API ones (e.g. "lid").
    QJsonObject toJson() const;

    bool isNull() const { return m_type.isEmpty(); }

    QString type() const { return m_type; }

    QString id() const { return m_id; }

    void setId(const QString &id)
    {
        m_id = id;
        m_source = {};
    }

    ResourceIdentifier identifier() const { return {m_type, m_id}; }

    // Attributes.
    QJsonObject attributes() const { return m_attributes; }

    void setAttributes(const QJsonObject &attributes)
    {
        m_attributes = attributes;
        m_source = {};
    }

    bool hasAttribute(const QString &name) const { return m_attributes.contains(name); }

    QJsonValue attribute(const QString &name) const { return m_attributes.value(name); }

    void setAttribute(const QString &name, const QJsonValue &value)
    {
        m_attributes.insert(name, value);
        m_source = {};
    }

    void removeAttribute(const QString &name)
    {
        m_attributes.remove(name);
        m_source = {};
    }

    // Typed reads; the fallback when the attribute is absent, null or of another type.
    QString stringAttribute(const QString &name, const QString &fallback = {}) const;
    bool boolAttribute(const QString &name, bool fallback = false) const;
    // Integral numbers only (Keygen's limits and counters); nullopt for null, absent, fractions or other types.
    std::optional<qint64> integerAttribute(const QString &name) const;
    // Keygen's ISO 8601 timestamps ("2022-06-15T18:52:12.068Z") in UTC; invalid when absent, null or malformed.
    QDateTime dateTimeAttribute(const QString &name) const;

    // The free-form "metadata" attribute (empty when absent).
    QJsonObject metadata() const { return m_attributes.value(QLatin1String("metadata")).toObject(); }

    // Relationships.
    QJsonObject relationships() const { return m_relationships; }

    void setRelationships(const QJsonObject &relationships)
    {
        m_relationships = relationships;
        m_source = {};
    }

    bool hasRelationship(const QString &name) const { return m_relationships.contains(name); }

    // The relationship object ({"data": …, "links": …, "meta": …}); empty when absent.
    QJsonObject relationship(const QString &name) const { return m_relationships.value(name).toObject(); }

    // The to-one linkage; nullopt when absent, null ({"data": null}) or a to-many relationship.
    std::optional<ResourceIdentifier> related(const QString &name) const;
    // The id of the to-one linkage, e.g. relatedId("policy"); empty when there is none.
    QString relatedId(const QString &name) const;
    // The to-many linkage (empty when absent, null, or only links are given, as Keygen does for lists).
    QList<ResourceIdentifier> relatedList(const QString &name) const;
    // links.related of a relationship, e.g. "/v1/accounts/…/licenses/…/machines".
    QString relatedLink(const QString &name) const;
    // meta of a relationship, e.g. {"count": 3, "cores": 8} for a license's machines.
    QJsonObject relationshipMeta(const QString &name) const;

    // Sets the linkage (keeps the relationship's links and meta); a null identifier sets "data": null.
    void setRelated(const QString &name, const ResourceIdentifier &target);
    void setRelatedList(const QString &name, const QList<ResourceIdentifier> &targets);

    void removeRelationship(const QString &name)
    {
        m_relationships.remove(name);
        m_source = {};
    }

    // Links and meta.
    QJsonObject links() const { return m_links; }

    void setLinks(const QJsonObject &links)
    {
        m_links = links;
        m_source = {};
    }

    QString selfLink() const { return m_links.value(QLatin1String("self")).toString(); }

    QJsonObject meta() const { return m_meta; }

    void setMeta(const QJsonObject &meta)
    {
        m_meta = meta;
        m_source = {};
    }

    // The body of a create (POST) or update (PATCH) request: {"data": {"type", "id"?, "attributes",
    // "relationships"}}. Every attribute of this resource is sent, known or not; relationships are reduced to
    // their linkage ("data"), and relationships without one are left out. Keygen refuses attributes it does
    // not accept for writing (created, status …), so build the resource to send with only what should change,
    // e.g. with withOnlyAttributes().
    QJsonObject toRequestDocument() const;
    QByteArray toRequestBody() const;

    // A copy with this type and id, the named attributes that exist here, and no relationships, links or meta:
    // the starting point of an update that changes only those attributes.
    Resource withOnlyAttributes(const QStringList &names) const;

    // The resource object's JSON text as the server sent it, when it was read from an answer (Document::parse) and
    // has not been changed since (every setter forgets it): the cache stores a sync's resources from this text
    // without walking Qt's JSON objects. Empty otherwise. Not part of the resource's value (operator==).
    QByteArrayView sourceText() const { return QByteArrayView(m_source.answer).sliced(m_source.offset, m_source.size); }

    friend bool operator==(const Resource &, const Resource &) = default;

private:
    friend class Document;     // gives resources their text
    friend class ResourceText; // likewise

    // `answer` is shared, not copied; [offset, offset + size) is this resource's object.
    void setSourceText(const QByteArray &answer, qsizetype offset, qsizetype size)
    {
        m_source = {answer, offset, size};
    }

    struct Source
    {
        QByteArray answer;
        qsizetype offset = 0;
        qsizetype size = 0;

        // Not part of the resource's value.
        friend bool operator==(const Source &, const Source &) { return true; }
    };

    QString m_type;
    QString m_id;
    QJsonObject m_attributes;
    QJsonObject m_relationships;
    QJsonObject m_links;
    QJsonObject m_meta;
    QJsonObject m_otherMembers; // e.g. "lid"; kept so that toJson() returns what was read
    Source m_source;
};

// One resource object of an answer as its JSON text, with its type and id: what a sync stores (the cache encodes
// the text, not Qt's JSON objects). Copies share the answer's bytes.
class ResourceText final
{
public:
    ResourceText() = default;
    // The resource's source text (Resource::sourceText()), or its JSON written compactly when it has none.
    static ResourceText of(const Resource &resource);

    QString type() const { return m_type; }

    QString id() const { return m_id; }

    QByteArrayView text() const { return QByteArrayView(m_answer).sliced(m_offset, m_size); }

    // The resource with Qt's JSON objects, its source text kept; nullopt and a translated reason in *error when the
    // text is not a resource object.
    std::optional<Resource> toResource(QString *error = nullptr) const;

    // The page's JsonText, when a ListPage read it (null otherwise), and the node of this resource's object in it:
    // the cache encodes the resource from it without reading the text again.
    const JsonText *parsed() const { return m_parsed.get(); }

    int parsedNode() const { return m_node; }

private:
    friend class ListPage;

    QString m_type;
    QString m_id;
    QByteArray m_answer; // shared; [offset, offset + size) is this resource's object
    qsizetype m_offset = 0;
    qsizetype m_size = 0;
    std::shared_ptr<const JsonText> m_parsed; // of m_answer, shared by the page's resources
    int m_node = -1;
};

// One page of a list (GET /v1/accounts/<a>/licenses?page[…]) read as text: the resources of "data" and links.next.
// What a sync needs of a page, at a tenth of the cost of Document::parse() (which builds Qt's JSON objects), so
// that the next page can be asked for sooner. It checks what Document::parse() checks of a list, but reads JSON
// by RFC 8259 (JsonText), which is stricter than Qt's reader; it does not read "included" or "errors".
class ListPage final
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::api::Document)

public:
    // nullopt and a translated sentence in *error when the answer is not a JSON:API document whose data is a list
    // of resource objects.
    static std::optional<ListPage> parse(const QByteArray &answer, QString *error = nullptr);

    const QList<ResourceText> &resources() const { return m_resources; }

    // links.next as Keygen writes it (a path with its query); empty when absent or null (the last page).
    QString nextLink() const { return m_nextLink; }

private:
    QList<ResourceText> m_resources;
    QString m_nextLink;
};

// One entry of a document's "errors" (https://keygen.sh/docs/api/errors/).
struct ErrorObject
{
    QString title;           // "Unprocessable resource"
    QString detail;          // "machine count has exceeded maximum allowed for license (3)"
    QString code;            // "MACHINE_LIMIT_EXCEEDED" (may be empty)
    QString sourcePointer;   // "/data/attributes/fingerprint"
    QString sourceParameter; // "page[size]"
    QString sourceHeader;    // "Keygen-Accept-Signature"
    QString aboutLink;       // links.about, a documentation URL
    QString status;          // JSON:API's optional "status" member (Keygen leaves it out)
    QJsonObject json;        // the whole error object

    static ErrorObject fromJson(const QJsonObject &object);
};

// A whole JSON:API document: primary data (one resource, a list, or null), included resources, links, meta
// and errors.
class Document final
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::api::Document)

public:
    enum class DataKind {
        Absent, // no "data" member (error documents, meta-only answers)
        Null,   // "data": null
        Single, // "data": {…}
        List,   // "data": […]
    };

    Document() = default;
    static Document single(const Resource &resource);
    static Document list(const QList<Resource> &resources);

    // Parses a response body. nullopt and a translated sentence in *error when the bytes are not JSON, not an
    // object, or not a JSON:API document (no data, errors or meta; a member of the wrong type; a resource
    // without a type). An empty body (e.g. 204 No Content) is an error too: check for it before parsing.
    static std::optional<Document> parse(QByteArrayView bytes, QString *error = nullptr);
    static std::optional<Document> fromJson(const QJsonObject &object, QString *error = nullptr);

    QJsonObject toJson() const;
    QByteArray toBytes() const; // compact

    DataKind dataKind() const { return m_dataKind; }

    // The single primary resource; a null Resource unless dataKind() is Single.
    Resource resource() const;

    // The primary resources: the list, or the single one as a list of one; empty for Null and Absent.
    QList<Resource> resources() const { return m_data; }

    QList<Resource> included() const { return m_included; }

    // The included resource with that identity, e.g. the policy of a license fetched with ?include=policy.
    std::optional<Resource> findIncluded(const ResourceIdentifier &identifier) const;

    QJsonObject links() const { return m_links; }

    // Pagination links as Keygen writes them (paths with query, e.g. "/v1/accounts/x/licenses?page%5Bnumber%5D=2
    // &page%5Bsize%5D=10"); empty when absent or null (null marks the last page).
    QString link(const QString &name) const;

    QString selfLink() const { return link(QStringLiteral("self")); }

    QString nextLink() const { return link(QStringLiteral("next")); }

    QString prevLink() const { return link(QStringLiteral("prev")); }

    QString firstLink() const { return link(QStringLiteral("first")); }

    QString lastLink() const { return link(QStringLiteral("last")); }

    QJsonObject meta() const { return m_meta; }

    void setMeta(const QJsonObject &meta) { m_meta = meta; }

    QList<ErrorObject> errors() const { return m_errors; }

    bool hasErrors() const { return !m_errors.isEmpty(); }

    // Keygen's request id (meta.id of error documents), for support requests.
    QString requestId() const { return m_meta.value(QLatin1String("id")).toString(); }

private:
    // Gives each resource its text in `answer` (Resource::sourceText).
    void keepSourceTexts(const QByteArray &answer);

    DataKind m_dataKind = DataKind::Absent;
    QList<Resource> m_data;
    QList<Resource> m_included;
    QJsonObject m_links;
    QJsonObject m_meta;
    QList<ErrorObject> m_errors;
    QJsonObject m_otherMembers; // "jsonapi" and anything else at the top level
};

} // namespace keydesk::api
