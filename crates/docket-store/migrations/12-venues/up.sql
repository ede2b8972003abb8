-- Bay Docket schema, version 12: rooms and venues as the clerk manages them — kind (room or online)
-- and site (Hong Kong, Shenzhen or another city) apart, capacity, facilities, opening hours and
-- retirement — and the online venue in every database.
--
-- The kind column's CHECK named the side of the border with the kind ('shenzhen_room',
-- 'hong_kong_room', 'online'), so the table is rebuilt (ADR 0013: new table, copy, drop, rename, with
-- foreign keys off while migrating and checked afterwards). Each old kind becomes a kind and a site;
-- nothing else changes for the rooms already stored. Their opening hours are not known and stay empty.

CREATE TABLE venues_new (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name_en    TEXT NOT NULL,
    name_zh    TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('room', 'online')),
    site       TEXT NOT NULL CHECK (site IN ('hong_kong', 'shenzhen', 'other')),
    zone       TEXT NOT NULL,                 -- IANA zone (an online hearing chooses its own)
    capacity   INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
    facilities TEXT NOT NULL DEFAULT '',      -- comma-separated: interpretation_booths, video, evidence_display
    opens_at   TEXT,                          -- HH:MM local, with closes_at, or both NULL
    closes_at  TEXT,
    retired_on TEXT,                          -- civil date YYYY-MM-DD from which it takes no bookings
    CHECK (name_en <> '' OR name_zh <> ''),
    CHECK ((opens_at IS NULL) = (closes_at IS NULL)),
    CHECK (opens_at IS NULL OR opens_at < closes_at)
) STRICT;

INSERT INTO venues_new (id, code, name_en, name_zh, kind, site, zone, capacity)
SELECT id, code, name_en, name_zh,
       CASE kind WHEN 'online' THEN 'online' ELSE 'room' END,
       CASE kind WHEN 'shenzhen_room' THEN 'shenzhen' ELSE 'hong_kong' END,
       zone,
       MIN(MAX(capacity, 1), 1000)
FROM venues;

DROP TABLE venues;
ALTER TABLE venues_new RENAME TO venues;

-- The online venue, in every database that has none: without it a fresh database could book no
-- hearing at all. The Chinese name is held in Traditional script, like other terms the app supplies
-- (the Simplified interface shows its Simplified form).
INSERT INTO venues (id, code, name_en, name_zh, kind, site, zone, capacity, facilities)
SELECT '6f1d3c2a-9b7e-4c55-8a21-0e5d7c9f0a11', 'ONLINE', 'Online (video conference)',
       '網上（視像會議）', 'online', 'hong_kong', 'Asia/Hong_Kong', 300, 'video'
WHERE NOT EXISTS (SELECT 1 FROM venues WHERE code = 'ONLINE');

-- The demo centre's online venue (loaded before this version) takes the same names.
UPDATE venues SET name_zh = '網上（視像會議）', facilities = 'video'
WHERE code = 'ONLINE' AND kind = 'online' AND name_zh = '线上（视像会议）';
