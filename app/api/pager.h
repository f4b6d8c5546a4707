#pragma once

#include "app/api/apiclient.h"

namespace keydesk::api {

// Reads a whole list, page by page: cursor pagination (page[cursor], page[size] up to 100), following links.next
// as Keygen sends it, which also works for a list started with page[number]. One page is requested at a time, the
// next one as soon as the current one has arrived (before it is handed on); the rate-limit governor and retries
// of the client apply to each. Pages are read as text (ListPage), not into Qt's JSON objects: the next request
// goes out a tenth of the time later, and a receiver that stores the resources needs nothing else.
class Pager final : public QObject
{
    Q_OBJECT

public:
    // `path`: a collection under the account ("licenses", "policies/<id>/licenses"); `filters`: Keygen's list
    // filters (status, product, metadata[…] …). Unless `filters` already holds a page parameter, cursor paging
    // with `pageSize` is used.
    Pager(ApiClient *client,
          const QString &path,
          const QUrlQuery &filters = {},
          int pageSize = 100,
          QObject *parent = nullptr);

    void start();
    void cancel();
    // A paused pager asks for no further page; the one already asked for still arrives. A receiver that stores
    // pages more slowly than they come pauses it until it has caught up.
    void setPaused(bool paused);

    int pages() const { return m_pages; }

    qint64 resources() const { return m_resources; }

    bool isRunning() const { return m_reply != nullptr || !m_heldLink.isEmpty(); }

Q_SIGNALS:
    void page(const QList<keydesk::api::ResourceText> &resources);
    void finished(); // every page was read
    void failed(const keydesk::api::ApiError &error);

private:
    void request(const ApiRequest &request);

    ApiClient *m_client;
    ApiRequest m_first;
    QPointer<ApiReply> m_reply;
    int m_pages = 0;
    qint64 m_resources = 0;
    QSet<QString> m_seenLinks; // a server repeating a link would otherwise loop forever
    QString m_heldLink;        // the next page, not asked for while paused
    bool m_stopped = false;
    bool m_paused = false;
};

} // namespace keydesk::api
