#include "app/api/jsonapi.h"

#include "app/api/jsontext.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace keydesk::api {

namespace {

const QLatin1String kType("type");
const QLatin1String kId("id");
const QLatin1String kAttributes("attributes");
const QLatin1String kRelationships("relationships");
const QLatin1String kLinks("links");
const QLatin1String kMeta("meta");
const QLatin1String kData("data");
const QLatin1String kIncluded("included");
const QLatin1String kErrors("errors");

// A member that JSON:API wants to be an object: absent is fine, anything else but an object is not.
bool objectOrAbsent(const QJsonObject &parent, QLatin1String name)
{
    return !parent.contains(name) || parent.value(name).isObject();
}

// Keygen's timestamps have milliseconds; older ones and other servers may not.
QDateTime parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

// ResourceIdentifier

QJsonObject ResourceIdentifier::toJson() const
{
    return QJsonObject{{kType, type}, {kId, id}};
}

std::optional<ResourceIdentifier> ResourceIdentifier::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (!object.value(kType).isString() || !object.value(kId).isString()) {
        return std::nullopt;
    }
    return ResourceIdentifier{object.value(kType).toString(), object.value(kId).toString()};
}

// Resource

Resource::Resource(QString type, QString id)
    : m_type(std::move(type))
    , m_id(std::move(id))
{
}

std::optional<Resource> Resource::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error) {
            *error = reason;
        }
        return std::nullopt;
    };
    if (!object.value(kType).isString() || object.value(kType).toString().isEmpty()) {
        return fail(Document::tr("A resource in the server's answer has no type."));
    }
    if (object.contains(kId) && !object.value(kId).isString()) {
        return fail(Document::tr("A resource in the server's answer has an id that is not a string."));
    }
    for (const QLatin1String member : {kAttributes, kRelationships, kLinks, kMeta}) {
        if (!objectOrAbsent(object, member)) {
            return fail(
                Document::tr("The member \"%1\" of a resource in the server's answer is not an object.").arg(member));
        }
    }
    Resource resource(object.value(kType).toString(), object.value(kId).toString());
    resource.m_attributes = object.value(kAttributes).toObject();
    resource.m_relationships = object.value(kRelationships).toObject();
    resource.m_links = object.value(kLinks).toObject();
    resource.m_meta = object.value(kMeta).toObject();
    resource.m_otherMembers = object;
    for (const QLatin1String member : {kType, kId, kAttributes, kRelationships, kLinks, kMeta}) {
        resource.m_otherMembers.remove(member);
    }
    return resource;
}

QJsonObject Resource::toJson() const
{
    QJsonObject object = m_otherMembers;
    object.insert(kType, m_type);
    if (!m_id.isEmpty()) {
        object.insert(kId, m_id);
    }
    if (!m_attributes.isEmpty()) {
        object.insert(kAttributes, m_attributes);
    }
    if (!m_relationships.isEmpty()) {
        object.insert(kRelationships, m_relationships);
    }
    if (!m_links.isEmpty()) {
        object.insert(kLinks, m_links);
    }
    if (!m_meta.isEmpty()) {
        object.insert(kMeta, m_meta);
    }
    return object;
}

QString Resource::stringAttribute(const QString &name, const QString &fallback) const
{
    const QJsonValue value = m_attributes.value(name);
    return value.isString() ? value.toString() : fallback;
}

bool Resource::boolAttribute(const QString &name, bool fallback) const
{
    const QJsonValue value = m_attributes.value(name);
    return value.isBool() ? value.toBool() : fallback;
}

std::optional<qint64> Resource::integerAttribute(const QString &name) const
{
    const QJsonValue value = m_attributes.value(name);
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    // Beyond 2^53 a double no longer holds every integer: such a value was not sent as an exact integer.
    if (std::trunc(number) != number || std::abs(number) > 9007199254740992.0) {
        return std::nullopt;
    }
    return qint64(number);
}

QDateTime Resource::dateTimeAttribute(const QString &name) const
{
    const QJsonValue value = m_attributes.value(name);
    return value.isString() ? parseTimestamp(value.toString()) : QDateTime();
}

std::optional<ResourceIdentifier> Resource::related(const QString &name) const
{
    return ResourceIdentifier::fromJson(relationship(name).value(kData));
}

QString Resource::relatedId(const QString &name) const
{
    const auto target = related(name);
    return target ? target->id : QString();
}

QList<ResourceIdentifier> Resource::relatedList(const QString &name) const
{
    QList<ResourceIdentifier> targets;
    for (const QJsonValue &entry : relationship(name).value(kData).toArray()) {
        if (const auto target = ResourceIdentifier::fromJson(entry)) {
            targets.append(*target);
        }
    }
    return targets;
}

QString Resource::relatedLink(const QString &name) const
{
    return relationship(name).value(kLinks).toObject().value(QLatin1String("related")).toString();
}

QJsonObject Resource::relationshipMeta(const QString &name) const
{
    return relationship(name).value(kMeta).toObject();
}

void Resource::setRelated(const QString &name, const ResourceIdentifier &target)
{
    m_source = {};
    QJsonObject entry = relationship(name);
    entry.insert(kData, target.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(target.toJson()));
    m_relationships.insert(name, entry);
}

void Resource::setRelatedList(const QString &name, const QList<ResourceIdentifier> &targets)
{
    m_source = {};
    QJsonArray data;
    for (const ResourceIdentifier &target : targets) {
        data.append(target.toJson());
    }
    QJsonObject entry = relationship(name);
    entry.insert(kData, data);
    m_relationships.insert(name, entry);
}

QJsonObject Resource::toRequestDocument() const
{
    QJsonObject data{{kType, m_type}};
    if (!m_id.isEmpty()) {
        data.insert(kId, m_id);
    }
    if (!m_attributes.isEmpty()) {
        data.insert(kAttributes, m_attributes);
    }
    QJsonObject linkage;
    for (auto it = m_relationships.constBegin(); it != m_relationships.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        if (entry.contains(kData)) {
            linkage.insert(it.key(), QJsonObject{{kData, entry.value(kData)}});
        }
    }
    if (!linkage.isEmpty()) {
        data.insert(kRelationships, linkage);
    }
    return QJsonObject{{kData, data}};
}

QByteArray Resource::toRequestBody() const
{
    return QJsonDocument(toRequestDocument()).toJson(QJsonDocument::Compact);
}

Resource Resource::withOnlyAttributes(const QStringList &names) const
{
    Resource copy(m_type, m_id);
    for (const QString &name : names) {
        if (m_attributes.contains(name)) {
            copy.m_attributes.insert(name, m_attributes.value(name));
        }
    }
    return copy;
}

// ErrorObject

ErrorObject ErrorObject::fromJson(const QJsonObject &object)
{
    ErrorObject error;
    error.title = object.value(QLatin1String("title")).toString();
    error.detail = object.value(QLatin1String("detail")).toString();
    error.code = object.value(QLatin1String("code")).toString();
    const QJsonObject source = object.value(QLatin1String("source")).toObject();
    error.sourcePointer = source.value(QLatin1String("pointer")).toString();
    error.sourceParameter = source.value(QLatin1String("parameter")).toString();
    error.sourceHeader = source.value(QLatin1String("header")).toString();
    error.aboutLink = object.value(kLinks).toObject().value(QLatin1String("about")).toString();
    const QJsonValue status = object.value(QLatin1String("status"));
    error.status = status.isDouble() ? QString::number(status.toInt()) : status.toString();
    error.json = object;
    return error;
}

// Document

Document Document::single(const Resource &resource)
{
    Document document;
    document.m_dataKind = DataKind::Single;
    document.m_data = {resource};
    return document;
}

Document Document::list(const QList<Resource> &resources)
{
    Document document;
    document.m_dataKind = DataKind::List;
    document.m_data = resources;
    return document;
}

std::optional<Document> Document::parse(QByteArrayView bytes, QString *error)
{
    if (bytes.trimmed().isEmpty()) {
        if (error) {
            *error = tr("The server's answer is empty.");
        }
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QByteArray answer = bytes.toByteArray();
    const QJsonDocument json = QJsonDocument::fromJson(answer, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = tr("The server's answer is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        }
        return std::nullopt;
    }
    if (!json.isObject()) {
        if (error) {
            *error = tr("The server's answer is not a JSON object.");
        }
        return std::nullopt;
    }
    std::optional<Document> document = fromJson(json.object(), error);
    if (document) {
        document->keepSourceTexts(answer);
    }
    return document;
}

void Document::keepSourceTexts(const QByteArray &answer)
{
    // The resources' texts, found in a second pass over the bytes: Qt's reader does not tell where a value was.
    thread_local JsonText json;
    if (!json.parse(answer)) {
        return;
    }
    // A text is kept only where it is surely the resource Qt read: the same type and id (an answer with a member
    // twice, which Qt reads one way, could otherwise pair a resource with another's text).
    const auto matches = [&](int object, const Resource &resource) {
        const int type = json.member(object, QLatin1StringView("type"));
        const int id = json.member(object, QLatin1StringView("id"));
        return type >= 0 && json[type].kind == JsonText::Kind::String && json.string(type) == resource.type()
            && (id < 0 ? resource.id().isEmpty()
                       : json[id].kind == JsonText::Kind::String && json.string(id) == resource.id());
    };
    const auto keep = [&](int value, QList<Resource> &resources) {
        if (value < 0) {
            return;
        }
        QList<int> objects;
        if (json[value].kind == JsonText::Kind::Object) {
            objects.append(value);
        } else if (json[value].kind == JsonText::Kind::Array) {
            for (int item = value + 1; item < json[value].next; item = json[item].next) {
                objects.append(item);
            }
        }
        if (objects.size() != resources.size()) {
            return;
        }
        for (qsizetype i = 0; i < objects.size(); ++i) {
            if (!matches(objects.at(i), resources.at(i))) {
                return;
            }
        }
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const JsonText::Node &node = json[objects.at(i)];
            resources[i].setSourceText(answer, node.begin, node.end - node.begin);
        }
    };
    keep(json.member(0, QLatin1StringView("data")), m_data);
    keep(json.member(0, QLatin1StringView("included")), m_included);
}

std::optional<Document> Document::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error) {
            *error = reason;
        }
        return std::nullopt;
    };
    if (!object.contains(kData) && !object.contains(kErrors) && !object.contains(kMeta)) {
        return fail(tr("The server's answer is not a JSON:API document: it has no data, errors or meta."));
    }
    for (const QLatin1String member : {kLinks, kMeta}) {
        if (!objectOrAbsent(object, member)) {
            return fail(tr("The member \"%1\" of the server's answer is not an object.").arg(member));
        }
    }

    Document document;
    const QJsonValue data = object.value(kData);
    if (data.isObject()) {
        const auto resource = Resource::fromJson(data.toObject(), error);
        if (!resource) {
            return std::nullopt;
        }
        document.m_dataKind = DataKind::Single;
        document.m_data = {*resource};
    } else if (data.isArray()) {
        document.m_dataKind = DataKind::List;
        for (const QJsonValue &entry : data.toArray()) {
            if (!entry.isObject()) {
                return fail(tr("The server's answer lists something that is not a resource."));
            }
            const auto resource = Resource::fromJson(entry.toObject(), error);
            if (!resource) {
                return std::nullopt;
            }
            document.m_data.append(*resource);
        }
    } else if (data.isNull()) {
        document.m_dataKind = DataKind::Null;
    } else if (!data.isUndefined()) {
        return fail(tr("The data of the server's answer is neither a resource, a list nor null."));
    }

    if (object.contains(kIncluded)) {
        if (!object.value(kIncluded).isArray()) {
            return fail(tr("The member \"included\" of the server's answer is not a list."));
        }
        for (const QJsonValue &entry : object.value(kIncluded).toArray()) {
            if (!entry.isObject()) {
                return fail(tr("The server's answer includes something that is not a resource."));
            }
            const auto resource = Resource::fromJson(entry.toObject(), error);
            if (!resource) {
                return std::nullopt;
            }
            document.m_included.append(*resource);
        }
    }

    if (object.contains(kErrors)) {
        if (!object.value(kErrors).isArray()) {
            return fail(tr("The member \"errors\" of the server's answer is not a list."));
        }
        for (const QJsonValue &entry : object.value(kErrors).toArray()) {
            if (!entry.isObject()) {
                return fail(tr("The server's answer holds an error that is not an object."));
            }
            document.m_errors.append(ErrorObject::fromJson(entry.toObject()));
        }
    }

    document.m_links = object.value(kLinks).toObject();
    document.m_meta = object.value(kMeta).toObject();
    document.m_otherMembers = object;
    for (const QLatin1String member : {kData, kIncluded, kLinks, kMeta, kErrors}) {
        document.m_otherMembers.remove(member);
    }
    return document;
}

QJsonObject Document::toJson() const
{
    QJsonObject object = m_otherMembers;
    switch (m_dataKind) {
    case DataKind::Absent:
        break;
    case DataKind::Null:
        object.insert(kData, QJsonValue::Null);
        break;
    case DataKind::Single:
        object.insert(kData, m_data.value(0).toJson());
        break;
    case DataKind::List: {
        QJsonArray list;
        for (const Resource &resource : m_data) {
            list.append(resource.toJson());
        }
        object.insert(kData, list);
        break;
    }
    }
    if (!m_included.isEmpty()) {
        QJsonArray included;
        for (const Resource &resource : m_included) {
            included.append(resource.toJson());
        }
        object.insert(kIncluded, included);
    }
    if (!m_links.isEmpty()) {
        object.insert(kLinks, m_links);
    }
    if (!m_meta.isEmpty()) {
        object.insert(kMeta, m_meta);
    }
    if (!m_errors.isEmpty()) {
        QJsonArray errors;
        for (const ErrorObject &entry : m_errors) {
            errors.append(entry.json);
        }
        object.insert(kErrors, errors);
    }
    return object;
}

QByteArray Document::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Resource Document::resource() const
{
    return m_dataKind == DataKind::Single ? m_data.value(0) : Resource();
}

std::optional<Resource> Document::findIncluded(const ResourceIdentifier &identifier) const
{
    for (const Resource &resource : m_included) {
        if (resource.identifier() == identifier) {
            return resource;
        }
    }
    return std::nullopt;
}

QString Document::link(const QString &name) const
{
    return m_links.value(name).toString();
}

// ResourceText

ResourceText ResourceText::of(const Resource &resource)
{
    ResourceText text;
    text.m_type = resource.type();
    text.m_id = resource.id();
    if (!resource.m_source.answer.isEmpty()) {
        text.m_answer = resource.m_source.answer;
        text.m_offset = resource.m_source.offset;
        text.m_size = resource.m_source.size;
    } else {
        text.m_answer = QJsonDocument(resource.toJson()).toJson(QJsonDocument::Compact);
        text.m_size = text.m_answer.size();
    }
    return text;
}

std::optional<Resource> ResourceText::toResource(QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text().toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        if (error) {
            *error = Document::tr("The server's answer lists something that is not a resource.");
        }
        return std::nullopt;
    }
    std::optional<Resource> resource = Resource::fromJson(json.object(), error);
    if (resource && resource->type() == m_type && resource->id() == m_id) {
        resource->setSourceText(m_answer, m_offset, m_size);
    }
    return resource;
}

// ListPage

std::optional<ListPage> ListPage::parse(const QByteArray &answer, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error) {
            *error = reason;
        }
        return std::nullopt;
    };
    // Kept with the resources (ResourceText::parsed()), which the cache encodes in another thread: one per page.
    const auto parsed = std::make_shared<JsonText>();
    const JsonText &json = *parsed;
    if (answer.trimmed().isEmpty()) {
        return fail(tr("The server's answer is empty."));
    }
    if (!parsed->parse(answer)) {
        return fail(tr("The server's answer is not valid JSON."));
    }
    if (json[0].kind != JsonText::Kind::Object) {
        return fail(tr("The server's answer is not a JSON object."));
    }
    const int data = json.member(0, kData);
    if (data < 0 && json.member(0, kErrors) < 0 && json.member(0, kMeta) < 0) {
        return fail(tr("The server's answer is not a JSON:API document: it has no data, errors or meta."));
    }
    const auto objectOrAbsent = [&](int parent, QLatin1String name) {
        const int value = json.member(parent, name);
        return value < 0 || json[value].kind == JsonText::Kind::Object;
    };
    for (const QLatin1String member : {kLinks, kMeta}) {
        if (!objectOrAbsent(0, member)) {
            return fail(tr("The member \"%1\" of the server's answer is not an object.").arg(member));
        }
    }
    if (data < 0 || json[data].kind != JsonText::Kind::Array) {
        return fail(tr("The server did not answer with a list."));
    }

    ListPage page;
    for (int item = data + 1; item < json[data].next; item = json[item].next) {
        if (json[item].kind != JsonText::Kind::Object) {
            return fail(tr("The server's answer lists something that is not a resource."));
        }
        const int type = json.member(item, kType);
        if (type < 0 || json[type].kind != JsonText::Kind::String || json.chars(type).isEmpty()) {
            return fail(tr("A resource in the server's answer has no type."));
        }
        const int id = json.member(item, kId);
        if (id >= 0 && json[id].kind != JsonText::Kind::String) {
            return fail(tr("A resource in the server's answer has an id that is not a string."));
        }
        for (const QLatin1String member : {kAttributes, kRelationships, kLinks, kMeta}) {
            if (!objectOrAbsent(item, member)) {
                return fail(tr("The member \"%1\" of a resource in the server's answer is not an object.").arg(member));
            }
        }
        ResourceText resource;
        resource.m_type = json.string(type);
        resource.m_id = id < 0 ? QString() : json.string(id);
        resource.m_answer = answer;
        resource.m_offset = json[item].begin;
        resource.m_size = json[item].end - json[item].begin;
        resource.m_parsed = parsed;
        resource.m_node = item;
        page.m_resources.append(std::move(resource));
    }
    const int links = json.member(0, kLinks);
    const int next = links < 0 ? -1 : json.member(links, QLatin1StringView("next"));
    if (next >= 0 && json[next].kind == JsonText::Kind::String) {
        page.m_nextLink = json.string(next);
    }
    return page;
}

} // namespace keydesk::api
