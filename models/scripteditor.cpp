#include "scripteditor.h"

#include "agentsession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace baton::models {

ScriptEditor::ScriptEditor(net::RouterClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QJsonArray ScriptEditor::toJson(const QList<store::ScriptStage> &stages)
{
    const QJsonDocument doc = QJsonDocument::fromJson(store::ScriptRepository::serializeStages(stages).toUtf8());
    return doc.object().value(QStringLiteral("stages")).toArray();
}

QList<store::ScriptStage> ScriptEditor::fromJson(const QJsonArray &stages, QString *error)
{
    const QJsonObject content{{QStringLiteral("stages"), stages}};
    auto parsed = store::ScriptRepository::parseStages(QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    if (!parsed) {
        if (error)
            *error = parsed.error().toString();
        return {};
    }
    return parsed.value();
}

void ScriptEditor::call(const QString &type, QJsonObject body, std::function<void(const net::Message &)> then)
{
    m_client.request(type, std::move(body), [this, then = std::move(then)](const net::Message &r) {
        if (r.isError()) {
            Q_EMIT failed(AgentSession::describe(*r.error));
            return;
        }
        then(r);
    });
}

void ScriptEditor::refresh()
{
    call(QStringLiteral("script.list"), {}, [this](const net::Message &r) {
        m_scripts.clear();
        for (const QJsonValue &v : r.body.value(QStringLiteral("scripts")).toArray()) {
            const QJsonObject o = v.toObject();
            m_scripts.append({o.value(QStringLiteral("script")).toInteger(), o.value(QStringLiteral("name")).toString(),
                              o.value(QStringLiteral("business")).toString(), o.value(QStringLiteral("latestVersion")).toInt(),
                              o.value(QStringLiteral("hasDraft")).toBool()});
        }
        Q_EMIT scriptsChanged();
    });
}

void ScriptEditor::create(const QString &name, const QString &business)
{
    call(QStringLiteral("script.create"), {{QStringLiteral("name"), name}, {QStringLiteral("business"), business}}, [this](const net::Message &r) {
        refresh();
        open(r.body.value(QStringLiteral("script")).toInteger());
    });
}

void ScriptEditor::open(qint64 script)
{
    call(QStringLiteral("script.draft"), {{QStringLiteral("script"), script}}, [this, script](const net::Message &r) {
        QString error;
        m_draft = fromJson(r.body.value(QStringLiteral("stages")).toArray(), &error);
        if (!error.isEmpty())
            Q_EMIT failed(tr("The draft could not be read: %1").arg(error));
        m_current = script;
        m_versions.clear();
        Q_EMIT opened(script);
        loadVersions();
    });
}

void ScriptEditor::saveDraft(const QList<store::ScriptStage> &stages)
{
    if (m_current == 0)
        return;
    call(QStringLiteral("script.saveDraft"), {{QStringLiteral("script"), m_current}, {QStringLiteral("stages"), toJson(stages)}},
         [this, stages](const net::Message &) {
             m_draft = stages;
             Q_EMIT saved();
         });
}

void ScriptEditor::publish(const QList<store::ScriptStage> &stages, const QString &comment)
{
    if (m_current == 0)
        return;
    const qint64 script = m_current;
    call(QStringLiteral("script.saveDraft"), {{QStringLiteral("script"), script}, {QStringLiteral("stages"), toJson(stages)}},
         [this, script, comment](const net::Message &) {
             call(QStringLiteral("script.publish"), {{QStringLiteral("script"), script}, {QStringLiteral("comment"), comment}},
                  [this](const net::Message &r) {
                      Q_EMIT published(r.body.value(QStringLiteral("version")).toInt());
                      refresh();
                      loadVersions();
                  });
         });
}

void ScriptEditor::loadVersions()
{
    if (m_current == 0)
        return;
    call(QStringLiteral("script.versions"), {{QStringLiteral("script"), m_current}}, [this](const net::Message &r) {
        m_versions.clear();
        for (const QJsonValue &v : r.body.value(QStringLiteral("versions")).toArray()) {
            const QJsonObject o = v.toObject();
            m_versions.append({o.value(QStringLiteral("version")).toInt(), o.value(QStringLiteral("author")).toString(),
                               o.value(QStringLiteral("comment")).toString(), o.value(QStringLiteral("publishedUtc")).toString(),
                               o.value(QStringLiteral("copiedFrom")).toInt(), fromJson(o.value(QStringLiteral("stages")).toArray())});
        }
        Q_EMIT versionsChanged();
    });
}

void ScriptEditor::rollback(int version, const QString &comment)
{
    call(QStringLiteral("script.rollback"), {{QStringLiteral("script"), m_current}, {QStringLiteral("version"), version}, {QStringLiteral("comment"), comment}},
         [this](const net::Message &r) {
             Q_EMIT published(r.body.value(QStringLiteral("version")).toInt());
             refresh();
             open(m_current);
         });
}

void ScriptEditor::setLive(const QString &group, const QString &business, int version)
{
    call(QStringLiteral("script.setLive"),
         {{QStringLiteral("group"), group}, {QStringLiteral("business"), business}, {QStringLiteral("script"), m_current}, {QStringLiteral("version"), version}},
         [this](const net::Message &) { Q_EMIT liveSet(); });
}

}  // namespace baton::models
