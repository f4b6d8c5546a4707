#include "app/api/pager.h"

#include <utility>

namespace keydesk::api {

Pager::Pager(ApiClient *client, const QString &path, const QUrlQuery &filters, int pageSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_first(ApiRequest::get(path, filters))
{
    bool paged = false;
    for (const auto &[key, value] : filters.queryItems(QUrl::FullyDecoded)) {
        paged = paged || key.startsWith(QLatin1String("page["));
    }
    if (!paged) {
        m_first.query.addQueryItem(QStringLiteral("page[size]"), QString::number(qBound(1, pageSize, 100)));
        m_first.query.addQueryItem(QStringLiteral("page[cursor]"), QString());
    }
}

void Pager::start()
{
    cancel();
    m_stopped = false;
    m_pages = 0;
    m_resources = 0;
    m_seenLinks.clear();
    m_heldLink.clear();
    request(m_first);
}

void Pager::cancel()
{
    m_stopped = true;
    m_heldLink.clear();
    if (m_reply) {
        ApiReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Pager::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && !m_stopped && !m_heldLink.isEmpty() && !m_reply) {
        request(ApiRequest::get(std::exchange(m_heldLink, QString())));
    }
}

// A link Keygen writes: a path on the same server. Anything else ("//host/…", "https://…") would send the token
// elsewhere.
static bool isServerPath(const QString &link)
{
    return link.startsWith(QLatin1Char('/')) && !link.startsWith(QLatin1String("//"));
}

void Pager::request(const ApiRequest &request)
{
    ApiRequest text = request;
    text.expectDocument = false; // read here, as a ListPage
    ApiReply *reply = m_client->send(text, this);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_reply = nullptr;
        reply->deleteLater();
        if (!reply->ok()) {
            Q_EMIT failed(reply->error());
            return;
        }
        QString problem;
        const std::optional<ListPage> read = ListPage::parse(reply->body(), &problem);
        if (!read) {
            Q_EMIT failed(ApiError::malformedResponse(problem, reply->httpStatus()));
            return;
        }
        ++m_pages;
        m_resources += read->resources().size();
        const QString next = read->nextLink();
        const bool last = next.isEmpty() || read->resources().isEmpty();
        if (!last && m_seenLinks.contains(next)) {
            Q_EMIT failed(
                ApiError::malformedResponse(tr("The server sent the same page link twice."), reply->httpStatus()));
            return;
        }
        if (!last && !isServerPath(next)) {
            Q_EMIT failed(
                ApiError::malformedResponse(tr("The server sent a page link to another server (%1).").arg(next),
                                            reply->httpStatus()));
            return;
        }
        // The next page is asked for before this one is handed on: the server prepares it while the receiver
        // stores this one (a sync writes its cache meanwhile). A receiver that cancels aborts that request.
        if (!last) {
            m_seenLinks.insert(next);
            if (m_paused) {
                m_heldLink = next;
            } else {
                this->request(ApiRequest::get(next));
            }
        }
        Q_EMIT page(read->resources());
        if (last && !m_stopped) {
            Q_EMIT finished();
        }
    });
}

} // namespace keydesk::api
