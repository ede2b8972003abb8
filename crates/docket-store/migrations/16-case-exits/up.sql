-- Every exit a case takes: withdrawal, settlement (optionally recorded as a consent award),
-- termination, dismissal, suspension and resumption. Each row keeps the case as it was before, so
-- undo restores it, and the clerk who recorded it (read from the settings in the same transaction,
-- as the audit trail does). Undo marks the row undone; nothing is deleted.
CREATE TABLE case_exits (
    id                INTEGER PRIMARY KEY,
    case_id           TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('withdrawn', 'settled', 'terminated', 'dismissed',
                                                    'suspended', 'resumed')),
    consent_award     INTEGER NOT NULL DEFAULT 0 CHECK (consent_award IN (0, 1)),
    exit_date         TEXT NOT NULL,            -- civil date YYYY-MM-DD
    reason            TEXT NOT NULL DEFAULT '',
    status_before     TEXT NOT NULL CHECK (status_before IN ('open', 'suspended', 'closed')),
    stage_before      TEXT NOT NULL,
    stage_date_before TEXT NOT NULL,
    -- For a resumption: the suspension it ends.
    resumes           INTEGER REFERENCES case_exits (id),
    -- The case's last event when the exit was recorded (for a consent award, the award event it
    -- added): an event recorded after it depends on the exit.
    last_event        INTEGER NOT NULL DEFAULT 0,
    clerk             TEXT,
    recorded_at       TEXT NOT NULL,
    undone_at         TEXT,
    CHECK (consent_award = 0 OR kind = 'settled'),
    CHECK ((resumes IS NULL) = (kind <> 'resumed'))
) STRICT;
CREATE INDEX case_exits_by_case ON case_exits (case_id, id);

-- The deadlines each exit ended (or, for a suspension, stopped). A deadline is no longer running
-- while an exit that ended it stands (a suspension: until a resumption of it stands). The deadline
-- itself is never deleted or changed.
CREATE TABLE exit_deadlines (
    exit_id     INTEGER NOT NULL REFERENCES case_exits (id) ON DELETE CASCADE,
    deadline_id TEXT NOT NULL REFERENCES case_deadlines (id) ON DELETE CASCADE,
    PRIMARY KEY (exit_id, deadline_id)
) STRICT;
CREATE INDEX exit_deadlines_by_deadline ON exit_deadlines (deadline_id);

-- Deadlines a consent award started (the award's windows): undoing the award removes them.
ALTER TABLE case_deadlines ADD COLUMN created_by_exit INTEGER REFERENCES case_exits (id);
