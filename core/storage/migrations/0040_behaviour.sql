-- Behaviour log (issue 5): the school's categories and the events recorded against students.
-- Terms, course assessments and the approval workflow: courses gain a term and a grading scale.
-- Placeholders ({{ID}}, {{FK}}, {{REAL}}, {{BIGINT}}, {{BLOB}}) are expanded by core/storage/Dialect.

CREATE TABLE behaviour_categories (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('positive', 'negative')),
    default_points INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    CHECK ((kind = 'positive' AND default_points >= 0) OR (kind = 'negative' AND default_points <= 0))
);

-- occurred_at is ISO-8601 local time 'YYYY-MM-DDTHH:MM' (sorts as text). Points are signed:
-- positive categories give points, negative ones take them away.
CREATE TABLE behaviour_events (
    id {{ID}},
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    course_id {{FK}} REFERENCES courses(id) ON DELETE SET NULL,
    place TEXT,
    category_id {{FK}} NOT NULL REFERENCES behaviour_categories(id),
    points INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    action_taken TEXT,
    recorded_by {{FK}} REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
-- The log is read newest first: by date (a category filter walks this one: categories are few),
-- by student and by who recorded it. BehaviourWriter rebuilds these after a bulk import; keep
-- its list (BehaviourStore.cpp) the same as this one.
CREATE INDEX behaviour_events_when ON behaviour_events (occurred_at);
CREATE INDEX behaviour_events_student ON behaviour_events (student_id, occurred_at);
CREATE INDEX behaviour_events_recorder ON behaviour_events (recorded_by, occurred_at);

-- Assessment terms: a course is assessed once per term; completing the term locks its assessments.
CREATE TABLE terms (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    completed_at TEXT,
    completed_by {{FK}} REFERENCES users(id),
    CHECK (starts_on <= ends_on)
);

ALTER TABLE courses ADD COLUMN term_id {{FK}} REFERENCES terms(id);
-- The grades a course awards, best first, separated by '|' ("9|8|7|6|5|4|3|2|1").
ALTER TABLE courses ADD COLUMN grading_scale TEXT NOT NULL DEFAULT '9|8|7|6|5|4|3|2|1';
CREATE INDEX courses_term ON courses (term_id);

CREATE TABLE course_assessments (
    course_id {{FK}} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    grade TEXT,
    comment TEXT NOT NULL DEFAULT '',
    assessed_by {{FK}} REFERENCES users(id),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (course_id, student_id)
);
CREATE INDEX course_assessments_student ON course_assessments (student_id);

-- Where a course's assessments are in the approval workflow. No row: not started / in progress
-- (derived from the grades given).
CREATE TABLE course_approvals (
    course_id {{FK}} PRIMARY KEY REFERENCES courses(id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN ('open', 'complete', 'approved', 'returned')),
    completed_at TEXT,
    completed_by {{FK}} REFERENCES users(id),
    approved_at TEXT,
    approved_by {{FK}} REFERENCES users(id),
    returned_at TEXT,
    returned_by {{FK}} REFERENCES users(id),
    return_comment TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Reminders the headteacher sent to teachers who had not completed their assessments.
CREATE TABLE assessment_reminders (
    id {{ID}},
    term_id {{FK}} NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    course_id {{FK}} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    teacher_id {{FK}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    message TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    sent_by {{FK}} REFERENCES users(id)
);
CREATE INDEX assessment_reminders_term ON assessment_reminders (term_id, sent_at);
