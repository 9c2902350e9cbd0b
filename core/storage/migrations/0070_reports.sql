-- 360° reports (issue 7, reference 000 §2.2 and reference 004's "Review progress and evaluate
-- impact"): the learning platform's course data (activity, progress, grades) and attendance by
-- week, imported from CSV exports, and the course averages the charts compare against.
-- Placeholders ({{ID}}, {{FK}}, {{REAL}}) are expanded by core/storage/Dialect. Weeks are the ISO
-- date of their Monday; dates are ISO text.

-- Time in a course and communication, per student, course and week. The key leads with the course
-- so one index serves both a student's charts (course_id IN the student's courses) and a course view.
CREATE TABLE report_activity (
    course_id {{FK}} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    week_start TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes >= 0),
    messages INTEGER NOT NULL DEFAULT 0 CHECK (messages >= 0),
    posts INTEGER NOT NULL DEFAULT 0 CHECK (posts >= 0),
    PRIMARY KEY (course_id, student_id, week_start)
);

-- Assignments, tests and other work: mandatory or optional, when due, when completed (NULL: not
-- yet) and the time spent online on it.
CREATE TABLE report_progress (
    course_id {{FK}} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    task TEXT NOT NULL,
    mandatory INTEGER NOT NULL CHECK (mandatory IN (0, 1)),
    due_on TEXT,
    completed_on TEXT,
    minutes_online INTEGER NOT NULL DEFAULT 0 CHECK (minutes_online >= 0),
    PRIMARY KEY (course_id, student_id, task)
);

-- A grade as the file wrote it ("7", "B", "72%") and its place on a 0-100 scale, so grades of
-- different scales can be averaged and drawn together.
CREATE TABLE report_grades (
    course_id {{FK}} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    graded_on TEXT NOT NULL,
    grade TEXT NOT NULL,
    percent {{REAL}} NOT NULL CHECK (percent >= 0 AND percent <= 100),
    PRIMARY KEY (course_id, student_id, graded_on)
);

-- Attendance by week from the MIS: the percentage of possible sessions attended.
CREATE TABLE report_attendance (
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    week_start TEXT NOT NULL,
    percent {{REAL}} NOT NULL CHECK (percent >= 0 AND percent <= 100),
    PRIMARY KEY (student_id, week_start)
);

-- Course averages, recomputed for the courses an import or the demo touched (ReportAverages), so
-- a student's charts never aggregate a whole year group's rows. Averages are over every learner
-- enrolled on the course; a learner without a row for a week counts as no activity that week.
CREATE TABLE report_course_weeks (
    course_id {{FK}} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    week_start TEXT NOT NULL,
    learners INTEGER NOT NULL,
    minutes {{REAL}} NOT NULL,
    messages {{REAL}} NOT NULL,
    posts {{REAL}} NOT NULL,
    PRIMARY KEY (course_id, week_start)
);

-- Mean over the course's learners with work set of each learner's completion rate (0-100) and
-- time online; NULL where no learner has work of that kind.
CREATE TABLE report_course_progress (
    course_id {{FK}} PRIMARY KEY REFERENCES courses(id) ON DELETE CASCADE,
    learners INTEGER NOT NULL,
    mandatory_rate {{REAL}},
    optional_rate {{REAL}},
    minutes_online {{REAL}}
);

CREATE TABLE report_course_grades (
    course_id {{FK}} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    graded_on TEXT NOT NULL,
    learners INTEGER NOT NULL,
    percent {{REAL}} NOT NULL,
    PRIMARY KEY (course_id, graded_on)
);
