#pragma once

#include "app/licensing/clock.h"

#include <QString>

#include <functional>

namespace keydesk::sandbox {

struct Account;
class SandboxStore;

// The most licenses `keydesk sandbox --demo N` seeds.
inline constexpr qint64 kMaxDemoLicenses = 10'000'000;

// How many resources of each type a demo seed wrote.
struct DemoDataCounts
{
    qint64 products = 0;
    qint64 policies = 0;
    qint64 entitlements = 0;
    qint64 releases = 0;
    qint64 artifacts = 0;
    qint64 groups = 0;
    qint64 users = 0;
    qint64 licenses = 0;
    qint64 machines = 0;
    qint64 policyEntitlements = 0;  // policy-entitlements: what each policy includes
    qint64 licenseEntitlements = 0; // license-entitlements: add-ons on single licenses
    qint64 licenseUsers = 0;        // license-users: further users of team licenses
};

// Whether the account already holds licenses or the demo catalog, so that seeding again would duplicate data.
bool hasDemoData(const SandboxStore &store, const Account &account);

// Seeds the account with what a software vendor's Keygen account looks like after three years: products, policies
// of every kind, entitlements (each policy's, and add-ons on some licenses), releases with artifacts on several
// channels, and `licenses` licenses with their owners (and, on some team licenses, further users), groups, machines
// and support metadata. Rows are written straight into the store in one transaction, in
// the storage format of the resource specs. The data is deterministic (a fixed random seed; timestamps relative to
// the clock's UTC midnight, so the same all day); ids follow the account. Refuses, with `error` set, when
// hasDemoData(). `progress` is called with the number of licenses written so far, every 10,000 licenses and at the
// end.
bool seedDemoData(SandboxStore &store,
                  const Account &account,
                  qint64 licenses,
                  QString *error,
                  const std::function<void(qint64 done)> &progress = {},
                  DemoDataCounts *counts = nullptr,
                  const Clock &clock = Clock::system());

} // namespace keydesk::sandbox
