// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "ilp/IlpTypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace md {

class Database;
class Session;

struct IlpCourse
{
    qint64 id = 0;
    QString name;
    int students = 0;
};

// Midterm reviews (reference 001, 9): made by a course's teacher, with or without a grade scale
// (locked once anyone is assessed), an assessment and a comment per student entered for several
// students at once, and the student's own self-assessment beside them. They are not part of the
// assessment record; a plan shows those dated inside its validity period, from every course.
class IlpReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(md::IlpReviewStore)
public:
    explicit IlpReviewStore(Database &db) : m_db(db) {}

    // The courses the user may make midterm reviews in (a teacher's own; every course for the
    // headteacher).
    Result<QList<IlpCourse>> courses(const Session &session) const;
    Result<QList<IlpReview>> reviews(const Session &session, qint64 courseId) const;
    Result<IlpReview> get(const Session &session, qint64 reviewId) const;

    Result<qint64> create(const Session &session, qint64 courseId, const QString &name, const QDate &date,
                          const QStringList &scale);
    // Name and date can always change; the scale only until the first student is assessed.
    // With `expectedVersion` (the review's row version as the editor read it), details changed at
    // another desk meanwhile are a conflict, never overwritten.
    Status update(const Session &session, qint64 reviewId, const QString &name, const QDate &date,
                  const QStringList &scale, std::optional<int> expectedVersion = std::nullopt);

    // One line per student on the course (assessed or not), by group and name.
    Result<QList<IlpReviewEntry>> entries(const Session &session, qint64 reviewId) const;
    // Saves the teacher's assessment and comment for several students in one transaction. Each
    // entry's `version` is the one it was read at; a newer one in the database is a Conflict.
    // Returns the new versions in order.
    Result<QList<int>> assess(const Session &session, qint64 reviewId, const QList<IlpReviewEntry> &entries);
    // The student's own self-assessment, as they gave it (typed in by their teacher or mentor).
    Result<int> setSelfAssessment(const Session &session, qint64 reviewId, qint64 studentId, const QString &text,
                                  int expectedVersion);

    // The reviews dated inside the plan's validity (both ends included) from every course the
    // student is on, with the student's line, by date.
    Result<QList<IlpPlanReview>> forPlan(const Session &session, const IlpPlan &plan) const;

private:
    Status requireCourse(const Session &session, qint64 courseId) const;
    Result<qint64> courseOf(qint64 reviewId) const;
    Result<QList<IlpReview>> select(const QString &where, const QVariantList &binds) const;
    static QStringList cleanScale(const QStringList &scale);

    Database &m_db;
};

} // namespace md
