#include "app/cli/inspectionjson.h"

#include <QJsonArray>

namespace keydesk {

namespace {

QJsonValue timeValue(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(time->toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString signatureId(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::NotChecked:
        return QStringLiteral("not-checked");
    case SignatureStatus::Verified:
        return QStringLiteral("verified");
    case SignatureStatus::Mismatch:
        return QStringLiteral("mismatch");
    }
    return {};
}

QJsonObject factsToJson(const LicenseFacts &facts)
{
    QJsonObject license{
        {QStringLiteral("id"), textValue(facts.licenseId)},
        {QStringLiteral("name"), textValue(facts.name)},
        {QStringLiteral("key"), textValue(facts.key)},
        {QStringLiteral("status"), textValue(facts.status)},
        {QStringLiteral("expiry"), timeValue(facts.expiry)},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("id"), textValue(facts.policyId)},
                     {QStringLiteral("name"), textValue(facts.policyName)}}},
        {QStringLiteral("product"),
         QJsonObject{{QStringLiteral("id"), textValue(facts.productId)},
                     {QStringLiteral("name"), textValue(facts.productName)}}},
        {QStringLiteral("owner"),
         QJsonObject{{QStringLiteral("id"), textValue(facts.ownerId)},
                     {QStringLiteral("email"), textValue(facts.ownerEmail)},
                     {QStringLiteral("name"), textValue(facts.ownerName)}}},
        {QStringLiteral("account"), textValue(facts.accountId)},
        {QStringLiteral("entitlements"), QJsonArray::fromStringList(facts.entitlements)},
        {QStringLiteral("machineCount"),
         facts.machineCount < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(facts.machineCount)},
        {QStringLiteral("maxMachines"),
         facts.maxMachines < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(facts.maxMachines)},
        {QStringLiteral("machineFingerprints"), QJsonArray::fromStringList(facts.machineFingerprints)},
    };
    return license;
}

} // namespace

QString artifactKindId(ArtifactKind kind)
{
    switch (kind) {
    case ArtifactKind::LicenseFile:
        return QStringLiteral("license-file");
    case ArtifactKind::MachineFile:
        return QStringLiteral("machine-file");
    case ArtifactKind::LicenseKey:
        return QStringLiteral("license-key");
    case ArtifactKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject inspectionToJson(const Inspection &inspection, const QString &source)
{
    QJsonArray reasons;
    for (const Reason &reason : inspection.reasons) {
        reasons.append(QJsonObject{{QStringLiteral("code"), reasonId(reason.code)},
                                   {QStringLiteral("severity"), severityId(reason.severity)},
                                   {QStringLiteral("message"), reason.message}});
    }
    QJsonObject object{
        {QStringLiteral("source"), source},
        {QStringLiteral("kind"), artifactKindId(inspection.kind)},
        {QStringLiteral("verdict"), verdictId(inspection.verdict)},
        {QStringLiteral("valid"), inspection.isValid()},
        {QStringLiteral("summary"), inspection.summary()},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("algorithm"), textValue(inspection.algorithm)},
        {QStringLiteral("schemeDetected"), inspection.schemeDetected},
        {QStringLiteral("signature"), signatureId(inspection.signature)},
        {QStringLiteral("publicKeyFingerprint"), textValue(inspection.publicKeyFingerprint)},
        {QStringLiteral("encrypted"), inspection.encrypted},
        {QStringLiteral("decrypted"), inspection.decrypted},
        {QStringLiteral("checkedAt"), timeValue(inspection.checkedAt)},
        {QStringLiteral("issued"), timeValue(inspection.issued)},
        {QStringLiteral("expiry"), timeValue(inspection.expiry)},
        {QStringLiteral("ttl"), inspection.ttl ? QJsonValue(double(*inspection.ttl)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("license"), factsToJson(inspection.facts)},
    };
    if (!inspection.facts.machineId.isEmpty() || inspection.kind == ArtifactKind::MachineFile) {
        object.insert(QStringLiteral("machine"),
                      QJsonObject{{QStringLiteral("id"), textValue(inspection.facts.machineId)},
                                  {QStringLiteral("fingerprint"), textValue(inspection.facts.machineFingerprint)},
                                  {QStringLiteral("name"), textValue(inspection.facts.machineName)},
                                  {QStringLiteral("hostname"), textValue(inspection.facts.machineHostname)},
                                  {QStringLiteral("platform"), textValue(inspection.facts.machinePlatform)}});
    }
    // The decoded content: the JSON:API document of a file, or a key's dataset (JSON, or text when it is not).
    if (!inspection.document.isNull()) {
        object.insert(QStringLiteral("document"),
                      inspection.document.isObject() ? QJsonValue(inspection.document.object())
                                                     : QJsonValue(inspection.document.array()));
    } else if (inspection.decrypted) {
        object.insert(QStringLiteral("document"), QString::fromUtf8(inspection.plaintext));
    } else {
        object.insert(QStringLiteral("document"), QJsonValue(QJsonValue::Null));
    }
    return object;
}

} // namespace keydesk
