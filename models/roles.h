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
};

} // namespace keydesk
