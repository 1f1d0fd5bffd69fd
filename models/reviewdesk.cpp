#include "reviewdesk.h"

#include "agentsession.h"
#include "historymodel.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace baton::models {

namespace {

QDateTime utc(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// A local day's start, as the router reads times (ISO 8601 with the offset).
QString localDayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::systemTimeZone()).toString(Qt::ISODate);
}

QaScoresInput scoresFrom(const QJsonObject &o)
{
    return {o.value(QStringLiteral("attitude")).toInt(), o.value(QStringLiteral("knowledge")).toInt(),
            o.value(QStringLiteral("efficiency")).toInt(), o.value(QStringLiteral("scriptAdherence")).toInt()};
}

}  // namespace

QJsonObject ReviewFilter::toJson() const
{
    QJsonObject o;
    if (from.isValid())
        o.insert(QStringLiteral("from"), localDayStart(from));
    if (to.isValid())
        o.insert(QStringLiteral("to"), localDayStart(to.addDays(1)));
    if (!agent.isEmpty())
        o.insert(QStringLiteral("agent"), agent);
    if (!group.isEmpty())
        o.insert(QStringLiteral("group"), group);
    if (!disposition.isEmpty())
        o.insert(QStringLiteral("disposition"), disposition);
    if (csatAtMost > 0)
        o.insert(QStringLiteral("csatAtMost"), csatAtMost);
    if (unreviewedOnly)
        o.insert(QStringLiteral("unreviewedOnly"), true);
    return o;
}

ReviewRow ReviewRow::fromJson(const QJsonObject &o)
{
    ReviewRow r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.started = utc(o.value(QStringLiteral("startedUtc")));
    r.ended = utc(o.value(QStringLiteral("endedUtc")));
    r.channel = o.value(QStringLiteral("channel")).toString();
    r.agent = o.value(QStringLiteral("agent")).toString();
    r.agentName = o.value(QStringLiteral("agentName")).toString(r.agent);
    r.group = o.value(QStringLiteral("group")).toString();
    r.business = o.value(QStringLiteral("business")).toString();
    r.customerName = o.value(QStringLiteral("customerName")).toString();
    r.summary = o.value(QStringLiteral("summary")).toString();
    r.disposition = o.value(QStringLiteral("disposition")).toString();
    r.csat = o.value(QStringLiteral("csat")).toInt();
    r.reviews = o.value(QStringLiteral("reviews")).toInt();
    return r;
}

// ---------------------------------------------------------------- the list

ReviewListModel::ReviewListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewListModel::setFilter(net::RouterClient *client, const ReviewFilter &filter)
{
    m_client = client;
    m_filter = filter;
    reload();
}

void ReviewListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    if (m_pager.restart(m_client))  // an answer still to come is dropped
        Q_EMIT loadingChanged(false);
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

void ReviewListModel::setNames(QHash<QString, QString> groups, QHash<QString, QString> businesses)
{
    m_groupNames = std::move(groups);
    m_businessNames = std::move(businesses);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void ReviewListModel::reindex()
{
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

void ReviewListModel::markReviewed(qint64 interaction)
{
    const int r = rowOf(interaction);
    if (r < 0)
        return;
    if (m_filter.unreviewedOnly) {
        beginRemoveRows({}, r, r);
        m_rows.removeAt(r);
        reindex();
        endRemoveRows();
        return;
    }
    ++m_rows[r].reviews;
    Q_EMIT dataChanged(index(r, Reviewed), index(r, Reviewed));
}

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewListModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRow &r = m_rows.at(idx.row());
    switch (role) {
    case InteractionIdRole:
        return r.id;
    case AgentIdRole:
        return r.agent;
    case Qt::ToolTipRole:
        return r.summary.isEmpty() ? QVariant() : QVariant(r.summary);
    case Qt::DisplayRole:
        switch (idx.column()) {
        case Started:
            return QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat);
        case Agent:
            return r.agentName;
        case Group:
            return m_groupNames.value(r.group, r.group);
        case Customer:
            return r.customerName;
        case Channel:
            return HistoryModel::channelName(r.channel);
        case Disposition:
            return r.disposition;
        case Csat:
            return r.csat > 0 ? QString(r.csat, QChar(0x2605)) : QString();
        case Reviewed:
            return r.reviews > 0 ? tr("Reviewed") : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("When");
    case Agent:
        return tr("Agent");
    case Group:
        return tr("Skill group");
    case Customer:
        return tr("Customer");
    case Channel:
        return tr("Channel");
    case Disposition:
        return tr("Outcome");
    case Csat:
        return tr("Rating");
    case Reviewed:
        //: Column header: whether a QA review of the interaction exists.
        return tr("QA");
    }
    return {};
}

bool ReviewListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && m_pager.canFetchMore();
}

void ReviewListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    KeysetPager::Handlers handlers;
    handlers.items = [this](const QJsonArray &items) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
            for (const QJsonValue &v : items) {
                m_rows.append(ReviewRow::fromJson(v.toObject()));
                m_rowOf.insert(m_rows.last().id, static_cast<int>(m_rows.size()) - 1);
            }
        endInsertRows();
    };
    handlers.failed = [this](const QString &message) { Q_EMIT loadFailed(message); };
    handlers.loadingChanged = [this](bool loading) { Q_EMIT loadingChanged(loading); };
    m_pager.fetch(*m_client, m_filter.toJson(), this, std::move(handlers));
}

// ---------------------------------------------------------------- one interaction

QaReviewInfo QaReviewInfo::fromJson(const QJsonObject &o)
{
    QaReviewInfo q;
    q.reviewer = o.value(QStringLiteral("reviewer")).toString();
    q.reviewed = utc(o.value(QStringLiteral("reviewedUtc")));
    q.scores = scoresFrom(o.value(QStringLiteral("scores")).toObject());
    q.comments = o.value(QStringLiteral("comments")).toString();
    q.coachingNote = o.value(QStringLiteral("coachingNote")).toString();
    q.interaction = o.value(QStringLiteral("interaction")).toInteger();
    q.interactionStarted = utc(o.value(QStringLiteral("interactionStartedUtc")));
    return q;
}

int ReviewDetail::suggestedAdherenceScore() const
{
    if (!hasScript || checkable == 0)
        return 3;
    return 1 + static_cast<int>(std::lround(4.0 * adherenceRatio));
}

ReviewDesk::ReviewDesk(net::RouterClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ReviewDesk::open(qint64 interaction)
{
    const quint64 generation = ++m_openGeneration;
    QPointer<ReviewDesk> self(this);
    m_client.request(QStringLiteral("review.get"), {{QStringLiteral("interaction"), interaction}},
                     [self, generation](const net::Message &r) {
        if (!self || generation != self->m_openGeneration)
            return;  // another interaction was opened meanwhile
        if (r.isError()) {
            Q_EMIT self->failed(AgentSession::describe(*r.error));
            return;
        }
        ReviewDetail d;
        const QJsonObject i = r.body.value(QStringLiteral("interaction")).toObject();
        d.row = ReviewRow::fromJson(i);
        d.transcript = i.value(QStringLiteral("transcript")).toString();
        d.notes = i.value(QStringLiteral("notes")).toString();
        for (const QJsonValue &v : i.value(QStringLiteral("ivrPath")).toArray())
            d.ivrPath << v.toString();
        for (const QJsonValue &v : r.body.value(QStringLiteral("reviews")).toArray())
            d.reviews << QaReviewInfo::fromJson(v.toObject());
        const QJsonObject script = r.body.value(QStringLiteral("script")).toObject();
        d.hasScript = !script.isEmpty();
        if (d.hasScript) {
            d.script = script.value(QStringLiteral("script")).toInteger();
            d.scriptVersion = script.value(QStringLiteral("version")).toInt();
            const QJsonObject a = r.body.value(QStringLiteral("adherence")).toObject();
            d.adherenceRatio = a.value(QStringLiteral("ratio")).toDouble();
            d.checkable = a.value(QStringLiteral("checkable")).toInt();
            QHash<QString, QJsonObject> marks;
            for (const QJsonValue &m : a.value(QStringLiteral("marks")).toArray())
                marks.insert(m.toObject().value(QStringLiteral("stage")).toString(), m.toObject());
            QSet<QString> outOfOrder;
            for (const QJsonValue &k : a.value(QStringLiteral("outOfOrder")).toArray())
                outOfOrder.insert(k.toString());
            for (const QJsonValue &v : script.value(QStringLiteral("stages")).toArray()) {
                const QJsonObject s = v.toObject();
                StageCheck c;
                c.key = s.value(QStringLiteral("key")).toString();
                c.title = s.value(QStringLiteral("title")).toString();
                const bool hasCues = !s.value(QStringLiteral("cues")).toArray().isEmpty();
                if (const auto m = marks.constFind(c.key); m != marks.constEnd()) {
                    c.cue = m->value(QStringLiteral("cue")).toString();
                    c.position = m->value(QStringLiteral("position")).toInteger(-1);
                    c.heard = outOfOrder.contains(c.key) ? StageCheck::Heard::OutOfOrder : StageCheck::Heard::InOrder;
                } else {
                    c.heard = hasCues ? StageCheck::Heard::Missing : StageCheck::Heard::NotCheckable;
                }
                d.stages << c;
            }
        }
        self->m_current = std::move(d);
        Q_EMIT self->opened();
    });
}

void ReviewDesk::save(const QaScoresInput &scores, const QString &comments, const QString &coachingNote)
{
    if (!isOpen())
        return;
    const qint64 interaction = m_current.row.id;
    QJsonObject body{{QStringLiteral("interaction"), interaction},
                     {QStringLiteral("scores"), QJsonObject{{QStringLiteral("attitude"), scores.attitude},
                                                           {QStringLiteral("knowledge"), scores.knowledge},
                                                           {QStringLiteral("efficiency"), scores.efficiency},
                                                           {QStringLiteral("scriptAdherence"), scores.scriptAdherence}}},
                     {QStringLiteral("comments"), comments},
                     {QStringLiteral("coachingNote"), coachingNote}};
    if (m_current.hasScript) {
        body.insert(QStringLiteral("script"), m_current.script);
        body.insert(QStringLiteral("scriptVersion"), m_current.scriptVersion);
    }
    QPointer<ReviewDesk> self(this);
    m_client.request(QStringLiteral("qa.save"), body, [self, interaction](const net::Message &r) {
        if (!self)
            return;
        if (r.isError()) {
            Q_EMIT self->failed(AgentSession::describe(*r.error));
            return;
        }
        if (self->m_current.row.id == interaction) {
            const QaReviewInfo saved = QaReviewInfo::fromJson(r.body);
            auto &reviews = self->m_current.reviews;
            const auto mine = std::find_if(reviews.begin(), reviews.end(), [&](const QaReviewInfo &q) { return q.reviewer == saved.reviewer; });
            if (mine != reviews.end())
                *mine = saved;
            else
                reviews.append(saved);
        }
        Q_EMIT self->saved(interaction);
    });
}

void ReviewDesk::loadTrend(const QString &agent, QDate last, int days)
{
    if (!last.isValid())
        last = QDate::currentDate();
    QJsonObject body{{QStringLiteral("agent"), agent},
                     {QStringLiteral("from"), localDayStart(last.addDays(1 - days))},
                     {QStringLiteral("to"), localDayStart(last.addDays(1))}};
    QPointer<ReviewDesk> self(this);
    m_client.request(QStringLiteral("qa.trend"), body, [self, agent](const net::Message &r) {
        if (!self)
            return;
        if (r.isError()) {
            Q_EMIT self->failed(AgentSession::describe(*r.error));
            return;
        }
        QList<QaTrendPoint> points;
        for (const QJsonValue &v : r.body.value(QStringLiteral("points")).toArray()) {
            const QJsonObject o = v.toObject();
            points.append({QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate), o.value(QStringLiteral("attitude")).toDouble(),
                           o.value(QStringLiteral("knowledge")).toDouble(), o.value(QStringLiteral("efficiency")).toDouble(),
                           o.value(QStringLiteral("scriptAdherence")).toDouble(), o.value(QStringLiteral("count")).toInt()});
        }
        Q_EMIT self->trendLoaded(agent, points);
    });
}

// ---------------------------------------------------------------- the agent's coaching notes

CoachingNotes::CoachingNotes(net::RouterClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void CoachingNotes::refresh()
{
    QPointer<CoachingNotes> self(this);
    m_client.request(QStringLiteral("coaching.list"), {{QStringLiteral("limit"), 50}}, [self](const net::Message &r) {
        if (!self)
            return;
        if (r.isError()) {
            Q_EMIT self->failed(AgentSession::describe(*r.error));
            return;
        }
        self->m_notes.clear();
        for (const QJsonValue &v : r.body.value(QStringLiteral("notes")).toArray())
            self->m_notes << QaReviewInfo::fromJson(v.toObject());
        Q_EMIT self->changed();
    });
}

}  // namespace baton::models
