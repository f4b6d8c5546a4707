#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QStringView>

#include <optional>

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

// What keygenTimestampText() writes, read back by hand for the same reason (a sync reads several timestamps per
// resource, a list page of the sandbox judges a hundred licenses by five each): milliseconds since the epoch of
// "2023-10-31T15:32:33.468Z", and with SecondsToo also of "2023-10-31T15:32:33Z". nullopt for any other text
// (another offset or precision, a day that does not exist), which a caller that accepts it reads with QDateTime.
enum class TimestampForm {
    Milliseconds,
    SecondsToo,
};
std::optional<qint64> keygenTimestampMs(QStringView text, TimestampForm form = TimestampForm::Milliseconds);
std::optional<qint64> keygenTimestampMs(QByteArrayView text, TimestampForm form = TimestampForm::Milliseconds);

} // namespace keydesk
