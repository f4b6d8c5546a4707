#include "ui/detailpane.h"

#include "app/api/requests.h"
#include "models/resourcedetailmodel.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "ui/command.h"

#include <QAbstractItemDelegate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace keydesk {

DetailPane::DetailPane(CommandContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_metadataKey(new QLineEdit(this))
    , m_metadataValue(new QLineEdit(this))
    , m_addMetadata(new QPushButton(tr("Add"), this))
    , m_removeMetadata(new QPushButton(tr("Remove Key"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setObjectName(QStringLiteral("detailHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_view->setObjectName(QStringLiteral("detailView"));
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->header()->setStretchLastSection(true);
    m_metadataKey->setObjectName(QStringLiteral("metadataKey"));
    m_metadataKey->setPlaceholderText(tr("Metadata key"));
    m_metadataValue->setObjectName(QStringLiteral("metadataValue"));
    m_metadataValue->setPlaceholderText(tr("Value (text, number, true/false or JSON)"));
    m_addMetadata->setObjectName(QStringLiteral("addMetadataButton"));
    m_removeMetadata->setObjectName(QStringLiteral("removeMetadataButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Send the changes to the server"));
    m_revert->setObjectName(QStringLiteral("revertButton"));

    auto *metadata = new QHBoxLayout;
    metadata->addWidget(m_metadataKey, 1);
    metadata->addWidget(m_metadataValue, 2);
    metadata->addWidget(m_addMetadata);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_removeMetadata);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(metadata);
    layout->addLayout(buttons);
    setMinimumWidth(320);

    connect(m_view, &QTreeView::activated, this, &DetailPane::activated);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        // A link is followed with one click, like a link.
        if (index.data(LinkIdRole).isValid() || index.data(LinkFilterColumnRole).isValid()) {
            activated(index);
        }
    });
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        // An edit the model refused (a number that is not one, a date it cannot read) says why.
        if (m_model && !m_model->lastValidationError().isEmpty()) {
            m_hint->setText(m_model->lastValidationError());
            m_hint->show();
        }
    });
    connect(m_addMetadata, &QPushButton::clicked, this, &DetailPane::addMetadata);
    connect(m_metadataValue, &QLineEdit::returnPressed, this, &DetailPane::addMetadata);
    connect(m_metadataKey, &QLineEdit::textChanged, this, &DetailPane::updateState);
    connect(m_removeMetadata, &QPushButton::clicked, this, &DetailPane::removeMetadata);
    connect(m_apply, &QPushButton::clicked, this, &DetailPane::apply);
    connect(m_revert, &QPushButton::clicked, this, &DetailPane::revert);
    updateState();
}

void DetailPane::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_resource.reset();
    m_applying = false; // the answers of another workspace's requests never come
    delete m_model;
    m_model = workspace ? new ResourceDetailModel(workspace->cache(), this) : nullptr;
    m_view->setModel(m_model);
    if (m_model) {
        connect(m_model, &ResourceDetailModel::pendingChangesChanged, this, &DetailPane::updateState);
        connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    }
    updateState();
}

bool DetailPane::hasPendingChanges() const
{
    return m_model && m_model->hasPendingChanges();
}

void DetailPane::setResource(const std::optional<api::Resource> &resource)
{
    if (resource && resource == m_resource) {
        // A refresh that changed nothing here (a sync commits every second): the tree keeps what the user opened
        // and where they scrolled, and edits under way are not said to have changed on the server.
        return;
    }
    const bool same = resource && m_resource && resource->id() == m_resource->id()
                   && resource->type() == m_resource->type();
    if (same && hasPendingChanges()) {
        // A refresh underneath the user's edits: keep them; Apply merges metadata with the server's copy anyway.
        m_resource = resource;
        m_hint->setText(tr("This record changed on the server while you were editing; your changes are kept."));
        m_hint->show();
        return;
    }
    m_resource = resource;
    m_hint->hide();
    if (m_model) {
        m_model->setResource(resource.value_or(api::Resource()));
        m_view->expandAll();
        m_view->resizeColumnToContents(0);
    }
    m_title->setText(resource ? QStringLiteral("<b>%1</b><br><small>%2</small>")
                                    .arg(resourceLabel(*resource).toHtmlEscaped(), resource->id().toHtmlEscaped())
                              : tr("Select a row to see every detail."));
    updateState();
}

void DetailPane::showNotice(const QString &text)
{
    m_hint->setText(text);
    m_hint->show();
}

QJsonValue DetailPane::typedValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == u"true" || trimmed == u"false") {
        return trimmed == u"true";
    }
    // A number only when it reads back the same: "00123", phone numbers, "nan" and 20-digit ids stay text.
    bool ok = false;
    const qint64 integer = trimmed.toLongLong(&ok);
    if (ok && QString::number(integer) == trimmed && qAbs(integer) <= (qint64(1) << 53)) {
        return integer;
    }
    const double number = trimmed.toDouble(&ok);
    if (ok && qIsFinite(number) && !trimmed.startsWith(QLatin1Char('0')) && QString::number(number) == trimmed) {
        return number;
    }
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8());
        if (document.isObject()) {
            return document.object();
        }
        if (document.isArray()) {
            return document.array();
        }
    }
    if (trimmed == u"null") {
        return QJsonValue::Null;
    }
    return text;
}

void DetailPane::addMetadata()
{
    const QString key = m_metadataKey->text().trimmed();
    if (key.isEmpty() || !m_resource || !m_model) {
        return;
    }
    m_model->setMetadataValue(key, typedValue(m_metadataValue->text()));
    m_view->expandAll();
    m_metadataKey->clear();
    m_metadataValue->clear();
    m_hint->setText(tr("Metadata \u201c%1\u201d will be set when you apply.").arg(key));
    m_hint->show();
    updateState();
}

void DetailPane::removeMetadata()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    const QString key = current.data(FieldNameRole).toString();
    if (key.isEmpty() || !m_model || current.parent() != m_model->sectionIndex(ResourceDetailModel::MetadataSection)) {
        m_hint->setText(tr("Select a metadata key to remove first."));
        m_hint->show();
        return;
    }
    m_model->removeMetadataKey(key);
    m_hint->setText(tr("Metadata \u201c%1\u201d will be removed when you apply.").arg(key));
    m_hint->show();
    updateState();
}

void DetailPane::revert()
{
    if (m_model) {
        m_model->revert();
        m_view->expandAll();
    }
    m_hint->hide();
    updateState();
}

void DetailPane::apply()
{
    if (!m_workspace || !m_resource || !hasPendingChanges() || m_applying) {
        return;
    }
    QJsonObject attributes = m_model->pendingChanges();
    // The model gives the whole edited metadata; what the user changed is sent as changes, merged with the
    // server's freshest copy, so that keys someone else added meanwhile survive.
    QJsonObject set;
    QStringList remove;
    if (attributes.contains(QStringLiteral("metadata"))) {
        const QJsonObject edited = attributes.take(QStringLiteral("metadata")).toObject();
        const QJsonObject original = m_model->resource().metadata();
        for (auto it = edited.begin(); it != edited.end(); ++it) {
            if (original.value(it.key()) != it.value()) {
                set.insert(it.key(), it.value());
            }
        }
        for (auto it = original.begin(); it != original.end(); ++it) {
            if (!edited.contains(it.key())) {
                remove << it.key();
            }
        }
    }
    const api::Resource target = *m_resource;
    m_applying = true;
    updateState();
    QPointer<DetailPane> self(this);
    auto remaining = std::make_shared<int>(int(!attributes.isEmpty()) + int(!set.isEmpty() || !remove.isEmpty()));
    if (*remaining == 0) {
        m_applying = false;
        revert();
        Q_EMIT applied(true);
        return;
    }
    auto failures = std::make_shared<QStringList>();
    const auto finish = [self, remaining, failures, target](const api::ApiError &error) {
        if (error.isError()) {
            failures->append(error.userMessage());
        }
        if (--*remaining > 0 || !self) {
            return;
        }
        self->m_applying = false;
        Q_EMIT self->applied(failures->isEmpty());
        if (!failures->isEmpty()) {
            // Nothing of the user's edits is dropped while the pane shows them: they stay for another try.
            self->m_context.showError(tr("%1 was not changed: %2").arg(resourceLabel(target), failures->join(u' ')));
            self->updateState();
            return;
        }
        self->m_context.showResult(tr("Saved %1.").arg(resourceLabel(target)));
        // The pane may show another record by now (the user moved on and chose to apply): leave that one alone.
        if (self->m_resource && self->m_resource->id() == target.id()) {
            self->m_model->revert();
            self->m_resource.reset();
            self->setResource(self->m_workspace->cache()->resource(target.type(), target.id()));
        } else {
            self->updateState();
        }
    };
    if (!attributes.isEmpty()) {
        api::Resource changes(target.type(), target.id());
        changes.setAttributes(attributes);
        m_workspace->mutations()->send(api::requests::update(changes),
                                       [finish](const api::ApiError &error, const api::Resource &) {
            finish(error);
        });
    }
    if (!set.isEmpty() || !remove.isEmpty()) {
        m_workspace->mutations()->editMetadata(target.type(),
                                               target.id(),
                                               set,
                                               remove,
                                               [finish](const api::ApiError &error, const api::Resource &) {
            finish(error);
        });
    }
}

void DetailPane::activated(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    for (const QModelIndex &candidate : {index, first}) {
        const QString type = candidate.data(LinkTypeRole).toString();
        const QString id = candidate.data(LinkIdRole).toString();
        const QString column = candidate.data(LinkFilterColumnRole).toString();
        if (!type.isEmpty() && !id.isEmpty()) {
            m_context.openResource(type, id);
            return;
        }
        if (!type.isEmpty() && !column.isEmpty()) {
            m_context.openRelated(type,
                                  column,
                                  candidate.data(LinkFilterValueRole).toString(),
                                  tr("%1 of %2")
                                      .arg(first.data(Qt::DisplayRole).toString(),
                                           m_resource ? resourceLabel(*m_resource) : QString()));
            return;
        }
    }
}

void DetailPane::updateState()
{
    // Locked while an apply is under way: what is typed meanwhile would be lost when the answer arrives.
    const bool writable = m_workspace && !m_workspace->isReadOnly() && m_resource && !m_applying;
    const bool pending = hasPendingChanges();
    m_view->setEditTriggers(writable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    m_metadataKey->setEnabled(writable);
    m_metadataValue->setEnabled(writable);
    m_addMetadata->setEnabled(writable && !m_metadataKey->text().trimmed().isEmpty());
    m_removeMetadata->setEnabled(writable);
    m_apply->setEnabled(writable && pending && !m_applying);
    m_revert->setEnabled(pending && !m_applying);
    if (m_workspace && m_workspace->isReadOnly() && m_resource) {
        m_hint->setText(tr("This profile is read-only: nothing can be changed."));
        m_hint->show();
    }
}

} // namespace keydesk
