#pragma once

#include <QDateTime>

namespace keydesk {

// The time source for every verdict that depends on "now"; tests inject a fixed clock.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    // The process-wide system clock.
    static const Clock &system();
};

// A clock that always answers the same instant (tests, "inspect as of" in the GUI).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {
    }

    QDateTime now() const override { return m_at; }

    void setNow(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

// Keygen's timestamp text of a UTC time in milliseconds since the epoch: "2023-10-31T15:32:33.468Z" (years 0–9999).
QByteArray keygenTimestampText(qint64 msSinceEpoch);

} // namespace keydesk
