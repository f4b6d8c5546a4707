#pragma once

// What an action needs from any view over resources: the resource behind an index, whether the view shows the
// model itself or a proxy of it.

#include "app/api/jsonapi.h"

#include <QModelIndex>
#include <QString>

#include <optional>

class QAbstractItemModel;

namespace keydesk {

// Implemented by the resource models (and by any proxy that wants to answer itself); resourceInterfaceOf() finds
// it through QAbstractProxyModel chains, mapping the index to the source as it goes.
class ResourceModelInterface
{
public:
    virtual ~ResourceModelInterface() = default;

    // The type and id of the resource an index belongs to; empty when none.
    virtual QString typeAt(const QModelIndex &index) const = 0;
    virtual QString idAt(const QModelIndex &index) const = 0;
    // The whole resource, read from the cache; nullopt when none (or no longer cached).
    virtual std::optional<api::Resource> resourceAt(const QModelIndex &index) const = 0;

protected:
    ResourceModelInterface() = default;
    ResourceModelInterface(const ResourceModelInterface &) = default;
    ResourceModelInterface &operator=(const ResourceModelInterface &) = default;
};

// The interface behind `index` and the index in that interface's model: walks proxies to their sources.
// {nullptr, {}} when no model in the chain implements it.
struct ResourceIndex
{
    const ResourceModelInterface *model = nullptr;
    QModelIndex index;

    QString type() const { return model ? model->typeAt(index) : QString(); }

    QString id() const { return model ? model->idAt(index) : QString(); }

    std::optional<api::Resource> resource() const
    {
        return model ? model->resourceAt(index) : std::optional<api::Resource>();
    }
};

ResourceIndex resourceIndexOf(const QModelIndex &index);

} // namespace keydesk
