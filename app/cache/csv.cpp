#include "app/cache/csv.h"

#include <QVariant>

namespace keydesk::cache {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString csvCell(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    QString text = value.toString();
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return text;
    default:
        break;
    }
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    return csvField(text);
}

QString csvRecord(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace keydesk::cache
