#pragma once

#include <QStringList>
#include <QTextStream>

namespace keydesk::cli {

// keydesk sync   TARGET [--types TYPE,…] [--quick]
// keydesk list   TYPE [--filter KEY=VALUE]... [--sort COLUMN] [--asc] [--limit N] [--json | --csv] TARGET
// keydesk search TEXT [--type TYPE]... [--limit N] [--json] TARGET
// TARGET = --profile NAME | --url URL --account ID [--environment CODE]; the token comes from KEYDESK_TOKEN or the
// profile's keychain entry, never from the command line. `list` and `search` read the cache `sync` filled.
int runSync(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runList(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSearch(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace keydesk::cli
