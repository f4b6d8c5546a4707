#include "models/resourcecolumns.h"

#include "app/cache/resourcetypes.h"

#include <QLocale>
#include <QTimeZone>

namespace keydesk {

namespace {

// What a table of each type shows before the user picks columns: the fields that tell resources apart and the
// ones a support engineer checks first (a license's status, owner and expiry).
QStringList defaultColumnsOf(const QString &type)
{
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *name : names) {
            result.append(QLatin1String(name));
        }
        return result;
    };
    if (type == QLatin1String("licenses")) {
        return list({"name", "key", "status", "product", "policy", "ownerEmail", "expiry", "machineCount"});
    }
    if (type == QLatin1String("machines")) {
        return list({"name",
                     "fingerprint",
                     "hostname",
                     "platform",
                     "heartbeatStatus",
                     "lastHeartbeat",
                     "license",
                     "owner",
                     "created"});
    }
    if (type == QLatin1String("users")) {
        return list({"email", "fullName", "status", "role", "group", "created"});
    }
    if (type == QLatin1String("groups")) {
        return list({"name", "maxUsers", "maxLicenses", "maxMachines", "created"});
    }
    if (type == QLatin1String("products")) {
        return list({"name", "code", "distributionStrategy", "created"});
    }
    if (type == QLatin1String("policies")) {
        return list(
            {"name", "product", "duration", "scheme", "floating", "maxMachines", "expirationStrategy", "created"});
    }
    if (type == QLatin1String("entitlements")) {
        return list({"name", "code", "created"});
    }
    if (type == QLatin1String("releases")) {
        return list({"version", "name", "channel", "status", "product", "created"});
    }
    if (type == QLatin1String("artifacts")) {
        return list({"filename", "release", "platform", "arch", "filetype", "filesize", "status", "created"});
    }
    return {};
}

} // namespace

bool ResourceColumns::isByteSize(const QString &name)
{
    return name == QLatin1String("filesize") || name == QLatin1String("memory") || name == QLatin1String("disk")
        || name == QLatin1String("maxMemory") || name == QLatin1String("maxDisk");
}

bool ResourceColumns::isDuration(const QString &name)
{
    return name == QLatin1String("duration") || name.endsWith(QLatin1String("Duration"))
        || name == QLatin1String("checkInInterval") || name == QLatin1String("ttl");
}

QString ResourceColumns::durationText(qint64 seconds)
{
    constexpr qint64 day = 86400;
    constexpr qint64 year = 31556952; // Keygen's year: 365.2425 days
    if (seconds > 0 && seconds % year == 0) {
        return tr("%n year(s)", nullptr, int(seconds / year));
    }
    if (seconds >= 28 * day && seconds < 366 * day && (seconds == 2629746 || seconds % 2629746 == 0)) {
        return tr("%n month(s)", nullptr, int(seconds / 2629746));
    }
    if (seconds > 0 && seconds % day == 0) {
        return tr("%n day(s)", nullptr, int(seconds / day));
    }
    if (seconds > 0 && seconds % 3600 == 0) {
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    }
    if (seconds > 0 && seconds % 60 == 0) {
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    }
    return tr("%n second(s)", nullptr, int(seconds));
}

ResourceColumns::ResourceColumns(const QString &type)
    : m_type(type)
{
    const QList<cache::Column> all = cache::columnsOf(type);
    for (const QString &name : defaultColumnsOf(type)) {
        for (const cache::Column &column : all) {
            if (column.name == name) {
                m_columns.append(column);
                m_defaultVisible.append(name);
            }
        }
    }
    for (const cache::Column &column : all) {
        if (!m_defaultVisible.contains(column.name)) {
            m_columns.append(column);
        }
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        m_index.insert(m_columns.at(i).name, int(i));
    }
}

QStringList ResourceColumns::names() const
{
    QStringList result;
    result.reserve(m_columns.size());
    for (const cache::Column &column : m_columns) {
        result.append(column.name);
    }
    return result;
}

QString ResourceColumns::relatedType(const QString &column) const
{
    if (const cache::TypeSpec *spec = cache::typeSpec(m_type)) {
        if (const cache::ColumnSpec *c = spec->column(column)) {
            if (c->source == cache::ColumnSpec::Source::RelationshipId) {
                return c->relatedType;
            }
        }
    }
    return {};
}

QString ResourceColumns::lookupColumnFor(const QString &idColumn) const
{
    if (const cache::TypeSpec *spec = cache::typeSpec(m_type)) {
        for (const cache::ColumnSpec &c : spec->columns) {
            if (c.source == cache::ColumnSpec::Source::Lookup && c.from == idColumn) {
                return c.name;
            }
        }
    }
    return {};
}

QString ResourceColumns::limitColumnFor(const QString &countColumn) const
{
    QString limit;
    if (countColumn == QLatin1String("machineCount")) {
        limit = QStringLiteral("maxMachines");
    } else if (countColumn == QLatin1String("userCount")) {
        limit = QStringLiteral("maxUsers");
    }
    return has(countColumn) && has(limit) ? limit : QString();
}

QString ResourceColumns::statusColumn() const
{
    if (has(QStringLiteral("status"))) {
        return QStringLiteral("status");
    }
    if (has(QStringLiteral("heartbeatStatus"))) {
        return QStringLiteral("heartbeatStatus");
    }
    return {};
}

QStringList ResourceColumns::nameColumnsOf(const QString &type)
{
    if (type == QLatin1String("users")) {
        return {QStringLiteral("email"), QStringLiteral("fullName")};
    }
    if (type == QLatin1String("licenses")) {
        return {QStringLiteral("name"), QStringLiteral("key")};
    }
    if (type == QLatin1String("machines")) {
        return {QStringLiteral("name"), QStringLiteral("hostname"), QStringLiteral("fingerprint")};
    }
    if (type == QLatin1String("releases")) {
        return {QStringLiteral("version"), QStringLiteral("name")};
    }
    if (type == QLatin1String("artifacts")) {
        return {QStringLiteral("filename")};
    }
    return {QStringLiteral("name"), QStringLiteral("code")};
}

bool ResourceColumns::isStatusColumn(const QString &name)
{
    return name == QLatin1String("status") || name == QLatin1String("heartbeatStatus");
}

QString ResourceColumns::displayText(const cache::Column &column, const QVariant &value, const QDateTime &now)
{
    if (value.isNull() || !value.isValid()) {
        return nullText();
    }
    switch (column.kind) {
    case cache::Column::Kind::Timestamp:
        return relativeTime(value.toDateTime(), now);
    case cache::Column::Kind::Boolean:
        return booleanText(value.toBool());
    case cache::Column::Kind::Integer:
        if (value.typeId() == QMetaType::Double) {
            return QLocale().toString(value.toDouble());
        }
        if (isByteSize(column.name)) {
            return QLocale().formattedDataSize(value.toLongLong());
        }
        if (isDuration(column.name)) {
            return durationText(value.toLongLong());
        }
        return QLocale().toString(value.toLongLong());
    case cache::Column::Kind::Text:
        if (isStatusColumn(column.name)) {
            return statusText(value.toString());
        }
        return value.toString();
    case cache::Column::Kind::Id:
        return value.toString();
    }
    return value.toString();
}

QString ResourceColumns::toolTip(const cache::Column &column, const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        return notSetText();
    }
    if (column.kind == cache::Column::Kind::Timestamp) {
        return exactTime(value.toDateTime());
    }
    if (column.kind == cache::Column::Kind::Integer && isByteSize(column.name)) {
        return tr("%1 bytes").arg(QLocale().toString(value.toLongLong()));
    }
    if (column.kind == cache::Column::Kind::Integer && isDuration(column.name)) {
        return tr("%1 seconds").arg(QLocale().toString(value.toLongLong()));
    }
    return {};
}

QString ResourceColumns::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid()) {
        return nullText();
    }
    const qint64 seconds = now.secsTo(when); // positive: in the future
    const qint64 distance = qAbs(seconds);
    const bool future = seconds > 0;
    if (distance < 60) {
        return tr("just now");
    }
    if (distance < 3600) {
        const qint64 minutes = distance / 60;
        return future ? (minutes == 1 ? tr("in %n minute", nullptr, int(minutes))
                                      : tr("in %n minutes", nullptr, int(minutes)))
                      : (minutes == 1 ? tr("%n minute ago", nullptr, int(minutes))
                                      : tr("%n minutes ago", nullptr, int(minutes)));
    }
    if (distance < 86400) {
        const qint64 hours = distance / 3600;
        return future ? (hours == 1 ? tr("in %n hour", nullptr, int(hours)) : tr("in %n hours", nullptr, int(hours)))
                      : (hours == 1 ? tr("%n hour ago", nullptr, int(hours)) : tr("%n hours ago", nullptr, int(hours)));
    }
    // From a day on, calendar days in the viewer's zone: "yesterday" is the previous date, whatever the hour.
    const QDate today = now.date();
    const QDate day = when.toTimeZone(now.timeZone()).date();
    const qint64 days = today.daysTo(day);
    if (days == 1) {
        return tr("tomorrow");
    }
    if (days == -1) {
        return tr("yesterday");
    }
    const qint64 absDays = qAbs(days);
    if (absDays < 31) {
        return days > 0
                 ? (absDays == 1 ? tr("in %n day", nullptr, int(absDays)) : tr("in %n days", nullptr, int(absDays)))
                 : (absDays == 1 ? tr("%n day ago", nullptr, int(absDays)) : tr("%n days ago", nullptr, int(absDays)));
    }
    if (absDays < 365) {
        const qint64 months = absDays / 30;
        return days > 0
                 ? (months == 1 ? tr("in %n month", nullptr, int(months)) : tr("in %n months", nullptr, int(months)))
                 : (months == 1 ? tr("%n month ago", nullptr, int(months)) : tr("%n months ago", nullptr, int(months)));
    }
    const qint64 years = absDays / 365;
    return days > 0 ? (years == 1 ? tr("in %n year", nullptr, int(years)) : tr("in %n years", nullptr, int(years)))
                    : (years == 1 ? tr("%n year ago", nullptr, int(years)) : tr("%n years ago", nullptr, int(years)));
}

QString ResourceColumns::exactTime(const QDateTime &when)
{
    if (!when.isValid()) {
        return notSetText();
    }
    return tr("%1 (%2)").arg(QLocale().toString(when.toLocalTime(), QLocale::LongFormat),
                             when.toUTC().toString(Qt::ISODateWithMs));
}

QString ResourceColumns::statusText(const QString &status)
{
    const QString s = status.toUpper();

    static const struct
    {
        const char *status;
        const char *text;
    } words[] = {
        {"ACTIVE", QT_TR_NOOP("Active")},
        {"EXPIRING", QT_TR_NOOP("Expiring")},
        {"EXPIRED", QT_TR_NOOP("Expired")},
        {"SUSPENDED", QT_TR_NOOP("Suspended")},
        {"BANNED", QT_TR_NOOP("Banned")},
        {"INACTIVE", QT_TR_NOOP("Inactive")},
        {"ALIVE", QT_TR_NOOP("Alive")},
        {"DEAD", QT_TR_NOOP("Dead")},
        {"NOT_STARTED", QT_TR_NOOP("Not started")},
        {"RESURRECTED", QT_TR_NOOP("Resurrected")},
        {"DRAFT", QT_TR_NOOP("Draft")},
        {"PUBLISHED", QT_TR_NOOP("Published")},
        {"YANKED", QT_TR_NOOP("Yanked")},
        {"WAITING", QT_TR_NOOP("Waiting")},
        {"UPLOADED", QT_TR_NOOP("Uploaded")},
        {"FAILED", QT_TR_NOOP("Failed")},
    };

    for (const auto &word : words) {
        if (s == QLatin1String(word.status)) {
            return tr(word.text);
        }
    }
    // A status Keygen added later: "SOME_STATE" reads "Some state".
    QString text = status.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

QColor ResourceColumns::statusColor(const QString &status)
{
    const QString s = status.toUpper();
    if (s == QLatin1String("ACTIVE") || s == QLatin1String("ALIVE") || s == QLatin1String("PUBLISHED")
        || s == QLatin1String("UPLOADED")) {
        return QColor(0x2e, 0x7d, 0x32); // green
    }
    if (s == QLatin1String("EXPIRING") || s == QLatin1String("RESURRECTED")) {
        return QColor(0xe6, 0x51, 0x00); // orange
    }
    if (s == QLatin1String("EXPIRED") || s == QLatin1String("DEAD") || s == QLatin1String("BANNED")
        || s == QLatin1String("FAILED") || s == QLatin1String("YANKED")) {
        return QColor(0xc6, 0x28, 0x28); // red
    }
    if (s == QLatin1String("SUSPENDED")) {
        return QColor(0x6a, 0x1b, 0x9a); // purple: stopped on purpose, not by time
    }
    if (s == QLatin1String("INACTIVE") || s == QLatin1String("NOT_STARTED") || s == QLatin1String("DRAFT")
        || s == QLatin1String("WAITING")) {
        return QColor(0x75, 0x75, 0x75); // grey
    }
    return {};
}

QString ResourceColumns::booleanText(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString ResourceColumns::usageText(qint64 used, const QVariant &limit)
{
    if (limit.isNull() || !limit.isValid()) {
        return QLocale().toString(used);
    }
    return tr("%1 / %2").arg(QLocale().toString(used), QLocale().toString(limit.toLongLong()));
}

QString ResourceColumns::nullText()
{
    return QString(QChar(0x2014));
}

QString ResourceColumns::notSetText()
{
    return tr("Not set");
}

QString ResourceColumns::searchFieldLabel(const QString &field) const
{
    if (field.startsWith(QLatin1String("metadata."))) {
        return tr("%1 › %2").arg(tr("Metadata"), field.mid(int(qstrlen("metadata."))));
    }
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        const int column = indexOf(field);
        return column >= 0 ? at(column).label : labelFromName(field);
    }
    // Through a relationship: a column of this type holding the related record's id ("owner"), or the related type
    // whose records refer to this one ("machines").
    const QString head = field.left(dot);
    const QString rest = field.mid(dot + 1);
    QString relatedType = this->relatedType(head);
    QString prefix;
    if (!relatedType.isEmpty()) {
        prefix = at(indexOf(head)).label;
    } else {
        relatedType = head;
        if (head == QLatin1String("machines")) {
            prefix = tr("Machine");
        } else if (head == QLatin1String("licenses")) {
            prefix = tr("License");
        } else if (head == QLatin1String("artifacts")) {
            prefix = tr("Artifact");
        } else {
            prefix = labelFromName(head);
        }
    }
    return tr("%1 › %2").arg(prefix, ResourceColumns(relatedType).searchFieldLabel(rest));
}

QString ResourceColumns::foundInText(const cache::SearchHit &hit) const
{
    return tr("%1: %2").arg(searchFieldLabel(hit.field), hit.snippet);
}

QString ResourceColumns::labelFromName(const QString &name)
{
    QString label;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (i == 0) {
            label.append(c.toUpper());
        } else if (c.isUpper()) {
            label.append(QLatin1Char(' '));
            label.append(c.toLower());
        } else {
            label.append(c);
        }
    }
    return label;
}

} // namespace keydesk
