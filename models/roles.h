#pragma once

#include <Qt>

namespace keydesk {

// Every custom item data role of Keydesk's models, in one place so views, proxies and tests agree.
enum ItemDataRole {
    // The value behind the formatted DisplayRole text, for sorting and copying (a QVariant of the raw value).
    RawValueRole = Qt::UserRole,
    // JsonTreeModel: the item's QJsonValue::Type, as an int.
    JsonTypeRole,
    // JsonTreeModel: where the item sits in the document, e.g. "included[0].attributes.name".
    JsonPathRole,

    // Resource models: the id of the row's resource (QString).
    ResourceIdRole,
    // Resource models: the row's resource type, e.g. "licenses".
    ResourceTypeRole,
    // ResourceTableModel: the cache column a cell or a horizontal header section shows, e.g. "expiry".
    ColumnNameRole,
    // ResourceTableModel: the row's raw status ("EXPIRED", "ALIVE" …); null when the type has none.
    StatusRole,
    // ResourceTableModel while searching: the field the search text matched ("key", "metadata.customerId").
    MatchedFieldRole,
    // ResourceTableModel while searching: the matched field's value around the match.
    MatchSnippetRole,

    // ResourceDetailModel: the attribute, relationship or metadata key of a row ("maxMachines", "policy").
    FieldNameRole,
    // ResourceDetailModel: true for rows the user cannot edit (Keygen does not accept them in an update).
    ReadOnlyRole,
    // ResourceDetailModel: true for rows whose value can be edited (the opposite of ReadOnlyRole on field rows).
    EditableRole,
    // Links to another resource or list: its type ("policies"), the id of a to-one target, and for to-many
    // relationships the filter that lists the related resources (column "license", value: this resource's id).
    // ResourceTableModel gives LinkTypeRole and LinkIdRole on relationship id cells too.
    LinkTypeRole,
    LinkIdRole,
    LinkFilterColumnRole,
    LinkFilterValueRole,
};

} // namespace keydesk
