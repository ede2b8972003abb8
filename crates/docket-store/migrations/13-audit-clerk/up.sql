-- Who made each change: the clerk's name as the settings held it when the entry was written
-- (`repo::workflow::audit` reads it in the same transaction). Entries written before this version,
-- or before a name was set, have none.
ALTER TABLE audit_log ADD COLUMN clerk TEXT;
