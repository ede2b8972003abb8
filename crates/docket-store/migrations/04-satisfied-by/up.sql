-- Bay Docket schema, version 4: which stage satisfies an obligation.
-- A limit with `satisfied_by` is an obligation (the answer, closing the proceedings, the award): once the
-- case reaches that stage the deadline is met. A limit without it is a window (challenge, correction,
-- set-aside, enforcement): when it passes, it has expired, which is not the same as overdue.

ALTER TABLE time_limits ADD COLUMN satisfied_by TEXT;

UPDATE time_limits SET satisfied_by = 'answer_filed' WHERE code = 'answer';
UPDATE time_limits SET satisfied_by = 'proceedings_closed' WHERE code = 'closure';
UPDATE time_limits SET satisfied_by = 'award_received' WHERE code = 'award';
