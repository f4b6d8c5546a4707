#pragma once

#include <functional>
#include <memory>

class QSocketNotifier;

namespace keydesk::cli {

// SIGINT (Ctrl+C) and SIGTERM, turned into a call on the event loop, through a socket pair: the safe way out of a
// signal handler. While a StopSignals lives, the first of them calls `onStop` with its number; the handlers before
// are back from then on, so a second Ctrl+C ends the process as usual. Destroyed, it puts them back too.
class StopSignals final
{
public:
    explicit StopSignals(std::function<void(int signal)> onStop);
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    // False when the socket pair could not be made: the signals then act as they did before.
    bool isWatching() const { return m_notifier != nullptr; }

private:
    void restore();

    std::function<void(int)> m_onStop;
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_restored = true;
};

} // namespace keydesk::cli
