#pragma once
// Poller: asks the router one request again and again while someone looks — never a second time
// while an answer is outstanding, and dropping answers to what was asked before start() was
// called again. For data the router does not push (agents.list, group.waiting).

#include "routerclient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace baton::models {

class Poller : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<void(const QJsonObject &body)>;

    explicit Poller(QObject *parent = nullptr);

    // Asks `type` with `body` now and every `intervalMs`; answers go to `onReply`.
    void start(net::RouterClient *client, const QString &type, QJsonObject body, int intervalMs, Handler onReply);
    void stop();
    // Asks now, unless an answer is outstanding.
    void poll();

Q_SIGNALS:
    void failed(const QString &message);

private:
    QPointer<net::RouterClient> m_client;
    QString m_type;
    QJsonObject m_body;
    Handler m_handler;
    QTimer m_timer;
    bool m_asking = false;
    quint64 m_generation = 0;
};

}  // namespace baton::models
