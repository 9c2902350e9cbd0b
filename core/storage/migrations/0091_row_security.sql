-- engine: postgresql
-- Access enforced by the server too (issue 12, part 2): row-level security that mirrors the access
-- matrix (core/access/Permissions.cpp) for staff connecting as their own role (server_users).
-- PostgreSQL only (see Migrations::statementsFor); SQLite records the version and does nothing.
--
-- The owner of the tables (the role that ran the migrations, and the one `migrate-to`, backups
-- and retention erasure use) is not subject to these policies: PostgreSQL exempts a table's owner
-- unless FORCE ROW LEVEL SECURITY is set, and it is not. A role that is not in server_users sees
-- no pupil rows at all.
--
-- Reach: the students a staff user may see at all, as Action::ViewStudents scopes them (teacher:
-- students on their courses; mentor: their assigned learners; lead mentor, headteacher and
-- administrator: the school). Every per-student table shows only rows of students in reach; rows
-- that hang off another table (drafts of a session, recipients of a letter) follow their parent.
-- The app's finer rules (which action at which scope) stay in the core services.

-- The staff user a role works as, or NULL. SECURITY DEFINER: staff roles may not read
-- server_users, users or user_roles' raw tables through these functions' back door, only ask.
CREATE FUNCTION md_staff_of(role_name TEXT) RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ SELECT su.user_id FROM server_users su JOIN users u ON u.id = su.user_id
          WHERE su.role_name = $1 AND u.active = 1 $$;

-- Whether the role's staff user holds one of `wanted` (user_roles' role names).
CREATE FUNCTION md_staff_has_role(role_name TEXT, wanted TEXT[]) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ SELECT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = md_staff_of($1) AND r.role = ANY ($2)) $$;

-- The ids of the students in the role's reach (Action::ViewStudents: C, A, O, O, O).
CREATE FUNCTION md_visible_students(role_name TEXT) RETURNS SETOF BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
    WITH me AS (SELECT md_staff_of($1) AS id)
    SELECT s.id FROM students s, me
     WHERE EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = me.id
                      AND r.role IN ('lead_mentor', 'headteacher', 'administrator'))
    UNION
    SELECT mg.student_id FROM mentoring_groups mg JOIN me ON mg.mentor_id = me.id
     WHERE mg.ended_on IS NULL
       AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = me.id AND r.role = 'mentor')
    UNION
    SELECT cs.student_id FROM course_students cs JOIN course_teachers ct ON ct.course_id = cs.course_id
      JOIN me ON ct.user_id = me.id
     WHERE EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = me.id AND r.role = 'teacher')
    $$;

-- The head of the audit chain for the next entry, taken under a lock held to the end of the
-- writer's transaction: two desks writing at once continue one chain instead of forking it, and
-- staff roles, who read only their own entries, still continue the whole chain. VOLATILE, so the
-- read after the lock sees what the previous writer committed.
CREATE FUNCTION md_audit_head() RETURNS TEXT
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
    SELECT pg_advisory_xact_lock(727276);
    SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1;
    $$;

-- Students themselves.
ALTER TABLE students ENABLE ROW LEVEL SECURITY;
CREATE POLICY students_reach ON students USING (id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));

-- Every table with a student_id: only rows of students in reach, read or written.
ALTER TABLE student_flags ENABLE ROW LEVEL SECURITY;
CREATE POLICY student_flags_reach ON student_flags USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE parents ENABLE ROW LEVEL SECURITY;
CREATE POLICY parents_reach ON parents USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE mentoring_groups ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentoring_groups_reach ON mentoring_groups USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE course_students ENABLE ROW LEVEL SECURITY;
CREATE POLICY course_students_reach ON course_students USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE interventions ENABLE ROW LEVEL SECURITY;
CREATE POLICY interventions_reach ON interventions USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE lesson_timetable ENABLE ROW LEVEL SECURITY;
CREATE POLICY lesson_timetable_reach ON lesson_timetable USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE mentoring_cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentoring_cases_reach ON mentoring_cases USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE mentoring_objectives ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentoring_objectives_reach ON mentoring_objectives USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE smart_targets ENABLE ROW LEVEL SECURITY;
CREATE POLICY smart_targets_reach ON smart_targets USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE mentoring_sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentoring_sessions_reach ON mentoring_sessions USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE mentoring_checkins ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentoring_checkins_reach ON mentoring_checkins USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE learner_feedback ENABLE ROW LEVEL SECURITY;
CREATE POLICY learner_feedback_reach ON learner_feedback USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE behaviour_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY behaviour_events_reach ON behaviour_events USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE course_assessments ENABLE ROW LEVEL SECURITY;
CREATE POLICY course_assessments_reach ON course_assessments USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE letters ENABLE ROW LEVEL SECURITY;
CREATE POLICY letters_reach ON letters USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE ilp_plans ENABLE ROW LEVEL SECURITY;
CREATE POLICY ilp_plans_reach ON ilp_plans USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE ilp_review_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY ilp_review_entries_reach ON ilp_review_entries USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE report_activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_activity_reach ON report_activity USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE report_progress ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_progress_reach ON report_progress USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE report_grades ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_grades_reach ON report_grades USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
ALTER TABLE report_attendance ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_attendance_reach ON report_attendance USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));

-- Rows that belong to a per-student row follow it (the subquery is itself filtered by its policy).
ALTER TABLE session_drafts ENABLE ROW LEVEL SECURITY;
CREATE POLICY session_drafts_reach ON session_drafts USING (session_id IN (SELECT id FROM mentoring_sessions));
ALTER TABLE target_progress ENABLE ROW LEVEL SECURITY;
CREATE POLICY target_progress_reach ON target_progress USING (target_id IN (SELECT id FROM smart_targets));
ALTER TABLE letter_recipients ENABLE ROW LEVEL SECURITY;
CREATE POLICY letter_recipients_reach ON letter_recipients USING (letter_id IN (SELECT id FROM letters));
ALTER TABLE ilp_plan_fields ENABLE ROW LEVEL SECURITY;
CREATE POLICY ilp_plan_fields_reach ON ilp_plan_fields USING (plan_id IN (SELECT id FROM ilp_plans));
ALTER TABLE ilp_plan_mentors ENABLE ROW LEVEL SECURITY;
CREATE POLICY ilp_plan_mentors_reach ON ilp_plan_mentors USING (plan_id IN (SELECT id FROM ilp_plans));
ALTER TABLE hub_agenda ENABLE ROW LEVEL SECURITY;
CREATE POLICY hub_agenda_reach ON hub_agenda USING (referral_id IN (SELECT id FROM referrals));
ALTER TABLE hub_decisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY hub_decisions_reach ON hub_decisions USING (referral_id IN (SELECT id FROM referrals));
ALTER TABLE intervention_reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY intervention_reviews_reach ON intervention_reviews USING (intervention_id IN (SELECT id FROM interventions));
ALTER TABLE keyworker_allocations ENABLE ROW LEVEL SECURITY;
CREATE POLICY keyworker_allocations_reach ON keyworker_allocations USING (intervention_id IN (SELECT id FROM interventions));
ALTER TABLE criteria_evidence ENABLE ROW LEVEL SECURITY;
CREATE POLICY criteria_evidence_reach ON criteria_evidence USING ((referral_id IS NULL OR referral_id IN (SELECT id FROM referrals))
        AND (intervention_id IS NULL OR intervention_id IN (SELECT id FROM interventions)));

-- Restricted (safeguarding) entries: only Action::ReadRestricted (lead mentor, headteacher) and
-- the author (core/privacy/Restricted). RESTRICTIVE: on top of the reach.
ALTER TABLE mentoring_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentoring_entries_reach ON mentoring_entries USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))));
CREATE POLICY mentoring_entries_restricted ON mentoring_entries AS RESTRICTIVE
    USING (restricted = 0 OR author_id = md_staff_of(CAST(current_user AS TEXT))
           OR md_staff_has_role(CAST(current_user AS TEXT), ARRAY['lead_mentor', 'headteacher']));

-- Referrals: anyone refers any student (Action::MakeReferral is organisation-wide for every role)
-- and sees the referrals they made; otherwise the reach. Restricted ones as above.
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
CREATE POLICY referrals_reach ON referrals
    USING (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))) OR referrer_id = md_staff_of(CAST(current_user AS TEXT)))
    WITH CHECK (student_id IN (SELECT md_visible_students(CAST(current_user AS TEXT))) OR referrer_id = md_staff_of(CAST(current_user AS TEXT)));
CREATE POLICY referrals_restricted ON referrals AS RESTRICTIVE
    USING (restricted = 0 OR referrer_id = md_staff_of(CAST(current_user AS TEXT))
           OR md_staff_has_role(CAST(current_user AS TEXT), ARRAY['lead_mentor', 'headteacher']));

-- Who is who: everyone reads the staff list; only an administrator changes users and their
-- roles, and a lead mentor adds mentors (Action::ManageUsers, ManageMentors). Without this a
-- mentor could write themselves a headteacher row in user_roles and widen their own reach.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_read ON users FOR SELECT USING (true);
CREATE POLICY users_insert ON users FOR INSERT
    WITH CHECK (md_staff_has_role(CAST(current_user AS TEXT), ARRAY['administrator', 'lead_mentor']));
CREATE POLICY users_update ON users FOR UPDATE
    USING (id = md_staff_of(CAST(current_user AS TEXT))
           OR md_staff_has_role(CAST(current_user AS TEXT), ARRAY['administrator', 'lead_mentor']));
CREATE POLICY users_delete ON users FOR DELETE
    USING (md_staff_has_role(CAST(current_user AS TEXT), ARRAY['administrator']));
ALTER TABLE user_roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_roles_read ON user_roles FOR SELECT USING (true);
CREATE POLICY user_roles_insert ON user_roles FOR INSERT
    WITH CHECK (md_staff_has_role(CAST(current_user AS TEXT), ARRAY['administrator'])
                OR (role = 'mentor' AND md_staff_has_role(CAST(current_user AS TEXT), ARRAY['lead_mentor'])));
CREATE POLICY user_roles_delete ON user_roles FOR DELETE
    USING (md_staff_has_role(CAST(current_user AS TEXT), ARRAY['administrator'])
           OR (role = 'mentor' AND md_staff_has_role(CAST(current_user AS TEXT), ARRAY['lead_mentor'])));
-- Teaching a course puts its students in reach: only the school's organisers change who teaches.
ALTER TABLE course_teachers ENABLE ROW LEVEL SECURITY;
CREATE POLICY course_teachers_read ON course_teachers FOR SELECT USING (true);
CREATE POLICY course_teachers_insert ON course_teachers FOR INSERT
    WITH CHECK (md_staff_has_role(CAST(current_user AS TEXT), ARRAY['lead_mentor', 'headteacher', 'administrator']));
CREATE POLICY course_teachers_delete ON course_teachers FOR DELETE
    USING (md_staff_has_role(CAST(current_user AS TEXT), ARRAY['lead_mentor', 'headteacher', 'administrator']));

-- The audit log: insert-only for every staff role (add-user grants no UPDATE or DELETE, and no
-- policy here allows them either). Entries are written as oneself; headteachers and
-- administrators (Action::ViewAuditLog) read all of it, everyone else their own entries.
-- Retention erasure blanks entries, so it runs as the owner role.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_read ON audit_log FOR SELECT
    USING (user_id = md_staff_of(CAST(current_user AS TEXT))
           OR md_staff_has_role(CAST(current_user AS TEXT), ARRAY['headteacher', 'administrator']));
CREATE POLICY audit_log_append ON audit_log FOR INSERT
    WITH CHECK (user_id = md_staff_of(CAST(current_user AS TEXT)));
