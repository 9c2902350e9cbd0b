// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The mentoring log's stores over a real database: objectives, SMART targets, entries, check-ins,
// 1:1 sessions and their autosaved drafts, the timeline, the caseload dashboard; permissions both
// ways and the audit trail.
#include "TestDatabase.h"

#include "mentoring/CaseloadDashboard.h"
#include "mentoring/CaseloadModel.h"
#include "mentoring/CaseStore.h"
#include "mentoring/LogEntryStore.h"
#include "mentoring/NoteAutosaver.h"
#include "mentoring/SessionStore.h"
#include "mentoring/TargetStore.h"
#include "mentoring/TimelineModel.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

#include <functional>
#include <memory>

using namespace md;

namespace {

struct Fixture
{
    test::TestDatabase t;
    Session mentor;
    Session otherMentor;
    Session lead;
    Session head;
    Session teacher;
    qint64 ada = 0; // m.one's student, on the caseload from 1 Sep 2026
    qint64 bo = 0;  // m.two's student

    Fixture()
    {
        mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        otherMentor = t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        head = t.addUser(QStringLiteral("head"), {Role::Headteacher});
        teacher = t.addUser(QStringLiteral("t.one"), {Role::Teacher});
        ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        bo = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        t.assignMentor(mentor.userId(), ada);
        t.assignMentor(otherMentor.userId(), bo);
        t.enrol(teacher.userId(), ada);
        Query q(t.db(), QStringLiteral("INSERT INTO lesson_timetable (student_id, day, period, subject) VALUES (?, ?, ?, ?)"));
        for (int d = 1; d <= 5; ++d)
            for (int p = 1; p <= 5; ++p) {
                q.bind(ada).bind(d).bind(p).bind(p == 1 ? QStringLiteral("Maths") : QStringLiteral("English"));
                if (!q.exec())
                    qWarning("timetable insert failed");
            }
    }

    int auditRows(const QString &entity)
    {
        Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = ?"));
        q.bind(entity);
        return q.scalar().value().toInt();
    }
};

SmartTarget target(qint64 studentId)
{
    SmartTarget t;
    t.studentId = studentId;
    t.title = QStringLiteral("Arrive at every lesson on time");
    t.specific = QStringLiteral("Be in the room before the second bell");
    t.measurable = QStringLiteral("Lates on the register");
    t.achievable = QStringLiteral("Leave the lunch hall at the first bell");
    t.relevant = QStringLiteral("Missed starts lead to detentions");
    t.timeBound = QStringLiteral("For the next four weeks");
    t.steps = {QStringLiteral("Set a phone alarm"), QStringLiteral("Walk with a friend")};
    t.setOn = QDate(2026, 9, 15);
    t.dueOn = QDate(2026, 10, 13);
    return t;
}

LogEntry contact(qint64 studentId, const QDate &on, ContactParty party, ContactPurpose purpose)
{
    LogEntry e;
    e.studentId = studentId;
    e.kind = EntryKind::Contact;
    e.occurredOn = on;
    e.party = party;
    e.method = ContactMethod::Phone;
    e.purpose = purpose;
    e.title = party == ContactParty::ParentCarer ? QStringLiteral("Ms Quill") : QStringLiteral("Form tutor");
    e.body = QStringLiteral("Talked through the week.");
    return e;
}

// Another desk's save of one row (`sql`, binding `theirs` then the row's id) is held uncommitted
// while this desk's save `mine` runs in a thread with its own connection; then the other desk
// commits. On PostgreSQL this desk's store has read the row by then and its UPDATE waits for the
// other's lock: only a version in the UPDATE itself stops it writing over their save. On SQLite
// this desk waits to begin and reads their version. Returns what `mine` returned.
Status racingAnotherDesk(test::TestDatabase &t, const QString &sql, const QVariant &theirs, qint64 id,
                         const std::function<Status(Database &)> &mine)
{
    Transaction tx(t.db());
    if (!tx.ok())
        return tx.error();
    Query q(t.db(), sql);
    q.bind(theirs).bind(id);
    if (Status s = q.exec(); !s)
        return s;
    Status result = Error::storage(QStringLiteral("this desk did not run"));
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto db = Database::open(t.path(), Database::Migrate::No);
        result = db ? mine(**db) : Status(db.error());
    }));
    thread->start();
    QThread::msleep(600); // this desk reads the row and reaches its UPDATE meanwhile
    if (Status s = tx.commit(); !s)
        return s;
    thread->wait();
    return result;
}

} // namespace

class TestMentoringLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void objectivesAreCappedAtThreeActive()
    {
        Fixture f;
        CaseStore cases(f.t.db());
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            auto id = cases.addObjective(f.mentor, {0, f.ada, std::nullopt, QStringLiteral("Objective %1").arg(i),
                                                    ObjectiveSource::Hub, ObjectiveStatus::Active, QDate(2026, 9, 8), {}, 1});
            QVERIFY2(id, qPrintable(id.error().message));
            ids << *id;
        }
        auto fourth = cases.addObjective(f.mentor, {0, f.ada, std::nullopt, QStringLiteral("One more"), ObjectiveSource::Mentor,
                                                    ObjectiveStatus::Active, QDate(2026, 9, 8), {}, 1});
        QVERIFY(!fourth);
        QCOMPARE(int(fourth.error().kind), int(Error::Kind::Conflict));
        QVERIFY(cases.setObjectiveStatus(f.mentor, ids.first(), ObjectiveStatus::Achieved, QDate(2026, 10, 1)));
        QVERIFY(cases.addObjective(f.mentor, {0, f.ada, std::nullopt, QStringLiteral("One more"), ObjectiveSource::Mentor,
                                              ObjectiveStatus::Active, QDate(2026, 10, 1), {}, 1}));
        auto all = cases.objectives(f.mentor, f.ada);
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->last().status, ObjectiveStatus::Achieved);
        QVERIFY(!cases.addObjective(f.mentor, {0, f.ada, std::nullopt, QStringLiteral("  "), ObjectiveSource::Hub,
                                               ObjectiveStatus::Active, QDate(2026, 10, 1), {}, 1}));
    }

    void smartTargetNeedsEveryPartAndAMetTargetPromptsANewOne()
    {
        Fixture f;
        TargetStore targets(f.t.db());
        SmartTarget missing = target(f.ada);
        missing.measurable.clear();
        missing.dueOn = QDate(2026, 9, 1);
        auto refused = targets.add(f.mentor, missing);
        QVERIFY(!refused);
        QVERIFY(refused.error().details.contains(QStringLiteral("Measurable is blank")));
        QVERIFY(refused.error().message.contains(QStringLiteral("before the date it was set")));

        auto id = targets.add(f.mentor, target(f.ada));
        QVERIFY2(id, qPrintable(id.error().message));
        auto stored = targets.get(f.mentor, *id);
        QVERIFY(stored);
        QCOMPARE(stored->steps, target(f.ada).steps);
        QVERIFY(targets.addProgress(f.mentor, *id, QDate(2026, 9, 29), QStringLiteral("On time all week")));
        QCOMPARE(targets.progress(f.mentor, *id)->size(), 1);

        auto met = targets.setStatus(f.mentor, *id, TargetStatus::Met, QDate(2026, 10, 10));
        QVERIFY(met);
        QVERIFY(*met); // prompt a new target
        QVERIFY(!*targets.setStatus(f.mentor, *id, TargetStatus::Met, QDate(2026, 10, 10)));
        SmartTarget next = target(f.ada);
        next.title = QStringLiteral("Hand homework in on Mondays");
        next.followsId = *id;
        next.setOn = QDate(2026, 10, 12);
        next.dueOn = QDate(2026, 11, 9);
        QVERIFY(targets.add(f.mentor, next));
        const auto list = targets.forStudent(f.mentor, f.ada);
        QCOMPARE(list->first().title, next.title); // active first
        QCOMPARE(list->first().followsId, *id);

        // A stale edit is refused.
        SmartTarget edit = *stored;
        edit.title = QStringLiteral("Changed");
        QVERIFY(targets.update(f.mentor, edit).ok() == false);
    }

    void entriesAreCheckedByKind()
    {
        const QDate today(2026, 11, 23);
        LogEntry c = contact(1, QDate(2026, 11, 2), ContactParty::Teacher, ContactPurpose::Routine);
        QVERIFY(LogEntryStore::problems(c, today).isEmpty());
        c.method.reset();
        c.consent = Consent::Given;
        const QStringList p = LogEntryStore::problems(c, today);
        QCOMPARE(p.size(), 2);
        QVERIFY(p.join(QLatin1Char('|')).contains(QStringLiteral("only a parent or carer gives consent")));

        LogEntry update;
        update.kind = EntryKind::ProgressUpdate;
        update.occurredOn = QDate(2026, 11, 2);
        update.body = QStringLiteral("Settling well.");
        QVERIFY(LogEntryStore::problems(update, today).join(QString()).contains(QStringLiteral("on track")));
        update.outcome = EntryOutcome::Continue;
        QVERIFY(!LogEntryStore::problems(update, today).isEmpty());
        update.outcome = EntryOutcome::OnTrack;
        QVERIFY(LogEntryStore::problems(update, today).isEmpty());
        update.occurredOn = QDate(2026, 11, 24);
        QVERIFY(LogEntryStore::problems(update, today).join(QString()).contains(QStringLiteral("future")));

        LogEntry review;
        review.kind = EntryKind::Review;
        review.occurredOn = QDate(2026, 11, 2);
        review.body = QStringLiteral("Objectives mostly met.");
        review.outcome = EntryOutcome::OnTrack;
        QVERIFY(!LogEntryStore::problems(review, today).isEmpty());
        review.outcome = EntryOutcome::Ended;
        QVERIFY(LogEntryStore::problems(review, today).isEmpty());

        LogEntry observation;
        observation.kind = EntryKind::Observation;
        observation.occurredOn = QDate(2026, 11, 2);
        observation.body = QStringLiteral("Settled after five minutes.");
        QVERIFY(LogEntryStore::problems(observation, today).join(QString()).contains(QStringLiteral("lesson observed")));
        observation.party = ContactParty::Teacher;
        QVERIFY(LogEntryStore::problems(observation, today).join(QString()).contains(QStringLiteral("only recorded for a contact")));
    }

    void checkInIsOncePerStudentPerDay()
    {
        Fixture f;
        LogEntryStore log(f.t.db());
        const QDate day(2026, 11, 20);
        auto first = log.checkIn(f.mentor, f.ada, day);
        QVERIFY(first);
        QVERIFY(*first);
        auto second = log.checkIn(f.mentor, f.ada, day);
        QVERIFY(second);
        QVERIFY(!*second);
        QVERIFY(*log.isCheckedIn(f.mentor, f.ada, day));
        QCOMPARE(log.checkIns(f.mentor, f.ada, day, day)->size(), 1);
        QVERIFY(log.undoCheckIn(f.mentor, f.ada, day));
        QVERIFY(!*log.isCheckedIn(f.mentor, f.ada, day));
        QVERIFY(!log.undoCheckIn(f.mentor, f.ada, day));
        QVERIFY(!log.checkIn(f.mentor, f.ada, QDate::currentDate().addDays(1)));
        QCOMPARE(f.auditRows(QStringLiteral("mentoring_checkin")), 2);
    }

    void onlyTheStudentsMentorAndTheLeadWriteTheLog()
    {
        Fixture f;
        LogEntryStore log(f.t.db());
        const LogEntry e = contact(f.ada, QDate(2026, 11, 2), ContactParty::ParentCarer, ContactPurpose::Routine);
        QVERIFY(log.add(f.mentor, e));
        QVERIFY(log.add(f.lead, e));
        for (const Session *who : {&f.otherMentor, &f.head, &f.teacher}) {
            auto refused = log.add(*who, e);
            QVERIFY(!refused);
            QCOMPARE(int(refused.error().kind), int(Error::Kind::Forbidden));
        }
        // Reading: the headteacher may, the other mentor and the teacher may not.
        QVERIFY(log.forStudent(f.head, f.ada));
        QVERIFY(!log.forStudent(f.otherMentor, f.ada));
        QVERIFY(!log.forStudent(f.teacher, f.ada));
        QVERIFY(!SessionStore(f.t.db()).plan(f.otherMentor, {f.ada, QDate(2026, 11, 2), 1, {}, 0, {}, {}, 0, false, {}}));
        QVERIFY(!TargetStore(f.t.db()).add(f.otherMentor, target(f.ada)));
        QVERIFY(!CaseStore(f.t.db()).setPlan(f.otherMentor, f.ada, QStringLiteral("x"), {}));
        QVERIFY(!CaseloadDashboard(f.t.db()).load(f.otherMentor, f.mentor.userId(), QDate(2026, 11, 23)));
        QVERIFY(!CaseloadDashboard(f.t.db()).load(f.teacher, std::nullopt, QDate(2026, 11, 23)));
    }

    void everyChangeIsAuditedInOneChain()
    {
        Fixture f;
        LogEntryStore log(f.t.db());
        auto id = log.add(f.mentor, contact(f.ada, QDate(2026, 11, 2), ContactParty::ParentCarer, ContactPurpose::Routine));
        QVERIFY(id);
        auto e = log.get(f.mentor, *id);
        e->body = QStringLiteral("Talked about the trip.");
        e->followUp = QStringLiteral("Send the letter");
        QVERIFY(log.update(f.mentor, *e));
        QCOMPARE(f.auditRows(QStringLiteral("mentoring_entry")), 3); // created + 2 fields
        QVERIFY(log.remove(f.mentor, *id));
        QCOMPARE(f.auditRows(QStringLiteral("mentoring_entry")), 4);
        QVERIFY(TargetStore(f.t.db()).add(f.mentor, target(f.ada)));
        QVERIFY(CaseStore(f.t.db()).setPlan(f.mentor, f.ada, QStringLiteral("Weekly 1:1s on punctuality"), QDate(2026, 12, 14)));
        QCOMPARE(f.auditRows(QStringLiteral("mentoring_case")), 3); // opened, plan, review date
        QCOMPARE(*AuditLog::verifyChain(f.t.db()), 0);
    }

    void anActionPlanChangedMeanwhileIsRefusedWithBothVersions()
    {
        Fixture f;
        CaseStore cases(f.t.db());
        QVERIFY(cases.setPlan(f.mentor, f.ada, QStringLiteral("Weekly 1:1s"), QDate(2026, 12, 14)));
        auto opened = cases.current(f.mentor, f.ada);
        QVERIFY(opened);
        // The lead saves first, from the version both opened.
        QVERIFY(cases.setPlan(f.lead, f.ada, QStringLiteral("Their plan"), QDate(2026, 12, 14), opened->rowVersion));
        Status s = cases.setPlan(f.mentor, f.ada, QStringLiteral("My plan"), QDate(2026, 12, 14), opened->rowVersion);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
        const auto c = RecordConflicts::of(s.error());
        QVERIFY(c);
        QCOMPARE(c->entity, QStringLiteral("mentoring_case"));
        QCOMPARE(c->yourVersion, opened->rowVersion);
        QCOMPARE(c->storedVersion, opened->rowVersion + 1);
        QCOMPARE(c->differenceCount(), 1);
        QCOMPARE(c->fields.first().yours, QStringLiteral("My plan"));
        QCOMPARE(c->fields.first().theirs, QStringLiteral("Their plan"));
        QCOMPARE(cases.current(f.mentor, f.ada)->actionPlan, QStringLiteral("Their plan")); // nothing overwritten
        // Saving on top of their version is the deliberate overwrite.
        QVERIFY(cases.setPlan(f.mentor, f.ada, QStringLiteral("My plan"), QDate(2026, 12, 14), c->storedVersion));
        QCOMPARE(cases.current(f.mentor, f.ada)->actionPlan, QStringLiteral("My plan"));
    }

    // The first plan of a student: both desks opened the plan with no case yet (version 0). The one
    // who saves second is shown the first one's plan, not silently written over it.
    void theFirstActionPlanSavedMeanwhileIsRefusedWithBothVersions()
    {
        Fixture f;
        CaseStore cases(f.t.db());
        QCOMPARE(cases.current(f.mentor, f.ada)->id, 0); // no case yet: the editors open at version 0
        QVERIFY(cases.setPlan(f.lead, f.ada, QStringLiteral("Their first plan"), QDate(2026, 12, 14), 0));
        Status s = cases.setPlan(f.mentor, f.ada, QStringLiteral("My first plan"), QDate(2026, 12, 21), 0);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
        const auto c = RecordConflicts::of(s.error());
        QVERIFY(c);
        QCOMPARE(c->entity, QStringLiteral("mentoring_case"));
        QCOMPARE(c->yourVersion, 0);
        QCOMPARE(c->storedVersion, cases.current(f.mentor, f.ada)->rowVersion);
        QCOMPARE(c->differenceCount(), 2);
        QCOMPARE(c->fields.first().yours, QStringLiteral("My first plan"));
        QCOMPARE(c->fields.first().theirs, QStringLiteral("Their first plan"));
        QCOMPARE(cases.current(f.mentor, f.ada)->actionPlan, QStringLiteral("Their first plan"));
        // Saving on top of their version is the deliberate overwrite.
        QVERIFY(cases.setPlan(f.mentor, f.ada, QStringLiteral("My first plan"), QDate(2026, 12, 21), c->storedVersion));
        QCOMPARE(cases.current(f.mentor, f.ada)->actionPlan, QStringLiteral("My first plan"));
        // Without a version (the demo, imports) the plan is simply saved.
        QVERIFY(cases.setPlan(f.lead, f.ada, QStringLiteral("Later plan"), {}));
    }

    // A session's status and reason saved at another desk are never overwritten: the mentor marking
    // it missed after the lead cancelled it is shown both.
    void aSessionStatusChangedMeanwhileIsRefusedWithBothVersions()
    {
        Fixture f;
        SessionStore sessions(f.t.db());
        auto id = sessions.plan(
            f.mentor,
            {f.ada, QDate(2026, 11, 2), 1, SessionFocus::GrowCoaching, 0, QStringLiteral("GROW"), {}, 0, false, {}});
        QVERIFY(id);
        const int opened = sessions.get(f.mentor, *id)->rowVersion;
        int written = 0;
        QVERIFY(sessions.setStatus(f.lead, *id, SessionStatus::Cancelled, QStringLiteral("Trip to the museum"), opened,
                                   &written));
        QCOMPARE(written, opened + 1);
        QCOMPARE(sessions.get(f.mentor, *id)->rowVersion, written);
        Status s = sessions.setStatus(f.mentor, *id, SessionStatus::Missed, QStringLiteral("Not in school"), opened);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
        const auto c = RecordConflicts::of(s.error());
        QVERIFY(c);
        QCOMPARE(c->entity, QStringLiteral("mentoring_session"));
        QCOMPARE(c->storedVersion, opened + 1);
        QCOMPARE(c->differenceCount(), 2);
        QCOMPARE(c->fields.at(0).yours, labelOf(SessionStatus::Missed));
        QCOMPARE(c->fields.at(0).theirs, labelOf(SessionStatus::Cancelled));
        QCOMPARE(c->fields.at(1).yours, QStringLiteral("Not in school"));
        QCOMPARE(c->fields.at(1).theirs, QStringLiteral("Trip to the museum"));
        QCOMPARE(sessions.get(f.mentor, *id)->status, SessionStatus::Cancelled);
        QCOMPARE(sessions.get(f.mentor, *id)->statusReason, QStringLiteral("Trip to the museum"));
        // At the stored version: the deliberate overwrite.
        QVERIFY(sessions.setStatus(f.mentor, *id, SessionStatus::Missed, QStringLiteral("Not in school"),
                                   c->storedVersion));
        QCOMPARE(sessions.get(f.mentor, *id)->status, SessionStatus::Missed);
        QCOMPARE(*AuditLog::verifyChain(f.t.db()), 0);
    }

    // Two desks saving the same record at once: the one that commits second is refused with a
    // conflict on both engines, never written over the first (G9: PostgreSQL's READ COMMITTED).
    void aSaveRacingAnotherDesksIsRefusedNotWrittenOver()
    {
        Fixture f;
        SessionStore sessions(f.t.db());
        auto id = sessions.plan(
            f.mentor,
            {f.ada, QDate(2026, 11, 2), 1, SessionFocus::GrowCoaching, 0, QStringLiteral("GROW"), {}, 0, false, {}});
        QVERIFY(id);
        const auto theirSessionSave = [](const char *column) {
            return QStringLiteral("UPDATE mentoring_sessions SET %1 = ?, row_version = row_version + 1 WHERE id = ?")
                .arg(QLatin1String(column));
        };
        auto isConflict = [](const Status &s) { return !s && s.error().kind == Error::Kind::Conflict; };

        int opened = sessions.get(f.mentor, *id)->rowVersion;
        Status plan =
            racingAnotherDesk(f.t, theirSessionSave("plan"), QStringLiteral("Their plan"), *id, [&](Database &db) {
                return SessionStore(db).updatePlan(f.mentor, *id, SessionFocus::GrowCoaching, 0,
                                                   QStringLiteral("My plan"), opened);
            });
        QVERIFY2(isConflict(plan), plan ? "saved" : qPrintable(plan.error().message));
        QCOMPARE(sessions.get(f.mentor, *id)->text(SessionField::Plan), QStringLiteral("Their plan"));

        opened = sessions.get(f.mentor, *id)->rowVersion;
        Status rating = racingAnotherDesk(f.t, theirSessionSave("rating"), 2, *id, [&](Database &db) {
            return SessionStore(db).setRating(f.mentor, *id, 5, opened);
        });
        QVERIFY2(isConflict(rating), rating ? "saved" : qPrintable(rating.error().message));
        QCOMPARE(*sessions.get(f.mentor, *id)->rating, 2);

        opened = sessions.get(f.mentor, *id)->rowVersion;
        Status status = racingAnotherDesk(f.t, theirSessionSave("status_reason"), QStringLiteral("Their reason"), *id,
                                          [&](Database &db) {
                                              return SessionStore(db).setStatus(f.mentor, *id, SessionStatus::Cancelled,
                                                                                QStringLiteral("My reason"), opened);
                                          });
        QVERIFY2(isConflict(status), status ? "saved" : qPrintable(status.error().message));
        QCOMPARE(sessions.get(f.mentor, *id)->statusReason, QStringLiteral("Their reason"));

        opened = sessions.get(f.mentor, *id)->rowVersion;
        QVERIFY(sessions.saveDrafts(f.mentor, *id, {{SessionField::WorkActivity, QStringLiteral("My notes")}}));
        Status notes = racingAnotherDesk(f.t, theirSessionSave("work_activity"), QStringLiteral("Their notes"), *id,
                                         [&](Database &db) {
                                             auto r = SessionStore(db).commitDrafts(f.mentor, *id, opened);
                                             return r ? Status() : Status(r.error());
                                         });
        QVERIFY2(isConflict(notes), notes ? "saved" : qPrintable(notes.error().message));
        QCOMPARE(sessions.get(f.mentor, *id)->text(SessionField::WorkActivity), QStringLiteral("Their notes"));
        QCOMPARE(sessions.drafts(f.mentor, *id)->size(), 1); // kept, so nothing typed is lost

        CaseStore cases(f.t.db());
        QVERIFY(cases.setPlan(f.mentor, f.ada, QStringLiteral("Weekly 1:1s"), {}));
        const MentoringCase c = *cases.current(f.mentor, f.ada);
        Status casePlan = racingAnotherDesk(
            f.t,
            QStringLiteral("UPDATE mentoring_cases SET action_plan = ?, row_version = row_version + 1 WHERE id = ?"),
            QStringLiteral("Their plan"), c.id, [&](Database &db) {
                return CaseStore(db).setPlan(f.mentor, f.ada, QStringLiteral("My plan"), {}, c.rowVersion);
            });
        QVERIFY2(isConflict(casePlan), casePlan ? "saved" : qPrintable(casePlan.error().message));
        QCOMPARE(cases.current(f.mentor, f.ada)->actionPlan, QStringLiteral("Their plan"));
    }

    // A 1:1 saved at another desk since this desk opened it is never overwritten: the plan, the
    // week's rating and the autosaved notes are each refused with both versions.
    void aSessionChangedMeanwhileIsRefusedWithBothVersions()
    {
        Fixture f;
        SessionStore sessions(f.t.db());
        auto id = sessions.plan(f.mentor, {f.ada, QDate(2026, 11, 2), 1, SessionFocus::GrowCoaching, 0,
                                           QStringLiteral("GROW"), {}, 0, false, {}});
        QVERIFY(id);
        const int opened = sessions.get(f.mentor, *id)->rowVersion;
        // The lead changes the plan first, from the version both desks opened.
        QVERIFY(sessions.updatePlan(f.lead, *id, SessionFocus::GrowCoaching, 0, QStringLiteral("Their plan"), opened));
        Status plan = sessions.updatePlan(f.mentor, *id, SessionFocus::GrowCoaching, 0, QStringLiteral("My plan"), opened);
        QVERIFY(!plan);
        QCOMPARE(plan.error().kind, Error::Kind::Conflict);
        auto c = RecordConflicts::of(plan.error());
        QVERIFY(c);
        QCOMPARE(c->entity, QStringLiteral("mentoring_session"));
        QCOMPARE(c->storedVersion, opened + 1);
        QCOMPARE(c->differenceCount(), 1);
        QCOMPARE(sessions.get(f.mentor, *id)->text(SessionField::Plan), QStringLiteral("Their plan"));

        Status rating = sessions.setRating(f.mentor, *id, 4, opened);
        QVERIFY(!rating);
        QCOMPARE(rating.error().kind, Error::Kind::Conflict);
        QVERIFY(!sessions.get(f.mentor, *id)->rating);
        QVERIFY(sessions.setRating(f.mentor, *id, 4, opened + 1)); // at the stored version: saved
        QCOMPARE(*sessions.get(f.mentor, *id)->rating, 4);

        // Notes typed against an old version stay as drafts; nothing of theirs is overwritten.
        const int now = sessions.get(f.mentor, *id)->rowVersion;
        QVERIFY(sessions.saveRecord(f.lead, *id, {{SessionField::WorkActivity, QStringLiteral("Their notes")}}));
        QVERIFY(sessions.saveDrafts(f.mentor, *id, {{SessionField::WorkActivity, QStringLiteral("My notes")}}));
        auto committed = sessions.commitDrafts(f.mentor, *id, now);
        QVERIFY(!committed);
        c = RecordConflicts::of(committed.error());
        QVERIFY(c);
        QCOMPARE(c->fields.first().yours, QStringLiteral("My notes"));
        QCOMPARE(c->fields.first().theirs, QStringLiteral("Their notes"));
        QCOMPARE(sessions.get(f.mentor, *id)->text(SessionField::WorkActivity), QStringLiteral("Their notes"));
        QCOMPARE(sessions.drafts(f.mentor, *id)->size(), 1);
        // Committing on top of the stored version is the deliberate overwrite.
        committed = sessions.commitDrafts(f.mentor, *id, c->storedVersion);
        QVERIFY(committed);
        QCOMPARE(*committed, 1);
        QCOMPARE(sessions.get(f.mentor, *id)->text(SessionField::WorkActivity), QStringLiteral("My notes"));
        QCOMPARE(*AuditLog::verifyChain(f.t.db()), 0);
    }

    void sessionsAreRecordedInThreePartsAndMarkedAttendedMissedOrRescheduled()
    {
        Fixture f;
        SessionStore sessions(f.t.db());
        NewSession n{f.ada, QDate(2026, 11, 2), 1, SessionFocus::GrowCoaching, 0, QStringLiteral("GROW on punctuality"),
                     {}, 0, false, {}};
        auto id = sessions.plan(f.mentor, n);
        QVERIFY2(id, qPrintable(id.error().message));
        auto s = sessions.get(f.mentor, *id);
        QCOMPARE(s->subject, QStringLiteral("Maths")); // from the timetable
        QCOMPARE(s->mentorId, f.mentor.userId());
        QCOMPARE(s->status, SessionStatus::Planned);
        QVERIFY(sessions.setRating(f.mentor, *id, 4));
        QVERIFY(!sessions.setRating(f.mentor, *id, 6));
        QVERIFY(sessions.saveRecord(f.mentor, *id,
                                    {{SessionField::ReviewSuccesses, QStringLiteral("On time four days out of five")},
                                     {SessionField::WorkActivity, QStringLiteral("GROW: goal, reality, options, way forward")},
                                     {SessionField::ForwardMiniTargets, QStringLiteral("On time every day next week")}}));
        s = sessions.get(f.mentor, *id);
        QCOMPARE(s->status, SessionStatus::Attended);
        QVERIFY(s->recordedAt.isValid());
        QCOMPARE(*s->rating, 4);
        QCOMPARE(s->text(SessionField::WorkActivity), QStringLiteral("GROW: goal, reality, options, way forward"));

        auto second = sessions.plan(f.mentor, {f.ada, QDate(2026, 11, 9), 2, {}, 0, {}, {}, 0, false, {}});
        QVERIFY(second);
        QVERIFY(!sessions.setStatus(f.mentor, *second, SessionStatus::Missed, QString()));
        QVERIFY(sessions.setStatus(f.mentor, *second, SessionStatus::Missed, QStringLiteral("Absent: ill")));
        QCOMPARE(sessions.get(f.mentor, *second)->statusReason, QStringLiteral("Absent: ill"));

        auto third = sessions.plan(f.mentor, {f.ada, QDate(2026, 11, 16), 3, SessionFocus::SocialSkills, 0, QStringLiteral("Plan"), {}, 0, false, {}});
        QVERIFY(!sessions.reschedule(f.mentor, *third, QString(), QDate(2026, 11, 18), 2));
        auto moved = sessions.reschedule(f.mentor, *third, QStringLiteral("Teacher asked: test in Science"), QDate(2026, 11, 18), 2);
        QVERIFY2(moved, qPrintable(moved.error().message));
        QCOMPARE(sessions.get(f.mentor, *third)->status, SessionStatus::Rescheduled);
        const auto replacement = sessions.get(f.mentor, *moved);
        QCOMPARE(replacement->rescheduledFromId, *third);
        QCOMPARE(replacement->focus, std::optional(SessionFocus::SocialSkills));
        QCOMPARE(replacement->text(SessionField::Plan), QStringLiteral("Plan"));
        QCOMPARE(sessions.forStudent(f.mentor, f.ada)->size(), 4);
    }

    // The promise "a crash loses at most the last second", checked on the autosaver's own clock:
    // the test moves the clock and wakes the autosaver exactly when it says a save is due (as its
    // timers do), so a loaded machine, whose timers and sleeps run late, cannot fail the check.
    // At every keystroke and every wake, everything typed a second or more ago is on disk, and the
    // next wake is never set later than a second after the oldest unsaved character.
    void autosaveKeepsAtMostTheLastSecondWhileTyping()
    {
        Fixture f;
        auto id = SessionStore(f.t.db()).plan(f.mentor, {f.ada, QDate(2026, 11, 2), 1, {}, 0, {}, {}, 0, false, {}});
        QVERIFY(id);
        NoteAutosaver saver(f.t.db(), f.mentor);
        qint64 now = 0;
        saver.setClock([&now] { return now; });
        saver.setSessionId(*id);
        int saves = 0;
        connect(&saver, &NoteAutosaver::saved, this, [&saves] { ++saves; });
        // A second connection reads what is on disk, as after a crash.
        auto reader = Database::open(f.t.path());
        QVERIFY(reader);
        auto onDisk = [&]() {
            Query q(**reader, QStringLiteral("SELECT text FROM session_drafts WHERE session_id = ? AND field = 'review_successes'"));
            q.bind(*id);
            return q.scalar().value().toString();
        };
        QString typed;
        QList<std::pair<qint64, int>> history; // (clock ms, length typed by then)
        auto type = [&] {
            typed += QLatin1Char('a' + typed.size() % 26);
            saver.setText(SessionField::ReviewSuccesses, typed);
            history.append({now, int(typed.size())});
        };
        int checks = 0;
        auto checkPromise = [&]() -> bool {
            const QString saved = onDisk();
            int lengthThen = 0;
            qint64 oldestUnsaved = -1;
            for (const auto &[at, length] : std::as_const(history)) {
                if (at <= now - NoteAutosaver::kMaxDelayMs)
                    lengthThen = length;
                if (oldestUnsaved < 0 && length > saved.size())
                    oldestUnsaved = at;
            }
            ++checks;
            if (saved.size() < lengthThen || !typed.startsWith(saved)) {
                qWarning("at %lld ms only %lld of %d characters were saved", now, qlonglong(saved.size()), lengthThen);
                return false;
            }
            // Nothing unsaved: nothing to wake for. Otherwise the wake is due by the deadline.
            const qint64 wait = saver.msUntilSave();
            if ((oldestUnsaved < 0) != (wait < 0) ||
                (oldestUnsaved >= 0 && now + wait > oldestUnsaved + NoteAutosaver::kMaxDelayMs)) {
                qWarning("at %lld ms the next save is %lld ms away; the oldest unsaved character is from %lld ms", now,
                         wait, oldestUnsaved);
                return false;
            }
            return true;
        };

        // Three seconds without a pause, a character every 50 ms; then three seconds of a character
        // every 350 ms, just inside the idle wait, so only the one-second deadline saves.
        for (const int gap : {50, 350}) {
            const qint64 start = now;
            const int savesBefore = saves;
            qint64 nextKey = now;
            while (now - start < 3000) {
                const qint64 wait = saver.msUntilSave();
                if (wait >= 0 && now + wait < nextKey) {
                    now += wait; // the timer fires
                    QVERIFY(saver.saveIfDue());
                } else {
                    now = nextKey;
                    type();
                    nextKey = now + gap;
                }
                QVERIFY(checkPromise());
            }
            // About one save a second, not one a keystroke.
            QVERIFY2(
                saves - savesBefore >= 2 && saves - savesBefore <= 4,
                qPrintable(QStringLiteral("%1 saves in 3 s typing every %2 ms").arg(saves - savesBefore).arg(gap)));
        }
        QVERIFY(checks > 60 + 8);

        // Once typing stops, everything is saved after the short idle wait, and not before.
        while (saver.hasPending()) {
            now += saver.msUntilSave();
            QVERIFY(saver.saveIfDue());
        }
        now += 5000;
        type();
        QCOMPARE(saver.msUntilSave(), qint64(NoteAutosaver::kIdleMs));
        now += NoteAutosaver::kIdleMs - 1;
        QVERIFY(saver.saveIfDue()); // woken a millisecond early: it waits
        QVERIFY(saver.hasPending());
        QCOMPARE(saver.msUntilSave(), qint64(1));
        now += 1;
        QVERIFY(saver.saveIfDue());
        QCOMPARE(onDisk(), typed);
        QVERIFY(!saver.hasPending());
        QCOMPARE(saver.msUntilSave(), qint64(-1));

        // A timer running late on a busy machine: the next keystroke past the deadline saves at once.
        type();
        now += 300;
        type();
        now += NoteAutosaver::kMaxDelayMs + 500; // no timer woke it meanwhile
        type();
        QCOMPARE(onDisk(), typed);
        QVERIFY(!saver.hasPending());

        // And the real timers do wake it (on the real clock; a loaded machine only delays this).
        NoteAutosaver timed(f.t.db(), f.mentor);
        timed.setSessionId(*id);
        timed.setText(SessionField::ReviewSuccesses, QStringLiteral("Saved by the timers"));
        QTRY_COMPARE_WITH_TIMEOUT(onDisk(), QStringLiteral("Saved by the timers"), 20000);
        QVERIFY(!timed.hasPending());
    }

    void draftsSurviveACrashAndCommitToTheRecordWithAudit()
    {
        Fixture f;
        auto id = SessionStore(f.t.db()).plan(f.mentor, {f.ada, QDate(2026, 11, 2), 1, {}, 0, {}, {}, 0, false, {}});
        QVERIFY(id);
        QVERIFY(SessionStore(f.t.db()).saveDrafts(f.mentor, *id,
                                                  {{SessionField::ReviewDifficulties, QStringLiteral("Argument at lunch")},
                                                   {SessionField::ForwardWorries, QStringLiteral("PE on Thursday")}}));
        QCOMPARE(SessionStore(f.t.db()).drafts(f.mentor, *id)->size(), 2);
        const int auditBefore = f.auditRows(QStringLiteral("mentoring_session"));
        f.t.reopen(); // the app died; nothing was committed
        SessionStore sessions(f.t.db());
        QVERIFY(sessions.get(f.mentor, *id)->text(SessionField::ReviewDifficulties).isEmpty());
        auto drafts = sessions.drafts(f.mentor, *id);
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), 2);
        QCOMPARE(drafts->value(SessionField::ForwardWorries).text, QStringLiteral("PE on Thursday"));
        QVERIFY(drafts->value(SessionField::ForwardWorries).savedAt.isValid());
        // Drafts are their author's: the lead sees none of them.
        QVERIFY(sessions.drafts(f.lead, *id)->isEmpty());
        auto committed = sessions.commitDrafts(f.mentor, *id);
        QVERIFY(committed);
        QCOMPARE(*committed, 2);
        const auto s = sessions.get(f.mentor, *id);
        QCOMPARE(s->text(SessionField::ReviewDifficulties), QStringLiteral("Argument at lunch"));
        QCOMPARE(s->status, SessionStatus::Attended);
        QVERIFY(sessions.drafts(f.mentor, *id)->isEmpty());
        // Two fields and the status: one audit row each.
        QCOMPARE(f.auditRows(QStringLiteral("mentoring_session")), auditBefore + 3);
    }

    void timelineShowsEverythingNewestFirstAndFiltersByKind()
    {
        Fixture f;
        LogEntryStore log(f.t.db());
        QVERIFY(log.add(f.mentor, contact(f.ada, QDate(2026, 10, 5), ContactParty::ParentCarer, ContactPurpose::InitialMeeting)));
        QVERIFY(log.checkIn(f.mentor, f.ada, QDate(2026, 10, 6)));
        QVERIFY(SessionStore(f.t.db()).plan(f.mentor, {f.ada, QDate(2026, 10, 7), 1, SessionFocus::AngerManagement, 0, {}, {}, 0, false, {}}));
        QVERIFY(TargetStore(f.t.db()).add(f.mentor, target(f.ada)));
        QVERIFY(CaseStore(f.t.db()).addObjective(f.mentor, {0, f.ada, std::nullopt, QStringLiteral("Manage anger in class"),
                                                            ObjectiveSource::Hub, ObjectiveStatus::Active, QDate(2026, 9, 8), {}, 1}));
        LogEntry obs;
        obs.studentId = f.ada;
        obs.kind = EntryKind::Observation;
        obs.occurredOn = QDate(2026, 10, 8);
        obs.title = QStringLiteral("Year 8 Science");
        obs.body = QStringLiteral("Focused for most of the lesson.");
        QVERIFY(log.add(f.mentor, obs));

        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(f.t.db(), f.mentor, f.ada));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.itemAt(0).kind, TimelineKind::Observation);
        QCOMPARE(model.itemAt(5).kind, TimelineKind::Objective);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.itemAt(r - 1).on >= model.itemAt(r).on);
        const QString sessionText = model.index(1, TimelineModel::SummaryColumn).data().toString();
        QVERIFY2(sessionText.contains(QStringLiteral("Period 1 (Maths)")) && sessionText.contains(QStringLiteral("Anger management")),
                 qPrintable(sessionText));
        QVERIFY(model.index(3, TimelineModel::SummaryColumn).data().toString().contains(QStringLiteral("Phone call with parent or carer (Ms Quill)")));

        model.setKinds({TimelineKind::Contact});
        QVERIFY(model.load(f.t.db(), f.mentor, f.ada));
        QCOMPARE(model.rowCount(), 1);
        model.setKinds({TimelineKind::Session, TimelineKind::CheckIn});
        QVERIFY(model.load(f.t.db(), f.mentor, f.ada));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.load(f.t.db(), f.otherMentor, f.ada));
        QCOMPARE(model.rowCount(), 0);
    }

    void dashboardShowsWhatIsOverdueForAMentorAndTheTeam()
    {
        Fixture f;
        const QDate today(2026, 11, 23);
        LogEntryStore log(f.t.db());
        // Ada: met her parent early, but nothing else for weeks.
        QVERIFY(log.add(f.mentor, contact(f.ada, QDate(2026, 9, 3), ContactParty::ParentCarer, ContactPurpose::InitialMeeting)));
        QVERIFY(log.checkIn(f.mentor, f.ada, QDate(2026, 11, 20)));

        CaseloadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(f.t.db(), f.mentor, std::nullopt, today));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CaseloadModel::StudentColumn).data().toString(), QStringLiteral("Ada Quill"));
        const auto cell = [&](Expectation e) { return model.index(0, CaseloadModel::columnOf(e)); };
        QCOMPARE(cell(Expectation::InitialParentMeeting).data().toString(), QStringLiteral("Done 3 Sep"));
        QCOMPARE(cell(Expectation::DailyCheckIn).data().toString(), QStringLiteral("Due today"));
        QVERIFY(cell(Expectation::ParentContact).data().toString().startsWith(QStringLiteral("Overdue")));
        QCOMPARE(cell(Expectation::ParentContact).data(CaseloadModel::StateRole).toInt(), int(ExpectationState::Overdue));
        QVERIFY(cell(Expectation::ParentContact).data(Qt::BackgroundRole).isValid());
        QVERIFY(cell(Expectation::WeeklySession).data().toString().startsWith(QStringLiteral("Overdue")));
        QCOMPARE(model.index(0, CaseloadModel::StepColumn).data().toString(), QStringLiteral("2 Gathering information"));
        QVERIFY(model.overdueTotal() >= 4);

        // The lead sees the team, per mentor.
        CaseloadModel team;
        QVERIFY(team.load(f.t.db(), f.lead, std::nullopt, today));
        QCOMPARE(team.rowCount(), 2);
        TeamDashboardModel summary;
        QAbstractItemModelTester summaryTester(&summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
        summary.setRows(team.rows());
        QCOMPARE(summary.rowCount(), 3); // two mentors and the whole team
        QCOMPARE(summary.index(2, TeamDashboardModel::MentorColumn).data().toString(), QStringLiteral("Whole team"));
        QCOMPARE(summary.index(2, TeamDashboardModel::StudentsColumn).data().toInt(), 2);
        QCOMPARE(summary.index(2, TeamDashboardModel::StudentsOverdueColumn).data().toInt(), 2);
        QVERIFY(CaseloadModel().load(f.t.db(), f.lead, f.otherMentor.userId(), today));
        // A mentor asking for the team gets their own caseload.
        CaseloadModel own;
        QVERIFY(own.load(f.t.db(), f.mentor, std::nullopt, today));
        QCOMPARE(own.rowCount(), 1);
    }

    void theFiveStepsFollowTheLog()
    {
        Fixture f;
        CaseloadDashboard dashboard(f.t.db());
        const QDate today(2026, 11, 23);
        auto facts = dashboard.factsFor(f.mentor, f.ada);
        QVERIFY(facts);
        QCOMPARE(FiveSteps::evaluate(*facts, today).current, 2);
        LogEntryStore log(f.t.db());
        LogEntry consent = contact(f.ada, QDate(2026, 9, 3), ContactParty::ParentCarer, ContactPurpose::Consent);
        consent.consent = Consent::Given;
        QVERIFY(log.add(f.mentor, consent));
        QVERIFY(log.add(f.mentor, contact(f.ada, QDate(2026, 9, 10), ContactParty::Teacher, ContactPurpose::Routine)));
        QCOMPARE(FiveSteps::evaluate(*dashboard.factsFor(f.mentor, f.ada), today).current, 3);
        QVERIFY(CaseStore(f.t.db()).addObjective(f.mentor, {0, f.ada, std::nullopt, QStringLiteral("Attend every day"),
                                                            ObjectiveSource::Hub, ObjectiveStatus::Active, QDate(2026, 9, 8), {}, 1}));
        QVERIFY(CaseStore(f.t.db()).setPlan(f.mentor, f.ada, QStringLiteral("Weekly 1:1s; fortnightly calls home"), QDate(2026, 12, 14)));
        QVERIFY(SessionStore(f.t.db()).plan(f.mentor, {f.ada, QDate(2026, 9, 14), 2, {}, 0, {}, {}, 0, false, {}}));
        QCOMPARE(FiveSteps::evaluate(*dashboard.factsFor(f.mentor, f.ada), today).current, 4);
        QVERIFY(TargetStore(f.t.db()).add(f.mentor, target(f.ada)));
        const auto five = FiveSteps::evaluate(*dashboard.factsFor(f.mentor, f.ada), today);
        QCOMPARE(five.current, 5);
        QVERIFY(five.summary.contains(QStringLiteral("by 14 Dec 2026")));
        LogEntry review;
        review.studentId = f.ada;
        review.kind = EntryKind::Review;
        review.occurredOn = QDate(2026, 11, 20);
        review.body = QStringLiteral("Attendance up to 96%.");
        review.outcome = EntryOutcome::NewPlan;
        QVERIFY(log.add(f.mentor, review));
        QVERIFY(FiveSteps::evaluate(*dashboard.factsFor(f.mentor, f.ada), today).complete());
    }
};

QTEST_GUILESS_MAIN(TestMentoringLog)
#include "tst_mentoringlog.moc"
