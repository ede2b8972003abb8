-- The zones a calendar export needs (one VTIMEZONE each, covering the first to the last hearing in
-- that zone) are read from this index instead of every hearing row.
CREATE INDEX hearings_by_zone ON hearings (zone, starts_local);
