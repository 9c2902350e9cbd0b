-- engine: postgresql
-- Live updates between desks (issue 12): an insert, update or delete of a main record table tells
-- every listening desk which row changed, as ids only, never pupil data. The payload on the channel
-- mentordesk_changes is "table:row id:student id:backend pid" (an id is empty where the table has
-- none); the pid lets a desk ignore its own changes. SQLite has no server to notify: desks on one
-- file watch PRAGMA data_version instead (RecordChangeFeed), so this migration runs on PostgreSQL only.
CREATE OR REPLACE FUNCTION md_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r JSONB;
BEGIN
    IF TG_OP = 'DELETE' THEN
        r := to_jsonb(OLD);
    ELSE
        r := to_jsonb(NEW);
    END IF;
    PERFORM pg_notify('mentordesk_changes',
                      TG_TABLE_NAME || ':' || COALESCE(r->>'id', '') || ':'
                      || COALESCE(CASE WHEN TG_TABLE_NAME = 'students' THEN r->>'id' ELSE r->>'student_id' END, '')
                      || ':' || pg_backend_pid());
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['students', 'parents', 'student_flags', 'mentoring_groups', 'referrals', 'hub_decisions',
                             'interventions', 'mentoring_cases', 'mentoring_objectives', 'smart_targets',
                             'mentoring_sessions', 'mentoring_entries', 'mentoring_checkins', 'behaviour_events',
                             'letters', 'ilp_plans', 'ilp_reviews'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION md_notify_change()', t || '_notify_change', t);
    END LOOP;
END;
$$;
