#pragma once

// Picks one or more resources of a type from the local cache, found by any fragment as the user types (a new
// owner, policy or group; entitlements or users to attach).

#include "app/cache/cache.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace keydesk {

class PickResourceDialog final : public QDialog
{
    Q_OBJECT

public:
    PickResourceDialog(cache::Cache *cache, const QString &type, bool multiple, QWidget *parent = nullptr);

    // Offers "None" (removes an owner or group) as the first choice.
    void setAllowNone(bool allow);
    // Offers only resources that pass these (e.g. the policies of one product).
    void setFilters(const QList<cache::Filter> &filters);
    void setSearchText(const QString &text);
    // The chosen ids; a single empty id means "None".
    QStringList selectedIds() const;

private:
    void refill();

    cache::Cache *m_cache;
    QString m_type;
    QList<cache::Filter> m_filters;
    bool m_allowNone = false;
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace keydesk
