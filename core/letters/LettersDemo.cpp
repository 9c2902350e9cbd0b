// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LettersDemo.h"

#include "access/UserStore.h"
#include "demo/DemoContext.h"
#include "letters/Letterhead.h"
#include "letters/LetterService.h"
#include "letters/LettersLogging.h"
#include "letters/LetterTemplate.h"
#include "school/SchoolSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QFile>

#include <algorithm>

namespace md::demo {

namespace {

// Q_DECLARE_TR_FUNCTIONS host for the demo's own words.
class LettersDemoText
{
    Q_DECLARE_TR_FUNCTIONS(md::LettersDemo)
public:
    static QString footer(const QString &headteacher)
    {
        return tr("Headteacher: %1 \u00b7 Northgate Academy is part of the Northgate Learning Trust. "
                  "Demonstration data: every name and address is fictional.")
            .arg(headteacher);
    }
};

struct TemplateDef
{
    const char *file;
    const char *name;
    LetterType type;
    const char *description;
};

// clang-format off
const TemplateDef kTemplates[] = {
    {"attendance-concern", QT_TRANSLATE_NOOP("md::LettersDemo", "Attendance concern"), LetterType::Attendance,
     QT_TRANSLATE_NOOP("md::LettersDemo", "Attendance below 90%: asks the family to arrange a meeting.")},
    {"behaviour-concern", QT_TRANSLATE_NOOP("md::LettersDemo", "Behaviour concern: meeting request"), LetterType::Behaviour,
     QT_TRANSLATE_NOOP("md::LettersDemo", "Repeated incidents: invites the family and student to a meeting.")},
    {"assessment-report", QT_TRANSLATE_NOOP("md::LettersDemo", "Termly assessment report"), LetterType::Assessment,
     QT_TRANSLATE_NOOP("md::LettersDemo", "Covering letter for the term's assessment report.")},
    {"mentoring-consent", QT_TRANSLATE_NOOP("md::LettersDemo", "Mentoring: consent to start"), LetterType::Mentoring,
     QT_TRANSLATE_NOOP("md::LettersDemo", "Starts a 1:1 intervention: the keyworker, weekly 25-minute sessions, consent slip.")},
    {"mentoring-outcome", QT_TRANSLATE_NOOP("md::LettersDemo", "Mentoring: support has ended"), LetterType::Mentoring,
     QT_TRANSLATE_NOOP("md::LettersDemo", "Closes a 1:1 intervention after the hub's review.")},
    {"hub-decision", QT_TRANSLATE_NOOP("md::LettersDemo", "Assessment hub: plan agreed"), LetterType::Mentoring,
     QT_TRANSLATE_NOOP("md::LettersDemo", "Tells the family the hub discussed a referral and invites them to talk.")},
};
// clang-format on

Result<QString> readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(LettersDemoText::tr("The demo letter resource %1 is missing.").arg(path));
    return QString::fromUtf8(f.readAll());
}

// The member of staff who writes a demo letter, with their rights; the audit log names the demo
// generator, as it does for everything else the demo school contains.
Result<Session> sessionOf(DemoContext &ctx, qint64 userId)
{
    auto user = UserStore(ctx.db).findById(userId);
    if (!user)
        return user.error();
    return Session(user->id, ctx.session.username(), user->displayName, user->roles);
}

// Letters go out on school days in the last few weeks; replies come back a few days later.
struct Outcome
{
    IssueMethod via = IssueMethod::Printed;
    int issuedDaysAgo = 0; // 0: stays a draft
    int repliedAfter = -1; // days after issue; -1: no reply (yet)
    AckMethod how = AckMethod::ReplySlip;
};

class LetterMaker
{
public:
    LetterMaker(DemoContext &ctx, qint64 letterheadId) : m_ctx(ctx), m_letterheadId(letterheadId) {}

    // Creates the letters of one template for one student, then moves them on to `outcome`.
    Status make(const Session &author, qint64 templateId, qint64 studentId, Recipients::Choice to,
                const Outcome &outcome)
    {
        LetterService service(m_ctx.db);
        LetterRequest request;
        request.templateId = templateId;
        request.studentIds = {studentId};
        request.recipients = to;
        request.date = m_ctx.today.addDays(-outcome.issuedDaysAgo);
        auto plan = service.plan(author, request);
        if (!plan)
            return plan.error();
        // Nobody with parental responsibility on record (some looked-after children): no letter.
        if (plan->letters.isEmpty() || plan->incomplete() > 0)
            return {};
        auto ids = service.createDrafts(author, request, false);
        if (!ids)
            return ids.error();
        m_created += int(ids->size());
        if (outcome.issuedDaysAgo <= 0)
            return {};
        const QDate issued = m_ctx.today.addDays(-outcome.issuedDaysAgo);
        const bool replied = outcome.repliedAfter >= 0 && outcome.repliedAfter <= outcome.issuedDaysAgo;
        // Set directly (with its audit rows) so the demo's dates lie in the past, as they would.
        Query q(m_ctx.db,
                QStringLiteral(
                    "UPDATE letters SET state = ?, issued_via = ?, issued_at = ?, issued_by = ?, "
                    "letterhead_id = ?, acknowledged_how = ?, acknowledged_on = ?, created_at = ?, updated_at = ? "
                    "WHERE id = ?"));
        AuditLog audit(m_ctx.db, m_ctx.session.actor());
        for (qint64 id : std::as_const(*ids)) {
            q.bind(replied ? QStringLiteral("acknowledged") : QStringLiteral("issued"))
                .bind(LetterTerms::toString(outcome.via))
                .bind(issued.toString(Qt::ISODate) + QStringLiteral("T09:30:00Z"))
                .bind(author.userId())
                .bind(m_letterheadId)
                .bind(replied ? QVariant(LetterTerms::toString(outcome.how)) : QVariant())
                .bind(replied ? QVariant(issued.addDays(outcome.repliedAfter).toString(Qt::ISODate)) : QVariant())
                .bind(issued.addDays(-1).toString(Qt::ISODate) + QStringLiteral("T15:00:00Z"))
                .bind(issued.toString(Qt::ISODate) + QStringLiteral("T09:30:00Z"))
                .bind(id);
            if (Status s = q.exec(); !s)
                return s;
            if (Status s = audit.changed(QStringLiteral("letter"), id, QStringLiteral("state"), QStringLiteral("draft"),
                                         replied ? QStringLiteral("acknowledged") : QStringLiteral("issued"));
                !s)
                return s;
        }
        return {};
    }

    int created() const { return m_created; }

private:
    DemoContext &m_ctx;
    qint64 m_letterheadId;
    int m_created = 0;
};

} // namespace

Status generateLetters(DemoContext &ctx)
{
    // The letterhead, with the synthetic crest.
    QFile crest(QStringLiteral(":/letters/templates/crest.png"));
    if (!crest.open(QIODevice::ReadOnly))
        return Error::io(LettersDemoText::tr("The demo crest is missing."));
    SchoolSettings settings(ctx.db);
    auto head = UserStore(ctx.db).findById(ctx.headteacherId);
    if (!head)
        return head.error();
    Letterhead letterhead;
    letterhead.schoolName = settings.schoolName();
    letterhead.address = Recipients::splitAddress(settings.value(SchoolSettings::kAddress)).join(QLatin1Char('\n'));
    letterhead.contact = LettersDemoText::tr("Telephone 020 7946 0100 \u00b7 office@northgate.example.org");
    letterhead.footer = LettersDemoText::footer(head->displayName);
    letterhead.logoPng = crest.readAll();
    auto letterheadId = LetterheadStore(ctx.db).saveUnchecked(letterhead, ctx.administratorId);
    if (!letterheadId)
        return letterheadId.error();

    QHash<QString, qint64> templates;
    {
        AuditLog audit(ctx.db, ctx.session.actor());
        if (Status s = audit.created(QStringLiteral("letterhead"), *letterheadId, letterhead.schoolName); !s)
            return s;
        LetterTemplateStore store(ctx.db);
        for (const TemplateDef &def : kTemplates) {
            auto body = readResource(QStringLiteral(":/letters/templates/%1.html").arg(QLatin1String(def.file)));
            if (!body)
                return body.error();
            LetterTemplate t;
            t.name = LettersDemoText::tr(def.name);
            t.type = def.type;
            t.description = LettersDemoText::tr(def.description);
            t.bodyHtml = *body;
            // The shipped templates must pass the same checks an administrator's would.
            if (const QStringList problems = store.problems(t); !problems.isEmpty())
                return Error::invalid(LettersDemoText::tr("The demo template %1 is faulty.").arg(t.name), problems);
            auto id = store.insertUnchecked(audit, t, ctx.administratorId);
            if (!id)
                return id.error();
            templates.insert(QString::fromLatin1(def.file), *id);
        }
    }

    // Letters, written by the people who may write them.
    LetterMaker maker(ctx, *letterheadId);
    Recipients::Choice parents;
    parents.shareByAddress = true;
    Recipients::Choice parentsApart;

    // Each mentor wrote home when mentoring started (reference 004, step 2); most slips are back.
    QList<DemoMentor> team = ctx.mentors;
    team.append(ctx.supervisor);
    for (const DemoMentor &m : std::as_const(team)) {
        auto author = sessionOf(ctx, m.userId);
        if (!author)
            return author.error();
        for (int i = 0; i < m.caseload.size() && i < 3; ++i) {
            Outcome o;
            o.issuedDaysAgo = i == 2 ? 0 : ctx.between(5, 40);
            o.repliedAfter = ctx.chance(0.75) ? ctx.between(2, 9) : -1;
            o.via = ctx.chance(0.8) ? IssueMethod::Printed : IssueMethod::Email;
            o.how = o.via == IssueMethod::Email ? AckMethod::Opened : AckMethod::ReplySlip;
            if (Status s = maker.make(*author, templates.value(QStringLiteral("mentoring-consent")), m.caseload.at(i),
                                      ctx.chance(0.7) ? parents : parentsApart, o);
                !s)
                return s;
        }
        // A behaviour letter for one student in the group, sent by email.
        if (m.caseload.size() > 3) {
            Outcome o{IssueMethod::Email, ctx.between(1, 12), ctx.chance(0.5) ? 1 : -1, AckMethod::ParentConfirmed};
            if (Status s = maker.make(*author, templates.value(QStringLiteral("behaviour-concern")), m.caseload.at(3),
                                      parents, o);
                !s)
                return s;
        }
    }
    // The lead mentor closes one intervention (a draft awaiting the hub) and writes after the hub.
    {
        auto lead = sessionOf(ctx, ctx.leadMentorId);
        if (!lead)
            return lead.error();
        const DemoMentor &leadMentor = ctx.mentors.first();
        if (!leadMentor.caseload.isEmpty())
            if (Status s = maker.make(*lead, templates.value(QStringLiteral("mentoring-outcome")),
                                      leadMentor.caseload.first(), parents, Outcome{});
                !s)
                return s;
        QList<qint64> pool = ctx.studentsByYear.value(8);
        for (int i = 0; i < 4 && !pool.isEmpty(); ++i) {
            const qint64 student = pool.takeAt(ctx.between(0, int(pool.size()) - 1));
            Outcome o{IssueMethod::Printed, i < 2 ? ctx.between(3, 20) : 0, -1, AckMethod::ReplySlip};
            if (Status s = maker.make(*lead, templates.value(QStringLiteral("hub-decision")), student, parents, o); !s)
                return s;
        }
    }
    // The headteacher writes to the families of the students with the lowest attendance.
    {
        auto headSession = sessionOf(ctx, ctx.headteacherId);
        if (!headSession)
            return headSession.error();
        QList<const Student *> byAttendance;
        for (const Student &s : std::as_const(ctx.students))
            if (s.attendance && *s.attendance < 90.0)
                byAttendance.append(&s);
        std::stable_sort(byAttendance.begin(), byAttendance.end(),
                         [](const Student *a, const Student *b) { return *a->attendance < *b->attendance; });
        for (int i = 0; i < byAttendance.size() && i < 10; ++i) {
            Outcome o{IssueMethod::Pdf, i < 6 ? ctx.between(2, 25) : 0, ctx.chance(0.4) ? ctx.between(1, 6) : -1,
                      AckMethod::ReplySlip};
            if (Status s = maker.make(*headSession, templates.value(QStringLiteral("attendance-concern")),
                                      byAttendance.at(i)->id, parentsApart, o);
                !s)
                return s;
        }
    }
    // A teacher drafts an attendance letter from their course; the supervisor an assessment letter.
    if (!ctx.teachers.isEmpty() && !ctx.courses.isEmpty()) {
        const DemoTeacher &teacher = ctx.teachers.first();
        auto session = sessionOf(ctx, teacher.userId);
        if (!session)
            return session.error();
        for (const DemoCourse &c : std::as_const(ctx.courses)) {
            if (!c.teacherIds.contains(teacher.userId))
                continue;
            const QList<qint64> year = ctx.studentsByYear.value(c.yearGroup);
            if (year.isEmpty())
                continue;
            if (Status s = maker.make(*session, templates.value(QStringLiteral("attendance-concern")),
                                      year.at(ctx.between(0, int(year.size()) - 1)), parents, Outcome{});
                !s)
                return s;
            break;
        }
    }
    if (!ctx.supervisor.caseload.isEmpty()) {
        auto session = sessionOf(ctx, ctx.supervisor.userId);
        if (!session)
            return session.error();
        if (Status s = maker.make(*session, templates.value(QStringLiteral("assessment-report")),
                                  ctx.supervisor.caseload.first(), parents, Outcome{});
            !s)
            return s;
    }
    qCInfo(lcLetters) << "demo letters:" << templates.size() << "templates," << maker.created() << "letters";
    return {};
}

} // namespace md::demo
