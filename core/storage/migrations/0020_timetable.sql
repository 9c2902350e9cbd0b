-- Timetables (issue 3): the periods of the school day, students' lesson timetables (imported from
-- the MIS as "UPN, day, period, subject") and the school calendar (terms, half terms, holidays and
-- assessment weeks) that the 1:1 session scheduler and the caseload rules read.

CREATE TABLE school_periods (
    period INTEGER PRIMARY KEY CHECK (period BETWEEN 1 AND 12),
    name TEXT NOT NULL,
    starts_at TEXT NOT NULL, -- 'HH:MM'
    ends_at TEXT NOT NULL,
    CHECK (starts_at < ends_at)
);

-- A common secondary day: five one-hour lessons (break after 2, lunch after 4). Editable later.
INSERT INTO school_periods (period, name, starts_at, ends_at) VALUES (1, 'Period 1', '08:50', '09:50');
INSERT INTO school_periods (period, name, starts_at, ends_at) VALUES (2, 'Period 2', '09:50', '10:50');
INSERT INTO school_periods (period, name, starts_at, ends_at) VALUES (3, 'Period 3', '11:10', '12:10');
INSERT INTO school_periods (period, name, starts_at, ends_at) VALUES (4, 'Period 4', '12:10', '13:10');
INSERT INTO school_periods (period, name, starts_at, ends_at) VALUES (5, 'Period 5', '13:55', '14:55');

-- One row per lesson of a student's weekly timetable: day 1 (Monday) to 5 (Friday).
CREATE TABLE lesson_timetable (
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 5),
    period INTEGER NOT NULL REFERENCES school_periods(period),
    subject TEXT NOT NULL,
    PRIMARY KEY (student_id, day, period)
);

CREATE TABLE school_calendar (
    id {{ID}},
    kind TEXT NOT NULL CHECK (kind IN ('term', 'half_term', 'holiday', 'assessment_week')),
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    CHECK (starts_on <= ends_on)
);
CREATE INDEX school_calendar_dates ON school_calendar (starts_on, ends_on);
