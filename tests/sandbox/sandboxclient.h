#pragma once

// A small HTTP client for the sandbox tests: JSON:API requests over real loopback HTTP, with the admin token.

#include "app/sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace keydesk::test {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray target;                     // what was requested: path and query
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    QJsonObject data() const { return json.value(QLatin1String("data")).toObject(); }

    QJsonArray list() const { return json.value(QLatin1String("data")).toArray(); }

    QJsonObject attributes() const { return data().value(QLatin1String("attributes")).toObject(); }

    QString id() const { return data().value(QLatin1String("id")).toString(); }

    QJsonObject firstError() const { return json.value(QLatin1String("errors")).toArray().at(0).toObject(); }

    QString errorCode() const { return firstError().value(QLatin1String("code")).toString(); }
};

class SandboxClient
{
public:
    explicit SandboxClient(const sandbox::SandboxServer &server)
        : m_server(server)
    {
    }

    QString accountPath() const { return QStringLiteral("/v1/accounts/") + m_server.account().slug; }

    Reply send(const QByteArray &method,
               const QString &path,
               const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {},
               bool authenticated = true)
    {
        QUrl url = m_server.baseUrl();
        const qsizetype question = path.indexOf(QLatin1Char('?'));
        url.setPath(path.left(question));
        if (question >= 0) {
            url.setQuery(path.mid(question + 1));
        }
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, m_redirectPolicy);
        request.setRawHeader("Accept", "application/vnd.api+json");
        if (!body.isEmpty()) {
            request.setRawHeader("Content-Type", "application/vnd.api+json");
        }
        if (authenticated) {
            request.setRawHeader("Authorization", "Bearer " + m_server.adminToken().toLatin1());
        }
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(10000);
        }
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.networkError = reply->error();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            result.headers.insert(name.toLower(), value);
        }
        result.target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        reply->deleteLater();
        return result;
    }

    // POST /<type> with attributes and to-one relationships ({"policy": id} …).
    Reply create(const QString &type,
                 const QJsonObject &attributes,
                 const QList<QPair<QString, QPair<QString, QString>>> &relationships = {})
    {
        QJsonObject data{{QStringLiteral("type"), type}, {QStringLiteral("attributes"), attributes}};
        QJsonObject related;
        for (const auto &[name, target] : relationships) {
            related.insert(name, relation(target.first, target.second));
        }
        if (!related.isEmpty()) {
            data.insert(QStringLiteral("relationships"), related);
        }
        return send("POST",
                    accountPath() + QLatin1Char('/') + type,
                    QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson());
    }

    // A policy of `product` named "Policy" with the given attributes.
    Reply createPolicy(const QString &product, const QJsonObject &attributes = {})
    {
        QJsonObject all = attributes;
        all.insert(QStringLiteral("name"), QStringLiteral("Policy"));
        return checked(create(QStringLiteral("policies"),
                              all,
                              {{QStringLiteral("product"), {QStringLiteral("products"), product}}}));
    }

    Reply createLicense(const QString &policy,
                        const QJsonObject &attributes = {},
                        const QList<QPair<QString, QPair<QString, QString>>> &relationships = {})
    {
        QList<QPair<QString, QPair<QString, QString>>> all{
            {QStringLiteral("policy"), {QStringLiteral("policies"), policy}}};
        all += relationships;
        return create(QStringLiteral("licenses"), attributes, all);
    }

    Reply activateMachine(const QString &license, const QString &fingerprint, const QJsonObject &attributes = {})
    {
        QJsonObject all = attributes;
        all.insert(QStringLiteral("fingerprint"), fingerprint);
        return create(QStringLiteral("machines"),
                      all,
                      {{QStringLiteral("license"), {QStringLiteral("licenses"), license}}});
    }

    // A release of `product` (a DRAFT unless `attributes` set the status).
    Reply createRelease(const QString &product,
                        const QString &version,
                        const QString &channel,
                        const QJsonObject &attributes = {})
    {
        QJsonObject all = attributes;
        all.insert(QStringLiteral("version"), version);
        all.insert(QStringLiteral("channel"), channel);
        return create(QStringLiteral("releases"),
                      all,
                      {{QStringLiteral("product"), {QStringLiteral("products"), product}}});
    }

    // An artifact of `release`; Keygen answers 307 to the upload link, so use it with redirects not followed.
    Reply createArtifact(const QString &release, const QString &filename, const QJsonObject &attributes = {})
    {
        QJsonObject all = attributes;
        all.insert(QStringLiteral("filename"), filename);
        return create(QStringLiteral("artifacts"),
                      all,
                      {{QStringLiteral("release"), {QStringLiteral("releases"), release}}});
    }

    // Whether send() follows redirects (Qt's default: those no less safe). Artifacts answer 303 and 307, which a
    // test may want to see as they come (QNetworkRequest::ManualRedirectPolicy).
    void setRedirectPolicy(QNetworkRequest::RedirectPolicy policy) { m_redirectPolicy = policy; }

    static QJsonObject relation(const QString &type, const QString &id)
    {
        return QJsonObject{
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), id}}}};
    }

private:
    static Reply checked(const Reply &reply)
    {
        if (reply.status != 201) {
            qWarning("unexpected answer %d: %s", reply.status, reply.body.constData());
        }
        return reply;
    }

    const sandbox::SandboxServer &m_server;
    QNetworkAccessManager m_network;
    QNetworkRequest::RedirectPolicy m_redirectPolicy = QNetworkRequest::NoLessSafeRedirectPolicy;
};

} // namespace keydesk::test
