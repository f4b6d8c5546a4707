// The console on real widgets (offscreen) against the in-process sandbox over real HTTP: find a license by a
// fragment of its key and suspend it, deactivate a machine, edit metadata and find the license by the new value,
// check out a license file into the inspector, a server error shown with nothing changed, read-only profiles, and
// the first-run page.

#include "app/api/requests.h"
#include "app/profiles/secretstore.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxserver.h"
#include "models/resourcecolumns.h"
#include "models/resourcetablemodel.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "tests/apireply.h"
#include "tests/customermachine.h"
#include "tests/ui/sandboxprofile.h"
#include "ui/checkoutdialog.h"
#include "ui/inspectorwindow.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/newlicensewizard.h"
#include "ui/resourcepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUuid>

using namespace keydesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunOffersConnectSandboxAndInspector();
    void sidebarShowsEveryPageWithCounts();
    void findLicenseByKeyFragmentAndSuspendIt();
    void findLicenseByOwnersEmailOrMachineFingerprint();
    void savedColumnLayoutGetsTheMatchColumnFirst();
    void deactivateMachine();
    void recordDeletedOnTheServerIsExplained();
    void detailPaneStaysPutWhileTheTableRefreshes();
    void selectionFollowsItsLicenseWhileASlowOrderRefreshes();
    void editMetadataThenFindByNewValue();
    void serverErrorIsShownAndChangesNothing();
    void checkOutIntoInspector();
    void checkOutMachineFile();
    void unsavedEditsAreNeverLostSilently();
    void readOnlyProfileDisablesWrites();
    void profileSwitcherOpensSavedProfiles();
    void validateExplainsTheVerdict();
    void changeOwnerThroughThePicker();
    void issueALicenseThroughTheWizardAndFindIt();
    void changePolicyOffersThePoliciesOfTheProduct();
    void largeSelectionsSaySoAndActOnNothing();
    void exportCsvOfFilteredTable();
    void cancelSyncGoesAtOnceAndTheNextSyncCompletes();
    void syncProgressSaysHowFarAndHowLong();
    void screenshotsOfEveryPage();

private:
    void connectWindow(bool readOnly = false);
    api::ApiReply *call(const api::ApiRequest &request);

    ResourcePage *page(const QString &type) const { return m_window->page(type); }

    QAction *action(ResourcePage *page, const char *name) const;
    // Selects one row of a page's table, as a click would, and gives its resource (null when it did not happen).
    api::Resource selectOne(ResourcePage *page, int row) const;
    // Copies of a cached license under new ids and keys, in the cache only (the sandbox seeds a few hundred): for
    // what needs more than a thousand rows. The licenses table reads them at once.
    void addCachedLicenses(int count);
    int columnOf(ResourcePage *page, const QString &name) const;
    QList<api::Resource> activeLicenses() const;
    // Check Out on the current selection, Check Out in the dialog, Open in Inspector: the inspector page shows it.
    void checkOutIntoTheInspector();

    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<profiles::ProfileStore> m_store;
    std::unique_ptr<profiles::SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Page settings (columns, sort) of this test only.
    QCoreApplication::setOrganizationName(QStringLiteral("KeydeskTest"));
    QSettings().clear();
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    QVERIFY2(sandbox::seedDemoData(m_server.store(), m_server.account(), 300, &error), qPrintable(error));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydesk.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_store = std::make_unique<profiles::ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<profiles::SecretStore>(QStringLiteral("io.keydesk.Keydesk.test-")
                                                        + QUuid::createUuid().toString(QUuid::Id128));
    m_window = std::make_unique<MainWindow>(*m_store, *m_secrets);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::connectWindow(bool readOnly)
{
    const profiles::Profile profile = testing::sandboxProfile(m_server, QStringLiteral("Sandbox test"), readOnly);
    const QString cachePath = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_run));
    QVERIFY(m_window->openConnection({profile, m_server.adminToken()}, cachePath));
    QVERIFY(m_window->workspace());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspace()->syncEngine()->isRunning(), 60000);
    QVERIFY2(m_window->lastMessage().isEmpty(), qPrintable(m_window->lastMessage()));
    // The tables catch up with the finished sync (their refreshes are coalesced).
    for (const QString &type : {QStringLiteral("licenses"), QStringLiteral("machines"), QStringLiteral("users")}) {
        QTRY_COMPARE(page(type)->model()->rowCount(), int(m_window->workspace()->cache()->count(type)));
    }
}

api::ApiReply *TestMainWindow::call(const api::ApiRequest &request)
{
    return testing::wait(m_window->workspace()->client()->send(request, this));
}

QAction *TestMainWindow::action(ResourcePage *page, const char *name) const
{
    for (Command *command : page->commands()) {
        if (command && command->action()->objectName() == QLatin1String(name)) {
            return command->action();
        }
    }
    qFatal("no action %s", name);
    return nullptr;
}

api::Resource TestMainWindow::selectOne(ResourcePage *page, int row) const
{
    page->table()->selectRow(row);
    if (!QTest::qWaitFor([page] {
            return page->selectedResources().size() == 1;
        })) {
        return {};
    }
    return page->selectedResources().constFirst();
}

void TestMainWindow::addCachedLicenses(int count)
{
    cache::Cache *cache = m_window->workspace()->cache();
    const QList<api::Resource> existing = cache->resources(cache::Query(QStringLiteral("licenses")));
    QVERIFY(!existing.isEmpty());
    QList<api::Resource> copies;
    for (int i = 0; i < count; ++i) {
        api::Resource copy = existing.at(i % existing.size());
        copy.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
        copy.setAttribute(QStringLiteral("key"), QStringLiteral("LOCAL-COPY-%1").arg(i, 5, 10, QLatin1Char('0')));
        copies << copy;
    }
    QVERIFY(cache->upsert(copies));
    page(QStringLiteral("licenses"))->model()->refresh();
}

QList<api::Resource> TestMainWindow::activeLicenses() const
{
    return m_window->workspace()->cache()->resources(
        cache::Query(QStringLiteral("licenses"),
                     {{QStringLiteral("status"), cache::Filter::Op::Equals, QStringLiteral("ACTIVE")}}));
}

void TestMainWindow::checkOutIntoTheInspector()
{
    QAction *checkOut = m_window->findChild<QAction *>(QStringLiteral("checkOutAction"));
    QVERIFY(checkOut->isEnabled());
    checkOut->trigger();
    CheckOutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CheckOutDialog *>()) != nullptr);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("checkOutButton")), Qt::LeftButton);
    auto *inspect = dialog->findChild<QPushButton *>(QStringLiteral("openInspectorButton"));
    QTRY_VERIFY_WITH_TIMEOUT(inspect->isEnabled() && inspect->isVisible(), 20000);
    QTest::mouseClick(inspect, Qt::LeftButton);
    QTRY_COMPARE(m_window->currentPageName(), QStringLiteral("inspector"));
}

int TestMainWindow::columnOf(ResourcePage *page, const QString &name) const
{
    return page->model()->columnOf(name);
}

void TestMainWindow::firstRunOffersConnectSandboxAndInspector()
{
    auto *welcome = m_window->findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("welcomeConnect"))->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("welcomeSandbox"))->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("welcomeInspect"))->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("newLicenseAction"))->isEnabled());

    // "Try the sandbox" starts one through the application's starter and opens the console on it.
    m_window->setSandboxStarter([this](QString *) -> std::optional<ReadyConnection> {
        profiles::Profile profile;
        profile.name = QStringLiteral("Local sandbox");
        profile.accountId = m_server.account().id;
        profile.server = profiles::ServerKind::Sandbox;
        profile.url = m_server.baseUrl();
        profile.account = m_server.account().slug;
        profile.signatureMode = api::SignatureMode::Off;
        return ReadyConnection{profile, m_server.adminToken()};
    });
    QStandardPaths::setTestModeEnabled(true);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("welcomeSandbox")), Qt::LeftButton);
    QTRY_VERIFY(m_window->workspace());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspace()->syncEngine()->isRunning(), 60000);
    QVERIFY(!welcome->isVisible());
    QVERIFY(page(QStringLiteral("licenses"))->isVisible());
    QTRY_COMPARE(page(QStringLiteral("licenses"))->model()->rowCount(), 300);
    QVERIFY(
        m_window->findChild<QLabel *>(QStringLiteral("profileLabel"))->text().contains(QLatin1String("Local sandbox")));
}

void TestMainWindow::sidebarShowsEveryPageWithCounts()
{
    connectWindow();
    auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->count(), 9);
    QCOMPARE(sidebar->item(0)->data(Qt::UserRole).toString(), QStringLiteral("licenses"));
    QTRY_VERIFY(sidebar->item(0)->text().contains(QLatin1String("300")));
    QCOMPARE(sidebar->item(8)->data(Qt::UserRole).toString(), QStringLiteral("inspector"));
    const qint64 machines = m_window->workspace()->cache()->count(QStringLiteral("machines"));
    QVERIFY(machines > 0);
    QVERIFY2(sidebar->item(1)->text().contains(QLocale().toString(machines)), qPrintable(sidebar->item(1)->text()));
    // Its tooltip: how many, and when the type was last synced completely.
    QVERIFY2(sidebar->item(1)->toolTip().startsWith(QLocale().toString(machines)
                                                    + QStringLiteral(" in the local copy; last complete sync ")),
             qPrintable(sidebar->item(1)->toolTip()));
    // Every page opens from the sidebar and shows its table.
    for (int row = 0; row < 8; ++row) {
        sidebar->setCurrentRow(row);
        ResourcePage *shown = page(sidebar->item(row)->data(Qt::UserRole).toString());
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->table()->model()->rowCount(), int(m_window->workspace()->cache()->count(shown->type())));
    }
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("lastSyncedLabel"))->text().contains(QLatin1String("synced")));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("onlineLabel"))->text(), QStringLiteral("Online"));
}

// A customer writes in with their email, or the fingerprint their machine shows: the licenses page finds the license,
// and says where it found it.
void TestMainWindow::findLicenseByOwnersEmailOrMachineFingerprint()
{
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    cache::Cache *cache = m_window->workspace()->cache();
    // A machine whose license has an owner.
    const testing::CustomerMachine customer = testing::customerMachine(*cache);
    QVERIFY(!customer.licenseId.isEmpty());
    const QString &licenseId = customer.licenseId;
    const QString &fingerprint = customer.fingerprint;
    const QString &email = customer.ownerEmail;

    QHeaderView *header = licenses->table()->horizontalHeader();
    const int match = licenses->model()->matchColumn();
    QVERIFY(header->isSectionHidden(match)); // not searching

    auto *search = licenses->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, email);
    QTRY_COMPARE(licenses->model()->searchText(), email);
    QVERIFY(licenses->model()->rowOfId(licenseId) >= 0);
    // The column saying where: shown, first, with the owner's email.
    QVERIFY(!header->isSectionHidden(match));
    QCOMPARE(header->visualIndex(match), 0);
    QVERIFY(header->sectionSize(match) >= 200);
    const int row = licenses->model()->rowOfId(licenseId);
    QCOMPARE(licenses->model()->index(row, match).data().toString(), QStringLiteral("Owner › Email: ") + email);
    QCOMPARE(header->model()->headerData(match, Qt::Horizontal).toString(), QStringLiteral("Found In"));
    if (const QString dir = qEnvironmentVariable("KEYDESK_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        m_window->resize(1440, 900);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/console-search-by-owner.png")));
    }

    // A piece of the machine's fingerprint, in lower case; Enter opens the best hit.
    search->clear();
    QTRY_VERIFY(header->isSectionHidden(match));
    const QString fragment = fingerprint.mid(2, 10).toLower();
    QTest::keyClicks(search, fragment);
    QTRY_COMPARE(licenses->model()->searchText(), fragment);
    QVERIFY(licenses->model()->rowOfId(licenseId) >= 0);
    const QString where = licenses->model()->index(licenses->model()->rowOfId(licenseId), match).data().toString();
    QVERIFY2(where.startsWith(QStringLiteral("Machine › Fingerprint: "))
                 && where.contains(fragment, Qt::CaseInsensitive),
             qPrintable(where));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(licenses->selectedResources().size(), 1);
    QCOMPARE(licenses->selectedResources().constFirst().id(), licenses->model()->idAt(0));

    // Back to the whole list: the column goes away again, also after the page's columns are restored.
    search->clear();
    QTRY_COMPARE(licenses->model()->rowCount(), int(cache->count(QStringLiteral("licenses"))));
    QVERIFY(header->isSectionHidden(match));
}

// A column layout saved before the Found In column existed: the user's layout stays, and the new column comes first.
void TestMainWindow::savedColumnLayoutGetsTheMatchColumnFirst()
{
    const ResourceColumns presented(QStringLiteral("licenses"));
    const int key = presented.indexOf(QStringLiteral("key"));
    const int name = presented.indexOf(QStringLiteral("name"));
    {
        QStandardItemModel old(0, presented.count());
        QTableView view;
        view.setModel(&old);
        QHeaderView *header = view.horizontalHeader();
        for (int column = 0; column < presented.count(); ++column) {
            header->setSectionHidden(column, !presented.isDefaultVisible(presented.at(column).name));
        }
        header->moveSection(header->visualIndex(key), 0);
        header->resizeSection(key, 333);
        header->setSectionHidden(name, true);
        QSettings().setValue(QStringLiteral("pages/licenses/header"), header->saveState());
    }
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    QHeaderView *header = licenses->table()->horizontalHeader();
    const int match = licenses->model()->matchColumn();
    QVERIFY(header->isSectionHidden(match));
    QCOMPARE(header->visualIndex(match), 0);
    QCOMPARE(header->visualIndex(key), 1);
    QCOMPARE(header->sectionSize(key), 333);
    QVERIFY(header->isSectionHidden(name));
    QVERIFY(!header->isSectionHidden(presented.indexOf(QStringLiteral("status"))));

    auto *search = licenses->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("Atlas"));
    QTRY_COMPARE(licenses->model()->searchText(), QStringLiteral("Atlas"));
    QVERIFY(!header->isSectionHidden(match));
    QCOMPARE(header->visualIndex(match), 0);
    QVERIFY(header->sectionSize(match) >= 200);
}

void TestMainWindow::findLicenseByKeyFragmentAndSuspendIt()
{
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    // An active, unsuspended license, found the way a support person would: a piece of its key.
    const QList<api::Resource> candidates = activeLicenses();
    QVERIFY(!candidates.isEmpty());
    const api::Resource license = candidates.constFirst();
    const QString key = license.stringAttribute(QStringLiteral("key"));
    const QString fragment = key.mid(7, 8);

    QTest::keySequence(m_window.get(), QKeySequence::Find);
    auto *search = licenses->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, fragment);
    QTRY_VERIFY(licenses->model()->rowCount() >= 1 && licenses->model()->idAt(0) == license.id());
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(licenses->selectedResources().size(), 1);
    QCOMPARE(licenses->selectedResources().constFirst().id(), license.id());
    if (const QString dir = qEnvironmentVariable("KEYDESK_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        m_window->resize(1440, 900);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/console-search.png")));
    }

    QAction *suspend = action(licenses, "suspendLicense");
    QVERIFY(suspend->isEnabled());
    QVERIFY(!action(licenses, "reinstateLicense")->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    suspend->trigger();
    QVERIFY(MessageBox::lastText().contains(resourceLabel(license)));
    QTRY_VERIFY(m_window->lastMessage().contains(QLatin1String("Suspended")));

    // The table and the detail pane show it at once (write-through), and the server agrees.
    const int status = columnOf(licenses, QStringLiteral("status"));
    const int row = licenses->model()->rowOfId(license.id());
    QVERIFY(row >= 0);
    QTRY_COMPARE(licenses->model()->index(row, status).data().toString(), QStringLiteral("Suspended"));
    auto *detail = licenses->findChild<QTreeView *>(QStringLiteral("detailView"));
    QTRY_VERIFY(!detail->model()
                     ->match(detail->model()->index(0, 0),
                             Qt::DisplayRole,
                             QStringLiteral("Suspended"),
                             1,
                             Qt::MatchRecursive | Qt::MatchExactly)
                     .isEmpty()
                || !detail->model()
                        ->match(detail->model()->index(0, 1),
                                Qt::DisplayRole,
                                QStringLiteral("Suspended"),
                                1,
                                Qt::MatchRecursive | Qt::MatchExactly)
                        .isEmpty());
    api::ApiReply *fresh = call(api::requests::retrieve(QStringLiteral("licenses"), license.id()));
    QVERIFY(fresh->ok());
    QCOMPARE(fresh->document().resource().boolAttribute(QStringLiteral("suspended")), true);
    QVERIFY(action(licenses, "reinstateLicense")->isEnabled());
}

void TestMainWindow::detailPaneStaysPutWhileTheTableRefreshes()
{
    // A support person reads a license's details while a sync runs: each commit refreshes the table, and the
    // detail pane must not jump back to the top (its model reset) when the license did not change.
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    licenses->table()->setFocus();
    licenses->table()->selectRow(0);
    const QString id = licenses->model()->idAt(0);
    QTRY_COMPARE(licenses->selectedResources().size(), 1);
    auto *detail = licenses->findChild<QTreeView *>(QStringLiteral("detailView"));
    QTRY_VERIFY(detail->model()->rowCount() > 0);
    QSignalSpy resets(detail->model(), &QAbstractItemModel::modelReset);
    for (int i = 0; i < 3; ++i) {
        licenses->model()->refresh(); // what a sync's commit does
    }
    QCOMPARE(resets.count(), 0);
    QVERIFY(!licenses->findChild<QLabel *>(QStringLiteral("detailHint"))->isVisible());

    // A change of the license itself does show.
    api::Resource change = licenses->selectedResources().constFirst().withOnlyAttributes({});
    change.setAttribute(QStringLiteral("name"), QStringLiteral("Read while a sync runs"));
    api::ApiReply *renamed = call(api::requests::update(change));
    QVERIFY2(renamed->ok(), qPrintable(renamed->error().technicalSummary()));
    m_window->workspace()->syncEngine()->refreshOne(QStringLiteral("licenses"), id);
    QTRY_VERIFY(resets.count() > 0);
    QTRY_VERIFY(!detail->model()
                     ->match(detail->model()->index(0, 1),
                             Qt::DisplayRole,
                             QStringLiteral("Read while a sync runs"),
                             1,
                             Qt::MatchRecursive | Qt::MatchExactly)
                     .isEmpty());
}

void TestMainWindow::selectionFollowsItsLicenseWhileASlowOrderRefreshes()
{
    // During a first sync of a large account, a sort by a column without its index yet reads slowly: the table
    // then reads its rows in the reader thread and keeps the old ones shown meanwhile. A license the user selected
    // stays selected when new licenses arrive before it, and its details stay.
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    ResourceTableModel *model = licenses->model();
    model->setSlowWindowThreshold(0); // every read counts as slow
    licenses->table()->sortByColumn(model->columnOf(QStringLiteral("key")), Qt::AscendingOrder);
    QTRY_VERIFY(model->readsSlowly()); // once the table painted its first rows
    licenses->table()->setFocus();
    licenses->table()->selectRow(3);
    const QString id = model->idAt(3);
    QTRY_COMPARE(licenses->selectedResources().size(), 1);
    QCOMPARE(licenses->selectedResources().constFirst().id(), id);

    // Two licenses that sort first arrive, as a sync's page would bring them.
    cache::Cache *cache = m_window->workspace()->cache();
    QList<api::Resource> arriving = cache->resources(
        cache::Query(QStringLiteral("licenses"), {}, QStringLiteral("created"), Qt::DescendingOrder, 0, 2));
    QCOMPARE(arriving.size(), 2);
    for (int i = 0; i < arriving.size(); ++i) {
        arriving[i].setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
        arriving[i].setAttribute(QStringLiteral("key"), QStringLiteral("000000-ARRIVING-%1").arg(i));
    }
    QVERIFY(cache->upsert(arriving));
    model->refresh();
    QTRY_COMPARE(model->idAt(0), arriving.at(0).id());
    QTRY_COMPARE(licenses->table()->currentIndex().row(), 5);
    QCOMPARE(licenses->selectedResources().size(), 1);
    QCOMPARE(licenses->selectedResources().constFirst().id(), id);
    QCOMPARE(licenses->table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(licenses->table()->selectionModel()->selectedRows().constFirst().row(), 5);
}

void TestMainWindow::deactivateMachine()
{
    connectWindow();
    m_window->showPage(QStringLiteral("machines"));
    ResourcePage *machines = page(QStringLiteral("machines"));
    const int before = machines->model()->rowCount();
    QVERIFY(before > 0);
    machines->table()->setFocus();
    machines->table()->selectRow(0);
    const QString id = machines->model()->idAt(0);
    QAction *deactivate = action(machines, "deactivateMachine");
    QVERIFY(deactivate->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(machines->table(), Qt::Key_Delete);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("seat")));
    QTRY_VERIFY(m_window->lastMessage().contains(QLatin1String("Deactivated")));
    QTRY_COMPARE(machines->model()->rowCount(), before - 1);
    QCOMPARE(machines->model()->rowOfId(id), -1);
    api::ApiReply *fresh = call(api::requests::retrieve(QStringLiteral("machines"), id));
    QCOMPARE(fresh->error().httpStatus(), 404);
}

void TestMainWindow::recordDeletedOnTheServerIsExplained()
{
    // A support person opens a license that someone deleted on the server meanwhile: opening it fetches its
    // freshest copy, the server says it is gone, and the row leaves the list with a message that says why.
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    const int before = licenses->model()->rowCount();
    const QString id = licenses->model()->idAt(5);
    const QString label = resourceLabel(*m_window->workspace()->cache()->resource(QStringLiteral("licenses"), id));
    api::ApiReply *deleted = call(api::requests::destroy(QStringLiteral("licenses"), id));
    QVERIFY2(deleted->ok(), qPrintable(deleted->error().technicalSummary()));
    QCOMPARE(licenses->model()->rowOfId(id), 5); // the cache does not know yet

    licenses->table()->setFocus();
    licenses->table()->selectRow(5);
    QTRY_COMPARE(m_window->lastMessage(),
                 QStringLiteral("\u201c%1\u201d was deleted on the server, so it is no longer in the cache.")
                     .arg(label));
    QVERIFY(m_window->notification()->isVisible());
    QTRY_COMPARE(licenses->model()->rowOfId(id), -1);
    QCOMPARE(licenses->model()->rowCount(), before - 1);
    QVERIFY(!m_window->workspace()->cache()->resource(QStringLiteral("licenses"), id));
    // The detail pane does not go on showing it, as if it could still be changed.
    QCOMPARE(licenses->findChild<QLabel *>(QStringLiteral("detailTitle"))->text(),
             QStringLiteral("Select a row to see every detail."));
    QVERIFY(!licenses->findChild<QPushButton *>(QStringLiteral("removeMetadataButton"))->isEnabled());
    if (const QString dir = qEnvironmentVariable("KEYDESK_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        m_window->resize(1440, 900);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/console-deleted-on-server.png")));
    }

    // Edits under way are not thrown away with it: they stay, with the reason they cannot be saved.
    QSignalSpy refreshedEdited(m_window->workspace()->syncEngine(), &sync::SyncEngine::recordRefreshed);
    licenses->table()->selectRow(7);
    const QString edited = licenses->model()->idAt(7);
    QTRY_VERIFY(std::any_of(refreshedEdited.cbegin(), refreshedEdited.cend(), [&](const QList<QVariant> &arguments) {
        return arguments.at(1).toString() == edited;
    }));
    QTest::keyClicks(licenses->findChild<QLineEdit *>(QStringLiteral("metadataKey")), QStringLiteral("note"));
    QTest::keyClicks(licenses->findChild<QLineEdit *>(QStringLiteral("metadataValue")), QStringLiteral("call back"));
    QTest::mouseClick(licenses->findChild<QPushButton *>(QStringLiteral("addMetadataButton")), Qt::LeftButton);
    QVERIFY(licenses->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    QVERIFY(call(api::requests::destroy(QStringLiteral("licenses"), edited))->ok());
    MessageBox::setNextAnswer(QMessageBox::Cancel); // should the row's disappearance ask to leave the edits: stay
    m_window->workspace()->syncEngine()->refreshOne(QStringLiteral("licenses"), edited);
    auto *hint = licenses->findChild<QLabel *>(QStringLiteral("detailHint"));
    QTRY_VERIFY(hint->isVisible() && hint->text().contains(QLatin1String("can no longer be saved")));
    QVERIFY(licenses->findChild<QPushButton *>(QStringLiteral("revertButton"))->isEnabled()); // the edits are there
    QVERIFY(m_window->lastMessage().contains(QLatin1String("was deleted on the server")));
    QTest::mouseClick(licenses->findChild<QPushButton *>(QStringLiteral("revertButton")), Qt::LeftButton);

    // A record that still exists says nothing once its fresh copy is in.
    const QString message = m_window->lastMessage();
    QSignalSpy refreshed(m_window->workspace()->syncEngine(), &sync::SyncEngine::recordRefreshed);
    licenses->table()->selectRow(2);
    const QString kept = licenses->model()->idAt(2);
    QTRY_VERIFY(std::any_of(refreshed.cbegin(), refreshed.cend(), [&](const QList<QVariant> &arguments) {
        return arguments.at(1).toString() == kept && arguments.at(2).toBool();
    }));
    QCOMPARE(m_window->lastMessage(), message);
}

void TestMainWindow::editMetadataThenFindByNewValue()
{
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    licenses->table()->selectRow(3);
    const QString id = licenses->model()->idAt(3);
    const QJsonObject before = m_window->workspace()->cache()->resource(QStringLiteral("licenses"), id)->metadata();
    QTest::keyClicks(licenses->findChild<QLineEdit *>(QStringLiteral("metadataKey")), QStringLiteral("supportTicket"));
    QTest::keyClicks(licenses->findChild<QLineEdit *>(QStringLiteral("metadataValue")), QStringLiteral("ZX-99317"));
    QTest::mouseClick(licenses->findChild<QPushButton *>(QStringLiteral("addMetadataButton")), Qt::LeftButton);
    auto *apply = licenses->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY(m_window->lastMessage().startsWith(QLatin1String("Saved")));

    // Merged, not replaced: the keys that were there are still there, on the server too.
    api::ApiReply *fresh = call(api::requests::retrieve(QStringLiteral("licenses"), id));
    const QJsonObject after = fresh->document().resource().metadata();
    QCOMPARE(after.value(QStringLiteral("supportTicket")).toString(), QStringLiteral("ZX-99317"));
    for (auto it = before.begin(); it != before.end(); ++it) {
        QCOMPARE(after.value(it.key()), it.value());
    }
    auto *search = licenses->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("99317"));
    QTRY_COMPARE(licenses->model()->rowCount(), 1);
    QCOMPARE(licenses->model()->idAt(0), id);
}

void TestMainWindow::serverErrorIsShownAndChangesNothing()
{
    connectWindow();
    // A license that has used up its uses: one more is refused by the server (USES_LIMIT_EXCEEDED).
    const api::Resource
        policy = m_window->workspace()->cache()->resources(cache::Query(QStringLiteral("policies"))).constFirst();
    api::Resource create(QStringLiteral("licenses"));
    create.setAttribute(QStringLiteral("name"), QStringLiteral("Used up"));
    create.setAttribute(QStringLiteral("maxUses"), 1);
    create.setRelated(QStringLiteral("policy"), {QStringLiteral("policies"), policy.id()});
    api::ApiReply *created = call(api::requests::create(create));
    QVERIFY2(created->ok(), qPrintable(created->error().userMessage()));
    const QString id = created->document().resource().id();
    QVERIFY(call(api::requests::action(QStringLiteral("licenses"), id, QStringLiteral("increment-usage")))->ok());
    m_window->workspace()->syncEngine()->refreshOne(QStringLiteral("licenses"), id);
    QTRY_VERIFY(m_window->workspace()->cache()->resource(QStringLiteral("licenses"), id)
                && m_window->workspace()
                           ->cache()
                           ->resource(QStringLiteral("licenses"), id)
                           ->integerAttribute(QStringLiteral("uses"))
                       == 1);

    ResourcePage *licenses = page(QStringLiteral("licenses"));
    licenses->showResource(id);
    QTRY_COMPARE(licenses->selectedResources().size(), 1);
    QCOMPARE(licenses->selectedResources().constFirst().id(), id);
    action(licenses, "incrementUsage")->trigger();
    QTRY_VERIFY(m_window->notification()->isVisible());
    QVERIFY2(m_window->lastMessage().contains(QLatin1String("Used up")), qPrintable(m_window->lastMessage()));
    QVERIFY2(!m_window->lastMessage().contains(QLatin1String("USES_LIMIT_EXCEEDED")),
             qPrintable(m_window->lastMessage()));
    QVERIFY2(m_window->lastMessage().contains(QLatin1String("use")), qPrintable(m_window->lastMessage()));
    QCOMPARE(*m_window->workspace()
                  ->cache()
                  ->resource(QStringLiteral("licenses"), id)
                  ->integerAttribute(QStringLiteral("uses")),
             1);
}

void TestMainWindow::checkOutIntoInspector()
{
    // Signatures on: the pinned keys are what the inspector verifies the checked-out file with.
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    const QList<api::Resource> active = activeLicenses();
    QVERIFY(!active.isEmpty());
    licenses->showResource(active.constFirst().id());
    QTRY_COMPARE(licenses->selectedResources().size(), 1);
    checkOutIntoTheInspector();
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_COMPARE(m_window->inspector()->inspection().verdict, Verdict::Valid);
}

void TestMainWindow::checkOutMachineFile()
{
    connectWindow();
    m_window->showPage(QStringLiteral("machines"));
    ResourcePage *machines = page(QStringLiteral("machines"));
    machines->table()->selectRow(0);
    QTRY_COMPARE(machines->selectedResources().size(), 1);
    QVERIFY(
        m_window->findChild<QAction *>(QStringLiteral("checkOutAction"))->text().contains(QLatin1String("Machine")));
    checkOutIntoTheInspector();
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_COMPARE(m_window->inspector()->inspection().kind, ArtifactKind::MachineFile);
    // Signed with the account's key and not encrypted: verified with the pinned keys the inspector was given.
    QCOMPARE(m_window->inspector()->inspection().verdict, Verdict::Valid);
}

void TestMainWindow::unsavedEditsAreNeverLostSilently()
{
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    licenses->table()->selectRow(0);
    QTRY_COMPARE(licenses->selectedResources().size(), 1);
    const QString edited = licenses->selectedResources().constFirst().id();
    QTest::keyClicks(licenses->findChild<QLineEdit *>(QStringLiteral("metadataKey")), QStringLiteral("note"));
    QTest::keyClicks(licenses->findChild<QLineEdit *>(QStringLiteral("metadataValue")), QStringLiteral("call back"));
    QTest::mouseClick(licenses->findChild<QPushButton *>(QStringLiteral("addMetadataButton")), Qt::LeftButton);
    QVERIFY(licenses->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());

    // Another row: the user is asked; Cancel keeps the edited record and its edits.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    licenses->table()->selectRow(1);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("not applied")));
    QTRY_COMPARE(licenses->selectedResources().constFirst().id(), edited);
    QVERIFY(licenses->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());

    // Closing the window asks too, and Cancel keeps it open.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());

    // Save applies the edits on the way to the other row.
    MessageBox::setNextAnswer(QMessageBox::Save);
    licenses->table()->selectRow(1);
    QTRY_VERIFY(m_window->lastMessage().startsWith(QLatin1String("Saved")));
    api::ApiReply *fresh = call(api::requests::retrieve(QStringLiteral("licenses"), edited));
    QCOMPARE(fresh->document().resource().metadata().value(QStringLiteral("note")).toString(),
             QStringLiteral("call back"));
}

void TestMainWindow::readOnlyProfileDisablesWrites()
{
    connectWindow(true);
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    licenses->table()->selectRow(0);
    QTRY_COMPARE(licenses->selectedResources().size(), 1);
    QVERIFY(!action(licenses, "suspendLicense")->isEnabled());
    QVERIFY(!action(licenses, "delete_licenses")->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("newLicenseAction"))->isEnabled());
    QVERIFY(!licenses->findChild<QLineEdit *>(QStringLiteral("metadataKey"))->isEnabled());
    // Reading is still allowed.
    QVERIFY(action(licenses, "copyKey")->isEnabled());
    QVERIFY(action(licenses, "validateLicense")->isEnabled());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("profileLabel"))->text().contains(QLatin1String("read-only")));
}

void TestMainWindow::profileSwitcherOpensSavedProfiles()
{
    // Two saved profiles on the same sandbox: a writable one and a read-only one, tokens in the secret store.
    for (const bool readOnly : {false, true}) {
        profiles::Profile profile = testing::sandboxProfile(m_server,
                                                            readOnly ? QStringLiteral("Acme (support, read-only)")
                                                                     : QStringLiteral("Acme (sales)"),
                                                            readOnly);
        profile.server = profiles::ServerKind::SelfHosted;
        QString problem;
        QVERIFY2(m_store->save(profile, &problem), qPrintable(problem));
        QVERIFY(m_secrets->writeTokenNow(profile.name, m_server.adminToken()).ok);
    }
    m_window = std::make_unique<MainWindow>(*m_store, *m_secrets);
    m_window->show();
    auto *switcher = m_window->findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
    QCOMPARE(switcher->findText(QStringLiteral("Acme (sales)")) >= 0, true);

    const auto choose = [&](const QString &name) {
        const int index = switcher->findText(name);
        QVERIFY(index >= 0);
        switcher->setCurrentIndex(index);
        Q_EMIT switcher->activated(index);
    };
    choose(QStringLiteral("Acme (sales)"));
    QTRY_VERIFY(m_window->workspace() && m_window->workspace()->profile().name == QStringLiteral("Acme (sales)"));
    QVERIFY(!m_window->workspace()->isReadOnly());
    QCOMPARE(m_store->current(), QStringLiteral("Acme (sales)"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspace()->syncEngine()->isRunning(), 60000);
    QTRY_VERIFY(m_window->findChild<QAction *>(QStringLiteral("newLicenseAction"))->isEnabled());

    choose(QStringLiteral("Acme (support, read-only)"));
    QTRY_VERIFY(m_window->workspace()->profile().name == QStringLiteral("Acme (support, read-only)"));
    QVERIFY(m_window->workspace()->isReadOnly());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("newLicenseAction"))->isEnabled());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("profileLabel"))->text().contains(QLatin1String("read-only")));
    QCOMPARE(switcher->currentText(), QStringLiteral("Acme (support, read-only)"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspace()->syncEngine()->isRunning(), 60000);
}

void TestMainWindow::validateExplainsTheVerdict()
{
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    const QList<api::Resource> active = activeLicenses();
    licenses->showResource(active.constFirst().id());
    QTRY_COMPARE(licenses->selectedResources().size(), 1);
    action(licenses, "validateLicense")->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("validateDialog"))) != nullptr);
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("validateResult"));
    auto *validate = dialog->findChild<QPushButton *>(QStringLiteral("validateButton"));
    const auto answered = [&] {
        return !result->text().isEmpty() && !result->text().contains(QChar(0x2026));
    };
    QTest::mouseClick(validate, Qt::LeftButton);
    QTRY_VERIFY(answered());
    const QString first = result->text();
    const QString code = first.section(QLatin1Char('('), 1).section(QLatin1Char(')'), 0, 0);
    QVERIFY2(!code.isEmpty(), qPrintable(first));
    QVERIFY2(!api::ApiError::validationMessage(code).isEmpty(), qPrintable(code)); // a code Keydesk explains
    QVERIFY2(first.contains(api::ApiError::validationMessage(code).toHtmlEscaped()), qPrintable(first));
    // A machine this license does not have: not valid, and said so.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("validateFingerprint")),
                     QStringLiteral("00:11:22:33:44:55-not-activated"));
    QTest::mouseClick(validate, Qt::LeftButton);
    QTRY_VERIFY(answered()); // "Validating…" until the answer
    const QString scoped = result->text();
    QVERIFY2(scoped.contains(QLatin1String("Not valid")), qPrintable(scoped));
    const QString scopedCode = scoped.section(QLatin1Char('('), 1).section(QLatin1Char(')'), 0, 0);
    QVERIFY2(scopedCode == u"FINGERPRINT_SCOPE_MISMATCH" || scopedCode.startsWith(u"NO_MACHINE"), qPrintable(scoped));
    QVERIFY(!api::ApiError::validationMessage(scopedCode).isEmpty());
    dialog->close();
}

void TestMainWindow::changeOwnerThroughThePicker()
{
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    const api::Resource license = selectOne(licenses, 2);
    QVERIFY(!license.isNull());
    // A user who does not own it yet.
    const QList<api::Resource> users = m_window->workspace()->cache()->resources(cache::Query(QStringLiteral("users")));
    api::Resource newOwner;
    for (const api::Resource &user : users) {
        if (user.id() != license.relatedId(QStringLiteral("owner"))
            && user.stringAttribute(QStringLiteral("role")) == u"user") {
            newOwner = user;
            break;
        }
    }
    QVERIFY(!newOwner.isNull());
    const QString email = newOwner.stringAttribute(QStringLiteral("email"));
    bool picked = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal && modal->objectName() == u"pickResourceDialog");
        auto *search = modal->findChild<QLineEdit *>(QStringLiteral("pickSearch"));
        auto *list = modal->findChild<QListWidget *>(QStringLiteral("pickList"));
        // The license's key finds its present owner, saying how.
        const QString key = license.stringAttribute(QStringLiteral("key"));
        QTest::keyClicks(search, key);
        QTRY_VERIFY(list->count() > 0);
        const QString owner = license.relatedId(QStringLiteral("owner"));
        QVERIFY(!owner.isEmpty());
        bool ownerListed = false;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == owner) {
                ownerListed = true;
                QVERIFY2(list->item(row)->text().contains(QStringLiteral(" — License › Key: ")),
                         qPrintable(list->item(row)->text()));
            }
        }
        QVERIFY(ownerListed);
        search->clear();
        QTest::keyClicks(search, email);
        QTRY_VERIFY(list->count() > 0);
        QList<QListWidgetItem *> found;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == newOwner.id()) {
                found << list->item(row);
            }
        }
        QCOMPARE(found.size(), 1);
        list->setCurrentItem(found.constFirst());
        picked = true;
        qobject_cast<QDialog *>(modal)->accept();
    });
    action(licenses, "changeOwner")->trigger();
    QVERIFY(picked);
    QTRY_VERIFY(m_window->lastMessage().startsWith(QLatin1String("Changed")));
    api::ApiReply *fresh = call(api::requests::retrieve(QStringLiteral("licenses"), license.id()));
    QCOMPARE(fresh->document().resource().relatedId(QStringLiteral("owner")), newOwner.id());
    // Written through: the cache and the table's owner column say so at once.
    QTRY_COMPARE(m_window->workspace()
                     ->cache()
                     ->resource(QStringLiteral("licenses"), license.id())
                     ->relatedId(QStringLiteral("owner")),
                 newOwner.id());
    const int ownerColumn = columnOf(licenses, QStringLiteral("ownerEmail"));
    QVERIFY(ownerColumn >= 0);
    QTRY_COMPARE(licenses->model()->index(licenses->model()->rowOfId(license.id()), ownerColumn).data().toString(),
                 email);
}

void TestMainWindow::exportCsvOfFilteredTable()
{
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    auto *status = licenses->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("EXPIRED")));
    const qint64 expired = m_window->workspace()->cache()->count(QStringLiteral("licenses"),
                                                                 {{QStringLiteral("status"),
                                                                   cache::Filter::Op::Equals,
                                                                   QStringLiteral("EXPIRED")}});
    QVERIFY(expired > 0);
    // Customers name themselves: one name a spreadsheet would run as a formula, one with a comma and quotes.
    cache::Cache *cache = m_window->workspace()->cache();
    QList<api::Resource> named = cache->resources(
        cache::Query(QStringLiteral("licenses"),
                     {{QStringLiteral("status"), cache::Filter::Op::Equals, QStringLiteral("EXPIRED")}}));
    QVERIFY(named.size() >= 2);
    named = named.mid(0, 2);
    named[0].setAttribute(QStringLiteral("name"), QStringLiteral("=HYPERLINK(\"https://example.invalid\")"));
    named[1].setAttribute(QStringLiteral("name"), QStringLiteral("Smith, \"Jones\" & Co"));
    QVERIFY(cache->upsert(named));
    licenses->model()->refresh();
    QTRY_COMPARE(licenses->model()->rowCount(), int(expired));
    const QString path = m_dir.filePath(QStringLiteral("expired.csv"));
    QString error;
    QVERIFY2(licenses->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.count("\r\n"), expired + 1);
    QVERIFY(csv.contains("EXPIRED"));
    QVERIFY(!csv.contains(",ACTIVE,"));
    // The name column comes first: the formula disarmed, the comma and quotes kept inside one quoted field.
    QVERIFY(csv.contains("\r\n\"'=HYPERLINK(\"\"https://example.invalid\"\")\","));
    QVERIFY(csv.contains("\r\n\"Smith, \"\"Jones\"\" & Co\","));

    // A cancelled export of the whole table writes nothing, not even a part.
    status->setCurrentIndex(0);
    addCachedLicenses(1000);
    QTRY_VERIFY(licenses->model()->rowCount() > 1000);
    const QString cancelled = m_dir.filePath(QStringLiteral("all.csv"));
    qint64 seen = 0;
    QVERIFY(!licenses->exportCsv(cancelled, &error, [&seen](qint64 done, qint64 total) {
        seen = done;
        return done < total / 2;
    }));
    QVERIFY(error.isEmpty());
    QVERIFY(seen > 0);
    QVERIFY(!QFile::exists(cancelled));
}

// Sales: New License from the tool bar, product → policy → customer → details → review → create; the new license is
// opened in the table, and searching a fragment of its key finds it there.
void TestMainWindow::issueALicenseThroughTheWizardAndFindIt()
{
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    const int before = licenses->model()->rowCount();
    m_window->findChild<QAction *>(QStringLiteral("newLicenseAction"))->trigger();
    auto *wizard = m_window->findChild<NewLicenseWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    const auto next = [wizard] {
        QAbstractButton *button = wizard->button(QWizard::NextButton);
        const int at = wizard->currentId();
        if (button->isEnabled()) {
            QTest::mouseClick(button, Qt::LeftButton);
        }
        return wizard->currentId() != at;
    };
    const auto pick = [wizard](const char *name, int row) {
        auto *list = wizard->currentPage()->findChild<QListWidget *>(QLatin1String(name));
        if (!list || list->count() <= row) {
            return false;
        }
        QListWidgetItem *item = list->item(row);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        return item->isSelected();
    };
    QCOMPARE(wizard->currentId(), int(NewLicenseWizard::ProductPage));
    QVERIFY(pick("productList", 0));
    QVERIFY(next());
    QVERIFY(pick("policyList", 0));
    QVERIFY(next());
    // A customer found by a fragment of their email.
    const api::Resource customer = m_window->workspace()
                                       ->cache()
                                       ->resources(cache::Query(QStringLiteral("users"),
                                                                {{QStringLiteral("role"),
                                                                  cache::Filter::Op::Equals,
                                                                  QStringLiteral("user")}},
                                                                QStringLiteral("email"),
                                                                Qt::AscendingOrder,
                                                                3,
                                                                1))
                                       .constFirst();
    const QString email = customer.stringAttribute(QStringLiteral("email"));
    QTest::keyClicks(wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("customerSearch")), email);
    auto *customers = wizard->currentPage()->findChild<QListWidget *>(QStringLiteral("customerList"));
    QTRY_VERIFY(!customers->findItems(email, Qt::MatchContains).isEmpty());
    QVERIFY(pick("customerList", customers->row(customers->findItems(email, Qt::MatchContains).constFirst())));
    QVERIFY(next());
    QCOMPARE(wizard->currentId(), int(NewLicenseWizard::DetailsPage));
    QVERIFY(next());
    QCOMPARE(wizard->currentId(), int(NewLicenseWizard::ReviewPage));
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewLicenseWizard::DonePage), 20000);
    const QString key = wizard->findChild<QLineEdit *>(QStringLiteral("createdKey"))->text();
    QVERIFY(!key.isEmpty());

    // The console shows it: one more row, the new license open, and found by a fragment of its key.
    QTRY_COMPARE(licenses->model()->rowCount(), before + 1);
    QTRY_COMPARE(m_window->lastMessage(), QStringLiteral("License created."));
    const QString fragment = key.mid(key.size() / 2 - 4, 8);
    licenses->focusSearch();
    QTest::keyClicks(licenses->findChild<QLineEdit *>(QStringLiteral("searchEdit")), fragment);
    QTRY_COMPARE(licenses->model()->rowCount(), 1); // eight characters of a random key: this license alone
    QCOMPARE(licenses->model()->index(0, columnOf(licenses, QStringLiteral("key"))).data(RawValueRole).toString(), key);
    const int ownerColumn = columnOf(licenses, QStringLiteral("ownerEmail"));
    QTRY_COMPARE(licenses->model()->index(0, ownerColumn).data().toString(), email);
    wizard->close();
}

// Keygen moves a license only to a policy of its own product: the picker offers exactly those, and a selection of
// licenses of several products is refused with the reason.
void TestMainWindow::changePolicyOffersThePoliciesOfTheProduct()
{
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    const api::Resource license = selectOne(licenses, 0);
    QVERIFY(!license.isNull());
    const QString product = license.relatedId(QStringLiteral("product"));
    QVERIFY(!product.isEmpty());
    cache::Cache *cache = m_window->workspace()->cache();
    QSet<QString> expected;
    for (const api::Resource &policy :
         cache->resources(cache::Query(QStringLiteral("policies"),
                                       {{QStringLiteral("product"), cache::Filter::Op::Equals, product}}))) {
        expected.insert(policy.id());
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(cache->count(QStringLiteral("policies")) > expected.size()); // the demo has other products' policies
    QSet<QString> offered;
    QTimer::singleShot(0, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal && modal->objectName() == u"pickResourceDialog");
        auto *list = modal->findChild<QListWidget *>(QStringLiteral("pickList"));
        for (int row = 0; row < list->count(); ++row) {
            offered.insert(list->item(row)->data(Qt::UserRole).toString());
        }
        qobject_cast<QDialog *>(modal)->reject();
    });
    action(licenses, "changePolicy")->trigger();
    QCOMPARE(offered, expected);

    // Two licenses of different products: refused before any picker opens.
    int other = -1;
    for (int row = 1; row < licenses->model()->rowCount() && other < 0; ++row) {
        const auto candidate = licenses->model()->resourceAt(row);
        if (candidate && candidate->relatedId(QStringLiteral("product")) != product) {
            other = row;
        }
    }
    QVERIFY(other > 0);
    licenses->table()->selectionModel()->select(licenses->model()->index(other, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_COMPARE(licenses->selectedResources().size(), 2);
    bool pickerOpened = false;
    QTimer::singleShot(0, this, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            pickerOpened = true;
            qobject_cast<QDialog *>(modal)->reject();
        }
    });
    action(licenses, "changePolicy")->trigger();
    QCoreApplication::processEvents();
    QVERIFY(!pickerOpened);
    QVERIFY2(m_window->lastMessage().contains(QLatin1String("different products")),
             qPrintable(m_window->lastMessage()));
}

// Ctrl+A on more rows than an action takes: the page says how many are selected and why the actions are off, and
// none of them runs on a part of the selection.
void TestMainWindow::largeSelectionsSaySoAndActOnNothing()
{
    connectWindow();
    ResourcePage *licenses = page(QStringLiteral("licenses"));
    addCachedLicenses(1000);
    QVERIFY(licenses->model()->rowCount() > 1000);
    auto *summary = licenses->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    licenses->table()->setFocus();
    QTest::keyClick(licenses->table(), Qt::Key_A, Qt::ControlModifier);
    QTRY_COMPARE(licenses->selectedRowCount(), qint64(licenses->model()->rowCount()));
    QVERIFY(licenses->selectedResources().isEmpty());
    QVERIFY2(summary->text().contains(QLatin1String("at most 1,000 rows")), qPrintable(summary->text()));
    QVERIFY(!action(licenses, "renewLicense")->isEnabled());
    QVERIFY(!action(licenses, "copyKey")->isEnabled());
    QVERIFY(!action(licenses, "delete_licenses")->isEnabled());
    if (const QString dir = qEnvironmentVariable("KEYDESK_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        m_window->resize(1440, 900);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/console-large-selection.png")));
    }

    licenses->table()->clearSelection();
    licenses->table()->selectRow(3);
    QTRY_COMPARE(licenses->selectedResources().size(), 1);
    QVERIFY(!summary->text().contains(QLatin1String("selected")));
    QVERIFY(action(licenses, "renewLicense")->isEnabled());
}

// Cancel Sync in the status bar: the bar and the button go at once (the writer may still be committing, for seconds
// during an index build), a cancel is not reported as an error, and Sync Now then completes.
void TestMainWindow::cancelSyncGoesAtOnceAndTheNextSyncCompletes()
{
    connectWindow();
    sync::SyncEngine *engine = m_window->workspace()->syncEngine();
    auto *bar = m_window->findChild<QProgressBar *>(QStringLiteral("syncProgress"));
    auto *syncNow = m_window->findChild<QAction *>(QStringLiteral("syncAction"));
    auto *cancel = m_window->findChild<QAction *>(QStringLiteral("cancelSyncAction"));
    QVERIFY(bar && syncNow && cancel);
    auto *syncLabel = m_window->findChild<QLabel *>(QStringLiteral("syncLabel"));
    QVERIFY(syncLabel);
    QSignalSpy finished(engine, &sync::SyncEngine::finished);
    syncNow->trigger();
    QVERIFY(engine->isRunning());
    QVERIFY(bar->isVisible());
    QVERIFY(cancel->isEnabled());
    // Its tooltip: a line for every type, in the order they are synced: the first ones starting, the others
    // waiting for their turn.
    const QStringList waiting = syncLabel->toolTip().split(QLatin1Char('\n'));
    QCOMPARE(waiting.size(), cache::cachedTypes().size());
    QCOMPARE(waiting.constFirst(), QStringLiteral("Products: starting\u2026"));
    QVERIFY(waiting.contains(QStringLiteral("Licenses: waiting")));
    cancel->trigger();
    QVERIFY(!engine->isRunning());
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY2(m_window->lastMessage().isEmpty(), qPrintable(m_window->lastMessage()));

    finished.clear();
    syncNow->trigger();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constLast().constFirst().toBool(), true);
    QVERIFY(!bar->isVisible());
    QTRY_COMPARE(page(QStringLiteral("licenses"))->model()->rowCount(),
                 int(m_window->workspace()->cache()->count(QStringLiteral("licenses"))));
    sandbox::ListQuery all; // the server's licenses, also those earlier tests created
    all.accountId = m_server.account().id;
    all.type = QStringLiteral("licenses");
    QCOMPARE(m_window->workspace()->cache()->count(QStringLiteral("licenses")), m_server.store().count(all));
}

// A first sync, from a server as slow as a real one: the status bar names the type being read with how far it is,
// its rate and the time left; its tooltip has every type; afterwards "synced …" with each type's time.
void TestMainWindow::syncProgressSaysHowFarAndHowLong()
{
    sandbox::Faults slow;
    slow.latencyMs = 40;
    m_server.setFaults(slow);
    const profiles::Profile profile = testing::sandboxProfile(m_server, QStringLiteral("Sandbox test"), false);
    QVERIFY(m_window->openConnection({profile, m_server.adminToken()},
                                     m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_run))));
    sync::SyncEngine *engine = m_window->workspace()->syncEngine();
    auto *syncLabel = m_window->findChild<QLabel *>(QStringLiteral("syncLabel"));
    auto *lastSynced = m_window->findChild<QLabel *>(QStringLiteral("lastSyncedLabel"));
    QVERIFY(syncLabel && lastSynced);
    // The window updates the label on each step of the sync: read it right after.
    QStringList labels;
    QStringList tips;
    const QString screenshots = qEnvironmentVariable("KEYDESK_SCREENSHOTS");
    connect(engine, &sync::SyncEngine::progressChanged, this, [&] {
        labels << syncLabel->text();
        tips << syncLabel->toolTip();
        if (!screenshots.isEmpty() && labels.constLast().contains(QLatin1String("left)"))) {
            m_window->grab().save(screenshots + QStringLiteral("/console-sync-under-way.png"));
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isRunning(), 60000);
    m_server.setFaults({});
    QVERIFY2(m_window->lastMessage().isEmpty(), qPrintable(m_window->lastMessage()));
    const QRegularExpression underWay(
        QStringLiteral("^Syncing \\w+: [\\d,]+ of [\\d,]+ \\([\\d,]+/s, (about \\d+ (s|min|h) left|almost done)\\)$"));
    QVERIFY2(std::any_of(
                 labels.cbegin(),
                 labels.cend(),
                 [&](const QString &label) {
        return underWay.match(label).hasMatch();
                 }),
             qPrintable(labels.join(u" | ")));
    // Midway: the types before are done, one is read (its rate), and the last ones wait.
    QVERIFY2(std::any_of(
                 tips.cbegin(),
                 tips.cend(),
                 [](const QString &tip) {
        const QStringList lines = tip.split(QLatin1Char('\n'));
        return lines.size() == cache::cachedTypes().size() && lines.constFirst().startsWith(QLatin1String("Products: "))
            && lines.constFirst().endsWith(QLatin1String(", done"))
            && std::any_of(
                   lines.cbegin(),
                   lines.cend(),
                   [](const QString &line) {
            return line.contains(QLatin1String(" of ")) && line.contains(QLatin1String("/s, "));
                   })
            && lines.contains(QStringLiteral("Machines: waiting"));
                 }),
             qPrintable(tips.join(u" | ")));
    QVERIFY2(lastSynced->text().startsWith(QLatin1String("synced ")), qPrintable(lastSynced->text()));
    const QStringList synced = lastSynced->toolTip().split(QLatin1Char('\n'));
    QCOMPARE(synced.size(), cache::cachedTypes().size());
    for (const QString &line : synced) {
        QVERIFY2(line.contains(QLatin1String(": synced ")), qPrintable(line));
    }
}

// KEYDESK_SCREENSHOTS=DIR: every page with its first row open, as PNG files to look at (not a check).
void TestMainWindow::screenshotsOfEveryPage()
{
    const QString dir = qEnvironmentVariable("KEYDESK_SCREENSHOTS");
    if (dir.isEmpty()) {
        QSKIP("set KEYDESK_SCREENSHOTS=DIR to write screenshots");
    }
    QDir().mkpath(dir);
    m_window->resize(1440, 900);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/console-first-run.png")));
    connectWindow();
    for (const QString &name : m_window->pageNames()) {
        m_window->showPage(name);
        if (ResourcePage *shown = page(name)) {
            shown->table()->selectRow(0);
            QTRY_COMPARE(shown->selectedResources().size(), 1);
        }
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/console-%1.png").arg(name)));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
