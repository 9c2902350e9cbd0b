-- The mentoring team (issue 8; references 002, 003 and 004): a mentor's basic and additional
-- details on the foundation's mentor_profiles, removal and reinstatement, the outbox of messages
-- to mentors, and quality assurance: supervision and CPD, observations against an editable
-- checklist, learner feedback and termly performance reviews.
-- Stored enums are their string codes; core/mentors/MentorCatalogue holds their labels.

-- Basic details (reference 002's add-mentor flow). The email address stays on users.email.
ALTER TABLE mentor_profiles ADD COLUMN first_name TEXT;
ALTER TABLE mentor_profiles ADD COLUMN last_name TEXT;
ALTER TABLE mentor_profiles ADD COLUMN trn TEXT;
ALTER TABLE mentor_profiles ADD COLUMN subject TEXT CHECK (subject IN (
    'primary', 'primary_english', 'primary_geography_history', 'primary_mathematics',
    'primary_modern_languages', 'primary_physical_education', 'primary_science',
    'ancient_greek', 'ancient_hebrew', 'art_and_design', 'biology', 'business_studies', 'chemistry',
    'citizenship', 'classics', 'communication_media', 'computing', 'dance', 'design_technology', 'drama',
    'economics', 'english', 'esol', 'french', 'geography', 'german', 'health_social_care', 'history',
    'italian', 'japanese', 'latin', 'mandarin', 'mathematics', 'music', 'philosophy', 'physical_education',
    'physics', 'psychology', 'religious_education', 'russian', 'science', 'social_sciences', 'spanish'));
ALTER TABLE mentor_profiles ADD COLUMN age_range TEXT CHECK (age_range IN (
    '3_to_7', '5_to_11', '7_to_11', '7_to_14', '11_to_16', '11_to_18', '14_to_19'));
ALTER TABLE mentor_profiles ADD COLUMN key_stage TEXT CHECK (key_stage IN (
    'early_years', 'ks1', 'ks2', 'ks3', 'ks4', 'ks5'));
-- Additional details.
ALTER TABLE mentor_profiles ADD COLUMN date_qualified TEXT;
ALTER TABLE mentor_profiles ADD COLUMN qualifications TEXT;
ALTER TABLE mentor_profiles ADD COLUMN date_started_mentoring TEXT;
ALTER TABLE mentor_profiles ADD COLUMN provider_training TEXT;
ALTER TABLE mentor_profiles ADD COLUMN send_training TEXT;
ALTER TABLE mentor_profiles ADD COLUMN subject_networks TEXT;
ALTER TABLE mentor_profiles ADD COLUMN other_experiences TEXT;
-- 'removed' keeps the profile (and its history) so an administrator or the lead mentor can
-- reinstate the mentor.
ALTER TABLE mentor_profiles ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed'));
CREATE UNIQUE INDEX mentor_profiles_trn ON mentor_profiles (trn);

-- One row per removal; reinstating fills the reinstated_ columns. roles_removed lists the role
-- codes taken away, so reinstating gives back exactly those.
CREATE TABLE mentor_removals (
    id {{ID}},
    mentor_id {{FK}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    removed_on TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('left_school', 'no_longer_mentoring', 'other')),
    note TEXT,
    removed_by TEXT NOT NULL,
    roles_removed TEXT NOT NULL,
    students_reallocated INTEGER NOT NULL DEFAULT 0,
    reinstated_on TEXT,
    reinstated_by TEXT
);
CREATE INDEX mentor_removals_mentor ON mentor_removals (mentor_id, reinstated_on);

-- Messages to mentors (added, removed, reinstated). No mail server: the user copies a message
-- into their email or prints it, then marks it sent.
CREATE TABLE mentor_outbox (
    id {{ID}},
    created_at TEXT NOT NULL,
    mentor_id {{FK}} REFERENCES users(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('added', 'removed', 'reinstated')),
    recipient_name TEXT NOT NULL,
    recipient_email TEXT,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_by TEXT NOT NULL,
    sent_on TEXT
);
CREATE INDEX mentor_outbox_created ON mentor_outbox (created_at);

-- Supervision meetings and CPD (reference 003: regular supervision and CPD keep support consistent).
CREATE TABLE mentor_development (
    id {{ID}},
    mentor_id {{FK}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('supervision', 'cpd')),
    held_on TEXT NOT NULL,
    topic TEXT NOT NULL,
    hours {{REAL}} NOT NULL CHECK (hours > 0 AND hours <= 100),
    notes TEXT,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX mentor_development_mentor ON mentor_development (mentor_id, kind, held_on);

-- The observation checklist the lead mentor edits. Observations copy each item's text, so a
-- later edit never rewrites an earlier observation.
CREATE TABLE observation_checklist (
    id {{ID}},
    position INTEGER NOT NULL,
    item TEXT NOT NULL
);
INSERT INTO observation_checklist (position, item) VALUES
    (1, 'The session is planned in advance and linked to the student''s objectives'),
    (2, 'Reviewing the past: successes and difficulties since the last session, progress towards targets'),
    (3, 'Working together: an engaging activity focused on a target in the action plan'),
    (4, 'Looking forward: obstacles and strategies for the week ahead, mini targets set'),
    (5, 'Inclusive practice: barriers to learning and participation are removed (SEND)'),
    (6, 'Safeguarding: a safe environment; concerns would be reported by procedure'),
    (7, 'Positive behaviour support and de-escalation are used'),
    (8, 'Assessment for learning: progress is checked and feedback given'),
    (9, 'Collaboration with teachers, parents and agencies is evident'),
    (10, 'The mentoring log is up to date');

CREATE TABLE mentor_observations (
    id {{ID}},
    mentor_id {{FK}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    observed_on TEXT NOT NULL,
    setting TEXT NOT NULL CHECK (setting IN ('session', 'lesson')),
    observer TEXT NOT NULL,
    strengths TEXT,
    development TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX mentor_observations_mentor ON mentor_observations (mentor_id, observed_on);

CREATE TABLE mentor_observation_items (
    observation_id {{FK}} NOT NULL REFERENCES mentor_observations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item TEXT NOT NULL,
    judgement TEXT NOT NULL CHECK (judgement IN ('met', 'partly', 'not_met', 'not_seen')),
    PRIMARY KEY (observation_id, position)
);

-- A short rated questionnaire a student fills in about their mentoring (1 = strongly disagree,
-- 5 = strongly agree).
CREATE TABLE learner_feedback (
    id {{ID}},
    mentor_id {{FK}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    collected_on TEXT NOT NULL,
    listens INTEGER NOT NULL CHECK (listens BETWEEN 1 AND 5),
    helps_targets INTEGER NOT NULL CHECK (helps_targets BETWEEN 1 AND 5),
    feels_safe INTEGER NOT NULL CHECK (feels_safe BETWEEN 1 AND 5),
    helps_lessons INTEGER NOT NULL CHECK (helps_lessons BETWEEN 1 AND 5),
    would_recommend INTEGER NOT NULL CHECK (would_recommend BETWEEN 1 AND 5),
    comment TEXT,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX learner_feedback_mentor ON learner_feedback (mentor_id, collected_on);
CREATE INDEX learner_feedback_student ON learner_feedback (student_id);

-- The termly performance review: one per mentor per term. school_year is the year the school
-- year starts in (2025 for 2025/26).
CREATE TABLE mentor_reviews (
    id {{ID}},
    mentor_id {{FK}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    school_year INTEGER NOT NULL,
    term TEXT NOT NULL CHECK (term IN ('autumn', 'spring', 'summer')),
    reviewed_on TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    overall TEXT CHECK (overall IN ('exceeds', 'meets', 'working_towards', 'below')),
    strengths TEXT,
    development_areas TEXT,
    objectives TEXT,
    mentor_comments TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (mentor_id, school_year, term)
);
