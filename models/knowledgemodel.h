#pragma once
// KnowledgeModel: as-you-type knowledge search through `kb.search`. Keystrokes are gathered for
// a short pause before one request goes out, and a reply to an older query is dropped, so the
// list never flickers back to stale results.

#include "routerclient.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace baton::models {

struct KnowledgeHit {
    qint64 id = 0;
    QString title;
    QString snippet;  // matches between 【 and 】
    double score = 0;
};

class KnowledgeModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { TitleRole = Qt::UserRole + 1, SnippetRole, SnippetHtmlRole, IdRole, ScoreRole };

    explicit KnowledgeModel(QObject *parent = nullptr);

    void setClient(net::RouterClient *client) { m_client = client; }
    // Searches after `debounceMs` without another keystroke; an empty query clears at once.
    void setQuery(const QString &query);
    void searchNow();
    QString query() const { return m_query; }
    bool isSearching() const { return m_searching; }
    int debounceMs() const { return m_debounce.interval(); }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "…【挂失】时…" → "…<b>挂失</b>时…" with the rest escaped.
    static QString snippetHtml(const QString &snippet);

Q_SIGNALS:
    void searchingChanged(bool searching);
    void resultsChanged(int estimatedMatches);
    void searchFailed(const QString &message);

private:
    QPointer<net::RouterClient> m_client;
    QString m_query;
    QList<KnowledgeHit> m_hits;
    QTimer m_debounce;
    quint64 m_generation = 0;
    bool m_searching = false;
    QString m_error;
};

}  // namespace baton::models
