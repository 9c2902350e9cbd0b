-- Privacy (issue 10): restricted (safeguarding) entries, and retention rules per kind of record.

-- A restricted entry is read only by the lead mentor, headteachers and its author; others see
-- that there is a restricted entry and nothing of its content.
ALTER TABLE mentoring_entries ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1));
ALTER TABLE referrals ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1));

-- How long each kind of record is kept, counted from the rule's starting point (the student's
-- birthday, the day they left, or the record's own date). Rows override the defaults in
-- core/privacy/Retention.cpp.
CREATE TABLE retention_rules (
    kind TEXT PRIMARY KEY,
    years INTEGER NOT NULL CHECK (years BETWEEN 0 AND 100),
    basis TEXT NOT NULL CHECK (basis IN ('birth', 'left', 'record')),
    updated_at TEXT NOT NULL
);
