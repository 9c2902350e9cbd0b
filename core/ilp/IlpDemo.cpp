// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpDemo.h"

#include "demo/DemoContext.h"
#include "ilp/IlpLogging.h"
#include "ilp/IlpPlanStore.h"
#include "ilp/IlpReviewStore.h"
#include "ilp/IlpTemplateStore.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QHash>

namespace md::demo {

namespace {

// Everything here is made up for the demo school.
#define L(text) QT_TRANSLATE_NOOP("md::IlpDemo", text)

QString tr(const char *text)
{
    return QCoreApplication::translate("md::IlpDemo", text);
}

constexpr IlpRoles kAll = IlpRole::Mentor | IlpRole::Teacher | IlpRole::Student | IlpRole::Parent;
constexpr IlpRoles kStaff = IlpRole::Mentor | IlpRole::Teacher;

struct FieldSpec
{
    const char *label;
    const char *guidance;
    IlpRoles see;
    IlpRoles edit;
    QList<const char *> samples;
};

const QList<FieldSpec> &termlyFields()
{
    static const QList<FieldSpec> f = {
        {L("My strengths"),
         L("What the student does well, in school and out of it."),
         kAll,
         kStaff | IlpRole::Student,
         {L("Creative in art and design; kind to younger students; reliable with jobs in the form room."),
          L("Good at explaining ideas out loud; strong in practical science; plays for the football team."),
          L("Reads widely; works well in pairs; keen to help at open evenings.")}},
        {L("Areas for development"),
         L("Where the student most needs to grow this term."),
         kAll,
         kStaff,
         {L("Starting written work without prompting; keeping calm when corrected."),
          L("Getting to lessons on time after break and lunch; bringing equipment."),
          L("Asking for help early instead of giving up on harder tasks.")}},
        {L("Targets this term"),
         L("Two or three SMART targets agreed with the student."),
         kAll,
         IlpRoles(IlpRole::Mentor),
         {L("1. On time to every lesson for four weeks.\n2. Homework handed in on time in Maths and English."),
          L("1. Use the time-out card instead of arguing.\n2. No more than two behaviour points a week."),
          L("1. Read for twenty minutes four evenings a week.\n2. Ask one question in each Science lesson.")}},
        {L("Support strategies"),
         L("What staff will do to help."),
         kAll,
         kStaff,
         {L("Seat near the front; a quiet check-in at the start of lessons; instructions written on the board."),
          L("Weekly 1:1 with the mentor; homework club on Tuesdays; a task planner checked on Fridays."),
          L("Chunked tasks with a clear first step; praise for effort shared with home.")}},
        {L("Student voice"),
         L("The student's own words about the plan."),
         kAll,
         IlpRoles(IlpRole::Student),
         {L("I want to stop getting detentions for being late. The alarm idea helps."),
          L("I find Maths hard when it is noisy. Sitting at the front is better."),
          L("I like the homework club because I can get help there.")}},
        {L("Parent voice"),
         L("What parents and carers want the school to know."),
         kAll & ~IlpRoles(IlpRole::Student),
         IlpRoles(IlpRole::Parent),
         {L("Mornings are hard at home; we will try the earlier bus."),
          L("We are pleased with the reports home and will check the planner each week."),
          L("Please tell us early if homework is missing.")}},
        {L("Staff notes"),
         L("For staff only: never shown to the student or parents."),
         kStaff,
         kStaff,
         {L("Responds well to calm, private reminders; avoid public sanctions where possible."),
          L("Older sibling recently left the school; watch for low mood around exams."),
          L("Works best with a named adult at lunch on Mondays.")}},
    };
    return f;
}

const QList<FieldSpec> &semhFields()
{
    static const QList<FieldSpec> f = {
        {L("What is going well"),
         L("Successes since the last review."),
         kAll,
         IlpRole::Mentor | IlpRole::Student,
         {L("Attended every session this half term and used the worry box."),
          L("Fewer removals from lessons; making up with friends more quickly.")}},
        {L("Triggers and early warning signs"),
         L("What tends to lead to difficulties, and how it shows."),
         kStaff | IlpRole::Parent,
         IlpRole::Mentor | IlpRole::Parent,
         {L("Unstructured times, loud corridors, sudden changes of teacher. Goes quiet, then pulls the hood up."),
          L("Being corrected in front of others. Voice rises and pacing starts.")}},
        {L("Agreed strategies in lessons"),
         L("What every teacher does."),
         kStaff | IlpRole::Student,
         kStaff,
         {L("Time-out card honoured without discussion; five minutes at the agreed space; quiet welcome back."),
          L("Warn of changes in advance; seat by the door; written instructions.")}},
        {L("Safe space and trusted adults"),
         L("Where the student goes and who they talk to."),
         kAll,
         IlpRoles(IlpRole::Mentor),
         {L("The learning support base; the mentor or the form tutor."),
          L("The library office at lunch; the head of year if the mentor is away.")}},
        {L("Agreed outcomes"),
         L("What success looks like by the review date."),
         kAll,
         IlpRoles(IlpRole::Mentor),
         {L("No more than one removal a fortnight; attends a lunchtime club twice a week."),
          L("Uses the card every time instead of leaving the room; attendance above 93%.")}},
        {L("Safeguarding and agency notes"),
         L("Mentors only."),
         IlpRoles(IlpRole::Mentor),
         IlpRoles(IlpRole::Mentor),
         {L("Referral to the school counsellor accepted; first appointment booked."),
          L("Early help assessment open; the family support worker visits fortnightly.")}},
        {L("Student voice"),
         L("In the student's words."),
         kAll,
         IlpRoles(IlpRole::Student),
         {L("The card helps because I do not have to explain in front of everyone."),
          L("I feel better when I know what is happening next.")}},
    };
    return f;
}

IlpTemplate templateFrom(const QString &name, const QString &description, const QList<FieldSpec> &specs)
{
    IlpTemplate t;
    t.name = name;
    t.description = description;
    for (const FieldSpec &s : specs)
        t.fields.append({0, 0, tr(s.label), tr(s.guidance), s.see, s.edit});
    return t;
}

// Fills a plan's fields as the people who would write them: mentor-writable fields by the mentor,
// the student's and parents' voices on their behalf.
Status fill(DemoContext &ctx, IlpPlanStore &store, const Session &mentor, const IlpPlan &plan,
            const QList<FieldSpec> &specs, double share)
{
    for (int i = 0; i < plan.fields.size() && i < specs.size(); ++i) {
        const IlpPlanField &f = plan.fields.at(i);
        if (!ctx.chance(share))
            continue;
        const FieldSpec &spec = specs.at(i);
        const QString text = tr(spec.samples.at(ctx.between(0, int(spec.samples.size()) - 1)));
        std::optional<IlpRole> behalf;
        if (!f.editableBy(IlpRole::Mentor | IlpRole::Teacher)) {
            if (f.editableBy(IlpRole::Student))
                behalf = IlpRole::Student;
            else if (f.editableBy(IlpRole::Parent))
                behalf = IlpRole::Parent;
            else
                continue;
        }
        auto v = store.saveField(mentor, f.id, text, f.version, nullptr, behalf);
        if (!v)
            return v.error();
    }
    return {};
}

} // namespace

Status generateIlps(DemoContext &ctx)
{
    IlpTemplateStore templates(ctx.db);
    auto termly = templates.create(
        ctx.session,
        templateFrom(tr(L("Termly ILP")), tr(L("The plan every mentored student has each term.")), termlyFields()));
    if (!termly)
        return termly.error();
    auto semh = templates.create(
        ctx.session, templateFrom(tr(L("SEMH support plan")),
                                  tr(L("For students with social, emotional and mental health needs.")), semhFields()));
    if (!semh)
        return semh.error();
    IlpTemplate draft = templateFrom(tr(L("Transition plan (Year 6 to 7)")), tr(L("Being written: not yet published.")),
                                     termlyFields().mid(0, 3));
    if (auto d = templates.create(ctx.session, draft); !d)
        return d.error();
    for (qint64 id : {*termly, *semh})
        if (Status s = templates.setState(ctx.session, id, IlpTemplateState::Published); !s)
            return s;

    QHash<qint64, const Student *> studentOf;
    for (const Student &s : std::as_const(ctx.students))
        studentOf.insert(s.id, &s);
    QList<const DemoMentor *> team;
    for (const DemoMentor &m : std::as_const(ctx.mentors))
        team.append(&m);
    team.append(&ctx.supervisor);

    IlpPlanStore plans(ctx.db);
    // Terms as the demo sees them: the current one around today, the last one before it.
    const QDate currentFrom = ctx.today.addDays(-42);
    const QDate currentTo = ctx.today.addDays(56);
    const QDate lastFrom = currentFrom.addDays(-98);
    const QDate lastTo = currentFrom.addDays(-1);
    int made = 0;
    for (const DemoMentor *m : std::as_const(team)) {
        if (m->caseload.isEmpty())
            continue;
        Query name(ctx.db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
        name.bind(m->userId);
        auto display = name.scalar();
        if (!display)
            return display.error();
        // Audited as the demo (like everything it makes), shown as written by the mentor.
        const Session mentor(m->userId, ctx.session.username(), display->toString(), {Role::Mentor});
        for (int i = 0; i < m->caseload.size(); ++i) {
            const qint64 studentId = m->caseload.at(i);
            const Student *student = studentOf.value(studentId);
            if (!student)
                continue;
            const int stage = i % 5; // 0 no plan yet, 1 new unpublished, 2 published, 3 archived + published, 4 empty
            if (stage == 0)
                continue;
            const bool semhPlan = student->semh && stage != 4;
            const qint64 templateId = semhPlan ? *semh : *termly;
            const QList<FieldSpec> &specs = semhPlan ? semhFields() : termlyFields();
            if (stage == 3) {
                auto old = plans.create(ctx.session, *termly, {studentId}, lastFrom, lastTo);
                if (!old)
                    return old.error();
                auto p = plans.get(ctx.session, old->first());
                if (!p)
                    return p.error();
                if (Status s = fill(ctx, plans, mentor, *p, termlyFields(), 1.0); !s)
                    return s;
                if (Status s = plans.setState(ctx.session, *old, IlpPlanState::Published); !s)
                    return s;
                if (Status s = plans.setState(ctx.session, *old, IlpPlanState::Archived); !s)
                    return s;
                ++made;
            }
            auto ids = plans.create(ctx.session, templateId, {studentId}, currentFrom, currentTo);
            if (!ids)
                return ids.error();
            ++made;
            if (stage == 4)
                continue;
            auto p = plans.get(ctx.session, ids->first());
            if (!p)
                return p.error();
            if (Status s = fill(ctx, plans, mentor, *p, specs, stage == 1 ? 0.4 : 1.0); !s)
                return s;
            if (stage >= 2)
                if (Status s = plans.setState(ctx.session, *ids, IlpPlanState::Published); !s)
                    return s;
        }
    }

    // Midterm reviews in the first few courses that have mentored students on them.
    IlpReviewStore reviews(ctx.db);
    const QStringList scale = {tr(L("Working towards")), tr(L("Working at")), tr(L("Working beyond"))};
    const char *const comments[] = {
        L("Settling well; homework mostly on time. Keep asking questions."),
        L("Good effort in class; needs to finish extended writing."),
        L("Progress is steady. Revise the last two topics before the test."),
        L("Strong practical work; write-ups need more detail."),
    };
    const char *const selves[] = {L("I think I am doing better than last term."), L("I need to revise more."),
                                  L("I enjoy this subject more now."), L("Homework is still hard to finish.")};
    int reviewCount = 0;
    for (const DemoCourse &c : std::as_const(ctx.courses)) {
        if (reviewCount >= 6 || c.teacherIds.isEmpty())
            break;
        const bool graded = reviewCount % 3 != 2;
        auto id = reviews.create(ctx.session, c.id, tr(L("Autumn midterm review")), ctx.today.addDays(-14),
                                 graded ? scale : QStringList());
        if (!id)
            return id.error();
        ++reviewCount;
        auto entries = reviews.entries(ctx.session, *id);
        if (!entries)
            return entries.error();
        QList<IlpReviewEntry> assessed;
        for (IlpReviewEntry e : std::as_const(*entries)) {
            if (!ctx.chance(0.8))
                continue;
            e.assessment = graded ? ctx.pick(scale) : QString();
            e.comment = tr(comments[ctx.between(0, 3)]);
            assessed << e;
        }
        auto versions = reviews.assess(ctx.session, *id, assessed);
        if (!versions)
            return versions.error();
        for (int i = 0; i < assessed.size(); ++i)
            if (ctx.chance(0.5))
                if (auto v = reviews.setSelfAssessment(ctx.session, *id, assessed.at(i).studentId,
                                                       tr(selves[ctx.between(0, 3)]), versions->at(i));
                    !v)
                    return v.error();
    }
    qCInfo(lcIlp) << "demo: 3 templates," << made << "plans," << reviewCount << "midterm reviews";
    return {};
}

} // namespace md::demo
