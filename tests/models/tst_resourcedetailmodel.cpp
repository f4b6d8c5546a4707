// ResourceDetailModel over a license of the sandbox's demo seed: the three sections under QAbstractItemModelTester,
// which attributes are editable, typed validation of edits and the pending changes they give, relationship rows
// that carry what a view needs to navigate, and metadata rows.

#include "cachefixture.h"
#include "models/resourcecolumns.h"
#include "models/resourcedetailmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;

namespace {

const QString Licenses = QStringLiteral("licenses");

} // namespace

class TestResourceDetailModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sectionsUnderTester();
    void attributesAreFormattedAndMarked();
    void editsAreValidatedAndTyped();
    void relationshipsCarryLinks();
    void metadataRowsShowEachKey();

private:
    QString value(ResourceDetailModel::Section section, const QString &name, int role = Qt::DisplayRole) const;

    QTemporaryDir m_dir;
    cache::Cache m_cache;
    api::Resource m_license; // one with machines, a policy, an owner and metadata
    std::unique_ptr<ResourceDetailModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QString TestResourceDetailModel::value(ResourceDetailModel::Section section, const QString &name, int role) const
{
    return m_model->fieldIndex(section, name).data(role).toString();
}

void TestResourceDetailModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_cache.open(m_dir.filePath(QStringLiteral("detail.sqlite")), &error), qPrintable(error));
    QVERIFY2(testing::fillWithDemoData(m_cache, 150, &error), qPrintable(error));
    cache::Query query{Licenses, {{QStringLiteral("machineCount"), cache::Filter::Op::Greater, 0}}};
    query.limit = 1000;
    for (const api::Resource &license : m_cache.resources(query)) {
        if (!license.metadata().isEmpty() && !license.relatedId(QStringLiteral("owner")).isEmpty()
            && !license.relatedId(QStringLiteral("policy")).isEmpty()) {
            m_license = license;
            break;
        }
    }
    QVERIFY2(!m_license.isNull(), "the demo seed has a license with machines, an owner and metadata");
}

void TestResourceDetailModel::init()
{
    m_model = std::make_unique<ResourceDetailModel>(&m_cache);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setResource(m_license);
}

void TestResourceDetailModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestResourceDetailModel::sectionsUnderTester()
{
    QCOMPARE(m_model->rowCount(), int(ResourceDetailModel::SectionCount));
    QCOMPARE(m_model->columnCount(), int(ResourceDetailModel::ColumnCount));
    QCOMPARE(m_model->sectionIndex(ResourceDetailModel::AttributesSection).data().toString(),
             QStringLiteral("Attributes"));
    QCOMPARE(m_model->sectionIndex(ResourceDetailModel::RelationshipsSection).data().toString(),
             QStringLiteral("Relationships"));
    QCOMPARE(m_model->sectionIndex(ResourceDetailModel::MetadataSection).data().toString(), QStringLiteral("Metadata"));
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Field"));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
    // Every attribute but the metadata (a section of its own) has a row.
    const QModelIndex attributes = m_model->sectionIndex(ResourceDetailModel::AttributesSection);
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(attributes); ++row) {
        shown.append(m_model->index(row, 0, attributes).data(FieldNameRole).toString());
    }
    for (const QString &name : m_license.attributes().keys()) {
        QVERIFY2(name == QLatin1String("metadata") || shown.contains(name), qPrintable(name));
    }
    QCOMPARE(shown.first(), QStringLiteral("name"));
    QCOMPARE(shown.last(), QStringLiteral("updated"));
    // The interface answers with the resource shown.
    const QModelIndex any = m_model->fieldIndex(ResourceDetailModel::AttributesSection, QStringLiteral("key"));
    QCOMPARE(m_model->typeAt(any), Licenses);
    QCOMPARE(m_model->idAt(any), m_license.id());

    m_model->setResource(api::Resource());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestResourceDetailModel::attributesAreFormattedAndMarked()
{
    using S = ResourceDetailModel::Section;
    const QModelIndex key = m_model->fieldIndex(S::AttributesSection, QStringLiteral("key"));
    QCOMPARE(key.data().toString(), m_license.stringAttribute(QStringLiteral("key")));
    QCOMPARE(key.siblingAtColumn(0).data().toString(), QStringLiteral("Key"));
    QCOMPARE(key.data(ReadOnlyRole).toBool(), true);
    QCOMPARE(key.data(EditableRole).toBool(), false);
    QVERIFY(!(key.flags() & Qt::ItemIsEditable));

    const QModelIndex maxMachines = m_model->fieldIndex(S::AttributesSection, QStringLiteral("maxMachines"));
    QCOMPARE(maxMachines.data(ReadOnlyRole).toBool(), false);
    QCOMPARE(maxMachines.data(EditableRole).toBool(), true);
    QVERIFY(maxMachines.flags() & Qt::ItemIsEditable);
    QCOMPARE(m_model->fieldIndex(S::AttributesSection, QStringLiteral("status")).data(ReadOnlyRole).toBool(), true);
    // Suspending is an action of its own, not an edit.
    QCOMPARE(m_model->fieldIndex(S::AttributesSection, QStringLiteral("suspended")).data(EditableRole).toBool(), false);

    const QString status = m_license.stringAttribute(QStringLiteral("status"));
    QCOMPARE(value(S::AttributesSection, QStringLiteral("status")), ResourceColumns::statusText(status));
    QCOMPARE(m_model->fieldIndex(S::AttributesSection, QStringLiteral("status"))
                 .data(Qt::ForegroundRole)
                 .value<QColor>(),
             ResourceColumns::statusColor(status));
    QCOMPARE(value(S::AttributesSection, QStringLiteral("protected")),
             m_license.boolAttribute(QStringLiteral("protected")) ? QStringLiteral("Yes") : QStringLiteral("No"));

    // Timestamps relative to the model's clock, exact in the tooltip.
    const QDateTime created = m_license.dateTimeAttribute(QStringLiteral("created"));
    m_model->setNow(created.addDays(3));
    QCOMPARE(value(S::AttributesSection, QStringLiteral("created")), QStringLiteral("3 days ago"));
    QVERIFY(value(S::AttributesSection, QStringLiteral("created"), Qt::ToolTipRole)
                .contains(created.toString(Qt::ISODateWithMs)));
}

void TestResourceDetailModel::editsAreValidatedAndTyped()
{
    using S = ResourceDetailModel::Section;
    QSignalSpy pending(m_model.get(), &ResourceDetailModel::pendingChangesChanged);
    const QModelIndex maxMachines = m_model->fieldIndex(S::AttributesSection, QStringLiteral("maxMachines"));
    QVERIFY(!m_model->setData(maxMachines, QStringLiteral("abc")));
    QCOMPARE(m_model->lastValidationError(), QStringLiteral("Max machines must be a whole number."));
    QVERIFY(m_model->pendingChanges().isEmpty());
    QVERIFY(!m_model->setData(maxMachines, QStringLiteral("-2")));
    QVERIFY(!m_model->lastValidationError().isEmpty());
    QVERIFY(pending.isEmpty());

    QVERIFY(m_model->setData(maxMachines, QStringLiteral("7")));
    QVERIFY(m_model->lastValidationError().isEmpty());
    QCOMPARE(m_model->pendingChanges(), (QJsonObject{{QStringLiteral("maxMachines"), 7}}));
    QCOMPARE(maxMachines.data().toString(), QStringLiteral("7"));
    QCOMPARE(maxMachines.data(Qt::EditRole).toLongLong(), 7);
    QCOMPARE(pending.size(), 1);

    // Expiry: ISO 8601, sent in UTC with milliseconds; empty: never expires.
    const QModelIndex expiry = m_model->fieldIndex(S::AttributesSection, QStringLiteral("expiry"));
    QVERIFY(!m_model->setData(expiry, QStringLiteral("next week")));
    QVERIFY(m_model->lastValidationError().startsWith(QLatin1String("Expiry must be a date and time")));
    QVERIFY(m_model->setData(expiry, QStringLiteral("2030-01-31T10:00:00+01:00")));
    QCOMPARE(m_model->pendingChanges().value(QStringLiteral("expiry")).toString(),
             QStringLiteral("2030-01-31T09:00:00.000Z"));
    QVERIFY(m_model->setData(expiry, QString()));
    QVERIFY(m_model->pendingChanges().value(QStringLiteral("expiry")).isNull()
            == !m_license.attribute(QStringLiteral("expiry")).isNull());

    // Booleans from a check box or from words.
    const QModelIndex protectedIndex = m_model->fieldIndex(S::AttributesSection, QStringLiteral("protected"));
    const bool wasProtected = m_license.boolAttribute(QStringLiteral("protected"));
    QVERIFY(!m_model->setData(protectedIndex, QStringLiteral("perhaps")));
    QVERIFY(m_model->setData(protectedIndex, wasProtected ? QStringLiteral("no") : QStringLiteral("yes")));
    QCOMPARE(m_model->pendingChanges().value(QStringLiteral("protected")).toBool(), !wasProtected);
    QVERIFY(m_model->setData(protectedIndex, wasProtected));
    QVERIFY(!m_model->pendingChanges().contains(QStringLiteral("protected")));

    // Read-only attributes refuse edits.
    QVERIFY(!m_model->setData(m_model->fieldIndex(S::AttributesSection, QStringLiteral("key")), QStringLiteral("X")));
    QCOMPARE(m_model->lastValidationError(), QStringLiteral("Key cannot be changed."));

    // Setting the original value back leaves no change; revert() forgets them all.
    m_model->revert();
    QVERIFY(m_model->pendingChanges().isEmpty());
    QCOMPARE(m_model->fieldIndex(S::AttributesSection, QStringLiteral("maxMachines")).data(RawValueRole),
             m_license.attribute(QStringLiteral("maxMachines")).toVariant());
}

void TestResourceDetailModel::relationshipsCarryLinks()
{
    using S = ResourceDetailModel::Section;
    const QString policyId = m_license.relatedId(QStringLiteral("policy"));
    const QModelIndex policy = m_model->fieldIndex(S::RelationshipsSection, QStringLiteral("policy"));
    QVERIFY(policy.isValid());
    QCOMPARE(policy.siblingAtColumn(0).data().toString(), QStringLiteral("Policy"));
    QCOMPARE(policy.data(LinkTypeRole).toString(), QStringLiteral("policies"));
    QCOMPARE(policy.data(LinkIdRole).toString(), policyId);
    QCOMPARE(policy.data().toString(),
             m_cache.resource(QStringLiteral("policies"), policyId)->stringAttribute(QStringLiteral("name")));
    QCOMPARE(policy.data(ReadOnlyRole).toBool(), true);

    const QString ownerId = m_license.relatedId(QStringLiteral("owner"));
    const QModelIndex owner = m_model->fieldIndex(S::RelationshipsSection, QStringLiteral("owner"));
    QCOMPARE(owner.data(LinkTypeRole).toString(), QStringLiteral("users"));
    QCOMPARE(owner.data(LinkIdRole).toString(), ownerId);
    QCOMPARE(owner.data().toString(),
             m_cache.resource(QStringLiteral("users"), ownerId)->stringAttribute(QStringLiteral("email")));

    // To-many: the count Keygen sent, and the filter that lists them.
    const qint64 machines = qint64(
        m_license.relationshipMeta(QStringLiteral("machines")).value(QStringLiteral("count")).toDouble());
    QVERIFY(machines > 0);
    const QModelIndex machineRow = m_model->fieldIndex(S::RelationshipsSection, QStringLiteral("machines"));
    QCOMPARE(machineRow.data().toString(),
             machines == 1 ? QStringLiteral("1 machine") : QStringLiteral("%1 machines").arg(machines));
    QCOMPARE(machineRow.data(LinkTypeRole).toString(), QStringLiteral("machines"));
    QCOMPARE(machineRow.data(LinkFilterColumnRole).toString(), QStringLiteral("license"));
    QCOMPARE(machineRow.data(LinkFilterValueRole).toString(), m_license.id());
    QVERIFY(!machineRow.data(LinkIdRole).isValid());
    // The filter lists the same machines in the cache.
    QCOMPARE(m_cache.count(machineRow.data(LinkTypeRole).toString(),
                           {{machineRow.data(LinkFilterColumnRole).toString(),
                             cache::Filter::Op::Equals,
                             machineRow.data(LinkFilterValueRole)}}),
             machines);
    // The account is the one connected to: not listed.
    QVERIFY(!m_model->fieldIndex(S::RelationshipsSection, QStringLiteral("account")).isValid());
}

void TestResourceDetailModel::metadataRowsShowEachKey()
{
    using S = ResourceDetailModel::Section;
    const QJsonObject metadata = m_license.metadata();
    const QModelIndex section = m_model->sectionIndex(S::MetadataSection);
    QCOMPARE(m_model->rowCount(section), int(metadata.size()));
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        const QModelIndex row = m_model->fieldIndex(S::MetadataSection, it.key());
        QVERIFY2(row.isValid(), qPrintable(it.key()));
        QCOMPARE(row.siblingAtColumn(0).data().toString(), it.key());
        if (it.value().isString()) {
            QCOMPARE(row.data().toString(), it.value().toString());
        } else {
            QVERIFY(!row.data().toString().isEmpty());
        }
        QCOMPARE(row.data(EditableRole).toBool(), true);
    }

    // Editing one key sends the whole metadata (Keygen replaces it), the other keys unchanged.
    const QString first = metadata.constBegin().key();
    QVERIFY(m_model->setData(m_model->fieldIndex(S::MetadataSection, first), QStringLiteral("changed")));
    m_model->setMetadataValue(QStringLiteral("seats"), 12);
    QCOMPARE(m_model->rowCount(section), int(metadata.size()) + 1);
    QCOMPARE(m_model->fieldIndex(S::MetadataSection, QStringLiteral("seats")).data().toString(), QStringLiteral("12"));
    // A number stays a number when edited as text.
    QVERIFY(m_model->setData(m_model->fieldIndex(S::MetadataSection, QStringLiteral("seats")), QStringLiteral("15")));
    QJsonObject expected = metadata;
    expected.insert(first, QStringLiteral("changed"));
    expected.insert(QStringLiteral("seats"), 15);
    QCOMPARE(m_model->pendingChanges(), (QJsonObject{{QStringLiteral("metadata"), expected}}));
    m_model->removeMetadataKey(QStringLiteral("seats"));
    expected.remove(QStringLiteral("seats"));
    QCOMPARE(m_model->pendingChanges().value(QStringLiteral("metadata")).toObject(), expected);
}

QTEST_GUILESS_MAIN(TestResourceDetailModel)
#include "tst_resourcedetailmodel.moc"
