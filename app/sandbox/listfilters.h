#pragma once

#include "app/sandbox/jsonapi.h"

#include <optional>
#include <variant>

namespace keydesk::sandbox {

struct ResourceSpec;

// Reads the query parameters Keygen documents for listing a type into the query: ids of to-one relationships
// (?product=, ?policy= …, an owner also by email, a license also by key), and the type's own filters (licenses:
// status, expires[…], expired[…], activity[…], assigned, unassigned, activated, activations[…], user, machine;
// machines: fingerprint, ip, hostname, policy, key; users: status, assigned, product, roles[]; metadata[…] for all).
// A malformed value is answered 400 with the parameter named.
std::optional<Response> readListFilters(const SandboxStore &store,
                                        const ResourceSpec &spec,
                                        const Request &request,
                                        ListQuery &query);

struct Page
{
    QList<StoredResource> resources;
    QJsonObject links;
};

// Reads limit, page[number], page[size], page[cursor] and order as Keygen does and lists that page of the query;
// an error response when a parameter is invalid.
std::variant<Page, Response> paginate(const SandboxStore &store, const Request &request, ListQuery query);

// "30d", "2w", "12h", "90m", "45s", "6mo", "1y", plain seconds, or ISO 8601 ("P30D", "PT12H"); nullopt if malformed.
std::optional<qint64> parseDurationSeconds(const QString &text);

} // namespace keydesk::sandbox
