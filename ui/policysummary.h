#pragma once

#include "app/api/jsonapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace keydesk {

// A policy in the words a sales person uses: "1 year", "up to 3 machines", "must ping every 10 minutes" — read from
// Keygen's policy attributes (wire formats §5) so that nobody has to know what MAINTAIN_ACCESS means.
class PolicySummary final
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::PolicySummary)

public:
    PolicySummary() = delete;

    // "1 year", "30 days", "1 month", "12 hours": a Keygen duration in seconds, in the largest whole unit.
    static QString duration(qint64 seconds);
    // "1 year", "30-day trial", "perpetual".
    static QString term(const api::Resource &policy);
    // "up to 3 machines (floating)", "node-locked: one machine", "floating: any number of machines".
    static QString machines(const api::Resource &policy);
    // One sentence per aspect the policy sets: term, machines, other limits, heartbeat, check-in, overage, key
    // scheme, expiration strategy, pool, protection.
    static QStringList lines(const api::Resource &policy);
    // lines() as an HTML bullet list under the policy's name.
    static QString html(const api::Resource &policy);

    // The expiry Keygen gives a license created at `created` (calendar arithmetic for whole years and months, as
    // Keygen's Duration does); nullopt for perpetual policies and for expiry counted from a first activation, use …
    static std::optional<QDateTime> defaultExpiry(const api::Resource &policy, const QDateTime &created);
    // Whether licenses of this policy get their expiry when they are created (expirationBasis FROM_CREATION).
    static bool expiresFromCreation(const api::Resource &policy);

    // The signing algorithm Keygen uses for license files of this policy's licenses by default: "ed25519",
    // "rsa-pss-sha256", "rsa-sha256" or "ecdsa-p256" (wire formats §1.1).
    static QString defaultFileSigner(const api::Resource &policy);
};

} // namespace keydesk
