#pragma once
// KeysetPager: what a list model needs to page one of the router's list requests
// (journey.list, review.list …) by its keyset cursor. The `next` of one answer goes as `after`
// in the next request; one request is out at a time; an answer to a request made before the
// last restart() is dropped (the filter changed meanwhile), as is one that comes after the
// model is gone.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

class QObject;

namespace baton::net {
class RouterClient;
}

namespace baton::models {

class KeysetPager {
public:
    struct Handlers {
        std::function<void(const QJsonArray &items)> items;  // a page came (not called for an empty one)
        std::function<void(const QString &message)> failed;  // the router refused: paging stops
        std::function<void(bool loading)> loadingChanged;
    };

    explicit KeysetPager(QString requestType) : m_type(std::move(requestType)) {}

    void setPageSize(int n) { m_pageSize = n; }
    bool isLoading() const { return m_loading; }
    bool canFetchMore() const { return !m_loading && !m_exhausted; }
    // From the first page again; with nothing to ask (no client) it is exhausted. Returns
    // whether a request was out (its answer will be dropped: loading is over).
    bool restart(bool canAsk);
    // Asks for the next page with `filter`'s fields. `owner` holds this pager and the handlers.
    void fetch(net::RouterClient &client, QJsonObject filter, QObject *owner, Handlers handlers);

private:
    QString m_type;
    QJsonObject m_next;
    bool m_loading = false;
    bool m_exhausted = true;
    int m_pageSize = 50;
    quint64 m_generation = 0;
};

}  // namespace baton::models
