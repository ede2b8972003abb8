-- Bay Docket schema, version 7: busy time imported from neutrals' own calendars (.ics), expanded to
-- occurrences. Re-importing a file replaces that file's events, so the same file changes nothing.

CREATE TABLE busy_times (
    neutral_id  TEXT NOT NULL REFERENCES neutrals (id) ON DELETE CASCADE,
    uid         TEXT NOT NULL,
    starts_utc  TEXT NOT NULL,
    ends_utc    TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL,           -- the file name it came from
    floating    INTEGER NOT NULL DEFAULT 0 CHECK (floating IN (0, 1)), -- read in the neutral's zone
    imported_at TEXT NOT NULL,
    PRIMARY KEY (neutral_id, uid, starts_utc)
) STRICT;
CREATE INDEX busy_times_by_neutral ON busy_times (neutral_id, starts_utc);
