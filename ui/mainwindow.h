#pragma once

// The console: a sidebar of pages (Licenses first, then Machines, Users, Groups, Products, Policies,
// Entitlements, Releases and the License File Inspector, each with its count), the current page's table and
// details, the commands of its selection in menus, toolbar and context menu, and a status bar with the profile,
// online state, sync progress (with Cancel) and when the cache was last synced.

#include "app/profiles/profile.h"
#include "ui/command.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace keydesk {

namespace profiles {
class ProfileStore;
class SecretStore;
} // namespace profiles

class InspectorWindow;
class ResourcePage;
class Workspace;

// A connection the application made itself, e.g. to its in-process sandbox.
struct ReadyConnection
{
    profiles::Profile profile;
    QString token;
};

class MainWindow final
    : public QMainWindow
    , public CommandContext
{
    Q_OBJECT

public:
    using SandboxStarter = std::function<std::optional<ReadyConnection>(QString *error)>;

    MainWindow(profiles::ProfileStore &profiles, profiles::SecretStore &secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "Try the sandbox" (first run, the Connect dialog, the profile switcher) starts the local sandbox with this.
    void setSandboxStarter(SandboxStarter starter);

    // Opens a connection: the cache is opened, the pages show it and a sync starts. False with a message shown
    // when the cache cannot be opened. `cachePath` empty: the profile's own cache.
    bool openConnection(const ReadyConnection &connection, const QString &cachePath = {});
    // Opens a saved profile (its token read from the keychain first).
    void openProfile(const QString &name);
    void startSandbox();

    // The window's pages ("licenses" …, "inspector"); the current one.
    QStringList pageNames() const;
    void showPage(const QString &name);
    QString currentPageName() const;
    ResourcePage *page(const QString &type) const;

    InspectorWindow *inspector() const { return m_inspector; }

    // The last message of the status bar or the notification area.
    QString lastMessage() const { return m_lastMessage; }

    // The notification area above the page (results fade, errors stay until closed).
    QWidget *notification() const { return m_notificationBar; }

    // CommandContext
    Workspace *workspace() const override { return m_workspace.get(); }

    QWidget *dialogParent() const override;
    void showResult(const QString &message) override;
    void showError(const QString &message) override;
    void openInInspector(const QByteArray &file, const QString &licenseKey) override;
    void openResource(const QString &type, const QString &id) override;
    void openRelated(const QString &type, const QString &column, const QString &value, const QString &label) override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void createMenus();
    void refreshProfiles();
    void pageChanged();
    void updateCounts();
    void updateSyncStatus();
    void updateOnline();
    void updateActions();
    void connectDialog();
    void exportCsv();
    void newLicense();
    void checkOut();
    void notify(const QString &message, bool error);
    // Asks about unsaved edits in any detail pane: false when the user wants to stay.
    bool maySwitchAway();
    void releaseWorkspace();

    profiles::ProfileStore &m_profiles;
    profiles::SecretStore &m_secrets;
    SandboxStarter m_sandboxStarter;
    std::unique_ptr<Workspace> m_workspace;
    std::optional<ReadyConnection> m_sandbox; // kept so the switcher can come back to it

    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_welcome = nullptr;
    QList<ResourcePage *> m_pages;
    InspectorWindow *m_inspector = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    QLabel *m_notification = nullptr;
    QWidget *m_notificationBar = nullptr;
    QToolButton *m_closeNotification = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_onlineLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QToolButton *m_cancelSync = nullptr;
    QLabel *m_lastSynced = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QToolBar *m_pageToolBar = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_cancelSyncAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newLicenseAction = nullptr;
    QAction *m_checkOutAction = nullptr;
    QAction *m_connectAction = nullptr;
    QString m_lastMessage;
    bool m_countsPending = false;
    QSet<QString> m_staleCounts;
};

} // namespace keydesk
