#include "ui/policysummary.h"

#include <QLocale>

namespace keydesk {

namespace {

// Keygen's ActiveSupport durations: a year is 365.2425 days, a month a twelfth of that.
constexpr qint64 kYear = 31556952;
constexpr qint64 kMonth = 2629746;
constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;
constexpr qint64 kMinute = 60;

QString text(const api::Resource &policy, const char *name)
{
    return policy.stringAttribute(QLatin1String(name));
}

std::optional<qint64> number(const api::Resource &policy, const char *name)
{
    return policy.integerAttribute(QLatin1String(name));
}

bool flag(const api::Resource &policy, const char *name)
{
    return policy.boolAttribute(QLatin1String(name));
}

// Singular and plural are separate source strings (rather than %n) so that English needs no translation file, as
// Inspector::describeDistance does.
QString count(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace

QString PolicySummary::duration(qint64 seconds)
{
    if (seconds >= kYear && seconds % kYear == 0) {
        return count(seconds / kYear, tr("1 year"), tr("%1 years"));
    }
    if (seconds >= kMonth && seconds % kMonth == 0) {
        return count(seconds / kMonth, tr("1 month"), tr("%1 months"));
    }
    if (seconds >= kDay && seconds % kDay == 0) {
        return count(seconds / kDay, tr("1 day"), tr("%1 days"));
    }
    if (seconds >= kHour && seconds % kHour == 0) {
        return count(seconds / kHour, tr("1 hour"), tr("%1 hours"));
    }
    if (seconds >= kMinute && seconds % kMinute == 0) {
        return count(seconds / kMinute, tr("1 minute"), tr("%1 minutes"));
    }
    return count(seconds, tr("1 second"), tr("%1 seconds"));
}

QString PolicySummary::term(const api::Resource &policy)
{
    const std::optional<qint64> seconds = number(policy, "duration");
    if (!seconds || *seconds <= 0) {
        return tr("perpetual");
    }
    // Keygen has no trial flag: a short policy that says "trial" in its name is one.
    const bool trial = text(policy, "name").contains(QLatin1String("trial"), Qt::CaseInsensitive);
    if (trial && *seconds % kDay == 0 && *seconds <= 90 * kDay) {
        return tr("%1-day trial").arg(*seconds / kDay);
    }
    return duration(*seconds);
}

QString PolicySummary::machines(const api::Resource &policy)
{
    const std::optional<qint64> max = number(policy, "maxMachines");
    if (!flag(policy, "floating")) {
        return tr("node-locked: one machine");
    }
    if (!max) {
        return tr("floating: any number of machines");
    }
    return count(*max, tr("floating: up to 1 machine"), tr("floating: up to %1 machines"));
}

bool PolicySummary::expiresFromCreation(const api::Resource &policy)
{
    const QString basis = text(policy, "expirationBasis");
    return basis.isEmpty() || basis == QLatin1String("FROM_CREATION");
}

std::optional<QDateTime> PolicySummary::defaultExpiry(const api::Resource &policy, const QDateTime &created)
{
    const std::optional<qint64> seconds = number(policy, "duration");
    if (!seconds || *seconds <= 0 || !expiresFromCreation(policy)) {
        return std::nullopt;
    }
    if (*seconds % kYear == 0) {
        return created.addYears(int(*seconds / kYear));
    }
    if (*seconds % kMonth == 0) {
        return created.addMonths(int(*seconds / kMonth));
    }
    return created.addSecs(*seconds);
}

QString PolicySummary::defaultFileSigner(const api::Resource &policy)
{
    const QString scheme = text(policy, "scheme");
    if (scheme.startsWith(QLatin1String("RSA_2048_PKCS1_PSS_SIGN"))) {
        return QStringLiteral("rsa-pss-sha256");
    }
    if (scheme.startsWith(QLatin1String("RSA_2048"))) {
        return QStringLiteral("rsa-sha256");
    }
    if (scheme == QLatin1String("ECDSA_P256_SIGN")) {
        return QStringLiteral("ecdsa-p256");
    }
    return QStringLiteral("ed25519");
}

QStringList PolicySummary::lines(const api::Resource &policy)
{
    QStringList out;

    // Term and when it starts.
    const QString termText = term(policy);
    if (!number(policy, "duration")) {
        out << tr("Perpetual: licenses never expire.");
    } else {
        const QString basis = text(policy, "expirationBasis");
        QString start;
        if (basis == QLatin1String("FROM_FIRST_ACTIVATION")) {
            start = tr("counted from the first activation");
        } else if (basis == QLatin1String("FROM_FIRST_VALIDATION")) {
            start = tr("counted from the first validation");
        } else if (basis == QLatin1String("FROM_FIRST_DOWNLOAD")) {
            start = tr("counted from the first download");
        } else if (basis == QLatin1String("FROM_FIRST_USE")) {
            start = tr("counted from the first use");
        } else {
            start = tr("counted from the day the license is created");
        }
        out << tr("Term: %1, %2.").arg(termText, start);
    }

    // Machines and other limits.
    QString machineText = machines(policy);
    machineText[0] = machineText.at(0).toUpper();
    out << machineText + QLatin1Char('.');
    QStringList limits;
    if (const auto users = number(policy, "maxUsers")) {
        limits << count(*users, tr("1 user"), tr("%1 users"));
    }
    if (const auto cores = number(policy, "maxCores")) {
        limits << count(*cores, tr("1 CPU core"), tr("%1 CPU cores"));
    }
    if (const auto processes = number(policy, "maxProcesses")) {
        limits << count(*processes, tr("1 process"), tr("%1 processes"));
    }
    if (const auto uses = number(policy, "maxUses")) {
        limits << count(*uses, tr("1 use"), tr("%1 uses"));
    }
    if (!limits.isEmpty()) {
        out << tr("Up to %1.").arg(QLocale().createSeparatedList(limits));
    }

    // Heartbeat and check-in: what the customer's software must do to keep working.
    if (flag(policy, "requireHeartbeat")) {
        const std::optional<qint64> every = number(policy, "heartbeatDuration");
        QString sentence = every ? tr("Machines must ping every %1.").arg(duration(*every))
                                 : tr("Machines must send heartbeat pings.");
        sentence += QLatin1Char(' ');
        sentence += text(policy, "heartbeatCullStrategy") == QLatin1String("KEEP_DEAD")
                      ? tr("Machines that stop pinging are kept, but fail validation.")
                      : tr("Machines that stop pinging are deactivated.");
        out << sentence;
    } else {
        out << tr("No heartbeat required.");
    }
    if (flag(policy, "requireCheckIn")) {
        const QString interval = text(policy, "checkInInterval");
        const qint64 n = number(policy, "checkInIntervalCount").value_or(1);
        QString every;
        if (interval == QLatin1String("day")) {
            every = count(n, tr("every day"), tr("every %1 days"));
        } else if (interval == QLatin1String("week")) {
            every = count(n, tr("every week"), tr("every %1 weeks"));
        } else if (interval == QLatin1String("month")) {
            every = count(n, tr("every month"), tr("every %1 months"));
        } else {
            every = count(n, tr("every year"), tr("every %1 years"));
        }
        out << tr("The license must check in %1.").arg(every);
    }

    // Overage.
    const QString overage = text(policy, "overageStrategy");
    if (overage == QLatin1String("ALWAYS_ALLOW_OVERAGE")) {
        out << tr("Overage: limits may always be exceeded.");
    } else if (overage == QLatin1String("ALLOW_1_25X_OVERAGE")) {
        out << tr("Overage: limits may be exceeded by 25%.");
    } else if (overage == QLatin1String("ALLOW_1_5X_OVERAGE")) {
        out << tr("Overage: limits may be exceeded by 50%.");
    } else if (overage == QLatin1String("ALLOW_2X_OVERAGE")) {
        out << tr("Overage: limits may be exceeded up to twice.");
    } else {
        out << tr("No overage: limits are strict.");
    }

    // The key.
    const QString scheme = text(policy, "scheme");
    if (flag(policy, "usePool")) {
        out << tr("Keys come from a pool of pre-made keys.");
    } else if (scheme.isEmpty()) {
        out << (flag(policy, "encrypted") ? tr("Key: encrypted (legacy).") : tr("Key: a plain random key."));
    } else if (scheme == QLatin1String("ED25519_SIGN")) {
        out << tr("Key: signed key (Ed25519), verifiable offline.");
    } else if (scheme == QLatin1String("ECDSA_P256_SIGN")) {
        out << tr("Key: signed key (ECDSA P-256), verifiable offline.");
    } else if (scheme.startsWith(QLatin1String("RSA_2048_PKCS1_PSS_SIGN"))) {
        out << tr("Key: signed key (RSA-PSS), verifiable offline.");
    } else if (scheme == QLatin1String("RSA_2048_JWT_RS256")) {
        out << tr("Key: signed JSON Web Token (RS256), verifiable offline.");
    } else if (scheme == QLatin1String("RSA_2048_PKCS1_ENCRYPT") || scheme == QLatin1String("LEGACY_ENCRYPT")) {
        out << tr("Key: encrypted key (%1).").arg(scheme);
    } else {
        out << tr("Key: signed key (%1), verifiable offline.").arg(scheme);
    }

    // What happens at expiry (only meaningful for licenses that can expire).
    if (number(policy, "duration")) {
        const QString strategy = text(policy, "expirationStrategy");
        if (strategy == QLatin1String("REVOKE_ACCESS")) {
            out << tr("After expiry: access is revoked, including to past releases.");
        } else if (strategy == QLatin1String("MAINTAIN_ACCESS")) {
            out << tr("After expiry: validation still passes; releases published before expiry stay available.");
        } else if (strategy == QLatin1String("ALLOW_ACCESS")) {
            out << tr("After expiry: validation still passes and every release stays available.");
        } else {
            out << tr("After expiry: validation fails; releases published before expiry stay available.");
        }
    }
    if (flag(policy, "protected")) {
        out << tr("Protected: customers cannot activate or remove machines themselves.");
    }
    return out;
}

QString PolicySummary::html(const api::Resource &policy)
{
    QString out = QStringLiteral("<b>%1</b><ul style=\"margin-left:-20px\">").arg(text(policy, "name").toHtmlEscaped());
    for (const QString &line : lines(policy)) {
        out += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    out += QStringLiteral("</ul>");
    return out;
}

} // namespace keydesk
