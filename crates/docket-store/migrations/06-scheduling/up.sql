-- Bay Docket schema, version 6: hearing participants in their own zones, language and interpretation,
-- online links, weekly series, review flags after a tz database change, and the indexes the
-- double-booking checks need.

ALTER TABLE hearings ADD COLUMN ends_utc TEXT NOT NULL DEFAULT '';   -- derived, RFC 3339 UTC
ALTER TABLE hearings ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE hearings ADD COLUMN interpretation TEXT NOT NULL DEFAULT '';
ALTER TABLE hearings ADD COLUMN link TEXT;                             -- online meeting link
ALTER TABLE hearings ADD COLUMN series_id TEXT;                        -- hearings of one weekly series
ALTER TABLE hearings ADD COLUMN review TEXT;                           -- why the clerk should look again

UPDATE hearings
   SET ends_utc = strftime('%Y-%m-%dT%H:%M:%SZ', starts_utc, '+' || duration_minutes || ' minutes');

CREATE INDEX hearings_by_venue ON hearings (venue_id, starts_utc);
CREATE INDEX hearings_by_series ON hearings (series_id) WHERE series_id IS NOT NULL;
CREATE INDEX hearings_cancelled ON hearings (id) WHERE status = 'cancelled';

CREATE TABLE hearing_participants (
    hearing_id  TEXT NOT NULL REFERENCES hearings (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('neutral', 'party', 'counsel', 'interpreter', 'other')),
    key         TEXT NOT NULL,           -- neutral:<id>, party:<id>, counsel:<id>, person:<name>
    name_en     TEXT NOT NULL,
    name_zh     TEXT NOT NULL,
    zone        TEXT NOT NULL,           -- the participant's own IANA zone
    hours_from  INTEGER NOT NULL CHECK (hours_from BETWEEN 0 AND 1440),
    hours_until INTEGER NOT NULL CHECK (hours_until BETWEEN 0 AND 1440),
    starts_utc  TEXT NOT NULL,           -- copies of the hearing's instants, for the index below
    ends_utc    TEXT NOT NULL,
    PRIMARY KEY (hearing_id, key)
) STRICT;
CREATE INDEX hearing_participants_by_key ON hearing_participants (key, starts_utc);
