#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

namespace keydesk::api {

// HTTP dates (RFC 9110 §5.6.7), as in the Date and Retry-After headers and Keygen's signing string.

// "Wed, 15 Jun 2022 18:52:14 GMT"; also the obsolete RFC 850 and asctime forms, which recipients must accept.
// Invalid when the text is none of these (or names the wrong weekday).
QDateTime parseHttpDate(QByteArrayView text);

// The preferred form, "Wed, 15 Jun 2022 18:52:14 GMT", independent of the locale.
QByteArray toHttpDate(const QDateTime &time);

} // namespace keydesk::api
