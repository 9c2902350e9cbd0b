-- Row versions for the mentoring team's records that two people edit (issue 12): a mentor's
-- profile (the lead mentor and an administrator, or a headteacher) and a performance review (the
-- lead mentor and the headteacher). A save from the version an editor read meets a change made at
-- another desk meanwhile as a conflict, shown side by side, never overwritten. Both engines.
ALTER TABLE mentor_profiles ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE mentor_reviews ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
