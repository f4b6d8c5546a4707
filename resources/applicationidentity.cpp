#include "resources/applicationidentity.h"

namespace keydesk {

QString applicationId()
{
    return QStringLiteral(KEYDESK_APP_ID);
}

QString applicationIconPath()
{
    return QStringLiteral(":/icons/keydesk.svg");
}

} // namespace keydesk
