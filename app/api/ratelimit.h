#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace keydesk::api {

// Paces requests under Keygen's rate limit instead of running into 429s: it reads X-RateLimit-Limit, -Remaining and
// -Reset from every answer, counts requests sent meanwhile, and, when the window is running low, spreads what is
// left evenly over the rest of it. A 429's Retry-After stops all requests until then. Times are milliseconds since
// the epoch, passed in so that tests can drive the clock.
class RateLimitGovernor final
{
public:
    void observe(const QList<QPair<QByteArray, QByteArray>> &headers, qint64 nowMs);
    void noteSent(qint64 nowMs);
    void blockUntil(qint64 untilMs);

    // How long to wait before the next request may go out; 0 when it may go now.
    qint64 delayMs(qint64 nowMs) const;

    bool known() const { return m_limit > 0; }

    int limit() const { return m_limit; }

    int remaining() const { return m_remaining; }

    qint64 resetMs() const { return m_resetMs; }

    int throttled() const { return m_throttled; } // 429s seen

private:
    int m_limit = 0;
    int m_remaining = 0;
    qint64 m_resetMs = 0;
    qint64 m_blockedUntilMs = 0;
    qint64 m_lastSentMs = 0;
    int m_throttled = 0;
};

} // namespace keydesk::api
