-- The mentoring log per student (issue 3, reference 004 "Recording Interventions"): the 1:1 case
-- and its five steps, objectives, SMART targets and their progress, 1:1 sessions in three parts
-- (with autosaved drafts), lesson observations, behaviour interventions, contacts, progress
-- updates, termly reports, reviews and daily check-ins.
--
-- intervention_id links a row to the referral capability's interventions table once that exists;
-- it has no foreign key yet because that table is not part of this schema version.

CREATE TABLE mentoring_cases (
    id {{ID}},
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    mentor_id {{FK}} REFERENCES users(id),
    intervention_id {{BIGINT}},
    opened_on TEXT NOT NULL,
    action_plan TEXT,
    review_on TEXT,
    closed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX mentoring_cases_open ON mentoring_cases (student_id) WHERE closed_on IS NULL;

CREATE TABLE mentoring_objectives (
    id {{ID}},
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    intervention_id {{BIGINT}},
    text TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'hub' CHECK (source IN ('hub', 'mentor')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'withdrawn')),
    set_on TEXT NOT NULL,
    closed_on TEXT,
    created_by {{FK}} REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX mentoring_objectives_student ON mentoring_objectives (student_id, status);

CREATE TABLE smart_targets (
    id {{ID}},
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    intervention_id {{BIGINT}},
    objective_id {{FK}} REFERENCES mentoring_objectives(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    specific TEXT NOT NULL,
    measurable TEXT NOT NULL,
    achievable TEXT NOT NULL,
    relevant TEXT NOT NULL,
    time_bound TEXT NOT NULL,
    steps TEXT,
    set_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'met', 'not_met', 'withdrawn')),
    closed_on TEXT,
    follows_id {{FK}} REFERENCES smart_targets(id) ON DELETE SET NULL,
    created_by {{FK}} REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (set_on <= due_on)
);
CREATE INDEX smart_targets_student ON smart_targets (student_id, status);

CREATE TABLE mentoring_sessions (
    id {{ID}},
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    mentor_id {{FK}} NOT NULL REFERENCES users(id),
    intervention_id {{BIGINT}},
    session_date TEXT NOT NULL,
    period INTEGER NOT NULL,
    subject TEXT,
    focus TEXT CHECK (focus IS NULL OR focus IN ('solution_focused', 'grow_coaching', 'anger_management',
        'social_skills', 'emotional_wellbeing', 'attendance_punctuality', 'organisational_skills',
        'stress_anxiety', 'academic_motivation')),
    target_id {{FK}} REFERENCES smart_targets(id) ON DELETE SET NULL,
    plan TEXT,
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'attended', 'missed', 'rescheduled', 'cancelled')),
    status_reason TEXT,
    rescheduled_from_id {{FK}} REFERENCES mentoring_sessions(id) ON DELETE SET NULL,
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    review_successes TEXT,
    review_difficulties TEXT,
    review_targets TEXT,
    review_behaviour TEXT,
    work_activity TEXT,
    work_evidence TEXT,
    forward_worries TEXT,
    forward_strategies TEXT,
    forward_mini_targets TEXT,
    notes TEXT,
    recorded_at TEXT,
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('scheduler', 'manual')),
    moved_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (moved_by_hand IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX mentoring_sessions_mentor ON mentoring_sessions (mentor_id, session_date);
CREATE INDEX mentoring_sessions_student ON mentoring_sessions (student_id, session_date);

-- What the session editor saved as the mentor typed, before the notes are committed to the
-- session (and its audit trail). Kept until committed, so a crash loses at most the last second.
CREATE TABLE session_drafts (
    session_id {{FK}} NOT NULL REFERENCES mentoring_sessions(id) ON DELETE CASCADE,
    author_id {{BIGINT}} NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (session_id, author_id, field)
);

CREATE TABLE target_progress (
    id {{ID}},
    target_id {{FK}} NOT NULL REFERENCES smart_targets(id) ON DELETE CASCADE,
    noted_on TEXT NOT NULL,
    note TEXT NOT NULL,
    created_by {{FK}} REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX target_progress_target ON target_progress (target_id, noted_on);

CREATE TABLE mentoring_entries (
    id {{ID}},
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    intervention_id {{BIGINT}},
    kind TEXT NOT NULL CHECK (kind IN ('observation', 'behaviour_intervention', 'contact', 'progress_update',
        'termly_report', 'review', 'note')),
    occurred_on TEXT NOT NULL,
    title TEXT,
    body TEXT NOT NULL,
    action TEXT,
    party TEXT CHECK (party IS NULL OR party IN ('parent_carer', 'teacher', 'agency')),
    method TEXT CHECK (method IS NULL OR method IN ('phone', 'email', 'meeting', 'letter', 'video', 'text_message')),
    purpose TEXT CHECK (purpose IS NULL OR purpose IN ('initial_meeting', 'consent', 'routine', 'concern', 'review', 'other')),
    consent TEXT CHECK (consent IS NULL OR consent IN ('given', 'refused')),
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('on_track', 'some_concerns', 'not_on_track', 'continue',
        'new_plan', 'ended')),
    follow_up TEXT,
    follow_up_on TEXT,
    follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    author_id {{FK}} REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (kind <> 'contact' OR (party IS NOT NULL AND method IS NOT NULL AND purpose IS NOT NULL))
);
CREATE INDEX mentoring_entries_student ON mentoring_entries (student_id, kind, occurred_on);

CREATE TABLE mentoring_checkins (
    id {{ID}},
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    checked_on TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    mentor_id {{FK}} REFERENCES users(id),
    note TEXT,
    UNIQUE (student_id, checked_on)
);
