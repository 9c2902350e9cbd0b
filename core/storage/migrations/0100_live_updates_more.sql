-- engine: postgresql
-- Live updates for the records the hub, assessments, mentors and provision panes show (issue 12;
-- migration 0095 covered the main record tables). Same channel and payload
-- ("table:row id:student id:backend pid"). Several of these tables have no `id` column: a
-- trigger's argument names the column that identifies the record the row belongs to
-- (hub_attendees -> its meeting, mentor_profiles -> its user), so an open editor watching that
-- record (RecordWatch) hears of it; '' sends no id (settings: its key is text, and the payload's
-- ids are numbers). Without an argument md_notify_change behaves as in 0095.
-- SQLite desks on one file watch PRAGMA data_version instead (RecordChangeFeed).
CREATE OR REPLACE FUNCTION md_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r JSONB;
    key TEXT := 'id';
BEGIN
    IF TG_NARGS > 0 THEN
        key := TG_ARGV[0];
    END IF;
    IF TG_OP = 'DELETE' THEN
        r := to_jsonb(OLD);
    ELSE
        r := to_jsonb(NEW);
    END IF;
    PERFORM pg_notify('mentordesk_changes',
                      TG_TABLE_NAME || ':' || COALESCE(r->>key, '') || ':'
                      || COALESCE(CASE WHEN TG_TABLE_NAME = 'students' THEN r->>'id' ELSE r->>'student_id' END, '')
                      || ':' || pg_backend_pid());
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t TEXT[];
BEGIN
    FOREACH t SLICE 1 IN ARRAY ARRAY[
        ['hub_meetings', 'id'], ['hub_agenda', 'meeting_id'], ['hub_attendees', 'meeting_id'],
        ['hub_meeting_notes', 'meeting_id'], ['intervention_reviews', 'id'], ['keyworker_allocations', 'id'],
        ['provision_types', 'id'], ['provision_criteria', 'provision_type_id'],
        ['courses', 'id'], ['course_students', 'course_id'], ['course_teachers', 'course_id'],
        ['course_assessments', 'course_id'], ['course_approvals', 'course_id'], ['terms', 'id'],
        ['mentor_profiles', 'user_id'], ['mentor_reviews', 'id'], ['keyworker_capacity', 'user_id'],
        ['target_progress', 'target_id'], ['ilp_plan_fields', 'plan_id'], ['ilp_review_entries', 'review_id'],
        ['settings', '']] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION md_notify_change(%L)', t[1] || '_notify_change', t[1], t[2]);
    END LOOP;
END;
$$;
