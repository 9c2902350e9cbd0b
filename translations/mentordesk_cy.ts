<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>QObject</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headteacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: check that you have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only, and Mentor Desk needs to write to it. Ask whoever manages the computer for write access, or open a copy you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mentor Desk database (it is not a SQLite file). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than it should be, as happens when a copy is interrupted or the disk fills up. Nothing was changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be prepared for use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and needs updating to this version of Mentor Desk. Open a copy you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mentor Desk database, or it is damaged (%2). Nothing was changed; restore it from a backup if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mentor Desk (schema %2; this version knows up to %3). It has not been changed: open it with the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed; nothing was changed. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full or failing, so the change was not saved (nothing was half-saved). Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only here, so the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk kept the database busy for too long; nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not started or already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mentor Desk: the learning-mentor team&apos;s desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a fresh demo school and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students in the demo school (default 720).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AddMentorFlow</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher reference number (TRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary subject specialism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary key stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AllocationService</name>
    <message>
        <source>%1 of %2 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · SEN keyworker %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · caseload full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHC plan objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH on the SEN register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead learning mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced learning mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead mentor (no mentor profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor (no mentor profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active mentor or the lead mentor can be a keyworker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That intervention no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intervention has concluded, so it no longer needs a keyworker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a student on the SEN register can be a high-needs SEN keyworker case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the keyworker is allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 of %3 high-needs SEN keyworker places filled. Assigning another over capacity needs an override: give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 of %3 caseload places filled. Assigning another student over capacity needs an override: give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now keyworker for %2 and should contact the parents or carers to explain the intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caseload capacity must be from 0 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-needs SEN keyworker places must be from 0 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ApprovalQueueModel</name>
    <message>
        <source>The approval queue has no database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind (last sent %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AssessmentRosterModel</name>
    <message>
        <source>The assessments have no database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AssessmentService</name>
    <message>
        <source>That term no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no term called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term needs a name of at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term needs a start date on or before its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a term called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is complete: no course can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is complete: its courses stay in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That course no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade &apos;%1&apos; is not allowed: grades are 1 to 20 characters, without &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade &apos;%1&apos; appears twice in the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grading scale has from 1 to %1 grades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s grading scale is locked: students have already been assessed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only see the assessments of the courses you teach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is complete: its assessments are locked and nobody may change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only assess students on the courses you teach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s assessments are marked complete and wait for the headteacher&apos;s approval: they can be changed again only if the course is returned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s assessments are approved: they can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade &apos;%1&apos; is not on the course&apos;s scale (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is %1 characters long; the most is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student is not enrolled on the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course cannot be moved back to that stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is complete: its assessments are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a teacher of the course may mark its assessments complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s assessments are already marked complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s assessments are already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) on the course have no grade yet: give every student a grade before marking the assessments complete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The course has no assessments yet: there is nothing to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher has not marked the course&apos;s assessments complete yet: approve them once they are complete, or send a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the course goes back to the teacher: the comment is what they will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s assessments are already approved: an approved course cannot be returned to the teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course is already back with the teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course is still with the teacher: only assessments marked complete can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear colleague,

The assessments for %1 are not yet marked complete for: %2.

Please give every student a grade and mark the course&apos;s assessments complete in Mentor Desk, so that they can be approved before the term is closed.

Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is complete: there is nothing left to remind anyone about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every course of %1 is complete: nobody needs a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) of %1 are not approved yet: approve every course before completing the term.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::Assessments</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AssessmentsDemo</name>
    <message>
        <source>Works hard and contributes well in class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good progress this term; keep revising key vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs to complete homework on time to make further progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confident start; now aim for more detail in written answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful, accurate work. Try the extension tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus in lessons has improved since half term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would benefit from asking for help sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent effort and a positive attitude to learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several comments are missing: please add one for every student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grades look high against the mock results: please moderate with your department and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greater depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AuditLogModel</name>
    <message>
        <source>No student has the UPN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the audit log before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AuthService</name>
    <message>
        <source>This school already has users: sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; has been switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BackupService</name>
    <message>
        <source>The backup could not be written to disk at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of a server database are made on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is in progress; back up when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mentor Desk backup, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2): choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mentor Desk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Mentor Desk (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be opened to keep a copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to %1 (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Behaviour</name>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise postcard home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BehaviourDemo</name>
    <message>
        <source>Excellent work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding piece of classwork.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best answer in the class today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work displayed on the classroom wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort in lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept going with a difficult task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked good questions all lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished the extension task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped a classmate who was stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidied the room without being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked after a new student at lunch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework well above the expected standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra research done at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beautifully presented homework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-level disruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking over the teacher after two warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distracting others during the starter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of seat repeatedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness to lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived ten minutes late without a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late back from break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late for the third time this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework not handed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework incomplete again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No equipment and no homework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defiance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to follow a reasonable instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to move seats when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walked out of the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unkind language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unkind comments to another student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swearing in the corridor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name-calling at lunch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truancy from lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the toilets during the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not arrive at the lesson; seen on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the lesson and did not return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved in a fight on the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing and shoving that became a fight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fight at the end of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canteen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise postcard home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BehaviourEventModel</name>
    <message>
        <source>The behaviour log has no database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BehaviourImporter</name>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns (UPN, Date, Time, Category, Points, Course, Place, Description, Action taken, Recorded by); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row (line %1) has more than one column named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: it has %2 fields but the header row has %3 (is a comma or quote missing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a student on the school&apos;s roll (import the students first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date (write yyyy-mm-dd or dd/mm/yyyy, a time may follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a time of day (write hh:mm, 24-hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of the school&apos;s behaviour categories (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a course of the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a staff user&apos;s username or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more lines with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have problems; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the database refused a row, so nothing was imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database refused the import, so nothing was imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BehaviourStore</name>
    <message>
        <source>points %1 are out of range (from -%2 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points %1 are below zero, but &quot;%2&quot; is a positive category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points %1 are above zero, but &quot;%2&quot; is a negative category (write them as -%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A behaviour category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category&apos;s name may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a behaviour category called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one student involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date and time the incident happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is %1 characters long; the most is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place and the action taken may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a behaviour category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course chosen no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That behaviour event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who recorded an event, the headteacher or the lead mentor may delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BehaviourTotalsModel</name>
    <message>
        <source>The behaviour totals have no database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w/c %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BellSchedule</name>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CalendarStore</name>
    <message>
        <source>the name is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a first and a last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than a school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar entry cannot be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That calendar entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was not changed: 1 entry has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was not changed: %1 entries have problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CaseStore</name>
    <message>
        <source>This student has no mentor and no open mentoring case: the lead mentor assigns a mentor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date (%1) is before mentoring started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the objective before saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective needs the date it was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan already has %1 active objectives, the most it holds. Mark one achieved or withdrawn first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That objective no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CaseloadDashboard</name>
    <message>
        <source>You may only see your own caseload&apos;s expectations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This student is not on a mentor&apos;s caseload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CaseloadModel</name>
    <message>
        <source>All 5 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CaseloadPolicy</name>
    <message>
        <source>Initial parent meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly 1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log updated after 1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent contact (fortnightly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher or agency contact (twice a term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress update to lead (fortnightly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termly report to DoL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 school days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met the parent or carer on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on a caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring started on %1; the first meeting with the parent or carer is due within %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in since mentoring started on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 1:1 was held in the week of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 1:1 is expected this week (an assessment week or a holiday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 1:1 held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session not yet written up in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions not yet written up in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 on %2; the next is due by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 since mentoring started on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1 · next by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact with a parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress update to the lead mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 contacts with teachers or agencies made in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report on %1 is due to the director of learning by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CriteriaChecklistModel</name>
    <message>
        <source>Ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CsvHeader</name>
    <message>
        <source>no column is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row (line %1) is missing the required columns %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CsvReader</name>
    <message>
        <source>line %1: the file could not be read any further: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field starting on this line runs on for more than %2; its closing quote is probably missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the line is longer than %2, which does not look like a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field starting on this line has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field has text after its closing quote; a quote inside a field must be doubled (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, field %2: the text is not valid UTF-8; save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::DemoReferrals</name>
    <message>
        <source>Removed from lessons several times in the last fortnight; most incidents are just after break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defiant when challenged and walks out of the room; two detentions this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-level disruption across most subjects; sanctions are not changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance has dropped this half term and the student is often late on Mondays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent on several Fridays; a parent says the student is anxious about coming in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives after registration most days and misses the first lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn in lessons and eating alone at lunch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tearful in tutor time; a friendship group has broken down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends say the student seems anxious and is not sleeping well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework rarely handed in; falling behind in the core subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress has stalled in English and Maths since the summer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books are incomplete and the student avoids starting written tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struggling to access lessons without in-class support; the SENCo asked for a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds changes of routine very hard; recent incidents on cover days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help to organise equipment and homework across the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recent bereavement in the family; the student has asked to talk to someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has moved house twice this term and seems unsettled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring for a younger sibling before school; often tired in lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating plan changed and a phone call home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On report to the tutor for two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with the head of year; parents informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-in with the tutor for a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative conversation with the class teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed in two lessons: settles with a familiar adult, struggles with unstructured time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-robin to teachers: most report the same pattern after lunch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed at break and in tutor time; keeps apart from the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour data checked: points cluster in two subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling drop-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend every lesson on time for a full half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use agreed strategies to stay in lessons when frustrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a positive relationship with two subject teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come off report with no further sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name three triggers and a strategy for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halve behaviour points by the end of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a weekly check-in while at alternative provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the return to mainstream lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the withdrawn lessons&apos; work each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree re-integration targets with the subject teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise the early signs of anger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a calm-down plan instead of leaving the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation with a peer in tutor time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join one lunchtime club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach 95% attendance this half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrive before registration every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle to work within five minutes of the start of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the drop-in each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one trusted adult to go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend lunch club at least three days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in homework on time each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep to the contract agreed at the restorative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP Inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director of Learning, KS3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director of Learning, KS4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior Behaviour Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Learning Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director of Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All referrals discussed; action plans to be shared by Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the form tutor for information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The director of learning reports things have settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed all six sessions and used the calm-down plan in lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaging well in weekly sessions; fewer incidents reported by staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour points down from eleven to three over the half term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance and behaviour points steady or improving since the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme helped; 1:1 mentoring will build on it. Parents kept informed throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the progress made in the first half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take part in one enrichment activity each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termly reviews after the new referrals. One referral held over to the next meeting for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-in with the lead mentor; phone call home today; seen by the school nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One conversation this week, reviewed in a fortnight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::DemoSchool</name>
    <message>
        <source>The demo word list &apos;%1&apos; is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo word list &apos;%1&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has students or staff users. The demo school is only generated into a new, empty database, so that it never mixes with real records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northgate Academy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academy Way, Northgate, NX1 4AQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school needs between %1 and %2 students, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school needs a valid date for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design and Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school could not make a valid UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school made the same UPN twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::FileChecks</name>
    <message>
        <source>%1 is on a network drive (%2). A database file shared over the network gets corrupted when two desks use it, because SQLite&apos;s locking needs one computer. Keep the file on this computer, or ask for Mentor Desk&apos;s shared-server option (PostgreSQL) so the team can work together safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::FiveSteps</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the student to the mentoring register and assign a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent or carer refused consent: discuss the case with the lead mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the parent&apos;s or carer&apos;s consent to start mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact home to explain the mentoring and hear the parent&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess the student&apos;s needs: observe a lesson or gather teachers&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the intervention&apos;s objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan the weekly 1:1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree a SMART target with the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a date to review progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review progress against the objectives (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review progress against the objectives by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All five steps done: reviewed on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All five steps done: reviewed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of 5, %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::HubAgendaModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To decide: recommendation after monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::HubDocuments</name>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · printed by Mentor Desk on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the assessment hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendees recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals were on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timescale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided: carried to the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interventions were due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1: not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hub decision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned intervention has an action plan to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s pastoral assessment hub met on %1 to talk about how we can best support %2. We have agreed the plan below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan for %1 (for information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the form tutor of %1. The assessment hub met on %2 and agreed this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your referral of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1. Thank you for your referral of %2 (%3). The assessment hub discussed it on %4 and agreed this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the assessment hub on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyworker will be allocated shortly and will contact you to explain the support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the keyworker, will contact you to explain the support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have any other concerns, please contact the school: we would be glad to talk them through with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning support, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please allow the student to attend their 1:1 sessions and tell the keyworker about anything that may affect the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is reviewed at the assessment hub; please tell the keyworker of anything that may affect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment hub, %1: new actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: support from the learning mentor team; keyworker to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: keyworker %2. Please allow them to attend their 1:1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: being monitored until the next hub meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new actions for staff from this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For more information, please speak to the lead learning mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n intervention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome and impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::HubReviewModel</name>
    <message>
        <source>%1 (stage %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1
Impact: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due or reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::HubStore</name>
    <message>
        <source>Assessment hub, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP Inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director of Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior Behaviour Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Learning Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hub meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub meeting lists at most %1 attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each attendee needs a name or a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attendee&apos;s name and role may each be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the hub meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a hub meeting on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s notes may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub meeting on %1 is already marked as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub meeting on %1 has not happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go on a hub agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral was already decided on %1 (%2). A referral is decided once; change the intervention at a hub review instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendation after monitoring is decided at the next assessment hub meeting: choose the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-urgent referral is decided at an assessment hub meeting: choose the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After monitoring, the director of learning recommends a planned intervention or no intervention: choose one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is not on the agenda of the %1: add it to the agenda first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub chose to monitor this referral on %1; the recommendation is decided at a later meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision cannot be dated before the referral (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the intervention from the provision map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the criteria for %1 that the student meets: the provision map asks for evidence that they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins the allocation queue: allocate a keyworker on the allocation board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the action plan with %1&apos;s tutor, the referrer (%2) and the parents or carers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SENCo monitors %1 until the next hub meeting, contacts the parents or carers to explain that the student was referred and invites them to a meeting, then recommends a planned intervention or no intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The director of learning monitors %1 until the next hub meeting, contacts the parents or carers to explain that the student was referred and invites them to a meeting, then recommends a planned intervention or no intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the referral to %1&apos;s form tutor (%2) for information: the form tutor decides the appropriate action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tutor group recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the referral to the SENCo for an SEN assessment, as the Learning Support policy defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this referral meanwhile; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IlpDocument</name>
    <message>
        <source>Individual learning plan: %1 (%2 copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midterm reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents only see current plans, and this one is valid from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot see this plan: it is %2, not published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IlpPlanStore</name>
    <message>
        <source>That learning plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one student to make a plan for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs the date it is valid from and the date it is valid to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot end (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ILP template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not published: only published templates can be used for new plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members of staff with the Mentor role can be added to a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That field of the plan no longer exists: the plan may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a student&apos;s or a parent&apos;s words are recorded on their behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s template does not let the %1 write in &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s template does not let your role edit &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is archived and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved &apos;%2&apos; at %3 while you were editing it. Your text has not been saved: compare the two and choose which to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved &apos;%1&apos; at the same moment. Reopen the plan to see their text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IlpReviewGridModel</name>
    <message>
        <source>The student&apos;s own self-assessment, as they gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IlpReviewStore</name>
    <message>
        <source>That course no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the course&apos;s teachers make and assess its midterm reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That midterm review no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the midterm review a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review&apos;s name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the midterm review a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The scale of &apos;%1&apos; is locked: %n student(s) have been assessed on it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The scale of &apos;%1&apos; is locked: a student has been assessed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: student %2 is not on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos; is a grade, but this review has no scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos; is not on the scale (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the comment is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved %1&apos;s assessment while you were editing it; nothing was saved. Reload the review to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-assessment is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student is not on the review&apos;s course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this line of the review while you were editing it; reload to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IlpStudentListModel</name>
    <message>
        <source>No current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields filled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IlpTemplateStore</name>
    <message>
        <source>The template&apos;s name is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1: the label is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1: the label is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1: the label &apos;%2&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1: the guidance is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ILP template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ILP template called &apos;%1&apos; that you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ILP template cannot be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an ILP template called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published template needs at least one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this template while you were editing it. Reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template that has been published cannot go back to draft: unpublish it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be published: it needs at least one field that someone can see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IlpTypes</name>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::InterventionStore</name>
    <message>
        <source>That intervention no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That intervention is not for a student in your group, or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only list the interventions you are keyworker for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown flag filter &apos;%1&apos;: use lac, ehc, sen, semh, pp or flag:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objective may be at most %1 characters long; one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intervention has at most three objectives (the mentoring action plan&apos;s limit), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer offered in the provision map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention needs the date it was planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date (%1) must be after the date the intervention is planned (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticked criterion is not one of the criteria for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timescale and external support may each be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student is not on roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the intervention&apos;s keyworker or the lead mentor may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intervention was concluded on %1; it cannot start again. Plan a new one at the hub if the student needs more support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intervention already started on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate a keyworker before starting the intervention: the keyworker delivers or oversees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intervention cannot start before the date it was planned (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intervention was concluded on %1; its objectives are part of the record now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parent contact is due for this intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the parents or carers were contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intervention was concluded on %1; it cannot be reviewed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intervention has not started yet: start it before reviewing its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review (%1) cannot be before the intervention started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the progress made since the intervention started or was last reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the impact of the intervention (for example on attendance and behaviour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress, impact and the conclusion report may each be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hub meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the next review, after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what changes: the intervention, the keyworker or the objectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervention changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objectives updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyworker changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intervention is concluded only with the keyworker&apos;s conclusion report: write the report before concluding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome of the intervention before concluding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concluded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the parents or carers of %1 to tell them the intervention has concluded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::LetterListModel</name>
    <message>
        <source>The letters list has no database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (student)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::LetterMerger</name>
    <message>
        <source>A merge field is not closed, or formatting splits it, at “%1”: retype it as {{field}} or pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“}}” without a matching “{{” near “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty merge field {{}}: pick a field from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown merge field %1: did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown merge field %1: pick a field from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot be used in %3 letters, only in %4 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The template has %n merge field problem(s); fix them in the template first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the gap marked “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field {{%1}} was never merged: type the text in its place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::LetterRenderer</name>
    <message>
        <source>There are no letters to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is too small for a letter: choose A4 paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or PDF file refused a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::LetterService</name>
    <message>
        <source>The student is not on the course the letter is meant to come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only write letters from a course you teach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not %1 for this student: they are not in your group or on your courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” is archived: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” has merge field problems; an administrator must fix them before letters can be made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who the letters are to: the parents and carers, the student, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, letter to %2: no %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no one to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) would have gaps where data is missing. Add the missing data, or create the letters anyway and fill the gaps in each draft.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the template&apos;s merge fields first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 does not exist, or is not one you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see letters: that needs a role that writes or tracks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been issued: an issued letter is kept exactly as it was sent and cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the letter&apos;s author, or a mentor or headteacher who tracks this student&apos;s letters, may change this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or issued %1 while you were editing it; reopen it to see their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the drafts to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was issued meanwhile and is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the letters to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some letters cannot be issued yet; edit the drafts first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was issued or deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still a draft: it can be acknowledged once it has been issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already recorded as %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before the letter was issued (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed meanwhile; reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::LetterTemplateStore</name>
    <message>
        <source>That letter template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not use %1 letter templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter template called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter has no text yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template called “%1” already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this template while you were editing it. Copy your text, reopen the template and apply your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::LetterTerms</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened / acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply slip returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened (read receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::LetterheadStore</name>
    <message>
        <source>The letterhead %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead needs the school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is too large (%1 KB): use an image under 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo could not be read: use a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo could not be converted to PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::LettersDemo</name>
    <message>
        <source>Headteacher: %1 · Northgate Academy is part of the Northgate Learning Trust. Demonstration data: every name and address is fictional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance below 90%: asks the family to arrange a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour concern: meeting request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated incidents: invites the family and student to a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termly assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covering letter for the term&apos;s assessment report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring: consent to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a 1:1 intervention: the keyworker, weekly 25-minute sessions, consent slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring: support has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes a 1:1 intervention after the hub&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment hub: plan agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells the family the hub discussed a referral and invites them to talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo letter resource %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo crest is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone 020 7946 0100 · office@northgate.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo template %1 is faulty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::LogEntryStore</name>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is in the future (the log records what has happened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary of the contact is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who was contacted: a parent or carer, a teacher or an external agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how: phone, email, meeting, letter, video call or text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the contact was for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the person or agency contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a parent or carer gives consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who, how and consent are only recorded for a contact, not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the lesson observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whether the student is on track, has some concerns or is not on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the review decided: continue, form a new plan or begin ending mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outcome is only recorded for a progress update or a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the follow-up date is before the entry&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That log entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 cannot be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this entry while you were editing it. Reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in cannot be recorded for a day still to come (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no check-in on %1 to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorCatalogue</name>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary with English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary with geography and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary with mathematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary with modern languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary with physical education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary with science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ancient Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ancient Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art and design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication and media studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design and technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English as a second or other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philosophy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social sciences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 to 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 to 14 - middle years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 to 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 to 19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced learning mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead learning mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have left the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have decided not to be a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 mentoring session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-class support in a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeds expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working towards expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My mentor listens to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our sessions help me work towards my targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel safe talking to my mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring helps me in my lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would recommend mentoring to a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 - strongly disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 - disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 - not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 - agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 - strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorLoadModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorMetrics</name>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: choose a period to count SMART targets closed in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: choose a period to count the 1:1 sessions due in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: choose a period to count the interventions concluded in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorOutbox</name>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been added as a mentor at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has added you as a mentor at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the details we hold about you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher reference number (TRN): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign in to Mentor Desk with the username %1. %2 will give you your first password; you will choose your own when you first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign in to Mentor Desk with your usual username, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If any of these details are wrong, reply to this message and we will correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been removed as a mentor at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed you from the mentoring team at %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The students you mentored have been allocated to other mentors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this was a mistake, you can ask the lead mentor or an administrator to reinstate you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been reinstated as a mentor at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reinstated you as a mentor at %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead mentor will tell you which students you will mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message has already been marked sent, or is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorOutboxModel</name>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorQualityModel</name>
    <message>
        <source>Listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feels safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorQualityStore</name>
    <message>
        <source>You may only %1 for yourself: the lead mentor sees the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mentor with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select whether this is a supervision meeting or CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the topic to %1 characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hours, more than 0 and no more than 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the notes to %1 characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is longer than %2 characters: shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 repeats an earlier item: remove one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one item for the observation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the observation must be today or in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select what was observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation has no checklist items: ask the lead mentor to set up the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a judgement for every item on the checklist (item %1 has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each comment to %1 characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the feedback was collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the feedback was collected must be today or in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer “%1” from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the comment to %1 characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This student has never been in this mentor&apos;s group, so they cannot give feedback about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the review must be today or in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an overall judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each answer to %1 characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the term the review covers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorRules</name>
    <message>
        <source>Enter a first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name must be %1 characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name must be %1 characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a teacher reference number (TRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a teacher reference number (TRN) that is 7 digits, like 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subject from the list of primary subject specialisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subject from the list of secondary subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an age range from the list for a primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an age range from the list for a secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage 2 is only offered with the age range &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key stage from the list for a primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key stage from the list for a secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date qualified as a teacher must be today or in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date started mentoring must be today or in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each answer to %1 characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a capacity between 1 and %1 students</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorStore</name>
    <message>
        <source>There is no mentor with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a free username for this mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentor with the teacher reference number (TRN) %1 has already been added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor with this email address was removed. Reinstate them instead of adding them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentor with this email address has already been added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another staff user already has the email address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself from the mentoring team. Ask an administrator or another lead mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select why the mentor is being removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for removing the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reason to %1 characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1 is not one of %2&apos;s current students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1 is given a new mentor twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a new mentor for each of %1&apos;s students before removing them (%n without a new mentor).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a mentor other than the one being removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is not a mentor: choose a member of the mentoring team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been removed from the team: choose an active mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would have %2 students, over their capacity of %3. Choose another mentor or raise their capacity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the reinstatement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been removed, so there is nothing to reinstate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorTeamModel</name>
    <message numerus="yes">
        <source>Caseload: %1 overdue item(s) for %n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no capacity set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to any students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to 1 student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned: full (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1 of %2 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision: last %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD hours this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorWeekModel</name>
    <message>
        <source>no lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Breaks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentoringGroupStore</name>
    <message>
        <source>Only a mentor or lead mentor can have a mentoring group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentoringRegisterModel</name>
    <message>
        <source>The mentoring register has no database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SEN keyworker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome and impact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MentorsDemo</name>
    <message>
        <source>BA (Hons) Education Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSc (Hons) Psychology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 Certificate in Supporting Teaching and Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 4 Certificate for Learning Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BA (Hons) Youth Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundation degree in Counselling Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGCE Secondary with QTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEd (Hons) with QTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School Direct (salaried) with QTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority learning mentor induction (3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative practice facilitator course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution-focused conversations, two-day course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROW model for mentors, online course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH needs in secondary schools (1 day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autism awareness, level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker role for students with an EHC plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment and trauma-informed practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional learning mentor network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pastoral leads&apos; forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National association for pastoral care in education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local SENCo cluster group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth worker at a community centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports coach for a local club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching assistant in a primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer with a young carers&apos; project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential care worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload review and priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting a student with anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the next half term&apos;s 1:1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working with parents who are hard to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endings: closing a long intervention well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing and workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-escalation techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution-focused conversations refresher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional literacy for adolescents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment for learning in 1:1 work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND Code of Practice: what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm, calm relationship; the student talked openly about the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear three-part structure; targets revisited at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good use of scaling questions to let the student judge progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave more time for looking forward and setting mini targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the session in the log the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the activity more closely to the hub&apos;s objectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the restorative practice course; hold fortnightly parent contact for every student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect learner feedback from each student before the end of term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring one case study to each supervision meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for the support with the harder cases this term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would like more time for planning sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy with the objectives we agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MergeFields</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course assessments for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1/%2 school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades in the term (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No behaviour events were recorded in the last %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events (table, last 12 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive points this school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative points this school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net points this school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L-PREVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead learning mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced learning mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename (preferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (as addressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation (Dear ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (for the reply slip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance this year (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker (mentor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring started on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ParentListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::PerformanceReview</name>
    <message>
        <source>Termly performance review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students (capacity %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students (no capacity set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART targets met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 session attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions concluded with better attendance or behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision and CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision meetings this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours in %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas for development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives for next term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance review: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Permissions</name>
    <message>
        <source>view students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit student records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see parents&apos; contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign students to mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change school settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate the demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the mentoring team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, change or remove mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reinstate a removed mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see mentors&apos; supervision, CPD and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record supervision, observations and reviews of mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record mentors&apos; CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the observation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record learner feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage letter templates and the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create attendance letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create behaviour letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create assessment letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create mentoring letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refer a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the referral register and the assessment hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the provision map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the mentoring register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage interventions and allocate keyworkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the interventions you are keyworker for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read mentoring logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write in mentoring logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see caseload expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage lesson timetables and the school calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule 1:1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export everything held on a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review and erase records past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read restricted safeguarding entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the behaviour log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import behaviour events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the behaviour categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see course assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess students on your courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve assessments and complete terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the assessment workflow&apos;s stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see 360° reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import course data and weekly attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage ILP templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see individual learning plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribute to individual learning plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create and manage individual learning plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create and assess midterm reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not %1: that needs the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProvisionMap</name>
    <message>
        <source>Stage 1: Support intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2: Short term managed intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3: Long term managed intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by any member of staff through contact with Learning Support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by any member of staff through the Assessment Hub referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by SENCo, DoL or SLT through referral process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2 interventions are requested through the referral process and the assessment hub decides on them: refer the student rather than asking learning support directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3 interventions are considered only at the discretion of the SENCo, a director of learning or senior leadership, following a discussion at the assessment hub. This is a direct request, so refer the student to the hub instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3 interventions are considered only following a discussion at an assessment hub meeting. An urgent decision outside a meeting may choose a stage 1 or stage 2 intervention; put the referral on the next hub&apos;s agenda for stage 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3 interventions are requested by the SENCo, a director of learning or senior leadership through the referral process. This referral was made by a member of staff, so choose a stage 1 or stage 2 intervention, or ask the SENCo, the director of learning or senior leadership to request stage 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That intervention type is not in the provision map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provision map has no intervention type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage must be 1, 2 or 3, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; the most is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a description of the intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what is provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description and the provision may each be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length in weeks must be from 1 to 156, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProvisionTypeModel</name>
    <message>
        <source>Stage %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Recipients</name>
    <message>
        <source>Dear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no parent or carer with parental responsibility is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReferralImporter</name>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns (Timestamp, Your name, Student UPN, Area of concern, Description of concern, Urgency, ...); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row (line %1) has more than one column named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: it has %2 fields but the header row has %3 (is a comma or quote missing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date (write dd/mm/yyyy or yyyy-mm-dd, a time may follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3 characters long; the most is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a role the referral form offers (write Member of staff, SENCo, Director of Learning or Senior leadership)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a student on the school&apos;s roll (import the students first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a student who has left the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not match the student with UPN %3 (check the UPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an area of concern (write Behaviour, Attendance, Social and emotional, Academic progress, SEN or Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not urgent or non-urgent (write Urgent or Non-urgent, or Yes or No)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an intervention in the provision map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the same response as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 row has a problem; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows have problems; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: line %2 could not be saved, so nothing was imported. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database refused the import, so nothing was imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReferralListModel</name>
    <message>
        <source>The referral register has no database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: act today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReferralStore</name>
    <message>
        <source>new and not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in its initial assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting the assessment hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being acted on urgently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is %1, so it cannot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral was closed on %1, so it cannot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That referral is not one you made or one for a student in your group, or it no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the lead mentor or an administrator may record a referral someone else made; your referrals are made in your own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student is not on the school&apos;s roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student has left the school, so they cannot be referred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the concern: what has happened and why you are referring the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description and what has been tried may each be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the member of staff who made the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrer&apos;s name may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticked criterion is not one of the criteria for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria can only be ticked for the intervention you have in mind: choose it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this referral meanwhile; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start an initial assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial assessment cannot start before the referral was made (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take new observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be sent to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is urgent: learning support discuss it at once with the director of learning and record an action plan the same day, rather than waiting for the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record learning support&apos;s observations from the initial assessment before sending the referral to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give today&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be acted on as urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an urgent referral is acted on at once; this one is non-urgent, so it goes to the next assessment hub meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the director of learning the urgent referral was discussed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the action plan agreed with the director of learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may be at most %1 characters and the action plan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan cannot be dated before the referral (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be closed (only a decided referral is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is monitoring this referral until its next meeting, where the recommendation is decided; it cannot be closed before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention this referral led to is still live. It closes when the intervention is concluded at a hub review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral cannot be closed before it was made (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Referrals</name>
    <message>
        <source>waiting for a keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parents to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct request to learning support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the intervention to parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell parents it has concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENT: assess and discuss with the director of learning today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial assessment by learning support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENT: record the action plan today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations, then send to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub proposed by %1 (no meeting scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hub meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the intervention now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored; recommendation at the hub %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored until the next hub meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stage %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, keyworker to be allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, keyworker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: sent to the form tutor for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: passed to the SENCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social and emotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intervention required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online referral form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportActivityModel</name>
    <message>
        <source>No activity recorded for this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages and posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend (minutes/week)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportCourseModel</name>
    <message numerus="yes">
        <source>%n figure(s) below the course average</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Below the course average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course average: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportGradesModel</name>
    <message>
        <source>No grades recorded for this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportImpact</name>
    <message>
        <source>Attendance (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive points per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative points per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 session rating (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes in courses per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades (% of scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportImpactModel</name>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportImporter</name>
    <message>
        <source>it has %1 fields but the header row has %2 (is a comma or quote missing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 fields but the header row has %2 (is a course name with a comma not in quotes?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a grade on the 9-1 or A*-U scale or a percentage (write 7, B or 72%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a student in this database (import the students first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a course in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; names more than one course; rename one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the student is not on this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date (write dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number from 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3 characters long; the most is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not mandatory or optional (write Mandatory or Optional, or Y or N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns (%2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row (line %1) has more than one column named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same student, %1 and %2 are already on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 row has a problem; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows have problems; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the database refused the import, so nothing was imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportProgressModel</name>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work recorded for this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min (class %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportStore</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That course is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see this course&apos;s 360° report: you do not teach it and none of your learners is on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportStudentListModel</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Restricted</name>
    <message>
        <source>Restricted entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a restricted entry: only its author, the lead mentor and headteachers can read or change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Retention</name>
    <message>
        <source>Mentoring records (log, sessions, targets, contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals, hub decisions and interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual learning plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole record of a student who has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>until the student&apos;s %n birthday</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 years after the student left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of record called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention period is between 1 and 100 years (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student id %1&apos;s %2 are not past their retention period; nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) erased under the rule: kept %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ReviewTerm</name>
    <message>
        <source>Autumn term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer term %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ScheduleRules</name>
    <message>
        <source>One session per student per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the first half of a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject missed more than twice per term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in an assessment week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on school days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor free at least one hour a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two sessions for the mentor at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period %1 is not a period of the school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student has no lesson in %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 minutes long, too short for a %3-minute session in its first half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student already has a session in the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be missed for the %2 time in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentor already has a session in %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentor would have %1 minutes free on %2; at least %3 are kept for ad hoc support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SchoolCalendar</name>
    <message>
        <source>Autumn term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, first half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, second half</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SchoolSettings</name>
    <message>
        <source>Unnamed school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SealedFile</name>
    <message>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to derive the encryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (is the disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encrypted Mentor Desk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its key parameters are not ones Mentor Desk writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete: it ends before its last part (was it cut short while copying?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been altered or damaged (a part of the wrong size at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or %1 has been altered. Nothing was read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been altered or damaged after byte %2; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been altered: there is data after its last part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SessionPrompts</name>
    <message>
        <source>Review the student&apos;s progress since the last meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help the student to identify WWW and EBI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss particular successes and address any difficulties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review their progress towards personal targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review behaviour data since the previous meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on a particular target identified in the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully plan the session, with the resources ready, linked to the mentoring objectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce some evidence of work, for example a completed worksheet or notes from the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify any difficulties or anxieties for the week ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Develop strategies to practise what you have worked on in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set mini targets to be reviewed by the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“So tell me something you have done that you are proud of since our last meeting.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Talk me through this incident in Maths yesterday…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“On a scale of 1ĵ, how does last week score?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What could you have done differently to avoid this incident last week…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What do you want to achieve over the next week at school?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Tell me about a lesson or day you are worried about in the next week.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What will a successful week look like next week?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“How will I know you have had a good week?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Who will notice if you have a good or bad week?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What have you learnt from this session that you could practise next week?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity planned for this session, linked to a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Tell me something you have done that you are proud of since our last meeting.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What could you have done differently to avoid this incident?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress towards the SMART target and last week&apos;s mini-targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour points, incidents and praise since the last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did together, for example a GROW conversation or a worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of work: a completed worksheet, notes from the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else worth recording.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SessionScheduler</name>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions: an assessment week (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions: no school days this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no lesson timetable (import one with “import timetable FILE”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 period without a lesson long enough for a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 periods without a lesson long enough for a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already missed %2 times this term (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lesson clashes with the mentor&apos;s other sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lessons clash with the mentor&apos;s other sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lesson would leave the mentor less than %1 minutes free (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 lessons would leave the mentor less than %1 minutes free (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be placed in the week of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SessionStore</name>
    <message>
        <source>That 1:1 session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is not a period of the school day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This student has no mentor yet: the lead mentor assigns one before sessions are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s rating of their week is from 1 to 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the session was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule a session by choosing its new day and period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session on %1 cannot be attended yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was already %1; it cannot be rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Student</name>
    <message>
        <source>No SEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHC plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::StudentImporter</name>
    <message>
        <source>it has %1 fields but the header row has %2 (is a comma or quote missing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 fields but the header row has %2 (is a name with a comma not in quotes?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3 characters long; the most is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains a line break or another control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date (write dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; gives an age of %3; a pupil must be aged %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a year group from %3 to %4 (write 7, Year 7 or Y7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a SEN status (write N, K or E, or No SEN, SEN Support or EHC Plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not yes or no (write Y or N, Yes or No, True or False, 1 or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns (UPN, Legal Surname, Legal Forename, ...); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row (line %1) has more than one column named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN &apos;%1&apos; is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 row has a problem; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows have problems; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the database refused the import, so nothing was imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::StudentListModel</name>
    <message>
        <source>Pupil premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social, emotional and mental health needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::StudentScope</name>
    <message>
        <source>You may not %1 for this student: they are not in your group or on your courses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::StudentStore</name>
    <message>
        <source>That student is not in your group or on your courses, or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student with UPN %1 is in your group or on your courses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SubjectAccess</name>
    <message>
        <source>Student record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment hub agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment hub decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence against the provision criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress notes on targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts with parents, teachers and agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback the student gave about mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual learning plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the learning plans say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midterm reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course data: activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course data: progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course data: grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Mentor Desk holds on this student, made on %1 by %2. Entries marked RESTRICTED are safeguarding records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries about this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (is the disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::TargetStore</name>
    <message>
        <source>The target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date it was set is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date (%1) is before the date it was set (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the steps are longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That target no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target cannot be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this target while you were editing it. Reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the target was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target cannot close (%1) before it was set (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the progress note before saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress note needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::TeamDashboardModel</name>
    <message>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students with overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::TimelineModel</name>
    <message>
        <source>1:1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week rated %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::TimetableImporter</name>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns (UPN, Day, Period, Subject); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: it has %2 fields but the header row has %3 (is a comma or quote missing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a student in this school (import the students first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a school day (write Monday to Friday, Mon to Fri, or 1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a period of the school day (the periods are %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3 characters long; the most is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a lesson on %2 period %3 (line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 row has a problem; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows have problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header row but no lessons; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database refused the import, so nothing was imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::TimetablePlanner</name>
    <message>
        <source>You may only plan the timetable of your own caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first day to plan from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan between 1 and 16 weeks at a time, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the lead mentor plans the whole team&apos;s timetables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timetable changed since this plan was proposed: the session on %1 would break a rule (%2). Nothing was saved; propose the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned session can be moved; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day to move the session to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is not a period of the school day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no 1:1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school calendar has no half term on or after %1: add the terms first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::TimetablePrint</name>
    <message>
        <source>1:1 mentoring timetable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks of %1 to %2. Each session is the first 25 minutes of the lesson shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring sessions, week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students: check when your 1:1 is. Teachers: the student leaves for the first 25 minutes of the lesson; if that is not possible, contact the mentor as soon as possible to reschedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 1:1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timetable could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Upn</name>
    <message>
        <source>UPN is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN &apos;%1&apos; must be 13 characters, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN &apos;%1&apos; must be a letter, 11 digits and a digit or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN &apos;%1&apos; has the wrong check letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::UserListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::UserStore</name>
    <message>
        <source>The password must be at least 8 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is one of the most commonly used passwords, the first ones an attacker tries. Choose another (a few unrelated words make a good one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username &apos;%1&apos; is not valid: use 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role&apos;s label must be 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account no longer exists or has been switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::WaitingQueueModel</name>
    <message>
        <source>%1 (Year %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stage %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, waiting %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Drag onto a mentor, or press Enter to choose a keyworker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli</name>
    <message>
        <source>Where to write the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the backup with a passphrase, for a copy that leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of PATH (implies --encrypt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup FILE: write a consistent copy of the database, even while it is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an encrypted backup: read the passphrase from the first line of PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore FILE: check the backup, keep the current database as a backup, then replace it. Close Mentor Desk on every desk using this database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a checked backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mentordesk-cli [--database PATH] [--user USERNAME] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command takes --help. The database defaults to the one in your application-data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run mentordesk-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a real school&apos;s data: --replace only replaces the demo school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many students (default 720).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the generator; the same seed gives the same school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the database file first (only when it is the demo school or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: fill an empty database with a synthetic demo school (no real names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--students must be a whole number from 1 to 200000, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school ready in %1 ms: %2 students, %3 parents/carers, %4 staff (%5 mentors). The app signs in as %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the demo school (--students N, --seed S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: create the database, or bring an existing one up to this version&apos;s schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only students matching TEXT (name, UPN, tutor group, flags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include students who have left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students: list the students you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats: counts of every kind of record, and the cohort&apos;s make-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: integrity check, schema version and the audit log&apos;s hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: entry %1 or one before it has been altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has been altered outside Mentor Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs updating: run mentordesk-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database or bring it up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List students (--filter, --format table|csv|json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of every kind of record (--format table|json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check and schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file the MIS exported (header row required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import students FILE: add students from a CSV file, or update them by UPN. If any row is wrong nothing is imported and every bad line is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import students needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import students from the MIS&apos;s CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with the columns UPN, Day, Period, Subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import timetable FILE: replace the lesson timetables of the students in the file. If any row is wrong nothing is imported and every bad line is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import timetable needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 lessons for %2 students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with the columns Kind (term, half_term, holiday, assessment_week), Name, Start, End.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import calendar FILE: replace the school calendar (terms, half terms, holidays, assessment weeks). If any row is wrong nothing changes and every bad line is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import calendar needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns Kind, Name, Start, End.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind &apos;%1&apos; is not term, half_term, holiday or assessment_week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows have problems; the calendar was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school calendar now has %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor whose caseload to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day to plan (yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many weeks (default 7, a half term).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table|csv|json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the proposed sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule --mentor USERNAME --from DATE [--weeks N] [--format json] [--apply]: propose weekly 1:1 sessions for a caseload that keep every rule, and explain any student it cannot place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule needs --mentor USERNAME and --from DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not a date (write yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weeks &apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 student-weeks already had a session and were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions proposed; run again with --apply to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor (default: the whole team, for the lead mentor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate as on this day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseload --mentor USERNAME [--format json]: what is done and what is overdue for each student on a mentor&apos;s caseload, and the step of the five-step approach each case is at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on &apos;%1&apos; is not a date (write yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import students&apos; lesson timetables from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the school calendar from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose (and --apply) a mentor&apos;s 1:1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is done and overdue on a caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s unique pupil number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the JSON export to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the readable copy as a PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the files with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export student UPN --out FILE.json [--pdf FILE.pdf]: everything held on one student, for a subject access request. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export student needs a UPN and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student with the UPN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export written to %1 (%2 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable copy written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything listed (asks for --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the erasure; it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review as on DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention [erase --yes]: list the records past their retention period, or erase them. The erasure is audited (by whom, under which rule), never the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention takes no argument but &quot;erase&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date like 2026-12-04, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erasing cannot be undone: run again with --yes to erase %n student record set(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Erased %1 records for %2 students; %3 audit entries blanked; the file went from %4 to %5 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is past its retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held on one student (subject access request) as JSON and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List (or erase with erase --yes) the records past their retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN, Course, Week, Minutes, and optionally Messages and Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN, Course, Task, Type (Mandatory or Optional), and optionally Due, Completed and Time Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN, Course, Date, Grade (9-1, A*-U or a percentage such as 72%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN, Week, Attendance (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with the columns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 FILE: add or replace %1 rows for the 360° reports and recompute the course averages. If any row is wrong nothing is imported and every bad line is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s last day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report student UPN: the 360° report&apos;s key figures for one student: activity, progress and grades per course against the class, and before / during / after each intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report student needs exactly one UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today &apos;%1&apos; is not a date (write YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student with UPN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact of interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interventions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import attendance by week from the MIS&apos;s CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 from the learning platform&apos;s CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a student&apos;s 360° report figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::BehaviourCommands</name>
    <message>
        <source>The CSV of behaviour events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import behaviour FILE: add behaviour events from a CSV file (columns UPN, Date, Time, Category, Points, Course, Place, Description, Action taken, Recorded by). If any row is wrong nothing is imported and every bad line is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import behaviour needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 behaviour events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events on or after this date (yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behaviour --student UPN: a student&apos;s behaviour events, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behaviour needs --student UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not a date (write yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student with UPN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term&apos;s name (default: the current term).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals --term NAME: every course of the term with the stage of its assessments, how many students are assessed and whom to remind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no terms yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import behaviour events from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a student&apos;s behaviour events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment approval queue of a term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::IlpCli</name>
    <message>
        <source>List every field with who sees and edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ilp templates: the ILP templates (administrators see drafts too), with their state and fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every plan of this student, in date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ilp plans [--student UPN]: without --student, the ILP student list (your students by group, one line per current plan); with it, all that student&apos;s plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published template&apos;s name (chosen for you when only one is published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The students&apos; UPNs, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ilp create --students UPN[,UPN...] --to YYYY-MM-DD [--template NAME] [--from YYYY-MM-DD]: one unpublished plan per student, all or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ilp create needs --students and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates must look like 2027-02-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no published ILP template called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ILP template is published yet: an administrator must publish one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n templates are published: choose one with --template.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) could not be found; no plan was made.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n plan(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Plan ids, as ilp plans lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ilp %1 PLAN...: all the plans or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plan id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one plan id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) now %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The student&apos;s UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s id (ilp plans --student UPN lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the copy is for: parent, student or mentor (default mentor). A parent&apos;s or student&apos;s copy holds only what they may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ilp print --student UPN --plan ID --as parent|student|mentor --out FILE.pdf: the plan as that reader sees it, on the school letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ilp print needs --student, --plan and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as must be parent, student or mentor, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan must be a plan id, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 is not one of %2&apos;s plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1&apos;s copy of plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ILP templates and their fields (--fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ILP student list, or one student&apos;s plans (--student UPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make plans from a published template (--students --to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish plans to students and parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan as PDF for a parent, the student or staff (--student --plan --as --out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::LetterCli</name>
    <message>
        <source>Output format: %1 (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter template&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The students&apos; UPNs, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the letters are to: parents (each parent or carer with parental responsibility), student, or both (default parents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents at the same address share one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course the letters come from (teachers write attendance letters from their courses; found for them when left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters&apos; date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only write the PDF: no letters are recorded or issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters render --template NAME --students UPN[,UPN...] [--to parents|student|both] --out FILE.pdf: merge a template for each student and recipient, one letter per page, into one PDF. The letters are recorded as issued (by PDF) unless --preview is given; if anything is missing nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters render needs --template, --students and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be parents, student or both, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date like 2027-03-04, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) could not be found; nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no one to write to; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters are signed by the member of staff you run as: add --user USERNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) would have gaps where data is missing; nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a preview of %n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)) to %1; nothing was recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; issued as %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only letters in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only letters of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this student&apos;s letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters list: the letters you may track, newest first, with their state (draft, issued, acknowledged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state must be draft, issued or acknowledged, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be attendance, behaviour, assessment or mentoring, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters templates: the letter templates you may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s reference, as printed (L-000042).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it came back (default reply_slip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters acknowledge REFERENCE: record that an issued letter was opened or its reply slip came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters acknowledge needs exactly one REFERENCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reference like L-000042, --how as one of reply_slip, parent_confirmed, student_confirmed or opened, and --on as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a template into letters, one PDF (--template --students --to --out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and their state (--state, --type, --student, --format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a reply slip or confirmation for a letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::MentorCommands</name>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include mentors who have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentors: the mentoring team with grade, caseload against capacity, status, overdue items, last supervision and CPD hours this school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher reference number (TRN): 7 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject, as listed for the school&apos;s phase (for example &quot;Mathematics&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age range (for example &quot;11 to 16&quot; or &quot;7 to 14 - middle years&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage (for example &quot;Key stage 3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentors add: add a mentor. Every answer is required; the answers offered depend on the school&apos;s phase. The new mentor gets a confirmation message in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentors add takes no arguments besides its options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age ranges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as a mentor with the username %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password (shown only now; they choose their own when they first sign in): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation message to the mentor is in the outbox (message %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentoring team (--format table|csv|json, --include-removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mentor (--first --last --trn --email --subject --age-range --key-stage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::ReferralCommands</name>
    <message>
        <source>The CSV the online referral form exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import referrals FILE: add the referral form&apos;s responses to the referral register. If any row is wrong nothing is imported and every bad line is listed; responses already imported are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import referrals needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new referrals, %3 already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only referrals in this state: %1, or open (everything not closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals: list the referrals you may see, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;: use %2 or open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this keyworker&apos;s interventions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this stage (1, 2 or 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only interventions whose review is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include concluded interventions with their outcome and impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register: the mentoring register, every student currently receiving an intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage must be 1, 2 or 3, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff user is called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub meetings: the assessment hub&apos;s meetings, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs one MEETING id (see hub meetings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id (see hub meetings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the minutes as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub minutes MEETING --pdf FILE: save a hub meeting&apos;s minutes as PDF (without --pdf the minutes are printed as HTML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub bulletin MEETING: the staff-bulletin text of a meeting&apos;s new actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the online referral form&apos;s CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List referrals (--status S, --format table|csv|json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentoring register (--format table|csv|json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List assessment hub meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a hub meeting&apos;s minutes as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub meeting&apos;s staff-bulletin text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::demo</name>
    <message>
        <source>Autumn term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn assessment week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring assessment week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer assessment week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly 1:1 sessions focused on %1; calls home every fortnight; a lesson observation each half term; progress updates to the lead mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained the mentoring, heard the parent&apos;s view and agreed to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the director of learning: sessions held, targets met, attendance and behaviour data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed progress against the objectives with the student; attendance and behaviour data improving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::AboutDialog</name>
    <message>
        <source>About Mentor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor Desk icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mentor Desk %1&lt;/h2&gt;&lt;p&gt;The learning-mentor team&apos;s desk.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © 2026 Mentor Desk contributors.&lt;/p&gt;&lt;p&gt;Mentor Desk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the GNU GPL&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of this desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where your data lives&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds pupil data: keep it, and every copy of it, as safely as the school&apos;s paper records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the version and the data locations, for a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::AccessibilityFixer</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ActionPlansDialog</name>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each planned intervention&apos;s action plan is shared with the student&apos;s tutor, the referrer and the parents or carers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the action plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;all as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every action plan for every recipient as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every action plan in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting planned no interventions, so there are no action plans to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::AddMentorWizard</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher reference number (TRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 digits, for example 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation message to the mentor is addressed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving changes updates the mentor&apos;s details straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you add the mentor, a confirmation message to them is written to the outbox, for you to copy into an email or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::AdditionalDetailsDialog</name>
    <message>
        <source>%1&apos;s additional details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date qualified as a teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date started mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;qualified as a teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;ualifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;started mentoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE&amp;ND training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject &amp;networks and associations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other experiences:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::AllocationPane</name>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority goes to looked-after children, students with EHC plan objectives, students on the SEN register for SEMH needs and students with the school&apos;s priority flags, then by the date referred. Drag a student onto a mentor, or select both and press Assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students waiting for a keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign keyworker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a keyworker to the selected student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentors: caseload against capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;capacity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected mentor&apos;s capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for a keyworker. Planned interventions without one appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) waiting for a keyworker, in priority order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a waiting student first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Year %2): %3, stage %4. Priority: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning and advanced learning mentors manage 6 to 8 students plus one high-needs SEN keyworker case; the lead learning mentor up to 3 students with complex needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caseload places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-needs SEN keyworker places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SEN keyworker places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ApprovalQueuePane</name>
    <message>
        <source>Approval queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected course&apos;s assessments (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to teacher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the selected course to its teacher with a comment (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send re&amp;minders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind the teachers who have not completed their assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the term complete and lock its assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses of the term and their assessment stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft assessment letters awaiting publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft assessment letters for your learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish selected letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selected draft letters to the families by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 courses: %2 not started, %3 in progress, %4 complete, %5 approved, %6 returned. %7 to remind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved the assessments of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the teacher of %1 look at again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 to its teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every course is complete: nobody needs a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remind %n teacher(s) who have not completed their assessments?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminders recorded for %n teacher(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recipients and message for email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list of teachers reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 complete? Every assessment in it is locked: nobody can change them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term is complete: its assessments are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the draft letters to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published %n letter(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::AssessmentsPane</name>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My course assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of the course&apos;s assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark assessments complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the course&apos;s assessments complete for the headteacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students and their grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You teach no course in this term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term is complete: these assessments are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the headteacher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the headteacher&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked the assessments of %1 complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::AssignKeyworkerDialog</name>
    <message>
        <source>Assign a keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload against capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-needs &amp;SEN keyworker case (the place outside the caseload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-needs SEN keyworker case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for assigning over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::AuditLogPane</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student&apos;s UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by student&apos;s UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show matching entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the matching entries as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Entries cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::BehaviourEntryDialog</name>
    <message>
        <source>Record behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or UPN, then Enter to add; add everyone involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a student involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Students:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students involved (Delete removes the selected one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson (course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor, canteen, playground…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student you may record for matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students match &quot;%2&quot;: type more of the name, or the UPN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::BehaviourPane</name>
    <message>
        <source>Behaviour log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a behaviour incident for one or several students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import behaviour events from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this student (UPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;ded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the filters show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events or weekly totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per student and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student-week(s); the lowest net points first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded the incident for %n student(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import behaviour events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n behaviour event(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::BehaviourRecordTab</name>
    <message>
        <source>Behaviour points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a behaviour event for this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s behaviour events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This school year: %n event(s), +%1 positive and %2 negative points (net %3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last four weeks: %n event(s), net %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Behaviour recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::CalendarDialog</name>
    <message>
        <source>School calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, for example Spring assessment week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::CaseloadPane</name>
    <message>
        <source>No students are on this caseload yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students · nothing overdue on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students · %2 overdue on %3 (in red, saying how late).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My caseload dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in the selected student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the selected student for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One click per student per day (Ctrl+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected student&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a student to check in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::CaseloadView</name>
    <message>
        <source>One row per student. Overdue items say how late they are. Enter opens the student&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a new one before you go on: at least 8 characters, not one of the most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters, not one of the most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ChecklistDialog</name>
    <message>
        <source>Edit the observation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item a line. Observations already made keep the items they were made against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items, one a line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::DecisionPanel</name>
    <message>
        <source>Choose a referral on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral being decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Planned intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Monitor and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 No intervention required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 SEN assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intervention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria the student meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick with Space each criterion the student meets, as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria &amp;met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-needs SEN &amp;keyworker case (outside the caseload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-needs SEN keyworker case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity, &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for assigning over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this mentor despite a full caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timescale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External support needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None, or the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of who monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes for the minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate later (the allocation queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · referred %3 by %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrer had in mind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored since %1: record the recommendation, a planned intervention or no intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SENCo monitors this student (they are on the SEN register) until the next hub meeting, contacts the parents or carers and then recommends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The director of learning monitors this student until the next hub meeting, contacts the parents or carers and then recommends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the four decisions first (Alt+1 to Alt+4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::DevelopmentDialog</name>
    <message>
        <source>Record CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a supervision meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::DocumentPrinter</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::DraftEditorDialog</name>
    <message>
        <source>Draft %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 letter “%2” about %3. Edit the text as it will be printed; the letterhead and footer are added when it is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to issue: no gaps or unmerged fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this letter can be issued:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::FeedbackDialog</name>
    <message>
        <source>Record learner feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date collected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the student said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the student who gave the feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::FirstAdministratorDialog</name>
    <message>
        <source>Set up your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. Name the school and create the first administrator: they add the other staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::FirstRun</name>
    <message>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor Desk databases (*.sqlite *.mentordesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MIS&apos;s student export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the school&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Mentor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Mentor Desk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school database on this computer yet. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up school of 720 students to look around and train on, signed in as its lead mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the database goes, name the school and its phase, create the first administrator and set the letterhead for letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import students from the MIS export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a school as above, then import the students from your MIS&apos;s CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school database that a colleague has set up, or a copy of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Mentor Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::HelpViewer</name>
    <message>
        <source>Mentor Desk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrows the contents to the pages holding every word. Enter finds the next match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Mentor Desk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page holds all of those words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::HubPane</name>
    <message>
        <source>Assessment hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a hub meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees and &amp;notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the meeting as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes, action plans and bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save minutes as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;bulletin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions to re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the selected &amp;intervention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the selected intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n referral(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No hub meetings yet. Schedule one (Alt+S): referrals waiting for the hub go onto its agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2. Attendees: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) on the agenda have no decision. They go onto the next meeting scheduled. Mark the meeting as held?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an intervention to review in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That intervention was reviewed at this meeting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s new actions in simplified form for every member of staff, with no sensitive detail. Copy it into the staff bulletin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the bulletin text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::IlpCreateDialog</name>
    <message>
        <source>New learning plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One plan for each of the %n selected student(s). The plan copies the template as it is now; later changes to the template do not reach it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::IlpFieldEditor</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use their text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: changed by %1 meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their text kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::IlpPlansPane</name>
    <message>
        <source>&amp;Create plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my mentoring &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual learning plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your students by group, one row per current plan. Select one student, several, or none for the whole group, then act on the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only students in my mentoring group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create plans for the selected students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selected plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the student&apos;s ILP page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students and their current plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the ILP student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create plans for the whole group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no students to make plans for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ILP template is published yet: an administrator must publish one before plans can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %n unpublished plan(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n plan(s): the students and their parents can now see them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n plan(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n plan(s) for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete learning plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n plan(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::IlpReviewsPane</name>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess se&amp;lected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midterm reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interim feedback for each student on a course. It is not part of the assessment record; mentors see it on the student&apos;s learning plan for the period it falls in. Set the scale before assessing anyone: it locks after the first assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midterm reviews of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New midterm review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade scale, one grade a line; empty for no grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ale (one a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review&apos;s name, date and scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess&amp;ments (saved as you go):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students&apos; assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several at once, &amp;grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade for the selected students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected students this grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n student(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scale is locked: %n student(s) have been assessed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No grade scale: comments only. You can still add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale can change until the first student is assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midterm review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new review: name it and set the scale (or clear it for comments only) before assessing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the students to give this grade first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::IlpStudentPage</name>
    <message>
        <source>Add to pla&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove from plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this view is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plans, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors working on this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor to add to or remove from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the mentor to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mentor from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Midterm reviews in this plan&apos;s period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midterm reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Viewing as the student: only published plans, and only the fields the template shows to students. %n plan(s) hidden from them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Viewing as a parent: only current, published plans, and only the fields the template shows to parents. %n plan(s) hidden from them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan to show. Create one from the ILP student list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other mentors added to this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also working on this plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Midterm reviews in this plan&apos;s period (%1 to %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity dates saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now work on this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer works on this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plan as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::IlpTemplatesPane</name>
    <message>
        <source>&amp;New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;npublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILP templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template lists the fields of a plan and, for each, who can see it and who can edit it. A role that cannot see a field never gets it, whatever its edit tick. Plans copy their template when they are made: saving a template never changes existing plans. Unpublish a template to stop its use; plans made from it stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ILP template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields and who sees and edits them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields (tick who can see and who can edit each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the field up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the field down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n plan(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n plan(s) made from it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;. Plans already made from it are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the draft &apos;%1&apos;: name it, add its fields, save, then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: mentors can now make plans from &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished: no new plans can be made from &apos;%1&apos;; existing plans are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::LetterActions</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft letter(s) created. Check them, then print or save them to issue them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) issued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n already issued letter(s) reproduced exactly as sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the letters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record the %n draft(s) you printed as issued? Issued letters are kept exactly as printed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled: nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving cancelled: no PDF was written and nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those letters have already been issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record that you emailed the %n draft(s) as they stand? They will be kept exactly as they are now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, about %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways a reply comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft letter(s)? Issued letters are never deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::LetterListWidget</name>
    <message>
        <source>&amp;New letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by e&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as sent by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the selected letters as they will print (Ctrl+P prints from the preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected letters as one job; drafts become issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected letters as one PDF, each on a new page; drafts become issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you emailed the selected drafts; they become issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of letters shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No letters match. Change the filters, or write new letters with New letters… (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::LetterPrinting</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print %n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letters as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::LetterTemplatesPane</name>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete or arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete or archive template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter&amp;head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student to preview with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead saved. New letters, and drafts when printed, use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet. Choose New template to write the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template is archived: letters can no longer be made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;{{recipient.name}}&lt;br /&gt;{{recipient.address}}&lt;/p&gt;&lt;p align=&quot;right&quot;&gt;{{letter.date}}&lt;/p&gt;&lt;p&gt;{{recipient.salutation}},&lt;/p&gt;&lt;p&gt;&lt;b&gt;{{student.full_name}} ({{student.tutor_group}})&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;/p&gt;&lt;p&gt;Yours sincerely,&lt;/p&gt;&lt;p&gt;{{sender.name}}&lt;br /&gt;{{sender.role}}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new template: give it a name and a type, write the letter and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”. Letters already made from it are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter template saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a student to preview the letter with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for %1 with this student: those places are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? If letters were made from it, it is archived instead, so those letters keep their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was archived: letters were made from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::LetterheadDialog</name>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead is printed at the top of every letter, with the footer at the foot of each page. Letters already issued keep the letterhead they were sent with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address (one line each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image that can be used: choose a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::LettersPane</name>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to the families and students of the whole school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to the families of the students in your group, and the letters you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters you wrote. Teachers write attendance letters for students on their courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show letters in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show letters of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by student, recipient, template or reference (L-000123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::LettersRecordTab</name>
    <message>
        <source>No letters to this student or their family yet. Write one with New letters… (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::LockScreen</name>
    <message>
        <source>Mentor Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor Desk (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::LogDialogs</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::LogEntryDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson observed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress against the &amp;objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed to do next, if anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restricted (safeguarding): only me, the lead mentor and headteachers can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others see only that there is a restricted entry. It is left out of letters and prints unless someone allowed to read it includes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MainWindow</name>
    <message>
        <source>Mentor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a screen. Ctrl+1 to Ctrl+9 jump straight to an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student by name or UPN (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school: the data is made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the generated demo school: every name and record is made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New school database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;encrypted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy sealed with a passphrase, for a backup that leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mentor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Never backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now with File → Back up now (Ctrl+Shift+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Last backup %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup for a week: back up now with File → Back up now (Ctrl+Shift+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Mentor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Restore the newest backup, %2 (made %3)? The file as it is now is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1; the damaged file is kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor Desk databases (*.sqlite *.mentordesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or open it with File → Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor Desk databases (*.sqlite *.mentordesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup will be sealed with this passphrase (Argon2id and XChaCha20-Poly1305), so it can be kept off this computer. Restoring it asks for the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted Mentor Desk backups (*.mdsealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor Desk backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor Desk backups (*.sqlite *.mdsealed);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?

The database as it is now is kept as a backup first. Other desks using this file must close Mentor Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The previous database is kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import students from the MIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 new, %4 updated, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide, at the page for this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First screen in the navigation (Ctrl+2, Ctrl+3… the next ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen at once (your password unlocks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a list: Down moves from the filter into the list, Enter opens the student, Esc clears the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MeetingDialog</name>
    <message>
        <source>Attendees and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a hub meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attended, and notes for the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub meets about once per half term, usually in the middle of it. Referrals waiting for the hub go onto the new meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ttendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes for the minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MentorDetailsTab</name>
    <message>
        <source>Mentor details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject networks and associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher reference number (TRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date qualified as a teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date started mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other experiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;grade and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save grade and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade and capacity message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade and capacity saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade or capacity has been set for this mentor yet: choose them and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional details saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MentorDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave at “Not given” when it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MentorOutboxView</name>
    <message>
        <source>Messages to mentors wait here. Copy one into your email, or print it, then mark it sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty. Adding, removing or reinstating a mentor writes a message to them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the message as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message copied: paste it into an email to the mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MentorRecord</name>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentor in the list to see their details, supervision, CPD, observations, feedback and performance review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor record sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision and C&amp;PD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner &amp;feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MentorRecordsTab</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision and CPD records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;supervision meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;CPD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an &amp;observation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record learner &amp;feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision meetings or CPD recorded yet. Record each supervision meeting and each piece of CPD here: regular supervision and CPD keep support consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school year: %1 supervision meetings (last: %2), %3 hours of CPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observations yet. Observe a 1:1 session or in-class support against the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 observations; average checklist score %2 (met counts in full, partly met as half).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learner feedback yet. Ask each student on the caseload to answer the five questions about their mentoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questionnaires, average %2 out of 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MentorStepPage</name>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MentoringLogTab</name>
    <message>
        <source>Five-step progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New 1:1 &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new 1:1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an entry in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART &amp;target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a new SMART target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives and &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring log timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Enter or double-click opens an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART t&amp;argets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a progress note to the selected target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this kind is logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is logged yet. Start with the initial meeting with home (Record → Contact) and plan the first 1:1 session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five steps: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Checked in today (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the target that was met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done to the student. Agree a new target with them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the target the note is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MentorsPane</name>
    <message>
        <source>Mentoring team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring team sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from the team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen mentor from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate the chosen mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show r&amp;emoved mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show removed mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utbox (%1 not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no mentors yet. Add the first with 쫝 a mentor”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been added as a mentor with the username %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their first password is %1 — give it to them yourself; it is shown only now, and they choose their own when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation message to them is in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been removed from the mentoring team and their students reallocated. The message telling them is in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate %1 as a mentor? They get their roles back and a message in the outbox. Allocate students to them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been reinstated. The message telling them is in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MoveSessionDialog</name>
    <message>
        <source>Move a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move that breaks a rule is still saved, and flagged on the timetable with the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::MyDevelopmentPane</name>
    <message>
        <source>My development</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::NewLettersDialog</name>
    <message>
        <source>New letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each &amp;parent or carer with parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents at the same address &amp;share one letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents at the same address share one letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudents (tick those to write about):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, UPN or tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no letter templates you may use. An administrator writes them under Administration → Letter templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) for</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n student(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to parents and carers, %2 to students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) would have gaps where data is missing:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create the drafts anyway? The gaps are marked in red, and a letter cannot be issued until they are filled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::NewReferralDialog</name>
    <message>
        <source>Refer a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your concern for the assessment hub. Learning support make an initial assessment; urgent referrals are discussed with the director of learning today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, tutor group or UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of &amp;concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent: act today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;on-urgent: for the next hub meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted (safe&amp;guarding): only me, the lead mentor and headteachers read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others who see the register see only that there is a restricted referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3 interventions are considered only when the SENCo, a director of learning or senior leadership request them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has happened, where and how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating plan, calls home, report card...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been &amp;tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention in mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intervention in mind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria the student meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to tick a criterion the student meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria &amp;met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave blank when you are the referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the student you are referring: type part of their name and pick them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::NewSessionDialog</name>
    <message>
        <source>Plan a 1:1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions are the first 25 minutes of a lesson. The timetable shows any rule a session breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ObservationDialog</name>
    <message>
        <source>Record an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: a judgement for every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is empty: the lead mentor sets it up with ᳭it the checklist”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To de&amp;velop:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::PaneRegistry</name>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My caseload dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your students (360°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses (360°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midterm reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILP templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::PassphraseDialog</name>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters. Keep it somewhere safe: without it the file cannot be opened, by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::PerformanceReviewTab</name>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas for development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives for next term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verall judgement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Areas for development:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ob&amp;jectives for next term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor&apos;s comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance review %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved. Print it or save it as PDF for the mentor to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentor and a term first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the performance review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::PlanDialog</name>
    <message>
        <source>Objectives and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives of the intervention (up to three at a time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new objective, as the assessment hub set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark objective achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly 1:1 sessions, liaison with staff and family, lesson observations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review progress &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ProposalDialog</name>
    <message>
        <source>Plan 1:1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed, and weeks without sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students not placed and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save these sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone is placed in every week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions proposed; %2 not placed; %3 already booked and left as they are. Each keeps every rule: one a week, the first half of a lesson, no subject missed more than twice a term, none in an assessment week, an hour a day free, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ProvisionMapPane</name>
    <message>
        <source>Provision map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may request each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 &amp;mentoring (a mentoring action plan of up to three objectives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the intervention type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an intervention type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the new intervention type, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::RecordTabs</name>
    <message>
        <source>Le&amp;tters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals and interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentoring log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;360°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning pla&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ReferralDetailPanel</name>
    <message>
        <source>Referral details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start initial &amp;assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the initial assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record learning support&apos;s observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the &amp;hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the next hub meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the urgent action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the urgent referral now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open student &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the student&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a referral in the register to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 · %2 · UPN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: discuss with the director of learning today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: a safeguarding referral, read only by its referrer, the lead mentor and headteachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention in mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, discussed with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning support make an initial assessment and begin a series of observations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observations so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial assessment started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning support&apos;s observations: in class, round-robins, staff evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the agenda of the hub meeting on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the hub: no meeting is scheduled, so the hub is proposed by %1. Schedule one in the Assessment hub screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent referral is discussed at once with the relevant director of learning, and the action plan is recorded the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director of learning discussed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent action plan recorded. Decide the intervention now or at the next hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the urgent referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decided referral is closed once its actions are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ReferralsPane</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import referral form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the referral form&apos;s CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, UPN, tutor group or referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only referrals I made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of referrals shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no referrals yet. Refer a student with New referral (Ctrl+Shift+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral matches the filters. Clear the filter (Esc) or choose All referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral made. Learning support will make an initial assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the referral form&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 new referrals, %4 already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::RegisterPane</name>
    <message>
        <source>Mentoring register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring register: my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, UPN, intervention or keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include conc&amp;luded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include concluded interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of interventions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents co&amp;ntacted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the parents were contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bjectives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate &amp;keyworker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate a keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the mentoring register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n intervention(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHC plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interventions match. Clear the filters, or plan interventions at the assessment hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an intervention to see its objectives and act on it. Enter opens the student&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, stage %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timescale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Impact: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyworker has met the student and the first session is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the day the parents or carers were contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent contact recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to three objectives that the mentor and the student work towards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective &amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (stage %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue reviews only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::RemoveMentorDialog</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 takes them out of the mentoring team. They get a message (in the outbox) saying they have been removed and that they can ask to be reinstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are they being removed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details (needed for another reason):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no students, so there is nobody to reallocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new mentor for each of %1&apos;s %2 students first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentor for every student not yet given one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every student not yet reallocated &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students to reallocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentor for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ReportChartPanel</name>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the %1 chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print c&amp;hart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the %1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ReportCharts</name>
    <message>
        <source>No activity recorded for this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity recorded in any course for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: all courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages and posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes in course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work recorded in any course for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: work completed against the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grades recorded for this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grades recorded in any course for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades: mean over all courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the grade scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pastoral picture (attendance, behaviour, 1:1 sessions and interventions) is for the student&apos;s mentor, the lead mentor and the headteacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance, behaviour points or 1:1 session ratings recorded for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance or 1:1 session ratings recorded for this student, and no behaviour data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pastoral: attendance, behaviour and 1:1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pastoral: attendance and 1:1 sessions (no behaviour data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points a week / 1:1 rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 rating (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learners of this course are in your view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity, work or grades recorded for this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: learners %2-%3 of %4 against the course average (100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the course average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ReportCoursesPane</name>
    <message>
        <source>360° reports: courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page of learners in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page of learners in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n learner(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You have no courses to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course averages over %1 learners: %2 minutes a week, %3 messages a week, mandatory work %4, optional work %5, grades %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity recorded for this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) below the course average in most of their figures (in bold); each figure below the average is shaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Learners %1-%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ReportOutput</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written as a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened for drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance this year (MIS): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance over the last %1 weeks recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in courses: %1 minutes a week (class average %2) over %3 courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in courses: no activity recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory work completed: %1 of %2 (%3; class %4), %5 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory work: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades: %1 of the scale on average (course averages %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 sessions: %1 rated, mean %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour: no behaviour data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: before %3, during %4, after %5 (change %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360° summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · printed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360° summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ReportStudentView</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the one-page 360° summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four charts and the key figures on one page, for the hub&apos;s termly review (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the one-page 360° summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360° report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pastoral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;storal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course shown in the activity chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course shown in the grades chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a student to see their 360° report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All courses (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see the courses you teach; the student&apos;s mentor sees all their courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a student first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360-summary-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the 360° summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ReportStudentsPane</name>
    <message>
        <source>360° reports: your students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, UPN or tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many students are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no students to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 students; type a name to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::RetentionPane</name>
    <message>
        <source>How long each kind of record is kept. Records past their period are listed below; erasing them removes them from the database for good (backups age out on their own). The audit log keeps that they were erased, by whom and under which rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records past their retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the rule since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the ticked records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the ticked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years to keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student&apos;s birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day they left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the period for %1 counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is past its retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student record set(s) past their retention period. Tick what to erase (Space ticks the current row).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the records to erase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase %n student record set(s) for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Erased %1 records; %2 audit entries blanked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ReviewDialog</name>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review an intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stage %2, keyworker %3. Started %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress against the objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on attendance, behaviour, wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the intervention to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;tervention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the keyworker to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for assigning over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed when the new keyworker is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyworker&apos;s conclusion report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion &amp;report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::RichTextToolBar</name>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::SessionEditor</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Review the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Look forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was missed or cancelled (needed for those)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the teacher cannot let the student come: choose another lesson and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the teacher asked, an assessment in that lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you type · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s rating of their week, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week &amp;rated (1ĵ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example questions (double-click or Enter to add one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example questions for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples of session focus:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples of session focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 session, %1, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, leaving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes save as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored notes not yet saved (autosaved %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: your role does not write mentoring logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled, but the new slot breaks a rule: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::SessionEditorDialog</name>
    <message>
        <source>1:1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::SignInDialog</name>
    <message>
        <source>Sign in to Mentor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::StepDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::StudentRecordPane</name>
    <message>
        <source>No student is open.

Choose one from the Students list, or search with Ctrl+F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access e&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held on this student, as JSON and a readable PDF, for a subject access request. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student record sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the export with a passphrase? Do this when the files will leave this computer (by email or on a memory stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON and PDF files will be sealed with this passphrase. Give it to the person who receives them by another route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export written to %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHC plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parents or carers are recorded for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parent(s) or carer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parents&apos; contact details are for mentors and headteachers (your role does not include them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::StudentReferralsTab</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fer this student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals you may see for this student. Refer them with Refer this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::StudentsPane</name>
    <message>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, UPN, tutor group or flag (for example: 8B LAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the list; every word must match. Press Down to move into the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student matches “%1”. Check the spelling, or clear the filter (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students are assigned to you yet. The lead mentor allocates students to mentors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no students yet. Import them from your MIS with File → Import students (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::TargetDialog</name>
    <message>
        <source>SMART target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SMART target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by the student and mentor. Each part is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specific:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achievable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relevant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime-bound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the student&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is within reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smaller steps or actions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to one objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agree the target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::TeamDashboardPane</name>
    <message>
        <source>Team caseload dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per mentor and one for the whole team. Choose a row to see those students below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students of the chosen mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mentor&apos;s students:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s students:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentors · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::TemplateEditor</name>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body of the letter. Merge fields are written {{field}}; pick them from the list of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter merge fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to insert the field at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge field problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the letter does not include {{recipient.address}}, so it will not show who it is addressed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the letter does not greet anyone: add {{recipient.salutation}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every merge field is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::TimetableDialogs</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::TimetablePane</name>
    <message>
        <source>Timetable of 1:1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;entor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (the published timetable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan the half term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the half term&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor&apos;s timetable for the half term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 mentoring timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly published timetable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import lesson timetables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import lesson timetables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods down, days across. Enter opens the session in the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 1 breaks a rule (shown in the cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 break a rule (shown in the cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan the half term to fill the timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session in the timetable to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was moved, and is flagged because the move breaks a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session moved; it keeps every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson timetables not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson timetables imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 lessons for %2 students.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::UsersPane</name>
    <message>
        <source>Staff and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the selected user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected user a temporary password; they must change it when they next sign in. This also lifts a lockout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password for %1 (tell them in person; they choose their own at the next sign-in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset. They must change it when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was added. They sign in with the first password you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role labels saved. The navigation shows them the next time you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
