-- Parley schema, first version.
-- Dates are ISO 8601 text: 'YYYY-MM-DD', or 'YYYY-MM' / 'YYYY' as date_precision says.

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,          -- SHA-256 of the normalised text
    url           TEXT,
    title         TEXT NOT NULL,
    source        TEXT,
    language      TEXT NOT NULL,                 -- ISO 639-1
    published     TEXT,                          -- YYYY-MM-DD, NULL when unknown
    ingested_at   TEXT NOT NULL,
    origin        TEXT NOT NULL,                 -- file path (and line) it came from
    text          TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Reference data. `source` is 'seed' for rows loaded from the built-in seeds/,
-- 'user' for rows a user added, 'article' for people first met in an article.
CREATE TABLE countries (
    code    TEXT PRIMARY KEY,                    -- ISO 3166-1 alpha-2, or UN/EU/NATO/ASEAN
    name    TEXT NOT NULL                        -- English name
);

CREATE TABLE country_names (
    country TEXT NOT NULL REFERENCES countries(code) ON DELETE CASCADE,
    lang    TEXT NOT NULL,                       -- ISO 639-1, or '*'
    kind    TEXT NOT NULL CHECK (kind IN ('name', 'alias', 'demonym')),
    text    TEXT NOT NULL,
    folded  TEXT NOT NULL,                       -- lower case, no accents
    source  TEXT NOT NULL DEFAULT 'seed',
    PRIMARY KEY (country, lang, kind, text)
) WITHOUT ROWID;
CREATE INDEX country_names_folded ON country_names(folded);

CREATE TABLE offices (
    office  TEXT NOT NULL,                       -- president, prime_minister, foreign_minister, …
    lang    TEXT NOT NULL,
    phrase  TEXT NOT NULL,
    source  TEXT NOT NULL DEFAULT 'seed',
    PRIMARY KEY (office, lang, phrase)
) WITHOUT ROWID;

CREATE TABLE people (
    id      INTEGER PRIMARY KEY,
    key     TEXT NOT NULL UNIQUE,                -- stable slug, e.g. 'joko-widodo'
    name    TEXT NOT NULL,                       -- canonical English name
    folded  TEXT NOT NULL,
    source  TEXT NOT NULL DEFAULT 'seed'
);
CREATE INDEX people_folded ON people(folded);

CREATE TABLE aliases (
    person  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias   TEXT NOT NULL,
    lang    TEXT NOT NULL DEFAULT '*',
    folded  TEXT NOT NULL,
    source  TEXT NOT NULL DEFAULT 'seed',
    PRIMARY KEY (person, alias, lang)
) WITHOUT ROWID;
CREATE INDEX aliases_folded ON aliases(folded);

CREATE TABLE roles (
    id          INTEGER PRIMARY KEY,
    person      INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    office      TEXT NOT NULL,
    country     TEXT NOT NULL,
    start_date  TEXT,                            -- NULL: since before records
    end_date    TEXT,                            -- NULL: still in office
    source      TEXT NOT NULL DEFAULT 'seed',
    UNIQUE (person, office, country, start_date)
);
CREATE INDEX roles_office ON roles(office, country, start_date);
CREATE INDEX roles_person ON roles(person);

CREATE TABLE places (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('venue', 'city', 'region')),
    name        TEXT NOT NULL,                   -- common English name
    city        TEXT,
    country     TEXT,
    population  INTEGER,
    aliases     TEXT NOT NULL DEFAULT '',        -- '|'-separated
    source      TEXT NOT NULL DEFAULT 'seed',
    UNIQUE (kind, name, country)
);

-- Events: one row per real-world meeting or call.
CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    type              TEXT NOT NULL CHECK (type IN ('meeting', 'call')),
    status            TEXT NOT NULL CHECK (status IN ('occurred', 'planned', 'cancelled')),
    date              TEXT,
    date_precision    TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    place             TEXT,
    city              TEXT,
    country           TEXT,
    confidence        REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    participants_key  TEXT NOT NULL,             -- sorted person ids, ','-joined: the merge key
    created_at        TEXT NOT NULL,
    CHECK ((date IS NULL) = (date_precision IS NULL))
);
CREATE INDEX events_merge ON events(participants_key, type, date);
CREATE INDEX events_date ON events(date);

CREATE TABLE event_participants (
    event    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person   INTEGER NOT NULL REFERENCES people(id),
    office   TEXT,                               -- office held on the event's date
    country  TEXT,                               -- country represented on the event's date
    PRIMARY KEY (event, person)
) WITHOUT ROWID;
CREATE INDEX event_participants_person ON event_participants(person, event);

CREATE TABLE event_sources (
    event           INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article         INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    evidence        TEXT NOT NULL,               -- the sentence that reports the event
    evidence_start  INTEGER NOT NULL,            -- character offsets of that sentence in the article text
    evidence_end    INTEGER NOT NULL,
    status          TEXT NOT NULL,               -- the status this article reported
    confidence      REAL NOT NULL,
    PRIMARY KEY (event, article)
) WITHOUT ROWID;
CREATE INDEX event_sources_article ON event_sources(article);

-- Key/value facts about the database itself (e.g. the digest of the loaded seeds).
CREATE TABLE parley_meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
