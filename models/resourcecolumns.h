#pragma once

// How the console presents the cache's columns: which a table shows by default and in which order, how their
// values read (relative times, status words and colours, "2 / 5" machines, names of related resources), and the
// formatting the detail view shares with the tables.

#include "app/cache/cache.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace keydesk {

// The presented columns of one cached type: every column of cache::columnsOf(type), the default-visible ones first
// in the order a table shows them, then the others (for a column chooser) in the cache's order.
class ResourceColumns final
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::ResourceColumns)

public:
    explicit ResourceColumns(const QString &type = {});

    QString type() const { return m_type; }

    bool isValid() const { return !m_columns.isEmpty(); }

    // In presentation order; column i of a table model is columns().at(i).
    const QList<cache::Column> &columns() const { return m_columns; }

    int count() const { return int(m_columns.size()); }

    const cache::Column &at(int i) const { return m_columns.at(i); }

    QStringList names() const;

    QStringList defaultVisibleNames() const { return m_defaultVisible; }

    bool isDefaultVisible(const QString &name) const { return m_defaultVisible.contains(name); }

    // -1 when the type has no such column.
    int indexOf(const QString &name) const { return m_index.value(name, -1); }

    bool has(const QString &name) const { return m_index.contains(name); }

    // For an Id column, the type of the resource it refers to ("policies"); empty otherwise.
    QString relatedType(const QString &column) const;
    // For an Id column, a column of this type that already holds the related resource's readable name (a Lookup
    // column such as licenses.ownerEmail for "owner"); empty when the name must be looked up.
    QString lookupColumnFor(const QString &idColumn) const;
    // For a count column ("machineCount"), the column holding its limit ("maxMachines") when this type has both.
    QString limitColumnFor(const QString &countColumn) const;
    // The column holding the status words of this type ("status", "heartbeatStatus"); empty when none.
    QString statusColumn() const;

    // The cache columns that name a resource of `type`, best first ("name", then "key" for licenses …).
    static QStringList nameColumnsOf(const QString &type);
    // Whether a column holds Keygen status words (license, user, release, artifact status; machine heartbeat).
    static bool isStatusColumn(const QString &name);
    // Integer attributes and columns holding a number of bytes ("memory"), or Keygen's seconds ("duration").
    static bool isByteSize(const QString &name);
    static bool isDuration(const QString &name);

    // ---- Formatting shared by the models ----
    // The text of a column's value: relative times, status words, Yes/No, numbers in the locale, an em dash for
    // null. Id columns give the id (the models replace it with the related resource's name).
    static QString displayText(const cache::Column &column, const QVariant &value, const QDateTime &now);
    // A tooltip: the exact date-time for timestamps, "Not set" for null, nothing otherwise.
    static QString toolTip(const cache::Column &column, const QVariant &value);

    // "in 3 days", "2 hours ago", "yesterday", "just now": `when` relative to `now`, in whole calendar days (in
    // `now`'s time zone) from one day on.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    // Keygen's durations in seconds as people say them: "1 year", "30 days", "10 minutes".
    static QString durationText(qint64 seconds);
    // The exact date-time in the user's locale with its ISO 8601 form, for tooltips.
    static QString exactTime(const QDateTime &when);
    // "Active", "Expiring", "Not started" …: a status as a word; unknown ones are turned into words too.
    static QString statusText(const QString &status);
    // The colour that marks a status: green good, orange soon a problem, red a problem, grey inactive; invalid
    // for statuses without one.
    static QColor statusColor(const QString &status);
    static QString booleanText(bool value);
    // "2 / 5" (used of a limit), or "2" when there is no limit.
    static QString usageText(qint64 used, const QVariant &limit);
    // The em dash shown for a null value, and its tooltip.
    static QString nullText();
    static QString notSetText();
    // What a search hit's field (cache::SearchHit::field) of this type is called: "Key", "Metadata › customerId",
    // and through a relationship "Owner › Email", "Machine › Fingerprint".
    QString searchFieldLabel(const QString &field) const;
    // Where a search hit of this type was found, as a table or a list shows it: "Owner › Email: ada@example.com".
    QString foundInText(const cache::SearchHit &hit) const;

    // "Max processes" from "maxProcesses": a label for attributes the cache has no column for.
    static QString labelFromName(const QString &name);

private:
    QString m_type;
    QList<cache::Column> m_columns;
    QStringList m_defaultVisible;
    QHash<QString, int> m_index;
};

} // namespace keydesk
