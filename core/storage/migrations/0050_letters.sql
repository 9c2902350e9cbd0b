-- Letters to parents and students: the school letterhead (kept in versions, so an issued letter
-- is always printed with the letterhead it was sent with), templates by type, and letters with
-- their recipients and tracking state. Placeholders are expanded by core/storage/Dialect.

-- Append-only: saving the letterhead adds a row; the current one is the highest id.
CREATE TABLE letterheads (
    id {{ID}},
    school_name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    footer TEXT NOT NULL DEFAULT '',
    logo {{BLOB}},
    created_at TEXT NOT NULL,
    created_by {{FK}} REFERENCES users(id)
);

CREATE TABLE letter_templates (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    letter_type TEXT NOT NULL CHECK (letter_type IN ('attendance', 'behaviour', 'assessment', 'mentoring')),
    description TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by {{FK}} REFERENCES users(id)
);

-- One row per recipient. body_html is the merged text: once issued it is never merged again,
-- and letterhead_id is fixed to the letterhead it went out with.
CREATE TABLE letters (
    id {{ID}},
    template_id {{FK}} REFERENCES letter_templates(id) ON DELETE SET NULL,
    template_name TEXT NOT NULL,
    letter_type TEXT NOT NULL CHECK (letter_type IN ('attendance', 'behaviour', 'assessment', 'mentoring')),
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    course_id {{FK}} REFERENCES courses(id) ON DELETE SET NULL,
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('student', 'parent')),
    addressee TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'issued', 'acknowledged')),
    letterhead_id {{FK}} REFERENCES letterheads(id),
    issued_via TEXT CHECK (issued_via IS NULL OR issued_via IN ('printed', 'pdf', 'email')),
    issued_at TEXT,
    issued_by {{FK}} REFERENCES users(id),
    acknowledged_how TEXT CHECK (acknowledged_how IS NULL OR
                                 acknowledged_how IN ('reply_slip', 'parent_confirmed', 'student_confirmed', 'opened')),
    acknowledged_on TEXT,
    acknowledged_note TEXT,
    created_by {{FK}} REFERENCES users(id),
    created_by_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (state = 'draft' OR (issued_via IS NOT NULL AND issued_at IS NOT NULL AND letterhead_id IS NOT NULL)),
    CHECK (state <> 'acknowledged' OR (acknowledged_how IS NOT NULL AND acknowledged_on IS NOT NULL))
);
CREATE INDEX letters_student ON letters (student_id);
CREATE INDEX letters_state ON letters (state, letter_type);
CREATE INDEX letters_created_by ON letters (created_by);

-- The parents or carers a letter is addressed to (several when parents at one address share it).
CREATE TABLE letter_recipients (
    letter_id {{FK}} NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
    parent_id {{FK}} NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
    PRIMARY KEY (letter_id, parent_id)
);
CREATE INDEX letter_recipients_parent ON letter_recipients (parent_id);
