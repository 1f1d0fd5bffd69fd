#pragma once
// Customer journeys through the router, for the supervisor:
//  - JourneyListModel: contacts newest first (journey.list), filtered by days, outcome, skill
//    group and a customer's name or number, a page at a time (fetchMore);
//  - JourneyView: one contact's journey (journey.get) put into words — how it came in (IVR path,
//    bot), then each step with its time (queued with the position told, offered, answered after
//    a wait, transferred with the note, overflowed, moved, hung up) — and the agents' parts with
//    their disposition, notes and rating.

#include "keysetpager.h"
#include "routerclient.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace baton::models {

struct JourneyFilter {
    QDate from;        // first day (local time); invalid = open
    QDate to;          // last day, included; invalid = open
    QString outcome;   // "", "served", "abandoned", "overflow", "afterHours", "open"
    QString group;     // empty = any
    QString text;      // in the customer's name or number

    QJsonObject toJson() const;
};

struct JourneyRow {
    qint64 contact = 0;
    QDateTime started;  // UTC
    QDateTime ended;    // invalid while open
    QString customerName;
    QString caller;
    QString channel;
    QString business;   // as people read it when the site names it
    QString outcome;    // wire code; empty while open
    int steps = 0;

    static JourneyRow fromJson(const QJsonObject &o);
};

class JourneyListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Started, Customer, Channel, Business, Outcome, Duration, ColumnCount };
    enum Role { ContactRole = Qt::UserRole + 1 };

    explicit JourneyListModel(QObject *parent = nullptr);

    void setFilter(net::RouterClient *client, const JourneyFilter &filter);
    void reload();
    const QList<JourneyRow> &rows() const { return m_rows; }
    bool isLoading() const { return m_pager.isLoading(); }
    void setPageSize(int n) { m_pager.setPageSize(n); }

    // "Served", "Hung up while waiting", "Overflowed: callback request" … in the user's language.
    static QString outcomeText(const QString &outcome);

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
    QPointer<net::RouterClient> m_client;
    JourneyFilter m_filter;
    QList<JourneyRow> m_rows;
    KeysetPager m_pager{QStringLiteral("journey.list")};
};

struct JourneyStep {
    QDateTime at;   // UTC
    QString kind;   // wire code: created, bot, queued, offered, declined, timedOut, withdrawn, answered,
                    // transferred, ended, overflowed, moved, level, abandoned, afterHours, restored
    QString text;   // the step in words
    bool milestone = false;  // answered, transferred, the outcome: drawn stronger
};

class JourneyView : public QObject {
    Q_OBJECT

public:
    explicit JourneyView(QObject *parent = nullptr) : QObject(parent) {}

    void load(net::RouterClient &client, qint64 contact);
    void clear();
    qint64 contact() const { return m_journey.value(QStringLiteral("contact")).toInteger(); }
    const QJsonObject &journey() const { return m_journey; }
    const QList<JourneyStep> &steps() const { return m_steps; }
    QJsonArray parts() const { return m_journey.value(QStringLiteral("parts")).toArray(); }  // the agents' interactions

    // The journey's steps in words (pure: for the view and for tests).
    static QList<JourneyStep> describe(const QJsonObject &journey);
    // "09:12:05 → 09:18:40 (6:35)" style summary of when it started and how long it took.
    static QString spanText(const QJsonObject &journey);

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    QJsonObject m_journey;
    QList<JourneyStep> m_steps;
    quint64 m_generation = 0;
};

}  // namespace baton::models
