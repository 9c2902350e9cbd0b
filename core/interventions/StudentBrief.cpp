// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/StudentBrief.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QHash>

namespace md {

QString StudentBrief::columns()
{
    return QStringLiteral(
        "s.id, s.upn, s.legal_surname, s.legal_forename, s.preferred_forename, s.preferred_surname, "
        "s.year_group, s.tutor_group, s.sen_status, s.ehc_plan, s.semh, s.pupil_premium, s.looked_after");
}

Student StudentBrief::read(const Query &q, int first)
{
    Student s;
    s.id = q.id(first);
    s.upn = q.string(first + 1);
    s.legalSurname = q.string(first + 2);
    s.legalForename = q.string(first + 3);
    s.preferredForename = q.string(first + 4);
    s.preferredSurname = q.string(first + 5);
    s.yearGroup = q.integer(first + 6);
    s.tutorGroup = q.string(first + 7);
    s.senStatus = senStatusFromCode(q.string(first + 8)).value_or(SenStatus::None);
    s.ehcPlan = q.flag(first + 9);
    s.semh = q.flag(first + 10);
    s.pupilPremium = q.flag(first + 11);
    s.lookedAfter = q.flag(first + 12);
    return s;
}

Status StudentBrief::attachFlags(Database &db, QList<Student *> students)
{
    if (students.isEmpty())
        return {};
    QHash<qint64, QList<Student *>> byId;
    for (Student *s : std::as_const(students))
        byId[s->id].append(s);
    // Few students carry school-defined flags, so reading them all is cheaper than a long IN list.
    Query f(db, QStringLiteral("SELECT sf.student_id, pf.code, pf.label FROM student_flags sf "
                               "JOIN priority_flags pf ON pf.code = sf.flag ORDER BY pf.label"));
    if (Status s = f.exec(); !s)
        return s;
    while (f.next()) {
        const auto it = byId.constFind(f.id(0));
        if (it == byId.constEnd())
            continue;
        for (Student *s : *it) {
            s->priorityFlags.append(f.string(1));
            s->priorityFlagLabels.append(f.string(2));
        }
    }
    return {};
}

} // namespace md
