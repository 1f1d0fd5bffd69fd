#pragma once
// WaitingModel: the contacts waiting in one skill group in their true serving order (aging
// included), with VIP level, time waited, the position the customer was told, the estimate and
// the decision trace — from `group.waiting`, refreshed while followed. A supervisor can set a
// waiting contact's level (`contact.level`) or moves it to another group (`contact.move`), both
// audited by the router.

#include "poller.h"
#include "routerclient.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QPointer>

namespace baton::models {

struct WaitingContact {
    qint64 contact = 0;
    QString channel;
    int vipLevel = 0;
    int effectiveLevel = 0;
    int position = 0;
    double waitedSeconds = 0;
    std::optional<double> estimatedWaitSeconds;
    bool offered = false;
    QStringList trace;
    bool operator==(const WaitingContact &) const = default;
};

class WaitingModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Contact, Channel, Level, Waited, ToldPosition, EstimatedWait, Offered, ColumnCount };
    enum Role { ContactRole = Qt::UserRole + 1 };

    explicit WaitingModel(QObject *parent = nullptr);

    void follow(net::RouterClient *client, const QString &group, int intervalMs = 2000);
    QString group() const { return m_group; }
    void refresh();
    void apply(const QJsonArray &waiting);
    const QList<WaitingContact> &contacts() const { return m_rows; }
    void setLevel(qint64 contact, int level);
    // Moves a waiting contact to another group's queue (`contact.move`, audited by the router).
    void moveTo(qint64 contact, const QString &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Rows can be dragged onto a skill group on the dashboard (models/dragdrop.h).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

Q_SIGNALS:
    void failed(const QString &message);

private:
    void command(const QString &type, const QJsonObject &body);
    QPointer<net::RouterClient> m_client;
    QString m_group;
    QList<WaitingContact> m_rows;
    Poller m_poller;
};

}  // namespace baton::models
