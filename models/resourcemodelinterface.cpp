#include "models/resourcemodelinterface.h"

#include <QAbstractProxyModel>

namespace keydesk {

ResourceIndex resourceIndexOf(const QModelIndex &index)
{
    QModelIndex current = index;
    while (current.isValid()) {
        const QAbstractItemModel *model = current.model();
        // A proxy may implement the interface itself (e.g. one that adds rows): ask it before its source.
        if (const auto *resources = dynamic_cast<const ResourceModelInterface *>(model)) {
            return {resources, current};
        }
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
        if (!proxy) {
            break;
        }
        current = proxy->mapToSource(current);
    }
    return {};
}

} // namespace keydesk
