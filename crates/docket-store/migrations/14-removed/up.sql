-- Remove with undo: a removed case or hearing keeps its row (and everything hanging off it) with the
-- time it was removed; restoring clears the column. Lists, search, calendar exports and the booking
-- checks leave out a removed hearing, and every hearing of a removed case. The partial indexes keep
-- the few removed rows cheap to find.
ALTER TABLE cases ADD COLUMN removed_at TEXT;
ALTER TABLE hearings ADD COLUMN removed_at TEXT;
CREATE INDEX cases_removed ON cases (id) WHERE removed_at IS NOT NULL;
CREATE INDEX hearings_removed ON hearings (id) WHERE removed_at IS NOT NULL;
