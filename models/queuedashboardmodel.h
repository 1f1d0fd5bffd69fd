#pragma once
// QueueDashboardModel: a supervisor's live view of every skill group — waiting now, longest wait,
// estimated wait for a new contact, service level, abandonment, answered of entered, average
// speed of answer and handle time, agents by state — from the router's `stats` pushes (at most
// twice a second). Rows change in place (dataChanged for the cells that moved), never a reset,
// so views do not flicker with 200 groups.

#include "routerclient.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

namespace baton::models {

struct GroupFigures {
    QString group;
    QString name;
    int waiting = 0;
    double longestWaitSeconds = 0;
    std::optional<double> estimatedWaitSeconds;
    long long entered = 0;
    long long answered = 0;
    long long abandoned = 0;
    long long handled = 0;
    std::optional<double> serviceLevel;       // 0–1
    double serviceLevelTarget = 0;
    double serviceLevelThresholdSeconds = 0;
    std::optional<double> abandonmentRate;
    std::optional<double> averageSpeedOfAnswerSeconds;
    std::optional<double> averageHandleTimeSeconds;
    std::optional<double> meanPatienceSeconds;  // callers' mean patience (Erlang A); none before an abandonment
    QHash<QString, int> agentsByState;        // available, offered, busy, wrapUp, notReady, offline
    QHash<QString, int> availableByChannel;   // "voice" → agents who could take a call now

    static GroupFigures fromJson(const QJsonObject &o);
    bool operator==(const GroupFigures &) const = default;
};

class QueueDashboardModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Group, Waiting, LongestWait, EstimatedWait, ServiceLevel, Abandonment, Answered, Asa, Aht, Available, Busy,
                  WrapUp, NotReady, ColumnCount };
    enum Role { GroupIdRole = Qt::UserRole + 1, ValueRole, BelowTargetRole };

    explicit QueueDashboardModel(QObject *parent = nullptr);

    // Subscribes `client` to statistics and follows its pushes; nullptr stops.
    void subscribe(net::RouterClient *client);
    // For tests and for the first answer: the figures of every group.
    void apply(const QJsonArray &groups);
    const QList<GroupFigures> &groups() const { return m_groups; }
    const GroupFigures *figures(const QString &group) const;
    // Site totals for the tiles.
    int totalWaiting() const;
    double longestWaitSeconds() const;
    int agentsIn(const QString &state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString duration(double seconds);

Q_SIGNALS:
    void updated();
    void failed(const QString &message);

private:
    QPointer<net::RouterClient> m_client;
    QMetaObject::Connection m_pushes;
    QList<GroupFigures> m_groups;
};

}  // namespace baton::models
