#include "historymodel.h"

#include "agentsession.h"

#include <QJsonArray>

namespace baton::models {

HistoryItem HistoryItem::fromJson(const QJsonObject &o)
{
    HistoryItem h;
    h.id = o.value(QStringLiteral("id")).toInteger();
    h.started = QDateTime::fromString(o.value(QStringLiteral("startedUtc")).toString(), Qt::ISODateWithMs);
    h.ended = QDateTime::fromString(o.value(QStringLiteral("endedUtc")).toString(), Qt::ISODateWithMs);
    h.channel = o.value(QStringLiteral("channel")).toString();
    h.agent = o.value(QStringLiteral("agent")).toString();
    h.business = o.value(QStringLiteral("business")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("ivrPath")).toArray())
        h.ivrPath << v.toString();
    h.summary = o.value(QStringLiteral("summary")).toString();
    h.disposition = o.value(QStringLiteral("disposition")).toString();
    h.notes = o.value(QStringLiteral("notes")).toString();
    h.csat = o.value(QStringLiteral("csat")).toInt();
    return h;
}

namespace {

void indexText(HistoryItem &h)
{
    h.haystack = QStringList{h.business, h.summary, h.notes, h.disposition, h.ivrPath.join(QLatin1Char(' ')), h.agent}
                     .join(QLatin1Char('\n'))
                     .toCaseFolded();
}

}  // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString HistoryModel::channelName(const QString &channel)
{
    if (channel == QLatin1String("voice"))
        return tr("Voice");
    if (channel == QLatin1String("chat"))
        return tr("Chat");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("email"))
        return tr("Email");
    if (channel == QLatin1String("web"))
        return tr("Web");
    if (channel == QLatin1String("app"))
        return tr("App");
    if (channel == QLatin1String("video"))
        return tr("Video");
    return channel;
}

void HistoryModel::setCustomer(net::RouterClient *client, const QString &customer)
{
    ++m_generation;
    beginResetModel();
    m_client = client;
    m_customer = customer;
    m_items.clear();
    m_rowOf.clear();
    m_next = {};
    m_exhausted = client == nullptr || customer.isEmpty();
    endResetModel();
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
    if (client && !customer.isEmpty())
        fetchMore({});
}

void HistoryModel::setItems(QList<HistoryItem> items)
{
    ++m_generation;
    beginResetModel();
    m_client = nullptr;
    m_items = std::move(items);
    m_rowOf.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        indexText(m_items[i]);
        m_rowOf.insert(m_items[i].id, i);
    }
    m_next = {};
    m_exhausted = true;
    endResetModel();
}

void HistoryModel::appendItems(const QList<HistoryItem> &items)
{
    QList<HistoryItem> fresh;
    for (HistoryItem h : items) {
        if (m_rowOf.contains(h.id))
            continue;  // a row that moved between pages while we read them
        indexText(h);
        fresh.append(std::move(h));
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_items.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (HistoryItem &h : fresh) {
        m_rowOf.insert(h.id, static_cast<int>(m_items.size()));
        m_items.append(std::move(h));
    }
    endInsertRows();
}

void HistoryModel::updateItem(const HistoryItem &item)
{
    const auto it = m_rowOf.constFind(item.id);
    if (it == m_rowOf.constEnd())
        return;
    HistoryItem h = item;
    indexText(h);
    m_items[*it] = std::move(h);
    Q_EMIT dataChanged(this->index(*it, 0), this->index(*it, ColumnCount - 1));
}

void HistoryModel::setNames(QHash<QString, QString> agents, QHash<QString, QString> businesses)
{
    m_agentNames = std::move(agents);
    m_businessNames = std::move(businesses);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, Agent), index(rowCount() - 1, Business));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryItem &h = m_items.at(idx.row());
    switch (role) {
    case ChannelRole:
        return h.channel;
    case SearchTextRole:
        return h.haystack;
    case ItemIdRole:
        return h.id;
    case CsatRole:
        return h.csat;
    case Qt::ToolTipRole:
        if (idx.column() == Summary && !h.notes.isEmpty())
            return h.notes;
        if (idx.column() == Business && !h.ivrPath.isEmpty())
            return h.ivrPath.join(QStringLiteral(" › "));
        return {};
    case Qt::DisplayRole:
        switch (idx.column()) {
        case Started:
            return QLocale().toString(h.started.toLocalTime(), QLocale::ShortFormat);
        case Channel:
            return channelName(h.channel);
        case Agent:
            return m_agentNames.value(h.agent, h.agent);
        case Business:
            return m_businessNames.value(h.business, h.business);
        case Summary:
            return h.summary;
        case Disposition:
            return h.disposition;
        case Csat:
            return h.csat > 0 ? QString(h.csat, QChar(0x2605)) : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("When");
    case Channel:
        return tr("Channel");
    case Agent:
        return tr("Agent");
    case Business:
        return tr("Business");
    case Summary:
        return tr("Summary");
    case Disposition:
        return tr("Outcome");
    case Csat:
        return tr("Rating");
    }
    return {};
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_client || m_customer.isEmpty() || m_loading)
        return false;
    return !m_exhausted;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_client || m_customer.isEmpty() || m_loading)
        return;
    if (m_exhausted)
        return;
    QJsonObject body{{QStringLiteral("customer"), m_customer}, {QStringLiteral("limit"), m_pageSize}};
    if (!m_next.isEmpty())
        body.insert(QStringLiteral("after"), m_next);
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = m_generation;
    m_client->request(QStringLiteral("history.page"), body, [this, generation](const net::Message &reply) {
        if (generation != m_generation)
            return;
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (reply.isError()) {
            Q_EMIT loadFailed(AgentSession::describe(*reply.error));
            return;
        }
        m_next = reply.body.value(QStringLiteral("next")).toObject();
        m_exhausted = m_next.isEmpty();
        QList<HistoryItem> items;
        for (const QJsonValue &v : reply.body.value(QStringLiteral("items")).toArray())
            items.append(HistoryItem::fromJson(v.toObject()));
        appendItems(items);
    });
}

HistoryFilter::HistoryFilter(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void HistoryFilter::setSourceModel(QAbstractItemModel *source)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    beginResetModel();
    QAbstractProxyModel::setSourceModel(source);
    m_history = qobject_cast<const HistoryModel *>(source);
    Q_ASSERT_X(!source || m_history, "HistoryFilter", "filters a HistoryModel only");
    endResetModel();
    if (!source)
        return;
    m_connections << connect(source, &QAbstractItemModel::modelReset, this, &HistoryFilter::rebuild)
                  << connect(source, &QAbstractItemModel::rowsInserted, this, &HistoryFilter::sourceAppended)
                  << connect(source, &QAbstractItemModel::dataChanged, this, &HistoryFilter::sourceChanged)
                  << connect(source, &QAbstractItemModel::rowsRemoved, this, &HistoryFilter::rebuild)
                  << connect(source, &QAbstractItemModel::layoutChanged, this, &HistoryFilter::rebuild);
    rebuild();
}

void HistoryFilter::setChannels(const QSet<QString> &channels)
{
    if (channels == m_channels)
        return;
    m_channels = channels;
    rebuild();
}

void HistoryFilter::setText(const QString &text)
{
    QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = std::move(words);
    rebuild();
}

bool HistoryFilter::accepts(int sourceRow) const
{
    const HistoryItem &item = m_history->item(sourceRow);
    if (!m_channels.isEmpty() && !m_channels.contains(item.channel))
        return false;
    for (const QString &w : m_words) {
        if (!item.haystack.contains(w))
            return false;
    }
    return true;
}

void HistoryFilter::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const int n = m_history ? m_history->rowCount() : 0;
    m_proxyOf = QList<int>(n, -1);
    for (int r = 0; r < n; ++r) {
        if (accepts(r)) {
            m_proxyOf[r] = static_cast<int>(m_rows.size());
            m_rows.append(r);
        }
    }
    endResetModel();
}

void HistoryFilter::sourceAppended(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first != m_proxyOf.size()) {  // not an append: start over
        rebuild();
        return;
    }
    QList<int> accepted;
    for (int r = first; r <= last; ++r) {
        m_proxyOf.append(-1);
        if (accepts(r))
            accepted.append(r);
    }
    if (accepted.isEmpty())
        return;
    const int at = static_cast<int>(m_rows.size());
    beginInsertRows({}, at, at + static_cast<int>(accepted.size()) - 1);
    for (int r : std::as_const(accepted)) {
        m_proxyOf[r] = static_cast<int>(m_rows.size());
        m_rows.append(r);
    }
    endInsertRows();
}

void HistoryFilter::sourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        if (accepts(r) != (m_proxyOf.value(r, -1) >= 0)) {
            rebuild();  // a row came in or went out of the filter: rare, one pass
            return;
        }
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int p = m_proxyOf.value(r, -1);
        if (p >= 0)
            Q_EMIT dataChanged(index(p, topLeft.column()), index(p, bottomRight.column()), roles);
    }
}

QModelIndex HistoryFilter::mapToSource(const QModelIndex &proxy) const
{
    if (!proxy.isValid() || !sourceModel() || proxy.row() >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows.at(proxy.row()), proxy.column());
}

QModelIndex HistoryFilter::mapFromSource(const QModelIndex &source) const
{
    if (!source.isValid() || source.row() >= m_proxyOf.size())
        return {};
    const int p = m_proxyOf.at(source.row());
    return p < 0 ? QModelIndex() : index(p, source.column());
}

QModelIndex HistoryFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex HistoryFilter::parent(const QModelIndex &) const
{
    return {};
}

int HistoryFilter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool HistoryFilter::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && sourceModel() && sourceModel()->canFetchMore({});
}

void HistoryFilter::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && sourceModel())
        sourceModel()->fetchMore({});
}

}  // namespace baton::models
