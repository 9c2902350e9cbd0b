-- A hub meeting's notes in a table of their own (issue 12, part 2). The notes name pupils and what
-- the hub said about them, and the app lets only Action::ManageReferrals (lead mentor,
-- administrator) read them (HubStore::meetings / meeting); but the meeting itself (its id, date and
-- status) is read by everyone who refers a student (the referral goes on the next planned meeting's
-- agenda) and by everyone who sees a referral (its planned meeting's date). Row-level security
-- hides rows, not columns: apart, the meetings stay readable to every staff role and the notes get
-- a policy of their own on PostgreSQL (migration 0098). Both engines, so core reads one schema.
--
-- hub_meetings.notes stays, empty and unused: dropping a column on SQLite (ALTER TABLE ... DROP
-- COLUMN) opens the connection's temporary database to check its schema, after which a bulk
-- writer can no longer set PRAGMA temp_store inside its transaction (BehaviourWriter).
CREATE TABLE hub_meeting_notes (
    meeting_id {{FK}} PRIMARY KEY REFERENCES hub_meetings(id) ON DELETE CASCADE,
    notes TEXT NOT NULL
);
INSERT INTO hub_meeting_notes (meeting_id, notes) SELECT id, notes FROM hub_meetings WHERE notes IS NOT NULL AND notes <> '';
UPDATE hub_meetings SET notes = NULL;
