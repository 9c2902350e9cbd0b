<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>md::AssessmentService</name>
    <message numerus="yes">
        <source>%1 has %n course(s): move them to another term before deleting it.</source>
        <translation>
            <numerusform>%1 has %n course: move it to another term before deleting it.</numerusform>
            <numerusform>%1 has %n courses: move them to another term before deleting it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) on the course have no grade yet: give every student a grade before marking the assessments complete.</source>
        <translation>
            <numerusform>%n student on the course has no grade yet: give every student a grade before marking the assessments complete.</numerusform>
            <numerusform>%n students on the course have no grade yet: give every student a grade before marking the assessments complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) of %1 are not approved yet: approve every course before completing the term.</source>
        <translation>
            <numerusform>%n course of %1 is not approved yet: approve every course before completing the term.</numerusform>
            <numerusform>%n courses of %1 are not approved yet: approve every course before completing the term.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) of %1 are not marked complete by their teachers yet: the workflow needs every course complete before the term is.</source>
        <translation>
            <numerusform>%n course of %1 is not marked complete by its teacher yet: the workflow needs every course complete before the term is.</numerusform>
            <numerusform>%n courses of %1 are not marked complete by their teachers yet: the workflow needs every course complete before the term is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BehaviourCategoryModel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BehaviourCategoryService</name>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n event(s): its type cannot change. Retire it and add a new category instead.</source>
        <translation>
            <numerusform>&quot;%1&quot; is used by %n event: its type cannot change. Retire it and add a new category instead.</numerusform>
            <numerusform>&quot;%1&quot; is used by %n events: its type cannot change. Retire it and add a new category instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n event(s): retire it instead, so those events keep their category.</source>
        <translation>
            <numerusform>&quot;%1&quot; is used by %n event: retire it instead, so those events keep their category.</numerusform>
            <numerusform>&quot;%1&quot; is used by %n events: retire it instead, so those events keep their category.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BehaviourImporter</name>
    <message numerus="yes">
        <source>%1: %n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%1: %n row has problems; nothing was imported.</numerusform>
            <numerusform>%1: %n rows have problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::CalendarImporter</name>
    <message numerus="yes">
        <source>%1: %n rows have problems; the calendar was not changed.</source>
        <translation>
            <numerusform>%1: %n row has problems; the calendar was not changed.</numerusform>
            <numerusform>%1: %n rows have problems; the calendar was not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::HubDocuments</name>
    <message numerus="yes">
        <source>%1 · %2 · %n intervention(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n intervention</numerusform>
            <numerusform>%1 · %2 · %n interventions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::IlpReviewStore</name>
    <message numerus="yes">
        <source>The scale of &apos;%1&apos; is locked: %n student(s) have been assessed on it.</source>
        <translation>
            <numerusform>The scale of &apos;%1&apos; is locked: %n student has been assessed on it.</numerusform>
            <numerusform>The scale of &apos;%1&apos; is locked: %n students have been assessed on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ImportProblems</name>
    <message numerus="yes">
        <source>… and %n more lines with problems</source>
        <translation>
            <numerusform>… and %n more line with problems</numerusform>
            <numerusform>… and %n more lines with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::LetterMerger</name>
    <message numerus="yes">
        <source>The template has %n merge field problem(s); fix them in the template first.</source>
        <translation>
            <numerusform>The template has %n merge field problem; fix it in the template first.</numerusform>
            <numerusform>The template has %n merge field problems; fix them in the template first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::LetterService</name>
    <message numerus="yes">
        <source>%n letter(s) would have gaps where data is missing. Add the missing data, or create the letters anyway and fill the gaps in each draft.</source>
        <translation>
            <numerusform>%n letter would have gaps where data is missing. Add the missing data, or create the letter anyway and fill the gaps in its draft.</numerusform>
            <numerusform>%n letters would have gaps where data is missing. Add the missing data, or create the letters anyway and fill the gaps in each draft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::MentorStore</name>
    <message numerus="yes">
        <source>Choose a new mentor for each of %1&apos;s students before removing them (%n without a new mentor).</source>
        <translation>
            <numerusform>Choose a new mentor for each of %1&apos;s students before removing them (%n without a new mentor).</numerusform>
            <numerusform>Choose a new mentor for each of %1&apos;s students before removing them (%n without a new mentor).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::MentorTeamModel</name>
    <message numerus="yes">
        <source>Caseload: %1 overdue items for %n student(s)</source>
        <translation>
            <numerusform>Caseload: %1 overdue items for %n student</numerusform>
            <numerusform>Caseload: %1 overdue items for %n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ReferralImporter</name>
    <message numerus="yes">
        <source>%1: %n rows have problems; nothing was imported.</source>
        <translation>
            <numerusform>%1: %n row has problems; nothing was imported.</numerusform>
            <numerusform>%1: %n rows have problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ReportCourseModel</name>
    <message numerus="yes">
        <source>%n figure(s) below the course average</source>
        <translation>
            <numerusform>%n figure below the course average</numerusform>
            <numerusform>%n figures below the course average</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ReportImporter</name>
    <message numerus="yes">
        <source>%1: %n rows have problems; nothing was imported.</source>
        <translation>
            <numerusform>%1: %n row has problems; nothing was imported.</numerusform>
            <numerusform>%1: %n rows have problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::Retention</name>
    <message numerus="yes">
        <source>until the student is %n year(s) old</source>
        <translation>
            <numerusform>until the student is %n year old</numerusform>
            <numerusform>until the student is %n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the student left</source>
        <translation>
            <numerusform>%n year after the student left</numerusform>
            <numerusform>%n years after the student left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) erased under the rule: kept %1</source>
        <translation>
            <numerusform>%n record erased under the rule: kept %1</numerusform>
            <numerusform>%n records erased under the rule: kept %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::StudentImporter</name>
    <message numerus="yes">
        <source>%1: %n rows have problems; nothing was imported.</source>
        <translation>
            <numerusform>%1: %n row has problems; nothing was imported.</numerusform>
            <numerusform>%1: %n rows have problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::WaitingQueueModel</name>
    <message numerus="yes">
        <source>%1, waiting %n day(s)</source>
        <translation>
            <numerusform>%1, waiting %n day</numerusform>
            <numerusform>%1, waiting %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli</name>
    <message numerus="yes">
        <source>Erasing cannot be undone: run again with --yes to erase %n student record set(s).</source>
        <translation>
            <numerusform>Erasing cannot be undone: run again with --yes to erase %n student record set.</numerusform>
            <numerusform>Erasing cannot be undone: run again with --yes to erase %n student record sets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli::IlpCli</name>
    <message numerus="yes">
        <source>%n templates are published: choose one with --template.</source>
        <translation>
            <numerusform>%n template is published: choose one with --template.</numerusform>
            <numerusform>%n templates are published: choose one with --template.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) could not be found; no plan was made.</source>
        <translation>
            <numerusform>%n student could not be found; no plan was made.</numerusform>
            <numerusform>%n students could not be found; no plan was made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n plan(s): </source>
        <translation>
            <numerusform>Made %n plan: </numerusform>
            <numerusform>Made %n plans: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) now %1.</source>
        <translation>
            <numerusform>%n plan now %1.</numerusform>
            <numerusform>%n plans now %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)) to %1.</source>
        <translation>
            <numerusform> (%n page) to %1.</numerusform>
            <numerusform> (%n pages) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli::LetterCli</name>
    <message numerus="yes">
        <source>%n student(s) could not be found; nothing was written.</source>
        <translation>
            <numerusform>%n student could not be found; nothing was written.</numerusform>
            <numerusform>%n students could not be found; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) would have gaps where data is missing; nothing was written.</source>
        <translation>
            <numerusform>%n letter would have gaps where data is missing; nothing was written.</numerusform>
            <numerusform>%n letters would have gaps where data is missing; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a preview of %n letter(s)</source>
        <translation>
            <numerusform>Wrote a preview of %n letter</numerusform>
            <numerusform>Wrote a preview of %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)) to %1; nothing was recorded.</source>
        <translation>
            <numerusform> (%n page) to %1; nothing was recorded.</numerusform>
            <numerusform> (%n pages) to %1; nothing was recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s)</source>
        <translation>
            <numerusform>Wrote %n letter</numerusform>
            <numerusform>Wrote %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)) to %1</source>
        <translation>
            <numerusform> (%n page) to %1</numerusform>
            <numerusform> (%n pages) to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::ActionPlansDialog</name>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Saved %n file in %1.</numerusform>
            <numerusform>Saved %n files in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::AllocationPane</name>
    <message numerus="yes">
        <source>%n student(s) waiting for a keyworker, in priority order</source>
        <translation>
            <numerusform>%n student waiting for a keyworker, in priority order</numerusform>
            <numerusform>%n students waiting for a keyworker, in priority order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::ApprovalQueuePane</name>
    <message numerus="yes">
        <source>Remind %n teacher(s) who have not completed their assessments?</source>
        <translation>
            <numerusform>Remind %n teacher who has not completed their assessments?</numerusform>
            <numerusform>Remind %n teachers who have not completed their assessments?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminders recorded for %n teacher(s).</source>
        <translation>
            <numerusform>Reminders recorded for %n teacher.</numerusform>
            <numerusform>Reminders recorded for %n teachers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n letter(s).</source>
        <translation>
            <numerusform>Published %n letter.</numerusform>
            <numerusform>Published %n letters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::BehaviourCategoriesPane</name>
    <message numerus="yes">
        <source>Active; used by %n event(s).</source>
        <translation>
            <numerusform>Active; used by %n event.</numerusform>
            <numerusform>Active; used by %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retired; used by %n event(s).</source>
        <translation>
            <numerusform>Retired; used by %n event.</numerusform>
            <numerusform>Retired; used by %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used by %n event(s): retire it instead.</source>
        <translation>
            <numerusform>Used by %n event: retire it instead.</numerusform>
            <numerusform>Used by %n events: retire it instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::BehaviourPane</name>
    <message numerus="yes">
        <source>%n student-week(s); the lowest net points first</source>
        <translation>
            <numerusform>%n student-week; the lowest net points first</numerusform>
            <numerusform>%n student-weeks; the lowest net points first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded the incident for %n student(s).</source>
        <translation>
            <numerusform>Recorded the incident for %n student.</numerusform>
            <numerusform>Recorded the incident for %n students.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n behaviour event(s) from %1.</source>
        <translation>
            <numerusform>Imported %n behaviour event from %1.</numerusform>
            <numerusform>Imported %n behaviour events from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::BehaviourRecordTab</name>
    <message numerus="yes">
        <source>This school year: %n event(s), +%1 positive and %2 negative points (net %3).</source>
        <translation>
            <numerusform>This school year: %n event, +%1 positive and %2 negative points (net %3).</numerusform>
            <numerusform>This school year: %n events, +%1 positive and %2 negative points (net %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last four weeks: %n event(s), net %1.</source>
        <translation>
            <numerusform>Last four weeks: %n event, net %1.</numerusform>
            <numerusform>Last four weeks: %n events, net %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::ConflictDialog</name>
    <message numerus="yes">
        <source>%n field(s) differ. &quot;Theirs&quot; is the version saved by %1.</source>
        <translation>
            <numerusform>%n field differs. &quot;Theirs&quot; is the version saved by %1.</numerusform>
            <numerusform>%n fields differ. &quot;Theirs&quot; is the version saved by %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::CourseEditor</name>
    <message numerus="yes">
        <source>%n student(s) assessed: the grading scale and the term are fixed.</source>
        <translation>
            <numerusform>%n student assessed: the grading scale and the term are fixed.</numerusform>
            <numerusform>%n students assessed: the grading scale and the term are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolled %n student(s) of %1.</source>
        <translation>
            <numerusform>Enrolled %n student of %1.</numerusform>
            <numerusform>Enrolled %n students of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n student(s) off %1?</source>
        <translation>
            <numerusform>Take %n student off %1?</numerusform>
            <numerusform>Take %n students off %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n student(s) off the course.</source>
        <translation>
            <numerusform>Took %n student off the course.</numerusform>
            <numerusform>Took %n students off the course.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::HelpViewer</name>
    <message numerus="yes">
        <source>%n page(s) found.</source>
        <translation>
            <numerusform>%n page found.</numerusform>
            <numerusform>%n pages found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::HubPane</name>
    <message numerus="yes">
        <source>%1 · %2 · %n referral(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n referral</numerusform>
            <numerusform>%1 · %2 · %n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) on the agenda have no decision. They go onto the next meeting scheduled. Mark the meeting as held?</source>
        <translation>
            <numerusform>%n referral on the agenda has no decision. It goes onto the next meeting scheduled. Mark the meeting as held?</numerusform>
            <numerusform>%n referrals on the agenda have no decision. They go onto the next meeting scheduled. Mark the meeting as held?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::IlpCreateDialog</name>
    <message numerus="yes">
        <source>One plan for each of the %n selected student(s). The plan copies the template as it is now; later changes to the template do not reach it.</source>
        <translation>
            <numerusform>One plan for the %n selected student. The plan copies the template as it is now; later changes to the template do not reach it.</numerusform>
            <numerusform>One plan for each of the %n selected students. The plan copies the template as it is now; later changes to the template do not reach it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::IlpPlansPane</name>
    <message numerus="yes">
        <source>Made %n unpublished plan(s) from %1.</source>
        <translation>
            <numerusform>Made %n unpublished plan from %1.</numerusform>
            <numerusform>Made %n unpublished plans from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n plan(s): the students and their parents can now see them.</source>
        <translation>
            <numerusform>Published %n plan: the student and their parents can now see it.</numerusform>
            <numerusform>Published %n plans: the students and their parents can now see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n plan(s).</source>
        <translation>
            <numerusform>Archived %n plan.</numerusform>
            <numerusform>Archived %n plans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n plan(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n plan for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n plans for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n plan(s).</source>
        <translation>
            <numerusform>Deleted %n plan.</numerusform>
            <numerusform>Deleted %n plans.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::IlpReviewsPane</name>
    <message numerus="yes">
        <source>Saved %n line(s).</source>
        <translation>
            <numerusform>Saved %n line.</numerusform>
            <numerusform>Saved %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n student(s))</source>
        <translation>
            <numerusform>%1 (%n student)</numerusform>
            <numerusform>%1 (%n students)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scale is locked: %n student(s) have been assessed.</source>
        <translation>
            <numerusform>The scale is locked: %n student has been assessed.</numerusform>
            <numerusform>The scale is locked: %n students have been assessed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::IlpStudentPage</name>
    <message numerus="yes">
        <source>Viewing as the student: only published plans, and only the fields the template shows to students. %n plan(s) hidden from them.</source>
        <translation>
            <numerusform>Viewing as the student: only published plans, and only the fields the template shows to students. %n plan hidden from them.</numerusform>
            <numerusform>Viewing as the student: only published plans, and only the fields the template shows to students. %n plans hidden from them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Viewing as a parent: only current, published plans, and only the fields the template shows to parents. %n plan(s) hidden from them.</source>
        <translation>
            <numerusform>Viewing as a parent: only current, published plans, and only the fields the template shows to parents. %n plan hidden from them.</numerusform>
            <numerusform>Viewing as a parent: only current, published plans, and only the fields the template shows to parents. %n plans hidden from them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::IlpTemplatesPane</name>
    <message numerus="yes">
        <source>%1 (%2, %n plan(s))</source>
        <translation>
            <numerusform>%1 (%2, %n plan)</numerusform>
            <numerusform>%1 (%2, %n plans)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n plan(s) made from it</source>
        <translation>
            <numerusform> · %n plan made from it</numerusform>
            <numerusform> · %n plans made from it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::LetterActions</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft letter(s) created. Check them, then print or save them to issue them.</source>
        <translation>
            <numerusform>%n draft letter created. Check it, then print or save it to issue it.</numerusform>
            <numerusform>%n draft letters created. Check them, then print or save them to issue them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) issued</source>
        <translation>
            <numerusform>%n letter issued</numerusform>
            <numerusform>%n letters issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already issued letter(s) reproduced exactly as sent</source>
        <translation>
            <numerusform>; %n already issued letter reproduced exactly as sent</numerusform>
            <numerusform>; %n already issued letters reproduced exactly as sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the %n draft(s) you printed as issued? Issued letters are kept exactly as printed.</source>
        <translation>
            <numerusform>Record the %n draft you printed as issued? Issued letters are kept exactly as printed.</numerusform>
            <numerusform>Record the %n drafts you printed as issued? Issued letters are kept exactly as printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n letter(s)</source>
        <translation>
            <numerusform>Saved %n letter</numerusform>
            <numerusform>Saved %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record that you emailed the %n draft(s) as they stand? They will be kept exactly as they are now.</source>
        <translation>
            <numerusform>Record that you emailed the %n draft as it stands? It will be kept exactly as it is now.</numerusform>
            <numerusform>Record that you emailed the %n drafts as they stand? They will be kept exactly as they are now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft letter(s)? Issued letters are never deleted.</source>
        <translation>
            <numerusform>Delete %n draft letter? Issued letters are never deleted.</numerusform>
            <numerusform>Delete %n draft letters? Issued letters are never deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) deleted.</source>
        <translation>
            <numerusform>%n draft deleted.</numerusform>
            <numerusform>%n drafts deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::LetterListWidget</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::LetterPrinting</name>
    <message numerus="yes">
        <source>Print %n letter(s)</source>
        <translation>
            <numerusform>Print %n letter</numerusform>
            <numerusform>Print %n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::NewLettersDialog</name>
    <message numerus="yes">
        <source>%n letter(s) for</source>
        <translation>
            <numerusform>%n letter for</numerusform>
            <numerusform>%n letters for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n student(s): </source>
        <translation>
            <numerusform> %n student: </numerusform>
            <numerusform> %n students: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) would have gaps where data is missing:</source>
        <translation>
            <numerusform>%n letter would have gaps where data is missing:</numerusform>
            <numerusform>%n letters would have gaps where data is missing:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::ReferralsPane</name>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::RegisterPane</name>
    <message numerus="yes">
        <source>Exported %n intervention(s) to %1.</source>
        <translation>
            <numerusform>Exported %n intervention to %1.</numerusform>
            <numerusform>Exported %n interventions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::ReportCoursesPane</name>
    <message numerus="yes">
        <source>%1 (%n learner(s))</source>
        <translation>
            <numerusform>%1 (%n learner)</numerusform>
            <numerusform>%1 (%n learners)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) below the course average in most of their figures (in bold); each figure below the average is shaded.</source>
        <translation>
            <numerusform>%n learner below the course average in most of their figures (in bold); each figure below the average is shaded.</numerusform>
            <numerusform>%n learners below the course average in most of their figures (in bold); each figure below the average is shaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::ReportStudentsPane</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::RetentionPane</name>
    <message numerus="yes">
        <source>%n student record set(s) past their retention period. Tick what to erase (Space ticks the current row).</source>
        <translation>
            <numerusform>%n student record set past its retention period. Tick what to erase (Space ticks the current row).</numerusform>
            <numerusform>%n student record sets past their retention period. Tick what to erase (Space ticks the current row).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n student record set(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Erase %n student record set for good? This cannot be undone.</numerusform>
            <numerusform>Erase %n student record sets for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::StudentRecordPane</name>
    <message numerus="yes">
        <source>%n parent(s) or carer(s).</source>
        <translation>
            <numerusform>%n parent or carer.</numerusform>
            <numerusform>%n parents or carers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::TemplateEditor</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n problem to fix before saving:</numerusform>
            <numerusform>%n problems to fix before saving:</numerusform>
        </translation>
    </message>
</context>
</TS>
