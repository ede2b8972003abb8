-- Bay Docket schema, version 3: case workflows, deadlines, the audit trail, and institution time
-- limits and expedited-procedure thresholds as data with effective dates.

ALTER TABLE cases ADD COLUMN stage TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN stage_date TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN amount_minor INTEGER CHECK (amount_minor IS NULL OR amount_minor >= 0);
ALTER TABLE cases ADD COLUMN currency TEXT;
ALTER TABLE cases ADD COLUMN procedure TEXT NOT NULL DEFAULT 'ordinary'
    CHECK (procedure IN ('ordinary', 'expedited'));

UPDATE cases SET
    stage = CASE WHEN model IN ('sz_mediation_hk_arbitration', 'hk_mediation_sz_arbitration')
                 THEN 'mediation_requested' ELSE 'arbitration_filed' END,
    stage_date = filed_on;

-- What happened to a case and when: one row per stage entered.
CREATE TABLE case_events (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    stage       TEXT NOT NULL,
    event_date  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX case_events_by_case ON case_events (case_id, id);

INSERT INTO case_events (case_id, stage, event_date, note, recorded_at)
SELECT id, stage, filed_on, '', created_at FROM cases;

-- Deadlines created when a case enters a stage. `due` is the date computed when the deadline was
-- created; the explanation is recomputed on reading, and a difference is shown to the clerk.
CREATE TABLE case_deadlines (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    limit_code      TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    name_zh         TEXT NOT NULL,
    trigger_stage   TEXT NOT NULL,
    trigger_date    TEXT NOT NULL,
    days            INTEGER,
    months          INTEGER,
    rule_set        TEXT NOT NULL,
    receipt         TEXT,
    due             TEXT NOT NULL,
    rule_version    TEXT NOT NULL,
    override_due    TEXT,
    override_reason TEXT,
    created_at      TEXT NOT NULL,
    CHECK ((days IS NULL) <> (months IS NULL)),
    CHECK ((override_due IS NULL) = (override_reason IS NULL))
) STRICT;
CREATE INDEX case_deadlines_by_due ON case_deadlines (due);
CREATE INDEX case_deadlines_by_case ON case_deadlines (case_id);

-- Every change to a case: what, when, old and new value.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action    TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    at        TEXT NOT NULL
) STRICT;
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, id);

-- Institution time limits. Figures the rules brief marks unverified or secondary are marked so here.
CREATE TABLE time_limits (
    code           TEXT NOT NULL,
    institution    TEXT NOT NULL CHECK (institution IN ('HKIAC', 'SCIA')),
    trigger_stage  TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    name_zh        TEXT NOT NULL,
    days           INTEGER,
    months         INTEGER,
    rule_set       TEXT NOT NULL,
    receipt        TEXT,
    effective_from TEXT NOT NULL,
    effective_to   TEXT,
    verification   TEXT NOT NULL CHECK (verification IN ('verified', 'secondary', 'unverified')),
    source         TEXT NOT NULL,
    PRIMARY KEY (institution, code, effective_from),
    CHECK ((days IS NULL) <> (months IS NULL))
) STRICT;

INSERT INTO time_limits VALUES
  ('answer', 'HKIAC', 'notice_served', 'Answer to the Notice of Arbitration', '對仲裁通知的答覆',
   30, NULL, 'hkiac', 'HK', '2018-11-01', NULL, 'verified', 'HKIAC Administered Arbitration Rules 2018 and 2024, Art 5.1'),
  ('challenge', 'HKIAC', 'tribunal_constituted', 'Notice of challenge to an arbitrator', '申請仲裁員迴避',
   15, NULL, 'hkiac', 'HK', '2018-11-01', NULL, 'unverified', 'HKIAC Rules Art 11.7 (15 days matches Model Law Art 13(2))'),
  ('closure', 'HKIAC', 'hearings_held', 'Tribunal to declare the proceedings closed', '仲裁庭宣佈程序終結',
   45, NULL, 'hkiac', 'HK', '2024-06-01', NULL, 'secondary', 'HKIAC Rules 2024 (KWM note on the 2024 Rules)'),
  ('award', 'HKIAC', 'proceedings_closed', 'Award due', '作出裁決',
   NULL, 3, 'hkiac', 'HK', '2024-06-01', NULL, 'secondary', 'HKIAC Rules 2024 (KWM note on the 2024 Rules)'),
  ('set_aside', 'HKIAC', 'award_received', 'Apply to set aside the award (Cap 609 s.81)', '申請撤銷裁決（第609章第81條）',
   NULL, 3, 'hk-court-office', NULL, '2011-06-01', NULL, 'verified', 'Arbitration Ordinance (Cap 609) s.81; Model Law Art 34(3)'),
  ('enforce_mainland', 'HKIAC', 'award_received', 'Apply to enforce in the Mainland (2 years)', '向內地法院申請執行（兩年）',
   NULL, 24, 'prc-civil-procedure', NULL, '2024-01-01', NULL, 'unverified', 'CPL (2023) Art 250 via the 1999 Arrangement Art 5; runs from the end of the performance period, counted here from receipt'),
  ('enforce_hk', 'HKIAC', 'award_received', 'Sue on or enforce the award in Hong Kong (6 years)', '在香港就裁決提起訴訟或執行（六年）',
   NULL, 72, 'hk-ordinance', NULL, '1991-01-01', NULL, 'verified', 'Limitation Ordinance (Cap 347) s.4(1)(c)'),
  ('answer', 'SCIA', 'notice_served', 'Statement of defence', '提交答辩书',
   45, NULL, 'scia', NULL, '2022-02-21', NULL, 'unverified', 'SCIA Rules 2022 default not verified; CIETAC foreign-related cases use 45 days'),
  ('challenge', 'SCIA', 'tribunal_constituted', 'Challenge to an arbitrator', '申请仲裁员回避',
   15, NULL, 'scia', NULL, '2022-02-21', NULL, 'unverified', 'SCIA Rules 2022 (not verified)'),
  ('award', 'SCIA', 'tribunal_constituted', 'Award due (international cases)', '作出裁决（国际案件）',
   NULL, 6, 'scia', NULL, '2022-02-21', NULL, 'unverified', 'SCIA Rules 2022 (about 6 months; not verified)'),
  ('correction', 'SCIA', 'award_received', 'Request correction of the award', '申请补正裁决',
   30, NULL, 'prc-civil-procedure', NULL, '1995-09-01', NULL, 'verified', 'PRC Arbitration Law (30 days from receipt)'),
  ('set_aside', 'SCIA', 'award_received', 'Apply to set aside the award (6 months)', '申请撤销裁决（六个月）',
   NULL, 6, 'prc-civil-procedure', NULL, '1995-09-01', '2026-02-28', 'verified', 'PRC Arbitration Law (1994/2017) Art 59'),
  ('set_aside', 'SCIA', 'award_received', 'Apply to set aside the award (3 months)', '申请撤销裁决（三个月）',
   NULL, 3, 'prc-civil-procedure', NULL, '2026-03-01', NULL, 'secondary', 'PRC Arbitration Law (2025) Art 72, in force 1 Mar 2026; transitional rule unverified'),
  ('enforce_mainland', 'SCIA', 'award_received', 'Apply to enforce in the Mainland (2 years)', '向人民法院申请执行（两年）',
   NULL, 24, 'prc-civil-procedure', NULL, '2024-01-01', NULL, 'verified', 'CPL (2023) Art 250; runs from the end of the performance period, counted here from receipt'),
  ('enforce_hk', 'SCIA', 'award_received', 'Enforce in Hong Kong (6 years)', '在香港申请执行（六年）',
   NULL, 72, 'hk-ordinance', NULL, '1991-01-01', NULL, 'verified', 'Limitation Ordinance (Cap 347) s.4(1)(c); Cap 609 Part 10 Div 3');

CREATE TABLE procedure_thresholds (
    institution    TEXT NOT NULL CHECK (institution IN ('HKIAC', 'SCIA')),
    currency       TEXT NOT NULL,
    max_minor      INTEGER NOT NULL CHECK (max_minor > 0),
    effective_from TEXT NOT NULL,
    verification   TEXT NOT NULL CHECK (verification IN ('verified', 'secondary', 'unverified')),
    source         TEXT NOT NULL,
    PRIMARY KEY (institution, currency, effective_from)
) STRICT;

INSERT INTO procedure_thresholds VALUES
  ('HKIAC', 'HKD', 2500000000, '2018-11-01', 'secondary', 'HKIAC Rules Art 42.2 (HK$25m)'),
  ('HKIAC', 'HKD', 5000000000, '2026-01-01', 'secondary', 'HKIAC announcement of 17 Dec 2025 (HK$50m for cases submitted from 1 Jan 2026)'),
  ('SCIA', 'CNY', 500000000, '2022-02-21', 'unverified', 'SCIA Rules 2022 before amendment (RMB 5m, not verified)'),
  ('SCIA', 'CNY', 1000000000, '2024-10-01', 'verified', 'SCIA amendment of Art 56(1), in force 1 Oct 2024 (RMB 10m)');
