#pragma once

#include "app/api/jsonapi.h"
#include "app/cache/cache.h"
#include "models/resourcemodelinterface.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace keydesk {

// One resource as a (Field, Value) tree in three sections: its attributes (editable where Keygen accepts them in an
// update), its relationships (with the ids and filters a view needs to navigate), and its metadata. Edits are only
// collected (pendingChanges()): sending them is the caller's business.
class ResourceDetailModel final
    : public QAbstractItemModel
    , public ResourceModelInterface
{
    Q_OBJECT

public:
    enum Column {
        FieldColumn,
        ValueColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Section {
        AttributesSection,
        RelationshipsSection,
        MetadataSection,
        SectionCount
    };
    Q_ENUM(Section)

    // `cache` names related resources (a policy's name, an owner's email) and counts related lists; may be null.
    explicit ResourceDetailModel(cache::Cache *cache, QObject *parent = nullptr);
    ~ResourceDetailModel() override;

    // Shows `resource` and forgets pending changes.
    void setResource(const api::Resource &resource);

    api::Resource resource() const { return m_resource; }

    // The clock of relative times; invalid (the default): the current time.
    void setNow(const QDateTime &now);
    QDateTime now() const;

    // The attributes Keygen accepts in an update of `type` (Keygen's API reference), metadata excepted.
    static QStringList writableAttributes(const QString &type);
    bool isMetadataWritable() const;

    // The edited attributes, validated and typed as Keygen wants them ({"maxMachines": 7, "expiry": "…Z"}); an
    // edited metadata is the whole edited object under "metadata" (Keygen replaces metadata as a whole).
    QJsonObject pendingChanges() const;

    bool hasPendingChanges() const { return !pendingChanges().isEmpty(); }

    // Why the last setData() was refused, as a translated sentence; empty after a successful one.
    QString lastValidationError() const { return m_lastValidationError; }

    // Metadata keys: added or changed (setData() on a metadata row changes an existing one) and removed.
    void setMetadataValue(const QString &key, const QJsonValue &value);
    void removeMetadataKey(const QString &key);

    // The index of a section's row, and of a field's row in a section (column ValueColumn by default); invalid
    // when there is none.
    QModelIndex sectionIndex(Section section) const;
    QModelIndex fieldIndex(Section section, const QString &name, int column = ValueColumn) const;

    // ResourceModelInterface: every index is about the resource shown.
    QString typeAt(const QModelIndex &index) const override;
    QString idAt(const QModelIndex &index) const override;
    std::optional<api::Resource> resourceAt(const QModelIndex &index) const override;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public Q_SLOTS:
    // Discards the pending changes.
    void revert() override;

Q_SIGNALS:
    void pendingChangesChanged();

private:
    struct Field
    {
        enum class Kind {
            Text,
            Integer,
            Boolean,
            Timestamp,
            Json, // objects, arrays, and metadata values
        };

        QString name;
        QString label;
        Kind kind = Kind::Text;
        QJsonValue original;
        QJsonValue value; // as edited
        bool editable = false;
        // Relationships.
        QString display;
        QString toolTip;
        QString linkType;
        QString linkId;
        QString filterColumn;
        QString filterValue;
    };

    void build();
    void buildAttributes();
    void buildRelationships();
    void buildMetadata();
    Field attributeField(const QString &name, const QJsonValue &value) const;
    const Field *fieldAt(const QModelIndex &index) const;
    QString valueText(const Field &field) const;
    QVariant editValue(const Field &field) const;
    // The edit as Keygen wants it; nullopt and m_lastValidationError when it is not valid for the field.
    std::optional<QJsonValue> validate(const Field &field, const QVariant &value);
    QString relatedName(const QString &type, const QString &id) const;
    QJsonObject editedMetadata() const;

    cache::Cache *m_cache = nullptr;
    api::Resource m_resource;
    QDateTime m_now;
    QList<Field> m_sections[SectionCount];
    QString m_lastValidationError;
};

} // namespace keydesk
