#pragma once

#include <QAbstractItemModel>

namespace keydesk {

// A read-only tree over a JSON value (placeholder until the inspector UI lands).
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    using QAbstractItemModel::QAbstractItemModel;
    QModelIndex index(int, int, const QModelIndex & = {}) const override { return {}; }
    QModelIndex parent(const QModelIndex &) const override { return {}; }
    int rowCount(const QModelIndex & = {}) const override { return 0; }
    int columnCount(const QModelIndex & = {}) const override { return 2; }
    QVariant data(const QModelIndex &, int = Qt::DisplayRole) const override { return {}; }
};

} // namespace keydesk
