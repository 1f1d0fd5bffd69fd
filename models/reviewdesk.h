#pragma once
// The trainer's quality review through the router:
//  - ReviewListModel: finished interactions (review.list), filtered by time, agent, group,
//    disposition, CSAT and "not reviewed yet", newest first, a page at a time (fetchMore);
//  - ReviewDesk: one interaction opened beside the script that was live, with the stages heard
//    in order, out of order or missed (review.get); the QA form saved (qa.save); an agent's
//    QA trend (qa.trend);
//  - CoachingNotes: the notes trainers left for the signed-in agent (coaching.list).

#include "keysetpager.h"
#include "routerclient.h"
#include "scriptrepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

namespace baton::models {

struct ReviewFilter {
    QDate from;               // the first day (local time); invalid = open
    QDate to;                 // the last day, included; invalid = open
    QString agent;            // empty = any
    QString group;
    QString disposition;
    int csatAtMost = 0;       // 1–5; 0 = any
    bool unreviewedOnly = false;

    QJsonObject toJson() const;
    friend bool operator==(const ReviewFilter &, const ReviewFilter &) = default;
};

struct ReviewRow {
    qint64 id = 0;
    QDateTime started;  // UTC
    QDateTime ended;
    QString channel;
    QString agent;
    QString agentName;
    QString group;
    QString business;
    QString customerName;
    QString summary;
    QString disposition;
    int csat = 0;       // 0 = not rated
    int reviews = 0;

    static ReviewRow fromJson(const QJsonObject &o);
};

class ReviewListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Started, Agent, Group, Customer, Channel, Disposition, Csat, Reviewed, ColumnCount };
    enum Role { InteractionIdRole = Qt::UserRole + 1, AgentIdRole };

    explicit ReviewListModel(QObject *parent = nullptr);

    // Lists through `client` what `filter` lets through (and clears what was shown).
    void setFilter(net::RouterClient *client, const ReviewFilter &filter);
    const ReviewFilter &filter() const { return m_filter; }
    void reload();
    // Names of groups and businesses (ids otherwise): the site directory's.
    void setNames(QHash<QString, QString> groups, QHash<QString, QString> businesses);
    const ReviewRow &row(int r) const { return m_rows.at(r); }
    int rowOf(qint64 interaction) const { return m_rowOf.value(interaction, -1); }
    // A review was saved: the row shows it (and leaves an "unreviewed only" list).
    void markReviewed(qint64 interaction);
    bool isLoading() const { return m_pager.isLoading(); }
    void setPageSize(int n) { m_pager.setPageSize(n); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    void reindex();

    QPointer<net::RouterClient> m_client;
    ReviewFilter m_filter;
    QList<ReviewRow> m_rows;
    QHash<qint64, int> m_rowOf;
    QHash<QString, QString> m_groupNames;
    QHash<QString, QString> m_businessNames;
    KeysetPager m_pager{QStringLiteral("review.list")};
};

// A stage of the script as heard in the conversation.
struct StageCheck {
    enum class Heard { InOrder, OutOfOrder, Missing, NotCheckable };
    QString key;
    QString title;
    QString cue;          // the cue word that was heard
    qsizetype position = -1;
    Heard heard = Heard::NotCheckable;
};

struct QaScoresInput {
    int attitude = 3;
    int knowledge = 3;
    int efficiency = 3;
    int scriptAdherence = 3;
};

struct QaReviewInfo {
    QString reviewer;
    QDateTime reviewed;  // UTC
    QaScoresInput scores;
    QString comments;
    QString coachingNote;
    qint64 interaction = 0;
    QDateTime interactionStarted;

    static QaReviewInfo fromJson(const QJsonObject &o);
};

struct ReviewDetail {
    ReviewRow row;
    QString transcript;
    QStringList ivrPath;
    QString notes;
    bool hasScript = false;
    qint64 script = 0;
    int scriptVersion = 0;
    QList<StageCheck> stages;   // in the script's order
    double adherenceRatio = 0;  // stages heard in order ÷ stages that can be checked
    int checkable = 0;
    QList<QaReviewInfo> reviews;

    // The suggested 1–5 adherence score from the marks (5 = every checkable stage in order).
    int suggestedAdherenceScore() const;
};

struct QaTrendPoint {
    QDate day;
    double attitude = 0;
    double knowledge = 0;
    double efficiency = 0;
    double scriptAdherence = 0;
    int count = 0;
};

class ReviewDesk : public QObject {
    Q_OBJECT

public:
    explicit ReviewDesk(net::RouterClient &client, QObject *parent = nullptr);

    void open(qint64 interaction);
    const ReviewDetail &current() const { return m_current; }
    bool isOpen() const { return m_current.row.id != 0; }
    // Saves the signed-in reviewer's review of the open interaction (again: replaces it).
    void save(const QaScoresInput &scores, const QString &comments, const QString &coachingNote);
    // The agent's average scores per day over the `days` days up to `last` (today by default).
    void loadTrend(const QString &agent, QDate last = {}, int days = 30);

Q_SIGNALS:
    void opened();
    void saved(qint64 interaction);
    void trendLoaded(const QString &agent, const QList<baton::models::QaTrendPoint> &points);
    void failed(const QString &message);

private:
    net::RouterClient &m_client;
    ReviewDetail m_current;
    quint64 m_openGeneration = 0;
};

class CoachingNotes : public QObject {
    Q_OBJECT

public:
    explicit CoachingNotes(net::RouterClient &client, QObject *parent = nullptr);
    void refresh();
    const QList<QaReviewInfo> &notes() const { return m_notes; }

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    net::RouterClient &m_client;
    QList<QaReviewInfo> m_notes;
};

}  // namespace baton::models
