-- engine: postgresql
-- Staff roles keep up with the schema (issue 12): `server add-user` grants a staff role what a desk
-- needs on the tables that exist at that moment; a table a later migration adds would stay closed
-- to every existing role. md_grant_staff_roles() gives every role in server_users the same grants
-- on every table and sequence of the schema, with the same exceptions as add-user (the audit log
-- insert-only, server_users and the password hashes the owner's); Database::migrate() calls it
-- after applying migrations on PostgreSQL, and add-user calls it for a new role. A per-student
-- table must have its row-level security policy in the migration that creates it:
-- tst_serveraccess_pg fails for a table with neither a policy nor a place on its list of shared
-- tables. SQLite records the version and does nothing.
CREATE OR REPLACE FUNCTION md_grant_staff_roles() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r TEXT;
    s TEXT := current_schema();
BEGIN
    FOR r IN SELECT su.role_name FROM server_users su JOIN pg_roles pr ON pr.rolname = su.role_name LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, r);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, r);
        EXECUTE format('REVOKE UPDATE, DELETE ON audit_log FROM %I', r);
        EXECUTE format('REVOKE ALL ON server_users FROM %I', r);
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM %I', r);
        EXECUTE format('REVOKE SELECT ON users FROM %I', r);
        EXECUTE format('GRANT SELECT (id, username, display_name, email, active, must_change_password, '
                       'failed_attempts, locked_until, created_at) ON users TO %I', r);
    END LOOP;
END;
$$;
REVOKE EXECUTE ON FUNCTION md_grant_staff_roles() FROM PUBLIC;
