#include "app/cli/inspectcommand.h"

#include <QTextStream>

namespace keydesk::cli {

int runInspect(const QStringList &, QTextStream &, QTextStream &err, QIODevice *)
{
    err << "not yet\n";
    return 2;
}

} // namespace keydesk::cli
