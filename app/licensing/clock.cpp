#include "app/licensing/clock.h"

namespace keydesk {

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

// Howard Hinnant's civil_from_days, without QDateTime's cost: a sync stores and a demo seed writes millions of these.
QByteArray keygenTimestampText(qint64 ms)
{
    constexpr qint64 kMsPerDay = 86400000;
    qint64 days = ms / kMsPerDay;
    qint64 rest = ms % kMsPerDay;
    if (rest < 0) {
        rest += kMsPerDay;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2);
    char buffer[25];
    const auto put = [&](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            buffer[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    buffer[4] = '-';
    put(5, month, 2);
    buffer[7] = '-';
    put(8, day, 2);
    buffer[10] = 'T';
    put(11, rest / 3600000, 2);
    buffer[13] = ':';
    put(14, rest / 60000 % 60, 2);
    buffer[16] = ':';
    put(17, rest / 1000 % 60, 2);
    buffer[19] = '.';
    put(20, rest % 1000, 3);
    buffer[23] = 'Z';
    return QByteArray(buffer, 24);
}

namespace {

char16_t unitOf(QChar c)
{
    return c.unicode();
}

char16_t unitOf(char c)
{
    return static_cast<unsigned char>(c);
}

// Howard Hinnant's days_from_civil.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

template <typename Text>
std::optional<qint64> timestampMs(Text text, TimestampForm form)
{
    const qsizetype size = text.size();
    const bool withMs = size == 24;
    if (!withMs && !(size == 20 && form == TimestampForm::SecondsToo)) {
        return std::nullopt;
    }
    const auto at = [&](qsizetype i) {
        return unitOf(text[i]);
    };
    if (at(4) != u'-' || at(7) != u'-' || at(10) != u'T' || at(13) != u':' || at(16) != u':'
        || (withMs && at(19) != u'.') || at(size - 1) != u'Z') {
        return std::nullopt;
    }
    const auto number = [&](int from, int length) -> int {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = at(i);
            if (c < u'0' || c > u'9') {
                return -1;
            }
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int ms = withMs ? number(20, 3) : 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || ms < 0) {
        return std::nullopt;
    }
    static const int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > monthDays[month - 1] + (month == 2 && leap ? 1 : 0)) {
        return std::nullopt;
    }
    constexpr qint64 kMsPerDay = 86400000;
    return daysFromCivil(year, unsigned(month), unsigned(day)) * kMsPerDay + qint64(hour) * 3600000
         + qint64(minute) * 60000 + qint64(second) * 1000 + ms;
}

} // namespace

std::optional<qint64> keygenTimestampMs(QStringView text, TimestampForm form)
{
    return timestampMs(text, form);
}

std::optional<qint64> keygenTimestampMs(QByteArrayView text, TimestampForm form)
{
    return timestampMs(text, form);
}

} // namespace keydesk
