-- What each participant's wall clock read when a hearing's instant was derived, so that a change of
-- tz database can show their old and new hours side by side.
ALTER TABLE hearing_participants ADD COLUMN local_start TEXT;

-- Hearings whose instant, or whose participants' local hours, a newer tz database moved: kept until
-- the clerk decides (keep the wall time, or keep the instant).
CREATE TABLE tz_reviews (
    hearing_id   TEXT PRIMARY KEY REFERENCES hearings (id) ON DELETE CASCADE,
    old_version  TEXT NOT NULL,
    new_version  TEXT NOT NULL,
    old_utc      TEXT NOT NULL,
    new_utc      TEXT NOT NULL,        -- the instant the wall time now denotes
    zone_lost    INTEGER NOT NULL DEFAULT 0 CHECK (zone_lost IN (0, 1)),
    flagged_at   TEXT NOT NULL
) STRICT;

CREATE TABLE tz_review_participants (
    hearing_id  TEXT NOT NULL REFERENCES tz_reviews (hearing_id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    name_zh     TEXT NOT NULL,
    zone        TEXT NOT NULL,
    old_local   TEXT,                   -- NULL when the old reading is not known
    new_local   TEXT NOT NULL,          -- their reading of the instant the wall time now denotes
    PRIMARY KEY (hearing_id, key)
) STRICT;

-- A person's busy times are read from the index alone (the new column made each row longer, and the
-- slot finder reads thousands of them): the index now carries the end and the hearing too.
DROP INDEX hearing_participants_by_key;
CREATE INDEX hearing_participants_by_key
    ON hearing_participants (key, starts_utc, ends_utc, hearing_id);
