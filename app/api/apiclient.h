#pragma once

// The one network service through which Keydesk talks to a Keygen-compatible API: a single
// QNetworkAccessManager, Keygen's headers, response signatures checked against the account's keys, retries with
// backoff for requests that may safely be sent again, and a governor that paces requests under the rate limit.

#include "app/api/apierror.h"
#include "app/api/jsonapi.h"
#include "app/api/ratelimit.h"
#include "app/api/responsesignature.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <deque>

class QNetworkReply;
class QSslError;

namespace keydesk::api {

// Where and how to connect: what a connection profile gives the client (the secret comes separately).
struct ConnectionSettings
{
    QUrl server = QUrl(QStringLiteral("https://api.keygen.sh")); // scheme, host and port of the API
    QString account;                                             // id or slug
    QString environment;                                         // Keygen-Environment; empty: the global one
    QString apiVersion = QStringLiteral("1.8");                  // Keygen-Version, pinned per profile
    SignatureMode signatureMode = SignatureMode::Enforce;
    crypto::SignatureAlgorithm signatureAlgorithm = crypto::SignatureAlgorithm::Ed25519;
    QString accountId;                   // the account's UUID once known: the signature's keyid
    QList<crypto::PublicKey> publicKeys; // the account's pinned keys; none: signatures cannot be checked
    std::chrono::milliseconds timeout{30000};
    int maxRetries = 4;  // further attempts after the first, for requests that may be sent again
    int maxParallel = 4; // requests on the wire at once
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffCap{30000};
};

// How requests authenticate: a token (Bearer) or a license key (License). Never logged or shown.
struct Credentials
{
    enum class Kind {
        None,
        Token,
        LicenseKey,
    };

    Kind kind = Kind::None;
    QString secret;

    static Credentials token(const QString &token) { return {Kind::Token, token}; }

    static Credentials licenseKey(const QString &key) { return {Kind::LicenseKey, key}; }
};

// One request: a method, a path under the account ("licenses/<id>/actions/validate") or a server path starting
// with "/" ("/v1/ping", or a links.next as Keygen sends it, query included), a query and a JSON:API body.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body;
    // Whether sending it twice does no harm (GET, PUT, DELETE): only such requests are retried after a failure
    // the server may have acted on. Set from the method unless changed.
    bool idempotent = true;
    // The answer is a JSON:API document (else raw bytes, e.g. a license file from GET …/check-out).
    bool expectDocument = true;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QByteArray &body = {});
    static ApiRequest patch(const QString &path, const QByteArray &body);
    static ApiRequest put(const QString &path, const QByteArray &body);
    static ApiRequest remove(const QString &path, const QByteArray &body = {});
};

// The answer to one request (after any retries). Emits finished() once; owned by the caller, deleteLater() it.
class ApiReply final : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }

    // The failure; ApiError::Kind::None when the request succeeded.
    const ApiError &error() const { return m_error; }

    bool ok() const { return m_finished && !m_error.isError(); }

    int httpStatus() const { return m_status; }

    const Document &document() const { return m_document; }

    const QByteArray &body() const { return m_body; }

    QByteArray header(const QByteArray &name) const; // case-insensitive

    const SignatureCheck &signatureCheck() const { return m_signature; }

    // A signature failure that the profile's Warn mode let pass: the data was used, the user should be told.
    bool signatureWarning() const { return m_signatureWarning; }

    int attempts() const { return m_attempts; }

    const ApiRequest &request() const { return m_request; }

    // Stops the request (and any retry); finished() follows with a Cancelled error.
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    explicit ApiReply(const ApiRequest &request, QObject *parent);

    ApiRequest m_request;
    bool m_finished = false;
    bool m_aborted = false;
    ApiError m_error;
    int m_status = 0;
    Document m_document;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    SignatureCheck m_signature;
    bool m_signatureWarning = false;
    int m_attempts = 0;
    QPointer<QNetworkReply> m_network;
    bool m_timedOut = false;
};

class ApiClient final : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setSettings(const ConnectionSettings &settings);

    const ConnectionSettings &settings() const { return m_settings; }

    void setCredentials(const Credentials &credentials);

    // Sends the request (queued while too many are on the wire or the rate limit asks to wait). The reply is
    // owned by `owner` when given, else by the client.
    ApiReply *send(const ApiRequest &request, QObject *owner = nullptr);

    // The full URL of a request, e.g. https://api.keygen.sh/v1/accounts/acme/licenses?limit=10.
    QUrl urlFor(const ApiRequest &request) const;

    // What the governor knows about the server's rate limit.
    const RateLimitGovernor &governor() const { return m_governor; }

    QNetworkAccessManager *network() { return &m_network; }

    // "Keydesk/<version> (Qt <version>; <os>)".
    static QByteArray userAgent();

    // Whether a server may be used over plain HTTP: only this computer (loopback).
    static bool isLoopback(const QUrl &url);

Q_SIGNALS:
    // A response failed its signature check but the profile only warns: the data was used anyway.
    void signatureWarning(const QString &reason);
    // A request ended: with an answer from the server (true), or without one, after its retries (false).
    void reachabilityObserved(bool reached);

private:
    void pump();
    void start(ApiReply *reply);
    void handleFinished(ApiReply *reply, QNetworkReply *network, const QList<QSslError> &sslErrors);
    void retryLater(ApiReply *reply, std::chrono::milliseconds delay);
    void complete(ApiReply *reply);
    std::chrono::milliseconds backoff(int attempt) const;

    ConnectionSettings m_settings;
    Credentials m_credentials;
    QNetworkAccessManager m_network;
    std::unique_ptr<ResponseVerifier> m_verifier;
    RateLimitGovernor m_governor;
    std::deque<QPointer<ApiReply>> m_queue;
    int m_inFlight = 0;
    bool m_pumpScheduled = false;
};

} // namespace keydesk::api
