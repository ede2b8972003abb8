-- Conflict rules become versioned, as time limits are: a change is a new row in force from a date,
-- and a check reads the version in force on the proposal's (or nomination's) date. The parameters
-- held so far become the version in force from the earliest supported date, 1900-01-01.
CREATE TABLE conflict_rules_versioned (
    rule           TEXT NOT NULL,
    effective_from TEXT NOT NULL,            -- civil date YYYY-MM-DD
    severity       TEXT NOT NULL CHECK (severity IN ('block', 'disclose', 'note')),
    lookback_years INTEGER NOT NULL CHECK (lookback_years BETWEEN 0 AND 20),
    threshold      INTEGER NOT NULL CHECK (threshold BETWEEN 1 AND 100),
    source         TEXT NOT NULL,
    verification   TEXT NOT NULL CHECK (verification IN ('verified', 'secondary', 'unverified')),
    updated_at     TEXT,
    PRIMARY KEY (rule, effective_from)
) STRICT;

INSERT INTO conflict_rules_versioned
       (rule, effective_from, severity, lookback_years, threshold, source, verification, updated_at)
SELECT rule, '1900-01-01', severity, lookback_years, threshold, source, verification, updated_at
FROM conflict_rules;

DROP TABLE conflict_rules;
ALTER TABLE conflict_rules_versioned RENAME TO conflict_rules;
