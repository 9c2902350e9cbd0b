-- Foundation: school settings, staff users and roles, students, parents/carers, mentoring groups,
-- courses (for teachers' scope) and the append-only audit log.
-- Placeholders ({{ID}}, {{FK}}, {{REAL}}, {{BIGINT}}, {{BLOB}}) are expanded by core/storage/Dialect.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE users (
    id {{ID}},
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT,
    password_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE user_roles (
    user_id {{FK}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('teacher', 'mentor', 'lead_mentor', 'headteacher', 'administrator')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE role_labels (
    role TEXT PRIMARY KEY,
    label TEXT NOT NULL
);

CREATE TABLE students (
    id {{ID}},
    upn TEXT NOT NULL UNIQUE,
    legal_surname TEXT NOT NULL,
    legal_forename TEXT NOT NULL,
    preferred_forename TEXT,
    preferred_surname TEXT,
    date_of_birth TEXT,
    gender TEXT,
    year_group INTEGER,
    tutor_group TEXT,
    sen_status TEXT NOT NULL DEFAULT 'N' CHECK (sen_status IN ('N', 'K', 'E')),
    ehc_plan INTEGER NOT NULL DEFAULT 0,
    semh INTEGER NOT NULL DEFAULT 0,
    pupil_premium INTEGER NOT NULL DEFAULT 0,
    looked_after INTEGER NOT NULL DEFAULT 0,
    attendance {{REAL}},
    date_left TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX students_name ON students (legal_surname, legal_forename);
CREATE INDEX students_tutor_group ON students (tutor_group);
CREATE INDEX students_year_group ON students (year_group);

CREATE TABLE priority_flags (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL
);

CREATE TABLE student_flags (
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    flag TEXT NOT NULL REFERENCES priority_flags(code),
    PRIMARY KEY (student_id, flag)
);

CREATE TABLE parents (
    id {{ID}},
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    title TEXT,
    forename TEXT,
    surname TEXT NOT NULL,
    relationship TEXT,
    parental_responsibility INTEGER NOT NULL DEFAULT 1,
    phone TEXT,
    email TEXT,
    address TEXT,
    contact_preference TEXT,
    priority INTEGER NOT NULL DEFAULT 1,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX parents_student ON parents (student_id);

CREATE TABLE mentor_profiles (
    user_id {{FK}} PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    grade TEXT NOT NULL DEFAULT 'learning_mentor'
        CHECK (grade IN ('learning_mentor', 'advanced_learning_mentor', 'lead_learning_mentor')),
    capacity INTEGER NOT NULL DEFAULT 8
);

CREATE TABLE mentoring_groups (
    id {{ID}},
    mentor_id {{FK}} NOT NULL REFERENCES users(id),
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    started_on TEXT NOT NULL,
    ended_on TEXT
);
CREATE INDEX mentoring_groups_mentor ON mentoring_groups (mentor_id, ended_on);
CREATE INDEX mentoring_groups_student ON mentoring_groups (student_id);

CREATE TABLE courses (
    id {{ID}},
    name TEXT NOT NULL,
    subject TEXT,
    year_group INTEGER,
    created_at TEXT NOT NULL
);

CREATE TABLE course_teachers (
    course_id {{FK}} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    user_id {{FK}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (course_id, user_id)
);
CREATE INDEX course_teachers_user ON course_teachers (user_id);

CREATE TABLE course_students (
    course_id {{FK}} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    PRIMARY KEY (course_id, student_id)
);
CREATE INDEX course_students_student ON course_students (student_id);

-- Append-only: rows are only inserted. Each row's hash covers its content and the previous
-- row's hash, so tampering with the file shows.
CREATE TABLE audit_log (
    id {{ID}},
    at TEXT NOT NULL,
    user_id {{BIGINT}},
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id {{BIGINT}},
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
