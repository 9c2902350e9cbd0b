// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

class Session;

// The four audiences of a plan's fields (reference 001): a template says, field by field, which
// of them can see it and which can edit it. Headteachers and lead mentors act with the mentor's
// rights (they create and manage plans too).
enum class IlpRole
{
    Mentor = 0x1,
    Teacher = 0x2,
    Student = 0x4,
    Parent = 0x8,
};
Q_DECLARE_FLAGS(IlpRoles, IlpRole)
Q_DECLARE_OPERATORS_FOR_FLAGS(IlpRoles)

QList<IlpRole> allIlpRoles();
QString ilpRoleCode(IlpRole role); // "mentor", as stored and as the command line takes it
std::optional<IlpRole> ilpRoleFromCode(const QString &code);
QString ilpRoleLabel(IlpRole role);      // translated, "Parent"
QString ilpRolesToCodes(IlpRoles roles); // "mentor,teacher"
IlpRoles ilpRolesFromCodes(const QString &codes);
// The field rights a staff session acts with: Mentor for mentors, lead mentors and headteachers,
// Teacher for teachers; both for someone who holds both.
IlpRoles ilpRolesOf(const Session &session);

enum class IlpTemplateState
{
    Draft,
    Published,
    Unpublished,
};
QString ilpTemplateStateCode(IlpTemplateState state);
std::optional<IlpTemplateState> ilpTemplateStateFromCode(const QString &code);
QString ilpTemplateStateLabel(IlpTemplateState state);

enum class IlpPlanState
{
    Unpublished,
    Published,
    Archived,
};
QString ilpPlanStateCode(IlpPlanState state);
std::optional<IlpPlanState> ilpPlanStateFromCode(const QString &code);
QString ilpPlanStateLabel(IlpPlanState state);

// One text field of a template or a plan and who may see and edit it. A role that cannot see a
// field never gets it, whatever its edit right.
struct IlpField
{
    qint64 id = 0;
    int position = 0;
    QString label;
    QString guidance; // a hint shown under the label
    IlpRoles seeBy;
    IlpRoles editBy;

    bool visibleTo(IlpRoles roles) const { return (seeBy & roles) != IlpRoles(); }
    bool editableBy(IlpRoles roles) const { return (seeBy & editBy & roles) != IlpRoles(); }
};

struct IlpTemplate
{
    qint64 id = 0;
    QString name;
    QString description;
    IlpTemplateState state = IlpTemplateState::Draft;
    int rowVersion = 1;
    int planCount = 0; // plans made from it (read only)
    QList<IlpField> fields;
};

// A plan's copy of a template field with its text. `version` counts saves, so a save made against
// an older version (someone else saved in between) is detected instead of overwriting theirs.
struct IlpPlanField : IlpField
{
    QString value;
    int version = 0;
    QString updatedBy; // display name of who saved it last
    QDateTime updatedAt;
};

// A member of staff working on a plan: the mentors added to it besides the student's own.
struct IlpPlanMentor
{
    qint64 userId = 0;
    QString name;
};

struct IlpPlan
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString studentName;
    QString upn;
    qint64 templateId = 0; // where it came from (for the record only: a plan never follows its template)
    QString templateName;
    QDate validFrom;
    QDate validTo;
    IlpPlanState state = IlpPlanState::Unpublished;
    QDateTime createdAt;
    int rowVersion = 1;
    QList<IlpPlanField> fields;
    QList<IlpPlanMentor> mentors; // added to this plan (the student's own mentor is not listed)

    bool isCurrent(const QDate &today) const
    {
        return state != IlpPlanState::Archived && validFrom <= today && today <= validTo;
    }
    bool isEmpty() const;
    int filledFields() const;
    // "SEMH support plan, 01/02/2027 to 30/06/2027"
    QString title() const;
    // The plan as `roles` see it: only the fields they can see.
    IlpPlan visibleTo(IlpRoles roles) const;
};

// A course's midterm review (reference 001, 9): a name, a date and an optional grade scale that
// locks once anyone has been assessed.
struct IlpReview
{
    qint64 id = 0;
    qint64 courseId = 0;
    QString courseName;
    QString name;
    QDate date;
    QStringList scale; // empty: a review without a grade
    bool locked = false;
    int assessed = 0;
    int rowVersion = 1;
};

// One student's line of a midterm review: the teacher's assessment and comment and the student's
// own self-assessment.
struct IlpReviewEntry
{
    qint64 reviewId = 0;
    qint64 studentId = 0;
    QString studentName;
    QString tutorGroup;
    QString assessment;
    QString comment;
    QString selfAssessment;
    int version = 0;
    QDateTime updatedAt;

    bool isAssessed() const { return !assessment.isEmpty() || !comment.isEmpty(); }
};

struct IlpPlanReview
{
    IlpReview review;
    IlpReviewEntry entry;
};

// The text to bind for a NOT NULL column: Qt binds a null QString as NULL, so "" it is.
inline QString ilpText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Texts no longer than this are accepted in a field, a comment or a self-assessment.
constexpr int kIlpMaxText = 20000;
constexpr int kIlpMaxName = 200;

} // namespace md
