// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Permissions.h"
#include "common/Result.h"
#include "ilp/IlpTypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace md {

class Database;
class Session;

// One line of the ILP student list (reference 001, 4): a student with one of their current plans,
// or with none (planId 0). A student with several current plans has a line for each.
struct IlpStudentRow
{
    qint64 studentId = 0;
    QString upn;
    QString name; // "Forename Surname"
    QString sortName;
    QString tutorGroup;
    int yearGroup = 0;
    qint64 planId = 0;
    QString templateName;
    QDate validFrom;
    QDate validTo;
    IlpPlanState state = IlpPlanState::Unpublished;
    int filled = 0;
    int fields = 0;
};

// A field's text as it is now in the database, when a save found someone else had saved first.
struct IlpFieldConflict
{
    qint64 fieldId = 0;
    QString label;
    QString theirValue;
    QString theirName;
    QDateTime theirTime;
    int version = 0; // save against this to keep your text over theirs
};

// Individual learning plans (reference 001, 5 to 8, 10): made from a published template for one
// or many students, each a copy of the template's fields and rights; validity dates; published,
// unpublished or archived; deleted for good. Fields save one at a time with a version, so two
// mentors editing the same field never silently overwrite each other.
class IlpPlanStore
{
    Q_DECLARE_TR_FUNCTIONS(md::IlpPlanStore)
public:
    explicit IlpPlanStore(Database &db) : m_db(db) {}

    // One plan per student from a published template, in one transaction; the new ids in order.
    Result<QList<qint64>> create(const Session &session, qint64 templateId, const QList<qint64> &studentIds,
                                 const QDate &validFrom, const QDate &validTo);
    // With `expectedVersion` (the plan's row version as the editor read it), dates changed at
    // another desk meanwhile are a conflict, never overwritten.
    Status setDates(const Session &session, qint64 planId, const QDate &validFrom, const QDate &validTo,
                    std::optional<int> expectedVersion = std::nullopt);
    // Publish, unpublish or archive the plans, all or none.
    Status setState(const Session &session, const QList<qint64> &planIds, IlpPlanState state);
    // Permanent: the plans and their text are gone; the audit log keeps that they existed.
    Status remove(const Session &session, const QList<qint64> &planIds);

    // Saves one field's text against the version it was read at. Refused when the user's role may
    // not edit the field; a Conflict (with *conflict filled) when someone saved it since.
    // `onBehalfOf` records a student's or parent's words, typed in by a mentor, in a field that
    // role may edit.
    Result<int> saveField(const Session &session, qint64 fieldId, const QString &value, int expectedVersion,
                          IlpFieldConflict *conflict = nullptr, std::optional<IlpRole> onBehalfOf = std::nullopt);

    // Adds a mentor to the plan so they can read it and write in it alongside the student's own
    // mentor, wherever the student's group is; removing them takes that away.
    Status addMentor(const Session &session, qint64 planId, qint64 userId);
    Status removeMentor(const Session &session, qint64 planId, qint64 userId);
    // Staff who hold the Mentor role, for "add a mentor to this plan".
    Result<QList<IlpPlanMentor>> mentorCandidates(const Session &session) const;

    Result<IlpPlan> get(const Session &session, qint64 planId) const;
    // Every plan of the student, oldest validity first, empty ones included (staff see them all).
    Result<QList<IlpPlan>> forStudent(const Session &session, qint64 studentId) const;
    // The student list for ILPs: students in the user's scope sorted by group, one line per current
    // (not archived, not yet ended) plan, or one line without a plan. `ownGroupOnly` narrows a
    // lead mentor's or supervisor's whole-school list to their own mentoring group.
    Result<QList<IlpStudentRow>> studentList(const Session &session, const QDate &today,
                                             bool ownGroupOnly = false) const;

    // Whether `role` can see the plan at all: staff always; students published plans; parents
    // current published plans.
    static bool mayView(const IlpPlan &plan, IlpRole role, const QDate &today);
    // The plans of a student as `role` would see them, fields filtered by the template's rights.
    static QList<IlpPlan> asSeenBy(const QList<IlpPlan> &plans, IlpRole role, const QDate &today);

    // OK when the session may act on the plan: the student is in its scope for `action`, or
    // (to view and contribute) it is a mentor added to the plan.
    Status checkPlan(const Session &session, Action action, qint64 planId, qint64 studentId) const;

private:
    Result<qint64> studentOfPlan(qint64 planId) const;
    bool isPlanMentor(const Session &session, qint64 planId) const;
    Result<QList<IlpPlan>> select(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace md
