-- Individual learning plans (reference 001): templates whose fields say which roles see and edit
-- them, plans copied from a template (fields and rights snapshotted, so later template changes
-- never reach an existing plan), and midterm reviews per course with an optional grade scale.
-- Roles in see_roles / edit_roles are comma-separated words: mentor, teacher, student, parent.

CREATE TABLE ilp_templates (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    description TEXT,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published', 'unpublished')),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE ilp_template_fields (
    id {{ID}},
    template_id {{FK}} NOT NULL REFERENCES ilp_templates(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    guidance TEXT,
    see_roles TEXT NOT NULL DEFAULT '',
    edit_roles TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ilp_template_fields_template ON ilp_template_fields (template_id, position);

CREATE TABLE ilp_plans (
    id {{ID}},
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    template_id {{BIGINT}},
    template_name TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'unpublished' CHECK (state IN ('unpublished', 'published', 'archived')),
    published_at TEXT,
    archived_at TEXT,
    created_by {{BIGINT}},
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (valid_to >= valid_from)
);
CREATE INDEX ilp_plans_student ON ilp_plans (student_id, valid_from);

CREATE TABLE ilp_plan_fields (
    id {{ID}},
    plan_id {{FK}} NOT NULL REFERENCES ilp_plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    guidance TEXT,
    see_roles TEXT NOT NULL DEFAULT '',
    edit_roles TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    updated_by {{BIGINT}},
    updated_by_name TEXT,
    updated_at TEXT
);
CREATE INDEX ilp_plan_fields_plan ON ilp_plan_fields (plan_id, position);

-- Mentors added to one plan to work on it with the student's own mentor (reference 001: "multiple
-- mentors can collaborate on the same ILP"), whoever's group the student is in.
CREATE TABLE ilp_plan_mentors (
    plan_id {{FK}} NOT NULL REFERENCES ilp_plans(id) ON DELETE CASCADE,
    user_id {{FK}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    added_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, user_id)
);
CREATE INDEX ilp_plan_mentors_user ON ilp_plan_mentors (user_id);

CREATE TABLE ilp_reviews (
    id {{ID}},
    course_id {{FK}} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    review_date TEXT NOT NULL,
    scale TEXT NOT NULL DEFAULT '',
    created_by {{BIGINT}},
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ilp_reviews_course ON ilp_reviews (course_id, review_date);
CREATE INDEX ilp_reviews_date ON ilp_reviews (review_date);

CREATE TABLE ilp_review_entries (
    review_id {{FK}} NOT NULL REFERENCES ilp_reviews(id) ON DELETE CASCADE,
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    assessment TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    self_assessment TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    updated_by {{BIGINT}},
    updated_at TEXT,
    PRIMARY KEY (review_id, student_id)
);
CREATE INDEX ilp_review_entries_student ON ilp_review_entries (student_id);
