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

} // namespace keydesk
