#include "ui/pickresourcedialog.h"

#include "app/cache/cache.h"
#include "models/resourcecolumns.h"
#include "ui/command.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk {

PickResourceDialog::PickResourceDialog(cache::Cache *cache, const QString &type, bool multiple, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_type(type)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("pickResourceDialog"));
    m_search->setObjectName(QStringLiteral("pickSearch"));
    m_search->setPlaceholderText(tr("Type any part of a name, email, key or code"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("pickList"));
    m_list->setSelectionMode(multiple ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("pickButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(480, 420);

    const auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_list->selectedItems().isEmpty());
    };
    connect(m_search, &QLineEdit::textChanged, this, &PickResourceDialog::refill);
    connect(m_list, &QListWidget::itemSelectionChanged, this, updateOk);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refill();
    updateOk();
}

void PickResourceDialog::setAllowNone(bool allow)
{
    m_allowNone = allow;
    refill();
}

void PickResourceDialog::setFilters(const QList<cache::Filter> &filters)
{
    m_filters = filters;
    refill();
}

void PickResourceDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QStringList PickResourceDialog::selectedIds() const
{
    QStringList ids;
    for (const QListWidgetItem *item : m_list->selectedItems()) {
        ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

void PickResourceDialog::refill()
{
    m_list->clear();
    if (m_allowNone) {
        auto *none = new QListWidgetItem(tr("None"), m_list);
        none->setData(Qt::UserRole, QString());
    }
    const QString text = m_search->text().trimmed();
    QList<api::Resource> found;
    QHash<QString, QString> foundIn; // id -> where the search found it, when the label does not show it
    const ResourceColumns columns(m_type);
    if (text.isEmpty()) {
        found = m_cache->resources(
            cache::Query(m_type, m_filters, QStringLiteral("created"), Qt::DescendingOrder, 0, 200));
    } else {
        QStringList ids;
        for (const cache::SearchHit &hit : m_cache->searchWithRelated(text, {m_type}, 200)) {
            ids << hit.id;
            // Found through a related record or the metadata: the label alone would not say why.
            if (hit.field.contains(QLatin1Char('.'))) {
                foundIn.insert(hit.id, columns.foundInText(hit));
            }
        }
        // The hits that pass the filters, best first.
        QList<cache::Filter> filters = m_filters;
        filters.append({QStringLiteral("id"), cache::Filter::Op::In, ids});
        QHash<QString, api::Resource> passing;
        for (const api::Resource &resource : m_cache->resources(
                 cache::Query(m_type, filters, QStringLiteral("created"), Qt::DescendingOrder, 0, 200))) {
            passing.insert(resource.id(), resource);
        }
        for (const QString &id : std::as_const(ids)) {
            if (passing.contains(id)) {
                found << passing.value(id);
            }
        }
    }
    for (const api::Resource &resource : std::as_const(found)) {
        const QString where = foundIn.value(resource.id());
        auto *item = new QListWidgetItem(where.isEmpty() ? resourceLabel(resource)
                                                         : tr("%1 — %2").arg(resourceLabel(resource), where),
                                         m_list);
        item->setData(Qt::UserRole, resource.id());
        item->setToolTip(resource.id());
    }
    if (m_list->count() > 0 && m_list->selectionMode() == QAbstractItemView::SingleSelection) {
        m_list->setCurrentRow(0);
    }
}

} // namespace keydesk
