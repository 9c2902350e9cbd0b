// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small school for the ILP tests: an administrator, two mentors, a headteacher and a teacher;
// three students (two in m.one's group, one in m.two's), one course taught by the teacher; a
// published template whose fields cover every combination of rights the tests need.

#include "TestDatabase.h"

#include "ilp/IlpPlanStore.h"
#include "ilp/IlpTemplateStore.h"
#include "storage/Query.h"

#include <QtTest>

namespace md::test {

struct IlpFixture
{
    TestDatabase t;
    Session admin, mentor, otherMentor, head, teacher;
    qint64 ada = 0, bo = 0, cy = 0;
    qint64 templateId = 0;

    // Fields of the fixture template, in order.
    enum Field
    {
        Strengths,    // seen by all; edited by mentor, teacher, student
        Targets,      // seen by all; edited by mentor
        StudentVoice, // seen by all; edited by student
        ParentVoice,  // seen by mentor, teacher, parent; edited by parent
        StaffNotes,   // seen by mentor, teacher; edited by mentor, teacher
        MentorOnly,   // seen by mentor only; edit ticked for everyone (must not matter)
    };

    IlpFixture()
    {
        admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        otherMentor = t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        head = t.addUser(QStringLiteral("head"), {Role::Headteacher});
        teacher = t.addUser(QStringLiteral("t.one"), {Role::Teacher});
        ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 8, QStringLiteral("8B"));
        bo = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"), 8, QStringLiteral("8A"));
        cy = t.addStudent(3, QStringLiteral("Cy"), QStringLiteral("Moss"), 8, QStringLiteral("8A"));
        t.assignMentor(mentor.userId(), ada);
        t.assignMentor(mentor.userId(), bo);
        t.assignMentor(otherMentor.userId(), cy);
        t.enrol(teacher.userId(), ada);
        t.enrol(teacher.userId(), bo);
        templateId = makeTemplate(QStringLiteral("Termly ILP"));
    }

    static IlpTemplate templateNamed(const QString &name)
    {
        const IlpRoles all = IlpRole::Mentor | IlpRole::Teacher | IlpRole::Student | IlpRole::Parent;
        IlpTemplate tpl;
        tpl.name = name;
        tpl.fields = {
            {0, 0, QStringLiteral("Strengths"), QStringLiteral("What goes well"), all,
             IlpRole::Mentor | IlpRole::Teacher | IlpRole::Student},
            {0, 0, QStringLiteral("Targets"), {}, all, IlpRoles(IlpRole::Mentor)},
            {0, 0, QStringLiteral("Student voice"), {}, all, IlpRoles(IlpRole::Student)},
            {0,
             0,
             QStringLiteral("Parent voice"),
             {},
             IlpRole::Mentor | IlpRole::Teacher | IlpRole::Parent,
             IlpRoles(IlpRole::Parent)},
            {0,
             0,
             QStringLiteral("Staff notes"),
             {},
             IlpRole::Mentor | IlpRole::Teacher,
             IlpRole::Mentor | IlpRole::Teacher},
            {0, 0, QStringLiteral("Mentor only"), {}, IlpRoles(IlpRole::Mentor), all},
        };
        return tpl;
    }

    qint64 makeTemplate(const QString &name)
    {
        IlpTemplateStore store(t.db());
        auto id = store.create(admin, templateNamed(name));
        if (!id) {
            qWarning("template: %s", qPrintable(id.error().message));
            return 0;
        }
        if (!store.setState(admin, *id, IlpTemplateState::Published))
            qWarning("publish failed");
        return *id;
    }

    qint64 makePlan(qint64 student, const QDate &from = QDate(2027, 2, 1), const QDate &to = QDate(2027, 6, 30))
    {
        auto ids = IlpPlanStore(t.db()).create(mentor, templateId, {student}, from, to);
        if (!ids) {
            qWarning("plan: %s", qPrintable(ids.error().message));
            return 0;
        }
        return ids->first();
    }

    IlpPlan plan(qint64 id) { return IlpPlanStore(t.db()).get(head, id).value(); }

    // Writes text into every field (as whoever may), so visibility tests see something in each.
    void fillAll(qint64 planId)
    {
        IlpPlanStore store(t.db());
        const IlpPlan p = plan(planId);
        const QStringList texts{QStringLiteral("STRENGTHS-TEXT"),    QStringLiteral("TARGETS-TEXT"),
                                QStringLiteral("STUDENTVOICE-TEXT"), QStringLiteral("PARENTVOICE-TEXT"),
                                QStringLiteral("STAFFNOTES-TEXT"),   QStringLiteral("MENTORONLY-TEXT")};
        for (int i = 0; i < p.fields.size(); ++i) {
            const IlpPlanField &f = p.fields.at(i);
            std::optional<IlpRole> behalf;
            if (i == StudentVoice)
                behalf = IlpRole::Student;
            if (i == ParentVoice)
                behalf = IlpRole::Parent;
            auto v = store.saveField(mentor, f.id, texts.at(i), f.version, nullptr, behalf);
            if (!v)
                qWarning("fill %d: %s", i, qPrintable(v.error().message));
        }
    }

    int auditRows(const QString &entity, const QString &action = {})
    {
        Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = ? AND (? = '' OR action = ?)"));
        q.bind(entity).bind(action).bind(action);
        return q.scalar().value().toInt();
    }
};

} // namespace md::test
