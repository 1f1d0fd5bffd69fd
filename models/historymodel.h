#pragma once
// HistoryModel: one customer's history across voice, chat, SMS, email, web and app, newest
// first, read a page at a time through `history.page` (fetchMore, so a view asks for more as it
// scrolls and a customer with 10,000 interactions opens at once). HistoryFilter narrows it by
// channel and by text — Chinese included — over business, summary, notes, disposition, IVR path
// and agent, using a lower-cased search text kept per row so a keystroke stays cheap.

#include "routerclient.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

namespace baton::models {

struct HistoryItem {
    qint64 id = 0;
    QDateTime started;  // UTC
    QDateTime ended;
    QString channel;
    QString agent;
    QString business;
    QStringList ivrPath;
    QString summary;
    QString disposition;
    QString notes;
    int csat = 0;       // 1–5; 0 when not rated
    QString haystack;   // lower-cased text the filter searches

    static HistoryItem fromJson(const QJsonObject &o);
};

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Started, Channel, Agent, Business, Summary, Disposition, Csat, ColumnCount };
    enum Role { ChannelRole = Qt::UserRole + 1, SearchTextRole, ItemIdRole, CsatRole };

    explicit HistoryModel(QObject *parent = nullptr);

    // Shows `customer`'s history through `client` (or nothing for an empty id).
    void setCustomer(net::RouterClient *client, const QString &customer);
    QString customer() const { return m_customer; }
    // For tests and imports: rows without a router.
    void setItems(QList<HistoryItem> items);
    void appendItems(const QList<HistoryItem> &items);
    void updateItem(const HistoryItem &item);  // replaces the row with the same id
    const HistoryItem &item(int row) const { return m_items.at(row); }
    bool isLoading() const { return m_loading; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int n) { m_pageSize = n; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString channelName(const QString &channel);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    QPointer<net::RouterClient> m_client;
    QString m_customer;
    QList<HistoryItem> m_items;
    QHash<qint64, int> m_rowOf;
    QJsonObject m_next;     // the cursor of the next page; empty: no more
    bool m_loading = false;
    bool m_exhausted = true;   // every page has been read (or there is nothing to read)
    int m_pageSize = 100;
    quint64 m_generation = 0;  // replies for an earlier customer are dropped
};

class HistoryFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setChannels(const QSet<QString> &channels);  // empty: every channel
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_channels;
    QStringList m_words;
};

}  // namespace baton::models
