#include "models/resourcedetailmodel.h"

#include "app/cache/resourcetypes.h"
#include "models/resourcecolumns.h"
#include "models/roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace keydesk {

namespace {

// Section rows carry internal id 0; a field row carries its section + 1.
constexpr quintptr kSectionId = 0;

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list) {
        result.append(QLatin1String(name));
    }
    return result;
}

// Attributes that are timestamps or limits even while null, when the cache has no column that says so.
bool isTimestampName(const QString &name)
{
    return name == QLatin1String("expiry") || name == QLatin1String("created") || name == QLatin1String("updated")
        || name == QLatin1String("yanked") || name == QLatin1String("backdated")
        || (name.startsWith(QLatin1String("last")) && name.size() > 4 && name.at(4).isUpper())
        || (name.startsWith(QLatin1String("next")) && name.size() > 4 && name.at(4).isUpper());
}

bool isIntegerName(const QString &name)
{
    return (name.startsWith(QLatin1String("max")) && name.size() > 3 && name.at(3).isUpper())
        || names({"cores",
                  "memory",
                  "disk",
                  "duration",
                  "uses",
                  "filesize",
                  "heartbeatDuration",
                  "checkInInterval",
                  "checkInIntervalCount"})
               .contains(name);
}

bool isBooleanName(const QString &name)
{
    return name.startsWith(QLatin1String("require"))
        || names({"protected", "suspended", "strict", "floating", "encrypted", "usePool", "enabled"}).contains(name);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    // Scalars as JSON text too: wrap them in an array to use QJsonDocument, then unwrap.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString pluralOf(const QString &type, qint64 n)
{
    const int count = int(n);
    const bool one = n == 1;
    if (type == QLatin1String("machines")) {
        return one ? ResourceDetailModel::tr("%n machine", nullptr, count)
                   : ResourceDetailModel::tr("%n machines", nullptr, count);
    }
    if (type == QLatin1String("licenses")) {
        return one ? ResourceDetailModel::tr("%n license", nullptr, count)
                   : ResourceDetailModel::tr("%n licenses", nullptr, count);
    }
    if (type == QLatin1String("users")) {
        return one ? ResourceDetailModel::tr("%n user", nullptr, count)
                   : ResourceDetailModel::tr("%n users", nullptr, count);
    }
    if (type == QLatin1String("policies")) {
        return one ? ResourceDetailModel::tr("%n policy", nullptr, count)
                   : ResourceDetailModel::tr("%n policies", nullptr, count);
    }
    if (type == QLatin1String("entitlements")) {
        return one ? ResourceDetailModel::tr("%n entitlement", nullptr, count)
                   : ResourceDetailModel::tr("%n entitlements", nullptr, count);
    }
    if (type == QLatin1String("releases")) {
        return one ? ResourceDetailModel::tr("%n release", nullptr, count)
                   : ResourceDetailModel::tr("%n releases", nullptr, count);
    }
    if (type == QLatin1String("artifacts")) {
        return one ? ResourceDetailModel::tr("%n artifact", nullptr, count)
                   : ResourceDetailModel::tr("%n artifacts", nullptr, count);
    }
    if (type == QLatin1String("tokens")) {
        return one ? ResourceDetailModel::tr("%n token", nullptr, count)
                   : ResourceDetailModel::tr("%n tokens", nullptr, count);
    }
    if (type == QLatin1String("processes")) {
        return one ? ResourceDetailModel::tr("%n process", nullptr, count)
                   : ResourceDetailModel::tr("%n processes", nullptr, count);
    }
    if (type == QLatin1String("components")) {
        return one ? ResourceDetailModel::tr("%n component", nullptr, count)
                   : ResourceDetailModel::tr("%n components", nullptr, count);
    }
    return one ? ResourceDetailModel::tr("%n item", nullptr, count)
               : ResourceDetailModel::tr("%n items", nullptr, count);
}

} // namespace

ResourceDetailModel::ResourceDetailModel(cache::Cache *cache, QObject *parent)
    : QAbstractItemModel(parent)
    , m_cache(cache)
{
}

ResourceDetailModel::~ResourceDetailModel() = default;

void ResourceDetailModel::setResource(const api::Resource &resource)
{
    beginResetModel();
    m_resource = resource;
    m_lastValidationError.clear();
    build();
    endResetModel();
    Q_EMIT pendingChangesChanged();
}

void ResourceDetailModel::setNow(const QDateTime &now)
{
    m_now = now;
    const QModelIndex attributes = sectionIndex(AttributesSection);
    if (rowCount(attributes) > 0) {
        Q_EMIT dataChanged(index(0, 0, attributes), index(rowCount(attributes) - 1, ColumnCount - 1, attributes));
    }
}

QDateTime ResourceDetailModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

QStringList ResourceDetailModel::writableAttributes(const QString &type)
{
    // Suspending a license, publishing or yanking a release, and changing a password are actions of their own.
    if (type == QLatin1String("licenses")) {
        return names({"name",
                      "expiry",
                      "maxMachines",
                      "maxProcesses",
                      "maxUsers",
                      "maxCores",
                      "maxMemory",
                      "maxDisk",
                      "maxUses",
                      "protected"});
    }
    if (type == QLatin1String("machines")) {
        return names({"name", "ip", "hostname", "platform", "cores", "memory", "disk"});
    }
    if (type == QLatin1String("users")) {
        return names({"email", "firstName", "lastName", "role"});
    }
    if (type == QLatin1String("groups")) {
        return names({"name", "maxUsers", "maxLicenses", "maxMachines"});
    }
    if (type == QLatin1String("products")) {
        return names({"name", "code", "distributionStrategy", "url"});
    }
    if (type == QLatin1String("policies")) {
        return names({"name",
                      "duration",
                      "strict",
                      "floating",
                      "protected",
                      "maxMachines",
                      "maxProcesses",
                      "maxUsers",
                      "maxCores",
                      "maxMemory",
                      "maxDisk",
                      "maxUses",
                      "requireHeartbeat",
                      "heartbeatDuration",
                      "requireCheckIn",
                      "checkInInterval",
                      "checkInIntervalCount",
                      "expirationStrategy",
                      "expirationBasis",
                      "renewalBasis",
                      "transferStrategy",
                      "authenticationStrategy",
                      "machineUniquenessStrategy",
                      "machineMatchingStrategy",
                      "machineLeasingStrategy",
                      "processLeasingStrategy",
                      "overageStrategy",
                      "heartbeatCullStrategy",
                      "heartbeatResurrectionStrategy",
                      "heartbeatBasis",
                      "requireProductScope",
                      "requirePolicyScope",
                      "requireMachineScope",
                      "requireFingerprintScope",
                      "requireUserScope",
                      "requireChecksumScope",
                      "requireVersionScope",
                      "requireComponentsScope"});
    }
    if (type == QLatin1String("entitlements")) {
        return names({"name", "code"});
    }
    if (type == QLatin1String("releases")) {
        return names({"name", "description", "tag", "backdated"});
    }
    if (type == QLatin1String("artifacts")) {
        return names({"filesize", "signature", "checksum"});
    }
    return {};
}

bool ResourceDetailModel::isMetadataWritable() const
{
    return cache::cachedTypes().contains(m_resource.type());
}

// ---- Building the rows ----

void ResourceDetailModel::build()
{
    for (QList<Field> &fields : m_sections) {
        fields.clear();
    }
    if (m_resource.isNull()) {
        return;
    }
    buildAttributes();
    buildRelationships();
    buildMetadata();
}

ResourceDetailModel::Field ResourceDetailModel::attributeField(const QString &name, const QJsonValue &value) const
{
    Field field;
    field.name = name;
    field.original = value;
    field.value = value;
    field.label = ResourceColumns::labelFromName(name);
    bool known = false;
    for (const cache::Column &column : cache::columnsOf(m_resource.type())) {
        if (column.name == name && column.kind != cache::Column::Kind::Id) {
            field.label = column.label;
            known = true;
            switch (column.kind) {
            case cache::Column::Kind::Integer:
                field.kind = Field::Kind::Integer;
                break;
            case cache::Column::Kind::Boolean:
                field.kind = Field::Kind::Boolean;
                break;
            case cache::Column::Kind::Timestamp:
                field.kind = Field::Kind::Timestamp;
                break;
            default:
                field.kind = Field::Kind::Text;
                break;
            }
        }
    }
    if (!known) {
        if (value.isBool() || (value.isNull() && isBooleanName(name))) {
            field.kind = Field::Kind::Boolean;
        } else if (value.isDouble() || (value.isNull() && isIntegerName(name))) {
            field.kind = Field::Kind::Integer;
        } else if (value.isObject() || value.isArray()) {
            field.kind = Field::Kind::Json;
        } else if (isTimestampName(name)) {
            field.kind = Field::Kind::Timestamp;
        }
    }
    // Numbers Keygen sends with a fraction are not limits: show them as they are.
    if (field.kind == Field::Kind::Integer && value.isDouble()
        && value.toDouble() != double(qint64(value.toDouble()))) {
        field.kind = Field::Kind::Json;
    }
    field.editable = field.kind != Field::Kind::Json && writableAttributes(m_resource.type()).contains(name);
    return field;
}

void ResourceDetailModel::buildAttributes()
{
    const QJsonObject attributes = m_resource.attributes();
    QStringList order;
    // The cache's columns give the order a user expects (name, key, status, expiry …); then the rest, A to Z; the
    // creation and update times last.
    for (const cache::Column &column : cache::columnsOf(m_resource.type())) {
        if (attributes.contains(column.name) && column.name != QLatin1String("created")
            && column.name != QLatin1String("updated")) {
            order.append(column.name);
        }
    }
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        if (!order.contains(it.key()) && it.key() != QLatin1String("metadata") && it.key() != QLatin1String("created")
            && it.key() != QLatin1String("updated")) {
            order.append(it.key());
        }
    }
    for (const char *time : {"created", "updated"}) {
        if (attributes.contains(QLatin1String(time))) {
            order.append(QLatin1String(time));
        }
    }
    // Writable attributes Keygen left out (a release without a tag) can be set too.
    for (const QString &name : writableAttributes(m_resource.type())) {
        if (!order.contains(name)) {
            order.append(name);
        }
    }
    for (const QString &name : std::as_const(order)) {
        m_sections[AttributesSection].append(attributeField(name, attributes.value(name)));
    }
}

void ResourceDetailModel::buildRelationships()
{
    const QJsonObject relationships = m_resource.relationships();
    const cache::TypeSpec *spec = cache::typeSpec(m_resource.type());
    for (auto it = relationships.constBegin(); it != relationships.constEnd(); ++it) {
        // The account and environment are the ones the profile is connected to.
        if (it.key() == QLatin1String("account") || it.key() == QLatin1String("environment")) {
            continue;
        }
        const QJsonObject relationship = it.value().toObject();
        const QJsonValue data = relationship.value(QLatin1String("data"));
        Field field;
        field.name = it.key();
        field.label = ResourceColumns::labelFromName(it.key());
        if (spec) {
            if (const cache::ColumnSpec *column = spec->column(it.key())) {
                field.label = QCoreApplication::translate("keydesk::cache::Cache", column->label);
            }
        }
        if (data.isObject()) {
            const auto target = api::ResourceIdentifier::fromJson(data);
            if (target) {
                field.linkType = target->type;
                field.linkId = target->id;
                const QString name = relatedName(target->type, target->id);
                field.display = name.isEmpty() ? target->id : name;
                field.toolTip = tr("%1 %2").arg(target->type, target->id);
            }
        } else if (data.isNull() && relationship.contains(QLatin1String("data"))) {
            field.display = ResourceColumns::nullText();
            field.toolTip = ResourceColumns::notSetText();
        } else {
            // To-many: Keygen sends a link and a count, not the members.
            QString relatedType = it.key();
            if (data.isArray() && !data.toArray().isEmpty()) {
                relatedType = data.toArray().first().toObject().value(QLatin1String("type")).toString();
            }
            field.linkType = relatedType;
            // The cached type that refers back to this resource lists the related resources locally.
            if (const cache::TypeSpec *related = cache::typeSpec(relatedType)) {
                for (const cache::ColumnSpec &column : related->columns) {
                    if (column.source == cache::ColumnSpec::Source::RelationshipId
                        && column.relatedType == m_resource.type()) {
                        field.filterColumn = column.name;
                        field.filterValue = m_resource.id();
                        break;
                    }
                }
            }
            std::optional<qint64> count;
            const QJsonObject meta = relationship.value(QLatin1String("meta")).toObject();
            if (meta.value(QLatin1String("count")).isDouble()) {
                count = qint64(meta.value(QLatin1String("count")).toDouble());
            } else if (data.isArray()) {
                count = data.toArray().size();
            } else if (m_cache && !field.filterColumn.isEmpty()) {
                count = m_cache->count(relatedType,
                                       {{field.filterColumn, cache::Filter::Op::Equals, field.filterValue}});
            }
            field.display = count ? pluralOf(relatedType, *count) : tr("Not counted");
            field.toolTip = m_resource.relatedLink(it.key());
        }
        m_sections[RelationshipsSection].append(field);
    }
}

void ResourceDetailModel::buildMetadata()
{
    const QJsonObject metadata = m_resource.metadata();
    const bool writable = isMetadataWritable();
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        Field field;
        field.name = it.key();
        field.label = it.key();
        field.kind = Field::Kind::Json;
        field.original = it.value();
        field.value = it.value();
        field.editable = writable;
        m_sections[MetadataSection].append(field);
    }
}

QString ResourceDetailModel::relatedName(const QString &type, const QString &id) const
{
    if (!m_cache || !cache::typeSpec(type)) {
        return {};
    }
    const ResourceColumns related(type);
    QStringList columns;
    for (const QString &name : ResourceColumns::nameColumnsOf(type)) {
        if (related.has(name)) {
            columns.append(name);
        }
    }
    if (columns.isEmpty()) {
        return {};
    }
    const QList<cache::Row> rows = m_cache->rows({type,
                                                  {{QStringLiteral("id"), cache::Filter::Op::Equals, id}},
                                                  QStringLiteral("created"),
                                                  Qt::DescendingOrder,
                                                  0,
                                                  1},
                                                 columns);
    if (rows.isEmpty()) {
        return {};
    }
    for (const QVariant &value : rows.constFirst().values) {
        if (!value.toString().isEmpty()) {
            return value.toString();
        }
    }
    return {};
}

// ---- Values ----

QString ResourceDetailModel::valueText(const Field &field) const
{
    if (!field.display.isEmpty() || !field.linkType.isEmpty()) {
        return field.display;
    }
    const QJsonValue &value = field.value;
    if (value.isNull() || value.isUndefined()) {
        return ResourceColumns::nullText();
    }
    switch (field.kind) {
    case Field::Kind::Timestamp: {
        const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return when.isValid() ? ResourceColumns::relativeTime(when, now()) : value.toString();
    }
    case Field::Kind::Boolean:
        return value.isBool() ? ResourceColumns::booleanText(value.toBool()) : jsonText(value);
    case Field::Kind::Integer:
        if (!value.isDouble()) {
            return jsonText(value);
        }
        if (ResourceColumns::isByteSize(field.name)) {
            return QLocale().formattedDataSize(qint64(value.toDouble()));
        }
        if (ResourceColumns::isDuration(field.name)) {
            return ResourceColumns::durationText(qint64(value.toDouble())); // edited in seconds, as Keygen takes it
        }
        return QLocale().toString(qint64(value.toDouble()));
    case Field::Kind::Text:
        if (ResourceColumns::isStatusColumn(field.name) && value.isString()) {
            return ResourceColumns::statusText(value.toString());
        }
        return jsonText(value);
    case Field::Kind::Json:
        return jsonText(value);
    }
    return jsonText(value);
}

QVariant ResourceDetailModel::editValue(const Field &field) const
{
    const QJsonValue &value = field.value;
    if (value.isNull() || value.isUndefined()) {
        return field.kind == Field::Kind::Boolean ? QVariant(false) : QVariant(QString());
    }
    switch (field.kind) {
    case Field::Kind::Timestamp: {
        const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return when.isValid() ? QVariant(when.toUTC()) : QVariant(value.toString());
    }
    case Field::Kind::Boolean:
        return value.toBool();
    case Field::Kind::Integer:
        return qint64(value.toDouble());
    case Field::Kind::Text:
    case Field::Kind::Json:
        return jsonText(value);
    }
    return {};
}

std::optional<QJsonValue> ResourceDetailModel::validate(const Field &field, const QVariant &value)
{
    const bool isText = value.typeId() == QMetaType::QString;
    const QString text = isText ? value.toString().trimmed() : QString();
    const bool empty = !value.isValid() || value.isNull() || (isText && text.isEmpty());
    switch (field.kind) {
    case Field::Kind::Integer: {
        if (empty) {
            return QJsonValue(QJsonValue::Null); // no limit
        }
        bool ok = false;
        qint64 number = 0;
        if (isText) {
            number = text.toLongLong(&ok);
            if (!ok) {
                number = QLocale().toLongLong(text, &ok);
            }
        } else if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
            const double d = value.toDouble();
            ok = d == double(qint64(d));
            number = qint64(d);
        } else {
            number = value.toLongLong(&ok);
        }
        if (!ok) {
            m_lastValidationError = tr("%1 must be a whole number.").arg(field.label);
            return std::nullopt;
        }
        if (number < 0) {
            m_lastValidationError = tr("%1 cannot be negative.").arg(field.label);
            return std::nullopt;
        }
        return QJsonValue(number);
    }
    case Field::Kind::Boolean: {
        if (value.typeId() == QMetaType::Bool) {
            return QJsonValue(value.toBool());
        }
        const QString word = text.toLower();
        if (word == QLatin1String("true") || word == QLatin1String("yes") || word == QLatin1String("1")
            || word == ResourceColumns::booleanText(true).toLower()) {
            return QJsonValue(true);
        }
        if (word == QLatin1String("false") || word == QLatin1String("no") || word == QLatin1String("0")
            || word == ResourceColumns::booleanText(false).toLower()) {
            return QJsonValue(false);
        }
        m_lastValidationError = tr("%1 must be yes or no.").arg(field.label);
        return std::nullopt;
    }
    case Field::Kind::Timestamp: {
        if (empty) {
            return QJsonValue(QJsonValue::Null); // e.g. a license that never expires
        }
        QDateTime when;
        if (value.typeId() == QMetaType::QDateTime) {
            when = value.toDateTime();
        } else if (isText) {
            when = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!when.isValid()) {
                // A bare date: the start of that day, UTC.
                const QDate date = QDate::fromString(text, Qt::ISODate);
                if (date.isValid()) {
                    when = date.startOfDay(Qt::UTC);
                }
            }
        }
        if (!when.isValid()) {
            m_lastValidationError = tr("%1 must be a date and time such as 2025-12-31T23:59:59Z.").arg(field.label);
            return std::nullopt;
        }
        return QJsonValue(when.toUTC().toString(Qt::ISODateWithMs));
    }
    case Field::Kind::Text: {
        if (field.name == QLatin1String("email")) {
            if (!text.contains(QLatin1Char('@')) || text.startsWith(QLatin1Char('@'))
                || text.endsWith(QLatin1Char('@'))) {
                m_lastValidationError = tr("%1 must be an email address.").arg(field.label);
                return std::nullopt;
            }
            return QJsonValue(text);
        }
        return empty ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
    }
    case Field::Kind::Json: {
        // Metadata: a string stays a string; other values are read as JSON ("42", "true", "[1,2]"), and text that
        // is not JSON becomes a string.
        const QString raw = value.toString();
        if (field.value.isString() || field.value.isUndefined()) {
            return QJsonValue(raw);
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray('[' + raw.toUtf8() + ']'), &error);
        if (error.error == QJsonParseError::NoError && document.array().size() == 1) {
            return document.array().first();
        }
        return QJsonValue(raw);
    }
    }
    return std::nullopt;
}

QJsonObject ResourceDetailModel::editedMetadata() const
{
    QJsonObject metadata;
    for (const Field &field : m_sections[MetadataSection]) {
        metadata.insert(field.name, field.value);
    }
    return metadata;
}

QJsonObject ResourceDetailModel::pendingChanges() const
{
    QJsonObject changes;
    for (const Field &field : m_sections[AttributesSection]) {
        if (field.editable && field.value != field.original) {
            changes.insert(field.name, field.value);
        }
    }
    const QJsonObject metadata = editedMetadata();
    if (metadata != m_resource.metadata()) {
        changes.insert(QStringLiteral("metadata"), metadata);
    }
    return changes;
}

void ResourceDetailModel::setMetadataValue(const QString &key, const QJsonValue &value)
{
    if (key.isEmpty()) {
        return;
    }
    QList<Field> &fields = m_sections[MetadataSection];
    const QModelIndex parent = sectionIndex(MetadataSection);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).name == key) {
            fields[i].value = value;
            Q_EMIT dataChanged(index(int(i), FieldColumn, parent), index(int(i), ValueColumn, parent));
            Q_EMIT pendingChangesChanged();
            return;
        }
    }
    Field field;
    field.name = key;
    field.label = key;
    field.kind = Field::Kind::Json;
    field.original = QJsonValue(QJsonValue::Undefined);
    field.value = value;
    field.editable = isMetadataWritable();
    beginInsertRows(parent, int(fields.size()), int(fields.size()));
    fields.append(field);
    endInsertRows();
    Q_EMIT pendingChangesChanged();
}

void ResourceDetailModel::removeMetadataKey(const QString &key)
{
    QList<Field> &fields = m_sections[MetadataSection];
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).name == key) {
            beginRemoveRows(sectionIndex(MetadataSection), int(i), int(i));
            fields.removeAt(i);
            endRemoveRows();
            Q_EMIT pendingChangesChanged();
            return;
        }
    }
}

void ResourceDetailModel::revert()
{
    if (!hasPendingChanges()) {
        return;
    }
    beginResetModel();
    build();
    endResetModel();
    Q_EMIT pendingChangesChanged();
}

// ---- Indexes ----

QModelIndex ResourceDetailModel::sectionIndex(Section section) const
{
    return section >= 0 && section < SectionCount ? createIndex(section, FieldColumn, kSectionId) : QModelIndex();
}

QModelIndex ResourceDetailModel::fieldIndex(Section section, const QString &name, int column) const
{
    if (section < 0 || section >= SectionCount) {
        return {};
    }
    const QList<Field> &fields = m_sections[section];
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).name == name) {
            return createIndex(int(i), column, quintptr(section + 1));
        }
    }
    return {};
}

const ResourceDetailModel::Field *ResourceDetailModel::fieldAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionId) {
        return nullptr;
    }
    const int section = int(index.internalId()) - 1;
    if (section < 0 || section >= SectionCount || index.row() >= m_sections[section].size()) {
        return nullptr;
    }
    return &m_sections[section].at(index.row());
}

QString ResourceDetailModel::typeAt(const QModelIndex &index) const
{
    return index.isValid() ? m_resource.type() : QString();
}

QString ResourceDetailModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? m_resource.id() : QString();
}

std::optional<api::Resource> ResourceDetailModel::resourceAt(const QModelIndex &index) const
{
    if (!index.isValid() || m_resource.isNull()) {
        return std::nullopt;
    }
    return m_resource;
}

QModelIndex ResourceDetailModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < SectionCount && !m_resource.isNull() ? createIndex(row, column, kSectionId) : QModelIndex();
    }
    if (parent.internalId() != kSectionId || parent.column() != 0 || parent.row() >= SectionCount
        || row >= m_sections[parent.row()].size()) {
        return {};
    }
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ResourceDetailModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId) {
        return {};
    }
    return createIndex(int(child.internalId()) - 1, FieldColumn, kSectionId);
}

int ResourceDetailModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return m_resource.isNull() ? 0 : SectionCount;
    }
    if (parent.internalId() == kSectionId && parent.column() == 0 && parent.row() < SectionCount) {
        return int(m_sections[parent.row()].size());
    }
    return 0;
}

int ResourceDetailModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ResourceDetailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (role == ResourceTypeRole) {
        return m_resource.type();
    }
    if (role == ResourceIdRole) {
        return m_resource.id();
    }
    if (index.internalId() == kSectionId) {
        if (index.column() != FieldColumn || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
            return {};
        }
        switch (index.row()) {
        case AttributesSection:
            return tr("Attributes");
        case RelationshipsSection:
            return tr("Relationships");
        case MetadataSection:
            return tr("Metadata");
        }
        return {};
    }
    const Field *field = fieldAt(index);
    if (!field) {
        return {};
    }
    const Section section = Section(index.internalId() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == FieldColumn ? field->label : valueText(*field);
    case Qt::EditRole:
        return index.column() == FieldColumn ? QVariant(field->label) : editValue(*field);
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn) {
            return field->name;
        }
        if (!field->toolTip.isEmpty()) {
            return field->toolTip;
        }
        if (field->value.isNull() || field->value.isUndefined()) {
            return ResourceColumns::notSetText();
        }
        if (field->kind == Field::Kind::Timestamp) {
            const QDateTime when = QDateTime::fromString(field->value.toString(), Qt::ISODateWithMs);
            return when.isValid() ? ResourceColumns::exactTime(when) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn && ResourceColumns::isStatusColumn(field->name) && field->value.isString()) {
            const QColor color = ResourceColumns::statusColor(field->value.toString());
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return {};
    case Qt::FontRole:
        return {};
    case RawValueRole:
        if (section == RelationshipsSection) {
            return field->linkId.isEmpty() ? QVariant() : QVariant(field->linkId);
        }
        return field->value.toVariant();
    case FieldNameRole:
        return field->name;
    case ReadOnlyRole:
        return section == RelationshipsSection || !field->editable;
    case EditableRole:
        return section != RelationshipsSection && field->editable;
    case LinkTypeRole:
        return field->linkType.isEmpty() ? QVariant() : QVariant(field->linkType);
    case LinkIdRole:
        return field->linkId.isEmpty() ? QVariant() : QVariant(field->linkId);
    case LinkFilterColumnRole:
        return field->filterColumn.isEmpty() ? QVariant() : QVariant(field->filterColumn);
    case LinkFilterValueRole:
        return field->filterValue.isEmpty() ? QVariant() : QVariant(field->filterValue);
    default:
        return {};
    }
}

bool ResourceDetailModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != ValueColumn || index.internalId() == kSectionId) {
        return false;
    }
    const int section = int(index.internalId()) - 1;
    if (section == RelationshipsSection || index.row() >= m_sections[section].size()) {
        return false;
    }
    Field &field = m_sections[section][index.row()];
    if (!field.editable) {
        m_lastValidationError = tr("%1 cannot be changed.").arg(field.label);
        return false;
    }
    const std::optional<QJsonValue> edited = validate(field, value);
    if (!edited) {
        return false;
    }
    m_lastValidationError.clear();
    if (*edited == field.value) {
        return true;
    }
    field.value = *edited;
    Q_EMIT dataChanged(index.siblingAtColumn(FieldColumn), index);
    Q_EMIT pendingChangesChanged();
    return true;
}

QVariant ResourceDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case FieldColumn:
            return tr("Field");
        case ValueColumn:
            return tr("Value");
        }
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

Qt::ItemFlags ResourceDetailModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return Qt::NoItemFlags;
    }
    if (index.internalId() == kSectionId) {
        return Qt::ItemIsEnabled;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const Field *field = fieldAt(index);
    if (field && index.column() == ValueColumn && field->editable && index.internalId() - 1 != RelationshipsSection) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

} // namespace keydesk
