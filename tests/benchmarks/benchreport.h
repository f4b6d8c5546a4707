#pragma once

// What the benchmarks share to report their figures: standard output, numbers with thousands separators, medians
// and percentiles.

#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>

namespace keydesk::bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// 1234567.4 -> "1,234,567"
inline QString thousands(double value)
{
    QString digits = QString::number(qint64(value + 0.5));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, QLatin1Char(','));
    }
    return digits;
}

inline double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// p in [0, 1]
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(double(values.size()) * p)));
}

} // namespace keydesk::bench
