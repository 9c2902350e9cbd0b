// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Logging.h"
#include "demo/DemoContext.h"
#include "demo/DemoSteps.h"
#include "students/StudentStore.h"
#include "students/Upn.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace md::demo {

namespace {

// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::DemoSchool)
};

// Reference 004's cohort: about 540 in KS3 and 180 in KS4, so Years 7-9 twice the size of 10-11.
constexpr std::array<int, 5> kYearWeights{2, 2, 2, 1, 1};
constexpr int kFirstYear = 7;
constexpr int kTutorGroupSize = 30;
// Proportions from reference 004: 21% on the SEN register, about 30% of those with SEMH needs,
// 66% pupil premium, 5 looked-after children in 720.
constexpr double kSenShare = 0.21;
constexpr double kEhcShareOfSen = 0.15;
constexpr double kSemhShareOfSen = 0.30;
constexpr double kPupilPremiumShare = 0.66;
constexpr double kLookedAfterPer720 = 5.0;

struct FlagDef
{
    const char *code;
    const char *label;
    double share;
};
const FlagDef kFlags[] = {
    {"eal", QT_TRANSLATE_NOOP("md::DemoSchool", "EAL"), 0.06},
    {"young_carer", QT_TRANSLATE_NOOP("md::DemoSchool", "Young carer"), 0.02},
    {"bereavement", QT_TRANSLATE_NOOP("md::DemoSchool", "Bereavement"), 0.01},
    {"service_child", QT_TRANSLATE_NOOP("md::DemoSchool", "Service child"), 0.01},
};

QString tutorGroupName(int year, int index, int groups)
{
    QString name = QString::number(year) + QChar(char16_t(u'A' + index % 26));
    // Past 26 forms a year the letters repeat with a number: 7A2, 7B2...
    if (groups > 26)
        name += QString::number(index / 26 + 1);
    return name;
}

// `count` distinct entries of `pool`, chosen at random.
QList<int> choose(DemoContext &ctx, QList<int> pool, int count)
{
    ctx.shuffle(pool);
    return pool.mid(0, std::clamp<qsizetype>(count, 0, pool.size()));
}

int atLeastOne(double exact)
{
    return std::max(1, qRound(exact));
}

// Attendance in percent: most 90-100, a tail below 90 (persistent absence), a few below 80.
// Pupil premium and SEMH raise the chance of the tail, as they do in national figures.
double drawAttendance(DemoContext &ctx, const Student &s)
{
    const double severe = 0.02 + (s.semh ? 0.04 : 0.0) + (s.lookedAfter ? 0.03 : 0.0);
    const double tail = 0.11 + (s.pupilPremium ? 0.04 : 0.0) + (s.semh ? 0.08 : 0.0);
    const double r = ctx.uniform();
    double a = 0;
    if (r < severe)
        a = 55.0 + 25.0 * ctx.uniform();
    else if (r < severe + tail)
        a = 80.0 + 10.0 * ctx.uniform();
    else {
        const double u = ctx.uniform();
        a = 90.0 + 10.0 * (1.0 - u * u);
    }
    return std::min(100.0, std::round(a * 10.0) / 10.0);
}

enum class Household
{
    TwoParents,
    TwoMothers,
    SingleMother,
    SingleFather,
    MotherAndStepfather,
    FatherAndStepmother,
    Grandparents,
    MotherAndFatherElsewhere, // the father lives apart and has no parental responsibility
    Foster,                   // looked-after: a foster carer, and the birth mother
};

struct Family
{
    Household household = Household::TwoParents;
    QString otherSurname; // a step-parent's, a carer's or a mother who kept her own name
};

Household drawHousehold(DemoContext &ctx, bool lookedAfter)
{
    if (lookedAfter)
        return Household::Foster;
    const std::pair<double, Household> table[] = {
        {0.50, Household::TwoParents},          {0.01, Household::TwoMothers},
        {0.22, Household::SingleMother},        {0.05, Household::SingleFather},
        {0.08, Household::MotherAndStepfather}, {0.02, Household::FatherAndStepmother},
        {0.05, Household::Grandparents},        {0.07, Household::MotherAndFatherElsewhere},
    };
    double r = ctx.uniform();
    for (const auto &[p, h] : table) {
        if (r < p)
            return h;
        r -= p;
    }
    return Household::TwoParents;
}

enum class Sex
{
    Female,
    Male,
};

QString drawTitle(DemoContext &ctx, Sex sex, bool older)
{
    const double r = ctx.uniform();
    if (r < 0.01)
        return Tr::tr("Mx");
    if (sex == Sex::Male)
        return r < 0.96 ? Tr::tr("Mr") : Tr::tr("Dr");
    if (older)
        return r < 0.85 ? Tr::tr("Mrs") : Tr::tr("Ms");
    if (r < 0.45)
        return Tr::tr("Mrs");
    if (r < 0.75)
        return Tr::tr("Ms");
    if (r < 0.95)
        return Tr::tr("Miss");
    return Tr::tr("Dr");
}

class ParentMaker
{
public:
    ParentMaker(DemoContext &ctx, StudentWriter &writer) : m_ctx(ctx), m_writer(writer) {}

    // Adds one contact; `address` shared by a household.
    Status add(qint64 studentId, Sex sex, const char *relationship, const QString &surname, bool responsibility,
               const QString &address, int priority, bool older = false)
    {
        Parent p;
        p.studentId = studentId;
        p.title = drawTitle(m_ctx, sex, older);
        p.forename = m_ctx.pick(sex == Sex::Female ? m_ctx.words.femaleForenames : m_ctx.words.maleForenames);
        p.surname = surname;
        p.relationship = Tr::tr(relationship);
        p.parentalResponsibility = responsibility;
        p.phone = older && m_ctx.chance(0.5) ? m_ctx.landline() : m_ctx.phone();
        const bool hasEmail = m_ctx.chance(older ? 0.5 : 0.9);
        if (hasEmail)
            p.email = m_ctx.email(p.forename, p.surname);
        p.address = address;
        const double r = m_ctx.uniform();
        if (hasEmail && r < 0.35)
            p.contactPreference = QStringLiteral("email");
        else if (r < 0.85)
            p.contactPreference = QStringLiteral("phone");
        else
            p.contactPreference = QStringLiteral("letter");
        p.priority = priority;
        auto id = m_writer.addParent(p);
        if (!id)
            return id.error();
        ++m_count;
        return {};
    }

    int count() const { return m_count; }

private:
    DemoContext &m_ctx;
    StudentWriter &m_writer;
    int m_count = 0;
};

Status addFamily(DemoContext &ctx, ParentMaker &parents, const Student &s, const Family &f)
{
    const QString home = ctx.address();
    const QString surname = s.legalSurname;
    switch (f.household) {
    case Household::TwoParents: {
        const bool motherFirst = ctx.chance(0.7);
        const QString motherSurname = ctx.chance(0.85) ? surname : f.otherSurname;
        if (Status st = parents.add(s.id, Sex::Female, QT_TRANSLATE_NOOP("md::DemoSchool", "Mother"), motherSurname,
                                    true, home, motherFirst ? 1 : 2);
            !st)
            return st;
        return parents.add(s.id, Sex::Male, QT_TRANSLATE_NOOP("md::DemoSchool", "Father"), surname, true, home,
                           motherFirst ? 2 : 1);
    }
    case Household::TwoMothers:
        if (Status st =
                parents.add(s.id, Sex::Female, QT_TRANSLATE_NOOP("md::DemoSchool", "Mother"), surname, true, home, 1);
            !st)
            return st;
        return parents.add(s.id, Sex::Female, QT_TRANSLATE_NOOP("md::DemoSchool", "Mother"), f.otherSurname, true, home,
                           2);
    case Household::SingleMother:
        return parents.add(s.id, Sex::Female, QT_TRANSLATE_NOOP("md::DemoSchool", "Mother"),
                           ctx.chance(0.9) ? surname : f.otherSurname, true, home, 1);
    case Household::SingleFather:
        return parents.add(s.id, Sex::Male, QT_TRANSLATE_NOOP("md::DemoSchool", "Father"), surname, true, home, 1);
    case Household::MotherAndStepfather:
        if (Status st = parents.add(s.id, Sex::Female, QT_TRANSLATE_NOOP("md::DemoSchool", "Mother"),
                                    ctx.chance(0.5) ? surname : f.otherSurname, true, home, 1);
            !st)
            return st;
        return parents.add(s.id, Sex::Male, QT_TRANSLATE_NOOP("md::DemoSchool", "Step-father"), f.otherSurname, false,
                           home, 2);
    case Household::FatherAndStepmother:
        if (Status st =
                parents.add(s.id, Sex::Male, QT_TRANSLATE_NOOP("md::DemoSchool", "Father"), surname, true, home, 1);
            !st)
            return st;
        return parents.add(s.id, Sex::Female, QT_TRANSLATE_NOOP("md::DemoSchool", "Step-mother"),
                           ctx.chance(0.6) ? surname : f.otherSurname, false, home, 2);
    case Household::Grandparents: {
        // Kinship carers: some hold a special guardianship order (parental responsibility), some not.
        const bool responsibility = ctx.chance(0.6);
        const QString grandSurname = ctx.chance(0.6) ? surname : f.otherSurname;
        if (Status st = parents.add(s.id, Sex::Female, QT_TRANSLATE_NOOP("md::DemoSchool", "Grandmother"), grandSurname,
                                    responsibility, home, 1, true);
            !st)
            return st;
        if (!ctx.chance(0.5))
            return {};
        return parents.add(s.id, Sex::Male, QT_TRANSLATE_NOOP("md::DemoSchool", "Grandfather"), grandSurname,
                           responsibility, home, 2, true);
    }
    case Household::MotherAndFatherElsewhere:
        if (Status st = parents.add(s.id, Sex::Female, QT_TRANSLATE_NOOP("md::DemoSchool", "Mother"),
                                    ctx.chance(0.7) ? surname : f.otherSurname, true, home, 1);
            !st)
            return st;
        return parents.add(s.id, Sex::Male, QT_TRANSLATE_NOOP("md::DemoSchool", "Father"), surname, false,
                           ctx.address(), 2);
    case Household::Foster:
        // The local authority shares parental responsibility under a care order; the foster carer
        // has none. The birth mother keeps hers and hears by letter.
        if (Status st =
                parents.add(s.id, ctx.chance(0.8) ? Sex::Female : Sex::Male,
                            QT_TRANSLATE_NOOP("md::DemoSchool", "Foster carer"), f.otherSurname, false, home, 1);
            !st)
            return st;
        if (!ctx.chance(0.6))
            return {};
        return parents.add(s.id, Sex::Female, QT_TRANSLATE_NOOP("md::DemoSchool", "Mother"), surname, true,
                           ctx.address(), 2);
    }
    return {};
}

} // namespace

Status generateStudents(DemoContext &ctx)
{
    StudentWriter writer(ctx.db, ctx.session.actor());
    for (const FlagDef &flag : kFlags)
        if (Status s = writer.ensurePriorityFlag(QString::fromLatin1(flag.code), Tr::tr(flag.label)); !s)
            return s;

    const int total = ctx.options.students;
    const QList<int> sizes = DemoContext::apportion(total, QList<int>(kYearWeights.begin(), kYearWeights.end()));
    const int startYear = ctx.schoolYearStart.year();

    // Build the whole cohort in memory first: flags are dealt out in exact numbers over it.
    QList<Student> cohort;
    cohort.reserve(total);
    QList<Sex> sexes;
    sexes.reserve(total);
    for (int y = 0; y < sizes.size(); ++y) {
        const int year = kFirstYear + y;
        const int size = sizes.at(y);
        if (size == 0)
            continue; // only in a toy school of a handful of students
        const int groups = std::max(1, qRound(double(size) / kTutorGroupSize));
        for (int g = 0; g < groups; ++g)
            ctx.tutorGroups.append(tutorGroupName(year, g, groups));
        const QDate earliest = DemoContext::earliestBirthday(year, ctx.schoolYearStart);
        const QDate latest = DemoContext::latestBirthday(year, ctx.schoolYearStart);

        // UPNs as a primary school in the LA would have issued them in Reception: LA 801, one of
        // a few fictional feeder establishments, the Reception year, a serial within that school.
        const int feeders = std::max(8, (size + 998) / 999);
        QList<int> serials(size);
        for (int i = 0; i < size; ++i)
            serials[i] = i;
        ctx.shuffle(serials);
        const int receptionYear = (startYear - year) % 100;

        for (int i = 0; i < size; ++i) {
            Student s;
            const Sex sex = ctx.chance(0.5) ? Sex::Female : Sex::Male;
            s.gender = sex == Sex::Female ? QStringLiteral("F") : QStringLiteral("M");
            s.legalForename = ctx.pick(sex == Sex::Female ? ctx.words.femaleForenames : ctx.words.maleForenames);
            s.legalSurname = ctx.pick(ctx.words.surnames);
            s.dateOfBirth = ctx.dateBetween(earliest, latest);
            s.yearGroup = year;
            s.tutorGroup = tutorGroupName(year, i % groups, groups);
            const int establishment = 2100 + 37 * (serials.at(i) % feeders);
            const int serial = serials.at(i) / feeders + 1;
            s.upn = Upn::withCheckLetter(QStringLiteral("801%1%2%3")
                                             .arg(establishment, 4, 10, QLatin1Char('0'))
                                             .arg(receptionYear, 2, 10, QLatin1Char('0'))
                                             .arg(serial, 3, 10, QLatin1Char('0')));
            if (s.upn.isEmpty())
                return Error::invalid(Tr::tr("The demo school could not make a valid UPN."));
            if (ctx.chance(0.03)) {
                // Known by another name (often a middle name) at school.
                const QString other =
                    ctx.pick(sex == Sex::Female ? ctx.words.femaleForenames : ctx.words.maleForenames);
                if (other != s.legalForename)
                    s.preferredForename = other;
            }
            cohort.append(s);
            sexes.append(sex);
        }
    }

    QList<int> everyone(total);
    for (int i = 0; i < total; ++i)
        everyone[i] = i;

    const QList<int> lac = choose(ctx, everyone, atLeastOne(total * kLookedAfterPer720 / 720.0));
    for (int i : lac)
        cohort[i].lookedAfter = true;

    // SEN register; most looked-after children are on it, as nationally.
    QList<int> senPool;
    QList<int> others;
    for (int i : everyone)
        (cohort.at(i).lookedAfter && ctx.chance(0.6) ? senPool : others).append(i);
    ctx.shuffle(others);
    senPool += others;
    const QList<int> sen = senPool.mid(0, qRound(total * kSenShare));
    for (int i : sen)
        cohort[i].senStatus = SenStatus::Support;
    for (int i : choose(ctx, sen, atLeastOne(sen.size() * kEhcShareOfSen))) {
        cohort[i].senStatus = SenStatus::EhcPlan;
        cohort[i].ehcPlan = true;
    }
    for (int i : choose(ctx, sen, qRound(sen.size() * kSemhShareOfSen)))
        cohort[i].semh = true;

    // Pupil premium: every looked-after child qualifies (pupil premium plus); the rest by chance.
    QList<int> notLooked;
    for (int i : everyone) {
        if (cohort.at(i).lookedAfter)
            cohort[i].pupilPremium = true;
        else
            notLooked.append(i);
    }
    for (int i : choose(ctx, notLooked, qRound(total * kPupilPremiumShare) - int(lac.size())))
        cohort[i].pupilPremium = true;

    for (const FlagDef &flag : kFlags)
        for (int i : choose(ctx, everyone, atLeastOne(total * flag.share)))
            cohort[i].priorityFlags.append(QString::fromLatin1(flag.code));

    for (Student &s : cohort)
        s.attendance = drawAttendance(ctx, s);

    // Households, decided before insertion: a child living with a step-parent sometimes goes by
    // the step-parent's surname at school.
    QList<Family> families;
    families.reserve(total);
    for (Student &s : cohort) {
        Family f;
        f.household = drawHousehold(ctx, s.lookedAfter);
        do
            f.otherSurname = ctx.pick(ctx.words.surnames);
        while (f.otherSurname == s.legalSurname);
        if (f.household == Household::MotherAndStepfather && ctx.chance(0.3))
            s.preferredSurname = f.otherSurname;
        families.append(f);
    }

    // Insert in register order (year, tutor group, name) so ids read naturally.
    QList<int> order = everyone;
    std::stable_sort(order.begin(), order.end(), [&cohort](int a, int b) {
        const Student &x = cohort.at(a);
        const Student &y = cohort.at(b);
        if (x.yearGroup != y.yearGroup)
            return x.yearGroup < y.yearGroup;
        if (x.tutorGroup.size() != y.tutorGroup.size())
            return x.tutorGroup.size() < y.tutorGroup.size();
        if (x.tutorGroup != y.tutorGroup)
            return x.tutorGroup < y.tutorGroup;
        if (x.legalSurname != y.legalSurname)
            return x.legalSurname < y.legalSurname;
        return x.legalForename < y.legalForename;
    });

    ParentMaker parents(ctx, writer);
    ctx.students.reserve(total);
    for (int i : order) {
        Student s = cohort.at(i);
        qint64 id = 0;
        auto outcome = writer.upsertByUpn(s, &id);
        if (!outcome)
            return outcome.error();
        if (*outcome != StudentWriter::Outcome::Created)
            return Error::conflict(Tr::tr("The demo school made the same UPN twice."));
        s.id = id;
        if (Status st = addFamily(ctx, parents, s, families.at(i)); !st)
            return st;
        ctx.studentsByYear[s.yearGroup].append(id);
        ctx.students.append(s);
    }
    ctx.parents = parents.count();
    qCInfo(lcDemo) << "demo students:" << ctx.students.size() << "in" << ctx.tutorGroups.size() << "tutor groups,"
                   << ctx.parents << "parents and carers";
    return {};
}

} // namespace md::demo
