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
#include <QAbstractProxyModel>

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
    // How agents and businesses are shown (ids otherwise): the site directory's names.
    void setNames(QHash<QString, QString> agents, QHash<QString, QString> businesses);

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
    QHash<QString, QString> m_agentNames;
    QHash<QString, QString> m_businessNames;
    quint64 m_generation = 0;  // replies for an earlier customer are dropped
};

// A flat filter over HistoryModel that rebuilds its row list in one pass and resets, instead of
// QSortFilterProxyModel's row-range diffing: clearing a filter over 100,000 rows took 0.3–1 s
// there, a pass here takes milliseconds. Rows the source appends (the next page) are filtered
// and appended; a changed row is re-checked.
class HistoryFilter : public QAbstractProxyModel {
    Q_OBJECT

public:
    explicit HistoryFilter(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *source) override;
    void setChannels(const QSet<QString> &channels);  // empty: every channel
    void setText(const QString &text);
    bool accepts(int sourceRow) const;

    QModelIndex mapToSource(const QModelIndex &proxy) const override;
    QModelIndex mapFromSource(const QModelIndex &source) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void rebuild();
    void sourceAppended(const QModelIndex &parent, int first, int last);
    void sourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    const HistoryModel *m_history = nullptr;
    QSet<QString> m_channels;
    QStringList m_words;
    QList<int> m_rows;       // proxy row → source row
    QList<int> m_proxyOf;    // source row → proxy row, -1 when filtered out
    QList<QMetaObject::Connection> m_connections;
};

}  // namespace baton::models
