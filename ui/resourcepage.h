#pragma once

// One sidebar page of the console: a resource type's table (sorted and filtered in SQL, columns chosen and
// remembered), a search field that answers while typing, typed filters, the detail pane of the current resource,
// and the commands that apply to the selection.

#include "app/api/jsonapi.h"
#include "app/cache/cache.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace keydesk {

class Command;
class CommandContext;
class DetailPane;
class ResourceTableModel;
class Workspace;

class ResourcePage final : public QWidget
{
    Q_OBJECT

public:
    ResourcePage(CommandContext &context, const QString &type, QWidget *parent = nullptr);
    ~ResourcePage() override;

    QString type() const { return m_type; }

    // "Licenses", "Machines" …
    static QString titleFor(const QString &type);

    // A new workspace (or none): a new model over its cache; the commands follow.
    void setWorkspace(Workspace *workspace);

    // The page's model, made on first use (pages not shown read nothing).
    ResourceTableModel *model();

    QTableView *table() const { return m_table; }

    const QList<Command *> &commands() const { return m_commands; }

    QList<api::Resource> selectedResources() const;
    // Rows selected in the table (cheap also for a million).
    qint64 selectedRowCount() const;

    void focusSearch();
    // Shows one resource: clears filters that hide it, selects its row and opens it in the detail pane.
    void showResource(const QString &id);
    // Shows the resources whose `column` is `value` (a license's machines: "license" = its id), named for the user.
    void showRelated(const QString &column, const QString &value, const QString &label);
    void clearFilters();
    // The table as it is shown (filter, sort, visible columns) as CSV; false and a message when it cannot be written.
    // `progress` (optional) hears (rows written, rows in all) now and then; returning false cancels the export,
    // which then writes nothing (false, with *error empty).
    bool exportCsv(const QString &path,
                   QString *error,
                   const std::function<bool(qint64 done, qint64 total)> &progress = {}) const;

    // Whether the page may show something else: asks to save or discard unsaved edits of the detail pane.
    // `wait`: a Save waits until the server answered (the window or the connection is about to go).
    bool maySwitchAway(bool wait = false);

    // Re-reads the rows (after a sync page or a change of this type).
    void refresh();

Q_SIGNALS:
    void selectionChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Asks for the freshest copy of the record the user opened; recordRefreshed() hears how it went.
    void refreshOpened(const QString &id, const QString &label);
    void recordRefreshed(const QString &type, const QString &id, bool exists);
    void ensureModel();
    void buildFilters();
    void applyFilters();
    void updateSummary();
    void currentChanged();
    void updateSelection();
    void showHeaderMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);
    void saveColumns() const;
    void fillProducts();
    void restoreColumns();
    // The model's match column: shown while searching, hidden otherwise.
    void showMatchColumn();

    CommandContext &m_context;
    QString m_type;
    QPointer<Workspace> m_workspace;
    ResourceTableModel *m_model = nullptr;
    QList<Command *> m_commands;

    QLineEdit *m_search;
    QComboBox *m_status = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_expiring = nullptr;
    QLabel *m_related;
    QToolButton *m_clearRelated;
    QLabel *m_summary;
    QTableView *m_table;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    QString m_relatedColumn;
    QString m_relatedValue;
    QString m_currentId;
    QPair<QString, QString> m_refreshing; // the record opened whose freshest copy was asked for, and its label
    bool m_guarding = false;
    std::optional<QList<cache::Filter>> m_appliedExtra;
    QTimer *m_refreshCurrent = nullptr;
    static constexpr int kMaxSelection = 1000;
};

} // namespace keydesk
