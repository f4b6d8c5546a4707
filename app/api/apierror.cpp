#include "app/api/apierror.h"

#include "app/api/httpdate.h"

#include <QHash>
#include <QRegularExpression>

#include <climits>

namespace keydesk::api {

namespace {

// What a message needs from an error entry.
struct Context
{
    QString code;
    QString detail;
    QString pointer;

    // The number Keygen puts in parentheses at the end of a detail ("… for license (3)"), else the first
    // integer in the detail ("… divisible by 4"); nullopt when there is none.
    std::optional<qint64> number() const
    {
        static const QRegularExpression parenthesized(QStringLiteral("\\((\\d+)\\)"));
        static const QRegularExpression plain(QStringLiteral("(\\d+)"));
        QRegularExpressionMatchIterator it = parenthesized.globalMatch(detail);
        QString last;
        while (it.hasNext()) {
            last = it.next().captured(1);
        }
        if (last.isEmpty()) {
            last = plain.match(detail).captured(1);
        }
        bool ok = false;
        const qint64 value = last.toLongLong(&ok);
        return ok ? std::optional<qint64>(value) : std::nullopt;
    }

    bool detailSays(const char *words) const { return detail.contains(QLatin1String(words), Qt::CaseInsensitive); }

    bool isRelationship() const { return pointer.startsWith(QLatin1String("/data/relationships/")); }
};

using MessageFunction = QString (*)(const Context &);

// The detail as a sentence: first letter upper case, a full stop at the end.
QString asSentence(QString text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return text;
    }
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!')) && !text.endsWith(QLatin1Char('?'))) {
        text += QLatin1Char('.');
    }
    return text;
}

// "MAX_MACHINES" -> "maxMachines", as the attribute appears in pointers.
QString camelFromSnake(const QString &snake)
{
    QString out;
    bool upper = false;
    for (const QChar c : snake) {
        if (c == QLatin1Char('_')) {
            upper = !out.isEmpty();
            continue;
        }
        out += upper ? c.toUpper() : c.toLower();
        upper = false;
    }
    return out;
}

// "heartbeatCullStrategy" -> "heartbeat cull strategy".
QString wordsFromCamel(const QString &camel)
{
    QString out;
    for (const QChar c : camel) {
        if (c.isUpper() && !out.isEmpty()) {
            out += QLatin1Char(' ');
        }
        out += c.toLower();
    }
    return out;
}

// The translated name of the field an error is about: from the pointer ("/data/attributes/maxMachines"),
// else from the code without its suffix ("MAX_MACHINES_INVALID").
QString fieldLabel(const Context &context, QLatin1String suffix)
{
    QString name = context.pointer.section(QLatin1Char('/'), -1);
    if (name.isEmpty() || name == QLatin1String("data")) {
        name = camelFromSnake(context.code.chopped(qMin(context.code.size(), suffix.size())));
    }
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "name")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "license key")},
        {QStringLiteral("expiry"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "expiry date")},
        {QStringLiteral("fingerprint"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "fingerprint")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "email address")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "password")},
        {QStringLiteral("firstName"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "first name")},
        {QStringLiteral("lastName"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "last name")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "role")},
        {QStringLiteral("metadata"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "metadata")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "code")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "id")},
        {QStringLiteral("duration"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "duration")},
        {QStringLiteral("uses"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "usage count")},
        {QStringLiteral("maxMachines"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "maximum number of machines")},
        {QStringLiteral("maxCores"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "maximum number of CPU cores")},
        {QStringLiteral("maxMemory"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "maximum memory")},
        {QStringLiteral("maxDisk"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "maximum disk space")},
        {QStringLiteral("maxUses"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "maximum number of uses")},
        {QStringLiteral("maxProcesses"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "maximum number of processes")},
        {QStringLiteral("maxUsers"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "maximum number of users")},
        {QStringLiteral("maxLicenses"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "maximum number of licenses")},
        {QStringLiteral("heartbeatDuration"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "heartbeat duration")},
        {QStringLiteral("checkInInterval"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "check-in interval")},
        {QStringLiteral("checkininterval"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "check-in interval")},
        {QStringLiteral("checkInIntervalCount"),
         QT_TRANSLATE_NOOP("keydesk::api::ApiError", "number of check-in intervals")},
        {QStringLiteral("scheme"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "key scheme")},
        {QStringLiteral("cores"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "number of CPU cores")},
        {QStringLiteral("memory"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "memory")},
        {QStringLiteral("disk"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "disk space")},
        {QStringLiteral("hostname"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "host name")},
        {QStringLiteral("ip"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "IP address")},
        {QStringLiteral("platform"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "platform")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "URL")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "version")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "channel")},
        {QStringLiteral("filename"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "file name")},
        {QStringLiteral("policy"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "policy")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "product")},
        {QStringLiteral("license"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "license")},
        {QStringLiteral("machine"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "machine")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "user")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "owner")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "group")},
        {QStringLiteral("release"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "release")},
        {QStringLiteral("environment"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "environment")},
        {QStringLiteral("entitlements"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "entitlements")},
    };
    if (const char *label = labels.value(name)) {
        return QCoreApplication::translate("keydesk::api::ApiError", label);
    }
    return wordsFromCamel(name);
}

// The translated name of a resource named in Keygen's not-found detail ("license", "machine process" …).
QString resourceLabel(const QString &name)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("account"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "account")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "product")},
        {QStringLiteral("policy"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "policy")},
        {QStringLiteral("license"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "license")},
        {QStringLiteral("machine"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "machine")},
        {QStringLiteral("machine process"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "process")},
        {QStringLiteral("process"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "process")},
        {QStringLiteral("machine component"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "component")},
        {QStringLiteral("component"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "component")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "user")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "group")},
        {QStringLiteral("entitlement"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "entitlement")},
        {QStringLiteral("token"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "token")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "pooled key")},
        {QStringLiteral("release"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "release")},
        {QStringLiteral("artifact"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "artifact")},
        {QStringLiteral("release artifact"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "artifact")},
        {QStringLiteral("environment"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "environment")},
        {QStringLiteral("webhook endpoint"), QT_TRANSLATE_NOOP("keydesk::api::ApiError", "webhook endpoint")},
    };
    if (const char *label = labels.value(name)) {
        return QCoreApplication::translate("keydesk::api::ApiError", label);
    }
    return name;
}

// Messages for codes Keygen builds from an attribute name and a validation type (API
// application_controller.rb, render_unprocessable_resource): FINGERPRINT_TAKEN, MAX_MACHINES_INVALID …
QString patternMessage(const Context &context)
{
    const QString &code = context.code;
    auto field = [&context](const char *suffix) {
        return fieldLabel(context, QLatin1String(suffix));
    };
    if (code.endsWith(QLatin1String("_LIMIT_EXCEEDED"))) {
        const auto limit = context.number();
        return limit ? ApiError::tr("The limit for %1 has been reached (at most %2).")
                           .arg(field("_LIMIT_EXCEEDED"))
                           .arg(*limit)
                     : ApiError::tr("The limit for %1 has been reached.").arg(field("_LIMIT_EXCEEDED"));
    }
    if (code.endsWith(QLatin1String("_NOT_FOUND"))) {
        // Keygen answers "must exist" both when none was given and when the one given is unknown.
        if (context.isRelationship() && context.detail.trimmed() == QLatin1String("must exist")) {
            return ApiError::tr("Choose the %1: none is selected, or the selected one does not exist (any more).")
                .arg(field("_NOT_FOUND"));
        }
        return ApiError::tr("The selected %1 does not exist (any more). Choose another one.").arg(field("_NOT_FOUND"));
    }
    if (code.endsWith(QLatin1String("_NOT_ALLOWED"))) {
        return ApiError::tr("The value of the %1 is not one of the allowed values.").arg(field("_NOT_ALLOWED"));
    }
    if (code.endsWith(QLatin1String("_NOT_SUPPORTED"))) {
        return ApiError::tr("The value of the %1 is not supported here: %2")
            .arg(field("_NOT_SUPPORTED"), asSentence(context.detail));
    }
    if (code.endsWith(QLatin1String("_NOT_COMPATIBLE"))) {
        return ApiError::tr("The %1 is not compatible: %2").arg(field("_NOT_COMPATIBLE"), asSentence(context.detail));
    }
    for (const char *suffix : {"_MISSING", "_BLANK", "_REQUIRED"}) {
        if (code.endsWith(QLatin1String(suffix))) {
            return context.isRelationship() ? ApiError::tr("Choose the %1: it is required.").arg(field(suffix))
                                            : ApiError::tr("Enter the %1: it cannot be empty.").arg(field(suffix));
        }
    }
    if (code.endsWith(QLatin1String("_TAKEN"))) {
        return ApiError::tr("This %1 is already in use. Choose another one.").arg(field("_TAKEN"));
    }
    if (code.endsWith(QLatin1String("_CONFLICT"))) {
        return ApiError::tr("The %1 conflicts with the id of an existing item. Choose another one.")
            .arg(field("_CONFLICT"));
    }
    if (code.endsWith(QLatin1String("_TOO_LONG"))) {
        return ApiError::tr("The %1 is too long: %2").arg(field("_TOO_LONG"), asSentence(context.detail));
    }
    if (code.endsWith(QLatin1String("_TOO_SHORT"))) {
        return ApiError::tr("The %1 is too short: %2").arg(field("_TOO_SHORT"), asSentence(context.detail));
    }
    if (code.endsWith(QLatin1String("_INVALID"))) {
        return context.detail.isEmpty() ? ApiError::tr("The value of the %1 is not valid.").arg(field("_INVALID"))
                                        : ApiError::tr("The value of the %1 is not valid: %2")
                                              .arg(field("_INVALID"), asSentence(context.detail));
    }
    return {};
}

// One sentence for each error code Keygen (keygen-errors.md, wire formats §4.2, the licenses and machines
// pages) and the sandbox produce.
const QHash<QString, MessageFunction> &codeMessages()
{
    static const QHash<QString, MessageFunction> messages{
        // Authentication and authorization
        {QStringLiteral("TOKEN_MISSING"),
         [](const Context &) {
        return ApiError::tr("The server needs an API token for this. Add a token to the connection profile.");
         }},
        {QStringLiteral("TOKEN_INVALID"),
         [](const Context &) {
        return ApiError::tr("The API token of this profile is not valid for this account. Check the token or "
                            "create a new one.");
         }},
        {QStringLiteral("TOKEN_FORMAT_INVALID"),
         [](const Context &) {
        return ApiError::tr("The API token has the wrong format: enter the token itself, not the token's id.");
         }},
        {QStringLiteral("TOKEN_EXPIRED"),
         [](const Context &) {
        return ApiError::tr("The API token has expired. Create a new token and save it in the profile.");
         }},
        {QStringLiteral("TOKEN_NOT_ALLOWED"),
         [](const Context &) {
        return ApiError::tr("This API token may not be used for this request.");
         }},
        {QStringLiteral("LICENSE_INVALID"),
         [](const Context &) {
        return ApiError::tr("The license key used to authenticate is not valid.");
         }},
        {QStringLiteral("LICENSE_BANNED"),
         [](const Context &) {
        return ApiError::tr("The license used to authenticate belongs to a banned user.");
         }},
        {QStringLiteral("LICENSE_SUSPENDED"),
         [](const Context &context) {
        return context.detailSays("already") ? ApiError::tr("This license is already suspended.")
                                             : ApiError::tr("This license is suspended, so it cannot be used "
                                                            "to authenticate.");
         }},
        {QStringLiteral("LICENSE_EXPIRED"),
         [](const Context &) {
        return ApiError::tr("This license has expired, so it cannot be used to authenticate.");
         }},
        {QStringLiteral("LICENSE_NOT_ALLOWED"),
         [](const Context &) {
        return ApiError::tr("The license's policy does not allow authenticating with a license key.");
         }},
        {QStringLiteral("USER_BANNED"),
         [](const Context &) {
        return ApiError::tr("This user is banned.");
         }},
        {QStringLiteral("SESSION_INVALID"),
         [](const Context &) {
        return ApiError::tr("The session is not valid. Sign in again.");
         }},
        {QStringLiteral("SESSION_EXPIRED"),
         [](const Context &) {
        return ApiError::tr("The session has expired. Sign in again.");
         }},
        {QStringLiteral("SESSION_NOT_ALLOWED"),
         [](const Context &) {
        return ApiError::tr("A session may not be used for this request. Use an API token.");
         }},
        {QStringLiteral("FORBIDDEN"),
         [](const Context &) {
        return ApiError::tr("This token is not allowed to do that. Use a token with more permissions.");
         }},
        {QStringLiteral("EMAIL_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Enter the email address.");
         }},
        {QStringLiteral("EMAIL_INVALID"),
         [](const Context &) {
        return ApiError::tr("The email address is not valid.");
         }},
        {QStringLiteral("PASSWORD_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Enter the password.");
         }},
        {QStringLiteral("PASSWORD_INVALID"),
         [](const Context &) {
        return ApiError::tr("The email address or the password is wrong.");
         }},
        {QStringLiteral("CREDENTIALS_INVALID"),
         [](const Context &) {
        return ApiError::tr("The email address or the password is wrong.");
         }},
        {QStringLiteral("PASSWORD_NOT_SUPPORTED"),
         [](const Context &) {
        return ApiError::tr("This user cannot sign in with a password. Use an API token instead.");
         }},
        {QStringLiteral("OTP_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Enter the one-time code from your authenticator app.");
         }},
        {QStringLiteral("OTP_INVALID"),
         [](const Context &) {
        return ApiError::tr("The one-time code is wrong or has expired.");
         }},
        {QStringLiteral("SSO_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("This account requires single sign-on. Use an API token instead of a password.");
         }},
        {QStringLiteral("SSO_NOT_SUPPORTED"),
         [](const Context &) {
        return ApiError::tr("Single sign-on is not available for this account.");
         }},

        // The request itself
        {QStringLiteral("NOT_FOUND"),
         [](const Context &context) {
        if (context.detailSays("endpoint")) {
            return ApiError::tr("The server does not offer this function. Check the server address of the "
                                "profile: it may not be a Keygen server, or an older version.");
        }
        if (context.detailSays("requested account")) {
            return ApiError::tr("The account does not exist on this server. Check the account id of the "
                                "profile.");
        }
        // Keygen's detail names the resource: "The requested machine process 'x' was not found".
        static const QRegularExpression named(QStringLiteral("requested ([a-z ]+?)(?: '.*')? was not found"));
        const QString resource = named.match(context.detail).captured(1);
        if (!resource.isEmpty()) {
            return ApiError::tr("The %1 does not exist on the server (any more). Someone may have deleted it.")
                .arg(resourceLabel(resource));
        }
        return ApiError::tr("The requested item does not exist on the server (any more). Someone may have "
                            "deleted it.");
         }},
        {QStringLiteral("TOO_MANY_REQUESTS"),
         [](const Context &) {
        return ApiError::tr("The server's rate limit was reached: too many requests came from this computer in "
                            "a short time. Wait a moment and try again.");
         }},
        {QStringLiteral("SERVICE_UNAVAILABLE"),
         [](const Context &) {
        return ApiError::tr("The server is temporarily unavailable. Try again in a moment.");
         }},
        {QStringLiteral("JSON_INVALID"),
         [](const Context &) {
        return ApiError::tr("The server could not read the request: it is not valid JSON.");
         }},
        {QStringLiteral("ENCODING_INVALID"),
         [](const Context &) {
        return ApiError::tr("The server could not read the request: it contains invalid characters.");
         }},
        {QStringLiteral("MIME_TYPE_INVALID"),
         [](const Context &) {
        return ApiError::tr("The server does not accept the request's content type.");
         }},
        {QStringLiteral("HTTP_METHOD_INVALID"),
         [](const Context &) {
        return ApiError::tr("The server does not accept the request's HTTP method.");
         }},
        {QStringLiteral("INVALID_API_VERSION"),
         [](const Context &) {
        return ApiError::tr("The server does not support the API version Keydesk uses. The server may be too "
                            "old.");
         }},
        {QStringLiteral("ENVIRONMENT_INVALID"),
         [](const Context &) {
        return ApiError::tr("The environment chosen in the profile does not exist on the server.");
         }},
        {QStringLiteral("CONSTRAINT_INVALID"),
         [](const Context &) {
        return ApiError::tr("The version constraint is not valid.");
         }},
        {QStringLiteral("KEY_MISSING"),
         [](const Context &) {
        return ApiError::tr("Enter the license key to validate.");
         }},
        {QStringLiteral("CHECKOUT_ALGORITHM_INVALID"),
         [](const Context &) {
        return ApiError::tr("The server does not support the chosen algorithm for license and machine files.");
         }},
        {QStringLiteral("CHECKOUT_INCLUDE_INVALID"),
         [](const Context &) {
        return ApiError::tr("The file cannot include the chosen related items.");
         }},
        {QStringLiteral("CHECKOUT_TTL_INVALID"),
         [](const Context &context) {
        const auto seconds = context.number();
        return seconds ? ApiError::tr("The file's validity period is too short: it must be at least %1 seconds.")
                             .arg(*seconds)
                       : ApiError::tr("The file's validity period is too short: it must be at least one hour.");
         }},

        // Machines and their limits
        {QStringLiteral("MACHINE_LIMIT_EXCEEDED"),
         [](const Context &context) {
        const auto limit = context.number();
        const bool perUser = context.detailSays("for user");
        if (!limit) {
            return perUser ? ApiError::tr("This user already has as many machines on this license as it "
                                          "allows. Deactivate one first.")
                           : ApiError::tr("This license already has as many machines as it allows. Deactivate "
                                          "one first.");
        }
        if (*limit == 1) {
            return perUser ? ApiError::tr("This user already has the one machine this license allows per "
                                          "user. Deactivate it first.")
                           : ApiError::tr("This license already has its one allowed machine. Deactivate it "
                                          "first.");
        }
        return (perUser ? ApiError::tr("This user already has the maximum of %1 machines this license allows "
                                       "per user. Deactivate one first.")
                        : ApiError::tr("This license already has its maximum of %1 machines. Deactivate one "
                                       "first."))
            .arg(*limit);
         }},
        {QStringLiteral("MACHINE_CORE_LIMIT_EXCEEDED"),
         [](const Context &context) {
        const auto limit = context.number();
        return limit ? ApiError::tr("The machines of this license would have more than its maximum of %1 CPU "
                                    "cores. Deactivate a machine first.")
                           .arg(*limit)
                     : ApiError::tr("The machines of this license would have more CPU cores than it allows. "
                                    "Deactivate a machine first.");
         }},
        {QStringLiteral("GROUP_MACHINE_LIMIT_EXCEEDED"),
         [](const Context &context) {
        const auto limit = context.number();
        return limit ? ApiError::tr("The group already has its maximum of %1 machines.").arg(*limit)
                     : ApiError::tr("The group already has as many machines as it allows.");
         }},
        {QStringLiteral("FINGERPRINT_TAKEN"),
         [](const Context &context) {
        if (context.detailSays("account")) {
            return ApiError::tr("A machine with this fingerprint is already activated in this account.");
        }
        if (context.detailSays("product")) {
            return ApiError::tr("A machine with this fingerprint is already activated for this product.");
        }
        if (context.detailSays("policy")) {
            return ApiError::tr("A machine with this fingerprint is already activated for this policy.");
        }
        return ApiError::tr("A machine with this fingerprint is already activated for this license.");
         }},
        {QStringLiteral("FINGERPRINT_CONFLICT"),
         [](const Context &) {
        return ApiError::tr("The fingerprint equals the id of another machine. Use a different fingerprint.");
         }},
        {QStringLiteral("MACHINE_HEARTBEAT_DEAD"),
         [](const Context &) {
        return ApiError::tr("The machine stopped sending heartbeats and counts as dead. Reset its heartbeat or "
                            "activate it again.");
         }},
        {QStringLiteral("PROCESS_HEARTBEAT_DEAD"),
         [](const Context &) {
        return ApiError::tr("The process stopped sending heartbeats and counts as dead. Start it again.");
         }},

        // Licenses
        {QStringLiteral("USER_LIMIT_EXCEEDED"),
         [](const Context &context) {
        const auto limit = context.number();
        if (limit && *limit == 1) {
            return ApiError::tr("This license already has its one allowed user. Remove the user first.");
        }
        return limit ? ApiError::tr("This license already has its maximum of %1 users. Remove one first.").arg(*limit)
                     : ApiError::tr("This license already has as many users as it allows. Remove one first.");
         }},
        {QStringLiteral("GROUP_LICENSE_LIMIT_EXCEEDED"),
         [](const Context &context) {
        const auto limit = context.number();
        return limit ? ApiError::tr("The group already has its maximum of %1 licenses.").arg(*limit)
                     : ApiError::tr("The group already has as many licenses as it allows.");
         }},
        {QStringLiteral("GROUP_USER_LIMIT_EXCEEDED"),
         [](const Context &context) {
        const auto limit = context.number();
        return limit ? ApiError::tr("The group already has its maximum of %1 users.").arg(*limit)
                     : ApiError::tr("The group already has as many users as it allows.");
         }},
        {QStringLiteral("USES_LIMIT_EXCEEDED"),
         [](const Context &context) {
        const auto limit = context.number();
        return limit ? ApiError::tr("This license has reached its maximum of %1 uses.").arg(*limit)
                     : ApiError::tr("This license has reached its maximum number of uses.");
         }},
        {QStringLiteral("USAGE_EXCEEDED"),
         [](const Context &context) {
        const auto limit = context.number();
        return limit ? ApiError::tr("This license has reached its maximum of %1 uses.").arg(*limit)
                     : ApiError::tr("This license has reached its maximum number of uses.");
         }},
        {QStringLiteral("USES_INVALID"),
         [](const Context &) {
        return ApiError::tr("The usage count of a license cannot go below 0.");
         }},
        {QStringLiteral("LICENSE_NOT_SUSPENDED"),
         [](const Context &) {
        return ApiError::tr("This license is not suspended, so it cannot be reinstated.");
         }},
        {QStringLiteral("LICENSE_NOT_RENEWABLE"),
         [](const Context &) {
        return ApiError::tr("This license cannot be renewed because its policy has no duration.");
         }},
        {QStringLiteral("CHECK_IN_NOT_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("This license does not need check-ins: its policy does not require them.");
         }},
        {QStringLiteral("KEY_CONFLICT"),
         [](const Context &) {
        return ApiError::tr("The license key equals the id of another license. Choose another key.");
         }},
        {QStringLiteral("KEY_TAKEN"),
         [](const Context &) {
        return ApiError::tr("Another license already has this license key. Choose another key.");
         }},
        {QStringLiteral("KEY_NOT_SUPPORTED"),
         [](const Context &) {
        return ApiError::tr("A license key cannot be chosen for a license with legacy encryption.");
         }},
        {QStringLiteral("KEY_BYTE_SIZE_EXCEEDED"),
         [](const Context &context) {
        const auto bytes = context.number();
        return bytes ? ApiError::tr("The license key's data is too long for the policy's RSA scheme: at most %1 "
                                    "bytes.")
                           .arg(*bytes)
                     : ApiError::tr("The license key's data is too long for the policy's RSA scheme.");
         }},
        {QStringLiteral("KEY_JWT_CLAIMS_INVALID"),
         [](const Context &) {
        return ApiError::tr("For a JWT license key, the key must be a JSON object of claims.");
         }},
        {QStringLiteral("POLICY_POOL_EMPTY"),
         [](const Context &) {
        return ApiError::tr("The policy's pool of license keys is empty. Add keys to the pool first.");
         }},
        {QStringLiteral("POLICY_NOT_COMPATIBLE"),
         [](const Context &) {
        return ApiError::tr("The license cannot move to that policy: the policies differ in encryption, key "
                            "pool, key scheme or fingerprint uniqueness.");
         }},
        {QStringLiteral("EXPIRY_INVALID"),
         [](const Context &) {
        return ApiError::tr("The expiry date is not a valid date and time.");
         }},
        {QStringLiteral("METADATA_INVALID"),
         [](const Context &) {
        return ApiError::tr("The metadata must be a set of keys and values.");
         }},
        {QStringLiteral("METADATA_TOO_LONG"),
         [](const Context &context) {
        const auto keys = context.number();
        return keys ? ApiError::tr("The metadata has too many keys: at most %1 are allowed.").arg(*keys)
                    : ApiError::tr("The metadata has too many keys.");
         }},
        {QStringLiteral("OWNER_INVALID"),
         [](const Context &) {
        return ApiError::tr("The owner must be one of the license's users.");
         }},

        // Policies
        {QStringLiteral("SCHEME_NOT_SUPPORTED"),
         [](const Context &) {
        return ApiError::tr("The server does not support the policy's key scheme.");
         }},
        {QStringLiteral("USE_POOL_NOT_SUPPORTED"),
         [](const Context &) {
        return ApiError::tr("A policy with a pool of keys cannot also use encryption or a key scheme.");
         }},
        {QStringLiteral("OVERAGE_STRATEGY_NOT_SUPPORTED"),
         [](const Context &context) {
        if (context.detailSays("node-locked")) {
            return ApiError::tr("The 1.25× and 1.5× overage strategies need a floating policy.");
        }
        const auto divisor = context.number();
        return divisor ? ApiError::tr("This overage strategy needs limits that are divisible by %1.").arg(*divisor)
                       : ApiError::tr("This overage strategy does not fit the policy's limits.");
         }},
        {QStringLiteral("HEARTBEAT_CULL_STRATEGY_NOT_SUPPORTED"),
         [](const Context &) {
        return ApiError::tr("Machines that are always revived must be kept when dead: choose to keep dead "
                            "machines.");
         }},

        // The Keygen account's plan
        {QStringLiteral("ACCOUNT_ALU_LIMIT_EXCEEDED"),
         [](const Context &) {
        return ApiError::tr("The Keygen account has reached the number of active licensed users of its plan. "
                            "Upgrade the plan to add more.");
         }},
        {QStringLiteral("ACCOUNT_LICENSE_LIMIT_EXCEEDED"),
         [](const Context &) {
        return ApiError::tr("The Keygen account has reached the number of licenses of its plan. Upgrade the "
                            "plan to add more.");
         }},
        };
    return messages;
}

// One sentence for each license validation result (licenses page, "Validation codes"; wire formats §6).
const QHash<QString, MessageFunction> &validationMessages()
{
    static const QHash<QString, MessageFunction> messages{
        {QStringLiteral("VALID"),
         [](const Context &) {
        return ApiError::tr("The license is valid.");
         }},
        {QStringLiteral("NOT_FOUND"),
         [](const Context &) {
        return ApiError::tr("The license does not exist.");
         }},
        {QStringLiteral("SUSPENDED"),
         [](const Context &) {
        return ApiError::tr("The license is suspended.");
         }},
        {QStringLiteral("EXPIRED"),
         [](const Context &) {
        return ApiError::tr("The license has expired.");
         }},
        {QStringLiteral("OVERDUE"),
         [](const Context &) {
        return ApiError::tr("The license is overdue for its check-in.");
         }},
        {QStringLiteral("BANNED"),
         [](const Context &) {
        return ApiError::tr("The user who owns the license is banned.");
         }},
        {QStringLiteral("NO_MACHINE"),
         [](const Context &) {
        return ApiError::tr("The license is not activated: its node-locked policy needs exactly one machine.");
         }},
        {QStringLiteral("NO_MACHINES"),
         [](const Context &) {
        return ApiError::tr("The license is not activated: its floating policy needs at least one machine.");
         }},
        {QStringLiteral("TOO_MANY_MACHINES"),
         [](const Context &) {
        return ApiError::tr("The license has more machines than its policy allows.");
         }},
        {QStringLiteral("TOO_MANY_CORES"),
         [](const Context &) {
        return ApiError::tr("The license's machines have more CPU cores than its policy allows.");
         }},
        {QStringLiteral("TOO_MUCH_MEMORY"),
         [](const Context &) {
        return ApiError::tr("The license's machines have more memory than its policy allows.");
         }},
        {QStringLiteral("TOO_MUCH_DISK"),
         [](const Context &) {
        return ApiError::tr("The license's machines have more disk space than its policy allows.");
         }},
        {QStringLiteral("TOO_MANY_PROCESSES"),
         [](const Context &) {
        return ApiError::tr("The license has more processes than its policy allows.");
         }},
        {QStringLiteral("TOO_MANY_USERS"),
         [](const Context &) {
        return ApiError::tr("The license has more users than its policy allows.");
         }},
        {QStringLiteral("HEARTBEAT_NOT_STARTED"),
         [](const Context &) {
        return ApiError::tr("The machine has to send its first heartbeat before the license is valid on it.");
         }},
        {QStringLiteral("HEARTBEAT_DEAD"),
         [](const Context &) {
        return ApiError::tr("The machine stopped sending heartbeats and counts as dead.");
         }},
        {QStringLiteral("FINGERPRINT_SCOPE_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Validating this license needs the machine's fingerprint.");
         }},
        {QStringLiteral("FINGERPRINT_SCOPE_MISMATCH"),
         [](const Context &) {
        return ApiError::tr("The license is not activated on this machine: no machine with this fingerprint.");
         }},
        {QStringLiteral("FINGERPRINT_SCOPE_EMPTY"),
         [](const Context &) {
        return ApiError::tr("The fingerprint given for the validation is empty.");
         }},
        {QStringLiteral("COMPONENTS_SCOPE_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Validating this license needs the machine's components.");
         }},
        {QStringLiteral("COMPONENTS_SCOPE_MISMATCH"),
         [](const Context &) {
        return ApiError::tr("The machine's components do not match the ones activated with the license.");
         }},
        {QStringLiteral("COMPONENTS_SCOPE_EMPTY"),
         [](const Context &) {
        return ApiError::tr("The components given for the validation are empty.");
         }},
        {QStringLiteral("USER_SCOPE_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Validating this license needs the user.");
         }},
        {QStringLiteral("USER_SCOPE_MISMATCH"),
         [](const Context &) {
        return ApiError::tr("The license or the machine belongs to another user.");
         }},
        {QStringLiteral("PRODUCT_SCOPE_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Validating this license needs the product.");
         }},
        {QStringLiteral("PRODUCT_SCOPE_MISMATCH"),
         [](const Context &) {
        return ApiError::tr("The license belongs to another product.");
         }},
        {QStringLiteral("POLICY_SCOPE_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Validating this license needs the policy.");
         }},
        {QStringLiteral("POLICY_SCOPE_MISMATCH"),
         [](const Context &) {
        return ApiError::tr("The license belongs to another policy.");
         }},
        {QStringLiteral("MACHINE_SCOPE_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Validating this license needs the machine.");
         }},
        {QStringLiteral("MACHINE_SCOPE_MISMATCH"),
         [](const Context &) {
        return ApiError::tr("The license is not activated on this machine.");
         }},
        {QStringLiteral("ENTITLEMENTS_MISSING"),
         [](const Context &) {
        return ApiError::tr("The license lacks one or more of the required entitlements.");
         }},
        {QStringLiteral("ENTITLEMENTS_SCOPE_EMPTY"),
         [](const Context &) {
        return ApiError::tr("The entitlements given for the validation are empty.");
         }},
        {QStringLiteral("VERSION_SCOPE_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Validating this license needs the release version.");
         }},
        {QStringLiteral("VERSION_SCOPE_MISMATCH"),
         [](const Context &) {
        return ApiError::tr("The license gives no access to a published release with this version.");
         }},
        {QStringLiteral("CHECKSUM_SCOPE_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Validating this license needs the artifact's checksum.");
         }},
        {QStringLiteral("CHECKSUM_SCOPE_MISMATCH"),
         [](const Context &) {
        return ApiError::tr("The license gives no access to an artifact with this checksum.");
         }},
        {QStringLiteral("ENVIRONMENT_SCOPE_REQUIRED"),
         [](const Context &) {
        return ApiError::tr("Validating this license needs the environment.");
         }},
        {QStringLiteral("ENVIRONMENT_SCOPE_MISMATCH"),
         [](const Context &) {
        return ApiError::tr("The license belongs to another environment.");
         }},
        };
    return messages;
}

} // namespace

// Constructors

ApiError ApiError::fromHttp(int httpStatus, const Document &document, std::optional<int> retryAfterSeconds)
{
    ApiError error;
    error.m_kind = Kind::Http;
    error.m_httpStatus = httpStatus;
    error.m_retryAfter = retryAfterSeconds;
    error.m_errors = document.errors();
    error.m_requestId = document.requestId();
    if (!error.m_errors.isEmpty()) {
        const ErrorObject &first = error.m_errors.constFirst();
        error.m_code = first.code;
        error.m_title = first.title;
        error.m_detail = first.detail;
        error.m_sourcePointer = first.sourcePointer;
        error.m_sourceParameter = first.sourceParameter;
        error.m_sourceHeader = first.sourceHeader;
    }
    return error;
}

ApiError ApiError::fromHttp(int httpStatus, QByteArrayView body, std::optional<int> retryAfterSeconds)
{
    QString problem;
    const std::optional<Document> document = Document::parse(body, &problem);
    ApiError error = fromHttp(httpStatus, document.value_or(Document()), retryAfterSeconds);
    if (!document) {
        error.m_technicalDetail = problem;
    }
    return error;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError networkError, const QString &errorString, bool timedOut)
{
    ApiError error;
    error.m_networkError = networkError;
    error.m_technicalDetail = errorString;
    switch (networkError) {
    case QNetworkReply::NoError:
        error.m_kind = Kind::None;
        break;
    case QNetworkReply::OperationCanceledError:
        error.m_kind = timedOut ? Kind::Timeout : Kind::Cancelled;
        break;
    case QNetworkReply::TimeoutError:
        error.m_kind = Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.m_kind = Kind::Tls;
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolFailure:
        error.m_kind = Kind::Protocol;
        break;
    // The errors Qt derives from an HTTP status, when the caller has no status at hand.
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError: {
        static const QHash<int, int> statuses{
            {QNetworkReply::ProtocolInvalidOperationError, 400},
            {QNetworkReply::AuthenticationRequiredError, 401},
            {QNetworkReply::ContentAccessDenied, 403},
            {QNetworkReply::ContentNotFoundError, 404},
            {QNetworkReply::ContentOperationNotPermittedError, 405},
            {QNetworkReply::ContentConflictError, 409},
            {QNetworkReply::ContentGoneError, 410},
            {QNetworkReply::InternalServerError, 500},
            {QNetworkReply::OperationNotImplementedError, 501},
            {QNetworkReply::ServiceUnavailableError, 503},
        };
        error.m_kind = Kind::Http;
        error.m_httpStatus = statuses.value(networkError);
        break;
    }
    default:
        error.m_kind = Kind::Network;
        break;
    }
    return error;
}

ApiError ApiError::timeout(int seconds)
{
    ApiError error;
    error.m_kind = Kind::Timeout;
    error.m_networkError = QNetworkReply::TimeoutError;
    if (seconds > 0) {
        error.m_technicalDetail = QStringLiteral("no answer within %1 s").arg(seconds);
    }
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.m_kind = Kind::Cancelled;
    error.m_networkError = QNetworkReply::OperationCanceledError;
    return error;
}

ApiError ApiError::signatureFailure(const QString &reason, const QString &technicalDetail)
{
    ApiError error;
    error.m_kind = Kind::Signature;
    error.m_reason = reason;
    error.m_technicalDetail = technicalDetail;
    return error;
}

ApiError ApiError::tlsFailure(const QString &reason, const QString &technicalDetail)
{
    ApiError error;
    error.m_kind = Kind::Tls;
    error.m_reason = reason;
    error.m_technicalDetail = technicalDetail;
    return error;
}

ApiError ApiError::malformedResponse(const QString &reason, int httpStatus)
{
    ApiError error;
    error.m_kind = Kind::Protocol;
    error.m_reason = reason;
    error.m_httpStatus = httpStatus;
    return error;
}

// Messages

QString ApiError::messageForCode(const QString &code, const QString &detail, const QString &sourcePointer)
{
    if (code.isEmpty()) {
        return {};
    }
    const Context context{code, detail, sourcePointer};
    if (const MessageFunction message = codeMessages().value(code)) {
        return message(context);
    }
    return patternMessage(context);
}

QString ApiError::validationMessage(const QString &code)
{
    const MessageFunction message = validationMessages().value(code);
    return message ? message(Context{code, {}, {}}) : QString();
}

QStringList ApiError::knownCodes()
{
    QStringList codes = codeMessages().keys();
    codes.sort();
    return codes;
}

QStringList ApiError::knownValidationCodes()
{
    QStringList codes = validationMessages().keys();
    codes.sort();
    return codes;
}

QString ApiError::statusMessage(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return tr("The server could not process the request.");
    case 401:
        return tr("The server did not accept the credentials of this profile.");
    case 402:
        return tr("The Keygen account's plan does not allow this. Check the account's subscription.");
    case 403:
        return tr("The credentials of this profile are not allowed to do that.");
    case 404:
        return tr("The server has nothing at this address. The item may have been deleted, or the server address "
                  "is wrong.");
    case 405:
        return tr("The server does not support this operation.");
    case 408:
        return tr("The server gave up waiting for the request. Try again.");
    case 409:
        return tr("The change conflicts with another change on the server. Reload and try again.");
    case 422:
        return tr("The server refused the values that were sent. Check your entries.");
    case 429:
        return tr("The server received too many requests in a short time. Wait a moment and try again.");
    case 500:
        return tr("The server had an internal error. Try again later.");
    case 502:
    case 503:
    case 504:
        return tr("The server is temporarily unavailable. Try again later.");
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus < 600) {
        return tr("The server could not complete the request (HTTP status %1). Try again later.").arg(httpStatus);
    }
    if (httpStatus >= 400 && httpStatus < 500) {
        return tr("The server refused the request (HTTP status %1).").arg(httpStatus);
    }
    return tr("The server answered with the unexpected HTTP status %1.").arg(httpStatus);
}

QString ApiError::entryMessage(const ErrorObject &entry) const
{
    if (entry.sourceHeader.compare(QLatin1String("Keygen-Accept-Signature"), Qt::CaseInsensitive) == 0) {
        return tr("The server refused Keydesk's request for signed answers (%1). Choose another signature "
                  "algorithm in the profile.")
            .arg(entry.detail);
    }
    const QString message = messageForCode(entry.code, entry.detail, entry.sourcePointer);
    if (!message.isEmpty()) {
        return message;
    }
    // An unknown code or none: Keygen's own title and detail, which name the problem in English.
    if (!entry.detail.isEmpty()) {
        const QString title = entry.title.isEmpty() ? statusMessage(m_httpStatus) : asSentence(entry.title);
        QString where;
        if (!entry.sourceParameter.isEmpty()) {
            where = tr(" (parameter %1)").arg(entry.sourceParameter);
        }
        QString detail = asSentence(entry.detail);
        if (!where.isEmpty() && detail.endsWith(QLatin1Char('.'))) {
            detail.chop(1);
            where += QLatin1Char('.');
        }
        return tr("%1 %2%3").arg(title, detail, where);
    }
    return statusMessage(m_httpStatus);
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Http: {
        QStringList sentences;
        for (const ErrorObject &entry : m_errors) {
            const QString sentence = entryMessage(entry);
            if (!sentences.contains(sentence)) {
                sentences.append(sentence);
            }
        }
        if (sentences.isEmpty()) {
            sentences.append(statusMessage(m_httpStatus));
        }
        if (m_httpStatus == 429 && m_retryAfter) {
            sentences.append(*m_retryAfter == 1 ? tr("The server asks to wait 1 second.")
                                                : tr("The server asks to wait %1 seconds.").arg(*m_retryAfter));
        }
        return sentences.join(QLatin1Char(' '));
    }
    case Kind::Timeout:
        return tr("The server did not answer in time. Check the connection and try again.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Signature:
        return m_reason.isEmpty() ? tr("The server's answer failed the signature check and was ignored: it may not "
                                       "come from the account's server.")
                                  : m_reason;
    case Kind::Protocol:
        return m_reason.isEmpty() ? tr("The server's answer could not be read. It may not be a Keygen server.")
                                  : tr("The server's answer could not be read. %1").arg(m_reason);
    case Kind::Tls:
        if (!m_reason.isEmpty()) {
            return m_reason;
        }
        return tr("A secure connection to the server could not be established: its certificate is not trusted or "
                  "the encryption failed. Someone may be intercepting the connection.");
    case Kind::Network:
        break;
    }
    switch (m_networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection. Check the server address and port, and whether the server "
                  "is running.");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection before answering. Try again.");
    case QNetworkReply::HostNotFoundError:
        return tr("The server's name could not be found. Check the server address and the internet connection.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network connection was lost. Check the connection and try again.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return tr("The proxy server could not be reached. Check the proxy settings.");
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy server requires a sign-in. Check the proxy settings.");
    case QNetworkReply::TooManyRedirectsError:
        return tr("The server redirected the request too many times. Check the server address.");
    case QNetworkReply::InsecureRedirectError:
        return tr("The server redirected the request to an unencrypted address, so Keydesk stopped.");
    default:
        break;
    }
    return m_technicalDetail.isEmpty() ? tr("The server could not be reached.")
                                       : tr("The server could not be reached: %1").arg(asSentence(m_technicalDetail));
}

QString ApiError::technicalSummary() const
{
    static const char *const kinds[] =
        {"none", "network", "timeout", "http", "signature", "tls", "protocol", "cancelled"};
    QStringList parts{QString::fromLatin1(kinds[int(m_kind)])};
    if (m_httpStatus) {
        parts << QStringLiteral("HTTP %1").arg(m_httpStatus);
    }
    if (m_networkError != QNetworkReply::NoError) {
        parts << QStringLiteral("QNetworkReply::NetworkError %1").arg(int(m_networkError));
    }
    for (const ErrorObject &entry : m_errors) {
        QString text = entry.code.isEmpty() ? entry.title : entry.code;
        if (!entry.detail.isEmpty()) {
            text += QStringLiteral(": ") + entry.detail;
        }
        if (!entry.sourcePointer.isEmpty()) {
            text += QStringLiteral(" [") + entry.sourcePointer + QLatin1Char(']');
        }
        if (!entry.sourceParameter.isEmpty()) {
            text += QStringLiteral(" [parameter ") + entry.sourceParameter + QLatin1Char(']');
        }
        if (!entry.sourceHeader.isEmpty()) {
            text += QStringLiteral(" [header ") + entry.sourceHeader + QLatin1Char(']');
        }
        parts << text;
    }
    if (!m_technicalDetail.isEmpty()) {
        parts << m_technicalDetail;
    }
    if (m_retryAfter) {
        parts << QStringLiteral("retry after %1 s").arg(*m_retryAfter);
    }
    if (!m_requestId.isEmpty()) {
        parts << QStringLiteral("request id ") + m_requestId;
    }
    return parts.join(QStringLiteral("; "));
}

bool ApiError::isRetryable(bool idempotent) const
{
    switch (m_kind) {
    case Kind::Network:
        // Refused or never resolved: the request never reached the server, so it is safe to send again.
        if (m_networkError == QNetworkReply::ConnectionRefusedError
            || m_networkError == QNetworkReply::HostNotFoundError) {
            return true;
        }
        return idempotent && m_networkError != QNetworkReply::TooManyRedirectsError
            && m_networkError != QNetworkReply::InsecureRedirectError
            && m_networkError != QNetworkReply::ProxyAuthenticationRequiredError;
    case Kind::Timeout:
        return idempotent;
    case Kind::Http:
        // Keygen's rate limiter answers 429 before the request is handled. A 503 may come from a proxy after the
        // server acted, so only an idempotent request is sent again then.
        if (m_httpStatus == 429) {
            return true;
        }
        return idempotent && (m_httpStatus == 408 || (m_httpStatus >= 500 && m_httpStatus < 600));
    case Kind::None:
    case Kind::Signature:
    case Kind::Tls:
    case Kind::Protocol:
    case Kind::Cancelled:
        break;
    }
    return false;
}

std::optional<int> ApiError::parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) {
        return seconds < 0 ? std::nullopt : std::optional<int>(int(qMin<qint64>(seconds, INT_MAX)));
    }
    const QDateTime at = parseHttpDate(trimmed);
    if (!at.isValid()) {
        return std::nullopt;
    }
    return int(qBound<qint64>(0, now.secsTo(at), qint64(INT_MAX)));
}

} // namespace keydesk::api
