#pragma once

// Tests that talk to the sandbox through the client: wait for an answer.

#include "app/api/apiclient.h"

#include <QSignalSpy>

namespace keydesk::testing {

// Runs the event loop until `reply` is finished (or `timeoutMs` passed); returns it, for chaining.
inline api::ApiReply *wait(api::ApiReply *reply, int timeoutMs = 20000)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &api::ApiReply::finished);
        finished.wait(timeoutMs);
    }
    return reply;
}

} // namespace keydesk::testing
