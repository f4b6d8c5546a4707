#include "ui/mainwindow.h"

#include "app/profiles/secretstore.h"
#include "models/resourcecolumns.h"
#include "models/resourcetablemodel.h"
#include "models/workspace.h"
#include "ui/checkoutdialog.h"
#include "ui/command.h"
#include "ui/connectdialog.h"
#include "ui/filedialog.h"
#include "ui/inspectorwindow.h"
#include "ui/messagebox.h"
#include "ui/newlicensewizard.h"
#include "ui/resourcepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace keydesk {

namespace {

const QStringList &resourcePageTypes()
{
    static const QStringList types{QStringLiteral("licenses"),
                                   QStringLiteral("machines"),
                                   QStringLiteral("users"),
                                   QStringLiteral("groups"),
                                   QStringLiteral("products"),
                                   QStringLiteral("policies"),
                                   QStringLiteral("entitlements"),
                                   QStringLiteral("releases")};
    return types;
}

const QString kInspectorPage = QStringLiteral("inspector");
const QString kSandboxEntry = QStringLiteral("\x01sandbox");

// "almost done", "about 40 s left", "about 3 min left", "about 2 h left".
QString timeLeft(qint64 seconds)
{
    if (seconds <= 0) {
        return QCoreApplication::translate("keydesk::MainWindow", "almost done");
    }
    if (seconds < 60) {
        return QCoreApplication::translate("keydesk::MainWindow", "about %L1 s left").arg(seconds);
    }
    if (seconds < 3600) {
        return QCoreApplication::translate("keydesk::MainWindow", "about %L1 min left").arg((seconds + 30) / 60);
    }
    return QCoreApplication::translate("keydesk::MainWindow", "about %L1 h left").arg((seconds + 1800) / 3600);
}

// One type's line of the sync's tooltip: where it stands in this pass.
QString progressLine(const sync::TypeProgress &progress)
{
    const QString title = ResourcePage::titleFor(progress.type);
    if (progress.error.isError()) {
        return QStringLiteral("%1: %2").arg(title, progress.error.userMessage());
    }
    if (progress.finished) {
        return QCoreApplication::translate("keydesk::MainWindow", "%1: %L2 of %L3, done")
            .arg(title)
            .arg(progress.done)
            .arg(qMax(progress.total, progress.done));
    }
    if (!progress.running) {
        return QCoreApplication::translate("keydesk::MainWindow", "%1: waiting").arg(title);
    }
    if (progress.done == 0 && progress.total < 0) {
        return QCoreApplication::translate("keydesk::MainWindow", "%1: starting\u2026").arg(title);
    }
    if (progress.rate <= 0) {
        return progress.total >= 0
                 ? QCoreApplication::translate("keydesk::MainWindow", "%1: %L2 of %L3")
                       .arg(title)
                       .arg(progress.done)
                       .arg(progress.total)
                 : QCoreApplication::translate("keydesk::MainWindow", "%1: %L2").arg(title).arg(progress.done);
    }
    if (progress.total < 0) {
        return QCoreApplication::translate("keydesk::MainWindow", "%1: %L2 (%L3/s)")
            .arg(title)
            .arg(progress.done)
            .arg(qRound(progress.rate));
    }
    if (progress.etaSeconds < 0) {
        return QCoreApplication::translate("keydesk::MainWindow", "%1: %L2 of %L3 (%L4/s)")
            .arg(title)
            .arg(progress.done)
            .arg(progress.total)
            .arg(qRound(progress.rate));
    }
    return QCoreApplication::translate("keydesk::MainWindow", "%1: %L2 of %L3 (%L4/s, %5)")
        .arg(title)
        .arg(progress.done)
        .arg(progress.total)
        .arg(qRound(progress.rate))
        .arg(timeLeft(progress.etaSeconds));
}

} // namespace

MainWindow::MainWindow(profiles::ProfileStore &profiles, profiles::SecretStore &secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Keydesk"));
    createActions();
    createWidgets();
    createMenus();
    refreshProfiles();
    updateActions();
    pageChanged();

    auto *clock = new QTimer(this);
    clock->setInterval(30000);
    connect(clock, &QTimer::timeout, this, &MainWindow::updateSyncStatus);
    clock->start();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        resize(1280, 800);
    }
}

MainWindow::~MainWindow()
{
    releaseWorkspace();
}

void MainWindow::releaseWorkspace()
{
    // Dialogs and pages hold the workspace's objects, and its engines still signal while they stop: everything lets
    // go of it before it goes.
    for (QDialog *dialog : findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (dialog->testAttribute(Qt::WA_DeleteOnClose)) {
            delete dialog;
        }
    }
    for (ResourcePage *page : std::as_const(m_pages)) {
        page->setWorkspace(nullptr);
    }
    if (m_workspace) {
        m_workspace->syncEngine()->disconnect(this);
        m_workspace->client()->disconnect(this);
        m_workspace->disconnect(this);
        m_workspace.reset();
    }
}

void MainWindow::setSandboxStarter(SandboxStarter starter)
{
    m_sandboxStarter = std::move(starter);
    updateActions();
}

void MainWindow::createActions()
{
    m_connectAction = new QAction(tr("&Connect\u2026"), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectDialog);

    m_syncAction = new QAction(tr("&Sync Now"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    QList<QKeySequence> refresh = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refresh.contains(QKeySequence(Qt::Key_F5))) {
        refresh.prepend(QKeySequence(Qt::Key_F5));
    }
    m_syncAction->setShortcuts(refresh);
    m_syncAction->setStatusTip(tr("Fetch what changed on the server"));
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_workspace) {
            m_workspace->synchronize();
            updateSyncStatus();
        }
    });

    m_cancelSyncAction = new QAction(tr("&Cancel Sync"), this);
    m_cancelSyncAction->setObjectName(QStringLiteral("cancelSyncAction"));
    connect(m_cancelSyncAction, &QAction::triggered, this, [this] {
        if (m_workspace) {
            m_workspace->syncEngine()->cancel();
        }
    });

    m_exportAction = new QAction(tr("&Export Table as CSV\u2026"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCsv);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (ResourcePage *current = page(currentPageName())) {
            current->focusSearch();
        }
    });

    m_newLicenseAction = new QAction(tr("&New License\u2026"), this);
    m_newLicenseAction->setObjectName(QStringLiteral("newLicenseAction"));
    m_newLicenseAction->setShortcut(QKeySequence::New);
    m_newLicenseAction->setStatusTip(tr("Issue a license: product, policy, customer, details"));
    connect(m_newLicenseAction, &QAction::triggered, this, &MainWindow::newLicense);

    m_checkOutAction = new QAction(tr("Check &Out License File\u2026"), this);
    m_checkOutAction->setObjectName(QStringLiteral("checkOutAction"));
    m_checkOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_checkOutAction, &QAction::triggered, this, &MainWindow::checkOut);
}

void MainWindow::createWidgets()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMinimumWidth(190);
    m_sidebar->setMaximumWidth(260);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar::item { padding: 5px 8px; }"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    // The first-run page: what to do without any connection.
    m_welcome = new QWidget(this);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    {
        auto *layout = new QVBoxLayout(m_welcome);
        layout->addStretch(1);
        auto *title = new QLabel(tr("<h2>Welcome to Keydesk</h2>"
                                    "<p>Find a customer's license in a second, free a seat, issue a key, "
                                    "or check a license file.</p>"),
                                 m_welcome);
        title->setAlignment(Qt::AlignCenter);
        layout->addWidget(title);
        const auto button = [&](const QString &name, const QString &text, auto slot) {
            auto *b = new QPushButton(text, m_welcome);
            b->setObjectName(name);
            b->setMinimumWidth(340);
            b->setMinimumHeight(40);
            connect(b, &QPushButton::clicked, this, slot);
            auto *row = new QHBoxLayout;
            row->addStretch(1);
            row->addWidget(b);
            row->addStretch(1);
            layout->addLayout(row);
        };
        button(QStringLiteral("welcomeConnect"), tr("Connect to Keygen\u2026"), &MainWindow::connectDialog);
        button(QStringLiteral("welcomeSandbox"), tr("Try the Local Sandbox"), &MainWindow::startSandbox);
        button(QStringLiteral("welcomeInspect"), tr("Inspect a License File\u2026"), [this] {
            showPage(kInspectorPage);
            if (auto *open = m_inspector->findChild<QAction *>(QStringLiteral("actionOpen"))) {
                open->trigger();
            }
        });
        layout->addStretch(2);
    }
    m_stack->addWidget(m_welcome);

    for (const QString &type : resourcePageTypes()) {
        auto *page = new ResourcePage(*this, type, m_stack);
        m_pages << page;
        m_stack->addWidget(page);
        auto *item = new QListWidgetItem(ResourcePage::titleFor(type), m_sidebar);
        item->setData(Qt::UserRole, type);
        connect(page, &ResourcePage::selectionChanged, this, &MainWindow::updateActions);
        // A release's artifacts are reached from the release (its detail pane), not from the sidebar.
        item->setHidden(type == u"artifacts");
    }
    m_inspector = new InspectorWindow(m_stack);
    m_inspector->setWindowFlags(Qt::Widget);
    m_inspector->menuBar()->hide(); // the console's menus serve it
    // Its shortcuts (Ctrl+O, Ctrl+V …) act only on its page, not in the whole console.
    for (QAction *action : m_inspector->findChildren<QAction *>()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    m_stack->addWidget(m_inspector);
    auto *inspectorItem = new QListWidgetItem(tr("License File Inspector"), m_sidebar);
    inspectorItem->setData(Qt::UserRole, kInspectorPage);
    m_sidebar->setCurrentRow(0);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);

    // Results and errors: a line above the page that stays until closed (errors) or fades after a while.
    m_notification = new QLabel(this);
    m_notification->setObjectName(QStringLiteral("notification"));
    m_notification->setWordWrap(true);
    m_notification->setTextFormat(Qt::PlainText); // server texts and names are not markup
    m_notification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeNotification = new QToolButton(this);
    m_closeNotification->setObjectName(QStringLiteral("closeNotification"));
    m_closeNotification->setText(QStringLiteral("\u2715"));
    m_closeNotification->setAutoRaise(true);
    auto *notificationBar = new QFrame(this);
    m_notificationBar = notificationBar;
    notificationBar->setObjectName(QStringLiteral("notificationBar"));
    auto *notificationLayout = new QHBoxLayout(notificationBar);
    notificationLayout->setContentsMargins(8, 4, 4, 4);
    notificationLayout->addWidget(m_notification, 1);
    notificationLayout->addWidget(m_closeNotification);
    notificationBar->hide();
    connect(m_closeNotification, &QToolButton::clicked, notificationBar, &QWidget::hide);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(notificationBar);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    // Tool bar: the profile switcher, then the current page's most used actions.
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_profileSwitcher = new QComboBox(this);
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setMinimumWidth(200);
    m_profileSwitcher->setToolTip(tr("The connection the console shows"));
    toolbar->addWidget(new QLabel(tr(" Profile: "), this));
    toolbar->addWidget(m_profileSwitcher);
    toolbar->addSeparator();
    toolbar->addAction(m_syncAction);
    toolbar->addAction(m_newLicenseAction);
    toolbar->addSeparator();
    m_pageToolBar = toolbar;
    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profileSwitcher->itemData(index).toString();
        if (name == kSandboxEntry) {
            startSandbox();
        } else if (!name.isEmpty() && (!m_workspace || m_workspace->profile().name != name)) {
            openProfile(name);
        }
    });

    // Status bar: profile and environment, online or offline, sync progress with Cancel, last synced.
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_onlineLabel = new QLabel(this);
    m_onlineLabel->setObjectName(QStringLiteral("onlineLabel"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->hide();
    m_cancelSync = new QToolButton(this);
    m_cancelSync->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelSync->setDefaultAction(m_cancelSyncAction);
    m_cancelSync->hide();
    m_lastSynced = new QLabel(this);
    m_lastSynced->setObjectName(QStringLiteral("lastSyncedLabel"));
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_cancelSync);
    statusBar()->addPermanentWidget(m_lastSynced);
    statusBar()->addPermanentWidget(m_onlineLabel);
    statusBar()->addPermanentWidget(m_profileLabel);
    updateOnline();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    QMenu *switchMenu = file->addMenu(tr("S&witch Profile"));
    switchMenu->setObjectName(QStringLiteral("switchProfileMenu"));
    connect(switchMenu, &QMenu::aboutToShow, this, [this, switchMenu] {
        switchMenu->clear();
        for (int i = 0; i < m_profileSwitcher->count(); ++i) {
            QAction *action = switchMenu->addAction(m_profileSwitcher->itemText(i));
            action->setCheckable(true);
            action->setChecked(i == m_profileSwitcher->currentIndex());
            connect(action, &QAction::triggered, this, [this, i] {
                m_profileSwitcher->setCurrentIndex(i);
                Q_EMIT m_profileSwitcher->activated(i);
            });
        }
    });
    file->addSeparator();
    file->addAction(m_syncAction);
    file->addAction(m_cancelSyncAction);
    file->addSeparator();
    QAction *openFile = file->addAction(tr("&Open License File\u2026"), this, [this] {
        showPage(kInspectorPage);
        if (auto *open = m_inspector->findChild<QAction *>(QStringLiteral("actionOpen"))) {
            open->trigger();
        }
    });
    openFile->setShortcut(QKeySequence::Open);
    file->addAction(m_exportAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);

    m_actionsMenu = menuBar()->addMenu(tr("&Actions"));
    m_actionsMenu->setObjectName(QStringLiteral("actionsMenu"));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->isHidden()) {
            continue;
        }
        QAction *action = go->addAction(m_sidebar->item(row)->text(), this, [this, row] {
            m_sidebar->setCurrentRow(row);
        });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + row)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Keydesk"), this, [this] {
        MessageBox::about(this,
                          tr("About Keydesk"),
                          tr("<p><b>Keydesk</b> %1</p><p>A desktop console for Keygen licensing.</p>")
                              .arg(QApplication::applicationVersion()));
    });
}

QWidget *MainWindow::dialogParent() const
{
    return const_cast<MainWindow *>(this);
}

QStringList MainWindow::pageNames() const
{
    QStringList names = resourcePageTypes();
    names << kInspectorPage;
    return names;
}

QString MainWindow::currentPageName() const
{
    const QListWidgetItem *item = m_sidebar->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

ResourcePage *MainWindow::page(const QString &type) const
{
    for (ResourcePage *page : m_pages) {
        if (page->type() == type) {
            return page;
        }
    }
    return nullptr;
}

void MainWindow::showPage(const QString &name)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toString() == name) {
            m_sidebar->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::pageChanged()
{
    const QString name = currentPageName();
    ResourcePage *current = page(name);
    if (name == kInspectorPage) {
        m_stack->setCurrentWidget(m_inspector);
    } else if (!m_workspace) {
        m_stack->setCurrentWidget(m_welcome);
    } else if (current) {
        m_stack->setCurrentWidget(current);
    }
    // The Actions menu and the tool bar follow the page.
    m_actionsMenu->clear();
    const QList<QAction *> toolbarActions = m_pageToolBar->actions();
    bool pastSeparator = false;
    int separators = 0;
    for (QAction *action : toolbarActions) {
        if (action->isSeparator() && ++separators == 2) {
            pastSeparator = true;
            continue;
        }
        if (pastSeparator) {
            m_pageToolBar->removeAction(action);
        }
    }
    if (name == u"licenses") {
        m_actionsMenu->addAction(m_newLicenseAction);
    }
    if (name == u"licenses" || name == u"machines") {
        m_actionsMenu->addAction(m_checkOutAction);
        m_actionsMenu->addSeparator();
    }
    if (current) {
        for (Command *command : current->commands()) {
            if (command) {
                m_actionsMenu->addAction(command->action());
            } else {
                m_actionsMenu->addSeparator();
            }
        }
        int shown = 0;
        for (Command *command : current->commands()) {
            if (command && shown < 5 && command->objectName() != u"copyKey") {
                m_pageToolBar->addAction(command->action());
                ++shown;
            }
        }
        if (name == u"licenses" || name == u"machines") {
            m_pageToolBar->addAction(m_checkOutAction);
        }
    }
    m_actionsMenu->setEnabled(current != nullptr);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool connected = m_workspace != nullptr;
    const bool writable = connected && !m_workspace->isReadOnly();
    ResourcePage *current = page(currentPageName());
    m_syncAction->setEnabled(connected);
    m_cancelSyncAction->setEnabled(connected && m_workspace->syncEngine()->isRunning());
    m_exportAction->setEnabled(connected && current);
    m_findAction->setEnabled(connected && current);
    m_newLicenseAction->setEnabled(writable);
    m_newLicenseAction->setToolTip(connected && !writable ? tr("This profile is read-only.")
                                                          : tr("Issue a new license"));
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    m_checkOutAction->setEnabled(connected && current && (current == licenses || current->type() == u"machines")
                                 && current->selectedResources().size() == 1);
    m_checkOutAction->setText(current && current->type() == u"machines" ? tr("Check &Out Machine File\u2026")
                                                                        : tr("Check &Out License File\u2026"));
    for (ResourcePage *p : std::as_const(m_pages)) {
        for (Command *command : p->commands()) {
            if (command) {
                command->updateEnabled();
            }
        }
    }
}

void MainWindow::refreshProfiles()
{
    const QSignalBlocker blocker(m_profileSwitcher);
    m_profileSwitcher->clear();
    for (const QString &name : m_profiles.names()) {
        m_profileSwitcher->addItem(name, name);
    }
    if (m_sandbox && m_profileSwitcher->findData(m_sandbox->profile.name) < 0) {
        m_profileSwitcher->addItem(m_sandbox->profile.name, kSandboxEntry);
    } else if (!m_sandbox && m_sandboxStarter) {
        m_profileSwitcher->addItem(tr("Local sandbox"), kSandboxEntry);
    }
    if (m_workspace && m_profileSwitcher->findText(m_workspace->profile().name) < 0) {
        m_profileSwitcher->addItem(m_workspace->profile().name, m_workspace->profile().name);
    }
    if (m_profileSwitcher->count() == 0) {
        m_profileSwitcher->addItem(tr("Not connected"), QString());
    }
    if (m_workspace) {
        int index = m_profileSwitcher->findText(m_workspace->profile().name);
        m_profileSwitcher->setCurrentIndex(qMax(0, index));
    }
}

bool MainWindow::openConnection(const ReadyConnection &connection, const QString &cachePath)
{
    if (m_workspace && m_workspace->profile().name == connection.profile.name
        && m_workspace->profile().serverUrl() == connection.profile.serverUrl()
        && m_workspace->profile().account == connection.profile.account && cachePath.isEmpty()) {
        return true; // already open: a second connection to the same cache would fight the first
    }
    if (!maySwitchAway()) {
        refreshProfiles();
        return false;
    }
    auto workspace = std::make_unique<Workspace>(connection.profile, connection.token);
    QString error;
    if (!workspace->open(&error, cachePath)) {
        showError(tr("The local cache of \u201c%1\u201d could not be opened: %2").arg(connection.profile.name, error));
        return false;
    }
    releaseWorkspace();
    m_workspace = std::move(workspace);
    Workspace *ws = m_workspace.get();
    for (ResourcePage *page : std::as_const(m_pages)) {
        page->setWorkspace(ws);
    }
    m_inspector->setVerificationInputs(QString::fromLatin1(ws->profile().publicKeys));
    connect(ws, &Workspace::onlineChanged, this, &MainWindow::updateOnline);
    connect(ws, &Workspace::cacheChanged, this, [this](const QString &type) {
        // Counting a million rows takes a moment: only the types that changed, at most every few seconds.
        if (type.isEmpty()) {
            m_staleCounts = QSet<QString>(resourcePageTypes().cbegin(), resourcePageTypes().cend());
        } else {
            m_staleCounts.insert(type);
        }
        if (!m_countsPending) {
            m_countsPending = true;
            QTimer::singleShot(3000, this, &MainWindow::updateCounts);
        }
    });
    connect(ws->syncEngine(), &sync::SyncEngine::progressChanged, this, &MainWindow::updateSyncStatus);
    connect(ws->syncEngine(), &sync::SyncEngine::finished, this, [this](bool ok) {
        updateSyncStatus();
        updateCounts();
        if (!ok) {
            for (const sync::TypeProgress &progress : m_workspace->syncEngine()->progress()) {
                if (progress.error.isError() && progress.error.kind() != api::ApiError::Kind::Cancelled) {
                    showError(tr("Sync stopped: %1").arg(progress.error.userMessage()));
                    return;
                }
            }
        }
    });
    connect(ws->client(), &api::ApiClient::signatureWarning, this, [this](const QString &reason) {
        showError(tr("Warning: a response failed its signature check and was used anyway: %1").arg(reason));
    });
    setWindowTitle(tr("%1 \u2014 Keydesk").arg(ws->title()));
    m_profileLabel->setText(ws->isReadOnly() ? tr("%1 (read-only)").arg(ws->title()) : ws->title());
    refreshProfiles();
    for (int row = 0; row < m_sidebar->count(); ++row) {
        m_sidebar->item(row)->setData(Qt::UserRole + 1, QVariant());
    }
    // The counts come a moment after the first rows are on screen.
    m_staleCounts = QSet<QString>(resourcePageTypes().cbegin(), resourcePageTypes().cend());
    m_countsPending = true;
    QTimer::singleShot(300, this, &MainWindow::updateCounts);
    updateOnline();
    updateSyncStatus();
    pageChanged();
    ws->synchronize();
    updateSyncStatus();
    return true;
}

void MainWindow::openProfile(const QString &name)
{
    const std::optional<profiles::Profile> profile = m_profiles.profile(name);
    if (!profile) {
        showError(tr("There is no profile named \u201c%1\u201d.").arg(name));
        return;
    }
    QPointer<MainWindow> self(this);
    m_secrets.readToken(name, [self, profile](const profiles::SecretStore::Result &result) {
        if (!self) {
            return;
        }
        if (!result.ok) {
            self->showError(tr("The token of \u201c%1\u201d could not be read from the keychain: %2")
                                .arg(profile->name, result.error));
            self->refreshProfiles();
            return;
        }
        if (self->openConnection({*profile, result.token})) {
            self->m_profiles.setCurrent(profile->name);
        }
    });
}

void MainWindow::startSandbox()
{
    if (m_sandbox) {
        openConnection(*m_sandbox);
        return;
    }
    if (!m_sandboxStarter) {
        showError(tr("This build of Keydesk cannot start a local sandbox."));
        return;
    }
    statusBar()->showMessage(tr("Starting the local sandbox\u2026"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    std::optional<ReadyConnection> sandbox = m_sandboxStarter(&error);
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!sandbox) {
        showError(tr("The local sandbox could not be started: %1").arg(error));
        return;
    }
    m_sandbox = sandbox;
    openConnection(*sandbox);
}

void MainWindow::updateCounts()
{
    m_countsPending = false;
    const QSet<QString> stale = std::exchange(m_staleCounts, {});
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem *item = m_sidebar->item(row);
        const QString type = item->data(Qt::UserRole).toString();
        if (type == kInspectorPage || item->isHidden()) {
            continue;
        }
        const QString title = ResourcePage::titleFor(type);
        if (!m_workspace) {
            item->setText(title);
            continue;
        }
        if (!stale.contains(type) && item->data(Qt::UserRole + 1).isValid()) {
            continue;
        }
        const qint64 count = m_workspace->cache()->count(type);
        item->setText(tr("%1  (%L2)").arg(title).arg(count));
        item->setData(Qt::UserRole + 1, count);
        const QDateTime complete = m_workspace->cache()->syncState(type).lastComplete;
        item->setToolTip(complete.isValid() ? tr("%L1 in the local copy; last complete sync %2")
                                                  .arg(count)
                                                  .arg(QLocale().toString(complete.toLocalTime(), QLocale::ShortFormat))
                                            : tr("%L1 in the local copy; not synced completely yet").arg(count));
    }
}

void MainWindow::updateOnline()
{
    if (!m_workspace) {
        m_onlineLabel->setText(tr("Not connected"));
        return;
    }
    m_onlineLabel->setText(m_workspace->isOnline() ? tr("Online") : tr("Offline \u2014 showing the local copy"));
    m_onlineLabel->setStyleSheet(m_workspace->isOnline() ? QString() : QStringLiteral("color: #b00020;"));
}

void MainWindow::updateSyncStatus()
{
    if (!m_workspace) {
        m_syncProgress->hide();
        m_cancelSync->hide();
        m_syncLabel->clear();
        m_lastSynced->clear();
        return;
    }
    sync::SyncEngine *engine = m_workspace->syncEngine();
    const bool running = engine->isRunning();
    // Each type's sync state, read once: the bar's estimates and the last-synced label both need it.
    QHash<QString, cache::SyncState> states;
    for (const QString &type : cache::cachedTypes()) {
        states.insert(type, m_workspace->cache()->syncState(type));
    }
    m_syncProgress->setVisible(running);
    m_cancelSync->setVisible(running);
    m_cancelSyncAction->setEnabled(running);
    if (running) {
        // The bar: every type's share, each counted as the server reports it or, in a full sync until its first
        // page, as many as the last pass read (a quick refresh reads the newest pages only: its bar just runs).
        const QList<sync::TypeProgress> types = engine->progress();
        qint64 done = 0;
        qint64 total = 0;
        bool totalsKnown = true;
        const sync::TypeProgress *shown = nullptr; // the running type with the most left, for the label
        qint64 shownLeft = -1;
        QStringList lines;
        for (const sync::TypeProgress &progress : types) {
            const qint64 expected = progress.total >= 0      ? progress.total
                                  : engine->isQuickRefresh() ? -1
                                                             : states.value(progress.type).total;
            done += progress.done;
            totalsKnown = totalsKnown && expected >= 0;
            total += qMax(expected, progress.done);
            if (progress.running) {
                const qint64 left = progress.total >= 0 ? progress.total - progress.done : 0;
                if (!shown || left > shownLeft) {
                    shown = &progress;
                    shownLeft = left;
                }
            }
            // The tooltip: every type of this sync, done, under way (its rate and time left) or waiting its turn.
            lines << progressLine(progress);
        }
        if (totalsKnown && total > 0) {
            m_syncProgress->setRange(0, 1000);
            m_syncProgress->setValue(int(1000 * done / total));
        } else {
            m_syncProgress->setRange(0, 0);
        }
        m_syncLabel->setText(shown ? tr("Syncing %1").arg(progressLine(*shown)) : tr("Syncing\u2026"));
        m_syncLabel->setToolTip(lines.join(QLatin1Char('\n')));
        m_syncProgress->setToolTip(m_syncLabel->toolTip());
    } else {
        m_syncLabel->clear();
        m_syncLabel->setToolTip(QString());
        m_syncProgress->setToolTip(QString());
    }
    // The label: when the whole copy was last complete (its oldest type); the tooltip: each type's last complete
    // sync.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime last;
    bool everyType = true;
    QStringList lines;
    for (const QString &type : cache::cachedTypes()) {
        const QDateTime complete = states.value(type).lastComplete;
        const QString title = ResourcePage::titleFor(type);
        if (!complete.isValid()) {
            everyType = false;
            lines << tr("%1: not synced completely yet").arg(title);
            continue;
        }
        if (!last.isValid() || complete < last) {
            last = complete;
        }
        lines << tr("%1: synced %2 (%3)")
                     .arg(title,
                          ResourceColumns::relativeTime(complete, now),
                          QLocale().toString(complete.toLocalTime(), QLocale::ShortFormat));
    }
    m_lastSynced->setText(!last.isValid() ? tr("never synced")
                          : everyType     ? tr("synced %1").arg(ResourceColumns::relativeTime(last, now))
                                          : tr("partly synced"));
    m_lastSynced->setToolTip(last.isValid() ? lines.join(QLatin1Char('\n')) : QString());
}

void MainWindow::showResult(const QString &message)
{
    notify(message, false);
}

void MainWindow::showError(const QString &message)
{
    notify(message, true);
}

void MainWindow::notify(const QString &message, bool error)
{
    m_lastMessage = message;
    m_notification->setText(message);
    QWidget *bar = m_notificationBar;
    bar->setStyleSheet(
        error ? QStringLiteral("#notificationBar { background: #fde7e9; border-bottom: 1px solid #e8a0a8; }")
              : QStringLiteral("#notificationBar { background: #e6f4ea; border-bottom: 1px solid #a8d5b5; }"));
    bar->setProperty("error", error);
    bar->show();
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), error ? 0 : 8000);
    if (!error) {
        QPointer<QWidget> guard(bar);
        QTimer::singleShot(8000, bar, [guard, message, this] {
            if (guard && m_notification->text() == message) {
                guard->hide();
            }
        });
    }
}

void MainWindow::openInInspector(const QByteArray &file, const QString &licenseKey)
{
    showPage(kInspectorPage);
    // The account's pinned keys verify what this console checked out; the license key decrypts it.
    m_inspector->setVerificationInputs(m_workspace ? QString::fromLatin1(m_workspace->profile().publicKeys) : QString(),
                                       licenseKey);
    m_inspector->setInputText(file);
}

void MainWindow::openResource(const QString &type, const QString &id)
{
    ResourcePage *target = page(type);
    if (!target) {
        return;
    }
    showPage(type);
    target->showResource(id);
}

void MainWindow::openRelated(const QString &type, const QString &column, const QString &value, const QString &label)
{
    ResourcePage *target = page(type);
    if (!target) {
        return;
    }
    showPage(type);
    target->showRelated(column, value, label);
}

void MainWindow::connectDialog()
{
    ConnectDialog dialog(m_profiles, m_secrets, this);
    if (m_sandboxStarter) {
        dialog.setSandboxProvider([this](QString *error) -> std::optional<LocalSandbox> {
            if (!m_sandbox) {
                m_sandbox = m_sandboxStarter(error);
            }
            if (!m_sandbox) {
                return std::nullopt;
            }
            return LocalSandbox{m_sandbox->profile.url, m_sandbox->profile.account, m_sandbox->token};
        });
    }
    if (dialog.exec() == QDialog::Accepted) {
        refreshProfiles();
        openProfile(dialog.savedProfile().name);
    }
}

void MainWindow::exportCsv()
{
    ResourcePage *current = page(currentPageName());
    if (!current) {
        return;
    }
    const QString path = FileDialog::getSaveFileName(this,
                                                     tr("Export Table"),
                                                     QDir::home().filePath(
                                                         QStringLiteral("%1.csv").arg(current->type())),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    // A large table takes seconds: a progress dialog (after a moment) that can cancel.
    QProgressDialog progress(tr("Exporting %L1 rows\u2026").arg(current->model()->rowCount()),
                             tr("Cancel"),
                             0,
                             current->model()->rowCount(),
                             this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export Table"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const bool exported = current->exportCsv(path, &error, [&progress](qint64 done, qint64) {
        progress.setValue(int(done));
        return !progress.wasCanceled();
    });
    progress.reset();
    if (exported) {
        showResult(
            tr("Exported %L1 rows to %2.").arg(current->model()->rowCount()).arg(QDir::toNativeSeparators(path)));
    } else if (!error.isEmpty()) {
        showError(error);
    } else {
        showResult(tr("Export cancelled: nothing was written."));
    }
}

void MainWindow::newLicense()
{
    QString reason;
    if (!mayChangeServer(m_workspace.get(), &reason)) {
        showError(reason);
        return;
    }
    auto *wizard = new NewLicenseWizard(m_workspace.get(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewLicenseWizard::licenseCreated, this, [this](const QString &id) {
        showResult(tr("License created."));
        openResource(QStringLiteral("licenses"), id);
    });
    connect(wizard, &NewLicenseWizard::openInInspector, this, &MainWindow::openInInspector);
    wizard->show();
}

void MainWindow::checkOut()
{
    ResourcePage *current = page(currentPageName());
    const QList<api::Resource> selection = current ? current->selectedResources() : QList<api::Resource>();
    if (!m_workspace || selection.size() != 1) {
        return;
    }
    auto *dialog = new CheckOutDialog(m_workspace.get(), selection.constFirst(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CheckOutDialog::openInInspector, this, &MainWindow::openInInspector);
    dialog->show();
}

bool MainWindow::maySwitchAway()
{
    for (ResourcePage *p : std::as_const(m_pages)) {
        if (!p->maySwitchAway(true)) {
            return false;
        }
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maySwitchAway()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    if (m_workspace) {
        m_workspace->syncEngine()->cancel();
    }
    QMainWindow::closeEvent(event);
}

} // namespace keydesk
