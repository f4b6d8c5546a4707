#pragma once

// Tables as CSV that spreadsheet programs open correctly, for File → Export Table as CSV and `keydesk list --csv`:
// RFC 4180 (a field with a comma, a quote or a line break is quoted, its quotes doubled; records end with CRLF), in
// UTF-8 after a byte order mark (else spreadsheet programs read accented names as Latin-1). Names, emails and
// metadata come from customers: text that a spreadsheet would run as a formula (starting with = + - @, a tab or a
// carriage return) gets an apostrophe first, as OWASP advises against CSV injection.

#include <QByteArrayView>
#include <QString>
#include <QStringList>

class QVariant;

namespace keydesk::cache {

inline constexpr QByteArrayView kCsvByteOrderMark = "\xEF\xBB\xBF";

// A field as RFC 4180 writes it: quoted when it must be.
QString csvField(const QString &text);

// A value as a field: empty for null; numbers and booleans as they are (a negative number stays a number); any
// other value as its text, guarded against formulas, then quoted when it must be.
QString csvCell(const QVariant &value);

// Fields as one record: joined with commas and ended with CRLF.
QString csvRecord(const QStringList &fields);

} // namespace keydesk::cache
