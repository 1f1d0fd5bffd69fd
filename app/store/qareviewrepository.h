#pragma once
// QaReviewRepository: trainers' reviews of finished interactions — four 1–5 scores, comments, a
// coaching note the agent sees, the script that was live and which of its stages were heard —
// and per-agent lists and trends for coaching.

#include "clock.h"
#include "ids.h"
#include "result.h"
#include "scriptrepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace baton::store {

class Database;

struct QaScores {
    int attitude = 0;         // each 1–5
    int knowledge = 0;
    int efficiency = 0;
    int scriptAdherence = 0;
    friend bool operator==(const QaScores &, const QaScores &) = default;
};

// A stage whose cue was found in the conversation: which stage, the cue, and where (a character
// offset into the transcript; -1 when not known).
struct AdherenceMark {
    QString stage;
    QString cue;
    qsizetype position = -1;
    friend bool operator==(const AdherenceMark &, const AdherenceMark &) = default;
};

struct QaReview {
    qint64 id = 0;               // assigned when stored
    qint64 interaction = 0;
    QString reviewer;
    QDateTime reviewed;          // UTC; set by save() from the clock
    ScriptId script;             // the script version that was live; invalid = none
    int scriptVersion = 0;
    QaScores scores;
    QString comments;            // for trainers
    QString coachingNote;        // visible to the agent
    QList<AdherenceMark> adherence;  // in the order the stages were heard
    // Read from the interaction, ignored by save().
    core::AgentId agent;
    QDateTime interactionStarted;
};

// Where a page of an agent's reviews ended: pass it back for the next (older) page.
struct QaCursor {
    qint64 startedMs = 0;
    qint64 reviewId = 0;
};

struct QaReviewPage {
    QList<QaReview> items;
    std::optional<QaCursor> next;  // none when this was the last page
};

enum class TrendBucket { Day, Week };  // a week starts on Monday

struct QaTrendPoint {
    QDate start;  // the bucket's first day, in the time zone asked for
    double attitude = 0;
    double knowledge = 0;
    double efficiency = 0;
    double scriptAdherence = 0;
    int count = 0;  // reviews in the bucket
};

class QaReviewRepository {
public:
    QaReviewRepository(Database &db, const core::Clock &clock) : m_db(db), m_clock(clock) {}

    // Inserts the reviewer's review of the interaction or replaces their earlier one (one review
    // per interaction and reviewer). Returns it as stored.
    core::Result<QaReview> save(const QaReview &review);
    core::Result<QaReview> review(qint64 id);
    core::Result<QList<QaReview>> forInteraction(qint64 interaction);  // oldest review first
    // Reviews of the agent's interactions that started in [from, to) (an invalid bound is
    // open), newest interaction first; limit 1–1000.
    core::Result<QaReviewPage> forAgent(const core::AgentId &agent, const QDateTime &from, const QDateTime &to, int limit,
                                        std::optional<QaCursor> after = std::nullopt);
    // Average scores and counts per day (or week) of the interaction's start in `zone`, oldest
    // first; buckets without reviews are left out. Each review counts once.
    core::Result<QList<QaTrendPoint>> agentTrend(const core::AgentId &agent, const QDateTime &from, const QDateTime &to,
                                                 TrendBucket bucket = TrendBucket::Day, const QTimeZone &zone = QTimeZone::utc());

    // Field errors name the field: "scores.attitude", "reviewer", "adherence[1].stage".
    static core::Status validate(const QaReview &review);
    static QString serializeMarks(const QList<AdherenceMark> &marks);
    static core::Result<QList<AdherenceMark>> parseMarks(const QString &json);

private:
    Database &m_db;
    const core::Clock &m_clock;
};

// The stages of `script` whose cues occur in `transcript` (case-insensitive), each at its first
// cue, in the order they occur: the automatic adherence marks of a review.
QList<AdherenceMark> detectAdherence(const ScriptVersion &script, const QString &transcript);

}  // namespace baton::store
