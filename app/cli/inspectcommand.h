#pragma once

#include <QStringList>

class QTextStream;
class QIODevice;

namespace keydesk::cli {

// `keydesk inspect FILE... [--public-key KEY]... [--license-key KEY] [--fingerprint FP] [--scheme S] [--at T] [--json]`
// Exit code: 0 all valid, 1 the worst was invalid/expired/tampered, 2 usage or input error.
int runInspect(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *standardInput = nullptr);

} // namespace keydesk::cli
