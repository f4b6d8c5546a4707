#pragma once

#include <QStringList>

class QCoreApplication;

namespace keydesk::cli {

// True when argv asks for something that needs no display: --version, --help, or a subcommand.
bool isHeadless(int argc, char **argv);

// The value of --lang in argv, if any ("de", "en" …); read before any application object exists.
QString languageOption(int argc, char **argv);

// Runs the headless command in the application's arguments; returns the process exit code.
int run(const QStringList &arguments);

// The text of `keydesk --help` (translated).
QString helpText();

} // namespace keydesk::cli
