-- Teams on a shared server (issue 12): which PostgreSQL role is which staff user. Written by
-- `mentordesk-cli server add-user`; a desk connecting as a listed role works as that user, and the
-- row-level security policies of 0091 read it. On a desk's own SQLite file it stays empty (it
-- exists there too so migrate-to / migrate-from copy the same tables both ways).
CREATE TABLE server_users (
    role_name TEXT PRIMARY KEY,
    user_id {{FK}} NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL
);
