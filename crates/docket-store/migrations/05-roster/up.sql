-- Bay Docket schema, version 5: full neutral profiles, parties, counsel and law firms, appointments,
-- conflict records, and the conflict-rule parameters and fee caps as data.

ALTER TABLE neutrals ADD COLUMN titles TEXT NOT NULL DEFAULT '';
ALTER TABLE neutrals ADD COLUMN date_of_birth TEXT;                -- civil date YYYY-MM-DD
ALTER TABLE neutrals ADD COLUMN admissions TEXT NOT NULL DEFAULT ''; -- newline-separated jurisdictions
ALTER TABLE neutrals ADD COLUMN phone TEXT;
ALTER TABLE neutrals ADD COLUMN rate_minor INTEGER CHECK (rate_minor IS NULL OR rate_minor > 0);
ALTER TABLE neutrals ADD COLUMN rate_currency TEXT;
ALTER TABLE neutrals ADD COLUMN max_concurrent INTEGER CHECK (max_concurrent IS NULL OR max_concurrent > 0);
ALTER TABLE neutrals ADD COLUMN notes TEXT NOT NULL DEFAULT '';
-- Lower-case, Traditional folded to Simplified, both names: what the roster search matches.
ALTER TABLE neutrals ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
-- `languages` now holds `tag:level` items (a bare tag still reads as a working level).

CREATE UNIQUE INDEX neutrals_by_email ON neutrals (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE neutral_panels (
    neutral_id TEXT NOT NULL REFERENCES neutrals (id) ON DELETE CASCADE,
    panel      TEXT NOT NULL CHECK (panel IN ('scia_arbitrators', 'hkiac_panel', 'hkiac_list',
                                              'scia_mediators', 'hkmaal', 'hkiac_mediators')),
    from_date  TEXT NOT NULL,
    until_date TEXT,
    CHECK (until_date IS NULL OR until_date >= from_date)
) STRICT;
CREATE INDEX neutral_panels_by_neutral ON neutral_panels (neutral_id);

CREATE TABLE neutral_unavailability (
    neutral_id  TEXT NOT NULL REFERENCES neutrals (id) ON DELETE CASCADE,
    starts_local TEXT NOT NULL,          -- wall time in `zone`
    ends_local   TEXT NOT NULL,
    zone         TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX neutral_unavailability_by_neutral ON neutral_unavailability (neutral_id);

CREATE TABLE parties (
    id          TEXT PRIMARY KEY,
    name_en     TEXT NOT NULL,
    name_zh     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('company', 'individual', 'state')),
    nationality TEXT NOT NULL,           -- ISO 3166-1 alpha-2: nationality or place of incorporation
    group_name  TEXT,                    -- corporate group: affiliates count as one party
    search_key  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (name_en <> '' OR name_zh <> '')
) STRICT;

CREATE TABLE law_firms (
    id      TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    country TEXT NOT NULL
) STRICT;

CREATE TABLE counsel (
    id      TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    firm_id TEXT REFERENCES law_firms (id),
    email   TEXT
) STRICT;

CREATE TABLE case_parties (
    case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    party_id   TEXT NOT NULL REFERENCES parties (id),
    side       TEXT NOT NULL CHECK (side IN ('claimant', 'respondent')),
    counsel_id TEXT REFERENCES counsel (id),
    PRIMARY KEY (case_id, party_id)
) STRICT;
CREATE INDEX case_parties_by_party ON case_parties (party_id);

CREATE TABLE case_links (
    case_id         TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    related_case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, related_case_id),
    CHECK (case_id <> related_case_id)
) STRICT;

CREATE TABLE neutral_connections (
    id         TEXT PRIMARY KEY,
    neutral_id TEXT NOT NULL REFERENCES neutrals (id) ON DELETE CASCADE,
    party_id   TEXT NOT NULL REFERENCES parties (id),
    kind       TEXT NOT NULL CHECK (kind IN ('counsel', 'officer', 'shareholder', 'personal', 'other')),
    from_date  TEXT,
    until_date TEXT,
    note       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX neutral_connections_by_neutral ON neutral_connections (neutral_id);
CREATE INDEX neutral_connections_by_party ON neutral_connections (party_id);

CREATE TABLE appointments (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    neutral_id    TEXT NOT NULL REFERENCES neutrals (id),
    role          TEXT NOT NULL CHECK (role IN ('sole_arbitrator', 'presiding_arbitrator', 'co_arbitrator',
                                                'emergency_arbitrator', 'mediator')),
    appointed_by  TEXT NOT NULL CHECK (appointed_by IN ('party', 'parties', 'co_arbitrators', 'institution')),
    party_id      TEXT REFERENCES parties (id),
    counsel_id    TEXT REFERENCES counsel (id),
    firm_id       TEXT REFERENCES law_firms (id),
    nominated_on  TEXT NOT NULL,
    confirmed_on  TEXT,
    ended_on      TEXT,
    rate_minor    INTEGER,
    rate_currency TEXT,
    created_at    TEXT NOT NULL,
    CHECK (appointed_by <> 'party' OR party_id IS NOT NULL)
) STRICT;
CREATE INDEX appointments_by_neutral ON appointments (neutral_id, nominated_on);
CREATE INDEX appointments_by_case ON appointments (case_id);
CREATE INDEX appointments_by_party ON appointments (party_id, nominated_on);
CREATE INDEX appointments_by_counsel ON appointments (counsel_id, nominated_on);
CREATE INDEX appointments_by_firm ON appointments (firm_id, nominated_on);
-- Open appointments per neutral (caseload), without touching the table.
CREATE INDEX appointments_open ON appointments (neutral_id, case_id) WHERE ended_on IS NULL;

CREATE TABLE conflict_records (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    neutral_id  TEXT NOT NULL REFERENCES neutrals (id),
    rule        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('disclosure', 'objection', 'waiver')),
    recorded_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL CHECK (recorded_by <> ''),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX conflict_records_by_case ON conflict_records (case_id, neutral_id);

-- The parameters of each conflict rule: thresholds and severities are data with their source.
CREATE TABLE conflict_rules (
    rule           TEXT PRIMARY KEY,
    severity       TEXT NOT NULL CHECK (severity IN ('block', 'disclose', 'note')),
    lookback_years INTEGER NOT NULL CHECK (lookback_years BETWEEN 0 AND 20),
    threshold      INTEGER NOT NULL CHECK (threshold BETWEEN 1 AND 100),
    source         TEXT NOT NULL,
    verification   TEXT NOT NULL CHECK (verification IN ('verified', 'secondary', 'unverified')),
    updated_at     TEXT
) STRICT;

INSERT INTO conflict_rules (rule, severity, lookback_years, threshold, source, verification) VALUES
    ('party_repeat', 'disclose', 3, 2, 'IBA Guidelines 2024, Orange List 3.1.3', 'unverified'),
    ('counsel_repeat', 'disclose', 3, 4, 'IBA Guidelines 2024, Orange List 3.3.8', 'unverified'),
    ('party_connection', 'block', 3, 1, 'IBA Guidelines 2024, Red Lists 1 and 2; Orange List 3.1.1', 'unverified'),
    ('related_case', 'disclose', 3, 1, 'IBA Guidelines 2024, Orange List 3.1.5', 'unverified'),
    ('nationality', 'block', 0, 1, 'HKIAC Administered Arbitration Rules, Art 11.2', 'verified'),
    ('mediator_as_arbitrator', 'block', 0, 1, 'Arbitration Ordinance (Cap 609) s.32', 'unverified'),
    ('capacity', 'disclose', 0, 1, 'Neutral''s stated maximum of concurrent appointments', 'verified'),
    ('language', 'block', 0, 1, 'Language of the proceedings', 'verified'),
    ('panel_term', 'disclose', 0, 1, 'Institution panel or list terms', 'verified'),
    ('fee_cap', 'block', 0, 1, 'HKIAC hourly-rate cap (announcement of 17 Dec 2025)', 'secondary');

-- Institution caps on arbitrators' hourly rates, by the case's filing date.
CREATE TABLE fee_caps (
    institution    TEXT NOT NULL CHECK (institution IN ('HKIAC', 'SCIA')),
    currency       TEXT NOT NULL,
    amount_minor   INTEGER NOT NULL CHECK (amount_minor > 0),
    effective_from TEXT NOT NULL,
    source         TEXT NOT NULL,
    verification   TEXT NOT NULL CHECK (verification IN ('verified', 'secondary', 'unverified')),
    PRIMARY KEY (institution, effective_from)
) STRICT;

INSERT INTO fee_caps VALUES
    ('HKIAC', 'HKD', 650000, '2018-11-01', 'HKIAC 2018 Rules, Schedule 2 (cap HK$6,500 until 31 Dec 2025)', 'secondary'),
    ('HKIAC', 'HKD', 750000, '2026-01-01', 'HKIAC announcement of 17 Dec 2025 (cases submitted from 1 Jan 2026)', 'secondary');
