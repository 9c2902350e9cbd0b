// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "assessments/AssessmentTypes.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>

namespace md {

class Database;

// A course as the courses & terms pane edits it.
struct AssessmentCourse
{
    qint64 id = 0;
    QString name;
    QString subject;
    int yearGroup = 0; // 0: none
    qint64 termId = 0; // 0: not linked to a term
    QString termName;
    bool termComplete = false;
    QStringList gradingScale; // best first
    QList<qint64> teacherIds;
    QStringList teacherNames;
    int enrolled = 0;
    int assessed = 0; // students with a grade
};

// What a course is called and where it sits: the fields of the course form.
struct AssessmentCourseDraft
{
    QString name;
    QString subject;
    int yearGroup = 0;
    qint64 termId = 0;
};

// A student on a course's list.
struct AssessmentCourseStudent
{
    qint64 id = 0;
    QString upn;
    QString name; // "Surname, Forename"
    QString tutorGroup;
    bool assessed = false;
};

// The school's courses for the headteacher and the administrator (ManageTerms): create and rename
// them, link them to a term, choose their teachers and enrol students, set their grading scale
// (AssessmentService::setGradingScale). The lock rule holds here too: the courses of a completed
// term cannot change, and a course whose students have been assessed keeps its term. Audited.
class CourseCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(md::CourseCatalogue)
public:
    explicit CourseCatalogue(Database &db) : m_db(db) {}

    // The courses of a term (0: every course; -1: the courses in no term), by year and name.
    Result<QList<AssessmentCourse>> courses(const Session &session, qint64 termId = 0) const;
    Result<AssessmentCourse> course(const Session &session, qint64 id) const;
    Result<qint64> createCourse(const Session &session, const AssessmentCourseDraft &draft,
                                const QStringList &gradingScale = {});
    Status updateCourse(const Session &session, qint64 id, const AssessmentCourseDraft &draft);
    // Replaces the course's teachers; each must hold the Teacher role.
    Status setTeachers(const Session &session, qint64 id, const QList<qint64> &teacherIds);
    // Staff with the Teacher role (id, name), for choosing a course's teachers.
    Result<QList<std::pair<qint64, QString>>> teacherChoices(const Session &session) const;

    Result<QList<AssessmentCourseStudent>> students(const Session &session, qint64 courseId) const;
    // Enrols students (those already on the course are skipped); returns how many were added.
    Result<int> enrol(const Session &session, qint64 courseId, const QList<qint64> &studentIds);
    // Enrols every current student of a tutor group.
    Result<int> enrolGroup(const Session &session, qint64 courseId, const QString &tutorGroup);
    // Takes students off the course; a student already assessed on it stays (clear the grade first).
    Status unenrol(const Session &session, qint64 courseId, const QList<qint64> &studentIds);
    // The tutor groups of current students, for "enrol a group".
    Result<QStringList> tutorGroups(const Session &session) const;

    // Common scales to start from (name, grades best first).
    static QList<std::pair<QString, QStringList>> gradingScalePresets();

    static constexpr int kMaxNameLength = 80;

private:
    Status checkDraft(const AssessmentCourseDraft &draft) const;
    // Refuses changes to a course of a completed term.
    Status checkUnlocked(const AssessmentCourse &course) const;
    Result<AssessmentCourse> load(qint64 id) const;
    Database &m_db;
};

// The courses & terms pane's list of courses.
class AssessmentCourseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        YearColumn,
        TermColumn,
        TeachersColumn,
        StudentsColumn,
        ScaleColumn,
        ColumnCount
    };
    enum DataRole
    {
        CourseIdRole = Qt::UserRole + 1,
    };

    explicit AssessmentCourseModel(QObject *parent = nullptr);
    void setSource(Database &db, const Session &session);
    Status load(qint64 termId = 0);
    qint64 termId() const { return m_termId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const AssessmentCourse &courseAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 courseId) const;

private:
    Database *m_db = nullptr;
    Session m_session;
    qint64 m_termId = 0;
    QList<AssessmentCourse> m_rows;
};

// The terms list: name, dates, whether it is the current one, how many courses, complete or open.
class AssessmentTermModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StartsColumn,
        EndsColumn,
        CoursesColumn,
        StatusColumn,
        ColumnCount
    };
    enum DataRole
    {
        TermIdRole = Qt::UserRole + 1,
    };

    explicit AssessmentTermModel(QObject *parent = nullptr);
    void setSource(Database &db);
    Status load();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const AssessmentTerm &termAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 termId) const;
    qint64 currentTermId() const { return m_current; }

private:
    Database *m_db = nullptr;
    QList<AssessmentTerm> m_rows;
    QHash<qint64, int> m_courseCounts;
    qint64 m_current = 0;
};

} // namespace md
