#pragma once
// ScriptRepository: the call scripts agents follow and trainers edit — versioned (one draft, then
// immutable published versions), with one live version per (skill group, business) and
// fallbacks to site-wide defaults. Also the pure helpers the desktop and the trainer's screens
// share: placeholder rendering, upsell matching, and a per-stage diff of two versions.

#include "clock.h"
#include "ids.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace baton::store {

class AuditLog;
class Database;

using ScriptId = core::NumericId<struct ScriptIdTag>;

// "Suggest `suggest` when the attribute `attribute` equals (or contains) `value`". Attributes
// are named as placeholders are: "customer.level", "attr.product".
struct UpsellRule {
    enum class Match { Equals, Contains };
    QString attribute;
    Match match = Match::Equals;
    QString value;
    QString suggest;
    friend bool operator==(const UpsellRule &, const UpsellRule &) = default;
};

// One step of a call. The well-known keys are greet, verify, diagnose, recap and upsell; any
// other key without spaces is a custom stage. `cues` are the words that, heard or typed in the
// conversation, move the desktop to this stage.
struct ScriptStage {
    QString key;
    QString title;
    QString text;  // with placeholders: "{customer.name}", "{attr.product}"
    QStringList cues;
    QList<UpsellRule> upsell;
    friend bool operator==(const ScriptStage &, const ScriptStage &) = default;
};

enum class ScriptVersionStatus { Draft, Published };

struct ScriptVersion {
    ScriptId script;
    int number = 0;  // 1, 2, 3… per script; a draft shows the number it will be published as
    ScriptVersionStatus status = ScriptVersionStatus::Draft;
    QString author;       // who wrote the content (the last to save the draft; the one who rolled back)
    QString comment;      // the publish note
    QDateTime created;    // UTC: the draft's first save
    QDateTime published;  // UTC; invalid for a draft
    QString publishedBy;
    int basedOn = 0;      // the published version the content started from; 0 = none
    int copiedFrom = 0;   // for a rollback: the version copied; 0 = not a rollback
    QList<ScriptStage> stages;
};

struct Script {
    ScriptId id;
    QString name;
    QString business;       // empty = any business
    int latestVersion = 0;  // 0 = nothing published yet
    bool hasDraft = false;
    QDateTime created;
    QString createdBy;
};

// Where a version is live: a skill group and a business; an empty group is the site-wide
// default for that business, an empty business means any business.
struct LiveScope {
    core::GroupId group;
    QString business;
    friend bool operator==(const LiveScope &, const LiveScope &) = default;
};

struct LiveAssignment {
    LiveScope scope;
    ScriptId script;
    int version = 0;
    QDateTime since;  // UTC
    QString setBy;
};

// What changed for one stage key between two versions.
struct StageDiff {
    enum class Kind { Added, Removed, Changed, Unchanged };
    QString key;
    Kind kind = Kind::Unchanged;
    bool titleChanged = false;
    bool textChanged = false;
    bool cuesChanged = false;
    bool upsellChanged = false;
    bool moved = false;  // same stage, different position (not by itself a change)
};

class ScriptRepository {
public:
    ScriptRepository(Database &db, const core::Clock &clock, AuditLog *audit = nullptr) : m_db(db), m_clock(clock), m_audit(audit) {}

    core::Result<ScriptId> createScript(const QString &name, const QString &business, const QString &actor);
    core::Result<Script> script(ScriptId id);
    core::Result<QList<Script>> scripts();

    // Saves (creates or replaces) the script's one draft. The draft records the latest published
    // version at the time of saving as its base.
    core::Status saveDraft(ScriptId id, const QList<ScriptStage> &stages, const QString &actor);
    // The draft to edit: the existing one, or a new one holding a copy of the latest version.
    core::Result<ScriptVersion> openDraft(ScriptId id, const QString &actor);
    core::Result<ScriptVersion> draft(ScriptId id);  // NotFound when there is none
    core::Status discardDraft(ScriptId id);

    // The draft becomes published version latest + 1. Refused when there is no draft, or when a
    // version was published after the draft was last saved (save it again after review).
    core::Result<int> publish(ScriptId id, const QString &comment, const QString &actor);
    // Publishes a new version with the content of `toVersion`; history is kept. A draft in
    // progress is left alone.
    core::Result<int> rollback(ScriptId id, int toVersion, const QString &actor, const QString &comment = {});

    core::Result<QList<ScriptVersion>> versions(ScriptId id);  // published, oldest first
    core::Result<ScriptVersion> version(ScriptId id, int number);

    // Makes a published version the live one for `scope` (replacing what was live there). A
    // script for one business can only be live for that business.
    core::Status setLive(const LiveScope &scope, ScriptId id, int version, const QString &actor);
    core::Status clearLive(const LiveScope &scope, const QString &actor);
    // The live version for a contact of `business` in `group`: (group, business), then
    // (group, any), then (site, business), then (site, any). NotFound when none applies.
    core::Result<ScriptVersion> liveFor(const core::GroupId &group, const QString &business);
    core::Result<QList<LiveAssignment>> usage(ScriptId id);

    // Content as stored: {"stages":[{"key","title","text","cues":[…],"upsell":[{"when","equals"|"contains","suggest"}]}]}.
    static QString serializeStages(const QList<ScriptStage> &stages);
    // Errors name the offending field ("stages[2].cues[0]") or, for malformed JSON, "content".
    static core::Result<QList<ScriptStage>> parseStages(const QString &json);
    // Keys present, unique and without spaces; upsell rules complete.
    static core::Status validateStages(const QList<ScriptStage> &stages);

private:
    core::Status requireScript(ScriptId id, Script *out = nullptr);
    core::Result<int> latestNumber(ScriptId id);
    core::Result<ScriptVersion> readDraft(ScriptId id, const QString &missing);
    core::Status insertVersion(const ScriptVersion &v, const QString &content);
    core::Status audit(const QString &actor, const QString &action, ScriptId id, const QString &before, const QString &after);

    Database &m_db;
    const core::Clock &m_clock;
    AuditLog *m_audit;
};

// Fills "{name}" placeholders from `values` ("customer.name" → "张敏"). A placeholder is a brace,
// a name of letters, digits, '_', '-' or '.', and a closing brace. Unknown placeholders are left
// as they are ("{attr.x}") so an agent sees what is missing; braces that open no placeholder
// (unbalanced, empty, with spaces) are copied as text. Inserted values are not expanded again.
QString renderScriptText(const QString &text, const QHash<QString, QString> &values);
// The placeholder names used in `text`, in order of first use.
QStringList scriptPlaceholders(const QString &text);
// The suggestions of a stage's upsell rules that match `values`, in rule order.
QStringList upsellSuggestions(const ScriptStage &stage, const QHash<QString, QString> &values);
// Per stage key: b's stages in b's order (added, changed or unchanged), then those only in a.
QList<StageDiff> diffStages(const ScriptVersion &a, const ScriptVersion &b);

}  // namespace baton::store
