#pragma once

// What "Test connection" does: ping the server, fetch the account (its public keys, compared with the pinned ones)
// and ask who the token belongs to (GET …/me), then describe in words whom the token speaks for and what it may do.

#include "app/profiles/profile.h"

#include <QObject>
#include <QPointer>

namespace keydesk::profiles {

struct ConnectionReport
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::profiles::ConnectionReport)

public:
    enum class Step {
        Ping,
        Account,
        Me,
        Done,
    };

    bool ok = false;
    Step failedAt = Step::Done;
    api::ApiError error; // when !ok
    QString accountId;
    QString accountName;
    QList<crypto::PublicKey> keys; // as the server presents them now
    KeyPin pin = KeyPin::FirstUse;
    QString fingerprint; // of `keys`, for the user to compare
    // The bearer: "users", "products", "licenses" or "environments", its role (users) and its resource.
    QString bearerType;
    QString role;
    api::Resource bearer;
    QString tokenKind; // "admin-token", "product-token" … when a token was used

    // "An administrator: Jane Doe <jane@example.com>" — translated.
    QString bearerDescription() const;
    // What such a bearer may do, in one or two translated sentences.
    QString capabilities() const;
    // The failure in one translated sentence, naming the step that failed.
    QString failure() const;
};

class ConnectionTest final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QObject *parent = nullptr);

    // Runs ping → account → me for the profile with the token; finished() follows (also on failure). The account's
    // keys are compared with the profile's pinned ones (report().pin); the answer to `me` must be signed with them.
    void start(const Profile &profile, const QString &token);
    void cancel();

    bool isRunning() const { return m_reply != nullptr; }

    const ConnectionReport &report() const { return m_report; }

Q_SIGNALS:
    void stepStarted(keydesk::profiles::ConnectionReport::Step step);
    void finished(const keydesk::profiles::ConnectionReport &report);

private:
    void run(ConnectionReport::Step step);
    void fail(ConnectionReport::Step step, const api::ApiError &error);

    api::ApiClient m_client;
    Profile m_profile;
    ConnectionReport m_report;
    QPointer<api::ApiReply> m_reply;
};

} // namespace keydesk::profiles
