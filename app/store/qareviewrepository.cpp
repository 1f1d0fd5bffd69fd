#include "qareviewrepository.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace baton::store {

using core::Error;
using core::Result;
using core::Status;

namespace {

QDateTime utc(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

const QString kReviewColumns = QStringLiteral(
    "r.id, r.interaction_id, r.reviewer, r.reviewed_ms, r.script_id, r.script_version, r.attitude, r.knowledge, r.efficiency,"
    " r.adherence, r.comments, r.coaching_note, r.adherence_marks, i.agent_id, i.started_ms");

Result<QaReview> readReview(const QSqlQuery &q)
{
    QaReview r;
    r.id = q.value(0).toLongLong();
    r.interaction = q.value(1).toLongLong();
    r.reviewer = q.value(2).toString();
    r.reviewed = utc(q.value(3).toLongLong());
    r.script = ScriptId(q.value(4).toULongLong());
    r.scriptVersion = q.value(5).toInt();
    r.scores = QaScores{q.value(6).toInt(), q.value(7).toInt(), q.value(8).toInt(), q.value(9).toInt()};
    r.comments = q.value(10).toString();
    r.coachingNote = q.value(11).toString();
    auto marks = QaReviewRepository::parseMarks(q.value(12).toString());
    if (!marks)
        return Error{core::ErrorCode::Internal, QStringLiteral("QA review %1: %2").arg(r.id).arg(marks.error().message), marks.error().field};
    r.adherence = *marks;
    r.agent = core::AgentId(q.value(13).toString());
    r.interactionStarted = utc(q.value(14).toLongLong());
    return r;
}

qint64 lower(const QDateTime &from) { return from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(); }
qint64 upper(const QDateTime &to) { return to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(); }

}  // namespace

Status QaReviewRepository::validate(const QaReview &r)
{
    if (r.interaction <= 0)
        return Error::invalid(QStringLiteral("interaction"), QStringLiteral("say which interaction is reviewed"));
    if (r.reviewer.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reviewer"), QStringLiteral("a review needs its reviewer"));
    const std::pair<const char *, int> scores[] = {{"attitude", r.scores.attitude},
                                                   {"knowledge", r.scores.knowledge},
                                                   {"efficiency", r.scores.efficiency},
                                                   {"scriptAdherence", r.scores.scriptAdherence}};
    for (const auto &[name, score] : scores) {
        if (score < 1 || score > 5)
            return Error::invalid(QStringLiteral("scores.") + QLatin1String(name), QStringLiteral("score %1 is outside 1–5").arg(score));
    }
    if (r.script.isValid() != (r.scriptVersion > 0))
        return Error::invalid(QStringLiteral("scriptVersion"), QStringLiteral("give both the script and its version, or neither"));
    for (qsizetype i = 0; i < r.adherence.size(); ++i) {
        if (r.adherence[i].stage.isEmpty())
            return Error::invalid(QStringLiteral("adherence[%1].stage").arg(i), QStringLiteral("a mark names its stage"));
    }
    return {};
}

QString QaReviewRepository::serializeMarks(const QList<AdherenceMark> &marks)
{
    QJsonArray list;
    for (const AdherenceMark &m : marks) {
        list.append(QJsonObject{{QStringLiteral("stage"), m.stage},
                                {QStringLiteral("cue"), m.cue},
                                {QStringLiteral("at"), static_cast<qint64>(m.position)}});
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

Result<QList<AdherenceMark>> QaReviewRepository::parseMarks(const QString &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Error::invalid(QStringLiteral("adherence"), QStringLiteral("malformed adherence marks (expected a JSON list)"));
    QList<AdherenceMark> out;
    const QJsonArray list = doc.array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        if (!list[i].isObject() || !o.value(QStringLiteral("stage")).isString())
            return Error::invalid(QStringLiteral("adherence[%1]").arg(i), QStringLiteral("a mark is {\"stage\", \"cue\", \"at\"}"));
        out.append(AdherenceMark{o.value(QStringLiteral("stage")).toString(), o.value(QStringLiteral("cue")).toString(),
                                 static_cast<qsizetype>(o.value(QStringLiteral("at")).toInteger(-1))});
    }
    return out;
}

Result<QaReview> QaReviewRepository::save(const QaReview &r)
{
    if (auto s = validate(r); !s)
        return s.error();
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT 1 FROM interactions WHERE id = ?"), {r.interaction}); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("no interaction %1").arg(r.interaction));
    const QVariant script = r.script.isValid() ? QVariant(static_cast<qlonglong>(r.script.value())) : QVariant();
    const QVariant version = r.scriptVersion > 0 ? QVariant(r.scriptVersion) : QVariant();
    if (r.script.isValid()) {
        if (auto s = Database::run(q, QStringLiteral("SELECT 1 FROM script_versions WHERE script_id = ? AND version = ?"), {script, version}); !s)
            return s.error();
        if (!q.next())
            return Error::notFound(QStringLiteral("script %1 has no published version %2").arg(r.script.value()).arg(r.scriptVersion));
    }
    const auto s = Database::run(
        q,
        QStringLiteral("INSERT INTO qa_reviews (interaction_id, reviewer, reviewed_ms, script_id, script_version, attitude, knowledge,"
                       " efficiency, adherence, comments, coaching_note, adherence_marks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (interaction_id, reviewer) DO UPDATE SET reviewed_ms = excluded.reviewed_ms,"
                       " script_id = excluded.script_id, script_version = excluded.script_version, attitude = excluded.attitude,"
                       " knowledge = excluded.knowledge, efficiency = excluded.efficiency, adherence = excluded.adherence,"
                       " comments = excluded.comments, coaching_note = excluded.coaching_note, adherence_marks = excluded.adherence_marks"),
        {r.interaction, r.reviewer, m_clock.utcNow().toMSecsSinceEpoch(), script, version, r.scores.attitude, r.scores.knowledge,
         r.scores.efficiency, r.scores.scriptAdherence, r.comments, r.coachingNote, serializeMarks(r.adherence)});
    if (!s)
        return s.error();
    // After an update lastInsertId() is not the row's id: look it up by its key.
    if (auto s2 = Database::run(q, QStringLiteral("SELECT id FROM qa_reviews WHERE interaction_id = ? AND reviewer = ?"), {r.interaction, r.reviewer}); !s2)
        return s2.error();
    if (!q.next())
        return Error{core::ErrorCode::Internal, QStringLiteral("the saved review has gone"), {}};
    return review(q.value(0).toLongLong());
}

Result<QaReview> QaReviewRepository::review(qint64 id)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT %1 FROM qa_reviews r JOIN interactions i ON i.id = r.interaction_id WHERE r.id = ?")
                                      .arg(kReviewColumns),
                               {id});
        !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("no QA review %1").arg(id));
    return readReview(q);
}

Result<QList<QaReview>> QaReviewRepository::forInteraction(qint64 interaction)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Database::run(q, QStringLiteral("SELECT %1 FROM qa_reviews r JOIN interactions i ON i.id = r.interaction_id"
                                                 " WHERE r.interaction_id = ? ORDER BY r.reviewed_ms, r.id")
                                      .arg(kReviewColumns),
                               {interaction});
        !s)
        return s.error();
    QList<QaReview> out;
    while (q.next()) {
        auto r = readReview(q);
        if (!r)
            return r.error();
        out.append(*r);
    }
    return out;
}

Result<QaReviewPage> QaReviewRepository::forAgent(const core::AgentId &agent, const QDateTime &from, const QDateTime &to, int limit,
                                                  std::optional<QaCursor> after)
{
    if (limit < 1 || limit > 1000)
        return Error::invalid(QStringLiteral("limit"), QStringLiteral("a page holds 1 to 1000 reviews"));
    QString sql = QStringLiteral("SELECT %1 FROM interactions i JOIN qa_reviews r ON r.interaction_id = i.id"
                                 " WHERE i.agent_id = ? AND i.started_ms >= ? AND i.started_ms < ?")
                      .arg(kReviewColumns);
    QVariantList values{agent.value(), lower(from), upper(to)};
    if (after) {
        // Keyset: strictly older than the cursor in (interaction start, review id) order.
        sql += QStringLiteral(" AND (i.started_ms < ? OR (i.started_ms = ? AND r.id < ?))");
        values << after->startedMs << after->startedMs << after->reviewId;
    }
    sql += QStringLiteral(" ORDER BY i.started_ms DESC, r.id DESC LIMIT ?");
    values << limit + 1;  // one more tells whether another page follows
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Database::run(q, sql, values); !s)
        return s.error();
    QaReviewPage page;
    while (q.next()) {
        if (page.items.size() == limit) {
            const QaReview &last = page.items.last();
            page.next = QaCursor{last.interactionStarted.toMSecsSinceEpoch(), last.id};
            break;
        }
        auto r = readReview(q);
        if (!r)
            return r.error();
        page.items.append(*r);
    }
    return page;
}

Result<QList<QaTrendPoint>> QaReviewRepository::agentTrend(const core::AgentId &agent, const QDateTime &from, const QDateTime &to,
                                                           TrendBucket bucket, const QTimeZone &zone)
{
    // Days are the site's days, not UTC's, and a zone's days are not all 24 h long: the rows
    // are bucketed here rather than with integer division in SQL. One agent's reviews are few.
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Database::run(q, QStringLiteral("SELECT i.started_ms, r.attitude, r.knowledge, r.efficiency, r.adherence"
                                                 " FROM interactions i JOIN qa_reviews r ON r.interaction_id = i.id"
                                                 " WHERE i.agent_id = ? AND i.started_ms >= ? AND i.started_ms < ?"),
                               {agent.value(), lower(from), upper(to)});
        !s)
        return s.error();
    struct Sums {
        qint64 attitude = 0, knowledge = 0, efficiency = 0, adherence = 0;
        int count = 0;
    };
    QMap<QDate, Sums> buckets;
    while (q.next()) {
        QDate day = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), zone).date();
        if (bucket == TrendBucket::Week)
            day = day.addDays(1 - day.dayOfWeek());
        Sums &s = buckets[day];
        s.attitude += q.value(1).toInt();
        s.knowledge += q.value(2).toInt();
        s.efficiency += q.value(3).toInt();
        s.adherence += q.value(4).toInt();
        ++s.count;
    }
    QList<QaTrendPoint> out;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        const double n = it->count;
        out.append(QaTrendPoint{it.key(), static_cast<double>(it->attitude) / n, static_cast<double>(it->knowledge) / n,
                                static_cast<double>(it->efficiency) / n, static_cast<double>(it->adherence) / n, it->count});
    }
    return out;
}

QList<AdherenceMark> detectAdherence(const ScriptVersion &script, const QString &transcript)
{
    QList<AdherenceMark> marks;
    for (const ScriptStage &stage : script.stages) {
        AdherenceMark first{stage.key, QString(), -1};
        for (const QString &cue : stage.cues) {
            const qsizetype at = transcript.indexOf(cue, 0, Qt::CaseInsensitive);
            if (at >= 0 && (first.position < 0 || at < first.position)) {
                first.cue = cue;
                first.position = at;
            }
        }
        if (first.position >= 0)
            marks.append(first);
    }
    std::stable_sort(marks.begin(), marks.end(), [](const AdherenceMark &a, const AdherenceMark &b) { return a.position < b.position; });
    return marks;
}

}  // namespace baton::store
