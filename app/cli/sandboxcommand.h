#pragma once

#include <QStringList>

class QTextStream;

namespace keydesk::cli {

// `keydesk sandbox [--host H] [--port N] [--data FILE.sqlite] [--demo N] [--account SLUG] [--json]`: serves the
// local Keygen-compatible sandbox (seeded with N demo licenses on first use) until SIGINT or SIGTERM.
int runSandbox(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace keydesk::cli
