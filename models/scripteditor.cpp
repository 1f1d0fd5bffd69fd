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

QList<StageChange> compareStages(const QList<store::ScriptStage> &before, const QList<store::ScriptStage> &after)
{
    QHash<QString, qsizetype> oldIndex;
    for (qsizetype i = 0; i < before.size(); ++i)
        oldIndex.insert(before[i].key, i);
    QStringList keptOrderBefore, keptOrderAfter;  // the order of the stages both versions have
    for (const auto &s : before) {
        if (std::any_of(after.begin(), after.end(), [&](const store::ScriptStage &a) { return a.key == s.key; }))
            keptOrderBefore << s.key;
    }
    for (const auto &s : after) {
        if (oldIndex.contains(s.key))
            keptOrderAfter << s.key;
    }
    QList<StageChange> out;
    for (const auto &s : after) {
        const auto at = oldIndex.constFind(s.key);
        if (at == oldIndex.constEnd()) {
            out.append({StageChange::Kind::Added, s.key, s.title, {}, {}, s});
            continue;
        }
        const store::ScriptStage &old = before[*at];
        QStringList fields;
        if (old.title != s.title)
            fields << QStringLiteral("title");
        if (old.text != s.text)
            fields << QStringLiteral("text");
        if (old.cues != s.cues)
            fields << QStringLiteral("cues");
        if (old.upsell != s.upsell)
            fields << QStringLiteral("upsell");
        const bool moved = keptOrderBefore.indexOf(s.key) != keptOrderAfter.indexOf(s.key);
        if (!fields.isEmpty())
            out.append({StageChange::Kind::Changed, s.key, s.title, fields, old, s});
        else if (moved)
            out.append({StageChange::Kind::Moved, s.key, s.title, {}, old, s});
    }
    for (const auto &s : before) {
        if (std::none_of(after.begin(), after.end(), [&](const store::ScriptStage &a) { return a.key == s.key; }))
            out.append({StageChange::Kind::Removed, s.key, s.title, {}, s, {}});
    }
    return out;
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
