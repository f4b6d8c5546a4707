#include "ui/resourcepage.h"

#include "app/cache/csv.h"
#include "app/sync/syncengine.h"
#include "models/resourcedetailmodel.h"
#include "models/resourcetablemodel.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "ui/command.h"
#include "ui/detailpane.h"
#include "ui/messagebox.h"
#include "ui/resourcecommands.h"

#include <QAction>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace keydesk {

namespace {

QString settingsKey(const QString &type, const char *what)
{
    return QStringLiteral("pages/%1/%2").arg(type, QLatin1String(what));
}

} // namespace

QString ResourcePage::titleFor(const QString &type)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("licenses"), QT_TR_NOOP("Licenses")},
        {QStringLiteral("machines"), QT_TR_NOOP("Machines")},
        {QStringLiteral("users"), QT_TR_NOOP("Users")},
        {QStringLiteral("groups"), QT_TR_NOOP("Groups")},
        {QStringLiteral("products"), QT_TR_NOOP("Products")},
        {QStringLiteral("policies"), QT_TR_NOOP("Policies")},
        {QStringLiteral("entitlements"), QT_TR_NOOP("Entitlements")},
        {QStringLiteral("releases"), QT_TR_NOOP("Releases")},
        {QStringLiteral("artifacts"), QT_TR_NOOP("Artifacts")},
    };
    const char *title = titles.value(type);
    return title ? tr(title) : type;
}

ResourcePage::ResourcePage(CommandContext &context, const QString &type, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_type(type)
    , m_search(new QLineEdit(this))
    , m_related(new QLabel(this))
    , m_clearRelated(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new DetailPane(context, this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("page_%1").arg(type));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search %1 (Ctrl+F): any part of a key, email, name, fingerprint or metadata")
                                     .arg(titleFor(type).toLower()));
    m_search->setMinimumWidth(320);
    m_related->setObjectName(QStringLiteral("relatedFilterLabel"));
    m_related->setTextFormat(Qt::PlainText);
    m_related->hide();
    m_clearRelated->setObjectName(QStringLiteral("clearRelatedFilter"));
    m_clearRelated->setText(tr("Show all"));
    m_clearRelated->hide();
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    buildFilters();
    if (m_status) {
        filters->addWidget(m_status);
    }
    if (m_product) {
        filters->addWidget(m_product);
    }
    if (m_expiring) {
        filters->addWidget(m_expiring);
    }
    filters->addWidget(m_related);
    filters->addWidget(m_clearRelated);
    filters->addStretch(1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table);
    // Below the table, with its width: how many rows are shown and selected (and why actions are off).
    leftLayout->addWidget(m_summary);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 430});
    m_splitter->setObjectName(QStringLiteral("pageSplitter"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_splitter);

    m_commands = createCommands(context, type, this);
    for (Command *command : std::as_const(m_commands)) {
        if (command) {
            // Shortcuts act on this page only, when it is shown; Delete only where the rows are (in the detail
            // pane or a filter it means something else, or nothing).
            if (command->action()->shortcut() == QKeySequence(QKeySequence::Delete)) {
                command->action()->setShortcutContext(Qt::WidgetShortcut);
                m_table->addAction(command->action());
            } else {
                command->action()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
                addAction(command->action());
            }
        }
    }

    // Results while typing, without a query per key press.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &ResourcePage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        applyFilters();
        m_table->setFocus();
        // Enter in the search field goes to the best match.
        if (m_model && m_model->rowCount() > 0) {
            m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    });
    connect(m_clearRelated, &QToolButton::clicked, this, [this] {
        showRelated({}, {}, {});
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ResourcePage::showContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &ResourcePage::showHeaderMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &ResourcePage::saveColumns);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, &ResourcePage::saveColumns);
    connect(m_table, &QTableView::activated, this, [this] {
        m_detail->setFocus();
    });
    m_refreshCurrent = new QTimer(this);
    m_refreshCurrent->setSingleShot(true);
    m_refreshCurrent->setInterval(400);
    connect(m_refreshCurrent, &QTimer::timeout, this, [this] {
        if (m_workspace && !m_currentId.isEmpty()) {
            refreshOpened(m_currentId, m_detail->resource() ? resourceLabel(*m_detail->resource()) : QString());
        }
    });
}

ResourcePage::~ResourcePage() = default;

void ResourcePage::buildFilters()
{
    QList<QPair<QString, QString>> statuses;
    if (m_type == u"licenses") {
        statuses = {{QStringLiteral("ACTIVE"), tr("Active")},
                    {QStringLiteral("INACTIVE"), tr("Inactive")},
                    {QStringLiteral("EXPIRING"), tr("Expiring")},
                    {QStringLiteral("EXPIRED"), tr("Expired")},
                    {QStringLiteral("SUSPENDED"), tr("Suspended")},
                    {QStringLiteral("BANNED"), tr("Banned")}};
    } else if (m_type == u"machines") {
        statuses = {{QStringLiteral("ALIVE"), tr("Alive")},
                    {QStringLiteral("DEAD"), tr("Dead")},
                    {QStringLiteral("NOT_STARTED"), tr("Not started")},
                    {QStringLiteral("RESURRECTED"), tr("Resurrected")}};
    } else if (m_type == u"users") {
        statuses = {{QStringLiteral("ACTIVE"), tr("Active")},
                    {QStringLiteral("INACTIVE"), tr("Inactive")},
                    {QStringLiteral("BANNED"), tr("Banned")}};
    } else if (m_type == u"releases") {
        statuses = {{QStringLiteral("DRAFT"), tr("Draft")},
                    {QStringLiteral("PUBLISHED"), tr("Published")},
                    {QStringLiteral("YANKED"), tr("Yanked")}};
    }
    if (!statuses.isEmpty()) {
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("statusFilter"));
        m_status->addItem(m_type == u"machines" ? tr("Any heartbeat") : tr("Any status"), QString());
        for (const auto &[value, label] : std::as_const(statuses)) {
            m_status->addItem(label, value);
        }
        connect(m_status, &QComboBox::currentIndexChanged, this, &ResourcePage::applyFilters);
    }
    if (m_type == u"licenses" || m_type == u"policies" || m_type == u"releases" || m_type == u"machines") {
        m_product = new QComboBox(this);
        m_product->setObjectName(QStringLiteral("productFilter"));
        m_product->addItem(tr("Any product"), QString());
        m_product->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(m_product, &QComboBox::currentIndexChanged, this, &ResourcePage::applyFilters);
    }
    if (m_type == u"licenses") {
        m_expiring = new QComboBox(this);
        m_expiring->setObjectName(QStringLiteral("expiringFilter"));
        m_expiring->addItem(tr("Any expiry"), 0);
        for (int days : {7, 30, 90}) {
            m_expiring->addItem(tr("Expiring within %n day(s)", nullptr, days), days);
        }
        connect(m_expiring, &QComboBox::currentIndexChanged, this, &ResourcePage::applyFilters);
    }
}

void ResourcePage::fillProducts()
{
    if (!m_product) {
        return;
    }
    const QSignalBlocker blocker(m_product);
    const QString chosen = m_product->currentData().toString();
    m_product->clear();
    m_product->addItem(tr("Any product"), QString());
    if (m_workspace) {
        for (const api::Resource &product : m_workspace->cache()->resources(
                 cache::Query(QStringLiteral("products"), {}, QStringLiteral("name"), Qt::AscendingOrder, 0, 500))) {
            m_product->addItem(resourceLabel(product), product.id());
        }
    }
    m_product->setCurrentIndex(qMax(0, m_product->findData(chosen)));
}

void ResourcePage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_currentId.clear();
    m_appliedExtra.reset();
    for (Command *command : std::as_const(m_commands)) {
        if (command) {
            command->reset();
        }
    }
    ResourceTableModel *old = m_model;
    m_model = nullptr;
    m_table->setModel(nullptr);
    delete old;
    m_detail->setWorkspace(workspace);
    m_detail->setResource(std::nullopt);
    m_refreshing = {};
    if (workspace) {
        connect(workspace->syncEngine(),
                &sync::SyncEngine::recordRefreshed,
                this,
                &ResourcePage::recordRefreshed,
                Qt::UniqueConnection);
    }
    fillProducts();
    if (workspace && m_product) {
        // A first sync brings the products after the page was built.
        connect(workspace, &Workspace::cacheChanged, this, [this](const QString &type) {
            if (type.isEmpty() || type == u"products") {
                fillProducts();
            }
        });
    }
    // Pages not shown yet get their rows when they are first shown: counting and laying out a million rows for
    // every page would delay the first one.
    if (workspace && isVisible()) {
        ensureModel();
    }
    for (Command *command : std::as_const(m_commands)) {
        if (command) {
            command->setSelection({});
        }
    }
    updateSummary();
}

void ResourcePage::ensureModel()
{
    if (m_model || !m_workspace) {
        return;
    }
    m_model = new ResourceTableModel(m_workspace->cache(), m_type, this);
    // The filters are set before the view sees the model: each change of filters resets it, and a reset lays out
    // every row's header section again (tens of milliseconds on a million rows).
    m_appliedExtra = QList<cache::Filter>();
    applyFilters();
    // Newest first, as Keygen lists, until the user picks a column: no column shows a sort indicator then.
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setModel(m_model);
    connect(m_workspace, &Workspace::cacheChanged, m_model, &ResourceTableModel::onCacheChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResourcePage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResourcePage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ResourcePage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the resource the user was looking at selected across refreshes.
        if (!m_currentId.isEmpty()) {
            const int row = m_model->rowOfId(m_currentId);
            if (row >= 0) {
                m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                           QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
            }
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResourcePage::updateSelection);
    // A refresh may change the selected resources (a suspension, a sync): the commands see the new state.
    connect(m_model, &ResourceTableModel::refreshed, this, &ResourcePage::updateSelection);
    // Values of selected rows changed (an action, a sync): the commands see the new state. Rows arriving from the
    // reader thread while the user scrolls are mostly not selected: those re-read nothing.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
            if (range.top() <= to.row() && from.row() <= range.bottom()) {
                updateSelection();
                return;
            }
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResourcePage::currentChanged);
    restoreColumns();
    m_table->setSortingEnabled(true);
    updateSummary();
}

ResourceTableModel *ResourcePage::model()
{
    ensureModel();
    return m_model;
}

void ResourcePage::showEvent(QShowEvent *event)
{
    ensureModel();
    QWidget::showEvent(event);
}

QList<api::Resource> ResourcePage::selectedResources() const
{
    QList<api::Resource> resources;
    if (!m_model) {
        return resources;
    }
    // Each is read from the cache: an action on more rows than this is refused (the page says so) rather than
    // freezing the window.
    if (selectedRowCount() > kMaxSelection) {
        return resources;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (auto resource = m_model->resourceAt(index)) {
            resources << *resource;
        }
    }
    return resources;
}

qint64 ResourcePage::selectedRowCount() const
{
    if (!m_model) {
        return 0;
    }
    // Counted on the selection's ranges: Ctrl+A on a million rows is one range, not a million indexes.
    qint64 rows = 0;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        if (range.left() == 0) {
            rows += range.height();
        }
    }
    return rows;
}

void ResourcePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ResourcePage::clearFilters()
{
    const QSignalBlocker a(m_search);
    m_search->clear();
    for (QComboBox *combo : {m_status, m_product, m_expiring}) {
        if (combo) {
            const QSignalBlocker b(combo);
            combo->setCurrentIndex(0);
        }
    }
    m_relatedColumn.clear();
    m_relatedValue.clear();
    m_related->hide();
    m_clearRelated->hide();
    applyFilters();
}

void ResourcePage::refreshOpened(const QString &id, const QString &label)
{
    m_refreshing = {id, label};
    m_workspace->syncEngine()->refreshOne(m_type, id);
}

void ResourcePage::recordRefreshed(const QString &type, const QString &id, bool exists)
{
    // The record the page asked about, or the one its detail pane shows (refreshed after a command, say).
    const bool asked = id == m_refreshing.first;
    const bool shown = m_detail->resource() && m_detail->resource()->id() == id;
    if (type != m_type || (!asked && !shown)) {
        return;
    }
    const QString label = asked ? std::exchange(m_refreshing, {}).second : resourceLabel(*m_detail->resource());
    if (exists) {
        return;
    }
    // The row leaves the list with the cache's next read: say why, rather than let it vanish.
    m_context.showResult(tr("\u201c%1\u201d was deleted on the server, so it is no longer in the cache.")
                             .arg(label.isEmpty() ? id : label));
    if (shown) {
        if (m_detail->hasPendingChanges()) {
            // Not thrown away: the user sees what they typed, and why it cannot be saved.
            m_detail->showNotice(tr("This record was deleted on the server: your changes can no longer be saved."));
        } else {
            m_detail->setResource(std::nullopt);
            m_currentId.clear();
        }
    }
}

void ResourcePage::showResource(const QString &id)
{
    ensureModel();
    if (!m_model || (id != m_currentId && !maySwitchAway())) {
        return;
    }
    // Rows written a moment ago (a change, a refreshed record) may not be read yet: the position must be that of
    // the rows the view shows.
    m_model->refresh();
    int row = m_model->rowOfId(id);
    if (row < 0) {
        clearFilters();
        row = m_model->rowOfId(id);
    }
    m_currentId = id;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else if (m_workspace) {
        // Not cached (yet): show what the server has.
        const std::optional<api::Resource> cached = m_workspace->cache()->resource(m_type, id);
        m_detail->setResource(cached);
        refreshOpened(id, cached ? resourceLabel(*cached) : QString());
    }
}

void ResourcePage::showRelated(const QString &column, const QString &value, const QString &label)
{
    ensureModel();
    m_relatedColumn = column;
    m_relatedValue = value;
    m_related->setText(label);
    m_related->setVisible(!column.isEmpty());
    m_clearRelated->setVisible(!column.isEmpty());
    applyFilters();
}

void ResourcePage::applyFilters()
{
    if (!m_model) {
        return;
    }
    QList<cache::Filter> extra;
    if (!m_relatedColumn.isEmpty()) {
        extra << cache::Filter{m_relatedColumn, cache::Filter::Op::Equals, m_relatedValue};
    }
    // Only when it changed: setting filters reloads the rows.
    if (!m_appliedExtra || m_appliedExtra->size() != extra.size()
        || (!extra.isEmpty() && m_appliedExtra->constFirst().value != extra.constFirst().value)) {
        m_model->setExtraFilters(extra);
        m_appliedExtra = extra;
    }
    if (m_status) {
        const QString status = m_status->currentData().toString();
        if (m_type == u"machines") {
            m_model->setHeartbeatStatusFilter(status);
        } else {
            m_model->setStatusFilter(status);
        }
    }
    if (m_product) {
        m_model->setProductFilter(m_product->currentData().toString());
    }
    if (m_expiring) {
        m_model->setExpiringWithinDays(m_expiring->currentData().toInt());
    }
    m_model->setSearchText(m_search->text().trimmed());
    showMatchColumn();
    updateSummary();
}

void ResourcePage::showMatchColumn()
{
    if (!m_model || m_table->model() != m_model) {
        return;
    }
    QHeaderView *header = m_table->horizontalHeader();
    const int column = m_model->matchColumn();
    if (header->isSectionHidden(column) == m_model->isSearching()) {
        header->setSectionHidden(column, !m_model->isSearching());
    }
}

void ResourcePage::refresh()
{
    if (m_model) {
        m_model->refresh();
    }
}

void ResourcePage::updateSummary()
{
    if (!m_model) {
        m_summary->clear();
        return;
    }
    const int rows = m_model->rowCount();
    QString text = m_search->text().trimmed().isEmpty() ? tr("%L1 shown").arg(rows) : tr("%L1 found").arg(rows);
    const qint64 selected = selectedRowCount();
    if (selected > kMaxSelection) {
        text = tr("%1 · %L2 selected: actions work on at most %L3 rows at a time")
                   .arg(text)
                   .arg(selected)
                   .arg(kMaxSelection);
    } else if (selected > 1) {
        text = tr("%1 · %L2 selected").arg(text).arg(selected);
    }
    m_summary->setText(text);
}

void ResourcePage::updateSelection()
{
    updateSummary();
    const QList<api::Resource> selection = selectedResources();
    for (Command *command : std::as_const(m_commands)) {
        if (command) {
            command->setSelection(selection);
        }
    }
    if (m_model && !m_currentId.isEmpty() && !m_detail->hasPendingChanges()) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_model->idAt(current.row()) == m_currentId) {
            m_detail->setResource(m_model->resourceAt(current));
        }
    }
    Q_EMIT selectionChanged();
}

bool ResourcePage::maySwitchAway(bool wait)
{
    if (!m_detail->hasPendingChanges()) {
        return true;
    }
    const std::optional<api::Resource> shown = m_detail->model()->resource().isNull()
                                                 ? std::nullopt
                                                 : std::optional<api::Resource>(m_detail->model()->resource());
    switch (MessageBox::askToSave(this,
                                  tr("%1 has changes that were not applied. Apply them now?")
                                      .arg(shown ? resourceLabel(*shown) : titleFor(m_type)))) {
    case QMessageBox::Save: {
        auto ok = std::make_shared<bool>(true);
        QEventLoop loop;
        connect(m_detail, &DetailPane::applied, &loop, [&loop, ok](bool done) {
            *ok = done;
            loop.quit();
        });
        m_detail->apply();
        // Leaving the window or the profile drops the connection: the edits must have arrived first.
        if (wait && m_detail->isApplying()) {
            loop.exec();
        }
        return !wait || *ok;
    }
    case QMessageBox::Discard:
        m_detail->revert();
        return true;
    default:
        return false;
    }
}

void ResourcePage::currentChanged()
{
    if (!m_model) {
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    const QString newId = current.isValid() ? m_model->idAt(current.row()) : QString();
    if (!m_currentId.isEmpty() && newId != m_currentId && m_detail->hasPendingChanges() && !m_guarding) {
        // Another row while edits are pending: the user decides; staying re-selects the edited row.
        m_guarding = true;
        const bool leave = maySwitchAway();
        if (!leave) {
            // Back to the edited row once the view has finished moving away from it.
            QTimer::singleShot(0, this, [this] {
                const int row = m_model ? m_model->rowOfId(m_currentId) : -1;
                if (row >= 0) {
                    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                               QItemSelectionModel::ClearAndSelect
                                                                   | QItemSelectionModel::Rows);
                }
                m_guarding = false;
            });
            return;
        }
        m_guarding = false;
    }
    std::optional<api::Resource> resource = current.isValid() ? m_model->resourceAt(current) : std::nullopt;
    const QString id = resource ? resource->id() : QString();
    const bool changed = id != m_currentId;
    m_currentId = id;
    m_detail->setResource(resource);
    // Opening a record fetches its freshest copy (quietly: the row updates when it arrives) once the user rests on
    // it, not for every row the arrow keys pass.
    if (changed && resource && m_workspace) {
        m_refreshCurrent->start();
    }
}

void ResourcePage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (Command *command : std::as_const(m_commands)) {
        if (command) {
            menu.addAction(command->action());
        } else {
            menu.addSeparator();
        }
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ResourcePage::showHeaderMenu(const QPoint &pos)
{
    if (!m_model) {
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnChooser"));
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == m_model->matchColumn()) {
            continue; // shown while searching, and only then
        }
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveColumns();
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void ResourcePage::saveColumns() const
{
    if (!m_model) {
        return;
    }
    QSettings settings;
    settings.setValue(settingsKey(m_type, "header"), m_table->horizontalHeader()->saveState());
}

void ResourcePage::restoreColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = QSettings().value(settingsKey(m_type, "header")).toByteArray();
    if (state.isEmpty() || !header->restoreState(state) || header->count() != m_model->columnCount()) {
        const QStringList visible = m_model->defaultVisibleColumns();
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QString name = m_model->headerData(column, Qt::Horizontal, ColumnNameRole).toString();
            header->setSectionHidden(column, !visible.contains(name));
        }
    }
    // Where a search found each row: first, where the eye starts, and wide enough for an email or a key. Once, also
    // in a layout saved before the column existed (which restoreState() gives it at the end); then where the user
    // puts it.
    QSettings settings;
    if (!settings.value(settingsKey(m_type, "matchColumnPlaced")).toBool()) {
        header->moveSection(header->visualIndex(m_model->matchColumn()), 0);
        header->resizeSection(m_model->matchColumn(), 300);
        settings.setValue(settingsKey(m_type, "matchColumnPlaced"), true);
    }
    header->setSortIndicatorShown(true);
    showMatchColumn();
}

bool ResourcePage::exportCsv(const QString &path,
                             QString *error,
                             const std::function<bool(qint64 done, qint64 total)> &progress) const
{
    if (!m_model) {
        return false;
    }

    // Every row, in order: large windows read at once (a million rows in 200 queries rather than 5,000).
    struct BulkRead
    {
        QPointer<ResourceTableModel> model; // the progress dialog runs events: a closed connection takes it

        ~BulkRead()
        {
            if (model) {
                model->setBulkReading(false);
            }
        }
    } bulk{m_model};

    m_model->setBulkReading(true);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns << logical;
        }
    }
    // For spreadsheet programs (csv.h): a byte order mark, RFC 4180 records, formulas disarmed.
    QByteArray out = cache::kCsvByteOrderMark.toByteArray();
    QStringList fields;
    for (int column : std::as_const(columns)) {
        fields << cache::csvField(m_model->headerData(column, Qt::Horizontal).toString());
    }
    out += cache::csvRecord(fields).toUtf8();
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        fields.clear();
        for (int column : std::as_const(columns)) {
            // The exact value (an ISO date, not "in 3 days").
            const QModelIndex index = m_model->index(row, column);
            QVariant raw = index.data(RawValueRole);
            if (raw.typeId() == QMetaType::QDateTime) {
                raw = raw.toDateTime().toUTC().toString(Qt::ISODateWithMs);
            }
            const int kind = raw.typeId();
            if (kind == QMetaType::QVariantList || kind == QMetaType::QStringList || kind == QMetaType::QJsonArray
                || kind == QMetaType::QJsonObject || index.data(LinkIdRole).isValid()) {
                raw = index.data(Qt::DisplayRole).toString(); // lists as shown, related records by name
            }
            fields << cache::csvCell(raw);
        }
        out += cache::csvRecord(fields).toUtf8();
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
        if (progress && row % 1000 == 999 && !progress(row + 1, rows)) {
            file.cancelWriting();
            error->clear();
            return false;
        }
        if (!bulk.model || bulk.model != m_model) {
            file.cancelWriting();
            *error = tr("The connection was closed during the export: nothing was written.");
            return false;
        }
    }
    file.write(out);
    if (!file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace keydesk
