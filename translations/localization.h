#pragma once

#include <QString>

class QCoreApplication;

namespace keydesk {

// Installs Keydesk's (and Qt's) translations for `language` ("de", "en", or empty for the system locale).
// Returns the language actually used ("en" when nothing matched).
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace keydesk
