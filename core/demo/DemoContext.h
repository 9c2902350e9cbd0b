// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "demo/DemoSchool.h"
#include "students/Student.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QStringList>

namespace md {

class Database;

// The synthetic word lists (resources under :/demo/words) that names and addresses are drawn from.
struct DemoWords
{
    QStringList femaleForenames;
    QStringList maleForenames;
    QStringList surnames;
    QStringList streets;
    QStringList towns; // town i has the fictional postcode district NX<i+1>

    static Result<DemoWords> load();
};

// A member of the learning-mentor team (or the supervisor) and the students they were given.
struct DemoMentor
{
    qint64 userId = 0;
    QString username;
    QString grade; // mentor_profiles.grade; empty for the supervisor, who has no profile
    int capacity = 0;
    QList<qint64> caseload; // student ids, in the order they were assigned
};

struct DemoTeacher
{
    qint64 userId = 0;
    QString username;
    QStringList subjects;
};

struct DemoCourse
{
    qint64 id = 0;
    QString name; // "Year 8 Maths"
    QString subject;
    int yearGroup = 0;
    QList<qint64> teacherIds;
};

// Everything the demo steps share: the database, the options, a random generator and what the
// earlier steps made. A step reads what it needs and adds what later steps may want.
//
// Rules for a step:
// - Draw every random choice from `rng` (never QRandomGenerator::global()): the generator reseeds
//   it from the seed and the step's name before each step, so adding a step never changes what the
//   other steps generate.
// - Write through the capability's own store or writer, or bound prepared statements; the whole
//   run is already inside one Transaction.
// - Make your own AuditLog for the step and let it go before the next writer audits: an AuditLog
//   caches the chain's last hash, so two of them writing in turn would break the chain.
// - Log counts only (lcDemo), never a name.
struct DemoContext
{
    DemoContext(Database &database, const DemoOptions &opts, DemoWords wordLists);

    Database &db;
    const DemoOptions options;
    const QDate today;
    const QDate schoolYearStart; // 1 September of the current school year
    const Session session;       // Session::system("demo"): who the audit log says made it all
    const DemoWords words;
    QRandomGenerator rng;

    // --- made by the core steps, in this order -----------------------------------------------
    QStringList tutorGroups;
    QList<Student> students; // as inserted, ids set; sorted by year group then tutor group
    QMap<int, QList<qint64>> studentsByYear;
    int parents = 0;

    qint64 leadMentorId = 0;
    qint64 headteacherId = 0;
    qint64 administratorId = 0;
    qint64 supervisorId = 0;   // mentor + headteacher: the combined "Supervisor" entry
    QList<DemoMentor> mentors; // the team: lead first, then advanced, then learning mentors
    DemoMentor supervisor;     // the supervisor's own small group
    QList<DemoTeacher> teachers;
    int staff = 0;
    QString signInAs;

    QList<DemoCourse> courses;

    // --- helpers on rng -----------------------------------------------------------------------
    int between(int lowest, int highest); // both inclusive
    bool chance(double probability);
    double uniform(); // [0, 1)
    template <typename T> const T &pick(const QList<T> &list) { return list.at(between(0, int(list.size()) - 1)); }
    QDate dateBetween(const QDate &from, const QDate &to); // inclusive; `to` when from > to
    // Fisher–Yates with rng (std::shuffle's result differs between standard libraries).
    template <typename T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, between(0, int(i)));
    }
    void reseed(const char *stepName);
    // Whole numbers in proportion to `weights` that add up to `total` (largest remainder).
    static QList<int> apportion(int total, const QList<int> &weights);

    // --- fictional contact details ------------------------------------------------------------
    QString phone();                                                // 07700 900xxx (Ofcom's range for drama)
    QString landline();                                             // 020 7946 0xxx (likewise)
    QString address();                                              // "12 Alder Road, Eastmere, NX2 4RT"
    QString email(const QString &forename, const QString &surname); // at example.com/.org
    static QString asciiLower(const QString &text);                 // "O'Brien" -> "obrien", for emails and usernames

    // --- school-year rules (England) ----------------------------------------------------------
    // The 1 September on or before `date`.
    static QDate schoolYearStartFor(const QDate &date);
    // The year group of a child born on `dob` on `date`: Year 7 is the school year that starts
    // on the first 1 September after their 11th birthday.
    static int yearGroupFor(const QDate &dob, const QDate &date);
    // The first and last birthdays of year group `yearGroup` in the school year starting `start`.
    static QDate earliestBirthday(int yearGroup, const QDate &start);
    static QDate latestBirthday(int yearGroup, const QDate &start);
};

// One step of the generator: a name (for the reseed and for messages) and what it does.
struct DemoStep
{
    const char *name;
    Status (*run)(DemoContext &context);
};

} // namespace md
