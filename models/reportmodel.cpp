#include "reportmodel.h"

#include "agentsession.h"
#include "figures.h"

#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>

namespace baton::models {

namespace {

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

}  // namespace

ReportRow ReportRow::fromJson(const QJsonObject &o)
{
    ReportRow r;
    r.key = o.value(QStringLiteral("key")).toString();
    r.name = o.value(QStringLiteral("name")).toString(r.key);
    r.contacts = o.value(QStringLiteral("contacts")).toInteger();
    r.handleSeconds = optionalNumber(o, "handleSeconds");
    r.csat = optionalNumber(o, "csat");
    r.transferRate = optionalNumber(o, "transferRate");
    r.fcrRate = optionalNumber(o, "fcrRate");
    r.hasQueue = o.contains(QStringLiteral("entered"));
    r.entered = o.value(QStringLiteral("entered")).toInteger();
    r.answered = o.value(QStringLiteral("answered")).toInteger();
    r.abandoned = o.value(QStringLiteral("abandoned")).toInteger();
    r.abandonmentRate = optionalNumber(o, "abandonmentRate");
    r.serviceLevel = optionalNumber(o, "serviceLevel");
    r.speedOfAnswerSeconds = optionalNumber(o, "speedOfAnswerSeconds");
    // Agents and A/B variants have no queue counts: their speed of answer is the average wait of
    // the contacts they answered, from the interactions.
    if (!r.hasQueue)
        r.speedOfAnswerSeconds = optionalNumber(o, "waitSeconds");
    r.experiment = o.value(QStringLiteral("experiment")).toString();
    if (!r.experiment.isEmpty())
        r.name = r.experiment + QStringLiteral(" · ") + r.key;
    return r;
}

ReportModel::ReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportModel::load(net::RouterClient &client, const QDate &from, const QDate &to, By by, int fcrDays)
{
    static const char *const names[] = {"group", "agent", "day", "variant"};
    const quint64 generation = ++m_generation;
    m_loading = true;
    QPointer<ReportModel> self(this);
    client.request(QStringLiteral("report.kpis"),
                   {{QStringLiteral("from"), from.toString(Qt::ISODate)},
                    {QStringLiteral("to"), to.toString(Qt::ISODate)},
                    {QStringLiteral("by"), QString::fromLatin1(names[static_cast<int>(by)])},
                    {QStringLiteral("fcrDays"), fcrDays}},
                   [self, generation, from, to, by](const net::Message &r) {
                       if (!self || generation != self->m_generation)
                           return;
                       self->m_loading = false;
                       if (r.isError()) {
                           Q_EMIT self->loadFailed(AgentSession::describe(*r.error));
                           return;
                       }
                       self->beginResetModel();
                       self->m_rows.clear();
                       for (const QJsonValue &v : r.body.value(QStringLiteral("rows")).toArray())
                           self->m_rows.append(ReportRow::fromJson(v.toObject()));
                       self->m_by = by;
                       self->m_from = from;
                       self->m_to = to;
                       self->endResetModel();
                       Q_EMIT self->loaded();
                   });
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> ReportModel::value(const ReportRow &r, int column) const
{
    const bool queue = r.hasQueue;
    switch (column) {
    case Contacts: return static_cast<double>(r.contacts);
    case Aht: return r.handleSeconds;
    case Csat: return r.csat;
    case TransferRate: return r.transferRate;
    case Fcr: return r.fcrRate;
    case Entered: return queue ? std::optional<double>(static_cast<double>(r.entered)) : std::nullopt;
    case Answered: return queue ? std::optional<double>(static_cast<double>(r.answered)) : std::nullopt;
    case Abandonment: return r.abandonmentRate;
    case ServiceLevel: return r.serviceLevel;
    case Asa: return r.speedOfAnswerSeconds;
    }
    return std::nullopt;
}

QVariant ReportModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportRow &r = m_rows.at(idx.row());
    if (idx.column() == Name) {
        if (role == Qt::DisplayRole || role == SortRole)
            return r.name;
        if (role == Qt::ToolTipRole && r.name != r.key)
            return r.key;
        return {};
    }
    const std::optional<double> v = value(r, idx.column());
    switch (role) {
    case SortRole:
        return v ? QVariant(*v) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        if (!v)
            return QStringLiteral("—");
        switch (idx.column()) {
        case Contacts:
        case Entered:
        case Answered:
            return QLocale().toString(static_cast<qlonglong>(*v));
        case Aht:
        case Asa:
            return durationText(*v);
        case Csat:
            return QLocale().toString(*v, 'f', 2);
        default:
            return percentText(v);
        }
    default:
        return {};
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return m_by == By::Agent     ? tr("Agent")
               : m_by == By::Day     ? tr("Day")
               //: Column of a report by A/B variant: the experiment and the variant of the routing rules.
               : m_by == By::Variant ? tr("Rule variant")
                                     : tr("Skill group");
    case Contacts: return tr("Handled");
    case Aht: return tr("AHT");
    case Csat: return tr("CSAT");
    case TransferRate: return tr("Transferred");
    //: First-contact resolution: the customer did not come back on the same business within N days.
    case Fcr: return tr("FCR");
    case Entered: return tr("Entered");
    case Answered: return tr("Answered");
    case Abandonment: return tr("Abandonment");
    case ServiceLevel: return tr("Service level");
    case Asa: return tr("ASA");
    }
    return {};
}

QByteArray ReportModel::toCsv() const
{
    // Machine-readable columns (stable English names), whatever the interface language.
    static const char *const header[] = {"key", "name", "handled", "aht_seconds", "csat", "transfer_rate", "fcr_rate",
                                         "entered", "answered", "abandoned", "abandonment_rate", "service_level", "asa_seconds"};
    QStringList lines;
    QStringList h;
    for (const char *c : header)
        h << QString::fromLatin1(c);
    lines << h.join(QLatin1Char(','));
    auto num = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 10) : QString(); };
    for (const ReportRow &r : m_rows) {
        QStringList f{csvField(r.key), csvField(r.name), QString::number(r.contacts), num(r.handleSeconds), num(r.csat), num(r.transferRate),
                      num(r.fcrRate)};
        if (r.hasQueue)
            f << QString::number(r.entered) << QString::number(r.answered) << QString::number(r.abandoned);
        else
            f << QString() << QString() << QString();
        f << num(r.abandonmentRate) << num(r.serviceLevel) << num(r.speedOfAnswerSeconds);
        lines << f.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QString ReportModel::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + toCsv();
    if (file.write(bytes) != bytes.size())
        return file.errorString();
    if (!file.commit())
        return file.errorString();
    return {};
}

}  // namespace baton::models
