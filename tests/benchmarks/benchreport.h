#pragma once

// What the benchmarks share to report their figures: standard output, numbers with thousands separators, medians
// and percentiles.

#include <QDir>
#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <unistd.h>

#include <algorithm>
#include <optional>

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

// One thread of this process, from /proc/self/task/<id>/stat: its name (as QThread sets it from its objectName;
// Linux cuts it to 15 characters) and the CPU seconds it spent (clock ticks: fine for phases of a second or more).
struct ThreadStat
{
    QString name;
    double user = 0;
    double system = 0;
};

inline std::optional<ThreadStat> threadStat(qint64 thread)
{
    QFile file(QStringLiteral("/proc/self/task/%1/stat").arg(thread));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    // "pid (comm) state …": the name is between the first '(' and the last ')'; utime and stime are the 12th and
    // 13th fields after it.
    const QByteArray line = file.readAll();
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    const QList<QByteArray> fields = close > open && open >= 0 ? line.mid(close + 2).split(' ') : QList<QByteArray>();
    if (fields.size() < 13) {
        return std::nullopt;
    }
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return ThreadStat{QString::fromUtf8(line.mid(open + 1, close - open - 1)),
                      double(fields.at(11).toLongLong()) / ticks,
                      double(fields.at(12).toLongLong()) / ticks};
}

// CPU seconds (user and system) spent so far by each of this process's live threads, summed by thread name.
// Empty where /proc is not there.
inline QMap<QString, double> cpuSecondsByThread()
{
    QMap<QString, double> seconds;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (const std::optional<ThreadStat> stat = threadStat(task.toLongLong())) {
            seconds[stat->name] += stat->user + stat->system;
        }
    }
    return seconds;
}

// "name 1.23 s, other 0.45 s" of what each thread spent between two readings of cpuSecondsByThread().
inline QString cpuSpent(const QMap<QString, double> &before, const QMap<QString, double> &after)
{
    QStringList parts;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const double spent = it.value() - before.value(it.key());
        if (spent >= 0.01) {
            parts << it.key() + QLatin1Char(' ') + QString::number(spent, 'f', 2) + QStringLiteral(" s");
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace keydesk::bench
