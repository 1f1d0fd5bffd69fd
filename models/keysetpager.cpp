#include "keysetpager.h"

#include "agentsession.h"
#include "routerclient.h"

#include <QPointer>

namespace baton::models {

bool KeysetPager::restart(bool canAsk)
{
    ++m_generation;
    m_next = {};
    m_exhausted = !canAsk;
    return std::exchange(m_loading, false);
}

void KeysetPager::fetch(net::RouterClient &client, QJsonObject filter, QObject *owner, Handlers handlers)
{
    filter.insert(QStringLiteral("limit"), m_pageSize);
    if (!m_next.isEmpty())
        filter.insert(QStringLiteral("after"), m_next);
    m_loading = true;
    handlers.loadingChanged(true);
    const quint64 generation = m_generation;
    QPointer<QObject> alive(owner);
    client.request(m_type, filter, [this, alive, generation, handlers = std::move(handlers)](const net::Message &reply) {
        if (!alive || generation != m_generation)
            return;
        m_loading = false;
        handlers.loadingChanged(false);
        if (reply.isError()) {
            m_exhausted = true;
            handlers.failed(AgentSession::describe(*reply.error));
            return;
        }
        m_next = reply.body.value(QStringLiteral("next")).toObject();
        m_exhausted = m_next.isEmpty();
        const QJsonArray items = reply.body.value(QStringLiteral("items")).toArray();
        if (!items.isEmpty())
            handlers.items(items);
    });
}

}  // namespace baton::models
