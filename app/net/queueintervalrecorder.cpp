#include "queueintervalrecorder.h"

namespace baton::net {

void QueueIntervalRecorder::startDay(const QDate &day, const QHash<QString, core::GroupDayTotals> &totalsNow,
                                     const QList<store::QueueInterval> &stored)
{
    m_day = day;
    m_last = totalsNow;
    m_slots.clear();
    m_changed.clear();
    for (const store::QueueInterval &i : stored)
        m_slots.insert_or_assign({i.group, i.slot}, i);
}

void QueueIntervalRecorder::sample(const QDate &day, const QTime &at, const QString &group, int waiting, const core::GroupDayTotals &totals)
{
    if (!day.isValid() || !at.isValid())
        return;
    if (day != m_day) {
        if (m_day.isValid() && day < m_day)
            return;  // a late sample of a day already over
        startDay(day, {}, {});
    }
    const int slot = slotOf(at);
    auto [it, added] = m_slots.try_emplace({group, slot});
    store::QueueInterval &i = it->second;
    if (added) {
        i.group = group;
        i.slot = slot;
    }
    const core::GroupDayTotals before = m_last.value(group, core::GroupDayTotals{core::GroupId(group)});
    auto delta = [](long long now, long long was) { return std::max(0LL, now - was); };
    i.entered += delta(totals.entered, before.entered);
    i.answered += delta(totals.answered, before.answered);
    i.answeredWithinThreshold += delta(totals.answeredWithinThreshold, before.answeredWithinThreshold);
    i.abandoned += delta(totals.abandoned, before.abandoned);
    i.maxWaiting = std::max(i.maxWaiting, waiting);
    m_last.insert(group, totals);
    m_changed.insert({group, slot});
}

QList<store::QueueInterval> QueueIntervalRecorder::intervals(const QString &group) const
{
    QList<store::QueueInterval> out;
    for (auto it = m_slots.lower_bound({group, 0}); it != m_slots.end() && it->first.first == group; ++it)
        out.append(it->second);
    return out;
}

QList<store::QueueInterval> QueueIntervalRecorder::takeChanged()
{
    QList<store::QueueInterval> out;
    for (const auto &key : m_changed) {
        if (const auto it = m_slots.find(key); it != m_slots.end())
            out.append(it->second);
    }
    m_changed.clear();
    return out;
}

}  // namespace baton::net
