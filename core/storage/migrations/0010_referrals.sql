-- Referrals, the assessment hub, the provision map, interventions (the mentoring register) and
-- keyworker allocation (reference 004: "Resource allocation", "Mentoring provision map",
-- "Assessment Hub", "Appendix 2").
-- Placeholders ({{ID}}, {{FK}}, {{BIGINT}}) are expanded by core/storage/Dialect. Optional text columns
-- are nullable: the desk binds an empty QString as NULL and reads NULL back as empty.

-- The provision map: the catalogue of intervention types in three stages. Description, provision
-- and criteria are seeded below from reference 004 word for word; an administrator or the lead
-- mentor may edit them.
CREATE TABLE provision_types (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    stage INTEGER NOT NULL CHECK (stage IN (1, 2, 3)),
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    provision TEXT NOT NULL,
    duration TEXT,
    weeks INTEGER CHECK (weeks IS NULL OR weeks > 0),
    one_to_one INTEGER NOT NULL DEFAULT 0 CHECK (one_to_one IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE provision_criteria (
    id {{ID}},
    provision_type_id {{FK}} NOT NULL REFERENCES provision_types(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX provision_criteria_type ON provision_criteria (provision_type_id, position);

-- Assessment hub meetings (about once per half term) and who attended.
CREATE TABLE hub_meetings (
    id {{ID}},
    held_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held')),
    notes TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX hub_meetings_date ON hub_meetings (held_on);

CREATE TABLE hub_attendees (
    meeting_id {{FK}} NOT NULL REFERENCES hub_meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT,
    role TEXT,
    PRIMARY KEY (meeting_id, position)
);

-- A referral: new -> initial assessment -> awaiting hub (non-urgent) or urgent action -> decided
-- -> closed. `requested_by` is who asked in the school's pastoral structure: stage 3
-- interventions are only considered when the SENCo, a director of learning or senior leadership
-- asked through the referral process.
CREATE TABLE referrals (
    id {{ID}},
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    referred_on TEXT NOT NULL,
    referrer_id {{FK}} REFERENCES users(id) ON DELETE SET NULL,
    referrer_name TEXT NOT NULL,
    requested_by TEXT NOT NULL DEFAULT 'staff'
        CHECK (requested_by IN ('staff', 'senco', 'director_of_learning', 'senior_leadership')),
    concern TEXT NOT NULL
        CHECK (concern IN ('behaviour', 'attendance', 'social_emotional', 'academic_progress', 'sen', 'other')),
    description TEXT NOT NULL,
    tried TEXT,
    urgency TEXT NOT NULL CHECK (urgency IN ('urgent', 'non_urgent')),
    suggested_type_id {{FK}} REFERENCES provision_types(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'initial_assessment', 'awaiting_hub', 'urgent_action', 'decided', 'closed')),
    observations TEXT,
    assessed_on TEXT,
    hub_proposed_on TEXT,
    discussed_with TEXT,
    action_plan TEXT,
    action_plan_on TEXT,
    decision TEXT
        CHECK (decision IS NULL OR decision IN ('planned_intervention', 'monitor_and_review', 'no_intervention', 'sen_assessment')),
    decided_on TEXT,
    closed_on TEXT,
    closing_note TEXT,
    source TEXT NOT NULL DEFAULT 'desk' CHECK (source IN ('desk', 'form')),
    source_key TEXT UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referrals_student ON referrals (student_id);
CREATE INDEX referrals_status ON referrals (status, referred_on);
CREATE INDEX referrals_referrer ON referrals (referrer_id);

-- The referrals on a meeting's agenda. A referral the hub chose to monitor comes back on the
-- next meeting's agenda, so one referral may be on several.
CREATE TABLE hub_agenda (
    meeting_id {{FK}} NOT NULL REFERENCES hub_meetings(id) ON DELETE CASCADE,
    referral_id {{FK}} NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, referral_id)
);
CREATE INDEX hub_agenda_referral ON hub_agenda (referral_id);

-- An intervention from the provision map for one student: the mentoring register is every
-- planned or active one. Other capabilities (the mentoring log) refer to it by id.
CREATE TABLE interventions (
    id {{ID}},
    student_id {{FK}} NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    referral_id {{FK}} REFERENCES referrals(id) ON DELETE SET NULL,
    provision_type_id {{FK}} NOT NULL REFERENCES provision_types(id),
    stage INTEGER NOT NULL CHECK (stage IN (1, 2, 3)),
    requested_via TEXT NOT NULL CHECK (requested_via IN ('hub', 'urgent', 'direct')),
    keyworker_id {{FK}} REFERENCES users(id) ON DELETE SET NULL,
    sen_keyworker INTEGER NOT NULL DEFAULT 0 CHECK (sen_keyworker IN (0, 1)),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'active', 'concluded')),
    timescale TEXT,
    external_support TEXT,
    objective_1 TEXT,
    objective_2 TEXT,
    objective_3 TEXT,
    planned_on TEXT NOT NULL,
    started_on TEXT,
    review_on TEXT,
    parent_contact_due TEXT CHECK (parent_contact_due IS NULL OR parent_contact_due IN ('start', 'conclusion')),
    parents_contacted_on TEXT,
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('met', 'partly_met', 'not_met', 'ended_early')),
    impact TEXT,
    conclusion_report TEXT,
    concluded_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX interventions_student ON interventions (student_id, status);
CREATE INDEX interventions_keyworker ON interventions (keyworker_id, status);
CREATE INDEX interventions_status ON interventions (status, review_on);
CREATE INDEX interventions_referral ON interventions (referral_id);

-- The provision map's criteria a referrer or the hub ticked as evidence that the student meets
-- them; the wording is kept so later edits of the catalogue do not change what was ticked.
CREATE TABLE criteria_evidence (
    id {{ID}},
    referral_id {{FK}} REFERENCES referrals(id) ON DELETE CASCADE,
    intervention_id {{FK}} REFERENCES interventions(id) ON DELETE CASCADE,
    criterion_id {{FK}} REFERENCES provision_criteria(id) ON DELETE SET NULL,
    criterion TEXT NOT NULL,
    CHECK ((referral_id IS NULL) <> (intervention_id IS NULL))
);
CREATE INDEX criteria_evidence_referral ON criteria_evidence (referral_id);
CREATE INDEX criteria_evidence_intervention ON criteria_evidence (intervention_id);

-- One of the hub's four decisions on a referral, at a meeting or (urgent referrals) at once.
CREATE TABLE hub_decisions (
    id {{ID}},
    referral_id {{FK}} NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    meeting_id {{FK}} REFERENCES hub_meetings(id) ON DELETE SET NULL,
    decided_on TEXT NOT NULL,
    decision TEXT NOT NULL
        CHECK (decision IN ('planned_intervention', 'monitor_and_review', 'no_intervention', 'sen_assessment')),
    intervention_id {{FK}} REFERENCES interventions(id) ON DELETE SET NULL,
    monitor_by TEXT CHECK (monitor_by IS NULL OR monitor_by IN ('director_of_learning', 'senco')),
    monitor_name TEXT,
    notes TEXT,
    decided_by {{BIGINT}},
    created_at TEXT NOT NULL
);
CREATE INDEX hub_decisions_referral ON hub_decisions (referral_id);
CREATE INDEX hub_decisions_meeting ON hub_decisions (meeting_id);

-- Termly reviews of an intervention: progress and impact, then continue, change or conclude.
CREATE TABLE intervention_reviews (
    id {{ID}},
    intervention_id {{FK}} NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
    meeting_id {{FK}} REFERENCES hub_meetings(id) ON DELETE SET NULL,
    reviewed_on TEXT NOT NULL,
    progress TEXT NOT NULL,
    impact TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('continue', 'change', 'conclude')),
    next_review_on TEXT,
    changes TEXT,
    reviewed_by {{BIGINT}},
    created_at TEXT NOT NULL
);
CREATE INDEX intervention_reviews_intervention ON intervention_reviews (intervention_id);
CREATE INDEX intervention_reviews_meeting ON intervention_reviews (meeting_id);

-- Who was made keyworker when, and the reason when it went over the mentor's capacity.
CREATE TABLE keyworker_allocations (
    id {{ID}},
    intervention_id {{FK}} NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
    mentor_id {{FK}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    allocated_on TEXT NOT NULL,
    over_capacity INTEGER NOT NULL DEFAULT 0 CHECK (over_capacity IN (0, 1)),
    override_reason TEXT,
    allocated_by {{BIGINT}},
    created_at TEXT NOT NULL
);
CREATE INDEX keyworker_allocations_intervention ON keyworker_allocations (intervention_id);

-- High-needs SEN keyworker cases a mentor takes on top of their caseload (mentor_profiles holds
-- the caseload capacity). No row: the policy's default for the mentor's grade.
CREATE TABLE keyworker_capacity (
    user_id {{FK}} PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    sen_slots INTEGER NOT NULL CHECK (sen_slots >= 0 AND sen_slots <= 20)
);

-- The provision map as reference 004 gives it. Descriptions, provisions and criteria are the
-- policy's words; `duration` and `weeks` summarise the length it states.
INSERT INTO provision_types (code, stage, name, description, provision, duration, weeks, one_to_one, position) VALUES
('lunch_club', 1, 'Lunch club',
 'Supervised club during break and lunchtime which provides a safe, respectful environment for vulnerable students. Students are invited to join the lunch club and can choose to attend each day. The most vulnerable students bring packed lunch and eat at the club.',
 'group supervision provided by members of the learning support team.',
 'Daily, at break and lunchtime', NULL, 0, 1),
('homework_support_club', 1, 'Homework support club',
 'Targeted weekly enrichment session for students requiring extra support with their homework that cannot be provided by the regular homework enrichments.',
 'small group support with a learning mentor or learning support assistant.',
 'Weekly', NULL, 0, 2),
('incident_support', 1, 'Incident support',
 'Learning mentor will assist the SLT on call to de-escalate an incident and take statements before appropriate action is taken.',
 'Learning mentor provides an un-biased one-to-one forum for the student to calm down, gather their thoughts and complete a statement.',
 'When an incident happens', NULL, 0, 3),
('restorative_conversation', 1, 'Restorative conversation',
 'Learning mentor will facilitate a Restorative Conversation between students or student and staff where a serious conflict has occurred.',
 'Learning mentor will plan and host an RC and if necessary create a contract for both parties to sign. This will be reviewed and a decision made for further action.',
 'One conversation, then a review', NULL, 0, 4),
('in_lesson_support', 2, 'In-lesson support',
 'Short term (1- 6 weeks) timetabled support in lessons where behaviour, engagement or progress does not meet the standards required by the teacher.',
 'After an initial meeting between the mentor and teacher to discuss the individual or groups to be targeted the learning mentor will be timetabled to provide support as a “temporary LSA”.',
 '1 to 6 weeks', 6, 0, 5),
('social_emotional_support', 2, 'Social and emotional support (Place2Be)',
 'The assessment hub will manage referrals to the place2Be counsellors and mentors liaise with students when there is an opportunity for them to attend the place2talk drop in sessions. Mentors will provide social and emotional support drop-in when Place2be is not available.',
 'Mentor will be assigned temporarily to talk to student about a specific problem and encourage the student to attend the place2talk drop in.',
 'Short term', NULL, 0, 6),
('attendance_support', 2, 'Attendance support',
 'If attendance or punctuality is a concern then a learning mentor can be assigned to assist the attendance officer and act as a family liaison.',
 'Mentor will be assigned as temporary keyworker and make regular contact with the family to help encourage the student to return to school.',
 'Short term', NULL, 0, 7),
('anger_management', 2, 'Anger management programme',
 'One-to-one or group intervention that develops resilience and provides the student with a range of methods to self-regulate their anger. The student will work alongside a mentor completing the “bend don’t break” activities. The mentor uses solution focussed conversations to help the student develop ways to regulate anger.',
 '6 x 25 minute sessions delivered weekly.',
 '6 × 25-minute sessions, weekly', 6, 0, 8),
('social_skills', 2, 'Social skills programme',
 'One-to-one or group intervention that develops social skills and helps a student manage appropriate social interactions. The student will work alongside a mentor working through the “Talk about for teenagers” resource book. The mentor uses solution focussed conversations to help the student develop ways to interact socially with their peers or other adults.',
 '6 x 25 minute sessions delivered weekly.',
 '6 × 25-minute sessions, weekly', 6, 0, 9),
('alternative_provision_support', 3, 'Alternative Provision Support',
 'Temporary assignment of a learning mentor whilst student is at alternative provision (Golborne Education Centre). Mentor will support student with re-integration when returning from alternative provision.',
 'Learning mentor will “check-in” with student on a weekly basis and provide 1-1 sessions to give student the opportunity to discuss events leading to exclusion and support post-exclusion.',
 'While the student is at alternative provision, and on return', NULL, 0, 10),
('short_term_mentoring', 3, 'Short term 1:1 mentoring',
 'A short term intensive mentoring programme that focuses on managing behaviour, improving attitude to learning or supporting a student with specific social or emotional needs. Targeted students are assigned a learning mentor for one term and are set personal targets to develop their core values. The mentor will plan a specific programme with objectives tailored to the needs of the student.',
 'One-to-one mentor assigned to student. Weekly mentoring sessions with mentor. In class support/observations. Weekly contact with carers. Evaluation of progress.',
 'One term', 13, 1, 11),
('fixed_term_withdrawal', 3, 'Fixed term withdrawal from lesson',
 'Short term withdrawal from specific subject for a fixed number of lessons. Student will work alongside mentor but in isolation from their normal lesson. The mentor will collect the work from the teacher and work one-to-one with student to complete. Mentor will facilitate a re-integration meeting between student and teacher and set specific targets for student to work on when returned to normal lesson.',
 'One-to-one support with a learning mentor for a fixed length of time during a specific lesson. Initial meeting with student to discuss the reason for withdrawal from the lesson. Re-integration support.',
 'A fixed number of lessons', NULL, 0, 12),
('long_term_mentoring', 3, 'Long term 1:1 mentoring',
 'Student is assigned a one-to-one mentor over a long period of time (at least one year) or permanently. A mentoring action plan will be developed for the student containing up to three objectives that the mentor and the student will work towards. The mentor will plan a specific programme depending on the needs of the student and the aims of the intervention.',
 'One-to-one mentor assigned to student. Weekly mentoring sessions with mentor. In class support for key lessons. Weekly contact with carers. Termly review of progress.',
 'At least one year, reviewed termly', 52, 1, 13);

INSERT INTO provision_criteria (provision_type_id, position, text)
SELECT t.id, c.position, c.text FROM provision_types t JOIN (
    SELECT 'lunch_club' AS code, 1 AS position, 'SEN and/or vulnerable student that requires extra supervision during lunch and break times.' AS text
    UNION ALL SELECT 'lunch_club', 2, 'Student has displayed social difficulties.'
    UNION ALL SELECT 'lunch_club', 3, 'Student identified with specific social and/or emotional problem.'
    UNION ALL SELECT 'lunch_club', 4, 'Concerns about mental or emotional well-being of student.'
    UNION ALL SELECT 'lunch_club', 5, 'Attendance of the group is by invitation only.'
    UNION ALL SELECT 'homework_support_club', 1, 'Student is identified by DoL as continually missing homework.'
    UNION ALL SELECT 'homework_support_club', 2, 'Teacher feels that homework is being completed but is generally of a low quality.'
    UNION ALL SELECT 'homework_support_club', 3, 'SENCo selects students from the SEN register who require support.'
    UNION ALL SELECT 'incident_support', 1, 'SLT on-call will ask for support.'
    UNION ALL SELECT 'incident_support', 2, 'Pre-approved list of students who require incident support.'
    UNION ALL SELECT 'restorative_conversation', 1, 'Students have been sent to IE for a serious conflict e.g. fighting, bullying inappropriate language.'
    UNION ALL SELECT 'restorative_conversation', 2, 'Break down of relationship between student and teacher.'
    UNION ALL SELECT 'restorative_conversation', 3, 'DoL requests a restorative conversation.'
    UNION ALL SELECT 'in_lesson_support', 1, 'Seating plan changed.'
    UNION ALL SELECT 'in_lesson_support', 2, 'Phone call or meeting with parents.'
    UNION ALL SELECT 'in_lesson_support', 3, 'Non-SEN students that require specific short term support either with engagement, behaviour or comprehension.'
    UNION ALL SELECT 'social_emotional_support', 1, 'Student identified with specific social and/or emotional problem.'
    UNION ALL SELECT 'social_emotional_support', 2, 'Concerns about mental or emotional well-being of student.'
    UNION ALL SELECT 'social_emotional_support', 3, 'Student experiencing emotional trauma.'
    UNION ALL SELECT 'attendance_support', 1, 'Frequent attendance problems where family or attendance officer have requested extra assistance.'
    UNION ALL SELECT 'attendance_support', 2, 'Student returning from home education.'
    UNION ALL SELECT 'attendance_support', 3, 'Student refuses to attend or has anxiety around attending school.'
    UNION ALL SELECT 'anger_management', 1, 'Student has shown multiple incidents where anger has escalated to an unmanageable state.'
    UNION ALL SELECT 'anger_management', 2, 'An otherwise quiet or well behaved student often responds in an angry manner when challenged.'
    UNION ALL SELECT 'social_skills', 1, 'Student has shown multiple incidents where inappropriate comments have been made as part of a social interaction'
    UNION ALL SELECT 'social_skills', 2, 'Student may need help communicating with peers or making new friends.'
    UNION ALL SELECT 'alternative_provision_support', 1, 'Student has had multiple fixed term exclusions.'
    UNION ALL SELECT 'alternative_provision_support', 2, 'Student is returning or currently attending TBAP provision (Golborne Education Centre).'
    UNION ALL SELECT 'short_term_mentoring', 1, 'Student has been on report to DoL on more than one occasion.'
    UNION ALL SELECT 'short_term_mentoring', 2, 'Student has experienced a number of fixed term exclusions.'
    UNION ALL SELECT 'short_term_mentoring', 3, 'Behaviour data suggests that student is not following KAA expectations on a regular basis.'
    UNION ALL SELECT 'short_term_mentoring', 4, 'Student with SEMH needs as indicated on SEN register.'
    UNION ALL SELECT 'fixed_term_withdrawal', 1, 'Lead teacher of subject has exhausted all other methods of behaviour management.'
    UNION ALL SELECT 'fixed_term_withdrawal', 2, 'Restorative meetings between student and teacher have proved unsuccessful'
    UNION ALL SELECT 'fixed_term_withdrawal', 3, 'Large number of detentions and RLI from specific lesson'
    UNION ALL SELECT 'fixed_term_withdrawal', 4, 'Meeting with parents and DoL or AP.'
    UNION ALL SELECT 'long_term_mentoring', 1, 'Student with SEN'
    UNION ALL SELECT 'long_term_mentoring', 2, 'Student on SEN register'
    UNION ALL SELECT 'long_term_mentoring', 3, 'Student on Pastoral Support Plan'
    UNION ALL SELECT 'long_term_mentoring', 4, 'Looked after or in care'
    UNION ALL SELECT 'long_term_mentoring', 5, 'Student with specific needs not listed above but at the discretion of the assessment hub.'
) c ON c.code = t.code;
