-- Remove with undo for the roster and the document register: a removed neutral, party, counsel, law
-- firm or document keeps its row with the time it was removed, and restoring clears the column. A
-- record others depend on (a neutral with appointments, a party named in a case, counsel acting in
-- one, a firm with counsel) is retired instead: it stays on the cases that name it and leaves the
-- lists the clerk picks from. The demo's own rows are listed in `demo_rows`, so that
-- removing the demo takes out exactly those and leaves the clerk's records.
ALTER TABLE neutrals ADD COLUMN removed_at TEXT;
ALTER TABLE neutrals ADD COLUMN retired_on TEXT;
ALTER TABLE parties ADD COLUMN removed_at TEXT;
ALTER TABLE parties ADD COLUMN retired_on TEXT;
ALTER TABLE law_firms ADD COLUMN removed_at TEXT;
ALTER TABLE law_firms ADD COLUMN retired_on TEXT;
ALTER TABLE counsel ADD COLUMN removed_at TEXT;
ALTER TABLE counsel ADD COLUMN retired_on TEXT;
ALTER TABLE documents ADD COLUMN removed_at TEXT;
CREATE TABLE demo_rows (
    kind TEXT NOT NULL CHECK (kind IN ('neutral', 'venue', 'case', 'party', 'firm', 'counsel')),
    id   TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) STRICT;
