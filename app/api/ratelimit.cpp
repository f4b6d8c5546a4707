#include "app/api/ratelimit.h"

#include <algorithm>

namespace keydesk::api {

namespace {

constexpr qint64 kResetMarginMs = 50; // the server's clock and ours are not exactly the same

} // namespace

void RateLimitGovernor::observe(const QList<QPair<QByteArray, QByteArray>> &headers, qint64 nowMs)
{
    qint64 limit = -1;
    qint64 remaining = -1;
    qint64 reset = -1;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        qint64 *target = lower == "x-ratelimit-limit"     ? &limit
                       : lower == "x-ratelimit-remaining" ? &remaining
                       : lower == "x-ratelimit-reset"     ? &reset
                                                          : nullptr;
        if (!target) {
            continue;
        }
        bool ok = false;
        *target = value.trimmed().toLongLong(&ok);
        if (!ok) {
            return; // a malformed header teaches nothing
        }
    }
    if (reset > 0) {
        reset *= 1000;
    }
    if (limit <= 0 || remaining < 0 || reset < 0) {
        return;
    }
    // Answers arrive out of order: within one window the lowest remaining count is the truest.
    if (reset == m_resetMs) {
        m_remaining = int(std::min<qint64>(m_remaining, remaining));
    } else if (reset > m_resetMs) {
        m_remaining = int(remaining);
        m_resetMs = reset;
    }
    m_limit = int(limit);
    if (m_resetMs < nowMs) {
        m_resetMs = nowMs; // a server clock behind ours
    }
}

void RateLimitGovernor::noteSent(qint64 nowMs)
{
    m_lastSentMs = nowMs;
    if (known() && nowMs < m_resetMs + kResetMarginMs && m_remaining > 0) {
        --m_remaining;
    }
}

void RateLimitGovernor::blockUntil(qint64 untilMs)
{
    ++m_throttled;
    m_blockedUntilMs = std::max(m_blockedUntilMs, untilMs);
    m_remaining = 0;
    m_resetMs = std::max(m_resetMs, untilMs);
}

qint64 RateLimitGovernor::delayMs(qint64 nowMs) const
{
    if (nowMs < m_blockedUntilMs) {
        return m_blockedUntilMs - nowMs;
    }
    if (!known() || nowMs >= m_resetMs + kResetMarginMs) {
        return 0; // nothing known, or a new window has begun
    }
    if (m_remaining <= 0) {
        return m_resetMs + kResetMarginMs - nowMs;
    }
    // Plenty left: no waiting. Running low: spread what is left over the rest of the window.
    if (m_remaining * 4 > m_limit) {
        return 0;
    }
    const qint64 interval = (m_resetMs + kResetMarginMs - nowMs) / (m_remaining + 1);
    return std::max<qint64>(0, m_lastSentMs + interval - nowMs);
}

} // namespace keydesk::api
