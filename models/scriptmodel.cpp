#include "scriptmodel.h"

#include "agentsession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton::models {

ScriptModel::ScriptModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ScriptModel::load(net::RouterClient *client, const QString &group, const QString &business, QHash<QString, QString> values)
{
    clear();
    m_values = std::move(values);
    if (!client)
        return;
    QJsonObject body{{QStringLiteral("group"), group}};
    if (!business.isEmpty())
        body.insert(QStringLiteral("business"), business);
    const quint64 generation = ++m_generation;
    client->request(QStringLiteral("script.live"), body, [this, generation](const net::Message &reply) {
        if (generation != m_generation)
            return;
        if (reply.isError()) {
            Q_EMIT loadFailed(reply.error->code == net::WireError::NotFound ? tr("No script is live for this business.")
                                                                            : AgentSession::describe(*reply.error));
            return;
        }
        const QJsonObject content{{QStringLiteral("stages"), reply.body.value(QStringLiteral("stages"))}};
        auto stages = store::ScriptRepository::parseStages(QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
        if (!stages) {
            Q_EMIT loadFailed(tr("The live script could not be read: %1").arg(stages.error().toString()));
            return;
        }
        setStages(std::move(stages.value()), m_values, reply.body.value(QStringLiteral("version")).toInt());
    });
}

void ScriptModel::setStages(QList<store::ScriptStage> stages, QHash<QString, QString> values, int version)
{
    beginResetModel();
    m_stages = std::move(stages);
    m_values = std::move(values);
    m_version = version;
    m_current = m_stages.isEmpty() ? -1 : 0;
    m_reached = m_current;
    endResetModel();
    Q_EMIT scriptChanged();
    Q_EMIT currentChanged(m_current);
}

void ScriptModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_stages.clear();
    m_version = 0;
    m_current = m_reached = -1;
    endResetModel();
    Q_EMIT scriptChanged();
}

void ScriptModel::setValue(const QString &key, const QString &value)
{
    if (m_values.value(key) == value && m_values.contains(key))
        return;
    m_values.insert(key, value);
    if (!m_stages.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_stages.size()) - 1), {TextRole, Qt::DisplayRole, SuggestionsRole});
    Q_EMIT scriptChanged();
}

void ScriptModel::setCurrent(int stage)
{
    if (stage < 0 || stage >= m_stages.size() || stage == m_current)
        return;
    const int old = m_current;
    m_current = stage;
    m_reached = std::max(m_reached, stage);
    if (old >= 0)
        Q_EMIT dataChanged(index(old), index(old), {CurrentRole, ReachedRole});
    Q_EMIT dataChanged(index(0), index(stage), {CurrentRole, ReachedRole});
    Q_EMIT currentChanged(stage);
}

bool ScriptModel::next()
{
    if (m_current + 1 >= m_stages.size())
        return false;
    setCurrent(m_current + 1);
    return true;
}

bool ScriptModel::previous()
{
    if (m_current <= 0)
        return false;
    setCurrent(m_current - 1);
    return true;
}

bool ScriptModel::observe(const QString &text)
{
    const QString folded = text.toCaseFolded();
    int target = -1;
    for (int i = m_current + 1; i < m_stages.size(); ++i) {
        for (const QString &cue : std::as_const(m_stages[i].cues)) {
            if (!cue.isEmpty() && folded.contains(cue.toCaseFolded())) {
                target = i;
                break;
            }
        }
    }
    if (target < 0)
        return false;
    setCurrent(target);
    return true;
}

QStringList ScriptModel::suggestions() const
{
    QStringList out;
    for (const auto &s : m_stages) {
        for (const QString &x : store::upsellSuggestions(s, m_values)) {
            if (!out.contains(x))
                out << x;
        }
    }
    return out;
}

QString ScriptModel::stageText(int stage) const
{
    if (stage < 0 || stage >= m_stages.size())
        return {};
    return store::renderScriptText(m_stages[stage].text, m_values);
}

int ScriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_stages.size());
}

QVariant ScriptModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &s = m_stages.at(idx.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return s.title.isEmpty() ? s.key : s.title;
    case KeyRole:
        return s.key;
    case TextRole:
        return store::renderScriptText(s.text, m_values);
    case CuesRole:
        return s.cues;
    case CurrentRole:
        return idx.row() == m_current;
    case ReachedRole:
        return idx.row() <= m_reached;
    case SuggestionsRole:
        return store::upsellSuggestions(s, m_values);
    case Qt::ToolTipRole:
        return s.cues.isEmpty() ? QVariant() : QVariant(tr("Cue words: %1").arg(s.cues.join(QStringLiteral("、"))));
    default:
        return {};
    }
}

QHash<int, QByteArray> ScriptModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(TitleRole, "title");
    names.insert(TextRole, "text");
    names.insert(CuesRole, "cues");
    names.insert(CurrentRole, "current");
    names.insert(ReachedRole, "reached");
    names.insert(SuggestionsRole, "suggestions");
    return names;
}

}  // namespace baton::models
