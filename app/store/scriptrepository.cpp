#include "scriptrepository.h"

#include "auditlog.h"
#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace baton::store {

using core::Error;
using core::Result;
using core::Status;

namespace {

QVariant row(ScriptId id) { return QVariant(static_cast<qlonglong>(id.value())); }
Error noScript(ScriptId id) { return Error::notFound(QStringLiteral("no script %1").arg(id.value())); }
QDateTime utc(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

Status requireActor(const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("actor"), QStringLiteral("say who makes the change"));
    return {};
}

bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'; }

// The end (index of '}') of a placeholder opening at `open`, or -1 when the brace opens none.
qsizetype placeholderEnd(const QString &text, qsizetype open)
{
    qsizetype j = open + 1;
    while (j < text.size() && isNameChar(text[j]))
        ++j;
    return (j < text.size() && j > open + 1 && text[j] == u'}') ? j : -1;
}

// Reads an optional string member; a present member of another type is an error.
Result<QString> stringAt(const QJsonObject &o, const QString &name, const QString &path, bool required)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return Error::invalid(path, QStringLiteral("is required"));
        return QString();
    }
    if (!v.isString())
        return Error::invalid(path, QStringLiteral("must be text"));
    return v.toString();
}

Result<UpsellRule> parseRule(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return Error::invalid(path, QStringLiteral("must be an object {\"when\", \"equals\" or \"contains\", \"suggest\"}"));
    const QJsonObject o = value.toObject();
    UpsellRule r;
    auto when = stringAt(o, QStringLiteral("when"), path + QStringLiteral(".when"), true);
    if (!when)
        return when.error();
    r.attribute = *when;
    const bool hasEquals = o.contains(QStringLiteral("equals"));
    if (hasEquals == o.contains(QStringLiteral("contains")))
        return Error::invalid(path, QStringLiteral("needs exactly one of \"equals\" and \"contains\""));
    r.match = hasEquals ? UpsellRule::Match::Equals : UpsellRule::Match::Contains;
    const QString matchName = hasEquals ? QStringLiteral("equals") : QStringLiteral("contains");
    auto v = stringAt(o, matchName, path + QLatin1Char('.') + matchName, true);
    if (!v)
        return v.error();
    r.value = *v;
    auto suggest = stringAt(o, QStringLiteral("suggest"), path + QStringLiteral(".suggest"), true);
    if (!suggest)
        return suggest.error();
    r.suggest = *suggest;
    return r;
}

Result<ScriptStage> parseStage(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return Error::invalid(path, QStringLiteral("must be an object"));
    const QJsonObject o = value.toObject();
    ScriptStage st;
    auto key = stringAt(o, QStringLiteral("key"), path + QStringLiteral(".key"), true);
    auto title = stringAt(o, QStringLiteral("title"), path + QStringLiteral(".title"), false);
    auto text = stringAt(o, QStringLiteral("text"), path + QStringLiteral(".text"), false);
    for (const auto *r : {&key, &title, &text}) {
        if (!*r)
            return r->error();
    }
    st.key = *key;
    st.title = *title;
    st.text = *text;
    const QJsonValue cues = o.value(QStringLiteral("cues"));
    if (!cues.isUndefined() && !cues.isArray())
        return Error::invalid(path + QStringLiteral(".cues"), QStringLiteral("must be a list of words"));
    const QJsonArray cueList = cues.toArray();
    for (qsizetype i = 0; i < cueList.size(); ++i) {
        if (!cueList[i].isString())
            return Error::invalid(path + QStringLiteral(".cues[%1]").arg(i), QStringLiteral("must be text"));
        st.cues.append(cueList[i].toString());
    }
    const QJsonValue upsell = o.value(QStringLiteral("upsell"));
    if (!upsell.isUndefined() && !upsell.isArray())
        return Error::invalid(path + QStringLiteral(".upsell"), QStringLiteral("must be a list of rules"));
    const QJsonArray rules = upsell.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        auto r = parseRule(rules[i], path + QStringLiteral(".upsell[%1]").arg(i));
        if (!r)
            return r.error();
        st.upsell.append(*r);
    }
    return st;
}

QJsonObject liveJson(const LiveScope &scope, qlonglong script, int version)
{
    return QJsonObject{{QStringLiteral("group"), scope.group.value()},
                       {QStringLiteral("business"), scope.business},
                       {QStringLiteral("script"), script},
                       {QStringLiteral("version"), version}};
}

const QString kVersionColumns = QStringLiteral(
    "script_id, version, author, comment, content, created_ms, published_ms, published_by, based_on, copied_from");

// A row of kVersionColumns. Stored content that does not parse is reported, not skipped.
Result<ScriptVersion> readVersion(const QSqlQuery &q)
{
    ScriptVersion v;
    v.script = ScriptId(q.value(0).toULongLong());
    v.number = q.value(1).toInt();
    v.status = ScriptVersionStatus::Published;
    v.author = q.value(2).toString();
    v.comment = q.value(3).toString();
    v.created = utc(q.value(5).toLongLong());
    v.published = utc(q.value(6).toLongLong());
    v.publishedBy = q.value(7).toString();
    v.basedOn = q.value(8).toInt();
    v.copiedFrom = q.value(9).toInt();
    auto stages = ScriptRepository::parseStages(q.value(4).toString());
    if (!stages)
        return Error{core::ErrorCode::Internal,
                     QStringLiteral("script %1 version %2: %3").arg(v.script.value()).arg(v.number).arg(stages.error().message),
                     stages.error().field};
    v.stages = *stages;
    return v;
}

}  // namespace

// ---- content ----------------------------------------------------------------------------------

QString ScriptRepository::serializeStages(const QList<ScriptStage> &stages)
{
    QJsonArray list;
    for (const ScriptStage &st : stages) {
        QJsonObject o{{QStringLiteral("key"), st.key},
                      {QStringLiteral("title"), st.title},
                      {QStringLiteral("text"), st.text},
                      {QStringLiteral("cues"), QJsonArray::fromStringList(st.cues)}};
        if (!st.upsell.isEmpty()) {
            QJsonArray rules;
            for (const UpsellRule &r : st.upsell) {
                rules.append(QJsonObject{
                    {QStringLiteral("when"), r.attribute},
                    {r.match == UpsellRule::Match::Equals ? QStringLiteral("equals") : QStringLiteral("contains"), r.value},
                    {QStringLiteral("suggest"), r.suggest}});
            }
            o.insert(QStringLiteral("upsell"), rules);
        }
        list.append(o);
    }
    return compact(QJsonObject{{QStringLiteral("stages"), list}});
}

Result<QList<ScriptStage>> ScriptRepository::parseStages(const QString &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("content"),
                              QStringLiteral("malformed script content (JSON error at character %1: %2)").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return Error::invalid(QStringLiteral("content"), QStringLiteral("script content must be a JSON object with a \"stages\" list"));
    const QJsonValue stages = doc.object().value(QStringLiteral("stages"));
    if (!stages.isArray())
        return Error::invalid(QStringLiteral("stages"), QStringLiteral("must be a list of stages"));
    QList<ScriptStage> out;
    const QJsonArray list = stages.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto st = parseStage(list[i], QStringLiteral("stages[%1]").arg(i));
        if (!st)
            return st.error();
        out.append(*st);
    }
    if (auto s = validateStages(out); !s)
        return s.error();
    return out;
}

Status ScriptRepository::validateStages(const QList<ScriptStage> &stages)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const ScriptStage &st = stages[i];
        const QString path = QStringLiteral("stages[%1]").arg(i);
        if (st.key.isEmpty())
            return Error::invalid(path + QStringLiteral(".key"), QStringLiteral("a stage needs a key (greet, verify, diagnose, recap, upsell or your own)"));
        for (QChar c : st.key) {
            if (c.isSpace() || c == u'{' || c == u'}')
                return Error::invalid(path + QStringLiteral(".key"), QStringLiteral("'%1': a key has no spaces or braces").arg(st.key));
        }
        if (seen.contains(st.key))
            return Error::invalid(path + QStringLiteral(".key"), QStringLiteral("'%1' is used by an earlier stage").arg(st.key));
        seen.insert(st.key);
        for (qsizetype c = 0; c < st.cues.size(); ++c) {
            if (st.cues[c].trimmed().isEmpty())
                return Error::invalid(path + QStringLiteral(".cues[%1]").arg(c), QStringLiteral("a cue word cannot be empty"));
        }
        for (qsizetype r = 0; r < st.upsell.size(); ++r) {
            const QString rulePath = path + QStringLiteral(".upsell[%1]").arg(r);
            if (st.upsell[r].attribute.trimmed().isEmpty())
                return Error::invalid(rulePath + QStringLiteral(".when"), QStringLiteral("name the attribute the rule looks at"));
            if (st.upsell[r].suggest.trimmed().isEmpty())
                return Error::invalid(rulePath + QStringLiteral(".suggest"), QStringLiteral("say what to suggest"));
        }
    }
    return {};
}

// ---- scripts ----------------------------------------------------------------------------------

Status ScriptRepository::audit(const QString &actor, const QString &action, ScriptId id, const QString &before, const QString &after)
{
    if (!m_audit)
        return {};
    // Inside the caller's transaction: a change that cannot be audited is not made.
    auto r = m_audit->append(actor, action, QStringLiteral("script:%1").arg(id.value()), before, after);
    if (!r)
        return r.error();
    return {};
}

Status ScriptRepository::requireScript(ScriptId id, Script *out)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT name, business, created_ms, created_by FROM scripts WHERE id = ?"), {row(id)}); !s)
        return s;
    if (!q.next())
        return noScript(id);
    if (out) {
        out->id = id;
        out->name = q.value(0).toString();
        out->business = q.value(1).toString();
        out->created = utc(q.value(2).toLongLong());
        out->createdBy = q.value(3).toString();
    }
    return {};
}

Result<int> ScriptRepository::latestNumber(ScriptId id)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM script_versions WHERE script_id = ?"), {row(id)}); !s)
        return s.error();
    q.next();
    return q.value(0).toInt();
}

Result<ScriptId> ScriptRepository::createScript(const QString &name, const QString &business, const QString &actor)
{
    if (name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"), QStringLiteral("a script needs a name"));
    if (auto s = requireActor(actor); !s)
        return s.error();
    return inTransaction(m_db, [&]() -> Result<ScriptId> {
        QSqlQuery q = m_db.query();
        if (auto s = Database::run(q, QStringLiteral("SELECT id FROM scripts WHERE name = ? AND business = ?"), {name, business}); !s)
            return s.error();
        if (q.next())
            return Error::conflict(QStringLiteral("script %1 already has the name '%2' for this business").arg(q.value(0).toString(), name));
        if (auto s = Database::run(q, QStringLiteral("INSERT INTO scripts (name, business, created_ms, created_by) VALUES (?, ?, ?, ?) RETURNING id"),
                                   {name, business, m_clock.utcNow().toMSecsSinceEpoch(), actor});
            !s)
            return s.error();
        if (!q.next())
            return Error{core::ErrorCode::Internal, QStringLiteral("the script was not stored"), {}};
        const ScriptId id(q.value(0).toULongLong());
        q.finish();
        if (auto s = audit(actor, QStringLiteral("script.create"), id, {},
                           compact({{QStringLiteral("name"), name}, {QStringLiteral("business"), business}}));
            !s)
            return s.error();
        return id;
    });
}

Result<Script> ScriptRepository::script(ScriptId id)
{
    Script sc;
    if (auto s = requireScript(id, &sc); !s)
        return s.error();
    auto latest = latestNumber(id);
    if (!latest)
        return latest.error();
    sc.latestVersion = *latest;
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT 1 FROM script_drafts WHERE script_id = ?"), {row(id)}); !s)
        return s.error();
    sc.hasDraft = q.next();
    return sc;
}

Result<QList<Script>> ScriptRepository::scripts()
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Database::run(q, QStringLiteral("SELECT s.id, s.name, s.business, s.created_ms, s.created_by,"
                                                 " (SELECT COALESCE(MAX(version), 0) FROM script_versions v WHERE v.script_id = s.id),"
                                                 " EXISTS (SELECT 1 FROM script_drafts d WHERE d.script_id = s.id)"
                                                 " FROM scripts s ORDER BY s.name, s.business, s.id"));
        !s)
        return s.error();
    QList<Script> out;
    while (q.next()) {
        out.append(Script{ScriptId(q.value(0).toULongLong()), q.value(1).toString(), q.value(2).toString(), q.value(5).toInt(),
                          q.value(6).toBool(), utc(q.value(3).toLongLong()), q.value(4).toString()});
    }
    return out;
}

// ---- drafts and versions ----------------------------------------------------------------------

Status ScriptRepository::saveDraft(ScriptId id, const QList<ScriptStage> &stages, const QString &actor)
{
    if (auto s = requireActor(actor); !s)
        return s;
    if (auto s = validateStages(stages); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        if (auto s = requireScript(id); !s)
            return s;
        auto latest = latestNumber(id);
        if (!latest)
            return latest.error();
        const qint64 now = m_clock.utcNow().toMSecsSinceEpoch();
        QSqlQuery q = m_db.query();
        return Database::run(q,
                             QStringLiteral("INSERT INTO script_drafts (script_id, base_version, author, content, created_ms, updated_ms)"
                                            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (script_id) DO UPDATE SET"
                                            " base_version = excluded.base_version, author = excluded.author,"
                                            " content = excluded.content, updated_ms = excluded.updated_ms"),
                             {row(id), *latest > 0 ? QVariant(*latest) : QVariant(), actor, serializeStages(stages), now, now});
    });
}

Result<ScriptVersion> ScriptRepository::readDraft(ScriptId id, const QString &missing)
{
    if (auto s = requireScript(id); !s)
        return s.error();
    auto latest = latestNumber(id);
    if (!latest)
        return latest.error();
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT base_version, author, content, created_ms FROM script_drafts WHERE script_id = ?"), {row(id)});
        !s)
        return s.error();
    if (!q.next())
        return Error{core::ErrorCode::NotFound, missing.arg(id.value()), {}};
    ScriptVersion v;
    v.script = id;
    v.number = *latest + 1;
    v.status = ScriptVersionStatus::Draft;
    v.basedOn = q.value(0).toInt();
    v.author = q.value(1).toString();
    v.created = utc(q.value(3).toLongLong());
    auto stages = parseStages(q.value(2).toString());
    if (!stages)
        return Error{core::ErrorCode::Internal, QStringLiteral("the draft of script %1: %2").arg(id.value()).arg(stages.error().message),
                     stages.error().field};
    v.stages = *stages;
    return v;
}

Result<ScriptVersion> ScriptRepository::draft(ScriptId id) { return readDraft(id, QStringLiteral("script %1 has no draft")); }

Result<ScriptVersion> ScriptRepository::openDraft(ScriptId id, const QString &actor)
{
    if (auto d = draft(id); d || d.error().code != core::ErrorCode::NotFound)
        return d;
    auto latest = latestNumber(id);
    if (!latest)
        return latest.error();
    QList<ScriptStage> stages;
    if (*latest > 0) {
        auto v = version(id, *latest);
        if (!v)
            return v.error();
        stages = v->stages;
    }
    if (auto s = saveDraft(id, stages, actor); !s)
        return s.error();
    return draft(id);
}

Status ScriptRepository::discardDraft(ScriptId id)
{
    if (auto s = requireScript(id); !s)
        return s;
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("DELETE FROM script_drafts WHERE script_id = ?"), {row(id)}); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::notFound(QStringLiteral("script %1 has no draft").arg(id.value()));
    return {};
}

Status ScriptRepository::insertVersion(const ScriptVersion &v, const QString &content)
{
    QSqlQuery q = m_db.query();
    return Database::run(q,
                         QStringLiteral("INSERT INTO script_versions (script_id, version, author, comment, content, created_ms, published_ms,"
                                        " published_by, based_on, copied_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {row(v.script), v.number, v.author, v.comment, content, v.created.toMSecsSinceEpoch(), v.published.toMSecsSinceEpoch(),
                          v.publishedBy, v.basedOn > 0 ? QVariant(v.basedOn) : QVariant(), v.copiedFrom > 0 ? QVariant(v.copiedFrom) : QVariant()});
}

Result<int> ScriptRepository::publish(ScriptId id, const QString &comment, const QString &actor)
{
    if (auto s = requireActor(actor); !s)
        return s.error();
    return inTransaction(m_db, [&]() -> Result<int> {
        if (auto s = requireScript(id); !s)
            return s.error();
        auto d = readDraft(id, QStringLiteral("script %1 has no draft to publish; save a draft first"));
        if (!d)
            return d.error().code == core::ErrorCode::NotFound ? Error::conflict(d.error().message) : d.error();
        ScriptVersion v = *d;
        const int latest = v.number - 1;
        if (v.basedOn != latest)
            return Error::conflict(QStringLiteral("version %1 of script %2 was published after this draft was saved; review the draft and save it again")
                                       .arg(latest)
                                       .arg(id.value()));
        v.status = ScriptVersionStatus::Published;
        v.comment = comment;
        v.published = m_clock.utcNow();
        v.publishedBy = actor;
        if (auto s = insertVersion(v, serializeStages(v.stages)); !s)
            return s.error();
        QSqlQuery q = m_db.query();
        if (auto s = Database::run(q, QStringLiteral("DELETE FROM script_drafts WHERE script_id = ?"), {row(id)}); !s)
            return s.error();
        if (auto s = audit(actor, QStringLiteral("script.publish"), id,
                           latest > 0 ? compact({{QStringLiteral("version"), latest}}) : QString(),
                           compact({{QStringLiteral("version"), v.number}, {QStringLiteral("comment"), comment}}));
            !s)
            return s.error();
        return v.number;
    });
}

Result<int> ScriptRepository::rollback(ScriptId id, int toVersion, const QString &actor, const QString &comment)
{
    if (auto s = requireActor(actor); !s)
        return s.error();
    return inTransaction(m_db, [&]() -> Result<int> {
        auto old = version(id, toVersion);
        if (!old)
            return old.error();
        auto latest = latestNumber(id);
        if (!latest)
            return latest.error();
        ScriptVersion v = *old;
        v.number = *latest + 1;
        v.author = actor;
        v.comment = comment;
        v.created = v.published = m_clock.utcNow();
        v.publishedBy = actor;
        v.basedOn = v.copiedFrom = toVersion;
        if (auto s = insertVersion(v, serializeStages(v.stages)); !s)
            return s.error();
        if (auto s = audit(actor, QStringLiteral("script.rollback"), id, compact({{QStringLiteral("version"), *latest}}),
                           compact({{QStringLiteral("version"), v.number}, {QStringLiteral("copiedFrom"), toVersion}}));
            !s)
            return s.error();
        return v.number;
    });
}

Result<QList<ScriptVersion>> ScriptRepository::versions(ScriptId id)
{
    if (auto s = requireScript(id); !s)
        return s.error();
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Database::run(q, QStringLiteral("SELECT %1 FROM script_versions WHERE script_id = ? ORDER BY version").arg(kVersionColumns), {row(id)}); !s)
        return s.error();
    QList<ScriptVersion> out;
    while (q.next()) {
        auto v = readVersion(q);
        if (!v)
            return v.error();
        out.append(*v);
    }
    return out;
}

Result<ScriptVersion> ScriptRepository::version(ScriptId id, int number)
{
    if (auto s = requireScript(id); !s)
        return s.error();
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT %1 FROM script_versions WHERE script_id = ? AND version = ?").arg(kVersionColumns),
                               {row(id), number});
        !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("script %1 has no published version %2").arg(id.value()).arg(number));
    return readVersion(q);
}

// ---- live assignments -------------------------------------------------------------------------

Status ScriptRepository::setLive(const LiveScope &scope, ScriptId id, int number, const QString &actor)
{
    if (auto s = requireActor(actor); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        Script sc;
        if (auto s = requireScript(id, &sc); !s)
            return s;
        if (!sc.business.isEmpty() && sc.business != scope.business)
            return Error::invalid(QStringLiteral("scope.business"), QStringLiteral("script %1 is for business '%2'; it cannot be live for '%3'")
                                                                        .arg(QString::number(id.value()), sc.business, scope.business));
        if (auto v = version(id, number); !v) {
            if (auto d = draft(id); v.error().code == core::ErrorCode::NotFound && d && d->number == number)
                return Error::conflict(QStringLiteral("version %1 of script %2 is a draft; only published versions can be live").arg(number).arg(id.value()));
            return v.error();
        }
        QSqlQuery q = m_db.query();
        if (auto s = Database::run(q, QStringLiteral("SELECT script_id, version FROM script_live WHERE group_id = ? AND business = ?"),
                                   {scope.group.value(), scope.business});
            !s)
            return s;
        const QString before = q.next() ? compact(liveJson(scope, q.value(0).toLongLong(), q.value(1).toInt())) : QString();
        if (auto s = Database::run(q, QStringLiteral("INSERT INTO script_live (group_id, business, script_id, version, set_ms, set_by)"
                                                     " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (group_id, business) DO UPDATE SET"
                                                     " script_id = excluded.script_id, version = excluded.version,"
                                                     " set_ms = excluded.set_ms, set_by = excluded.set_by"),
                                   {scope.group.value(), scope.business, row(id), number, m_clock.utcNow().toMSecsSinceEpoch(), actor});
            !s)
            return s;
        return audit(actor, QStringLiteral("script.live"), id, before, compact(liveJson(scope, row(id).toLongLong(), number)));
    });
}

Status ScriptRepository::clearLive(const LiveScope &scope, const QString &actor)
{
    if (auto s = requireActor(actor); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        QSqlQuery q = m_db.query();
        if (auto s = Database::run(q, QStringLiteral("SELECT script_id, version FROM script_live WHERE group_id = ? AND business = ?"),
                                   {scope.group.value(), scope.business});
            !s)
            return s;
        if (!q.next())
            return Error::notFound(QStringLiteral("no script is live for group '%1' and business '%2'").arg(scope.group.value(), scope.business));
        const ScriptId id(q.value(0).toULongLong());
        const QString before = compact(liveJson(scope, q.value(0).toLongLong(), q.value(1).toInt()));
        if (auto s = Database::run(q, QStringLiteral("DELETE FROM script_live WHERE group_id = ? AND business = ?"), {scope.group.value(), scope.business}); !s)
            return s;
        return audit(actor, QStringLiteral("script.live"), id, before, QString());
    });
}

Result<ScriptVersion> ScriptRepository::liveFor(const core::GroupId &group, const QString &business)
{
    // One look-up: exact scope first, then the group's any-business default, then the site's.
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT script_id, version FROM script_live WHERE group_id IN (?, '') AND business IN (?, '')"
                                                 " ORDER BY group_id = '', business = '' LIMIT 1"),
                               {group.value(), business});
        !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("no script is live for group '%1' and business '%2'").arg(group.value(), business));
    return version(ScriptId(q.value(0).toULongLong()), q.value(1).toInt());
}

Result<QList<LiveAssignment>> ScriptRepository::usage(ScriptId id)
{
    if (auto s = requireScript(id); !s)
        return s.error();
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Database::run(q, QStringLiteral("SELECT group_id, business, version, set_ms, set_by FROM script_live WHERE script_id = ?"
                                                 " ORDER BY group_id, business"),
                               {row(id)});
        !s)
        return s.error();
    QList<LiveAssignment> out;
    while (q.next()) {
        out.append(LiveAssignment{LiveScope{core::GroupId(q.value(0).toString()), q.value(1).toString()}, id, q.value(2).toInt(),
                                  utc(q.value(3).toLongLong()), q.value(4).toString()});
    }
    return out;
}

// ---- pure helpers -----------------------------------------------------------------------------

QString renderScriptText(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype end = text[i] == u'{' ? placeholderEnd(text, i) : -1;
        if (end < 0) {
            out.append(text[i]);
            continue;
        }
        const auto it = values.constFind(text.mid(i + 1, end - i - 1));
        out.append(it != values.cend() ? *it : text.mid(i, end - i + 1));
        i = end;
    }
    return out;
}

QStringList scriptPlaceholders(const QString &text)
{
    QStringList names;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype end = text[i] == u'{' ? placeholderEnd(text, i) : -1;
        if (end < 0)
            continue;
        const QString name = text.mid(i + 1, end - i - 1);
        if (!names.contains(name))
            names.append(name);
        i = end;
    }
    return names;
}

QStringList upsellSuggestions(const ScriptStage &stage, const QHash<QString, QString> &values)
{
    QStringList out;
    for (const UpsellRule &r : stage.upsell) {
        const auto it = values.constFind(r.attribute);
        if (it == values.cend())
            continue;
        const bool hit = r.match == UpsellRule::Match::Equals ? it->compare(r.value, Qt::CaseInsensitive) == 0
                                                              : it->contains(r.value, Qt::CaseInsensitive);
        if (hit)
            out.append(renderScriptText(r.suggest, values));
    }
    return out;
}

QList<StageDiff> diffStages(const ScriptVersion &a, const ScriptVersion &b)
{
    QHash<QString, qsizetype> inA;
    QHash<QString, qsizetype> inB;
    for (qsizetype i = 0; i < a.stages.size(); ++i)
        inA.insert(a.stages[i].key, i);
    for (qsizetype i = 0; i < b.stages.size(); ++i)
        inB.insert(b.stages[i].key, i);
    // Positions among the stages both versions have, so one inserted stage moves nothing.
    QStringList commonA;
    QStringList commonB;
    for (const ScriptStage &st : a.stages) {
        if (inB.contains(st.key))
            commonA.append(st.key);
    }
    for (const ScriptStage &st : b.stages) {
        if (inA.contains(st.key))
            commonB.append(st.key);
    }
    QList<StageDiff> out;
    for (const ScriptStage &sb : b.stages) {
        StageDiff d;
        d.key = sb.key;
        const auto it = inA.constFind(sb.key);
        if (it == inA.cend()) {
            d.kind = StageDiff::Kind::Added;
        } else {
            const ScriptStage &sa = a.stages[*it];
            d.titleChanged = sa.title != sb.title;
            d.textChanged = sa.text != sb.text;
            d.cuesChanged = sa.cues != sb.cues;
            d.upsellChanged = sa.upsell != sb.upsell;
            d.moved = commonA.indexOf(sb.key) != commonB.indexOf(sb.key);
            const bool changed = d.titleChanged || d.textChanged || d.cuesChanged || d.upsellChanged;
            d.kind = changed ? StageDiff::Kind::Changed : StageDiff::Kind::Unchanged;
        }
        out.append(d);
    }
    for (const ScriptStage &sa : a.stages) {
        if (!inB.contains(sa.key)) {
            StageDiff d;
            d.key = sa.key;
            d.kind = StageDiff::Kind::Removed;
            out.append(d);
        }
    }
    return out;
}

}  // namespace baton::store
