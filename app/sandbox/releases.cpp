// Releases and their artifacts: specs, publish and yank, artifacts under a release, entitlement constraints.

#include "app/sandbox/jsonapi.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxserver.h"

namespace keydesk::sandbox {

const ResourceSpec &releaseSpec()
{
    static const ResourceSpec spec{
        QStringLiteral("releases"),
        QStringLiteral("version"),
        {{QStringLiteral("name")},
         {QStringLiteral("description")},
         {QStringLiteral("channel"), QJsonValue::Null, true},
         {QStringLiteral("status"), QStringLiteral("DRAFT")},
         {QStringLiteral("tag")},
         {QStringLiteral("version"), QJsonValue::Null, true},
         {QStringLiteral("semver"), QJsonValue::Null, false, false},
         {QStringLiteral("backdated")},
         {QStringLiteral("yanked"), QJsonValue::Null, false, false}},
        {{QStringLiteral("product"), QStringLiteral("products"), true, true}},
        {},
        {},
        false,
    };
    return spec;
}

const ResourceSpec &artifactSpec()
{
    static const ResourceSpec spec{
        QStringLiteral("artifacts"),
        QStringLiteral("filename"),
        {{QStringLiteral("filename"), QJsonValue::Null, true},
         {QStringLiteral("filetype")},
         {QStringLiteral("filesize")},
         {QStringLiteral("platform")},
         {QStringLiteral("arch")},
         {QStringLiteral("signature")},
         {QStringLiteral("checksum")},
         {QStringLiteral("status"), QStringLiteral("WAITING"), false, false}},
        {{QStringLiteral("release"), QStringLiteral("releases"), true, true},
         {QStringLiteral("product"), QStringLiteral("products"), true, false, false}},
        {},
        {},
        false,
    };
    return spec;
}

void SandboxServer::addReleaseRoutes()
{
}

} // namespace keydesk::sandbox
