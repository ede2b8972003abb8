-- Bay Docket schema, version 9: case preparation offline — checklists (templates are data), the
-- document register over a content-addressed store, hearing bundles, notes, Cap 620 confidentiality
-- with the permitted grounds as data and every decision audited, a search index in both scripts, and
-- what a case package last carried (to tell an update from a conflicting edit).

CREATE TABLE checklist_templates (
    model         TEXT NOT NULL,
    code          TEXT NOT NULL,
    position      INTEGER NOT NULL,
    title_en      TEXT NOT NULL,
    title_zh      TEXT NOT NULL,
    -- A time limit whose deadline, once the case has it, becomes the item's due date.
    deadline_code TEXT,
    PRIMARY KEY (model, code)
) STRICT;

INSERT INTO checklist_templates VALUES
  ('hk_mediation_sz_arbitration', 'agreement_to_mediate', 1, 'Agreement to mediate signed', '调解协议已签署', NULL),
  ('hk_mediation_sz_arbitration', 'confidentiality', 2, 'Confidentiality (Cap 620) acknowledged by all participants', '各方已确认保密（第620章）', NULL),
  ('hk_mediation_sz_arbitration', 'dispute_evidence', 3, 'Evidence that a real dispute existed (notice of dispute, request for mediation)', '真实争议的证据（争议通知、调解申请）', 'mediation_reply'),
  ('hk_mediation_sz_arbitration', 'settlement_signed', 4, 'Settlement agreement signed', '和解协议已签署', NULL),
  ('hk_mediation_sz_arbitration', 'award_application', 5, 'Application for an award on agreed terms filed with SCIA', '已向深圳国际仲裁院申请按和解协议作出裁决', NULL),
  ('hk_mediation_sz_arbitration', 'fee_paid', 6, 'Arbitration fee paid', '仲裁费已缴纳', NULL),
  ('hk_mediation_sz_arbitration', 'award_served', 7, 'Award served on both parties', '裁决书已送达双方', 'correction'),
  ('sz_mediation_hk_arbitration', 'agreement_to_mediate', 1, 'Agreement to mediate signed', '调解协议已签署', NULL),
  ('sz_mediation_hk_arbitration', 'settlement_signed', 2, 'Settlement agreement signed', '和解协议已签署', NULL),
  ('sz_mediation_hk_arbitration', 'notice_filed', 3, 'Notice of Arbitration filed with HKIAC, registration fee paid', '已向香港国际仲裁中心提交仲裁通知并缴纳立案费', NULL),
  ('sz_mediation_hk_arbitration', 'tribunal_consent', 4, 'Tribunal asked for an award on agreed terms (Cap 609 s.66)', '已请求仲裁庭按和解条款作出裁决（第609章第66条）', NULL),
  ('sz_mediation_hk_arbitration', 'award_served', 5, 'Award served; set-aside window noted', '裁决已送达；已记录撤销期限', 'set_aside'),
  ('hkiac_arbitration', 'notice_checked', 1, 'Notice of Arbitration checked and registration fee paid', '仲裁通知已核对，立案费已缴纳', NULL),
  ('hkiac_arbitration', 'notice_served', 2, 'Notice served on the respondent', '仲裁通知已送达被申请人', NULL),
  ('hkiac_arbitration', 'answer_received', 3, 'Answer to the Notice received', '已收到对仲裁通知的答复', 'answer'),
  ('hkiac_arbitration', 'conflicts_cleared', 4, 'Arbitrators'' conflict checks and declarations on file', '仲裁员利益冲突审查及声明已存档', NULL),
  ('hkiac_arbitration', 'deposits', 5, 'Deposits paid by both sides', '双方已缴纳保证金', NULL),
  ('hkiac_arbitration', 'bundle_ready', 6, 'Hearing bundle indexed and circulated', '庭审文件册已编目并分发', NULL),
  ('hkiac_arbitration', 'award_served', 7, 'Award served on the parties', '裁决书已送达各方', 'set_aside'),
  ('scia_arbitration', 'application_accepted', 1, 'Application accepted and fee paid', '仲裁申请已受理，仲裁费已缴纳', NULL),
  ('scia_arbitration', 'notice_served', 2, 'Notice of arbitration served', '仲裁通知已送达', NULL),
  ('scia_arbitration', 'defence_received', 3, 'Statement of defence received', '已收到答辩书', 'answer'),
  ('scia_arbitration', 'conflicts_cleared', 4, 'Arbitrators'' declarations on file', '仲裁员声明书已存档', NULL),
  ('scia_arbitration', 'bundle_ready', 5, 'Hearing bundle indexed and circulated', '庭审文件册已编目并分发', NULL),
  ('scia_arbitration', 'award_served', 6, 'Award served on the parties', '裁决书已送达各方', 'correction'),
  ('hk_mediation', 'agreement_to_mediate', 1, 'Agreement to mediate signed', '调解协议已签署', NULL),
  ('hk_mediation', 'reply_received', 2, 'Reply to the request for mediation received', '已收到对调解申请的答复', 'mediation_reply'),
  ('hk_mediation', 'confidentiality', 3, 'Confidentiality (Cap 620) acknowledged by all participants', '各方已确认保密（第620章）', NULL),
  ('hk_mediation', 'settlement_signed', 4, 'Settlement agreement signed, or mediation ended', '和解协议已签署或调解已终止', NULL),
  ('sz_mediation', 'agreement_to_mediate', 1, 'Agreement to mediate signed', '调解协议已签署', NULL),
  ('sz_mediation', 'mediator_appointed', 2, 'Mediator appointed', '调解员已选定', NULL),
  ('sz_mediation', 'settlement_signed', 3, 'Settlement agreement signed, or mediation ended', '和解协议已签署或调解已终止', NULL);

CREATE TABLE checklist_items (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    code          TEXT NOT NULL,
    position      INTEGER NOT NULL,
    title_en      TEXT NOT NULL,
    title_zh      TEXT NOT NULL,
    owner         TEXT NOT NULL DEFAULT '',
    due           TEXT,
    deadline_code TEXT,
    status        TEXT NOT NULL CHECK (status IN ('open', 'done', 'not_applicable')),
    updated_at    TEXT NOT NULL,
    UNIQUE (case_id, code)
) STRICT;

-- The register. A file's bytes live in the content-addressed store beside the database, named by their
-- SHA-256; a paper document has a location instead. A newer version replaces an older one, which stays.
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (title <> ''),
    kind         TEXT NOT NULL CHECK (kind IN ('file', 'paper')),
    sha256       TEXT,
    size         INTEGER CHECK (size IS NULL OR size >= 0),
    media_type   TEXT NOT NULL DEFAULT '',
    file_name    TEXT NOT NULL DEFAULT '',
    location     TEXT NOT NULL DEFAULT '',
    pages        INTEGER NOT NULL DEFAULT 1 CHECK (pages > 0),
    tags         TEXT NOT NULL DEFAULT '',
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    replaces     TEXT REFERENCES documents (id),
    version      INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
    superseded   INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
    added_by     TEXT NOT NULL,
    added_at     TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK ((kind = 'file') = (sha256 IS NOT NULL))
) STRICT;
CREATE INDEX documents_by_case ON documents (case_id, superseded);
CREATE INDEX documents_by_hash ON documents (sha256);

-- A hearing bundle: documents in order, under tabs; page numbers are computed from each document's pages.
CREATE TABLE bundle_entries (
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    tab         TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, position)
) STRICT;

CREATE TABLE notes (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    body         TEXT NOT NULL CHECK (body <> ''),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    author       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_case ON notes (case_id);

-- Mediation Ordinance (Cap 620) s.8(2): disclosure without leave only on these grounds; otherwise leave
-- under s.10 (rules brief §2.7).
CREATE TABLE disclosure_grounds (
    code     TEXT PRIMARY KEY,
    name_en  TEXT NOT NULL,
    name_zh  TEXT NOT NULL,
    source   TEXT NOT NULL,
    verification TEXT NOT NULL CHECK (verification IN ('verified', 'secondary', 'unverified'))
) STRICT;

INSERT INTO disclosure_grounds VALUES
  ('consent', 'Consent of all parties, the mediator and any non-party who made the communication', '各方、調解員及作出該通訊的非當事人均同意', 'Cap 620 s.8', 'verified'),
  ('public', 'The information is already public (not through an unlawful disclosure)', '資料已為公眾所知（並非因違法披露）', 'Cap 620 s.8', 'verified'),
  ('discoverable', 'The information would be discoverable in civil proceedings anyway', '該資料本可在民事訴訟中被披露', 'Cap 620 s.8', 'verified'),
  ('prevent_harm', 'To prevent injury to a person or serious harm to a child''s well-being', '為防止有人受傷害或兒童福祉受嚴重損害', 'Cap 620 s.8', 'verified'),
  ('research', 'Research or education, without identifying anyone', '用於研究或教育，且不識別任何人', 'Cap 620 s.8', 'verified'),
  ('legal_advice', 'To obtain legal advice', '為取得法律意見', 'Cap 620 s.8', 'verified'),
  ('required_by_law', 'Required by law', '法律規定須予披露', 'Cap 620 s.8', 'verified'),
  ('leave', 'Leave of the court or tribunal', '法院或審裁處許可', 'Cap 620 s.10', 'secondary');

-- Every decision on exporting confidential mediation material: permitted (with its ground) or refused.
CREATE TABLE disclosures (
    id       INTEGER PRIMARY KEY,
    case_id  TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    action   TEXT NOT NULL,
    outcome  TEXT NOT NULL CHECK (outcome IN ('permitted', 'refused')),
    ground   TEXT REFERENCES disclosure_grounds (code),
    note     TEXT NOT NULL DEFAULT '',
    items    INTEGER NOT NULL,
    by_whom  TEXT NOT NULL DEFAULT '',
    at       TEXT NOT NULL,
    CHECK ((outcome = 'permitted') = (ground IS NOT NULL))
) STRICT;

-- Search across cases, parties, neutrals, documents and notes. `text` is folded (lower case,
-- Traditional → Simplified) so either script finds either; trigrams find any substring of three or more
-- characters, and shorter queries scan the same column.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, key UNINDEXED, case_ref UNINDEXED, label UNINDEXED, text,
    tokenize = 'trigram'
);

-- What the last package of a case exported from or imported into this machine carried: a digest per
-- record. A record that differs from it on both sides is a conflict for the clerk.
CREATE TABLE package_base (
    case_id TEXT NOT NULL,
    entity  TEXT NOT NULL,
    key     TEXT NOT NULL,
    digest  TEXT NOT NULL,
    PRIMARY KEY (case_id, entity, key)
) STRICT;
