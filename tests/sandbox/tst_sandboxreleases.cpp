// Releases and artifacts in the sandbox, over real HTTP: the documented attribute sets, version and channel rules,
// lookups by id, version, tag and filename, publish and yank, list filters, entitlement constraints, upgrades, the
// upload (307) and download (303) links, and who sees what (admin, product, license, user, anonymous).

#include "app/licensing/issuing.h"
#include "app/sandbox/demodata.h"
#include "sandboxclient.h"

#include <QCryptographicHash>
#include <QTest>
#include <QUrlQuery>

using namespace keydesk;
using namespace keydesk::sandbox;
using keydesk::test::Reply;
using keydesk::test::SandboxClient;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

QJsonObject relationshipsOf(const QJsonObject &resource)
{
    return resource.value(QLatin1String("relationships")).toObject();
}

QString relatedId(const QJsonObject &resource, const char *name)
{
    return relationshipsOf(resource)
        .value(QLatin1String(name))
        .toObject()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

QStringList idsOf(const Reply &reply)
{
    QStringList ids;
    for (const QJsonValue &value : reply.list()) {
        ids.append(value.toObject().value(QLatin1String("id")).toString());
    }
    return ids;
}

QStringList versionsOf(const Reply &reply)
{
    QStringList versions;
    for (const QJsonValue &value : reply.list()) {
        versions.append(
            value.toObject().value(QLatin1String("attributes")).toObject().value(QLatin1String("version")).toString());
    }
    return versions;
}

QByteArray document(const QJsonObject &data)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
}

QByteArray documentOf(const QJsonArray &data)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
}

QJsonObject constraintOn(const QString &entitlement)
{
    return {{QStringLiteral("type"), QStringLiteral("constraints")},
            {QStringLiteral("relationships"),
             QJsonObject{{QStringLiteral("entitlement"),
                          SandboxClient::relation(QStringLiteral("entitlements"), entitlement)}}}};
}

QByteArray patchOf(const char *type, const QJsonObject &attributes)
{
    return document({{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("attributes"), attributes}});
}

} // namespace

class TestSandboxReleases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseObjectAsDocumented();
    void versionAndChannelRules_data();
    void versionAndChannelRules();
    void versionAndTagUniquePerProduct();
    void retrieveByIdVersionOrTag();
    void updateOnlyWhatKeygenUpdates();
    void publishAndYank();
    void listFilters();
    void pagination();
    void entitlementConstraints();
    void constraintsWithTheRelease();
    void upgrade();
    void artifactObjectAsDocumented();
    void uploadLink();
    void downloadRedirect();
    void artifactRules();
    void artifactUpdateAndYank();
    void artifactFilters();
    void uploadWindowExpires();
    void deleteReleaseDeletesItsArtifacts();
    void productSeesOnlyItsOwn();
    void licenseSeesPublishedEntitledReleases();
    void licenseAccessWindow();
    void userSeesThroughItsLicenses();
    void anonymousSeesOpenProducts();
    void environments();
    void demoDataFitsTheSpecs();

private:
    Reply as(const QString &token,
             const QByteArray &method,
             const QString &path,
             const QByteArray &body = {},
             const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QList<QPair<QByteArray, QByteArray>> all = headers;
        if (!token.isEmpty()) {
            all.append({"Authorization", "Bearer " + token.toLatin1()});
        }
        return m_client.send(method, m_client.accountPath() + path, body, all, false);
    }

    Reply get(const QString &path) { return m_client.send("GET", m_client.accountPath() + path); }

    // Follows a link the sandbox handed out (upload or download), without credentials, as a browser or curl would.
    Reply follow(const QByteArray &method, const QString &link, const QByteArray &body = {})
    {
        const QUrl url(link);
        return m_client.send(method, url.path() + QLatin1Char('?') + url.query(QUrl::FullyEncoded), body, {}, false);
    }

    QString tokenFor(const QString &type, const QString &id)
    {
        return m_client.send("POST", m_client.accountPath() + u'/' + type + u'/' + id + QStringLiteral("/tokens"))
            .attributes()
            .value(QLatin1String("token"))
            .toString();
    }

    QString product(const QString &name, const QString &distribution)
    {
        return m_client
            .create(QStringLiteral("products"),
                    {{QStringLiteral("name"), name}, {QStringLiteral("distributionStrategy"), distribution}})
            .id();
    }

    QString entitlement(const QString &code)
    {
        return m_client
            .create(QStringLiteral("entitlements"), {{QStringLiteral("name"), code}, {QStringLiteral("code"), code}})
            .id();
    }

    // A release with the given status (created as a draft, then published or yanked through the actions).
    QString release(const QString &productId,
                    const QString &version,
                    const QString &channel,
                    const char *status = "PUBLISHED",
                    const QJsonObject &attributes = {})
    {
        const Reply created = m_client.createRelease(productId, version, channel, attributes);
        if (created.status != 201) {
            qWarning("release %s: %d %s", qPrintable(version), created.status, created.body.constData());
            return {};
        }
        if (qstrcmp(status, "PUBLISHED") == 0 || qstrcmp(status, "YANKED") == 0) {
            const char *action = qstrcmp(status, "PUBLISHED") == 0 ? "publish" : "yank";
            m_client.send("POST",
                          m_client.accountPath() + QStringLiteral("/releases/") + created.id()
                              + QStringLiteral("/actions/") + QLatin1String(action));
        }
        return created.id();
    }

    // An artifact whose file was uploaded through its upload link.
    QString uploaded(const QString &releaseId, const QString &filename, const QJsonObject &attributes = {})
    {
        const Reply created = m_client.createArtifact(releaseId, filename, attributes);
        if (created.status != 307) {
            qWarning("artifact %s: %d %s", qPrintable(filename), created.status, created.body.constData());
            return {};
        }
        follow("PUT", QString::fromLatin1(created.headers.value("location")), QByteArray(1234, 'x'));
        return created.id();
    }

    QString attach(const QString &licenseId, const QString &entitlementId)
    {
        const Reply reply = m_client.send("POST",
                                          m_client.accountPath() + QStringLiteral("/licenses/") + licenseId
                                              + QStringLiteral("/entitlements"),
                                          documentOf(
                                              {QJsonObject{{QStringLiteral("type"), QStringLiteral("entitlements")},
                                                           {QStringLiteral("id"), entitlementId}}}));
        return reply.status == 200 || reply.status == 201 ? QString() : QString::fromUtf8(reply.body);
    }

    SandboxServer m_server;
    SandboxClient m_client{m_server};
    QString m_licensed; // a LICENSED product
    QString m_other;    // another LICENSED product
    QString m_open;     // an OPEN product
    QString m_closed;   // a CLOSED product
    QString m_pro;      // entitlement PRO
    QString m_enterprise;
    QString m_policy;
    QString m_license;    // of m_licensed, entitled to PRO
    QString m_unentitled; // of m_licensed, no entitlements
    QString m_licenseToken;
    QString m_unentitledToken;
    QString m_productToken;
};

void TestSandboxReleases::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_client.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_licensed = product(QStringLiteral("Studio"), QStringLiteral("LICENSED"));
    m_other = product(QStringLiteral("Other"), QStringLiteral("LICENSED"));
    m_open = product(QStringLiteral("Viewer"), QStringLiteral("OPEN"));
    m_closed = product(QStringLiteral("Internal"), QStringLiteral("CLOSED"));
    QVERIFY(!m_licensed.isEmpty() && !m_other.isEmpty() && !m_open.isEmpty() && !m_closed.isEmpty());
    m_pro = entitlement(QStringLiteral("PRO"));
    m_enterprise = entitlement(QStringLiteral("ENTERPRISE"));
    QVERIFY(!m_pro.isEmpty() && !m_enterprise.isEmpty());
    m_policy = m_client.createPolicy(m_licensed).id();
    m_license = m_client.createLicense(m_policy).id();
    m_unentitled = m_client.createLicense(m_policy).id();
    QVERIFY(!m_license.isEmpty() && !m_unentitled.isEmpty());
    QCOMPARE(attach(m_license, m_pro), QString());
    m_licenseToken = tokenFor(QStringLiteral("licenses"), m_license);
    m_unentitledToken = tokenFor(QStringLiteral("licenses"), m_unentitled);
    m_productToken = tokenFor(QStringLiteral("products"), m_licensed);
    QVERIFY(!m_licenseToken.isEmpty() && !m_unentitledToken.isEmpty() && !m_productToken.isEmpty());
}

void TestSandboxReleases::releaseObjectAsDocumented()
{
    const Reply created = m_client.createRelease(m_licensed,
                                                 QStringLiteral("2.0.0-beta.2"),
                                                 QStringLiteral("beta"),
                                                 {{QStringLiteral("name"), QStringLiteral("Studio v2.0.0-beta.2")},
                                                  {QStringLiteral("tag"), QStringLiteral("beta")},
                                                  {QStringLiteral("metadata"),
                                                   QJsonObject{{QStringLiteral("sha"), 1}}}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.data().value(QLatin1String("type")).toString(), QStringLiteral("releases"));
    // The attributes of the docs' example release (and of Keygen's serializer), nothing else.
    QCOMPARE(sorted(created.attributes().keys()),
             sorted(words("name description channel status tag version semver metadata created updated backdated "
                          "yanked")));
    const QJsonObject a = created.attributes();
    QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("DRAFT"));
    QCOMPARE(a.value(QLatin1String("channel")).toString(), QStringLiteral("beta"));
    QCOMPARE(a.value(QLatin1String("version")).toString(), QStringLiteral("2.0.0-beta.2"));
    QVERIFY(a.value(QLatin1String("yanked")).isNull());
    QVERIFY(a.value(QLatin1String("backdated")).isNull());
    QVERIFY(a.value(QLatin1String("description")).isNull());
    QCOMPARE(a.value(QLatin1String("metadata")).toObject().value(QLatin1String("sha")).toInt(), 1);
    const QJsonObject semver = a.value(QLatin1String("semver")).toObject();
    QCOMPARE(sorted(semver.keys()), sorted(words("major minor patch prerelease build")));
    QCOMPARE(semver.value(QLatin1String("major")).toInt(), 2);
    QCOMPARE(semver.value(QLatin1String("minor")).toInt(), 0);
    QCOMPARE(semver.value(QLatin1String("prerelease")).toString(), QStringLiteral("beta.2"));
    QVERIFY(semver.value(QLatin1String("build")).isNull());

    // Relationships: account, environment (Keygen EE; none here), product (with data), package (none), entitlements,
    // constraints, artifacts and upgrade as links.
    const QJsonObject relationships = relationshipsOf(created.data());
    QCOMPARE(sorted(relationships.keys()),
             sorted(words("account environment product package entitlements constraints artifacts upgrade")));
    QCOMPARE(relatedId(created.data(), "product"), m_licensed);
    QVERIFY(relationships.value(QLatin1String("package")).toObject().value(QLatin1String("data")).isNull());
    const QString self = QStringLiteral("/v1/accounts/") + m_server.account().id + QStringLiteral("/releases/")
                       + created.id();
    for (const char *name : {"product", "entitlements", "constraints", "artifacts", "upgrade"}) {
        QCOMPARE(relationships.value(QLatin1String(name))
                     .toObject()
                     .value(QLatin1String("links"))
                     .toObject()
                     .value(QLatin1String("related"))
                     .toString(),
                 self + u'/' + QLatin1String(name));
    }
    QCOMPARE(created.data().value(QLatin1String("links")).toObject().value(QLatin1String("self")).toString(), self);
    QVERIFY(created.headers.value("location").endsWith(self.toLatin1()));

    // Every related link answers.
    for (const char *name : {"product", "package", "entitlements", "constraints", "artifacts"}) {
        QCOMPARE(get(QStringLiteral("/releases/") + created.id() + u'/' + QLatin1String(name)).status, 200);
    }
    QCOMPARE(get(QStringLiteral("/releases/") + created.id() + QStringLiteral("/product")).id(), m_licensed);
}

void TestSandboxReleases::versionAndChannelRules_data()
{
    QTest::addColumn<QJsonObject>("attributes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pointer");

    auto row = [](const char *name, const QJsonObject &attributes, int status, const char *code, const char *pointer) {
        QTest::newRow(name) << attributes << status << QString::fromLatin1(code) << QString::fromLatin1(pointer);
    };
    auto release = [](const char *version, const char *channel) {
        return QJsonObject{{QStringLiteral("version"), QLatin1String(version)},
                           {QStringLiteral("channel"), QLatin1String(channel)}};
    };
    row("stable", release("3.0.0", "stable"), 201, "", "");
    row("beta", release("3.1.0-beta.1", "beta"), 201, "", "");
    row("rc with build", release("3.1.0-rc.1+build.7", "rc"), 201, "", "");
    row("alpha", release("3.1.0-alpha", "alpha"), 201, "", "");
    row("dev", release("3.2.0-dev.20240101", "dev"), 201, "", "");
    row("v prefix", release("v3.0.1", "stable"), 422, "VERSION_INVALID", "/data/attributes/version");
    row("two parts", release("3.0", "stable"), 422, "VERSION_INVALID", "/data/attributes/version");
    row("leading zero", release("03.0.1", "stable"), 422, "VERSION_INVALID", "/data/attributes/version");
    row("words", release("latest", "stable"), 422, "VERSION_INVALID", "/data/attributes/version");
    row("prerelease on stable",
        release("3.0.2-beta.1", "stable"),
        422,
        "VERSION_CHANNEL_INVALID",
        "/data/attributes/version");
    row("stable version on beta", release("3.0.3", "beta"), 422, "VERSION_CHANNEL_INVALID", "/data/attributes/version");
    row("beta version on alpha",
        release("3.0.4-beta.1", "alpha"),
        422,
        "VERSION_CHANNEL_INVALID",
        "/data/attributes/version");
    row("unknown prerelease",
        release("3.0.5-nightly.1", "dev"),
        422,
        "VERSION_CHANNEL_INVALID",
        "/data/attributes/version");
    row("unknown channel", release("3.0.6", "nightly"), 400, "", "/data/attributes/channel");
    row("no version",
        QJsonObject{{QStringLiteral("channel"), QStringLiteral("stable")}},
        422,
        "VERSION_MISSING",
        "/data/attributes/version");
    row("no channel",
        QJsonObject{{QStringLiteral("version"), QStringLiteral("3.0.7")}},
        422,
        "CHANNEL_MISSING",
        "/data/attributes/channel");
    QJsonObject yanked = release("3.0.8", "stable");
    yanked.insert(QStringLiteral("status"), QStringLiteral("YANKED"));
    row("created yanked", yanked, 400, "", "/data/attributes/status");
    QJsonObject published = release("3.0.9", "stable");
    published.insert(QStringLiteral("status"), QStringLiteral("PUBLISHED"));
    row("created published", published, 201, "", "");
    QJsonObject semver = release("3.0.10", "stable");
    semver.insert(QStringLiteral("semver"), QJsonObject());
    row("semver is read-only", semver, 400, "", "/data/attributes/semver");
    QJsonObject backdated = release("3.0.11", "stable");
    backdated.insert(QStringLiteral("backdated"), QStringLiteral("yesterday"));
    row("backdated not a time", backdated, 422, "BACKDATED_INVALID", "/data/attributes/backdated");
}

void TestSandboxReleases::versionAndChannelRules()
{
    QFETCH(QJsonObject, attributes);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    const Reply reply = m_client.create(QStringLiteral("releases"),
                                        attributes,
                                        {{QStringLiteral("product"), {QStringLiteral("products"), m_other}}});
    QVERIFY2(reply.status == status, reply.body.constData());
    if (status == 201) {
        const QString version = attributes.value(QLatin1String("version")).toString();
        const QJsonObject semver = reply.attributes().value(QLatin1String("semver")).toObject();
        QCOMPARE(semver.value(QLatin1String("major")).toInt(), 3);
        QCOMPARE(semver.value(QLatin1String("prerelease")).toString(),
                 version.contains(u'-') ? version.section(u'-', 1).section(u'+', 0, 0) : QString());
        QCOMPARE(semver.value(QLatin1String("build")).toString(),
                 version.contains(u'+') ? version.section(u'+', 1) : QString());
        return;
    }
    QCOMPARE(reply.firstError().value(QLatin1String("title")).toString(),
             status == 400 ? QStringLiteral("Bad request") : QStringLiteral("Unprocessable resource"));
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.firstError().value(QLatin1String("source")).toObject().value(QLatin1String("pointer")).toString(),
             pointer);
    QVERIFY(reply.json.value(QLatin1String("meta")).toObject().contains(QLatin1String("id")));
}

void TestSandboxReleases::versionAndTagUniquePerProduct()
{
    QCOMPARE(m_client
                 .createRelease(m_other,
                                QStringLiteral("4.0.0"),
                                QStringLiteral("stable"),
                                {{QStringLiteral("tag"), QStringLiteral("four")}})
                 .status,
             201);
    Reply reply = m_client.createRelease(m_other, QStringLiteral("4.0.0"), QStringLiteral("stable"));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("VERSION_TAKEN"));
    reply = m_client.createRelease(m_other,
                                   QStringLiteral("4.0.1"),
                                   QStringLiteral("stable"),
                                   {{QStringLiteral("tag"), QStringLiteral("four")}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("TAG_TAKEN"));
    // Another product may use the same version and tag.
    QCOMPARE(m_client
                 .createRelease(m_closed,
                                QStringLiteral("4.0.0"),
                                QStringLiteral("stable"),
                                {{QStringLiteral("tag"), QStringLiteral("four")}})
                 .status,
             201);
    // Unknown or missing product.
    reply = m_client.create(QStringLiteral("releases"),
                            {{QStringLiteral("version"), QStringLiteral("4.0.2")},
                             {QStringLiteral("channel"), QStringLiteral("stable")}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("PRODUCT_NOT_FOUND"));
    reply = m_client.createRelease(QStringLiteral("2f5a1f5e-0000-4000-8000-000000000000"),
                                   QStringLiteral("4.0.2"),
                                   QStringLiteral("stable"));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("PRODUCT_NOT_FOUND"));
}

void TestSandboxReleases::retrieveByIdVersionOrTag()
{
    const QString id = release(m_licensed,
                               QStringLiteral("5.0.0"),
                               QStringLiteral("stable"),
                               "DRAFT",
                               {{QStringLiteral("tag"), QStringLiteral("latest")}});
    QCOMPARE(get(QStringLiteral("/releases/") + id).id(), id);
    QCOMPARE(get(QStringLiteral("/releases/5.0.0")).id(), id);
    QCOMPARE(get(QStringLiteral("/releases/latest")).id(), id);
    const Reply missing = get(QStringLiteral("/releases/9.9.9"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("NOT_FOUND"));
    QCOMPARE(missing.firstError().value(QLatin1String("detail")).toString(),
             QStringLiteral("The requested release '9.9.9' was not found"));
}

void TestSandboxReleases::updateOnlyWhatKeygenUpdates()
{
    const QString id = release(m_licensed, QStringLiteral("5.1.0"), QStringLiteral("stable"), "DRAFT");
    const QString path = QStringLiteral("/releases/") + id;
    Reply reply = m_client.send("PATCH",
                                m_client.accountPath() + path,
                                patchOf("releases",
                                        {{QStringLiteral("name"), QStringLiteral("Five one")},
                                         {QStringLiteral("description"), QStringLiteral("Notes")},
                                         {QStringLiteral("tag"), QStringLiteral("five-one")},
                                         {QStringLiteral("backdated"), QStringLiteral("2024-01-02T03:04:05Z")},
                                         {QStringLiteral("metadata"),
                                          QJsonObject{{QStringLiteral("notes"), QStringLiteral("x")}}}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.attributes().value(QLatin1String("name")).toString(), QStringLiteral("Five one"));
    QCOMPARE(reply.attributes().value(QLatin1String("tag")).toString(), QStringLiteral("five-one"));
    QCOMPARE(reply.attributes().value(QLatin1String("backdated")).toString(),
             QStringLiteral("2024-01-02T03:04:05.000Z"));
    QCOMPARE(reply.attributes().value(QLatin1String("version")).toString(), QStringLiteral("5.1.0"));
    // Version, channel and status do not change through an update; neither does the product.
    for (const char *name : {"version", "channel", "status"}) {
        reply = m_client.send("PATCH",
                              m_client.accountPath() + path,
                              patchOf("releases", {{QLatin1String(name), QStringLiteral("5.1.1")}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.firstError()
                     .value(QLatin1String("source"))
                     .toObject()
                     .value(QLatin1String("pointer"))
                     .toString(),
                 QStringLiteral("/data/attributes/") + QLatin1String(name));
    }
    QJsonObject data{{QStringLiteral("type"), QStringLiteral("releases")},
                     {QStringLiteral("relationships"),
                      QJsonObject{
                          {QStringLiteral("product"), SandboxClient::relation(QStringLiteral("products"), m_other)}}}};
    QCOMPARE(m_client.send("PATCH", m_client.accountPath() + path, document(data)).status, 400);
    reply = m_client.send("PATCH",
                          m_client.accountPath() + path,
                          patchOf("releases", {{QStringLiteral("backdated"), QStringLiteral("soon")}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("BACKDATED_INVALID"));
    // A blank tag is none.
    reply = m_client.send("PATCH",
                          m_client.accountPath() + path,
                          patchOf("releases", {{QStringLiteral("tag"), QString()}}));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.attributes().value(QLatin1String("tag")).isNull());
    QCOMPARE(get(path).attributes().value(QLatin1String("channel")).toString(), QStringLiteral("stable"));
}

void TestSandboxReleases::publishAndYank()
{
    const QString id = release(m_licensed, QStringLiteral("5.2.0"), QStringLiteral("stable"), "DRAFT");
    const QString actions = m_client.accountPath() + QStringLiteral("/releases/") + id + QStringLiteral("/actions/");
    Reply reply = m_client.send("POST", actions + QStringLiteral("publish"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.attributes().value(QLatin1String("status")).toString(), QStringLiteral("PUBLISHED"));
    QVERIFY(reply.attributes().value(QLatin1String("yanked")).isNull());
    reply = m_client.send("POST", actions + QStringLiteral("yank"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.attributes().value(QLatin1String("status")).toString(), QStringLiteral("YANKED"));
    const QDateTime yanked = QDateTime::fromString(reply.attributes().value(QLatin1String("yanked")).toString(),
                                                   Qt::ISODateWithMs);
    QVERIFY(yanked.isValid());
    QVERIFY(qAbs(yanked.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // A yanked release can be published again.
    reply = m_client.send("POST", actions + QStringLiteral("publish"));
    QCOMPARE(reply.attributes().value(QLatin1String("status")).toString(), QStringLiteral("PUBLISHED"));
    QVERIFY(reply.attributes().value(QLatin1String("yanked")).isNull());
    // By version too; unknown releases are not found.
    QCOMPARE(m_client.send("POST", m_client.accountPath() + QStringLiteral("/releases/5.2.0/actions/yank")).status,
             200);
    QCOMPARE(m_client.send("POST", m_client.accountPath() + QStringLiteral("/releases/0.0.1/actions/publish")).status,
             404);
    // Licenses use releases, they do not publish them; a draft they do not even see.
    const QString published = release(m_licensed, QStringLiteral("5.2.1"), QStringLiteral("stable"));
    QCOMPARE(as(m_licenseToken, "POST", QStringLiteral("/releases/") + published + QStringLiteral("/actions/yank"))
                 .status,
             403);
    const QString draft = release(m_licensed, QStringLiteral("5.2.2"), QStringLiteral("stable"), "DRAFT");
    QCOMPARE(as(m_licenseToken, "POST", QStringLiteral("/releases/") + draft + QStringLiteral("/actions/publish"))
                 .status,
             404);
    QCOMPARE(as({}, "POST", QStringLiteral("/releases/") + draft + QStringLiteral("/actions/publish")).status, 401);
}

void TestSandboxReleases::listFilters()
{
    const QString productId = product(QStringLiteral("Channels"), QStringLiteral("LICENSED"));
    release(productId, QStringLiteral("1.0.0"), QStringLiteral("stable"));
    release(productId, QStringLiteral("1.1.0-rc.1"), QStringLiteral("rc"));
    release(productId, QStringLiteral("1.1.0-beta.1"), QStringLiteral("beta"));
    release(productId, QStringLiteral("1.1.0-alpha.1"), QStringLiteral("alpha"), "DRAFT");
    release(productId, QStringLiteral("1.1.0-dev.1"), QStringLiteral("dev"), "YANKED");
    const QString constrained = release(productId, QStringLiteral("1.0.1"), QStringLiteral("stable"));
    QCOMPARE(m_client
                 .send("POST",
                       m_client.accountPath() + QStringLiteral("/releases/") + constrained
                           + QStringLiteral("/constraints"),
                       documentOf({constraintOn(m_pro)}))
                 .status,
             200);

    auto versions = [&](const QString &query) {
        const Reply reply = get(QStringLiteral("/releases?limit=100&product=") + productId + query);
        return sorted(versionsOf(reply));
    };
    QCOMPARE(versions({}).size(), 6);
    QCOMPARE(versions(QStringLiteral("&channel=stable")), sorted(words("1.0.0 1.0.1")));
    QCOMPARE(versions(QStringLiteral("&channel=rc")), sorted(words("1.0.0 1.0.1 1.1.0-rc.1")));
    QCOMPARE(versions(QStringLiteral("&channel=beta")), sorted(words("1.0.0 1.0.1 1.1.0-rc.1 1.1.0-beta.1")));
    QCOMPARE(versions(QStringLiteral("&channel=alpha")),
             sorted(words("1.0.0 1.0.1 1.1.0-rc.1 1.1.0-beta.1 1.1.0-alpha.1")));
    QCOMPARE(versions(QStringLiteral("&channel=dev")), QStringList{QStringLiteral("1.1.0-dev.1")});
    QCOMPARE(versions(QStringLiteral("&channel=nightly")), QStringList());
    QCOMPARE(versions(QStringLiteral("&status=DRAFT")), QStringList{QStringLiteral("1.1.0-alpha.1")});
    QCOMPARE(versions(QStringLiteral("&status=published")), sorted(words("1.0.0 1.0.1 1.1.0-rc.1 1.1.0-beta.1")));
    QCOMPARE(versions(QStringLiteral("&yanked=true")), QStringList{QStringLiteral("1.1.0-dev.1")});
    QCOMPARE(versions(QStringLiteral("&yanked=false")).size(), 5);
    // entitlements[]: releases whose constraints are all among the codes (unconstrained ones included).
    QCOMPARE(versions(QStringLiteral("&entitlements[]=PRO&channel=stable")), sorted(words("1.0.0 1.0.1")));
    QCOMPARE(versions(QStringLiteral("&entitlements[]=ENTERPRISE&channel=stable")),
             QStringList{QStringLiteral("1.0.0")});
    // No packages in the sandbox: blank means "without a package" (all), a package none.
    QCOMPARE(versions(QStringLiteral("&package=")).size(), 6);
    QCOMPARE(versions(QStringLiteral("&package=app")), QStringList());
    // Newest first.
    const Reply all = get(QStringLiteral("/releases?product=") + productId);
    QCOMPARE(all.list().first().toObject().value(QLatin1String("id")).toString(), constrained);
    QCOMPARE(get(QStringLiteral("/releases?limit=100&product=") + m_open).list().size(), 0);
}

void TestSandboxReleases::pagination()
{
    const QString productId = product(QStringLiteral("Paged"), QStringLiteral("LICENSED"));
    for (int i = 0; i < 5; ++i) {
        release(productId, QStringLiteral("1.0.%1").arg(i), QStringLiteral("stable"));
    }
    Reply reply = get(QStringLiteral("/releases?product=") + productId
                      + QStringLiteral("&page[size]=2&page[number]=2"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(versionsOf(reply), words("1.0.2 1.0.1"));
    const QJsonObject links = reply.json.value(QLatin1String("links")).toObject();
    QCOMPARE(links.value(QLatin1String("meta")).toObject().value(QLatin1String("count")).toInt(), 5);
    QVERIFY(links.value(QLatin1String("next")).toString().contains(QLatin1String("page%5Bnumber%5D=3")));
    QCOMPARE(get(QStringLiteral("/releases?limit=500")).status, 400);
    reply = get(QStringLiteral("/artifacts?page[size]=2&page[number]=1"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(QLatin1String("links")).toObject().contains(QLatin1String("meta")));
}

void TestSandboxReleases::entitlementConstraints()
{
    const QString id = release(m_licensed, QStringLiteral("6.0.0"), QStringLiteral("stable"));
    const QString path = m_client.accountPath() + QStringLiteral("/releases/") + id + QStringLiteral("/constraints");
    Reply reply = m_client.send("POST", path, documentOf({constraintOn(m_pro), constraintOn(m_enterprise)}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.list().size(), 2);
    const QJsonObject first = reply.list().first().toObject();
    QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("release-entitlement-constraints"));
    QCOMPARE(sorted(first.value(QLatin1String("attributes")).toObject().keys()), sorted(words("created updated")));
    QCOMPARE(sorted(relationshipsOf(first).keys()), sorted(words("account entitlement release")));
    QCOMPARE(relatedId(first, "release"), id);
    QCOMPARE(relatedId(first, "entitlement"), m_pro);
    const QString constraintId = first.value(QLatin1String("id")).toString();

    // Listed, one by one, and as entitlements.
    QCOMPARE(m_client.send("GET", path).list().size(), 2);
    QCOMPARE(m_client.send("GET", path + u'/' + constraintId).id(), constraintId);
    QCOMPARE(m_client.send("GET", path + QStringLiteral("/00000000-0000-4000-8000-000000000000")).status, 404);
    const Reply entitlements = get(QStringLiteral("/releases/") + id + QStringLiteral("/entitlements"));
    QCOMPARE(sorted(idsOf(entitlements)), sorted({m_pro, m_enterprise}));
    QCOMPARE(get(QStringLiteral("/releases/") + id + QStringLiteral("/entitlements/PRO")).id(), m_pro);

    // Attaching twice, an unknown entitlement, a malformed body.
    reply = m_client.send("POST", path, documentOf({constraintOn(m_pro)}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("ENTITLEMENT_TAKEN"));
    reply = m_client.send("POST",
                          path,
                          documentOf({constraintOn(QStringLiteral("00000000-0000-4000-8000-000000000000"))}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("ENTITLEMENT_NOT_FOUND"));
    QCOMPARE(reply.firstError().value(QLatin1String("source")).toObject().value(QLatin1String("pointer")).toString(),
             QStringLiteral("/data/0/relationships/entitlement"));
    QJsonObject wrongType = constraintOn(m_pro);
    wrongType.insert(QStringLiteral("type"), QStringLiteral("entitlements"));
    QCOMPARE(m_client.send("POST", path, documentOf({wrongType})).status, 400);
    QCOMPARE(m_client.send("POST", path, document(constraintOn(m_pro))).status, 400);
    QCOMPARE(m_client.send("POST", path, "{").status, 400);

    // Licenses and users do not manage constraints; products manage those of their releases.
    QCOMPARE(as(m_licenseToken, "GET", QStringLiteral("/releases/") + id + QStringLiteral("/constraints")).status, 404);
    QCOMPARE(as(m_productToken, "GET", QStringLiteral("/releases/") + id + QStringLiteral("/constraints")).status, 200);
    const QString otherToken = tokenFor(QStringLiteral("products"), m_other);
    QCOMPARE(as(otherToken, "GET", QStringLiteral("/releases/") + id + QStringLiteral("/constraints")).status, 404);

    // Detach: an unattached constraint is refused, naming it; then the real one.
    const QJsonObject unknown{{QStringLiteral("type"), QStringLiteral("constraints")},
                              {QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-000000000000")}};
    reply = m_client.send("DELETE", path, documentOf({unknown}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.firstError().value(QLatin1String("detail")).toString(),
             QStringLiteral(
                 "cannot detach constraint '00000000-0000-4000-8000-000000000000' (constraint is not attached)"));
    QCOMPARE(reply.firstError().value(QLatin1String("source")).toObject().value(QLatin1String("pointer")).toString(),
             QStringLiteral("/data/0"));
    const QJsonObject attached{{QStringLiteral("type"), QStringLiteral("constraints")},
                               {QStringLiteral("id"), constraintId}};
    QCOMPARE(m_client.send("DELETE", path, documentOf({attached})).status, 204);
    QCOMPARE(idsOf(get(QStringLiteral("/releases/") + id + QStringLiteral("/entitlements"))),
             QStringList{m_enterprise});
}

void TestSandboxReleases::constraintsWithTheRelease()
{
    QJsonObject data{{QStringLiteral("type"), QStringLiteral("releases")},
                     {QStringLiteral("attributes"),
                      QJsonObject{{QStringLiteral("version"), QStringLiteral("6.1.0")},
                                  {QStringLiteral("channel"), QStringLiteral("stable")}}},
                     {QStringLiteral("relationships"),
                      QJsonObject{{QStringLiteral("product"),
                                   SandboxClient::relation(QStringLiteral("products"), m_licensed)},
                                  {QStringLiteral("constraints"),
                                   QJsonObject{{QStringLiteral("data"), QJsonArray{constraintOn(m_enterprise)}}}}}}};
    const Reply created = m_client.send("POST", m_client.accountPath() + QStringLiteral("/releases"), document(data));
    QCOMPARE(created.status, 201);
    QCOMPARE(idsOf(get(QStringLiteral("/releases/") + created.id() + QStringLiteral("/entitlements"))),
             QStringList{m_enterprise});
    // An unknown entitlement refuses the whole release.
    data.insert(QStringLiteral("attributes"),
                QJsonObject{{QStringLiteral("version"), QStringLiteral("6.1.1")},
                            {QStringLiteral("channel"), QStringLiteral("stable")}});
    QJsonObject relationships = data.value(QLatin1String("relationships")).toObject();
    relationships.insert(QStringLiteral("constraints"),
                         QJsonObject{
                             {QStringLiteral("data"),
                              QJsonArray{constraintOn(QStringLiteral("00000000-0000-4000-8000-000000000000"))}}});
    data.insert(QStringLiteral("relationships"), relationships);
    const Reply refused = m_client.send("POST", m_client.accountPath() + QStringLiteral("/releases"), document(data));
    QCOMPARE(refused.status, 422);
    QCOMPARE(get(QStringLiteral("/releases/6.1.1")).status, 404);
}

void TestSandboxReleases::upgrade()
{
    const QString productId = product(QStringLiteral("Upgrades"), QStringLiteral("LICENSED"));
    const QString oldest = release(productId, QStringLiteral("1.0.0"), QStringLiteral("stable"));
    release(productId, QStringLiteral("1.0.1"), QStringLiteral("stable"));
    release(productId, QStringLiteral("1.1.0"), QStringLiteral("stable"));
    release(productId, QStringLiteral("2.0.0-beta.1"), QStringLiteral("beta"));
    release(productId, QStringLiteral("2.0.0"), QStringLiteral("stable"), "DRAFT");
    release(productId, QStringLiteral("1.2.0"), QStringLiteral("stable"), "YANKED");
    const QString path = QStringLiteral("/releases/") + oldest + QStringLiteral("/upgrade");

    Reply reply = get(path);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.attributes().value(QLatin1String("version")).toString(), QStringLiteral("1.1.0"));
    const QJsonObject meta = reply.json.value(QLatin1String("meta")).toObject();
    QCOMPARE(meta.value(QLatin1String("current")).toString(), QStringLiteral("1.0.0"));
    QCOMPARE(meta.value(QLatin1String("next")).toString(), QStringLiteral("1.1.0"));
    QCOMPARE(get(path + QStringLiteral("?channel=beta")).attributes().value(QLatin1String("version")).toString(),
             QStringLiteral("2.0.0-beta.1"));
    QCOMPARE(get(path + QStringLiteral("?constraint=~>%201.0.0"))
                 .attributes()
                 .value(QLatin1String("version"))
                 .toString(),
             QStringLiteral("1.0.1"));
    QCOMPARE(get(path + QStringLiteral("?constraint=1.1")).attributes().value(QLatin1String("version")).toString(),
             QStringLiteral("1.1.0"));
    reply = get(path + QStringLiteral("?constraint=banana"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("CONSTRAINT_INVALID"));
    QCOMPARE(reply.firstError().value(QLatin1String("source")).toObject().value(QLatin1String("parameter")).toString(),
             QStringLiteral("constraint"));
    // The newest published stable release has nothing above it (1.2.0 was yanked, 2.0.0 is a draft).
    const QString newest = get(QStringLiteral("/releases?channel=stable&status=PUBLISHED&limit=1&product=") + productId)
                               .list()
                               .first()
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
    reply = get(QStringLiteral("/releases/") + newest + QStringLiteral("/upgrade"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.firstError().value(QLatin1String("detail")).toString(), QStringLiteral("upgrade not available"));
}

void TestSandboxReleases::artifactObjectAsDocumented()
{
    const QString releaseId = release(m_licensed, QStringLiteral("7.0.0"), QStringLiteral("stable"));
    const Reply created = m_client.createArtifact(releaseId,
                                                  QStringLiteral("App-Installer.dmg"),
                                                  {{QStringLiteral("filesize"), 209715200},
                                                   {QStringLiteral("filetype"), QStringLiteral("dmg")},
                                                   {QStringLiteral("platform"), QStringLiteral("darwin")},
                                                   {QStringLiteral("arch"), QStringLiteral("amd64")},
                                                   {QStringLiteral("checksum"), QStringLiteral("c2hh")}});
    QCOMPARE(created.status, 307);
    QCOMPARE(created.data().value(QLatin1String("type")).toString(), QStringLiteral("artifacts"));
    // The attributes of the docs' example artifact.
    QCOMPARE(sorted(created.attributes().keys()),
             sorted(
                 words("filename filetype filesize platform arch signature checksum status metadata created updated")));
    const QJsonObject a = created.attributes();
    QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("WAITING"));
    QCOMPARE(a.value(QLatin1String("filesize")).toInteger(), 209715200);
    QCOMPARE(a.value(QLatin1String("platform")).toString(), QStringLiteral("darwin"));
    QVERIFY(a.value(QLatin1String("signature")).isNull());
    QCOMPARE(sorted(relationshipsOf(created.data()).keys()), sorted(words("account environment release")));
    QCOMPARE(relatedId(created.data(), "release"), releaseId);
    const QString account = QStringLiteral("/v1/accounts/") + m_server.account().id;
    QCOMPARE(relationshipsOf(created.data())
                 .value(QLatin1String("release"))
                 .toObject()
                 .value(QLatin1String("links"))
                 .toObject()
                 .value(QLatin1String("related"))
                 .toString(),
             account + QStringLiteral("/releases/") + releaseId);
    const QJsonObject links = created.data().value(QLatin1String("links")).toObject();
    QCOMPARE(sorted(links.keys()), sorted(words("redirect related self")));
    QCOMPARE(links.value(QLatin1String("self")).toString(), account + QStringLiteral("/artifacts/") + created.id());
    QCOMPARE(links.value(QLatin1String("related")).toString(),
             account + QStringLiteral("/releases/") + releaseId + QStringLiteral("/artifacts/") + created.id());
    QCOMPARE(links.value(QLatin1String("redirect")).toString(), QString::fromLatin1(created.headers.value("location")));
    // Retrieved (not uploaded yet): no redirect link.
    const Reply retrieved = get(QStringLiteral("/artifacts/") + created.id());
    QCOMPARE(retrieved.status, 200);
    QCOMPARE(sorted(retrieved.data().value(QLatin1String("links")).toObject().keys()), sorted(words("related self")));
}

void TestSandboxReleases::uploadLink()
{
    const QString releaseId = release(m_licensed, QStringLiteral("7.1.0"), QStringLiteral("stable"));
    Reply created = m_client.createArtifact(releaseId,
                                            QStringLiteral("install.sh"),
                                            {{QStringLiteral("filetype"), QStringLiteral("sh")}});
    QCOMPARE(created.status, 307);
    const QString location = QString::fromLatin1(created.headers.value("location"));
    QVERIFY(location.startsWith(m_server.baseUrl().toString()));
    const QUrlQuery query{QUrl(location)};
    const qint64 expires = query.queryItemValue(QStringLiteral("expires")).toLongLong();
    QVERIFY(qAbs(expires - QDateTime::currentSecsSinceEpoch() - 3600) < 60); // an hour to upload

    // Prefer: no-redirect answers 200 with the same kind of Location.
    const Reply noRedirect = m_client.send("POST",
                                           m_client.accountPath() + QStringLiteral("/artifacts"),
                                           document({{QStringLiteral("type"), QStringLiteral("artifacts")},
                                                     {QStringLiteral("attributes"),
                                                      QJsonObject{
                                                          {QStringLiteral("filename"), QStringLiteral("install.ps1")}}},
                                                     {QStringLiteral("relationships"),
                                                      QJsonObject{{QStringLiteral("release"),
                                                                   SandboxClient::relation(QStringLiteral("releases"),
                                                                                           releaseId)}}}}),
                                           {{"Prefer", "no-redirect"}});
    QCOMPARE(noRedirect.status, 200);
    QVERIFY(noRedirect.headers.value("location").contains("/sandbox-storage/"));

    // A tampered link is refused; the real one takes the file, and the artifact is UPLOADED with its size.
    QCOMPARE(follow("PUT",
                    QString(location).replace(QStringLiteral("signature="), QStringLiteral("signature=0")),
                    "#!/bin/sh\n")
                 .status,
             403);
    QCOMPARE(follow("GET", location).status, 403); // a link is for one method
    const QByteArray file = "#!/bin/sh\necho installed\n";
    const Reply put = follow("PUT", location, file);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.headers.value("etag"), '"' + QCryptographicHash::hash(file, QCryptographicHash::Md5).toHex() + '"');
    const Reply after = get(QStringLiteral("/artifacts/") + created.id());
    QCOMPARE(after.attributes().value(QLatin1String("status")).toString(), QStringLiteral("UPLOADED"));
    QCOMPARE(after.attributes().value(QLatin1String("filesize")).toInteger(), qint64(file.size()));
}

void TestSandboxReleases::downloadRedirect()
{
    const QString releaseId = release(m_licensed, QStringLiteral("7.2.0"), QStringLiteral("stable"));
    const QString id = uploaded(releaseId,
                                QStringLiteral("Studio-7.2.0.zip"),
                                {{QStringLiteral("filetype"), QStringLiteral("zip")}});
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("/artifacts/") + id;

    // 303 See Other to a download link, the same link in links.redirect.
    Reply reply = get(path);
    QCOMPARE(reply.status, 303);
    const QString location = QString::fromLatin1(reply.headers.value("location"));
    QVERIFY(location.contains(QLatin1String("/sandbox-storage/")));
    QCOMPARE(reply.data().value(QLatin1String("links")).toObject().value(QLatin1String("redirect")).toString(),
             location);
    QCOMPARE(reply.attributes().value(QLatin1String("filename")).toString(), QStringLiteral("Studio-7.2.0.zip"));
    // The sandbox keeps no contents: the link says so instead of handing out an empty file.
    reply = follow("GET", location);
    QCOMPARE(reply.status, 404);
    QVERIFY(
        reply.firstError().value(QLatin1String("detail")).toString().contains(QLatin1String("keeps no file contents")));

    // Prefer: no-redirect (header or ?prefer=): 200 and the Location; no-download: the artifact alone.
    reply = m_client.send("GET", m_client.accountPath() + path, {}, {{"Prefer", "no-redirect"}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.headers.value("location").isEmpty());
    reply = get(path + QStringLiteral("?prefer=no-redirect"));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.headers.value("location").isEmpty());
    reply = get(path + QStringLiteral("?prefer=no-download"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.headers.value("location").isEmpty());
    QVERIFY(!reply.data().value(QLatin1String("links")).toObject().contains(QLatin1String("redirect")));

    // ?ttl= sets the link's lifetime (admins and products), within a minute and a week.
    reply = get(path + QStringLiteral("?ttl=120"));
    QCOMPARE(reply.status, 303);
    const qint64 expires = QUrlQuery(QUrl(QString::fromLatin1(reply.headers.value("location"))))
                               .queryItemValue(QStringLiteral("expires"))
                               .toLongLong();
    QVERIFY(qAbs(expires - QDateTime::currentSecsSinceEpoch() - 120) < 30);
    reply = get(path + QStringLiteral("?ttl=5"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.firstError().value(QLatin1String("source")).toObject().value(QLatin1String("parameter")).toString(),
             QStringLiteral("ttl"));

    // By filename, the vanity URL, and under its release.
    QCOMPARE(get(QStringLiteral("/artifacts/Studio-7.2.0.zip?prefer=no-download")).id(), id);
    QCOMPARE(get(path + QStringLiteral("/Studio-7.2.0.zip")).status, 303);
    QCOMPARE(get(QStringLiteral("/releases/") + releaseId + QStringLiteral("/artifacts/Studio-7.2.0.zip")).status, 303);
    QCOMPARE(get(QStringLiteral("/releases/7.2.0/artifacts/") + id).status, 303);
    QCOMPARE(get(QStringLiteral("/releases/7.1.0/artifacts/") + id).status, 404);
    QCOMPARE(get(QStringLiteral("/artifacts/nothing.zip")).status, 404);

    // The same filename in a newer release: the filename finds the newest version's.
    const QString newer = release(m_licensed, QStringLiteral("7.10.0"), QStringLiteral("stable"));
    const QString newerId = uploaded(newer, QStringLiteral("Studio-7.2.0.zip"));
    QCOMPARE(get(QStringLiteral("/artifacts/Studio-7.2.0.zip?prefer=no-download")).id(), newerId);

    // A yanked release's artifacts are not downloadable.
    m_client.send("POST",
                  m_client.accountPath() + QStringLiteral("/releases/") + releaseId + QStringLiteral("/actions/yank"));
    QCOMPARE(get(path).status, 200);
}

void TestSandboxReleases::artifactRules()
{
    const QString releaseId = release(m_licensed, QStringLiteral("7.3.0"), QStringLiteral("stable"));
    auto create = [&](const QJsonObject &attributes, bool withRelease = true, const QString &target = {}) {
        QJsonObject data{{QStringLiteral("type"), QStringLiteral("artifacts")},
                         {QStringLiteral("attributes"), attributes}};
        if (withRelease) {
            data.insert(QStringLiteral("relationships"),
                        QJsonObject{{QStringLiteral("release"),
                                     SandboxClient::relation(QStringLiteral("releases"),
                                                             target.isEmpty() ? releaseId : target)}});
        }
        return m_client.send("POST", m_client.accountPath() + QStringLiteral("/artifacts"), document(data));
    };
    auto expectError = [](const Reply &reply, int status, const QString &code, const QString &pointer) {
        QVERIFY2(reply.status == status, reply.body.constData());
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.firstError()
                     .value(QLatin1String("source"))
                     .toObject()
                     .value(QLatin1String("pointer"))
                     .toString(),
                 pointer);
    };
    const QJsonObject named{{QStringLiteral("filename"), QStringLiteral("app.tar.gz")}};
    expectError(create({}), 422, QStringLiteral("FILENAME_MISSING"), QStringLiteral("/data/attributes/filename"));
    expectError(create(named, false),
                422,
                QStringLiteral("RELEASE_NOT_FOUND"),
                QStringLiteral("/data/relationships/release"));
    expectError(create(named, true, QStringLiteral("00000000-0000-4000-8000-000000000000")),
                422,
                QStringLiteral("RELEASE_NOT_FOUND"),
                QStringLiteral("/data/relationships/release"));
    expectError(create({{QStringLiteral("filename"), QStringLiteral("app.tar.gz")},
                        {QStringLiteral("filetype"), QStringLiteral("zip")}}),
                422,
                QStringLiteral("FILENAME_EXTENSION_INVALID"),
                QStringLiteral("/data/attributes/filename"));
    expectError(create({{QStringLiteral("filename"), QStringLiteral("app.zip")}, {QStringLiteral("filesize"), -1}}),
                422,
                QStringLiteral("FILESIZE_INVALID"),
                QStringLiteral("/data/attributes/filesize"));
    expectError(create({{QStringLiteral("filename"), QStringLiteral("app.zip")}, {QStringLiteral("filesize"), 6e9}}),
                422,
                QStringLiteral("FILESIZE_INVALID"),
                QStringLiteral("/data/attributes/filesize"));
    expectError(create({{QStringLiteral("filename"), QStringLiteral("app.zip")},
                        {QStringLiteral("filesize"), QStringLiteral("big")}}),
                400,
                QString(),
                QStringLiteral("/data/attributes/filesize"));
    expectError(create({{QStringLiteral("filename"), QStringLiteral("app.zip")},
                        {QStringLiteral("status"), QStringLiteral("UPLOADED")}}),
                400,
                QString(),
                QStringLiteral("/data/attributes/status"));

    // Keys are normalised: ".TAR.GZ" is "tar.gz", "Linux" is "linux", blank is none.
    Reply reply = create({{QStringLiteral("filename"), QStringLiteral("app.tar.gz")},
                          {QStringLiteral("filetype"), QStringLiteral(".TAR.GZ")},
                          {QStringLiteral("platform"), QStringLiteral(" Linux ")},
                          {QStringLiteral("arch"), QString()}});
    QCOMPARE(reply.status, 307);
    QCOMPARE(reply.attributes().value(QLatin1String("filetype")).toString(), QStringLiteral("tar.gz"));
    QCOMPARE(reply.attributes().value(QLatin1String("platform")).toString(), QStringLiteral("linux"));
    QVERIFY(reply.attributes().value(QLatin1String("arch")).isNull());
    // Unique in the release, not across releases; no extension, any filetype.
    expectError(create(named), 422, QStringLiteral("FILENAME_TAKEN"), QStringLiteral("/data/attributes/filename"));
    const QString otherRelease = release(m_licensed, QStringLiteral("7.3.1"), QStringLiteral("stable"));
    QCOMPARE(create(named, true, otherRelease).status, 307);
    QCOMPARE(create({{QStringLiteral("filename"), QStringLiteral("app")},
                     {QStringLiteral("filetype"), QStringLiteral("bin")}})
                 .status,
             307);
    // Roles: licenses do not upload; a product only to its own releases.
    QCOMPARE(as(m_licenseToken,
                "POST",
                QStringLiteral("/artifacts"),
                document({{QStringLiteral("type"), QStringLiteral("artifacts")}}))
                 .status,
             403);
    const QString otherToken = tokenFor(QStringLiteral("products"), m_other);
    const QByteArray body = document(
        {{QStringLiteral("type"), QStringLiteral("artifacts")},
         {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("filename"), QStringLiteral("p.zip")}}},
         {QStringLiteral("relationships"),
          QJsonObject{{QStringLiteral("release"), SandboxClient::relation(QStringLiteral("releases"), releaseId)}}}});
    QCOMPARE(as(otherToken, "POST", QStringLiteral("/artifacts"), body).status, 403);
    QCOMPARE(as(m_productToken, "POST", QStringLiteral("/artifacts"), body).status, 307);
    QCOMPARE(as({}, "POST", QStringLiteral("/artifacts"), body).status, 401);
}

void TestSandboxReleases::artifactUpdateAndYank()
{
    const QString releaseId = release(m_licensed, QStringLiteral("7.4.0"), QStringLiteral("stable"));
    const QString id = uploaded(releaseId, QStringLiteral("Studio.msi"));
    const QString path = QStringLiteral("/artifacts/") + id;
    Reply reply = m_client.send("PATCH",
                                m_client.accountPath() + path,
                                patchOf("artifacts",
                                        {{QStringLiteral("checksum"), QStringLiteral("abc")},
                                         {QStringLiteral("signature"), QStringLiteral("sig")},
                                         {QStringLiteral("filesize"), 42}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.attributes().value(QLatin1String("checksum")).toString(), QStringLiteral("abc"));
    QCOMPARE(reply.attributes().value(QLatin1String("filesize")).toInt(), 42);
    for (const char *name : {"filename", "platform", "status"}) {
        reply = m_client.send("PATCH",
                              m_client.accountPath() + path,
                              patchOf("artifacts", {{QLatin1String(name), QStringLiteral("x")}}));
        QCOMPARE(reply.status, 400);
    }
    QCOMPARE(as(m_licenseToken, "DELETE", path).status, 403); // visible to the license, not its to yank
    // DELETE yanks: the artifact stays, YANKED, and licensees no longer see it.
    QCOMPARE(m_client.send("DELETE", m_client.accountPath() + path).status, 204);
    reply = get(path);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.attributes().value(QLatin1String("status")).toString(), QStringLiteral("YANKED"));
    QCOMPARE(as(m_licenseToken, "GET", path).status, 404);
    QCOMPARE(m_client
                 .send("DELETE",
                       m_client.accountPath() + QStringLiteral("/artifacts/00000000-0000-4000-8000-000000000000"))
                 .status,
             404);
}

void TestSandboxReleases::artifactFilters()
{
    const QString productId = product(QStringLiteral("Platforms"), QStringLiteral("LICENSED"));
    const QString stable = release(productId, QStringLiteral("1.0.0"), QStringLiteral("stable"));
    const QString beta = release(productId, QStringLiteral("1.1.0-beta.1"), QStringLiteral("beta"));
    uploaded(stable,
             QStringLiteral("p-1.0.0.dmg"),
             {{QStringLiteral("platform"), QStringLiteral("darwin")},
              {QStringLiteral("arch"), QStringLiteral("arm64")},
              {QStringLiteral("filetype"), QStringLiteral("dmg")}});
    uploaded(stable,
             QStringLiteral("p-1.0.0.msi"),
             {{QStringLiteral("platform"), QStringLiteral("windows")},
              {QStringLiteral("arch"), QStringLiteral("amd64")},
              {QStringLiteral("filetype"), QStringLiteral("msi")}});
    m_client.createArtifact(beta,
                            QStringLiteral("p-1.1.0.dmg"),
                            {{QStringLiteral("platform"), QStringLiteral("darwin")},
                             {QStringLiteral("arch"), QStringLiteral("arm64")}}); // WAITING
    auto files = [&](const QString &query) {
        QStringList names;
        for (const QJsonValue &value :
             get(QStringLiteral("/artifacts?limit=100&product=") + productId + query).list()) {
            names.append(value.toObject()
                             .value(QLatin1String("attributes"))
                             .toObject()
                             .value(QLatin1String("filename"))
                             .toString());
        }
        return sorted(names);
    };
    QCOMPARE(files({}), sorted(words("p-1.0.0.dmg p-1.0.0.msi p-1.1.0.dmg")));
    QCOMPARE(files(QStringLiteral("&platform=darwin")), sorted(words("p-1.0.0.dmg p-1.1.0.dmg")));
    QCOMPARE(files(QStringLiteral("&arch=amd64")), QStringList{QStringLiteral("p-1.0.0.msi")});
    QCOMPARE(files(QStringLiteral("&filetype=dmg")), QStringList{QStringLiteral("p-1.0.0.dmg")});
    QCOMPARE(files(QStringLiteral("&filetype=")), QStringList{QStringLiteral("p-1.1.0.dmg")});
    QCOMPARE(files(QStringLiteral("&status=WAITING")), QStringList{QStringLiteral("p-1.1.0.dmg")});
    QCOMPARE(files(QStringLiteral("&release=") + stable), sorted(words("p-1.0.0.dmg p-1.0.0.msi")));
    QCOMPARE(files(QStringLiteral("&channel=stable")), sorted(words("p-1.0.0.dmg p-1.0.0.msi")));
    QCOMPARE(files(QStringLiteral("&channel=beta")).size(), 3);
    QCOMPARE(files(QStringLiteral("&engine=pypi")), QStringList());
    // Under the release.
    QCOMPARE(get(QStringLiteral("/releases/") + beta + QStringLiteral("/artifacts")).list().size(), 1);
    QCOMPARE(get(QStringLiteral("/releases/") + stable + QStringLiteral("/artifacts?platform=windows")).list().size(),
             1);
}

void TestSandboxReleases::uploadWindowExpires()
{
    const QString releaseId = release(m_licensed, QStringLiteral("7.5.0"), QStringLiteral("stable"));
    const Reply created = m_client.createArtifact(releaseId, QStringLiteral("late.zip"));
    QCOMPARE(created.status, 307);
    // An hour later (the store's clock moved by hand): no file came, Keygen marks the artifact FAILED.
    std::optional<StoredResource> stored = m_server.store().resource(m_server.account().id,
                                                                     QStringLiteral("artifacts"),
                                                                     created.id());
    QVERIFY(stored);
    stored->attributes.insert(QStringLiteral("uploadExpires"), QStringLiteral("2000-01-01T00:00:00.000Z"));
    QVERIFY(m_server.store().updateResource(*stored));
    const Reply reply = get(QStringLiteral("/artifacts/") + created.id());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.attributes().value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(get(QStringLiteral("/artifacts?status=FAILED&release=") + releaseId).list().size(), 1);
}

void TestSandboxReleases::deleteReleaseDeletesItsArtifacts()
{
    const QString releaseId = release(m_licensed, QStringLiteral("7.6.0"), QStringLiteral("stable"));
    const QString artifactId = uploaded(releaseId, QStringLiteral("gone.zip"));
    QCOMPARE(m_client
                 .send("POST",
                       m_client.accountPath() + QStringLiteral("/releases/") + releaseId
                           + QStringLiteral("/constraints"),
                       documentOf({constraintOn(m_pro)}))
                 .status,
             200);
    QCOMPARE(as(m_licenseToken, "DELETE", QStringLiteral("/releases/") + releaseId).status, 403);
    QCOMPARE(m_client.send("DELETE", m_client.accountPath() + QStringLiteral("/releases/") + releaseId).status, 204);
    QCOMPARE(get(QStringLiteral("/releases/") + releaseId).status, 404);
    QCOMPARE(get(QStringLiteral("/artifacts/") + artifactId).status, 404);
    ListQuery constraints;
    constraints.accountId = m_server.account().id;
    constraints.type = QStringLiteral("release-entitlement-constraints");
    constraints.linkFilters.append({QStringLiteral("release"), releaseId});
    QCOMPARE(m_server.store().count(constraints), 0);
    QCOMPARE(m_client.send("DELETE", m_client.accountPath() + QStringLiteral("/releases/") + releaseId).status, 404);
}

void TestSandboxReleases::productSeesOnlyItsOwn()
{
    const QString own = release(m_licensed, QStringLiteral("8.0.0"), QStringLiteral("stable"), "DRAFT");
    const QString foreign = release(m_other, QStringLiteral("8.0.0"), QStringLiteral("stable"));
    Reply reply = as(m_productToken, "GET", QStringLiteral("/releases?limit=100"));
    QCOMPARE(reply.status, 200);
    for (const QJsonValue &value : reply.list()) {
        QCOMPARE(relatedId(value.toObject(), "product"), m_licensed);
    }
    QVERIFY(idsOf(reply).contains(own)); // drafts too
    QCOMPARE(as(m_productToken, "GET", QStringLiteral("/releases/") + foreign).status, 404);
    QCOMPARE(as(m_productToken, "POST", QStringLiteral("/releases/") + own + QStringLiteral("/actions/publish")).status,
             200);
    QCOMPARE(as(m_productToken, "POST", QStringLiteral("/releases/") + foreign + QStringLiteral("/actions/yank"))
                 .status,
             404);
    // Creates releases of its own product only.
    const QByteArray mine = document(
        {{QStringLiteral("type"), QStringLiteral("releases")},
         {QStringLiteral("attributes"),
          QJsonObject{{QStringLiteral("version"), QStringLiteral("8.1.0")},
                      {QStringLiteral("channel"), QStringLiteral("stable")}}},
         {QStringLiteral("relationships"),
          QJsonObject{{QStringLiteral("product"), SandboxClient::relation(QStringLiteral("products"), m_licensed)}}}});
    QCOMPARE(as(m_productToken, "POST", QStringLiteral("/releases"), mine).status, 201);
    QByteArray theirs = mine;
    theirs.replace(m_licensed.toLatin1(), m_other.toLatin1());
    QCOMPARE(as(m_productToken, "POST", QStringLiteral("/releases"), theirs).status, 403);
    QCOMPARE(as(m_licenseToken, "POST", QStringLiteral("/releases"), mine).status, 403);
    QCOMPARE(as({}, "POST", QStringLiteral("/releases"), mine).status, 401);
    reply = as(m_productToken, "GET", QStringLiteral("/artifacts?limit=100"));
    for (const QJsonValue &value : reply.list()) {
        const QString releaseId = relatedId(value.toObject(), "release");
        QCOMPARE(relatedId(get(QStringLiteral("/releases/") + releaseId).data(), "product"), m_licensed);
    }
}

void TestSandboxReleases::licenseSeesPublishedEntitledReleases()
{
    const QString productId = m_licensed;
    const QString open = release(productId, QStringLiteral("9.0.0"), QStringLiteral("stable"));
    const QString pro = release(productId, QStringLiteral("9.1.0"), QStringLiteral("stable"));
    const QString enterprise = release(productId, QStringLiteral("9.2.0"), QStringLiteral("stable"));
    const QString draft = release(productId, QStringLiteral("9.3.0"), QStringLiteral("stable"), "DRAFT");
    const QString yanked = release(productId, QStringLiteral("9.0.1"), QStringLiteral("stable"), "YANKED");
    const QString foreign = release(m_other, QStringLiteral("9.0.0"), QStringLiteral("stable"));
    const QString closed = release(m_closed, QStringLiteral("9.0.0"), QStringLiteral("stable"));
    const QString openProduct = release(m_open, QStringLiteral("9.0.0"), QStringLiteral("stable"));
    for (const auto &[id, entitlementId] : {std::pair{pro, m_pro}, std::pair{enterprise, m_enterprise}}) {
        QCOMPARE(m_client
                     .send("POST",
                           m_client.accountPath() + QStringLiteral("/releases/") + id + QStringLiteral("/constraints"),
                           documentOf({constraintOn(entitlementId)}))
                     .status,
                 200);
    }
    const QString proFile = uploaded(pro, QStringLiteral("pro.zip"));
    const QString openFile = uploaded(open, QStringLiteral("open.zip"));
    const QString waiting = m_client.createArtifact(open, QStringLiteral("waiting.zip")).id();
    const QString draftFile = uploaded(draft, QStringLiteral("draft.zip"));

    // The entitled license: published releases of its product and of OPEN products, within its entitlements.
    Reply reply = as(m_licenseToken, "GET", QStringLiteral("/releases?limit=100"));
    QCOMPARE(reply.status, 200);
    QStringList ids = idsOf(reply);
    for (const QString &id : {open, pro, openProduct}) {
        QVERIFY2(ids.contains(id), qPrintable(id));
    }
    for (const QString &id : {enterprise, draft, yanked, foreign, closed}) {
        QVERIFY2(!ids.contains(id), qPrintable(id));
    }
    QCOMPARE(as(m_licenseToken, "GET", QStringLiteral("/releases/") + pro).status, 200);
    QCOMPARE(as(m_licenseToken, "GET", QStringLiteral("/releases/9.1.0")).status, 200);
    for (const QString &id : {enterprise, draft, yanked, foreign, closed}) {
        QCOMPARE(as(m_licenseToken, "GET", QStringLiteral("/releases/") + id).status, 404);
    }
    // Artifacts: uploaded ones of those releases only; the entitled license is redirected to the download.
    reply = as(m_licenseToken, "GET", QStringLiteral("/artifacts?limit=100"));
    ids = idsOf(reply);
    QVERIFY(ids.contains(proFile) && ids.contains(openFile));
    QVERIFY(!ids.contains(waiting) && !ids.contains(draftFile));
    QCOMPARE(as(m_licenseToken, "GET", QStringLiteral("/artifacts/") + proFile).status, 303);
    QCOMPARE(as(m_licenseToken, "GET", QStringLiteral("/artifacts/") + waiting).status, 404);
    QCOMPARE(as(m_licenseToken, "GET", QStringLiteral("/releases/") + pro + QStringLiteral("/artifacts")).list().size(),
             1);
    QCOMPARE(as(m_licenseToken, "GET", QStringLiteral("/artifacts/") + proFile + QStringLiteral("?ttl=120")).status,
             303);

    // The license without PRO does not see the constrained release or its files.
    reply = as(m_unentitledToken, "GET", QStringLiteral("/releases?limit=100"));
    ids = idsOf(reply);
    QVERIFY(ids.contains(open));
    QVERIFY(!ids.contains(pro));
    QCOMPARE(as(m_unentitledToken, "GET", QStringLiteral("/releases/") + pro).status, 404);
    QCOMPARE(as(m_unentitledToken, "GET", QStringLiteral("/artifacts/") + proFile).status, 404);
    QCOMPARE(as(m_unentitledToken, "GET", QStringLiteral("/artifacts/") + openFile).status, 303);
    // Attaching PRO to the license opens the release to it.
    QCOMPARE(attach(m_unentitled, m_pro), QString());
    QCOMPARE(as(m_unentitledToken, "GET", QStringLiteral("/releases/") + pro).status, 200);

    // A license authenticating with its key sees the same.
    const QString keyPolicy = m_client
                                  .createPolicy(m_licensed,
                                                {{QStringLiteral("authenticationStrategy"), QStringLiteral("LICENSE")}})
                                  .id();
    const Reply keyed = m_client.createLicense(keyPolicy);
    const QByteArray key = keyed.attributes().value(QLatin1String("key")).toString().toLatin1();
    reply = m_client.send("GET",
                          m_client.accountPath() + QStringLiteral("/releases/") + open,
                          {},
                          {{"Authorization", "License " + key}},
                          false);
    QCOMPARE(reply.status, 200);
    reply = m_client.send("GET",
                          m_client.accountPath() + QStringLiteral("/releases/") + pro,
                          {},
                          {{"Authorization", "License " + key}},
                          false);
    QCOMPARE(reply.status, 404);

    // A suspended license (token) is refused with Keygen's reason.
    const QString suspended = m_client.createLicense(m_policy).id();
    const QString suspendedToken = tokenFor(QStringLiteral("licenses"), suspended);
    QCOMPARE(m_client
                 .send("POST",
                       m_client.accountPath() + QStringLiteral("/licenses/") + suspended
                           + QStringLiteral("/actions/suspend"))
                 .status,
             200);
    reply = as(suspendedToken, "GET", QStringLiteral("/releases/") + open);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.firstError().value(QLatin1String("detail")).toString(),
             QStringLiteral("You do not have permission to complete the request (license is suspended)"));
    QCOMPARE(as(suspendedToken, "GET", QStringLiteral("/releases/") + openProduct).status, 200); // OPEN, unconstrained
    QCOMPARE(as(suspendedToken, "GET", QStringLiteral("/releases?product=") + productId).status, 403);
}

void TestSandboxReleases::licenseAccessWindow()
{
    // A license that expired yesterday (RESTRICT_ACCESS) keeps the releases from before its expiry only.
    const QString policyId = m_client.createPolicy(m_other).id();
    const QString expiry = keygenTimestamp(QDateTime::currentDateTimeUtc().addDays(-1));
    const QString licenseId = m_client.createLicense(policyId, {{QStringLiteral("expiry"), expiry}}).id();
    const QString token = tokenFor(QStringLiteral("licenses"), licenseId);
    const QString before = release(m_other,
                                   QStringLiteral("10.0.0"),
                                   QStringLiteral("stable"),
                                   "PUBLISHED",
                                   {{QStringLiteral("backdated"),
                                     keygenTimestamp(QDateTime::currentDateTimeUtc().addDays(-2))}});
    const QString after = release(m_other, QStringLiteral("10.1.0"), QStringLiteral("stable"));
    QCOMPARE(as(token, "GET", QStringLiteral("/releases/") + before).status, 200);
    const Reply reply = as(token, "GET", QStringLiteral("/releases/") + after);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.firstError().value(QLatin1String("detail")).toString(),
             QStringLiteral(
                 "You do not have permission to complete the request (license expiry falls outside of access window)"));
    // REVOKE_ACCESS: an expired license sees nothing it needs a license for.
    const QString revoking = m_client
                                 .createPolicy(m_other,
                                               {{QStringLiteral("expirationStrategy"),
                                                 QStringLiteral("REVOKE_ACCESS")}})
                                 .id();
    const QString revoked = tokenFor(QStringLiteral("licenses"),
                                     m_client.createLicense(revoking, {{QStringLiteral("expiry"), expiry}}).id());
    QCOMPARE(as(revoked, "GET", QStringLiteral("/releases/") + before)
                 .firstError()
                 .value(QLatin1String("detail"))
                 .toString(),
             QStringLiteral("You do not have permission to complete the request (license is expired)"));
}

void TestSandboxReleases::userSeesThroughItsLicenses()
{
    const Reply user = m_client.create(QStringLiteral("users"),
                                       {{QStringLiteral("email"), QStringLiteral("ann@example.com")}});
    QCOMPARE(user.status, 201);
    const QString userToken = tokenFor(QStringLiteral("users"), user.id());
    const QString pro = release(m_licensed, QStringLiteral("11.0.0"), QStringLiteral("stable"));
    QCOMPARE(m_client
                 .send("POST",
                       m_client.accountPath() + QStringLiteral("/releases/") + pro + QStringLiteral("/constraints"),
                       documentOf({constraintOn(m_pro)}))
                 .status,
             200);
    const QString plain = release(m_licensed, QStringLiteral("11.0.1"), QStringLiteral("stable"));
    // No license: nothing of the LICENSED product.
    QCOMPARE(as(userToken, "GET", QStringLiteral("/releases/") + plain).status, 404);
    QVERIFY(!idsOf(as(userToken, "GET", QStringLiteral("/releases?limit=100"))).contains(plain));
    // Owning a license of it: its unconstrained releases; with PRO attached, the constrained one too.
    const QString licenseId = m_client
                                  .createLicense(m_policy,
                                                 {},
                                                 {{QStringLiteral("owner"), {QStringLiteral("users"), user.id()}}})
                                  .id();
    QCOMPARE(as(userToken, "GET", QStringLiteral("/releases/") + plain).status, 200);
    QCOMPARE(as(userToken, "GET", QStringLiteral("/releases/") + pro).status, 404);
    QCOMPARE(attach(licenseId, m_pro), QString());
    QCOMPARE(as(userToken, "GET", QStringLiteral("/releases/") + pro).status, 200);
    QCOMPARE(as(userToken, "POST", QStringLiteral("/releases/") + pro + QStringLiteral("/actions/yank")).status, 403);
}

void TestSandboxReleases::anonymousSeesOpenProducts()
{
    const QString open = release(m_open, QStringLiteral("12.0.0"), QStringLiteral("stable"));
    const QString constrained = release(m_open, QStringLiteral("12.1.0"), QStringLiteral("stable"));
    QCOMPARE(m_client
                 .send("POST",
                       m_client.accountPath() + QStringLiteral("/releases/") + constrained
                           + QStringLiteral("/constraints"),
                       documentOf({constraintOn(m_pro)}))
                 .status,
             200);
    const QString draft = release(m_open, QStringLiteral("12.2.0"), QStringLiteral("stable"), "DRAFT");
    const QString licensed = release(m_licensed, QStringLiteral("12.0.0"), QStringLiteral("stable"));
    const QString file = uploaded(open, QStringLiteral("viewer.zip"));
    const QString constrainedFile = uploaded(constrained, QStringLiteral("viewer-pro.zip"));

    // A page with an OPEN release that needs an entitlement: Keygen asks for a token.
    QCOMPARE(as({}, "GET", QStringLiteral("/releases?limit=100")).status, 401);
    // Without it (constraints within a code nobody has): OPEN published releases only.
    const Reply list = as({}, "GET", QStringLiteral("/releases?limit=100&entitlements[]=NONE"));
    QCOMPARE(list.status, 200);
    QVERIFY(idsOf(list).contains(open));
    for (const QJsonValue &value : list.list()) {
        QCOMPARE(relatedId(value.toObject(), "product"), m_open);
        QCOMPARE(value.toObject()
                     .value(QLatin1String("attributes"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("PUBLISHED"));
    }
    QCOMPARE(as({}, "GET", QStringLiteral("/releases/") + open).status, 200);
    QCOMPARE(as({}, "GET", QStringLiteral("/releases/12.0.0")).id(), open);
    QCOMPARE(as({}, "GET", QStringLiteral("/releases/") + constrained).status, 401);
    QCOMPARE(as({}, "GET", QStringLiteral("/releases/") + draft).status, 404);
    QCOMPARE(as({}, "GET", QStringLiteral("/releases/") + licensed).status, 404);
    // Artifacts: those of unconstrained OPEN releases.
    const QStringList files = idsOf(as({}, "GET", QStringLiteral("/artifacts?limit=100")));
    QVERIFY(files.contains(file));
    QVERIFY(!files.contains(constrainedFile));
    QCOMPARE(as({}, "GET", QStringLiteral("/artifacts/") + file).status, 303);
    QCOMPARE(as({}, "GET", QStringLiteral("/artifacts/") + file + QStringLiteral("?ttl=120")).status,
             303); // ttl ignored
    QCOMPARE(as({}, "GET", QStringLiteral("/artifacts/") + constrainedFile).status, 404);
    // The upgrade is the constrained release: not without a token.
    QCOMPARE(as({}, "GET", QStringLiteral("/releases/") + open + QStringLiteral("/upgrade")).status, 401);
    QCOMPARE(as({}, "PATCH", QStringLiteral("/releases/") + open, patchOf("releases", {})).status, 401);
    QCOMPARE(as({}, "GET", QStringLiteral("/releases/") + open + QStringLiteral("/constraints")).status, 401);
}

void TestSandboxReleases::environments()
{
    const QList<QPair<QByteArray, QByteArray>> isolated{{"Keygen-Environment", "rel-staging"}};
    const QList<QPair<QByteArray, QByteArray>> shared{{"Keygen-Environment", "rel-qa"}};
    const QString staging = m_client
                                .create(QStringLiteral("environments"),
                                        {{QStringLiteral("name"), QStringLiteral("Staging")},
                                         {QStringLiteral("code"), QStringLiteral("rel-staging")}})
                                .id();
    QVERIFY(!staging.isEmpty());
    QCOMPARE(m_client
                 .create(QStringLiteral("environments"),
                         {{QStringLiteral("name"), QStringLiteral("QA")},
                          {QStringLiteral("code"), QStringLiteral("rel-qa")},
                          {QStringLiteral("isolationStrategy"), QStringLiteral("SHARED")}})
                 .status,
             201);
    auto send = [&](const QByteArray &method,
                    const QString &path,
                    const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers) {
        return m_client.send(method, m_client.accountPath() + path, body, headers);
    };
    const Reply productReply = send("POST",
                                    QStringLiteral("/products"),
                                    document({{QStringLiteral("type"), QStringLiteral("products")},
                                              {QStringLiteral("attributes"),
                                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Staged")}}}}),
                                    isolated);
    QCOMPARE(productReply.status, 201);
    const QByteArray body = document(
        {{QStringLiteral("type"), QStringLiteral("releases")},
         {QStringLiteral("attributes"),
          QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0.0")},
                      {QStringLiteral("channel"), QStringLiteral("stable")}}},
         {QStringLiteral("relationships"),
          QJsonObject{
              {QStringLiteral("product"), SandboxClient::relation(QStringLiteral("products"), productReply.id())}}}});
    const Reply created = send("POST", QStringLiteral("/releases"), body, isolated);
    QCOMPARE(created.status, 201);
    QCOMPARE(relatedId(created.data(), "environment"), staging);
    // It lives in its environment only; the global product is out of reach there.
    QCOMPARE(send("GET", QStringLiteral("/releases/") + created.id(), {}, isolated).status, 200);
    QCOMPARE(get(QStringLiteral("/releases/") + created.id()).status, 404);
    QCOMPARE(send("POST", QStringLiteral("/releases"), body, {}).status, 422); // the product is not global
    const QString global = release(m_licensed, QStringLiteral("13.0.0"), QStringLiteral("stable"));
    QCOMPARE(send("GET", QStringLiteral("/releases/") + global, {}, isolated).status, 404);
    // A shared environment reads the global release but does not change it.
    QCOMPARE(send("GET", QStringLiteral("/releases/") + global, {}, shared).status, 200);
    QCOMPARE(send("POST", QStringLiteral("/releases/") + global + QStringLiteral("/actions/yank"), {}, shared).status,
             403);
    const Reply artifactReply = send("POST",
                                     QStringLiteral("/artifacts"),
                                     document(
                                         {{QStringLiteral("type"), QStringLiteral("artifacts")},
                                          {QStringLiteral("attributes"),
                                           QJsonObject{{QStringLiteral("filename"), QStringLiteral("staged.zip")}}},
                                          {QStringLiteral("relationships"),
                                           QJsonObject{
                                               {QStringLiteral("release"),
                                                SandboxClient::relation(QStringLiteral("releases"), created.id())}}}}),
                                     isolated);
    QCOMPARE(artifactReply.status, 307);
    QCOMPARE(relatedId(artifactReply.data(), "environment"), staging);
    QCOMPARE(get(QStringLiteral("/artifacts/") + artifactReply.id()).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/artifacts/") + artifactReply.id(), {}, isolated).status, 200);
}

void TestSandboxReleases::demoDataFitsTheSpecs()
{
    SandboxServer server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    QVERIFY2(seedDemoData(server.store(), server.account(), 20, &error), qPrintable(error));
    SandboxClient client(server);
    client.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);

    const Reply releases = client.send("GET", client.accountPath() + QStringLiteral("/releases?limit=100"));
    QCOMPARE(releases.status, 200);
    QVERIFY(!releases.list().isEmpty());
    for (const QJsonValue &value : releases.list()) {
        const QJsonObject attributes = value.toObject().value(QLatin1String("attributes")).toObject();
        QCOMPARE(sorted(attributes.keys()),
                 sorted(words("name description channel status tag version semver metadata created updated backdated "
                              "yanked")));
    }
    const Reply artifacts = client.send("GET", client.accountPath() + QStringLiteral("/artifacts?limit=100"));
    QCOMPARE(artifacts.status, 200);
    QVERIFY(!artifacts.list().isEmpty());
    for (const QJsonValue &value : artifacts.list()) {
        QCOMPARE(sorted(value.toObject().value(QLatin1String("attributes")).toObject().keys()),
                 sorted(words(
                     "filename filetype filesize platform arch signature checksum status metadata created updated")));
        QCOMPARE(sorted(relationshipsOf(value.toObject()).keys()), sorted(words("account environment release")));
    }
    // Every seeded release passes the release rules (version fits channel, unique per product): a no-op update of
    // each one is accepted.
    ListQuery query;
    query.accountId = server.account().id;
    query.type = QStringLiteral("releases");
    query.limit = 100000;
    const QList<StoredResource> stored = server.store().list(query);
    for (const StoredResource &release : stored) {
        const Reply reply = client.send("PATCH",
                                        client.accountPath() + QStringLiteral("/releases/") + release.id,
                                        patchOf("releases",
                                                {{QStringLiteral("metadata"),
                                                  release.attributes.value(QLatin1String("metadata"))}}));
        QVERIFY2(reply.status == 200, reply.body.constData());
        QCOMPARE(reply.attributes().value(QLatin1String("semver")).toObject(),
                 release.attributes.value(QLatin1String("semver")).toObject());
    }
    // Channel filters over the seeded trains.
    const Reply stable = client.send("GET",
                                     client.accountPath() + QStringLiteral("/releases?channel=stable&limit=100"));
    for (const QJsonValue &value : stable.list()) {
        QCOMPARE(value.toObject()
                     .value(QLatin1String("attributes"))
                     .toObject()
                     .value(QLatin1String("channel"))
                     .toString(),
                 QStringLiteral("stable"));
    }
    // A seeded uploaded artifact of a published release redirects to its download.
    const Reply uploadedFiles = client.send("GET",
                                            client.accountPath()
                                                + QStringLiteral("/artifacts?status=UPLOADED&limit=1"));
    QCOMPARE(uploadedFiles.list().size(), 1);
    const QString release = relatedId(uploadedFiles.list().first().toObject(), "release");
    const Reply owner = client.send("GET", client.accountPath() + QStringLiteral("/releases/") + release);
    const int expected = owner.attributes().value(QLatin1String("status")).toString() == QLatin1String("YANKED") ? 200
                                                                                                                 : 303;
    QCOMPARE(client.send("GET", client.accountPath() + QStringLiteral("/artifacts/") + idsOf(uploadedFiles).first())
                 .status,
             expected);
}

QTEST_GUILESS_MAIN(TestSandboxReleases)
#include "tst_sandboxreleases.moc"
