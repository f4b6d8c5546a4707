#include "app/api/apiclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QSysInfo>
#include <QTimer>

namespace keydesk::api {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool idempotentMethod(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
}

ApiRequest make(const QByteArray &method, const QString &path, const QByteArray &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.idempotent = idempotentMethod(method);
    return request;
}

// The certificate problems, for the details a user (or their administrator) needs to judge them.
QString describe(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &error : errors) {
        QString line = error.errorString();
        const QSslCertificate certificate = error.certificate();
        if (!certificate.isNull()) {
            line += QStringLiteral(" (subject: %1; issuer: %2; valid %3 to %4; SHA-256 %5)")
                        .arg(certificate.subjectDisplayName(),
                             certificate.issuerDisplayName(),
                             certificate.effectiveDate().toString(Qt::ISODate),
                             certificate.expiryDate().toString(Qt::ISODate),
                             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// ---- Requests ---------------------------------------------------------------------------------------------------

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request = make("GET", path, {});
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, const QByteArray &body)
{
    return make("POST", path, body);
}

ApiRequest ApiRequest::patch(const QString &path, const QByteArray &body)
{
    return make("PATCH", path, body);
}

ApiRequest ApiRequest::put(const QString &path, const QByteArray &body)
{
    return make("PUT", path, body);
}

ApiRequest ApiRequest::remove(const QString &path, const QByteArray &body)
{
    return make("DELETE", path, body);
}

// ---- Replies ----------------------------------------------------------------------------------------------------

ApiReply::ApiReply(const ApiRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void ApiReply::abort()
{
    if (m_finished || m_aborted) {
        return;
    }
    m_aborted = true;
    if (m_network) {
        m_network->abort(); // finishes with OperationCanceledError; the client completes the reply
    }
}

// ---- The client -------------------------------------------------------------------------------------------------

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network.setAutoDeleteReplies(false);
}

ApiClient::~ApiClient() = default;

void ApiClient::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_verifier = std::make_unique<ResponseVerifier>(settings.publicKeys, settings.accountId);
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

QByteArray ApiClient::userAgent()
{
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("dev")
                                                                             : QCoreApplication::applicationVersion();
    // prettyProductName() reads /etc/os-release: once, not for every request (a sync sends thousands).
    static const QString system = QSysInfo::prettyProductName();
    return QStringLiteral("Keydesk/%1 (Qt %2; %3)").arg(version, QString::fromLatin1(qVersion()), system).toUtf8();
}

bool ApiClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_settings.server;
    if (request.path.startsWith(QLatin1Char('/')) && !request.path.startsWith(QLatin1String("//"))) {
        // A server path as Keygen writes it in links (already percent-encoded, query included). Never "//host/…":
        // that would resolve to another host, and the token would go there.
        url = m_settings.server.resolved(QUrl::fromEncoded(request.path.toUtf8()));
        if (!request.query.isEmpty()) {
            QUrlQuery merged(url);
            for (const auto &[key, value] : request.query.queryItems(QUrl::FullyEncoded)) {
                merged.addQueryItem(key, value);
            }
            url.setQuery(merged);
        }
        return url;
    }
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    // Path segments of requests are percent-encoded already (a license key may hold any character).
    url.setPath(base + QStringLiteral("/v1/accounts/")
                    + QString::fromLatin1(QUrl::toPercentEncoding(m_settings.account))
                    + (request.path.isEmpty() ? QString() : QLatin1Char('/') + request.path),
                QUrl::TolerantMode);
    url.setQuery(request.query);
    return url;
}

ApiReply *ApiClient::send(const ApiRequest &request, QObject *owner)
{
    auto *reply = new ApiReply(request, owner ? owner : this);
    m_queue.push_back(reply);
    pump();
    return reply;
}

// Starts queued requests while the parallel limit and the rate-limit governor allow; otherwise looks again later.
void ApiClient::pump()
{
    while (!m_queue.empty()) {
        if (!m_queue.front()) {
            m_queue.pop_front(); // deleted while waiting
            continue;
        }
        if (m_queue.front()->m_aborted) {
            ApiReply *reply = m_queue.front();
            m_queue.pop_front();
            reply->m_error = ApiError::cancelled();
            complete(reply);
            continue;
        }
        if (m_inFlight >= m_settings.maxParallel) {
            return; // a finishing request pumps again
        }
        const qint64 wait = m_governor.delayMs(nowMs());
        if (wait > 0) {
            if (!m_pumpScheduled) {
                m_pumpScheduled = true;
                QTimer::singleShot(int(std::min<qint64>(wait, 60000)), this, [this] {
                    m_pumpScheduled = false;
                    pump();
                });
            }
            return;
        }
        ApiReply *reply = m_queue.front();
        m_queue.pop_front();
        start(reply);
    }
}

void ApiClient::start(ApiReply *reply)
{
    const QUrl url = urlFor(reply->m_request);
    ++reply->m_attempts;
    if (url.scheme() != QLatin1String("https") && !(url.scheme() == QLatin1String("http") && isLoopback(url))) {
        reply->m_error = ApiError::tlsFailure(tr("Keydesk connects to %1 only over HTTPS, so that the token cannot be "
                                                 "read on the way. Plain HTTP is "
                                                 "allowed only for a server on this computer.")
                                                  .arg(url.host()),
                                              url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        complete(reply);
        return;
    }

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.api+json");
    if (!reply->m_request.body.isEmpty()) {
        request.setRawHeader("Content-Type", "application/vnd.api+json");
    }
    request.setRawHeader("Keygen-Version", m_settings.apiVersion.toLatin1());
    if (!m_settings.environment.isEmpty()) {
        request.setRawHeader("Keygen-Environment", m_settings.environment.toUtf8());
    }
    if (m_settings.signatureMode != SignatureMode::Off) {
        request.setRawHeader(kAcceptSignatureHeader,
                             acceptSignatureHeader(m_settings.signatureAlgorithm, m_settings.accountId));
    }
    switch (m_credentials.kind) {
    case Credentials::Kind::Token:
        request.setRawHeader("Authorization", "Bearer " + m_credentials.secret.toUtf8());
        break;
    case Credentials::Kind::LicenseKey:
        request.setRawHeader("Authorization", "License " + m_credentials.secret.toUtf8());
        break;
    case Credentials::Kind::None:
        break;
    }
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setTransferTimeout(int(m_settings.timeout.count()));

    ++m_inFlight;
    m_governor.noteSent(nowMs());
    QNetworkReply *network = m_network.sendCustomRequest(request, reply->m_request.method, reply->m_request.body);
    reply->m_network = network;
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(network, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        *sslErrors += errors; // never ignored: the connection fails and the user sees why
    });
    connect(network, &QNetworkReply::finished, this, [this, reply = QPointer<ApiReply>(reply), network, sslErrors] {
        --m_inFlight;
        network->deleteLater();
        if (reply) {
            handleFinished(reply, network, *sslErrors);
        }
        pump();
    });
}

void ApiClient::handleFinished(ApiReply *reply, QNetworkReply *network, const QList<QSslError> &sslErrors)
{
    reply->m_network.clear();
    const QByteArray body = network->isOpen() ? network->readAll() : QByteArray();
    const QVariant statusAttribute = network->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const bool idempotent = reply->m_request.idempotent;

    if (status == 0) {
        if (reply->m_aborted) {
            reply->m_error = ApiError::cancelled();
            complete(reply);
            return;
        }
        if (!sslErrors.isEmpty()) {
            reply->m_error = ApiError::tlsFailure(
                tr("The server's certificate is not trusted, so Keydesk did not connect: %1. Someone may be "
                   "intercepting the connection; if the server uses its own certificate authority, install it in "
                   "the system's certificate store.")
                    .arg(sslErrors.constFirst().errorString()),
                describe(sslErrors));
            complete(reply);
            return;
        }
        // Qt 6.4 reports an expired transfer timeout as OperationCanceledError, like an abort.
        const bool timedOut = network->error() == QNetworkReply::OperationCanceledError
                           || network->error() == QNetworkReply::TimeoutError;
        reply->m_error = ApiError::fromNetworkError(network->error(), network->errorString(), timedOut);
        if (reply->m_error.isRetryable(idempotent) && reply->m_attempts <= m_settings.maxRetries) {
            retryLater(reply, backoff(reply->m_attempts));
            return;
        }
        complete(reply);
        return;
    }

    reply->m_status = status;
    reply->m_body = body;
    reply->m_headers = network->rawHeaderPairs();
    m_governor.observe(reply->m_headers, nowMs());

    // The signature first: an answer that fails it counts as not received. Only answers about the account are
    // signed (with its key): /v1/ping is not.
    const bool signable = network->url().path().contains(QLatin1String("/v1/accounts/"));
    if (m_settings.signatureMode != SignatureMode::Off && signable) {
        reply->m_signature = m_verifier ? m_verifier->verify(SignedResponse::fromReply(*network, body))
                                        : SignatureCheck();
        if (!isAccepted(m_settings.signatureMode, reply->m_signature)) {
            reply->m_error = reply->m_signature.toError();
            reply->m_body.clear();
            complete(reply);
            return;
        }
        if (!reply->m_signature.isValid() && status < 400) {
            reply->m_signatureWarning = true;
            Q_EMIT signatureWarning(reply->m_signature.reason());
        }
    }

    const std::optional<int> retryAfter = ApiError::parseRetryAfter(reply->header("Retry-After"),
                                                                    QDateTime::currentDateTimeUtc());
    if (status >= 400) {
        reply->m_error = ApiError::fromHttp(status, QByteArrayView(body), retryAfter);
        if (status == 429) {
            m_governor.blockUntil(nowMs() + qint64(retryAfter.value_or(1)) * 1000);
        }
        if (reply->m_error.isRetryable(idempotent) && reply->m_attempts <= m_settings.maxRetries) {
            const auto delay = status == 429 || retryAfter
                                 ? std::chrono::milliseconds(qint64(retryAfter.value_or(1)) * 1000)
                                 : backoff(reply->m_attempts);
            retryLater(reply, delay);
            return;
        }
        complete(reply);
        return;
    }

    if (reply->m_request.expectDocument && status != 204 && !body.isEmpty()) {
        QString problem;
        const std::optional<Document> document = Document::parse(body, &problem);
        if (!document) {
            reply->m_error = ApiError::malformedResponse(problem, status);
            complete(reply);
            return;
        }
        reply->m_document = *document;
    }
    reply->m_error = {};
    complete(reply);
}

void ApiClient::retryLater(ApiReply *reply, std::chrono::milliseconds delay)
{
    QTimer::singleShot(delay, this, [this, reply = QPointer<ApiReply>(reply)] {
        if (!reply) {
            return;
        }
        reply->m_error = {};
        m_queue.push_front(reply.data()); // ahead of newer requests
        pump();
    });
}

void ApiClient::complete(ApiReply *reply)
{
    reply->m_finished = true;
    if (reply->m_aborted && !reply->m_error.isError()) {
        reply->m_error = ApiError::cancelled();
    }
    const ApiError::Kind kind = reply->m_error.kind();
    if (kind != ApiError::Kind::Cancelled) {
        Q_EMIT reachabilityObserved(kind != ApiError::Kind::Network && kind != ApiError::Kind::Timeout);
    }
    Q_EMIT reply->finished();
}

// Exponential backoff with full jitter: a random wait up to base·2^(attempt-1), capped.
std::chrono::milliseconds ApiClient::backoff(int attempt) const
{
    const qint64 ceiling = std::min<qint64>(m_settings.backoffCap.count(),
                                            m_settings.backoffBase.count() << std::min(attempt - 1, 16));
    return std::chrono::milliseconds(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

} // namespace keydesk::api
