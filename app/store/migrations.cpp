#include "migrations.h"

#include "database.h"

#include <QRegularExpression>
#include <QScopeGuard>

namespace baton::store {

// Conventions: timestamps are INTEGER milliseconds since the epoch, UTC (…_ms); phone numbers
// are E.164 text; all text is UTF-8.
const std::vector<Migration> &Migrations::all()
{
    static const std::vector<Migration> steps{
        {1, "customers and cross-channel history",
         {
             QStringLiteral("CREATE TABLE customers ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " dedicated_agent TEXT,"
                            " created_ms INTEGER NOT NULL,"
                            " updated_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE customer_phones ("
                            " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                            " phone TEXT NOT NULL,"
                            " PRIMARY KEY (customer_id, phone))"),
             // PostgreSQL has no rowid to keep the phones in the order given (the first is the main one).
             QStringLiteral("postgres:ALTER TABLE customer_phones ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY"),
             QStringLiteral("CREATE INDEX customer_phones_by_phone ON customer_phones(phone)"),
             QStringLiteral("CREATE TABLE customer_external_ids ("
                            " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                            " system TEXT NOT NULL,"
                            " external_id TEXT NOT NULL,"
                            " UNIQUE (system, external_id))"),
             QStringLiteral("CREATE TABLE customer_attributes ("
                            " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                            " key TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " PRIMARY KEY (customer_id, key)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE customer_tags ("
                            " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                            " tag TEXT NOT NULL,"
                            " PRIMARY KEY (customer_id, tag)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE interactions ("
                            " id INTEGER PRIMARY KEY,"
                            " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                            " started_ms INTEGER NOT NULL,"
                            " ended_ms INTEGER,"
                            " channel TEXT NOT NULL,"
                            " agent_id TEXT,"
                            " business TEXT,"
                            " ivr_path TEXT,"
                            " summary TEXT,"
                            " transcript TEXT,"
                            " disposition TEXT,"
                            " notes TEXT,"
                            " transfer_chain TEXT,"
                            " csat INTEGER CHECK (csat BETWEEN 1 AND 5))"),
             QStringLiteral("CREATE INDEX interactions_by_customer ON interactions(customer_id, started_ms DESC, id DESC)"),
             QStringLiteral("CREATE INDEX interactions_by_agent ON interactions(agent_id, started_ms DESC)"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY,"
                            " at_ms INTEGER NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " object TEXT NOT NULL,"
                            " before TEXT,"
                            " after TEXT)"),
             QStringLiteral("CREATE INDEX audit_by_time ON audit_log(at_ms)"),
             QStringLiteral("CREATE INDEX audit_by_actor ON audit_log(actor, at_ms)"),
             QStringLiteral("CREATE INDEX audit_by_object ON audit_log(object, at_ms)"),
         }},
        {2, "knowledge base with Chinese-aware full-text search",
         {
             QStringLiteral("CREATE TABLE kb_articles ("
                            " id INTEGER PRIMARY KEY,"
                            " title TEXT NOT NULL,"
                            " body TEXT NOT NULL,"
                            " tags TEXT NOT NULL DEFAULT '',"
                            " business TEXT,"
                            " updated_ms INTEGER NOT NULL)"),
             // SQLite: a contentless FTS5 index of SearchTokens; the text lives in kb_articles.
             QStringLiteral("sqlite:CREATE VIRTUAL TABLE kb_index USING fts5(title, body, tags, content='',"
                            " tokenize = 'unicode61 remove_diacritics 0')"),
             QStringLiteral("sqlite:CREATE VIRTUAL TABLE kb_vocab USING fts5vocab(kb_index, 'row')"),
             // PostgreSQL: the same SearchTokens with their positions as a tsvector (title A, tags
             // B, body C), built by Baton rather than by a text-search configuration, in a GIN index.
             QStringLiteral("postgres:CREATE TABLE kb_index ("
                            " article_id BIGINT PRIMARY KEY REFERENCES kb_articles(id) ON DELETE CASCADE,"
                            " terms TSVECTOR NOT NULL)"),
             QStringLiteral("postgres:CREATE INDEX kb_index_terms ON kb_index USING gin (terms)"),
         }},
        {3, "reversible customer merges",
         {
             QStringLiteral("CREATE TABLE customer_merges ("
                            " id INTEGER PRIMARY KEY,"
                            " survivor INTEGER NOT NULL REFERENCES customers(id),"
                            " merged INTEGER NOT NULL REFERENCES customers(id),"
                            " at_ms INTEGER NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " undone_ms INTEGER,"
                            " undone_by TEXT)"),
             // A customer is merged into at most one other at a time.
             QStringLiteral("CREATE UNIQUE INDEX customer_merges_active ON customer_merges(merged) WHERE undone_ms IS NULL"),
             QStringLiteral("CREATE INDEX customer_merges_by_survivor ON customer_merges(survivor) WHERE undone_ms IS NULL"),
         }},
        {4, "call scripts with published versions and live assignments; QA reviews",
         {
             QStringLiteral("CREATE TABLE scripts ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " business TEXT NOT NULL DEFAULT '',"  // '' = any business
                            " created_ms INTEGER NOT NULL,"
                            " created_by TEXT NOT NULL,"
                            " UNIQUE (name, business))"),
             // Published versions: written once, never changed or deleted (the triggers hold
             // that even against hand-written SQL). content is the stages as JSON.
             QStringLiteral("CREATE TABLE script_versions ("
                            " script_id INTEGER NOT NULL REFERENCES scripts(id),"
                            " version INTEGER NOT NULL CHECK (version >= 1),"
                            " author TEXT NOT NULL,"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " content TEXT NOT NULL,"
                            " created_ms INTEGER NOT NULL,"
                            " published_ms INTEGER NOT NULL,"
                            " published_by TEXT NOT NULL,"
                            " based_on INTEGER,"      // the version the draft started from
                            " copied_from INTEGER,"   // set by a rollback
                            " PRIMARY KEY (script_id, version)) WITHOUT ROWID"),
             QStringLiteral("sqlite:CREATE TRIGGER script_versions_no_update BEFORE UPDATE ON script_versions"
                            " BEGIN SELECT RAISE(ABORT, 'published script versions are immutable'); END"),
             QStringLiteral("sqlite:CREATE TRIGGER script_versions_no_delete BEFORE DELETE ON script_versions"
                            " BEGIN SELECT RAISE(ABORT, 'published script versions are kept'); END"),
             QStringLiteral("postgres:CREATE FUNCTION script_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS"
                            " $$ BEGIN IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'published script versions are kept';"
                            " END IF; RAISE EXCEPTION 'published script versions are immutable'; END $$"),
             QStringLiteral("postgres:CREATE TRIGGER script_versions_no_update BEFORE UPDATE ON script_versions"
                            " FOR EACH ROW EXECUTE FUNCTION script_versions_immutable()"),
             QStringLiteral("postgres:CREATE TRIGGER script_versions_no_delete BEFORE DELETE ON script_versions"
                            " FOR EACH ROW EXECUTE FUNCTION script_versions_immutable()"),
             // At most one draft per script.
             QStringLiteral("CREATE TABLE script_drafts ("
                            " script_id INTEGER PRIMARY KEY REFERENCES scripts(id),"
                            " base_version INTEGER,"
                            " author TEXT NOT NULL,"
                            " content TEXT NOT NULL,"
                            " created_ms INTEGER NOT NULL,"
                            " updated_ms INTEGER NOT NULL)"),
             // One live version per (group, business); '' = site-wide / any business.
             QStringLiteral("CREATE TABLE script_live ("
                            " group_id TEXT NOT NULL,"
                            " business TEXT NOT NULL,"
                            " script_id INTEGER NOT NULL,"
                            " version INTEGER NOT NULL,"
                            " set_ms INTEGER NOT NULL,"
                            " set_by TEXT NOT NULL,"
                            " PRIMARY KEY (group_id, business),"
                            " FOREIGN KEY (script_id, version) REFERENCES script_versions(script_id, version)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX script_live_by_script ON script_live(script_id)"),
             QStringLiteral("CREATE TABLE qa_reviews ("
                            " id INTEGER PRIMARY KEY,"
                            " interaction_id INTEGER NOT NULL REFERENCES interactions(id),"
                            " reviewer TEXT NOT NULL,"
                            " reviewed_ms INTEGER NOT NULL,"
                            " script_id INTEGER,"
                            " script_version INTEGER,"
                            " attitude INTEGER NOT NULL CHECK (attitude BETWEEN 1 AND 5),"
                            " knowledge INTEGER NOT NULL CHECK (knowledge BETWEEN 1 AND 5),"
                            " efficiency INTEGER NOT NULL CHECK (efficiency BETWEEN 1 AND 5),"
                            " adherence INTEGER NOT NULL CHECK (adherence BETWEEN 1 AND 5),"
                            " comments TEXT NOT NULL DEFAULT '',"
                            " coaching_note TEXT NOT NULL DEFAULT '',"
                            " adherence_marks TEXT NOT NULL DEFAULT '[]',"
                            " UNIQUE (interaction_id, reviewer),"
                            " FOREIGN KEY (script_id, script_version) REFERENCES script_versions(script_id, version))"),
             QStringLiteral("CREATE INDEX qa_reviews_by_reviewer ON qa_reviews(reviewer, reviewed_ms)"),
         }},
        {5, "router journal and snapshots",
         {
             // body: a CBOR record or snapshot (app/store/journalcodec.h); kind: JournalRecord::Kind.
             QStringLiteral("CREATE TABLE router_journal ("
                            " seq INTEGER PRIMARY KEY,"
                            " at_ms INTEGER NOT NULL,"
                            " kind INTEGER NOT NULL,"
                            " body BLOB NOT NULL)"),
             QStringLiteral("CREATE TABLE router_snapshots ("
                            " seq INTEGER PRIMARY KEY,"
                            " at_ms INTEGER NOT NULL,"
                            " body BLOB NOT NULL)"),
         }},
        {6, "users and roles",
         {
             // id is the login name as first written; NOCASE makes "ZhangMin" and "zhangmin" one
             // user (login names are ASCII, so SQLite's ASCII-only folding is enough). PostgreSQL
             // gets the same from a case-insensitive ICU collation.
             // password_hash: libsodium's crypto_pwhash_str (argon2id, parameters inside).
             QStringLiteral("postgres:CREATE COLLATION baton_nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"),
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT PRIMARY KEY COLLATE NOCASE,"
                            " display_name TEXT NOT NULL DEFAULT '',"
                            " role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'trainer', 'integration', 'admin')),"
                            " agent_id TEXT,"
                            " password_hash TEXT NOT NULL,"
                            " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
                            " created_ms INTEGER NOT NULL,"
                            " updated_ms INTEGER NOT NULL,"
                            " last_login_ms INTEGER,"
                            " failed_logins INTEGER NOT NULL DEFAULT 0,"
                            " locked_until_ms INTEGER,"
                            " CHECK (agent_id IS NULL OR role IN ('agent', 'supervisor')))"),
             // One user per routing agent.
             QStringLiteral("CREATE UNIQUE INDEX users_by_agent ON users(agent_id) WHERE agent_id IS NOT NULL"),
         }},
        {7, "interaction review: the skill group of each interaction; listing by time",
         {
             // NULL for interactions stored before this step (the group was not recorded).
             QStringLiteral("ALTER TABLE interactions ADD COLUMN skill_group TEXT"),
             QStringLiteral("CREATE INDEX interactions_by_start ON interactions(started_ms DESC, id DESC)"),
             QStringLiteral("CREATE INDEX qa_reviews_by_interaction ON qa_reviews(interaction_id)"),
         }},
        {8, "reports: each skill group's queue counts per day",
         {
             // One row per group and day of the site's calendar ("2026-11-24"), written by the
             // router as the day goes and finally when it ends.
             QStringLiteral("CREATE TABLE queue_days ("
                            " group_id TEXT NOT NULL,"
                            " day TEXT NOT NULL,"
                            " entered INTEGER NOT NULL DEFAULT 0,"
                            " answered INTEGER NOT NULL DEFAULT 0,"
                            " answered_in_target INTEGER NOT NULL DEFAULT 0,"
                            " abandoned INTEGER NOT NULL DEFAULT 0,"
                            " overflowed INTEGER NOT NULL DEFAULT 0,"
                            " handled INTEGER NOT NULL DEFAULT 0,"
                            " answer_wait_ms INTEGER NOT NULL DEFAULT 0,"
                            " handle_ms INTEGER NOT NULL DEFAULT 0,"
                            " updated_ms INTEGER NOT NULL,"
                            " PRIMARY KEY (group_id, day))"),
             QStringLiteral("CREATE INDEX queue_days_by_day ON queue_days(day)"),
         }},
        {9, "A/B variants: the rule-set variant each interaction was routed under",
         {
             // NULL for interactions routed outside any experiment (and those stored before this
             // step). The experiment's id is kept beside the variant: two experiments may both
             // name their variants A and B.
             QStringLiteral("ALTER TABLE interactions ADD COLUMN experiment TEXT"),
             QStringLiteral("ALTER TABLE interactions ADD COLUMN variant TEXT"),
             // How long the contact waited before this agent answered it: the one queue measure
             // a report by variant can have, since the queue counts are kept per group.
             QStringLiteral("ALTER TABLE interactions ADD COLUMN wait_ms INTEGER CHECK (wait_ms >= 0)"),
             QStringLiteral("CREATE INDEX interactions_by_experiment ON interactions(experiment, started_ms) WHERE experiment IS NOT NULL"),
         }},
        {10, "customer journeys; each skill group's queue by 15-minute interval",
         {
             // A contact's way through the centre, written by the router when it ends: where it
             // came in, then each step (queued, offered, answered, transferred, overflowed,
             // moved, abandoned …) as a JSON array. The agents' parts are the interactions with
             // the same contact_id.
             QStringLiteral("CREATE TABLE contact_journeys ("
                            " contact_id INTEGER PRIMARY KEY,"
                            " customer_id INTEGER REFERENCES customers(id),"
                            " caller TEXT,"
                            " channel TEXT NOT NULL,"
                            " entry_point TEXT,"
                            " business TEXT,"
                            " ivr_path TEXT,"
                            " started_ms INTEGER NOT NULL,"
                            " ended_ms INTEGER,"
                            " outcome TEXT,"
                            " steps TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX contact_journeys_by_start ON contact_journeys(started_ms DESC, contact_id DESC)"),
             QStringLiteral("CREATE INDEX contact_journeys_by_customer ON contact_journeys(customer_id)"),
             // NULL for interactions stored before this step.
             QStringLiteral("ALTER TABLE interactions ADD COLUMN contact_id INTEGER"),
             QStringLiteral("CREATE INDEX interactions_by_contact ON interactions(contact_id)"),
             // Slot 0 is 00:00–00:15 of the site's day; counts are of that interval only.
             QStringLiteral("CREATE TABLE queue_intervals ("
                            " group_id TEXT NOT NULL,"
                            " day TEXT NOT NULL,"
                            " slot INTEGER NOT NULL CHECK (slot BETWEEN 0 AND 95),"
                            " max_waiting INTEGER NOT NULL DEFAULT 0,"
                            " entered INTEGER NOT NULL DEFAULT 0,"
                            " answered INTEGER NOT NULL DEFAULT 0,"
                            " answered_in_target INTEGER NOT NULL DEFAULT 0,"
                            " abandoned INTEGER NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (group_id, day, slot))"),
         }},
        {11, "sign-in tokens; active and standby routers: the lease and its fencing epoch (PostgreSQL)",
         {
             // A client signs in again with its token, not its password (userrepository.h).
             // Only the token's SHA-256 (hex) is kept.
             QStringLiteral("CREATE TABLE user_tokens ("
                            " token_hash TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL,"
                            " created_ms INTEGER NOT NULL,"
                            " expires_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX user_tokens_by_user ON user_tokens(user_id)"),
             // One row: the epoch the active router raised when it took the site lock (sitelock.h).
             QStringLiteral("postgres:CREATE TABLE router_lease ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " epoch BIGINT NOT NULL,"
                            " holder TEXT NOT NULL,"
                            " since_ms BIGINT NOT NULL)"),
         }},
    };
    return steps;
}

int Migrations::latest() { return all().back().version; }

QString Migrations::statementFor(const QString &statement, bool postgres)
{
    static const QLatin1String sqliteOnly("sqlite:");
    static const QLatin1String postgresOnly("postgres:");
    if (statement.startsWith(sqliteOnly))
        return postgres ? QString() : statement.mid(sqliteOnly.size());
    if (statement.startsWith(postgresOnly))
        return postgres ? statement.mid(postgresOnly.size()) : QString();
    if (!postgres)
        return statement;
    // The shared statements are written for SQLite; on PostgreSQL an auto-numbered id is an
    // identity column, every integer is 64-bit (times are milliseconds), blobs are bytea.
    static const QRegularExpression autoId(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    QString sql = statement;
    sql.replace(autoId, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(blob, QStringLiteral("BYTEA"));
    sql.replace(QLatin1String(" WITHOUT ROWID"), QLatin1String(""));
    sql.replace(QLatin1String("COLLATE NOCASE"), QLatin1String("COLLATE baton_nocase"));
    return sql;
}

core::Status Migrations::apply(Database &db, int target)
{
    if (target < 0)
        target = latest();
    // Two routers starting together on one PostgreSQL database: one migrates, the other waits
    // and then finds nothing left to do. (SQLite's BEGIN IMMEDIATE already serialises them.)
    constexpr qint64 kMigrationLock = 0x6261746f6e6d6967;  // "batonmig"
    if (db.isPostgres()) {
        if (auto s = db.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)); !s)
            return s;
    }
    const auto unlock = qScopeGuard([&] {
        if (db.isPostgres())
            (void)db.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    });
    const int current = db.schemaVersion();
    for (const Migration &m : all()) {
        if (m.version <= current || m.version > target)
            continue;
        if (auto s = db.begin(); !s)
            return s;
        for (const QString &statement : m.statements) {
            const QString sql = statementFor(statement, db.isPostgres());
            if (sql.isEmpty())
                continue;
            if (auto s = db.exec(sql); !s) {
                db.rollback();
                return core::Error{core::ErrorCode::Internal,
                                   QStringLiteral("migration %1 (%2) failed: %3").arg(m.version).arg(QLatin1String(m.description), s.error().message),
                                   {}};
            }
        }
        if (auto s = db.setSchemaVersion(m.version); !s) {
            db.rollback();
            return s;
        }
        if (auto s = db.commit(); !s)
            return s;
    }
    return {};
}

}  // namespace baton::store
