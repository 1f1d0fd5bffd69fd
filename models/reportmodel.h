#pragma once
// ReportModel: the supervisor's KPIs over a range of days (report.kpis) — per skill group,
// agent or day: contacts handled, average handle time, CSAT, transfer rate, first-contact
// resolution, and for groups and days the queue's entered, answered, abandonment, service level
// and speed of answer. Exports what it shows as CSV.

#include "routerclient.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QJsonObject>
#include <QPointer>

#include <optional>

namespace baton::models {

struct ReportRow {
    QString key;
    QString name;
    long long contacts = 0;
    std::optional<double> handleSeconds;
    std::optional<double> csat;
    std::optional<double> transferRate;
    std::optional<double> fcrRate;
    bool hasQueue = false;
    long long entered = 0;
    long long answered = 0;
    long long abandoned = 0;
    std::optional<double> abandonmentRate;
    std::optional<double> serviceLevel;
    std::optional<double> speedOfAnswerSeconds;
    QString experiment;  // rows by variant: the experiment the variant belongs to

    static ReportRow fromJson(const QJsonObject &o);
};

class ReportModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Contacts, Aht, Csat, TransferRate, Fcr, Entered, Answered, Abandonment, ServiceLevel, Asa, ColumnCount };
    enum class By { Group, Agent, Day, Variant };  // Variant: the A/B experiment's rule-set variants
    enum Role { SortRole = Qt::UserRole + 1 };  // numbers as numbers, for sorting and charts

    explicit ReportModel(QObject *parent = nullptr);

    void load(net::RouterClient &client, const QDate &from, const QDate &to, By by, int fcrDays = 7);
    const QList<ReportRow> &rows() const { return m_rows; }
    By by() const { return m_by; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    bool isLoading() const { return m_loading; }

    // The table as CSV (UTF-8, a header row, numbers without units, rates as fractions).
    QByteArray toCsv() const;
    // Writes toCsv() to `path` with a byte-order mark (so spreadsheet programs read the Chinese
    // names right); an error a person can read, or an empty string.
    QString exportCsv(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    std::optional<double> value(const ReportRow &r, int column) const;

    QList<ReportRow> m_rows;
    By m_by = By::Group;
    QDate m_from, m_to;
    bool m_loading = false;
    quint64 m_generation = 0;
};

}  // namespace baton::models
