#include "app/cli/inspectcommand.h"

#include "app/cli/inspectionjson.h"
#include "app/licensing/inspection.h"
#include "app/licensing/publickeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace keydesk::cli {

namespace {

class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(keydesk::cli::InspectCommand)

public:
    static QString kindName(ArtifactKind kind)
    {
        switch (kind) {
        case ArtifactKind::LicenseFile:
            return tr("license file");
        case ArtifactKind::MachineFile:
            return tr("machine file");
        case ArtifactKind::LicenseKey:
            return tr("license key");
        case ArtifactKind::Unknown:
            break;
        }
        return tr("unknown");
    }

    static QString verdictWord(Verdict verdict)
    {
        switch (verdict) {
        case Verdict::Valid:
            return tr("VALID");
        case Verdict::Incomplete:
            return tr("NOT VERIFIED");
        case Verdict::Expired:
            return tr("EXPIRED");
        case Verdict::NotYetValid:
            return tr("NOT YET VALID");
        case Verdict::Tampered:
            return tr("TAMPERED");
        case Verdict::Unreadable:
            return tr("UNREADABLE");
        }
        return {};
    }

    static QString signatureText(const Inspection &inspection)
    {
        switch (inspection.signature) {
        case SignatureStatus::Verified:
            return tr("verified (key %1…)").arg(inspection.publicKeyFingerprint.left(16));
        case SignatureStatus::Mismatch:
            return tr("DOES NOT MATCH (key %1…)").arg(inspection.publicKeyFingerprint.left(16));
        case SignatureStatus::NotChecked:
            break;
        }
        return tr("not checked");
    }

    static QString timeText(const Inspection &inspection, const std::optional<QDateTime> &time, const QString &none)
    {
        if (!time) {
            return none;
        }
        return tr("%1 (%2)").arg(time->toUTC().toString(Qt::ISODateWithMs),
                                 Inspector::describeDistance(inspection.checkedAt, *time));
    }

    // The human report: a verdict line, then the facts that are known, then the reasons.
    static void printText(QTextStream &out, const Inspection &inspection, const QString &source)
    {
        out << source << ": " << verdictWord(inspection.verdict) << " — " << inspection.summary() << '\n';
        auto line = [&out](const QString &label, const QString &value) {
            if (!value.isEmpty()) {
                out << "  " << QString(label + QLatin1Char(':')).leftJustified(16) << value << '\n';
            }
        };
        auto named = [](const QString &name, const QString &id) {
            return name.isEmpty() ? id : (id.isEmpty() ? name : tr("%1 (%2)").arg(name, id));
        };
        const LicenseFacts &facts = inspection.facts;
        line(tr("Kind"),
             inspection.algorithm.isEmpty() ? kindName(inspection.kind)
                                            : tr("%1, %2%3")
                                                  .arg(kindName(inspection.kind),
                                                       inspection.algorithm,
                                                       inspection.schemeDetected ? tr(" (detected)") : QString()));
        if (inspection.kind != ArtifactKind::Unknown) {
            line(tr("Signature"), signatureText(inspection));
        }
        line(tr("License"), facts.licenseId);
        line(tr("Name"), facts.name);
        line(tr("Key"), facts.key);
        line(tr("Status"), facts.status);
        if (inspection.decrypted && inspection.kind != ArtifactKind::Unknown) {
            line(tr("Expiry"), timeText(inspection, facts.expiry, tr("never")));
        }
        line(tr("Policy"), named(facts.policyName, facts.policyId));
        line(tr("Product"), named(facts.productName, facts.productId));
        line(tr("Owner"), named(facts.ownerEmail, facts.ownerId));
        line(tr("Account"), facts.accountId);
        line(tr("Entitlements"), facts.entitlements.join(QLatin1String(", ")));
        if (facts.machineCount >= 0) {
            line(tr("Machines"),
                 facts.maxMachinesKnown && facts.maxMachines >= 0
                     ? tr("%1 of %2").arg(facts.machineCount).arg(facts.maxMachines)
                     : QString::number(facts.machineCount));
        }
        line(tr("Machine"),
             named(facts.machineHostname.isEmpty() ? facts.machineName : facts.machineHostname, facts.machineId));
        line(tr("Fingerprint"), facts.machineFingerprint);
        if (inspection.kind != ArtifactKind::LicenseKey && inspection.decrypted) {
            line(tr("File issued"), timeText(inspection, inspection.issued, {}));
            line(tr("File expiry"), timeText(inspection, inspection.expiry, tr("never")));
        }
        for (const Reason &reason : inspection.reasons) {
            const char *mark = reason.severity == Severity::Error   ? "✗"
                             : reason.severity == Severity::Warning ? "!"
                                                                    : "✓";
            out << "  " << mark << ' ' << reason.message << '\n';
        }
    }
};

int exitCodeFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return 0;
    case Verdict::Expired:
    case Verdict::NotYetValid:
    case Verdict::Tampered:
        return 1;
    case Verdict::Incomplete:
    case Verdict::Unreadable:
        return 2;
    }
    return 2;
}

// A value that names an existing file is read from it (public keys, license keys and fingerprints saved to disk).
QByteArray valueOrFileContents(const QString &value, QString *error)
{
    const QFileInfo info(value);
    if (value.size() < 4096 && info.isFile()) {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = InspectCommand::tr("Cannot read %1: %2").arg(value, file.errorString());
            return {};
        }
        return file.readAll();
    }
    return value.toUtf8();
}

} // namespace

int runInspect(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *standardInput)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption publicKeyOption(QStringLiteral("public-key"), QString(), QStringLiteral("key"));
    const QCommandLineOption licenseKeyOption(QStringLiteral("license-key"), QString(), QStringLiteral("key"));
    const QCommandLineOption fingerprintOption(QStringLiteral("fingerprint"), QString(), QStringLiteral("fp"));
    const QCommandLineOption schemeOption(QStringLiteral("scheme"), QString(), QStringLiteral("scheme"));
    const QCommandLineOption atOption(QStringLiteral("at"), QString(), QStringLiteral("time"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions(
        {publicKeyOption, licenseKeyOption, fingerprintOption, schemeOption, atOption, jsonOption, helpOption});
    parser.addPositionalArgument(QStringLiteral("files"), QString());

    auto usageError = [&err](const QString &message) {
        err << message << '\n' << InspectCommand::tr("Run keydesk --help for the options.") << '\n';
        err.flush();
        return 2;
    };
    if (!parser.parse(QStringList{QStringLiteral("keydesk inspect")} + arguments)) {
        return usageError(InspectCommand::tr("Invalid arguments: %1").arg(parser.errorText()));
    }
    if (parser.isSet(helpOption)) {
        out << QCoreApplication::translate("keydesk::cli",
                                           "Usage: keydesk inspect FILE... [--public-key KEY]... "
                                           "[--license-key KEY] [--fingerprint FP] [--scheme SCHEME] "
                                           "[--at TIME] [--json]")
            << '\n';
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usageError(InspectCommand::tr("Name at least one file to inspect, or - to read standard input."));
    }

    InspectionInput input;
    QString error;
    for (const QString &value : parser.values(publicKeyOption)) {
        const QByteArray text = valueOrFileContents(value, &error);
        if (!error.isEmpty()) {
            return usageError(error);
        }
        const QList<crypto::PublicKey> keys = parsePublicKeys(text, &error);
        if (keys.isEmpty()) {
            return usageError(error);
        }
        input.publicKeys += keys;
    }
    if (parser.isSet(licenseKeyOption)) {
        input.licenseKey = QString::fromUtf8(valueOrFileContents(parser.value(licenseKeyOption), &error)).trimmed();
    }
    if (parser.isSet(fingerprintOption)) {
        input.fingerprint = QString::fromUtf8(valueOrFileContents(parser.value(fingerprintOption), &error)).trimmed();
    }
    if (!error.isEmpty()) {
        return usageError(error);
    }
    if (parser.isSet(schemeOption)) {
        input.scheme = keySchemeFromName(parser.value(schemeOption));
        if (!input.scheme) {
            return usageError(InspectCommand::tr("Unknown key scheme \"%1\". Use one of ED25519_SIGN, ECDSA_P256_SIGN, "
                                                 "RSA_2048_PKCS1_SIGN_V2, RSA_2048_PKCS1_PSS_SIGN_V2, "
                                                 "RSA_2048_PKCS1_SIGN, RSA_2048_PKCS1_PSS_SIGN, "
                                                 "RSA_2048_PKCS1_ENCRYPT, RSA_2048_JWT_RS256.")
                                  .arg(parser.value(schemeOption)));
        }
    }
    std::optional<FixedClock> fixedClock;
    if (parser.isSet(atOption)) {
        const QDateTime at = QDateTime::fromString(parser.value(atOption), Qt::ISODateWithMs);
        if (!at.isValid()) {
            return usageError(InspectCommand::tr("\"%1\" is not an ISO 8601 time such as 2025-01-31T12:00:00Z.")
                                  .arg(parser.value(atOption)));
        }
        fixedClock.emplace(at.toUTC());
    }
    const Inspector inspector(fixedClock ? static_cast<const Clock &>(*fixedClock) : Clock::system());
    const bool json = parser.isSet(jsonOption);

    int worst = 0;
    QJsonArray results;
    for (const QString &file : files) {
        QByteArray data;
        if (file == QLatin1String("-")) {
            QFile in;
            QIODevice *device = standardInput;
            if (!device) {
                if (!in.open(stdin, QIODevice::ReadOnly)) {
                    return usageError(InspectCommand::tr("Cannot read standard input."));
                }
                device = &in;
            }
            data = device->readAll();
        } else {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly)) {
                const QString message = InspectCommand::tr("Cannot read %1: %2").arg(file, in.errorString());
                err << message << '\n';
                if (json) {
                    results.append(QJsonObject{{QStringLiteral("source"), file},
                                               {QStringLiteral("verdict"), QStringLiteral("unreadable")},
                                               {QStringLiteral("valid"), false},
                                               {QStringLiteral("error"), message}});
                }
                worst = qMax(worst, 2);
                continue;
            }
            // Keys and license files are small; anything huge is not one of them.
            data = in.read(16 * 1024 * 1024);
        }
        input.data = data;
        const Inspection inspection = inspector.inspect(input);
        worst = qMax(worst, exitCodeFor(inspection.verdict));
        if (json) {
            results.append(inspectionToJson(inspection, file));
        } else {
            if (&file != &files.constFirst()) {
                out << '\n';
            }
            InspectCommand::printText(out, inspection, file);
        }
    }
    if (json) {
        const QJsonObject document{{QStringLiteral("keydesk"), QCoreApplication::applicationVersion()},
                                   {QStringLiteral("exitCode"), worst},
                                   {QStringLiteral("results"), results}};
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    }
    out.flush();
    err.flush();
    return worst;
}

} // namespace keydesk::cli
