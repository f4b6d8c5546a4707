#include "app/profiles/secretstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace keydesk::profiles {

namespace {

// Errors meaning there is no keychain to use at all (as opposed to a refused or failed access).
bool unavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

QString describe(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        return SecretStore::tr("Access to the keychain was denied. Allow Keydesk to use it, or enter the token "
                               "again.");
    case QKeychain::AccessDenied:
        return SecretStore::tr("The keychain refused access (%1).").arg(detail);
    case QKeychain::CouldNotDeleteEntry:
        return SecretStore::tr("The token could not be removed from the keychain (%1).").arg(detail);
    default:
        return SecretStore::tr("The keychain failed: %1").arg(detail);
    }
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString SecretStore::keyFor(const QString &profile) const
{
    return QStringLiteral("profile/") + profile + QStringLiteral("/token");
}

void SecretStore::fallBack(const QString &reason)
{
    if (m_persistent) {
        m_persistent = false;
        Q_EMIT keychainUnavailable(
            tr("No keychain is available (%1). The token is kept in memory until Keydesk quits; you will be asked for "
               "it again next time.")
                .arg(reason));
    }
}

void SecretStore::readToken(const QString &profile, Callback done)
{
    if (!m_persistent) {
        Result result{true, m_memory.value(profile), m_memory.contains(profile), true, {}};
        done(result);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(profile));
    connect(job, &QKeychain::Job::finished, this, [this, job, profile, done](QKeychain::Job *) {
        Result result;
        if (job->error() == QKeychain::NoError) {
            result = {true, job->textData(), true, false, {}};
        } else if (job->error() == QKeychain::EntryNotFound) {
            result = {true, {}, false, false, {}};
        } else if (unavailable(job->error())) {
            fallBack(job->errorString());
            result = {true, m_memory.value(profile), m_memory.contains(profile), true, {}};
        } else {
            result.error = describe(job->error(), job->errorString());
        }
        done(result);
    });
    job->start();
}

void SecretStore::writeToken(const QString &profile, const QString &token, Callback done)
{
    if (!m_persistent) {
        m_memory.insert(profile, token);
        done({true, {}, true, true, {}});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(profile));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, profile, token, done](QKeychain::Job *) {
        Result result;
        if (job->error() == QKeychain::NoError) {
            result = {true, {}, true, false, {}};
        } else if (unavailable(job->error())) {
            fallBack(job->errorString());
            m_memory.insert(profile, token);
            result = {true, {}, true, true, {}};
        } else {
            result.error = describe(job->error(), job->errorString());
        }
        done(result);
    });
    job->start();
}

void SecretStore::removeToken(const QString &profile, Callback done)
{
    m_memory.remove(profile);
    if (!m_persistent) {
        done({true, {}, false, true, {}});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(profile));
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        Result result;
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            result = {true, {}, false, false, {}};
        } else {
            result.error = describe(job->error(), job->errorString());
        }
        done(result);
    });
    job->start();
}

SecretStore::Result SecretStore::wait(const std::function<void(Callback)> &operation)
{
    Result result;
    bool finished = false;
    QEventLoop loop;
    operation([&](const Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
    return result;
}

SecretStore::Result SecretStore::readTokenNow(const QString &profile)
{
    return wait([&](Callback done) {
        readToken(profile, std::move(done));
    });
}

SecretStore::Result SecretStore::writeTokenNow(const QString &profile, const QString &token)
{
    return wait([&](Callback done) {
        writeToken(profile, token, std::move(done));
    });
}

SecretStore::Result SecretStore::removeTokenNow(const QString &profile)
{
    return wait([&](Callback done) {
        removeToken(profile, std::move(done));
    });
}

} // namespace keydesk::profiles
