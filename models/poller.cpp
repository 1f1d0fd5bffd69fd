#include "poller.h"

#include "agentsession.h"

namespace baton::models {

Poller::Poller(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &Poller::poll);
}

void Poller::start(net::RouterClient *client, const QString &type, QJsonObject body, int intervalMs, Handler onReply)
{
    stop();
    m_client = client;
    m_type = type;
    m_body = std::move(body);
    m_handler = std::move(onReply);
    if (!client)
        return;
    m_timer.start(intervalMs);
    poll();
}

void Poller::stop()
{
    ++m_generation;  // an answer still on its way is for what was asked before
    m_asking = false;
    m_timer.stop();
    m_client = nullptr;
}

void Poller::poll()
{
    if (!m_client || m_asking)
        return;  // one request at a time: a slow router is not asked again meanwhile
    m_asking = true;
    const quint64 generation = m_generation;
    m_client->request(m_type, m_body, [this, generation](const net::Message &r) {
        if (generation != m_generation)
            return;
        m_asking = false;
        if (r.isError())
            Q_EMIT failed(AgentSession::describe(*r.error));
        else if (m_handler)
            m_handler(r.body);
    });
}

}  // namespace baton::models
