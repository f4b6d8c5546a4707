#pragma once

#include "app/api/jsonapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace keydesk::api {

// Why a request to the Keygen API failed, with what the server said and a translated sentence for the user.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::api::ApiError)

public:
    enum class Kind {
        None,      // no error
        Network,   // no answer: connection refused or lost, host not found, proxy trouble …
        Timeout,   // no answer in time
        Http,      // the server answered with an error status (4xx, 5xx) and usually Keygen's error document
        Signature, // security: the answer failed the response signature check and counts as not received
        Tls,       // security: the encrypted connection could not be set up or its certificate is not trusted
        Protocol,  // the server answered something that is not a readable Keygen answer
        Cancelled, // the user or the program stopped the request
    };

    ApiError() = default;

    // An HTTP error answer: status and Keygen's errors. The first error gives code, title, detail and source;
    // all of them are kept in errors(). retryAfterSeconds comes from the Retry-After header (parseRetryAfter).
    static ApiError fromHttp(int httpStatus, const Document &document, std::optional<int> retryAfterSeconds = {});
    // The same from the raw body; a body that is not a JSON:API document (a proxy's HTML page) still gives an
    // Http error with the status, and the parse problem as technical detail.
    static ApiError fromHttp(int httpStatus, QByteArrayView body, std::optional<int> retryAfterSeconds = {});
    // A failure without an HTTP answer. TimeoutError and OperationCanceledError become Timeout and Cancelled,
    // SSL errors Tls. Qt 6.4 reports an expired transfer timeout (QNetworkRequest::setTransferTimeout) as
    // OperationCanceledError too: pass timedOut unless the request was cancelled on purpose. errorString is
    // Qt's text, kept as technical detail.
    static ApiError fromNetworkError(QNetworkReply::NetworkError error,
                                     const QString &errorString = {},
                                     bool timedOut = false);
    static ApiError timeout(int seconds = 0);
    static ApiError cancelled();
    // A response that failed its signature check; `reason` is the translated sentence saying why.
    static ApiError signatureFailure(const QString &reason, const QString &technicalDetail = {});
    // A connection that is not secure enough to send a token over: certificate problems (the reason names them,
    // the detail lists each certificate error), or plain HTTP to a server other than this computer.
    static ApiError tlsFailure(const QString &reason, const QString &technicalDetail = {});
    // An answer that is not what the API promises (not JSON:API, a missing resource, a wrong type …).
    static ApiError malformedResponse(const QString &reason, int httpStatus = 0);

    Kind kind() const { return m_kind; }

    bool isError() const { return m_kind != Kind::None; }

    // Signature and TLS failures: someone may be tampering with the connection.
    bool isSecurityError() const { return m_kind == Kind::Signature || m_kind == Kind::Tls; }

    int httpStatus() const { return m_httpStatus; } // 0 when there was no HTTP answer

    QString code() const { return m_code; } // "MACHINE_LIMIT_EXCEEDED"; empty when the server gave none

    QString title() const { return m_title; }

    QString detail() const { return m_detail; }

    QString sourcePointer() const { return m_sourcePointer; }

    QString sourceParameter() const { return m_sourceParameter; }

    QString sourceHeader() const { return m_sourceHeader; }

    QString requestId() const { return m_requestId; } // Keygen's meta.id, for support requests

    std::optional<int> retryAfterSeconds() const { return m_retryAfter; }

    QNetworkReply::NetworkError networkError() const { return m_networkError; }

    QString technicalDetail() const { return m_technicalDetail; }

    // Every error of the answer (Keygen may report several validation problems at once).
    QList<ErrorObject> errors() const { return m_errors; }

    // One or more translated sentences for the user, e.g. "This license already has its maximum of 3 machines.
    // Deactivate one first." Never empty for an error; empty for Kind::None.
    QString userMessage() const;
    // For logs and bug reports: kind, status, code, detail, source and request id, untranslated.
    QString technicalSummary() const;

    // Whether sending the same request again may succeed: network failures and timeouts, 408, 429 and 5xx.
    // A request that is not idempotent (POST of a create or an action) is retryable only when the server
    // cannot have acted on it: connection refused, host not found and 429.
    bool isRetryable(bool idempotent = true) const;

    // The translated sentence for a Keygen error code; empty when the code is unknown. `detail` supplies
    // numbers ("(3)") and `sourcePointer` the field for codes made from an attribute name (NAME_MISSING).
    static QString messageForCode(const QString &code, const QString &detail = {}, const QString &sourcePointer = {});
    // The translated sentence for a license validation result (meta.code of validate and validate-key:
    // VALID, EXPIRED, NO_MACHINE …); empty when the code is unknown.
    static QString validationMessage(const QString &code);
    // The sentence used when an HTTP error has no code Keydesk knows and no detail.
    static QString statusMessage(int httpStatus);
    // The error codes with a sentence of their own (not counting the ones made from attribute names).
    static QStringList knownCodes();
    static QStringList knownValidationCodes();

    // Retry-After: delay seconds ("120") or an HTTP date; the seconds from `now`, never negative; nullopt when
    // absent or malformed.
    static std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime &now);

private:
    QString entryMessage(const ErrorObject &entry) const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_title;
    QString m_detail;
    QString m_sourcePointer;
    QString m_sourceParameter;
    QString m_sourceHeader;
    QString m_requestId;
    std::optional<int> m_retryAfter;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_technicalDetail;
    QString m_reason; // Signature and Protocol: the translated sentence given by the caller
    QList<ErrorObject> m_errors;
};

} // namespace keydesk::api
