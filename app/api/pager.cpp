#include "app/api/pager.h"

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
    request(m_first);
}

void Pager::cancel()
{
    m_stopped = true;
    if (m_reply) {
        ApiReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Pager::request(const ApiRequest &request)
{
    ApiReply *reply = m_client->send(request, this);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_reply = nullptr;
        reply->deleteLater();
        if (!reply->ok()) {
            Q_EMIT failed(reply->error());
            return;
        }
        const Document &document = reply->document();
        if (document.dataKind() != Document::DataKind::List) {
            Q_EMIT failed(
                ApiError::malformedResponse(tr("The server did not answer with a list."), reply->httpStatus()));
            return;
        }
        ++m_pages;
        m_resources += document.resources().size();
        Q_EMIT page(document.resources(), document.included());
        if (m_stopped) {
            return; // cancelled by whoever received the page
        }
        const QString next = document.nextLink();
        if (next.isEmpty() || document.resources().isEmpty()) {
            Q_EMIT finished();
            return;
        }
        if (m_seenLinks.contains(next)) {
            Q_EMIT failed(
                ApiError::malformedResponse(tr("The server sent the same page link twice."), reply->httpStatus()));
            return;
        }
        m_seenLinks.insert(next);
        this->request(ApiRequest::get(next));
    });
}

} // namespace keydesk::api
