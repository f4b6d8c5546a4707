#include "app/cache/resourcetypes.h"

#include <QCoreApplication>

namespace keydesk::cache {

namespace {

using Kind = Column::Kind;
using Source = ColumnSpec::Source;

// Builders that keep the tables below readable. `indexed` columns get an SQL index: the ones a list is sorted or
// filtered by on large tables, and the relationship ids related() follows.
ColumnSpec text(const char *name, const char *label, bool indexed = false, bool nocase = false)
{
    return {QLatin1String(name), label, Kind::Text, Source::Attribute, QLatin1String(name), {}, {}, indexed, nocase};
}

ColumnSpec integer(const char *name, const char *label, bool indexed = false)
{
    return {QLatin1String(name), label, Kind::Integer, Source::Attribute, QLatin1String(name), {}, {}, indexed, false};
}

ColumnSpec boolean(const char *name, const char *label)
{
    return {QLatin1String(name), label, Kind::Boolean, Source::Attribute, QLatin1String(name), {}, {}, false, false};
}

ColumnSpec timestamp(const char *name, const char *label, bool indexed = false)
{
    return {QLatin1String(name),
            label,
            Kind::Timestamp,
            Source::Attribute,
            QLatin1String(name),
            {},
            {},
            indexed,
            false};
}

ColumnSpec id(const char *relationship, const char *relatedType, const char *label)
{
    return {QLatin1String(relationship),
            label,
            Kind::Id,
            Source::RelationshipId,
            QLatin1String(relationship),
            QLatin1String(relatedType),
            {},
            true,
            false};
}

ColumnSpec count(const char *name, const char *relationship, const char *label, bool indexed = false)
{
    return {QLatin1String(name),
            label,
            Kind::Integer,
            Source::RelationshipCount,
            QLatin1String(relationship),
            {},
            {},
            indexed,
            false};
}

ColumnSpec lookup(
    const char *name, const char *via, const char *relatedType, const char *lookupColumn, const char *label)
{
    return {QLatin1String(name),
            label,
            Kind::Text,
            Source::Lookup,
            QLatin1String(via),
            QLatin1String(relatedType),
            QLatin1String(lookupColumn),
            true,
            true};
}

// created and updated, last in every type.
void addTimes(QList<ColumnSpec> &columns)
{
    columns.append(timestamp("created", QT_TRANSLATE_NOOP("keydesk::cache::Cache", "Created"), true));
    columns.append(timestamp("updated", QT_TRANSLATE_NOOP("keydesk::cache::Cache", "Updated"), true));
    columns[columns.size() - 2].descending = true;
    columns.last().descending = true;
}

// `search`: the columns full-text search covers, strongest first; the metadata is added last.
TypeSpec make(const char *type, QList<ColumnSpec> columns, std::initializer_list<const char *> search)
{
    addTimes(columns);
    TypeSpec spec;
    spec.type = QLatin1String(type);
    spec.columns = columns;
    int priority = 0;
    for (const char *field : search) {
        const QString name = QLatin1String(field);
        Q_ASSERT(spec.columnIndex(name) >= 0);
        spec.search.append({name, spec.columnIndex(name), priority++});
    }
    // Metadata values last: a hit there is the weakest kind.
    spec.search.append({QStringLiteral("metadata"), -1, priority});
    return spec;
}

#define TR(text) QT_TRANSLATE_NOOP("keydesk::cache::Cache", text)

QList<TypeSpec> buildSpecs()
{
    QList<TypeSpec> specs;
    specs.append(make("products",
                      {text("name", TR("Name"), true, true),
                       text("code", TR("Code"), true, true),
                       text("distributionStrategy", TR("Distribution")),
                       text("url", TR("URL"))},
                      {"name", "code"}));
    specs.append(make("policies",
                      {text("name", TR("Name"), true, true),
                       id("product", "products", TR("Product")),
                       integer("duration", TR("Duration")),
                       text("scheme", TR("Scheme")),
                       boolean("strict", TR("Strict")),
                       boolean("floating", TR("Floating")),
                       boolean("protected", TR("Protected")),
                       boolean("encrypted", TR("Encrypted")),
                       boolean("usePool", TR("Uses pool")),
                       boolean("requireHeartbeat", TR("Requires heartbeat")),
                       integer("maxMachines", TR("Max machines")),
                       integer("maxUses", TR("Max uses")),
                       text("expirationStrategy", TR("Expiration strategy")),
                       text("authenticationStrategy", TR("Authentication strategy"))},
                      {"name"}));
    specs.append(make("entitlements",
                      {text("name", TR("Name"), true, true), text("code", TR("Code"), true, true)},
                      {"code", "name"}));
    specs.append(make("groups",
                      {text("name", TR("Name"), true, true),
                       integer("maxUsers", TR("Max users")),
                       integer("maxLicenses", TR("Max licenses")),
                       integer("maxMachines", TR("Max machines"))},
                      {"name"}));
    specs.append(make("users",
                      {text("email", TR("Email"), true, true),
                       text("fullName", TR("Name"), true, true),
                       text("firstName", TR("First name")),
                       text("lastName", TR("Last name")),
                       text("status", TR("Status"), true),
                       text("role", TR("Role"), true),
                       id("group", "groups", TR("Group"))},
                      {"email", "fullName"}));
    specs.append(make("licenses",
                      {text("name", TR("Name"), true, true),
                       text("key", TR("Key"), false, true),
                       text("status", TR("Status")), // indexed with created, expiry and lastValidated (below)
                       timestamp("expiry", TR("Expiry"), true),
                       integer("uses", TR("Uses")),
                       boolean("suspended", TR("Suspended")),
                       boolean("protected", TR("Protected")),
                       integer("maxMachines", TR("Max machines")),
                       count("machineCount", "machines", TR("Machines")),
                       count("userCount", "users", TR("Users")),
                       timestamp("lastValidated", TR("Last validated"), true),
                       timestamp("lastCheckIn", TR("Last check-in")),
                       timestamp("lastCheckOut", TR("Last check-out")),
                       id("product", "products", TR("Product")),
                       id("policy", "policies", TR("Policy")),
                       id("owner", "users", TR("Owner")),
                       id("group", "groups", TR("Group")),
                       lookup("ownerEmail", "owner", "users", "email", TR("Owner email"))},
                      {"key", "name"}));
    // A license list is filtered by status first of all; the statuses cluster in creation, expiry and validation
    // order (expired and inactive licenses are old). A product's or a policy's licenses of one status (the page's
    // two filters together) are counted on an index of both: on the status index alone, every license of the
    // status is read to check its product (a third of a second at a million).
    specs.last().composites = {{QStringLiteral("status"), QStringLiteral("created")},
                               {QStringLiteral("status"), QStringLiteral("expiry")},
                               {QStringLiteral("status"), QStringLiteral("lastValidated")},
                               {QStringLiteral("product"), QStringLiteral("status")},
                               {QStringLiteral("policy"), QStringLiteral("status")}};
    specs.append(make("machines",
                      {text("fingerprint", TR("Fingerprint"), false, true),
                       text("name", TR("Name"), true, true),
                       text("hostname", TR("Hostname"), true, true),
                       text("platform", TR("Platform"), true),
                       text("ip", TR("IP address"), false, true),
                       integer("cores", TR("Cores")),
                       integer("memory", TR("Memory")),
                       integer("disk", TR("Disk")),
                       boolean("requireHeartbeat", TR("Requires heartbeat")),
                       text("heartbeatStatus", TR("Heartbeat"), true),
                       timestamp("lastHeartbeat", TR("Last heartbeat"), true),
                       timestamp("nextHeartbeat", TR("Next heartbeat")),
                       timestamp("lastCheckOut", TR("Last check-out")),
                       id("license", "licenses", TR("License")),
                       id("product", "products", TR("Product")),
                       id("owner", "users", TR("Owner")),
                       id("group", "groups", TR("Group"))},
                      {"fingerprint", "hostname", "name", "ip"}));
    specs.append(make("releases",
                      {text("name", TR("Name"), true, true),
                       text("version", TR("Version"), true, true),
                       text("tag", TR("Tag"), true, true),
                       text("channel", TR("Channel"), true),
                       text("status", TR("Status"), true),
                       timestamp("yanked", TR("Yanked")),
                       id("product", "products", TR("Product"))},
                      {"version", "tag", "name"}));
    specs.append(make("artifacts",
                      {text("filename", TR("File name"), true, true),
                       text("filetype", TR("File type"), true),
                       integer("filesize", TR("Size"), true),
                       text("platform", TR("Platform"), true),
                       text("arch", TR("Architecture"), true),
                       text("status", TR("Status"), true),
                       text("checksum", TR("Checksum")),
                       id("release", "releases", TR("Release"))},
                      {"filename", "checksum"}));
    for (qsizetype i = 0; i < specs.size(); ++i) {
        TypeSpec &spec = specs[i];
        spec.index = int(i);
        spec.typeUtf8 = spec.type.toUtf8();
        Q_ASSERT(spec.columns.size() <= 63); // the body's column mask
        for (qsizetype c = 0; c < spec.columns.size(); ++c) {
            ColumnSpec &column = spec.columns[c];
            column.relatedTypeUtf8 = column.relatedType.toUtf8();
            if (column.source == ColumnSpec::Source::Attribute) {
                spec.attributeColumns.insert(column.from.toUtf8(), int(c));
            } else if (column.source == ColumnSpec::Source::RelationshipId) {
                spec.relationshipColumns.insert(column.from.toUtf8(), int(c));
            } else if (column.source == ColumnSpec::Source::RelationshipCount) {
                spec.countColumns[column.from.toUtf8()].append(int(c));
            }
        }
    }
    for (const TypeSpec &spec : std::as_const(specs)) {
        for (const ColumnSpec &column : spec.columns) {
            if (column.source == ColumnSpec::Source::Lookup) {
                for (TypeSpec &looked : specs) {
                    looked.isLookedUp = looked.isLookedUp || looked.type == column.relatedType;
                }
            }
        }
    }
    return specs;
}

#undef TR

} // namespace

int TypeSpec::columnIndex(const QString &name) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == name) {
            return int(i);
        }
    }
    return -1;
}

QString TypeSpec::indexName(const QString &column) const
{
    if (column == QLatin1String("id")) {
        return quoted(QStringLiteral("sqlite_autoindex_") + type + QStringLiteral("_1"));
    }
    return quoted(type + QLatin1Char('_') + column);
}

QString TypeSpec::compositeIndexName(const QString &filter, const QString &sort) const
{
    for (const CompositeIndex &composite : composites) {
        if (composite.filter == filter && composite.sort == sort) {
            return quoted(type + QLatin1Char('_') + filter + QLatin1Char('_') + sort);
        }
    }
    return {};
}

const CompositeIndex *TypeSpec::compositeLedBy(const QString &column) const
{
    for (const CompositeIndex &composite : composites) {
        if (composite.filter == column) {
            return &composite;
        }
    }
    return nullptr;
}

const ColumnSpec *TypeSpec::column(const QString &name) const
{
    const int i = columnIndex(name);
    return i < 0 ? nullptr : &columns.at(i);
}

const QList<TypeSpec> &typeSpecs()
{
    static const QList<TypeSpec> specs = buildSpecs();
    return specs;
}

const TypeSpec *typeSpec(const QString &type)
{
    for (const TypeSpec &spec : typeSpecs()) {
        if (spec.type == type) {
            return &spec;
        }
    }
    return nullptr;
}

QList<IndexSpec> indexesOf(const TypeSpec &spec)
{
    QList<IndexSpec> indexes;
    for (const ColumnSpec &column : spec.columns) {
        // A column that leads a composite index has none of its own: it would repeat the composite's prefix, and
        // cost a sort of the whole table after a first sync (licenses' product and policy: version 5).
        if (column.indexed && !spec.compositeLedBy(column.name)) {
            // Keygen lists newest first, so sync inserts creation and update times in falling order: a descending
            // index takes them at its end and keeps its pages full (ascending, they would be half empty). Both sort
            // orders use it alike.
            const QString name = spec.indexName(column.name);
            indexes.append({name,
                            QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(%3%4)")
                                .arg(name,
                                     quoted(spec.type),
                                     quoted(column.name),
                                     column.descending ? QStringLiteral(" DESC") : QString()),
                            column.descending});
        }
    }
    for (const CompositeIndex &composite : spec.composites) {
        const ColumnSpec *sort = spec.column(composite.sort);
        const QString name = spec.compositeIndexName(composite.filter, composite.sort);
        indexes.append({name,
                        QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(%3, %4%5)")
                            .arg(name,
                                 quoted(spec.type),
                                 quoted(composite.filter),
                                 quoted(composite.sort),
                                 sort->descending ? QStringLiteral(" DESC") : QString()),
                        sort->descending});
    }
    return indexes;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QStringList cachedTypes()
{
    QStringList types;
    for (const TypeSpec &spec : typeSpecs()) {
        types.append(spec.type);
    }
    return types;
}

QList<Column> columnsOf(const QString &type)
{
    QList<Column> columns;
    if (const TypeSpec *spec = typeSpec(type)) {
        for (const ColumnSpec &column : spec->columns) {
            bool indexed = column.indexed;
            for (const CompositeIndex &composite : spec->composites) {
                indexed = indexed || composite.filter == column.name;
            }
            columns.append({column.name,
                            QCoreApplication::translate("keydesk::cache::Cache", column.label),
                            column.kind,
                            indexed});
        }
    }
    return columns;
}

} // namespace keydesk::cache
