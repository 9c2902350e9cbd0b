// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSchool.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "common/Logging.h"
#include "demo/DemoContext.h"
#include "demo/DemoSteps.h"
#include "assessments/AssessmentsDemo.h"
#include "behaviour/BehaviourDemo.h"
#include "mentors/MentorsDemo.h"
#include "letters/LettersDemo.h"
#include "referrals/DemoReferrals.h"
#include "mentoring/DemoMentoring.h"
#include "reports/ReportsDemo.h"
#include "ilp/IlpDemo.h"
#include "school/SchoolSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace md {

namespace {

// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::DemoSchool)
};

// The steps, in order. Each runs with `rng` reseeded from the seed and its name.
//
// EXTENSION POINT: a capability that wants demo data of its own (referrals and the hub,
// interventions and the mentoring register, 1:1 sessions and logs, behaviour events, assessments
// and terms, letters, ILPs, mentor details...) writes a `Status generateXxx(DemoContext &)` in its
// own folder (for example core/referrals/ReferralDemo.{h,cpp}), declares it in a header there,
// and adds one line below, after the steps whose results it reads. Give each step a new, stable
// name: the name seeds its random choices.
const QList<DemoStep> &steps()
{
    static const QList<DemoStep> list = {
        {"settings", &demo::generateSettings}, {"students", &demo::generateStudents},   {"staff", &demo::generateStaff},
        {"courses", &demo::generateCourses},   {"caseloads", &demo::generateCaseloads},
        {"mentor details", &demo::generateMentorDetails},
        {"referrals", &demo::generateReferrals},
        {"mentoring", &demo::generateMentoring},
        {"behaviour", &demo::generateBehaviour},
        {"assessments", &demo::generateAssessments},
        {"reports", &demo::generateReports},
        {"ilps", &demo::generateIlps},
        // Later capabilities add their steps here, e.g. {"referrals", &demo::generateReferrals},
        {"letters", &demo::generateLetters},
    };
    return list;
}

Status requireEmpty(Database &db)
{
    Query q(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM students) + (SELECT COUNT(*) FROM users)"));
    auto n = q.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() > 0)
        return Error::conflict(Tr::tr("This database already has students or staff users. The demo school is only "
                                  "generated into a new, empty database, so that it never mixes with real records."));
    return {};
}

} // namespace

namespace demo {

Status generateSettings(DemoContext &ctx)
{
    SchoolSettings settings(ctx.db);
    const std::pair<QString, QString> values[] = {
        {SchoolSettings::kName, Tr::tr("Northgate Academy")},
        {SchoolSettings::kPhase, QStringLiteral("secondary")},
        {SchoolSettings::kAddress, Tr::tr("Academy Way, Northgate, NX1 4AQ")},
        {SchoolSettings::kDemo, QStringLiteral("1")},
    };
    AuditLog audit(ctx.db, ctx.session.actor());
    for (const auto &[key, value] : values) {
        if (Status s = settings.setValueUnchecked(key, value); !s)
            return s;
        if (Status s = audit.changed(QStringLiteral("setting"), 0, key, QString(), value); !s)
            return s;
    }
    return {};
}

} // namespace demo

QString DemoSchool::password()
{
    return QStringLiteral("mentordesk");
}

Result<DemoSummary> DemoSchool::generate(Database &db, const Session &session, const DemoOptions &options)
{
    if (Status s = Permissions::require(session, Action::GenerateDemoSchool); !s)
        return s.error();
    return generate(db, options);
}

Result<DemoSummary> DemoSchool::generate(Database &db, const DemoOptions &options)
{
    if (options.students < kMinStudents || options.students > kMaxStudents)
        return Error::invalid(Tr::tr("The demo school needs between %1 and %2 students, not %3.")
                                  .arg(kMinStudents)
                                  .arg(kMaxStudents)
                                  .arg(options.students));
    if (!options.today.isValid())
        return Error::invalid(Tr::tr("The demo school needs a valid date for today."));
    auto words = DemoWords::load();
    if (!words)
        return words.error();

    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    // Checked inside the write transaction, so nothing can slip in between the check and the writes.
    if (Status s = requireEmpty(db); !s)
        return s.error();
    for (const QString &sql : db.dialect().bulkWriteSettings())
        if (Status s = Query(db).exec(sql); !s)
            return s.error();

    DemoContext ctx(db, options, std::move(*words));
    for (const DemoStep &step : steps()) {
        ctx.reseed(step.name);
        QElapsedTimer stepTimer;
        stepTimer.start();
        if (Status s = step.run(ctx); !s) {
            qCWarning(lcDemo) << "demo step" << step.name << "failed";
            return s.error();
        }
        qCDebug(lcDemo) << "demo step" << step.name << "took" << stepTimer.elapsed() << "ms";
    }

    AuditLog audit(db, ctx.session.actor());
    if (Status s = audit.created(QStringLiteral("demo_school"), 0,
                                 QStringLiteral("seed %1, %2 students").arg(options.seed).arg(ctx.students.size()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();

    DemoSummary summary;
    summary.students = int(ctx.students.size());
    summary.parents = ctx.parents;
    summary.staff = ctx.staff;
    summary.mentors = int(ctx.mentors.size());
    summary.signInAs = ctx.signInAs;
    qCInfo(lcDemo) << "demo school generated:" << summary.students << "students," << summary.parents << "parents,"
                   << summary.staff << "staff," << summary.mentors << "mentors in" << timer.elapsed() << "ms";
    return summary;
}

} // namespace md
