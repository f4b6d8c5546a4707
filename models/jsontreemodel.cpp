#include "models/jsontreemodel.h"

#include "models/roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace keydesk {

namespace {

// Tooltips of large containers stop here: a tooltip is for a glance, the raw JSON view shows everything.
constexpr qsizetype MaxToolTipLength = 2000;

QString pathComponent(const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$-]*$"));
    if (identifier.match(key).hasMatch()) {
        return QLatin1Char('.') + key;
    }
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1String("[\"") + quoted + QLatin1String("\"]");
}

} // namespace

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString key;         // object member name; empty for array elements and a scalar root
    int arrayIndex = -1; // array elements: their index
    QJsonValue value;
    QString path;
    QString resourceLabel; // array elements that are JSON:API resources
    std::vector<std::unique_ptr<Node>> children;

    void addChild(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
    }

    // Builds the whole subtree up front: license documents are small, and an eager tree keeps index() trivial.
    void populate()
    {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                auto child = std::make_unique<Node>();
                child->key = it.key();
                child->value = it.value();
                child->path = path + pathComponent(it.key());
                if (child->path.startsWith(QLatin1Char('.'))) {
                    child->path.remove(0, 1); // "data.id", not ".data.id"
                }
                child->populate();
                addChild(std::move(child));
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                auto child = std::make_unique<Node>();
                child->arrayIndex = static_cast<int>(i);
                child->value = array.at(i);
                child->path = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
                child->resourceLabel = JsonTreeModel::resourceLabel(child->value);
                child->populate();
                addChild(std::move(child));
            }
        }
    }
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_rootNode(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &root)
{
    beginResetModel();
    m_root = root;
    m_rootNode = std::make_unique<Node>();
    if (root.isObject() || root.isArray()) {
        m_rootNode->value = root;
        m_rootNode->populate();
    } else if (!root.isUndefined()) {
        auto only = std::make_unique<Node>();
        only->value = root;
        m_rootNode->addChild(std::move(only));
    }
    endResetModel();
}

QString JsonTreeModel::resourceLabel(const QJsonValue &value)
{
    if (!value.isObject()) {
        return {};
    }
    const QJsonObject object = value.toObject();
    const QString type = object.value(QLatin1String("type")).toString();
    const QString id = object.value(QLatin1String("id")).toString();
    if (type.isEmpty() || id.isEmpty()) {
        return {};
    }
    // The attribute a person recognises a resource by; users have no name, machines often none.
    const QJsonObject attributes = object.value(QLatin1String("attributes")).toObject();
    QString name;
    for (const QLatin1String attribute :
         {QLatin1String("name"), QLatin1String("fullName"), QLatin1String("email"), QLatin1String("fingerprint")}) {
        name = attributes.value(attribute).toString().trimmed();
        if (!name.isEmpty()) {
            break;
        }
    }
    return type + QStringLiteral(" · ") + (name.isEmpty() ? id : name);
}

QString JsonTreeModel::exactText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    // QJsonDocument only serialises containers: wrap the value in an array and drop the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue JsonTreeModel::value(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->value : QJsonValue(QJsonValue::Undefined);
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const Node *parentNode = parent.isValid() ? nodeFor(parent) : m_rootNode.get();
    if (!parentNode || row >= static_cast<int>(parentNode->children.size())) {
        return {};
    }
    return createIndex(row, column, parentNode->children[static_cast<size_t>(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || !node->parent || node->parent == m_rootNode.get()) {
        return {};
    }
    return createIndex(node->parent->row, 0, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    const Node *node = parent.isValid() ? nodeFor(parent) : m_rootNode.get();
    return node ? static_cast<int>(node->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::keyText(const Node &node) const
{
    if (!node.resourceLabel.isEmpty()) {
        return node.resourceLabel;
    }
    if (node.arrayIndex >= 0) {
        return QLatin1Char('[') + QString::number(node.arrayIndex) + QLatin1Char(']');
    }
    return node.key;
}

QString JsonTreeModel::valueText(const Node &node) const
{
    const QJsonValue &value = node.value;
    switch (value.type()) {
    case QJsonValue::Object: {
        if (!node.resourceLabel.isEmpty()) {
            return value.toObject().value(QLatin1String("id")).toString();
        }
        // Separate singular and plural source strings: English needs no .qm file, other languages still get %n.
        const int count = static_cast<int>(value.toObject().size());
        return count == 1 ? tr("{%n field}", nullptr, count) : tr("{%n fields}", nullptr, count);
    }
    case QJsonValue::Array: {
        const int count = static_cast<int>(value.toArray().size());
        return count == 1 ? tr("[%n item]", nullptr, count) : tr("[%n items]", nullptr, count);
    }
    case QJsonValue::String: {
        // One line per row: a multi-line string (a PEM key, a note) would blow up the row height.
        QString text = value.toString();
        text.replace(QLatin1Char('\n'), QChar(0x21b5));
        return text;
    }
    case QJsonValue::Null:
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return exactText(value);
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonTreeModel::toolTip(const Node &node) const
{
    QString text = exactText(node.value);
    if (text.size() > MaxToolTipLength) {
        text = text.left(MaxToolTipLength) + QChar(0x2026);
    }
    if (node.path.isEmpty()) {
        return text;
    }
    return node.path + QStringLiteral(" = ") + text;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return keyText(*node);
        case ValueColumn:
            return valueText(*node);
        case TypeColumn:
            switch (node->value.type()) {
            case QJsonValue::Null:
                return tr("null");
            case QJsonValue::Bool:
                return tr("boolean");
            case QJsonValue::Double:
                return tr("number");
            case QJsonValue::String:
                return tr("string");
            case QJsonValue::Array:
                return tr("array");
            case QJsonValue::Object:
                return tr("object");
            case QJsonValue::Undefined:
                break;
            }
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(*node);
    case RawValueRole:
        if (index.column() == KeyColumn) {
            return node->arrayIndex >= 0 ? QVariant(node->arrayIndex) : QVariant(node->key);
        }
        return node->value.toVariant();
    case JsonTypeRole:
        return static_cast<int>(node->value.type());
    case JsonPathRole:
        return node->path;
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeyColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeFor(index)->children.empty()) {
        result |= Qt::ItemNeverHasChildren;
    }
    return result;
}

} // namespace keydesk
