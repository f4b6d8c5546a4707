#pragma once

// What a support desk is handed when a customer writes in, taken from a filled cache: a machine of theirs (its
// fingerprint), its license, and the email of the license's owner. For tests of searches through related records.

#include "app/cache/cache.h"

namespace keydesk::testing {

struct CustomerMachine
{
    QString licenseId;
    QString fingerprint;
    QString ownerEmail;
};

// The newest of the first 500 machines whose license is cached and has an owner with an email; empty when none.
inline CustomerMachine customerMachine(const cache::Cache &cache)
{
    for (const cache::Row &machine : cache.rows({QStringLiteral("machines"),
                                                 {{QStringLiteral("license"), cache::Filter::Op::IsNotNull, {}}},
                                                 QStringLiteral("created"),
                                                 Qt::DescendingOrder,
                                                 0,
                                                 500},
                                                {QStringLiteral("license"), QStringLiteral("fingerprint")})) {
        const QList<cache::Row> license = cache.rows({QStringLiteral("licenses"),
                                                      {{QStringLiteral("id"),
                                                        cache::Filter::Op::Equals,
                                                        machine.values.at(0)}}},
                                                     {QStringLiteral("ownerEmail")});
        if (!license.isEmpty() && !license.constFirst().values.at(0).toString().isEmpty()) {
            return {machine.values.at(0).toString(),
                    machine.values.at(1).toString(),
                    license.constFirst().values.at(0).toString()};
        }
    }
    return {};
}

} // namespace keydesk::testing
