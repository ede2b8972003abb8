-- Bay Docket schema, version 8: mediation with no arbitration after it, in Hong Kong or in Shenzhen.
--
-- The model column's CHECK lists the models, so the table is rebuilt (SQLite's documented procedure:
-- new table, copy, drop, rename). Migrations run with foreign keys off, so dropping the old table does
-- not cascade to hearings, deadlines or parties; the store checks every foreign key afterwards.

CREATE TABLE cases_new (
    id           TEXT PRIMARY KEY,
    reference    TEXT NOT NULL UNIQUE,
    title_en     TEXT NOT NULL,
    title_zh     TEXT NOT NULL,
    model        TEXT NOT NULL CHECK (model IN ('scia_arbitration', 'hkiac_arbitration',
                                                'sz_mediation_hk_arbitration', 'hk_mediation_sz_arbitration',
                                                'hk_mediation', 'sz_mediation')),
    status       TEXT NOT NULL CHECK (status IN ('open', 'suspended', 'closed')),
    filed_on     TEXT NOT NULL,             -- civil date YYYY-MM-DD
    language     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    stage        TEXT NOT NULL DEFAULT '',
    stage_date   TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER CHECK (amount_minor IS NULL OR amount_minor >= 0),
    currency     TEXT,
    procedure    TEXT NOT NULL DEFAULT 'ordinary' CHECK (procedure IN ('ordinary', 'expedited'))
) STRICT;

INSERT INTO cases_new (id, reference, title_en, title_zh, model, status, filed_on, language, created_at,
                       updated_at, stage, stage_date, amount_minor, currency, procedure)
SELECT id, reference, title_en, title_zh, model, status, filed_on, language, created_at,
       updated_at, stage, stage_date, amount_minor, currency, procedure
FROM cases;

DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;

-- HKIAC Mediation Rules: the party that receives a request for mediation answers within 14 days; no
-- answer counts as a refusal to mediate (rules brief §1.3, secondary source).
INSERT INTO time_limits (code, institution, trigger_stage, name_en, name_zh, days, months, rule_set,
                         receipt, effective_from, effective_to, verification, source, satisfied_by)
VALUES ('mediation_reply', 'HKIAC', 'mediation_requested',
        'Reply to the request for mediation (no reply is a refusal)', '答覆調解請求（逾期不答覆視為拒絕）',
        14, NULL, 'hkiac', 'HK', '1999-01-01', NULL, 'secondary',
        'HKIAC Mediation Rules (14 days; summary of the HKIAC/HKMC procedure); date in force not verified',
        NULL);

-- Editions of each institution's rules. The edition in force on the filing date governs the case
-- (HKIAC 2018 Art 1.4: the rules in effect when the Notice of Arbitration is submitted).
CREATE TABLE rules_editions (
    institution    TEXT NOT NULL CHECK (institution IN ('HKIAC', 'SCIA')),
    kind           TEXT NOT NULL CHECK (kind IN ('arbitration', 'mediation')),
    code           TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    name_zh        TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    verification   TEXT NOT NULL CHECK (verification IN ('verified', 'secondary', 'unverified')),
    source         TEXT NOT NULL,
    PRIMARY KEY (institution, kind, effective_from)
) STRICT;

INSERT INTO rules_editions VALUES
  ('HKIAC', 'arbitration', 'hkiac-2018', 'HKIAC Administered Arbitration Rules 2018', '香港國際仲裁中心機構仲裁規則（2018）',
   '2018-11-01', 'verified', 'HKIAC 2018 Rules Art 1.4 (apply to arbitrations whose Notice is submitted on or after 1 Nov 2018)'),
  ('HKIAC', 'arbitration', 'hkiac-2024', 'HKIAC Administered Arbitration Rules 2024', '香港國際仲裁中心機構仲裁規則（2024）',
   '2024-06-01', 'secondary', 'HKIAC 2024 Rules, in force 1 Jun 2024'),
  ('SCIA', 'arbitration', 'scia-2022', 'SCIA Arbitration Rules 2022', '深圳国际仲裁院仲裁规则（2022）',
   '2022-02-21', 'unverified', 'SCIA Rules 2022 (effective date not verified)'),
  ('SCIA', 'arbitration', 'scia-2022-2024', 'SCIA Arbitration Rules 2022, as amended 2024', '深圳国际仲裁院仲裁规则（2022，2024年修订）',
   '2024-10-01', 'verified', 'SCIA amendment of Art 56(1), in force 1 Oct 2024'),
  ('HKIAC', 'mediation', 'hkiac-mediation', 'HKIAC Mediation Rules', '香港國際仲裁中心調解規則',
   '1999-01-01', 'secondary', 'HKIAC Mediation Rules (summary of the HKIAC/HKMC procedure)'),
  ('SCIA', 'mediation', 'scia-mediation', 'SCIA Mediation Center procedure', '深圳国际仲裁院调解中心调解程序',
   '2008-12-22', 'verified', 'SCIA Mediation Center, established 22 Dec 2008');
