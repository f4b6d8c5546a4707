// ResourceTableModel over a real cache (the sandbox's demo seed): structure under QAbstractItemModelTester for every
// type, sorting and filtering in SQL, full-text search with the matched field, formatting (relative times, status
// words, "2 / 5" machines, related names), windows over a large table, refresh keeping rows findable, coalesced
// cache-change notifications, and the model interface through a proxy.

#include "cachefixture.h"
#include "models/resourcecolumns.h"
#include "models/resourcetablemodel.h"
#include "models/roles.h"
#include "tests/customermachine.h"
#include "translations/localization.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QElapsedTimer>
#include <QIdentityProxyModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;

namespace {

const QString Licenses = QStringLiteral("licenses");

QVariant cell(const ResourceTableModel &model, int row, const QString &column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, model.columnOf(column)), role);
}

} // namespace

class TestResourceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void durationsReadAsPeopleSayThem_data();
    void durationsReadAsPeopleSayThem();
    void everyTypeUnderTester();
    void defaultColumnsAndHeaders();
    void sortsByExpiryInSql();
    void statusFilterShowsOnlyExpired();
    void typedFiltersFollowTheColumns();
    void searchFindsAKeyFragment();
    void searchFindsLicensesThroughOwnersAndMachines();
    void relativeTime_data();
    void relativeTime();
    void formatsValuesAsAUserReadsThem();
    void readsALargeTableInWindows();
    void farWindowsArriveFromTheReader();
    void refreshKeepsRowsFindable();
    void cacheChangesAreCoalesced();
    void slowRefreshesAreSpacedOut();
    void slowOrdersAreReadInTheReader();
    void interfaceThroughAProxy();

private:
    QTemporaryDir m_dir;
    cache::Cache m_cache;
};

void TestResourceTableModel::initTestCase()
{
    keydesk::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); // English plural forms
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_cache.open(m_dir.filePath(QStringLiteral("demo.sqlite")), &error), qPrintable(error));
    QVERIFY2(testing::fillWithDemoData(m_cache, 400, &error), qPrintable(error));
    QVERIFY(m_cache.count(Licenses) >= 400);
}

void TestResourceTableModel::everyTypeUnderTester()
{
    for (const QString &type : cache::cachedTypes()) {
        ResourceTableModel model(&m_cache, type);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(m_cache.count(type)));
        QVERIFY2(model.rowCount() > 0, qPrintable(type));
        // The cache's columns, then where a search found the row.
        QCOMPARE(model.columnCount(), int(cache::columnsOf(type).size()) + 1);
        QCOMPARE(model.matchColumn(), model.columnCount() - 1);
        QCOMPARE(model.columnOf(QStringLiteral("match")), model.matchColumn());
        // Every cell of the first rows reads without a query per cell, and names its column.
        for (int row = 0; row < qMin(model.rowCount(), 30); ++row) {
            QVERIFY(!model.idAt(row).isEmpty());
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                QCOMPARE(index.data(ResourceIdRole).toString(), model.idAt(row));
                QCOMPARE(index.data(ColumnNameRole).toString(), model.columnNames().at(column));
                // The match column says nothing while not searching.
                QCOMPARE(index.data(Qt::DisplayRole).toString().isEmpty(), column == model.matchColumn());
            }
        }
        model.sort(0, Qt::AscendingOrder);
        model.setSearchText(QStringLiteral("a"));
        model.setSearchText({});
    }
}

void TestResourceTableModel::defaultColumnsAndHeaders()
{
    ResourceTableModel model(&m_cache, Licenses);
    const QStringList expected{QStringLiteral("name"),
                               QStringLiteral("key"),
                               QStringLiteral("status"),
                               QStringLiteral("product"),
                               QStringLiteral("policy"),
                               QStringLiteral("ownerEmail"),
                               QStringLiteral("expiry"),
                               QStringLiteral("machineCount")};
    QCOMPARE(model.defaultVisibleColumns(), expected);
    QCOMPARE(model.columnNames().mid(0, expected.size()), expected);
    // The others stay available to a column chooser.
    QVERIFY(model.columnNames().contains(QStringLiteral("lastValidated")));
    QVERIFY(!model.defaultVisibleColumns().contains(QStringLiteral("lastValidated")));
    QCOMPARE(model.headerData(model.columnOf(QStringLiteral("ownerEmail")), Qt::Horizontal).toString(),
             QStringLiteral("Owner email"));
    QCOMPARE(model.headerData(model.columnOf(QStringLiteral("machineCount")), Qt::Horizontal).toString(),
             QStringLiteral("Machines"));
    QCOMPARE(model.headerData(2, Qt::Horizontal, ColumnNameRole).toString(), QStringLiteral("status"));
}

void TestResourceTableModel::sortsByExpiryInSql()
{
    ResourceTableModel model(&m_cache, Licenses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int expiry = model.columnOf(QStringLiteral("expiry"));
    model.sort(expiry, Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), expiry);
    QCOMPARE(model.rowCount(), int(m_cache.count(Licenses)));
    int nulls = 0;
    QDateTime previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant value = cell(model, row, QStringLiteral("expiry"), RawValueRole);
        if (value.isNull()) {
            // Licenses that never expire come first in ascending order.
            QVERIFY2(!previous.isValid(), qPrintable(QString::number(row)));
            ++nulls;
            QCOMPARE(cell(model, row, QStringLiteral("expiry")).toString(), QString(QChar(0x2014)));
            continue;
        }
        const QDateTime when = value.toDateTime();
        QVERIFY2(!previous.isValid() || previous <= when, qPrintable(QString::number(row)));
        previous = when;
    }
    QVERIFY(previous.isValid());
    QCOMPARE(qint64(nulls), m_cache.count(Licenses, {{QStringLiteral("expiry"), cache::Filter::Op::IsNull, {}}}));

    model.sort(expiry, Qt::DescendingOrder);
    const QDateTime first = cell(model, 0, QStringLiteral("expiry"), RawValueRole).toDateTime();
    const QDateTime second = cell(model, 1, QStringLiteral("expiry"), RawValueRole).toDateTime();
    QVERIFY(first.isValid() && first >= second);
}

void TestResourceTableModel::statusFilterShowsOnlyExpired()
{
    ResourceTableModel model(&m_cache, Licenses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.offersFilter(ResourceTableModel::FilterKind::Status));
    QVERIFY(model.setStatusFilter(QStringLiteral("expired")));
    const qint64 expired = m_cache.count(Licenses,
                                         {{QStringLiteral("status"),
                                           cache::Filter::Op::Equals,
                                           QStringLiteral("EXPIRED")}});
    QVERIFY(expired > 0);
    QVERIFY(expired < m_cache.count(Licenses));
    QCOMPARE(model.rowCount(), int(expired));
    QCOMPARE(model.totalCount(), expired);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(StatusRole).toString(), QStringLiteral("EXPIRED"));
        QCOMPARE(cell(model, row, QStringLiteral("status")).toString(), QStringLiteral("Expired"));
        QCOMPARE(cell(model, row, QStringLiteral("status"), Qt::ForegroundRole).value<QColor>(),
                 ResourceColumns::statusColor(QStringLiteral("EXPIRED")));
    }
    QVERIFY(model.setStatusFilter({}));
    QCOMPARE(model.rowCount(), int(m_cache.count(Licenses)));
}

void TestResourceTableModel::typedFiltersFollowTheColumns()
{
    ResourceTableModel licenses(&m_cache, Licenses);
    QAbstractItemModelTester tester(&licenses, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Only filters for columns the type has.
    QVERIFY(!licenses.offersFilter(ResourceTableModel::FilterKind::Channel));
    QVERIFY(!licenses.setChannelFilter(QStringLiteral("stable")));
    QVERIFY(!licenses.setHeartbeatStatusFilter(QStringLiteral("ALIVE")));
    QCOMPARE(licenses.rowCount(), int(m_cache.count(Licenses)));

    // A policy: its licenses only, showing the policy's name looked up in the cache.
    const QString policyId = cell(licenses, 0, QStringLiteral("policy"), RawValueRole).toString();
    QVERIFY(!policyId.isEmpty());
    const QString policyName = m_cache.resource(QStringLiteral("policies"), policyId)
                                   ->stringAttribute(QStringLiteral("name"));
    QVERIFY(licenses.setPolicyFilter(policyId));
    QCOMPARE(licenses.rowCount(),
             int(m_cache.count(Licenses, {{QStringLiteral("policy"), cache::Filter::Op::Equals, policyId}})));
    for (int row = 0; row < licenses.rowCount(); ++row) {
        QCOMPARE(cell(licenses, row, QStringLiteral("policy"), RawValueRole).toString(), policyId);
        QCOMPARE(cell(licenses, row, QStringLiteral("policy")).toString(), policyName);
        QCOMPARE(cell(licenses, row, QStringLiteral("policy"), LinkTypeRole).toString(), QStringLiteral("policies"));
    }
    licenses.clearFilters();

    // Activated: licenses with machines.
    QVERIFY(licenses.setActivatedFilter(true));
    QVERIFY(licenses.rowCount() > 0);
    for (int row = 0; row < licenses.rowCount(); ++row) {
        QVERIFY(cell(licenses, row, QStringLiteral("machineCount"), RawValueRole).toLongLong() > 0);
    }
    QVERIFY(licenses.setActivatedFilter(std::nullopt));

    // Expiring within 30 days of a fixed clock.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    licenses.setNow(now);
    QVERIFY(licenses.setExpiringWithinDays(30));
    QCOMPARE(licenses.rowCount(),
             int(m_cache.count(Licenses,
                               {{QStringLiteral("expiry"), cache::Filter::Op::GreaterOrEqual, now},
                                {QStringLiteral("expiry"), cache::Filter::Op::LessOrEqual, now.addDays(30)}})));
    for (int row = 0; row < licenses.rowCount(); ++row) {
        const QDateTime expiry = cell(licenses, row, QStringLiteral("expiry"), RawValueRole).toDateTime();
        QVERIFY(expiry >= now.addMSecs(-1) && expiry <= now.addDays(30));
    }
    QVERIFY(licenses.setExpiringWithinDays(0));
    QCOMPARE(licenses.rowCount(), int(m_cache.count(Licenses)));

    // Machines of one license.
    const QList<cache::Row> withMachines = m_cache
                                               .rows({Licenses,
                                                      {{QStringLiteral("machineCount"), cache::Filter::Op::Greater, 1}},
                                                      QStringLiteral("created"),
                                                      Qt::DescendingOrder,
                                                      0,
                                                      1},
                                                     {QStringLiteral("machineCount")});
    QCOMPARE(withMachines.size(), 1);
    ResourceTableModel machines(&m_cache, QStringLiteral("machines"));
    QAbstractItemModelTester machinesTester(&machines, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!machines.offersFilter(ResourceTableModel::FilterKind::Status));
    QVERIFY(machines.setLicenseFilter(withMachines.constFirst().id));
    QCOMPARE(qint64(machines.rowCount()), withMachines.constFirst().values.constFirst().toLongLong());
    for (int row = 0; row < machines.rowCount(); ++row) {
        QCOMPARE(cell(machines, row, QStringLiteral("license"), RawValueRole).toString(), withMachines.constFirst().id);
    }

    // Releases of a channel, and a generic filter of a caller.
    ResourceTableModel releases(&m_cache, QStringLiteral("releases"));
    QVERIFY(releases.setChannelFilter(QStringLiteral("stable")));
    QCOMPARE(releases.rowCount(),
             int(m_cache.count(QStringLiteral("releases"),
                               {{QStringLiteral("channel"), cache::Filter::Op::Equals, QStringLiteral("stable")}})));
    QVERIFY(releases.rowCount() > 0);
    releases.setExtraFilters({{QStringLiteral("version"), cache::Filter::Op::StartsWith, QStringLiteral("1.")}});
    for (int row = 0; row < releases.rowCount(); ++row) {
        QVERIFY(cell(releases, row, QStringLiteral("version")).toString().startsWith(QLatin1String("1.")));
        QCOMPARE(cell(releases, row, QStringLiteral("channel")).toString(), QStringLiteral("stable"));
    }
}

// What support types into the licenses page: the customer's email, or the fingerprint their machine reports.
void TestResourceTableModel::searchFindsLicensesThroughOwnersAndMachines()
{
    // A machine with a license whose owner is cached.
    const testing::CustomerMachine customer = testing::customerMachine(m_cache);
    QVERIFY(!customer.licenseId.isEmpty());
    const QString &licenseId = customer.licenseId;
    const QString &fingerprint = customer.fingerprint;
    const QString &email = customer.ownerEmail;

    ResourceTableModel model(&m_cache, Licenses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(email);
    int row = model.rowOfId(licenseId);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(MatchedFieldRole).toString(), QStringLiteral("owner.email"));
    QCOMPARE(model.index(row, model.matchColumn()).data().toString(), QStringLiteral("Owner › Email: ") + email);
    // Every hit's owner is that customer, or the email is in the license itself.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString field = model.index(r, 0).data(MatchedFieldRole).toString();
        if (field == QLatin1String("owner.email")) {
            QVERIFY(cell(model, r, QStringLiteral("ownerEmail"), RawValueRole)
                        .toString()
                        .contains(email, Qt::CaseInsensitive));
        }
    }

    const QString fragment = fingerprint.mid(3, 9);
    model.setSearchText(fragment);
    row = model.rowOfId(licenseId);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(MatchedFieldRole).toString(), QStringLiteral("machines.fingerprint"));
    const QString shown = model.index(row, model.matchColumn()).data().toString();
    QVERIFY2(shown.startsWith(QStringLiteral("Machine › Fingerprint: ")), qPrintable(shown));
    QVERIFY(shown.contains(fragment, Qt::CaseInsensitive));

    // Labels of other fields.
    const ResourceColumns columns(Licenses);
    QCOMPARE(columns.searchFieldLabel(QStringLiteral("metadata.customerId")), QStringLiteral("Metadata › customerId"));
    QCOMPARE(columns.searchFieldLabel(QStringLiteral("owner.metadata.tier")),
             QStringLiteral("Owner › Metadata › tier"));
    QCOMPARE(columns.searchFieldLabel(QStringLiteral("machines.hostname")), QStringLiteral("Machine › Hostname"));
    QCOMPARE(ResourceColumns(QStringLiteral("users")).searchFieldLabel(QStringLiteral("licenses.key")),
             QStringLiteral("License › Key"));
    QCOMPARE(ResourceColumns(QStringLiteral("machines")).searchFieldLabel(QStringLiteral("license.name")),
             QStringLiteral("License › Name"));
    QCOMPARE(ResourceColumns(QStringLiteral("machines")).searchFieldLabel(QStringLiteral("license.owner.email")),
             QStringLiteral("License › Owner › Email"));
}

void TestResourceTableModel::searchFindsAKeyFragment()
{
    ResourceTableModel model(&m_cache, Licenses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = model.idAt(7);
    const QString key = cell(model, 7, QStringLiteral("key")).toString();
    QVERIFY(key.size() > 16);
    const QString fragment = key.mid(6, 8);
    model.setSearchText(fragment);
    QVERIFY(model.isSearching());
    QVERIFY(model.rowCount() >= 1);
    const int row = model.rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(model.idAt(row), id);
    QCOMPARE(model.index(row, 0).data(MatchedFieldRole).toString(), QStringLiteral("key"));
    QVERIFY(model.index(row, 0).data(MatchSnippetRole).toString().contains(fragment, Qt::CaseInsensitive));
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(!model.index(r, 0).data(MatchedFieldRole).toString().isEmpty());
    }
    // The match column names the field and shows the value around the fragment.
    const QModelIndex match = model.index(row, model.matchColumn());
    QVERIFY2(match.data().toString().startsWith(QStringLiteral("Key: ")), qPrintable(match.data().toString()));
    QVERIFY(match.data().toString().contains(fragment, Qt::CaseInsensitive));
    QVERIFY(match.data(Qt::ToolTipRole).toString().contains(fragment));
    QCOMPARE(model.headerData(model.matchColumn(), Qt::Horizontal).toString(), QStringLiteral("Found In"));

    // Intersected with the typed filters: a status the license does not have hides it.
    const QString status = cell(model, row, QStringLiteral("status"), RawValueRole).toString();
    QVERIFY(model.setStatusFilter(status));
    QVERIFY(model.rowOfId(id) >= 0);
    QVERIFY(model.setStatusFilter(status == QLatin1String("SUSPENDED") ? QStringLiteral("ACTIVE")
                                                                       : QStringLiteral("SUSPENDED")));
    QCOMPARE(model.rowOfId(id), -1);
    model.clearFilters();

    // Choosing a column orders the hits by it.
    const int hits = model.rowCount();
    model.sort(model.columnOf(QStringLiteral("key")), Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), hits);
    for (int r = 1; r < model.rowCount(); ++r) {
        QVERIFY(cell(model, r - 1, QStringLiteral("key"))
                    .toString()
                    .compare(cell(model, r, QStringLiteral("key")).toString(), Qt::CaseInsensitive)
                <= 0);
    }
    QCOMPARE(model.idAt(model.rowOfId(id)), id);

    model.setSearchText({});
    QCOMPARE(model.rowCount(), int(m_cache.count(Licenses)));
    QVERIFY(!model.index(0, 0).data(MatchedFieldRole).isValid());
}

void TestResourceTableModel::relativeTime_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("text");
    const QDateTime now(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC);
    QTest::newRow("in 3 days") << now.addDays(3) << QStringLiteral("in 3 days");
    QTest::newRow("2 hours ago") << now.addSecs(-2 * 3600) << QStringLiteral("2 hours ago");
    QTest::newRow("1 hour ahead") << now.addSecs(3600 + 5) << QStringLiteral("in 1 hour");
    QTest::newRow("5 minutes ago") << now.addSecs(-5 * 60) << QStringLiteral("5 minutes ago");
    QTest::newRow("just now") << now.addSecs(-20) << QStringLiteral("just now");
    QTest::newRow("yesterday") << now.addSecs(-30 * 3600) << QStringLiteral("yesterday");
    QTest::newRow("tomorrow") << now.addSecs(26 * 3600) << QStringLiteral("tomorrow");
    QTest::newRow("10 days ago") << now.addDays(-10) << QStringLiteral("10 days ago");
    QTest::newRow("2 months ago") << now.addDays(-65) << QStringLiteral("2 months ago");
    QTest::newRow("in 1 year") << now.addDays(400) << QStringLiteral("in 1 year");
}

void TestResourceTableModel::relativeTime()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, text);
    const QDateTime now(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC);
    QCOMPARE(ResourceColumns::relativeTime(when, now), text);
}

void TestResourceTableModel::formatsValuesAsAUserReadsThem()
{
    QTemporaryDir dir;
    cache::Cache cache;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("format.sqlite"))));
    const QDateTime now(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC);
    const QString limited = testing::uuid();
    const QString unlimited = testing::uuid();
    QVERIFY(cache.upsert({testing::license(limited,
                                           QStringLiteral("AAAA-1111-BBBB-2222"),
                                           now.addDays(3).toString(Qt::ISODateWithMs),
                                           5,
                                           2,
                                           now.addSecs(-2 * 3600)),
                          testing::license(unlimited,
                                           QStringLiteral("CCCC-3333-DDDD-4444"),
                                           QJsonValue(QJsonValue::Null),
                                           QJsonValue(QJsonValue::Null),
                                           3,
                                           now.addDays(-1))}));
    ResourceTableModel model(&cache, Licenses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(now);
    const int a = model.rowOfId(limited);
    const int b = model.rowOfId(unlimited);
    QCOMPARE(a, 0); // newest first
    QCOMPARE(b, 1);
    QCOMPARE(cell(model, a, QStringLiteral("expiry")).toString(), QStringLiteral("in 3 days"));
    QVERIFY(cell(model, a, QStringLiteral("expiry"), Qt::ToolTipRole)
                .toString()
                .contains(now.addDays(3).toString(Qt::ISODateWithMs)));
    QCOMPARE(cell(model, a, QStringLiteral("created")).toString(), QStringLiteral("2 hours ago"));
    QCOMPARE(cell(model, b, QStringLiteral("created")).toString(), QStringLiteral("yesterday"));
    QCOMPARE(cell(model, a, QStringLiteral("machineCount")).toString(), QStringLiteral("2 / 5"));
    QCOMPARE(cell(model, b, QStringLiteral("machineCount")).toString(), QStringLiteral("3"));
    QCOMPARE(cell(model, a, QStringLiteral("machineCount"), RawValueRole).toLongLong(), 2);
    QCOMPARE(Qt::Alignment(cell(model, a, QStringLiteral("machineCount"), Qt::TextAlignmentRole).toInt()),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(cell(model, b, QStringLiteral("expiry")).toString(), QString(QChar(0x2014)));
    QCOMPARE(cell(model, b, QStringLiteral("expiry"), Qt::ToolTipRole).toString(), QStringLiteral("Not set"));
    QCOMPARE(cell(model, a, QStringLiteral("protected")).toString(), QStringLiteral("Yes"));
    QCOMPARE(cell(model, a, QStringLiteral("suspended")).toString(), QStringLiteral("No"));
    QCOMPARE(cell(model, a, QStringLiteral("status")).toString(), QStringLiteral("Active"));
    // Without a cached policy, an unknown relationship shows no invented name.
    QCOMPARE(cell(model, a, QStringLiteral("policy")).toString(), QString(QChar(0x2014)));

    // The clock moves: the same row reads differently.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(now.addDays(1));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cell(model, a, QStringLiteral("expiry")).toString(), QStringLiteral("in 2 days"));

    QCOMPARE(ResourceColumns::statusText(QStringLiteral("NOT_STARTED")), QStringLiteral("Not started"));
    QCOMPARE(ResourceColumns::statusText(QStringLiteral("RESURRECTED")), QStringLiteral("Resurrected"));
    QCOMPARE(ResourceColumns::statusText(QStringLiteral("SOME_NEW_STATE")), QStringLiteral("Some new state"));
    QVERIFY(ResourceColumns::statusColor(QStringLiteral("ALIVE"))
            != ResourceColumns::statusColor(QStringLiteral("DEAD")));
}

// The key of the license at `offset` in the cache's own order.
static QString keyAt(cache::Cache &cache, const QString &sort, Qt::SortOrder order, int offset)
{
    const QList<cache::Row> rows = cache.rows({Licenses, {}, sort, order, offset, 1}, {QStringLiteral("key")});
    return rows.isEmpty() ? QString() : rows.constFirst().values.constFirst().toString();
}

// `rows` licenses with distinct keys, expiries spread over two weeks, newest first by creation.
static bool fillLicenses(cache::Cache &cache, int rows)
{
    const QDateTime base = QDateTime::currentDateTimeUtc();
    QList<api::Resource> batch;
    for (int i = 0; i < rows; ++i) {
        batch.append(testing::license(testing::uuid(),
                                      QStringLiteral("KEY-%1-%2").arg(i, 6, 10, QLatin1Char('0')).arg(i * 7919 % 10007),
                                      base.addSecs(qint64(i * 7919 % 20011) * 60).toString(Qt::ISODateWithMs),
                                      10,
                                      i % 4,
                                      base.addSecs(-i)));
        if (batch.size() == 5000 || i == rows - 1) {
            if (!cache.upsert(batch)) {
                return false;
            }
            batch.clear();
        }
    }
    return true;
}

void TestResourceTableModel::readsALargeTableInWindows()
{
    QTemporaryDir dir;
    cache::Cache cache;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("large.sqlite"))));
    constexpr int kRows = 20000;
    QVERIFY(fillLicenses(cache, kRows));
    ResourceTableModel model(&cache, Licenses);
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(model.loadedRowCount(), 0);

    // A far row reads one window, and it is the cache's row at that offset.
    const QList<cache::Row>
        expected = cache.rows({Licenses, {}, QStringLiteral("created"), Qt::DescendingOrder, 15000, 1}, {});
    QCOMPARE(model.idAt(15000), expected.constFirst().id);
    QCOMPARE(model.loadedRowCount(), ResourceTableModel::kWindowSize);
    QCOMPARE(model.idAt(kRows - 1).isEmpty(), false);
    QVERIFY(!model.idAt(kRows).size());

    // Scrolling through everything keeps only a few windows.
    QElapsedTimer timer;
    timer.start();
    for (int row = 0; row < kRows; ++row) {
        QVERIFY(!model.data(model.index(row, 0)).toString().isEmpty());
    }
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(model.loadedRowCount() <= ResourceTableModel::kMaxWindows * ResourceTableModel::kWindowSize);

    // Sorted by expiry in SQL: a far window is in order with its neighbour.
    model.sort(model.columnOf(QStringLiteral("expiry")), Qt::AscendingOrder);
    const QDateTime a = cell(model, 14999, QStringLiteral("expiry"), RawValueRole).toDateTime();
    const QDateTime b = cell(model, 15000, QStringLiteral("expiry"), RawValueRole).toDateTime();
    QVERIFY(a.isValid() && a <= b);
    // Where a row is, found through the indexes, also far from any loaded window.
    const QString far = model.idAt(17345);
    model.refresh();
    QCOMPARE(model.rowOfId(far), 17345);
}

// Far down a long table, the view's paint does not wait for SQLite to walk to the window: the rows come from the
// reader thread a moment later (dataChanged), and they are the rows the cache has at that offset. Callers that need
// a row at once (idAt) still get it at once.
void TestResourceTableModel::farWindowsArriveFromTheReader()
{
    QTemporaryDir dir;
    cache::Cache cache;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("far.sqlite"))));
    constexpr int kRows = ResourceTableModel::kDeferFromRow + 3000;
    QVERIFY(fillLicenses(cache, kRows));
    ResourceTableModel model(&cache, Licenses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int keyColumn = model.columnOf(QStringLiteral("key"));
    const int far = ResourceTableModel::kDeferFromRow + 1234;
    const QString expected = keyAt(cache, QStringLiteral("created"), Qt::DescendingOrder, far);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.data(model.index(far, keyColumn)).isValid()); // asked of the reader
    QTRY_VERIFY(!changed.isEmpty());
    const QModelIndex from = changed.constFirst().at(0).toModelIndex();
    const QModelIndex to = changed.constFirst().at(1).toModelIndex();
    QVERIFY(from.row() <= far && far <= to.row());
    QCOMPARE(model.data(model.index(far, keyColumn)).toString(), expected);

    // A near row is read at once; so is any row asked for by id.
    QVERIFY(model.data(model.index(5, keyColumn)).isValid());
    const QString id = model.idAt(kRows - 7);
    QVERIFY(!id.isEmpty());
    QCOMPARE(model.rowOfId(id), kRows - 7);

    // A request answered after the order changed does not land: the rows shown are those of the new order.
    changed.clear();
    QVERIFY(!model.data(model.index(far + 500, keyColumn)).isValid());
    model.sort(keyColumn, Qt::AscendingOrder);
    const QString sorted = keyAt(cache, QStringLiteral("key"), Qt::AscendingOrder, far + 500);
    QTRY_COMPARE(model.data(model.index(far + 500, keyColumn)).toString(), sorted);

    // After the cache changed (a sync's commit on another connection), a kept far window is read again in the
    // reader: its rows stay shown as they were until the new ones arrive.
    const int nameColumn = model.columnOf(QStringLiteral("name"));
    QVERIFY(nameColumn >= 0);
    const QString renamedId = model.idAt(far + 500);
    const QVariant oldName = model.data(model.index(far + 500, nameColumn));
    {
        cache::Cache sync;
        QVERIFY(sync.open(cache.path()));
        api::Resource renamed = *sync.resource(Licenses, renamedId);
        renamed.setAttribute(QStringLiteral("name"), QStringLiteral("Renamed far away"));
        QVERIFY(sync.upsert({renamed}));
    }
    model.refresh();
    QCOMPARE(model.data(model.index(far + 500, keyColumn)).toString(), sorted);
    QCOMPARE(model.data(model.index(far + 500, nameColumn)), oldName);
    QTRY_COMPARE(model.data(model.index(far + 500, nameColumn)).toString(), QStringLiteral("Renamed far away"));
    QCOMPARE(model.idAt(far + 500), renamedId);
    QTRY_VERIFY(model.loadedRowCount() > 0);

    // An export reads every row at once, in large windows.
    model.setBulkReading(true);
    const int farther = kRows - 3;
    const QString last = keyAt(cache, QStringLiteral("key"), Qt::AscendingOrder, farther);
    QCOMPARE(model.data(model.index(farther, keyColumn)).toString(), last);
    QCOMPARE(model.loadedRowCount(),
             kRows - ResourceTableModel::kBulkWindowSize * (farther / ResourceTableModel::kBulkWindowSize));
    // What a sync commits meanwhile (another connection) waits for the export's end: rows do not move under it,
    // also in windows the export has not read yet. The new licenses sort first.
    const QString first = keyAt(cache, QStringLiteral("key"), Qt::AscendingOrder, 0);
    {
        cache::Cache sync;
        QVERIFY(sync.open(cache.path()));
        QList<api::Resource> added;
        for (int i = 0; i < 10; ++i) {
            added.append(testing::license(testing::uuid(),
                                          QStringLiteral("AAA-%1").arg(i),
                                          QJsonValue::Null,
                                          1,
                                          0,
                                          QDateTime::currentDateTimeUtc()));
        }
        QVERIFY(sync.upsert(added));
    }
    model.refresh();
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(model.data(model.index(0, keyColumn)).toString(), first);
    model.setBulkReading(false);
    QCOMPARE(model.rowCount(), kRows + 10);
    QCOMPARE(model.data(model.index(0, keyColumn)).toString(), QStringLiteral("AAA-0"));
    QVERIFY(model.loadedRowCount() < ResourceTableModel::kBulkWindowSize);

    // A model that goes away during an export (its page closed) ends the export's snapshot: the cache it shares
    // with the rest of the console sees new commits again.
    {
        ResourceTableModel exporting(&cache, Licenses);
        exporting.setBulkReading(true);
        QVERIFY(!exporting.data(exporting.index(kRows, keyColumn)).toString().isEmpty());
    }
    {
        cache::Cache sync;
        QVERIFY(sync.open(cache.path()));
        QVERIFY(fillLicenses(sync, 1));
    }
    QCOMPARE(cache.count(Licenses), qint64(kRows + 11));
}

void TestResourceTableModel::refreshKeepsRowsFindable()
{
    QTemporaryDir dir;
    cache::Cache cache;
    QString error;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("refresh.sqlite"))));
    QVERIFY2(testing::fillWithDemoData(cache, 120, &error), qPrintable(error));
    ResourceTableModel model(&cache, Licenses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    const QString selected = model.idAt(10);
    QCOMPARE(model.rowOfId(selected), 10);

    // A new license arrives (newest: first in Keygen's order): the selected row moves down by one.
    const QString added = testing::uuid();
    QVERIFY(cache.upsert(
        {testing::license(added, QStringLiteral("NEW-KEY-0001-ABCD"), QJsonValue(QJsonValue::Null), 3, 0)}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.rowOfId(selected), 11);
    QCOMPARE(model.rowOfId(added), 0);
    QCOMPARE(model.idAt(11), selected);

    // Only a value changes: the view gets dataChanged for that row, not a reset.
    std::optional<api::Resource> changed = cache.resource(Licenses, selected);
    QVERIFY(changed);
    changed->setAttribute(QStringLiteral("name"), QStringLiteral("Renamed by support"));
    QVERIFY(cache.upsert({*changed}));
    reset.clear();
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(dataChanged.constFirst().at(0).toModelIndex().row(), 11);
    QCOMPARE(cell(model, 11, QStringLiteral("name")).toString(), QStringLiteral("Renamed by support"));

    // Sorted by name: rowOfId agrees with idAt everywhere, also right after a refresh (no window loaded).
    model.sort(model.columnOf(QStringLiteral("name")), Qt::AscendingOrder);
    for (int row : {0, 1, 57, model.rowCount() - 1}) {
        const QString id = model.idAt(row);
        model.refresh();
        QCOMPARE(model.rowOfId(id), row);
    }
    QCOMPARE(model.rowOfId(QStringLiteral("not-an-id")), -1);
}

void TestResourceTableModel::cacheChangesAreCoalesced()
{
    ResourceTableModel model(&m_cache, Licenses);
    QSignalSpy refreshed(&model, &ResourceTableModel::refreshed);
    for (int i = 0; i < 50; ++i) {
        model.onCacheChanged(Licenses);
    }
    QTRY_COMPARE(refreshed.size(), 1);
    QTest::qWait(300);
    QCOMPARE(refreshed.size(), 1);
    // A type whose names the table shows refreshes it; an unrelated type does not.
    model.onCacheChanged(QStringLiteral("policies"));
    QTRY_COMPARE(refreshed.size(), 2);
    model.onCacheChanged(QStringLiteral("artifacts"));
    QTest::qWait(300);
    QCOMPARE(refreshed.size(), 2);
    model.onCacheChanged({});
    QTRY_COMPARE(refreshed.size(), 3);
}

void TestResourceTableModel::slowRefreshesAreSpacedOut()
{
    // A refresh that held the console's thread for a while waits four times as long before the next one (at least
    // 150 ms, at most 5 s): during a first sync of a large account sorted by a column without its index yet, a
    // refresh takes a quarter of a second (bench_sync --browse), and the sync commits every quarter of a second.
    const int quick = ResourceTableModel::refreshDelayAfter(0);
    QCOMPARE(quick, 150);
    QCOMPARE(ResourceTableModel::refreshDelayAfter(20 * 1000000LL), 150);
    QCOMPARE(ResourceTableModel::refreshDelayAfter(100 * 1000000LL), 400);
    QCOMPARE(ResourceTableModel::refreshDelayAfter(250 * 1000000LL), 1000);
    QCOMPARE(ResourceTableModel::refreshDelayAfter(60 * 1000000000LL), 5000);

    // Refreshes of the demo data take milliseconds: the wait stays the shortest, also after rows were painted.
    ResourceTableModel model(&m_cache, Licenses);
    QCOMPARE(model.refreshDelay(), quick);
    QSignalSpy refreshed(&model, &ResourceTableModel::refreshed);
    model.sort(model.columnOf(QStringLiteral("name")), Qt::AscendingOrder);
    model.onCacheChanged(Licenses);
    QTRY_COMPARE(refreshed.size(), 2);
    for (int row = 0; row < 40; ++row) {
        QVERIFY(!cell(model, row, QStringLiteral("key")).toString().isEmpty());
    }
    QTest::qWait(200); // the refresh's cycle has ended
    QCOMPARE(model.refreshDelay(), quick);
    model.onCacheChanged(Licenses);
    QTRY_COMPARE(refreshed.size(), 3);
}

void TestResourceTableModel::slowOrdersAreReadInTheReader()
{
    QTemporaryDir dir;
    cache::Cache cache;
    QString error;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("slow.sqlite"))));
    QVERIFY2(testing::fillWithDemoData(cache, 120, &error), qPrintable(error));
    ResourceTableModel model(&cache, Licenses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every read counts as slow here (a sort without its index over a million rows takes a second).
    model.setSlowWindowThreshold(0);
    model.sort(model.columnOf(QStringLiteral("key")), Qt::AscendingOrder);
    const QString first = cell(model, 0, QStringLiteral("key")).toString();
    QVERIFY(!first.isEmpty());
    QVERIFY(model.readsSlowly()); // known after the first read (made at once)
    const int before = model.rowCount();

    // A license that sorts first arrives (a sync's page).
    const QString added = testing::uuid();
    const QString addedKey = QStringLiteral("000000-0000-0000-NEW");
    QVERIFY(cache.upsert({testing::license(added, addedKey, QJsonValue(QJsonValue::Null), 3, 0)}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), before + 1);
    // The console's thread does not read them again: the rows shown stay where they were until the reader thread
    // brings the fresh ones. Those moved down by one: the view is reset again, so that a selection made meanwhile
    // follows its resource (the page selects by id after a reset), not the row number.
    QCOMPARE(cell(model, 0, QStringLiteral("key")).toString(), first);
    QTRY_COMPARE(cell(model, 0, QStringLiteral("key")).toString(), addedKey);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(cell(model, 1, QStringLiteral("key")).toString(), first);
    QCOMPARE(model.idAt(0), added);
    QCOMPARE(model.rowOfId(added), 0);

    // Another order is measured again: with the usual threshold, a hundred licenses read at once.
    model.setSlowWindowThreshold(ResourceTableModel::kSlowWindowNs);
    model.sort(model.columnOf(QStringLiteral("name")), Qt::AscendingOrder);
    QVERIFY(!model.readsSlowly());
    QVERIFY(cell(model, 0, QStringLiteral("key")).isValid());
    QVERIFY(!model.readsSlowly());
    model.refresh();
    QVERIFY(!cell(model, 0, QStringLiteral("key")).toString().isEmpty()); // read at once, not left for the reader
}

void TestResourceTableModel::interfaceThroughAProxy()
{
    ResourceTableModel model(&m_cache, Licenses);
    QIdentityProxyModel proxy;
    proxy.setSourceModel(&model);
    const ResourceIndex found = resourceIndexOf(proxy.index(3, 2));
    QVERIFY(found.model);
    QCOMPARE(found.type(), Licenses);
    QCOMPARE(found.id(), model.idAt(3));
    const std::optional<api::Resource> resource = found.resource();
    QVERIFY(resource);
    QCOMPARE(resource->id(), model.idAt(3));
    QCOMPARE(resource->stringAttribute(QStringLiteral("key")), cell(model, 3, QStringLiteral("key")).toString());
    QVERIFY(!resourceIndexOf(QModelIndex()).model);
}

void TestResourceTableModel::durationsReadAsPeopleSayThem_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("Keygen's year") << qint64(31556952) << QStringLiteral("1 year");
    QTest::newRow("two years") << qint64(2 * 31556952) << QStringLiteral("2 years");
    QTest::newRow("Keygen's month") << qint64(2629746) << QStringLiteral("1 month");
    QTest::newRow("30-day trial") << qint64(30 * 86400) << QStringLiteral("30 days");
    QTest::newRow("14 days") << qint64(14 * 86400) << QStringLiteral("14 days");
    QTest::newRow("heartbeat") << qint64(600) << QStringLiteral("10 minutes");
    QTest::newRow("odd") << qint64(90061) << QStringLiteral("90061 seconds");
}

void TestResourceTableModel::durationsReadAsPeopleSayThem()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ResourceColumns::durationText(seconds), text);
}

QTEST_GUILESS_MAIN(TestResourceTableModel)
#include "tst_resourcetablemodel.moc"
