#include "journeymodel.h"

#include "agentsession.h"
#include "figures.h"
#include "historymodel.h"

#include <QLocale>
#include <QTimeZone>

namespace baton::models {

namespace {

QString nameOf(const QJsonObject &step, const char *key)
{
    const QString name = step.value(QLatin1String(key) + QStringLiteral("Name")).toString();
    return name.isEmpty() ? step.value(QLatin1String(key)).toString() : name;
}

QString seconds(const QJsonObject &step, const char *key) { return durationText(step.value(QLatin1String(key)).toDouble()); }

QString actionText(const QString &action)
{
    if (action == QLatin1String("callback"))
        return JourneyView::tr("a callback request");
    if (action == QLatin1String("message"))
        return JourneyView::tr("leaving a message");
    if (action == QLatin1String("bot"))
        return JourneyView::tr("the bot");
    return action;
}

QString modeText(const QString &mode)
{
    if (mode == QLatin1String("botFirst"))
        return JourneyView::tr("bot first");
    if (mode == QLatin1String("botOnly"))
        return JourneyView::tr("bot only");
    return mode;
}

QString stepText(const QJsonObject &s)
{
    const QString kind = s.value(QStringLiteral("kind")).toString();
    const QString agent = nameOf(s, "agent");
    if (kind == QLatin1String("created")) {
        QStringList parts{JourneyView::tr("Came in")};
        const QJsonArray path = s.value(QStringLiteral("ivrPath")).toArray();
        if (!path.isEmpty()) {
            QStringList menus;
            for (const QJsonValue &m : path)
                menus << m.toString();
            parts << JourneyView::tr("IVR: %1").arg(menus.join(QStringLiteral(" › ")));
        }
        if (const int turns = s.value(QStringLiteral("botTurns")).toInt(); turns > 0)
            parts << JourneyView::tr("bot conversation: %n turn(s)", nullptr, turns);
        if (const QString reason = s.value(QStringLiteral("reason")).toString(); !reason.isEmpty())
            parts << JourneyView::tr("wants: %1").arg(reason);
        return parts.join(QStringLiteral(" · "));
    }
    if (kind == QLatin1String("bot"))
        return JourneyView::tr("Sent to the bot (%1)").arg(modeText(s.value(QStringLiteral("mode")).toString()));
    if (kind == QLatin1String("queued")) {
        QString t = JourneyView::tr("Queued in %1 at VIP level %2, told position %3")
                        .arg(nameOf(s, "group"))
                        .arg(s.value(QStringLiteral("level")).toInt())
                        .arg(s.value(QStringLiteral("position")).toInt());
        if (s.contains(QStringLiteral("estimatedWaitSeconds")))
            t += JourneyView::tr(", about %1 to wait").arg(seconds(s, "estimatedWaitSeconds"));
        return t;
    }
    if (kind == QLatin1String("offered"))
        return JourneyView::tr("Offered to %1 after %2 waiting").arg(agent, seconds(s, "waitedSeconds"));
    if (kind == QLatin1String("declined"))
        return JourneyView::tr("%1 declined it").arg(agent);
    if (kind == QLatin1String("timedOut"))
        return JourneyView::tr("%1 did not accept in time").arg(agent);
    if (kind == QLatin1String("withdrawn"))
        return JourneyView::tr("The offer to %1 was withdrawn").arg(agent);
    if (kind == QLatin1String("answered"))
        return JourneyView::tr("Answered by %1 (%2) after %3 waiting").arg(agent, nameOf(s, "group"), seconds(s, "waitedSeconds"));
    if (kind == QLatin1String("transferred")) {
        const QString to = s.contains(QStringLiteral("toAgent")) ? nameOf(s, "toAgent") : nameOf(s, "toGroup");
        const QString note = s.value(QStringLiteral("note")).toString();
        return note.isEmpty() ? JourneyView::tr("%1 transferred it to %2").arg(agent, to)
                              : JourneyView::tr("%1 transferred it to %2: “%3”").arg(agent, to, note);
    }
    if (kind == QLatin1String("ended"))
        return JourneyView::tr("%1 ended the conversation after %2").arg(agent, seconds(s, "handledSeconds"));
    if (kind == QLatin1String("overflowed")) {
        if (s.contains(QStringLiteral("group")))
            return JourneyView::tr("Overflowed from %1 to %2 after %3").arg(nameOf(s, "fromGroup"), nameOf(s, "group"), seconds(s, "waitedSeconds"));
        return JourneyView::tr("Left %1 after %2 for %3")
            .arg(nameOf(s, "fromGroup"), seconds(s, "waitedSeconds"), actionText(s.value(QStringLiteral("action")).toString()));
    }
    if (kind == QLatin1String("moved"))
        return JourneyView::tr("Moved from %1 to %2 by %3").arg(nameOf(s, "fromGroup"), nameOf(s, "group"), s.value(QStringLiteral("by")).toString());
    if (kind == QLatin1String("level"))
        return JourneyView::tr("VIP level set to %1 by %2").arg(s.value(QStringLiteral("level")).toInt()).arg(s.value(QStringLiteral("by")).toString());
    if (kind == QLatin1String("channel"))
        return JourneyView::tr("Went on as %1 (%2)")
            .arg(HistoryModel::channelName(s.value(QStringLiteral("channel")).toString()), s.value(QStringLiteral("by")).toString());
    if (kind == QLatin1String("abandoned"))
        return JourneyView::tr("Hung up after %1 waiting in %2").arg(seconds(s, "waitedSeconds"), nameOf(s, "group"));
    if (kind == QLatin1String("afterHours"))
        return JourneyView::tr("Outside opening hours: offered %1").arg(actionText(s.value(QStringLiteral("action")).toString()));
    if (kind == QLatin1String("restored"))
        return JourneyView::tr("The router restarted and carried on with it");
    return kind;
}

}  // namespace

// ---------------------------------------------------------------- list

QJsonObject JourneyFilter::toJson() const
{
    QJsonObject o;
    if (from.isValid())
        o.insert(QStringLiteral("from"), QDateTime(from, QTime(0, 0)).toUTC().toString(Qt::ISODate));
    if (to.isValid())
        o.insert(QStringLiteral("to"), QDateTime(to.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODate));
    if (!outcome.isEmpty())
        o.insert(QStringLiteral("outcome"), outcome);
    if (!group.isEmpty())
        o.insert(QStringLiteral("group"), group);
    if (!text.trimmed().isEmpty())
        o.insert(QStringLiteral("text"), text.trimmed());
    return o;
}

JourneyRow JourneyRow::fromJson(const QJsonObject &o)
{
    JourneyRow r;
    r.contact = o.value(QStringLiteral("contact")).toInteger();
    r.started = QDateTime::fromString(o.value(QStringLiteral("startedUtc")).toString(), Qt::ISODateWithMs);
    r.ended = QDateTime::fromString(o.value(QStringLiteral("endedUtc")).toString(), Qt::ISODateWithMs);
    r.customerName = o.value(QStringLiteral("customerName")).toString();
    r.caller = o.value(QStringLiteral("caller")).toString();
    r.channel = o.value(QStringLiteral("channel")).toString();
    r.business = o.value(QStringLiteral("businessName")).toString(o.value(QStringLiteral("business")).toString());
    r.outcome = o.value(QStringLiteral("outcome")).toString();
    r.steps = static_cast<int>(o.value(QStringLiteral("steps")).toArray().size());
    return r;
}

JourneyListModel::JourneyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString JourneyListModel::outcomeText(const QString &outcome)
{
    if (outcome.isEmpty() || outcome == QLatin1String("open"))
        return tr("In progress");
    if (outcome == QLatin1String("served"))
        return tr("Served");
    if (outcome == QLatin1String("abandoned"))
        return tr("Hung up while waiting");
    if (outcome == QLatin1String("bot"))
        //: A journey's outcome: the router handed the contact to a chat bot (bot-only or bot-first reception).
        return tr("Left to the bot");
    if (outcome == QLatin1String("unknown"))
        //: A journey whose end the router did not record (it stopped without storing it).
        return tr("Not recorded");
    if (outcome.startsWith(QLatin1String("overflow:")))
        return tr("Overflowed to %1").arg(actionText(outcome.section(QLatin1Char(':'), 1)));
    if (outcome.startsWith(QLatin1String("afterHours:")))
        return tr("After hours: %1").arg(actionText(outcome.section(QLatin1Char(':'), 1)));
    return outcome;
}

void JourneyListModel::setFilter(net::RouterClient *client, const JourneyFilter &filter)
{
    m_client = client;
    m_filter = filter;
    reload();
}

void JourneyListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_pager.restart(m_client))  // an answer still to come is dropped
        Q_EMIT loadingChanged(false);
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

int JourneyListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int JourneyListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant JourneyListModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JourneyRow &r = m_rows.at(idx.row());
    if (role == ContactRole)
        return r.contact;
    if (role == Qt::ToolTipRole && idx.column() == Customer)
        return r.caller;
    if (role != Qt::DisplayRole)
        return {};
    switch (idx.column()) {
    case Started:
        return QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat);
    case Customer:
        return r.customerName.isEmpty() ? r.caller : r.customerName;
    case Channel:
        return HistoryModel::channelName(r.channel);
    case Business:
        return r.business;
    case Outcome:
        return outcomeText(r.outcome);
    case Duration:
        return r.ended.isValid() ? durationText(static_cast<double>(r.started.secsTo(r.ended))) : QStringLiteral("—");
    }
    return {};
}

QVariant JourneyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Came in");
    case Customer:
        return tr("Customer");
    case Channel:
        return tr("Channel");
    case Business:
        return tr("Business");
    case Outcome:
        return tr("Outcome");
    case Duration:
        //: Column header: from coming in to the end of the journey.
        return tr("Took");
    }
    return {};
}

bool JourneyListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && m_pager.canFetchMore();
}

void JourneyListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    KeysetPager::Handlers handlers;
    handlers.items = [this](const QJsonArray &items) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
            for (const QJsonValue &v : items)
                m_rows.append(JourneyRow::fromJson(v.toObject()));
        endInsertRows();
    };
    handlers.failed = [this](const QString &message) { Q_EMIT loadFailed(message); };
    handlers.loadingChanged = [this](bool loading) { Q_EMIT loadingChanged(loading); };
    m_pager.fetch(*m_client, m_filter.toJson(), this, std::move(handlers));
}

// ---------------------------------------------------------------- one journey

void JourneyView::load(net::RouterClient &client, qint64 contact)
{
    const quint64 generation = ++m_generation;
    QPointer<JourneyView> self(this);
    client.request(QStringLiteral("journey.get"), {{QStringLiteral("contact"), contact}}, [self, generation](const net::Message &reply) {
        if (!self || generation != self->m_generation)
            return;
        if (reply.isError()) {
            Q_EMIT self->failed(AgentSession::describe(*reply.error));
            return;
        }
        self->m_journey = reply.body;
        self->m_steps = describe(reply.body);
        Q_EMIT self->loaded();
    });
}

void JourneyView::clear()
{
    ++m_generation;
    m_journey = {};
    m_steps.clear();
}

QList<JourneyStep> JourneyView::describe(const QJsonObject &journey)
{
    QList<JourneyStep> out;
    for (const QJsonValue &v : journey.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        JourneyStep step;
        step.at = QDateTime::fromMSecsSinceEpoch(s.value(QStringLiteral("atMs")).toInteger(), QTimeZone::utc());
        step.kind = s.value(QStringLiteral("kind")).toString();
        step.text = stepText(s);
        static const QStringList strong{QStringLiteral("answered"), QStringLiteral("transferred"), QStringLiteral("abandoned"),
                                        QStringLiteral("afterHours")};
        step.milestone = strong.contains(step.kind);
        out.append(step);
    }
    const QString outcome = journey.value(QStringLiteral("outcome")).toString();
    if (!outcome.isEmpty()) {
        JourneyStep end;
        end.at = QDateTime::fromString(journey.value(QStringLiteral("endedUtc")).toString(), Qt::ISODateWithMs);
        end.kind = QStringLiteral("outcome");
        end.text = tr("Outcome: %1").arg(JourneyListModel::outcomeText(outcome));
        end.milestone = true;
        out.append(end);
    }
    return out;
}

QString JourneyView::spanText(const QJsonObject &journey)
{
    const QDateTime started = QDateTime::fromString(journey.value(QStringLiteral("startedUtc")).toString(), Qt::ISODateWithMs);
    const QDateTime ended = QDateTime::fromString(journey.value(QStringLiteral("endedUtc")).toString(), Qt::ISODateWithMs);
    const QString from = QLocale().toString(started.toLocalTime(), QLocale::ShortFormat);
    if (!ended.isValid())
        return tr("%1, still in the centre").arg(from);
    return tr("%1 → %2 (%3)").arg(from, QLocale().toString(ended.toLocalTime().time(), QLocale::LongFormat),
                                   durationText(static_cast<double>(started.secsTo(ended))));
}

}  // namespace baton::models
