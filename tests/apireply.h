#pragma once

// Tests that talk to the sandbox through the client: wait for an answer.

#include "app/api/apiclient.h"

#include <QSignalSpy>

namespace keydesk::testing {

// Runs the event loop until `reply` is finished (or 20 s passed); returns it, for chaining.
inline api::ApiReply *wait(api::ApiReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &api::ApiReply::finished);
        finished.wait(20000);
    }
    return reply;
}

} // namespace keydesk::testing
