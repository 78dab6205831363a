#include "schema.h"

#include <array>
#include <string>

namespace hilo::store {
namespace {

// Each entry moves the schema from version i to i + 1. Never edit a released entry: add one.
constexpr std::array kMigrations = {
    // 1: the foundation: groups, sources, turns, attributes, codebook, coders, codings, memos.
    R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES ('change_counter', '0');

CREATE TABLE groups (
    id       INTEGER PRIMARY KEY,
    tag      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(tag) BETWEEN 1 AND 16),
    label    TEXT NOT NULL,
    position INTEGER NOT NULL
);
INSERT INTO groups(tag, label, position) VALUES
    ('YP', 'Young people', 1),
    ('FW', 'Front-line workers', 2),
    ('JP', 'Justice professionals', 3);

CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    guid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL UNIQUE,
    group_id      INTEGER NOT NULL REFERENCES groups(id),
    participant   TEXT,
    language      TEXT NOT NULL CHECK (language IN ('en', 'es')),
    text          TEXT NOT NULL,
    length        INTEGER NOT NULL CHECK (length >= 0),   -- in code points
    content_hash  TEXT NOT NULL UNIQUE,                   -- SHA-256 of the NFC text
    note          TEXT,
    origin_path   TEXT NOT NULL,
    origin_format TEXT NOT NULL,
    encoding      TEXT NOT NULL,
    imported_at   TEXT NOT NULL
);
CREATE INDEX sources_by_group ON sources(group_id);

CREATE TABLE turns (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    start        INTEGER NOT NULL,   -- code points, inclusive; the speaker label starts here
    speech_start INTEGER NOT NULL,   -- code points; the words after the label start here
    end          INTEGER NOT NULL,   -- code points, exclusive
    speaker      TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('interviewer', 'participant', 'unknown')),
    time_start_ms INTEGER,
    time_end_ms   INTEGER,
    UNIQUE (source_id, ordinal),
    CHECK (0 <= start AND start <= speech_start AND speech_start <= end)
);

CREATE TABLE attributes (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    type TEXT NOT NULL CHECK (type IN ('number', 'text', 'date'))
);

CREATE TABLE source_attributes (
    source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id),
    value        TEXT NOT NULL,
    PRIMARY KEY (source_id, attribute_id)
) WITHOUT ROWID;

CREATE TABLE speaker_patterns (
    id       INTEGER PRIMARY KEY,
    pattern  TEXT NOT NULL UNIQUE,
    role     TEXT NOT NULL CHECK (role IN ('interviewer', 'participant')),
    position INTEGER NOT NULL
);

CREATE TABLE guard_names (
    name TEXT PRIMARY KEY COLLATE NOCASE
) WITHOUT ROWID;

CREATE TABLE accepted_flags (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    line        INTEGER NOT NULL,
    column      INTEGER NOT NULL,
    masked      TEXT NOT NULL,
    accepted_at TEXT NOT NULL
);

CREATE TABLE codes (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    parent_id  INTEGER REFERENCES codes(id),
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL CHECK (length(name) > 0),
    color      TEXT,
    definition TEXT NOT NULL DEFAULT '',
    inclusion  TEXT NOT NULL DEFAULT '',
    exclusion  TEXT NOT NULL DEFAULT '',
    example    TEXT NOT NULL DEFAULT '',
    memo       TEXT NOT NULL DEFAULT '',
    codable    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX codes_by_parent ON codes(parent_id, position);

CREATE TABLE coders (
    id   INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE codings (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    code_id    INTEGER NOT NULL REFERENCES codes(id),
    coder_id   INTEGER NOT NULL REFERENCES coders(id),
    start      INTEGER NOT NULL,   -- code points, inclusive
    end        INTEGER NOT NULL,   -- code points, exclusive
    memo       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (0 <= start AND start < end),
    UNIQUE (source_id, code_id, coder_id, start, end)
);
CREATE INDEX codings_by_source ON codings(source_id, start);
CREATE INDEX codings_by_code ON codings(code_id);

CREATE TABLE memos (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    text       TEXT NOT NULL,
    source_id  INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    code_id    INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL
);

-- The change counter tells the derived index whether it is stale: every change to what the
-- index holds bumps it, inside the same transaction as the change.
CREATE TRIGGER sources_changed_insert AFTER INSERT ON sources BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_counter'; END;
CREATE TRIGGER sources_changed_delete AFTER DELETE ON sources BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_counter'; END;
CREATE TRIGGER sources_changed_update AFTER UPDATE ON sources BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_counter'; END;
CREATE TRIGGER codings_changed_insert AFTER INSERT ON codings BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_counter'; END;
CREATE TRIGGER codings_changed_delete AFTER DELETE ON codings BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_counter'; END;
CREATE TRIGGER codings_changed_update AFTER UPDATE ON codings BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_counter'; END;
CREATE TRIGGER codes_changed_update AFTER UPDATE ON codes BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_counter'; END;
)sql",
    // 2: bilingual codebooks: each code may carry its name in Spanish.
    R"sql(
ALTER TABLE codes ADD COLUMN label_es TEXT NOT NULL DEFAULT '';
)sql",
    // 3: the search index's work queue. Triggers record, in the same transaction as a change,
    // which sources (and which moved codes) the derived Xapian index must re-read, so that
    // syncIndex() catches up without rebuilding. Codings and turns queue their source: a
    // source's documents are few, and re-indexing them whole keeps turn documents (which carry
    // the codes of overlapping codings) right without tracking old spans.
    R"sql(
CREATE TABLE index_queue (
    kind TEXT NOT NULL CHECK (kind IN ('source', 'code')),
    id   INTEGER NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;

CREATE TRIGGER index_queue_source_insert AFTER INSERT ON sources BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', NEW.id); END;
CREATE TRIGGER index_queue_source_delete AFTER DELETE ON sources BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', OLD.id); END;
CREATE TRIGGER index_queue_source_update AFTER UPDATE ON sources BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', OLD.id);
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', NEW.id); END;

CREATE TRIGGER index_queue_turn_insert AFTER INSERT ON turns BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', NEW.source_id); END;
CREATE TRIGGER index_queue_turn_delete AFTER DELETE ON turns BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', OLD.source_id); END;
CREATE TRIGGER index_queue_turn_update AFTER UPDATE ON turns BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', OLD.source_id);
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', NEW.source_id); END;

CREATE TRIGGER index_queue_attribute_insert AFTER INSERT ON source_attributes BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', NEW.source_id); END;
CREATE TRIGGER index_queue_attribute_delete AFTER DELETE ON source_attributes BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', OLD.source_id); END;
CREATE TRIGGER index_queue_attribute_update AFTER UPDATE ON source_attributes BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', OLD.source_id);
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', NEW.source_id); END;

CREATE TRIGGER index_queue_coding_insert AFTER INSERT ON codings BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', NEW.source_id); END;
CREATE TRIGGER index_queue_coding_delete AFTER DELETE ON codings BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', OLD.source_id); END;
CREATE TRIGGER index_queue_coding_update AFTER UPDATE ON codings BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', OLD.source_id);
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('source', NEW.source_id); END;

-- Documents carry code ids and their ancestors' ids: a rename changes nothing indexed, a move
-- changes the ancestors of the whole subtree (resolved when the queue is processed).
CREATE TRIGGER index_queue_code_move AFTER UPDATE OF parent_id ON codes
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
    INSERT OR IGNORE INTO index_queue(kind, id) VALUES ('code', NEW.id); END;
)sql",
    // 4: the quote basket. A quote is a span of a source in code points with its own edits
    // (elisions and bracketed insertions, as JSON), so its text can always be checked against
    // the source. The codes are a snapshot of the paths at the time of quoting: a report quotes
    // what was coded then, and a later recode does not silently change a chosen quote. The
    // project-wide attribution template lives in meta under 'quote_template'.
    R"sql(
CREATE TABLE quotes (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,   -- code points, inclusive
    end        INTEGER NOT NULL,   -- code points, exclusive
    edits      TEXT NOT NULL DEFAULT '[]',  -- [{"kind":"elide|insert|replace","start":S,"end":E,"text":T}]
    coding_id  INTEGER REFERENCES codings(id) ON DELETE SET NULL,
    codes      TEXT NOT NULL DEFAULT '',    -- code paths, one per line
    coder_id   INTEGER REFERENCES coders(id),
    note       TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (0 <= start AND start < end)
);
CREATE INDEX quotes_by_position ON quotes(position);
)sql",
    // 5: survey themes for joint displays. A theme holds indicators (published figures, or
    // figures Hilo computed from microdata it was defined on), links to codes (many to many) and
    // the researcher's note on convergence or divergence. Survey tables are not interview data:
    // no trigger touches the search index or the change counter.
    R"sql(
CREATE TABLE survey_themes (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0),
    note     TEXT NOT NULL DEFAULT '',   -- the joint display's free text
    position INTEGER NOT NULL
);

-- A microdata file a theme was computed from: its name, format and weight, and the value
-- labels it carried (SPSS .sav, Stata .dta), so subgroups and conditions read as labelled.
CREATE TABLE survey_datasets (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    format      TEXT NOT NULL CHECK (format IN ('csv', 'sav', 'dta')),
    weight      TEXT NOT NULL DEFAULT '',  -- weight variable; '' for unweighted
    row_count   INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE survey_value_labels (
    dataset_id INTEGER NOT NULL REFERENCES survey_datasets(id) ON DELETE CASCADE,
    variable   TEXT NOT NULL,
    value      TEXT NOT NULL,
    label      TEXT NOT NULL,
    PRIMARY KEY (dataset_id, variable, value)
) WITHOUT ROWID;

-- A theme defined on microdata: a variable and a condition on it ("told_anyone = 0").
CREATE TABLE survey_theme_definitions (
    theme_id   INTEGER PRIMARY KEY REFERENCES survey_themes(id) ON DELETE CASCADE,
    dataset_id INTEGER NOT NULL REFERENCES survey_datasets(id) ON DELETE CASCADE,
    variable   TEXT NOT NULL,
    condition  TEXT NOT NULL,
    subgroups  TEXT NOT NULL DEFAULT ''   -- comma-separated variables it was broken down by
);

CREATE TABLE survey_indicators (
    id          INTEGER PRIMARY KEY,
    theme_id    INTEGER NOT NULL REFERENCES survey_themes(id) ON DELETE CASCADE,
    label       TEXT NOT NULL,
    value       REAL NOT NULL CHECK (value BETWEEN 0 AND 100),   -- a percentage
    base        INTEGER CHECK (base IS NULL OR base > 0),        -- respondents it is a percentage of
    subgroup    TEXT NOT NULL DEFAULT '',                        -- '' for everyone
    ci_low      REAL,
    ci_high     REAL,
    source_note TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    CHECK ((ci_low IS NULL) = (ci_high IS NULL)),
    CHECK (ci_low IS NULL OR (ci_low <= value AND value <= ci_high))
);
CREATE INDEX survey_indicators_by_theme ON survey_indicators(theme_id, position);

CREATE TABLE code_theme_links (
    code_id  INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES survey_themes(id) ON DELETE CASCADE,
    PRIMARY KEY (code_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX code_theme_links_by_theme ON code_theme_links(theme_id);
)sql",
};

} // namespace

int currentSchemaVersion()
{
    return static_cast<int>(kMigrations.size());
}

void configureConnection(Database& db)
{
    db.execute("PRAGMA foreign_keys = ON");
    db.execute("PRAGMA journal_mode = WAL");
    // FULL: a committed transaction survives a power cut, not just a crash of Hilo.
    db.execute("PRAGMA synchronous = FULL");
}

void migrate(Database& db)
{
    const auto version = db.queryInt("PRAGMA user_version");
    for (auto next = version; next < currentSchemaVersion(); ++next) {
        Transaction transaction(db);
        db.execute(kMigrations[static_cast<std::size_t>(next)]);
        db.execute("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.execute("PRAGMA user_version = " + std::to_string(next + 1));
        transaction.commit();
    }
}

} // namespace hilo::store
