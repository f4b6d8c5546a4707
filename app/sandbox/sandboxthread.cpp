#include "app/sandbox/sandboxthread.h"

#include "app/sandbox/demodata.h"

#include <QDir>
#include <QStandardPaths>

namespace keydesk::sandbox {

SandboxThread::SandboxThread(const SandboxOptions &options, qint64 demoLicenses, QObject *parent)
    : QThread(parent)
    , m_options(options)
    , m_demoLicenses(demoLicenses)
    , m_ready(m_promise.get_future().share())
{
}

SandboxThread::~SandboxThread()
{
    quit();
    wait();
}

SandboxReady SandboxThread::waitUntilReady()
{
    if (!isRunning() && !isFinished()) {
        start();
    }
    return m_ready.get();
}

QString SandboxThread::defaultDataFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/sandbox.sqlite");
}

void SandboxThread::run()
{
    SandboxReady ready;
    {
        SandboxServer server;
        if (!server.start(m_options, &ready.error)) {
            m_promise.set_value(ready);
            return;
        }
        if (m_demoLicenses >= 0 && !hasDemoData(server.store(), server.account())) {
            if (!seedDemoData(server.store(), server.account(), m_demoLicenses, &ready.error)) {
                m_promise.set_value(ready);
                return;
            }
            ready.seeded = true;
        }
        const Account account = server.account();
        ready.url = server.baseUrl();
        ready.accountId = account.id;
        ready.accountSlug = account.slug;
        ready.adminToken = server.adminToken();
        for (const QByteArray &pem : {account.ed25519PrivatePem, account.rsaPrivatePem, account.ecdsaPrivatePem}) {
            const crypto::PrivateKey key = crypto::PrivateKey::fromPem(pem);
            if (!key.isNull()) {
                ready.publicKeys.append(key.publicKey());
            }
        }
        m_promise.set_value(ready);
        exec();
    }
}

} // namespace keydesk::sandbox
