#pragma once

// The sandbox server in a thread of its own, for `keydesk --sandbox` and "Try the local sandbox": its requests are
// answered while the console's thread draws, syncs and writes the cache.

#include "app/licensing/crypto.h"
#include "app/sandbox/sandboxserver.h"

#include <QThread>
#include <QUrl>

#include <future>

namespace keydesk::sandbox {

struct SandboxReady
{
    QString error; // empty when the server listens
    QUrl url;
    QString accountId;
    QString accountSlug;
    QString adminToken;
    QList<crypto::PublicKey> publicKeys; // the account's, as GET /v1/accounts/<a> lists them
    bool seeded = false;                 // demo data was written now (a new data file)
};

class SandboxThread final : public QThread
{
public:
    // `demoLicenses` >= 0 seeds demo data when the data file holds none yet.
    SandboxThread(const SandboxOptions &options, qint64 demoLicenses, QObject *parent = nullptr);
    ~SandboxThread() override; // stops the server and waits for the thread

    // Starts the thread if needed and blocks until the server listens (and holds its demo data) or failed to.
    SandboxReady waitUntilReady();

    // The sandbox's own data file under the user's data directory, shared with `keydesk sandbox`.
    static QString defaultDataFile();

protected:
    void run() override;

private:
    SandboxOptions m_options;
    qint64 m_demoLicenses;
    std::promise<SandboxReady> m_promise;
    std::shared_future<SandboxReady> m_ready;
};

} // namespace keydesk::sandbox
