#include "translations/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace keydesk {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English plural forms first: any language falls back to them for a message it lacks (translators installed
    // later are asked first).
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/keydesk_en.qm"))) {
        QCoreApplication::installTranslator(plurals);
    } else {
        delete plurals;
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        QLocale::setDefault(locale);
        return QStringLiteral("en");
    }
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("keydesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, dialogs) when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(locale);
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace keydesk
