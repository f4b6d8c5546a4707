#pragma once

#include "app/licensing/inspection.h"

#include <QJsonObject>

namespace keydesk {

// The stable JSON form of an inspection (documented in the README under "keydesk inspect --json").
QJsonObject inspectionToJson(const Inspection &inspection, const QString &source);

// "license-file", "machine-file", "license-key", "unknown".
QString artifactKindId(ArtifactKind kind);

} // namespace keydesk
