-- Bay Docket schema, version 1: settings, roster, cases, venues and hearings.
-- Migrations are forward-only and additive; later issues extend these tables in new migrations.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE neutrals (
    id            TEXT PRIMARY KEY,
    name_en       TEXT NOT NULL,
    name_zh       TEXT NOT NULL,
    roles         TEXT NOT NULL CHECK (roles IN ('mediator', 'arbitrator', 'both')),
    nationalities TEXT NOT NULL,          -- comma-separated ISO 3166-1 alpha-2 codes
    languages     TEXT NOT NULL,          -- comma-separated BCP 47 tags
    home_zone     TEXT NOT NULL,          -- IANA zone name
    email         TEXT,
    created_at    TEXT NOT NULL,          -- RFC 3339 UTC
    updated_at    TEXT NOT NULL,
    CHECK (name_en <> '' OR name_zh <> '')
) STRICT;

CREATE TABLE cases (
    id         TEXT PRIMARY KEY,
    reference  TEXT NOT NULL UNIQUE,
    title_en   TEXT NOT NULL,
    title_zh   TEXT NOT NULL,
    model      TEXT NOT NULL CHECK (model IN ('scia_arbitration', 'hkiac_arbitration',
                                              'sz_mediation_hk_arbitration', 'hk_mediation_sz_arbitration')),
    status     TEXT NOT NULL CHECK (status IN ('open', 'suspended', 'closed')),
    filed_on   TEXT NOT NULL,             -- civil date YYYY-MM-DD
    language   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE venues (
    id       TEXT PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    name_en  TEXT NOT NULL,
    name_zh  TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('shenzhen_room', 'hong_kong_room', 'online')),
    zone     TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 0)
) STRICT;

CREATE TABLE hearings (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('procedural_conference', 'evidentiary_hearing',
                                                   'mediation_session', 'award_delivery', 'other')),
    venue_id         TEXT NOT NULL REFERENCES venues (id),
    starts_local     TEXT NOT NULL,       -- wall time YYYY-MM-DDTHH:MM in `zone`: the truth
    zone             TEXT NOT NULL,       -- IANA zone of the hearing
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    starts_utc       TEXT NOT NULL,       -- derived instant, RFC 3339 UTC
    offset_seconds   INTEGER NOT NULL,    -- derived UTC offset at the start
    tzdb_version     TEXT NOT NULL,       -- tz database the derivation used
    status           TEXT NOT NULL CHECK (status IN ('tentative', 'confirmed', 'postponed', 'cancelled')),
    ical_uid         TEXT NOT NULL UNIQUE,
    sequence         INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;

CREATE INDEX hearings_by_start ON hearings (starts_utc);
CREATE INDEX hearings_by_case ON hearings (case_id);
