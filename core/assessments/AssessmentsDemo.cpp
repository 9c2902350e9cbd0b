// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessments/AssessmentsDemo.h"

#include "assessments/AssessmentService.h"
#include "assessments/AssessmentTypes.h"
#include "common/Logging.h"
#include "demo/DemoContext.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/BatchInsert.h"
#include "storage/Query.h"
#include "timetable/SchoolCalendar.h"

#include <QHash>

#include <algorithm>

namespace md::demo {

namespace {

class AssessmentsDemoText
{
    Q_DECLARE_TR_FUNCTIONS(md::AssessmentsDemo)
};

const char *const kComments[] = {
    QT_TRANSLATE_NOOP("md::AssessmentsDemo", "Works hard and contributes well in class."),
    QT_TRANSLATE_NOOP("md::AssessmentsDemo", "Good progress this term; keep revising key vocabulary."),
    QT_TRANSLATE_NOOP("md::AssessmentsDemo", "Needs to complete homework on time to make further progress."),
    QT_TRANSLATE_NOOP("md::AssessmentsDemo", "A confident start; now aim for more detail in written answers."),
    QT_TRANSLATE_NOOP("md::AssessmentsDemo", "Careful, accurate work. Try the extension tasks."),
    QT_TRANSLATE_NOOP("md::AssessmentsDemo", "Focus in lessons has improved since half term."),
    QT_TRANSLATE_NOOP("md::AssessmentsDemo", "Would benefit from asking for help sooner."),
    QT_TRANSLATE_NOOP("md::AssessmentsDemo", "Excellent effort and a positive attitude to learning."),
};

const char *const kReturnComments[] = {
    QT_TRANSLATE_NOOP("md::AssessmentsDemo", "Several comments are missing: please add one for every student."),
    QT_TRANSLATE_NOOP("md::AssessmentsDemo", "The grades look high against the mock results: please moderate with "
                                             "your department and resubmit."),
};

const QString kGcseScale = QStringLiteral("9|8|7|6|5|4|3|2|1");

} // namespace

Status generateAssessments(DemoContext &ctx)
{
    AuditLog audit(ctx.db, ctx.session.actor());
    // The school year's terms: the calendar's when it has them, else the usual English pattern.
    struct TermDef
    {
        QString name;
        QDate start;
        QDate end;
    };
    QList<TermDef> defs;
    auto calendar = SchoolCalendar::load(ctx.db);
    if (!calendar)
        return calendar.error();
    for (const CalendarPeriod &p : calendar->periods())
        if (p.kind == CalendarKind::Term && p.end >= ctx.schoolYearStart && p.start < ctx.schoolYearStart.addYears(1))
            defs.append({p.name, p.start, p.end});
    if (defs.isEmpty()) {
        const int y = ctx.schoolYearStart.year();
        defs = {{AssessmentsDemoText::tr("Autumn %1").arg(y), QDate(y, 9, 1), QDate(y, 12, 19)},
                {AssessmentsDemoText::tr("Spring %1").arg(y + 1), QDate(y + 1, 1, 5), QDate(y + 1, 3, 27)},
                {AssessmentsDemoText::tr("Summer %1").arg(y + 1), QDate(y + 1, 4, 13), QDate(y + 1, 7, 22)}};
    }
    std::sort(defs.begin(), defs.end(), [](const TermDef &a, const TermDef &b) { return a.start < b.start; });
    Query term(ctx.db, QStringLiteral("INSERT INTO terms (name, starts_on, ends_on) VALUES (?, ?, ?) RETURNING id"));
    qint64 currentTerm = 0;
    for (const TermDef &d : std::as_const(defs)) {
        term.bind(d.name).bind(d.start).bind(d.end);
        auto id = term.scalar();
        if (!id)
            return id.error();
        if (Status s = audit.created(QStringLiteral("term"), id->toLongLong(), d.name); !s)
            return s;
        if (currentTerm == 0 || d.start <= ctx.today)
            currentTerm = id->toLongLong();
    }

    // Every course in the current term; KS3 on the school's descriptors, KS4 on GCSE grades.
    const QString ks3Scale = QStringList{AssessmentsDemoText::tr("Greater depth"), AssessmentsDemoText::tr("Secure"),
                                         AssessmentsDemoText::tr("Developing"), AssessmentsDemoText::tr("Emerging")}
                                 .join(QLatin1Char('|'));
    Query link(ctx.db, QStringLiteral("UPDATE courses SET term_id = ?, grading_scale = ? WHERE id = ?"));
    for (const DemoCourse &c : std::as_const(ctx.courses)) {
        link.bind(currentTerm).bind(c.yearGroup >= 10 ? kGcseScale : ks3Scale).bind(c.id);
        if (Status s = link.exec(); !s)
            return s;
    }
    if (Status s = audit.record(QStringLiteral("link"), QStringLiteral("term"), currentTerm, QStringLiteral("courses"),
                                QString(), QString::number(ctx.courses.size()));
        !s)
        return s;

    // Each course at a stage: the first five get one each, the rest are spread like a school in
    // the last weeks of term.
    QList<int> order;
    for (int i = 0; i < ctx.courses.size(); ++i)
        order.append(i);
    ctx.shuffle(order);
    const AssessmentStage firstFive[] = {AssessmentStage::NotStarted, AssessmentStage::InProgress,
                                         AssessmentStage::Complete, AssessmentStage::Approved,
                                         AssessmentStage::Returned};
    QHash<qint64, double> ability;
    for (const Student &s : std::as_const(ctx.students))
        ability.insert(s.id, ctx.uniform());

    // Thousands of grades: several rows a statement on PostgreSQL (storage/BatchInsert).
    BatchInsert grade(ctx.db, QStringLiteral("course_assessments"),
                      {QStringLiteral("course_id"), QStringLiteral("student_id"), QStringLiteral("grade"),
                       QStringLiteral("comment"), QStringLiteral("assessed_by"), QStringLiteral("updated_at")});
    Query stage(
        ctx.db,
        QStringLiteral("INSERT INTO course_approvals (course_id, stage, completed_at, completed_by, approved_at, "
                       "approved_by, returned_at, returned_by, return_comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Query remind(ctx.db, QStringLiteral("INSERT INTO assessment_reminders (term_id, course_id, teacher_id, message, "
                                        "sent_at, sent_by) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString now = isoNow();
    const QString lastWeek = ctx.today.addDays(-7).toString(Qt::ISODate) + QStringLiteral("T16:00:00");
    const QString twoDaysAgo = ctx.today.addDays(-2).toString(Qt::ISODate) + QStringLiteral("T09:30:00");
    const QVariant none{QMetaType(QMetaType::QString)};
    const QVariant noUser{QMetaType(QMetaType::LongLong)};
    const QString termName = defs.isEmpty() ? QString() : [&] {
        for (const TermDef &d : std::as_const(defs))
            if (d.start <= ctx.today)
                return d.name;
        return defs.first().name;
    }();
    qint64 grades = 0;
    int counts[5] = {};
    for (int n = 0; n < order.size(); ++n) {
        const DemoCourse &c = ctx.courses.at(order.at(n));
        AssessmentStage st;
        if (n < 5) {
            st = firstFive[n];
        } else {
            const double r = ctx.uniform();
            st = r < 0.15  ? AssessmentStage::NotStarted
                 : r < 0.4 ? AssessmentStage::InProgress
                 : r < 0.6 ? AssessmentStage::Complete
                 : r < 0.9 ? AssessmentStage::Approved
                           : AssessmentStage::Returned;
        }
        ++counts[int(st)];
        const qint64 teacher = c.teacherIds.isEmpty() ? 0 : c.teacherIds.first();
        const QStringList scale = (c.yearGroup >= 10 ? kGcseScale : ks3Scale).split(QLatin1Char('|'));
        if (st != AssessmentStage::NotStarted) {
            const double share = st == AssessmentStage::InProgress ? 0.3 + 0.5 * ctx.uniform() : 1.0;
            for (qint64 studentId : ctx.studentsByYear.value(c.yearGroup)) {
                if (share < 1.0 && !ctx.chance(share))
                    continue;
                // Ability plus a little noise, mapped onto the scale (best first).
                const double a = std::clamp(ability.value(studentId) + (ctx.uniform() - 0.5) * 0.3, 0.0, 1.0);
                const int step = std::min(int(scale.size()) - 1, int((1.0 - a) * double(scale.size())));
                const QString g = scale.at(std::max(0, step));
                const QString comment =
                    ctx.chance(0.9) ? AssessmentsDemoText::tr(kComments[ctx.between(0, 7)]) : QStringLiteral("");
                if (Status s = grade.add({c.id, studentId, g, comment, teacher > 0 ? QVariant(teacher) : noUser, now}); !s)
                    return s;
                ++grades;
            }
        }
        const QVariant head(ctx.headteacherId);
        const QVariant by = teacher > 0 ? QVariant(teacher) : noUser;
        switch (st) {
        case AssessmentStage::Complete:
            stage.bind(c.id).bind(QStringLiteral("complete")).bind(twoDaysAgo).bind(by);
            stage.bind(none).bind(noUser).bind(none).bind(noUser).bind(none);
            break;
        case AssessmentStage::Approved:
            stage.bind(c.id).bind(QStringLiteral("approved")).bind(lastWeek).bind(by);
            stage.bind(twoDaysAgo).bind(head).bind(none).bind(noUser).bind(none);
            break;
        case AssessmentStage::Returned:
            stage.bind(c.id).bind(QStringLiteral("returned")).bind(lastWeek).bind(by);
            stage.bind(none).bind(noUser).bind(twoDaysAgo).bind(head);
            stage.bind(AssessmentsDemoText::tr(kReturnComments[ctx.between(0, 1)]));
            break;
        default:
            break;
        }
        if (st == AssessmentStage::Complete || st == AssessmentStage::Approved || st == AssessmentStage::Returned) {
            if (Status s = stage.exec(); !s)
                return s;
        }
        // Last week's reminder went to the teachers of the courses not started then.
        if (st == AssessmentStage::NotStarted)
            for (qint64 t : c.teacherIds) {
                remind.bind(currentTerm).bind(c.id).bind(t);
                remind.bind(AssessmentService::reminderText(termName, {c.name})).bind(lastWeek).bind(head);
                if (Status s = remind.exec(); !s)
                    return s;
            }
    }
    if (Status s = grade.flush(); !s)
        return s;
    if (Status s = audit.record(QStringLiteral("generate"), QStringLiteral("course_assessments"), currentTerm,
                                QStringLiteral("grades"), QString(), QString::number(grades));
        !s)
        return s;
    qCInfo(lcDemo) << "demo assessments:" << defs.size() << "terms," << grades << "grades; courses by stage"
                   << counts[0] << counts[1] << counts[2] << counts[3] << counts[4];
    return {};
}

} // namespace md::demo
