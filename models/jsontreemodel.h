#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace keydesk {

// A read-only tree over a JSON value: one row per object member or array element, with name, value and type
// columns. Elements of arrays that are JSON:API resources are labelled "type · name-or-id". RawValueRole gives
// the value as a QVariant (the member name or array index in the key column); tooltips give exact values.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Replaces the whole tree. An object or array shows its members as top-level rows; a scalar shows one row.
    void setJson(const QJsonValue &root);

    QJsonValue json() const { return m_root; }

    void clear() { setJson(QJsonValue(QJsonValue::Undefined)); }

    // The JSON value behind an index (Undefined for an invalid index).
    QJsonValue value(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // "policies · Pro Annual": how a JSON:API resource object is labelled; empty when `value` is not one.
    static QString resourceLabel(const QJsonValue &value);
    // The value exactly: strings as they are, everything else as compact JSON (numbers keep every digit).
    static QString exactText(const QJsonValue &value);

private:
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    QString keyText(const Node &node) const;
    QString valueText(const Node &node) const;
    QString toolTip(const Node &node) const;

    QJsonValue m_root = QJsonValue(QJsonValue::Undefined);
    std::unique_ptr<Node> m_rootNode;
};

} // namespace keydesk
