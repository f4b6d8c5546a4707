#pragma once

#include "app/licensing/crypto.h"
#include "app/licensing/inspection.h"
#include "app/sandbox/sandboxstore.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <variant>

namespace keydesk::sandbox {

// Keygen's rate limiting (off unless set): at most `limit` requests per window, per client address.
struct RateLimit
{
    int limit = 0; // 0: off
    int windowSeconds = 60;
};

// Faults injected for resilience tests: a delay on every response, 5xx answers, dropped connections.
struct Faults
{
    int latencyMs = 0;
    double errorRate = 0; // 0..1, answered 503 before the request is handled
    double dropRate = 0;  // 0..1, connection closed without an answer, before the request is handled
    quint32 seed = 1;     // the same seed gives the same sequence of faults
};

struct SandboxOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    QString dataFile = QStringLiteral(":memory:");
    QString accountSlug = QStringLiteral("demo");
    RateLimit rateLimit;
    Faults faults;
    int cullIntervalMs = 120000; // dead machines are culled every 2 minutes, as in Keygen
};

// "60/1m", "10/1s", "1000/1h" -> RateLimit; nullopt when malformed.
std::optional<RateLimit> parseRateLimit(const QString &text);
// "latency=200,error-rate=0.1,drop-rate=0.05" (any subset) -> Faults; nullopt when malformed.
std::optional<Faults> parseFaults(const QString &text);

struct Request;
struct Response;
struct ResourceSpec;
struct StoredResource;
struct Bearer;

// A local server that speaks Keygen's API v1 (1.8) over HTTP, backed by SQLite; for trying Keydesk without an
// account and for tests that talk real HTTP.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the data file (creating the account, its keys and an admin token on first use) and listens.
    bool start(const SandboxOptions &options, QString *error);

    // Changes the injected faults of the requests to come (a test slows the server down for a while).
    void setFaults(const Faults &faults);

    QUrl baseUrl() const; // http://127.0.0.1:PORT
    Account account() const;
    QString adminToken() const;
    SandboxStore &store();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route;
    void addRoutes();
    void addRoute(const QString &method,
                  const QString &pattern,
                  std::function<Response(Request &)> handler,
                  bool authenticated = true);
    void addResourceRoutes(const ResourceSpec &spec);
    void addLicenseActions();
    void addTokenRoutes();
    void addReleaseRoutes();      // releases.cpp: publish, yank, artifacts, entitlement constraints
    void addRelationshipRoutes(); // relationships.cpp
    std::optional<Response> authenticate(Request &request);
    bool scopeList(const Bearer &bearer, const QString &type, ListQuery &query, bool withEnvironment = true) const;
    bool inScope(const Bearer &bearer, const StoredResource &resource) const;
    std::optional<StoredResource> findInScope(const Request &request, const QString &type) const;
    std::variant<StoredResource, Response> actionTarget(const Request &request, const QString &type, bool manage) const;
    bool mayWrite(const Bearer &bearer, const QString &type) const;
    // Environments (access.cpp): whether a resource is visible from the bearer's environment, whether it may be
    // changed from there (only in its own), the bearer's resource may enter the requested environment at all.
    static bool environmentAllows(const Bearer &bearer, const StoredResource &resource);
    static bool mayChange(const Bearer &bearer, const StoredResource &resource);
    static QJsonValue environmentLink(const Bearer &bearer);
    std::optional<Response> enterEnvironment(const Request &request) const;
    Response issueToken(const Request &request,
                        const QString &kind,
                        const QString &bearerType,
                        const QString &bearerId,
                        const QJsonObject &attributes);
    Response checkOutFile(const Request &request,
                          StoredResource &resource,
                          ArtifactKind kind,
                          const std::function<bool(StoredResource &)> &save);
    const crypto::PrivateKey &signingKey(crypto::SignatureAlgorithm algorithm) const;
    std::optional<Response> applyBody(const ResourceSpec &spec,
                                      const Request &request,
                                      StoredResource &resource,
                                      bool creating);
    Response dispatch(Request &request);
    void finish(const QHttpServerRequest &httpRequest, QTcpSocket *socket, Request &request, Response &response);

    bool rateLimited(const QHostAddress &client, Response &response, QList<QPair<QByteArray, QByteArray>> &headers);

    SandboxOptions m_options;
    SandboxStore m_store;
    QRandomGenerator m_faultRandom;
    QTimer m_culler;
    QHash<QString, QPair<qint64, int>> m_rateWindows; // client -> (window start, count)
    Account m_account;
    QString m_adminToken;
    QUrl m_baseUrl;
    std::vector<Route> m_routes;

    // The account's signing keys: responses, license and machine files, signed license keys.
    struct Keys
    {
        crypto::PrivateKey ed25519;
        crypto::PrivateKey rsa;
        crypto::PrivateKey ecdsa;
    };

    std::unique_ptr<Keys> m_keys;
};

} // namespace keydesk::sandbox
