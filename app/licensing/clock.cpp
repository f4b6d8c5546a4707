#include "app/licensing/clock.h"

namespace keydesk {

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace keydesk
