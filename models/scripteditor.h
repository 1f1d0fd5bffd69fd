#pragma once
// ScriptEditor: a trainer's work on call scripts through the router — the list of scripts,
// opening a script's draft, saving it, publishing it with a comment, the published versions,
// rolling back, and choosing which version is live for a group and business. Every change is
// checked (role, stages) and audited by the router; failures come back as sentences.

#include "routerclient.h"
#include "scriptrepository.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace baton::models {

struct ScriptInfo {
    qint64 script = 0;
    QString name;
    QString business;
    int latestVersion = 0;
    bool hasDraft = false;
};

struct PublishedVersion {
    int version = 0;
    QString author;
    QString comment;
    QString publishedUtc;
    int copiedFrom = 0;
    QList<store::ScriptStage> stages;
};

class ScriptEditor : public QObject {
    Q_OBJECT

public:
    explicit ScriptEditor(net::RouterClient &client, QObject *parent = nullptr);

    void refresh();
    void create(const QString &name, const QString &business);
    void open(qint64 script);
    void saveDraft(const QList<store::ScriptStage> &stages);
    // Saves `stages` as the draft, then publishes it.
    void publish(const QList<store::ScriptStage> &stages, const QString &comment);
    void loadVersions();
    void rollback(int version, const QString &comment);
    void setLive(const QString &group, const QString &business, int version);

    const QList<ScriptInfo> &scripts() const { return m_scripts; }
    qint64 current() const { return m_current; }
    const QList<store::ScriptStage> &draft() const { return m_draft; }
    const QList<PublishedVersion> &versions() const { return m_versions; }

    static QJsonArray toJson(const QList<store::ScriptStage> &stages);
    static QList<store::ScriptStage> fromJson(const QJsonArray &stages, QString *error = nullptr);

Q_SIGNALS:
    void scriptsChanged();
    void opened(qint64 script);
    void saved();
    void published(int version);
    void versionsChanged();
    void liveSet();
    void failed(const QString &message);

private:
    void call(const QString &type, QJsonObject body, std::function<void(const net::Message &)> then);

    net::RouterClient &m_client;
    QList<ScriptInfo> m_scripts;
    qint64 m_current = 0;
    QList<store::ScriptStage> m_draft;
    QList<PublishedVersion> m_versions;
};

}  // namespace baton::models
