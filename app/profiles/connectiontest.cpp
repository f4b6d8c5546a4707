#include "app/profiles/connectiontest.h"

#include "app/api/requests.h"
#include "app/licensing/publickeys.h"

namespace keydesk::profiles {

// ---- The report -------------------------------------------------------------------------------------------------

QString ConnectionReport::bearerDescription() const
{
    const QString name = bearer.stringAttribute(QStringLiteral("name"));
    if (bearerType == QLatin1String("users")) {
        const QString fullName = bearer.stringAttribute(QStringLiteral("fullName"));
        const QString email = bearer.stringAttribute(QStringLiteral("email"));
        const QString who = fullName.isEmpty() ? email : QStringLiteral("%1 <%2>").arg(fullName, email);
        if (role == QLatin1String("admin")) {
            return tr("An administrator: %1").arg(who);
        }
        if (role == QLatin1String("developer")) {
            return tr("A developer: %1").arg(who);
        }
        if (role == QLatin1String("read-only")) {
            return tr("A read-only team member: %1").arg(who);
        }
        if (role == QLatin1String("sales-agent")) {
            return tr("A sales agent: %1").arg(who);
        }
        if (role == QLatin1String("support-agent")) {
            return tr("A support agent: %1").arg(who);
        }
        return tr("A customer (user): %1").arg(who);
    }
    if (bearerType == QLatin1String("products")) {
        return tr("The product %1").arg(name.isEmpty() ? bearer.id() : name);
    }
    if (bearerType == QLatin1String("licenses")) {
        return tr("The license %1").arg(name.isEmpty() ? bearer.id() : name);
    }
    if (bearerType == QLatin1String("environments")) {
        return tr("The environment %1").arg(name.isEmpty() ? bearer.id() : name);
    }
    return tr("Unknown (%1)").arg(bearerType);
}

QString ConnectionReport::capabilities() const
{
    if (bearerType == QLatin1String("users")) {
        if (role == QLatin1String("admin")) {
            return tr("Full access to the account: every product, policy, license, machine, user and release.");
        }
        if (role == QLatin1String("developer")) {
            return tr("Manages products, policies, licenses, machines and releases, but not the account's team.");
        }
        if (role == QLatin1String("read-only")) {
            return tr("Can read everything but change nothing.");
        }
        if (role == QLatin1String("sales-agent")) {
            return tr("Can read everything and create and manage users and licenses.");
        }
        if (role == QLatin1String("support-agent")) {
            return tr("Can read everything and manage licenses and machines for customers.");
        }
        return tr("Sees only their own licenses and machines. For Keydesk you usually want an admin token.");
    }
    if (bearerType == QLatin1String("products")) {
        return tr("Manages its own policies, licenses, machines and releases; sees no other product.");
    }
    if (bearerType == QLatin1String("licenses")) {
        return tr("Sees only this license and its machines: validate, activate and deactivate.");
    }
    if (bearerType == QLatin1String("environments")) {
        return tr("Full access within this environment only.");
    }
    return {};
}

QString ConnectionReport::failure() const
{
    QString step;
    switch (failedAt) {
    case Step::Ping:
        step = tr("The server could not be reached.");
        break;
    case Step::Account:
        step = tr("The account could not be opened.");
        break;
    case Step::Me:
        step = tr("The token was not accepted.");
        break;
    case Step::Done:
        return {};
    }
    return step + QLatin1Char(' ') + error.userMessage();
}

// ---- The test ---------------------------------------------------------------------------------------------------

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
}

void ConnectionTest::start(const Profile &profile, const QString &token)
{
    cancel();
    m_profile = profile;
    m_report = {};
    api::ConnectionSettings settings = profile.connectionSettings();
    settings.maxRetries = 1;
    settings.timeout = std::chrono::milliseconds(15000);
    // The account's answer carries its keys; it is compared with the pinned ones rather than verified with them,
    // so that a change of keys is reported as such. Every answer after it must carry a valid signature.
    settings.signatureMode = api::SignatureMode::Off;
    m_client.setSettings(settings);
    m_client.setCredentials(api::Credentials::token(token));
    run(ConnectionReport::Step::Ping);
}

void ConnectionTest::cancel()
{
    if (m_reply) {
        api::ApiReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ConnectionTest::fail(ConnectionReport::Step step, const api::ApiError &error)
{
    m_report.ok = false;
    m_report.failedAt = step;
    m_report.error = error;
    Q_EMIT finished(m_report);
}

void ConnectionTest::run(ConnectionReport::Step step)
{
    Q_EMIT stepStarted(step);
    api::ApiRequest request = step == ConnectionReport::Step::Ping    ? api::requests::ping()
                            : step == ConnectionReport::Step::Account ? api::requests::account()
                                                                      : api::requests::me();
    api::ApiReply *reply = m_client.send(request, this);
    m_reply = reply;
    connect(reply, &api::ApiReply::finished, this, [this, reply, step] {
        m_reply = nullptr;
        reply->deleteLater();
        if (!reply->ok()) {
            fail(step, reply->error());
            return;
        }
        switch (step) {
        case ConnectionReport::Step::Ping:
            run(ConnectionReport::Step::Account);
            return;
        case ConnectionReport::Step::Account: {
            const api::Resource account = reply->document().resource();
            m_report.accountId = account.id();
            m_report.accountName = account.stringAttribute(QStringLiteral("name"));
            m_report.keys = parsePublicKeys(reply->body());
            if (m_report.keys.isEmpty()) {
                fail(step,
                     api::ApiError::malformedResponse(
                         ConnectionReport::tr("The account does not publish its public keys (meta.keys).")));
                return;
            }
            m_report.fingerprint = keysFingerprint(m_report.keys);
            m_report.pin = compareKeys(m_profile, m_report.keys);
            // From here on every answer must carry the account's signature, made with the keys it presented (which
            // the caller shows for confirmation when they are new or changed).
            api::ConnectionSettings settings = m_client.settings();
            settings.accountId = m_report.accountId;
            settings.publicKeys = m_report.keys;
            settings.signatureMode = m_profile.signatureMode;
            m_client.setSettings(settings);
            run(ConnectionReport::Step::Me);
            return;
        }
        case ConnectionReport::Step::Me: {
            m_report.bearer = reply->document().resource();
            m_report.bearerType = m_report.bearer.type();
            m_report.role = m_report.bearer.stringAttribute(QStringLiteral("role"));
            for (const api::Resource &included : reply->document().included()) {
                if (included.type() == QLatin1String("tokens")) {
                    m_report.tokenKind = included.stringAttribute(QStringLiteral("kind"));
                }
            }
            m_report.ok = true;
            Q_EMIT stepStarted(ConnectionReport::Step::Done);
            Q_EMIT finished(m_report);
            return;
        }
        case ConnectionReport::Step::Done:
            break;
        }
    });
}

} // namespace keydesk::profiles
