#pragma once

// The right-hand pane of a page: every attribute of the current resource (read-only ones marked), its related
// resources as links that navigate, editable fields checked as they are typed, and a metadata editor. Edits are
// kept until applied or reverted, also while a sync refreshes the record underneath.

#include "app/api/jsonapi.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace keydesk {

class CommandContext;
class ResourceDetailModel;
class Workspace;

class DetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(CommandContext &context, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // Shows a resource; the same resource again (refreshed) keeps the user's unsaved edits.
    void setResource(const std::optional<api::Resource> &resource);
    bool hasPendingChanges() const;

    // A sentence above the fields until another resource is shown.
    void showNotice(const QString &text);

    // The resource shown (as last set), if any.
    const std::optional<api::Resource> &resource() const { return m_resource; }

    ResourceDetailModel *model() const { return m_model; }

    // Sends the edits: attributes with one update, metadata merged with the server's freshest copy; applied()
    // tells how it ended.
    void apply();

    bool isApplying() const { return m_applying; }

    void revert();

    // "42" → 42, "true" → true, JSON objects and arrays as such, anything else as text.
    static QJsonValue typedValue(const QString &text);

Q_SIGNALS:
    void applied(bool ok);

private:
    void updateState();
    void activated(const QModelIndex &index);
    void addMetadata();
    void removeMetadata();

    CommandContext &m_context;
    QPointer<Workspace> m_workspace;
    std::optional<api::Resource> m_resource;
    bool m_applying = false;

    ResourceDetailModel *m_model = nullptr;
    QLabel *m_title;
    QLabel *m_hint;
    QTreeView *m_view;
    QLineEdit *m_metadataKey;
    QLineEdit *m_metadataValue;
    QPushButton *m_addMetadata;
    QPushButton *m_removeMetadata;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace keydesk
