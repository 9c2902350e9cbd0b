-- engine: postgresql
-- Row-level security for the mentoring team's own records and the hub's notes (issue 12, part 2).
-- Migration 0091 left the mentor_* tables and hub_meetings open to every staff role as "shared"
-- tables. They hold no pupil rows, but they are not a staff directory either: core/access's matrix
-- and the mentors' and hub's services let each role read only some of them. The policies below
-- mirror those checks row for row (Permissions.cpp columns: Teacher, Mentor, Lead, Head, Admin;
-- for a mentor, A means "their own records"). Like 0091 they bind staff roles only; the owner
-- (migrations, migrate-to, backups, retention, the demo school) is exempt. Rows are what RLS can
-- hide: within a row a role may read, every column is readable at SQL level, even where the app
-- shows only some (noted per table).
--
-- md_me() below is md_staff_of(current_user); md_has(...) is md_staff_has_role(current_user, ...).

CREATE FUNCTION md_me() RETURNS BIGINT
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    AS $$ SELECT md_staff_of(CAST(current_user AS TEXT)) $$;
CREATE FUNCTION md_has(wanted TEXT[]) RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    AS $$ SELECT md_staff_has_role(CAST(current_user AS TEXT), $1) $$;

-- mentor_profiles: some rows. Names, grade, capacity, TRN, qualifications, training: a mentor's
-- personnel record, not a directory every mentor sees. The app reads a profile
--   * for the whole team: Action::ViewMentorTeam (N, N, O, O, O): lead mentor, headteacher,
--     administrator (MentorStore::list, find, caseloadStudents);
--   * one's own: MentorStore::find for oneself, and a letter's sender signing with their grade
--     (CoreMergeFields senderRole);
--   * the current mentor of a student in one's reach: a letter's mentor merge fields
--     (CoreMergeFields currentMentor) for any letter writer, a teacher's attendance letter too.
--     mentoring_groups is itself filtered to the reader's reach (0091), so the subquery gives
--     exactly those mentors. (The app reads their grade only; at SQL level the row is readable.)
-- Written by Action::ManageMentors / ReinstateMentors (N, N, O, N, O) and the allocation's
-- capacity (Action::ManageInterventions, N, N, O, N, O): lead mentor and administrator.
ALTER TABLE mentor_profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentor_profiles_read ON mentor_profiles FOR SELECT
    USING (user_id = md_me() OR md_has(ARRAY['lead_mentor', 'headteacher', 'administrator'])
           OR user_id IN (SELECT mg.mentor_id FROM mentoring_groups mg WHERE mg.ended_on IS NULL));
CREATE POLICY mentor_profiles_insert ON mentor_profiles FOR INSERT
    WITH CHECK (md_has(ARRAY['lead_mentor', 'administrator']));
CREATE POLICY mentor_profiles_update ON mentor_profiles FOR UPDATE
    USING (md_has(ARRAY['lead_mentor', 'administrator']));

-- mentor_removals: some rows. Why and by whom a mentor was removed: read with the team
-- (ViewMentorTeam: lead, head, admin) and with one's own profile (MentorStore::load); written by
-- ManageMentors / ReinstateMentors (lead, admin).
ALTER TABLE mentor_removals ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentor_removals_read ON mentor_removals FOR SELECT
    USING (mentor_id = md_me() OR md_has(ARRAY['lead_mentor', 'headteacher', 'administrator']));
CREATE POLICY mentor_removals_write ON mentor_removals FOR INSERT
    WITH CHECK (md_has(ARRAY['lead_mentor', 'administrator']));
CREATE POLICY mentor_removals_update ON mentor_removals FOR UPDATE
    USING (md_has(ARRAY['lead_mentor', 'administrator']));

-- mentor_outbox: only the roles that manage mentors. The messages about adding, removing and
-- reinstating mentors are read, written and marked sent through Action::ManageMentors only
-- (MentorOutbox: lead, admin); the mentor they are addressed to does not read them in the app.
ALTER TABLE mentor_outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentor_outbox_managers ON mentor_outbox
    USING (md_has(ARRAY['lead_mentor', 'administrator']))
    WITH CHECK (md_has(ARRAY['lead_mentor', 'administrator']));

-- mentor_development (supervision and CPD, with notes of the supervision): some rows. Read through
-- Action::ViewMentorQuality (N, A, O, O, N): a mentor their own, lead mentor and headteacher all;
-- and through the team list's summary (MentorQualityStore::teamSummary, ViewMentorTeam: lead,
-- head, admin), which reads every mentor's last supervision date and CPD hours. So an
-- administrator reads the rows too (the app shows them only the date and the hours).
-- Added through Action::RecordCpd (N, A, O, O, N: a mentor their own CPD) and
-- RecordMentorQuality (N, N, O, O, N: supervision). The app never changes or deletes one.
ALTER TABLE mentor_development ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentor_development_read ON mentor_development FOR SELECT
    USING (md_has(ARRAY['lead_mentor', 'headteacher', 'administrator'])
           OR (mentor_id = md_me() AND md_has(ARRAY['mentor'])));
CREATE POLICY mentor_development_add ON mentor_development FOR INSERT
    WITH CHECK (md_has(ARRAY['lead_mentor', 'headteacher'])
                OR (mentor_id = md_me() AND kind = 'cpd' AND md_has(ARRAY['mentor'])));

-- mentor_observations and their checklist items: some rows. Read through ViewMentorQuality (a
-- mentor their own; lead mentor, headteacher all; not an administrator), written through
-- RecordMentorQuality (lead mentor, headteacher). Items follow their observation.
ALTER TABLE mentor_observations ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentor_observations_read ON mentor_observations FOR SELECT
    USING (md_has(ARRAY['lead_mentor', 'headteacher']) OR (mentor_id = md_me() AND md_has(ARRAY['mentor'])));
CREATE POLICY mentor_observations_add ON mentor_observations FOR INSERT
    WITH CHECK (md_has(ARRAY['lead_mentor', 'headteacher']));
ALTER TABLE mentor_observation_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentor_observation_items_read ON mentor_observation_items FOR SELECT
    USING (observation_id IN (SELECT id FROM mentor_observations));
CREATE POLICY mentor_observation_items_add ON mentor_observation_items FOR INSERT
    WITH CHECK (md_has(ARRAY['lead_mentor', 'headteacher']) AND observation_id IN (SELECT id FROM mentor_observations));

-- mentor_reviews (termly performance reviews): some rows. Read through ViewMentorQuality (a mentor
-- their own; lead mentor, headteacher all), recorded and revised (an upsert) through
-- RecordMentorQuality (lead mentor, headteacher).
ALTER TABLE mentor_reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentor_reviews_read ON mentor_reviews FOR SELECT
    USING (md_has(ARRAY['lead_mentor', 'headteacher']) OR (mentor_id = md_me() AND md_has(ARRAY['mentor'])));
CREATE POLICY mentor_reviews_add ON mentor_reviews FOR INSERT
    WITH CHECK (md_has(ARRAY['lead_mentor', 'headteacher']));
CREATE POLICY mentor_reviews_update ON mentor_reviews FOR UPDATE
    USING (md_has(ARRAY['lead_mentor', 'headteacher']));

-- hub_meetings stays shared: every role that may refer a student (Action::MakeReferral, every
-- role) puts the referral on the next planned meeting's agenda, and every role that sees a
-- referral sees its meeting's date. The notes, which name pupils, are apart since 0097 and read
-- and written only through Action::ManageReferrals (N, N, O, N, O: lead mentor, administrator;
-- HubStore::meetings, meeting, updateMeeting and the hub documents built on them).
ALTER TABLE hub_meeting_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY hub_meeting_notes_managers ON hub_meeting_notes
    USING (md_has(ARRAY['lead_mentor', 'administrator']))
    WITH CHECK (md_has(ARRAY['lead_mentor', 'administrator']));
