#include "knowledgemodel.h"

#include "agentsession.h"

#include <QJsonArray>

namespace baton::models {

KnowledgeModel::KnowledgeModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &KnowledgeModel::searchNow);
}

void KnowledgeModel::setQuery(const QString &query)
{
    m_query = query.trimmed();
    if (m_query.isEmpty()) {
        m_debounce.stop();
        ++m_generation;
        beginResetModel();
        m_hits.clear();
        endResetModel();
        if (m_searching) {
            m_searching = false;
            Q_EMIT searchingChanged(false);
        }
        Q_EMIT resultsChanged(0);
        return;
    }
    m_debounce.start();
}

void KnowledgeModel::searchNow()
{
    m_debounce.stop();
    if (!m_client || m_query.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    if (!m_searching) {
        m_searching = true;
        Q_EMIT searchingChanged(true);
    }
    m_client->request(QStringLiteral("kb.search"), {{QStringLiteral("query"), m_query}, {QStringLiteral("limit"), 20}},
                      [this, generation](const net::Message &reply) {
                          if (generation != m_generation)
                              return;  // an older query: a newer one is on its way
                          m_searching = false;
                          Q_EMIT searchingChanged(false);
                          if (reply.isError()) {
                              m_error = AgentSession::describe(*reply.error);
                              Q_EMIT searchFailed(m_error);
                              return;
                          }
                          m_error.clear();
                          QList<KnowledgeHit> hits;
                          for (const QJsonValue &v : reply.body.value(QStringLiteral("hits")).toArray()) {
                              const QJsonObject o = v.toObject();
                              hits.append({o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("title")).toString(),
                                           o.value(QStringLiteral("snippet")).toString(), o.value(QStringLiteral("score")).toDouble()});
                          }
                          beginResetModel();
                          m_hits = std::move(hits);
                          endResetModel();
                          Q_EMIT resultsChanged(reply.body.value(QStringLiteral("estimatedMatches")).toInt());
                      });
}

QString KnowledgeModel::snippetHtml(const QString &snippet)
{
    QString out;
    out.reserve(snippet.size() + 32);
    QString run;
    for (const QChar c : snippet) {
        if (c == QChar(0x3010)) {  // 【
            out += run.toHtmlEscaped() + QStringLiteral("<b>");
            run.clear();
        } else if (c == QChar(0x3011)) {  // 】
            out += run.toHtmlEscaped() + QStringLiteral("</b>");
            run.clear();
        } else {
            run += c;
        }
    }
    out += run.toHtmlEscaped();
    // An unbalanced 【 would leave bold open into whatever follows the snippet.
    if (out.count(QStringLiteral("<b>")) > out.count(QStringLiteral("</b>")))
        out += QStringLiteral("</b>");
    return out;
}

int KnowledgeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant KnowledgeModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeHit &h = m_hits.at(idx.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return h.title;
    case SnippetRole:
    case Qt::ToolTipRole:
        return h.snippet;
    case SnippetHtmlRole:
        return snippetHtml(h.snippet);
    case IdRole:
        return h.id;
    case ScoreRole:
        return h.score;
    default:
        return {};
    }
}

}  // namespace baton::models
