#include "app/api/httpdate.h"

#include <QLocale>
#include <QRegularExpression>
#include <QString>

namespace keydesk::api {

namespace {

int monthNumber(QStringView name)
{
    static const QStringList months{QStringLiteral("Jan"),
                                    QStringLiteral("Feb"),
                                    QStringLiteral("Mar"),
                                    QStringLiteral("Apr"),
                                    QStringLiteral("May"),
                                    QStringLiteral("Jun"),
                                    QStringLiteral("Jul"),
                                    QStringLiteral("Aug"),
                                    QStringLiteral("Sep"),
                                    QStringLiteral("Oct"),
                                    QStringLiteral("Nov"),
                                    QStringLiteral("Dec")};
    return int(months.indexOf(name)) + 1;
}

// 1 = Monday, as QDate::dayOfWeek(); also accepts the full names of RFC 850.
int weekdayNumber(QStringView name)
{
    static const QStringList days{QStringLiteral("Mon"),
                                  QStringLiteral("Tue"),
                                  QStringLiteral("Wed"),
                                  QStringLiteral("Thu"),
                                  QStringLiteral("Fri"),
                                  QStringLiteral("Sat"),
                                  QStringLiteral("Sun")};
    return int(days.indexOf(name.left(3))) + 1;
}

} // namespace

QDateTime parseHttpDate(QByteArrayView text)
{
    // Parsed by hand: QLocale would build a local time first, which does not exist in a DST gap.
    static const QRegularExpression imf(
        QStringLiteral("^([A-Z][a-z]{2}), (\\d{2}) ([A-Z][a-z]{2}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression rfc850(
        QStringLiteral("^((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day), (\\d{2})-([A-Z][a-z]{2})-(\\d{2}) "
                       "(\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(
        QStringLiteral("^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));

    const QString input = QString::fromLatin1(text.trimmed());
    QString weekday;
    QString month;
    int day = 0;
    int year = 0;
    QTime time;
    if (const QRegularExpressionMatch m = imf.match(input); m.hasMatch()) {
        weekday = m.captured(1);
        day = m.captured(2).toInt();
        month = m.captured(3);
        year = m.captured(4).toInt();
        time = QTime(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt());
    } else if (const QRegularExpressionMatch m = rfc850.match(input); m.hasMatch()) {
        weekday = m.captured(1);
        day = m.captured(2).toInt();
        month = m.captured(3);
        year = m.captured(4).toInt();
        year += year < 70 ? 2000 : 1900;
        time = QTime(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt());
    } else if (const QRegularExpressionMatch m = asctime.match(input); m.hasMatch()) {
        weekday = m.captured(1);
        month = m.captured(2);
        day = m.captured(3).toInt();
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        year = m.captured(7).toInt();
    } else {
        return {};
    }
    const QDate date(year, monthNumber(month), day);
    if (!date.isValid() || !time.isValid() || date.dayOfWeek() != weekdayNumber(weekday)) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC);
}

QByteArray toHttpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace keydesk::api
