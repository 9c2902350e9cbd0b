// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/DemoReferrals.h"

#include "common/Logging.h"
#include "demo/DemoContext.h"
#include "interventions/AllocationService.h"
#include "interventions/InterventionStore.h"
#include "interventions/ProvisionMap.h"
#include "referrals/HubStore.h"
#include "referrals/ReferralStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace md::demo {

namespace {

// The demo's synthetic wording: every referral, objective and review is made up.
class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(md::DemoReferrals)
};

const char *const kDescriptions[][3] = {
    // Behaviour
    {QT_TRANSLATE_NOOP(
         "md::DemoReferrals",
         "Removed from lessons several times in the last fortnight; most incidents are just after break."),
     QT_TRANSLATE_NOOP("md::DemoReferrals",
                       "Defiant when challenged and walks out of the room; two detentions this week."),
     QT_TRANSLATE_NOOP("md::DemoReferrals",
                       "Low-level disruption across most subjects; sanctions are not changing it.")},
    // Attendance
    {QT_TRANSLATE_NOOP("md::DemoReferrals",
                       "Attendance has dropped this half term and the student is often late on Mondays."),
     QT_TRANSLATE_NOOP("md::DemoReferrals",
                       "Absent on several Fridays; a parent says the student is anxious about coming in."),
     QT_TRANSLATE_NOOP("md::DemoReferrals", "Arrives after registration most days and misses the first lesson.")},
    // Social and emotional
    {QT_TRANSLATE_NOOP("md::DemoReferrals", "Withdrawn in lessons and eating alone at lunch."),
     QT_TRANSLATE_NOOP("md::DemoReferrals", "Tearful in tutor time; a friendship group has broken down."),
     QT_TRANSLATE_NOOP("md::DemoReferrals", "Friends say the student seems anxious and is not sleeping well.")},
    // Academic progress
    {QT_TRANSLATE_NOOP("md::DemoReferrals", "Homework rarely handed in; falling behind in the core subjects."),
     QT_TRANSLATE_NOOP("md::DemoReferrals", "Progress has stalled in English and Maths since the summer."),
     QT_TRANSLATE_NOOP("md::DemoReferrals", "Books are incomplete and the student avoids starting written tasks.")},
    // SEN
    {QT_TRANSLATE_NOOP("md::DemoReferrals",
                       "Struggling to access lessons without in-class support; the SENCo asked for a referral."),
     QT_TRANSLATE_NOOP("md::DemoReferrals", "Finds changes of routine very hard; recent incidents on cover days."),
     QT_TRANSLATE_NOOP("md::DemoReferrals", "Needs help to organise equipment and homework across the week.")},
    // Other
    {QT_TRANSLATE_NOOP("md::DemoReferrals",
                       "A recent bereavement in the family; the student has asked to talk to someone."),
     QT_TRANSLATE_NOOP("md::DemoReferrals", "Has moved house twice this term and seems unsettled."),
     QT_TRANSLATE_NOOP("md::DemoReferrals", "Caring for a younger sibling before school; often tired in lessons.")},
};

const char *const kTried[] = {
    QT_TRANSLATE_NOOP("md::DemoReferrals", "Seating plan changed and a phone call home."),
    QT_TRANSLATE_NOOP("md::DemoReferrals", "On report to the tutor for two weeks."),
    QT_TRANSLATE_NOOP("md::DemoReferrals", "Conversation with the head of year; parents informed."),
    QT_TRANSLATE_NOOP("md::DemoReferrals", "Daily check-in with the tutor for a week."),
    QT_TRANSLATE_NOOP("md::DemoReferrals", "Restorative conversation with the class teacher."),
};

const char *const kObservations[] = {
    QT_TRANSLATE_NOOP("md::DemoReferrals",
                      "Observed in two lessons: settles with a familiar adult, struggles with unstructured time."),
    QT_TRANSLATE_NOOP("md::DemoReferrals", "Round-robin to teachers: most report the same pattern after lunch."),
    QT_TRANSLATE_NOOP("md::DemoReferrals", "Observed at break and in tutor time; keeps apart from the group."),
    QT_TRANSLATE_NOOP("md::DemoReferrals", "Behaviour data checked: points cluster in two subjects."),
};

const char *const kSupport[] = {
    QT_TRANSLATE_NOOP("md::DemoReferrals", "None"),
    QT_TRANSLATE_NOOP("md::DemoReferrals", "School nurse"),
    QT_TRANSLATE_NOOP("md::DemoReferrals", "Counselling drop-in"),
    QT_TRANSLATE_NOOP("md::DemoReferrals", "Family support worker"),
    QT_TRANSLATE_NOOP("md::DemoReferrals", "Educational psychologist"),
};

// Objectives by intervention type; 1:1 mentoring takes up to three.
const QHash<QString, QList<const char *>> &objectivesByType()
{
    static const QHash<QString, QList<const char *>> o = {
        {QStringLiteral("long_term_mentoring"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Attend every lesson on time for a full half term"),
          QT_TRANSLATE_NOOP("md::DemoReferrals", "Use agreed strategies to stay in lessons when frustrated"),
          QT_TRANSLATE_NOOP("md::DemoReferrals", "Build a positive relationship with two subject teachers")}},
        {QStringLiteral("short_term_mentoring"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Come off report with no further sanctions"),
          QT_TRANSLATE_NOOP("md::DemoReferrals", "Name three triggers and a strategy for each"),
          QT_TRANSLATE_NOOP("md::DemoReferrals", "Halve behaviour points by the end of term")}},
        {QStringLiteral("alternative_provision_support"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Keep a weekly check-in while at alternative provision"),
          QT_TRANSLATE_NOOP("md::DemoReferrals", "Plan the return to mainstream lessons")}},
        {QStringLiteral("fixed_term_withdrawal"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Complete the withdrawn lessons' work each week"),
          QT_TRANSLATE_NOOP("md::DemoReferrals", "Agree re-integration targets with the subject teacher")}},
        {QStringLiteral("anger_management"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Recognise the early signs of anger"),
          QT_TRANSLATE_NOOP("md::DemoReferrals", "Use a calm-down plan instead of leaving the room")}},
        {QStringLiteral("social_skills"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Start a conversation with a peer in tutor time"),
          QT_TRANSLATE_NOOP("md::DemoReferrals", "Join one lunchtime club")}},
        {QStringLiteral("attendance_support"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Reach 95% attendance this half term"),
          QT_TRANSLATE_NOOP("md::DemoReferrals", "Arrive before registration every day")}},
        {QStringLiteral("in_lesson_support"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Settle to work within five minutes of the start of the lesson")}},
        {QStringLiteral("social_emotional_support"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Go to the drop-in each week"),
          QT_TRANSLATE_NOOP("md::DemoReferrals", "Name one trusted adult to go to")}},
        {QStringLiteral("lunch_club"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Attend lunch club at least three days a week")}},
        {QStringLiteral("homework_support_club"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Hand in homework on time each week")}},
        {QStringLiteral("restorative_conversation"),
         {QT_TRANSLATE_NOOP("md::DemoReferrals", "Keep to the contract agreed at the restorative conversation")}},
        {QStringLiteral("incident_support"), {}},
    };
    return o;
}

QString text(const char *source)
{
    return QCoreApplication::translate("md::DemoReferrals", source);
}

// The Wednesday on or before `date`: the hub meets during a DoL meeting midweek.
QDate wednesdayOnOrBefore(const QDate &date)
{
    return date.addDays(-((date.dayOfWeek() - 3 + 7) % 7));
}

class Maker
{
public:
    explicit Maker(DemoContext &ctx)
        : m_ctx(ctx), m_referrals(ctx.db), m_hub(ctx.db), m_interventions(ctx.db), m_audit(ctx.db, ctx.session.actor())
    {
    }

    Status load()
    {
        auto types = ProvisionMap(m_ctx.db).types();
        if (!types)
            return types.error();
        for (const ProvisionType &t : std::as_const(*types))
            m_types.insert(t.code, t);
        Query users(m_ctx.db, QStringLiteral("SELECT id, display_name FROM users"));
        if (Status s = users.exec(); !s)
            return s;
        while (users.next())
            m_names.insert(users.id(0), users.string(1));
        for (const Student &s : std::as_const(m_ctx.students))
            m_students.insert(s.id, s);
        return {};
    }

    const Student &student(qint64 id) const
    {
        static const Student none;
        const auto it = m_students.constFind(id);
        return it == m_students.constEnd() ? none : it.value();
    }
    const ProvisionType &type(const QString &code) const
    {
        static const ProvisionType none;
        const auto it = m_types.constFind(code);
        return it == m_types.constEnd() ? none : it.value();
    }
    QString nameOf(qint64 userId) const { return m_names.value(userId); }

    // A referral by a random teacher (or the given referrer) some days before `before`.
    Result<qint64> refer(qint64 studentId, const QDate &on, Urgency urgency, RequestedBy by, qint64 referrer = 0,
                         Concern concern = Concern::Other, bool pickConcern = true)
    {
        const Student &s = student(studentId);
        NewReferral n;
        n.studentId = studentId;
        n.referredOn = on;
        if (pickConcern) {
            if (s.attendance && *s.attendance < 90 && m_ctx.chance(0.7))
                concern = Concern::Attendance;
            else if (s.senStatus != SenStatus::None && m_ctx.chance(0.3))
                concern = Concern::Sen;
            else if (s.semh && m_ctx.chance(0.6))
                concern = Concern::SocialEmotional;
            else
                concern = m_ctx.pick(QList<Concern>{Concern::Behaviour, Concern::Behaviour, Concern::SocialEmotional,
                                                    Concern::AcademicProgress, Concern::Other});
        }
        n.concern = concern;
        n.description = text(kDescriptions[int(concern)][m_ctx.between(0, 2)]);
        n.tried = text(kTried[m_ctx.between(0, int(std::size(kTried)) - 1)]);
        n.urgency = urgency;
        n.requestedBy = by;
        if (referrer == 0) {
            if (by == RequestedBy::SeniorLeadership && m_ctx.supervisorId != 0)
                referrer = m_ctx.supervisorId;
            else if (!m_ctx.teachers.isEmpty())
                referrer = m_ctx.pick(m_ctx.teachers).userId;
        }
        QString name = nameOf(referrer);
        if (name.isEmpty())
            name = DemoText::tr("Head of Year %1").arg(s.yearGroup);
        return m_referrals.createUnchecked(m_audit, n, referrer, name);
    }

    Status assess(qint64 referralId, const QDate &on)
    {
        return m_referrals.startAssessment(
            m_ctx.session, referralId, text(kObservations[m_ctx.between(0, int(std::size(kObservations)) - 1)]), on);
    }

    // Referred some days before the meeting, assessed, and onto its agenda.
    Result<qint64> toMeeting(qint64 studentId, const QDate &meetingOn, RequestedBy by, qint64 referrer = 0)
    {
        const QDate referred = meetingOn.addDays(-m_ctx.between(6, 20));
        auto id = refer(studentId, referred, Urgency::NonUrgent, by, referrer);
        if (!id)
            return id.error();
        const QDate assessed = referred.addDays(m_ctx.between(0, 2));
        if (Status s = assess(*id, assessed); !s)
            return s.error();
        auto placed = m_referrals.sendToHub(m_ctx.session, *id, assessed.addDays(1));
        if (!placed)
            return placed.error();
        return *id;
    }

    HubDecisionInput planned(qint64 referralId, qint64 meetingId, const QDate &on, const QString &code,
                             qint64 keyworker)
    {
        const ProvisionType &t = type(code);
        HubDecisionInput in;
        in.referralId = referralId;
        in.meetingId = meetingId;
        in.decidedOn = on;
        in.kind = HubDecisionKind::PlannedIntervention;
        in.provisionTypeId = t.id;
        if (!t.criteria.isEmpty()) {
            in.criteriaIds << t.criteria.at(m_ctx.between(0, int(t.criteria.size()) - 1)).id;
            if (t.criteria.size() > 2 && m_ctx.chance(0.5) && !in.criteriaIds.contains(t.criteria.last().id))
                in.criteriaIds << t.criteria.last().id;
        }
        in.keyworkerId = keyworker;
        in.externalSupport = text(kSupport[m_ctx.chance(0.6) ? 0 : m_ctx.between(1, int(std::size(kSupport)) - 1)]);
        const QList<const char *> objectives = objectivesByType().value(code);
        const int wanted = t.oneToOne ? int(objectives.size()) : std::min(int(objectives.size()), m_ctx.between(1, 2));
        for (int i = 0; i < wanted; ++i)
            in.objectives << text(objectives.at(i));
        return in;
    }

    // The intervention that suits the student's needs, as the hub would choose it.
    // Looked-after children get long-term 1:1 mentoring; other high needs often, not always, a
    // stage 3 intervention; the rest a stage 1 or 2 programme that fits.
    QString typeFor(const Student &s, bool stage3Allowed)
    {
        if (stage3Allowed && s.lookedAfter)
            return QStringLiteral("long_term_mentoring");
        if (stage3Allowed && (s.ehcPlan || s.senStatus == SenStatus::EhcPlan) && m_ctx.chance(0.5))
            return QStringLiteral("long_term_mentoring");
        if (stage3Allowed && s.semh && s.senStatus != SenStatus::None && m_ctx.chance(0.4))
            return m_ctx.chance(0.8) ? QStringLiteral("short_term_mentoring") : QStringLiteral("fixed_term_withdrawal");
        if (s.attendance && *s.attendance < 90 && m_ctx.chance(0.7))
            return QStringLiteral("attendance_support");
        if (s.semh && m_ctx.chance(0.5))
            return QStringLiteral("social_emotional_support");
        return m_ctx.pick(QStringList{QStringLiteral("anger_management"), QStringLiteral("social_skills"),
                                      QStringLiteral("in_lesson_support"), QStringLiteral("social_emotional_support"),
                                      QStringLiteral("homework_support_club"), QStringLiteral("lunch_club")});
    }

    static bool needsStage3(const Student &s)
    {
        return s.lookedAfter || s.ehcPlan || s.senStatus == SenStatus::EhcPlan ||
               (s.semh && s.senStatus != SenStatus::None);
    }

    Status start(qint64 interventionId, const QDate &on, bool contactParents)
    {
        if (Status s = m_interventions.start(m_ctx.session, interventionId, on); !s)
            return s;
        if (contactParents)
            return m_interventions.markParentsContacted(m_ctx.session, interventionId,
                                                        std::min(on.addDays(m_ctx.between(0, 4)), m_ctx.today));
        return {};
    }

    DemoContext &m_ctx;
    ReferralStore m_referrals;
    HubStore m_hub;
    InterventionStore m_interventions;
    AuditLog m_audit;
    QHash<QString, ProvisionType> m_types;
    QHash<qint64, QString> m_names;
    QHash<qint64, Student> m_students;
};

QList<HubAttendee> attendees(DemoContext &ctx, const QString &leadName)
{
    const auto person = [&ctx]() -> QString {
        const bool female = ctx.chance(0.6);
        return ctx.pick(female ? ctx.words.femaleForenames : ctx.words.maleForenames) + QLatin1Char(' ') +
               ctx.pick(ctx.words.surnames);
    };
    return {
        {person(), DemoText::tr("AP Behaviour")},
        {person(), DemoText::tr("AP Inclusion")},
        {person(), DemoText::tr("Director of Learning, KS3")},
        {person(), DemoText::tr("Director of Learning, KS4")},
        {person(), DemoText::tr("Senior Behaviour Manager")},
        {leadName, DemoText::tr("Lead Learning Mentor")},
    };
}

} // namespace

Status generateReferrals(DemoContext &ctx)
{
    Maker make(ctx);
    if (Status s = make.load(); !s)
        return s;
    if (ctx.students.isEmpty() || ctx.mentors.isEmpty())
        return {};

    const QDate today = ctx.today;
    const QDate second = wednesdayOnOrBefore(today.addDays(-18));
    const QDate first = second.addDays(-42);
    const QString leadName = make.nameOf(ctx.leadMentorId);

    // Who is on whose caseload, and when they joined it.
    struct Case
    {
        qint64 studentId = 0;
        qint64 mentorId = 0;
        QDate joined;
    };
    QList<Case> cases;
    QSet<qint64> inGroup;
    {
        Query q(ctx.db, QStringLiteral("SELECT student_id, mentor_id, started_on FROM mentoring_groups "
                                       "WHERE ended_on IS NULL ORDER BY started_on, student_id"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            cases.append({q.id(0), q.id(1), q.date(2)});
            inGroup.insert(q.id(0));
        }
    }
    // Students not on a caseload, for the other referrals; the neediest ones first so the
    // allocation queue shows the policy's priorities.
    QList<qint64> others;
    for (const Student &s : std::as_const(ctx.students))
        if (!inGroup.contains(s.id) && !s.dateLeft.isValid())
            others.append(s.id);
    // Dealt out by priority in turn (EHC plan, SEMH on the SEN register, a school flag, none), so
    // every group of referrals below, and the allocation queue, shows the policy's priorities.
    ctx.shuffle(others);
    {
        QList<QList<qint64>> byLevel(5);
        for (qint64 id : std::as_const(others))
            byLevel[AllocationService::priorityLevel(make.student(id))].append(id);
        others.clear();
        for (int round = 0; others.size() < byLevel[0].size() + byLevel[1].size() + byLevel[2].size() +
                                                byLevel[3].size() + byLevel[4].size();
             ++round)
            for (int level = 4; level >= 0; --level)
                if (round < byLevel[level].size())
                    others.append(byLevel[level].at(round));
    }
    int nextOther = 0;
    const auto takeOther = [&]() -> qint64 { return nextOther < others.size() ? others.at(nextOther++) : 0; };

    int referrals = 0;
    int interventionsMade = 0;

    // --- The first meeting --------------------------------------------------------------------
    auto m1 = make.m_hub.scheduleMeeting(ctx.session, first, attendees(ctx, leadName));
    if (!m1)
        return m1.error();
    struct Live
    {
        qint64 interventionId = 0;
        qint64 studentId = 0;
        qint64 mentorId = 0;
        QDate started;
    };
    QList<Live> fromFirst;
    QList<Case> atSecond;
    QList<Case> progressing; // two students whose first intervention ends and a stage 3 one follows
    int senKeyworkerCases = 0;
    for (const Case &c : std::as_const(cases)) {
        if (c.joined >= second) {
            atSecond.append(c);
            continue;
        }
        const Student &s = make.student(c.studentId);
        const bool stage3 = Maker::needsStage3(s);
        QString code = make.typeFor(s, stage3);
        // Two students start on a stage 2 programme; after it the hub moves them on to 1:1 mentoring.
        const bool progresses = !stage3 && progressing.size() < 2 && c.mentorId != ctx.leadMentorId;
        if (progresses) {
            code = QStringLiteral("anger_management");
            progressing.append(c);
        }
        const RequestedBy by =
            stage3 ? (s.lookedAfter ? RequestedBy::SeniorLeadership : RequestedBy::Senco) : RequestedBy::Staff;
        auto referral = make.toMeeting(c.studentId, first, by);
        if (!referral)
            return referral.error();
        ++referrals;
        HubDecisionInput in = make.planned(*referral, *m1, first, code, c.mentorId);
        // Most are reviewed at the next hub; those it did not get to are overdue now.
        if (ctx.chance(0.6))
            in.reviewOn = second.addDays(ctx.between(0, 14));
        // A high-needs SEN keyworker case for two of the learning mentors.
        if (s.ehcPlan && senKeyworkerCases < 2 && c.mentorId != ctx.leadMentorId) {
            in.senKeyworker = true;
            ++senKeyworkerCases;
        }
        auto done = make.m_hub.decide(ctx.session, in);
        if (!done)
            return done.error();
        ++interventionsMade;
        const QDate started = std::min(std::max(c.joined, first.addDays(ctx.between(2, 10))), today.addDays(-1));
        if (Status st = make.start(done->interventionId, started, ctx.chance(0.85)); !st)
            return st;
        fromFirst.append({done->interventionId, c.studentId, c.mentorId, started});
    }
    // Referrals of students not on a caseload: every other decision.
    QList<qint64> monitored;
    QList<qint64> toClose;
    for (int k = 0; k < 5; ++k) {
        const qint64 studentId = takeOther();
        if (studentId == 0)
            break;
        auto referral = make.toMeeting(studentId, first, RequestedBy::Staff);
        if (!referral)
            return referral.error();
        ++referrals;
        HubDecisionInput in;
        in.referralId = *referral;
        in.meetingId = *m1;
        in.decidedOn = first;
        in.kind = k < 2 ? HubDecisionKind::MonitorAndReview
                        : (k < 4 ? HubDecisionKind::NoIntervention : HubDecisionKind::SenAssessment);
        if (in.kind == HubDecisionKind::MonitorAndReview)
            in.monitorName = make.student(studentId).senStatus == SenStatus::None ? DemoText::tr("Director of Learning")
                                                                                  : DemoText::tr("SENCo");
        if (auto done = make.m_hub.decide(ctx.session, in); !done)
            return done.error();
        if (in.kind == HubDecisionKind::MonitorAndReview)
            monitored.append(*referral);
        else if (in.kind == HubDecisionKind::NoIntervention)
            toClose.append(*referral);
    }
    if (Status s =
            make.m_hub.updateMeeting(ctx.session, *m1, attendees(ctx, leadName),
                                     DemoText::tr("All referrals discussed; action plans to be shared by Friday."),
                                     [&] { auto m = make.m_hub.meetingUnchecked(*m1); return m ? m->rowVersion : 0; }());
        !s)
        return s;
    if (Status s = make.m_hub.markHeld(ctx.session, *m1, today); !s)
        return s;
    for (qint64 id : std::as_const(toClose))
        if (Status s = make.m_referrals.close(ctx.session, id, DemoText::tr("Sent to the form tutor for information."),
                                              first.addDays(ctx.between(1, 5)));
            !s)
            return s;

    // --- The second meeting: new referrals, the monitored ones' recommendations, reviews ------
    // Referrals made between the meetings; one is left undecided and carried to the next.
    QList<qint64> forSecond;
    for (const Case &c : std::as_const(atSecond)) {
        const Student &s = make.student(c.studentId);
        const bool stage3 = Maker::needsStage3(s);
        auto referral =
            make.toMeeting(c.studentId, second, stage3 ? RequestedBy::DirectorOfLearning : RequestedBy::Staff);
        if (!referral)
            return referral.error();
        ++referrals;
        forSecond.append(*referral);
    }
    QList<qint64> waitingReferrals;
    for (int k = 0; k < 4; ++k) {
        const qint64 studentId = takeOther();
        if (studentId == 0)
            break;
        auto referral = make.toMeeting(studentId, second, k == 0 ? RequestedBy::Senco : RequestedBy::Staff);
        if (!referral)
            return referral.error();
        ++referrals;
        waitingReferrals.append(*referral);
    }
    // The progressing students' second referral, by the director of learning, for 1:1 mentoring.
    QList<qint64> progressingReferrals;
    for (const Case &c : std::as_const(progressing)) {
        auto referral = make.toMeeting(c.studentId, second, RequestedBy::DirectorOfLearning);
        if (!referral)
            return referral.error();
        ++referrals;
        progressingReferrals.append(*referral);
    }
    auto m2 = make.m_hub.scheduleMeeting(ctx.session, second, attendees(ctx, leadName));
    if (!m2)
        return m2.error();
    // Scheduling carried the referrals sent before it existed onto its agenda; the rest go there now.
    for (qint64 id : forSecond + waitingReferrals + progressingReferrals)
        if (Status s = make.m_hub.addToAgenda(ctx.session, *m2, id); !s)
            return s;

    for (int k = 0; k < atSecond.size(); ++k) {
        const Case &c = atSecond.at(k);
        const Student &s = make.student(c.studentId);
        const QString code = make.typeFor(s, Maker::needsStage3(s));
        auto done = make.m_hub.decide(ctx.session, make.planned(forSecond.at(k), *m2, second, code, c.mentorId));
        if (!done)
            return done.error();
        ++interventionsMade;
        // Most have started; the newest still wait for their first session.
        if (ctx.chance(0.7)) {
            const QDate started = std::min(std::max(c.joined, second.addDays(ctx.between(1, 7))), today.addDays(-1));
            if (Status st = make.start(done->interventionId, started, ctx.chance(0.7)); !st)
                return st;
        }
    }
    // Students waiting for a keyworker (the allocation queue); the last referral stays undecided.
    for (int k = 0; k < waitingReferrals.size(); ++k) {
        if (k == waitingReferrals.size() - 1 && k > 0)
            break;
        auto r = make.m_referrals.getUnchecked(waitingReferrals.at(k));
        if (!r)
            return r.error();
        const QString code = k == 0 && mayRequestStage3(r->requestedBy) ? QStringLiteral("short_term_mentoring")
                                                                        : make.typeFor(r->student, false);
        if (auto done = make.m_hub.decide(ctx.session, make.planned(r->id, *m2, second, code, 0)); !done)
            return done.error();
        ++interventionsMade;
    }
    // The monitored referrals come back with the director of learning's recommendation.
    for (int k = 0; k < monitored.size(); ++k) {
        HubDecisionInput in;
        if (k == 0) {
            auto r = make.m_referrals.getUnchecked(monitored.at(k));
            if (!r)
                return r.error();
            in = make.planned(monitored.at(k), *m2, second, make.typeFor(r->student, false), 0);
            ++interventionsMade;
        } else {
            in.referralId = monitored.at(k);
            in.meetingId = *m2;
            in.decidedOn = second;
            in.kind = HubDecisionKind::NoIntervention;
            in.notes = DemoText::tr("The director of learning reports things have settled.");
        }
        if (auto done = make.m_hub.decide(ctx.session, in); !done)
            return done.error();
    }
    // The progressing students move on to stage 3 with the same keyworker; then their first
    // programme is concluded at this meeting's review.
    for (int k = 0; k < progressing.size(); ++k) {
        const Case &c = progressing.at(k);
        auto done = make.m_hub.decide(ctx.session, make.planned(progressingReferrals.at(k), *m2, second,
                                                                QStringLiteral("short_term_mentoring"), c.mentorId));
        if (!done)
            return done.error();
        ++interventionsMade;
        if (Status st =
                make.start(done->interventionId, std::min(second.addDays(ctx.between(2, 6)), today.addDays(-1)), true);
            !st)
            return st;
    }
    // Termly reviews of the first meeting's interventions.
    for (const Live &l : std::as_const(fromFirst)) {
        const bool concludes = std::any_of(progressing.cbegin(), progressing.cend(),
                                           [&l](const Case &c) { return c.studentId == l.studentId; });
        if (!concludes && !ctx.chance(0.55))
            continue; // not reviewed yet: its review is overdue
        ReviewInput r;
        r.interventionId = l.interventionId;
        r.meetingId = *m2;
        r.reviewedOn = second;
        r.progress = concludes ? DemoText::tr("Completed all six sessions and used the calm-down plan in lessons.")
                               : DemoText::tr("Engaging well in weekly sessions; fewer incidents reported by staff.");
        r.impact = concludes ? DemoText::tr("Behaviour points down from eleven to three over the half term.")
                             : DemoText::tr("Attendance and behaviour points steady or improving since the start.");
        if (concludes) {
            r.result = ReviewResult::Conclude;
            r.outcome = InterventionOutcome::PartlyMet;
            r.conclusionReport = DemoText::tr("The programme helped; 1:1 mentoring will build on it. Parents kept "
                                              "informed throughout.");
        } else if (ctx.chance(0.2)) {
            r.result = ReviewResult::Change;
            r.newObjectives = QStringList{DemoText::tr("Keep the progress made in the first half term"),
                                          DemoText::tr("Take part in one enrichment activity each week")};
            r.nextReviewOn = today.addDays(ctx.between(10, 60));
        } else {
            r.result = ReviewResult::Continue;
            r.nextReviewOn = today.addDays(ctx.between(10, 70));
        }
        if (auto done = make.m_interventions.review(ctx.session, r); !done)
            return done.error();
        if (concludes)
            if (Status s = make.m_interventions.markParentsContacted(ctx.session, l.interventionId,
                                                                     std::min(second.addDays(2), today));
                !s)
                return s;
    }
    if (Status s =
            make.m_hub.updateMeeting(ctx.session, *m2, attendees(ctx, leadName),
                                     DemoText::tr("Termly reviews after the new referrals. One referral held over "
                                                  "to the next meeting for more information."),
                                     [&] { auto m = make.m_hub.meetingUnchecked(*m2); return m ? m->rowVersion : 0; }());
        !s)
        return s;
    if (Status s = make.m_hub.markHeld(ctx.session, *m2, today); !s)
        return s;

    // --- Now: referrals in every state and the next meeting -----------------------------------
    // An urgent referral decided at once with an action plan, and one just discussed today.
    for (int k = 0; k < 2; ++k) {
        const qint64 studentId = takeOther();
        if (studentId == 0)
            break;
        const QDate on = k == 0 ? today.addDays(-ctx.between(5, 9)) : today.addDays(-1);
        auto referral = make.refer(studentId, on, Urgency::Urgent, RequestedBy::Staff);
        if (!referral)
            return referral.error();
        ++referrals;
        if (Status s = make.m_referrals.recordUrgentAction(ctx.session, *referral, DemoText::tr("Director of Learning"),
                                                           DemoText::tr("Daily check-in with the lead mentor; phone "
                                                                        "call home today; seen by the school nurse."),
                                                           on);
            !s)
            return s;
        if (k == 0) {
            HubDecisionInput in = make.planned(*referral, 0, on, QStringLiteral("social_emotional_support"), 0);
            if (auto done = make.m_hub.decide(ctx.session, in); !done)
                return done.error();
            ++interventionsMade;
        }
    }
    // Non-urgent referrals waiting for the next meeting.
    QList<qint64> awaiting;
    for (int k = 0; k < 3; ++k) {
        const qint64 studentId = takeOther();
        if (studentId == 0)
            break;
        const QDate on = today.addDays(-ctx.between(3, 12));
        auto referral = make.refer(studentId, on, Urgency::NonUrgent,
                                   k == 0 ? RequestedBy::DirectorOfLearning : RequestedBy::Staff);
        if (!referral)
            return referral.error();
        ++referrals;
        if (Status s = make.assess(*referral, on.addDays(1)); !s)
            return s;
        awaiting.append(*referral);
    }
    auto m3 = make.m_hub.scheduleMeeting(ctx.session, today.addDays(10), HubStore::defaultAttendees());
    if (!m3)
        return m3.error();
    for (qint64 id : std::as_const(awaiting))
        if (auto placed = make.m_referrals.sendToHub(ctx.session, id, today); !placed)
            return placed.error();
    // In initial assessment, and new (one of them urgent, made this morning).
    for (int k = 0; k < 4; ++k) {
        const qint64 studentId = takeOther();
        if (studentId == 0)
            break;
        const bool urgent = k == 3;
        const QDate on = urgent ? today : today.addDays(-ctx.between(0, 3));
        auto referral = make.refer(studentId, on, urgent ? Urgency::Urgent : Urgency::NonUrgent, RequestedBy::Staff);
        if (!referral)
            return referral.error();
        ++referrals;
        if (k < 2)
            if (Status s = make.assess(*referral, today); !s)
                return s;
    }
    // Stage 1 support asked for directly through learning support.
    for (int k = 0; k < 2 && k < cases.size(); ++k) {
        const Case &c = cases.at(cases.size() - 1 - k);
        NewIntervention n;
        n.studentId = c.studentId;
        n.provisionTypeId =
            make.type(k == 0 ? QStringLiteral("restorative_conversation") : QStringLiteral("lunch_club")).id;
        n.plannedOn = today.addDays(-ctx.between(1, 6));
        n.timescale = k == 0 ? DemoText::tr("One conversation this week, reviewed in a fortnight") : QString();
        auto id = make.m_interventions.requestDirect(ctx.session, n);
        if (!id)
            return id.error();
        ++interventionsMade;
        AllocationRequest req;
        req.interventionId = *id;
        req.mentorId = c.mentorId;
        req.on = n.plannedOn;
        if (auto allocated = AllocationService(ctx.db).assign(ctx.session, req); !allocated)
            return allocated.error();
    }

    qCInfo(lcDemo) << "demo referrals:" << referrals << "referrals," << interventionsMade
                   << "interventions, 3 hub meetings";
    return {};
}

} // namespace md::demo
