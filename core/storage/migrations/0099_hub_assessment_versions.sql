-- Row versions for two records several desks edit at once (issue 12: a concurrent edit is
-- detected by its row version and shown, never silently overwritten). Both engines.
--
-- hub_meetings.row_version: bumped by every change of a meeting, its attendees (hub_attendees) or
-- its notes (hub_meeting_notes), so one desk's save of the attendees cannot write its stale notes
-- over the minute-taker's (HubStore::updateMeeting checks it). The notes stay in their own table
-- (migration 0097, readable only to the hub's managers); the number reveals nothing of them.
--
-- course_assessments.row_version: co-teachers of a course grade the same learners
-- (AssessmentService::setAssessment checks it; a new grade expects no row yet).
ALTER TABLE hub_meetings ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE course_assessments ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
